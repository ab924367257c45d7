"""World Cup standings and outlook speak the one table vocabulary (issue 9, part 2)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc.errors import PositionError, UnknownNameError
from skatecalc.io.worldcup import read_season
from skatecalc.tabular import check_rows, render_html, render_text
from skatecalc.worldcup import Cup, Outlook, Race, Rules, Standings, Tally, rules
from tests.strategies import wc_race_results

DATA = Path(__file__).resolve().parent.parent / "skatecalc" / "data" / "worldcup"


def _cup() -> Cup:
    cup = Cup(rules("2017/18"), name="500 m men")
    cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle", "Kai Verbij"])
    cup.add_race("HVN2", {"Kai Verbij": 1, "Havard Lorentzen": 8, "Nico Ihle": "DNS"})
    return cup


def test_name_in_worldcup_standings_is_true_for_a_skater_in_them() -> None:
    # regression: `name in standings` was silently False (it compared with the rows)
    st_ = _cup().standings()
    assert "Kai Verbij" in st_ and "Nico Ihle" in st_
    assert "Nico Ihl" not in st_ and 3 not in st_
    assert st_[0] in st_


def test_standings_vocabulary() -> None:
    st_ = _cup().standings()
    assert len(st_) == 3 and [s.name for s in st_] == list(st_.names)
    assert st_.names == ("Kai Verbij", "Havard Lorentzen", "Nico Ihle")
    assert st_[0].name == "Kai Verbij" and st_[-1].name == "Nico Ihle"
    assert st_["Nico Ihle"].points == 80 and st_.get("Nico Ihle") is st_["Nico Ihle"]
    assert st_.get("Ireen Wüst") is None and st_.get("Ireen Wüst", 0) == 0 and st_.get(5) is None  # type: ignore[call-overload]
    assert [s.name for s in st_[1:]] == ["Havard Lorentzen", "Nico Ihle"]
    with pytest.raises(UnknownNameError, match="closest known: 'Nico Ihle'"):
        st_["Nico Ihl"]
    with pytest.raises(KeyError):
        st_["nobody"]
    with pytest.raises(PositionError, match="position 3 is beyond the 3 standings"):
        st_[3]
    assert repr(st_) == "<Standings: 3 rows, leader Kai Verbij>"


def test_nation_standings_name_a_nation_in_the_unknown_name_message() -> None:
    cup = Cup(rules("2017/18"), distance="TP", entrant="nation")
    cup.add_race("HVN", ["NED", "JPN"])
    with pytest.raises(UnknownNameError, match="unknown nation 'NDE'"):
        cup.standings()["NDE"]


def test_standings_to_rows_are_typed_with_a_column_per_race() -> None:
    rows = check_rows(_cup().standings().to_rows())
    assert rows[0] == {
        "rank": 1,
        "name": "Kai Verbij",
        "points": 170,
        "wins": 1,
        "HVN1": 70,
        "HVN2": 100,
    }
    assert rows[2] == {
        "rank": 3,
        "name": "Nico Ihle",
        "points": 80,
        "wins": 0,
        "HVN1": 80,
        "HVN2": "DNS",  # the status in its race's cell, as the command line prints it
    }
    assert all(type(r["rank"]) is int and type(r["points"]) is int for r in rows)


def test_a_race_called_points_does_not_overwrite_the_points_column() -> None:
    cup = Cup(Rules.custom("t", [5, 3]))
    cup.add_race("points", ["A", "B"])
    cup.add_race("R2", ["B", "A"])
    rows = cup.standings().to_rows()
    assert rows[0] == {"rank": 1, "name": "A", "points": 8, "wins": 1, "points (race)": 5, "R2": 3}


@settings(max_examples=60, deadline=None)
@given(st.lists(wc_race_results(("A", "B", "C", "Ådne", "高木"), 4), max_size=4))
def test_rows_follow_the_contract_and_add_up(races: list[dict[str, int | str]]) -> None:
    cup = Cup(Rules.custom("t", [10, 6, 4, 2]))
    for i, results in enumerate(races):
        cup.add_race(f"R{i}", results)
    table = cup.standings()
    rows = check_rows(table.to_rows())
    assert [r["name"] for r in rows] == list(table.names)
    for row in rows:
        per_race = [row[f"R{i}"] for i in range(len(races))]
        assert row["points"] == sum(p for p in per_race if isinstance(p, int))
        assert all(name in table for name in table.names)
    o = cup.outlook([Race()])
    check_rows(o.to_rows())
    assert o.names == table.names


def test_str_of_the_standings_is_the_command_line_table() -> None:
    season = read_season(DATA / "wc2017-18-men-500.csv", rules("2017/18"))
    cup = season.cup("500 m men").until("ERF2")
    races = "  HVN1  HVN2  STA1  STA2  CAL  SLC1  SLC2  ERF1  ERF2"
    assert str(cup.standings()).splitlines() == [
        "ISU World Cup 2017/18, 500 m men: 9 races",
        "rank  name              points  wins" + races,
        "   1  Havard Lorentzen     536     3   100    36   100    45   50    24    21    60   100",
        "   2  Ronald Mulder        416     1    36    70    40   100   60    70    40   DNS   DNS",
    ]


def test_outlook_text_in_english_and_dutch() -> None:
    season = read_season(DATA / "wc2017-18-men-500.csv", rules("2017/18"))
    o = season.cup("500 m men").until("ERF2").outlook([Race(final=True)] * 2)
    assert isinstance(o, Outlook) and o["Ronald Mulder"].can_still_win
    assert str(o).splitlines() == [
        "ISU World Cup 2017/18, 500 m men: 2 races left (Final), at most 300 points still"
        " available",
        "rank  name              points  wins  can still win",
        "   1  Havard Lorentzen     536     3  yes",
        "   2  Ronald Mulder        416     1  yes",
        "Not clinched: the leader can still be caught.",
        "Havard Lorentzen stays ahead of everyone whatever happens if finishing 3rd or better in"
        " every remaining race.",
    ]
    nl = render_text(o, "nl").splitlines()
    assert nl[0] == (
        "Wereldbeker 2017/18, 500 m mannen: nog 2 wedstrijden (finale), nog hoogstens 300 punten"
        " te verdienen"
    )
    assert nl[1] == "pos.  naam              punten  zeges  kan nog winnen"
    assert nl[-1].endswith("met in elke resterende wedstrijd een 3e plaats of beter.")
    assert repr(o) == "<Outlook: 2 rows, leader Havard Lorentzen>"


def test_dutch_standings_and_html() -> None:
    st_ = _cup().standings()
    nl = render_text(st_, "Dutch").splitlines()
    assert nl[0] == "Wereldbeker 2017/18, 500 m mannen: 2 wedstrijden"
    assert nl[1] == "pos.  naam              punten  zeges  HVN1  HVN2"
    assert nl[-1] == "   3  Nico Ihle             80      0    80   DNS"
    html = st_._repr_html_()
    assert (
        html == render_html(st_)
        and "<caption>ISU World Cup 2017/18, 500 m men: 2 races</caption>" in html
    )
    assert '<td style="text-align:left">Kai Verbij</td>' in html


def test_own_rules_are_titled_by_their_name() -> None:
    cup = Cup(Rules.custom("KNSB Cup", [5, 3]))
    cup.add_race("R1", ["A"])
    assert str(cup.standings()).splitlines()[0] == "KNSB Cup: 1 race"
    assert str(Cup(Rules.custom("KNSB Cup", [5])).standings()) == (
        "KNSB Cup: 0 races\nrank  name  points  wins"
    )


def test_the_rules_and_cup_modules_hold_what_the_package_exports() -> None:
    rules_module = importlib.import_module("skatecalc.worldcup.rules")
    cup_module = importlib.import_module("skatecalc.worldcup.cup")
    for name in ("Table", "Value", "FinalRule", "MassStartRules", "EVENTS", "Race", "Rules"):
        assert getattr(rules_module, name) is getattr(
            importlib.import_module("skatecalc.worldcup"), name
        )
    for name in ("Standings", "Standing", "cup_name", "normalise_distance", "parse_place"):
        assert hasattr(cup_module, name)
    assert cup_module.Standings is Standings
    with pytest.raises(AttributeError):
        rules_module.no_such_name  # noqa: B018


def test_outlook_does_not_import_cup() -> None:
    source = (Path(__file__).resolve().parent.parent / "skatecalc/worldcup/outlook.py").read_text()
    assert "from .cup" not in source and "import cup" not in source


def test_tie_break_lower_is_better_and_the_adapter_keeps_old_functions() -> None:
    def build(**kw: object) -> Cup:
        cup = Cup(Rules.custom("t", [10, 6, 4]), **kw)  # type: ignore[arg-type]
        cup.add_race("R1", ["A"])
        cup.add_race("R2", ["B"])
        cup.add_race("R3", {"A": 3, "B": 2})
        cup.add_race("R4", {"A": 3, "B": 2})
        cup.add_race("R5", {"A": 3})  # A 22 in 4 races, B 22 in 3
        return cup

    def fewest_races(t: Tally) -> tuple[int, ...]:  # lower is better
        return (len(t.results),)

    assert build(tie_break=fewest_races).standings().names[:2] == ("B", "A")
    assert build().keys() == {"A": (-22, -1, ()), "B": (-22, -1, ())}
