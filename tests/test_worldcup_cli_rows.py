"""`skatecalc worldcup standings` JSON/CSV rows come from the library's typed rows."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc.io.worldcup import read_season_text
from skatecalc.worldcup import rules
from tests.helpers import run_cli

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
