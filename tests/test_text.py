"""The presentation layer (skatecalc.text): display width, the table layout (text, Markdown,
HTML, CSV), the language normaliser, labels and number formatters."""

from __future__ import annotations

import csv
import io
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import (
    SPRINT,
    classify,
    required_time,
)
from skatecalc.championship.targets import board
from skatecalc.errors import InvalidRuleError, SkatecalcError, TableError, UnknownNameError
from skatecalc.notation import ACCEPTED, printable
from skatecalc.text import (
    Layout,
    csv_cell,
    csv_text,
    display_width,
    format_gap,
    format_ordinal,
    format_points,
    format_result,
    format_seconds,
    format_time,
    heading,
    normalise_lang,
    pad,
    phrase,
    plain_value,
    word,
)
from skatecalc.text.catalog import HEADINGS, PHRASES, WORDS
from skatecalc.text.layout import FORMULA_START
from skatecalc.time import RaceTime, Status

# --- strategies -------------------------------------------------------------------------

#: Letters of the scripts skater names come in: Latin with diacritics, Japanese, Chinese,
#: Korean, full-width forms, and combining marks.
NAME_ALPHABET = "abcXYZ' -üéøÅ高木美帆小平奈緒김민선ＡＢ\u0301\u0308"


def cells() -> st.SearchStrategy[str]:
    return st.text(alphabet=NAME_ALPHABET, max_size=10)


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    n = draw(st.integers(1, 5))
    headers = tuple(draw(st.lists(cells(), min_size=n, max_size=n)))
    rows = draw(
        st.lists(st.lists(cells(), min_size=n, max_size=n).map(tuple), max_size=6).map(tuple)
    )
    align = tuple(draw(st.lists(st.sampled_from(["left", "right"]), min_size=n, max_size=n)))
    return Layout(headers, rows, align)


# --- display width ----------------------------------------------------------------------


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
def test_display_width_of_printable_ascii_is_its_length(text: str) -> None:
    assert display_width(text) == len(text)


def test_display_width_examples() -> None:
    assert display_width("高木美帆") == 8  # wide: two columns each
    assert display_width("ＫＯＫ") == 6  # full-width Latin
    assert display_width("김민선") == 6
    assert display_width("Wu\u0308st") == display_width("Wüst") == 4  # combining mark: none
    assert display_width("a\u200db") == 2  # zero-width joiner
    assert display_width("Ireen Wüst") == 10


@given(cells(), st.integers(0, 30), st.sampled_from(["left", "right"]))
def test_pad_reaches_the_width_and_keeps_the_text(text: str, width: int, align: str) -> None:
    padded = pad(text, width, align)  # type: ignore[arg-type]
    assert display_width(padded) == max(width, display_width(text))
    assert padded.strip(" ") == text.strip(" ")


# --- layout -----------------------------------------------------------------------------


@given(layouts())
def test_laid_out_lines_have_equal_display_width(table: Layout) -> None:
    lines = table.grid(trim=False)
    assert len(lines) == 1 + len(table.rows)
    assert len({display_width(line) for line in lines}) == 1
    assert table.grid() == [line.rstrip() for line in lines]


@given(layouts(), st.sampled_from(["  ", " | ", ""]), st.booleans())
def test_grid_is_each_cell_padded_to_its_column(table: Layout, sep: str, trim: bool) -> None:
    """The grid is each cell padded by display width (`pad`) to its column's width, joined
    by ``sep``: whether a row is padded by length in one call (cells as wide as they are
    long) or cell by cell (wide or zero-width characters)."""
    rows = (table.headers, *table.rows)
    widths = [max(display_width(row[k]) for row in rows) for k in range(len(table.headers))]
    expected = [
        sep.join(pad(c, w, a) for c, w, a in zip(row, widths, table.align, strict=True))
        for row in rows
    ]
    assert table.grid(sep=sep, trim=trim) == (
        [line.rstrip() for line in expected] if trim else expected
    )


@given(layouts())
def test_markdown_lines_have_equal_display_width_and_columns(table: Layout) -> None:
    lines = table.markdown().splitlines()
    assert len(lines) == 2 + len(table.rows)
    assert len({display_width(line) for line in lines}) == 1
    for line in lines:  # unescaped pipes: one per column boundary
        assert len(re.findall(r"(?<!\\)\|", line)) == len(table.headers) + 1


def test_a_japanese_name_aligns() -> None:
    table = Layout(
        ("#", "Name", "Nat", "Points"),
        (
            ("1", "高木美帆", "JPN", "110.980"),
            ("2", "Femke Kok", "NED", "111.315"),
            ("3", "김민선", "KOR", "112.040"),
        ),
        ("right", "left", "left", "right"),
    )
    assert table.text() == (
        "#  Name       Nat   Points\n"
        "1  高木美帆   JPN  110.980\n"
        "2  Femke Kok  NED  111.315\n"
        "3  김민선     KOR  112.040"
    )
    columns = {display_width(line.split("JPN")[0]) for line in table.grid() if "JPN" in line}
    assert columns == {display_width("2  Femke Kok  ")}


def test_layout_escapes_control_characters_in_text_and_markdown() -> None:
    table = Layout(("Name",), (("A\x1b[2J\u202eB",),), before=("T\x07",), after=("n\r",))
    assert "\x1b" not in table.text() and "\\x1b[2J\\u202eB" in table.text()
    assert "\\x07" in table.text() and "\\r" in table.text()
    markdown = table.markdown()
    assert "\x1b" not in markdown and "\u202e" not in markdown
    assert "\\\\x1b" in markdown  # printable's backslash, escaped for Markdown


def test_markdown_escapes_what_would_break_the_table() -> None:
    text = Layout(("a|b", "c"), (("*x*", "<script>"),)).markdown()
    assert text.splitlines()[0] == "| a\\|b  | c          |"
    assert "\\*x\\*" in text and "\\<script\\>" in text


def test_html_escapes_and_captions() -> None:
    out = Layout(("Name",), (("<img src=x onerror=alert(1)>",),), before=("A & B", "p")).html()
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "<caption>A &amp; B</caption>" in out and "<p>p</p>" in out


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"headers": ("a", "b"), "rows": (("1",),)}, "row 0 has 1 cells"),
        ({"headers": ("a",), "rows": ((1,),)}, "is not text"),
        ({"headers": ("a",), "rows": (), "align": ("centre",)}, "must be 'left' or 'right'"),
        ({"headers": ("a",), "rows": (), "align": ("left", "right")}, "2 alignments for 1"),
    ],
)
def test_layout_refuses_a_malformed_table(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(TableError, match=message):
        Layout(**kwargs)  # type: ignore[arg-type]


def test_empty_table() -> None:
    table = Layout(("#", "Name"), (), ("right", "left"), after=("no skaters",))
    assert table.text() == "#  Name\nno skaters"
    assert table.markdown().splitlines()[:2] == ["|   # | Name |", "| --: | :--- |"]


# --- CSV --------------------------------------------------------------------------------


def _read_back(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@given(st.lists(st.text(max_size=12), min_size=1, max_size=5))
def test_csv_neutralises_exactly_the_formula_starts(values: list[str]) -> None:
    fields = [f"c{i}" for i in range(len(values))]
    back = _read_back(csv_text([dict(zip(fields, values, strict=True))], fields))
    assert back[0] == fields
    for value, cell in zip(values, back[1], strict=True):
        shown = printable(value)
        assert cell == ("'" + shown if shown.startswith(FORMULA_START) else shown)
        assert "\x1b" not in cell and "\n" not in cell


@given(st.lists(st.text(max_size=12), min_size=1, max_size=5))
def test_csv_unescaped_round_trip(values: list[str]) -> None:
    """Without escaping, reading the CSV gives each text back, with a leading apostrophe
    exactly when it started with = + - @ (or a tab or a carriage return)."""
    fields = [f"c{i}" for i in range(len(values))]
    out = csv_text([dict(zip(fields, values, strict=True))], fields, escape=False)
    for value, cell in zip(values, _read_back(out)[1], strict=True):
        assert cell == ("'" + value if value.startswith(FORMULA_START) else value)


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_formula_examples(start: str) -> None:
    assert csv_cell(start + "SUM(A1:A9)") == "'" + start + "SUM(A1:A9)"


def test_csv_typed_values_are_machine_notation() -> None:
    row = {
        "rank": 1,
        "name": "Ireen Wüst",
        "points": Decimal("110.980"),
        "gap": Decimal("-0.05"),
        "500": RaceTime.parse("1.46,38"),
        "status": Status.DQ,
        "finalist": True,
        "nation": None,
    }
    assert _read_back(csv_text([row])) == [
        list(row),
        ["1", "Ireen Wüst", "110.980", "-0.05", "1:46.38", "DQ", "true", ""],
    ]
    assert csv_text([{"a": 1}, {"b": 2}]) == "a,b\r\n1,\r\n,2\r\n"  # no key dropped
    assert csv_text([{"a": "x;y"}], delimiter=";") == 'a\r\n"x;y"\r\n'


@pytest.mark.parametrize("value", [1.5, Decimal("NaN"), object(), [1]])
def test_csv_refuses_inexact_or_unknown_values(value: object) -> None:
    with pytest.raises(TableError):
        csv_cell(value)


def test_plain_value_for_json() -> None:
    assert plain_value(Decimal("0.670")) == "0.670"
    assert plain_value(Decimal("1E+3")) == "1000"  # never an exponent
    assert plain_value(Status.DNF) == "DNF" and plain_value(False) is False


# --- language ---------------------------------------------------------------------------


@given(st.sampled_from(sorted(ACCEPTED)), st.randoms())
def test_normalise_lang_is_idempotent_and_case_blind(spelling: str, rnd: object) -> None:
    mixed = "".join(c.upper() if rnd.random() < 0.5 else c for c in spelling)  # type: ignore[attr-defined]
    lang = normalise_lang(mixed)
    assert lang in ("en", "nl")
    assert normalise_lang(lang) == lang
    assert lang == ACCEPTED[spelling]


@given(st.one_of(st.text(max_size=20), st.integers(), st.none(), st.binary(max_size=4)))
def test_normalise_lang_refuses_the_rest_and_says_what_it_accepts(value: object) -> None:
    if isinstance(value, str) and value.isascii() and value.casefold() in ACCEPTED:
        return
    with pytest.raises(InvalidRuleError, match="use en or nl \\(also accepted: english"):
        normalise_lang(value)


def test_normalise_lang_reads_ascii_only() -> None:
    with pytest.raises(InvalidRuleError):
        normalise_lang("iſu")  # long s: casefolds to "isu"
    with pytest.raises(InvalidRuleError):
        normalise_lang("ＮＬ")


# --- labels -----------------------------------------------------------------------------


@pytest.mark.parametrize("table", [HEADINGS, WORDS, PHRASES])
def test_both_languages_have_the_same_labels(table: object) -> None:
    assert set(table["en"]) == set(table["nl"])  # type: ignore[index]


def test_labels() -> None:
    assert [heading(k, "nl") for k in ("rank", "name", "nation", "points")] == [
        "#",
        "Naam",
        "Land",
        "Punten",
    ]
    assert heading("gap", "en", distance=1500) == "Gap 1500"
    assert word("gap", "dutch") == "achterstand" and word("points", "NL") == "punten"
    assert phrase("standings_title", "en", combination="Sprint", after=2, n=4) == (
        "Sprint: standings after 2 of 4 distances"
    )
    with pytest.raises(UnknownNameError, match="unknown heading 'pionts'; closest known"):
        heading("pionts", "en")


# --- numbers ----------------------------------------------------------------------------


@given(st.integers(-(10**12), 10**12), st.sampled_from(["en", "nl"]))
def test_formatted_points_parse_back(thousandths: int, lang: str) -> None:
    value = Decimal(thousandths).scaleb(-3)
    text = format_points(value, lang)
    assert re.fullmatch(r"-?[0-9]+[.,][0-9]{3}", text)
    assert ("," in text) == (lang == "nl")
    assert Decimal(text.replace(",", ".")) == value


@given(st.integers(0, 10**9), st.sampled_from(["en", "nl"]))
def test_points_as_the_library_prints_them(thousandths: int, lang: str) -> None:
    """The new formatter gives what skatecalc.format_points gives, for every points value."""
    value = Decimal(thousandths).scaleb(-3)
    assert format_points(value, lang) == sc.format_points(value, lang)


@given(st.integers(0, 10**9), st.sampled_from([2, 3]), st.sampled_from(["en", "nl"]))
def test_gap_half_up_as_the_library_prints_it(units: int, scale: int, lang: str) -> None:
    value = Decimal(units).scaleb(-scale)
    expected = sc.format_gap(value, lang, rounding=ROUND_HALF_UP)
    assert format_gap(value, lang, rounding=ROUND_HALF_UP) == expected


@given(st.integers(0, 10**9))
def test_displayed_gap_is_never_less_and_less_than_a_hundredth_more(thousandths: int) -> None:
    exact = Decimal(thousandths).scaleb(-3)
    shown = Decimal(format_gap(exact))
    assert exact <= shown < exact + Decimal("0.01")
    if thousandths % 10 == 0:
        assert shown == exact


def test_gap_samples_from_the_press() -> None:
    # ANP tables, World Allround Championships 2022, after two distances
    assert format_gap(Decimal("0.423")) == "0.43"
    assert format_gap(Decimal("4.734")) == "4.74"
    assert format_gap(Decimal("0.67")) == "0.67"
    assert format_gap(Decimal("0.423"), "nl") == "0,43"
    assert format_gap(Decimal("0.425"), rounding=ROUND_HALF_UP) == "0.43"
    assert format_gap(Decimal("0.424"), rounding=ROUND_HALF_UP) == "0.42"
    assert format_gap(Decimal("-0.423")) == "-0.43"  # towards more hundredths either way
    assert format_gap(Decimal("-0.001"), rounding=ROUND_HALF_UP) == "0.00"  # no "-0.00"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: format_gap(1.5), "not a finite Decimal"),  # type: ignore[arg-type]
        (lambda: format_gap(Decimal("1E+999999")), "out of range"),
        (lambda: format_gap(Decimal(1), places=-1), "places=-1"),
        (lambda: format_gap(Decimal(1), rounding="up"), "is not a decimal rounding"),
        (lambda: format_gap(Decimal(1), "de"), "unknown language 'de'"),
        (lambda: format_points(Decimal("0.0005")), "more than three decimals"),
        (lambda: format_points(Decimal("Infinity")), "not a finite Decimal"),
        (lambda: format_seconds(Decimal("0.675")), "more than 2 decimals"),
        (lambda: format_time("1:46.38"), "is not a RaceTime"),  # type: ignore[arg-type]
        (lambda: format_ordinal(-1), "not a whole number"),
    ],
)
def test_formatters_refuse_bad_values(call: object, message: str) -> None:
    with pytest.raises(SkatecalcError, match=message):
        call()  # type: ignore[operator]


def test_formatters_survive_a_low_decimal_precision() -> None:
    import decimal

    with decimal.localcontext() as ctx:
        ctx.prec = 3
        assert format_points(Decimal("110.980")) == "110.980"
        assert format_gap(Decimal("12345.678")) == "12345.68"


def test_times_results_seconds_ordinals() -> None:
    t = RaceTime.parse("12:42.389")
    assert format_time(t) == "12:42.389" and format_time(t, "nl", precision=2) == "12.42,38"
    assert format_time(None) == "" and format_result(None, missing="-") == "-"
    assert format_result(Status.WDR, "nl") == "WDR"
    assert format_seconds(Decimal("0.67"), "nl") == "0,67"
    assert format_seconds(Decimal("4"), places=0) == "4"
    assert [format_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
        "111th",
    ]
    assert format_ordinal(3, "nl") == "3e"


# --- one way to register renderers ----------------------------------------------------------


def test_every_renderer_is_registered_through_text_register() -> None:
    """``skatecalc.text.register`` is the only place that calls the dispatchers' own
    ``register``: a module of the package that registers a table type's renderers does it
    through it, so ``lang`` is normalised the same way for every table."""
    import pathlib

    import skatecalc.text

    package = pathlib.Path(skatecalc.text.__file__).parent.parent
    callers = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "render_text.register(" in path.read_text("utf-8")
        or "render_html.register(" in path.read_text("utf-8")
        or "@render_text.register" in path.read_text("utf-8")
        or "@render_html.register" in path.read_text("utf-8")
    )
    assert callers == ["text/__init__.py"]


def test_register_without_a_renderer_is_refused() -> None:
    from skatecalc.text import register

    class Nothing(tuple[int, ...]):
        pass

    with pytest.raises(sc.SkatecalcError, match=r"register\(Nothing\)"):
        register(Nothing)


# --- control characters do not reach the terminal ---------------------------------------


ANSI = "\x1b[2J\x1b[31mEvil\x1b[0m"


def test_names_with_ansi_escape_codes_are_shown_escaped() -> None:
    table = classify(
        SPRINT,
        {ANSI: ["37.00"], "Ireen Wüst": ["37.10"], "B\u202eC": ["37.20"]},
        nations={ANSI: "N\x07ED"},
    )
    assert table.names[0] == ANSI  # the data keeps the name as given
    for text in (str(table), table.format("nl")):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
        assert "\\x1b[2J\\x1b[31mEvil\\x1b[0m" in text and "Ireen Wüst" in text
        assert "B\\u202eC" in text
    b = board(table)
    assert "\x1b" not in str(b) and "\\x1b[31m" in str(b)
    need = required_time(table, "Ireen Wüst", beat=ANSI)
    assert "\x1b" not in str(need) and "\x1b" not in need.explain("nl")
    done = classify(SPRINT, {ANSI: ["37.00", "1:14.00"], "B": ["37.10"]}, after=1)
    assert "\x1b" not in str(board(done))  # the leader line


def test_printable_keeps_names_without_control_characters() -> None:
    for name in ("Femke Kok", "Ireen Wüst", "Dai Dai N'tab", "Ådne Søndrål", "李 佳轩"):
        assert printable(name) is name
    assert printable("a\tb\nc\x85d\u2028e\x7f") == "a\\tb\\nc\\x85d\\u2028e\\x7f"
