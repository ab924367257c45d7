"""`totals` over a ``csv.reader``: the loop for its rows (lists of str) equals the general one.

`skatecalc.bulk.totals` reads the rows of a ``csv.reader`` (whose quoting makes only text) in
a loop of its own that checks no type; every row it cannot take goes back to the general code.
These tests read the same CSV text twice, once through the reader itself and once as a list of
its rows (the general code), and expect the same totals or the same error at the same row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc.bulk import Total, totals
from skatecalc.bulkparts import str_rows
from skatecalc.samalog import Rounding

from .strategies import roundings
from .test_bulk import databases, plain_totals

QUOTINGS = (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE)

# Cells that the loop for CSV rows must leave to the general code (or that it meets rarely):
# distances not of the combination, not digits or padded; times not read, empty, a status
# with blanks, thousandths; names blank, with a comma, a quote, a line break, or another case.
BAD_DISTANCES = ("1500", "5OO", "", "-500", " 500", "0500", "500.0", "1000 ")
BAD_TIMES = ("1:7x.10", "", "37.0", "abc", "0.00", " DQ ", "dnf", "37.079", "1:14.351", "99:99.99")
ODD_NAMES = ("", "  ", "Kok, Femke", "Femke\nKok", 'Le "Bolt"', "FEMKE KOK", "Femke  Kok")


@st.composite
def csv_texts(draw: st.DrawFn) -> tuple[sc.Combination, str, int]:
    """A results database (`databases`) as CSV text, with bad rows and cells now and then,
    and its quoting."""
    comb, rows = draw(databases())
    cells: list[list[object]] = [list(row) for row in rows]
    for _ in range(draw(st.integers(0, 3)) if rows else 0):
        at = draw(st.integers(0, len(cells) - 1))
        row = list(draw(st.sampled_from(rows)))  # a good row, made bad below
        kind = draw(st.sampled_from(("short", "long", "empty", "distance", "time", "name")))
        if kind == "short":
            row = row[:3]
        elif kind == "long":
            row = [*row, "x"]
        elif kind == "empty":
            row = []
        elif kind == "distance":
            row[2] = draw(st.sampled_from(BAD_DISTANCES))
        elif kind == "time":
            row[3] = draw(st.sampled_from(BAD_TIMES))
        else:
            row[0] = draw(st.sampled_from(ODD_NAMES))
        if draw(st.booleans()):
            cells[at] = row
        else:
            cells.insert(at, row)
    quoting = draw(st.sampled_from(QUOTINGS))
    return comb, _written(cells, quoting), quoting


SKATERS = ("Femke Kok", "Miho Takagi", "Jutta Leerdam", "Ireen Wüst", "Erin Jackson")
# other spellings: the same name shown (blanks) or another one (case, accents: refused)
SPELT = {
    "Femke Kok": ("Femke  Kok", " Femke Kok", "femke kok"),
    "Ireen Wüst": ("Ireen Wüst ", "Ireen Wust"),
}
TIMES = ("37.07", "37.070", "37.079", "1:14.35", "1:14.351", "38.12", "DQ", "dnf", " DNS ")


@st.composite
def race_texts(draw: st.DrawFn) -> tuple[sc.Combination, str, int]:
    """Races: runs of rows of one event and one distance (as text), a few skaters each with a
    time from a few strings, statuses among them, so that the same strings come back again
    and again (the rows the loop for CSV rows takes); now and then a new event on the distance
    of the row before, a skater spelt another way, a bad distance, a distance given too often."""
    comb = draw(st.sampled_from((sc.SPRINT, sc.MINI, sc.ALLROUND_WOMEN)))
    texts = [str(d) for d in comb.distances]
    lines: list[list[object]] = []
    for _ in range(draw(st.integers(1, 8))):
        event = draw(st.sampled_from(("E0", "E1", "E2", "E3")))
        distance = draw(st.sampled_from(texts))
        if draw(st.integers(0, 19)) == 0:
            distance = draw(st.sampled_from((" 500", "1500", "x")))
        for name in draw(st.lists(st.sampled_from(SKATERS), min_size=1, max_size=5, unique=True)):
            if name in SPELT and draw(st.integers(0, 3)) == 0:
                name = draw(st.sampled_from(SPELT[name]))
            lines.append([name, event, distance, draw(st.sampled_from(TIMES))])
    quoting = draw(st.sampled_from(QUOTINGS))
    return comb, _written(lines, quoting), quoting


def _written(rows: list[list[object]], quoting: int) -> str:
    out = io.StringIO()
    csv.writer(out, quoting=quoting, escapechar="\\").writerows(rows)
    return out.getvalue()


def _reader(text: str, quoting: int) -> object:
    return csv.reader(io.StringIO(text, newline=""), quoting=quoting, escapechar="\\")


def _outcome(run: Callable[[], list[Total]]) -> object:
    try:
        result = run()
    except sc.SkatecalcError as exc:
        return (type(exc).__name__, str(exc))
    assert all(type(t) is Total for t in result)
    return [(*t, repr(t.points)) for t in result]


@settings(max_examples=300)
@given(st.one_of(csv_texts(), race_texts()), roundings())
def test_totals_of_a_csv_reader_equal_the_general_code(
    csv_text: tuple[sc.Combination, str, int], rounding: Rounding
) -> None:
    """Totals (each Decimal's repr too), statuses, order, and each refused row (the error and
    its message, the row counted from 0) are those of the same rows read by the general code."""
    comb, text, quoting = csv_text
    reader = _reader(text, quoting)
    assert str_rows(reader)
    general = list(_reader(text, quoting))  # a list of lists: the general code
    assert not str_rows(general)
    expected = _outcome(lambda: totals(general, comb, rounding=rounding))  # type: ignore[arg-type]
    assert _outcome(lambda: totals(reader, comb, rounding=rounding)) == expected  # type: ignore[arg-type]


@given(databases(), roundings(), st.sampled_from(QUOTINGS))
def test_totals_of_a_csv_reader_equal_the_plain_definition(
    database: tuple[sc.Combination, list[tuple[str, object, object, object]]],
    rounding: Rounding,
    quoting: int,
) -> None:
    """A database written as CSV and read back by ``csv.reader``: the totals and refused rows
    (which error, at which row) of the plain definition of the rows written. (A CSV file has
    no ``None``: its empty cell is a time refused, which the test above covers.)"""
    comb, rows = database
    text = _written([list(r) for r in rows if r[3] is not None], quoting)
    read = [tuple(r) for r in _reader(text, quoting)]  # type: ignore[attr-defined]
    try:
        expected: object = plain_totals(read, comb, rounding)
    except sc.SkatecalcError as exc:
        expected = f"{type(exc).__name__} {str(exc).rsplit('(row', 1)[1]}"
    try:
        got: object = totals(_reader(text, quoting), comb, rounding=rounding)  # type: ignore[arg-type]
    except sc.SkatecalcError as exc:
        got = f"{type(exc).__name__} {str(exc).rsplit('(row', 1)[1]}"
    assert got == expected


def test_only_a_csv_reader_of_text_takes_the_loop_for_csv_rows() -> None:
    lines = ["A,E,500,37.07"]
    for quoting in QUOTINGS:
        assert str_rows(csv.reader(lines, quoting=quoting))
    assert not str_rows(csv.reader(lines, quoting=csv.QUOTE_NONNUMERIC))  # floats
    assert not str_rows(csv.DictReader(lines))
    assert not str_rows([["A", "E", "500", "37.07"]])
    assert not str_rows(row for row in csv.reader(lines))


def test_totals_of_a_csv_reader_counts_rows_not_lines() -> None:
    text = '"Femke\nKok",E,500,37.07\nMiho Takagi,E,500,37.13\nMiho Takagi,E,500\n'
    with pytest.raises(sc.ResultsError, match=r"\(row 2, counting from 0\)"):
        totals(csv.reader(io.StringIO(text, newline="")), "sprint")


def test_totals_of_a_csv_reader_refuses_a_third_500_and_a_second_spelling() -> None:
    rows = "A,E,500,37.07\nA,E,1000,1:14.35\nA,E,500,37.10\nA,E,500,37.20\n"
    with pytest.raises(sc.DuplicateError, match=r"\(row 3, counting from 0\)"):
        totals(csv.reader(io.StringIO(rows)), "sprint")
    rows = "Femke Kok,E,500,37.07\nMiho Takagi,E,500,37.13\nfemke kok,E,1000,1:14.35\n"
    with pytest.raises(sc.DuplicateError, match=r"\(row 2, counting from 0\)"):
        totals(csv.reader(io.StringIO(rows)), "sprint")
    # both spellings known from an earlier event, the time and the distance read before: the
    # second spelling's first row in this event is still refused
    rows = "femke kok,D,500,37.07\nFemke Kok,D2,500,37.07\nfemke kok,D2,500,37.07\n"
    with pytest.raises(sc.DuplicateError, match=r"\(row 2, counting from 0\)"):
        totals(csv.reader(io.StringIO(rows)), "sprint")


def test_totals_of_a_csv_reader_shows_a_name_by_the_identity_rule() -> None:
    """A name spelt with extra blanks, known from an earlier event, is shown without them."""
    rows = (
        "Femke  Kok,D,500,37.07\nA,E,500,37.07\nFemke  Kok,E,500,37.07\nFemke Kok,E,1000,1:14.35\n"
    )
    got = totals(csv.reader(io.StringIO(rows)), "sprint")
    assert [(t.event, t.name, t.skated) for t in got] == [
        ("D", "Femke Kok", 1),
        ("E", "A", 1),
        ("E", "Femke Kok", 2),
    ]


def test_totals_of_a_csv_reader_statuses_thousandths_and_an_empty_time() -> None:
    """A status takes the points, a thousandth is not counted; an empty cell is refused."""
    rows = (
        "A,E,500,37.07\nB,E,500,DQ\n"
        "A,E,1000,1:14.35\nB,E,1000,1:15.00\nC,E,1000,1:16.00\n"
        "A,F,500,37.070\nA,F,1000,1:14.359\nA,F,500,\n"
    )
    with pytest.raises(sc.InvalidTimeError, match=r"empty \(row 7, counting from 0\)"):
        totals(csv.reader(io.StringIO(rows)), "sprint")
    got = totals(csv.reader(io.StringIO(rows.removesuffix("A,F,500,\n"))), "sprint")
    assert [(t.event, t.name, t.points, t.skated, t.complete, t.status) for t in got] == [
        ("E", "A", sc.points("37.07", 500) + sc.points("1:14.35", 1000), 2, False, None),
        ("E", "B", None, 1, False, sc.Status.DQ),
        ("E", "C", sc.points("1:16.00", 1000), 1, False, None),
        ("F", "A", sc.points("37.07", 500) + sc.points("1:14.35", 1000), 2, False, None),
    ]
    assert got[0].points is got[3].points  # equal totals share one Decimal
