"""RaceTime and Status: parsing, formatting, ordering, and refusing bad input."""

from __future__ import annotations

import re
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


# --- hardening (issue 8): every bad input is an InvalidTimeError, at once -----------------


def test_parse_5000_nines_is_refused_before_int_conversion() -> None:
    with pytest.raises(InvalidTimeError, match=r"too long \(5000 characters"):
        RaceTime.parse("9" * 5000)


def test_parse_150_digit_time_is_an_invalid_time_not_invalid_operation() -> None:
    with pytest.raises(InvalidTimeError, match="too long"):
        RaceTime.parse("9" * 150 + ".00")


def test_parse_40_digit_opponent_time_is_refused_not_printed_as_hours() -> None:
    with pytest.raises(InvalidTimeError, match="is not a race time"):
        RaceTime.parse("9999999999999999999999999999999999999999.00")


@pytest.mark.parametrize("text", ["24:00:00.00", "86400.00", "99999999999999999.00", "24.00.00,0"])
def test_parse_24_hours_or_more_is_refused(text: str) -> None:
    with pytest.raises(InvalidTimeError, match="below 24 hours"):
        RaceTime.parse(text)


def test_parse_23_59_59_999_is_the_longest_time() -> None:
    assert RaceTime.parse("23:59:59.999").thousandths == 24 * 3600 * 1000 - 1
    with pytest.raises(InvalidTimeError, match="below 24 hours"):
        RaceTime.from_thousandths(24 * 3600 * 1000)


def test_from_thousandths_10_to_the_5000_names_the_bound_without_printing_it() -> None:
    with pytest.raises(InvalidTimeError, match=r"more than 10\^30 thousandths.*24 hours"):
        RaceTime.from_thousandths(10**5000)


@pytest.mark.parametrize(
    "value",
    [Decimal("5.081E+1000002"), Decimal("1E+999990"), Decimal("86400"), Decimal("9" * 5000)],
)
def test_parse_huge_decimal_is_refused_immediately(value: Decimal) -> None:
    import time

    start = time.perf_counter()
    with pytest.raises(InvalidTimeError, match="below 24 hours"):
        RaceTime.parse(value)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("value", [Decimal("sNaN"), Decimal("NaN"), Decimal("-Infinity")])
def test_parse_decimal_nan_and_infinity(value: Decimal) -> None:
    with pytest.raises(InvalidTimeError, match="positive number"):
        RaceTime.parse(value)


def test_parse_decimal_with_a_digit_beyond_the_context_precision_is_refused() -> None:
    # 35 significant digits: rounding in the default context (28) would hide the last one
    with pytest.raises(InvalidTimeError, match="more than three decimals"):
        RaceTime.parse(Decimal("37.13" + "0" * 30 + "1"))
    assert RaceTime.parse(Decimal("37.13" + "0" * 40)) == RaceTime.parse("37.13")


def test_parse_decimal_ignores_a_low_precision_context() -> None:
    import decimal

    with decimal.localcontext(decimal.Context(prec=2)):
        assert RaceTime.parse(Decimal("106.385")).thousandths == 106385
        assert RaceTime.parse(Decimal("106.3850")).thousandths == 106385


@pytest.mark.parametrize(
    ("text", "char"),
    [
        ("５９５.１８９", "U+FF15 FULLWIDTH DIGIT FIVE"),
        ("٣٧.١٣", "U+0663 ARABIC-INDIC DIGIT THREE"),
        ("37.1３", "U+FF13 FULLWIDTH DIGIT THREE"),
        ("1:46\u00b738", "U+00B7 MIDDLE DOT"),
    ],
)
def test_parse_non_ascii_digits_are_refused_naming_the_character(text: str, char: str) -> None:
    with pytest.raises(InvalidTimeError, match=re.escape(char)):
        RaceTime.parse(text)


def test_status_parse_dn_long_s_is_refused_not_read_as_dns() -> None:
    with pytest.raises(UnknownStatusError, match="U\\+017F LATIN SMALL LETTER LONG S"):
        Status.parse("dnſ")
    with pytest.raises(UnknownStatusError, match="U\\+017F"):
        parse_result("dnſ")


@pytest.mark.parametrize("value", [5, None, 5.0, b"DNF", ["DNF"]])
def test_status_parse_5_not_a_str_is_an_unknown_status(value: object) -> None:
    with pytest.raises(UnknownStatusError, match="pass text"):
        Status.parse(value)  # type: ignore[arg-type]


def test_long_bad_texts_are_shortened_in_messages() -> None:
    with pytest.raises(UnknownStatusError) as info:
        Status.parse("x" * 100_000)
    assert len(str(info.value)) < 200 and "(100000 characters)" in str(info.value)


@pytest.mark.parametrize(
    "value", [10**5000, -(10**5000), [1], {"a": 1}], ids=["big", "-big", "list", "dict"]
)
def test_parse_unprintable_or_odd_objects_are_invalid_times(value: object) -> None:
    with pytest.raises(InvalidTimeError):
        RaceTime.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("precision", [[1], 4, "2"])
def test_format_with_bad_precision_or_notation_is_an_error(precision: object) -> None:
    t = RaceTime.parse("37.13")
    with pytest.raises(InvalidTimeError, match="precision"):
        t.format(precision=precision)  # type: ignore[arg-type]
    with pytest.raises(InvalidTimeError, match="unknown notation"):
        t.format(5)  # type: ignore[arg-type]


@given(st.text(max_size=40))
def test_any_text_is_a_time_or_an_invalid_time(text: str) -> None:
    try:
        t = RaceTime.parse(text)
    except InvalidTimeError:
        return
    assert text.strip().isascii() and 0 < t.thousandths < 24 * 3600 * 1000
    assert RaceTime.parse(t.format()) == t


# --- the fast path of RaceTime.parse and parse_result equals the full path (issue 10) ----


def _digits(low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=low, max_size=high)


@st.composite
def _time_texts(draw: st.DrawFn) -> str:
    """Time-like text in every notation, valid or not: one or two leading parts of any
    width (minutes and seconds above 59, leading zeros), zero to four decimals, both
    separators, hours, zero, spaces, signs and statuses."""
    sep, dec = draw(st.sampled_from([(":", "."), (".", ","), (":", ","), (".", "."), ("", "")]))
    parts = draw(st.lists(_digits(0, 3), min_size=1, max_size=3))
    fraction = draw(_digits(0, 4))
    text = sep.join(parts) + draw(st.sampled_from([dec, ".", ",", ""])) + fraction
    pad = st.sampled_from(["", " ", "\t", "\n", "-", "+", "\u2212", "\uff15", "x"])
    return draw(pad) + text + draw(pad)


@st.composite
def _common_texts(draw: st.DrawFn) -> str:
    """Text close to the common notations (mostly valid): ISU, Dutch or seconds, with
    parts of one to three digits (so seconds of 60-99 and 100+), one to four decimals."""
    sep, dec = draw(st.sampled_from([(":", "."), (".", ","), ("", "."), ("", ",")]))
    head = draw(_digits(1, 2)) + sep if sep else ""
    return head + draw(_digits(1, 3)) + dec + draw(_digits(1, 4))


_JUNK = st.one_of(
    _common_texts(),
    _time_texts(),
    st.sampled_from(["0.00", "0:00.000", "00,0", "99:59.999", "0.001", "DNF", " dq ", "DSQ"]),
    st.text(alphabet="0123456789:.,;- \u0663\uff15eE_DNFQSWR\u017f", max_size=14),
    st.text(max_size=12),
)


def _outcome(read: object, text: str) -> tuple[object, ...]:
    try:
        value = read(text)  # type: ignore[operator]
    except Exception as exc:  # the error type and message must be identical too
        return ("error", type(exc), str(exc))
    if isinstance(value, RaceTime):
        return ("time", type(value), value.thousandths, value.precision)
    return ("value", value)


def _reference_parse_result(text: str) -> object:
    """parse_result for text as defined before the fast path: status or full time parse."""
    if text.strip().isalpha():
        return Status.parse(text)
    return RaceTime._from_text(text)


@given(_JUNK)
def test_fast_parse_equals_the_full_path(text: str) -> None:
    assert _outcome(RaceTime.parse, text) == _outcome(RaceTime._from_text, text)


@given(_JUNK)
def test_fast_parse_result_equals_the_full_path(text: str) -> None:
    assert _outcome(parse_result, text) == _outcome(_reference_parse_result, text)


@given(race_times(max_thousandths=100 * 60 * 1000), st.sampled_from(["en", "nl"]))
def test_fast_parse_reads_every_printed_time(t: RaceTime, lang: str) -> None:
    text = t.format(lang)
    for read in (RaceTime.parse, parse_result, RaceTime._from_text):
        parsed = read(text)
        assert isinstance(parsed, RaceTime)
        assert (parsed.thousandths, parsed.precision) == (t.thousandths, t.precision)


@pytest.mark.parametrize(
    ("text", "thousandths", "precision"),
    [
        ("1:46.38", 106380, 2),
        ("1.46,38", 106380, 2),
        ("1:46.380", 106380, 3),
        ("34.83", 34830, 2),
        ("34,83", 34830, 2),
        ("40.1", 40100, 1),
        ("99:59.999", 5999999, 3),
        ("0.001", 1, 3),
        ("00:00.01", 10, 2),
    ],
)
def test_fast_path_values(text: str, thousandths: int, precision: int) -> None:
    for read in (RaceTime.parse, parse_result):
        t = read(text)
        assert isinstance(t, RaceTime)
        assert (t.thousandths, t.precision) == (thousandths, precision)
        assert t == RaceTime(thousandths, precision)  # what the validating __init__ builds


@pytest.mark.parametrize("text", ["0.00", "0:00.000", "00,0", "0.00,00"])
def test_fast_path_zero_gets_the_full_path_error(text: str) -> None:
    with pytest.raises(InvalidTimeError, match="must be positive"):
        RaceTime.parse(text)
    with pytest.raises(InvalidTimeError, match="must be positive"):
        parse_result(text)


def test_fast_parse_on_a_str_subclass_takes_the_full_path() -> None:
    class Text(str):
        pass

    t = RaceTime.parse(Text("1:46.38"))
    assert (t.thousandths, t.precision) == (106380, 2)
    assert parse_result(Text("1:46.38")) == t
