"""Line-numbered CSV reading shared by every file format (`skatecalc.io.csvfile`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import skatecalc as sc
from skatecalc.io import csvfile
from skatecalc.io.csvfile import read_csv_text, read_text
from skatecalc.io.results import load_results, parse_results_csv, parse_results_json

# --- CSV read as CSV defines it ---------------------------------------------------------


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


# --- files: read_text -------------------------------------------------------------------


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


# --- header labels ----------------------------------------------------------------------


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
