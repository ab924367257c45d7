"""Result files (CSV, JSON) and the `skatecalc standings` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import skatecalc as sc
from skatecalc.io.results import load_example, load_results, parse_results_csv

from .helpers import run_cli

GOOD = "name,nation,500,1000,500,1000\nFemke Kok,NED,37.07,1:14.35,37.07,\n"


def test_csv_with_comments_and_empty_cells() -> None:
    f = parse_results_csv("# source: test\n" + GOOD, "r.csv")
    assert f.combination is sc.SPRINT
    assert f.nations == {"Femke Kok": "NED"}
    assert len(f.results["Femke Kok"]) == 3


def test_combination_is_inferred_or_checked() -> None:
    allround = parse_results_csv("name,500,5000\nA,36.00,6:10.00\n")
    assert allround.combination is sc.ALLROUND_MEN
    ambiguous = parse_results_csv("name,500,3000\nA,40.00,4:00.00\n")
    assert ambiguous.combination.name == "custom"
    assert "start several combinations (allround-women, small-men" in ambiguous.warnings[0]
    assert parse_results_csv("name,500,3000\nA,40.00,4:00.00\n", combination="allround-women")
    with pytest.raises(sc.FileFormatError, match="do not match Sprint"):
        parse_results_csv("name,500,3000\nA,40.00,4:00.00\n", combination="sprint")
    custom = parse_results_csv("name,500,700\nA,40.00,1:00.00\n")
    assert custom.combination.distances == (500, 700)


def test_missing_column() -> None:
    with pytest.raises(sc.FileFormatError, match=r"missing column 'name'.*\(line 1 of r\.csv\)"):
        parse_results_csv("skater,500\nA,37.00\n", "r.csv")


def test_ragged_row_names_the_line() -> None:
    with pytest.raises(sc.FileFormatError, match=r"ragged row: 3 cells.*\(line 3 of r\.csv\)"):
        parse_results_csv("name,500\nA,37.00\nB,37.00,38.00\n", "r.csv")


def test_bad_time_names_value_and_line() -> None:
    with pytest.raises(sc.InvalidTimeError, match=r"'1:7x\.10'.*\(line 3 of r\.csv\)"):
        parse_results_csv("name,500,1000\nA,37.00,1:14.00\nB,37.50,1:7x.10\n", "r.csv")


def test_duplicate_in_file() -> None:
    with pytest.raises(sc.DuplicateError, match=r"'A' appears twice \(first on line 2\)"):
        parse_results_csv("name,500\nA,37.00\nA,38.00\n", "r.csv")


def test_hole_in_results_is_an_error_not_a_skip() -> None:
    with pytest.raises(
        sc.FileFormatError, match=r"'A' has no result on the first 1000 m \(distance 2\)"
    ):
        parse_results_csv("name,500,1000,500\nA,37.00,,37.50\n", "r.csv")


def test_json(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps(
            {
                "combination": "sprint",
                "skaters": [
                    {
                        "name": "Miho Takagi",
                        "nation": "JPN",
                        "results": ["37.13", "1:13.32", "37.19"],
                    },
                    {"name": "Femke Kok", "results": ["37.07", "1:14.35", "37.07"]},
                ],
            }
        ),
        "utf-8",
    )
    table = load_results(path).classify()
    assert [str(s.points) for s in table] == ["110.980", "111.315"]
    path.write_text('{"combination": "sprint", "skaters": [{"name": "A", "results": [37.1]}]}')
    with pytest.raises(
        sc.FileFormatError, match=r"37\.1 is not a result.*skaters\[0\]\.results\[0\]"
    ):
        load_results(path)
    path.write_text('{"combination": "sprint",\n "skaters": [}')
    with pytest.raises(sc.FileFormatError, match=r"not valid JSON.*line 2 of r\.json"):
        load_results(path)


def test_unreadable_file() -> None:
    with pytest.raises(sc.FileFormatError, match=r"cannot read 'nope\.csv'"):
        load_results("nope.csv")


def test_example_is_the_published_data() -> None:
    table = load_example("wsc2024-women").classify()
    assert [str(s.points) for s in table] == ["110.980", "111.315", "111.835"]
    with pytest.raises(sc.FileFormatError, match="no example called 'wsc'"):
        load_example("wsc")


def test_cli_standings_example() -> None:
    status, out, _ = run_cli("skatecalc standings --example wsc2024-women")
    assert status == 0
    assert "110.980" in out and "0.67" in out and "1.71" in out


def test_cli_standings_dutch_and_formats() -> None:
    _, out, _ = run_cli("skatecalc standings --example wsc2024-women --lang nl")
    assert "111,315" in out and "0,67" in out and "1.14,35" in out
    _, out, _ = run_cli("skatecalc standings --example wsc2024-women --format json")
    rows = json.loads(out)
    assert rows[1]["name"] == "Femke Kok" and rows[1]["gap"] == "0.67"
    _, out, _ = run_cli("skatecalc standings --example wsc2024-women --format csv --after 2")
    # the columns of earlier releases first, then the exact values (gap_exact, ...)
    assert out.splitlines()[0].startswith("rank,name,nation,500 (1),1000 (1),points,status,gap,")


def test_cli_error_is_one_line_with_status_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,500\nA,1:75.00\n", "utf-8")
    status, out, err = run_cli(f"skatecalc standings {bad}")
    assert status == 1 and out == ""
    assert err.strip() == (
        "skatecalc: error: '1:75.00' is not a race time: 75 seconds must be below 60"
        " (line 2 of bad.csv)"
    )


def test_cli_warns_about_ignored_columns() -> None:
    status, _, err = run_cli("skatecalc standings tests/data/seed/wsc2024-women.csv")
    assert status == 0
    assert "warning: column 'points_after_3' ignored" in err


def test_python_dash_m_and_console_script_entry_point() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "skatecalc", "standings", "--example", "wsc2024-women"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "110.980" in done.stdout and "0.67" in done.stdout


# --- issue 10: the lean read path ----------------------------------------------------------


def test_equal_cells_share_one_parsed_value_and_equal_parse_result() -> None:
    from skatecalc.time import parse_result

    f = parse_results_csv("name,500,1000\nA,37.07,1:14.35\nB,37.07,dnf\nC,37.070,\n", "s.csv")
    a, b, c = f.results["A"], f.results["B"], f.results["C"]
    assert a[0] is b[0]  # the same text: one immutable value
    assert a == (parse_result("37.07"), parse_result("1:14.35"))
    assert b[1] is sc.Status.DNF
    assert c[0] == a[0] and c[0].precision == 3  # equal value, its own precision kept


def test_bad_time_repeated_is_reported_on_its_first_line() -> None:
    text = "name,500,1000\nA,37.07,1:14.35\nB,1:75.00,1:14.35\nC,1:75.00,1:14.35\n"
    with pytest.raises(
        sc.InvalidTimeError, match=r"75 seconds must be below 60 \(line 3 of b.csv\)"
    ):
        parse_results_csv(text, "b.csv")


def test_20000_rows_with_nations_read_exactly() -> None:
    def t(h: int) -> str:
        return f"{h // 6000}:{h // 100 % 60:02d}.{h % 100:02d}"

    rows = [f"S{i},N{i % 7},{t(3400 + i % 997)},{t(6800 + i)}" for i in range(20_000)]
    f = parse_results_csv("name,nation,500,1000\n" + "\n".join(rows) + "\n", "big.csv")
    assert len(f.results) == len(f.nations) == 20_000
    assert f.results["S19999"] == (
        sc.RaceTime.parse(t(3400 + 19999 % 997)),
        sc.RaceTime.parse(t(26799)),
    )
    assert f.nations["S12"] == "N5"
