"""Official ISU result PDFs on the command line (skatecalc.io.source): a PDF file, a
folder of one event's PDFs, or a PDF on standard input, wherever a results listing is taken.

The World Cup standings after #1 (Salt Lake City) and #2 (Calgary), 2025/26, from the two
folders of official PDFs equal those from the two results listings as published, cup by cup,
except where named below (each exception with what the PDF prints)."""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc.io.pdf
from skatecalc.errors import PrintedPointsWarning
from skatecalc.io import Event
from skatecalc.io.sniff import sniff_path
from skatecalc.io.source import read

from .conftest import ROOT, SHARED_DATA
from .helpers import run_cli
from .test_io_pdf import SPELLINGS, _blank_pdf

pytest.importorskip("pypdf")

PDF = SHARED_DATA / "official" / "pdf"
EVENTS = ("wc2025-26-1-salt-lake-city", "wc2025-26-2-calgary")
FOLDERS = " ".join(str(PDF / e) for e in EVENTS)
LISTINGS = " ".join(str(ROOT / "tests/data/seed/listings" / f"{e}.txt") for e in EVENTS)
needs_pdfs = pytest.mark.skipif(
    not all((PDF / e).is_dir() for e in EVENTS),
    reason=f"the official result PDFs are not at {PDF} (set SKATECALC_SHARED_DATA)",
)

# the cups: (--division, --gender, --distance)
CUPS = [
    (div, gender, distance)
    for div in "AB"
    for gender in ("men", "women")
    for distance in ("500", "1000", "1500", "5000" if gender == "men" else "3000", "MS", "TP")
]

# Where the standings from the PDFs differ from the listings' (cup -> listing name -> points
# from the PDFs, points from the listings). The listing prints hundredths and cannot split
# equal hundredths: it gives both the better place; the PDF prints the thousandths and splits.
DIFFER: dict[tuple[str, str, str], dict[str, tuple[int | None, int | None]]] = {
    # Salt Lake City, 15 Nov, 1500 m women: Mei Han 1:53.893 12th, Francesca Lollobrigida
    # 1:53.897 13th (28 points); the listing: both 1:53.89, 12th (29 points)
    ("A", "women", "1500"): {"Francesca Lollobrigida": (53, 54)},
    # Salt Lake City, 14 Nov, 1000 m women, Division B: Min-Sun Kim 1:14.661 3rd, Kaitlyn
    # McGregor 1:14.663 4th (17 points; the listing: 3rd, 21); Fran Vanhoutte 1:15.544 13th,
    # Vanessa Herzog 1:15.547 14th (7 points; the listing: 13th, 8)
    ("B", "women", "1000"): {"Kaitlyn McGregor": (33, 37), "Vanessa Herzog": (28, 29)},
    # Salt Lake City, 14 Nov, 1000 m men, Division B: Alessio Trentini 1:08.601 18th,
    # Valentin Thiebault 1:08.605 19th (2 points; the listing: 18th, 3)
    ("B", "men", "1000"): {"Valentin Thiebault": (2, 3)},
    # Calgary, 23 Nov, 2nd 500 m men, Division B: Sanghyeok Cho 34.530 6th, Yuma Murakami
    # 34.533 7th (14; listing 6th, 15); Merijn Scheperkamp 34.550 8th, Henrik Fagerli Rukke
    # 34.555 9th (12; listing 8th, 13); Piotr Michalski 34.604 11th, Christopher Fiola 34.605
    # 12th (9; listing 11th, 10); Conor McDermott-Mostowy and Ze Liu 35.126 20th (equal in
    # thousandths too: 1 point each), Cristian Landrø Magnussen 35.129 22nd (0; listing 20th, 1)
    ("B", "men", "500"): {
        "Yuuma Murakami": (58, 59),
        "Henrik Fagerli Rukke": (14, 15),
        "Christopher Fiola": (45, 46),
        "Cristian Landrø Magnussen": (0, 1),
    },
    # Calgary, 22 Nov, 1500 m men, Division B: the PDF prints Connor Howe as withdrawn (WDR,
    # no points); the listing leaves him out
    ("B", "men", "1500"): {"Connor Howe": (0, None)},
}

# Cups where the PDFs print one skater in two spellings, which the listings print in one: the
# command line joins them across documents (skatecalc.io.spellings) and says so. The
# Division A 500 m men would differ besides at Calgary, 22 Nov: Jenning De Boo 34.021 2nd (54),
# Jordan Stolz 34.028 3rd (48), the listing: both 34.02, 2nd (54), a 6-point difference; Zhiwen
# Xue 34.160 7th, Marek Kania 34.164 8th (34; the listing 7th, 36); and at Salt Lake City, 15 Nov:
# Cedrick Brunet 34.374 13th, Tatsuya Shinhama 34.376 14th (27; the listing 13th, 28).
REFUSED = {
    ("A", "men", "500"): ("Damian Żurek", "Damian Zurek"),
    ("A", "women", "500"): ("Andżelika Wójcik", "Andzelika Wójcik"),
}


@pytest.fixture
def read_once(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each folder read once for the whole module (reading both takes seconds)."""
    real = skatecalc.io.pdf.read_pdf

    def read(path: str | Path, data: bytes | None = None) -> Event:
        if data is not None:
            return real(path, data)
        key = str(path)
        if key not in _READ:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PrintedPointsWarning)
                _READ[key] = real(path)
        return _READ[key]

    monkeypatch.setattr(skatecalc.io.pdf, "read_pdf", read)
    yield


_READ: dict[str, Event] = {}


def _standings(files: str, div: str, gender: str, distance: str) -> tuple[int, str, str]:
    return run_cli(
        f"skatecalc worldcup standings {files} --division {div} --gender {gender}"
        f" --distance {distance} --format json"
    )


def _points(out: str, spell: Callable[[str], str]) -> dict[str, int]:
    return {spell(row["name"]).casefold(): row["points"] for row in json.loads(out)}


@needs_pdfs
@pytest.mark.usefixtures("read_once")
@pytest.mark.parametrize(("div", "gender", "distance"), CUPS)
def test_worldcup_standings_from_the_pdf_folders_equal_the_listings(
    div: str, gender: str, distance: str
) -> None:
    status, out, err = _standings(FOLDERS, div, gender, distance)
    refused = REFUSED.get((div, gender, distance))
    if refused is not None:
        # one skater in two spellings across the documents: joined (same nation, only case
        # or accents differ) and said on stderr; the points are compared in
        # test_refused_500m_cups_with_one_spelling_equal_the_listings_but_for_thousandths
        assert status == 0, err
        spellings = set(refused)
        joins = [ln for ln in err.splitlines() if "as another document spells the skater" in ln]
        assert joins and all(
            {s for s in spellings if repr(s) in ln} == spellings for ln in joins
        ), err
        assert "Traceback" not in err
        return
    assert status == 0, err
    listed_status, listed, _ = _standings(LISTINGS, div, gender, distance)
    assert listed_status == 0
    got = _points(out, lambda name: SPELLINGS.get(name, name))
    want = _points(listed, lambda name: name)
    differ = {
        name: (got.get(name), want.get(name))
        for name in sorted(got.keys() | want.keys())
        if got.get(name) != want.get(name)
    }
    expected = DIFFER.get((div, gender, distance), {})
    assert differ == {name.casefold(): pts for name, pts in expected.items()}


@needs_pdfs
@pytest.mark.usefixtures("read_once")
def test_worldcup_standings_of_the_pdf_folders_print_the_listings_table_names() -> None:
    status, out, err = run_cli(
        f"skatecalc worldcup standings {FOLDERS} --division A --gender men --distance TP"
    )
    assert status == 0, err
    assert "ISU World Cup 2025/26, team pursuit men, Division A: 2 races" in out
    assert out.splitlines()[2].split()[:3] == ["1", "USA", "120"]


@needs_pdfs
def test_printed_points_warning_of_a_pdf_reaches_standard_error() -> None:
    pdf = PDF / EVENTS[0] / "27-mass-start-women.pdf"
    status, out, err = run_cli(f"skatecalc worldcup standings {pdf} --division A")
    assert status == 0, err
    assert (
        "skatecalc: warning: 27. Mass Start Women: place 4 prints 44 points, the table"
        " 2025/26 gives 43"
    ) in err.splitlines()
    assert "mass start women, Division A" in out


@needs_pdfs
def test_a_pdf_on_standard_input_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (PDF / EVENTS[1] / "14-1st-500m-men.pdf").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, err = run_cli("skatecalc worldcup standings - --division A --format json")
    assert status == 0, err
    rows = json.loads(out)
    assert [(r["name"], r["points"]) for r in rows[:3]] == [
        ("Jun-Ho Kim", 60),
        ("Jenning De Boo", 54),
        ("Jordan Stolz", 48),  # 34.028, after De Boo's 34.021: the PDF splits the hundredths
    ]


@needs_pdfs
@pytest.mark.usefixtures("read_once")
def test_standings_of_a_worldcup_pdf_folder_is_refused_like_its_listing() -> None:
    """A World Cup event is no championship: ``standings`` refuses its folder as it refuses
    its listing (the team pursuit is no distance in metres)."""
    folder = PDF / EVENTS[0]
    listing = ROOT / "tests/data/seed/listings" / f"{EVENTS[0]}.txt"
    for what in (folder, listing):
        status, out, err = run_cli(f"skatecalc standings {what} --gender men")
        assert status == 1 and out == ""
        assert err.startswith("skatecalc: error: a championship classifies distances in metres;")
        assert "team pursuit men" in err and "Traceback" not in err


@needs_pdfs
def test_standings_of_one_500m_pdf_as_a_sprint() -> None:
    pdf = PDF / EVENTS[1] / "14-1st-500m-men.pdf"
    status, out, err = run_cli(f"skatecalc standings {pdf} --combination sprint")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "Sprint: standings after 1 of 4 distances"
    assert lines[2].split()[:4] == ["1", "Jun-Ho", "Kim", "KOR"]
    assert "34.021" in out and "34.028" in out  # the thousandths the PDF prints


# --- bad input: one line naming the file, exit 1, no traceback ------------------------------


def _refused(command: str, *words: str) -> None:
    status, out, err = run_cli(command)
    assert (status, out) == (1, ""), err
    assert err.startswith("skatecalc: error: ") and len(err.splitlines()) == 1, err
    for word in words:
        assert word in err, err


def test_a_pdf_that_is_no_isu_result_is_refused(tmp_path: Path) -> None:
    pdf = _blank_pdf(tmp_path / "blank.pdf")
    _refused(f"skatecalc worldcup standings {pdf}", "blank.pdf has no text layer")


@needs_pdfs
def test_a_corrupt_pdf_is_refused(tmp_path: Path) -> None:
    data = (PDF / EVENTS[1] / "14-1st-500m-men.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    _refused(f"skatecalc worldcup standings {cut}", "cut.pdf")


def test_a_corrupt_pdf_on_standard_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"%PDF-1.7\n\x00broken")))
    _refused("skatecalc standings -", "<stdin> is not a readable PDF")


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    _refused(
        f"skatecalc worldcup standings {tmp_path}", f"the folder {str(tmp_path)!r}: it is empty"
    )


def test_a_folder_with_other_files_is_refused(tmp_path: Path) -> None:
    _blank_pdf(tmp_path / "01-500m-men.pdf")
    (tmp_path / "notes.txt").write_text("seen\n", encoding="utf-8")
    _refused(f"skatecalc worldcup standings {tmp_path}", "'notes.txt'", "not an ISU result PDF")


def test_a_folder_with_a_folder_inside_is_refused(tmp_path: Path) -> None:
    (tmp_path / "day2").mkdir()
    _refused(
        f"skatecalc need {tmp_path} 'Femke Kok' --rank 1 --combination sprint", "the folder 'day2'"
    )


def test_a_folder_of_csv_files_is_refused(tmp_path: Path) -> None:
    shutil.copy(ROOT / "skatecalc/data/examples/wsc2024-women.csv", tmp_path)
    _refused(f"skatecalc standings {tmp_path}", "'wsc2024-women.csv'")


def test_a_text_file_named_pdf_is_no_pdf(tmp_path: Path) -> None:
    p = tmp_path / "results.pdf"
    p.write_text("name,nation\n", encoding="utf-8")
    assert sniff_path(p) != "pdf"
    assert sniff_path(tmp_path) == "folder"


@needs_pdfs
@pytest.mark.usefixtures("read_once")
def test_a_pdf_folder_in_olympic_select_reads_as_its_listing() -> None:
    """The Olympic selection takes a trials listing; a World Cup folder reads as its listing
    does, and is refused for the same reason (two skaters equal on their better 1000 m)."""
    folder = PDF / EVENTS[0]
    listing = ROOT / "tests/data/seed/listings" / f"{EVENTS[0]}.txt"
    said = []
    for what in (folder, listing):
        status, out, err = run_cli(f"skatecalc olympic select {what} --order NED-2022-men")
        assert (status, out) == (1, "") and err.startswith("skatecalc: error: ")
        said.append(err.split(" (line ")[0])
    assert said[0] == said[1]
    assert "Joep Wennemars and Cooper Mcleod both have 1:07.01" in said[0]


@needs_pdfs
def test_read_pdf_keeps_each_warning_with_its_race() -> None:
    event = read(PDF / EVENTS[0] / "27-mass-start-women.pdf").event
    assert event is not None
    (race,) = event.races
    assert race.warnings == (
        "27. Mass Start Women: place 4 prints 44 points, the table 2025/26 gives 43",
    )


# --- recognising a PDF: the reader's own test, on the first bytes -------------------------


@given(st.sampled_from([b"", b" ", b"\n", b"\r\n\t "]), st.binary(max_size=40))
def test_a_file_is_a_pdf_exactly_when_its_first_bytes_are_the_magic(
    blank: bytes, rest: bytes
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for data in (blank + b"%PDF-" + rest, blank + rest):
            p = Path(folder) / "r.bin"
            p.write_bytes(data)
            assert (sniff_path(p) == "pdf") == data.lstrip().startswith(b"%PDF-")


def test_watch_sees_a_pdf_rewritten_in_a_folder(tmp_path: Path) -> None:
    """``--watch`` on a folder of PDFs: a document rewritten in place changes no folder
    time, so each file in the folder is compared too."""
    from skatecalc.cli.watch import snapshot

    pdf = tmp_path / "14-1st-500m-men.pdf"
    pdf.write_bytes(b"%PDF-1.7 first")
    before = snapshot([tmp_path])
    with pdf.open("r+b") as f:
        f.write(b"%PDF-1.7 second, longer")
    assert snapshot([tmp_path]) != before


# The two refused cups, with the PDFs' two spellings made one here (the command line does
# not guess): then they too equal the listings but for the thousandths (named in REFUSED).
ONE_SPELLING = {"Damian Zurek": "Damian Żurek", "Andzelika Wójcik": "Andżelika Wójcik"}
REFUSED_DIFFER = {
    # Stolz 3rd (48) not 2nd (54) at Calgary, Kania 8th (34) not 7th (36) at Calgary,
    # Shinhama 14th (27) not 13th (28) at Salt Lake City: see REFUSED
    ("men", "500"): {
        "Jordan Stolz": (211, 217),
        "Marek Kania": (126, 128),
        "Tatsuya Shinhama": (74, 75),
    },
    ("women", "500"): {},
}


@needs_pdfs
@pytest.mark.usefixtures("read_once")
@pytest.mark.parametrize(("gender", "distance"), sorted(REFUSED_DIFFER))
def test_refused_500m_cups_with_one_spelling_equal_the_listings_but_for_thousandths(
    gender: str, distance: str
) -> None:
    import attrs

    from skatecalc.cli.listing import _worldcup, load_worldcup, read_listings
    from skatecalc.worldcup import rules

    events = [
        attrs.evolve(
            ev,
            races=tuple(
                attrs.evolve(
                    r,
                    entries=tuple(
                        attrs.evolve(e, name=ONE_SPELLING.get(e.name, e.name)) for e in r.entries
                    ),
                )
                for r in ev.races
            ),
        )
        for ev in read_listings([PDF / e for e in EVENTS])
    ]
    ((_, cup),) = _worldcup(events, "2025/26", distance, gender, "A", rules("2025/26"))
    ((_, listed),) = load_worldcup(
        [ROOT / "tests/data/seed/listings" / f"{e}.txt" for e in EVENTS],
        season="2025/26",
        distance=distance,
        gender=gender,
        division="A",
    )
    got = {SPELLINGS.get(s.name, s.name).casefold(): s.points for s in cup.standings()}
    want = {s.name.casefold(): s.points for s in listed.standings()}
    differ = {n: (got.get(n), want.get(n)) for n in sorted(got | want) if got.get(n) != want.get(n)}
    expected = REFUSED_DIFFER[(gender, distance)]
    assert differ == {name.casefold(): pts for name, pts in expected.items()}


@needs_pdfs
def test_need_and_board_take_a_pdf() -> None:
    pdf = PDF / EVENTS[1] / "14-1st-500m-men.pdf"
    status, out, err = run_cli(f"skatecalc board {pdf} --combination sprint")
    assert status == 0, err
    assert out.splitlines()[0] == "Sprint, 1000 m (distance 2 of 4): time to beat"
    status, out, err = run_cli(
        f"skatecalc need {pdf} 'Jordan Stolz' --beat 'Jenning De Boo' --combination sprint"
    )
    assert status == 0, err
    assert out.startswith("Jordan Stolz must be at least")
