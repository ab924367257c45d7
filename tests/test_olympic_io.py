"""Trial files (TOML, CSV, JSON) and the `skatecalc olympic` command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from skatecalc import DuplicateError, FileFormatError, SkatecalcError
from skatecalc.io.olympic import parse_trials_csv, parse_trials_json, parse_trials_toml, read_trials

from .helpers import one_line_error
from .test_docs import run_cli

SEED = Path(__file__).resolve().parent / "data" / "seed" / "okt2021.toml"
AFTER_500 = Path(__file__).resolve().parent / "data" / "olympic" / "okt2021-men-after-500.toml"


def test_seed_file_reads_per_gender() -> None:
    men = read_trials(SEED, "men")
    assert men.results[10000] == ("Jorrit Bergsma", "Patrick Roest", "Beau Snellink")
    assert men.mass_start == "Jorrit Bergsma"
    women = read_trials(SEED, "women")
    assert women.results[1000][2] == "Ireen Wüst"
    with pytest.raises(FileFormatError, match="holds men and women: choose one"):
        read_trials(SEED)


def test_toml_times_are_ranked_and_errors_have_lines() -> None:
    text = '[men]\n"500" = { "A" = ["34.60", "34.45"], "B" = "34.50", "C" = ["DQ", "DNF"] }\n'
    # C has no valid time: C holds no place (was ("A", "B", "C"): C took place 3 and its row)
    assert parse_trials_toml(text, "t.toml", "men").results == {500: ("A", "B")}
    bad = '[men]\n"500" = ["A"]\n"1000" = { "A" = "1:7x.10" }\n'
    with pytest.raises(SkatecalcError, match=r"'1:7x\.10' is not a race time.*line 3 of t\.toml"):
        parse_trials_toml(bad, "t.toml", "men")
    with pytest.raises(FileFormatError, match=r"'5k' is not a distance.*line 2 of t\.toml"):
        parse_trials_toml('[men]\n"5k" = ["A"]\n', "t.toml", "men")
    with pytest.raises(FileFormatError, match=r"no 'women' section"):
        parse_trials_toml('[men]\n"500" = ["A"]\n', "t.toml", "women")


def test_csv_orders_places_times_and_lines() -> None:
    plain = parse_trials_csv("distance,name\n1000,B\n1000,A\nMS,C\n", "o.csv")
    assert plain.results == {1000: ("B", "A")} and plain.mass_start == "C"
    placed = parse_trials_csv("distance,place,name\n1000,2,A\n1000,1,B\n", "o.csv")
    assert placed.results == {1000: ("B", "A")}
    timed = parse_trials_csv(
        "gender,distance,name,time,time2\nmen,500,A,34.60,34.40\nmen,500,B,34.50,\n"
        "women,500,C,37.30,\n",
        "o.csv",
        gender="men",
    )
    assert timed.results == {500: ("A", "B")}
    with pytest.raises(DuplicateError, match=r"'A' is twice on the 1000 m \(line 3 of o\.csv\)"):
        parse_trials_csv("distance,name\n1000,A\n1000,A\n", "o.csv")
    with pytest.raises(SkatecalcError, match=r"line 2 of o\.csv"):
        parse_trials_csv("distance,name,time\n500,A,fast\n", "o.csv")
    with pytest.raises(FileFormatError, match="missing column 'name'"):
        parse_trials_csv("distance,skater\n500,A\n", "o.csv")


def test_json() -> None:
    data = (
        '{"women": {"3000": ["Irene Schouten", "Antoinette de Jong"],'
        ' "mass_start": "Irene Schouten"}}'
    )
    t = parse_trials_json(data, "o.json")
    assert t.results == {3000: ("Irene Schouten", "Antoinette de Jong")}
    with pytest.raises(FileFormatError, match=r"women\.3000 of o\.json"):
        parse_trials_json('{"women": {"3000": "Irene Schouten"}}', "o.json")


def test_cli_order_select_outlook() -> None:
    status, out, _ = run_cli("skatecalc olympic order")
    assert status == 0 and "NED-2026-women" in out
    status, out, _ = run_cli("skatecalc olympic order NED-2026-women")
    assert status == 0 and "  8  5000 m #2  (derived)" in out
    status, out, _ = run_cli(
        f"skatecalc olympic select {SEED} --order NED-2022-men"
        ' --add "Sven Kramer" --add "Marcel Bosker"'
    )
    assert status == 0
    assert "  500 m: Merijn Scheperkamp, Kai Verbij, Thomas Krol" in out
    status, out, _ = run_cli("skatecalc olympic select okt2021 --order NED-2022-women")
    assert status == 0 and "team (9): Irene Schouten" in out
    status, out, _ = run_cli(f"skatecalc olympic outlook {AFTER_500} --order NED-2022-men")
    assert status == 0 and "Merijn Scheperkamp  safe unless discretionary" in out


def test_cli_errors_are_one_line() -> None:
    status, _, err = run_cli("skatecalc olympic order NED 2014 men")
    assert status == 1 and "known: NED-2018-men" in err
    status, _, err = run_cli(
        f"skatecalc olympic select {SEED} --order NED-2022-men --add A --add B --add C --add D"
    )
    assert status == 1 and "unknown skater (designated as a person) 'A'" in err
    status, _, err = run_cli(f"skatecalc olympic select {SEED} --order NED-2022-men --assign 1000")
    assert status == 1 and "use DISTANCE=NAME" in err
    status, _, err = run_cli("skatecalc olympic select nothing.toml --order NED-2022-men")
    assert status == 1 and "cannot read 'nothing.toml'" in err


# --- trial files ------------------------------------------------------------------------


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
