"""The text of a PDF's pages without pypdf: the fallback reader of the ISU's result PDFs.

pypdf reads any PDF; this reads what the ISU's result documents hold, with the standard
library only (``zlib`` for their compressed streams), so that a result PDF reads where pypdf
is not installed:

* objects found by scanning the file (later definitions win, as incremental updates
  write them), and those of object streams (``/ObjStm``); no encryption;
* pages with their inherited resources; content streams and form XObjects;
* simple fonts in ``WinAnsiEncoding`` (or ``StandardEncoding``/none, read as cp1252) and
  ``Type0`` fonts whose ``ToUnicode`` map gives the text, with their glyph widths;
* the text operators (``Tf Tm Td TD T* Tc Tw Tz TL Ts Tj TJ ' "``) and ``cm q Q``.

[`page_runs`][skatecalc.io.pdf.textlayer.page_runs] gives each piece of text where it
starts and ends on the page and its size; [`plain_text`][skatecalc.io.pdf.textlayer.plain_text]
puts the pieces in reading order as pypdf's plain extraction does (a line break where the
baseline moves, a space where a gap is), [`layout_text`][skatecalc.io.pdf.textlayer.layout_text]
places them on a grid of characters as pypdf's layout mode does. The reader compares the
two ways on every shared result PDF (``tests/test_io_pdf.py``): the same races, entries and
notes. Anything this does not read raises ``ValueError`` (the reader names the file).

Positions, sizes and glyph widths are floats: page geometry (where a piece of text stands,
in PDF units, as pypdf computes it), used only to order the pieces and to see a gap or a
new line. No time, place or point passes through them: those are the *text* of the pieces,
which the reader parses exactly (`skatecalc.time.RaceTime`, whole numbers).

>>> runs = page_runs(_ONE_PAGE)[0]
>>> [(r.text, round(r.x), round(r.size)) for r in runs]
[('ISU', 201, 12), ('WORLD', 223, 12)]
>>> plain_text(runs)
'ISU WORLD'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from .objects import Document, Ref, Stream, lex, parse_until, parse_value

__all__ = ["Run", "apart", "layout_text", "new_line", "page_runs", "plain_text"]


class Run(NamedTuple):
    """A piece of text: its start and end on the baseline, the baseline, and the font size
    as printed (points, after the text and page matrices)."""

    text: str
    x: float
    end: float
    y: float
    size: float


# --- fonts --------------------------------------------------------------------------------------


_ENCODINGS = (None, "WinAnsiEncoding", "StandardEncoding")
"""The simple fonts' encodings read (as cp1252: what the result PDFs use)."""


class _Font:
    """How a font's string bytes become text, and how wide each code is (1/1000 em)."""

    def __init__(self, doc: Document, font: dict[str, Any]) -> None:
        self.two_bytes = font.get("Subtype") == "Type0"
        self.unicode: dict[int, str] = {}
        self.widths: dict[int, float] = {}
        self.default = 0.0
        cmap = doc.resolve(font.get("ToUnicode"))
        if isinstance(cmap, Stream):
            self.unicode = _to_unicode(doc.stream(cmap))
        if self.two_bytes:
            (descendant,) = [doc.resolve(d) for d in doc.resolve(font.get("DescendantFonts"))]
            self.default = float(doc.resolve(descendant.get("DW", 1000)))
            w = [doc.resolve(x) for x in doc.resolve(descendant.get("W", [])) or []]
            k = 0
            while k < len(w):
                if isinstance(w[k + 1], list):
                    for j, width in enumerate(w[k + 1]):
                        self.widths[w[k] + j] = float(doc.resolve(width))
                    k += 2
                else:
                    for code in range(w[k], w[k + 1] + 1):
                        self.widths[code] = float(w[k + 2])
                    k += 3
        else:
            encoding = doc.resolve(font.get("Encoding"))
            if isinstance(encoding, dict) or encoding not in (
                None,
                "WinAnsiEncoding",
                "StandardEncoding",
            ):
                raise ValueError(f"a font encoded {encoding!r} (not read without pypdf)")
            first = doc.resolve(font.get("FirstChar", 0))
            for j, width in enumerate(doc.resolve(font.get("Widths", [])) or []):
                self.widths[first + j] = float(doc.resolve(width))

    def codes(self, raw: bytes) -> list[tuple[int, str]]:
        if self.two_bytes:
            codes = [int.from_bytes(raw[k : k + 2], "big") for k in range(0, len(raw) - 1, 2)]
            return [(c, self.unicode.get(c, "")) for c in codes]
        return [(c, self.unicode.get(c) or bytes([c]).decode("cp1252", "replace")) for c in raw]

    def width(self, code: int) -> float:
        return self.widths.get(code, self.default)


def _to_unicode(cmap: bytes) -> dict[int, str]:
    out: dict[int, str] = {}

    def text(raw: bytes) -> str:
        return raw.decode("utf-16-be", "replace")

    for block in re.finditer(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        values = [t for t, _ in lex(block.group(1))]
        for src, dst in zip(values[::2], values[1::2], strict=False):
            out[int.from_bytes(src, "big")] = text(dst)
    for block in re.finditer(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        tokens = lex(block.group(1))
        for lo, _ in tokens:
            hi, _ = next(tokens)
            dst, _ = next(tokens)
            a, b = int.from_bytes(lo, "big"), int.from_bytes(hi, "big")
            if dst == b"[":
                for k, d in enumerate(parse_until(tokens, b"]")):
                    out[a + k] = text(d)
            else:
                base = int.from_bytes(dst, "big")
                width = len(dst)
                for k in range(b - a + 1):
                    out[a + k] = text((base + k).to_bytes(width, "big"))
    return out


# --- pages --------------------------------------------------------------------------------------

_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t,
            e * q + f * s + u)  # fmt: skip


def _pages(doc: Document, node: Any, inherited: dict[str, Any]) -> Iterator[dict[str, Any]]:
    node = doc.resolve(node)
    resources = doc.resolve(node.get("Resources", inherited.get("Resources")))
    here = {**inherited, "Resources": resources}
    if node.get("Type") == "Pages" or "Kids" in node:
        for kid in doc.resolve(node["Kids"]):
            yield from _pages(doc, kid, here)
    else:
        yield {**node, "Resources": resources}


def page_runs(data: bytes) -> list[list[Run]]:
    """The text of each page of the PDF ``data``, piece by piece in the order drawn."""
    doc = Document(data)
    trailer_root = None
    for m in re.finditer(rb"/Root\s+(\d+)\s+\d+\s+R", data):
        trailer_root = int(m.group(1))
    if trailer_root is None:
        raise ValueError("no document catalogue (/Root)")
    catalog = doc.resolve(Ref(trailer_root))
    out = []
    for page in _pages(doc, catalog["Pages"], {}):
        runs: list[Run] = []
        contents = doc.resolve(page.get("Contents"))
        parts = contents if isinstance(contents, list) else [contents]
        stream = b"\n".join(doc.stream(doc.resolve(p)) for p in parts if p is not None)
        _run(doc, stream, doc.resolve(page.get("Resources")) or {}, _IDENTITY, runs, {})
        out.append(runs)
    return out


def _run(
    doc: Document,
    content: bytes,
    resources: dict[str, Any],
    ctm: _Matrix,
    runs: list[Run],
    fonts: dict[int, _Font],
) -> None:
    """Interpret one content stream, adding its text to ``runs``."""
    stack: list[Any] = []
    saved: list[_Matrix] = []
    font: _Font | None = None
    size = spacing = word = rise = 0.0
    scale = 1.0
    leading = 0.0
    tm = tlm = _IDENTITY
    font_dict = doc.resolve(resources.get("Font")) or {}

    def show(raw: bytes) -> None:
        nonlocal tm
        if font is None:
            raise ValueError("text shown without a font")
        start = _times((size * scale, 0, 0, size, 0, rise), _times(tm, ctm))
        text = []
        for code, char in font.codes(raw):
            advance = (font.width(code) / 1000 * size + spacing) * scale
            if char == " " and not font.two_bytes:
                advance += word * scale
            tm = _times((1, 0, 0, 1, advance, 0), tm)
            text.append(char)
        end = _times((1, 0, 0, 1, 0, 0), _times(tm, ctm))
        runs.append(Run("".join(text), start[4], end[4], start[5], abs(start[3]) or abs(start[2])))

    tokens = lex(content)
    for token, at in tokens:
        if type(token) is not bytes or token in (b"<<", b"[", b"true", b"false", b"null"):
            stack.append(parse_value(tokens, token))
            continue
        op = token
        if op == b"q":
            saved.append(ctm)
        elif op == b"Q":
            ctm = saved.pop() if saved else ctm
        elif op == b"cm":
            ctm = _times(tuple(float(v) for v in stack[-6:]), ctm)  # type: ignore[arg-type]
        elif op == b"BT":
            tm = tlm = _IDENTITY
        elif op == b"Tf":
            key, size = stack[-2], float(stack[-1])
            ref = font_dict.get(key)
            number = ref.number if isinstance(ref, Ref) else id(ref)
            if number not in fonts:
                fonts[number] = _Font(doc, doc.resolve(ref))
            font = fonts[number]
        elif op == b"Tm":
            tm = tlm = tuple(float(v) for v in stack[-6:])  # type: ignore[assignment]
        elif op in (b"Td", b"TD"):
            tx, ty = float(stack[-2]), float(stack[-1])
            if op == b"TD":
                leading = -ty
            tm = tlm = _times((1, 0, 0, 1, tx, ty), tlm)
        elif op == b"T*":
            tm = tlm = _times((1, 0, 0, 1, 0, -leading), tlm)
        elif op == b"Tc":
            spacing = float(stack[-1])
        elif op == b"Tw":
            word = float(stack[-1])
        elif op == b"Tz":
            scale = float(stack[-1]) / 100
        elif op == b"TL":
            leading = float(stack[-1])
        elif op == b"Ts":
            rise = float(stack[-1])
        elif op == b"Tj":
            show(stack[-1])
        elif op in (b"'", b'"'):
            if op == b'"':
                word, spacing = float(stack[-3]), float(stack[-2])
            tm = tlm = _times((1, 0, 0, 1, 0, -leading), tlm)
            show(stack[-1])
        elif op == b"TJ":
            for item in stack[-1]:
                if isinstance(item, bytes):
                    show(item)
                else:
                    tm = _times((1, 0, 0, 1, -float(item) / 1000 * size * scale, 0), tm)
        elif op == b"Do":
            xobject = doc.resolve((doc.resolve(resources.get("XObject")) or {}).get(stack[-1]))
            if isinstance(xobject, Stream) and xobject.dict.get("Subtype") == "Form":
                inner = doc.resolve(xobject.dict.get("Resources")) or resources
                matrix = tuple(float(v) for v in xobject.dict.get("Matrix", _IDENTITY))
                _run(doc, doc.stream(xobject), inner, _times(matrix, ctm), runs, {})  # type: ignore[arg-type]
        elif op == b"BI":  # an inline image: skip its data, to the EI after ID
            data_at = content.find(b"ID", at)
            end = re.compile(rb"\sEI(?=\s|$)").search(content, data_at + 3)
            if data_at < 0 or end is None:
                raise ValueError("an inline image without its end")
            tokens = lex(content, end.end())
        stack.clear()


# --- text ---------------------------------------------------------------------------------------


def new_line(last: Run, run: Run) -> bool:
    """Whether ``run`` starts another line than ``last``: its baseline moved by more than
    half the size."""
    return abs(run.y - last.y) > max(run.size, last.size) / 2


def apart(last: Run, run: Run) -> bool:
    """Whether ``run`` is set apart from ``last``: another line, a gap of 0.15 em (of the
    larger of the two: a footnote marker in small print is glued to its word), or a start
    0.15 em back (a glyph drawn a little back, after a dot, is no gap)."""
    gap = max(run.size, last.size) * 0.15
    return new_line(last, run) or run.x - last.end > gap or run.x < min(last.x, last.end) - gap


def plain_text(runs: list[Run]) -> str:
    """The pieces in the order drawn: a line break where the baseline moves (`new_line`), a
    space where a piece is set apart on the same line (`apart`)."""
    out: list[str] = []
    last: Run | None = None
    for run in runs:
        if last is not None and apart(last, run):
            out.append("\n" if new_line(last, run) else " ")
        out.append(run.text)
        last = run
    return "".join(out)


def _reach(first: Run, run: Run) -> float:
    """How far below a line's first piece another piece of that line may lie: 0.3 em, and
    0.6 em between pieces of different sizes (a footnote marker printed raised)."""
    big = max(first.size, run.size)
    return (0.3 if min(first.size, run.size) > 0.8 * big else 0.6) * big


def layout_text(runs: list[Run], char: float = 4.0) -> str:
    """The pieces on a grid of characters ``char`` points wide, from the page's leftmost
    piece, top line first. A line holds the pieces whose baselines lie within 0.3 em of its
    first (`_reach`); its words are the pieces drawn one after the other without being set apart
    (`apart`: the glyphs of one word), each word at the column of its start, one space
    after the text before it at least."""
    shown = [(k, r) for k, r in enumerate(runs) if r.text.strip()]
    if not shown:
        return ""
    left = min(r.x for _, r in shown)
    lines: list[list[tuple[int, Run]]] = []
    for k, run in sorted(shown, key=lambda kr: -kr[1].y):
        if lines and lines[-1][0][1].y - run.y <= _reach(lines[-1][0][1], run):
            lines[-1].append((k, run))
        else:
            lines.append([(k, run)])
    out = []
    for line in lines:
        words: list[tuple[float, str]] = []
        last: tuple[int, Run] | None = None
        for k, run in sorted(line):  # in the order drawn
            if last is not None and last[0] == k - 1 and not apart(last[1], run):
                words[-1] = (words[-1][0], words[-1][1] + run.text)
            else:
                words.append((run.x, run.text))
            last = (k, run)
        text = ""
        for x, word in sorted(words, key=lambda w: w[0]):
            column = round((x - left) / char)
            text += " " * max(column - len(text), 1 if text else 0) + word
        out.append(text)
    return "\n".join(out)


_ONE_PAGE = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/Resources<</Font<</F0 4 0 R>>>>/Contents 5 0 R>>endobj\n"
    b"4 0 obj<</Type/Font/Subtype/TrueType/Encoding/WinAnsiEncoding/FirstChar 32"
    b"/Widths[250 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"
    b" 0 0 300 0 0 0 0 0 0 0 0 0 600 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0]>>endobj\n"
    b"5 0 obj<</Length 70>>stream\n"
    b"BT /F0 12 Tf 1 0 0 1 200.6 144.4 Tm (ISU) Tj 22.5 0 Td (WORLD) Tj ET"
    b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
"""A one-page PDF for the examples above."""
