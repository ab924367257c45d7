"""Official results as command-line input: what each command makes of the events.

A file given to ``skatecalc standings``, ``need``, ``board``, ``worldcup standings`` or
``olympic select``/``outlook`` may be an official source — a results listing, an ISU
result PDF or a folder of them, saved results-service responses or ``isu:EVENT[/N]`` —
read once by `skatecalc.io.read` (see `skatecalc.cli.inputs`). The ``load_*``
functions turn the events into what each command takes:

* `load_championship`: a championship's races (one listing per distance, or one listing
  with every distance) as the results ``skatecalc.classify`` takes, the combination
  inferred from the races;
* `load_worldcup`: the World Cup cups of several sources, each a
  [`Cup`][skatecalc.worldcup.Cup];
* `load_trials` (in `skatecalc.cli.listing`): the finishing orders of a trials
  listing, for the Olympic selection.

>>> slc = "skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt"
>>> [(name, cup.standings()[0].name) for name, cup in load_worldcup(
...     [slc], season="2025/26", distance=1000, gender="men", division="A")]
[('1000 m men', 'Jordan Stolz')]

Official results listings of national trials as command-line input (``olympic
select``/``outlook``): `load_trials` turns them into the finishing orders the selection
takes, and `trials_of` does so for a command line's FILEs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import InvalidDistanceError, ResultsError, SkatecalcError
from ..examples import example_text
from ..notation import normalise_gender
from .inputs import events_of_args, inputs_of, listed_division, packaged_listing, warn_races

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    import datetime
    from typing import TypeAlias

    from ..championship.combinations import Combination
    from ..io.listing import Event
    from ..io.olympic import TrialResults
    from ..io.results import ResultsFile
    from ..io.source import Input
    from ..worldcup import Cup, Rules

__all__ = [
    "championship_of",
    "load_championship",
    "load_trials",
    "load_worldcup",
    "read_listings",
    "trials_of",
    "trials_of_events",
    "worldcup_of",
]


def read_listings(paths: Sequence[str | Path]) -> list[Event]:
    """The events of the official sources ``paths`` (see `skatecalc.io.read_events`); a
    path that does not exist but names a built-in example listing is that listing.

    >>> read_listings(["README.md"])
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: 'README.md' is not an official results listing ...
    """
    from ..io.source import events_of, read

    if not paths:
        raise ResultsError("no listing given")
    inputs = []
    for path in paths:
        example = packaged_listing(path)
        if example is not None:
            data = example_text(example).encode("utf-8")
            inputs.append(read(example.path, data=data, name=Path(example.path).name))
        else:
            inputs.append(read(path))
    return events_of(inputs)


def _gender_of(events: Sequence[Event], gender: str | None) -> str | None:
    if gender is not None:
        return gender
    genders = sorted({r.gender for ev in events for r in ev.races})
    if len(genders) > 1:
        raise ResultsError(
            "the listings hold races of " + " and ".join(genders) + ": choose one with"
            " --gender " + " or --gender ".join(genders)
        )
    return None


def load_championship(
    paths: Sequence[str | Path],
    *,
    combination: str | Combination | None = None,
    gender: str | None = None,
) -> ResultsFile:
    """A championship's results from its listings: one listing per distance, or one
    listing with every distance. The races are taken by date; the combination is the one
    skated over exactly those distances, or the only one that starts with them, unless
    ``combination`` names it. Listings holding men's and women's races need ``gender``.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "day1.txt"
    >>> _ = path.write_text('''500 meter (Women), 14.03.2025
    ...
    ... POS   NAME          AG       NAT   TIME    DIFF     RECORD
    ... 1     Femke Kok     Senior   NED   37.07
    ... 2     Miho Takagi   Senior   JPN   37.13   +0.060
    ... ''', encoding="utf-8")
    >>> print(load_championship([path], combination="sprint").classify())
    Sprint: standings after 1 of 4 distances
    #  Name         Nat    500 (1)  Points  Gap 1000
    1  Femke Kok    NED  37.07 (1)  37.070
    2  Miho Takagi  JPN  37.13 (2)  37.130      0.12
    """
    from ..io.listing import championship_results

    events = read_listings(paths)
    return championship_results(events, gender=_gender_of(events, gender), combination=combination)


def _cups(
    events: Sequence[Event], distance: int | str | None, gender: str | None, division: str | None
) -> dict[str, tuple[int | str, str]]:
    """The cups the listings hold races of: name -> (a distance of the cup, gender)."""
    from ..worldcup import cup_name, normalise_distance

    found: dict[str, tuple[int | str, str]] = {}
    for ev in events:
        for race in ev.races:
            if gender is not None and race.gender != gender:
                continue
            if division is not None and race.division != division:
                continue
            try:
                name = cup_name(race.distance, race.gender)
            except InvalidDistanceError:
                continue  # no World Cup event (the mixed relay): counted in no cup
            found.setdefault(name, (race.distance, race.gender))
    if distance is not None:
        d = normalise_distance(distance)
        wanted = set()
        for g in [gender] if gender is not None else ["men", "women"]:
            try:
                wanted.add(cup_name(d, g))
            except InvalidDistanceError:
                if gender is not None:
                    raise
        found = {name: v for name, v in found.items() if name in wanted}
        if not found:
            what = " or ".join(sorted(wanted))
            div = f" in Division {division}" if division is not None else ""
            raise ResultsError(f"the listings hold no {what} race{div}")
    if not found:
        raise ResultsError("the listings hold no World Cup race of the chosen gender or division")
    return found


def load_worldcup(
    paths: Sequence[str | Path],
    *,
    season: str | None = None,
    distance: int | str | None = None,
    gender: str | None = None,
    division: str | None = None,
    rules: Rules | None = None,
) -> list[tuple[str, Cup]]:
    """The World Cup cups of several listings, as (cup name, [`Cup`][skatecalc.worldcup.Cup])
    in the order the listings first hold them.

    ``distance`` and ``gender`` choose cups (default: every cup the listings hold);
    ``division`` (``"A"`` or ``"B"``) takes one division's races only. Individual races
    score by the listed place, a mass start by its ranking, team pursuit and team sprint
    by nation. Every listing must be of ``season`` (default: the first listing's season).

    >>> cups = load_worldcup(
    ...     ["skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt",
    ...      "skatecalc/data/examples/wc2025-26-2-calgary.txt"],
    ...     season="2025/26", distance="TP", gender="men", division="A")
    >>> [(s.name, s.points) for s in cups[0][1].standings()[:3]]
    [('USA', 120), ('FRA', 97), ('NOR', 88)]
    """
    if division is not None:
        if not isinstance(division, str) or division.strip().upper() not in ("A", "B"):
            raise ResultsError(f"division {division!r} must be A or B")
        division = division.strip().upper()
    if gender is not None:
        gender = normalise_gender(gender)
    return _worldcup(read_listings(paths), season, distance, gender, division, rules)


def _worldcup(
    events: Sequence[Event],
    season: str | None,
    distance: int | str | None,
    gender: str | None,
    division: str | None,
    rules: Rules | None,
    *,
    skip_unknown: bool = False,
) -> list[tuple[str, Cup]]:
    """The cups of the listings. With ``skip_unknown`` and without ``distance`` (the
    whole season at once), a cup whose table values are not known (a place beyond the
    published table, an unknown value) is left out with a warning on standard error
    naming the cup and the option that supplies the table; the library itself still
    raises (no number is guessed)."""
    from ..errors import BeyondTableError, PlaceError, UnknownValueError
    from ..io.listing import worldcup_cup

    cups: list[tuple[str, Cup]] = []
    skipped: list[str] = []
    for name, (d, g) in _cups(events, distance, gender, division).items():
        try:
            cup = worldcup_cup(events, d, g, season=season, division=division, rules=rules)
        except (PlaceError, UnknownValueError) as exc:
            unknown = isinstance(exc, UnknownValueError | BeyondTableError)
            if not skip_unknown or distance is not None or not unknown:
                raise
            skipped.append(name)
            print(
                f"skatecalc: warning: left out the {name} cup: its points table is not"
                f" known ({_first_clause(exc)}); supply it with --table-distance"
                f" {_option_distance(d)}=POINTS (the points of places 1, 2, ..."
                " comma-separated)",
                file=sys.stderr,
            )
            continue
        cups.append((name, cup))
    if skipped and not cups:
        raise SkatecalcError(
            "no cup could be scored: the points tables of "
            + ", ".join(skipped)
            + " are not known; supply them with --table-distance D=POINTS"
        )
    return cups


def _first_clause(exc: Exception) -> str:
    """The library's message up to its Python advice (``...; no number is guessed``)."""
    return str(exc).split(";")[0].split(": to score")[0]


def _option_distance(distance: int | str) -> str:
    """``distance`` as ``--table-distance`` takes it: ``MS``, ``TP``, ``TS`` or metres."""
    short = {"mass start": "MS", "team pursuit": "TP", "team sprint": "TS"}
    return short.get(distance, str(distance)) if isinstance(distance, str) else str(distance)


# --- the command line's arguments ---------------------------------------------------------


def _usage(what: str) -> SkatecalcError:
    from .common import UsageError

    return UsageError(f"{what}; FILE is not one (a CSV or JSON file, - or --example)")


RaceKey: TypeAlias = "tuple[int | str, str, datetime.date, str]"
"""A race as (distance, gender, date, division): what its title names."""


def championship_of(
    args: argparse.Namespace, inputs: list[Input] | None = None
) -> ResultsFile | None:
    """The championship results of ``args`` (``--combination``, ``--gender``) when its
    sources ``inputs`` (default: read from ``args``) are official, else ``None``."""
    inputs = inputs if inputs is not None else inputs_of(args, "results")
    if not inputs[0].official:
        if getattr(args, "gender", None) is not None:
            raise _usage("--gender chooses the races of official results listings")
        return None
    events = events_of_args(args, inputs)
    from ..io.listing import championship_results

    listed = championship_results(
        events,
        gender=_gender_of(events, getattr(args, "gender", None)),
        combination=getattr(args, "combination", None),
    )
    for warning in listed.warnings:
        print(f"skatecalc: warning: {warning}", file=sys.stderr)
    return listed


def worldcup_of(
    args: argparse.Namespace,
    rules_of: Callable[[argparse.Namespace], Rules],
    inputs: list[Input] | None = None,
) -> tuple[str, list[tuple[str, Cup]]] | None:
    """`worldcup_sources` without the races not complete."""
    found = worldcup_sources(args, rules_of, inputs)
    return None if found is None else (found[0], found[1])


def worldcup_sources(
    args: argparse.Namespace,
    rules_of: Callable[[argparse.Namespace], Rules],
    inputs: list[Input] | None = None,
) -> tuple[str, list[tuple[str, Cup]], dict[str, tuple[RaceKey, ...]]] | None:
    """The season and the cups of ``args`` (``--distance``, ``--gender``, ``--division``,
    ``--after``) when its sources ``inputs`` (default: read from ``args``) are official,
    else ``None``.

    ``rules_of(args)`` gives the rules (``--season``, ``--table-b``); without ``--season``
    the season is the sources' own. The third value names, per cup, its races that are
    not complete (skaters still to skate in a live source): that cup is provisional.
    """
    inputs = inputs if inputs is not None else inputs_of(args, "season")
    if not inputs[0].official:
        if getattr(args, "division", None) is not None:
            raise _usage("--division chooses the races of official results listings")
        if getattr(args, "listed_division", None) is not None:
            raise _usage(
                "--listed-division gives the division of the races an official results"
                " listing lists once"
            )
        return None
    events = listed_division(
        events_of_args(args, inputs), getattr(args, "listed_division", None), args
    )
    if getattr(args, "season", None) is None:
        args = argparse.Namespace(**{**vars(args), "season": events[0].season})
    rules = rules_of(args)
    division = getattr(args, "division", None)
    cups = _worldcup(
        events,
        rules.season,
        args.distance,
        args.gender,
        division and division.upper(),
        rules,
        skip_unknown=True,
    )
    warn_races(events, {n for n, _ in cups}, args.gender, division and division.upper())
    after = getattr(args, "after", None)
    if after is not None:
        cups = [(name, cup.until(after)) for name, cup in cups]
    incomplete = _incomplete(events, {n for n, _ in cups}, division and division.upper())
    if division is not None:
        cups = [(f"{name}, Division {division.upper()}", cup) for name, cup in cups]
        incomplete = {f"{n}, Division {division.upper()}": r for n, r in incomplete.items()}
    return rules.season, cups, incomplete


def _incomplete(
    events: Sequence[Event], cups: set[str], division: str | None
) -> dict[str, tuple[RaceKey, ...]]:
    """Per cup of ``cups``, its races with skaters still to skate, as (distance, gender,
    date, division) for the title to word them in each language."""
    from ..worldcup import cup_name

    out: dict[str, tuple[RaceKey, ...]] = {}
    for ev in events:
        for race in ev.races:
            if race.to_skate and (division is None or race.division == division):
                try:
                    name = cup_name(race.distance, race.gender)
                except InvalidDistanceError:
                    continue
                if name in cups:
                    what = (race.distance, race.gender, race.date, race.division)
                    out[name] = (*out.get(name, ()), what)
    return out


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
