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
unless a tie-break is passed (the ISU tie rule is unverified); a skater with a status on a
counted distance is listed unranked; skaters who did not skate a restricted last distance
are ranked below the finalists by their total before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import ROUND_UP, Decimal
from typing import overload

import attrs

from ._text import printable
from .combinations import (
    Combination,
    Fill,
    FinalQualification,
    SprintCut,
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
    counted distances. ``rank`` is ``None`` for a skater with a status on a counted
    distance (``status`` says which). ``finalist`` is ``False`` for a skater who did not
    skate a restricted last distance; they are ranked by ``points`` before it.
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


def _default_after(comb: Combination, raws: list[_Raw]) -> int:
    """The number of distances every skater still in the race has completed."""
    after = 0
    n = len(comb.distances)
    # the index of each skater's first status (n when none): alive before it
    first_status = [
        next((i for i, r in enumerate(raw.results) if isinstance(r, Status)), n) for raw in raws
    ]
    for index in range(n):
        alive = [r for r, f in zip(raws, first_status, strict=True) if f >= index]
        done = [r for r in alive if r.results[index] is not None]
        if index == n - 1 and comb.final is not None and done:
            expected = len(_qualifiers(comb, raws, index))
            if len(done) >= expected:
                after = index + 1
            break
        if not alive or len(done) < len(alive):
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
    rule = comb.final
    totals = _totals(raws, comb, last, rounding)
    if rule is None:
        return tuple(totals)
    by_total = _positions(totals)
    if isinstance(rule, SprintCut):
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
) -> Standings:
    """Classify a championship: standings after ``after`` distances.

    ``results`` maps each skater to their results in skating order (text, ``RaceTime``,
    ``Status`` or ``None``); missing trailing results mean "not skated yet". Without
    ``after`` the table counts every distance that all skaters still in the race have
    completed (on a restricted last distance: as many as qualify); results on the next
    distance are kept in each standing's ``results`` (the live case).

    >>> import skatecalc as sc
    >>> t = sc.classify("sprint", {"A": ["37.00", "DQ"], "B": ["37.50", "1:15.00"]})
    >>> [(s.rank, s.name, s.status) for s in t]
    [(1, 'B', None), (None, 'A', <Status.DQ: 'DQ'>)]
    """
    comb = combination(comb)
    if not isinstance(rounding, Rounding):
        raise InvalidRuleError(
            f"rounding={described(rounding)} is not a Rounding: use Rounding.TRUNCATE or HALF_UP"
        )
    if tie_break is not None and not callable(tie_break):
        raise InvalidRuleError(f"tie_break={described(tie_break)} is not a function of a Standing")
    raws = _normalise_input(comb, results, nations)
    if after is None:
        after = _default_after(comb, raws)
    elif type(after) is not int or not 0 <= after <= len(comb.distances):
        raise ResultsError(f"after={described(after)}: {comb} has {len(comb.distances)} distances")
    return Standings._build(comb, raws, after, tie_break, rounding)


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
    ) -> Standings:
        n = len(comb.distances)
        restricted_last = comb.final is not None and after == n
        notes: list[str] = []
        qualifiers: tuple[str, ...] | None = None
        if comb.final is not None and after >= n - 1:
            qualifiers = _qualifiers(comb, raws, n - 1, rounding)
        # ranks on each counted distance (thousandths split ties)
        columns = [
            _distance_ranks([_thousandths(r.results[i]) for r in raws]) for i in range(after)
        ]
        ranked: list[tuple[int, Standing]] = []
        non_finalists: list[tuple[int, Standing]] = []
        unranked: list[tuple[tuple[int, int, str], Standing]] = []
        for row, raw in enumerate(raws):
            status = _first_status(raw, after)
            finalist = True
            upto = after
            if status is None and restricted_last and raw.results[n - 1] is None:
                finalist, upto = False, n - 1
            if status is None:
                for i in range(upto):
                    if raw.results[i] is None:
                        raise ResultsError(
                            f"{described(raw.name)} has no result on the {comb.distance_name(i)}"
                            f" (distance {i + 1}): give a time or a status, or classify with"
                            f" after={i}"
                        )
            dpoints: list[Decimal | None] = []
            total = 0
            for i in range(after):
                r = raw.results[i]
                if isinstance(r, RaceTime) and i < upto:
                    th = points_thousandths(r.hundredths, comb.distances[i], rounding)
                    total += th
                    dpoints.append(as_points(th))
                else:
                    dpoints.append(None)
            standing = Standing(
                raw.name,
                raw.nation,
                None,
                raw.results,
                tuple(dpoints),
                tuple(col[row] if i < upto else None for i, col in enumerate(columns)),
                total if status is None else None,
                None if status is None else status[1],
                finalist,
            )
            if status is not None:
                unranked.append(((-status[0], total, raw.name), standing))
            elif finalist:
                ranked.append((total, standing))
            else:
                non_finalists.append((total, standing))
        if restricted_last and qualifiers is not None:
            skated = {s.name for _, s in ranked} | {
                s.name for _, s in unranked if s.results[n - 1] is not None
            }
            if skated != set(qualifiers):
                rule = comb.final
                fill = rule.fill.value if isinstance(rule, FinalQualification) else "cut"
                notes.append(
                    "the skaters on the last distance differ from the qualification rule's"
                    f" list ({fill} fill): skated {sorted(skated - set(qualifiers))}, did not skate"
                    f" {sorted(set(qualifiers) - skated)}"
                )
        if tie_break is not None:
            tie_break = _checked(tie_break)
        ordered: list[Standing] = []
        next_rank = 1
        for group in (ranked, non_finalists):
            keyed = sorted(
                group,
                key=lambda p: (p[0], tuple(tie_break(p[1])) if tie_break else (), p[1].name),
            )
            previous: tuple[int, tuple[int, ...]] | None = None
            rank = next_rank
            for position, (total, standing) in enumerate(keyed):
                key = (total, tuple(tie_break(standing)) if tie_break else ())
                if key != previous:
                    rank = next_rank + position
                    previous = key
                ordered.append(attrs.evolve(standing, rank=rank))
            next_rank += len(keyed)
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
    if any(not s.finalist for s in table):
        lines.append(f"(ranked below the finalists: {labels['nq']})")
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
