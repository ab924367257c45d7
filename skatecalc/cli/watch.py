"""``--watch``: follow a results file while the timing system writes it.

`watch` prints what ``render`` returns, then polls the files (their size, time of
change and identity, every half second; no extra dependency) and prints it again after
every change:

* on a terminal the screen is cleared first, and a last line says when it was updated;
* into a pipe or a file every update is appended, after a separator line
  ``--- updated 14:05:31 ---``;
* ``--format json``: one JSON document per line (JSON Lines), ``{"updated": "2026-03-08T
  14:05:31+01:00", "schema": 1, "rows": [...]}``, the rows those of the command's JSON
  output (docs/formats.md, schema version `SCHEMA`);
* ``--format csv``: the heading line once, with an ``updated`` column first, then the rows
  of every update (the heading again only when the columns change, as when a distance is
  added to the standings).

Nothing is printed when the output did not change (a file saved again with the same
results, or the same table after a "waiting" line).

A file that is half-written when it is read (a line cut off, the file missing for a
moment, anything the reader refuses) gives one line on standard error,
``skatecalc: waiting: ...``, and a new attempt at the next change: never a crash.
Ctrl-C stops the watch; that is its normal end, so the exit status is 0.

Everything that takes time is injectable (``sleep``, ``clock``, ``max_cycles``), so the
tests run without waiting.

"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import itertools
import json
import os
import stat
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from ..errors import SkatecalcError
from ..notation import printable

__all__ = [
    "CLEAR",
    "FEED_INTERVAL_MS",
    "INTERVAL_MS",
    "SCHEMA",
    "Stamp",
    "follow",
    "snapshot",
    "watch",
]


INTERVAL_MS = 500
"""Milliseconds between two looks at the files (a whole number, as every quantity here)."""

FEED_INTERVAL_MS = 5000
"""Milliseconds between two polls of the ISU results service (``isu:`` sources): a polite
interval; each poll asks conditionally through the cache (an unchanged response is a
``304``)."""

SCHEMA = 1
"""The version of the JSON output of every command (docs/formats.md): a JSON Lines document
under ``--watch`` carries it as ``schema``. Raised when a key changes meaning or goes."""

CLEAR = "\x1b[H\x1b[2J"
"""ANSI: cursor to the top left, clear the screen."""

Stamp = tuple[tuple[int, int, int] | None, ...]
"""Per file: (size, time of change in nanoseconds, inode), or ``None`` when it is missing."""


def snapshot(paths: Sequence[str | Path]) -> Stamp:
    """What `watch` compares to see a change: per file its size, time of change and
    identity (a file replaced by a rename is a change), ``None`` for a missing file; for a
    folder (of result PDFs) also each file in it.

    >>> snapshot(["no-such-file.txt"])
    (None,)
    """
    out: list[tuple[int, int, int] | None] = []
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            out.append(None)
        else:
            out.append((st.st_size, st.st_mtime_ns, st.st_ino))
            if stat.S_ISDIR(st.st_mode):  # a folder of PDFs: each of its files too
                try:
                    inside = sorted(os.path.join(path, n) for n in os.listdir(path))
                except OSError:
                    inside = []
                out.extend(snapshot(inside))
    return tuple(out)


def shrank(now: Stamp, before: Stamp) -> bool:
    """Whether a file of `snapshot` ``now`` is smaller than it was ``before``.

    >>> shrank(((120, 2, 7),), ((180, 1, 7),)), shrank(((180, 2, 7),), ((120, 1, 7),))
    (True, False)
    """
    return any(
        isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b) == 3 and a[0] < b[0]
        for a, b in zip(now, before, strict=False)
    )


def lines_ended(paths: Sequence[str | Path]) -> bool:
    """Whether every text file of ``paths`` ends with a line break (or is empty): a file
    being written may end inside a line. A folder, a PDF, an ``isu:`` source and a missing
    file are not looked at.

    >>> lines_ended(["no-such-file.txt", "isu:2026_USA_0002"])
    True
    """
    for path in paths:
        if str(path).startswith("isu:") or str(path).lower().endswith(".pdf"):
            continue
        try:
            with open(path, "rb") as f:
                if f.read(5) == b"%PDF-":
                    continue
                size = f.seek(0, os.SEEK_END)
                if size and (f.seek(size - 1), f.read(1))[1] != b"\n":
                    return False
        except OSError:  # a folder, a missing file: its reader says what it is
            continue
    return True


def _now() -> datetime.datetime:
    return datetime.datetime.now().astimezone()


def json_line(text: str, updated: datetime.datetime) -> str:
    """The JSON output ``text`` of a command (a list of rows) as one JSON Lines document
    with the time of the update and the schema version.

    >>> print(json_line('[{"name": "Kok", "points": "147.540"}]',
    ...                 datetime.datetime(2024, 3, 8, 14, 5, 31)))
    {"updated": "2024-03-08T14:05:31", "schema": 1, "rows": [{"name": "Kok", "points": "147.540"}]}
    """
    from .common import json_text

    data = {"updated": updated.isoformat(timespec="seconds"), "schema": SCHEMA}
    data["rows"] = json.loads(text) if text.strip() else []
    return json_text(data, indent=None)


def csv_lines(
    text: str, updated: datetime.datetime, heading: list[str] | None
) -> tuple[str, list[str]]:
    """The CSV output ``text`` of a command with an ``updated`` column first: the heading
    line only when it differs from ``heading`` (the one printed before), then the rows;
    and the heading of ``text``.

    >>> at = datetime.datetime(2024, 3, 8, 14, 5, 31)
    >>> out, heading = csv_lines("name,points\\nKok,147.540\\n", at, None)
    >>> print(out.replace("\\r", ""), end="")
    updated,name,points
    2024-03-08T14:05:31,Kok,147.540
    >>> print(csv_lines("name,points\\nKok,147.540\\n", at, heading)[0].replace("\\r", ""), end="")
    2024-03-08T14:05:31,Kok,147.540
    """
    records = list(csv.reader(io.StringIO(text, newline="")))
    first = records[0] if records else []
    out = io.StringIO()
    writer = csv.writer(out)
    stamp = updated.isoformat(timespec="seconds")
    if first != heading:
        writer.writerow(["updated", *first])
    for record in records[1:]:
        writer.writerow([stamp, *record])
    return out.getvalue(), first


def _one_line(text: str) -> str:
    return printable(" ".join(text.split()))


def watch(
    render: Callable[[], str],
    paths: Sequence[str | Path],
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    terminal: bool | None = None,
    interval_ms: int = INTERVAL_MS,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], datetime.datetime] = _now,
    max_cycles: int | None = None,
    stamp: Callable[[Sequence[str | Path]], Stamp] = snapshot,
    fmt: str = "text",
    ended: Callable[[Sequence[str | Path]], bool] | None = None,
) -> int:
    """Print ``render()`` now and again after every change of a file in ``paths``, until
    Ctrl-C (or ``max_cycles`` looks at the files); returns the exit status, 0.

    ``render`` reads the files itself. When it raises a
    [`SkatecalcError`][skatecalc.errors.SkatecalcError], an `OSError` or a decoding error, the
    message goes to ``err`` on one line and the files are read again at their next change.
    ``terminal`` (default: whether ``out`` is one) clears the screen before each update;
    otherwise updates are appended after a separator line. ``stamp`` tells a change (see
    `snapshot`). ``fmt`` is the command's ``--format``: ``json`` writes each update as one
    line (`json_line`), ``csv`` the heading once and the rows with an ``updated`` column
    (`csv_lines`); an output equal to the last one printed is not printed again.

    A text file whose last line has no line break yet is being written (``1:12.4`` of
    ``1:12.45`` is a time too), and one that became shorter than when it was last read may
    be a rewrite in place caught between two rows: either is read once it is unchanged for
    one more look, so a half-written line never shows as a result. ``ended`` tells the
    first (see `lines_ended`), `shrank` the second. (A writer that pauses longer than a look
    in the middle of a rewrite can still be caught: rewrite the file atomically, as a
    temporary file renamed over it.)

    >>> import io
    >>> stamps = iter([(1,), (1,), (2,)])
    >>> texts = iter(["first", "second"])
    >>> out = io.StringIO()
    >>> status = watch(lambda: next(texts), ["x.txt"], out=out, terminal=False,
    ...     sleep=lambda s: None, max_cycles=2,
    ...     clock=lambda: datetime.datetime(2025, 11, 14, 14, 5, 31),
    ...     stamp=lambda paths: next(stamps))
    >>> print(out.getvalue(), end="")
    first
    --- updated 14:05:31 ---
    second
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    if terminal is None:
        try:
            terminal = out.isatty()
        except (AttributeError, ValueError):
            terminal = False
    names = ", ".join(printable(_name(p)) for p in paths)
    shown = 0  # updates printed
    last_text: str | None = None  # the output printed last
    last_wait: str | None = None  # the waiting line printed last (said once)
    heading: list[str] | None = None  # the CSV heading printed last

    def show() -> None:
        nonlocal shown, last_text, heading, last_wait
        try:
            text = render()
        except BrokenPipeError:
            raise
        except (SkatecalcError, OSError, UnicodeDecodeError) as exc:
            line = f"skatecalc: waiting: {_one_line(str(exc))} (read again when {names} changes)\n"
            if line != last_wait:  # one waiting line, the last good table kept on screen
                err.write(line)
                err.flush()
            last_wait = line
            return
        last_wait = None
        text = text.rstrip("\n")
        if text == last_text:
            return  # nothing changed: nothing printed
        last_text = text
        now = clock()
        at = now.strftime("%H:%M:%S")
        if fmt == "json":
            out.write(json_line(text, now) + "\n")
        elif fmt == "csv":
            lines, heading = csv_lines(text, now, heading)
            out.write(lines)
        elif terminal:
            out.write(f"{CLEAR}{text}\n\n(updated {at}; watching {names}; Ctrl-C to stop)\n")
        else:
            if shown:
                out.write(f"--- updated {at} ---\n")
            out.write(text + "\n")
        out.flush()
        shown += 1

    ended = lines_ended if ended is None else ended
    try:
        last = read_at = stamp(paths)  # read_at: the files as last read
        pending = not ended(paths)  # a line still being written: read at the next look
        if not pending:
            show()
        cycles = 0
        while max_cycles is None or cycles < max_cycles:
            sleep(interval_ms / 1000)  # time.sleep takes seconds
            cycles += 1
            now = stamp(paths)
            if now != last:
                last = now
                # a line being written, or a file shorter than when it was last read (a
                # rewrite in place caught between two rows): read at the next look
                pending = not ended(paths) or shrank(now, read_at)
                if not pending:
                    show()
                    read_at = now
            elif pending:  # unchanged for one look: the file is as its writer left it
                pending = False
                show()
                read_at = now
    except KeyboardInterrupt:
        pass
    return 0


def _name(path: str | Path) -> str:
    return str(path) if str(path).startswith("isu:") else Path(path).name


def polled(
    stamp: Callable[[Sequence[str | Path]], Stamp],
) -> Callable[[Sequence[str | Path]], Stamp]:
    """A `snapshot` that also changes at every look: for ``isu:`` sources, which are asked
    again at every look (conditionally, through the cache), the output printed only when
    it changed.

    >>> look = polled(snapshot)
    >>> look(["isu:2026_USA_0002/4"]) != look(["isu:2026_USA_0002/4"])
    True
    """
    count = itertools.count()

    def look(paths: Sequence[str | Path]) -> Stamp:
        files = [p for p in paths if not str(p).startswith("isu:")]
        return (*stamp(files), (next(count), 0, 0))

    return look


# --- the command line -----------------------------------------------------------------------


def follow(
    run: Callable[[argparse.Namespace], str],
    args: argparse.Namespace,
    answers: tuple[type[Exception], ...] = (),
) -> NoReturn:
    """Run the command ``run`` under ``--watch``: print its output now and after every
    change of its FILEs, until Ctrl-C; then exit with status 0 (``SystemExit``).

    ``--watch`` follows files: with ``--example`` or ``-`` (standard input) it is refused.
    An error of a class in ``answers`` is the command's answer for the files as they are
    (``need``: the goal became impossible, or is reached whatever the time): printed as the
    output in place of the last one (`answer_text`), never left behind a waiting line.
    """
    from ..examples import EXAMPLES
    from .common import UsageError  # the command line's error for a bad combination
    from .inputs import files_of

    files = files_of(args)
    if getattr(args, "example", None) is not None or not files or "-" in files:
        raise UsageError("--watch follows files: give FILE (not --example, not -)")
    feeds = any(f.startswith("isu:") for f in files)
    for file in files:
        if file.startswith("isu:"):
            continue  # polled: an error waits for the next poll
        if not Path(file).exists() and file in EXAMPLES:
            raise UsageError(f"--watch follows files: {file!r} is a built-in example")
        if not Path(file).exists():  # waiting is for a file being rewritten, not a typo
            from ..errors import FileFormatError

            raise FileFormatError(f"cannot read {file!r}: No such file or directory")
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # a name the output's encoding lacks is written as '?'
        reconfigure(errors="replace")
    once = argparse.Namespace(**{**vars(args), "watch": False})
    fmt = getattr(args, "format", "text")
    given = getattr(args, "interval", None)
    interval = given if given is not None else FEED_INTERVAL_MS if feeds else INTERVAL_MS
    options: dict[str, Any] = {"interval_ms": interval} if interval != INTERVAL_MS else {}
    if feeds:
        options["stamp"] = polled(snapshot)
    if fmt in ("json", "csv"):
        options["fmt"] = fmt

    def render() -> str:
        try:
            return run(once)
        except answers as exc:
            return answer_text(str(exc), fmt)

    raise SystemExit(watch(render, files, **options))


def answer_text(message: str, fmt: str) -> str:
    """An answer that is no table (``impossible: ...``) as a command's output in ``fmt``:
    the message itself, or one row with an ``answer`` column (JSON, CSV).

    >>> answer_text("impossible: no positive time", "json")
    '[{"answer": "impossible: no positive time"}]'
    >>> answer_text("goal already reached", "csv").splitlines()
    ['answer', 'goal already reached']
    """
    from ..columns import csv_text, json_text  # the one writer of each format

    if fmt == "json":
        return json_text([{"answer": message}], indent=None)
    if fmt == "csv":
        return csv_text([{"answer": message}])
    return message
