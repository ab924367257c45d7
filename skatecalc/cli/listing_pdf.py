"""Official ISU result PDFs as command-line input, wherever a results listing is taken.

A FILE given to ``skatecalc standings``, ``need``, ``board``, ``worldcup standings`` or
``olympic select``/``outlook`` may be an ISU result PDF (recognised by its first bytes,
``%PDF-``, also on standard input or a pipe) or a folder of one event's result PDFs.
`read_pdf_input` reads one with [read_pdf][skatecalc.io.pdf.read_pdf] into the
[Event][skatecalc.io.listing.model.Event] a listing gives, so that it goes the listing's way.

The points a PDF prints that differ from the library's table
([PrintedPointsWarning][skatecalc.errors.PrintedPointsWarning]) become warnings of their
race, shown as ``skatecalc: warning: ...`` like a listing's.

>>> is_pdf("README.md"), is_pdf("docs")
(False, True)
"""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import FileFormatError, PrintedPointsWarning, SkatecalcError

if TYPE_CHECKING:
    from ..io.listing import Event

__all__ = ["PDF_MAGIC", "is_pdf", "read_pdf_input"]

PDF_MAGIC = b"%PDF-"
"""The first bytes of every PDF (after blanks, as PDF readers accept them)."""

_SNIFF = 1024


def is_pdf(path: str | Path) -> bool:
    """Whether ``path`` is read as ISU result PDFs: a directory (a folder of one event's
    PDFs), or a file, standard input (``-``) or pipe whose first bytes are ``%PDF-``.
    A stream is read once (see `skatecalc.cli.inputs`); a file that cannot be read is no PDF
    here (its reader reports why).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.pdf"
    >>> _ = p.write_bytes(b"%PDF-1.4 ...")
    >>> is_pdf(p), is_pdf(p.parent), is_pdf("no such file")
    (True, True, False)
    """
    from .inputs import STDIN, input_bytes, is_stream

    if str(path) != STDIN and Path(path).is_dir():
        return True
    if is_stream(str(path)):
        try:
            head = input_bytes(str(path))[:_SNIFF]
        except SkatecalcError:
            return False
    else:
        try:
            with Path(path).open("rb") as f:
                head = f.read(_SNIFF)
        except OSError:
            return False
    return head.lstrip().startswith(PDF_MAGIC)


def _check_folder(folder: Path) -> None:
    """A folder must hold ISU result PDFs (``*.pdf``) and nothing else: anything else in it
    is refused by name rather than skipped unseen."""
    try:
        names = sorted(folder.iterdir())
    except OSError as exc:
        raise FileFormatError(f"cannot read the folder {str(folder)!r}: {exc.strerror}") from None
    if not names:
        raise FileFormatError(
            f"cannot read the folder {str(folder)!r}: it is empty (expected one event's ISU"
            " result PDFs)"
        )
    for p in names:
        if not (p.suffix == ".pdf" and p.is_file()):
            what = "folder" if p.is_dir() else "file"
            raise FileFormatError(
                f"the folder {str(folder)!r} holds the {what} {p.name!r}, which is not an ISU"
                " result PDF (*.pdf): a folder is read as one event's result PDFs and nothing"
                " else; move it out"
            )


def read_pdf_input(path: str | Path) -> Event:
    """The event of an ISU result PDF or a folder of one event's PDFs (see `is_pdf`), the
    points each prints differently from the table as warnings of its race.

    >>> read_pdf_input("README.md")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: README.md is not a PDF (expected an ISU result PDF)
    """
    import logging  # only to quiet pypdf: not at start-up

    import attrs

    from ..io.pdf import read_pdf
    from .inputs import STDIN, input_bytes, is_stream

    name = str(path)
    quiet = logging.getLogger("pypdf")  # pypdf logs what it repairs ("EOF marker not found")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # a damaged PDF is one error line, nothing more
    with contextlib.ExitStack() as stack:
        stack.callback(quiet.setLevel, level)
        caught = stack.enter_context(warnings.catch_warnings(record=True))
        warnings.simplefilter("always", PrintedPointsWarning)
        if is_stream(name):
            shown = "<stdin>" if name == STDIN else name
            event = read_pdf(shown, data=input_bytes(name))
        else:
            if Path(path).is_dir():
                _check_folder(Path(path))
            event = read_pdf(path)
    said = [str(w.message) for w in caught if issubclass(w.category, PrintedPointsWarning)]
    for w in caught:  # any other warning goes on as it came
        if not issubclass(w.category, PrintedPointsWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    races = []
    for race in event.races:  # the reader names the race first: "27. Mass Start Women: ..."
        mine = tuple(m for m in said if m.startswith(f"{race.number}. "))
        races.append(attrs.evolve(race, warnings=race.warnings + mine) if mine else race)
    left = [m for m in said if not any(m.startswith(f"{r.number}. ") for r in event.races)]
    if left and races:  # not expected: kept with the first race rather than dropped
        races[0] = attrs.evolve(races[0], warnings=races[0].warnings + tuple(left))
    return attrs.evolve(event, races=tuple(races))
