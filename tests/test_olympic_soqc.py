"""The SOQC computed (skatecalc.olympic.soqc, skatecalc.io.worldcup): properties of the blocks
and the caps, the order of equal points, the two shipped listings."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import pytest
from hypothesis import given

from skatecalc.errors import QuotaError, ResultsError
from skatecalc.io import read_listing
from skatecalc.io.worldcup import soqc_of_events, soqc_results
from skatecalc.olympic import QualifierResult, SoqcResult, allocate, quota_rules, soqc
from skatecalc.tabular import check_rows

from .strategies import soqc_results as soqc_fields
from .test_cli_soqc import KEYS

RULES = quota_rules(2026)
W500 = RULES.event("women", "500")
EXAMPLES = (
    "skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt",
    "skatecalc/data/examples/wc2025-26-2-calgary.txt",
)


def _women_500(results: list[SoqcResult]) -> list:
    return list(soqc(results, RULES, events=[("women", "500")]))


@given(soqc_fields())
def test_points_block_ranks_are_unique_and_contiguous(results: list[SoqcResult]) -> None:
    rows = _women_500(results)
    ranks = [r.quota_rank for r in rows if r.block in ("points", "times") and r.quota_rank]
    assert ranks == list(range(1, len(ranks) + 1))
    reserve = [r.quota_rank for r in rows if r.block == "reserve"]
    assert reserve == [f"R{i}" for i in range(1, len(reserve) + 1)]
    assert len(reserve) <= RULES.reserve


@given(soqc_fields())
def test_no_nation_above_its_cap_among_ranked(results: list[SoqcResult]) -> None:
    count: dict[str, int] = {}
    for r in _women_500(results):
        if isinstance(r.quota_rank, int):
            count[r.nation] = count.get(r.nation, 0) + 1
        elif r.quota_rank is None:  # listed without a rank: the nation is at its maximum
            assert count.get(r.nation, 0) == W500.max_per_noc
    assert all(n <= W500.max_per_noc for n in count.values())


@given(soqc_fields())
def test_points_do_not_increase_down_the_points_block(results: list[SoqcResult]) -> None:
    points = [r.points for r in _women_500(results) if r.block == "points"]
    assert points == sorted(points, reverse=True)
    assert all(p > 0 for p in points)


@given(soqc_fields())
def test_soqc_output_allocates_to_its_own_ranks(results: list[SoqcResult]) -> None:
    """Output -> quota input roundtrip: allocating from the SOQC's rows (in its order) gives
    exactly its ranked rows, and its reserve list."""
    rows = _women_500(results)
    given_rows = [QualifierResult(r.name, r.nation, r.points, r.time) for r in rows]
    alloc = allocate(W500, given_rows, reserve=RULES.reserve, keep_order=True)
    assert [p.name for p in alloc.places] == [r.name for r in rows if isinstance(r.quota_rank, int)]
    assert [p.name for p in alloc.reserve] == [r.name for r in rows if r.block == "reserve"]


@given(soqc_fields())
def test_number_within_nation_counts_the_listed_rows(results: list[SoqcResult]) -> None:
    seen: dict[str, int] = {}
    for r in _women_500(results):
        seen[r.nation] = seen.get(r.nation, 0) + 1
        assert r.no == seen[r.nation]


def _result(name: str, nation: str, points: int, place: int, time: str) -> SoqcResult:
    return SoqcResult(
        "women",
        "500",
        name,
        nation,
        points,
        place,
        "A",
        time,
        "Oval",
        datetime.date(2025, 11, 15),
        "WC1",
    )


def test_equal_points_are_ordered_by_the_ties_parameter() -> None:
    # B has a race win, A the better time: countback puts B first, time puts A first
    results = [
        _result("A", "NED", 60, 2, "37.00"),
        _result("A", "NED", 40, 4, "37.50"),
        _result("B", "JPN", 100, 1, "37.40"),
    ]
    countback = soqc(results, RULES, events=[("women", "500")])
    by_time = soqc(results, RULES, events=[("women", "500")], ties="time")
    assert [r.name for r in countback] == ["B", "A"]
    assert [r.name for r in by_time] == ["A", "B"]
    assert "ordered by countback (unverified)" in countback.ties[0]


def test_unknown_ties_rule_is_refused() -> None:
    with pytest.raises(QuotaError, match="'coin'"):
        soqc([], RULES, ties="coin")


def test_long_distances_rank_on_the_long_distance_cup() -> None:
    """Men's 10000 m: the points of the 5000 m races count; the time is the 10000 m's only."""
    r = SoqcResult(
        "men", "5000", "X", "NED", 60, 1, "A", "6:05.00", "Oval", datetime.date(2025, 11, 14), "WC1"
    )
    rows = list(soqc([r], RULES, events=[("men", "10000"), ("men", "5000")]))
    assert [(x.event, x.quota_rank, x.points, str(x.time)) for x in rows] == [
        ("10000", 1, 60, "None"),
        ("5000", 1, 60, "6:05.00"),
    ]


def test_shipped_listings_women_500_points_block() -> None:
    events = [read_listing(p) for p in EXAMPLES]
    s = soqc_of_events(events, 2026, events=[("women", "500")])
    check_rows(s.to_rows())
    s.check()  # the declared columns
    top = [(r.quota_rank, r.nation, r.no, r.name, r.points) for r in s[:6]]
    assert top == [
        (1, "NED", 1, "Femke Kok", 240),
        (2, "USA", 1, "Erin Jackson", 192),
        (3, "NED", 2, "Marrit Fledderus", 167),
        (4, "NED", 3, "Jutta Leerdam", 165),
        (5, "KOR", 1, "Na-Hyeon Lee", 154),
        (None, "NED", 4, "Anna Boersma", 151),
    ]
    first = s[0]
    assert (str(first.time), first.venue, first.date, first.competition) == (
        "36.09",
        "Utah Olympic Oval (USA)",
        datetime.date(2025, 11, 16),
        "WC1",
    )
    assert [r.block for r in s].count("reserve") == 8
    assert list(s.to_rows()[0]) == KEYS


def test_shipped_listings_men_team_pursuit_by_nation() -> None:
    events = [read_listing(p) for p in EXAMPLES]
    s = soqc_of_events(events, 2026, events=[("men", "TP")])
    assert [(r.quota_rank, r.name, r.points) for r in s[:3]] == [
        (1, "USA", 120),
        (2, "FRA", 97),
        (3, "NOR", 88),
    ]
    assert [r.block for r in s].count("points") == 6


def test_listing_of_another_season_is_refused(tmp_path: Path) -> None:
    text = Path(EXAMPLES[0]).read_text(encoding="utf-8").replace("2025/2026", "2024/2025")
    path = tmp_path / "wc.txt"
    path.write_text(text.replace(".2025", ".2024"), encoding="utf-8")
    with pytest.raises(ResultsError, match="World Cups 1-4 of 2025/26"):
        soqc_results([read_listing(path)], 2026)


def test_world_cup_5_is_refused(tmp_path: Path) -> None:
    text = Path(EXAMPLES[0]).read_text(encoding="utf-8").replace("1. World Cup", "5. World Cup")
    path = tmp_path / "wc5.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResultsError, match="World Cup 5"):
        soqc_results([read_listing(path)], 2026)


@given(soqc_fields())
def test_every_equal_points_order_is_reported(results: list[SoqcResult]) -> None:
    s = soqc(results, RULES, events=[("women", "500")])
    block = [r for r in s if r.block == "points"]
    pairs = sum(1 for a, b in itertools.pairwise(block) if a.points == b.points)
    assert len(s.ties) == pairs
    assert all("(unverified)" in t for t in s.ties)
