"""``skatecalc standings``: a championship classification from a file or built-in data.

The input options (FILE, ``--example``, ``--combination``, ``--after``, ``--lang``) are
shared with ``skatecalc need`` and ``skatecalc board`` through :func:`add_input_arguments`
and :func:`load_table`.

Output is safe to open and to print: in ``--format csv`` a cell starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return (a spreadsheet would run it as a formula) gets a
leading ``'`` unless it is a plain number, and control characters are written escaped
(``\x1b``); ``--format json`` keeps every value exact, with control and bidirectional
characters written as JSON escapes (``\u001b``, ``\u202e``).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from .._text import printable
from ..classification import Standings
from ..errors import FileFormatError
from ..io.results import EXAMPLES, ResultsFile, load_example, load_results

__all__ = [
    "add_input_arguments",
    "csv_cell",
    "json_text",
    "load_file",
    "load_table",
    "register",
    "write_csv",
]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?", re.ASCII)


def csv_cell(value: object) -> str:
    """One value as a CSV output cell, safe to open in a spreadsheet and to print.

    A text starting with ``= + - @``, a tab or a carriage return is prefixed with ``'`` (the
    OWASP advice against CSV injection) unless it is a plain number; control characters
    are shown escaped.

    >>> csv_cell("=SUM(A1:A9)"), csv_cell("+cmd|calc"), csv_cell("-0.05")
    ("'=SUM(A1:A9)", "'+cmd|calc", '-0.05')
    >>> csv_cell(None), csv_cell(3), csv_cell("Ireen Wüst"), csv_cell("A\x1b[31m")
    ('', '3', 'Ireen Wüst', 'A\\\\x1b[31m')
    """
    if value is None:
        return ""
    text = printable(str(value))
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv(rows: Sequence[Mapping[str, object]], fieldnames: Sequence[str]) -> str:
    """``rows`` as CSV text with a header, every cell through :func:`csv_cell`.

    >>> write_csv([{"name": "@SUM(A1)", "points": "37.070"}], ["name", "points"])
    "name,points\\r\\n'@SUM(A1),37.070\\r\\n"
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([csv_cell(f) for f in fieldnames])
    for row in rows:
        writer.writerow([csv_cell(row.get(f)) for f in fieldnames])
    return out.getvalue()


def _json_escape(match: re.Match[str]) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in match.group())


_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]+")


def json_text(data: object) -> str:
    """``data`` as indented JSON, UTF-8 letters kept, and every character that could change
    a terminal's display (C1 controls, bidirectional marks, line separators) escaped; the
    JSON value is unchanged.

    >>> print(json_text({"name": "A\x9b2J\u202eB", "nation": "NED"}))
    {
      "name": "A\\u009b2J\\u202eB",
      "nation": "NED"
    }
    """
    return _UNSAFE_IN_JSON.sub(_json_escape, json.dumps(data, ensure_ascii=False, indent=2))


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
        print(f"skatecalc: warning: {printable(warning)}", file=sys.stderr)
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
        return json_text(rows)
    return write_csv(rows, list(rows[0]) if rows else ["name"])


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
