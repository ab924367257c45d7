"""``skatecalc olympic quota``: the ISU country quotas of an Olympic Games.

* ``skatecalc olympic quota --games 2026``: the Games' parameters per event (size, the
  points/times split, the maximum per NOC) with their sources and statuses;
* ``skatecalc olympic quota SOQC.csv --games 2026``: the quota places allocated from the
  Special Olympic Qualification Classification, event by event, then the Games' reduction
  step (``--no-reduce`` keeps the provisional places). Each event's rows: ``place`` (1-based, the
reserve list counting on), ``noc``, ``name`` and ``via``: ``points`` or ``times`` (the
ranking that gave the place), ``reserve`` (the reserve list) or ``cut`` (a provisional place
removed by the reduction step; no ``place``).

The SOQC file is CSV with a heading line: ``gender`` (men/women), ``event`` (500, 1000,
1500, 3000, 5000, 10000, MS, TP), ``name`` (a skater, or the team of a team event),
``noc`` (the country code), ``points`` (World Cup points of World Cups 1-4, a whole number)
and optionally ``best`` (the best time, for the times ranking). One row per skater and
event; the order of the rows does not matter (the rankings are made from points and times).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from .._fields import whole_number
from ..errors import FileFormatError, SkatecalcError
from ..notation import LANGS, Lang, normalise_gender
from ..olympic import (
    GamesAllocation,
    QualifierResult,
    QuotaEvent,
    QuotaPlace,
    QuotaRules,
    allocate_games,
    quota_rules,
)
from ..text.quota import quota_cut, quota_event_title, quota_notes, quota_summary, quota_title
from .common import Table, read_source, render, rows_table

__all__ = ["is_soqc_output", "read_soqc", "read_soqc_input", "run_quota"]

_COLUMNS = ("gender", "event", "name", "noc", "points")


def read_soqc(text: str, source: str) -> dict[tuple[str, str], list[QualifierResult]]:
    """SOQC rows by (gender, event), in order of first appearance; every bad cell is an
    error naming the line (CSV) or the item (JSON).

    Two layouts are read: the quota CSV (``gender,event,name,noc,points[,best]``) and the
    output of ``skatecalc olympic soqc`` as CSV or JSON (``gender``, ``event``, ``block``,
    ``quota_rank``, ``nation``, ``no``, ``name``, ``points``, ``time``, ...; ``nation`` is the
    NOC, ``time`` the best time). In the second the rows keep the SOQC's order, so equal
    points are allocated in the order the SOQC gives them (`is_soqc_output`).

    >>> soqc = read_soqc("gender,event,name,noc,points,best\\nwomen,500,A,NED,120,37.50\\n", "s")
    >>> soqc[("women", "500")][0].best
    RaceTime('37.50')
    >>> out = read_soqc('[{"gender": "men", "event": "TP", "block": "points", "quota_rank": 1,'
    ...                 ' "nation": "USA", "no": 1, "name": "USA", "points": 120,'
    ...                 ' "time": "3:32.49"}]', "soqc.json")
    >>> out[("men", "TP")][0]
    QualifierResult(name='USA', noc='USA', points=120, best=RaceTime('3:32.49'))
    """
    return read_soqc_input(text, source)[0]


def read_soqc_input(
    text: str, source: str
) -> tuple[dict[tuple[str, str], list[QualifierResult]], bool]:
    """`read_soqc` and whether the file is ``olympic soqc`` output (its order is the SOQC's)."""
    if text.lstrip().startswith("["):
        return _read_soqc_json(text, source), True
    from ..io.csvfile import read_csv_text

    table = read_csv_text(text, source)
    output = is_soqc_output(table.header)
    table.require(*(_OUTPUT_COLUMNS if output else _COLUMNS))
    out: dict[tuple[str, str], list[QualifierResult]] = {}
    for row in table:
        cells = {k: row.get(k) for k in table.header}
        try:
            key, entry = _entry(cells, output)
        except SkatecalcError as exc:
            raise row.error(exc) from None
        out.setdefault(key, []).append(entry)
    if not out:
        raise FileFormatError(f"{source!r} has no SOQC rows")
    return out, output


_OUTPUT_COLUMNS = ("gender", "event", "block", "nation", "name", "points", "time")


def is_soqc_output(columns: Iterable[str]) -> bool:
    """Whether a header is that of ``skatecalc olympic soqc`` output (it has ``block``)."""
    return "block" in tuple(columns)


def _entry(cells: dict[str, str], output: bool) -> tuple[tuple[str, str], QualifierResult]:
    gender = normalise_gender(cells["gender"], error=FileFormatError)
    event = cells["event"].strip().upper()
    if not event:
        raise FileFormatError("the event is empty: give 500, 1000, ..., MS or TP")
    points = whole_number(cells["points"], "points")
    noc = cells["nation" if output else "noc"].strip()
    best = cells.get("time" if output else "best", "").strip() or None
    if output and cells["block"].strip() not in ("points", "times", "reserve"):
        raise FileFormatError(f"block {cells['block']!r} is not points, times or reserve")
    return (gender, event), QualifierResult(cells["name"].strip(), noc, points, best)


def _read_soqc_json(text: str, source: str) -> dict[tuple[str, str], list[QualifierResult]]:
    import json

    try:
        data = json.loads(text)
    except ValueError as exc:
        raise FileFormatError(f"{source!r} is not JSON: {exc}") from None
    if not isinstance(data, list):
        raise FileFormatError(f"{source!r}: the SOQC JSON must be a list of rows")
    out: dict[tuple[str, str], list[QualifierResult]] = {}
    for i, item in enumerate(data, start=1):
        at = f"row {i} of {source}"
        if not isinstance(item, dict):
            raise FileFormatError(f"a row must be an object, not {type(item).__name__}", where=at)
        missing = [k for k in _OUTPUT_COLUMNS if k not in item]
        if missing:
            raise FileFormatError(f"missing {', '.join(missing)}", where=at)
        cells = {str(k): "" if v is None else str(v) for k, v in item.items()}
        try:
            key, entry = _entry(cells, True)
        except SkatecalcError as exc:
            raise FileFormatError(exc.message, where=at) from None
        out.setdefault(key, []).append(entry)
    if not out:
        raise FileFormatError(f"{source!r} has no SOQC rows")
    return out


def chosen_events(rules: QuotaRules, args: argparse.Namespace) -> list[QuotaEvent]:
    """The events of ``rules`` that ``--gender`` and ``--event`` choose (all by default);
    none is an error listing the events."""
    events = [
        e
        for e in rules.events
        if (args.gender is None or e.gender == args.gender)
        and (args.event is None or e.event == args.event.strip().upper())
    ]
    if not events:
        raise SkatecalcError(
            f"no such event in the {rules.year} quota; events: "
            + ", ".join(f"{e.gender} {e.event}" for e in rules.events)
        )
    return events


def _parameters(rules: QuotaRules, args: argparse.Namespace) -> Table:
    events = chosen_events(rules, args)
    chosen = {(e.gender, e.event) for e in events}
    rows = [row for row in rules.to_rows() if (row["gender"], row["event"]) in chosen]
    title = {lang: quota_title(rules, lang) for lang in LANGS}
    after = {lang: quota_notes(rules, lang) for lang in LANGS}
    return rows_table(rows, title=title, after=after)


def _allocation_tables(games: GamesAllocation) -> list[Table]:
    cut: dict[tuple[str, str], list[QuotaPlace]] = {}
    for gender, event, place in games.removed:
        cut.setdefault((gender, event), []).append(place)
    given = {a.event.gender for a in games.events}  # genders with an event in the file
    summary = {}
    for lang in LANGS:
        summary[lang] = quota_summary(games, given, lang)
    tables = []
    for number, a in enumerate(games.events, start=1):
        removed = cut.get((a.event.gender, a.event.event), [])
        after: dict[Lang, list[str]] = {lang: [] for lang in LANGS}
        for lang in LANGS:
            if removed:
                after[lang].append(quota_cut(removed, lang))
            if number == len(games.events):
                after[lang].append(summary[lang])
        tables.append(
            rows_table(
                a.to_rows(),
                title={lang: quota_event_title(a, lang) for lang in LANGS},
                key={"gender": a.event.gender, "event": a.event.event},
                after=after,
            )
        )
    return tables


def run_quota(args: argparse.Namespace) -> str:
    """``skatecalc olympic quota``."""
    rules = quota_rules(args.games)
    if args.file is None:
        return render([_parameters(rules, args)], args)
    source = read_source(args, "soqc")
    soqc, ranked = read_soqc_input(source.text, source.name)
    chosen: dict[str | tuple[str, str], Iterable[QualifierResult]] = {
        k: v
        for k, v in soqc.items()
        if (args.gender is None or k[0] == args.gender)
        and (args.event is None or k[1] == args.event.strip().upper())
    }
    if not chosen:
        raise SkatecalcError(
            f"{source.name!r} has no such event; it has " + ", ".join(f"{g} {e}" for g, e in soqc)
        )
    games = allocate_games(rules, chosen, reduce=not args.no_reduce, keep_order=ranked)
    return render(_allocation_tables(games), args)
