"""Columns declared once (skatecalc.columns): every table's ``to_rows()`` has exactly its
declared columns with values of the declared types, ``to_json()`` is the JSON of those rows
and the JSON the command line prints, and ``to_frame()`` gives numbers a plot can use."""

from __future__ import annotations

import builtins
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc.championship.targets.live import in_progress, provisional
from skatecalc.columns import (
    PANDAS_MISSING,
    Column,
    check_columns,
    csv_text,
    plain_value,
    rows_json,
)
from skatecalc.errors import SkatecalcError, TableError
from skatecalc.tabular import Tabular
from skatecalc.time import RaceTime
from skatecalc.worldcup import Cup, Rules

from .helpers import run_cli
from .strategies import live_sprints, soqc_results, wc_race_results

WSC2024 = {
    "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    "Femke Kok": ["37.07", "1:14.35", "37.07"],
    "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
}


def _example() -> sc.Standings:
    """The built-in example ``wsc2024-women`` read as the command line reads it."""
    from pathlib import Path

    from skatecalc.io.results import parse_results_csv

    path = Path(sc.__file__).parent / "data" / "examples" / "wsc2024-women.csv"
    return parse_results_csv(path.read_text(encoding="utf-8"), path.name).classify()


def _derives(table: Tabular[Any], rows: list[dict[str, Any]] | None = None) -> None:
    """The declaration holds for ``table``: rows have the declared columns, in order, of
    the declared types; the JSON is the JSON of the rows; the CSV heading is the columns."""
    rows = table.check() if rows is None else check_columns(rows, table.columns)
    names = [c.name for c in table.columns]
    assert all(list(row) == names for row in rows)
    assert json.loads(table.to_json()) == [{k: plain_value(v) for k, v in r.items()} for r in rows]
    assert table.to_json() == rows_json(rows)
    assert table.to_csv().splitlines()[0] == csv_text([], names).splitlines()[0]


@settings(max_examples=40, deadline=None)
@given(live_sprints(), st.integers(0, 4))
def test_championship_tables_derive_from_their_columns(
    results: dict[str, list[str | None]], after: int
) -> None:
    try:
        table = sc.classify(sc.SPRINT, results, after=after)
    except SkatecalcError:
        return  # a field the rules refuse is not a table
    _derives(table)
    if table.next_distance is not None:
        _derives(sc.board(table))
        if in_progress(table):
            _derives(provisional(table))
        ranked = [s.name for s in table if s.rank is not None]
        if len(ranked) >= 2:
            try:
                need = sc.required_time(table, ranked[1], beat=ranked[0])
            except SkatecalcError:
                return
            _derives(need)
            assert len(need) == 1 and need[0] is need and need.names == (ranked[1],)


@settings(max_examples=40, deadline=None)
@given(st.lists(wc_race_results(("A", "B", "C", "Ådne"), 4), max_size=4))
def test_world_cup_standings_derive_from_their_columns(races: list[dict[str, int | str]]) -> None:
    cup = Cup(Rules.custom("t", [10, 6, 4, 2]))
    for i, results in enumerate(races):
        cup.add_race(f"R{i}", results)
    _derives(cup.standings())


def test_standings_json_is_the_json_the_command_line_prints() -> None:
    table = _example()
    code, out, _ = run_cli("skatecalc standings --example wsc2024-women --format json")
    assert code == 0
    assert out.rstrip("\n") == table.to_json()


def test_need_json_is_the_json_the_command_line_prints() -> None:
    table = _example()
    need = sc.required_time(table, "Femke Kok", beat="Miho Takagi")
    command = "skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi'"
    out = run_cli(command + " --format json")[1]
    assert out.rstrip("\n") == need.to_json()
    assert str(need) == need.explain("en") and need.format("nl") == need.format("nl")


def test_board_json_is_the_json_the_command_line_prints() -> None:
    board = sc.board(_example())
    out = run_cli("skatecalc board --example wsc2024-women --format json")[1]
    assert out.rstrip("\n") == board.to_json()


def test_a_column_of_an_undeclared_type_is_refused() -> None:
    with pytest.raises(TableError, match="float"):
        Column("points", float, "the total")


def test_rows_with_a_missing_column_are_refused() -> None:
    cols = (Column("rank", int, "place"), Column("name", str, "skater"))
    with pytest.raises(TableError, match="keys"):
        check_columns([{"rank": 1}], cols)
    with pytest.raises(TableError, match="holds int"):
        check_columns([{"rank": True, "name": "A"}], cols)  # a bool is not a place


def test_a_table_without_getters_says_so() -> None:
    import attrs

    @attrs.frozen
    class Row:
        name: str

    @attrs.frozen(repr=False)
    class Bare(Tabular[Row]):
        rows: tuple[Row, ...]

        def _table_rows(self) -> tuple[Row, ...]:
            return self.rows

    with pytest.raises(TableError, match="declares no getter"):
        Bare((Row("A"),)).to_rows()


def test_to_frame_gives_numbers_a_plot_can_use() -> None:
    pytest.importorskip("pandas")
    table = sc.classify(sc.SPRINT, {**WSC2024, "A": ["37.50", "DQ"]})
    frame = table.to_frame()
    assert list(frame.columns) == [c.name for c in table.columns]
    assert str(frame["rank"].dtype) == "Int64" and str(frame["points"].dtype) == "float64"
    assert str(frame["500 (1)"].dtype) == "float64" and frame["500 (1)"][1] == 37.07
    assert frame["1000 (1)"].isna()[3]  # DQ: no number (the status is in to_rows())
    assert frame["rank"].isna()[3] and frame["finalist"].dtype == "boolean"
    assert table.to_rows()[3]["1000 (1)"] == "DQ"  # the exact values stay in to_rows()
    assert table.to_rows()[0]["points"] == Decimal("110.980")
    board = sc.board(table).to_frame()
    assert str(board["lead"].dtype) == "float64"


def test_to_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    monkeypatch.delitem(__import__("sys").modules, "pandas", raising=False)
    with pytest.raises(SkatecalcError) as info:
        sc.classify(sc.SPRINT, WSC2024).to_frame()
    assert str(info.value) == PANDAS_MISSING and 'pip install "skatecalc[pandas]"' in PANDAS_MISSING


def test_frame_of_a_time_column_holds_seconds() -> None:
    pytest.importorskip("pandas")
    from skatecalc.columns import frame

    cols = (Column("name", str, "n"), Column("time", (RaceTime, str), "t"))
    rows: list[dict[str, Any]] = [
        {"name": "A", "time": RaceTime.parse("1:46.38")},
        {"name": "B", "time": "DNF"},
    ]
    f = frame(rows, cols)
    assert f["time"][0] == 106.38 and f["time"].isna()[1]


@settings(max_examples=30, deadline=None)
@given(soqc_results())
def test_soqc_derives_from_its_columns(results: list[Any]) -> None:
    from skatecalc.olympic import soqc
    from skatecalc.olympic.quota import quota_rules

    _derives(soqc(results, quota_rules(2026), events=[("women", "500")]))


def _cli_json(command: str) -> list[dict[str, Any]]:
    status, out, err = run_cli(command + " --format json")
    assert status == 0, err
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def test_worldcup_standings_and_outlook_json_are_the_tables_rows() -> None:
    from pathlib import Path

    from skatecalc.io.worldcup import read_season
    from skatecalc.worldcup import Race, rules

    path = Path(sc.__file__).parent / "data" / "worldcup" / "wc2017-18-men-500.csv"
    season = read_season(path, rules("2017/18"))
    standings = [
        {"cup": name, **row}
        for name, cup in season.cups
        for row in json.loads(cup.standings().to_json())
    ]
    assert _cli_json("skatecalc worldcup standings --example wc2017-18-men-500") == standings
    outlook = [
        {"cup": name, **row}
        for name, cup in season.cups
        for row in json.loads(cup.outlook([Race(distance=500)] * 2).to_json())
    ]
    command = "skatecalc worldcup outlook --example wc2017-18-men-500 --remaining 2"
    assert _cli_json(command) == outlook


def test_olympic_order_select_and_outlook_json_are_the_tables_rows() -> None:
    from skatecalc import olympic

    order = olympic.selection_order("NED-2022-men")
    assert _cli_json("skatecalc olympic order NED-2022-men") == json.loads(order.to_json())
    for command in ("select", "outlook"):
        out = _cli_json(f"skatecalc olympic {command} --example okt2021 --order NED-2022-men")
        assert out and list(out[0]) == [c.name for c in _olympic_columns(command, order)]


def _olympic_columns(command: str, order: Any) -> tuple[Column, ...]:
    from skatecalc import olympic

    if command == "outlook":
        return olympic.outlook(order, {500: ["A", "B", "C"]}).columns
    results = {d: ["A", "B", "C"] for d in order.distances}
    return olympic.select(order, results, mass_start="A").columns


def _same_number(cell: Any, value: Any, types: tuple[type, ...]) -> bool:
    """A frame cell is the exact value as a number, or missing where there is none."""
    import pandas as pd

    if RaceTime in types:
        return (
            bool(pd.isna(cell))
            if not isinstance(value, RaceTime)
            else cell == value.thousandths / 1000
        )
    if Decimal in types:
        return bool(pd.isna(cell)) if value is None else cell == float(value)
    if int in types:
        return bool(pd.isna(cell)) if type(value) is not int else cell == value
    return bool(pd.isna(cell)) if value is None else cell == value


@settings(max_examples=30, deadline=None)
@given(live_sprints(), st.integers(0, 4))
def test_frame_numbers_are_the_exact_values(
    results: dict[str, list[str | None]], after: int
) -> None:
    pytest.importorskip("pandas")
    try:
        table = sc.classify(sc.SPRINT, results, after=after)
    except SkatecalcError:
        return
    tables: list[Tabular[Any]] = [table]
    if table.next_distance is not None:
        tables.append(sc.board(table))
    for t in tables:
        frame, rows = t.to_frame(), t.to_rows()
        assert len(frame) == len(rows)
        for column in t.columns:
            for i, row in enumerate(rows):
                cell = frame[column.name].iloc[i]
                assert _same_number(cell, row[column.name], column.types), (column.name, i)


def test_standings_csv_is_the_csv_the_command_line_prints() -> None:
    out = run_cli("skatecalc standings --example wsc2024-women --format csv")[1]
    assert out == _example().to_csv()


def test_standings_json_with_gap_rounding_half_up_is_the_command_lines() -> None:
    import decimal

    table = _example()
    out = run_cli(
        "skatecalc standings --example wsc2024-women --gap-rounding half-up --format json"
    )
    assert out[1].rstrip("\n") == table.to_json(gap_rounding=decimal.ROUND_HALF_UP)
    assert (
        table.to_csv(gap_rounding=decimal.ROUND_HALF_UP)
        == run_cli(
            "skatecalc standings --example wsc2024-women --gap-rounding half-up --format csv"
        )[1]
    )


def test_a_column_declared_twice_is_refused() -> None:
    cols = (Column("name", str, "skater"), Column("name", str, "again"))
    with pytest.raises(TableError, match="declared twice: 'name'"):
        check_columns([], cols)
