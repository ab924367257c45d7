"""Required times against brute force over times in hundredths, on every ISU divisor.

Tables are built on a custom combination (10000 m, then the distance under test): the
10000 m scores ``t // 2`` thousandths, so the totals before the distance reach every
whole number of thousandths and every residue of the gap is exercised.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from skatecalc import Combination, RaceTime, Rounding, classify
from skatecalc.points import points_thousandths
from skatecalc.targets import board, period, required_time, slowest

from .strategies import ISU_DISTANCES, TIME_RANGE, distances, prior_hundredths, roundings

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
