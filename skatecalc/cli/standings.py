"""``skatecalc standings``: a championship classification from a file or built-in data.

The parser is in `skatecalc.cli.spec`; `load_table` is shared with ``need`` and
``board`` (`skatecalc.cli.need`).
"""

from __future__ import annotations

import argparse
from decimal import ROUND_UP
from typing import TYPE_CHECKING

from ..championship.standings import Standings
from ..championship.targets.race import in_progress
from .common import GAP_ROUNDINGS_BY_NAME, Table, load_input, render
from .listing_input import championship_of
from .sources import inputs_of

if TYPE_CHECKING:  # provisional standings load when a distance is in progress (start-up time)
    from ..championship.targets.provisional import Provisional
    from ..io.results import ResultsFile

__all__ = [
    "load_file",
    "load_live",
    "load_table",
    "run_standings",
    "standings_table",
]


def load_file(args: argparse.Namespace) -> ResultsFile:
    """The results named by FILE, ``-`` or ``--example``; warnings go to standard error."""
    inputs = inputs_of(args, "results")  # each source read once
    listed = championship_of(args, inputs)  # official results: listings, PDFs, feeds
    if listed is not None:
        return listed
    loaded: ResultsFile = load_input(args, "results", inputs[0], combination=args.combination)
    return loaded


def load_table(args: argparse.Namespace) -> Standings:
    """The classification described by the input arguments (``--after``)."""
    return load_file(args).classify(after=args.after)


def load_live(args: argparse.Namespace) -> Standings | Provisional:
    """The classification, or provisional standings while a distance is being skated.

    Without ``--after``: provisional standings when someone in the field of the next
    distance has a result on it and someone has none yet (the table counts the distances
    everyone has completed). ``--after N`` on a distance some of whose field have no result
    yet (an unrestricted distance: on a cut or final distance a missing result means "not
    admitted", as before): provisional standings of distance N. Otherwise the table of
    `load_table`, unchanged.
    """
    results = load_file(args)
    after = args.after
    if after is None:
        table = results.classify()
        return _provisional(table) if in_progress(table) else table
    comb = results.combination
    if (
        type(after) is int
        and 1 <= after <= len(comb.distances)
        and comb.restriction(after - 1) is None
    ):
        before = results.classify(after=after - 1)
        if in_progress(before):
            return _provisional(before)
    return results.classify(after=after)


def _provisional(table: Standings) -> Provisional:
    from ..championship.targets.provisional import provisional  # when in progress (start-up)

    return provisional(table)


def run_standings(args: argparse.Namespace) -> str:
    """``skatecalc standings``."""
    if args.watch:
        from .watch import follow  # only under --watch (start-up time)

        follow(run_standings, args)
    rounding = GAP_ROUNDINGS_BY_NAME[getattr(args, "gap_rounding", "up")]
    table = load_live(args)
    if not isinstance(table, Standings):  # provisional standings
        if args.format == "markdown":  # as text prints it: title, words, footnote
            from ..text.targets import provisional_layout

            return provisional_layout(table, args.lang).markdown()
        return render([provisional_table(table)], args)
    return render([standings_table(table, gap_rounding=rounding)], args)


def provisional_table(table: Provisional) -> Table:
    """The output table of provisional standings: JSON/CSV rows are ``to_rows()`` (written
    in ISU notation), text and markdown the table as printed."""
    return Table(table.to_rows(), lambda lang: table.format(lang))


def standings_table(table: Standings, *, gap_rounding: str = ROUND_UP) -> Table:
    """The output table of a classification: JSON/CSV rows are ``table.to_rows()`` (its
    declared columns, the exact gap ``gap_exact`` among them, written in ISU notation),
    markdown uses the cells as printed in the language's notation. Every format prints the
    gap with the same rounding, ``gap_rounding`` (up by default, see
    [format_gap][skatecalc.format_gap]); the exact gap is ``gap_exact``."""
    return Table(
        table.to_rows(gap_rounding=gap_rounding),
        lambda lang: table.format(lang, gap_rounding=gap_rounding),
        "",
        {},
        lambda lang: table.to_text_rows(lang, gap_rounding=gap_rounding),
    )
