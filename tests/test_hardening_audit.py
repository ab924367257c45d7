"""Regression tests for the gaps an audit of issue 8 found after it was implemented: each
test is named after the input that escaped the contract or was read wrongly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import skatecalc as sc
from skatecalc import bulk, olympic, worldcup
from skatecalc.cli import main
from skatecalc.errors import LimitError
from skatecalc.io import listing
from skatecalc.io.olympic import parse_trials_toml
from skatecalc.limits import MAX_LINE_CHARS
from skatecalc.notation import format_ordinal
from skatecalc.olympic import quota
from skatecalc.worldcup.tiebreak import Tally

EXAMPLES = Path(sc.__file__).parent / "data" / "examples"
SLC = (EXAMPLES / "wc2025-26-1-salt-lake-city.txt").read_text("utf-8")
HUGE = 10**4301 - 1  # str() refuses an integer of more than 4,300 digits


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    out = capsys.readouterr()
    return status, out.out, out.err


# --- command-line whole numbers: ASCII digits only -----------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["standings", "--example", "wsc2024-women", "--after", "٣"],
        ["need", "--example", "wsc2024-women", "Femke Kok", "--rank", "1_0"],
        [
            "need",
            "--example",
            "wsc2024-women",
            "Femke Kok",
            "--beat",
            "Miho Takagi",
            "--distance",
            "١٠٠٠",
        ],
        ["board", "--example", "wsc2024-women", "--podium", "٣"],
        ["board", "--example", "wsc2024-women", "--podium", "9" * 5000],
        ["olympic", "quota", "--games", "２０２６"],
        ["olympic", "select", "--example", "okt2021", "--order", "NED-2022-men", "--tickets", "٩"],
        ["worldcup", "outlook", "--example", "wc2017-18-men-500", "--remaining", "٢"],
    ],
    ids=[
        "after-3-arabic",
        "rank-1_0",
        "distance-1000-arabic",
        "podium-3-arabic",
        "podium-5000-nines",
        "games-2026-fullwidth",
        "tickets-9-arabic",
        "remaining-2-arabic",
    ],
)
def test_cli_option_in_non_ascii_digits_or_underscores_is_refused(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(argv, capsys)
    assert status == 2 and out == ""
    assert "is not a whole number" in err.splitlines()[-1]
    assert "Traceback" not in err


def test_cli_option_negative_number_still_reaches_the_domain_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = _run(
        ["need", "--example", "wsc2024-women", "Femke Kok", "--rank", "-1"], capsys
    )
    assert status == 1 and "rank=-1 must be a whole number from 1" in err


# --- public entry points given huge integers or the wrong type -------------------------------


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


# --- official results listings ---------------------------------------------------------------


def test_listing_place_1_twice_with_different_times_is_refused() -> None:
    """Two lines at place 1 with 3:53.69 and 3:56.53 would both score the winner's points."""
    text = SLC.replace("2     Valerie", "1     Valerie", 1)
    with pytest.raises(
        sc.FileFormatError,
        match=r"Valerie Maltais shares place 1 with Joy Beune above, but their times differ",
    ) as e:
        listing.parse_listing(text, "slc.txt")
    assert e.value.where == "line 9 of slc.txt"


def test_listing_shared_place_with_the_same_time_is_still_read() -> None:
    rows = SLC.splitlines()
    i = next(n for n, r in enumerate(rows) if r.startswith("2     Valerie Maltais"))
    rows[i] = rows[i].replace("3:56.53   +2.840", "3:53.69   +0.000").replace("2     ", "1     ", 1)
    race = listing.parse_listing("\n".join(rows), "slc.txt").races[0]
    assert [e.place for e in race.entries[:3]] == [1, 1, 3]


def test_listing_event_number_in_arabic_indic_digits_is_not_read_as_1() -> None:
    event = listing.parse_listing(SLC.replace("1. World Cup", "١. World Cup", 1), "slc.txt")
    assert event.number is None


def test_listing_line_of_5000_digits_is_shortened_in_the_message() -> None:
    text = SLC.replace("3:53.69", "9" * 5000, 1)
    with pytest.raises(sc.FileFormatError) as e:
        listing.parse_listing(text, "slc.txt")
    assert len(str(e.value)) < 400 and "characters)" in str(e.value)


def test_listing_line_beyond_the_line_bound_is_a_limit_error() -> None:
    text = SLC + "x" * (MAX_LINE_CHARS + 1) + "\n"
    with pytest.raises(LimitError, match="line longer than 100,000 characters") as e:
        listing.parse_listing(text, "slc.txt")
    assert e.value.where == f"line {len(SLC.splitlines()) + 1} of slc.txt"


def test_trial_toml_line_beyond_the_line_bound_is_a_limit_error() -> None:
    text = '[men]\n"500" = ["' + "A" * (MAX_LINE_CHARS + 1) + '"]\n'
    with pytest.raises(LimitError, match="line longer than") as e:
        parse_trials_toml(text, "okt.toml")
    assert e.value.where == "line 2 of okt.toml"


# --- names that classify() takes as one skater are refused by the readers, with the line ---


def test_results_csv_ann_and_capital_ann_is_a_duplicate_with_the_line() -> None:
    from skatecalc.io.results import parse_results_csv

    with pytest.raises(sc.DuplicateError, match=r"first as 'ann' on line 2") as e:
        parse_results_csv("name,500\nann,40.00\nAnn,41.00\n", "case.csv")
    assert e.value.where == "line 3 of case.csv"
    # the first spelling is shown after the identity rule (skatecalc.names): spaces folded
    with pytest.raises(sc.DuplicateError, match=r"first as 'Ann B' on line 2"):
        parse_results_csv("name,500\nAnn  B,40.00\nann b,41.00\n", "case.csv")


def test_results_json_ann_and_capital_ann_is_a_duplicate_with_the_path() -> None:
    from skatecalc.io.results import parse_results_json

    text = (
        '{"combination": "sprint", "skaters": [{"name": "ann", "results": ["40.00"]},'
        ' {"name": "Ann", "results": ["41.00"]}]}'
    )
    with pytest.raises(sc.DuplicateError, match=r"first as 'ann' in skaters\[0\]") as e:
        parse_results_json(text, "case.json")
    assert e.value.where == "skaters[1] of case.json"


def test_quota_event_times_places_10_to_the_4301_is_a_quota_error() -> None:
    """Found by the fuzz profile (test_fuzz_api.py::test_quota_event) at 1,500 examples."""
    with pytest.raises(quota.QuotaError, match="and at most 1000"):
        quota.QuotaEvent("men", "500", 0, 0, HUGE, None, "verified")
    with pytest.raises(
        quota.QuotaError, match="reserve must be a whole number of at least 0 and at most 1000"
    ):
        quota.allocate(quota.QuotaEvent("men", "500", 2, 2, 0, 2), [], reserve=HUGE)
