"""One entry point for every source of results: `read`.

`read(source)` reads a source once, recognises its format once (`skatecalc.io.sniff`)
and gives an `Input`:

* an official source — an ISU result PDF, a folder of one event's PDFs, an official
  results listing, a saved response of the ISU results service (with the event's
  competitions response beside it), a folder of saved responses, or ``isu:EVENT[/N]``
  fetched from the service (`skatecalc.io.fetch`) — is read into ``Input.event``, the
  [Event][skatecalc.io.listing.model.Event] every official source gives;
* skatecalc's own CSV, JSON or TOML keeps its text (``Input.text``): what it holds
  (championship results, a World Cup season, trials) is for the caller to say.

`read_events` reads several official sources into events and joins one skater across
them (`skatecalc.io.spellings`): spellings that differ only in case, accents, spaces or
hyphens, with the same nation, and the spellings an alias file names — every join reported
in the warnings of the races it changed.

>>> ev = read("skatecalc/data/examples/wc2025-26-2-calgary.txt")
>>> ev.format, ev.event.name, len(ev.event.races)
('listing', '2. World Cup 2025/2026', 29)
>>> read("skatecalc/data/examples/wsc2024-women.csv").format
'csv'

Each input is read exactly once.

Standard input (``-``), a pipe given as a file (``<(cat r.csv)``, ``/dev/stdin``) and a
named pipe (FIFO) can be read only once: what was read to recognise the format (a
listing, CSV, JSON) is gone for a second read. `input_text` reads such an input the first
time it is asked for and keeps its text (or the error) for the rest of the run, so that
recognising the format works on the bytes already read. `input_bytes` gives the same
input's bytes (an ISU result PDF is binary), read in the same single read. A regular file
is read anew each time (``--watch`` reads it again after every change).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import _record
from .._lazy import pattern
from ..errors import FileFormatError, LimitError, PrintedPointsWarning, ResultsError, SkatecalcError
from .sniff import SNIFF_BYTES, Format, parse_isu, sniff

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeVar

    from .feed import Competition, Response, ServiceResults
    from .fetch import Fetcher
    from .listing import Event
    from .spellings import Aliases

__all__ = [
    "STDIN",
    "Input",
    "decode",
    "events_of",
    "forget_inputs",
    "input_bytes",
    "input_text",
    "is_stream",
    "read",
    "read_events",
]


@_record.frozen
class Input:
    """One source, read: its ``name`` (as messages show it), its `format` (see
    `skatecalc.io.sniff`), and what it holds: ``event`` for an official source, ``text``
    for skatecalc's own CSV, JSON or TOML (``suffix`` is the file's, ``""`` for a stream).
    """

    name: str
    format: Format
    event: Event | None = None
    text: str | None = None
    suffix: str = ""
    holds: Format | None = None
    """What a folder holds: ``pdf`` (result PDFs) or ``service`` (saved responses)."""

    @property
    def official(self) -> bool:
        """Whether this is an official source (an `Event`)."""
        return self.event is not None


def read(
    source: str | os.PathLike[str],
    *,
    data: bytes | None = None,
    name: str | None = None,
    fetcher: Fetcher | None = None,
) -> Input:
    """Read ``source`` — a path, a folder, ``-`` (standard input, read once), or
    ``isu:EVENT[/N]`` — once, in the format its first bytes show. ``data``: the source's
    bytes when they are already at hand (``source`` then only names it); ``name``: the
    name messages give it (default: the file's name, ``<stdin>``). ``fetcher``: how
    ``isu:`` sources are fetched (default: the public service through the cache, see
    `skatecalc.io.fetch`).

    >>> read("isu:")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UsageError: 'isu:' is not a results-service address: write isu:EVENT ...
    """
    given = name
    name = os.fspath(source)
    if data is None and name.startswith("isu:"):
        return Input(given or name, "isu", event=_isu(name, fetcher))
    path = Path(name)
    if data is None and name != STDIN and path.is_dir():
        event, holds = _folder(path)
        return Input(given or name, "folder", event=event, holds=holds)
    shown = given or ("<stdin>" if name == STDIN else name if is_stream(name) else path.name)
    if data is None:
        if is_stream(name):
            data = input_bytes(name)
        else:
            from .csvfile import read_bytes

            data = read_bytes(path)
    fmt = sniff(name, data[:SNIFF_BYTES])
    if fmt == "pdf":
        return Input(shown, fmt, event=_pdf(name, shown, data))
    text = _text(data, name, shown)
    if fmt == "service":
        return Input(shown, fmt, event=_service_file(path, shown, text))
    if fmt == "listing":
        from .listing import parse_listing

        return Input(shown, fmt, event=parse_listing(text, shown))
    suffix = path.suffix.lower() if name != STDIN and not is_stream(name) else ""
    return Input(shown, fmt, text=text, suffix=suffix)


def _text(data: bytes, name: str, shown: str) -> str:
    if name == STDIN or is_stream(name) or not Path(name).is_file():
        return decode(data, shown if name == STDIN else repr(shown))
    from .csvfile import decode_file

    return decode_file(data, name)


def read_events(
    sources: Sequence[str | os.PathLike[str]],
    *,
    aliases: Aliases | None = None,
    fetcher: Fetcher | None = None,
) -> list[Event]:
    """The events of the official ``sources`` (see `read`), one skater across them joined
    (see `skatecalc.io.spellings.join_spellings`). A source that is not official is an error
    naming it.

    >>> [e.name for e in read_events(["skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt",
    ...                               "skatecalc/data/examples/wc2025-26-2-calgary.txt"])]
    ['1. World Cup 2025/2026', '2. World Cup 2025/2026']
    >>> read_events(["README.md"])
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: 'README.md' is not an official results listing ...
    """
    if not sources:
        raise ResultsError("no listing given")
    inputs = [read(s, fetcher=fetcher) for s in sources]
    return events_of(inputs, aliases=aliases)


def events_of(inputs: Sequence[Input], *, aliases: Aliases | None = None) -> list[Event]:
    """The events of inputs already read (see `read_events`)."""
    from .spellings import join_spellings

    events = []
    for given in inputs:
        if given.event is None:
            raise ResultsError(
                f"{given.name!r} is not an official results listing (no race heading such"
                " as '1000 meter (Men), 14.11.2025' in its first lines), ISU result PDF or"
                " results-service response; several files are read only as official results"
            )
        events.append(given.event)
    as_written = [(given.holds or given.format) != "pdf" for given in inputs]
    return join_spellings(events, aliases, printed_case=as_written)[0]


# --- ISU result PDFs ---------------------------------------------------------------------


def _check_folder(folder: Path) -> list[Path]:
    """The files of ``folder``, which must be all PDFs or all JSON: anything else in it is
    refused by name rather than skipped unseen."""
    try:
        names = sorted(folder.iterdir())
    except OSError as exc:
        raise FileFormatError(f"cannot read the folder {str(folder)!r}: {exc.strerror}") from None
    if not names:
        raise FileFormatError(
            f"cannot read the folder {str(folder)!r}: it is empty (expected one event's ISU"
            " result PDFs or saved results-service responses)"
        )
    suffix = names[0].suffix.lower() if names[0].suffix.lower() in (".pdf", ".json") else ".pdf"
    what = "ISU result PDF (*.pdf)" if suffix == ".pdf" else "saved results-service response"
    for p in names:
        if not (p.suffix.lower() == suffix and p.is_file()):
            kind = "folder" if p.is_dir() else "file"
            raise FileFormatError(
                f"the folder {str(folder)!r} holds the {kind} {p.name!r}, which is not an"
                f" {what}: a folder is read as one event's result PDFs, or its saved"
                " results-service responses (*.json), and nothing else; move it out"
            )
    return names


def _folder(folder: Path) -> tuple[Event, Format]:
    files = _check_folder(folder)
    if files[0].suffix.lower() == ".json":
        return _service_folder(folder, files), "service"
    return _pdf(str(folder), str(folder), None), "pdf"


def _pdf(name: str, shown: str, data: bytes | None) -> Event:
    """The event of an ISU result PDF (``data``) or a folder of them, the points each
    prints differently from the table as warnings of its race."""
    import logging  # for pypdf only (start-up time)

    from .pdf import read_pdf

    quiet = logging.getLogger("pypdf")  # pypdf logs what it repairs ("EOF marker not found")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # a damaged PDF is one error line, nothing more
    with contextlib.ExitStack() as stack:
        stack.callback(quiet.setLevel, level)
        caught = stack.enter_context(warnings.catch_warnings(record=True))
        warnings.simplefilter("always", PrintedPointsWarning)
        event = read_pdf(shown if data is not None else name, data=data)
    said = [str(w.message) for w in caught if issubclass(w.category, PrintedPointsWarning)]
    for w in caught:  # any other warning goes on as it came
        if not issubclass(w.category, PrintedPointsWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    races = []
    for race in event.races:  # the reader names the race first: "27. Mass Start Women: ..."
        mine = tuple(m for m in said if m.startswith(f"{race.number}. "))
        races.append(_record.evolve(race, warnings=race.warnings + mine) if mine else race)
    left = [m for m in said if not any(m.startswith(f"{r.number}. ") for r in event.races)]
    if left and races:  # not expected: kept with the first race rather than dropped
        races[0] = _record.evolve(races[0], warnings=races[0].warnings + tuple(left))
    return _record.evolve(event, races=tuple(races))


# --- the ISU results service ---------------------------------------------------------------

_RESULTS_FILE = pattern(r"(?P<event>.+?)-competition-(?P<n>[0-9]{1,4})-results\b.*\.json")


def _service(text: str, name: str) -> Response:
    from .feed import read_results_service

    return read_results_service(text.encode("utf-8"), name=name)  # its text, never a path


def _service_file(path: Path, shown: str, text: str) -> Event:
    """A saved results response, with the event's competitions response beside it (as
    ``skatecalc fetch --to DIR`` writes them: ``EVENT-competition-N-results.json`` and
    ``EVENT-competitions.json``)."""
    from .feed import ServiceResults, service_event

    got = _service(text, shown)
    if not isinstance(got, ServiceResults):
        raise FileFormatError(
            "a competitions or schedule response holds no results: give the results responses"
            " too (a folder of saved responses, or isu:EVENT)",
            where=shown,
        )
    m = _RESULTS_FILE.fullmatch(path.name)
    beside = path.with_name(f"{m.group('event')}-competitions.json") if m else None
    if m is None or beside is None or not beside.is_file():
        raise FileFormatError(
            "a results response does not say its competition's distance and gender: keep the"
            " event's competitions response beside it, as skatecalc fetch --to DIR writes"
            " them (EVENT-competitions.json and EVENT-competition-N-results.json), or read"
            " isu:EVENT/N",
            where=shown,
        )
    comps = _competitions(beside)
    return service_event(m.group("event"), comps, {int(m.group("n")): got}, source=shown)


def _competitions(path: Path) -> tuple[Competition, ...]:
    from .csvfile import read_text
    from .feed import Competition

    got = _service(read_text(path), path.name)
    if not (isinstance(got, tuple) and got and all(isinstance(c, Competition) for c in got)):
        raise FileFormatError("expected the event's competitions response", where=path.name)
    return tuple(c for c in got if isinstance(c, Competition))


def _service_folder(folder: Path, files: Sequence[Path]) -> Event:
    """A folder of saved responses: the event's competitions and the competitions'
    results (named as ``skatecalc fetch --to`` names them); a schedule is checked and not
    needed."""
    from .csvfile import read_text
    from .feed import Competition, ServiceResults, service_event

    comps: tuple[Competition, ...] | None = None
    comps_name = ""  # the file of the competitions response
    event = folder.name
    results: dict[int, ServiceResults] = {}
    first: dict[int, str] = {}
    for p in files:
        got = _service(read_text(p), p.name)
        if isinstance(got, ServiceResults):
            m = _RESULTS_FILE.fullmatch(p.name)
            if m is None:
                raise FileFormatError(
                    "cannot tell which competition these results are of: name the file"
                    " EVENT-competition-N-results.json, as skatecalc fetch --to DIR does",
                    where=p.name,
                )
            n = int(m.group("n"))
            if n in results:
                raise ResultsError(
                    f"{folder}: the results of competition {n} are given twice ({first[n]}"
                    f" and {p.name}): keep one snapshot per competition in the folder"
                )
            results[n], first[n] = got, p.name
        elif got and all(isinstance(c, Competition) for c in got):
            if comps is not None:
                raise ResultsError(
                    f"{folder}: two competitions responses ({comps_name} and {p.name}): one"
                    " event's folder holds its competitions response once"
                )
            comps = tuple(c for c in got if isinstance(c, Competition))
            comps_name = p.name
            event = p.name.removesuffix(".json").removesuffix("-competitions")
    if comps is None:
        raise FileFormatError(
            f"the folder {str(folder)!r} holds no competitions response (EVENT-competitions"
            ".json): without it the results do not say their distances"
        )
    return service_event(event, comps, results, source=str(folder))


def _isu(name: str, fetcher: Fetcher | None) -> Event:
    """``isu:EVENT`` (every competition) or ``isu:EVENT/N`` fetched through the cache."""
    from .feed import Competition, ServiceResults, read_results_service, service_event
    from .fetch import default_fetcher

    event, number = parse_isu(name)
    fetcher = fetcher or default_fetcher()
    path = f"/events/{event}/competitions/"
    comps = read_results_service(fetcher.get(path), kind="competitions", name=fetcher.base + path)
    assert isinstance(comps, tuple)
    listed = [c for c in comps if isinstance(c, Competition)]
    if number is not None and number not in {c.number for c in listed}:
        raise ResultsError(
            f"{name}: the event has no competition {number} (it has"
            f" {', '.join(str(c.number) for c in listed) or 'none'})"
        )
    results: dict[int, ServiceResults] = {}
    for comp in listed:
        if number is not None and comp.number != number:
            continue
        path = f"/events/{event}/competitions/{comp.number}/results/"
        got = read_results_service(fetcher.get(path), kind="results", name=fetcher.base + path)
        assert isinstance(got, ServiceResults)
        results[comp.number] = got
    return service_event(event, listed, results, source=name)


STDIN = "-"
"""The FILE that means standard input."""

if TYPE_CHECKING:
    T = TypeVar("T")

_READ: dict[str, str | SkatecalcError] = {}
_RAW: dict[str, bytes | SkatecalcError] = {}


def is_stream(file: str) -> bool:
    """Whether ``file`` is standard input or something that can be read only once (a pipe,
    a FIFO, a character device such as ``/dev/stdin``): not a regular file nor a directory.
    A path that does not exist is no stream (its reader reports it).

    >>> is_stream("-"), is_stream("README.md"), is_stream("no such file")
    (True, False, False)
    """
    if file == STDIN:
        return True
    try:
        mode = os.stat(file).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def decode(data: bytes, name: str) -> str:
    """The bytes of a stream as text, with the checks a file gets: not larger than the
    largest input accepted, not empty, no NUL byte, UTF-8 (a byte-order mark dropped).

    >>> decode(b"\\xef\\xbb\\xbfname,500\\n", "<stdin>")
    'name,500\\n'
    >>> decode(b"\\xff", "<stdin>")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: <stdin> is not UTF-8 text (byte 0xff at offset 0)
    """
    from ..limits import MAX_FILE_BYTES
    from .csvfile import decode_text

    if len(data) > MAX_FILE_BYTES:
        raise LimitError(
            f"{name} is larger than {MAX_FILE_BYTES // 2**20} MiB (the largest input accepted)"
        )
    return decode_text(data, name)


def _read_raw(file: str) -> bytes:
    """The bytes of the stream ``file`` (standard input for ``-``), up to one byte more than
    the largest input accepted (the decoding then refuses it)."""
    from ..limits import MAX_FILE_BYTES

    if file != STDIN:
        try:
            with open(file, "rb") as f:
                return f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise FileFormatError(f"cannot read {file!r}: {exc.strerror or exc}") from None
    if sys.stdin is None:
        raise FileFormatError("cannot read <stdin>: standard input is closed")
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = stream.read(MAX_FILE_BYTES + 1) if stream is not None else sys.stdin.read()
    except OSError as exc:
        raise FileFormatError(f"cannot read <stdin>: {exc.strerror or exc}") from None
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    return bytes(data)


def input_bytes(file: str) -> bytes:
    """The bytes of the stream ``file`` (``-`` is standard input, see `is_stream`), read
    once per run: asking again gives the same bytes, or raises the same error.

    >>> import io, sys
    >>> before, sys.stdin = sys.stdin, io.TextIOWrapper(io.BytesIO(b"%PDF-1.7 ..."))
    >>> input_bytes("-")[:5], input_bytes("-")[:5]
    (b'%PDF-', b'%PDF-')
    >>> forget_inputs(); sys.stdin = before
    """
    return _once(_RAW, file, lambda: _read_raw(file))


def input_text(file: str) -> str:
    """The text of ``file`` (``-`` is standard input), read once per run when it is a
    stream (see `is_stream`): asking again gives the same text, or raises the same error.

    >>> input_text("README.md").startswith("#")
    True
    """
    if not is_stream(file):
        from .csvfile import read_text

        return read_text(file)
    return _once(
        _READ, file, lambda: decode(input_bytes(file), "<stdin>" if file == STDIN else repr(file))
    )


def _once(cache: dict[str, T | SkatecalcError], file: str, read: Callable[[], T]) -> T:
    """``read()`` the first time ``file`` is asked for, the same value (or error) after."""
    if file not in cache:
        try:
            cache[file] = read()
        except SkatecalcError as exc:
            cache[file] = exc
    got = cache[file]
    if isinstance(got, SkatecalcError):
        raise got
    return got


def forget_inputs() -> None:
    """Forget the streams read so far (for tests that run several commands in one process)."""
    _READ.clear()
    _RAW.clear()
