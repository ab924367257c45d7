"""A cup known by its totals (skatecalc/worldcup/totals.py) and ``skatecalc worldcup
standings --format csv | skatecalc worldcup outlook -``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc.errors import DuplicateError, ResultsError
from skatecalc.worldcup import Cup, Race, countback, rules
from skatecalc.worldcup.totals import TotalsCup

from .helpers import run_cli
from .strategies import wc_race_results

POOL = ("Havard Lorentzen", "Ronald Mulder", "Kai Verbij", "Nico Ihle", "Hein Otterspeer")


@given(
    st.lists(wc_race_results(POOL, 20), min_size=1, max_size=5),
    st.lists(st.booleans(), max_size=3),
)
def test_totals_give_the_outlook_of_the_races(
    races: list[dict[str, int | str]], finals: list[bool]
) -> None:
    """Without a tie-break by places, points and wins decide the outlook: a cup rebuilt
    from its standings' totals has the same outlook as the cup of the races."""
    cup = Cup(rules("2017/18"))
    for i, race in enumerate(races):
        cup.add_race(f"R{i}", race)
    totals = TotalsCup(rules("2017/18"), [(s.name, s.points, s.wins) for s in cup.standings()])
    remaining = [Race(final=f) for f in finals]
    assert totals.outlook(remaining).to_rows() == cup.outlook(remaining).to_rows()
    assert totals.outlook(remaining).clinched == cup.outlook(remaining).clinched
    assert str(
        totals.guarantee(POOL[0], remaining) if POOL[0] in totals.standings() else ""
    ) == str(cup.guarantee(POOL[0], remaining) if POOL[0] in cup.standings() else "")


def test_totals_with_a_countback_tie_break_are_refused() -> None:
    with pytest.raises(ResultsError, match="places of each race"):
        TotalsCup(rules("2017/18").override(tie_break=countback), [("A", 100, 1)])


def test_totals_refuse_a_name_twice_negative_points_and_races() -> None:
    with pytest.raises(DuplicateError, match="'A' appears twice"):
        TotalsCup(rules("2017/18"), [("A", 100, 1), ("A", 80, 0)])
    with pytest.raises(ResultsError, match="points -1 of 'A'"):
        TotalsCup(rules("2017/18"), [("A", -1, 0)])
    cup = TotalsCup(rules("2017/18"), [("A", 100, 1)])
    with pytest.raises(ResultsError, match="not known from totals"):
        cup.until("R1")
    with pytest.raises(ResultsError, match="cannot add race"):
        cup.add_race("R2", ["A"])


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_wc2017_18_men_500_standings_output_piped_into_outlook(fmt: str, tmp_path: Path) -> None:
    example = "--example wc2017-18-men-500 --season 2017/18 --after STA2"
    status, out, err = run_cli(f"skatecalc worldcup standings {example} --format {fmt}")
    assert status == 0, err
    f = tmp_path / f"standings.{fmt}"
    f.write_text(out, encoding="utf-8")
    direct = run_cli(f"skatecalc worldcup outlook {example} --remaining 3 --final --format csv")
    again = run_cli(
        f"skatecalc worldcup outlook {f} --season 2017/18 --remaining 3 --final --format csv"
    )
    assert again == direct and direct[0] == 0
    status, _, err = run_cli(
        f"skatecalc worldcup outlook {f} --season 2017/18 --remaining 1 --after HVN1"
    )
    assert status == 1 and "not known from totals" in err
