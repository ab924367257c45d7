"""Races of official results listings on the command line: the division of races listed
once (``--listed-division``), and the warnings of the races a command counts.

A listing prints no division: an event's second listing of a race is Division B. A race
listed once may be either; `listed_division` reads it as ``--listed-division`` says, or
as A with a warning, and refuses ``--division`` without it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import InvalidDistanceError, ResultsError

if TYPE_CHECKING:
    from ..io.listing import Event

__all__ = ["listed_division", "warn_races"]


def listed_division(
    events: list[Event], listed: str | None, args: argparse.Namespace
) -> list[Event]:
    """The races a listing lists once take the division ``--listed-division`` names; without
    it they are Division A, with a warning, and ``--division`` asks for it."""
    import attrs

    single = [(ev, r) for ev in events for r in ev.races if r.single]
    if not single:
        return events
    if listed is None:
        ev, race = single[0]
        where = f"{len(single)} race(s), the first {race.title} (line {race.line} of {ev.source})"
        if getattr(args, "division", None) is not None:
            raise ResultsError(
                f"the listings list {where} once, without saying the division: name it with"
                " --listed-division A or --listed-division B"
            )
        print(
            f"skatecalc: warning: the listings list {where} once: the division is not printed;"
            " read as Division A (say --listed-division B if they are Division B)",
            file=sys.stderr,
        )
        return events
    return [
        attrs.evolve(
            ev,
            races=tuple(attrs.evolve(r, division=listed) if r.single else r for r in ev.races),
        )
        for ev in events
    ]


def warn_races(
    events: Sequence[Event], cups: set[str], gender: str | None, division: str | None
) -> None:
    """The warnings of the races counted in ``cups``, on standard error."""
    from ..worldcup import cup_name

    said: set[str] = set()  # a join of two spellings is said once, not once per race
    for ev in events:
        for race in ev.races:
            if not race.warnings or (gender is not None and race.gender != gender):
                continue
            if division is not None and race.division != division:
                continue
            try:
                counted = cup_name(race.distance, race.gender) in cups
            except InvalidDistanceError:
                continue
            if counted:
                for warning in race.warnings:
                    if warning not in said:
                        said.add(warning)
                        print(f"skatecalc: warning: {warning}", file=sys.stderr)
