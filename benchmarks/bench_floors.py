r"""The floors, as pytest-benchmark benchmarks, so that every timing of a
``--benchmark-only`` session can be read as a ratio against a floor measured in the same
session (docs/performance.md divides the medians).

* ``bare loop 24 × 4``: :func:`benchmarks.bench_core.bare_classify`, the floor of
  ``classify``: the 96 strings of the 24-skater sprint field parsed with one regex
  (``(?:(\d+):)?(\d+)\.(\d\d)``), ``h*5000//d`` summed per skater, sorted;
* ``bare loop 24 × 4, integers``: the same sums and sort from hundredths already parsed
  (no regex), the floor of work that starts from ``RaceTime`` values.
"""

from __future__ import annotations

from typing import Any

from benchmarks.bench_core import DISTANCES, FIELD, bare_classify, bare_parse

_HUNDREDTHS = bare_parse()
_NAMES = list(FIELD)


def bare_integer_loop() -> list[tuple[int, str]]:
    """``h*5000//d`` summed per skater and sorted, from integers (no parsing)."""
    totals = []
    values = iter(_HUNDREDTHS)
    for name in _NAMES:
        total = 0
        for distance in DISTANCES:
            total += next(values) * 5000 // distance
        totals.append((total, name))
    totals.sort()
    return totals


def test_floor_bare_loop_24_by_4(benchmark: Any) -> None:
    assert benchmark(bare_classify) == bare_integer_loop()


def test_floor_bare_integer_loop_24_by_4(benchmark: Any) -> None:
    assert benchmark(bare_integer_loop) == bare_classify()
