"""``skatecalc worldcup``: points tables, standings from a season file, and the outlook.

* ``skatecalc worldcup table SEASON``: the season's tables with sources and statuses;
* ``skatecalc worldcup standings FILE --season S [--distance D --gender G]``;
* ``skatecalc worldcup outlook FILE --season S --remaining N [--final] [--after RACE]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from .._fields import shown, whole_number
from .._text import printable
from ..errors import SkatecalcError
from ..io.worldcup import Season, read_season
from ..worldcup import Cup, Race, Rules, Table, Value, cup_name, normalise_distance, rules

__all__ = ["register"]

_MARK = {"verified": "v", "derived": "d", "unverified": "u"}

MAX_REMAINING = 100
"""The most races ``--remaining`` accepts (a World Cup has about a dozen per distance)."""


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the ``worldcup`` sub-command and its ``table``, ``standings``, ``outlook``."""
    wc = sub.add_parser(
        "worldcup",
        help="ISU World Cup points tables, standings and who can still win",
        description="ISU World Cup points tables, standings and who can still win.",
    )
    wsub = wc.add_subparsers(dest="worldcup_command", metavar="ACTION", required=True)

    table = wsub.add_parser("table", help="the points tables of a season, with statuses")
    table.add_argument("season", help="e.g. 2017/18, 2017-18 or 2017-2018")
    table.set_defaults(func=_table)

    for name, helptext, func in (
        ("standings", "cup standings from a season file", _standings),
        ("outlook", "who can still win, with N races left", _outlook),
    ):
        p = wsub.add_parser(name, help=helptext)
        p.add_argument("file", help="season CSV file (see the docs: File formats)")
        p.add_argument("--season", required=True, help="season of the rules, e.g. 2017/18")
        p.add_argument("--distance", help="only this distance's cup (500, ..., MS, TP, TS)")
        p.add_argument("--gender", choices=("men", "women"), help="only this gender's cups")
        p.add_argument(
            "--table-b",
            metavar="POINTS",
            help="Division B points, place 1 first, comma-separated (most B tables are unknown)",
        )
        p.add_argument("--after", metavar="RACE", help="only the races up to RACE")
        if name == "outlook":
            p.add_argument(
                "--remaining", type=int, required=True, metavar="N", help="races still to come"
            )
            p.add_argument("--final", action="store_true", help="the remaining races are the Final")
        p.set_defaults(func=func)


def _season_rules(season: str) -> Rules:
    """The rules of ``season``; text far longer than any season is refused without echoing it."""
    if len(season) > 20:
        raise SkatecalcError(
            f"season {shown(season)} is not a season such as 2017/18, 2017-18 or 2017-2018"
        )
    return rules(season)


def _rules(args: argparse.Namespace) -> Rules:
    r = _season_rules(args.season)
    if args.table_b is not None:
        points = [
            whole_number(p, f"--table-b {shown(args.table_b)}: place {i}:")
            for i, p in enumerate(args.table_b.split(","), start=1)
        ]
        r = r.override(division_b=points)
    return r


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
                f"{args.file!r} has no {' or '.join(sorted(wanted))} cup; it has "
                + ", ".join(season.names)
            )
    elif args.gender is not None:
        cups = [c for c in cups if c[0].endswith(" " + args.gender)]
        if not cups:
            raise SkatecalcError(
                f"{args.file!r} has no {args.gender}'s cup; it has " + ", ".join(season.names)
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


def _table(args: argparse.Namespace) -> str:
    r = _season_rules(args.season)
    a = r.table()
    final = r.table(final=True)
    b = r.table(division="B")
    rows = max(len(a.values), len(final.values), len(b.values), a.length or 0, final.length or 0)
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


def _results(cup: Cup) -> dict[tuple[str, str], str]:
    """(race, name) -> the cell of the standings table: points, or the status."""
    return {
        (rr.name, who): str(s.status) if s.status is not None else str(s.points)
        for rr in cup.races
        for who, s in zip(rr.names, rr.scores, strict=True)
    }


def _standings_text(title: str, cup: Cup) -> list[str]:
    st = cup.standings()
    cells = _results(cup)
    races = [r.name for r in cup.races]
    width = max([len(printable(n)) for n in st.names] + [4])
    lines = [f"{title}: {len(races)} race{'' if len(races) == 1 else 's'}"]
    head = f"{'rank':>4}  {'name':<{width}}  {'points':>6}  {'wins':>4}"
    labels = [printable(r) for r in races]  # control characters escaped
    cols = [max(len(r), 3) for r in labels]
    lines.append(head + "".join(f"  {r:>{w}}" for r, w in zip(labels, cols, strict=True)))
    for s in st:
        line = f"{s.rank:>4}  {printable(s.name):<{width}}  {s.points:>6}  {s.wins:>4}"
        line += "".join(
            f"  {cells.get((r, s.name), '.'):>{w}}" for r, w in zip(races, cols, strict=True)
        )
        lines.append(line)
    return lines


def _standings(args: argparse.Namespace) -> str:
    season = read_season(args.file, _rules(args))
    out: list[str] = []
    for name, cup in _selected(args, season):
        if out:
            out.append("")
        out += _standings_text(f"ISU World Cup {season.rules.season}, {name}", cup)
    return "\n".join(out)


def _outlook_text(title: str, cup: Cup, remaining: Sequence[Race]) -> list[str]:
    o = cup.outlook(remaining)
    st = cup.standings()
    n = len(remaining)
    what = " (Final)" if remaining and remaining[0].final else ""
    lines = [
        f"{title}: {n} race{'s' if n != 1 else ''} left{what},"
        f" at most {o.max_available} points still available"
    ]
    width = max([len(printable(x)) for x in st.names] + [4])
    lines.append(f"{'rank':>4}  {'name':<{width}}  {'points':>6}  {'wins':>4}  can still win")
    for s in st:
        yes = "yes" if s.name in o.contenders else "no"
        name = printable(s.name)
        lines.append(f"{s.rank:>4}  {name:<{width}}  {s.points:>6}  {s.wins:>4}  {yes}")
    if st:
        lines.append(
            f"{st[0].name} has clinched the cup."
            if o.clinched
            else "Not clinched: the leader can still be caught."
        )
    if o.leader_guarantee is not None and not o.clinched:
        lines.append(f"{o.leader_guarantee}.")
    return [printable(line) for line in lines]


def _outlook(args: argparse.Namespace) -> str:
    if not 0 <= args.remaining <= MAX_REMAINING:
        raise SkatecalcError(
            f"--remaining {args.remaining} must be from 0 to {MAX_REMAINING} races"
        )
    season = read_season(args.file, _rules(args))
    out: list[str] = []
    for name, cup in _selected(args, season):
        # the remaining races are taken to be of the distance of the cup's last race
        last = cup.races[-1].race.distance if cup.races else None
        remaining = [Race(final=args.final, distance=last)] * args.remaining
        if out:
            out.append("")
        after = f", after {args.after}" if args.after else ""
        out += _outlook_text(f"ISU World Cup {season.rules.season}, {name}{after}", cup, remaining)
    return "\n".join(out)
