"""``skatecalc standings``: a championship classification from a file or built-in data.

The input options (FILE, ``--example``, ``--combination``, ``--after``, ``--lang``) are
shared with ``skatecalc need`` and ``skatecalc board`` through :func:`add_input_arguments`
and :func:`load_table`.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import Any

from ..classification import Standings
from ..errors import FileFormatError
from ..io.results import EXAMPLES, ResultsFile, load_example, load_results

__all__ = ["add_input_arguments", "load_file", "load_table", "register"]


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """Add FILE / --example / --combination / --after / --lang to ``parser``."""
    parser.add_argument("file", nargs="?", metavar="FILE", help="results as CSV or JSON")
    parser.add_argument(
        "--example",
        metavar="NAME",
        choices=sorted(EXAMPLES),
        help=f"use built-in example data instead of FILE ({', '.join(sorted(EXAMPLES))})",
    )
    parser.add_argument(
        "--combination",
        metavar="NAME",
        help="combination name (sprint, allround-men, ...); default: from the file",
    )
    parser.add_argument(
        "--after", type=int, metavar="N", help="count N distances (default: all completed)"
    )
    parser.add_argument(
        "--lang",
        choices=("en", "nl"),
        default="en",
        help="notation: en = ISU (1:46.38), nl = Dutch (1.46,38)",
    )


def load_file(args: argparse.Namespace) -> ResultsFile:
    """The results named by FILE or --example; warnings go to standard error."""
    if (args.file is None) == (args.example is None):
        raise FileFormatError("give either FILE or --example NAME (not both, not neither)")
    if args.example is not None:
        loaded = load_example(args.example, combination=args.combination)
    else:
        loaded = load_results(args.file, combination=args.combination)
    for warning in loaded.warnings:
        print(f"skatecalc: warning: {warning}", file=sys.stderr)
    return loaded


def load_table(args: argparse.Namespace) -> Standings:
    """The classification described by the input arguments."""
    return load_file(args).classify(after=args.after)


def _run(args: argparse.Namespace) -> str:
    table = load_table(args)
    if args.format == "table":
        return table.format(args.lang)
    rows = table.to_rows(args.lang)
    if args.format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["name"])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``skatecalc standings``."""
    parser = sub.add_parser(
        "standings",
        help="samalog standings from a results file",
        description="Classify a championship (samalog points) from a CSV or JSON file.",
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="output format"
    )
    parser.set_defaults(func=_run)
