"""The ``skatecalc`` command line: ``skatecalc standings``, ``need``, ``board``,
``worldcup`` and ``olympic``.

Each sub-command lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``func``: a callable taking the parsed arguments and returning the text
to print. Errors derived from :class:`~skatecalc.errors.SkatecalcError` print as one line
on standard error with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import SkatecalcError
from . import need, olympic, standings, worldcup

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="skatecalc",
        description="Exact speed-skating calculations: samalog standings, required times, "
        "ISU World Cup standings and Olympic qualification.",
    )
    parser.add_argument("--version", action="version", version=f"skatecalc {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (standings, need, worldcup, olympic):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        out: str = args.func(args)
    except SkatecalcError as exc:
        print(f"skatecalc: error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return 0
