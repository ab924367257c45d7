"""Bulk re-scoring (skatecalc.bulk) against its floor: a bare integer loop over the same data.

The floor parses each string with one regex, ``(?:(\\d+):)?(\\d+)\\.(\\d\\d)``, and computes
``h * 5000 // d`` (for totals: also adds it to a dict per skater and event). Target (issue 10):
100,000 entries in at most 10x the floor. Every round scores FRESH strings (new random times
made in the setup, outside the timing), so no cache or memo can flatter the figure. The
ratio is a median of paired rounds in one process (the floor and skatecalc on equal-sized
fresh inputs, alternately), asserted in every run, also the CI smoke run
(``--benchmark-disable``), and reported in ``extra_info``.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from collections.abc import Callable
from typing import Any

from skatecalc.bulk import points_many, totals

N = 100_000
TARGET = 10.0
PAIRED_ROUNDS = 3
_FLOOR = re.compile(r"(?:(\d+):)?(\d+)\.(\d\d)")
_seed = iter(range(10**9))


def fresh_times(n: int = N) -> list[str]:
    """``n`` new 1500 m times as text (``1:5x.yy``), different every call."""
    rnd = random.Random(next(_seed))
    return [f"1:{rnd.randrange(40, 60)}.{rnd.randrange(100):02d}" for _ in range(n)]


def fresh_rows(n: int = N) -> list[tuple[str, str, int, str]]:
    """``n`` new sprint rows: n / 4 skaters in 100 events, each with their four distances."""
    rnd = random.Random(next(_seed))
    rows = []
    for i in range(n // 4):
        name, event = f"Skater {i % 250}", f"Event {i // 250}"
        for d in (500, 1000, 500, 1000):
            t = (
                f"{rnd.randrange(36, 42)}.{rnd.randrange(100):02d}"
                if d == 500
                else f"1:{rnd.randrange(12, 22)}.{rnd.randrange(100):02d}"
            )
            rows.append((name, event, d, t))
    return rows


def floor_points(strings: list[str], distance: int) -> list[int]:
    out = []
    for s in strings:
        m = _FLOOR.match(s)
        assert m is not None
        h = int(m[1] or 0) * 6000 + int(m[2]) * 100 + int(m[3])
        out.append(h * 5000 // distance)
    return out


def floor_totals(rows: list[tuple[str, str, int, str]]) -> dict[tuple[str, str], int]:
    sums: dict[tuple[str, str], int] = {}
    for name, event, d, s in rows:
        m = _FLOOR.match(s)
        assert m is not None
        h = int(m[1] or 0) * 6000 + int(m[2]) * 100 + int(m[3])
        key = (event, name)
        sums[key] = sums.get(key, 0) + h * 5000 // d
    return sums


def paired_ratio(
    make: Callable[[], Any], floor: Callable[[Any], object], ours: Callable[[Any], object]
) -> tuple[float, float, float]:
    """Median seconds of the floor and of skatecalc on fresh inputs, and their ratio."""
    floors, mine = [], []
    for _ in range(PAIRED_ROUNDS):
        data = make()
        start = time.perf_counter()
        floor(data)
        floors.append(time.perf_counter() - start)
        data = make()
        start = time.perf_counter()
        ours(data)
        mine.append(time.perf_counter() - start)
    f, m = statistics.median(floors), statistics.median(mine)
    return f, m, m / f


def _report(benchmark: Any, floor: float, ours: float, ratio: float) -> None:
    benchmark.extra_info.update(
        {"floor_s": round(floor, 4), "skatecalc_s": round(ours, 4), "ratio": round(ratio, 2)}
    )
    print(f"\n{N:,} entries: floor {floor:.3f} s, skatecalc {ours:.3f} s, ratio {ratio:.2f}x")


def test_points_many_100k_fresh(benchmark: Any) -> None:
    result = benchmark.pedantic(
        lambda times: points_many(times, 1500),
        setup=lambda: ((fresh_times(),), {}),
        rounds=5,
        iterations=1,
    )
    assert len(result) == N
    check = fresh_times(1000)
    assert [int(p * 1000) for p in points_many(check, 1500) if p is not None] == floor_points(
        check, 1500
    )
    floor, ours, ratio = paired_ratio(
        fresh_times, lambda s: floor_points(s, 1500), lambda s: points_many(s, 1500)
    )
    _report(benchmark, floor, ours, ratio)
    assert ratio <= TARGET, f"points_many is {ratio:.1f}x the bare loop (target {TARGET}x)"


def test_totals_100k_fresh(benchmark: Any) -> None:
    result = benchmark.pedantic(
        lambda rows: totals(rows, "sprint"),
        setup=lambda: ((fresh_rows(),), {}),
        rounds=5,
        iterations=1,
    )
    assert len(result) == N // 4 and all(t.complete for t in result)
    check = fresh_rows(4000)
    assert {
        (t.event, t.name): int(t.points * 1000) for t in totals(check, "sprint") if t.points
    } == (floor_totals(check))
    floor, ours, ratio = paired_ratio(fresh_rows, floor_totals, lambda r: totals(r, "sprint"))
    _report(benchmark, floor, ours, ratio)
    assert ratio <= TARGET, f"totals is {ratio:.1f}x the bare loop (target {TARGET}x)"
