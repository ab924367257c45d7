"""The optional columnar path (skatecalc.columnar) against the pure-Python path, 10^6 times.

``points_many`` of a database's 10^6 times (few distinct strings, statuses and thousandths
among them) given as a pyarrow array, a polars Series and a pandas Series, each against
what a user would do without the columnar path: the pure-Python path over the column's
values as Python objects (``to_pylist()``, ``to_list()``; a pandas Series iterated as it
always was), the conversion included. The results are checked equal first. Skipped when
the package is not installed. The figure is the median of three interleaved rounds; it is
printed, and asserted ≤ 1.25× (a guard: the columnar path must not be the slow way).
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from benchmarks.database import interleaved
from skatecalc.bulk import points_many

N = 1_000_000


def _times() -> list[str]:
    rnd = random.Random(20)
    out = []
    for _ in range(N):
        u = rnd.random()
        if u < 0.005:
            out.append(rnd.choice(("DQ", "DNF", "DNS")))
            continue
        text = f"1:{rnd.randrange(40, 60)}.{rnd.randrange(100):02d}"
        out.append(text + str(rnd.randrange(1, 10)) if u < 0.025 else text)
    return out


@pytest.fixture(scope="module")
def times() -> list[str]:
    return _times()


def _plain(library: str, column: Any) -> list[Any]:
    """The pure-Python path over the column's values as Python objects."""
    if library == "pyarrow":
        return points_many(column.to_pylist(), 1500)
    if library == "polars":
        return points_many(column.to_list(), 1500)
    return points_many(iter(column), 1500)  # iterated: the plain path, as before


def _column(library: str, times: list[str]) -> object:
    if library == "pyarrow":
        pa = pytest.importorskip("pyarrow")
        return pa.array(times, type=pa.string())
    if library == "polars":
        return pytest.importorskip("polars").Series("time", times)
    return pytest.importorskip("pandas").Series(times, dtype=object)


@pytest.mark.parametrize("library", ["pyarrow", "polars", "pandas"])
def test_points_many_of_a_column_against_the_list(
    benchmark: Any, times: list[str], library: str
) -> None:
    column = _column(library, times)
    assert points_many(column, 1500) == points_many(times, 1500)  # type: ignore[arg-type]

    def measure() -> tuple[float, float, float]:
        return interleaved(
            lambda: points_many(column, 1500),  # type: ignore[arg-type]
            lambda: _plain(library, column),
            3,
        )

    plain, columnar, ratio = benchmark.pedantic(measure, rounds=1, iterations=1)
    benchmark.extra_info.update(
        {"plain_s": round(plain, 4), "column_s": round(columnar, 4), "ratio": round(ratio, 2)}
    )
    print(
        f"\npoints_many, 10^6 times, {library} column {columnar:.3f} s, the plain path over"
        f" its values {plain:.3f} s: {ratio:.2f}x"
    )
    assert ratio <= 1.25, f"the {library} column takes {ratio:.2f}x the plain path"
