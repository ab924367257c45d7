"""Regression tests for issue 8 in the core (combinations, classification, required times):
one test per input that gave a wrong answer, escaped the error contract, or never finished.
Each test is named after its input; the fields are synthetic (not published results)."""

from __future__ import annotations

import time
from decimal import ROUND_HALF_UP, Decimal

import pytest

import skatecalc as sc
from skatecalc import (
    ALLROUND_WOMEN,
    SPRINT,
    Combination,
    FinalQualification,
    GoalError,
    InvalidDistanceError,
    InvalidRuleError,
    ResultsError,
    SkatecalcError,
    SprintCut,
    classify,
    required_time,
)
from skatecalc._text import printable
from skatecalc.championship.combinations import MAX_DISTANCE
from skatecalc.championship.gaps import gap_seconds
from skatecalc.championship.targets import board
from skatecalc.samalog import format_gap, format_points

# --- the wrong answer: reserves who skated the restricted last distance --------------------

RESERVE_COMB = Combination("x", (500, 3000, 1500, 5000), final=FinalQualification(size=2))


def _reserve_results() -> dict[str, list[str]]:
    return {
        "A": ["38.00", "4:00.00", "2:00.00"],
        "B": ["38.10", "4:01.00", "2:00.50", "7:30.00"],
        "C": ["38.20", "4:02.00", "2:01.00", "7:00.00"],  # reserve: not in the top 2
    }


def test_reserve_c_who_skated_7_00_00_counts_for_rank_1() -> None:
    """The issue's reproducer: A's time for rank 1 must pass C, not only B."""
    results = _reserve_results()
    table = classify(RESERVE_COMB, results, after=3)
    assert table.qualifiers == ("A", "B")  # C is a reserve
    need = required_time(table, "A", rank=1)
    assert need.opponent == "C" and str(need.time) == "7:08.65"  # was 7:34.31 (passing B)
    assert need.finished == ("C", "B")
    results["A"].append(str(need.time))
    assert classify(RESERVE_COMB, results, after=4)[0].name == "A"
    results["A"][-1] = str(need.next_slower)  # level on points with C: rank 1 is shared
    ranks = {s.name: s.rank for s in classify(RESERVE_COMB, results, after=4)}
    assert ranks["A"] == ranks["C"] == 1


def test_reserve_c_beat_c_is_a_time_not_already_reached() -> None:
    table = classify(RESERVE_COMB, _reserve_results(), after=3)
    need = required_time(table, "A", beat="C")
    assert str(need.time) == "7:08.65" and need.opponent_time == sc.RaceTime.parse("7:00.00")
    b = board(table)
    assert b.finished[0][0] == "C" and len(b.finished) == 2
    assert str(b.lines[0].lead.time) == "7:08.65"


def test_allround_women_9_skaters_reserve_on_the_5000() -> None:
    """Built-in ALLROUND_WOMEN, 9 skaters: 8 qualify, the 9th (a reserve) skates the 5000 m
    fastest; every goal counts her."""
    field = {
        f"S{i}": [f"{38 + i}.00", f"4:{i:02d}.00", f"2:{i:02d}.00"] for i in range(9)
    }  # S8 is last on both lists: the reserve
    before = classify(ALLROUND_WOMEN, field)
    assert before.qualifiers is not None and "S8" not in before.qualifiers
    field["S8"] = [*field["S8"], "5:50.00"]  # 165.000 after four distances
    field["S1"] = [*field["S1"], "7:40.00"]  # 165.500
    table = classify(ALLROUND_WOMEN, field, after=3)
    with pytest.raises(GoalError):  # unchanged: a skater not qualified cannot be asked
        required_time(table, "S8", rank=1)
    need = required_time(table, "S0", beat="S8")  # was "goal already reached"
    assert need.time is not None
    rank1 = required_time(table, "S0", rank=1)
    assert rank1.opponent == "S8" and rank1.time == need.time
    for t, s8_rank in ((need.time, 2), (need.next_slower, 1)):  # 0.01 s slower: S8 not behind
        assert t is not None
        done = classify(ALLROUND_WOMEN, {**field, "S0": [*field["S0"], str(t)]}, after=4)
        assert done["S0"].rank == 1 and done["S8"].rank == s8_rank
    assert "S8" in {name for name, _ in board(table).finished}
    assert required_time(table, "S0", rank=2).opponent == "S1"


# --- API misuse is refused where it is made -------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda: SprintCut(size=-3),
        lambda: SprintCut(0),
        lambda: SprintCut(size=True),
        lambda: FinalQualification(size="8"),  # type: ignore[arg-type]
        lambda: FinalQualification(size=0),
        lambda: FinalQualification(long_index=-1),
        lambda: FinalQualification(fill="best-rank"),  # type: ignore[arg-type]
        lambda: Combination("x", (500, 3000, 1500, 5000), final=FinalQualification(long_index=10)),
        lambda: Combination("x", (500, 3000), final=FinalQualification(long_index=1)),
        lambda: Combination("x", (500,), final=SprintCut()),
        lambda: Combination("x", (500, 1000), final="top8"),  # type: ignore[arg-type]
        lambda: Combination("", (500, 1000)),
    ],
    ids=[
        "SprintCut(size=-3)",
        "SprintCut(0)",
        "SprintCut(size=True)",
        "FinalQualification(size='8')",
        "FinalQualification(size=0)",
        "FinalQualification(long_index=-1)",
        "FinalQualification(fill='best-rank')",
        "FinalQualification(long_index=10)",
        "long_index on the last distance",
        "restricted single distance",
        "final='top8'",
        "empty name",
    ],
)
def test_rule_misuse_is_an_invalid_rule_error(build: object) -> None:
    assert callable(build)
    with pytest.raises(InvalidRuleError):
        build()


def test_sprint_cut_size_minus_3_message_names_the_value() -> None:
    with pytest.raises(InvalidRuleError, match=r"size=-3 must be a whole number from 1"):
        SprintCut(size=-3)
    with pytest.raises(InvalidRuleError, match=r"long_index=10 must name a distance before"):
        Combination("x", (500, 3000, 1500, 5000), final=FinalQualification(long_index=10))


def test_standings_format_xx() -> None:
    table = classify(SPRINT, {"A": ["37.00"]})
    for call in (lambda: table.format("xx"), lambda: table.to_text_rows("xx")):  # type: ignore[arg-type]
        with pytest.raises(InvalidRuleError, match="unknown language 'xx'"):
            call()
    need = required_time(classify(SPRINT, {"A": ["37.00"], "B": ["37.10"]}), "B", beat="A")
    with pytest.raises(InvalidRuleError, match="unknown language 'de'"):
        need.explain("de")  # type: ignore[arg-type]
    with pytest.raises(InvalidRuleError, match="unknown language 'de'"):
        board(classify(SPRINT, {"A": ["37.00"]})).format("de")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", ["1.0", 1.0, 1, None, Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity")]
)
def test_format_gap_of_a_non_decimal(value: object) -> None:
    with pytest.raises(InvalidRuleError, match="is not a finite Decimal"):
        format_gap(value)  # type: ignore[arg-type]
    with pytest.raises(InvalidRuleError, match="is not a finite Decimal"):
        format_points(value)  # type: ignore[arg-type]


def test_format_gap_1e_plus_999999_and_bad_places() -> None:
    with pytest.raises(InvalidRuleError, match="out of range"):
        format_gap(Decimal("1E+999999"))
    with pytest.raises(InvalidRuleError, match="places=-1"):
        format_gap(Decimal("1.0"), places=-1)
    # rounding up is the default since issue 11: a positive gap below a hundredth shows 0.01
    assert format_gap(Decimal("1E-9999999")) == "0.01"
    assert format_gap(Decimal("1E-9999999"), rounding=ROUND_HALF_UP) == "0.00"


@pytest.mark.parametrize("nations", [{"A": 5}, {"A": None}, ["A"], {0: ""}])
def test_nations_a_5(nations: object) -> None:
    with pytest.raises(ResultsError, match="nation"):
        classify(SPRINT, {"A": ["37.00"]}, nations=nations)  # type: ignore[arg-type]


# --- gap_seconds: points values --------------------------------------------------------------


@pytest.mark.parametrize(
    "points, reference, distance",
    [
        ("sNaN", "2", 500),
        ("NaN", "2", 500),
        ("Infinity", "2", 500),
        ("1e-9999999", "1E+999999", 1000),
        ("1E+999990", "0", 1000),
        (Decimal("sNaN"), "2", 500),
        (Decimal("1E+999990"), "0", 1000),
        (Decimal("1E-9999999"), "0", 1000),
        ("1_0.5", "0", 500),
        ("５９５.１８９", "0", 500),
        ("٣٧.١٣", "0", 500),
        ("110.9805", "110.980", 500),
        ("1000000000", "0", 500),
        ("9" * 5000, "0", 500),
        (10**9, 0, 500),
        (1.5, "0", 500),
        (True, "0", 500),
        ("1", "2", 99999989),
        ("1", "2", 0),
    ],
)
def test_gap_seconds_refuses_at_once(points: object, reference: object, distance: int) -> None:
    start = time.perf_counter()
    with pytest.raises(SkatecalcError):
        gap_seconds(points, reference, distance)  # type: ignore[arg-type]
    assert time.perf_counter() - start < 0.5


def test_gap_seconds_accepts_points_as_published() -> None:
    assert gap_seconds("111.315", "110.980", 1000) == Decimal("0.67")
    assert gap_seconds("111,315", " 110.98 ", 1000) == Decimal("0.67")
    assert gap_seconds(Decimal("111.3150"), Decimal("110.98"), 1500) == Decimal("1.005")
    assert gap_seconds(111, "110.5", 500) == Decimal("0.50")
    assert gap_seconds("-0.335", "0", 1000) == Decimal("-0.67")


# --- bounded work: long distances, many distances ------------------------------------------


def test_name_500_99999989_is_refused_at_once() -> None:
    with pytest.raises(InvalidDistanceError, match="99999989 m is longer than the longest"):
        Combination("x", (500, 99999989))
    with pytest.raises(InvalidDistanceError):
        classify(SPRINT, {"A": ["37.00"]}).gap_seconds("A", distance=10**5000)
    with pytest.raises(InvalidDistanceError, match="is not a distance"):
        gap_seconds("1", "2", -(10**5000))


def test_longest_accepted_distance_answers_at_once() -> None:
    """The margin over an opponent's coming time is a closed form: no loop over the
    (here 2 x 10^4 hundredths long) period of the distance."""
    comb = Combination("x", (500, MAX_DISTANCE - 11))
    table = classify(comb, {"A": ["40.00"], "B": ["41.00"]})
    start = time.perf_counter()
    need = required_time(table, "B", beat="A")
    assert need.margin_range is not None and need.margin_depends_on_opponent
    assert time.perf_counter() - start < 0.5
    assert need.margin == need.margin_range[1]


def test_20000_distance_columns_classify_and_format() -> None:
    """20,000 distance columns complete and count every distance (the growth ratio over
    many distance columns is measured in benchmarks/bench_scaling.py, not timed here)."""
    k = 20_000
    comb = Combination("k", (500, 1000) * (k // 2))
    results = {"A": ["40.00", "1:20.00"] * (k // 2), "B": ["41.00", "1:21.00"] * (k // 2)}
    table = classify(comb, results)
    text = table.format()
    assert table.after == k and len(table[0].results) == k
    assert table["A"].rank == 1 and table["B"].rank == 2
    # 40.00 on the 500 m scores 40.000 and 1:20.00 on the 1000 m 40.000: 80.000 a pair
    assert table["A"].total_thousandths == 80_000 * (k // 2)
    assert "second 500" not in text and text.count("\n") >= 2


# --- messages that say what is wrong -------------------------------------------------------


def test_no_result_on_the_first_1000_m() -> None:
    with pytest.raises(ResultsError, match=r"no result on the first 1000 m \(distance 2\)"):
        classify(SPRINT, {"A": ["37.00", "1:14.00"], "B": ["37.00"]}, after=2)
    with pytest.raises(SkatecalcError, match=r"\(A, second 500 m\)"):
        classify(SPRINT, {"A": ["37.00", "1:14.00", "3x.00"]})
    assert SPRINT.distance_name(2) == "second 500 m"
    assert SPRINT.label(2) == "500 (2)"  # column labels unchanged


def test_empty_field_board_says_there_are_no_skaters() -> None:
    empty = board(classify(SPRINT, {}))
    assert "no skaters in the race" in str(empty) and "everyone has skated" not in str(empty)
    assert "geen schaatsers" in empty.format("nl")
    out = board(classify(SPRINT, {"A": ["DQ"]}))
    assert "no skaters in the race" in str(out)
    assert "no skaters: the table has no results" in str(classify(SPRINT, {}))


def test_board_shows_the_notes_of_a_later_distance() -> None:
    table = classify(SPRINT, {"A": ["37.00", "1:14.00"], "B": ["37.10", "1:14.10"]})
    b = board(table, distance=1000)
    assert b.notes and "note: the totals are those after 2 distances" in str(b)


# --- control characters do not reach the terminal ----------------------------------------


ANSI = "\x1b[2J\x1b[31mEvil\x1b[0m"


def test_names_with_ansi_escape_codes_are_shown_escaped() -> None:
    table = classify(
        SPRINT,
        {ANSI: ["37.00"], "Ireen Wüst": ["37.10"], "B\u202eC": ["37.20"]},
        nations={ANSI: "N\x07ED"},
    )
    assert table.names[0] == ANSI  # the data keeps the name as given
    for text in (str(table), table.format("nl")):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
        assert "\\x1b[2J\\x1b[31mEvil\\x1b[0m" in text and "Ireen Wüst" in text
        assert "B\\u202eC" in text
    b = board(table)
    assert "\x1b" not in str(b) and "\\x1b[31m" in str(b)
    need = required_time(table, "Ireen Wüst", beat=ANSI)
    assert "\x1b" not in str(need) and "\x1b" not in need.explain("nl")
    done = classify(SPRINT, {ANSI: ["37.00", "1:14.00"], "B": ["37.10"]}, after=1)
    assert "\x1b" not in str(board(done))  # the leader line


def test_printable_keeps_names_without_control_characters() -> None:
    for name in ("Femke Kok", "Ireen Wüst", "Dai Dai N'tab", "Ådne Søndrål", "李 佳轩"):
        assert printable(name) is name
    assert printable("a\tb\nc\x85d\u2028e\x7f") == "a\\tb\\nc\\x85d\\u2028e\\x7f"


# --- more API misuse found while fuzzing the core (issue 8) ------------------------------

HUGE = 10**5000  # an integer Python cannot print (more than 4,300 digits)
_R = {"A": ["37.00", "1:14.00"], "B": ["37.10", "1:14.50"], "C": ["37.20"]}


def test_rounding_half_up_as_text_is_refused_not_truncated() -> None:
    """``rounding="half-up"`` used to be accepted and silently truncated."""
    with pytest.raises(InvalidRuleError, match="is not a Rounding"):
        classify(SPRINT, _R, rounding="half-up")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"results": None},
        {"results": ["A"]},
        {"results": [("A",)]},
        {"results": "A,37.00"},
        {"results": _R, "tie_break": 5},
        {"comb": 5},
        {"comb": SPRINT, "results": _R, "after": HUGE},
        {"results": {"A": ["37.00"], "B": ["37.00"]}, "tie_break": lambda s: None},
        {"results": {"A": ["37.00"], "B": ["37.00"]}, "tie_break": lambda s: ["x"]},
    ],
    ids=[
        "results None",
        "results ['A']",
        "results [('A',)]",
        "results text",
        "tie_break 5",
        "combination 5",
        "after huge",
        "tie_break returns None",
        "tie_break returns text",
    ],
)
def test_classify_misuse_is_a_skatecalc_error(kwargs: dict[str, object]) -> None:
    args = {"comb": SPRINT, "results": _R, **kwargs}
    with pytest.raises(SkatecalcError):
        classify(args.pop("comb"), args.pop("results"), **args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda t: required_time({}, "B", beat="A"),  # type: ignore[arg-type]
        lambda t: board(None),  # type: ignore[arg-type]
        lambda t: required_time(t, 5, beat="A"),  # type: ignore[arg-type]
        lambda t: required_time(t, "C", beat=5),  # type: ignore[arg-type]
        lambda t: required_time(t, "C", rank=HUGE),
        lambda t: required_time(t, "C", beat="A", distance=HUGE),
        lambda t: board(t, podium=HUGE),
        lambda t: t[None],  # type: ignore[call-overload]  # t.get(5) is None (dict-like)
        lambda t: t[5.0],
        lambda t: t[99],
        lambda t: t[HUGE],
        lambda t: t.gap_points("A", to=5),
        lambda t: t.gap_seconds("A", distance=HUGE),
        lambda t: gap_seconds(HUGE, "0", 500),
        lambda t: SPRINT.label(99),
        lambda t: Combination("x", 500),  # type: ignore[arg-type]
        lambda t: Combination("x", (500, 1500), final=FinalQualification(long_index=HUGE)),
        lambda t: sc.combination(5),  # type: ignore[arg-type]
    ],
    ids=[
        "required_time of a dict",
        "board of None",
        "skater 5",
        "beat 5",
        "rank huge",
        "distance huge",
        "podium huge",
        "t[None]",
        "t[5.0]",
        "t[99]",
        "t[huge]",
        "gap_points to=5",
        "gap_seconds distance huge",
        "gap_seconds points huge",
        "label(99)",
        "Combination('x', 500)",
        "long_index huge",
        "combination(5)",
    ],
)
def test_table_and_goal_misuse_is_a_skatecalc_error(call: object) -> None:
    table = classify(SPRINT, _R, after=1)
    assert callable(call)
    with pytest.raises(SkatecalcError):
        call(table)
    with pytest.raises(IndexError):  # positions stay IndexErrors too
        table[99]
