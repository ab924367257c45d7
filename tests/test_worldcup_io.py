"""Season files and the `skatecalc worldcup` command line (issue 4, parts 5-6)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import DuplicateError, FileFormatError, SkatecalcError, UnknownValueError
from skatecalc.errors import InvalidDistanceError
from skatecalc.io.olympic import parse_trials_csv, parse_trials_json, parse_trials_toml
from skatecalc.io.worldcup import read_season, read_season_text
from skatecalc.olympic import outlook, select
from skatecalc.worldcup import (
    Cup,
    PlaceError,
    Race,
    Rules,
    can_still_win,
    normalise_distance,
    parse_place,
    rules,
)
from tests.test_docs import run_cli

from .helpers import one_line_error
from .strategies import wc_race_results
from .test_olympic import OKT, ORDER

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
    assert status == 2 and "argument --remaining: '-1' is not a whole number from 0" in err
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
    assert "ISU news" in err and "--table-final" in err and "override(" not in err
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
    assert "--table-distance 5000=POINTS" in err and "override(" not in err
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


# --- World Cup season files -------------------------------------------------------------


HEADER_DOMAINS = "race,distance,gender,name,place\n"


def season(rows: str) -> Any:
    return read_season_text(HEADER_DOMAINS + rows, R, "s.csv")


def test_season_csv_place_superscript_two() -> None:
    with pytest.raises(FileFormatError, match=r"place '²'.*U\+00B2.*\(line 2 of s\.csv\)"):
        season("HVN1,500,men,A,²\n")


def test_season_csv_place_of_5000_digits() -> None:
    with pytest.raises(FileFormatError, match=r"more than 9 digits \(line 2 of s\.csv\)"):
        season("HVN1,500,men,A," + "9" * 5000 + "\n")


@pytest.mark.parametrize("place", ["５", "٣", "dnſ", "1_0"])
def test_season_csv_place_non_ascii_or_underscore(place: str) -> None:
    with pytest.raises(SkatecalcError, match=r"line 2 of s\.csv"):
        season(f"HVN1,500,men,A,{place}\n")


def test_season_csv_distance_superscript_two() -> None:
    with pytest.raises(InvalidDistanceError, match=r"'²' is not a World Cup.*line 2 of s\.csv"):
        season("HVN1,²,men,A,1\n")


def test_season_csv_only_a_header() -> None:
    with pytest.raises(FileFormatError, match=r"no races: only a header \(line 1 of s\.csv\)"):
        season("")


def test_season_csv_name_and_skater_columns() -> None:
    with pytest.raises(FileFormatError, match="'name' and 'skater'"):
        read_season_text("race,distance,gender,name,skater,place\nR,500,men,A,B,1\n", R)


def test_season_csv_two_place_columns() -> None:
    with pytest.raises(FileFormatError, match=r"duplicate column 'place' \(columns 5 and 6"):
        read_season_text("race,distance,gender,name,place,place\nR,500,men,A,1,2\n", R)


def test_season_csv_unknown_column_tijd() -> None:
    with pytest.raises(FileFormatError, match="unknown column 'tijd'"):
        read_season_text("race,distance,gender,name,place,tijd\nR,500,men,A,1,34.5\n", R)


def test_season_csv_date_in_fullwidth_digits() -> None:
    with pytest.raises(SkatecalcError, match=r"is not a date.*line 2"):
        read_season_text(
            "race,date,distance,gender,name,place\nR,２０１７-11-10,500,men,A,1\n", R, "s.csv"
        )


def test_parse_place_superscript_two() -> None:
    with pytest.raises(PlaceError, match="'²' is neither a place"):
        parse_place("²")


@pytest.mark.parametrize("value", ["dnſ", "９", "9" * 5000, 1.0, True, None, [1]])
def test_parse_place_refuses(value: object) -> None:
    with pytest.raises(PlaceError):
        parse_place(value)


@pytest.mark.parametrize("value", ["²", "٥٠٠", "9" * 5000, 500.0, None])
def test_world_cup_distance_refuses(value: object) -> None:
    with pytest.raises(InvalidDistanceError):
        normalise_distance(value)  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------


HEADER_DOMAINS = "race,distance,gender,name,place\n"


@given(st.text(max_size=30))
def test_parse_place_returns_or_raises_skatecalc_error(text: str) -> None:
    try:
        place = parse_place(text)
    except SkatecalcError:
        return
    assert (isinstance(place, int) and place >= 1) or str(place) in {"DQ", "DNF", "DNS", "WDR"}
    if isinstance(place, int):
        assert text.strip().isascii() and text.strip().isdigit()


@given(st.one_of(st.text(max_size=12), st.integers()))
def test_world_cup_distance_returns_or_raises_skatecalc_error(value: str | int) -> None:
    try:
        d = normalise_distance(value)
    except SkatecalcError:
        return
    assert d in (500, 1000, 1500, 3000, 5000, 10000, "mass start", "team pursuit", "team sprint")


@given(st.text(max_size=200))
def test_season_text_returns_or_raises_skatecalc_error(text: str) -> None:
    with contextlib.suppress(SkatecalcError):
        read_season_text(text, R, "f.csv")


CELLS = st.sampled_from(["500", "0500", "²", "men", "M", "", "A", "B", "34.5", "MS", "1", "x"])


@given(st.lists(st.lists(CELLS, min_size=3, max_size=3), max_size=6))
def test_trial_csv_returns_or_raises_skatecalc_error(rows: list[list[str]]) -> None:
    text = "gender,distance,name\n" + "".join(",".join(r) + "\n" for r in rows)
    try:
        t = parse_trials_csv(text, "t.csv", "men")
    except SkatecalcError:
        return
    assert all(isinstance(d, int) and d > 0 for d in t.results)


@given(st.text(max_size=200))
def test_trial_toml_and_json_return_or_raise_skatecalc_error(text: str) -> None:
    for parse in (parse_trials_toml, parse_trials_json, parse_trials_csv):
        with contextlib.suppress(SkatecalcError):
            parse(text, "t", None)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.floats(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=10,
)


@given(st.dictionaries(st.sampled_from(["men", "women", "500", "0500", "MS", "x"]), JSON_VALUES))
def test_trial_structures_return_or_raise_skatecalc_error(data: dict[str, Any]) -> None:
    with contextlib.suppress(SkatecalcError):
        parse_trials_json(json.dumps(data), "t.json", "men")


def test_world_cup_season_in_arabic_indic_digits() -> None:
    with pytest.raises(SkatecalcError, match="unknown World Cup season"):
        rules("٢٠١٧/18")


POOL = ("A", "B", "C", "D", "E")


@given(
    st.lists(st.integers(0, 200), min_size=6, max_size=6).map(lambda t: sorted(t, reverse=True)),
    st.lists(wc_race_results(POOL, 6), max_size=4),
    st.lists(st.booleans(), max_size=3),
)
def test_outlook_contenders_are_those_who_can_still_win(
    table: list[int], races: list[dict[str, int | str]], finals: list[bool]
) -> None:
    """The one-pass contenders of outlook() equal can_still_win() asked one by one."""
    cup = Cup(Rules.custom("club cup", table, final=[2 * p for p in table]))
    for i, race in enumerate(races, start=1):
        cup.add_race(f"R{i}", race)
    remaining = [Race(final=f) for f in finals]
    expected = tuple(s.name for s in cup.standings() if can_still_win(cup, s.name, remaining))
    assert cup.outlook(remaining).contenders == expected


def test_add_race_named_an_integer_of_4301_digits() -> None:
    with pytest.raises(SkatecalcError, match=r"race name an integer of more than 4300 digits"):
        Cup(R).add_race(10**4301 - 1, ["A"])  # type: ignore[arg-type]


def test_world_cup_distance_an_integer_of_4301_digits() -> None:
    with pytest.raises(InvalidDistanceError, match="an integer of more than 4300 digits"):
        normalise_distance(10**4301 - 1)


def test_select_tickets_an_integer_of_4301_digits_as_text() -> None:
    with pytest.raises(SkatecalcError, match="tickets must be a whole number"):
        select(ORDER, OKT, mass_start="Jorrit Bergsma", tickets=-(10**4301))


def test_cli_worldcup_name_with_ansi_escape(tmp_path: Path) -> None:
    f = tmp_path / "s.csv"
    f.write_text(HEADER_DOMAINS + "R1,500,men,\x1b[31mRED,1\nR1,500,men,B,2\n")
    for command in ("standings", "outlook --remaining 1"):
        status, out, _ = run_cli(f"skatecalc worldcup {command} {f} --season 2017/18")
        assert status == 0 and "\x1b" not in out and "\\x1b[31mRED" in out


def test_cli_olympic_name_with_ansi_escape_and_line_break(tmp_path: Path) -> None:
    f = tmp_path / "t.toml"
    f.write_text('[men]\n"500" = ["A\\nB\\u001b[2J", "C", "D"]\n')
    status, out, _ = run_cli(f"skatecalc olympic outlook {f} --order NED-2022-men")
    assert status == 0 and "\x1b" not in out and "A\\nB\\x1b[2J" in out
    assert len(out.splitlines()) == 4  # the header and one line per skater
    okt = {d: ["A\nB\x1b[2J", "C", "D"] for d in (500, 1000, 1500, 5000, 10000)}
    text = str(select(ORDER, okt, mass_start="C"))
    assert "\x1b" not in text and "A\\nB\\x1b[2J" in text


@pytest.mark.parametrize("gender", ["Men", "heren", 5])
def test_trial_readers_gender_argument(gender: Any) -> None:
    for parse, text in (
        (parse_trials_toml, '"500" = ["A"]\n'),
        (parse_trials_json, '{"500": ["A"]}'),
        (parse_trials_csv, "distance,name\n500,A\n"),
    ):
        with pytest.raises(FileFormatError, match="must be 'men' or 'women'"):
            parse(text, "t", gender)


def test_readers_given_a_number_for_a_path_or_text() -> None:
    from skatecalc.io.olympic import read_trials
    from skatecalc.io.worldcup import read_season

    with pytest.raises(FileFormatError, match="5 is not a file name"):
        read_trials(5)  # type: ignore[arg-type]
    with pytest.raises(FileFormatError, match="5 is not a file name"):
        read_season(5, R)  # type: ignore[arg-type]
    with pytest.raises(FileFormatError, match="must be a str"):
        read_season_text(b"race", R)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="is not World Cup Rules"):
        read_season_text(HEADER_DOMAINS, "2017/18")  # type: ignore[arg-type]


def test_cli_worldcup_table_season_of_5000_nines() -> None:
    err = one_line_error("skatecalc worldcup table " + "9" * 5000)
    assert len(err) < 200 and "(5000 characters) is not a season" in err


@pytest.mark.parametrize("field", ["tickets", "discretionary"])
def test_outlook_and_select_with_10_to_the_4301_places(field: str) -> None:
    with pytest.raises(SkatecalcError, match=f"{field} must be a whole number from"):
        outlook(ORDER, {}, **{field: 10**4301 - 1})
    with pytest.raises(SkatecalcError, match=f"{field} must be a whole number from"):
        select(ORDER, OKT, mass_start="Jorrit Bergsma", **{field: 10**4301 - 1})


def test_a_race_after_the_final_is_refused() -> None:
    """The Final ends the season: a race not marked final after a Final race of its cup is
    refused naming both (a final flag set on the wrong race gave it the Final's points)."""
    from skatecalc.worldcup import rules

    text = "race,distance,gender,final,name,place\nR1,500,men,yes,A,1\nR2,500,men,,B,1\n"
    with pytest.raises(
        SkatecalcError, match=r"'R2' .* after the Final race 'R1' of line 2.*line 3"
    ):
        read_season_text(text, rules("2017/18"), "s.csv")
    again = "race,distance,gender,final,name,place\nR1,500,men,,A,1\nR2,500,men,yes,B,1\n"
    assert read_season_text(again, rules("2017/18"), "s.csv")
