"""Required times against brute force over times in hundredths, on every ISU divisor.

Tables are built on a custom combination (10000 m, then the distance under test): the
10000 m scores ``t // 2`` thousandths, so the totals before the distance reach every
whole number of thousandths and every residue of the gap is exercised.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from skatecalc import Combination, GoalError, RaceTime, Rounding, Standings, classify
from skatecalc.championship.targets import Requirement, board, period, required_time, slowest
from skatecalc.samalog import points_thousandths

from .strategies import (
    ISU_DISTANCES,
    TIME_RANGE,
    cut_fields,
    distances,
    prior_hundredths,
    restricted_fields,
    roundings,
)

WINDOW = 2600  # hundredths: wider than any answer can stray from the opponents' times here


def _comb(distance: int) -> Combination:
    return Combination("test", (10000, distance))


def _p(t: int, distance: int, rounding: Rounding) -> int:
    return points_thousandths(t, distance, rounding)


def _prior(t: int, rounding: Rounding) -> int:
    return _p(t, 10000, rounding)


def _brute_slowest(ok: object, centre: int) -> int:
    """The largest time in hundredths within the window around ``centre`` where ``ok``."""
    assert callable(ok)
    found = [t for t in range(max(centre - WINDOW, 1), centre + WINDOW) if ok(t)]
    assert found, "the window holds no time that reaches the goal"
    best = max(found)
    assert best < centre + WINDOW - 1, "the window is too small"
    return best


@given(st.integers(1, 10**6), distances(), roundings(), st.integers(-(10**6), 10**6))
def test_slowest_is_the_exact_inverse_of_the_points(
    t: int, distance: int, rounding: Rounding, shift: int
) -> None:
    limit = _p(t, distance, rounding) + shift % 7 - 3
    s = slowest(limit, distance, rounding)
    assert _p(s, distance, rounding) <= limit < _p(s + 1, distance, rounding)


@given(
    distances(),
    roundings(),
    prior_hundredths(),
    st.integers(-2000, 2000),
    st.data(),
    st.booleans(),
)
def test_beat_a_known_time_is_the_slowest_that_works(
    distance: int, rounding: Rounding, x0: int, delta: int, data: st.DataObject, tie: bool
) -> None:
    y0 = min(max(x0 + delta, TIME_RANGE[10000][0]), TIME_RANGE[10000][1])
    ty = data.draw(st.integers(*TIME_RANGE[distance]), label="opponent time")
    table = classify(
        _comb(distance),
        {"X": [str(RaceTime.from_hundredths(x0))], "Y": [str(RaceTime.from_hundredths(y0))]},
        after=1,
        rounding=rounding,
    )
    need = required_time(table, "X", beat="Y", opponent_time=RaceTime.from_hundredths(ty), tie=tie)
    tx_total, ty_final = _prior(x0, rounding), _prior(y0, rounding) + _p(ty, distance, rounding)

    def ok(t: int) -> bool:
        final = tx_total + _p(t, distance, rounding)
        return final <= ty_final if tie else final < ty_final

    assert need.time is not None
    assert need.time.hundredths == _brute_slowest(ok, ty)
    assert ok(need.time.hundredths) and not ok(need.time.hundredths + 1)
    # the margin and the words agree with the time
    assert need.margin == (RaceTime.from_hundredths(ty) - need.time)
    assert str(need.time) in need.explain()
    # the exact tie, when there is one, is the slowest time that finishes level
    level = [
        t
        for t in range(max(ty - WINDOW, 1), ty + WINDOW)
        if tx_total + _p(t, distance, rounding) == ty_final
    ]
    if tie:
        return
    if level:
        assert need.tie_time == RaceTime.from_hundredths(max(level))
        assert need.shortfall == 0
    else:
        assert need.tie_time is None
        assert need.shortfall is not None and need.shortfall > 0


@given(distances(), roundings(), prior_hundredths(), st.integers(-2000, 2000), st.booleans())
def test_margin_against_a_coming_time_is_exact_for_every_opponent_time(
    distance: int, rounding: Rounding, x0: int, delta: int, tie: bool
) -> None:
    y0 = min(max(x0 + delta, TIME_RANGE[10000][0]), TIME_RANGE[10000][1])
    table = classify(
        _comb(distance),
        {"X": [str(RaceTime.from_hundredths(x0))], "Y": [str(RaceTime.from_hundredths(y0))]},
        after=1,
        rounding=rounding,
    )
    need = required_time(table, "X", beat="Y", tie=tie)
    assert need.time is None
    tx_total, ty_total = _prior(x0, rounding), _prior(y0, rounding)
    low = TIME_RANGE[distance][0]
    brute_margins = []
    for ty in range(low, low + 2 * period(distance) + 2):
        ty_final = ty_total + _p(ty, distance, rounding)

        def ok(t: int, ty_final: int = ty_final) -> bool:
            final = tx_total + _p(t, distance, rounding)
            return final <= ty_final if tie else final < ty_final

        m = ty - _brute_slowest(ok, ty)
        brute_margins.append(m)
        exact = need.margin_for(RaceTime.from_hundredths(ty))
        assert int(exact * 100) == m
        known = need.for_opponent(RaceTime.from_hundredths(ty))
        assert known.time is not None and known.time.hundredths == ty - m
    assert need.margin_range is not None
    lo, hi = need.margin_range
    assert (int(lo * 100), int(hi * 100)) == (min(brute_margins), max(brute_margins))
    assert need.margin == hi
    assert hi - lo in (0, RaceTime.from_hundredths(1).seconds)
    assert need.margin_depends_on_opponent == (lo != hi)


@given(
    distances(),
    roundings(),
    prior_hundredths(),
    st.lists(st.tuples(st.integers(-2000, 2000), st.integers(-300, 300)), min_size=1, max_size=5),
    st.lists(st.integers(-2000, 2000), max_size=3),
    st.data(),
    st.booleans(),
)
def test_reach_rank_k_is_the_slowest_that_works(
    distance: int,
    rounding: Rounding,
    x0: int,
    others: list[tuple[int, int]],
    pending: list[int],
    data: st.DataObject,
    tie: bool,
) -> None:
    base = data.draw(st.integers(TIME_RANGE[distance][0] + 300, TIME_RANGE[distance][1] - 300))
    lo10, hi10 = TIME_RANGE[10000]
    results: dict[str, list[str]] = {"X": [str(RaceTime.from_hundredths(x0))]}
    for i, (d0, d1) in enumerate(others):
        prior = min(max(x0 + d0, lo10), hi10)
        results[f"F{i}"] = [str(RaceTime.from_hundredths(t)) for t in (prior, base + d1)]
    for i, d0 in enumerate(pending):
        results[f"P{i}"] = [str(RaceTime.from_hundredths(min(max(x0 + d0, lo10), hi10)))]
    table = classify(_comb(distance), results, after=1, rounding=rounding)
    k = data.draw(st.integers(1, len(others)), label="rank")
    need = required_time(table, "X", rank=k, tie=tie)
    tx_total = _prior(x0, rounding)
    finals = [table[f"F{i}"].total_thousandths or 0 for i in range(len(others))]
    finals = [
        f + _p(base + d1, distance, rounding) for f, (_, d1) in zip(finals, others, strict=True)
    ]

    def ok(t: int) -> bool:
        final = tx_total + _p(t, distance, rounding)
        ahead = sum(1 for f in finals if (f < final if tie else f <= final))
        return ahead <= k - 1

    assert need.time is not None
    assert need.time.hundredths == _brute_slowest(ok, base)
    assert ok(need.time.hundredths) and not ok(need.time.hundredths + 1)
    final = tx_total + _p(need.time.hundredths, distance, rounding)
    expected = tuple(
        f"P{i}" for i in range(len(pending)) if (table[f"P{i}"].total_thousandths or 0) < final
    )
    assert sorted(need.contenders) == sorted(expected)
    # the board gives the same answer for the lead
    line = {b.name: b for b in board(table).lines}["X"]
    if k == 1 and not tie:
        assert line.lead.time == need.time
    assert line.lead.to_pass == min((f, f"F{i}") for i, f in enumerate(finals))[1]


def test_every_isu_divisor_is_covered() -> None:
    assert [period(d) for d in ISU_DISTANCES] == [1, 1, 3, 3, 1, 2]


# --- restricted last distances with reserves: the goal holds after re-classifying ---------


def _with(results: dict[str, list[str | None]], **last: int) -> dict[str, list[str | None]]:
    """``results`` with the given last-distance times (hundredths) filled in."""
    out = {name: list(row) for name, row in results.items()}
    for name, t in last.items():
        out[name][-1] = str(RaceTime.from_hundredths(t))
    return out


def _total(table: Standings, name: str) -> int:
    total = table[name].total_thousandths
    assert total is not None and table[name].finalist
    return total


def _reaches_rank(table: Standings, name: str, rank: int, tie: bool) -> bool:
    """Classify()'s verdict: ``name`` is at most ``rank`` (outright unless ``tie``)."""
    mine = _total(table, name)
    others = [
        s.total_thousandths
        for s in table
        if s.name != name and s.finalist and s.total_thousandths is not None
    ]
    ahead = sum(1 for o in others if (o < mine if tie else o <= mine))
    position = table[name].rank
    assert position is not None  # classify() agrees: its rank counts the lower totals
    assert (position <= rank) == (sum(1 for o in others if o < mine) <= rank - 1)
    return ahead <= rank - 1


def _pending(table: Standings, results: dict[str, list[str | None]]) -> list[str]:
    """Qualifiers with a total who have not skated the last distance yet."""
    return [
        s.name
        for s in table
        if s.rank is not None and s.name in (table.qualifiers or ()) and results[s.name][-1] is None
    ]


@given(restricted_fields(), roundings(), st.data())
def test_required_rank_holds_after_reclassifying_with_reserves(
    field: tuple[Combination, dict[str, list[str | None]]],
    rounding: Rounding,
    data: st.DataObject,
) -> None:
    """Skate the required time, re-classify: the rank is reached; 0.01 s slower it is not.
    Reserves who skated the restricted last distance count like every finalist."""
    comb, results = field
    n = len(comb.distances)
    table = classify(comb, results, after=n - 1, rounding=rounding)
    pending = _pending(table, results)
    assume(pending)
    x = data.draw(st.sampled_from(pending), label="skater")
    rank = data.draw(st.integers(1, len(table)), label="rank")
    tie = data.draw(st.booleans(), label="tie")
    slow = 4 * TIME_RANGE[comb.distances[-1]][1]
    try:
        need = required_time(table, x, rank=rank, tie=tie)
    except GoalError as exc:
        after = classify(comb, _with(results, **{x: slow}), after=n, rounding=rounding)
        if "already reached" in str(exc):  # fewer than `rank` have finished
            assert _reaches_rank(after, x, rank, tie)
        elif "beyond the field" in str(exc):
            assert rank > sum(1 for s in after if s.finalist and s.rank is not None)
        else:
            assert "impossible" in str(exc)
            fastest = classify(comb, _with(results, **{x: 1}), after=n, rounding=rounding)
            assert not _reaches_rank(fastest, x, rank, tie)
        return
    assert need.time is not None
    t = need.time.hundredths
    ok = classify(comb, _with(results, **{x: t}), after=n, rounding=rounding)
    assert _reaches_rank(ok, x, rank, tie)
    slower = classify(comb, _with(results, **{x: t + 1}), after=n, rounding=rounding)
    assert not _reaches_rank(slower, x, rank, tie)
    if rank == 1 and not tie:  # the board's lead cell is the same time
        line = {b.name: b for b in board(table).lines}[x]
        assert line.lead.time == need.time


@given(restricted_fields(), roundings(), st.data())
def test_required_time_to_beat_holds_after_reclassifying_with_reserves(
    field: tuple[Combination, dict[str, list[str | None]]],
    rounding: Rounding,
    data: st.DataObject,
) -> None:
    """Beat any other skater (a finished reserve, a qualifier still to skate, a skater who
    does not skate): the answer agrees with re-classifying, and 0.01 s slower fails."""
    comb, results = field
    n = len(comb.distances)
    table = classify(comb, results, after=n - 1, rounding=rounding)
    pending = _pending(table, results)
    assume(pending)
    x = data.draw(st.sampled_from(pending), label="skater")
    others = [s.name for s in table if s.rank is not None and s.name != x]
    assume(others)
    y = data.draw(st.sampled_from(others), label="opponent")
    tie = data.draw(st.booleans(), label="tie")
    last = comb.distances[-1]
    ty = results[y][-1]
    coming = None
    if ty is None and y in (table.qualifiers or ()):
        coming = data.draw(st.integers(*TIME_RANGE[last]), label="opponent time")
    slow = 4 * TIME_RANGE[last][1]

    def ahead(table: Standings) -> bool:
        mine, theirs = table[x], table[y]
        assert mine.finalist and mine.total_thousandths is not None
        if theirs.total_thousandths is None or not theirs.finalist:
            return True  # a status or no last distance: ranked below every finalist
        return (
            mine.total_thousandths <= theirs.total_thousandths
            if tie
            else mine.total_thousandths < theirs.total_thousandths
        )

    extra = {} if coming is None else {y: coming}
    try:
        need = required_time(
            table,
            x,
            beat=y,
            tie=tie,
            opponent_time=None if coming is None else RaceTime.from_hundredths(coming),
        )
    except GoalError as exc:
        if "already reached" in str(exc) or "has not qualified" in str(exc):
            # a reserve who has not skated: ahead of them as long as they do not skate
            after = classify(comb, _with(results, **{x: slow}, **extra), after=n, rounding=rounding)
            assert ahead(after)
        else:
            assert "impossible" in str(exc)
            after = classify(comb, _with(results, **{x: 1}, **extra), after=n, rounding=rounding)
            assert not ahead(after)
        return
    assert need.time is not None
    t = need.time.hundredths
    ok = classify(comb, _with(results, **{x: t}, **extra), after=n, rounding=rounding)
    assert ahead(ok)
    slower = classify(comb, _with(results, **{x: t + 1}, **extra), after=n, rounding=rounding)
    assert not ahead(slower)
    if coming is not None:  # the margin view agrees with the known-time view
        margin = required_time(table, x, beat=y, tie=tie)
        assert margin.margin_for(RaceTime.from_hundredths(coming)) == need.margin


@given(st.integers(1, 3000), roundings(), st.integers(-(10**6), 10**6), st.booleans())
def test_margin_range_in_closed_form_equals_enumeration(
    distance: int, rounding: Rounding, gap: int, tie: bool
) -> None:
    """The closed-form margin range equals the extremes over one whole period."""
    need = Requirement(
        "X", distance, 1, 10**6, beat="Y", opponent_total=10**6 + gap, rounding=rounding, tie=tie
    )
    margins = [need._margin_hundredths(r, tie) for r in range(period(distance))]
    assert need._margins(tie) == (min(margins), max(margins))


@given(restricted_fields(), roundings(), st.data())
def test_required_rank_holds_on_an_open_distance_with_statuses(
    field: tuple[Combination, dict[str, list[str | None]]],
    rounding: Rounding,
    data: st.DataObject,
) -> None:
    """The same fields on an unrestricted last distance (statuses before and on it): the
    rank counted against those who finished holds once the others drop out (DNS)."""
    comb, results = field
    comb = attrs.evolve(comb, final=None)
    n = len(comb.distances)
    table = classify(comb, results, after=n - 1, rounding=rounding)
    # only finalists skate on (issue 11: a skater out before the last distance is ranked,
    # but not in its field)
    pending = [
        s.name for s in table if s.rank is not None and s.finalist and results[s.name][-1] is None
    ]
    assume(pending)
    x = data.draw(st.sampled_from(pending), label="skater")
    rank = data.draw(st.integers(1, len(table)), label="rank")
    tie = data.draw(st.booleans(), label="tie")
    others_out = {name: "DNS" for name in pending if name != x}

    def final(t: int) -> Standings:
        done = {name: list(row) for name, row in results.items()}
        for name, value in {**others_out, x: str(RaceTime.from_hundredths(t))}.items():
            done[name][-1] = value
        return classify(comb, done, after=n, rounding=rounding)

    try:
        need = required_time(table, x, rank=rank, tie=tie)
    except GoalError as exc:
        if "already reached" in str(exc):
            assert _reaches_rank(final(4 * TIME_RANGE[comb.distances[-1]][1]), x, rank, tie)
        elif "beyond the field" in str(exc):
            assert rank > sum(1 for s in table if s.rank is not None and s.finalist)
        else:
            assert "impossible" in str(exc)
            assert not _reaches_rank(final(1), x, rank, tie)
        return
    assert need.time is not None
    assert _reaches_rank(final(need.time.hundredths), x, rank, tie)
    assert not _reaches_rank(final(need.time.hundredths + 1), x, rank, tie)


# --- the fast path (race state worked out once per table) equals the definitions ---------


@st.composite
def _live_fields(draw: st.DrawFn) -> tuple[Combination, dict[str, list[str | None]]]:
    """A championship live on its last distance (no qualification rule): close totals, a
    few statuses, a random subset has skated the last distance."""
    distances = tuple(draw(st.lists(st.sampled_from(ISU_DISTANCES), min_size=2, max_size=3)))
    results: dict[str, list[str | None]] = {}
    for i in range(draw(st.integers(1, 12))):
        row: list[str | None] = []
        for index, d in enumerate(distances):
            low = TIME_RANGE[d][0] + 500
            if index == len(distances) - 1 and draw(st.booleans()):
                row.append(None)
            elif draw(st.integers(0, 15)) == 0:
                row.append("DQ")
            else:
                row.append(str(RaceTime.from_hundredths(draw(st.integers(low, low + 150)))))
        results[f"S{i}"] = row
    return Combination("live", distances), results


def _reference_rank(
    table: Standings, name: str, rank: int, tie: bool
) -> tuple[int, str, tuple[str, ...], tuple[str, ...]] | None:
    """The rank goal by its definition, from scratch: (time, opponent, finished,
    contenders), or None when there is no such time (fewer finished, or impossible)."""
    index, distance = table.after, table.combination.distances[table.after]
    field = [s for s in table if s.rank is not None and s.total_thousandths is not None]
    finished = sorted(
        (s.total_thousandths + _p(r.hundredths, distance, table.rounding), s.name)
        for s in field
        if isinstance(r := s.results[index], RaceTime) and s.total_thousandths is not None
    )
    if len(finished) < rank:
        return None
    target, opponent = finished[rank - 1]
    total = _total(table, name)
    t = slowest(target - total - (0 if tie else 1), distance, table.rounding)
    if t < 1:
        return None
    final = total + _p(t, distance, table.rounding)
    contenders = tuple(
        s.name
        for s in field
        if s.name != name
        and s.results[index] is None
        and s.total_thousandths is not None
        and s.total_thousandths < final
    )
    return t, opponent, tuple(n for _, n in finished), contenders


@given(_live_fields(), roundings(), st.booleans(), st.randoms(use_true_random=False))
def test_fast_required_rank_equals_the_reference_for_every_pending_skater(
    field: tuple[Combination, dict[str, list[str | None]]],
    rounding: Rounding,
    tie: bool,
    random: object,
) -> None:
    """Every pending skater, every rank, asked in a random order of one table (the race
    state is shared between the questions): each answer equals the definition."""
    comb, results = field
    table = classify(comb, results, after=len(comb.distances) - 1, rounding=rounding)
    index = table.after
    pending = [
        s.name for s in table if s.total_thousandths is not None and s.results[index] is None
    ]
    questions = [(name, rank) for name in pending for rank in range(1, len(table) + 1)]
    random.shuffle(questions)  # type: ignore[attr-defined]
    for name, rank in questions:
        expected = _reference_rank(table, name, rank, tie)
        try:
            need = required_time(table, name, rank=rank, tie=tie)
        except GoalError:
            assert expected is None
            continue
        assert expected is not None and need.time is not None
        t, opponent, finished, contenders = expected
        assert (need.time.hundredths, need.opponent) == (t, opponent)
        assert (need.finished, need.contenders) == (finished, contenders)
    b = board(table)
    assert b.names == tuple(pending)
    for line in b:
        lead = _reference_rank(table, line.name, 1, False)
        assert (line.lead.time is None) == (lead is None)
        assert lead is None or line.lead.time == RaceTime.from_hundredths(lead[0])


@given(restricted_fields(), roundings(), st.data())
def test_contenders_by_bisection_equal_the_scan(
    field: tuple[Combination, dict[str, list[str | None]]],
    rounding: Rounding,
    data: st.DataObject,
) -> None:
    """The O(log n) contenders (a prefix of the pending skaters, found by bisection) equal
    the scan over the pending skaters, on restricted last distances with reserves."""
    from skatecalc.championship.targets.race import race_of

    comb, results = field
    table = classify(comb, results, after=len(comb.distances) - 1, rounding=rounding)
    race = race_of(table, None)
    assert race is race_of(table, None)  # worked out once per table
    names = [*race.pending_names, "nobody"]
    skater = data.draw(st.sampled_from(names), label="skater")
    final = data.draw(st.integers(-1, 400_000), label="final total")
    scan = tuple(
        s.name
        for s in race.pending
        if s.name != skater and s.total_thousandths is not None and s.total_thousandths < final
    )
    assert race.contenders(skater, final) == scan


# --- cuts after any distance, stops and reserves: the race state is classify()'s (issue 11) --

Field = tuple[Combination, dict[str, list[str | None]], int]


def _field_of(table: Standings, live: int) -> list[str]:
    """Who skates distance ``live``, by classify()'s definitions: the ranked skaters who
    completed every counted distance; on a restricted distance only the rule's qualifiers
    and whoever has a result on it (a reserve who skated)."""
    restricted = table.combination.restriction(live) is not None
    return [
        s.name
        for s in table
        if s.rank is not None
        and s.finalist
        and (not restricted or s.name in (table.qualifiers or ()) or s.results[live] is not None)
    ]


def _done(
    results: dict[str, list[str | None]],
    live: int,
    pending: list[str],
    restricted: bool,
    outcome: dict[str, str],
) -> dict[str, list[str | None]]:
    """``results`` after the live distance: ``outcome`` filled in, the other skaters still
    to skate stop there (DNS; on a restricted distance they may simply not skate it)."""
    out = {name: list(row) for name, row in results.items()}
    for name in pending:
        out[name][live] = None if restricted else "DNS"
    for name, value in outcome.items():
        out[name][live] = value
    return out


def _time(hundredths: int) -> str:
    return str(RaceTime.from_hundredths(hundredths))


def _ranking_flags() -> st.SearchStrategy[dict[str, bool]]:
    """classify()'s two parameters for skaters who stop, either way."""
    return st.fixed_dictionaries(
        {"rank_withdrawn": st.booleans(), "rank_disqualified": st.booleans()}
    )


@given(cut_fields(), roundings(), st.data())
def test_required_rank_holds_after_reclassifying_with_cuts_stops_and_reserves(
    field: Field, rounding: Rounding, data: st.DataObject
) -> None:
    """On any distance of a championship with cuts after any distance, skaters who stopped
    (DNS/WDR/DQ/DNF) and reserves: skate the required time, re-classify, the rank holds;
    0.01 s slower, it does not. The board lists exactly those still to skate in the field."""
    comb, results, live = field
    flags = data.draw(_ranking_flags(), label="ranking flags")
    table = classify(comb, results, after=live, rounding=rounding, **flags)
    members = _field_of(table, live)
    pending = [name for name in members if results[name][live] is None]
    assert sorted(board(table).names) == sorted(pending)
    assume(pending)
    x = data.draw(st.sampled_from(pending), label="skater")
    rank = data.draw(st.integers(1, len(table)), label="rank")
    tie = data.draw(st.booleans(), label="tie")
    restricted = comb.restriction(live) is not None

    def final(t: int) -> Standings:
        done = _done(results, live, pending, restricted, {x: _time(t)})
        return classify(comb, done, after=live + 1, rounding=rounding, **flags)

    try:
        need = required_time(table, x, rank=rank, tie=tie)
    except GoalError as exc:
        if "already reached" in str(exc):
            assert _reaches_rank(final(4 * TIME_RANGE[comb.distances[live]][1]), x, rank, tie)
        elif "beyond the field" in str(exc):
            assert rank > len(members)
        else:
            assert "impossible" in str(exc)
            assert not _reaches_rank(final(1), x, rank, tie)
        return
    assert need.time is not None
    assert _reaches_rank(final(need.time.hundredths), x, rank, tie)
    assert not _reaches_rank(final(need.time.hundredths + 1), x, rank, tie)
    if rank == 1 and not tie:
        assert board(table)[x].lead.time == need.time


@given(cut_fields(), roundings(), st.data())
def test_required_time_to_beat_holds_after_reclassifying_with_cuts_stops_and_reserves(
    field: Field, rounding: Rounding, data: st.DataObject
) -> None:
    """Beat any other ranked skater (finished, still to skate, stopped earlier, not admitted
    by a cut, a reserve): the answer agrees with re-classifying, 0.01 s slower fails, and a
    skater outside the field is told why."""
    comb, results, live = field
    flags = data.draw(_ranking_flags(), label="ranking flags")
    table = classify(comb, results, after=live, rounding=rounding, **flags)
    members = _field_of(table, live)
    pending = [name for name in members if results[name][live] is None]
    assume(pending)
    x = data.draw(st.sampled_from(pending), label="skater")
    others = [s.name for s in table if s.rank is not None and s.name != x]
    assume(others)
    y = data.draw(st.sampled_from(others), label="opponent")
    tie = data.draw(st.booleans(), label="tie")
    distance = comb.distances[live]
    restricted = comb.restriction(live) is not None
    coming = None
    if y in pending:
        coming = data.draw(st.integers(*TIME_RANGE[distance]), label="opponent time")
    extra = {} if coming is None else {y: _time(coming)}

    def final(t: int) -> Standings:
        done = _done(results, live, pending, restricted, {x: _time(t), **extra})
        return classify(comb, done, after=live + 1, rounding=rounding, **flags)

    def ahead(after: Standings) -> bool:
        mine, theirs = after[x], after[y]
        assert mine.finalist and mine.total_thousandths is not None
        if theirs.total_thousandths is None or not theirs.finalist:
            return True  # stopped, or not on the distance: ranked below, or unranked
        return (
            mine.total_thousandths <= theirs.total_thousandths
            if tie
            else mine.total_thousandths < theirs.total_thousandths
        )

    if y not in members:  # stopped earlier, not admitted, or a reserve who has not skated
        stand = table[y]
        with pytest.raises(GoalError) as raised:
            required_time(table, y, rank=1)
        message = str(raised.value)
        assert f"they do not skate the {distance} m" in message
        if not stand.finalist and stand.status is not None:
            assert f"({stand.status.value})" in message and "ranked below" in message
        elif not stand.finalist:
            assert "was not admitted to the" in message and "ranked below" in message
        else:
            assert "has not qualified for the" in message
    try:
        need = required_time(
            table,
            x,
            beat=y,
            tie=tie,
            opponent_time=None if coming is None else RaceTime.from_hundredths(coming),
        )
    except GoalError as exc:
        if "already reached" in str(exc) or "has not qualified" in str(exc):
            assert ("already reached" in str(exc)) == (
                results[y][live] is not None or not table[y].finalist
            )
            assert ahead(final(4 * TIME_RANGE[distance][1]))
        else:
            assert "impossible" in str(exc)
            assert not ahead(final(1))
        return
    assert y in members and need.time is not None
    assert ahead(final(need.time.hundredths))
    assert not ahead(final(need.time.hundredths + 1))
