"""Championship classification by samalog points: standings, ranks, ties and gaps.

    >>> import skatecalc as sc
    >>> table = sc.classify(sc.SPRINT, {
    ...     "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    ...     "Femke Kok": ["37.07", "1:14.35", "37.07"],
    ...     "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
    ... })
    >>> [(s.rank, s.name, str(s.points)) for s in table]
    [(1, 'Miho Takagi', '110.980'), (2, 'Femke Kok', '111.315'), (3, 'Jutta Leerdam', '111.835')]
    >>> table.next_distance, table.gap_seconds("Femke Kok")
    (1000, Decimal('0.67'))

Rules (see ``docs/samalog.md``): lowest total first (verified); equal totals share a rank
unless a tie-break is passed (the ISU tie rule is unverified); a skater who stopped before
the end (not admitted by a cut or the final rule, or DNS/WDR) is ranked below everyone who
went further, by the total over the distances completed; a skater with DQ/DNF on a counted
distance is listed unranked (both parameters of :func:`classify`; derived from the
European Allround Championships 2012, Budapest, published classification).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import ROUND_UP, Decimal
from typing import overload

import attrs

from ._text import printable
from .combinations import (
    Combination,
    Cut,
    Fill,
    FinalQualification,
    check_combination_distance,
    combination,
)
from .errors import (
    DuplicateError,
    InvalidRuleError,
    PositionError,
    ResultsError,
    SkatecalcError,
    UnknownNameError,
)
from .limits import described
from .points import (
    GAP_ROUNDINGS,
    Rounding,
    as_points,
    gap_seconds_from_points,
    parse_points,
    points_thousandths,
    round_gap,
)
from .time import Lang, RaceTime, Result, ResultLike, Status, parse_result

__all__ = [
    "Standing",
    "Standings",
    "TieBreak",
    "check_lang",
    "classify",
    "format_gap",
    "format_points",
    "gap_seconds",
    "last_distance_time",
]

TieBreak = Callable[["Standing"], Sequence[int]]
"""A tie-break: a key (lower is better) compared only among skaters on equal totals."""


_LANGS = ("en", "nl")


def check_lang(lang: object) -> Lang:
    """Return ``lang`` if it is a known output language (``"en"`` or ``"nl"``), else raise.

    >>> check_lang("nl")
    'nl'
    """
    if lang == "en" or lang == "nl":
        return "en" if lang == "en" else "nl"
    raise InvalidRuleError(f"unknown language {described(lang)}: use one of {', '.join(_LANGS)}")


def _decimal_arg(value: object, what: str) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidRuleError(f"{what} {described(value)} is not a finite Decimal")
    return value


def format_points(value: Decimal, lang: str = "en") -> str:
    """Points with three decimals, ``110.980`` (``110,980`` in Dutch notation).

    >>> format_points(Decimal("110.98"), "nl")
    '110,980'
    """
    text = f"{_decimal_arg(value, 'points'):.3f}"
    return text.replace(".", ",") if check_lang(lang) == "nl" else text


def format_gap(
    value: Decimal, lang: str = "en", *, places: int = 2, rounding: str = ROUND_UP
) -> str:
    """A gap in seconds for display, rounded to ``places`` decimals (hundredths).

    The exact gap is kept in the table; only display rounds, by
    :func:`skatecalc.points.round_gap` (the one rule for every displayed gap). The default
    ``ROUND_UP`` rounds towards the larger number of hundredths, the time a skater must
    find, as Dutch press tables print it (ANP, World Allround Championships 2022: 0.423 s
    printed 0.43); a gap in whole hundredths is unchanged. ``rounding`` takes any
    :mod:`decimal` rounding constant, e.g. ``decimal.ROUND_HALF_UP``.

    >>> format_gap(Decimal("0.423")), format_gap(Decimal("0.67"), "nl")
    ('0.43', '0,67')
    >>> from decimal import ROUND_HALF_UP
    >>> format_gap(Decimal("1.004")), format_gap(Decimal("1.004"), rounding=ROUND_HALF_UP)
    ('1.01', '1.00')
    """
    text = f"{round_gap(value, places=places, rounding=rounding):f}"
    return text.replace(".", ",") if check_lang(lang) == "nl" else text


@attrs.frozen
class Standing:
    """One skater's line in a classification.

    ``results`` holds everything given (also beyond the counted distances, e.g. times on
    the distance being skated now); ``distance_points`` and ``distance_ranks`` cover the
    counted distances. ``status`` is the first status on a counted distance. ``rank`` is
    ``None`` for a skater not classified (by default: ``DQ``/``DNF`` on a counted distance).
    ``finalist`` is ``False`` for a ranked skater who stopped before the last counted
    distance (not admitted by a cut or the final rule, or ``DNS``/``WDR``): they are ranked
    below everyone who went further, by ``points`` over the ``completed`` distances.
    """

    name: str
    nation: str | None
    rank: int | None
    results: tuple[Result, ...]
    distance_points: tuple[Decimal | None, ...]
    distance_ranks: tuple[int | None, ...]
    total_thousandths: int | None
    status: Status | None = None
    finalist: bool = True

    @property
    def points(self) -> Decimal | None:
        """The total: the exact sum of the truncated distance points (three places)."""
        return None if self.total_thousandths is None else as_points(self.total_thousandths)

    @property
    def completed(self) -> int:
        """How many counted distances are in the total (all of them for a finalist).

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"A": ["37.00", "1:14.00"], "B": ["37.50", "WDR"]})
        >>> [(s.name, s.rank, s.completed, s.finalist) for s in t]
        [('A', 1, 2, True), ('B', 2, 1, False)]
        """
        return sum(p is not None for p in self.distance_points)

    @property
    def times(self) -> tuple[RaceTime | None, ...]:
        """The times on the counted distances (``None`` where there is none)."""
        return tuple(
            r if isinstance(r, RaceTime) else None
            for r in self.results[: len(self.distance_points)]
        )

    @property
    def ranked(self) -> bool:
        """Whether the skater has a rank (no status on a counted distance)."""
        return self.rank is not None


def last_distance_time(standing: Standing) -> Sequence[int]:
    """A tie-break: the better time (in thousandths) on the last counted distance.

    An example of a pluggable tie-break, not an ISU rule (the ISU rule is unverified).
    """
    times = standing.times
    last = times[-1] if times else None
    return (last.thousandths,) if last is not None else (2**62,)


def _thousandths(result: Result) -> int | None:
    return result.thousandths if isinstance(result, RaceTime) else None


def _distance_ranks(values: Sequence[int | None]) -> list[int | None]:
    """Competition ranks (1, 2, 2, 4) of the given thousandths; ``None`` stays unranked."""
    ordered = sorted(v for v in values if v is not None)
    first: dict[int, int] = {}
    for position, v in enumerate(ordered, start=1):
        first.setdefault(v, position)
    return [None if v is None else first[v] for v in values]


def _checked(tie_break: TieBreak) -> TieBreak:
    """``tie_break``, raising a clear error when a key is not a sequence of whole numbers."""

    def key(standing: Standing) -> Sequence[int]:
        value = tie_break(standing)
        if isinstance(value, Sequence) and not isinstance(value, str | bytes):
            ints = tuple(value)
            if all(type(v) is int for v in ints):
                return ints
        raise InvalidRuleError(
            f"tie_break returned {described(value)} for {described(standing.name)}: a"
            " tie-break returns a sequence of whole numbers (lower is better)"
        )

    return key


@attrs.frozen
class _Raw:
    name: str
    nation: str | None
    results: tuple[Result, ...]


def _normalise_input(
    comb: Combination,
    results: Mapping[str, Sequence[ResultLike]] | Iterable[tuple[str, Sequence[ResultLike]]],
    nations: Mapping[str, str] | None,
) -> list[_Raw]:
    if nations is not None:
        if not isinstance(nations, Mapping):
            raise ResultsError(f"nations must map names to nations, not {described(nations)}")
        for who, nation in nations.items():
            if not isinstance(who, str):
                raise ResultsError(f"nations: {described(who)} is not a skater's name")
            if not isinstance(nation, str):
                raise ResultsError(
                    f"the nation of {described(who)} must be text (such as 'NED'),"
                    f" not {described(nation)}"
                )
    if isinstance(results, Mapping):
        pairs: Iterable[object] = results.items()
    elif isinstance(results, Iterable) and not isinstance(results, str | bytes):
        pairs = results
    else:
        raise ResultsError(
            f"results must map each skater to their results, not {described(results)}"
        )
    seen: dict[str, str] = {}
    raws: list[_Raw] = []
    for pair in pairs:
        if isinstance(pair, str | bytes) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise ResultsError(f"{described(pair)} is not a (name, results) pair")
        name, given = pair
        if not isinstance(name, str) or not name.strip():
            raise ResultsError(f"{described(name)} is not a skater's name")
        key = " ".join(name.split()).casefold()
        if key in seen:
            raise DuplicateError(
                f"skater {described(name)} appears twice (also as {described(seen[key])})"
            )
        seen[key] = name
        if isinstance(given, str | bytes) or not isinstance(given, Sequence):
            raise ResultsError(
                f"results of {described(name)} must be a list in skating order,"
                f" not {described(given)}"
            )
        if len(given) > len(comb.distances):
            raise ResultsError(
                f"{described(name)} has {len(given)} results but {comb} has {len(comb.distances)}"
                f" distances ({', '.join(map(str, comb.distances))})"
            )
        parsed: list[Result] = []
        for index, value in enumerate(given):
            try:
                parsed.append(parse_result(value))
            except SkatecalcError as exc:
                raise exc.at(f"{name}, {comb.distance_name(index)}") from None
        parsed += [None] * (len(comb.distances) - len(parsed))
        raws.append(_Raw(name, (nations or {}).get(name), tuple(parsed)))
    if nations:
        names = set(seen.values())  # one set: a lookup per nation, not a scan
        unknown = [n for n in nations if n not in names]
        if unknown:
            raise UnknownNameError(unknown[0], seen.values())
    return raws


def _first_status(raw: _Raw, upto: int) -> tuple[int, Status] | None:
    for index, r in enumerate(raw.results[:upto]):
        if isinstance(r, Status):
            return index, r
    return None


def _default_after(comb: Combination, raws: list[_Raw], rounding: Rounding) -> int:
    """The number of distances every skater still in the race has completed.

    A skater leaves the race after a status (``DQ``, ``DNS`` ...). On a restricted distance
    (a cut or the final rule) the distance is complete once as many skaters have a result
    on it as the rule admits; those who skated it stay in the race. One pass over the
    distances, each a pass over the skaters still in.
    """
    alive: list[_Raw] = list(raws)
    after = 0
    for index in range(len(comb.distances)):
        if index:
            alive = [r for r in alive if not isinstance(r.results[index - 1], Status)]
        if not alive:
            break
        done = [r for r in alive if r.results[index] is not None]
        if comb.restriction(index) is not None:
            if not done or len(done) < len(_qualifiers(comb, raws, index, rounding)):
                break
            alive = done
        elif len(done) < len(alive):
            break
        after = index + 1
    return after


def _totals(
    raws: Sequence[_Raw], comb: Combination, upto: int, rounding: Rounding
) -> dict[str, int]:
    """Totals over the first ``upto`` distances of the skaters with a time on each."""
    totals: dict[str, int] = {}
    for raw in raws:
        total = 0
        for distance, r in zip(comb.distances[:upto], raw.results[:upto], strict=True):
            if not isinstance(r, RaceTime):
                break
            total += points_thousandths(r.hundredths, distance, rounding)
        else:
            totals[raw.name] = total
    return totals


def _positions(keys: Mapping[str, int]) -> dict[str, int]:
    """Competition ranks of lower-is-better values."""
    names = list(keys)
    ranks = _distance_ranks([keys[n] for n in names])
    return {n: r for n, r in zip(names, ranks, strict=True) if r is not None}


def _cut(ordered: list[tuple[tuple[int, ...], str]], size: int) -> list[str]:
    """The first ``size`` names of an ordered list, plus anyone tied with the last of them."""
    if len(ordered) <= size:
        return [n for _, n in ordered]
    boundary = ordered[size - 1][0]
    return [n for k, n in ordered if k <= boundary]


def _qualifiers(
    comb: Combination, raws: Sequence[_Raw], last: int, rounding: Rounding = Rounding.TRUNCATE
) -> tuple[str, ...]:
    """Who qualifies for the restricted distance ``last`` under the combination's rule."""
    rule = comb.restriction(last)
    totals = _totals(raws, comb, last, rounding)
    if rule is None:
        return tuple(totals)
    by_total = _positions(totals)
    if isinstance(rule, Cut):
        return tuple(_cut(sorted(((by_total[n],), n) for n in totals), rule.size))
    assert isinstance(rule, FinalQualification)
    long_times = {}
    for raw in raws:
        r = raw.results[rule.long_index]
        if raw.name in totals and isinstance(r, RaceTime):
            long_times[raw.name] = r.thousandths
    by_long = _positions(long_times)
    size = rule.size
    both = [n for n in totals if by_total[n] <= size and by_long[n] <= size]
    rest = [n for n in totals if n not in both]
    keys: dict[str, tuple[int, ...]]
    if rule.fill is Fill.CLASSIFICATION:
        keys = {n: (by_total[n],) for n in rest}
    elif rule.fill is Fill.BEST_RANK:
        keys = {n: (min(by_total[n], by_long[n]), by_total[n]) for n in rest}
    else:  # ALTERNATE: A1, B1, A2, B2 ... skipping names already in
        keys = {n: min((2 * by_total[n] - 1,), (2 * by_long[n],)) for n in rest}
    chosen = _cut(sorted((k, n) for n, k in keys.items()), max(size - len(both), 0))
    return tuple(both + (chosen if len(both) < size else []))


def classify(
    comb: Combination | str,
    results: Mapping[str, Sequence[ResultLike]] | Iterable[tuple[str, Sequence[ResultLike]]],
    *,
    after: int | None = None,
    nations: Mapping[str, str] | None = None,
    tie_break: TieBreak | None = None,
    rounding: Rounding = Rounding.TRUNCATE,
    rank_withdrawn: bool = True,
    rank_disqualified: bool = False,
) -> Standings:
    """Classify a championship: standings after ``after`` distances.

    ``results`` maps each skater to their results in skating order (text, ``RaceTime``,
    ``Status`` or ``None``); missing trailing results mean "not skated yet". Without
    ``after`` the table counts every distance that all skaters still in the race have
    completed (on a restricted distance: as many as its cut or final rule admits); results
    on the next distance are kept in each standing's ``results`` (the live case).

    Skaters who stop before the end are ranked below everyone who went further, by their
    total over the distances they completed (``Standing.completed``; ``finalist`` is
    ``False``): those not admitted to a restricted distance (a :class:`~skatecalc.Cut` or
    the final rule, whatever the parameters) and, with ``rank_withdrawn`` (the default),
    those with ``DNS`` or ``WDR`` on a counted distance. A skater with ``DQ`` or ``DNF`` on a
    counted distance is listed unranked, unless ``rank_disqualified`` ranks them the same
    way. A skater who completed no distance is unranked. Status: derived from the published
    tables (European Allround Championships 2012, Budapest, published classification: the
    four men not admitted to the 1500 m are places 25-28 by their total after two distances,
    below the 24 who skated three, themselves below the 12 who skated the 10000 m).

    >>> import skatecalc as sc
    >>> t = sc.classify("sprint", {"A": ["37.00", "DQ"], "B": ["37.50", "1:15.00"],
    ...                            "C": ["36.90", "DNS"]})
    >>> [(s.rank, s.name, str(s.points), s.completed, s.status) for s in t]
    [(1, 'B', '75.000', 2, None), (2, 'C', '36.900', 1, <Status.DNS: 'DNS'>), \
(None, 'A', 'None', 1, <Status.DQ: 'DQ'>)]
    """
    comb = combination(comb)
    if not isinstance(rounding, Rounding):
        raise InvalidRuleError(
            f"rounding={described(rounding)} is not a Rounding: use Rounding.TRUNCATE or HALF_UP"
        )
    if tie_break is not None and not callable(tie_break):
        raise InvalidRuleError(f"tie_break={described(tie_break)} is not a function of a Standing")
    for flag, value in (
        ("rank_withdrawn", rank_withdrawn),
        ("rank_disqualified", rank_disqualified),
    ):
        if type(value) is not bool:
            raise InvalidRuleError(f"{flag}={described(value)} must be True or False")
    raws = _normalise_input(comb, results, nations)
    if after is None:
        after = _default_after(comb, raws, rounding)
    elif type(after) is not int or not 0 <= after <= len(comb.distances):
        raise ResultsError(f"after={described(after)}: {comb} has {len(comb.distances)} distances")
    stops = _STOP_WITHDRAWN if rank_withdrawn else frozenset()
    if rank_disqualified:
        stops = stops | _STOP_DISQUALIFIED
    return Standings._build(comb, raws, after, tie_break, rounding, stops)


_STOP_WITHDRAWN = frozenset({Status.DNS, Status.WDR})
_STOP_DISQUALIFIED = frozenset({Status.DQ, Status.DNF})


@attrs.frozen(eq=False)
class Standings(Sequence[Standing]):
    """A classification: standings in order, indexable by position or by name.

    ``str(table)`` prints it as the press does; :meth:`to_rows` gives plain data.
    """

    combination: Combination
    after: int
    entries: tuple[Standing, ...]
    rounding: Rounding = Rounding.TRUNCATE
    qualifiers: tuple[str, ...] | None = None
    """Who qualifies for a restricted last distance under the combination's rule (when the
    table stands before it or after it), else ``None``."""
    notes: tuple[str, ...] = ()
    """Things a reader should know (e.g. finalists who differ from the rule's list)."""
    _by_name: dict[str, Standing] = attrs.field(factory=dict, repr=False)

    @classmethod
    def _build(
        cls,
        comb: Combination,
        raws: list[_Raw],
        after: int,
        tie_break: TieBreak | None,
        rounding: Rounding,
        stops: frozenset[Status] = _STOP_WITHDRAWN,
    ) -> Standings:
        n = len(comb.distances)
        notes: list[str] = []
        restricted = {index: rule for index, rule in comb.restrictions if index < after}
        qualifiers: tuple[str, ...] | None = None
        shown = after if comb.restriction(after) is not None else after - 1
        if 0 <= shown < n and comb.restriction(shown) is not None:
            qualifiers = _qualifiers(comb, raws, shown, rounding)
        # ranks on each counted distance (thousandths split ties)
        columns = [
            _distance_ranks([_thousandths(r.results[i]) for r in raws]) for i in range(after)
        ]
        ranked: list[tuple[tuple[int, int], Standing]] = []
        unranked: list[tuple[tuple[int, int, str], Standing]] = []
        for row, raw in enumerate(raws):
            results = raw.results
            # how many counted distances the skater completed, and why they stopped
            upto = 0
            status: Status | None = None
            while upto < after:
                r = results[upto]
                if isinstance(r, RaceTime):
                    upto += 1
                    continue
                if isinstance(r, Status):
                    status = r
                elif upto not in restricted:
                    raise ResultsError(
                        f"{described(raw.name)} has no result on the {comb.distance_name(upto)}"
                        f" (distance {upto + 1}): give a time or a status (DNS when they did"
                        f" not start), classify with after={upto}, or give {comb} a Cut after"
                        f" {upto} distances"
                    )
                break
            # ranked: all counted distances completed, or stopped after at least one of them
            # (not admitted by a cut or the final rule, or a status in ``stops``)
            ranked_here = upto == after or (upto > 0 and (status is None or status in stops))
            # an unranked skater's line shows every counted time (as before), a ranked one
            # only those in the total
            shown_upto = upto if ranked_here else after
            total = 0
            dpoints: list[Decimal | None] = []
            for i in range(after):
                r = results[i]
                if i < shown_upto and isinstance(r, RaceTime):
                    th = points_thousandths(r.hundredths, comb.distances[i], rounding)
                    total += th
                    dpoints.append(as_points(th))
                else:
                    dpoints.append(None)
            if upto < after:
                later = [i for i in range(upto + 1, after) if isinstance(results[i], RaceTime)]
                if later and ranked_here:
                    notes.append(
                        f"{raw.name}: the time on the {comb.distance_name(later[0])} is not"
                        f" counted (no result{'' if status is None else f' ({status.value})'}"
                        f" on the {comb.distance_name(upto)} before it)"
                    )
            standing = Standing(
                raw.name,
                raw.nation,
                None,
                results,
                tuple(dpoints),
                tuple(col[row] if i < shown_upto else None for i, col in enumerate(columns)),
                total if ranked_here else None,
                status,
                upto == after or not ranked_here,
            )
            if ranked_here:
                ranked.append(((-upto, total), standing))
            else:
                unranked.append(((-upto, total, raw.name), standing))
        for index, rule in restricted.items():
            skated = {r.name for r in raws if r.results[index] is not None}
            chosen = set(_qualifiers(comb, raws, index, rounding))
            if skated != chosen:
                fill = rule.fill.value if isinstance(rule, FinalQualification) else "cut"
                where = "last distance" if index == n - 1 else comb.distance_name(index)
                notes.append(
                    f"the skaters on the {where} differ from the qualification rule's"
                    f" list ({fill} fill): skated {sorted(skated - chosen)}, did not skate"
                    f" {sorted(chosen - skated)}"
                )
        if tie_break is not None:
            tie_break = _checked(tie_break)
        keyed = sorted(
            ranked,
            key=lambda p: (p[0], tuple(tie_break(p[1])) if tie_break else (), p[1].name),
        )
        ordered: list[Standing] = []
        previous: tuple[tuple[int, int], tuple[int, ...]] | None = None
        rank = 1
        for position, (group_total, standing) in enumerate(keyed, start=1):
            key = (group_total, tuple(tie_break(standing)) if tie_break else ())
            if key != previous:
                rank = position
                previous = key
            ordered.append(attrs.evolve(standing, rank=rank))
        ordered += [s for _, s in sorted(unranked, key=lambda p: p[0])]
        return cls(
            comb,
            after,
            tuple(ordered),
            rounding,
            qualifiers,
            tuple(notes),
            {s.name: s for s in ordered},
        )

    # --- access ----------------------------------------------------------------------------

    @overload
    def __getitem__(self, key: int) -> Standing: ...
    @overload
    def __getitem__(self, key: str) -> Standing: ...
    @overload
    def __getitem__(self, key: slice) -> Sequence[Standing]: ...
    def __getitem__(self, key: int | str | slice) -> Standing | Sequence[Standing]:
        if isinstance(key, str):
            return self.get(key)
        if isinstance(key, slice):
            return self.entries[key]
        if type(key) is not int:
            raise PositionError(
                f"standings index {described(key)} is neither a position nor a name"
            )
        if not -len(self.entries) <= key < len(self.entries):
            raise PositionError(
                f"position {described(key)} is beyond the {len(self.entries)} standings"
            )
        return self.entries[key]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Standing]:
        return iter(self.entries)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def get(self, name: str) -> Standing:
        """The standing of ``name`` (exact spelling); an unknown name lists the closest."""
        if not isinstance(name, str):
            raise ResultsError(f"{described(name)} is not a skater's name: give the name as text")
        try:
            return self._by_name[name]
        except KeyError:
            raise UnknownNameError(name, self._by_name) from None

    @property
    def names(self) -> tuple[str, ...]:
        """Names in standings order."""
        return tuple(s.name for s in self.entries)

    @property
    def leader(self) -> Standing:
        """The first-ranked skater (the first listed when the lead is shared)."""
        if not self.entries or self.entries[0].rank is None:
            raise ResultsError("nobody is ranked yet: there is no leader")
        return self.entries[0]

    @property
    def distances(self) -> tuple[int, ...]:
        """The counted distances."""
        return self.combination.distances[: self.after]

    @property
    def next_distance(self) -> int | None:
        """The next distance to skate, or ``None`` when all are counted."""
        if self.after >= len(self.combination.distances):
            return None
        return self.combination.distances[self.after]

    # --- gaps ------------------------------------------------------------------------------

    def _total(self, name: str) -> int:
        standing = self.get(name)
        if standing.total_thousandths is None:
            raise ResultsError(
                f"{described(name)} has no total ({standing.status} on a counted distance)"
            )
        return standing.total_thousandths

    def gap_points(self, name: str, to: str | None = None) -> Decimal:
        """Points behind ``to`` (default: the leader); negative when ahead.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> t.gap_points("K"), t.gap_points("T", to="K")
        (Decimal('0.335'), Decimal('-0.335'))
        """
        reference = self.leader.name if to is None else to
        return as_points(self._total(name) - self._total(reference))

    def gap_seconds(self, name: str, to: str | None = None, distance: int | None = None) -> Decimal:
        """The points gap in seconds on ``distance``: gap × (distance ÷ 500), exact.

        ``distance`` defaults to the next distance (after the last one: the last one). This
        is the media convention ("Kok needs 0.67 s on the 1000 m"); the exact time needed,
        truncation included, is :func:`skatecalc.required_time`.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> t.gap_seconds("K"), t.gap_seconds("K", distance=1500)
        (Decimal('0.67'), Decimal('1.005'))
        """
        if distance is None:
            distance = self.next_distance or self.combination.distances[-1]
        check_combination_distance(distance)
        reference = self.leader.name if to is None else to
        return gap_seconds_from_points(self._total(name) - self._total(reference), distance)

    # --- output ----------------------------------------------------------------------------

    def to_rows(
        self, lang: Lang = "en", *, gap_rounding: str = ROUND_UP
    ) -> list[dict[str, str | int | None]]:
        """Plain data for export: one dict per skater, times and points as text.

        ``gap`` is the gap to the leader on the next distance as displayed: rounded up to
        hundredths by default (see :func:`format_gap`; ``gap_rounding`` takes any
        :mod:`decimal` rounding constant). The exact value is :meth:`gap_seconds`.

        >>> import skatecalc as sc
        >>> row = sc.classify(sc.SPRINT, {"K": ["37.07"]}).to_rows()[0]
        >>> row["rank"], row["name"], row["500 (1)"], row["points"], row["gap"]
        (1, 'K', '37.07', '37.070', None)
        """
        check_lang(lang)
        if not isinstance(gap_rounding, str) or gap_rounding not in GAP_ROUNDINGS:
            raise InvalidRuleError(
                f"gap_rounding {described(gap_rounding)} is not a decimal rounding: use"
                " decimal.ROUND_UP (the default) or decimal.ROUND_HALF_UP"
            )
        rows: list[dict[str, str | int | None]] = []
        gap_distance = self.next_distance or self.combination.distances[-1]
        lead = self.leader.total_thousandths if self.entries and self.entries[0].rank else None
        for s in self.entries:
            row: dict[str, str | int | None] = {"rank": s.rank, "name": s.name, "nation": s.nation}
            for i in range(self.after):
                r = s.results[i]
                row[self.combination.label(i)] = (
                    None if r is None else (r.format(lang) if isinstance(r, RaceTime) else r.value)
                )
            row["points"] = None if s.points is None else format_points(s.points, lang)
            row["status"] = None if s.status is None else s.status.value
            gap = None
            if lead is not None and s.total_thousandths is not None and s.finalist and s.rank != 1:
                gap = format_gap(
                    gap_seconds_from_points(s.total_thousandths - lead, gap_distance),
                    lang,
                    rounding=gap_rounding,
                )
            row["gap"] = gap
            rows.append(row)
        return rows

    def format(self, lang: Lang = "en", *, gap_rounding: str = ROUND_UP) -> str:
        """The standings as text, laid out as the press prints them (``lang="nl"``: Dutch
        labels and notation). Control characters in names are shown escaped. Gaps are
        rounded up to hundredths unless ``gap_rounding`` says otherwise (see
        :func:`format_gap`).

        >>> import skatecalc as sc
        >>> sc.classify(sc.SPRINT, {}).format("xx")
        Traceback (most recent call last):
        ...
        skatecalc.errors.InvalidRuleError: unknown language 'xx': use one of en, nl
        """
        return render(self, check_lang(lang), gap_rounding=gap_rounding)

    def __str__(self) -> str:
        return render(self, "en")


_LABELS = {
    "en": {
        "title": "{comb}: standings after {after} of {n} distances",
        "rank": "#",
        "name": "Name",
        "nation": "Nat",
        "points": "Points",
        "gap": "Gap {d}",
        "nq": "not qualified for the last distance",
        "stopped": "(ranked below those who went further: by their total over the distances they"
        " completed)",
        "empty": "no skaters: the table has no results",
    },
    "nl": {
        "title": "{comb}: klassement na {after} van {n} afstanden",
        "rank": "#",
        "name": "Naam",
        "nation": "Land",
        "points": "Punten",
        "gap": "Achterst. {d}",
        "nq": "niet geplaatst voor de slotafstand",
        "stopped": "(gerangschikt onder wie verder kwam: op hun totaal over de gereden afstanden)",
        "empty": "geen schaatsers: het klassement heeft geen uitslagen",
    },
}


def render(table: Standings, lang: Lang = "en", *, gap_rounding: str = ROUND_UP) -> str:
    """Text layout of a table: rank, name, nation, time (distance rank) per distance,
    points, gap in seconds on the next distance (display-rounded to hundredths, up by
    default: see :func:`format_gap`)."""
    labels = _LABELS[check_lang(lang)]
    comb = table.combination
    gap_distance = table.next_distance or comb.distances[-1]
    has_nation = any(s.nation for s in table)
    header = [labels["rank"], labels["name"]] + ([labels["nation"]] if has_nation else [])
    header += [comb.label(i) for i in range(table.after)]
    header += [labels["points"], labels["gap"].format(d=gap_distance)]
    rows: list[list[str]] = []
    for s, data in zip(table, table.to_rows(lang, gap_rounding=gap_rounding), strict=True):
        cells = ["" if s.rank is None else str(s.rank), printable(s.name)]
        if has_nation:
            cells.append(printable(s.nation or ""))
        for i in range(table.after):
            value = data[comb.label(i)]
            rank = s.distance_ranks[i]
            cells.append("" if value is None else f"{value} ({rank})" if rank else str(value))
        cells.append(str(data["points"] or data["status"] or ""))
        cells.append(str(data["gap"] or ""))
        rows.append(cells)
    left = {1} | ({2} if has_nation else set())
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header))]
    lines = [
        labels["title"].format(comb=printable(str(comb)), after=table.after, n=len(comb.distances))
    ]
    for r in [header, *rows]:
        lines.append(
            "  ".join(
                cell.ljust(w) if c in left else cell.rjust(w)
                for c, (cell, w) in enumerate(zip(r, widths, strict=True))
            ).rstrip()
        )
    if not table.entries:
        lines.append(labels["empty"])
    below = [s for s in table if s.rank is not None and not s.finalist]
    n = len(comb.distances)
    if below and all(s.status is None and s.completed == n - 1 for s in below):
        if table.after == n and comb.restriction(n - 1) is not None:
            lines.append(f"(ranked below the finalists: {labels['nq']})")
        else:
            lines.append(labels["stopped"])
    elif below:
        lines.append(labels["stopped"])
    lines += [f"note: {printable(n)}" for n in table.notes]
    return "\n".join(lines)


def gap_seconds(
    points: str | Decimal | int, reference: str | Decimal | int, distance: int
) -> Decimal:
    """The gap in seconds on ``distance`` between two published totals, exact.

    Points are text (``"110.980"``, ``"110,980"``: ASCII digits, an optional sign and
    decimal point or comma, no exponent or ``_``), a ``Decimal`` or an ``int``; they must be
    finite, below 10**9 points in magnitude and have at most three decimals (samalog points
    are thousandths of a point), as :func:`~skatecalc.points.parse_points` reads them. The
    distance is at most :data:`~skatecalc.combinations.MAX_DISTANCE` metres.

    >>> gap_seconds("111.315", "110.980", 1000)
    Decimal('0.67')
    >>> gap_seconds("sNaN", "2", 500)
    Traceback (most recent call last):
    ...
    skatecalc.errors.SkatecalcError: 'sNaN' is not a points value: ...
    """
    check_combination_distance(distance)
    return gap_seconds_from_points(parse_points(points) - parse_points(reference), distance)
