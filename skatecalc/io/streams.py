"""Each input is read exactly once.

Standard input (``-``), a pipe given as a file (``<(cat r.csv)``, ``/dev/stdin``) and a
named pipe (FIFO) can be read only once: what was read to recognise the format (a
listing, CSV, JSON) is gone for a second read. `input_text` reads such an input the first
time it is asked for and keeps its text (or the error) for the rest of the run, so that
recognising the format works on the bytes already read. `input_bytes` gives the same
input's bytes (an ISU result PDF is binary), read in the same single read. A regular file
is read anew each time (``--watch`` reads it again after every change).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from typing import TypeVar

from ..errors import FileFormatError, LimitError, SkatecalcError

__all__ = ["STDIN", "decode", "forget_inputs", "input_bytes", "input_text", "is_stream"]

STDIN = "-"
"""The FILE that means standard input."""

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
        from ..io.csvfile import read_text

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
