"""The SOQC from official World Cup results: listings, ISU result PDFs, their events.

[`soqc_results`][skatecalc.io.soqc.soqc_results] turns the events read from listings or PDFs
into the [SoqcResult][skatecalc.olympic.SoqcResult]s of the domain (each race scored by the
World Cup rules of its season, Division A and B, as ``worldcup standings`` scores it);
[`soqc_of_events`][skatecalc.io.soqc.soqc_of_events] computes the classification::

    >>> from skatecalc.io import read_listing
    >>> slc = read_listing("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
    >>> s = soqc_of_events([slc], 2026, events=[("men", "1000")])
    >>> [(r.quota_rank, r.nation, r.no, r.name, r.points) for r in s[:2]]
    [(1, 'USA', 1, 'Jordan Stolz', 60), (2, 'POL', 1, 'Damian Żurek', 54)]

The Games' SOQC is made of World Cups 1-4 of the Olympic season (the season before the
Games' year: 2025/26 for 2026): an event of another season, or a World Cup numbered above 4,
is an error naming it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..errors import InvalidDistanceError, ResultsError
from ..olympic import Soqc, SoqcResult, quota_rules, soqc
from ..time import RaceTime
from ..worldcup import cup_name, normalise_distance
from .listing import Event, worldcup_cup
from .listing import Race as ListedRace
from .listing.adapters import race_name

__all__ = ["FIRST_WORLD_CUPS", "soqc_of_events", "soqc_results"]

FIRST_WORLD_CUPS = 4
"""The SOQC counts World Cups 1-4 of the Olympic season (ISU qualification system 2026, as
published: OA Sport, 10 Nov 2025; the 2026 provisional quota was assigned after World Cups
1-4, ISU announcement, December 2025)."""

_EVENT_CODES = {"mass start": "MS", "team pursuit": "TP"}


def _code(distance: int | str) -> str | None:
    try:
        d = normalise_distance(distance)
    except InvalidDistanceError:
        return None
    if isinstance(d, int):
        return str(d)
    return _EVENT_CODES.get(d)


def _season(year: int) -> str:
    return f"{year - 1}/{year % 100:02d}"


def _check(events: Sequence[Event], year: int) -> None:
    season = _season(year)
    for ev in events:
        if not isinstance(ev, Event):
            raise ResultsError(f"{ev!r} is not an event read from a listing or a result PDF")
        if ev.season != season:
            raise ResultsError(
                f"{ev.source} is World Cup season {ev.season} ({ev.name!r}): the {year} SOQC"
                f" is made of World Cups 1-{FIRST_WORLD_CUPS} of {season}",
                where=ev.where,
            )
        n = _number(ev)
        if n is not None and n > FIRST_WORLD_CUPS:
            raise ResultsError(
                f"{ev.source} is World Cup {n} ({ev.name!r}): the {year} SOQC counts"
                f" World Cups 1-{FIRST_WORLD_CUPS} only",
                where=ev.where,
            )


def _number(ev: Event) -> int | None:
    """The World Cup's number: ``1. World Cup ...`` (listing) or ``... WORLD CUP #1`` (PDF)."""
    if ev.number is not None:
        return ev.number
    m = re.search(r"#\s*([0-9]{1,3})\b", ev.name)
    return int(m.group(1)) if m else None


def _competition(ev: Event) -> str:
    n = _number(ev)
    return f"WC{n}" if n is not None else ev.name


def soqc_results(events: Iterable[Event], year: int) -> list[SoqcResult]:
    """Every counted result of ``events`` (Olympic distances, mass start, team pursuit;
    both divisions) with its World Cup points, for the SOQC of the ``year`` Games."""
    given = list(events)
    if not given:
        raise ResultsError("no World Cup results given")
    _check(given, year)
    by_name: dict[tuple[str, str], tuple[Event, ListedRace]] = {}
    cups: dict[tuple[str, str], int | str] = {}  # (cup, gender) -> a distance of it
    for ev in given:
        for race in ev.races:
            if _code(race.distance) is None:
                continue  # team sprint, mixed relay: no Olympic event
            by_name[(race.gender, race_name(ev, race))] = (ev, race)
            cups.setdefault((cup_name(race.distance, race.gender), race.gender), race.distance)
    out: list[SoqcResult] = []
    for (_, gender), distance in cups.items():
        cup = worldcup_cup(given, distance, gender)
        for result in cup.races:
            ev, race = by_name[(gender, result.name)]
            code = _code(race.distance)
            assert code is not None
            found: dict[str, tuple[str, RaceTime | None]] = {}
            if race.is_team:
                for t in race.teams:
                    found[t.nation] = (t.nation, t.time)
            else:
                for e in race.entries:
                    found[e.name] = (e.nation, e.time)
            for who, score in zip(result.names, result.scores, strict=True):
                nation, time = found[who]
                out.append(
                    SoqcResult(
                        gender,
                        code,
                        who,
                        nation,
                        score.points,
                        score.place,
                        race.division,
                        time,
                        ev.venue,
                        race.date,
                        _competition(ev),
                    )
                )
    return out


def soqc_of_events(
    listings: Iterable[Event],
    year: int,
    *,
    ties: str = "countback",
    events: Iterable[tuple[str, str]] | None = None,
) -> Soqc:
    """The SOQC of the ``year`` Games from the World Cup events read (``listings``), for
    every Olympic event or the ``events`` given as (gender, event) pairs (see the module
    documentation)."""
    return soqc(soqc_results(listings, year), quota_rules(year), ties=ties, events=events)
