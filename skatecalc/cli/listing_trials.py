"""Official results listings of national trials as command-line input (``olympic
select``/``outlook``): `load_trials` turns them into the finishing orders the selection
takes, and `trials_of` does so for a command line's FILEs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .listing_input import read_listings
from .sources import events_of_args, inputs_of

if TYPE_CHECKING:  # the trials load when used
    from ..io.listing import Event
    from ..io.olympic import TrialResults
    from ..io.source import Input

__all__ = ["load_trials", "trials_of", "trials_of_events"]


def load_trials(paths: Sequence[str | Path], gender: str) -> tuple[TrialResults, tuple[str, ...]]:
    """The finishing orders of a trials listing for ``gender``, and the warnings to show.

    The 500 m skated twice counts each skater's faster time. Team events and the mass
    start are left out with a warning each: the mass-start skater is the selection
    committee's choice, given with ``--mass-start NAME``.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "okt.txt"
    >>> _ = path.write_text('''1000 meter (Men), 27.12.2025
    ...
    ... POS   NAME             AG       NAT   TIME      DIFF
    ... 1     Jenning de Boo   Neo      NED   1:07.20
    ... 2     Kai Verbij       Senior   NED   1:07.50   +0.300
    ...
    ... Mass Start (Men), 28.12.2025
    ...
    ... POS   NAME             AG       NAT   TIME
    ... 1     Jorrit Bergsma   Senior   NED   7:40.20
    ... ''', encoding="utf-8")
    >>> trials, warnings = load_trials([path], "men")
    >>> trials.results
    {1000: ('Jenning de Boo', 'Kai Verbij')}
    >>> print(warnings[0])  # doctest: +ELLIPSIS
    left out mass start men, 28.12.2025, Division A (line 7 of okt.txt): ... --mass-start NAME
    """
    return trials_of_events(read_listings(paths), gender)


def trials_of_events(events: Sequence[Event], gender: str) -> tuple[TrialResults, tuple[str, ...]]:
    """`load_trials` of events already read."""
    from ..io.listing import shared_places, trials_results
    from ..io.olympic import TrialResults

    warnings = tuple(
        f"left out {race.title} (line {race.line} of {ev.source}): the trials results take"
        " the distances in metres"
        + (
            "; give the mass-start skater with --mass-start NAME"
            if race.distance == "mass start"
            else ""
        )
        for ev in events
        for race in ev.races
        if race.gender == gender and not isinstance(race.distance, int)
    )
    ties = tuple(
        f"{a.name} and {b.name} share place {b.place} on the {race.distance} m (line {b.line}"
        f" of {ev.source}): the trials order keeps the listing's order, as no tie rule is"
        " known; check it where it decides a start place"
        for ev in events
        for race in ev.races
        if race.gender == gender and isinstance(race.distance, int)
        for a, b in shared_places(race)
    )
    results = trials_results(events, gender, ignore_events=True, keep_ties=True)
    source = ", ".join(ev.source for ev in events)
    noted = tuple(
        w
        for ev in events
        for race in ev.races
        if race.gender == gender and isinstance(race.distance, int)
        for w in race.warnings
    )
    return TrialResults(results, None, source), warnings + ties + noted


def trials_of(
    args: argparse.Namespace, gender: str, inputs: list[Input] | None = None
) -> TrialResults | None:
    """The trials' finishing orders of ``gender`` when the sources ``inputs`` of ``args``
    (default: read from ``args``) are official, else ``None``; the events left out are
    warned about on standard error (see `load_trials`)."""
    inputs = inputs if inputs is not None else inputs_of(args, "trials")
    if not inputs[0].official:
        return None
    trials, warnings = trials_of_events(events_of_args(args, inputs), gender)
    for warning in warnings:
        print(f"skatecalc: warning: {warning}", file=sys.stderr)
    return trials
