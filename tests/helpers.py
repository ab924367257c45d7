"""Helpers shared by the tests."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from collections.abc import Callable

from skatecalc.cli import main


def run_cli(command: str) -> tuple[int, str, str]:
    """Run one ``skatecalc ...`` command line in-process; (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(shlex.split(command)[1:])
        except SystemExit as exc:  # argparse --help / usage errors
            status = int(exc.code or 0)
    return status, out.getvalue(), err.getvalue()


def listing_cells(lines: list[str], cell: Callable[[list[str]], str]) -> list[str]:
    """Each results table of a listing rewritten cell by cell: ``cell(cells)`` is the new
    line."""
    out: list[str] = []
    starts: list[int] = []
    for line in lines:
        if line.startswith("POS "):
            starts = [m.start() for m in re.finditer(r"\S+", line)]
        elif not line.strip():
            starts = []
        if starts:
            bounds = [*starts[1:], len(line)]
            line = cell([line[a:b].strip() for a, b in zip(starts, bounds, strict=True)])
        out.append(line)
    return out


def one_line_error(command: str) -> str:
    """Run a command that must fail with exit status 1 and one line on standard error."""
    status, out, err = run_cli(command)
    assert status == 1, (status, out, err)
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("skatecalc: error: "), err
    assert "Traceback" not in err
    return err
