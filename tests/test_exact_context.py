"""Every number is the same whatever the caller's ``decimal`` context.

Python's decimal arithmetic rounds to the precision of the current context, which is the
caller's: with ``getcontext().prec = 4`` the package returned 37.18 points for 1:14.35 on
the 1000 m (37.175) and 148.5 for a sprint total of 148.545, without a word. Every public
result is computed here twice, under Python's default context and under a hostile one (3
digits, rounding up), and must be identical, to the exponent (``str``).
"""

from __future__ import annotations

import decimal
import io
import shlex
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc.bulk import points_many, totals
from skatecalc.cli import main

from .strategies import ISU_DISTANCES, live_sprints, race_times, roundings

HOSTILE = decimal.Context(prec=3, rounding=decimal.ROUND_UP)


def _both(compute: Callable[[], object]) -> tuple[str, str]:
    """``repr`` of the result (or of the error) under the default and the hostile context."""

    def once() -> str:
        try:
            return repr(compute())
        except sc.SkatecalcError as exc:
            return f"error {type(exc).__name__}: {exc}"

    with decimal.localcontext(decimal.Context()):
        plain = once()
    with decimal.localcontext(HOSTILE):
        hostile = once()
    return plain, hostile


def test_published_points_under_a_hostile_context() -> None:
    """Fixed values, not the code against itself: 1:14.35 on the 1000 m is 74.35 / 2 =
    37.175 points and 37.07 on the 1000 m 18.535, whatever the caller's context."""
    with decimal.localcontext(HOSTILE):
        assert str(sc.points("1:14.35", 1000)) == "37.175"
        assert [str(p) for p in points_many(["1:14.35", "37.07"], 1000)] == ["37.175", "18.535"]


@given(race_times(), st.sampled_from(ISU_DISTANCES), roundings())
def test_points_whatever_the_context(t: sc.RaceTime, distance: int, rounding: sc.Rounding) -> None:
    text = str(t)
    plain, hostile = _both(lambda: sc.points(text, distance, rounding=rounding))
    assert plain == hostile
    plain, hostile = _both(lambda: (t.seconds, sc.parse_result(text)))
    assert plain == hostile


@given(
    st.integers(0, 10**8),
    st.integers(0, 10**8),
    st.sampled_from(ISU_DISTANCES),
    st.booleans(),
)
def test_gap_seconds_whatever_the_context(a: int, b: int, distance: int, text: bool) -> None:
    """Published totals given as text or as a ``Decimal`` (which the caller made)."""
    wide = decimal.Context(prec=50)  # the caller's own Decimals, made exactly
    x, y = decimal.Decimal(a).scaleb(-3, wide), decimal.Decimal(b).scaleb(-3, wide)
    args = (str(x), str(y)) if text else (x, y)
    plain, hostile = _both(lambda: (sc.gap_seconds(*args, distance), sc.format_points(x)))
    assert plain == hostile


@given(st.lists(race_times(max_thousandths=200_000), min_size=1, max_size=30))
def test_points_many_and_totals_whatever_the_context(times: list[sc.RaceTime]) -> None:
    texts = [str(t) for t in times]
    assert len(set(_both(lambda: points_many(texts, 1000)))) == 1
    rows = [(f"S{i % 7}", f"E{i // 28}", (500, 1000)[i % 2], t) for i, t in enumerate(texts)]
    plain, hostile = _both(lambda: totals(rows, [500, 1000, 500, 1000]))
    assert plain == hostile


@given(live=live_sprints(), after=st.integers(1, 4))
def test_a_classification_and_its_board_whatever_the_context(
    live: dict[str, list[str | None]], after: int
) -> None:
    def compute() -> object:
        table = sc.classify(sc.SPRINT, {k: v[:after] for k, v in live.items()}, after=after)
        rows: list[object] = [str(table), table.to_rows()]
        if table.next_distance is not None:
            board = sc.board(table)
            rows += [str(board), board.to_rows()]
        return rows

    plain, hostile = _both(compute)
    assert plain == hostile


@pytest.mark.parametrize(
    "command",
    [
        "standings --example wsc2024-women",
        "standings --example wsc2024-women --format json",
        "need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi'",
        "need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi' --format json",
        "board --example wsc2024-women --format csv",
        "worldcup standings wc2025-26-1-salt-lake-city --distance 500 --format json",
        "olympic select --example okt2021 --order NED-2022-men --format json",
        "olympic soqc wc2025-26-1-salt-lake-city --games 2026 --gender men --event TP",
    ],
)
def test_every_command_prints_the_same_whatever_the_context(command: str) -> None:
    def compute() -> object:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(shlex.split(command))
        return status, out.getvalue(), err.getvalue()

    plain, hostile = _both(compute)
    assert plain == hostile
