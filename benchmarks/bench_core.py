r"""Core benchmarks: parsing a time, points, a 24 × 4 classification, importing skatecalc,
and the floors they are measured against (issue 10).

Absolute targets on the project machine: parse ≤ 5 µs, points ≤ 2 µs, classify 24 × 4
≤ 1 ms, import ≤ 100 ms. The ratio tests time themselves in one process against a bare
floor (one regex ``(?:(\d+):)?(\d+)\.(\d\d)``, integers ``h*5000//d``, a sort), so they
run the same way with ``--benchmark-only`` and ``--benchmark-disable``; ``-s`` prints
every ratio. Asserted: ``RaceTime.parse`` of the 96 strings ≤ 3× the bare regex loop;
``classify`` 24 × 4 from strings ≤ 4× the bare loop that parses, sums and sorts, and ≤ 2×
that loop when given ``RaceTime`` values; ``str(table)`` ≤ 2× ``classify`` itself. On a
shared machine a ratio over its target is measured once more and the lower figure counts.
The field is synthetic (benchmarks measure speed, not facts).
"""

from __future__ import annotations

import csv
import gc
import io
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
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
DISTANCES = (500, 1000, 500, 1000)
STRINGS = [text for results in FIELD.values() for text in results]
_BARE = re.compile(r"(?:(\d+):)?(\d+)\.(\d\d)")


def bare_parse() -> list[int]:
    """The floor for parsing: the 96 strings to hundredths with one regex."""
    match = _BARE.fullmatch
    out = []
    for text in STRINGS:
        m = match(text)
        assert m is not None
        minutes, seconds, hundredths = m.groups()
        out.append(((int(minutes) * 60 if minutes else 0) + int(seconds)) * 100 + int(hundredths))
    return out


def bare_classify() -> list[tuple[int, str]]:
    """The floor for classify: parse with one regex, sum ``h*5000//d`` per skater, sort."""
    match = _BARE.fullmatch
    totals = []
    for name, results in FIELD.items():
        total = 0
        for text, distance in zip(results, DISTANCES, strict=True):
            m = match(text)
            assert m is not None
            minutes, seconds, hundredths = m.groups()
            h = ((int(minutes) * 60 if minutes else 0) + int(seconds)) * 100 + int(hundredths)
            total += h * 5000 // distance
        totals.append((total, name))
    totals.sort()
    return totals


def ratio(what: str, run: Callable[[], object], floor: Callable[[], object]) -> float:
    """Median over paired rounds of time(run) / time(floor), printed."""

    def seconds(f: Callable[[], object], loops: int = 200) -> float:
        start = time.perf_counter()
        for _ in range(loops):
            f()
        return time.perf_counter() - start

    gc.collect()
    figure = statistics.median(seconds(run) / seconds(floor) for _ in range(15))
    print(f"{what}: {figure:.2f}x the floor")
    return figure


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


def test_parse_96_strings_ratio() -> None:
    """RaceTime.parse of the 96 strings ≤ 3× the bare regex loop (issue 10)."""
    parsed = [sc.RaceTime.parse(text).hundredths for text in STRINGS]
    assert parsed == bare_parse()
    figure = ratio(
        "RaceTime.parse x96", lambda: [sc.RaceTime.parse(t) for t in STRINGS], bare_parse
    )
    if figure > 3:  # a shared machine: measure once more, the lower figure counts
        figure = min(
            figure,
            ratio(
                "RaceTime.parse x96 (again)",
                lambda: [sc.RaceTime.parse(t) for t in STRINGS],
                bare_parse,
            ),
        )
    assert figure <= 3


def test_parse_result_96_strings_ratio() -> None:
    """parse_result (what classify calls) of the 96 strings, against the same floor."""
    from skatecalc.time import parse_result

    figure = ratio("parse_result x96", lambda: [parse_result(t) for t in STRINGS], bare_parse)
    if figure > 3:
        figure = min(
            figure,
            ratio(
                "parse_result x96 (again)", lambda: [parse_result(t) for t in STRINGS], bare_parse
            ),
        )
    assert figure <= 3


def _measured_ratio(
    what: str, run: Callable[[], object], floor: Callable[[], object], target: float
) -> float:
    figure = ratio(what, run, floor)
    if figure > target:
        figure = min(figure, ratio(f"{what} (again)", run, floor))
    return figure


def _asserted_ratio(
    benchmark: Any,
    what: str,
    run: Callable[[], object],
    floor: Callable[[], object],
    target: float,
) -> float:
    """The ratio of ``run`` to ``floor``, measured again when over ``target`` (a shared
    machine: the lower figure counts), asserted ≤ ``target``. The measurement is one round
    of ``benchmark``, so that ``--benchmark-only`` runs and asserts it too (the figure is
    in ``extra_info``), as the smoke run (``--benchmark-disable``) does."""
    figure: float = benchmark.pedantic(
        _measured_ratio, args=(what, run, floor, target), rounds=1, iterations=1
    )
    benchmark.extra_info["ratio"] = round(figure, 2)
    benchmark.extra_info["target"] = target
    assert figure <= target, f"{what}: {figure:.2f}x, target {target}x"
    return figure


_TIMES = {name: [sc.RaceTime.parse(t) for t in results] for name, results in FIELD.items()}


def test_classify_24_by_4_from_strings_ratio(benchmark: Any) -> None:
    """classify 24 × 4 from strings ≤ 4× the bare loop (parse, sum, sort); issue 10."""
    expected = [name for _, name in bare_classify()]
    assert [s.name for s in sc.classify(sc.SPRINT, FIELD)] == expected
    _asserted_ratio(
        benchmark,
        "classify 24x4 from strings",
        lambda: sc.classify(sc.SPRINT, FIELD),
        bare_classify,
        4,
    )


def test_classify_24_by_4_from_race_times_ratio(benchmark: Any) -> None:
    """classify 24 × 4 given RaceTime values ≤ 2× the bare loop that parses strings."""
    expected = [name for _, name in bare_classify()]
    assert [s.name for s in sc.classify(sc.SPRINT, _TIMES)] == expected
    _asserted_ratio(
        benchmark,
        "classify 24x4 from RaceTime",
        lambda: sc.classify(sc.SPRINT, _TIMES),
        bare_classify,
        2,
    )


def test_str_of_24_by_4_standings_ratio(benchmark: Any) -> None:
    """``str(table)`` of the 24 × 4 standings ≤ 2× classifying them from strings."""
    table = sc.classify(sc.SPRINT, FIELD)
    assert str(table).splitlines()[0] == "Sprint: standings after 4 of 4 distances"
    _asserted_ratio(
        benchmark,
        "str(standings 24x4) vs classify",
        lambda: str(table),
        lambda: sc.classify(sc.SPRINT, FIELD),
        2,
    )


def _results_csv(rows: int) -> str:
    lines = ["name,nation,500,1000,500,1000"]
    for i in range(rows):
        lines.append(
            f"Skater {i},N{i % 50:02d},{34 + i % 6}.{i % 100:02d},"
            f"1:{8 + i % 7:02d}.{(7 * i) % 100:02d},{35 + i % 5}.{(3 * i) % 100:02d},"
            f"1:{9 + i % 6:02d}.{(11 * i) % 100:02d}"
        )
    return "\n".join(lines) + "\n"


def test_read_results_csv_100000_rows() -> None:
    """A 100,000-row sprint CSV with a nation column (target < 2 s on the project machine),
    printed with its ratio to :mod:`csv` alone splitting the same text (asserted ≤ 30×)."""
    from skatecalc.io.results import parse_results_csv

    text = _results_csv(100_000)

    def read() -> None:
        f = parse_results_csv(text, "bench.csv")
        assert len(f.results) == 100_000 and len(f.nations) == 100_000

    def floor() -> None:
        for _ in csv.reader(io.StringIO(text, newline="")):
            pass

    def seconds(f: Callable[[], None]) -> float:
        gc.collect()
        start = time.perf_counter()
        f()
        return time.perf_counter() - start

    def measure() -> float:
        rounds = [(seconds(read), seconds(floor)) for _ in range(3)]
        took = statistics.median(r for r, _ in rounds)
        figure = statistics.median(r / f for r, f in rounds)
        print(f"read 100,000-row results CSV: {took:.2f} s, {figure:.1f}x csv.reader alone")
        return figure

    figure = measure()
    if figure > 30:  # a shared machine: measure once more, the lower figure counts
        figure = min(figure, measure())
    assert figure <= 30  # before issue 10: about 35x
