"""Required-time benchmarks: one ``required_time`` and the board for a 24-skater field.

Targets on the project machine: one required time ≤ 100 µs, the full board for 24 skaters
≤ 5 ms. The 24-skater field is synthetic (benchmarks measure speed, not facts): three
distances for everyone, the final 1000 m already skated by the lower half.
"""

from __future__ import annotations

from typing import Any

import skatecalc as sc

REQUIRED_TIME_BUDGET = 100e-6  # seconds, median
BOARD_BUDGET = 5e-3


def _median(benchmark: Any) -> Any:
    """The median in seconds (0 when benchmarks are disabled and nothing was timed)."""
    stats = getattr(benchmark, "stats", None)
    return stats.stats.median if stats is not None else 0


SEED = {
    "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    "Femke Kok": ["37.07", "1:14.35", "37.07"],
    "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
}


def _field() -> dict[str, list[str]]:
    field: dict[str, list[str]] = {}
    for i in range(24):
        results = [
            f"{37 + i // 8}.{(17 * i) % 100:02d}",
            f"1:{13 + i // 6:02d}.{(31 * i) % 100:02d}",
            f"{37 + i // 7}.{(23 * i + 7) % 100:02d}",
        ]
        if i >= 12:  # the lower half has skated the final 1000 m
            results.append(f"1:{14 + i // 6:02d}.{(13 * i + 3) % 100:02d}")
        field[f"Skater {i:02d}"] = results
    return field


def test_required_time_margin(benchmark: Any) -> None:
    table = sc.classify(sc.SPRINT, SEED)

    def margin() -> Any:  # the margin is worked out on access: time both
        return sc.required_time(table, "Femke Kok", beat="Miho Takagi").margin

    assert str(benchmark(margin)) == "0.68"
    assert _median(benchmark) <= REQUIRED_TIME_BUDGET


def test_required_time_known(benchmark: Any) -> None:
    table = sc.classify(sc.SPRINT, SEED)
    need = benchmark(
        sc.required_time, table, "Femke Kok", beat="Miho Takagi", opponent_time="1:13.13"
    )
    assert str(need.time) == "1:12.45"
    assert _median(benchmark) <= REQUIRED_TIME_BUDGET


def test_required_time_rank_24(benchmark: Any) -> None:
    table = sc.classify(sc.SPRINT, _field(), after=3)
    need = benchmark(sc.required_time, table, "Skater 00", rank=3)
    assert need.time is not None
    assert _median(benchmark) <= REQUIRED_TIME_BUDGET


def test_board_24(benchmark: Any) -> None:
    table = sc.classify(sc.SPRINT, _field(), after=3)
    result = benchmark(sc.board, table)
    assert len(result.lines) == 12 and len(result.finished) == 12
    assert _median(benchmark) <= BOARD_BUDGET


def test_board_24_formatted(benchmark: Any) -> None:
    table = sc.classify(sc.SPRINT, _field(), after=3)
    text = benchmark(lambda: str(sc.board(table)))
    assert text.count("\n") == 12 + 3  # title, finished, header, 12 lines, footer
    assert _median(benchmark) <= BOARD_BUDGET


def test_required_time_every_pending_24(benchmark: Any) -> None:
    """Every skater still to skate asks for rank 1, on a fresh table per round (the race
    state is worked out once per table: the figure includes working it out)."""

    def setup() -> tuple[tuple[sc.Standings], dict[str, Any]]:
        return (sc.classify(sc.SPRINT, _field(), after=3),), {}

    def every(table: sc.Standings) -> list[Any]:
        return [sc.required_time(table, f"Skater {i:02d}", rank=1) for i in range(12)]

    needs = benchmark.pedantic(every, setup=setup, rounds=20)
    assert len(needs) == 12 and all(n.time is not None for n in needs)
