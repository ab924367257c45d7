"""Core benchmarks: parsing a time, points, a 24 × 4 classification, importing skatecalc.

Targets on the project machine: parse ≤ 5 µs, points ≤ 2 µs, classify 24 × 4 ≤ 1 ms,
import ≤ 100 ms. The field is synthetic (benchmarks measure speed, not facts).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import skatecalc as sc

FIELD = {
    f"Skater {i:02d}": [
        f"{34 + i // 10}.{(17 * i) % 100:02d}",
        f"1:{8 + i // 8:02d}.{(31 * i) % 100:02d}",
        f"{34 + i // 9}.{(23 * i + 7) % 100:02d}",
        f"1:{8 + i // 7:02d}.{(13 * i + 3) % 100:02d}",
    ]
    for i in range(24)
}


def test_parse_time(benchmark: Any) -> None:
    result = benchmark(sc.RaceTime.parse, "1:46.38")
    assert result.thousandths == 106380


def test_parse_time_dutch(benchmark: Any) -> None:
    result = benchmark(sc.RaceTime.parse, "1.46,38")
    assert result.thousandths == 106380


def test_points(benchmark: Any) -> None:
    t = sc.RaceTime.parse("1:42.68")
    assert benchmark(sc.points, t, 1500) == sc.points("1:42.68", 1500)


def test_classify_24_by_4_from_strings(benchmark: Any) -> None:
    table = benchmark(sc.classify, sc.SPRINT, FIELD)
    assert len(table) == 24 and table.after == 4


def test_import_skatecalc(benchmark: Any) -> None:
    """A fresh interpreter importing skatecalc, minus the interpreter's own start-up."""

    def run(code: str) -> None:
        subprocess.run([sys.executable, "-c", code], check=True)

    benchmark.pedantic(run, args=("import skatecalc",), rounds=10, iterations=1)
