"""Resource bounds and hostile values: huge integers, long and many distances, the
shared whole-number reader (`skatecalc.limits`, `skatecalc._fields`)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

import skatecalc as sc
from skatecalc import (
    SPRINT,
    Combination,
    InvalidDistanceError,
    SkatecalcError,
    bulk,
    classify,
    limits,
    olympic,
    required_time,
    worldcup,
)
from skatecalc._fields import MAX_DIGITS, whole_number
from skatecalc.championship.combinations import MAX_DISTANCE
from skatecalc.championship.standings import gap_seconds
from skatecalc.io import csvfile, listing
from skatecalc.io.csvfile import read_csv_text
from skatecalc.io.results import parse_results_csv
from skatecalc.limits import shown
from skatecalc.notation import format_ordinal
from skatecalc.olympic import quota
from skatecalc.worldcup.standings import Tally

# --- public entry points given huge integers or the wrong type --------------------------


EXAMPLES = Path(sc.__file__).parent / "data" / "examples"


HUGE = 10**4301 - 1  # str() refuses an integer of more than 4,300 digits


def _cup() -> worldcup.Cup:
    cup = worldcup.Cup(worldcup.rules("2017/18"))
    cup.add_race("HVN1", ["Ann", "Bea", "Cor"])
    return cup


@pytest.mark.parametrize(
    "call",
    [
        lambda: _cup().standings()[HUGE],
        lambda: worldcup.normalise_gender(HUGE),
        lambda: format_ordinal(HUGE),
        lambda: format_ordinal(b""),
        lambda: format_ordinal(sc.RaceTime.parse("1.00")),
        lambda: worldcup.countback(None),  # type: ignore[arg-type]
        lambda: Tally("Ann", 0, 0, (None,)),  # type: ignore[arg-type]
        lambda: worldcup.rank_mass_start(worldcup.rules("2017/18"), [HUGE]),  # type: ignore[list-item]
        lambda: quota.count_athletes([], HUGE),  # type: ignore[arg-type]
        lambda: quota.count_athletes(None, "men"),  # type: ignore[arg-type]
        lambda: quota.count_athletes(["women 500"], "women"),  # type: ignore[list-item]
        lambda: quota.allocate_games(quota.quota_rules(2026), None),  # type: ignore[arg-type]
        lambda: bulk.totals([["Ann", "40.00"]], [HUGE]),
        lambda: olympic.rank_distance(HUGE, {"Ann": "sNaN"}),
        lambda: sc.Cut(after=HUGE),
        lambda: sc.Cut(after=1, size=HUGE),
        lambda: sc.FinalQualification(size=HUGE),
        lambda: sc.last_distance_time(None),  # type: ignore[arg-type]
        lambda: listing.parse_diff(None),  # type: ignore[arg-type]
        lambda: listing.parse_diff(b"+1.352"),  # type: ignore[arg-type]
        lambda: listing.distance_label(HUGE),
        lambda: listing.format_listing(None),  # type: ignore[arg-type]
        lambda: listing.championship_results(None),  # type: ignore[arg-type]
        lambda: listing.trials_results(None, "men"),  # type: ignore[arg-type]
        lambda: listing.worldcup_cup(None, 500, "men"),  # type: ignore[arg-type]
        lambda: listing.worldcup_cup([HUGE], 500, "men"),  # type: ignore[list-item]
        lambda: listing.worldcup_cup(
            [listing.read_listing(EXAMPLES / "wc2025-26-1-salt-lake-city.txt")],
            500,
            "men",
            division=5,  # type: ignore[arg-type]
        ),
    ],
    ids=[
        "cup-standings-index-10**4301",
        "normalise_gender-10**4301",
        "ordinal-10**4301",
        "ordinal-bytes",
        "ordinal-racetime",
        "countback-None",
        "tally-results-None",
        "rank_mass_start-finish-10**4301",
        "count_athletes-gender-10**4301",
        "count_athletes-None",
        "count_athletes-text",
        "allocate_games-None",
        "totals-distances-10**4301",
        "rank_distance-10**4301-sNaN",
        "cut-after-10**4301",
        "cut-size-10**4301",
        "final-size-10**4301",
        "last_distance_time-None",
        "parse_diff-None",
        "parse_diff-bytes",
        "distance_label-10**4301",
        "format_listing-None",
        "championship_results-None",
        "trials_results-None",
        "worldcup_cup-None",
        "worldcup_cup-list-of-10**4301",
        "worldcup_cup-division-5",
    ],
)
def test_entry_point_misuse_is_a_skatecalc_error(call: Any) -> None:
    with pytest.raises(sc.SkatecalcError) as info:
        call()
    assert str(info.value) and len(str(info.value)) < 500


# --- bounded work: long distances, many distances ---------------------------------------


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


# --- the shared whole-number reader -----------------------------------------------------


@pytest.mark.parametrize("text", ["²", "５", "٣", "1_0", "+5", "-5", "5.0", " ", "", "1e3"])
def test_whole_number_refuses_non_ascii_digits(text: str) -> None:
    with pytest.raises(SkatecalcError, match="distance"):
        whole_number(text, "distance")


def test_whole_number_of_5000_digits_is_refused_quickly() -> None:
    with pytest.raises(SkatecalcError, match=f"more than {MAX_DIGITS} digits"):
        whole_number("9" * 5000, "place")


def test_shown_keeps_a_message_on_one_short_line() -> None:
    assert len(shown("9" * 5000)) < 80
    assert shown("x") == "'x'"


# --- resource bounds --------------------------------------------------------------------


def test_cell_of_20000_characters_hits_the_cell_bound() -> None:
    with pytest.raises(sc.LimitError, match=r"10,000.*line 2 of big\.csv"):
        parse_results_csv("name,500\nA," + "1" * 20_000 + "\n", "big.csv")


def test_quoted_cell_of_140000_characters_over_many_lines_hits_the_cell_bound() -> None:
    with pytest.raises(sc.LimitError, match=r"longest cell.*line 2"):
        read_csv_text('name,500\nA,"' + "1\n" * 70_000 + '"\n', "big.csv")


def test_line_of_200000_characters_hits_the_line_bound() -> None:
    with pytest.raises(sc.LimitError, match=r"line longer than 100,000.*line 2 of big\.csv"):
        read_csv_text("name,500\n" + "a" * 200_000 + "\n", "big.csv")


def test_header_of_1001_columns_hits_the_column_bound() -> None:
    with pytest.raises(sc.LimitError, match=r"1,001 columns: at most 1,000"):
        read_csv_text(",".join(["500"] * 1001) + "\n", "wide.csv")


def test_more_rows_than_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvfile, "MAX_ROWS", 3)
    read_csv_text("name,500\nA,1\nB,2\nC,3\n")
    with pytest.raises(sc.LimitError, match=r"more than 3 data rows.*line 5"):
        read_csv_text("name,500\nA,1\nB,2\nC,3\nD,4\n")


def test_bounds_are_generous() -> None:
    assert limits.MAX_ROWS >= 10**6
    assert limits.MAX_RACE_TIME_THOUSANDTHS == 86_400_000
    assert limits.MAX_JSON_DEPTH >= 32 and limits.MAX_CELL_CHARS >= 1000


def test_20000_rows_are_read() -> None:
    rows = "".join(f"Skater {i},NED,37.{i % 90 + 10},1:14.{i % 90 + 10}\n" for i in range(20_000))
    f = parse_results_csv("name,nation,500,1000\n" + rows, "many.csv")
    assert len(f.results) == 20_000
