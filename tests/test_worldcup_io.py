"""Season files and the `skatecalc worldcup` command line (issue 4, parts 5-6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skatecalc import DuplicateError, FileFormatError, SkatecalcError, UnknownValueError
from skatecalc.io.worldcup import read_season, read_season_text
from skatecalc.worldcup import PlaceError, rules
from tests.test_docs import run_cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "skatecalc" / "data" / "worldcup" / "wc2017-18-men-500.csv"
HEADER = "race,date,distance,gender,division,final,name,place,points\n"
R = rules("2017/18")


def test_example_season_file_reproduces_the_published_totals() -> None:
    season = read_season(EXAMPLE, R)
    cup = season.cup("500 m men")
    assert [(s.name, s.points) for s in cup.standings()] == [
        ("Havard Lorentzen", 716),
        ("Ronald Mulder", 556),
    ]
    assert cup.until("ERF2").total("Havard Lorentzen") == 536
    assert cup.until("MIN1").total("Ronald Mulder") == 520


def test_cups_for_every_distance_and_gender() -> None:
    text = HEADER + (
        "HVN,,5000,men,A,no,Sven Kramer,1,100\n"
        "HVN,,10000,men,A,no,Sven Kramer,2,80\n"
        "HVN,,3000,women,A,no,Irene Schouten,1,100\n"
        "HVN,,5000,women,A,no,Irene Schouten,1,100\n"
        "HVN,,TP,women,A,no,NED,1,100\n"
        "HVN,,MS,men,A,no,Bart Swings,1,\n"
    )
    season = read_season_text(text, R, "s.csv")
    assert season.names == (
        "5000/10000 m men",
        "3000/5000 m women",
        "team pursuit women",
        "mass start men",
    )
    assert season.cup("5000/10000 m men").total("Sven Kramer") == 180
    assert season.cup("3000/5000 m women").total("Irene Schouten") == 200
    assert season.cup("team pursuit women").entrant == "nation"


@pytest.mark.parametrize(
    ("row", "error", "message"),
    [
        ("HVN1,,500,men,A,no,X,21,", PlaceError, "place 21 is beyond"),
        ("HVN1,,500,men,A,no,X,first,", SkatecalcError, "'first'"),
        ("HVN1,,500,men,A,no,X,,", SkatecalcError, "empty place for 'X'"),
        ("HVN1,,500,men,A,maybe,X,1,", SkatecalcError, "final 'maybe'"),
        ("HVN1,,500,men,C,no,X,1,", SkatecalcError, "division 'C'"),
        ("HVN1,,700,men,A,no,X,1,", SkatecalcError, "700"),
        ("HVN1,,3000,men,A,no,X,1,", SkatecalcError, "men's 3000"),
        ("HVN1,,500,boys,A,no,X,1,", SkatecalcError, "gender 'boys'"),
        ("HVN1,2017-13-01,500,men,A,no,X,1,", SkatecalcError, "date '2017-13-01'"),
        ("HVN1,,500,men,A,no,X,1,99", SkatecalcError, "points '99'"),
        ("HVN1-B,,500,men,B,no,X,1,", UnknownValueError, "Division B 2017/18"),
        ("HVN1,,500,men,A,no,X,1", FileFormatError, "ragged row"),
        (",,500,men,A,no,X,1,", SkatecalcError, "empty race"),
        ("HVN1,,500,men,A,no,,1,", SkatecalcError, "empty name"),
    ],
)
def test_malformed_rows_name_value_and_line(row: str, error: type[Exception], message: str) -> None:
    text = HEADER + "HVN1,,500,men,A,no,Ok,2,80\n" + row + "\n"
    with pytest.raises(error, match=message) as e:
        read_season_text(text, R, "season.csv")
    assert "(line 3 of season.csv)" in str(e.value)


def test_skater_twice_in_one_race_of_a_file() -> None:
    text = HEADER + "HVN1,,500,men,A,no,X,1,\n# comment\nHVN1,,500,men,A,no,X,2,\n"
    with pytest.raises(DuplicateError, match=r"'X' appears twice in race 'HVN1'.*line 4"):
        read_season_text(text, R, "s.csv")


def test_inconsistent_race_rows() -> None:
    text = HEADER + "MIN1,,500,men,A,yes,X,1,\nMIN1,,500,men,A,no,Y,2,\n"
    with pytest.raises(SkatecalcError, match=r"not final here but .*final.*line 2.*line 3"):
        read_season_text(text, R, "s.csv")


def test_missing_columns_and_files(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="missing column 'place'"):
        read_season_text("race,distance,gender,name\nA,500,men,X\n", R)
    with pytest.raises(FileFormatError, match="missing column 'name'"):
        read_season_text("race,distance,gender,place\nA,500,men,1\n", R)
    with pytest.raises(FileFormatError, match="cannot read"):
        read_season(tmp_path / "nope.csv", R)
    season = read_season_text("race,name,place\nA,X,1\n", R, distance=1500, gender="women")
    assert season.names == ("1500 m women",)


# --- command line ----------------------------------------------------------------------------


def test_cli_table() -> None:
    status, out, _ = run_cli("skatecalc worldcup table 2017-18")
    assert status == 0
    assert "    5        50 v     76 d           ?" in out
    assert "ISU Communication No. 2112" in out


def test_cli_standings_and_filters() -> None:
    status, out, _ = run_cli(
        f"skatecalc worldcup standings {EXAMPLE} --season 2017/18 --distance 500 --gender men"
    )
    assert status == 0 and "Havard Lorentzen     716" in out
    status, _, err = run_cli(
        f"skatecalc worldcup standings {EXAMPLE} --season 2017/18 --distance 1000"
    )
    assert status == 1 and "has no 1000 m men or 1000 m women cup; it has 500 m men" in err
    status, out, _ = run_cli(
        f"skatecalc worldcup standings {EXAMPLE} --season 2017/18 --after MIN1"
    )
    assert "Ronald Mulder        520" in out


def test_cli_outlook_and_errors() -> None:
    status, out, _ = run_cli(
        f"skatecalc worldcup outlook {EXAMPLE} --season 2017/18 --after ERF2 --remaining 2 --final"
    )
    assert status == 0
    assert "at most 300 points" in out and "3rd or better" in out
    status, _, err = run_cli(f"skatecalc worldcup outlook {EXAMPLE} --season 2012/13 --remaining 1")
    assert status == 1 and "unknown World Cup season '2012/13'" in err
    status, _, err = run_cli(
        f"skatecalc worldcup outlook {EXAMPLE} --season 2017/18 --remaining -1"
    )
    assert status == 1 and "--remaining -1" in err
    status, _, err = run_cli(
        f"skatecalc worldcup standings {EXAMPLE} --season 2017/18 --table-b 2x"
    )
    assert status == 1 and "--table-b" in err


def test_cli_unknown_final_place_says_how_to_supply_it_and_table_final_does(
    tmp_path: Path,
) -> None:
    """2014/15 Final (Erfurt): places 6 on are unknown; the message names the public
    sources and both ways to supply the table, and --table-final supplies it."""
    season = tmp_path / "erfurt.csv"
    season.write_text(
        HEADER + "ERF1,,500,women,A,yes,Nao Kodaira,4,\nERF1,,500,women,A,yes,Other,6,\n",
        encoding="utf-8",
    )
    status, _, err = run_cli(f"skatecalc worldcup standings {season} --season 2014/15")
    assert status == 1 and "Final 2014/15: the points for place 6 are unknown" in err
    assert (
        "ISU news" in err and "--table-final" in err and "override(" not in err
    )  # command-line words (issue 16)
    status, out, err = run_cli(
        f"skatecalc worldcup standings {season} --season 2014/15"
        " --table-final 150,120,105,90,75,45 --format json"
    )
    assert (status, err) == (0, "")
    assert '"points": 90' in out and '"points": 45' in out
    status, _, err = run_cli(
        f"skatecalc worldcup standings {season} --season 2014/15 --table-final 150,x"
    )
    assert status == 1 and "--table-final '150,x': place 2" in err


def test_cli_unknown_2013_14_long_distance_table_and_table_distance(tmp_path: Path) -> None:
    """2013/14 long distances: the table is unknown (published values fit neither table);
    the message says how to supply it, and --table-distance D=POINTS does."""
    season = tmp_path / "long.csv"
    season.write_text(HEADER + "X1,,5000,women,A,no,Someone,3,\n", encoding="utf-8")
    status, _, err = run_cli(f"skatecalc worldcup standings {season} --season 2013/14")
    assert status == 1 and "Division A 5000 m 2013/14: the points for place 3 are unknown" in err
    assert "--table-distance 5000=POINTS" in err and "override(" not in err  # command-line words
    status, out, err = run_cli(
        f"skatecalc worldcup standings {season} --season 2013/14"
        " --table-distance 5000=10,9,8 --table-distance 3000=1 --format json"
    )
    assert (status, err) == (0, "") and '"points": 8' in out
    for bad, match in (("5000", "is not DISTANCE=POINTS"), ("5000=1,y", "place 2")):
        status, _, err = run_cli(
            f"skatecalc worldcup standings {season} --season 2013/14 --table-distance {bad}"
        )
        assert status in (1, 2) and match in err
