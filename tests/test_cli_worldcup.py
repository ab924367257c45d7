"""``skatecalc worldcup`` (`skatecalc.cli.worldcup`): its rows, its errors."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc.io.worldcup import read_season_text
from skatecalc.worldcup import (
    rules,
)
from tests.helpers import one_line_error, run_cli

# --- `skatecalc worldcup standings` JSON/CSV rows come from the library's typed rows. ------


HEADER = "race,date,distance,gender,division,final,name,place,points\n"


FIXED = ["points", "name", "rank", "nation", "wins", "cup", "points (race)"]


def _season(first: str, second: str) -> str:
    return (
        HEADER
        + f"{first},2017-11-12,500,men,A,no,Lead,1,\n"
        + f"{first},2017-11-12,500,men,A,no,Other,2,\n"
        + f"{second},2017-11-19,500,men,A,no,Lead,2,\n"
        + f"{second},2017-11-19,500,men,A,no,Other,1,\n"
    )


def _json_totals(text: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "f.csv"
        path.write_text(text, encoding="utf-8")
        status, out, err = run_cli(
            f"skatecalc worldcup standings {path} --season 2017/18 --format json"
        )
    assert status == 0, err
    data = json.loads(out)
    rows = data if isinstance(data, list) else data["rows"]
    return {r["name"]: r["points"] for r in rows}


def test_season_csv_with_a_race_named_points_keeps_the_total_in_json() -> None:
    text = _season("points", "HVN2")
    assert _json_totals(text) == {"Lead": 180, "Other": 180}
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "f.csv"
        path.write_text(text, encoding="utf-8")
        status, out, _ = run_cli(
            f"skatecalc worldcup standings {path} --season 2017/18 --format csv"
        )
    assert status == 0
    assert "points (race)" in out.splitlines()[0]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(FIXED) | st.text("abcz ", min_size=1, max_size=6).map(str.strip),
        min_size=2,
        max_size=2,
        unique=True,
    ).filter(lambda names: all(names))
)
def test_json_total_equals_the_library_total_for_any_race_names(names: list[str]) -> None:
    text = _season(names[0], names[1])
    cup = read_season_text(text, rules("2017/18"), "f.csv").cup("500 m men")
    assert _json_totals(text) == {s.name: s.points for s in cup.standings()}


SEED = Path(__file__).resolve().parent / "data" / "seed" / "listings"


SLC = SEED / "wc2025-26-1-salt-lake-city.txt"


CALGARY = SEED / "wc2025-26-2-calgary.txt"


def test_after_wc1_with_listings_given_newest_first_excludes_wc2() -> None:
    status, out, err = run_cli(
        f"skatecalc worldcup standings {CALGARY} {SLC} --distance 1000 --gender men"
        ' --division A --after "WC1 1000 m 14.11.2025" --format json'
    )
    assert status == 0, err
    data = json.loads(out)
    rows = data if isinstance(data, list) else data["rows"]
    stolz = next(r for r in rows if r["name"] == "Jordan Stolz")
    assert stolz["points"] == 60  # WC1 only; WC2 (Calgary) would add 120


@settings(max_examples=10, deadline=None)
@given(st.permutations([SLC, CALGARY]), st.sampled_from([500, 1000, 1500]))
def test_cup_races_are_in_date_order_whatever_the_listing_order(
    paths: list[Path], distance: object
) -> None:
    from skatecalc.io import read_listing
    from skatecalc.io.listing import worldcup_cup

    events = [read_listing(p) for p in paths]
    cup = worldcup_cup(events, distance, "men", division="A")  # type: ignore[arg-type]
    dates = [r.date for ev in events for r in ev.races]
    assert dates  # the listings hold races
    forward = worldcup_cup(
        [read_listing(SLC), read_listing(CALGARY)],
        distance,  # type: ignore[arg-type]
        "men",
        division="A",
    )
    assert [r.name for r in cup.races] == [r.name for r in forward.races]
    assert [(s.name, s.points) for s in cup.standings()] == [
        (s.name, s.points) for s in forward.standings()
    ]


def test_whole_season_listings_division_a_prints_every_cup() -> None:
    # The 2025/26 tables read from the official result PDFs know the mass start's places
    # 21-24, so the whole season prints every cup.
    status, out, err = run_cli(f"skatecalc worldcup standings {SLC} {CALGARY} --division A")
    assert status == 0, err
    assert "left out" not in err
    assert "mass start men, Division A" in out
    assert "mass start women, Division A" in out
    assert "1000 m men, Division A" in out


def test_whole_season_listings_division_a_skips_the_unknown_mass_start_with_a_warning() -> None:
    # A mass-start table of 20 places (as the 2025/26 table was known before the official
    # PDFs were read): the 23 finishers do not fit, so that cup is left out with a warning.
    table = ",".join(str(p) for p in range(60, 40, -1))
    status, out, err = run_cli(
        f"skatecalc worldcup standings {SLC} {CALGARY} --division A --table-distance MS={table}"
    )
    assert status == 0, err
    assert "left out the mass start men cup" in err
    assert "left out the mass start women cup" in err
    assert "--table-distance MS=POINTS" in err
    assert "override" not in err
    assert "mass start" not in out
    assert "1000 m men, Division A" in out
    assert "team pursuit women, Division A" in out


def test_mass_start_asked_by_name_with_unknown_table_is_still_an_error() -> None:
    table = ",".join(str(p) for p in range(60, 40, -1))
    status, _, err = run_cli(
        f"skatecalc worldcup standings {SLC} --division A --distance MS --gender men"
        f" --table-distance MS={table}"
    )
    assert status == 1
    assert "place 21 is beyond the 20-place table" in err


def test_whole_season_with_the_mass_start_table_supplied_prints_it() -> None:
    table = ",".join(str(n) for n in range(60, 0, -2))
    status, out, err = run_cli(
        f"skatecalc worldcup standings {SLC} --division A --table-distance MS={table}"
    )
    assert status == 0, err
    assert "left out" not in err
    assert "mass start men, Division A" in out


def test_outlook_of_a_season_csv_with_a_race_named_points_keeps_the_total_in_json() -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "f.csv"
        path.write_text(_season("points", "name"), encoding="utf-8")
        status, out, err = run_cli(
            f"skatecalc worldcup outlook {path} --season 2017/18 --remaining 1 --format json"
        )
    assert status == 0, err
    data = json.loads(out)
    rows = data if isinstance(data, list) else data["rows"]
    assert {r["name"]: r["points"] for r in rows} == {"Lead": 180, "Other": 180}


@pytest.mark.parametrize("command", ["standings", "outlook --remaining 1"])
def test_unknown_final_place_on_the_command_line_names_options_not_python(command: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "erfurt.csv"
        path.write_text(HEADER + "ERF1,,500,women,A,yes,A,6,\n", encoding="utf-8")
        status, _, err = run_cli(f"skatecalc worldcup {command} {path} --season 2014/15")
    assert status == 1
    assert "--table-final" in err
    assert "override(" not in err and "Rules.custom" not in err


# --- World Cup command line -------------------------------------------------------------


HEADER_DOMAINS = "race,distance,gender,name,place\n"


@pytest.fixture
def season_file(tmp_path: Path) -> Path:
    f = tmp_path / "s.csv"
    f.write_text(HEADER_DOMAINS + "HVN1,500,men,Havard Lorentzen,1\nHVN1,500,men,Nico Ihle,2\n")
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
    f.write_text(HEADER_DOMAINS)
    for command in ("standings", "outlook --remaining 1"):
        err = one_line_error(f"skatecalc worldcup {command} {f} --season 2017/18")
        assert "no races" in err


def test_cli_worldcup_remaining_a_billion(season_file: Path) -> None:
    err = one_line_error(
        f"skatecalc worldcup outlook {season_file} --season 2017/18 --remaining 1000000000"
    )
    assert "--remaining 1000000000 must be from 0 to 100" in err
