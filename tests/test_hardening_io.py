"""Issue 8: result files and `skatecalc standings`/`need` under hostile or odd input.

Every test is named after the input it guards against; each one failed (a traceback, a
silent drop, a wrong line, a formula) before the fix.
"""

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
from skatecalc import limits
from skatecalc.io import csvfile
from skatecalc.io.csvfile import read_csv_text, read_text
from skatecalc.io.results import load_json, load_results, parse_results_csv, parse_results_json

from .helpers import run_cli

# --- CSV read as CSV defines it -------------------------------------------------------------


def test_quoted_field_with_a_line_break_is_one_cell_and_lines_stay_right() -> None:
    f = parse_results_csv('name,500\n"Femke\nKok",37.07\nB,37.10\n', "q.csv")
    assert list(f.results) == ["Femke\nKok", "B"]
    with pytest.raises(sc.InvalidTimeError, match=r"line 4 of q\.csv"):
        parse_results_csv('name,500\n"Femke\nKok",37.07\nB,1:7x.10\n', "q.csv")


def test_quoted_name_with_comma_and_line_break() -> None:
    f = parse_results_csv('name,500\n"Kok, Femke\nNED",37.07\nB,37.10\n', "q.csv")
    assert list(f.results) == ["Kok, Femke\nNED", "B"]


@pytest.mark.parametrize("char", ["\x85", "\f", "\u2028", "\u2029", "\x1c", "\v"])
def test_x85_formfeed_u2028_inside_a_line_do_not_split_it(char: str) -> None:
    text = f"name,500\nA{char}B,37.00\nC,1:7x.10\n"
    with pytest.raises(sc.InvalidTimeError, match=r"line 3 of s\.csv"):
        parse_results_csv(text, "s.csv")
    f = parse_results_csv(f"name,500\nA{char}B,37.00\n", "s.csv")
    assert len(f.results) == 1


def test_bom_at_start_of_text_passed_to_parse_results_csv_is_removed() -> None:
    f = parse_results_csv("\ufeffname,nation,500\nA,NED,37.00\n", "b.csv")
    assert f.nations == {"A": "NED"} and not any("ignored" in w for w in f.warnings)


def test_crlf_and_cr_line_ends() -> None:
    assert len(parse_results_csv("name,500\r\nA,37.00\r\nB,38.00\r\n").results) == 2
    assert len(parse_results_csv("name,500\rA,37.00\rB,38.00\r").results) == 2


def test_unclosed_quote_names_the_line_it_starts_on() -> None:
    with pytest.raises(sc.FileFormatError, match=r"never closed.*line 3 of u\.csv"):
        parse_results_csv('name,500\nA,37.00\nB,"38.00\nC,39.00\n', "u.csv")


def test_text_after_a_closing_quote_is_an_error() -> None:
    with pytest.raises(sc.FileFormatError, match=r"after its closing quote.*line 2"):
        parse_results_csv('name,500\n"A"x,37.00\n', "u.csv")


def test_comment_lines_inside_a_quoted_field_are_data() -> None:
    f = parse_results_csv('name,500\n"A\n# not a comment",37.00\n# a comment\nB,38.00\n')
    assert list(f.results) == ["A\n# not a comment", "B"]


def test_two_name_columns_is_a_duplicate_column() -> None:
    with pytest.raises(sc.FileFormatError, match=r"duplicate column 'name' \(columns 1 and 3\)"):
        parse_results_csv("name,500,name\nA,37.00,B\n", "d.csv")


def test_two_nation_columns_is_a_duplicate_column() -> None:
    with pytest.raises(
        sc.FileFormatError, match=r"duplicate column 'nation' \(columns 2 and 4\).*line 1"
    ):
        parse_results_csv("name,nation,500,nation\nA,NED,37.00,JPN\n", "d.csv")


def test_semicolon_separated_csv_from_dutch_excel() -> None:
    text = (
        "# Excel, NL\nname;nation;500;1000\n"
        "Femke Kok;NED;37,07;1.14,35\nMiho Takagi;JPN;37,13;1.13,32\n"
    )
    f = parse_results_csv(text, "nl.csv")
    assert f.combination is sc.SPRINT
    assert f.results["Femke Kok"] == (sc.RaceTime.parse("37.07"), sc.RaceTime.parse("1:14.35"))
    assert f.nations == {"Femke Kok": "NED", "Miho Takagi": "JPN"}


def test_comma_csv_with_a_semicolon_in_a_name_stays_comma() -> None:
    f = parse_results_csv("name,nation,500\nA;B,NED,37.00\n")
    assert list(f.results) == ["A;B"]


def test_hugetime_csv_100_digit_time_is_an_invalid_time_with_line() -> None:
    with pytest.raises(sc.InvalidTimeError, match=r"too long.*line 3 of h\.csv"):
        parse_results_csv("name,500\nA,37.00\nB," + "9" * 100 + ".00\n", "h.csv")


def test_csv_time_of_5000_digits_is_an_invalid_time() -> None:
    with pytest.raises(sc.InvalidTimeError, match=r"line 2"):
        parse_results_csv("name,500\nA," + "9" * 5000 + "\n", "h.csv")


def test_csv_fullwidth_time_names_the_character_and_line() -> None:
    with pytest.raises(sc.InvalidTimeError, match=r"U\+FF15.*line 2 of w\.csv"):
        parse_results_csv("name,500\nA,５９５.１８９\n", "w.csv")


def test_only_comments_says_no_header_and_empty_says_empty() -> None:
    with pytest.raises(sc.FileFormatError, match=r"c\.csv has no header row: it holds only"):
        parse_results_csv("# nothing\n\n", "c.csv")
    with pytest.raises(sc.FileFormatError, match=r"e\.csv is empty"):
        parse_results_csv("", "e.csv")


# --- resource bounds ------------------------------------------------------------------------


def test_cell_of_20000_characters_hits_the_cell_bound() -> None:
    with pytest.raises(sc.LimitError, match=r"10,000.*line 2 of big\.csv"):
        parse_results_csv("name,500\nA," + "1" * 20_000 + "\n", "big.csv")


def test_quoted_cell_of_140000_characters_over_many_lines_hits_the_cell_bound() -> None:
    with pytest.raises(sc.LimitError, match=r"longest cell.*line 2"):
        read_csv_text('name,500\nA,"' + "1\n" * 70_000 + '"\n', "big.csv")


def test_line_of_200000_characters_hits_the_line_bound() -> None:
    with pytest.raises(sc.LimitError, match=r"line longer than 100,000.*line 2 of big\.csv"):
        read_csv_text("name,500\n" + "a" * 200_000 + "\n", "big.csv")


def test_header_of_1001_columns_hits_the_column_bound() -> None:
    with pytest.raises(sc.LimitError, match=r"1,001 columns: at most 1,000"):
        read_csv_text(",".join(["500"] * 1001) + "\n", "wide.csv")


def test_more_rows_than_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvfile, "MAX_ROWS", 3)
    read_csv_text("name,500\nA,1\nB,2\nC,3\n")
    with pytest.raises(sc.LimitError, match=r"more than 3 data rows.*line 5"):
        read_csv_text("name,500\nA,1\nB,2\nC,3\nD,4\n")


def test_bounds_are_generous() -> None:
    assert limits.MAX_ROWS >= 10**6
    assert limits.MAX_RACE_TIME_THOUSANDTHS == 86_400_000
    assert limits.MAX_JSON_DEPTH >= 32 and limits.MAX_CELL_CHARS >= 1000


def test_20000_rows_are_read() -> None:
    rows = "".join(f"Skater {i},NED,37.{i % 90 + 10},1:14.{i % 90 + 10}\n" for i in range(20_000))
    f = parse_results_csv("name,nation,500,1000\n" + rows, "many.csv")
    assert len(f.results) == 20_000


# --- JSON ---------------------------------------------------------------------------------


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


# --- files: read_text ---------------------------------------------------------------------


def test_dev_null_says_the_file_is_empty() -> None:
    with pytest.raises(sc.FileFormatError, match=r"'/dev/null' is empty"):
        load_results("/dev/null")


def test_directory_is_a_file_format_error(tmp_path: Path) -> None:
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(sc.FileFormatError, match=r"cannot read .*dir\.csv"):
        load_results(tmp_path / "dir.csv")


def test_binary_file_is_a_file_format_error(tmp_path: Path) -> None:
    path = tmp_path / "bin.csv"
    path.write_bytes(b"name,500\nA,37.00\n\x00\x01\x02")
    with pytest.raises(sc.FileFormatError, match=r"binary file.*NUL byte at offset 17.*line 3"):
        read_text(path)


def test_latin1_file_is_not_utf8_with_offset_and_line(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_bytes("name,500\nIreen Wüst,37.00\n".encode("latin-1"))
    with pytest.raises(sc.FileFormatError, match=r"not UTF-8 text \(byte 0xfc.*line 2 of l\.csv"):
        load_results(path)


def test_blank_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text("  \n\n", "utf-8")
    with pytest.raises(sc.FileFormatError, match="holds only blanks"):
        load_results(path)


def test_file_above_the_size_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvfile, "MAX_FILE_BYTES", 10)
    path = tmp_path / "r.csv"
    path.write_text("name,500\nA,37.00\n", "utf-8")
    with pytest.raises(sc.LimitError, match="larger than"):
        read_text(path)


# --- command line -------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, "utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bin.csv", b"\x00\x01\x02\xff", "binary file"),
        ("empty.csv", b"", "is empty"),
        ("trunc.csv", 'name,500\nA,"37.00\n', "never closed"),
        ("deep.json", "[" * 100_000, "deeper than 64"),
        ("bigint.json", '{"skaters": [' + "9" * 5000 + "]}", "5,000 digits"),
        ("hugetime.csv", "name,500\nA," + "9" * 150 + ".00\n", "too long"),
        ("dup.csv", "name,500,name\nA,37.00,B\n", "duplicate column"),
        ("nation.json", _skaters({"name": "A", "nation": 5, "results": []}), "must be text"),
    ],
)
def test_cli_bad_files_one_line_no_traceback(
    tmp_path: Path, name: str, data: str | bytes, message: str
) -> None:
    path = _write(tmp_path, name, data)
    for command in (
        f"skatecalc standings {path}",
        f"skatecalc need {path} A --beat B",
        f"skatecalc board {path}",
    ):
        status, out, err = run_cli(command)
        assert status in (1, 2) and out == ""
        assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_cli_directory(tmp_path: Path) -> None:
    status, _, err = run_cli(f"skatecalc standings {tmp_path}")
    assert status in (1, 2) and "cannot read" in err and err.count("\n") == 1


def test_cli_opponent_time_of_40_nines_is_refused_not_printed_as_hours() -> None:
    status, out, err = run_cli(
        "skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi'"
        " --opponent-time 9999999999999999999999999999999999999999.00"
    )
    assert status in (1, 2) and out == "" and "is not a race time" in err
    status, out, err = run_cli(
        "skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi'"
        " --opponent-time 99999999999999999.00"
    )
    assert status in (1, 2) and "below 24 hours" in err


FORMULAS = (
    "name,nation,500,1000\n"
    '=HYPERLINK("http://evil"),NED,37.00,1:14.00\n'
    "+cmd|calc,-X,37.10,1:14.10\n"
    "@SUM(A1),\tJPN,37.20,1:14.20\n"
    "Red\x1b[31m,\x9b2J,37.30,1:14.30\n"
)


def test_cli_csv_output_neutralises_formula_cells_hyperlink_and_cmd(tmp_path: Path) -> None:
    path = _write(tmp_path, "f.csv", FORMULAS)
    status, out, _ = run_cli(f"skatecalc standings {path} --format csv")
    assert status == 0
    rows = list(csv.reader(io.StringIO(out)))
    names = [r[1] for r in rows[1:]]
    assert names == ['\'=HYPERLINK("http://evil")', "'+cmd|calc", "'@SUM(A1)", "Red\\x1b[31m"]
    assert [r[2] for r in rows[1:]] == ["NED", "'-X", "JPN", "\\x9b2J"]
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "@")) and cell.isprintable()
            assert not cell.startswith("-") or cell.replace(".", "").lstrip("-").isdigit()


def test_cli_json_output_keeps_names_exact(tmp_path: Path) -> None:
    path = _write(tmp_path, "f.csv", FORMULAS)
    status, out, _ = run_cli(f"skatecalc standings {path} --format json")
    assert status == 0 and all(c.isprintable() or c == "\n" for c in out)
    names = [r["name"] for r in json.loads(out)]
    assert names == ['=HYPERLINK("http://evil")', "+cmd|calc", "@SUM(A1)", "Red\x1b[31m"]
    assert json.loads(out)[3]["nation"] == "\x9b2J"


def test_cli_need_text_output_has_no_control_characters(tmp_path: Path) -> None:
    path = _write(tmp_path, "c.csv", "name,500,1000\nA\x1b[2J,37.00,1:14.00\nB\u202e,37.10,\n")
    status, out, err = run_cli(f"skatecalc need {path} 'B\u202e' --beat 'A\x1b[2J'")
    assert status == 0, err
    assert all(c.isprintable() for c in out.replace("\n", ""))


def test_cli_semicolon_csv(tmp_path: Path) -> None:
    path = _write(tmp_path, "nl.csv", "name;500;1000\nKok;37,07;1.14,35\n")
    status, out, _ = run_cli(f"skatecalc standings {path} --format csv")
    assert status == 0 and "1,Kok,,37.07,1:14.35,74.245,," in out


# --- properties ---------------------------------------------------------------------------

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


# --- header labels ------------------------------------------------------------------------


def test_header_distance_of_5000_digits_is_a_file_format_error() -> None:
    with pytest.raises(sc.FileFormatError, match=r"not a distance in metres: 5000 digits.*line 1"):
        parse_results_csv("name," + "1" * 5000 + "\nA,37.00\n", "h.csv")


@pytest.mark.parametrize("label", ["٥٠٠", "²", "５００"])
def test_header_distance_in_non_ascii_digits_is_refused_naming_the_character(label: str) -> None:
    with pytest.raises(sc.FileFormatError, match=r"not an ASCII digit.*line 1 of h\.csv"):
        parse_results_csv(f"name,{label}\nA,37.00\n", "h.csv")


def test_header_distance_99999989_is_located_at_the_header() -> None:
    with pytest.raises(sc.SkatecalcError, match=r"99999989.*line 1 of h\.csv"):
        parse_results_csv("name,500,99999989\nA,37.00,\n", "h.csv")


def test_json_combination_name_of_100000_characters_is_shortened() -> None:
    text = json.dumps({"combination": "x" * 100_000, "skaters": []})
    with pytest.raises(sc.FileFormatError, match=r"\(100000 characters\) is not a combination"):
        parse_results_json(text)


def test_line_of_exactly_the_bound_with_crlf_keeps_line_numbers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(csvfile, "MAX_LINE_CHARS", 10)
    text = "name,500\r\n" + "a" * 8 + ",1\r\nb,2\r\n"  # line 2: 10 characters + CRLF
    assert [row.line for row in read_csv_text(text)] == [2, 3]
    with pytest.raises(sc.LimitError, match="line 2"):
        read_csv_text("name,500\r\n" + "a" * 9 + ",1\r\nb,2\r\n")


def test_header_only_csv_says_no_skaters() -> None:
    with pytest.raises(sc.FileFormatError, match=r"no skaters.*line 2 of h\.csv"):
        parse_results_csv("# results\nname,500,1000\n# none yet\n", "h.csv")


def test_json_with_empty_skaters_says_no_skaters() -> None:
    with pytest.raises(sc.FileFormatError, match="no skaters"):
        parse_results_json('{"combination": "sprint", "skaters": []}', "e.json")


# --- the CSV and results readers, by what they must do (they were compared with a frozen
# copy of the reader before issue 10) --------------------------------------------------------

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


# --- JSON nesting measured before parsing -------------------------------------------------

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
    from skatecalc.io import results

    def no_parse(*args: object, **kwargs: object) -> object:
        raise AssertionError("json.loads was called on a text nested too deep")

    monkeypatch.setattr(results.json, "loads", no_parse)
    text = '{"skaters":' + "[" * 10_536 + "]" * 10_536 + "}"
    with pytest.raises(sc.LimitError, match="nested deeper than 64 levels"):
        results.load_json(text, "deep.json")
    with pytest.raises(sc.LimitError, match="nested deeper than 64 levels"):
        results.load_json('{"a":' * 65 + "1" + "}" * 65, "deep.json")
