"""Helpers shared by the tests."""

from __future__ import annotations

import contextlib
import io
import shlex

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
