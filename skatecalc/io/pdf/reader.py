"""Reading the official ISU result PDFs (the package `skatecalc.io.pdf` describes them)."""

from __future__ import annotations

import datetime
import io
import itertools
import numbers
import re
import warnings
import zlib
from pathlib import Path
from typing import Any

from ... import _record
from ...errors import FileFormatError, SkatecalcError
from ...time import Status
from ..listing.model import Entry, Event, Race
from . import textlayer
from .notation import (
    _DAY,
    _FOOTNOTE,
    _HEAD,
    _INDIVIDUAL,
    _KIND,
    _MASS,
    _MONTHS,
    _RESULT,
    _SPRINT_COLUMNS,
    _TEAM,
    _TITLE,
    _VENUE,
    NATIONS,
    PrintedPointsWarning,
    parse_bracket_time,
    printed_to_name,
)

__all__ = ["read_pdf"]


class _Marks:
    """The footnote markers (small print) and the word each is glued to: a name ending in
    a footnote's letter (``IN 'T HOF``) is told from a marked one (``MAGNUSSEN`` + ``F``)."""

    def __init__(self) -> None:
        self.found: set[tuple[str, str]] = set()
        self._word = ""
        self._mark = ""

    def visit(self, text: str, cm: object, tm: object, font: object, size: object) -> None:
        if not text.strip():
            return
        if isinstance(size, numbers.Real) and size < _MARK_SIZE:  # layout, not a result
            self._mark += text.strip()
            return
        self.flush()
        self._word = (self._word + text)[-200:]

    @property
    def pending(self) -> bool:
        """Whether markers wait for the next word."""
        return bool(self._mark)

    def space(self) -> None:
        """A gap before the next piece (the reader without pypdf says where)."""
        self._word = (self._word + " ")[-200:]

    def flush(self) -> None:
        # pypdf may hand the text over in pieces without the spaces between them: keep
        # what precedes the marker without spaces, and compare its end with the word
        if self._mark and self._word and not self._word[-1].isspace():
            self.found.add(("".join(self._word.split())[-60:], self._mark))
        self._mark = ""


_MARK_SIZE = 8
"""Footnote markers print at 6.5 pt, the results at 10 pt (font sizes as pypdf gives them)."""


def _pdf_texts(
    path: Path, layout: bool = False, marks: _Marks | None = None, data: bytes | None = None
) -> list[str]:
    try:
        data = path.read_bytes() if data is None else data
    except OSError as e:
        raise FileFormatError(f"cannot read {path}: {e.strerror or e}") from None
    marks = marks if marks is not None else _Marks()
    if not data.lstrip()[:5] == b"%PDF-":
        raise FileFormatError(f"{path} is not a PDF (expected an ISU result PDF)")
    try:
        import pypdf
    except ImportError:  # the standard library's reader of the result PDFs' text
        texts = _own_texts(path, data, layout, marks)
    else:
        texts = _pypdf_texts(pypdf, path, data, layout, marks)
    if not "".join(texts).strip():
        raise FileFormatError(
            f"{path} has no text layer (a scanned image?); expected an ISU result PDF"
        )
    return texts


def _pypdf_texts(pypdf: Any, path: Path, data: bytes, layout: bool, marks: _Marks) -> list[str]:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise FileFormatError(f"{path} is an encrypted PDF (expected an ISU result PDF)")
        if layout:
            return [page.extract_text(extraction_mode="layout") for page in reader.pages]
        texts = [page.extract_text(visitor_text=marks.visit) for page in reader.pages]
        marks.flush()
        return texts
    except SkatecalcError:
        raise
    except Exception as e:  # pypdf raises many kinds on a damaged file
        raise FileFormatError(
            f"{path} is not a readable PDF ({type(e).__name__}: {e}); expected an ISU result PDF"
        ) from None


def _own_texts(path: Path, data: bytes, layout: bool, marks: _Marks) -> list[str]:
    """`_pdf_texts` without pypdf (`skatecalc.io.pdf.textlayer`): the same text for the
    ISU's result PDFs, and the footnote markers from the sizes of the pieces."""
    if b"/Encrypt" in data:
        raise FileFormatError(f"{path} is an encrypted PDF (expected an ISU result PDF)")
    try:
        pages = textlayer.page_runs(data)
    except (ValueError, KeyError, IndexError, TypeError, zlib.error) as e:
        raise FileFormatError(
            f"{path} is not a PDF this reader can read without pypdf ({e});"
            " pip install pypdf reads any PDF"
        ) from None
    if layout:
        texts = [textlayer.layout_text(runs) for runs in pages]
    else:
        texts = []
        for runs in pages:
            last: textlayer.Run | None = None
            for run in runs:
                if last is not None and not marks.pending and textlayer.apart(last, run):
                    marks.space()
                marks.visit(run.text, None, None, None, run.size)
                last = run
            texts.append(textlayer.plain_text(runs))
        marks.flush()
    return texts


def _date(day: str, month: str, year: str, path: Path) -> datetime.date:
    m = _MONTHS.get(month[:3].lower())
    try:
        if m is None:
            raise ValueError(month)
        return datetime.date(int(year), m, int(day))
    except ValueError:
        raise FileFormatError(f"{day} {month} {year} is not a date", where=str(path)) from None


@_record.frozen
class _Doc:
    name: str
    venue: str
    first: datetime.date
    last: datetime.date
    race: Race


def _fail(path: Path, what: str) -> FileFormatError:
    return FileFormatError(f"{path} is not an ISU World Cup result: {what}")


def _rows(pages: list[str], path: Path) -> tuple[list[str], dict[str, str]]:
    """The result rows (wrapped lines joined) and the footnotes, without page furniture."""
    rows: list[str] = []
    notes: dict[str, str] = {}
    for n, text in enumerate(pages, 1):
        lines = [" ".join(x.split()) for x in text.splitlines()]
        start = next((i for i, x in enumerate(lines) if x.lower().startswith("created on")), None)
        if start is None:
            raise _fail(path, f"page {n} has no 'Created On' line before the results")
        body = True
        for x in lines[start + 1 :]:
            if x.startswith(("Referee:", "Conditions ")):
                body = False
            if not x:
                continue
            if not body:
                m = _FOOTNOTE.fullmatch(x)
                if m:
                    notes[m.group(1)] = m.group(2).strip()
                continue
            if re.match(r"[0-9]+ ", x) or not rows:
                rows.append(x)
            elif rows[-1].endswith("-"):
                rows[-1] += x
            else:
                rows[-1] += " " + x
    return rows, notes


def _strip_code(word: str, marks: set[tuple[str, str]]) -> tuple[str, str]:
    """``("MAGNUSSEN", "F")`` from ``MAGNUSSENF`` when the F was printed as a marker."""
    for before, code in marks:
        if word.endswith(code) and len(word) > len(code) and before.endswith(word[: -len(code)]):
            return word[: -len(code)], code
    for before, code in marks:  # the text layer lost the glued marker
        if word.isupper() and len(word) >= 2 and before.endswith(word):
            return word, code
    return word, ""


_LAYOUT_ROW = re.compile(
    r"\s*(?:([0-9]+)\s+)?([0-9]+)\s{2,}(\S.*?)\s{2,}([A-Z]{3})\s+([0-9]+)(?=\s)(.*)"
)


def _mass_rows(path: Path, data: bytes | None) -> list[tuple[str, tuple[int | None, ...]]]:
    """Mass start: each row in the plain form of `_MASS` and its cells S1 to S4 and Total,
    read from the layout text, whose columns place each sprint's points."""
    out: list[tuple[str, tuple[int | None, ...]]] = []
    for text in _pdf_texts(path, layout=True, data=data):
        centres: list[int] = []  # twice each column's centre: whole character positions
        body = False
        pending = ""
        for line in text.splitlines():
            if "Laps" in line and "Total" in line:
                centres = [2 * line.index(x) + len(x) for x in (*_SPRINT_COLUMNS, "Total")]
                body = True
                continue
            if line.startswith("Referee:") or line.lstrip().lower().startswith("created on"):
                body = False
            if not body or line.strip() in ("", "ne"):  # "ne": the wrapped heading "S1La|ne"
                continue
            m = _LAYOUT_ROW.fullmatch(line.rstrip())
            if m is None:
                if re.match(r"\s*[0-9]", line) or not out:
                    raise FileFormatError(
                        f"cannot read the result line {line.strip()!r}", where=str(path)
                    )
                row, cells = out[-1]
                name_end = row.index(" " + _nation(row) + " ")
                sep = "" if row[:name_end].endswith("-") else " "
                words = line.split()
                # the layout may print the next row's time beside a wrapped name
                while words and _RESULT.fullmatch(words[-1]):
                    pending = words.pop() + (" " + pending if pending else "")
                more = " ".join(words)
                out[-1] = (row[:name_end] + sep + more + row[name_end:], cells)
                continue
            rank, nr, name, nat, laps, rest = m.groups()
            cells_l: list[int | None] = [None] * 5
            tail = ""
            for t in re.finditer(r"\S+", rest):
                if not t.group(0).isdigit() or cells_l[4] is not None:
                    tail = rest[t.start() :]
                    break
                pos = 2 * m.start(6) + t.start() + t.end()  # twice the cell's centre
                col = min(range(5), key=lambda k: abs(centres[k] - pos))
                if abs(centres[col] - pos) > 8 or cells_l[col] is not None:
                    raise FileFormatError(
                        f"{t.group(0)} is under no column S1-S4, Total in {line.strip()!r}",
                        where=str(path),
                    )
                cells_l[col] = int(t.group(0))
            tail = " ".join(tail.split())
            if pending and not _RESULT.fullmatch(tail.split(" ")[0] if tail else ""):
                tail, pending = f"{pending} {tail}".strip(), ""
            name = re.sub(r" -", "-", " ".join(name.split()))
            printed = [str(x) for x in cells_l[:4] if x is not None]
            total = "" if cells_l[4] is None else str(cells_l[4])
            row = " ".join(
                x
                for x in (rank or "", nr, name, nat, laps, *printed, total, " ".join(tail.split()))
                if x
            )
            out.append((row, tuple(cells_l)))
    return out


def _nation(row: str) -> str:
    m = re.search(r" ([A-Z]{3}) [0-9]+ ", row)
    return m.group(1) if m else ""


def _entry(
    m: re.Match[str], notes: dict[str, str], marks: set[tuple[str, str]], team: bool, where: str
) -> Entry:
    printed = m.group("name")
    *head, last = printed.split(" ")
    last, code = _strip_code(last, marks)
    printed = " ".join([*head, last])
    r = _RESULT.fullmatch(m.group("result"))
    if r is None:
        raise FileFormatError(f"{m.group('result')!r} is neither a time nor a status", where=where)
    code = code or (r.group("code") or "")
    for c in code.split(","):
        if c and c not in notes:
            raise FileFormatError(f"footnote {c!r} is not explained on the page", where=where)
    status = Status(r.group("status")) if r.group("status") else None
    time = None if status else parse_bracket_time(r.group("time"))
    if team:
        nation = NATIONS.get(printed)
        if nation is None:
            raise FileFormatError(
                f"team {printed!r} is not a known nation ({', '.join(sorted(NATIONS))})",
                where=where,
            )
        name = printed
    else:
        nation, name = m.group("nat"), printed_to_name(printed)
    rank = m.group("rank")
    points = m.group("points")
    return Entry(
        None if status else (int(rank) if rank else None),
        name,
        nation,
        time,
        status,
        printed_points=None if points is None else int(points),
        printed_name=printed,
        pair=int(m.group("pair")) if "pair" in m.re.groupindex and m.group("pair") else None,
        lane=(m.group("lane") or "") if "lane" in m.re.groupindex else "",
        footnote="; ".join(f"{c} : {notes[c]}" for c in code.split(",") if c),
        laps=int(m.group("laps")) if "laps" in m.re.groupindex else None,
        points_flag=m.group("flag") or "",
    )


def _read_one(path: Path, data: bytes | None = None) -> _Doc:
    marks = _Marks()
    pages = _pdf_texts(path, marks=marks, data=data)
    lines = [" ".join(x.split()) for x in pages[0].splitlines()]
    lines = [x for x in lines if x]
    i = next((k for k, x in enumerate(lines) if _HEAD.fullmatch(x)), None)
    if i is None or i + 3 >= len(lines):
        raise _fail(path, "no heading 'ISU SPEED SKATING WORLD CUP #N'")
    venue = _VENUE.fullmatch(lines[i + 1])
    title = _TITLE.fullmatch(lines[i + 2])
    day = _DAY.fullmatch(lines[i + 3])
    if venue is None:
        raise _fail(path, f"{lines[i + 1]!r} is not 'venue / first - last day'")
    if title is None:
        raise _fail(path, f"{lines[i + 2]!r} is not a result title ('14. RESULT 1st 500m Men')")
    if day is None:
        raise _fail(path, f"{lines[i + 3]!r} is not a day ('Saturday, 22 November 2025')")
    kind = _KIND.fullmatch(title.group(2))
    if kind is None:
        raise _fail(path, f"unknown race {title.group(2)!r}")
    _, d1, m1, y1, d2, m2, y2 = venue.groups()
    last = _date(d2, m2, y2, path)
    first = _date(d1, m1 or m2, y1 or y2, path)
    distance: int | str = (
        int(kind.group("metres")) if kind.group("metres") else kind.group("kind").lower()
    )
    rows, notes = _rows(pages, path)
    pattern = {"team pursuit": _TEAM, "team sprint": _TEAM, "mass start": _MASS}.get(
        str(distance), _INDIVIDUAL
    )
    cells: list[tuple[int | None, ...]] = []
    if pattern is _MASS:
        rows, cells = map(list, zip(*_mass_rows(path, data), strict=True)) if rows else ([], [])
    entries = []
    for k, row in enumerate(rows, 1):
        where = f"result line {k} of {path}"
        row = re.sub(r" (?:O ?u ?t|I ?n) ", lambda x: " " + x.group(0).replace(" ", "") + " ", row)
        m = pattern.fullmatch(row)
        if m is None:
            raise FileFormatError(f"cannot read the result line {row!r}", where=where)
        e = _entry(m, notes, marks.found, pattern is _TEAM, where)
        if pattern is _MASS:
            e = _record.evolve(e, sprints=cells[k - 1])
        entries.append(e)
    race = Race(
        distance,
        kind.group("gender").lower(),
        _date(day.group(1), day.group(2), day.group(3), path),
        tuple(entries),
        kind.group("div") or "A",
        number=int(title.group(1)),
        printed_title=title.group(2),
    )
    _check_points(race, first)
    return _Doc(lines[i], venue.group(1), first, last, race)


def _check_points(race: Race, first: datetime.date) -> None:
    from ...worldcup import rules

    start = first.year if first.month >= 7 else first.year - 1
    try:
        r = rules(f"{start}/{(start + 1) % 100:02d}")
    except SkatecalcError:
        return  # a season without built-in rules: nothing to compare with
    for e in race.entries:
        if e.printed_points is None:
            continue
        name = f"{race.number}. {race.printed_title}"
        if e.place is None:
            if e.printed_points:
                warnings.warn(
                    f"{name}: {e.name} ({e.result}) has {e.printed_points} points printed",
                    PrintedPointsWarning,
                    stacklevel=4,
                )
            continue
        try:
            table = r.points(e.place, division=race.division, distance=race.distance)
        except SkatecalcError as err:
            warnings.warn(
                f"{name}: place {e.place} prints {e.printed_points} points; the table has no"
                f" value ({err.message})",
                PrintedPointsWarning,
                stacklevel=4,
            )
            continue
        if table != e.printed_points:
            warnings.warn(
                f"{name}: place {e.place} prints {e.printed_points} points, the table"
                f" {r.season} gives {table}",
                PrintedPointsWarning,
                stacklevel=4,
            )


def read_pdf(path: str | Path, data: bytes | None = None) -> Event:
    """An official ISU result PDF as an event with one race, or a folder of one event's
    PDFs as the event with all its races in race-number order. ``data``: the document's
    bytes when they were already read (standard input, a pipe); ``path`` then only names it.

    Anything else (a start list, another PDF, an encrypted, damaged or image-only PDF, a file
    that is no PDF) raises [FileFormatError][skatecalc.errors.FileFormatError] naming the file.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.pdf"
    >>> _ = p.write_text("not a pdf")
    >>> read_pdf(p)
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: ... is not a PDF (expected an ISU result PDF)
    """
    p = Path(path)
    if data is not None:
        read = [(p, _read_one(p, data))]
    elif p.is_dir():
        # *.pdf and *.PDF alike (a name's case is the file system's, not the document's)
        files = sorted(f for f in p.iterdir() if f.suffix.lower() == ".pdf" and f.is_file())
        if not files:
            raise FileFormatError(f"{p} holds no PDF (expected ISU result PDFs)")
        read = sorted(((f, _read_one(f)) for f in files), key=lambda fd: fd[1].race.number or 0)
    else:
        read = [(p, _read_one(p))]
    docs = [d for _, d in read]
    head = docs[0]
    for d in docs[1:]:  # the venue's wording varies between documents of one event
        if (d.name, d.first, d.last) != (head.name, head.first, head.last):
            raise FileFormatError(
                f"{p}: race {d.race.number} belongs to {d.name} ({d.first} - {d.last}), not"
                f" to {head.name} ({head.first} - {head.last})"
            )
    for (f, d), (g, e) in itertools.pairwise(read):
        if d.race.number == e.race.number:
            raise FileFormatError(
                f"{p}: race {d.race.number} is given twice, by {f.name} and {g.name} (one"
                " event's documents, each race once)"
            )
    return Event(head.name, head.first, head.last, head.venue, _gaps_said(docs), source=str(p))


def _gaps_said(docs: list[Any]) -> tuple[Race, ...]:
    """The races; when the race numbers have a gap (a document missing from the folder),
    each with a warning that says which numbers are missing (whichever races a command
    shows, the gap is said)."""
    numbers = [d.race.number for d in docs if d.race.number is not None]
    missing = sorted(set(range(min(numbers), max(numbers) + 1)) - set(numbers)) if numbers else []
    if not missing:
        return tuple(d.race for d in docs)
    said = (
        f"no document of race{'s' if len(missing) > 1 else ''}"
        f" {', '.join(map(str, missing))} among the event's PDFs (races {min(numbers)} to"
        f" {max(numbers)} are numbered): left out of the folder?"
    )
    return tuple(_record.evolve(d.race, warnings=(said, *d.race.warnings)) for d in docs)
