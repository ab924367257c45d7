"""Issue 8, World Cup and Olympic part: every bad input gets a SkatecalcError naming it.

One regression test per reproducer, named after the input; then properties: arbitrary text
into the parsers returns a value or raises a SkatecalcError, nothing else.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import FileFormatError, SkatecalcError
from skatecalc._fields import MAX_DIGITS, whole_number
from skatecalc.errors import InvalidDistanceError, PositionError
from skatecalc.io.olympic import parse_trials_csv, parse_trials_json, parse_trials_toml
from skatecalc.io.worldcup import read_season_text
from skatecalc.limits import shown
from skatecalc.olympic import outlook, rank_distance, rank_trials, select, selection_order
from skatecalc.olympic._names import press_names, surname
from skatecalc.olympic.selection import walk
from skatecalc.worldcup import (
    Cup,
    MassStartRules,
    PlaceError,
    Race,
    Rules,
    Tally,
    can_still_win,
    guarantee,
    max_available,
    normalise_distance,
    parse_place,
    rank_mass_start,
    rules,
)

from .helpers import run_cli
from .strategies import wc_race_results

R = rules("2017/18")
HEADER = "race,distance,gender,name,place\n"


def season(rows: str) -> Any:
    return read_season_text(HEADER + rows, R, "s.csv")


def one_line_error(command: str) -> str:
    """Run a command that must fail with exit status 1 and one line on standard error."""
    status, out, err = run_cli(command)
    assert status == 1, (status, out, err)
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("skatecalc: error: "), err
    assert "Traceback" not in err
    return err


# --- the shared whole-number reader ----------------------------------------------------------


@pytest.mark.parametrize("text", ["²", "５", "٣", "1_0", "+5", "-5", "5.0", " ", "", "1e3"])
def test_whole_number_refuses_non_ascii_digits(text: str) -> None:
    with pytest.raises(SkatecalcError, match="distance"):
        whole_number(text, "distance")


def test_whole_number_of_5000_digits_is_refused_quickly() -> None:
    with pytest.raises(SkatecalcError, match=f"more than {MAX_DIGITS} digits"):
        whole_number("9" * 5000, "place")


def test_shown_keeps_a_message_on_one_short_line() -> None:
    assert len(shown("9" * 5000)) < 80
    assert shown("x") == "'x'"


# --- World Cup season files ------------------------------------------------------------------


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


# --- World Cup command line -------------------------------------------------------------------


@pytest.fixture
def season_file(tmp_path: Path) -> Path:
    f = tmp_path / "s.csv"
    f.write_text(HEADER + "HVN1,500,men,Havard Lorentzen,1\nHVN1,500,men,Nico Ihle,2\n")
    return f


def test_cli_worldcup_distance_700(season_file: Path) -> None:
    err = one_line_error(
        f"skatecalc worldcup standings {season_file} --season 2017/18 --distance 700"
    )
    assert "700 m is not a World Cup distance (500, 1000" in err
    assert "unknown cup ''" not in err


def test_cli_worldcup_distance_superscript_two(season_file: Path) -> None:
    err = one_line_error(
        f"skatecalc worldcup standings {season_file} --season 2017/18 --distance ²"
    )
    assert "'²' is not a World Cup distance" in err


def test_cli_worldcup_distance_not_in_the_file(season_file: Path) -> None:
    err = one_line_error(
        f"skatecalc worldcup standings {season_file} --season 2017/18 --distance 1000"
    )
    assert "has no 1000 m men or 1000 m women cup; it has 500 m men" in err


@pytest.mark.parametrize("table_b", ["²", "25,,19", "25,x", "9" * 5000, "25, ５"])
def test_cli_worldcup_table_b(season_file: Path, table_b: str) -> None:
    err = one_line_error(
        f"skatecalc worldcup standings {season_file} --season 2017/18 --table-b '{table_b}'"
    )
    assert "--table-b" in err


def test_cli_worldcup_one_race_is_singular(season_file: Path) -> None:
    status, out, _ = run_cli(f"skatecalc worldcup standings {season_file} --season 2017/18")
    assert status == 0 and "500 m men: 1 race\n" in out and "1 races" not in out


def test_cli_worldcup_file_with_only_a_header(tmp_path: Path) -> None:
    f = tmp_path / "h.csv"
    f.write_text(HEADER)
    for command in ("standings", "outlook --remaining 1"):
        err = one_line_error(f"skatecalc worldcup {command} {f} --season 2017/18")
        assert "no races" in err


def test_cli_worldcup_remaining_a_billion(season_file: Path) -> None:
    err = one_line_error(
        f"skatecalc worldcup outlook {season_file} --season 2017/18 --remaining 1000000000"
    )
    assert "--remaining 1000000000 must be from 0 to 100" in err


# --- trial files -------------------------------------------------------------------------------


def test_trial_toml_distance_superscript_two() -> None:
    with pytest.raises(FileFormatError, match=r"'²' is not a distance.*line 2 of t\.toml"):
        parse_trials_toml('[men]\n"²" = ["A"]\n', "t.toml", "men")


def test_trial_csv_distance_superscript_two() -> None:
    with pytest.raises(FileFormatError, match=r"'²' is not a distance.*line 2 of t\.csv"):
        parse_trials_csv("distance,name\n²,A\n", "t.csv")


def test_trial_csv_distance_of_5000_digits() -> None:
    with pytest.raises(FileFormatError, match=r"more than 9 digits.*line 2 of t\.csv"):
        parse_trials_csv("distance,name\n" + "5" * 5000 + ",A\n", "t.csv")


def test_trial_csv_place_superscript_two() -> None:
    with pytest.raises(FileFormatError, match=r"place '²'.*line 2 of t\.csv"):
        parse_trials_csv("distance,place,name\n500,²,A\n", "t.csv")


@pytest.mark.parametrize(
    ("section", "closest"), [("Men", "men"), ("mne", "men"), ("Women", "women")]
)
def test_trial_toml_misspelt_section(section: str, closest: str) -> None:
    text = f'[{section}]\n"500" = ["A", "B"]\n'
    with pytest.raises(
        FileFormatError, match=rf"unknown section '{section}'; closest: '{closest}'"
    ):
        parse_trials_toml(text, "t.toml", "men")
    with pytest.raises(FileFormatError, match=rf"unknown section '{section}'"):
        parse_trials_toml(text, "t.toml")


def test_trial_toml_section_heren() -> None:
    with pytest.raises(FileFormatError, match="unknown section 'heren'"):
        parse_trials_toml('[heren]\n"500" = ["A"]\n', "t.toml", "men")


def test_trial_json_misspelt_section_mne() -> None:
    with pytest.raises(FileFormatError, match="unknown section 'mne'; closest: 'men'"):
        parse_trials_json('{"mne": {"500": ["A"]}}', "t.json", "men")


def test_cli_olympic_outlook_with_section_mne(tmp_path: Path) -> None:
    f = tmp_path / "f.toml"
    f.write_text('[mne]\n"500" = ["Merijn Scheperkamp", "Dai Dai N\'tab", "Kai Verbij"]\n')
    err = one_line_error(f"skatecalc olympic outlook {f} --order NED-2022-men")
    assert "unknown section 'mne'; closest: 'men' (line 1 of f.toml)" in err


def test_trial_toml_keys_500_and_0500() -> None:
    with pytest.raises(FileFormatError, match=r"'500' and '0500' are both the 500 m.*line 3"):
        parse_trials_toml('[men]\n"500" = ["A"]\n"0500" = ["B"]\n', "t.toml", "men")


def test_trial_json_keys_500_and_0500() -> None:
    with pytest.raises(FileFormatError, match="'500' and '0500' are both the 500 m"):
        parse_trials_json('{"500": ["A"], "0500": ["B"]}', "t.json")


def test_trial_json_repeated_key_500() -> None:
    with pytest.raises(FileFormatError, match=r"the key '500' appears twice.*t\.json"):
        parse_trials_json('{"men": {"500": ["A"], "500": ["B"]}}', "t.json", "men")


def test_trial_json_repeated_key_men() -> None:
    with pytest.raises(FileFormatError, match="the key 'men' appears twice"):
        parse_trials_json('{"men": {"500": ["A"]}, "men": {"1000": ["B"]}}', "t.json")


def test_trial_toml_top_level_distance_beside_men() -> None:
    text = '"500" = ["B"]\n[men]\n"1000" = ["A"]\n'
    with pytest.raises(
        FileFormatError, match=r"'500' is at the top level beside the 'men'.*line 1"
    ):
        parse_trials_toml(text, "t.toml", "men")


def test_trial_toml_mass_start_and_ms() -> None:
    with pytest.raises(FileFormatError, match="both 'mass_start' and 'MS'"):
        parse_trials_toml('[men]\nmass_start = "A"\nMS = "B"\n', "t.toml", "men")


def test_trial_toml_seed_notes_tables_are_still_read() -> None:
    text = '[men]\n"500" = ["A"]\n[expected.men]\nnames = ["A"]\n[actual.men]\n"500" = ["A"]\n'
    assert parse_trials_toml(text, "t.toml", "men").results == {500: ("A",)}


@pytest.mark.parametrize("text", ["", "# nothing\n", "[men]\n"])
def test_trial_toml_without_results(text: str) -> None:
    with pytest.raises(FileFormatError, match="holds no trial results"):
        parse_trials_toml(text, "t.toml", "men")


@pytest.mark.parametrize("gender", ["M", "heren", "", "Male"])
def test_trial_csv_gender(gender: str) -> None:
    text = f"gender,distance,name\nmen,500,A\n{gender},500,B\n"
    with pytest.raises(
        FileFormatError, match=rf"gender '{gender}' must be 'men' or 'women'.*line 3"
    ):
        parse_trials_csv(text, "t.csv", "men")


def test_trial_csv_gender_not_in_the_file() -> None:
    with pytest.raises(FileFormatError, match="no 'women' rows"):
        parse_trials_csv("gender,distance,name\nmen,500,A\n", "t.csv", "women")


def test_trial_csv_tijd_column() -> None:
    with pytest.raises(FileFormatError, match="unknown column 'tijd'; closest: 'time'"):
        parse_trials_csv("distance,name,tijd\n500,A,34.50\n500,B,34.40\n", "t.csv")


def test_trial_csv_time2_without_time() -> None:
    with pytest.raises(FileFormatError, match=r"'time2' column .* needs a 'time' column"):
        parse_trials_csv("distance,name,time2\n500,A,34.50\n500,B,34.40\n", "t.csv")


def test_trial_csv_two_name_columns() -> None:
    with pytest.raises(FileFormatError, match="duplicate column 'name'"):
        parse_trials_csv("distance,name,name\n500,A,B\n", "t.csv")


def test_trial_csv_mass_start_row_with_a_time() -> None:
    with pytest.raises(FileFormatError, match=r"mass-start row of 'A' has a time.*line 2"):
        parse_trials_csv("distance,name,time\nMS,A,5:00.00\n", "t.csv")


def test_trial_csv_only_a_header() -> None:
    with pytest.raises(FileFormatError, match="holds no trial results"):
        parse_trials_csv("distance,name\n", "t.csv")


def test_parse_trials_json_men_list_of_1() -> None:
    with pytest.raises(FileFormatError, match="'men' is not a section"):
        parse_trials_json('{"men":[1]}')


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"500": ' + "9" * 5000 + "}",
        '{"500": [' + "[" * 50_000 + "]" * 50_000 + "]}",
    ],
    ids=["nested-100000-deep", "int-of-5000-digits", "nested-list-in-a-distance"],
)
def test_trial_json_hostile(text: str) -> None:
    with pytest.raises(FileFormatError):
        parse_trials_json(text, "t.json")


@pytest.mark.parametrize(
    "text",
    ["x = " + "[" * 5000 + "]" * 5000, '"500" = ' + "9" * 5000],
    ids=["nested-5000-deep", "int-of-5000-digits"],
)
def test_trial_toml_hostile(text: str) -> None:
    with pytest.raises(FileFormatError):
        parse_trials_toml(text, "t.toml")


# --- Olympic command line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "what", ["NED ² men", "NED-²-men", "NED ٢٠٢٢ men", "NED 99999999999 men", "NED-99999999999-men"]
)
def test_cli_olympic_order_bad_year(what: str) -> None:
    one_line_error(f"skatecalc olympic order {what}")


@pytest.mark.parametrize("assign", ["²=X", "٥٠٠=X", "=X", "500=", "99999999999=X"])
def test_cli_olympic_assign(assign: str) -> None:
    err = one_line_error(
        f"skatecalc olympic select okt2021 --order NED-2022-men --assign '{assign}'"
    )
    assert "--assign" in err


def test_cli_olympic_assign_the_1000_twice() -> None:
    err = one_line_error(
        "skatecalc olympic select okt2021 --order NED-2022-men"
        " --assign '1000=Kai Verbij' --assign '1000=Thomas Krol'"
    )
    assert "already assigned to 'Kai Verbij'" in err


# --- bad files into every command --------------------------------------------------------------


def _bad_files(tmp_path: Path, suffix: str) -> list[Path]:
    binary = tmp_path / f"binary{suffix}"
    binary.write_bytes(bytes(range(256)) * 8)
    directory = tmp_path / f"directory{suffix}"
    directory.mkdir()
    empty = tmp_path / f"empty{suffix}"
    empty.write_text("")
    truncated = tmp_path / f"truncated{suffix}"
    truncated.write_text(
        {
            ".csv": "race,distance,gender,name,place\nHVN1,500,men,A",
            ".toml": '[men]\n"500" = ["A", "B',
            ".json": '{"men": {"500": ["A"',
        }[suffix]
    )
    return [binary, directory, empty, truncated, tmp_path / f"missing{suffix}"]


@pytest.mark.parametrize("command", ["standings", "outlook --remaining 2"])
def test_cli_worldcup_bad_files(tmp_path: Path, command: str) -> None:
    for f in _bad_files(tmp_path, ".csv"):
        one_line_error(f"skatecalc worldcup {command} {f} --season 2017/18")


@pytest.mark.parametrize("command", ["select", "outlook"])
@pytest.mark.parametrize("suffix", [".csv", ".toml", ".json"])
def test_cli_olympic_bad_files(tmp_path: Path, command: str, suffix: str) -> None:
    for f in _bad_files(tmp_path, suffix):
        one_line_error(f"skatecalc olympic {command} {f} --order NED-2022-men")


# --- API misuse: World Cup -----------------------------------------------------------------------


def test_cup_entrant_5_and_tie_break_5() -> None:
    with pytest.raises(SkatecalcError, match="entrant 5"):
        Cup(R, entrant=5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="tie_break 5"):
        Cup(R, tie_break=5)  # type: ignore[arg-type]


def test_cup_tie_break_returning_a_list() -> None:
    cup = Cup(R, tie_break=lambda t: [1])  # type: ignore[arg-type,return-value]
    cup.add_race("R1", ["A", "B"])
    with pytest.raises(SkatecalcError, match="tuple of whole numbers"):
        cup.standings()


def test_cup_total_0_is_not_the_leaders_points() -> None:
    cup = Cup(R)
    cup.add_race("R1", ["A", "B"])
    with pytest.raises(SkatecalcError, match="0 is not a name"):
        cup.total(0)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="is not a name"):
        can_still_win(cup, 0, [])  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="is not a name"):
        guarantee(cup, "A", [], rival=1)  # type: ignore[arg-type]


def test_standings_index_99_and_1_5() -> None:
    cup = Cup(R)
    cup.add_race("R1", ["A", "B"])
    st = cup.standings()
    with pytest.raises(PositionError, match="position 99 is beyond the 2 standings"):
        st[99]
    with pytest.raises(IndexError):  # still an IndexError for Python's protocols
        st[-3]
    with pytest.raises(PositionError):
        st[1.5]  # type: ignore[index]
    assert st[-1].name == "B" and [s.name for s in st[:1]] == ["A"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.add_race("R2", 5), "must be a finishing order"),
        (lambda c: c.add_race("R2", "AB"), "must be a finishing order"),
        (lambda c: c.add_race("R2", [1, 2]), "is not a name"),
        (lambda c: c.add_race("R2", [["A"]]), "is not a name"),
        (lambda c: c.add_race("R2", {"A": 1.0}), "neither a place"),
        (lambda c: c.add_race("R2", {"A": "²"}), "neither a place"),
        (lambda c: c.add_race("R2", {"A": 10**5000}), "more than 9 digits is beyond every table"),
        (lambda c: c.add_race("R2", {"A": -(10**5000)}), "more than 9 digits is not a place"),
        (lambda c: c.add_race("R2", ["A"], final="yes"), "final='yes'"),
        (lambda c: c.add_race("R2", ["A"], division=5), "division 5"),
        (lambda c: c.add_race("R2", ["A"], distance=[500]), "not a World Cup distance"),
        (lambda c: c.add_race(5, ["A"]), "race name 5"),
        (lambda c: c.add("R2"), "not a RaceResult"),
        (lambda c: c.until(5), "race 5 is not a race name"),
        (lambda c: c.races[0].score_of(5), "5 is not a name"),
        (lambda c: c.can_still_win("A", Race()), "remaining must be a list"),
        (lambda c: c.can_still_win("A", "RR"), "remaining must be a list"),
    ],
)
def test_cup_api_misuse(call: Any, message: str) -> None:
    cup = Cup(R)
    cup.add_race("R1", ["A", "B"])
    with pytest.raises(SkatecalcError, match=message):
        call(cup)


def test_outlook_functions_given_none_or_text() -> None:
    with pytest.raises(SkatecalcError, match="is not a Cup"):
        can_still_win(None, "A", [])  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="is not World Cup Rules"):
        max_available("2017/18", [])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rules": 5}, "neither Rules nor MassStartRules"),
        ({"sprints": 5}, "sprints must be a list"),
        ({"sprints": [5]}, "sprint 1 must be a list"),
        ({"sprints": [[["A"]]]}, "in sprint 1 is not a name"),
        ({"statuses": ["A"]}, "statuses must map"),
        ({"statuses": {"C": 5}}, "status 5 of 'C'"),
        ({"statuses": {5: "DNF"}}, "5 in statuses is not a name"),
    ],
)
def test_rank_mass_start_misuse(kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"rules": MassStartRules((5, 3, 1), (60, 40, 20)), "finish": ["A", "B"]}
    args.update(kwargs)
    with pytest.raises(SkatecalcError, match=message):
        rank_mass_start(**args)


def test_tally_is_unchanged() -> None:  # the tie-break input keeps its shape
    assert Tally("X", 0, 0, ()).places == ()


# --- API misuse: Olympic --------------------------------------------------------------------------

ORDER = selection_order("NED", 2022, "men")
OKT = {
    500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij", "Thomas Krol"],
    1000: ["Thomas Krol", "Kai Verbij", "Hein Otterspeer", "Kjeld Nuis"],
    1500: ["Kjeld Nuis", "Thomas Krol", "Tijmen Snel", "Patrick Roest", "Marcel Bosker"],
    5000: ["Patrick Roest", "Jorrit Bergsma", "Sven Kramer", "Marcel Bosker"],
    10000: ["Jorrit Bergsma", "Patrick Roest", "Beau Snellink"],
}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"added": 5}, "added must be a list of names"),
        ({"assigned": 5}, "assigned must map"),
        ({"designated": ["MS"]}, "designated must map"),
        ({"skaters": 5}, "skaters must be a list"),
        ({"refill": 5}, "refill 5 is not a refill policy"),
        ({"refill": lambda v: "Thomas Krol", "added": ["Sven Kramer"]}, "return a Refill"),
        ({"mass_start": 5}, "is not a name"),
        ({"assigned": {1000: 5}}, "is not a name"),
    ],
)
def test_select_misuse(kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"mass_start": "Jorrit Bergsma"}
    args.update(kwargs)
    with pytest.raises(SkatecalcError, match=message):
        select(ORDER, OKT, **args)


def test_select_order_none_and_row_text() -> None:
    with pytest.raises(SkatecalcError, match="is not a SelectionOrder"):
        select(None, OKT)  # type: ignore[arg-type]
    sel = select(ORDER, OKT, mass_start="Jorrit Bergsma")
    with pytest.raises(SkatecalcError, match="has no row '1'"):
        sel.row("1")  # type: ignore[arg-type]


def test_walk_with_a_list_as_a_name() -> None:
    with pytest.raises(SkatecalcError, match=r"row 2: \['A'\] is not a name"):
        walk(["A", ["A"]])  # type: ignore[list-item]


def test_outlook_misuse() -> None:
    with pytest.raises(SkatecalcError, match="skaters must be a list"):
        outlook(ORDER, {500: OKT[500]}, skaters=5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="mass_start 5 is not a name"):
        outlook(ORDER, {500: OKT[500]}, mass_start=5)  # type: ignore[arg-type]
    view = outlook(ORDER, {500: OKT[500]})
    with pytest.raises(SkatecalcError, match="5 is not a name"):
        view.detail(5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError):
        view[["A"]]  # type: ignore[index]


def test_rank_distance_misuse() -> None:
    with pytest.raises(SkatecalcError, match="must map each skater"):
        rank_distance(500, ["A"])  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="races=0"):
        rank_distance(500, {"A": "34.5"}, races=0)
    with pytest.raises(SkatecalcError, match="is not a mapping of distance"):
        rank_trials(5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match=r"\(A, 500 m\)"):
        rank_distance(500, {"A": "1:7x.10"})


def test_press_names_of_5() -> None:
    with pytest.raises(SkatecalcError):
        surname(5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError):
        press_names(["A", 5])  # type: ignore[list-item]


# --- properties ---------------------------------------------------------------------------------


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
    f.write_text(HEADER + "R1,500,men,\x1b[31mRED,1\nR1,500,men,B,2\n")
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
        read_season_text(HEADER, "2017/18")  # type: ignore[arg-type]


def test_cli_worldcup_table_season_of_5000_nines() -> None:
    err = one_line_error("skatecalc worldcup table " + "9" * 5000)
    assert len(err) < 200 and "(5000 characters) is not a season" in err


@pytest.mark.parametrize("field", ["tickets", "discretionary"])
def test_outlook_and_select_with_10_to_the_4301_places(field: str) -> None:
    with pytest.raises(SkatecalcError, match=f"{field} must be a whole number from"):
        outlook(ORDER, {}, **{field: 10**4301 - 1})
    with pytest.raises(SkatecalcError, match=f"{field} must be a whole number from"):
        select(ORDER, OKT, mass_start="Jorrit Bergsma", **{field: 10**4301 - 1})
