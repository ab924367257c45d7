"""``skatecalc worldcup``: points tables, standings from a season file, and the outlook.

* ``skatecalc worldcup table SEASON``: the season's tables with sources and statuses;
* ``skatecalc worldcup standings (FILE | --example NAME) [--season S] [--distance D
  --gender G]``;
* ``skatecalc worldcup outlook (FILE | --example NAME) [--season S] --remaining N [--final]
  [--after RACE]``.

The parsers are in `skatecalc.cli.spec`. In JSON and CSV every row starts with the
``cup`` it belongs to (a season file may hold several cups).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
from collections.abc import Callable, Mapping

from .._fields import whole_number
from ..errors import SkatecalcError
from ..examples import EXAMPLES
from ..limits import shown
from ..notation import Lang
from ..worldcup import (
    Cup,
    Race,
    Rules,
    cup_name,
    normalise_distance,
    rules,
)
from ..worldcup.events import Distance
from .common import Table as OutTable
from .common import UsageError, by_lang, render, require_input
from .inputs import inputs_of
from .listing import RaceKey, worldcup_of, worldcup_sources

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeAlias

    from ..io.source import Input
    from ..io.worldcup import Season
    from ..worldcup.standings import Change

__all__ = ["run_outlook", "run_standings", "run_table"]

MAX_REMAINING = 100
"""The most races ``--remaining`` accepts (a World Cup has about a dozen per distance)."""


def _season_rules(season: str) -> Rules:
    """The rules of ``season``; text far longer than any season is refused without echoing it."""
    if len(season) > 20:
        raise SkatecalcError(
            f"season {shown(season)} is not a season such as 2017/18, 2017-18 or 2017-2018"
        )
    return rules(season)


def _rules(args: argparse.Namespace) -> Rules:
    require_input(args)
    season = args.season
    if season is None and args.example is not None:
        season = EXAMPLES[args.example].season
    if season is None:
        raise UsageError("give --season, e.g. --season 2017/18 (the season of the rules)")
    r = _season_rules(season)
    if args.table_b is not None:
        r = r.override(division_b=_points_list(args.table_b, "--table-b"))
    table_final = getattr(args, "table_final", None)
    if table_final is not None:
        r = r.override(final=_points_list(table_final, "--table-final"))
    table_distance = getattr(args, "table_distance", None)
    if table_distance:
        tables: dict[Distance, list[int]] = {}
        for given in table_distance:
            distance, sep, points = given.partition("=")
            if not sep:
                raise UsageError(
                    f"--table-distance {shown(given)} is not DISTANCE=POINTS (the points"
                    " of places 1, 2, ... comma-separated)"
                )
            tables[normalise_distance(distance)] = _points_list(points, "--table-distance")
        r = r.override(distances=tables)
    return r


def _points_list(text: str, option: str) -> list[int]:
    """``"150,120,105"`` as whole numbers, an error naming ``option`` and the place else."""
    return [
        whole_number(p, f"{option} {shown(text)}: place {i}:")
        for i, p in enumerate(text.split(","), start=1)
    ]


def _load(args: argparse.Namespace, given: Input | None = None) -> Season:
    """The season file, or the output of ``worldcup standings`` (CSV or JSON) read back as
    cups of totals (`TotalsCup`: points and wins, the races not known). ``given``: the
    input already read (see `skatecalc.cli.inputs.inputs_of`)."""
    from ..io.worldcup import Season  # the season reader: only for a season (start-up time)
    from .common import _own
    from .inputs import season_totals

    if given is None:
        require_input(args)
        given = inputs_of(args, "season")[0]
    source = _own(given)
    totals = season_totals(source.text, given.format == "json")
    if totals is None and given.format == "json":
        from ..errors import FileFormatError
        from ..io.sniff import not_json

        raise FileFormatError(
            f"{not_json(source.text)}: a season's JSON is the output of 'worldcup standings"
            " --format json', or a saved results-service response",
            where=source.name,
        )
    r = _rules(args)
    if totals is None:
        from ..io.worldcup import read_season_text

        return read_season_text(source.text, r, source.name)
    return Season(
        r, tuple((name, _totals_cup(r, name, rows)) for name, rows in totals), source.name
    )


def _totals_cup(r: Rules, name: str, rows: list[tuple[str, int, int]]) -> Cup:
    """A cup of totals named ``name`` (``500 m men``): its distance when the name has one
    (the remaining races are of it), the entrants nations for a team event."""
    from ..worldcup.events import DISTANCES, EVENTS, GENDERS, TEAM_EVENTS
    from ..worldcup.totals import TotalsCup

    known: dict[str, list[Distance]] = {}
    for d in (*DISTANCES, *EVENTS):
        for g in GENDERS:
            with contextlib.suppress(SkatecalcError):  # not a World Cup distance (men 3000)
                known.setdefault(cup_name(d, g), []).append(d)
    if name not in known:
        raise SkatecalcError(
            f"{name!r} is not a World Cup cup (such as '500 m men'): read from the 'cup'"
            " column of the standings"
        )
    ds = known[name]
    team = any(d in TEAM_EVENTS for d in ds)
    # a combined cup (5000/10000 m men): the distance of the races to come is not known
    return TotalsCup(
        r,
        rows,
        distance=ds[0] if len(ds) == 1 else None,
        entrant="nation" if team else "skater",
        name=name,
    )


def _selected(args: argparse.Namespace, season: Season) -> list[tuple[str, Cup]]:
    cups = list(season.cups)
    if args.distance is not None:
        distance = normalise_distance(args.distance)  # names the World Cup distances
        genders = [args.gender] if args.gender else ["men", "women"]
        wanted = set()
        for g in genders:
            try:
                wanted.add(cup_name(distance, g))
            except SkatecalcError:
                if args.gender:
                    raise
        cups = [c for c in cups if c[0] in wanted]
        if not cups:
            raise SkatecalcError(
                f"{season.source!r} has no {' or '.join(sorted(wanted))} cup; it has "
                + ", ".join(season.names)
            )
    elif args.gender is not None:
        cups = [c for c in cups if c[0].endswith(" " + args.gender)]
        if not cups:
            raise SkatecalcError(
                f"{season.source!r} has no {args.gender}'s cup; it has " + ", ".join(season.names)
            )
    if args.after is not None:
        cups = [(n, c.until(args.after)) for n, c in cups]
    return cups


def run_table(args: argparse.Namespace) -> str:
    """``skatecalc worldcup table SEASON``: one row per place; points ``null`` where the
    value is unknown, each with its status (verified, derived, unverified)."""
    r = _season_rules(args.season)
    points = r.points_tables()
    from ..notation import LANGS
    from ..text.worldcup import LABELS

    texts = {lang: points.format(lang) for lang in LANGS}
    title = {lang: LABELS[lang]["table_title"].format(season=r.season) for lang in LANGS}
    after = {lang: (LABELS[lang]["source"].format(source=r.source),) for lang in LANGS}
    return render([OutTable(points.to_rows(), _texts(texts), title, {}, None, after)], args)


def _titles(
    season: str, cup: str, race: str | None = None, *, provisional: tuple[RaceKey, ...] = ()
) -> Mapping[Lang, str]:
    """The title of a cup's table in each language (``..., after RACE`` with ``race``;
    ``(provisional: ... not complete)`` with the races still being skated), each worded
    when first asked (`by_lang`: a command prints one language)."""

    def title(lang: Lang) -> str:
        from ..text.worldcup import LABELS, race_label, title_of

        head = title_of(season, cup, lang)
        if race is not None:
            head += LABELS[lang]["after_race"].format(race=race)
        if provisional:
            races = ", ".join(race_label(*r, lang) for r in provisional)
            head += LABELS[lang]["provisional"].format(races=races)
        return head

    return by_lang(title)


Changes: TypeAlias = "tuple[str, dict[str, Change]] | None"
"""The last race and what it changed (`since_previous`), or ``None`` (not asked, no race)."""


def _changes(cup: Cup, wanted: bool) -> Changes:
    if not wanted:
        return None
    from ..worldcup.standings import since_previous

    race, changes = since_previous(cup)
    return None if race is None else (race, changes)


def _standings_text(
    titles: Mapping[Lang, str], cup: Cup, changes: Changes = None
) -> Callable[[Lang], str]:
    """The standings as the press prints them, in each language (the library's layout)."""
    from ..text.worldcup import standings_layout

    table = cup.standings()
    return lambda lang: standings_layout(table, lang, title=titles[lang], changes=changes).text()


def _standings_rows(cup: Cup, changes: Changes = None) -> list[dict[str, object]]:
    """The library's typed rows (``Standings.to_rows()``); with ``changes``
    (``--changes``, ``--watch``): ``moved`` (places gained since before the last race,
    negative when lost, null for an entrant new in the standings) and ``added`` (the
    points of the last race) after ``wins``."""
    rows: list[dict[str, object]] = [dict(row) for row in cup.standings().to_rows()]
    if changes is None:
        return rows
    out = []
    for row in rows:
        c = changes[1].get(str(row["name"]))
        extra = {"moved": c.moved if c else None, "added": c.added if c else 0}
        keys = list(row)
        at = keys.index("wins") + 1
        out.append({k: row[k] for k in keys[:at]} | extra | {k: row[k] for k in keys[at:]})
    return out


def run_standings(args: argparse.Namespace) -> str:
    """``skatecalc worldcup standings``: from a season file, or official results listings."""
    if args.watch:  # across a weekend: what each race changed
        from .watch import follow  # only under --watch (start-up time)

        args.changes = True
        follow(run_standings, args)
    inputs = inputs_of(args, "season")  # each source read once
    found = worldcup_sources(args, _rules, inputs)  # official results: listings, PDFs, feeds
    if found is None:
        season = _load(args, inputs[0])
        found = season.rules.season, _selected(args, season), {}
    tables = []
    for name, cup in found[1]:
        titles = _titles(found[0], name, provisional=found[2].get(name, ()))
        changes = _changes(cup, getattr(args, "changes", False))
        tables.append(
            OutTable(
                functools.partial(_standings_rows, cup, changes),  # made for JSON/CSV only
                _standings_text(titles, cup, changes),
                titles,
                {"cup": name},
            )
        )
    return render(tables, args)


def _texts(texts: dict[Lang, str]) -> Callable[[Lang], str]:
    return lambda lang: texts[lang]


def _same(rows: list[dict[str, object]]) -> Callable[[Lang], list[dict[str, object]]]:
    return lambda lang: rows


_PER_CUP = ("races_left", "max_available", "clinched")
"""Outlook columns with one value per cup: in JSON and CSV rows, said once above the
markdown table."""


def _races_left(season: str, cup: str, distance: Distance | None, inputs: list[Input]) -> int:
    """The races of ``cup`` left in ``season``'s calendar after the last World Cup of the
    official ``inputs`` (its number as the documents print it)."""
    from ..errors import UnknownValueError
    from ..worldcup.seasons import races_left

    numbers = [i.event.number for i in inputs if i.event is not None]
    if distance is None or not numbers or None in numbers:
        raise UnknownValueError(
            f"{cup}: the sources do not say which World Cup they are (a number such as"
            " '1. World Cup'); give the races left with --remaining N"
        )
    named = cup.split(",")[0]  # "500 m women, Division A": the cup as cup_name names it
    gender = next(g for g in ("men", "women") if _names_cup(distance, g, named))
    return races_left(season, distance, gender, after=max(n for n in numbers if n is not None))


def _names_cup(distance: Distance, gender: str, name: str) -> bool:
    """Whether ``name`` is the cup of ``distance`` and ``gender`` (see `cup_name`)."""
    try:
        return cup_name(distance, gender) == name
    except SkatecalcError:  # no such World Cup distance for this gender (men's 3000 m)
        return False


def run_outlook(args: argparse.Namespace) -> str:
    """``skatecalc worldcup outlook`` (``--watch``: again after every change of its files)."""
    if args.watch:
        from .watch import follow  # only under --watch (start-up time)

        follow(run_outlook, args)
    from ..notation import LANGS
    from ..text.worldcup import outlook_layout

    if args.remaining is not None and not 0 <= args.remaining <= MAX_REMAINING:
        raise SkatecalcError(
            f"--remaining {args.remaining} must be from 0 to {MAX_REMAINING} races"
        )
    inputs = inputs_of(args, "season")  # each source read once
    listed = worldcup_of(args, _rules, inputs)  # official results: listings, PDFs, feeds
    if listed is None:
        if args.remaining is None:
            raise UsageError(
                "give the races left with --remaining N (the season's calendar gives them"
                " only for official results: listings, result PDFs, feeds)"
            )
        season = _load(args, inputs[0])
        listed = season.rules.season, _selected(args, season)
    tables = []
    for name, cup in listed[1]:
        # the remaining races are taken to be of the distance of the cup's last race
        last = cup.races[-1].race.distance if cup.races else cup.distance
        left = args.remaining
        if left is None:  # from the season's calendar, after the last World Cup given
            left = _races_left(listed[0], name, last, inputs)
        remaining = [Race(final=args.final, distance=last)] * left
        o = cup.outlook(remaining)
        titles = _titles(listed[0], name, args.after)
        layouts = {lang: outlook_layout(o, lang, title=titles[lang]) for lang in LANGS}
        rows: list[dict[str, object]] = [dict(row) for row in o.to_rows()]
        short = [{k: v for k, v in row.items() if k not in _PER_CUP} for row in rows]
        tables.append(
            OutTable(
                rows,
                _texts({lang: layout.text() for lang, layout in layouts.items()}),
                {lang: layout.before[0] for lang, layout in layouts.items()},
                {"cup": name},
                _same(short),
                {lang: layout.after for lang, layout in layouts.items()},
            )
        )
    return render(tables, args)
