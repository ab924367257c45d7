"""RaceTime and Status: parsing, formatting, ordering, and refusing bad input."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import InvalidTimeError, RaceTime, Status, UnknownStatusError, parse_result

from .strategies import race_times


@pytest.mark.parametrize(
    ("text", "thousandths", "precision", "isu", "dutch"),
    [
        ("1:46.38", 106380, 2, "1:46.38", "1.46,38"),
        ("1.46,38", 106380, 2, "1:46.38", "1.46,38"),
        ("34.83", 34830, 2, "34.83", "34,83"),
        ("34,83", 34830, 2, "34.83", "34,83"),
        ("106.38", 106380, 2, "1:46.38", "1.46,38"),
        ("1:45.006", 105006, 3, "1:45.006", "1.45,006"),
        ("366.720", 366720, 3, "6:06.720", "6.06,720"),
        ("40.1", 40100, 1, "40.1", "40,1"),
        ("3:02.37", 182370, 2, "3:02.37", "3.02,37"),
        ("12:42.39", 762390, 2, "12:42.39", "12.42,39"),
        ("1:02:37.45", 3757450, 2, "1:02:37.45", "1.02.37,45"),
        ("1.02.37,45", 3757450, 2, "1:02:37.45", "1.02.37,45"),
        ("  37.13 ", 37130, 2, "37.13", "37,13"),
    ],
)
def test_parse_and_format(
    text: str, thousandths: int, precision: int, isu: str, dutch: str
) -> None:
    t = RaceTime.parse(text)
    assert (t.thousandths, t.precision) == (thousandths, precision)
    assert str(t) == t.format("en") == isu
    assert t.format("nl") == dutch


def test_contract_examples() -> None:
    t = RaceTime.parse("1.46,38")
    assert str(t) == "1:46.38"
    assert t.format("nl") == "1.46,38"
    assert t.seconds == Decimal("106.38")


def test_official_time_truncates_thousandths_and_thousandths_split_ties() -> None:
    a, b = RaceTime.parse("1:45.006"), RaceTime.parse("1:45.009")
    assert a < b
    assert a.official == b.official == RaceTime.parse("1:45.00")
    assert a.hundredths == b.hundredths == 10500
    assert str(RaceTime.parse("1:45.009").official) == "1:45.00"


def test_value_equality_ignores_precision_and_subtraction_is_exact() -> None:
    assert RaceTime.parse("1:46.38") == RaceTime.parse("1:46.380")
    assert hash(RaceTime.parse("1:46.38")) == hash(RaceTime.parse("106.380"))
    assert RaceTime.parse("1:14.35") - RaceTime.parse("1:13.32") == Decimal("1.03")
    assert RaceTime.parse("40.1") - RaceTime.parse("40.15") == Decimal("-0.05")
    assert RaceTime.parse("1:45.009") - RaceTime.parse("1:45.006") == Decimal("0.003")


def test_decimal_input() -> None:
    assert RaceTime.parse(Decimal("37.13")) == RaceTime.parse("37.13")
    assert RaceTime.parse(Decimal("37.1300")).precision == 2
    with pytest.raises(InvalidTimeError, match="more than three decimals"):
        RaceTime.parse(Decimal("37.1301"))


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("1:7x.10", "not a race time"),
        ("1:75.00", "75 seconds must be below 60"),
        ("1:75:00.00", "75 minutes must be below 60"),
        ("-3.00", "cannot be negative"),
        ("", "empty"),
        ("   ", "empty"),
        ("37", "one to three decimals"),
        ("37.1234", "one to three decimals"),
        ("1:7.10", "not a race time"),
        ("0.00", "positive"),
        ("37.13.00", "not a race time"),
        ("1,46.38", "not a race time"),
    ],
)
def test_malformed_times_name_the_value(bad: str, why: str) -> None:
    with pytest.raises(InvalidTimeError, match=why) as info:
        RaceTime.parse(bad)
    assert repr(bad) in str(info.value)


def test_float_is_refused_with_a_hint() -> None:
    with pytest.raises(InvalidTimeError, match=r"37\.13 is a float.*'37\.13'"):
        RaceTime.parse(37.13)  # type: ignore[arg-type]
    with pytest.raises(InvalidTimeError, match="from_thousandths"):
        RaceTime.parse(37)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("dq", Status.DQ),
        ("DNF", Status.DNF),
        ("dns", Status.DNS),
        ("Wdr", Status.WDR),
        ("DSQ", Status.DQ),
    ],
)
def test_statuses_parse_case_insensitively(text: str, status: Status) -> None:
    assert Status.parse(text) is status
    assert parse_result(text) is status


def test_unknown_status() -> None:
    with pytest.raises(UnknownStatusError, match="'FALL'"):
        parse_result("FALL")


@given(race_times())
def test_isu_roundtrip(t: RaceTime) -> None:
    again = RaceTime.parse(t.format("en"))
    assert again == t and again.precision == t.precision
    assert again.format("en") == t.format("en")


@given(race_times())
def test_dutch_roundtrip(t: RaceTime) -> None:
    again = RaceTime.parse(t.format("nl"))
    assert again == t and again.precision == t.precision


@given(race_times(), race_times())
def test_order_matches_thousandths_and_difference(a: RaceTime, b: RaceTime) -> None:
    assert (a < b) == (a.thousandths < b.thousandths)
    assert (a - b) * 1000 == a.thousandths - b.thousandths


@given(st.integers(10, 10**7))
def test_official_is_truncation(thousandths: int) -> None:
    t = RaceTime.from_thousandths(thousandths)
    assert t.official.thousandths <= t.thousandths < t.official.thousandths + 10
