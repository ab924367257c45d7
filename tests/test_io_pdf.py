"""skatecalc.io.pdf: the official ISU result PDFs of World Cups #1 and #2, 2025/26."""

from __future__ import annotations

import io
import shutil
import warnings
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import RaceTime
from skatecalc.errors import FileFormatError
from skatecalc.io import Event, read_listing
from skatecalc.io.pdf import (
    PrintedPointsWarning,
    format_bracket_time,
    parse_bracket_time,
    printed_to_name,
    read_pdf,
)
from skatecalc.worldcup import rules

from .conftest import SHARED_DATA

pypdf = pytest.importorskip("pypdf")

PDF = SHARED_DATA / "official" / "pdf"
EVENTS = ("wc2025-26-1-salt-lake-city", "wc2025-26-2-calgary")
needs_pdfs = pytest.mark.skipif(
    not all((PDF / e).is_dir() for e in EVENTS),
    reason=f"the official result PDFs are not at {PDF} (set SKATECALC_SHARED_DATA)",
)

# what each event's 28 documents print, counted once by hand from the text layer
ENTRIES = {
    "wc2025-26-1-salt-lake-city": [
        *(40, 45, 39, 40, 16, 16, 20, 20, 33, 35, 20, 20, 20, 20),
        *(36, 43, 6, 8, 30, 36, 20, 27, 8, 8, 20, 20, 23, 24),
    ],
    "wc2025-26-2-calgary": [
        *(38, 46, 39, 40, 16, 16, 20, 20, 35, 36, 34, 45, 20, 20),
        *(20, 20, 35, 38, 5, 6, 8, 8, 20, 20, 18, 27, 23, 24),
    ],
}
STATUSES = {
    "wc2025-26-1-salt-lake-city": {"DNF": 3, "DQ": 4},
    "wc2025-26-2-calgary": {"DQ": 6, "DNF": 3, "WDR": 3},
}
THOUSANDTHS = {"wc2025-26-1-salt-lake-city": 48, "wc2025-26-2-calgary": 47}
FOOTNOTES = {"wc2025-26-1-salt-lake-city": 7, "wc2025-26-2-calgary": 11}

# printed points that differ from the 2025/26 table (each reported by a warning)
POINTS_EXCEPTIONS = {
    # the (N)-marked 44 for 4th place in both Division A mass starts at Salt Lake City
    ("wc2025-26-1-salt-lake-city", 27, 4),
    ("wc2025-26-1-salt-lake-city", 28, 4),
    # Calgary, men's Division B mass start: one point less than the table from place 3
    *(("wc2025-26-2-calgary", 26, p) for p in range(3, 21)),
}

# names the PDF and the listing spell differently (PDF -> listing), compared case-folded
SPELLINGS = {
    "Kseniia Korzhova": "Ksenija Korzhova",
    "Arina Ilyachsehenko": "Arina Ilyachshenko",
    "Lucie Korvasová": "Lucie Korvasova",
    "Zuzana Kuršová": "Zuzana Kursova",
    "Shomu Sasaki": "Shoumu Sasaki",
    "Jae-Won Chung": "Jaewon Chung",
    "Seungmin Cho": "Seung-Min Jo",
    "Kotaro Kasahara": "Koutaro Kasahara",
    "Min-Sun Kim": "Min-Seon Kim",
    "Marte Bjerkreim Furnee": "Marte Bjerkreim Furnée",
    "Veronika Antošová": "Veronika Antosova",
    "Hyun-Min Oh": "Hyeon-Min Oh",
    "Kyung-Min Koo": "Kyungmin Koo",
    "Seonghyeon Park": "Seong-Hyeon Park",
    "Na-Hyun Lee": "Na-Hyeon Lee",
    "Luisa María González": "Luisa María Gonzalez Salazar",
    "Jun-Ho Kim": "Joon-Ho Kim",
    "Jae Woong Chung": "Jae-Woong Jeong",
    "Yuma Murakami": "Yuuma Murakami",
    "Altay Zhardembekuly": "Altaj Zjardembekuly",
    "Andzelika Wójcik": "Andżelika Wójcik",
    "Damian Zurek": "Damian Żurek",
    "Yuta Hirose": "Yuuta Hirose",
    "Cedrick Brunet": "Cédrick Brunet",
    "Sebas Diniz": "Sebastian Diniz",
    "David La Rue": "David Larue",
    "Kyoko Nitta": "Kyouko Nitta",
    "Alexandra Sayutina": "Aleksandra Sayutina",
    "Ho-Jun Yang": "Hojun Yang",
    "Roman Binazarov": "Roman Binozarov",
    "Anastasiia Semenova": "Anastasija Semjonova",
    "Bart Hoolwerf": "Albertus (Bart) Hoolwerf",
    "Rose Laliberte-Roy": "Rose Laliberté-Roy",
}
# the listings leave out withdrawn skaters (WDR), the PDFs print them
NOT_IN_LISTING = {"Connor Howe", "Min-Seok Kim", "Daniel Milagros"}
# where the official PDF and the results listing print different results: two Division B
# team pursuits, one hundredth apart (PDF first, listing second)
SOURCES_DIFFER = {
    "wc2025-26-1-salt-lake-city": [
        "18 (8, 'CAN', RaceTime('4:15.33'), None) (8, 'CAN', RaceTime('4:15.34'), None)"
    ],
    "wc2025-26-2-calgary": [
        "20 (2, 'KOR', RaceTime('3:41.21'), None) (2, 'KOR', RaceTime('3:41.22'), None)"
    ],
}
NEUTRAL = {"AIN": {"BLR", "RUS"}}  # the PDF prints AIN, the listing the former nation


@pytest.fixture(scope="module")
def read() -> dict[str, tuple[Event, list[str]]]:
    out = {}
    for e in EVENTS:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ev = read_pdf(PDF / e)
        out[e] = (ev, [str(w.message) for w in caught if w.category is PrintedPointsWarning])
    return out


@needs_pdfs
@pytest.mark.parametrize("event", EVENTS)
def test_every_shared_pdf_is_read_completely(
    read: dict[str, tuple[Event, list[str]]], event: str
) -> None:
    ev, _ = read[event]
    assert ev.name.startswith("ISU SPEED SKATING WORLD CUP #")
    assert [r.number for r in ev.races] == list(range(1, 29))
    assert [len(r) for r in ev.races] == ENTRIES[event]
    entries = [e for r in ev.races for e in r.entries]
    assert Counter(str(e.status) for e in entries if e.status) == STATUSES[event]
    assert sum(1 for e in entries if e.time and e.time.precision == 3) == THOUSANDTHS[event]
    assert sum(1 for e in entries if e.footnote) == FOOTNOTES[event]
    assert all(e.printed_name and e.name.casefold() == e.printed_name.casefold() for e in entries)
    for r in ev.races:
        if r.distance == "team pursuit":
            assert all(len(e.nation) == 3 and e.name.isupper() for e in r.entries)
            assert all(e.lane in ("Finish", "Crossing") for e in r.entries)
        elif r.distance == "mass start":
            assert all(len(e.sprints) == 5 and e.laps for e in r.entries)
            for e in r.entries:  # S1-S3 intermediate sprints (3, 2, 1), S4 the final sprint
                assert all(x in (None, 1, 2, 3) for x in e.sprints[:3])
        else:
            assert all(e.lane in ("In", "Out") for e in r.entries if e.status is None)
    assert sum(x or 0 for r in ev.races for e in r.entries for x in e.sprints[:4]) == 628


@needs_pdfs
def test_calgary_500m_men_reads_thousandths_and_footnotes(
    read: dict[str, tuple[Event, list[str]]],
) -> None:
    race = read["wc2025-26-2-calgary"][0].races[13]
    assert race.printed_title == "1st 500m Men" and race.division == "A"
    boo = race.entries[1]
    assert (boo.printed_name, boo.name, str(boo.time), boo.pair, boo.lane) == (
        "Jenning DE BOO",
        "Jenning De Boo",
        "34.021",
        10,
        "In",
    )
    mag = race.entries[18]
    assert (mag.name, mag.footnote) == ("Bjørn Magnussen", "F : Skater fell down during the race")
    assert mag.printed_points == 22


@needs_pdfs
def test_calgary_team_pursuit_men_norway_fell(read: dict[str, tuple[Event, list[str]]]) -> None:
    race = read["wc2025-26-2-calgary"][0].races[21]
    nor = race.entries[7]
    assert (nor.name, nor.nation, str(nor.time), nor.printed_points) == (
        "NORWAY",
        "NOR",
        "4:03.16",
        34,
    )
    assert nor.footnote.startswith("F : ") and race.entries[0].nation == "USA"


@needs_pdfs
def test_calgary_mass_start_men_sprint_points_and_n_marker(
    read: dict[str, tuple[Event, list[str]]],
) -> None:
    race = read["wc2025-26-2-calgary"][0].races[27]
    g = race.entries[0]
    assert (g.name, g.sprints, g.laps, g.printed_points) == (
        "Andrea Giovannini",
        (None, None, 1, 60, 61),
        16,
        60,
    )
    assert race.entries[8].points_flag == "(N)" and race.entries[8].printed_points == 32
    assert race.entries[14].name == "Antoine Gélinas-Beaulieu"
    assert str(race.entries[15].time) == "7:44.04"  # printed beside the wrapped name above
    last = race.entries[-1]
    assert str(last.status) == "DQ" and last.footnote.startswith("T25 : ")


@needs_pdfs
def test_printed_points_equal_the_table_for_every_place_of_every_race(
    read: dict[str, tuple[Event, list[str]]],
) -> None:
    r = rules("2025/26")
    differ = set()
    for event in EVENTS:
        ev, caught = read[event]
        for race in ev.races:
            for e in race.entries:
                if e.place is None or e.printed_points is None:
                    assert not e.printed_points
                    continue
                table = r.points(e.place, division=race.division, distance=race.distance)
                if table != e.printed_points:
                    differ.add((event, race.number, e.place))
                    assert any(
                        f"{race.number}. {race.printed_title}: place {e.place} prints" in w
                        for w in caught
                    )
    assert differ == POINTS_EXCEPTIONS


@needs_pdfs
@pytest.mark.parametrize("event", EVENTS)
def test_every_pdf_race_is_the_listings_race(
    read: dict[str, tuple[Event, list[str]]], event: str
) -> None:
    ev, _ = read[event]
    listing = read_listing(SHARED_DATA / "listings" / f"{event}.txt")
    differ = []
    for race in ev.races:
        (same,) = [
            x
            for x in listing.races_of(race.distance, race.gender, race.division)
            if x.date == race.date
        ]
        if race.is_team:
            got = [(e.place, e.nation, e.official, e.status) for e in race.entries]
            want = [(t.place, t.nation, t.time and t.time.official, t.status) for t in same.teams]
            differ += [f"{race.number} {a} {b}" for a, b in zip(got, want, strict=True) if a != b]
            continue
        entries = [
            e for e in race.entries if not (e.name in NOT_IN_LISTING and str(e.status) == "WDR")
        ]
        assert len(entries) == len(same.entries), race.title
        listed = {e.name.casefold(): e for e in same.entries}
        for e in entries:
            other = listed[SPELLINGS.get(e.name, e.name).casefold()]
            if (other.official, other.status) != (e.official, e.status):
                differ.append(f"{race.number} {e.name} {e.result} {other.result}")
            assert e.nation == other.nation or other.nation in NEUTRAL.get(e.nation, ()), e.name
            if e.place != other.place:  # the PDF breaks a tie in hundredths by thousandths
                assert e.time is not None and e.time.precision == 3, e.name
    assert differ == SOURCES_DIFFER.get(event, [])


@needs_pdfs
def test_a_single_pdf_is_an_event_with_one_race() -> None:
    ev = read_pdf(PDF / "wc2025-26-2-calgary" / "14-1st-500m-men.pdf")
    assert (ev.venue, str(ev.first_day), str(ev.last_day)) == (
        "Olympic Oval - Calgary (Can)",
        "2025-11-21",
        "2025-11-23",
    )
    (race,) = ev.races
    assert (race.number, race.distance, race.gender, str(race.date)) == (
        14,
        500,
        "men",
        "2025-11-22",
    )
    assert race.winner.name == "Jun-Ho Kim"


# --- bad input ------------------------------------------------------------------------


def _blank_pdf(path: Path, password: str | None = None) -> Path:
    w = pypdf.PdfWriter()
    w.add_blank_page(width=595, height=842)
    if password is not None:
        w.encrypt(password)
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())
    return path


def test_a_pdf_without_text_is_refused(tmp_path: Path) -> None:
    p = _blank_pdf(tmp_path / "blank.pdf")
    with pytest.raises(FileFormatError, match=r"blank.pdf has no text layer"):
        read_pdf(p)


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    p = _blank_pdf(tmp_path / "secret.pdf", password="x")
    with pytest.raises(FileFormatError, match=r"secret.pdf is an encrypted PDF"):
        read_pdf(p)


def test_a_text_file_is_not_a_pdf(tmp_path: Path) -> None:
    p = tmp_path / "results.pdf"
    p.write_text("1 Femke Kok NED 36.09\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"results.pdf is not a PDF"):
        read_pdf(p)


@needs_pdfs
def test_a_truncated_pdf_is_refused(tmp_path: Path) -> None:
    data = (PDF / "wc2025-26-2-calgary" / "14-1st-500m-men.pdf").read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[: len(data) // 3])
    with pytest.raises(FileFormatError, match=r"cut.pdf"):
        read_pdf(p)


def test_a_pdf_of_another_kind_is_refused(tmp_path: Path) -> None:
    w = pypdf.PdfWriter()
    page = w.add_blank_page(width=595, height=842)
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})}
    )
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 72 720 Td (START LIST 500m Men) Tj ET")
    page[NameObject("/Contents")] = w._add_object(content)
    buf = io.BytesIO()
    w.write(buf)
    p = tmp_path / "startlist.pdf"
    p.write_bytes(buf.getvalue())
    with pytest.raises(FileFormatError, match=r"startlist.pdf is not an ISU World Cup result"):
        read_pdf(p)


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"holds no PDF"):
        read_pdf(tmp_path)


@needs_pdfs
def test_a_folder_mixing_two_events_is_refused(tmp_path: Path) -> None:
    shutil.copy(PDF / EVENTS[0] / "12-1st-500m-men.pdf", tmp_path / "a.pdf")
    shutil.copy(PDF / EVENTS[1] / "14-1st-500m-men.pdf", tmp_path / "b.pdf")
    with pytest.raises(FileFormatError, match=r"belongs to ISU SPEED SKATING WORLD CUP"):
        read_pdf(tmp_path)


# --- the bracket-thousandth notation ----------------------------------------------------


@given(st.integers(10, 3_599_999), st.booleans())
def test_bracket_time_format_then_parse_is_identity(thousandths: int, exact: bool) -> None:
    t = RaceTime(thousandths, 3) if exact else RaceTime(thousandths - thousandths % 10, 2)
    text = format_bracket_time(t)
    back = parse_bracket_time(text)
    assert back == t and back.precision == t.precision
    assert str(back.official) == text.split("(")[0]


def test_printed_names_keep_letters_and_fold_capitals() -> None:
    assert printed_to_name("Damian ŻUREK") == "Damian Żurek"
    assert printed_to_name("Cooper MCLEOD") == "Cooper Mcleod"  # not McLeod: compare casefolded
    assert printed_to_name("Connor Howe") == "Connor Howe"


def test_read_pdf_without_pypdf_reads_with_the_standard_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pypdf", None)  # as if not installed
    p = _blank_pdf(tmp_path / "any.pdf")  # read, not refused for want of pypdf: no text
    with pytest.raises(FileFormatError, match=r"any.pdf has no text layer"):
        read_pdf(p)
    encrypted = _blank_pdf(tmp_path / "locked.pdf", password="x")
    with pytest.raises(FileFormatError, match=r"locked.pdf is an encrypted PDF"):
        read_pdf(encrypted)


# --- a folder of an event's PDFs: every document read, a missing one said -------------------


def _copy(names: list[str], to: Path, rename: dict[str, str] | None = None) -> Path:
    to.mkdir()
    for n in names:
        shutil.copy(PDF / EVENTS[0] / n, to / (rename or {}).get(n, n))
    return to


@needs_pdfs
def test_a_folder_reads_pdf_and_PDF_alike(tmp_path: Path) -> None:
    """A document named ``*.PDF`` is read like ``*.pdf``: none is skipped unseen."""
    names = ["11-1st-500m-women.pdf", "12-1st-500m-men.pdf"]
    ev = read_pdf(_copy(names, tmp_path / "e", {"12-1st-500m-men.pdf": "12.PDF"}))
    assert [r.number for r in ev.races] == [11, 12]


@needs_pdfs
def test_a_gap_in_the_race_numbers_is_said_with_every_race(tmp_path: Path) -> None:
    names = ["11-1st-500m-women.pdf", "13-1500m-women.pdf", "14-1500m-men.pdf"]
    ev = read_pdf(_copy(names, tmp_path / "e"))
    said = "no document of race 12 among the event's PDFs (races 11 to 14 are numbered)"
    assert all(any(w.startswith(said) for w in r.warnings) for r in ev.races)
    whole = read_pdf(_copy(names[1:], tmp_path / "whole"))
    assert not any("no document" in w for r in whole.races for w in r.warnings)


@needs_pdfs
def test_a_race_twice_in_a_folder_names_both_files(tmp_path: Path) -> None:
    folder = _copy(["12-1st-500m-men.pdf"], tmp_path / "e")
    shutil.copy(folder / "12-1st-500m-men.pdf", folder / "copy.pdf")
    with pytest.raises(
        FileFormatError, match=r"race 12 is given twice, by 12-1st-500m-men\.pdf and copy\.pdf"
    ):
        read_pdf(folder)
