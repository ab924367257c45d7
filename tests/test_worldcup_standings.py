"""World Cup standings and what the last race changed (`skatecalc.worldcup.standings`)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc.worldcup import Cup, rules
from skatecalc.worldcup.standings import since_previous

from .conftest import SHARED_DATA
from .helpers import run_cli
from .strategies import wc_race_results
from .test_cli_watch import fast_watch, nothing

# --- What the last race changed in a cup (skatecalc.worldcup.standings) and ``worldcup st ---


__all__ = ["fast_watch"]  # the fixture, used by name


POOL = ("Ann", "Bea", "Cas", "Dee", "Eva")


PDF = SHARED_DATA / "official" / "pdf" / "wc2025-26-2-calgary"


needs_pdfs = pytest.mark.skipif(not PDF.is_dir(), reason="the shared ISU result PDFs are absent")


@given(st.lists(wc_race_results(POOL, 5), min_size=1, max_size=4))
def test_changes_are_the_standings_before_and_after_the_last_race(
    races: list[dict[str, int | str]],
) -> None:
    cup = Cup(rules("2017/18"))
    for i, result in enumerate(races, start=1):
        cup.add_race(f"R{i}", result)
    race, changes = since_previous(cup)
    assert race == f"R{len(races)}"
    now = cup.standings()
    before = (
        {s.name: s for s in cup.until(f"R{len(races) - 1}").standings()} if len(races) > 1 else {}
    )
    assert list(changes) == list(now.names)
    for s in now:
        c = changes[s.name]
        assert c.rank == s.rank
        assert c.before == (before[s.name].rank if s.name in before else None)
        was = before[s.name].points if s.name in before else 0
        assert s.points == was + c.added  # the points added are the last race's
        assert c.moved is None or c.moved == c.before - c.rank  # type: ignore[operator]


def test_a_cup_without_races_changes_nothing() -> None:
    assert since_previous(Cup(rules("2017/18"))) == (None, {})


def test_changes_on_the_shipped_listings_as_json() -> None:
    status, out, _ = run_cli(
        "skatecalc worldcup standings wc2025-26-1-salt-lake-city wc2025-26-2-calgary"
        " --distance 500 --gender women --division A --changes --format json"
    )
    rows = json.loads(out)
    assert status == 0 and list(rows[0])[:7] == [
        "cup", "rank", "name", "points", "wins", "moved", "added",
    ]  # fmt: skip
    assert (rows[0]["name"], rows[0]["moved"], rows[0]["added"]) == ("Femke Kok", 0, 60)
    leerdam = next(r for r in rows if r["name"] == "Jutta Leerdam")
    assert (leerdam["moved"], leerdam["added"]) == (2, 54)


@needs_pdfs
def test_watch_a_folder_receiving_the_weekends_pdfs_shows_what_each_race_changed(
    tmp_path: Path, fast_watch: Callable[..., None]
) -> None:
    folder = tmp_path / "calgary"
    folder.mkdir()
    shutil.copy(PDF / "14-1st-500m-men.pdf", folder)

    def second() -> None:
        shutil.copy(PDF / "24-2nd-500m-men.pdf", folder)

    fast_watch(nothing, second, nothing)
    status, out, err = run_cli(
        f"skatecalc worldcup standings {folder} --distance 500 --gender men --division A"
        " --watch --format json"
    )
    assert status == 0, err
    documents = [json.loads(line) for line in out.splitlines()]
    assert len(documents) == 2  # the first race, then the second: nothing for no change
    first, then = documents[0]["rows"], documents[1]["rows"]
    assert {r["moved"] for r in first} == {None}  # the first race: everyone new
    assert all(r["added"] == r["points"] for r in first)
    kim = next(r for r in then if r["name"] == "Jun-Ho Kim")
    assert kim["added"] == kim["points"] - 60  # 60 for winning the first race


def test_the_changes_example_of_the_command_line_page() -> None:
    """docs/cli.md shows the first lines of this command (Across a World Cup weekend)."""
    status, out, _ = run_cli(
        "skatecalc worldcup standings --example wc2017-18-men-500 --changes --format csv"
        " --after STA1"
    )
    assert status == 0 and out.splitlines()[:3] == [
        "cup,rank,name,points,wins,moved,added,HVN1,HVN2,STA1",
        "500 m men,1,Havard Lorentzen,236,2,0,100,100,36,100",
        "500 m men,2,Ronald Mulder,146,0,0,40,36,70,40",
    ]
