"""``skatecalc olympic``: selection orders, selection and outlook for the Dutch Olympic trials.

* ``skatecalc olympic order NED 2022 men`` (or ``NED-2022-men``; no argument lists them)
* ``skatecalc olympic select (FILE | --example okt2021) --order NED-2022-men [--add NAME]
  [--assign 1000=NAME]``
* ``skatecalc olympic outlook (FILE | --example NAME) --order NED-2022-men``

``FILE`` is a TOML, CSV or JSON trial file (see `skatecalc.io.olympic`) or ``-``.
The parsers are in `skatecalc.cli.spec`; ``skatecalc olympic quota`` is in
`skatecalc.cli.olympic`.

``skatecalc olympic quota``: the ISU country quotas of an Olympic Games.

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

``skatecalc olympic soqc``: the Special Olympic Qualification Classification, computed.

``skatecalc olympic soqc SOURCE... --games 2026`` reads World Cup results (official listings,
ISU result PDFs or folders of them, built-in example listings: as the World Cup commands
take them) and prints the SOQC of every Olympic event (``--gender``, ``--event`` choose):
the ranking by World Cup points, the further ranking by World Cup times, the reserve list.
In JSON and CSV every row has the keys ``gender``, ``event``, ``block``, ``quota_rank``,
``nation``, ``no``, ``name``, ``points``, ``time``, ``venue``, ``date``, ``competition``;
``skatecalc olympic quota`` reads that output as its SOQC input.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable

from .. import _record
from .._fields import is_ascii_digits, whole_number
from ..errors import FileFormatError, InvalidDistanceError, SkatecalcError
from ..io.olympic import TrialResults
from ..limits import shown
from ..notation import LANGS, Lang, normalise_gender
from ..olympic import (
    GamesAllocation,
    QualifierResult,
    QuotaEvent,
    QuotaPlace,
    QuotaRules,
    SelectionOrder,
    Soqc,
    allocate_games,
    leave_empty,
    next_team_finisher,
    outlook,
    quota_rules,
    select,
    selection_order,
)
from ..olympic.orders import order_list
from ..text.catalog import note as note_text
from ..text.catalog import say
from ..text.olympic import quota_cut, quota_event_title, quota_notes, quota_summary, quota_title
from ..text.worldcup import SOQC_LABELS, soqc_event_text
from .common import Table, _warn, load_input, read_source, render, rows_table, table_of
from .inputs import inputs_of
from .listing import trials_of

__all__ = [
    "is_soqc_output",
    "read_soqc",
    "read_soqc_input",
    "run_order",
    "run_outlook",
    "run_quota",
    "run_select",
    "run_soqc",
]


def _trials(args: argparse.Namespace, order: SelectionOrder) -> TrialResults:
    gender = args.gender or order.name.rsplit("-", 1)[-1]
    inputs = inputs_of(args, "trials")  # each source read once
    listed = trials_of(args, gender, inputs)  # official results of the trials
    if listed is not None:
        return listed
    trials: TrialResults = load_input(args, "trials", inputs[0], gender=gender)
    return trials


def _assignments(values: list[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for value in values:
        distance, sep, name = value.partition("=")
        if not sep or not name.strip():
            raise InvalidDistanceError(
                f"--assign {shown(value)}: use DISTANCE=NAME, e.g. 1000='Kai Verbij'"
            )
        d = whole_number(distance, f"--assign {shown(value)}: distance", error=InvalidDistanceError)
        if d in out:
            raise InvalidDistanceError(
                f"--assign {shown(value)}: the {d} m is already assigned to {out[d]!r}"
            )
        out[d] = name.strip()
    return out


def _order_table(order: SelectionOrder) -> Table:
    from ..notation import LANGS
    from ..text.olympic import order_lines

    parts = {lang: order_lines(order, lang) for lang in LANGS}
    return Table(
        order.to_rows(),
        lambda lang: parts[lang][2],
        {lang: part[0] for lang, part in parts.items()},
        {},
        None,
        {lang: part[1] for lang, part in parts.items()},
    )


def run_order(args: argparse.Namespace) -> str:
    """``skatecalc olympic order``: the list of orders, or one order's rows."""
    if not args.what:
        return render([table_of(order_list())], args)
    if len(args.what) == 1:
        order = selection_order(args.what[0])
    elif len(args.what) != 3 or not is_ascii_digits(args.what[1]):
        order = selection_order(" ".join(args.what))
    else:
        year = whole_number(args.what[1], "year", max_digits=4)
        order = selection_order(args.what[0], year, args.what[2])
    return render([_order_table(order)], args)


def _undesignated(args: argparse.Namespace, trials: TrialResults) -> None:
    """Warn of each ``--skater`` of ``select`` that no designation names: an eligible skater
    without an OKT result changes a selection only when designated (a misspelt name would
    otherwise change nothing without a word)."""

    from ..errors import closest_names
    from ..notation import name_key

    designated = {
        name_key(n)
        for n in (
            *args.add,
            *_assignments(args.assign).values(),
            args.mass_start,
            trials.mass_start,
        )
        if n
    }
    finishers = dict.fromkeys(n for names in trials.results.values() for n in names)
    for name in args.skater:
        if name_key(name) in designated:
            continue
        close = closest_names(name, finishers)
        hint = "; closest with an OKT result: " + ", ".join(map(repr, close)) if close else ""
        _warn(
            [
                f"--skater {name!r} is not designated (--add, --assign, --mass-start): it"
                f" changes nothing{hint}"
            ]
        )


def run_select(args: argparse.Namespace) -> str:
    """``skatecalc olympic select``."""
    order = selection_order(args.order)
    trials = _trials(args, order)
    _undesignated(args, trials)
    sel = select(
        order,
        trials.results,
        tickets=args.tickets,
        mass_start=args.mass_start or trials.mass_start,
        added=args.add,
        assigned=_assignments(args.assign),
        discretionary=args.discretionary,
        skaters=args.skater,
        refill=leave_empty if args.no_refill else next_team_finisher,
    )
    return render([table_of(sel)], args)


def run_outlook(args: argparse.Namespace) -> str:
    """``skatecalc olympic outlook`` (``--watch``: again after every change of the trial
    results, while the OKT runs)."""
    if args.watch:
        from .watch import follow  # only under --watch (start-up time)

        follow(run_outlook, args)
    order = selection_order(args.order)
    trials = _trials(args, order)
    view = outlook(
        order,
        trials.results,
        tickets=args.tickets,
        discretionary=args.discretionary,
        mass_start=args.mass_start or trials.mass_start,
        skaters=args.skater,
    )
    from ..text.olympic import outlook_rows

    return render(
        [_record.evolve(table_of(view), local_rows=lambda lang: outlook_rows(view, lang))], args
    )


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
    import warnings

    from ..olympic import QuotaTieWarning

    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always", QuotaTieWarning)
        games = allocate_games(rules, chosen, reduce=not args.no_reduce, keep_order=ranked)
    for w in said:  # a tie the input order decided: the command's own warning line
        if issubclass(w.category, QuotaTieWarning):
            _warn([str(w.message)])  # names from the files, control characters escaped
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return render(_allocation_tables(games), args)


def run_soqc(args: argparse.Namespace) -> str:
    """``skatecalc olympic soqc``."""
    from ..io.worldcup import soqc_of_events
    from ..worldcup import cup_name
    from .inputs import events_of_sources, warn_races
    from .olympic import chosen_events

    rules = quota_rules(args.games)
    wanted = [(e.gender, e.event) for e in chosen_events(rules, args)]
    events = events_of_sources(args, list(args.sources))
    codes = {"MS": "mass start", "TP": "team pursuit"}
    cups = {cup_name(codes.get(e, e), g) for g, e in wanted}
    s = soqc_of_events(events, args.games, ties=args.ties, events=wanted)
    warn_races(events, cups, args.gender, None)  # once the sources are known to count
    tables = []
    for gender, event in wanted:
        rows = [r for r in s.to_rows() if r["gender"] == gender and r["event"] == event]
        if not rows:
            continue
        ties = [t for t in s.ties if t.startswith(f"{gender} {event}:")]
        note = {lang: say("soqc.note", lang, ties=args.ties, source=rules.source) for lang in LANGS}
        title = {lang: _title(s, gender, event, lang) for lang in LANGS}
        tables.append(
            Table(
                rows,
                _text(s, gender, event, ties, note),
                title,
                {},
                None,
                {lang: [*(note_text(t, lang) for t in ties), note[lang]] for lang in LANGS},
            )
        )
    if not tables:
        raise SkatecalcError(
            "no counted World Cup result for "
            + ", ".join(f"{g} {e}" for g, e in wanted)
            + " in the sources given"
        )
    return render(tables, args)


def _title(s: Soqc, gender: str, event: str, lang: Lang) -> str:
    return f"SOQC {SOQC_LABELS[lang][gender]} {event}"


def _text(
    s: Soqc, gender: str, event: str, ties: list[str], note: dict[Lang, str]
) -> Callable[[Lang], str]:
    def text(lang: Lang) -> str:
        lines = [soqc_event_text(s, gender, event, lang), "", *(note_text(t, lang) for t in ties)]
        return "\n".join([*lines, note[lang]])

    return text
