"""The input of a classification, read once: `Entries`, one column per kind of value.

`read_entries()` checks and parses what `skatecalc.classify()` is given (names
unique under the identity rule of `skatecalc.notation`, a case- or accent-only variant
refused, at most one result per distance, every result readable: an error names the
skater and the distance) and works out, in the same pass, each skater's points on every
distance with a time, as integer thousandths of a point.

The skaters are kept in columns, not in an object per skater (issue 20: at 10^5 skaters
the garbage collector scanned some six containers per skater): the names in one list,
the results of all skaters in one flat list (equal result texts share one ``RaceTime``),
the points in one ``array`` of integers (``-1`` where there is no time), and per skater
the number of distances completed in a row from the first (``reach``) and their total.

    >>> import skatecalc as sc
    >>> entries = read_entries(sc.SPRINT, {"Femke Kok": ["37.07", "1:14.35"]}, None,
    ...                        sc.Rounding.TRUNCATE)
    >>> entries.row(0), entries.prefix(0), entries.totals[0], entries.sum_to(0, 1)
    ((RaceTime('37.07'), RaceTime('1:14.35'), None, None), (37070, 37175), 74245, 37070)

Published places on a distance: where the results know more than the official times.

Official times are hundredths (thousandths truncated), and thousandths split ties on one
distance (ISU Special Regulations & Technical Rules Speed Skating). When the thousandths
are not known absolutely, the published results may still know the order: an official
results listing gives every skater's gap to the winner in thousandths, so two skaters on
``37.34`` can be 10th and 11th. `check_places()` reads such places (``distance_places``
of `skatecalc.classify()`) and refuses any that contradict the times; the classification
then ranks the distance by them. Totals never change: points use the official times.

    >>> import skatecalc as sc
    >>> from skatecalc.championship.entries import read_entries
    >>> comb = sc.Combination("x", (500,))
    >>> entries = read_entries(comb, {"W": ["37.34"], "L": ["37.34"]}, None,
    ...                        sc.Rounding.TRUNCATE)
    >>> check_places(comb, entries, [{"W": 10, "L": 11}])
    [{'W': 10, 'L': 11}]
    >>> check_places(comb, entries, [{"W": 10, "K": 11, "L": 12}])  # K: not in the table
    [{'W': 10, 'L': 12}]
    >>> check_places(comb, entries, [{"W": 10, "Lee": 11}])
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: 'L' has a time on the 500 m (37.34) but no place: give every skater with a time a place on it, or no places on it at all
"""  # noqa: E501

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence

from ..errors import DuplicateError, PlaceError, ResultsError, SkatecalcError, UnknownNameError
from ..limits import shown
from ..notation import name_key, variant_key
from ..samalog import Rounding, points_thousandths
from ..time import RaceTime, Result, ResultLike, parse_result
from .combinations import Combination

__all__ = ["NO_POINTS", "DistancePlaces", "Entries", "check_places", "read_entries"]


_TEXTS_LIMIT = 1 << 16  # distinct result texts remembered per call (bounded memory)
NO_POINTS = -1
"""The points column's value where a distance has no time (points are never negative)."""


class Entries:
    """The skaters of a classification in input order, as columns.

    ``names[i]`` and ``nations[i]`` (``nations`` is ``None`` when no nation is known);
    ``results[i * width + k]``: skater ``i``'s result on distance ``k`` (``None`` where
    nothing is given); ``points`` the same cells as integer thousandths of a point
    (`NO_POINTS` where there is no time); ``reach[i]``: the distances completed in a row
    from the first, ``totals[i]`` their points.
    """

    __slots__ = ("names", "nations", "points", "reach", "results", "totals", "width")

    def __init__(self, width: int) -> None:
        self.width = width
        self.names: list[str] = []
        self.nations: list[str | None] | None = None
        self.results: list[Result] = []
        self.points = array("q")
        self.reach = array("H")
        self.totals = array("q")

    def __len__(self) -> int:
        return len(self.names)

    def row(self, i: int) -> tuple[Result, ...]:
        """Skater ``i``'s results, one per distance."""
        base = i * self.width
        return tuple(self.results[base : base + self.width])

    def result(self, i: int, k: int) -> Result:
        """Skater ``i``'s result on distance ``k``."""
        return self.results[i * self.width + k]

    def nation(self, i: int) -> str | None:
        """Skater ``i``'s nation, or ``None``."""
        return None if self.nations is None else self.nations[i]

    def prefix(self, i: int) -> tuple[int, ...]:
        """The points on the distances completed in a row from the first."""
        base = i * self.width
        return tuple(self.points[base : base + self.reach[i]])

    def sum_to(self, i: int, k: int) -> int:
        """The total over the first ``k`` distances (at most ``reach[i]``)."""
        if k == self.reach[i]:
            return self.totals[i]
        base = i * self.width
        return sum(self.points[base : base + k])


def _check_nations(nations: object) -> Mapping[str, str]:
    if not isinstance(nations, Mapping):
        raise ResultsError(f"nations must map names to nations, not {shown(nations)}")
    for who, nation in nations.items():
        if not isinstance(who, str):
            raise ResultsError(f"nations: {shown(who)} is not a skater's name")
        if not isinstance(nation, str):
            raise ResultsError(
                f"the nation of {shown(who)} must be text (such as 'NED'), not {shown(nation)}"
            )
    return nations


def read_entries(
    comb: Combination,
    results: Mapping[str, Sequence[ResultLike]] | Iterable[tuple[str, Sequence[ResultLike]]],
    nations: Mapping[str, str] | None,
    rounding: Rounding,
) -> Entries:
    """Parse and check the input, one pass: names unique (case and spacing aside), at most
    one result per distance, every result readable (an error names skater and distance)."""
    nation_of = (
        {name_key(who): nation for who, nation in _check_nations(nations).items()}
        if nations is not None
        else {}
    )
    if isinstance(results, Mapping):
        pairs: Iterable[object] = results.items()
    elif isinstance(results, Iterable) and not isinstance(results, str | bytes):
        pairs = results
    else:
        raise ResultsError(f"results must map each skater to their results, not {shown(results)}")
    distances = comb.distances
    n = len(distances)
    truncate = rounding is Rounding.TRUNCATE
    seen: dict[str, str] = {}
    texts: dict[str, Result] = {}  # each distinct result text, read once
    entries = Entries(n)
    names, cells, points, reach, totals = (
        entries.names,
        entries.results,
        entries.points,
        entries.reach,
        entries.totals,
    )
    nations_column: list[str | None] | None = [] if nation_of else None
    pad = (None,) * n
    for pair in pairs:
        if type(pair) is not tuple and (
            isinstance(pair, str | bytes) or not isinstance(pair, Sequence)
        ):
            raise ResultsError(f"{shown(pair)} is not a (name, results) pair")
        if len(pair) != 2:
            raise ResultsError(f"{shown(pair)} is not a (name, results) pair")
        name, given = pair
        if (type(name) is not str and not isinstance(name, str)) or not name.strip():
            raise ResultsError(f"{shown(name)} is not a skater's name")
        name = name_key(name)  # the one identity rule (skatecalc.notation): the spelling shown
        key = variant_key(name)
        if key in seen:
            also = "" if seen[key] == name else f" (also as {shown(seen[key])})"
            what = "appears twice" if not also else "appears twice: case and accents count"
            raise DuplicateError(f"skater {shown(name)} {what}{also}")
        seen[key] = name
        if type(given) is not list and (
            isinstance(given, str | bytes) or not isinstance(given, Sequence)
        ):
            raise ResultsError(
                f"results of {shown(name)} must be a list in skating order, not {shown(given)}"
            )
        if len(given) > n:
            raise ResultsError(
                f"{shown(name)} has {len(given)} results but {comb} has {n}"
                f" distances ({', '.join(map(str, distances))})"
            )
        row_points = [NO_POINTS] * n
        total = 0
        upto = -1  # distances completed in a row from the first, once a gap is met
        for index, value in enumerate(given):
            if type(value) is str:
                # each distinct text read once per call; a RaceTime is immutable, so the
                # skaters with equal text share one (no object per time: memory and GC)
                known = texts.get(value)
                if known is None:
                    try:
                        known = parse_result(value)
                    except SkatecalcError as exc:
                        raise exc.at(f"{name}, {comb.distance_name(index)}") from None
                    if known is not None and len(texts) < _TEXTS_LIMIT:
                        texts[value] = known
                value = known
            elif type(value) is not RaceTime:
                try:
                    value = parse_result(value)
                except SkatecalcError as exc:
                    raise exc.at(f"{name}, {comb.distance_name(index)}") from None
            cells.append(value)
            if type(value) is RaceTime:
                p = (
                    value.thousandths // 10 * 5000 // distances[index]
                    if truncate
                    else points_thousandths(value.thousandths // 10, distances[index], rounding)
                )
                row_points[index] = p
                if upto < 0:
                    total += p
            elif upto < 0:
                upto = index
        if len(given) < n:
            cells += pad[len(given) :]
            if upto < 0:
                upto = len(given)
        names.append(name)
        if nations_column is not None:
            nations_column.append(nation_of.get(name))
        points.extend(row_points)
        reach.append(n if upto < 0 else upto)
        totals.append(total)
    entries.nations = nations_column
    if nation_of:
        known_names = set(seen.values())  # one set: a lookup per nation, not a scan
        unknown = [name for name in nation_of if name not in known_names]
        if unknown:
            raise UnknownNameError.unknown(unknown[0], seen.values())
    return entries


DistancePlaces = Sequence[Mapping[str, int] | None]
"""Published places per distance in skating order: for each distance a mapping from
skater to place, or ``None`` where the times alone rank the distance."""

_SCALE = {1: 100, 2: 10, 3: 1}  # thousandths per unit of a precision


def check_places(
    comb: Combination, entries: Entries, distance_places: object
) -> list[dict[str, int] | None]:
    """The places of ``distance_places``, checked against the results, per distance.

    A place is a whole number from 1. Names that are not in the results are left out, so
    that the places of a whole race rank the skaters of a smaller table among themselves;
    on a distance with places, every skater with a time needs one (a misspelt name is
    caught there) and a skater without a time has none. The places must agree with the
    times: a slower time never has the better place, and a shared place means equal
    times. Two times are compared as far as both are given: in hundredths (the official
    times), in thousandths where both carry them, in tenths where one is in tenths. An
    error names the skaters and the distance.
    """
    if isinstance(distance_places, str | bytes) or not isinstance(distance_places, Sequence):
        raise ResultsError(
            f"distance_places={shown(distance_places)} must be a list with, per distance"
            " in skating order, a mapping of skater to place (or None)"
        )
    n = len(comb.distances)
    if len(distance_places) > n:
        raise ResultsError(
            f"distance_places has {len(distance_places)} distances but {comb} has {n}"
            f" ({', '.join(map(str, comb.distances))})"
        )
    known = set(entries.names)
    out: list[dict[str, int] | None] = []
    for index, given in enumerate(distance_places):
        if given is None:
            out.append(None)
            continue
        here = f"distance_places, {comb.distance_name(index)}"
        if not isinstance(given, Mapping):
            raise ResultsError(
                f"the places on the {comb.distance_name(index)} must map skaters to places,"
                f" not {shown(given)}"
            ).at(here)
        places: dict[str, int] = {}
        for name, place in given.items():
            if not isinstance(name, str):
                raise ResultsError(f"{shown(name)} is not a skater's name").at(here)
            if type(place) is not int or place < 1:
                raise PlaceError(
                    f"the place of {shown(name)} is {shown(place)}: a place is a"
                    " whole number from 1"
                ).at(here)
            if name in known:  # the places of a whole race rank the table's skaters
                places[name] = place
        _check_distance(comb, entries, index, places)
        out.append(places)
    return out


def _check_distance(
    comb: Combination, entries: Entries, index: int, places: Mapping[str, int]
) -> None:
    """Every skater with a time on distance ``index`` has a place, nobody else has one,
    and the places agree with the times."""
    where = comb.distance_name(index)
    timed: list[tuple[int, RaceTime, str]] = []
    for i, name in enumerate(entries.names):
        r = entries.result(i, index)
        place = places.get(name)
        if isinstance(r, RaceTime):
            if place is None:
                raise ResultsError(
                    f"{shown(name)} has a time on the {where} ({r}) but no place: give every"
                    " skater with a time a place on it, or no places on it at all"
                )
            timed.append((place, r, name))
        elif place is not None:
            what = "no result" if r is None else f"no time ({r.value})"
            raise ResultsError(f"{shown(name)} has place {place} on the {where} but {what}")
    timed.sort(key=lambda q: q[0])
    # Compared at each precision among the times given at least that precisely: one pass
    # per precision, adjacent pairs only (integers at one scale order transitively).
    for precision in (1, 2, 3):
        scale = _SCALE[precision]
        previous: tuple[int, RaceTime, str] | None = None
        for current in timed:
            if current[1].precision < precision:
                continue
            if previous is not None:
                _check_pair(where, previous, current, scale)
            previous = current


def _check_pair(
    where: str, a: tuple[int, RaceTime, str], b: tuple[int, RaceTime, str], scale: int
) -> None:
    (pa, ta, na), (pb, tb, nb) = a, b  # pa <= pb
    va, vb = ta.thousandths // scale, tb.thousandths // scale
    if pa == pb and va != vb:
        raise _disagree(
            f"{shown(na)} and {shown(nb)} share place {pa} on the {where}, but their times"
            f" differ ({ta}, {tb})"
        )
    if va > vb:
        raise _disagree(
            f"{shown(na)} has place {pa} on the {where}, ahead of {shown(nb)}"
            f" (place {pb}), but the slower time ({ta} against {tb})"
        )


def _disagree(message: str) -> SkatecalcError:
    return ResultsError(f"the places disagree with the times: {message}")
