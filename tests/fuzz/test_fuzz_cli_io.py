"""Fuzz the command line's input and output plumbing (issue 16): any bytes through a pipe,
a FIFO or standard input; any name written to an output whose encoding cannot hold it; a
closed standard output. Each run is in-process and bounded by the fuzz budget (a hang
fails instead of blocking)."""

from __future__ import annotations

import contextlib
import io
import os
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc.cli import main

from .inputs import fuzz, holds

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "skatecalc" / "data" / "examples"
SEEDS = tuple(p.read_bytes() for p in sorted(EXAMPLES.glob("*.*")) if p.suffix in {".csv", ".txt"})
POSIX = pytest.mark.skipif(os.name != "posix", reason="pipes as files need a POSIX system")
COMMANDS = (
    ["standings"],
    ["board"],
    ["worldcup", "standings", "--distance", "1000", "--gender", "men", "--division", "A"],
)


def input_bytes() -> st.SearchStrategy[bytes]:
    """A seed file, cut or spliced with random bytes, or random bytes."""
    seed = st.sampled_from(SEEDS)
    cut = st.tuples(seed, st.integers(0, 10_000)).map(lambda s: s[0][: s[1]])
    spliced = st.tuples(seed, st.binary(max_size=40), st.integers(0, 5000)).map(
        lambda s: s[0][: s[2]] + s[1] + s[0][s[2] :]
    )
    return st.one_of(seed, cut, spliced, st.binary(max_size=200))


def _run(argv: list[str], stdout: io.TextIOBase | None = None) -> tuple[int, str]:
    out = io.StringIO() if stdout is None else stdout
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):  # type: ignore[type-var]
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse
            status = int(exc.code or 0)
    return status, err.getvalue()


def _feed(fd: int, data: bytes) -> threading.Thread:
    def writer() -> None:
        with contextlib.suppress(OSError), os.fdopen(fd, "wb") as f:
            f.write(data)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    return thread


@POSIX
@fuzz
@given(input_bytes(), st.sampled_from(COMMANDS))
def test_any_bytes_through_a_pipe_give_an_answer_or_one_error_line(
    data: bytes, command: list[str]
) -> None:
    read, write = os.pipe()
    thread = _feed(write, data)
    try:
        got = holds(_run, [*command, f"/dev/fd/{read}"])
    finally:
        os.close(read)
        thread.join(5)
    assert not isinstance(got, BaseException)
    status, err = got
    assert status in (0, 1, 2), err
    assert "Traceback" not in err
    if status == 1:
        assert err.startswith("skatecalc: error: ")


@fuzz
@given(input_bytes(), st.sampled_from(COMMANDS))
def test_any_bytes_on_standard_input_are_read_once(data: bytes, command: list[str]) -> None:
    saved = sys.stdin
    try:
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        got = holds(_run, [*command, "-"])
    finally:
        sys.stdin = saved
    assert not isinstance(got, BaseException)
    status, err = got
    assert status in (0, 1, 2), err
    assert "is empty" not in err or not data.strip()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@fuzz
@given(input_bytes())
def test_any_bytes_through_a_fifo_never_hang(data: bytes) -> None:
    import tempfile

    fifo = Path(tempfile.mkdtemp()) / "in.pipe"
    os.mkfifo(fifo)

    def writer() -> None:
        with contextlib.suppress(OSError), fifo.open("wb") as f:
            f.write(data)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        got = holds(_run, ["standings", str(fifo)])
    finally:
        if thread.is_alive():  # release a writer whose reader never came
            # a non-blocking open: the writer may have finished between the check and
            # here, and a blocking open of a FIFO without a writer waits for ever
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        thread.join(5)
    assert not isinstance(got, BaseException)
    assert got[0] in (0, 1, 2)


@POSIX
@fuzz
@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(
        lambda n: n.strip() and "," not in n and '"' not in n and not n.startswith("#")
    ),
    st.sampled_from(["ascii", "cp1252", "latin-1", "cp437", "utf-8"]),
)
def test_any_name_in_any_output_encoding_is_written(name: str, encoding: str) -> None:
    text = f"name,500\n{name},37.07\nFemke Kok,37.13\n"
    data = text.encode("utf-8")
    read, write = os.pipe()
    thread = _feed(write, data)
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, errors="strict")
    try:
        got = holds(_run, ["standings", f"/dev/fd/{read}", "--combination", "sprint"], out)
    finally:
        os.close(read)
        thread.join(5)
    assert not isinstance(got, BaseException)
    status, err = got
    assert status in (0, 1), err
    if status == 0:
        out.flush()
        assert b"Femke Kok" in raw.getvalue()


@fuzz
@given(st.sampled_from(COMMANDS[:2]), st.sampled_from(["text", "csv", "json", "markdown"]))
def test_closed_stdout_gives_exit_1(command: list[str], fmt: str) -> None:
    argv = [*command, str(EXAMPLES / "wsc2024-women.csv"), "--format", fmt]
    err = io.StringIO()
    saved = sys.stdout
    try:
        sys.stdout = None  # type: ignore[assignment]  # as after >&-
        with contextlib.redirect_stderr(err):
            status = main(argv)
    finally:
        sys.stdout = saved
    assert status == 1
    assert (
        err.getvalue() == "skatecalc: error: cannot write the output: standard output is closed\n"
    )
