"""Result files (CSV, JSON) and the `skatecalc standings` command."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc.io import csvfile
from skatecalc.io.csvfile import read_csv_text
from skatecalc.io.results import (
    load_example,
    load_json,
    load_results,
    parse_results_csv,
    parse_results_json,
)
from skatecalc.olympic import quota

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


# --- names that classify() takes as one skater are refused by the readers, with the line  ---


HUGE = 10**4301 - 1  # str() refuses an integer of more than 4,300 digits


def test_results_csv_ann_and_capital_ann_is_a_duplicate_with_the_line() -> None:
    from skatecalc.io.results import parse_results_csv

    with pytest.raises(sc.DuplicateError, match=r"first as 'ann' on line 2") as e:
        parse_results_csv("name,500\nann,40.00\nAnn,41.00\n", "case.csv")
    assert e.value.where == "line 3 of case.csv"
    # the first spelling is shown after the identity rule (skatecalc.notation): spaces folded
    with pytest.raises(sc.DuplicateError, match=r"first as 'Ann B' on line 2"):
        parse_results_csv("name,500\nAnn  B,40.00\nann b,41.00\n", "case.csv")


def test_results_json_ann_and_capital_ann_is_a_duplicate_with_the_path() -> None:
    from skatecalc.io.results import parse_results_json

    text = (
        '{"combination": "sprint", "skaters": [{"name": "ann", "results": ["40.00"]},'
        ' {"name": "Ann", "results": ["41.00"]}]}'
    )
    with pytest.raises(sc.DuplicateError, match=r"first as 'ann' in skaters\[0\]") as e:
        parse_results_json(text, "case.json")
    assert e.value.where == "skaters[1] of case.json"


def test_quota_event_times_places_10_to_the_4301_is_a_quota_error() -> None:
    """Found by the fuzz profile (test_fuzz_api.py::test_quota_event) at 1,500 examples."""
    with pytest.raises(quota.QuotaError, match="and at most 1000"):
        quota.QuotaEvent("men", "500", 0, 0, HUGE, None, "verified")
    with pytest.raises(
        quota.QuotaError, match="reserve must be a whole number of at least 0 and at most 1000"
    ):
        quota.allocate(quota.QuotaEvent("men", "500", 2, 2, 0, 2), [], reserve=HUGE)


# --- JSON -------------------------------------------------------------------------------


def test_json_nested_100000_deep_is_a_limit_error() -> None:
    with pytest.raises(sc.LimitError, match="deeper than 64"):
        parse_results_json("[" * 100_000 + "]" * 100_000, "deep.json")


def test_json_nested_65_deep_is_a_limit_error_and_64_is_not() -> None:
    load_json("[" * 64 + "]" * 64)
    with pytest.raises(sc.LimitError, match="deeper than 64"):
        load_json("[" * 65 + "]" * 65)


def test_json_5000_digit_integer_is_a_limit_error() -> None:
    text = '{"combination": "sprint", "skaters": [{"name": "A", "results": [' + "9" * 5000 + "]}]}"
    with pytest.raises(sc.LimitError, match="an integer of 5,000 digits"):
        parse_results_json(text, "big.json")


def test_json_nan_is_refused() -> None:
    with pytest.raises(sc.FileFormatError, match="NaN is not a JSON value"):
        load_json('{"a": NaN}')


def _skaters(*entries: object) -> str:
    return json.dumps({"combination": "sprint", "skaters": list(entries)})


def test_json_null_in_the_middle_of_results_is_the_csv_error() -> None:
    text = _skaters({"name": "A", "results": ["37.00", None, "37.10"]})
    with pytest.raises(
        sc.FileFormatError, match=r"'A' has no result on the first 1000 m \(distance 2\)"
    ):
        parse_results_json(text, "g.json")
    with pytest.raises(sc.FileFormatError, match=r"'A' has no result on the first 1000 m"):
        parse_results_csv("name,500,1000,500\nA,37.00,,37.10\n")


def test_json_trailing_null_and_empty_are_not_skated() -> None:
    f = parse_results_json(_skaters({"name": "A", "results": ["37.00", None, ""]}))
    assert f.results["A"] == (sc.RaceTime.parse("37.00"),)
    assert f.classify().after == 1


def test_json_repeated_skaters_key_is_an_error() -> None:
    text = '{"combination": "sprint", "skaters": [{"name": "A", "results": []}], "skaters": []}'
    with pytest.raises(sc.FileFormatError, match="key 'skaters' appears twice"):
        parse_results_json(text, "k.json")


def test_json_repeated_key_inside_a_skater_is_an_error() -> None:
    text = '{"combination": "sprint", "skaters": [{"name": "A", "name": "B", "results": []}]}'
    with pytest.raises(sc.FileFormatError, match="key 'name' appears twice"):
        parse_results_json(text, "k.json")


def test_json_nation_5_is_an_error_not_dropped() -> None:
    with pytest.raises(sc.FileFormatError, match=r'"nation" must be text, not 5.*skaters\[0\]'):
        parse_results_json(_skaters({"name": "A", "nation": 5, "results": ["37.00"]}), "n.json")


def test_json_name_5_and_empty_name_are_errors() -> None:
    with pytest.raises(sc.FileFormatError, match='"name" must be text, not 5'):
        parse_results_json(_skaters({"name": 5, "results": []}))
    with pytest.raises(sc.FileFormatError, match="empty name"):
        parse_results_json(_skaters({"name": " ", "results": []}))


def test_json_duplicate_skater_names_the_first() -> None:
    text = _skaters({"name": "A", "results": []}, {"name": "A", "results": []})
    with pytest.raises(sc.DuplicateError, match=r"first as skaters\[0\]"):
        parse_results_json(text)


def test_json_unknown_keys_are_warned_about_not_dropped_silently() -> None:
    text = json.dumps(
        {"combination": "sprint", "event": "x", "skaters": [{"name": "A", "result": ["1"]}]}
    )
    with pytest.raises(sc.FileFormatError, match='"results" must be a list'):
        parse_results_json(text)
    f = parse_results_json(
        json.dumps(
            {
                "combination": "sprint",
                "event": "x",
                "skaters": [{"name": "A", "results": [], "nat": "NED"}],
            }
        )
    )
    assert f.warnings == (
        "key 'event' ignored (<text>)",
        "key 'nat' ignored (skaters[0] of <text>)",
    )


def test_json_bom_is_removed() -> None:
    assert parse_results_json("\ufeff" + _skaters({"name": "A", "results": ["37.00"]}))


def test_json_name_of_20000_characters_is_a_limit_error() -> None:
    with pytest.raises(sc.LimitError, match="10,000"):
        parse_results_json(_skaters({"name": "A" * 20_000, "results": []}))


# --- properties -------------------------------------------------------------------------


cells = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)


@given(
    st.lists(
        st.tuples(cells, cells).filter(lambda r: not r[0].lstrip().startswith("#")), max_size=6
    )
)
def test_csv_written_by_the_csv_module_reads_back_cell_for_cell(
    rows: list[tuple[str, str]],
) -> None:
    # a line starting with '#' is a comment by design, so the first cell may not start so
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["a", "b"])
    writer.writerows(rows)
    table = read_csv_text(out.getvalue())
    assert [row.cells for row in table] == [tuple(c.strip() for c in r) for r in rows]


@given(st.text(max_size=200))
def test_any_text_is_results_or_a_skatecalc_error(text: str) -> None:
    for parse in (parse_results_csv, parse_results_json):
        with contextlib.suppress(sc.SkatecalcError):
            parse(text)


# --- the CSV and results readers, by what they must do (they were compared with a frozen ---


_LABELS = st.lists(st.sampled_from(["name", "nation", "500", "1000", "x"]), min_size=1, max_size=4)


_CELL = st.text(alphabet=st.sampled_from(list('ab1 .:;,"\n')), max_size=6)


_FIRST_CELL = st.builds(str.__add__, st.sampled_from("abc"), _CELL)  # never blank, never #


_CsvCase = tuple[str, tuple[str, ...], int, list[tuple[int, tuple[str, ...]]]]


@st.composite
def _csv_files(
    draw: st.DrawFn,
) -> tuple[str, tuple[str, ...], int, list[tuple[int, tuple[str, ...]]]]:
    """CSV text as `csv.writer` writes it (quotes, separators and line breaks in cells),
    with blank and comment lines between records, and what must be read from it: the
    header, its line and each record with the line it starts on."""
    header = tuple(dict.fromkeys(draw(_LABELS)))
    delimiter = draw(st.sampled_from([",", ";"])) if len(header) > 1 else ","
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    rows = draw(
        st.lists(st.tuples(_FIRST_CELL, *[_CELL] * (len(header) - 1)).map(tuple), max_size=5)
    )
    junk = st.lists(st.sampled_from(["", "# a comment", "  "]), max_size=2)
    text, lines, records = "", 1, []

    def put(chunk: str) -> None:
        nonlocal text, lines
        text += chunk
        lines += chunk.count("\n")

    for line in draw(junk):
        put(line + newline)
    header_line = lines
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerow(header)
    put(out.getvalue())
    for row in rows:
        for line in draw(junk):
            put(line + newline)
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator=newline).writerow(row)
        records.append((lines, tuple(c.strip() for c in row)))
        put(out.getvalue())
    return text, header, header_line, records


@given(_csv_files(), st.booleans())
def test_csv_records_read_back_what_csv_wrote(case: _CsvCase, bom: bool) -> None:
    text, header, header_line, records = case
    recs = csvfile.read_csv_records(("\ufeff" if bom else "") + text, "r.csv")
    assert (recs.header, recs.header_line, recs.records) == (header, header_line, records)
    table = read_csv_text(text, "r.csv")
    assert [(r.line, r.cells) for r in table] == records and table.header == header


@given(_csv_files(), st.integers(0, 3))
def test_a_ragged_record_is_refused_at_its_line(case: _CsvCase, cut: int) -> None:
    text, header, _, records = case
    line = (records[-1][0] if records else 0) + 1 + text.count("\n") - text.count("\n")
    line = text.count("\n") + 1  # the appended row starts on the line after the text
    short = ",".join(["z"] * max(1, min(cut, len(header) - 1))) if len(header) > 1 else "z,z"
    with pytest.raises(sc.FileFormatError, match=rf"ragged row: .* \(line {line} of r.csv\)"):
        csvfile.read_csv_records(text + short + "\n", "r.csv")


@given(
    st.one_of(
        st.lists(st.sampled_from([*',;"\n\r# \t', "a", "1", "37.07"]), max_size=40).map("".join),
        st.text(max_size=60),
    )
)
def test_any_text_is_read_or_refused_with_a_skatecalc_error(text: str) -> None:
    with contextlib.suppress(sc.SkatecalcError):
        recs = csvfile.read_csv_records(text, "r.csv")
        assert all(len(cells) == len(recs.header) for _, cells in recs.records)
    with contextlib.suppress(sc.SkatecalcError):
        parse_results_csv(text, "r.csv")


_RESULT_CELLS = st.sampled_from(["37.07", "1:14.35", "DNF", "dq", "0.5", ""])


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "NED", "JPN"]), st.lists(_RESULT_CELLS, min_size=2, max_size=2)
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["\n", "\r\n"]),
)
def test_results_csv_reads_each_cell_as_parse_result_does(
    rows: list[tuple[str, list[str]]], newline: str
) -> None:
    """Each skater's results are the cells read by `parse_result`, trailing blanks dropped;
    a blank before a result is refused at its line; nations as given."""
    lines = ["name,nation,500,1000"] + [f"S{i},{n},{a},{b}" for i, (n, (a, b)) in enumerate(rows)]
    text = newline.join(lines) + newline
    gaps = [i for i, (_, (a, b)) in enumerate(rows) if not a and b]
    if gaps:
        with pytest.raises(sc.FileFormatError, match=rf"but has later ones.*line {gaps[0] + 2}"):
            parse_results_csv(text, "r.csv")
        return
    f = parse_results_csv(text, "r.csv")
    expected = {}
    for i, (_, cells) in enumerate(rows):
        kept = list(cells)
        while kept and not kept[-1]:
            kept.pop()
        expected[f"S{i}"] = tuple(sc.parse_result(c) for c in kept)
    assert dict(f.results) == expected
    assert dict(f.nations) == {f"S{i}": n for i, (n, _) in enumerate(rows) if n}


@given(st.lists(st.sampled_from(["A", "B", "C"]), min_size=2, max_size=6))
def test_results_csv_refuses_a_name_given_twice_naming_both_lines(names: list[str]) -> None:
    text = "name,500\n" + "".join(f"{n},37.00\n" for n in names)
    first: dict[str, int] = {}
    for line, n in enumerate(names, start=2):
        if n in first:
            with pytest.raises(
                sc.DuplicateError, match=rf"first on line {first[n]}\) \(line {line} of d.csv\)"
            ):
                parse_results_csv(text, "d.csv")
            return
        first[n] = line
    assert list(parse_results_csv(text, "d.csv").results) == names


def test_duplicate_skater_names_the_first_line_after_comments_and_blank_lines() -> None:
    text = "name,500\n# c\nA,37.00\n\nB,37.10\n# c\nA,38.00\n"
    with pytest.raises(sc.DuplicateError, match=r"first on line 3\) \(line 7 of d.csv\)"):
        parse_results_csv(text, "d.csv")


def test_ragged_row_after_a_bad_time_is_reported_first() -> None:
    text = "name,500,1000\nA,1:75.00,1:14.00\nB,37.00\n"
    with pytest.raises(sc.FileFormatError, match=r"ragged row: 2 cells .* \(line 3 of r.csv\)"):
        parse_results_csv(text, "r.csv")


def test_single_distance_column_reads_with_gaps_and_statuses() -> None:
    f = parse_results_csv("name,500\nA,37.00\nB,\nC,dnf\n", "one.csv")
    assert f.results == {"A": (sc.RaceTime.parse("37.00"),), "B": (), "C": (sc.Status.DNF,)}


# --- JSON nesting measured before parsing -----------------------------------------------


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(alphabet='[]{}"\\ab,:'),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=20,
)


def _depth(value: object) -> int:
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    return 0


@given(_JSON_VALUES)
def test_nesting_from_the_text_is_the_depth_of_the_parsed_value(value: object) -> None:
    """Brackets inside strings (escaped quotes included) never count."""
    from skatecalc.io.results import _nesting

    assert _nesting(json.dumps(value)) == _depth(value)


def test_deep_json_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by the fuzz profile: json.loads on 10,536 nested arrays recursed to the
    interpreter's limit, where a finaliser run by the garbage collector failed (a flaky
    9-second example and an unraisable RecursionError). The depth is now measured on the
    text first, so the parser is never called on such a text."""
    import json

    from skatecalc.io import results

    def no_parse(*args: object, **kwargs: object) -> object:
        raise AssertionError("json.loads was called on a text nested too deep")

    monkeypatch.setattr(json, "loads", no_parse)  # the reader imports json when it reads
    text = '{"skaters":' + "[" * 10_536 + "]" * 10_536 + "}"
    with pytest.raises(sc.LimitError, match="nested deeper than 64 levels"):
        results.load_json(text, "deep.json")
    with pytest.raises(sc.LimitError, match="nested deeper than 64 levels"):
        results.load_json('{"a":' * 65 + "1" + "}" * 65, "deep.json")


# --- what a header and a cell can say -----------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "name,500,1000,500 (2),1000 (2)",
        "name,500m,1000m,500m,1000m",
        "name,500 m,1000 m,500 m (2),1000 m (2)",
        "name,500,1000m,500_2,1000-2",
    ],
)
def test_every_way_of_heading_a_distance_is_read(header: str) -> None:
    """``500 (2)`` (as standings prints it), ``500m``, ``500 m``, ``500_2``, ``500-2``: each
    a distance column, never a column ignored and a total short of a distance."""
    text = f"{header}\nA,37.07,1:14.35,37.00,1:13.99\nB,37.00,1:14.00,37.50,1:15.00\n"
    f = parse_results_csv(text, "h.csv")
    assert f.combination.name == "sprint" and not f.warnings
    table = f.classify()
    assert [(s.name, str(s.points)) for s in table] == [("A", "148.240"), ("B", "149.000")]


def test_a_time_no_skater_can_skate_is_said_with_its_line() -> None:
    """A Dutch time split at its comma (``1.14`` of ``1.14,35``) reads as 1.14 s: said."""
    text = (
        "name,nation,500,1000,club\nFemke Kok,NED,37.07,1.14,35\nMiho Takagi,JPN,37.13,1:13.32,\n"
    )
    f = parse_results_csv(text, "r.csv")
    (said,) = [w for w in f.warnings if "faster than any skater" in w]
    assert said.startswith("Femke Kok's 1000 m in 1.14 is faster than any skater")
    assert said.endswith("(line 2 of r.csv)")
