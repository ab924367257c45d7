"""The input of a classification, read once: one `Entry` per skater.

`read_entries()` checks and parses what `skatecalc.classify()` is given (names
unique under the identity rule of `skatecalc.names`, a case- or accent-only variant
refused, at most one result per distance, every result readable: an error names the
skater and the distance) and works out, in the same pass, each skater's points on the
distances completed in a row from the first, as integer thousandths of a point.

    >>> import skatecalc as sc
    >>> [entry] = read_entries(sc.SPRINT, {"Femke Kok": ["37.07", "1:14.35"]}, None,
    ...                        sc.Rounding.TRUNCATE)
    >>> entry.results, entry.prefix, entry.total, entry.sum_to(1)
    ((RaceTime('37.07'), RaceTime('1:14.35'), None, None), (37070, 37175), 74245, 37070)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..errors import DuplicateError, ResultsError, SkatecalcError, UnknownNameError
from ..limits import shown
from ..names import name_key, variant_key
from ..samalog import Rounding, points_thousandths
from ..time import RaceTime, Result, ResultLike, parse_result
from .combinations import Combination

__all__ = ["Entry", "read_entries"]

_TEXTS_LIMIT = 1 << 16  # distinct result texts remembered per call (bounded memory)


class Entry:
    """One skater's input, parsed: results padded to the combination, and the points
    (thousandths) on the distances completed in a row from the first (``prefix``)."""

    __slots__ = ("name", "nation", "prefix", "results", "total")

    def __init__(
        self,
        name: str,
        nation: str | None,
        results: tuple[Result, ...],
        prefix: tuple[int, ...],
        total: int,
    ) -> None:
        self.name = name
        self.nation = nation
        self.results = results
        self.prefix = prefix  # points (thousandths) on distances 1..k completed in a row
        self.total = total  # the sum of prefix

    def sum_to(self, k: int) -> int:
        """The total over the first ``k`` distances (at most ``len(prefix)``)."""
        return self.total if k == len(self.prefix) else sum(self.prefix[:k])


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
) -> list[Entry]:
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
    entries: list[Entry] = []
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
        parsed: list[Result] = []
        prefix: list[int] = []  # points on the distances completed in a row from the first
        total = 0
        running = True
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
            parsed.append(value)
            if running:
                if type(value) is RaceTime:
                    p = (
                        value.thousandths // 10 * 5000 // distances[index]
                        if truncate
                        else points_thousandths(value.thousandths // 10, distances[index], rounding)
                    )
                    prefix.append(p)
                    total += p
                else:
                    running = False
        if len(parsed) < n:
            parsed += [None] * (n - len(parsed))
        entry = Entry(name, nation_of.get(name), tuple(parsed), tuple(prefix), total)
        entries.append(entry)
    if nation_of:
        names = set(seen.values())  # one set: a lookup per nation, not a scan
        unknown = [name for name in nation_of if name not in names]
        if unknown:
            raise UnknownNameError.unknown(unknown[0], seen.values())
    return entries
