"""Trial files (TOML, CSV, JSON) and the `skatecalc olympic` command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from skatecalc import DuplicateError, FileFormatError, SkatecalcError
from skatecalc.io.olympic import parse_trials_csv, parse_trials_json, parse_trials_toml, read_trials

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
    assert parse_trials_toml(text, "t.toml", "men").results == {500: ("A", "B", "C")}
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
    assert status == 1 and "unknown skater (as added) 'A'" in err
    status, _, err = run_cli(f"skatecalc olympic select {SEED} --order NED-2022-men --assign 1000")
    assert status == 1 and "use DISTANCE=NAME" in err
    status, _, err = run_cli("skatecalc olympic select nothing.toml --order NED-2022-men")
    assert status == 1 and "cannot read 'nothing.toml'" in err
