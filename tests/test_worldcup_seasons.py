"""The built-in World Cup seasons and their calendars (`skatecalc.worldcup.seasons`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skatecalc.errors import UnknownValueError
from skatecalc.worldcup.seasons import races_left

from .conftest import ROOT
from .helpers import run_cli

# --- The season's World Cup calendar (skatecalc.worldcup.seasons): the races left after a ---


CALGARY = ROOT / "skatecalc" / "data" / "examples" / "wc2025-26-2-calgary.txt"


@pytest.mark.parametrize(
    ("distance", "gender", "left"),
    [(500, "women", 2), (1000, "men", 1), (5000, "women", 1), ("MS", "men", 1), ("TP", "women", 0)],
)
def test_races_left_after_world_cup_4_are_inzells(
    distance: int | str, gender: str, left: int
) -> None:
    assert races_left("2025/26", distance, gender, after=4) == left


def test_races_left_across_an_event_whose_races_are_unknown_are_not_guessed() -> None:
    with pytest.raises(UnknownValueError, match=r"World Cup #3 \(Heerenveen\)"):
        races_left("2025/26", 500, "men", after=2)


def test_a_season_without_a_calendar_says_so() -> None:
    with pytest.raises(UnknownValueError, match="calendar of 2017/18 is not known"):
        races_left("2017/18", 500, "men", after=1)


def _as_world_cup_4(tmp_path: Path) -> Path:
    """The Calgary listing headed as World Cup #4 (the races are Calgary's: only the
    number matters to the calendar)."""
    text = CALGARY.read_text(encoding="utf-8").replace(
        "2. World Cup 2025/2026", "4. World Cup 2025/2026", 1
    )
    path = tmp_path / "wc4.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_outlook_takes_the_races_left_from_the_calendar(tmp_path: Path) -> None:
    listing = _as_world_cup_4(tmp_path)
    command = f"skatecalc worldcup outlook {listing} --distance 500 --gender women --division A"
    status, out, err = run_cli(command + " --format json")
    assert status == 0, err
    rows = json.loads(out)
    assert {r["races_left"] for r in rows} == {2}  # Inzell: two 500 m races
    assert run_cli(command + " --remaining 2 --format json")[1] == out


def test_outlook_without_the_calendar_asks_for_remaining() -> None:
    status, out, err = run_cli(f"skatecalc worldcup outlook {CALGARY} --distance 500 --gender men")
    assert (status, out) == (1, "") and "give the races left with --remaining N" in err
    status, _, err = run_cli("skatecalc worldcup outlook --example wc2017-18-men-500")
    assert status == 2 and "--remaining N" in err
