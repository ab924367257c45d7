"""From listings into every domain: World Cup cups, championship tables, Olympic trials.

These functions only select and reshape what a listing holds and call the public domain
functions ([`skatecalc.worldcup.Cup`][skatecalc.worldcup.Cup],
[`skatecalc.classify`][skatecalc.championship.classification.classify] through
[`ResultsFile`][skatecalc.io.results.ResultsFile],
[`skatecalc.olympic.rank_distance`][skatecalc.olympic.rank_distance]). Errors carry the file and
line of the listing they came from.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from ...errors import (
    CHOOSE_COMBINATION,
    DuplicateError,
    InvalidDistanceError,
    ResultsError,
    SkatecalcError,
    UnknownCombinationError,
)
from ...limits import shown
from ...notation import normalise_gender, variant_key
from ...time import RaceTime, Result, Status
from ...worldcup import Cup, Rules, cup_name, normalise_distance, parse_season
from ...worldcup import rules as season_rules
from ..csvfile import where
from .model import Entry, Event, Race, distance_label

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:  # the championship's code is loaded when a championship is asked for
    from typing import TypeVar

    from ...championship.combinations import Combination
    from ..results import ResultsFile

__all__ = ["championship_results", "race_name", "shared_places", "trials_results", "worldcup_cup"]

if TYPE_CHECKING:
    _T = TypeVar("_T")


def _items(listings: Iterable[_T]) -> list[_T]:
    """The listings given, as a list; anything but a collection of them is refused."""
    if isinstance(listings, (str, bytes)) or not isinstance(listings, Iterable):
        raise ResultsError(
            f"{shown(listings)} is not a list of listings: read each with read_listing(path)"
        )
    return list(listings)


def _first_duplicate(names: Iterable[str]) -> str:
    """The first name met a second time (one pass: no count per name).

    >>> _first_duplicate(["A", "B", "C", "B", "A"])
    'B'
    """
    seen: set[str] = set()
    for name in names:
        if name in seen:
            return name
        seen.add(name)
    raise ValueError("no name appears twice")


def _located(exc: SkatecalcError, event: Event, race: Race) -> SkatecalcError:
    return exc.at(where(event.source, race.line or event.line))


def race_name(event: Event, race: Race) -> str:
    """The name a listing's race gets in a cup: ``"WC1 1000 m 14.11.2025"`` (``" B"`` added
    for Division B).

    >>> from skatecalc.io import read_listing
    >>> ev = read_listing("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
    >>> race_name(ev, ev.races[0]), race_name(ev, ev.races[4])
    ('WC1 3000 m 14.11.2025', 'WC1 3000 m 14.11.2025 B')
    """
    prefix = f"WC{event.number}" if event.number is not None else (event.name or event.source)
    name = f"{prefix} {distance_label(race.distance)} {race.date:%d.%m.%Y}"
    return name + (" B" if race.division == "B" else "")


def worldcup_cup(
    listings: Iterable[Event],
    distance: int | str,
    gender: str,
    *,
    season: str | None = None,
    division: str | None = None,
    rules: Rules | None = None,
) -> Cup:
    """The World Cup classification of one distance and gender from several listings.

    Every race of the cup (both divisions unless ``division`` picks one; the women's 3000
    and 5000 m, the men's 5000 and 10000 m count together) is added in date order
    (within a date, in listing order), whatever the order of the listings.
    Individual races score by the listed place; a mass start by its listed ranking; team
    pursuit and team sprint by nation. ``season`` defaults to the listings' season; every
    listing must be of that season. ``rules`` replaces ``worldcup.rules(season)``.

    >>> from skatecalc.io import read_listing
    >>> slc = read_listing("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
    >>> cup = worldcup_cup([slc], 1000, "men", division="A")
    >>> [(s.rank, s.name, s.points) for s in cup.standings()[:2]]
    [(1, 'Jordan Stolz', 60), (2, 'Damian Żurek', 54)]
    """
    events = _items(listings)
    if not events:
        raise ResultsError("no listings given")
    for ev in events:
        if not isinstance(ev, Event):
            raise ResultsError(f"{shown(ev)} is not a listing: read it with read_listing(path)")
    wanted = season if season is not None else events[0].season
    key = parse_season(wanted)
    for ev in events:
        if ev.season != key:
            first = events[0]
            given = f"season {key}" if season is not None else f"{first.source} is {key}"
            raise ResultsError(
                f"{ev.source} is a listing of season {ev.season} ({ev.name!r}), but {given}:"
                " one cup takes the listings of one season",
                where=ev.where,
            )
    r = rules if rules is not None else season_rules(key)
    d = normalise_distance(distance)
    g = normalise_gender(gender)
    if division is not None and (
        not isinstance(division, str) or division.upper() not in ("A", "B")
    ):
        raise ResultsError(f"division {shown(division)} must be 'A' or 'B'")
    target = cup_name(d, g)
    team = d in ("team pursuit", "team sprint")
    cup = Cup(r, distance=d, entrant="nation" if team else "skater")
    # races in date order whatever the order of the listings (within a date, document order)
    ordered = sorted(((ev, race) for ev in events for race in ev.races), key=lambda er: er[1].date)
    for ev, race in ordered:
        if race.gender != g or (division is not None and race.division != division.upper()):
            continue
        try:
            if cup_name(race.distance, race.gender) != target:
                continue
        except InvalidDistanceError:
            continue  # not a World Cup event (mixed relay): another classification
        places: dict[str, int | Status]
        if team:
            places = {}
            for t in race.teams:
                places[t.nation] = t.status if t.status is not None else _place(t.place)
        else:
            places = {e.name: e.status if e.status is not None else _place(e.place) for e in race}
            if len(places) != len(race.entries):
                dup = _first_duplicate(race.names)
                raise ResultsError(
                    f"{dup!r} is listed twice in {race.title}",
                    where=where(ev.source, race.line or ev.line),
                )
        try:
            cup.add_race(
                race_name(ev, race),
                places,
                division=race.division,
                distance=normalise_distance(race.distance),
            )
        except SkatecalcError as exc:
            raise _located(exc, ev, race) from None
    return cup


def _place(place: int | None) -> int:
    assert place is not None
    return place


def _infer(distances: tuple[int, ...], given: str | Combination | None) -> Combination:
    from ...championship.combinations import combination, combinations_for

    if given is not None:
        comb = combination(given)
        if comb.distances[: len(distances)] != distances:
            raise ResultsError(
                f"the listings' distances {', '.join(map(str, distances))} are not how"
                f" {comb} starts ({', '.join(map(str, comb.distances))})"
            )
        return comb
    prefix = combinations_for(distances)
    if len(prefix) == 1:
        return prefix[0]
    shown = ", ".join(map(str, distances))
    if prefix:
        raise UnknownCombinationError.advise(
            "the distances {shown} start several combinations ({names}): {choose}",
            shown=shown,
            names=", ".join(c.name for c in prefix),
            choose=CHOOSE_COMBINATION,
        )
    raise UnknownCombinationError.advise(
        "no combination is skated over {shown}: {choose}", shown=shown, choose=CHOOSE_COMBINATION
    )


def _races(listings: Iterable[Event | Race], gender: str | None) -> list[tuple[Event | None, Race]]:
    out: list[tuple[Event | None, Race]] = []
    for item in _items(listings):
        if isinstance(item, Event):
            out += [(item, r) for r in item.races]
        elif isinstance(item, Race):
            out.append((None, item))
        else:
            raise ResultsError(f"{shown(item)} is neither a listing nor a race")
    _refuse_repeats(out)
    if gender is not None:
        g = normalise_gender(gender)
        out = [(ev, r) for ev, r in out if r.gender == g]
    genders = sorted({r.gender for _, r in out})
    if len(genders) > 1:
        raise ResultsError("the listings hold races of men and women: pass gender='men' or 'women'")
    if not out:
        raise ResultsError("the listings hold no race" + (f" of {gender}" if gender else ""))
    return out


def _refuse_repeats(races: Iterable[tuple[Event | None, Race]]) -> None:
    """Refuse a race given twice (a listing read twice, or pasted twice): the same
    distance, gender, day and lines. (Division A and B of a race differ in their lines.)"""
    seen: dict[tuple[int | str, str, object], list[tuple[Event | None, Race]]] = {}
    for ev, race in races:
        earlier = seen.setdefault((race.distance, race.gender, race.date), [])
        for ev0, race0 in earlier:
            if race0.entries == race.entries:
                raise DuplicateError(
                    f"the same race twice: {race.title} equals the race at {_at(ev0, race0)}"
                    " (a listing given twice?)",
                    where=_at(ev, race),
                )
        earlier.append((ev, race))


def _rank_runs(distance: int, group: list[tuple[Event | None, Race]]) -> tuple[str, ...]:
    """Rank a distance skated in several races on each skater's faster official time.

    Official times of different races compare in hundredths only (the DIFF gives the
    thousandths within one race, relative to its first time); equal hundredths from one
    race are split by that race's places (``POS``: the order of its DIFF, and the
    listing's word where even the DIFFs are equal). A tie nothing splits (one shared
    place, or two races) raises, and so does a tie with a skater whose better time is
    printed the same in two races (which of the two is faster, and so whether the other
    skater is ahead, no DIFF says).
    """
    best: dict[str, tuple[int, int, int]] = {}  # name -> (hundredths, race, place)
    twice: set[str] = set()  # names whose better time is printed in two races
    statuses: list[str] = []
    for k, (_, race) in enumerate(group):
        for e in race.entries:
            if e.time is None:
                if e.name not in statuses:
                    statuses.append(e.name)
                continue
            assert e.place is not None  # a line with a time has a place
            run = (e.time.hundredths, k, e.place)
            if e.name not in best or run[0] < best[e.name][0]:
                best[e.name] = run
                twice.discard(e.name)
            elif run[0] == best[e.name][0] and k != best[e.name][1]:
                twice.add(e.name)  # which of the two is faster, no DIFF says
    ranked = sorted(best, key=lambda n: (best[n][0], best[n][2]))
    for a, b in itertools.pairwise(ranked):
        (ta, ka, pa), (tb, kb, pb) = best[a], best[b]
        if ta == tb and (ka != kb or pa == pb or a in twice or b in twice):
            ev, race = group[kb]
            raise ResultsError(
                f"{a} and {b} both have {RaceTime.from_hundredths(ta)} as their better"
                f" {distance} m, and the listings cannot split them: give the finishing order"
                " yourself",
                where=_at(ev, race),
            )
    return tuple(ranked)  # a skater without a time in any run holds no place


def _at(ev: Event | None, race: Race) -> str:
    return where(ev.source, race.line or ev.line) if ev is not None else race.title


def championship_results(
    listings: Iterable[Event | Race],
    *,
    gender: str | None = None,
    combination: str | Combination | None = None,
    allow_gaps: bool = False,
) -> ResultsFile:
    """A championship's results from its listings (one race per distance, in skating
    order; races are taken by date, listing order within a day).

    The combination is the one skated over exactly these distances, or the only one that
    starts with them (a championship still running); pass ``combination`` when several
    fit. Each skater's results follow the races: the time (or status) where listed,
    ``None`` where not (not skated). Classify with ``.classify()``.

    Names follow the identity rule of `skatecalc.notation`; a name spelled in one race with
    other case or accents than in an earlier one (``Femke Kók``, ``Femke Kok``) raises
    `DuplicateError` naming both. A skater listed in a race but missing from an earlier
    one raises `ResultsError`, as the results CSV reader does (usually a name spelled
    differently); ``allow_gaps=True`` keeps them with ``None`` there, for races that are
    not one championship (pick the skaters yourself).

    The listing's places (``POS``: the order of the exact DIFF) come along as
    ``distance_places``, so a distance is ranked as published even where the times are
    known to the hundredth only: two skaters on ``37.34``, ``+0.862`` and ``+0.863``, are
    10th and 11th, not both 10th.

    >>> from skatecalc.io import parse_listing
    >>> day1 = parse_listing('''500 meter (Women), 14.03.2025
    ...
    ... POS   NAME          AG       NAT   TIME    DIFF     RECORD
    ... 1     Femke Kok     Senior   NED   37.07
    ... 2     Miho Takagi   Senior   JPN   37.13   +0.060
    ... ''')
    >>> f = championship_results([day1], combination="sprint")
    >>> f.combination.name, f.results["Miho Takagi"], f.nations["Miho Takagi"]
    ('sprint', (RaceTime('37.13'),), 'JPN')
    >>> print(f.classify())
    Sprint: standings after 1 of 4 distances
    #  Name         Nat    500 (1)  Points  Gap 1000
    1  Femke Kok    NED  37.07 (1)  37.070
    2  Miho Takagi  JPN  37.13 (2)  37.130      0.12
    """
    races = _races(listings, gender)
    races.sort(key=lambda pair: pair[1].date)
    distances: list[int] = []
    for ev, race in races:
        if not isinstance(race.distance, int):
            raise ResultsError(
                f"a championship classifies distances in metres; {race.title} is not one",
                where=_at(ev, race),
            )
        distances.append(race.distance)
    comb = _infer(tuple(distances), combination)
    results: dict[str, list[Result]] = {}
    nations: dict[str, str] = {}
    places: list[dict[str, int]] = []
    spelled: dict[str, tuple[str, str]] = {}  # variant_key -> (first spelling, its race)
    for k, (ev, race) in enumerate(races):
        places.append({e.name: e.place for e in race.entries if e.place is not None})
        for e in race.entries:
            at = where(ev.source, e.line or 1) if ev is not None else race.title
            first, first_race = spelled.setdefault(variant_key(e.name), (e.name, race.title))
            if first != e.name:  # one identity rule (skatecalc.notation): never joined, refused
                raise DuplicateError(
                    f"{e.name!r} in {race.title} is spelled {first!r} in {first_race}:"
                    " case and accents count in names, use one spelling",
                    where=at,
                )
            missing = len(results.get(e.name, ()))
            if missing < k and not allow_gaps:  # as the CSV reader: no gap before a result
                raise ResultsError(
                    f"{e.name!r} has a result in {race.title} but is not listed in"
                    f" {races[missing][1].title} (distance {missing + 1}): is the name"
                    " spelled differently there?",
                    where=at,
                )
            if e.name in results and len(results[e.name]) > k:
                raise ResultsError(
                    f"{e.name!r} is listed twice in {race.title}",
                    where=where(ev.source, e.line or 1) if ev is not None else race.title,
                )
            row = results.setdefault(e.name, [])
            row += [None] * (k - len(row))
            row.append(e.result)
            if nations.setdefault(e.name, e.nation) != e.nation:
                raise ResultsError(
                    f"{e.name!r} skates for {e.nation} here but {nations[e.name]} before",
                    where=where(ev.source, e.line or 1) if ev is not None else race.title,
                )
    sources = ", ".join(dict.fromkeys(ev.source for ev, _ in races if ev is not None))
    from ..results import ResultsFile

    return ResultsFile(
        comb,
        {name: tuple(row) for name, row in results.items()},
        nations,
        sources or "<races>",
        tuple(w for _, race in races for w in race.warnings),
        distance_places=tuple(places),
    )


def shared_places(race: Race) -> list[tuple[Entry, Entry]]:
    """The pairs of timed skaters who share a place in ``race`` (equal to the thousandth):
    a tie no trials order can split.

    >>> from skatecalc.io import read_listing
    >>> slc = read_listing("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
    >>> race = slc.races_of(1000, "men", "A")[0]
    >>> [(a.name, b.name, b.place) for a, b in shared_places(race)]
    [('Joep Wennemars', 'Cooper Mcleod', 9)]
    """
    timed = [e for e in race.entries if e.time is not None]
    return [
        (a, b) for a, b in itertools.pairwise(timed) if b.place is not None and a.place == b.place
    ]


def _tie_message(race: Race, above: Entry, e: Entry) -> str:
    return (
        f"{above.name} and {e.name} share place {e.place} on the {race.distance} m: a tie the"
        " thousandths do not split"
    )


def trials_results(
    listings: Iterable[Event | Race],
    gender: str,
    *,
    ignore_events: bool = False,
    keep_ties: bool = False,
) -> dict[int, tuple[str, ...]]:
    """The finishing order of every distance of a trials listing: the ``okt_results``
    that [`skatecalc.olympic.select`][skatecalc.olympic.select] and `outlook` take.

    A distance skated once keeps the listing's order (its official places); a place shared
    by two timed skaters raises, as no tie rule is invented, unless ``keep_ties`` keeps the
    listing's order (the command line does, with a warning). A
    distance skated more than once (the 500 m twice) is ranked on each skater's faster
    official time, as [`skatecalc.olympic.rank_distance`][skatecalc.olympic.rank_distance]
    does; equal hundredths from one race are split by its places (the order of its DIFF), a
    tie nothing splits raises (give that order yourself). A skater without a time (DQ, DNF,
    DNS, WDR on every run) holds no place: left out, so never on a row.
    Team events and the mass start are no distance in metres: they raise, unless
    ``ignore_events`` leaves them out (the mass-start row is the committee's choice: pass it
    to ``select(mass_start=...)``).

    >>> from skatecalc.io import parse_listing
    >>> ev = parse_listing('''500 meter (Men), 27.12.2025
    ...
    ... POS   NAME             AG       NAT   TIME    DIFF
    ... 1     Jenning de Boo   Neo      NED   34.20
    ... 2     Kai Verbij       Senior   NED   34.50   +0.300
    ...
    ... 500 meter (Men), 28.12.2025
    ...
    ... POS   NAME             AG       NAT   TIME    DIFF
    ... 1     Kai Verbij       Senior   NED   34.10
    ... DNF   Jenning de Boo   Neo      NED   -
    ... ''')
    >>> trials_results([ev], "men")
    {500: ('Kai Verbij', 'Jenning de Boo')}
    """
    races = _races(listings, gender)
    by_distance: dict[int, list[tuple[Event | None, Race]]] = {}
    for ev, race in races:
        if not isinstance(race.distance, int):
            if ignore_events:
                continue
            raise ResultsError(
                f"{race.title} is not a distance in metres: the trials results take the"
                " distances; pass ignore_events=True to leave it out",
                where=_at(ev, race),
            )
        by_distance.setdefault(race.distance, []).append((ev, race))
    out: dict[int, tuple[str, ...]] = {}
    for d, group in by_distance.items():
        if len(group) == 1:
            ev, race = group[0]
            names = race.names
            if len(set(names)) != len(names):
                dup = _first_duplicate(names)
                raise ResultsError(f"{dup!r} is listed twice in {race.title}", where=_at(ev, race))
            for above, e in shared_places(race) if not keep_ties else ():
                raise ResultsError(
                    _tie_message(race, above, e) + "; give the finishing order yourself (or"
                    " keep_ties=True keeps the listing's order)",
                    where=where(ev.source, e.line or 1) if ev is not None else race.title,
                )
            out[d] = tuple(e.name for e in race.entries if e.time is not None)  # timed
            continue
        out[d] = _rank_runs(d, group)
    return out
