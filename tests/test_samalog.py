"""Samalog points on one distance (`skatecalc.samalog`)."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import InvalidDistanceError, RaceTime, Rounding, SkatecalcError, divisor, points
from skatecalc.championship.standings import gap_seconds
from skatecalc.samalog import gap_seconds_from_points, parse_points, points_thousandths

from .strategies import distances, hundredths

# --- Samalog points on one distance: exact truncation, monotonicity, published totals. -----


def test_contract_example_truncates() -> None:
    assert points("1:42.68", 1500) == Decimal("34.226")  # rounding would give 34.227
    assert points(RaceTime.parse("1:42.68"), 1500) == Decimal("34.226")
    assert points("1:42.68", 1500, rounding=Rounding.HALF_UP) == Decimal("34.227")


@pytest.mark.parametrize(
    ("time", "distance", "expected"),
    [
        ("37.13", 500, "37.130"),
        ("1:13.32", 1000, "36.660"),
        ("1:14.35", 1000, "37.175"),
        ("6:10.49", 5000, "37.049"),
        ("13:05.94", 10000, "39.297"),
        ("3:53.34", 3000, "38.890"),
        ("1:51.79", 1500, "37.263"),
    ],
)
def test_points_per_distance(time: str, distance: int, expected: str) -> None:
    assert points(time, distance) == Decimal(expected)


def test_thousandths_are_truncated_before_points() -> None:
    assert points("1:45.009", 1500) == points("1:45.00", 1500) == Decimal("35.000")


def test_any_positive_distance() -> None:
    assert divisor(700) == Decimal("1.4")
    assert points("1:00.00", 700) == Decimal("42.857")


@pytest.mark.parametrize("bad", [0, -500, 500.0, "500", True])
def test_bad_distance(bad: object) -> None:
    with pytest.raises(InvalidDistanceError, match=repr(bad).replace(".", r"\.")):
        points("37.13", bad)  # type: ignore[arg-type]


@given(distances().flatmap(lambda d: st.tuples(st.just(d), hundredths(d), hundredths(d))))
def test_points_never_decrease_as_time_grows(case: tuple[int, int, int]) -> None:
    d, a, b = case
    a, b = min(a, b), max(a, b)
    assert points_thousandths(a, d) <= points_thousandths(b, d)


@given(distances().flatmap(lambda d: st.tuples(st.just(d), hundredths(d))))
def test_truncation_loses_less_than_a_thousandth(case: tuple[int, int]) -> None:
    d, h = case
    exact = Decimal(h) / 100 / (Decimal(d) / 500)
    got = points(RaceTime.from_hundredths(h), d)
    assert Decimal(0) <= exact - got < Decimal("0.001")
    assert got == exact.quantize(Decimal("0.001"), rounding=ROUND_DOWN)


@given(distances().flatmap(lambda d: st.tuples(st.just(d), hundredths(d))))
def test_half_up_is_within_half_a_thousandth(case: tuple[int, int]) -> None:
    d, h = case
    exact = Decimal(h) / 100 / (Decimal(d) / 500)
    got = points(RaceTime.from_hundredths(h), d, rounding=Rounding.HALF_UP)
    assert abs(exact - got) <= Decimal("0.0005")


@given(st.integers(-(10**6), 10**6), distances())
def test_gap_seconds_is_points_times_divisor(gap: int, d: int) -> None:
    assert gap_seconds_from_points(gap, d) == Decimal(gap) / 1000 * divisor(d)


@pytest.mark.parametrize(
    "text", ["1_0.5", "1e3", "NaN", "sNaN", "Infinity", "1e-9999999", "1E+999999", "٣٧.١٣", "0x10"]
)
def test_parse_points_1_0_5_and_other_decimal_syntax_are_refused(text: str) -> None:
    with pytest.raises(SkatecalcError, match="is not a points value"):
        parse_points(text)


def test_parse_points_accepts_plain_numbers_exactly() -> None:
    assert parse_points("110.980") == parse_points("110,980") == 110980
    assert parse_points(" -0.5 ") == -500 and parse_points("+3") == 3000
    assert parse_points(Decimal("110.98000")) == 110980 and parse_points(5) == 5000


@pytest.mark.parametrize(
    "value",
    [Decimal("1E+999990"), Decimal("5.081E+1000002"), Decimal("-1E+9"), 10**5000, "9" * 40],
    ids=["1E+999990", "5.081E+1000002", "-1E+9", "10**5000", "40 nines"],
)
def test_parse_points_huge_values_are_refused_at_once(value: object) -> None:
    with pytest.raises(SkatecalcError, match=r"below 1,000,000,000|too long"):
        parse_points(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [Decimal("sNaN"), Decimal("NaN"), Decimal("Infinity")])
def test_parse_points_decimal_nan_is_refused(value: Decimal) -> None:
    with pytest.raises(SkatecalcError, match="finite"):
        parse_points(value)


def test_parse_points_refuses_a_digit_the_decimal_context_would_round_away() -> None:
    with pytest.raises(SkatecalcError, match="at most three decimals"):
        parse_points(Decimal("110.98" + "0" * 30 + "1"))


@pytest.mark.parametrize(
    ("points", "reference"), [("sNaN", "2"), ("1e-9999999", "1E+999999"), ("1E+999990", "0")]
)
def test_gap_seconds_snan_and_huge_exponents_are_skatecalc_errors(
    points: str, reference: str
) -> None:
    with pytest.raises(SkatecalcError):
        gap_seconds(points, reference, 1000)


@given(st.text(max_size=40))
def test_any_points_text_is_exact_thousandths_or_refused(text: str) -> None:
    try:
        value = parse_points(text)
    except SkatecalcError:
        return
    assert Decimal(text.strip().replace(",", ".")) * 1000 == value


def _reference_points(time: object, distance: object, rounding: object) -> Decimal:
    """points() as defined before the common path: every check, then the integers."""
    from skatecalc.samalog import as_points, check_distance

    check_distance(distance)  # type: ignore[arg-type]
    if not isinstance(rounding, Rounding):
        raise SkatecalcError(f"{rounding!r} is not a Rounding: use Rounding.TRUNCATE or HALF_UP")
    h = RaceTime.parse(time).hundredths  # type: ignore[arg-type]
    return as_points(points_thousandths(h, distance, rounding))  # type: ignore[arg-type]


def _points_outcome(call: object, *args: object) -> tuple[object, ...]:
    try:
        value = call(*args)  # type: ignore[operator]
    except Exception as exc:
        return ("error", type(exc), str(exc))
    return ("points", value, value.as_tuple())


@given(
    st.one_of(
        st.integers(1, 24 * 3600 * 1000 - 1).map(lambda th: RaceTime.from_thousandths(th)),
        st.integers(1, 6000).map(lambda h: f"{h // 6000}:{h // 100 % 60:02d}.{h % 100:02d}"),
        st.sampled_from(["1:42.68", "1.42,68", "34.83", "0.00", "DNF", "", "1:75.00", " 40.1 "]),
        st.text(max_size=8),
    ),
    st.one_of(distances(), st.integers(-10, 100_000), st.sampled_from([True, 500.0, "500", None])),
    st.sampled_from([Rounding.TRUNCATE, Rounding.HALF_UP]),
)
def test_common_path_equals_the_reference(
    time: object, distance: object, rounding: Rounding
) -> None:
    got = _points_outcome(lambda: points(time, distance, rounding=rounding))  # type: ignore[arg-type]
    want = _points_outcome(lambda: _reference_points(time, distance, rounding))
    assert got == want


@pytest.mark.parametrize("rounding", ["truncate", None, 0])
def test_common_path_keeps_the_rounding_check(rounding: object) -> None:
    with pytest.raises(SkatecalcError, match="is not a Rounding"):
        points("1:42.68", 1500, rounding=rounding)  # type: ignore[arg-type]


def test_common_path_thousandths_are_truncated_first() -> None:
    assert points(RaceTime.from_thousandths(105009), 1500) == points("1:45.00", 1500)
    assert points("1:45.009", 1500) == Decimal("35.000")


def test_format_points_of_0_0005_is_refused_by_the_public_function() -> None:
    import skatecalc as sc

    with pytest.raises(sc.InvalidRuleError, match=r"Decimal\('0.0005'\) have more than three"):
        sc.format_points(Decimal("0.0005"))
    with pytest.raises(sc.InvalidRuleError, match="more than three decimals"):
        sc.format_points(Decimal("110.9805"), "nl")  # printed 110,980 before


def test_format_points_is_one_function_everywhere() -> None:
    import skatecalc as sc
    from skatecalc import samalog, text

    assert sc.format_points is samalog.format_points is text.format_points
    assert sc.format_gap is samalog.format_gap is text.format_gap


@given(
    st.integers(-(10**12), 10**12),
    st.integers(1, 10**6),
    st.integers(4, 9),
    st.sampled_from(["en", "nl", "Dutch", "ISU"]),
)
def test_format_points_prints_thousandths_exactly_and_refuses_finer(
    thousandths: int, extra: int, places: int, lang: str
) -> None:
    """A value in thousandths prints exactly (it reads back as the same value); any value
    with a nonzero digit beyond the third decimal is refused, never rounded."""
    import skatecalc as sc

    value = Decimal(thousandths).scaleb(-3)
    text = sc.format_points(value, lang)
    assert Decimal(text.replace(",", ".")) == value
    finer = value + Decimal(extra).scaleb(-3 - places)
    if finer.quantize(Decimal("0.001"), rounding=ROUND_DOWN) != finer:
        with pytest.raises(sc.InvalidRuleError, match="more than three decimals"):
            sc.format_points(finer, lang)
