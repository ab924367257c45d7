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
from collections.abc import Callable

from .._fields import shown, whole_number
from ..errors import SkatecalcError
from ..io.worldcup import Season
from ..text.lang import Lang
from ..worldcup import (
    Cup,
    Race,
    Rules,
    Table,
    Value,
    cup_name,
    normalise_distance,
    rules,
)
from ..worldcup.events import Distance
from .common import Table as OutTable
from .common import UsageError, fixed, load_input, render, require_input
from .examples import EXAMPLES
from .listing_input import worldcup_of
from .watch import follow

__all__ = ["run_outlook", "run_standings", "run_table"]

_MARK = {"verified": "v", "derived": "d", "unverified": "u"}

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


def _load(args: argparse.Namespace) -> Season:
    season: Season = load_input(args, "season", rules=_rules(args))
    return season


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


def _cell(table: Table, place: int) -> str:
    try:
        v: Value = table.value(place)
    except SkatecalcError:
        return "?"
    return f"{v.points} {_MARK[v.status]}"


def _value(table: Table, place: int) -> tuple[int | None, str | None]:
    try:
        v: Value = table.value(place)
    except SkatecalcError:
        return None, None
    return v.points, v.status


def _table_text(r: Rules, rows: int) -> str:
    a = r.table()
    final = r.table(final=True)
    b = r.table(division="B")
    lines = [
        f"ISU World Cup {r.season} points (v verified, d derived, u unverified, ? unknown)",
        f"source: {r.source}",
        f"{'place':>5}  {'Division A':>10}  {'Final':>7}  {'Division B':>10}",
    ]
    for place in range(1, rows + 1):
        lines.append(
            f"{place:>5}  {_cell(a, place):>10}  {_cell(final, place):>7}  {_cell(b, place):>10}"
        )
    fr = r.final
    rule = {
        "bonus": "places 1-5 score the bonus table, place 6 on the Division A table",
        "multiply": f"every place scores {fr.factor} x the Division A table",
        "none": "no bonus: the Division A table",
        "table": "its own table",
        "unknown": "unknown",
    }[fr.kind]
    lines.append(f"Final: {rule} ({fr.source})")
    if b.note:
        lines.append(f"Division B: {b.note}")
    for d, div, t in r.distance_tables:
        if div == "A":
            lines.append(f"{d} m: {t.note or t.name}")
    ms = r.mass_start
    if ms is not None:
        lines.append(
            "Mass start: intermediate sprints "
            + "-".join(map(str, ms.intermediate))
            + " after laps "
            + ", ".join(map(str, ms.sprint_laps))
            + "; final sprint "
            + "-".join(map(str, ms.final_sprint))
            + f" ({ms.status}; {ms.source}); World Cup points from the ranking (unverified)"
        )
    lines.append(f"Team events: {r.team_source} ({r.team_status})")
    return "\n".join(lines)


def run_table(args: argparse.Namespace) -> str:
    """``skatecalc worldcup table SEASON``: one row per place; points ``null`` where the
    value is unknown, each with its status (verified, derived, unverified)."""
    r = _season_rules(args.season)
    a = r.table()
    final = r.table(final=True)
    b = r.table(division="B")
    count = max(len(a.values), len(final.values), len(b.values), a.length or 0, final.length or 0)
    rows: list[dict[str, object]] = []
    for place in range(1, count + 1):
        row: dict[str, object] = {"place": place}
        for key, table in (("division_a", a), ("final", final), ("division_b", b)):
            points, status = _value(table, place)
            row[key] = points
            row[f"{key}_status"] = status
        rows.append(row)
    text = _table_text(r, count)
    title = f"ISU World Cup {r.season} points"
    return render([OutTable(rows, fixed(text), title, {}, None, (f"source: {r.source}",))], args)


def _results(cup: Cup) -> dict[tuple[str, str], str]:
    """(race, name) -> the cell of the standings table: points, or the status."""
    return {
        (rr.name, who): str(s.status) if s.status is not None else str(s.points)
        for rr in cup.races
        for who, s in zip(rr.names, rr.scores, strict=True)
    }


def _standings_text(title: str, cup: Cup) -> Callable[[Lang], str]:
    """The standings as the press prints them, in each language (the library's layout)."""
    from ..text.worldcup import standings_layout

    table = cup.standings()
    return lambda lang: standings_layout(table, lang, title=title).text()


def _standings_rows(cup: Cup) -> list[dict[str, object]]:
    """rank, name, points, wins, then one column per race: the points, or the status
    (DQ, DNF, DNS, WDR: 0 points), or ``None`` without a result."""
    cells = _results(cup)
    rows: list[dict[str, object]] = []
    for s in cup.standings():
        row: dict[str, object] = {"rank": s.rank, "name": s.name, "points": s.points}
        row["wins"] = s.wins
        for race in cup.races:
            cell = cells.get((race.name, s.name))
            row[race.name] = int(cell) if cell is not None and cell.isdigit() else cell
        rows.append(row)
    return rows


def run_standings(args: argparse.Namespace) -> str:
    """``skatecalc worldcup standings``: from a season file, or official results listings."""
    if args.watch:
        follow(run_standings, args)
    listed = worldcup_of(args, _rules)  # FILE [LISTING...]: official results listings
    if listed is None:
        season = _load(args)
        listed = season.rules.season, _selected(args, season)
    tables = []
    for name, cup in listed[1]:
        title = f"ISU World Cup {listed[0]}, {name}"
        tables.append(
            OutTable(_standings_rows(cup), _standings_text(title, cup), title, {"cup": name})
        )
    return render(tables, args)


def _texts(texts: dict[Lang, str]) -> Callable[[Lang], str]:
    return lambda lang: texts[lang]


def _same(rows: list[dict[str, object]]) -> Callable[[Lang], list[dict[str, object]]]:
    return lambda lang: rows


_AFTER = {"en": "after", "nl": "na"}
"""The word before the race in the outlook's title (``--after RACE``)."""

_PER_CUP = ("races_left", "max_available", "clinched")
"""Outlook columns with one value per cup: in JSON and CSV rows, said once above the
markdown table."""


def run_outlook(args: argparse.Namespace) -> str:
    """``skatecalc worldcup outlook``."""
    from ..text.lang import LANGS
    from ..text.worldcup import outlook_layout

    if not 0 <= args.remaining <= MAX_REMAINING:
        raise SkatecalcError(
            f"--remaining {args.remaining} must be from 0 to {MAX_REMAINING} races"
        )
    season = _load(args)
    tables = []
    for name, cup in _selected(args, season):
        # the remaining races are taken to be of the distance of the cup's last race
        last = cup.races[-1].race.distance if cup.races else None
        remaining = [Race(final=args.final, distance=last)] * args.remaining
        o = cup.outlook(remaining)
        title = f"ISU World Cup {season.rules.season}, {name}"
        layouts = {
            lang: outlook_layout(
                o, lang, title=title + (f", {_AFTER[lang]} {args.after}" if args.after else "")
            )
            for lang in LANGS
        }
        rows: list[dict[str, object]] = [
            {
                "rank": s.rank,
                "name": s.name,
                "points": s.points,
                "wins": s.wins,
                "can_still_win": s.name in o.contenders,
                "races_left": args.remaining,
                "max_available": o.max_available,
                "clinched": o.clinched,
            }
            for s in cup.standings()
        ]
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
