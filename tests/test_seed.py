"""Reproduce every published figure in the seed data (tests/data/seed, copies of
../shared/data): totals, points and gaps, exactly."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

import skatecalc as sc
from skatecalc.io.results import load_results

from .conftest import SHARED_DATA

SEED = Path(__file__).parent / "data" / "seed"


def _rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (SEED / name).read_text("utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="no ../shared/data beside the checkout")
@pytest.mark.parametrize(
    "name", sorted(p.relative_to(SEED).as_posix() for p in SEED.rglob("*") if p.is_file())
)
def test_seed_copies_match_shared_data(name: str) -> None:
    assert (SEED / name).read_bytes() == (SHARED_DATA / name).read_bytes()


def test_wsc2024_totals_from_times() -> None:
    rows = _rows("wsc2024-women.csv")
    table = sc.classify(sc.SPRINT, {r["name"]: [r["500_1"], r["1000_1"], r["500_2"]] for r in rows})
    assert len(rows) == 3
    for r in rows:
        assert table[r["name"]].points == Decimal(r["points_after_3"])
    assert table.names == ("Miho Takagi", "Femke Kok", "Jutta Leerdam")
    assert table.gap_seconds("Femke Kok") == Decimal("0.67")
    assert table.gap_seconds("Jutta Leerdam") == Decimal("1.71")


def test_wsc2024_file_reads_with_the_extra_column_reported() -> None:
    loaded = load_results(SEED / "wsc2024-women.csv")
    assert loaded.combination is sc.SPRINT
    assert loaded.warnings == ("column 'points_after_3' ignored (line 3 of wsc2024-women.csv)",)
    table = loaded.classify()
    assert [str(s.points) for s in table] == ["110.980", "111.315", "111.835"]


@pytest.mark.parametrize("row", _rows("wsc2024-women-after3.csv"), ids=lambda r: r["name"])
def test_wsc2024_published_gaps_from_points(row: dict[str, str]) -> None:
    leader = "110.980"
    expected = Decimal(row["gap_1000"]) if row["gap_1000"] else Decimal("0.00")
    assert sc.gap_seconds(row["points"], leader, 1000) == expected


def test_wsc2024_published_ranks_are_by_points() -> None:
    rows = _rows("wsc2024-women-after3.csv")
    assert [int(r["rank"]) for r in rows] == sorted(
        range(1, len(rows) + 1), key=lambda i: Decimal(rows[i - 1]["points"])
    )


@pytest.mark.parametrize("row", _rows("samalog-totals.csv"), ids=lambda r: r["name"])
def test_samalog_totals(row: dict[str, str]) -> None:
    times = [row["time_1"], row["time_2"], row["time_3"], row["time_4"]]
    name = row["combination"]
    if name.startswith("custom "):
        comb = sc.Combination("custom", tuple(int(d) for d in name.split()[1].split("/")))
    else:
        comb = sc.combination(name)
    table = sc.classify(comb, {row["name"]: times})
    assert table[0].points == Decimal(row["total"])
    assert table[0].points == sum(
        (sc.points(t, d) for t, d in zip(times, comb.distances, strict=True)), Decimal(0)
    )


def test_davis_1500_is_truncated() -> None:
    # the seed file's own note: 1:42.68 -> 34.226 (rounding would break the 145.742 total)
    davis = sc.classify(
        sc.ALLROUND_MEN, {"Shani Davis": ["35.17", "6:10.49", "1:42.68", "13:05.94"]}
    )
    assert davis[0].distance_points[2] == Decimal("34.226")
    assert davis[0].points == Decimal("145.742")
    rounded = sc.classify(
        sc.ALLROUND_MEN,
        {"Shani Davis": ["35.17", "6:10.49", "1:42.68", "13:05.94"]},
        rounding=sc.Rounding.HALF_UP,
    )
    assert rounded[0].points != Decimal("145.742")
