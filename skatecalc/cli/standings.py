"""``skatecalc standings``: a championship classification from a file or built-in data.

The parser is in `skatecalc.cli.spec`; `load_table` is shared with ``need`` and
``board`` (`skatecalc.cli.need`).
"""

from __future__ import annotations

import argparse
from decimal import ROUND_UP

from .. import Standings
from ..io.results import ResultsFile
from .common import GAP_ROUNDINGS_BY_NAME, Table, load_input, render
from .listing_input import championship_of
from .watch import follow

__all__ = ["load_file", "load_table", "run_standings", "standings_table"]


def load_file(args: argparse.Namespace) -> ResultsFile:
    """The results named by FILE, ``-`` or ``--example``; warnings go to standard error."""
    listed = championship_of(args)  # FILE [LISTING...]: official results listings
    if listed is not None:
        return listed
    loaded: ResultsFile = load_input(args, "results", combination=args.combination)
    return loaded


def load_table(args: argparse.Namespace) -> Standings:
    """The classification described by the input arguments (``--after``)."""
    return load_file(args).classify(after=args.after)


def run_standings(args: argparse.Namespace) -> str:
    """``skatecalc standings``."""
    if args.watch:
        follow(run_standings, args)
    rounding = GAP_ROUNDINGS_BY_NAME[getattr(args, "gap_rounding", "up")]
    return render([standings_table(load_table(args), gap_rounding=rounding)], args)


def standings_table(table: Standings, *, gap_rounding: str = ROUND_UP) -> Table:
    """The output table of a classification: JSON/CSV rows are the cells as printed in ISU
    notation (``Standings.to_text_rows``), markdown uses the language's notation. Every
    format prints the gap with the same rounding, ``gap_rounding`` (up by default, see
    [format_gap][skatecalc.format_gap]); the exact gap is ``table.gap_seconds(name)``."""
    return Table(
        table.to_text_rows("en", gap_rounding=gap_rounding),
        lambda lang: table.format(lang, gap_rounding=gap_rounding),
        "",
        {},
        lambda lang: table.to_text_rows(lang, gap_rounding=gap_rounding),
    )
