"""skatecalc.io.pdf without pypdf: the standard library's reader of the result PDFs' text
(`skatecalc.io.pdf.objects`, `skatecalc.io.pdf.textlayer`).

Every shared official result PDF reads to the same event as through pypdf, every field the
documents print and every warning included; the entries per document are the counts made by
hand from the documents (``tests/test_io_pdf.py``). Damaged or unusual files raise
`FileFormatError` naming the file, never another exception.
"""

from __future__ import annotations

import sys
import warnings
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc.errors import FileFormatError
from skatecalc.io.pdf import read_pdf
from skatecalc.io.pdf.objects import Document, lex
from skatecalc.io.pdf.textlayer import _ONE_PAGE, layout_text, page_runs, plain_text

from .conftest import SHARED_DATA

PDF = SHARED_DATA / "official" / "pdf"
FILES = sorted(PDF.glob("*/*.pdf"))
needs_pdfs = pytest.mark.skipif(
    len(FILES) != 56, reason=f"the 56 official result PDFs are not at {PDF}"
)


@pytest.fixture
def without_pypdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # as if not installed


def _everything(path: Path) -> tuple[Any, ...]:
    """The event and all a document prints, compared or not, with the warnings raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        event = read_pdf(path)
    entries = [
        (e.printed_name, e.pair, e.lane, e.footnote, e.laps, e.sprints, e.points_flag)
        for r in event.races
        for e in r.entries
    ]
    kept = [(e.line, e.printed_points, e.passages) for r in event.races for e in r.entries]
    races = [(r.number, r.printed_title, r.division, r.single, r.warnings) for r in event.races]
    return event, entries, kept, races, [str(w.message) for w in caught]


@needs_pdfs
def test_every_shared_pdf_reads_without_pypdf_as_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pypdf")
    with_pypdf = [_everything(p) for p in FILES]
    monkeypatch.setitem(sys.modules, "pypdf", None)
    for path, expected in zip(FILES, with_pypdf, strict=True):
        assert _everything(path) == expected, path.name


@needs_pdfs
@pytest.mark.usefixtures("without_pypdf")
def test_the_hand_counted_entries_without_pypdf() -> None:
    from .test_io_pdf import ENTRIES  # counted by hand from the documents

    for event, counts in ENTRIES.items():
        files = sorted((PDF / event).glob("*.pdf"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = [sum(len(r.entries) for r in read_pdf(f).races) for f in files]
        assert got == counts, event


@needs_pdfs
@pytest.mark.usefixtures("without_pypdf")
def test_a_folder_of_documents_reads_without_pypdf() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        event = read_pdf(PDF / "wc2025-26-2-calgary")
    assert len(event.races) == 28
    race = event.races[13]  # as the document "14. RESULT 1st 500m Men" prints it
    assert (race.number, race.printed_title) == (14, "1st 500m Men")
    boo = race.entries[1]
    assert (boo.printed_name, str(boo.time), boo.pair, boo.lane, boo.printed_points) == (
        "Jenning DE BOO",
        "34.021",
        10,
        "In",
        54,
    )


def test_a_small_pdf_by_hand() -> None:
    (runs,) = page_runs(_ONE_PAGE)
    assert plain_text(runs) == "ISU WORLD"
    assert layout_text(runs) == "ISU   WORLD"  # 22.5 pt on: column 6 of 4-point characters
    assert [r.size for r in runs] == [12.0, 12.0]


def _pdf(content: bytes, font: bytes = b"/Subtype/TrueType/Encoding/WinAnsiEncoding") -> bytes:
    stream = zlib.compress(content)
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1/Resources<</Font<</F1 4 0 R>>>>>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/Contents 5 0 R>>endobj\n"
        b"4 0 obj<</Type/Font" + font + b">>endobj\n"
        b"5 0 obj<</Length "
        + str(len(stream)).encode()
        + b"/Filter/FlateDecode>>stream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def test_inherited_resources_compressed_content_and_escapes() -> None:
    data = _pdf(
        b"BT /F1 10 Tf 12 TL 1 0 0 1 50 700 Tm (Sanne IN \\('T\\) HOF) Tj T* [(A) -500 (B)] TJ ET"
    )
    (runs,) = page_runs(data)
    assert plain_text(runs) == "Sanne IN ('T) HOF\nA B"


def test_a_type0_font_reads_through_its_unicode_map() -> None:
    cmap = b"beginbfchar <0001> <017B> endbfchar beginbfrange <0002> <0003> <0061> endbfrange"
    data = (
        _pdf(b"BT /F1 10 Tf 1 0 0 1 50 700 Tm <000100020003> Tj ET")
        .replace(
            b"/Subtype/TrueType/Encoding/WinAnsiEncoding",
            b"/Subtype/Type0/Encoding/Identity-H/ToUnicode 6 0 R/DescendantFonts[7 0 R]",
        )
        .replace(
            b"trailer",
            b"6 0 obj<</Length "
            + str(len(cmap)).encode()
            + b">>stream\n"
            + cmap
            + b"\nendstream\nendobj\n"
            + b"7 0 obj<</Subtype/CIDFontType2/W[1[600 500 500]]>>endobj\ntrailer",
        )
    )
    (runs,) = page_runs(data)
    assert plain_text(runs) == "Żab"
    assert runs[0].end - runs[0].x == pytest.approx(16.0)  # (600 + 500 + 500) / 1000 × 10 pt


_MAC_ROMAN = b"/Subtype/Type1/Encoding/MacRomanEncoding"


@pytest.mark.usefixtures("without_pypdf")
@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"%PDF-1.4\nnothing here\n%%EOF", "no document catalogue"),
        (
            _pdf(b"BT /F1 10 Tf (x) Tj ET", font=b"/Subtype/Type1/Encoding/MacRomanEncoding"),
            "a font encoded 'MacRomanEncoding'",
        ),
        (_pdf(b"BT (x) Tj ET"), "text shown without a font"),
        (_pdf(b"BT /F1 10 Tf ET"), "has no text layer"),
        (b"%PDF-1.4\n1 0 obj<</Encrypt 2 0 R>>endobj", "is an encrypted PDF"),
    ],
)
def test_what_it_cannot_read_is_a_file_format_error(tmp_path: Path, data: bytes, says: str) -> None:
    path = tmp_path / "odd.pdf"
    path.write_bytes(data)
    with pytest.raises(FileFormatError, match=r"odd\.pdf") as caught:
        read_pdf(path)
    assert says in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_after_the_header_are_read_or_refused_cleanly(tail: bytes) -> None:
    path = Path("fuzz.pdf")
    import skatecalc.io.pdf.reader as reader

    saved = sys.modules.get("pypdf")
    sys.modules["pypdf"] = None  # type: ignore[assignment]
    try:
        reader._pdf_texts(path, data=b"%PDF-1.4\n" + tail)
    except FileFormatError as exc:
        assert "fuzz.pdf" in str(exc)
    finally:
        if saved is None:
            del sys.modules["pypdf"]
        else:
            sys.modules["pypdf"] = saved


@given(st.binary(max_size=60))
def test_a_literal_string_reads_back_what_was_escaped(raw: bytes) -> None:
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    escaped = escaped.replace(b"\r", b"\\r")
    ((token, _),) = list(lex(b"(" + escaped + b")"))
    assert token == raw


def test_the_last_definition_of_an_object_wins() -> None:
    doc = Document(b"1 0 obj (old) endobj\n1 0 obj (new) endobj\n2 0 obj [1 0 R 3] endobj")
    assert doc.objects[1] == b"new" and doc.resolve(doc.objects[2][0]) == b"new"
