"""The input of a classification, read once: `Entries`, one column per kind of value.

`read_entries()` checks and parses what `skatecalc.classify()` is given (names
unique under the identity rule of `skatecalc.names`, a case- or accent-only variant
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
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence

from ..errors import DuplicateError, ResultsError, SkatecalcError, UnknownNameError
from ..limits import shown
from ..names import name_key, variant_key
from ..samalog import Rounding, points_thousandths
from ..time import RaceTime, Result, ResultLike, parse_result
from .combinations import Combination

__all__ = ["NO_POINTS", "Entries", "read_entries"]

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
        name = name_key(name)  # the one identity rule (skatecalc.names): the spelling shown
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
