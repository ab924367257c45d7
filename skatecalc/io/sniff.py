"""What a source is, seen once from its name and its first bytes.

`sniff` names the format of one source, the way `skatecalc.io.read` reads it:

=================== ===================================================================
format              recognised by
=================== ===================================================================
``isu``             ``isu:EVENT`` or ``isu:EVENT/N``: the ISU results service
``pdf``             the first bytes ``%PDF-`` (an ISU result PDF)
``folder``          a directory: one event's result PDFs, or saved service responses
``service``         JSON whose first item is a results-service object (``competitor``,
                    ``scheduleNumber``, ``competitionDay``)
``listing``         an official results listing: a race heading (``1000 meter (Men),
                    14.11.2025``) or the event's dates on its second line
``json``            other JSON (skatecalc's own results, season or trials files)
``toml``            ``[section]`` or ``key = value`` lines (trials)
``csv``             anything else that is text
=================== ===================================================================

The suffix of a file name decides between ``csv``, ``json`` and ``toml`` when the text
does not (``.toml`` trials); the content decides the official formats whatever the name.

>>> sniff("isu:2026_USA_0002/4")
'isu'
>>> sniff("results.csv", b"name,nation,500\\nFemke Kok,NED,37.07\\n")
'csv'
>>> sniff("wc.txt", b"1. World Cup 2025/2026\\n14. - 16.11.2025\\nUtah Olympic Oval (USA)\\n")
'listing'
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .._lazy import pattern
from ..errors import UsageError
from ..limits import shown

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Literal

__all__ = [
    "PDF_MAGIC",
    "SNIFF_BYTES",
    "Format",
    "is_isu",
    "is_listing",
    "is_service",
    "lines_of",
    "looks_like_json",
    "looks_like_toml",
    "parse_isu",
    "sniff",
    "sniff_path",
]

if TYPE_CHECKING:
    Format = Literal["isu", "pdf", "folder", "service", "listing", "json", "toml", "csv"]
else:  # at run time a plain str (typing is not imported at start-up)
    Format = str

PDF_MAGIC = b"%PDF-"
"""The first bytes of every PDF (after blanks, as PDF readers accept them)."""

SNIFF_BYTES = 4096
"""How much of the start of a source is read to recognise its format."""

_SNIFF_LINES = 8

_DATE = r"(\d{1,2})\.(\d{1,2})\.(\d{4})"
_DATES = pattern(
    r"(?P<d1>\d{1,2})\.(?:(?P<m1>\d{1,2})\.(?P<y1>\d{4})?)?\s*-\s*" + _DATE + r"|" + _DATE,
    re.ASCII,
)
_TITLE = pattern(
    r"(?P<what>\d{1,3}(?:\.\d{3})?|\d{1,6}) meter \((?P<gender>Men|Women)\),"
    r" (?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"|(?P<kind>Team Pursuit|Team Sprint|Mass Start|Mixed Relay) \((?P<kgender>Men|Women)\),"
    r" (?P<kdate>\d{1,2}\.\d{1,2}\.\d{4})",
    re.ASCII,
)
"""The race heading and the event dates, as `skatecalc.io.listing.reader` reads them
(the same patterns, copied so that recognising a listing loads no reader: a test keeps
them equal)."""

_ISU = pattern(r"isu:([A-Za-z0-9_-]{1,64})(?:/([0-9]{1,4}))?/?")
_SERVICE_KEYS = pattern(r'^\s*\[\s*\{[^\[]{0,4000}?"(competitor|scheduleNumber|competitionDay)"')
_TOML_LINE = pattern(r"\s*(\[[^\]]*\]\s*(#.*)?|[\"\w.-]+\s*=.*)$")


def is_isu(source: object) -> bool:
    """Whether ``source`` names the ISU results service: ``isu:EVENT[/N]``.

    >>> is_isu("isu:2026_USA_0002"), is_isu("isu.csv")
    (True, False)
    """
    return isinstance(source, str) and source.startswith("isu:")


def parse_isu(text: str) -> tuple[str, int | None]:
    """``"isu:2026_USA_0002/4"`` → the event and the competition (or None).

    >>> parse_isu("isu:2026_USA_0002/4"), parse_isu("isu:2026_USA_0002")
    (('2026_USA_0002', 4), ('2026_USA_0002', None))
    >>> parse_isu("isu:")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UsageError: 'isu:' is not a results-service address: write isu:EVENT ...
    """
    m = _ISU.fullmatch(text.strip())
    if m is None:
        raise UsageError(
            f"{text!r} is not a results-service address: write isu:EVENT or isu:EVENT/N"
            " (e.g. isu:2026_USA_0002/4)"
        )
    return m.group(1), None if m.group(2) is None else int(m.group(2))


def lines_of(text: str) -> list[str]:
    r"""``text`` split at its line breaks as a results file has them: ``\r\n``, ``\r`` or
    ``\n`` (what ``re.split(r"\r\n|\r|\n", text)`` gives, without compiling a regular
    expression at a command's start; ``str.splitlines`` would also split at form feeds and
    Unicode line separators, which a name cell may hold).

    >>> lines_of("POS\r\n1\r2\n\n3")
    ['POS', '1', '2', '', '3']
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def is_listing(text: str) -> bool:
    """Whether ``text`` starts like an official results listing: a race heading
    (``1000 meter (Men), 14.11.2025``) among its first lines, or an event header whose
    second line holds the event's dates (``14. - 16.11.2025``).

    >>> is_listing("1. World Cup 2025/2026\\n14. - 16.11.2025\\nUtah Olympic Oval (USA)\\n")
    True
    >>> is_listing("\\n500 meter (Women), 14.03.2025\\n\\nPOS   NAME   NAT   TIME\\n")
    True
    >>> is_listing("name,nation,500,1000\\nFemke Kok,NED,37.07,1:14.35\\n")
    False
    """
    text = text.replace("\u00a0", " ").replace("\u202f", " ")  # as the reader reads them
    lines = [line.strip() for line in lines_of(text.lstrip("\ufeff"))]
    lines = [line for line in lines if line][:_SNIFF_LINES]
    if any(_TITLE.fullmatch(line) for line in lines):
        return True
    return len(lines) >= 2 and _DATES.fullmatch(lines[1]) is not None


def is_service(text: str) -> bool:
    """Whether ``text`` starts like a saved response of the ISU results service: a JSON
    list whose first object holds ``competitor`` (results), ``scheduleNumber``
    (competitions) or ``competitionDay`` (schedule).

    >>> is_service('[{"scheduleNumber": 1, "type": "ID"}]'), is_service('[{"name": "A"}]')
    (True, False)
    """
    text = text.lstrip("\ufeff")
    # the pattern's first step without compiling it: white space (as its \\s), then "["
    return text.lstrip().startswith("[") and _SERVICE_KEYS.match(text) is not None


_WIDE_MARKS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def wide_encoding(data: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` when ``data`` starts with that encoding's byte-order
    mark, or is text in UTF-16 without one (a NUL byte beside each of its first ASCII
    characters); else ``None``.

    >>> wide_encoding("Femke Kok".encode("utf-16")), wide_encoding(b"Femke Kok")
    ('UTF-16', None)
    """
    for mark, encoding in _WIDE_MARKS:
        if data.startswith(mark):
            return encoding
    head = data[:64]
    if len(head) >= 8 and len(head) % 2 == 0:
        for nul, char in ((head[1::2], head[0::2]), (head[0::2], head[1::2])):
            if not nul.strip(b"\0") and char.isascii() and b"\0" not in char:
                return "UTF-16"
    return None


def not_json(text: str) -> str:
    """Why ``text``, given as JSON, is none: an HTML page (a server's error page saved in
    the response's place), or where the JSON breaks.

    >>> not_json("<html>502 Bad Gateway</html>")
    "an HTML page, not JSON ('<html>502 Bad Gateway</html>': a server's error page saved?)"
    >>> not_json('[{"rank": 1,')
    'not JSON (truncated?): Expecting property name enclosed in double quotes at line 1'
    """
    import json

    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("<"):
        return f"an HTML page, not JSON ({shown(start[:40])}: a server's error page saved?)"
    try:
        json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        return f"not JSON (truncated?): {exc.msg} at line {exc.lineno}"
    except RecursionError:
        return "not JSON a reader follows: nested too deeply"
    return "JSON of another kind"


def looks_like_json(text: str) -> bool:
    """Whether ``text`` starts like JSON (``{`` or ``[``)."""
    return text.lstrip("\ufeff \t\r\n").startswith(("{", "["))


def looks_like_toml(text: str) -> bool:
    """Whether the first line of ``text`` that says something is a TOML table heading or
    ``key = value``.

    >>> looks_like_toml("# trials\\n[women]\\n"), looks_like_toml("name,500\\n")
    (True, False)
    """
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return bool(_TOML_LINE.match(line)) and "," not in line.split("=")[0]
    return False


def sniff(name: str, head: bytes | None = None, *, is_dir: bool = False) -> Format:
    """The format of the source called ``name`` whose first bytes are ``head`` (see the
    module's table). ``name``'s suffix decides between our own CSV, JSON and TOML only
    when the text does not say.

    >>> sniff("r.pdf", b"%PDF-1.7 ..."), sniff("event", is_dir=True)
    ('pdf', 'folder')
    >>> sniff("trials.toml", b"[women]\\n"), sniff("-", b'{"results": []}')
    ('toml', 'json')
    """
    if is_isu(name):
        return "isu"
    if is_dir:
        return "folder"
    head = head or b""
    if head.lstrip()[:5] == PDF_MAGIC:
        return "pdf"
    text = head.decode("utf-8", errors="replace")
    if is_service(text):
        return "service"
    if is_listing(text):
        return "listing"
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if suffix in ("json", "toml", "csv"):
        return suffix  # type: ignore[return-value]
    if looks_like_json(text):
        return "json"
    if looks_like_toml(text):
        return "toml"
    return "csv"


def sniff_path(path: str | os.PathLike[str]) -> Format | None:
    """The format of the file or folder at ``path`` from its first `SNIFF_BYTES` bytes
    (see `sniff`), ``None`` when it cannot be read (its reader then says why). A stream
    is not read here: it can be read only once (`skatecalc.io.read` sniffs it).

    >>> sniff_path("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
    'listing'
    >>> sniff_path("README.md"), sniff_path("no such file"), sniff_path("docs")
    ('csv', None, 'folder')
    """
    p = Path(path)
    if p.is_dir():
        return "folder"
    try:
        with p.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return None
    return sniff(str(p), head)
