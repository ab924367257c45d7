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

__all__ = ["load_file", "load_table", "machine_rows", "run_standings", "standings_table"]


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
        from .watch import follow  # only under --watch (start-up time)

        follow(run_standings, args)
    rounding = GAP_ROUNDINGS_BY_NAME[getattr(args, "gap_rounding", "up")]
    return render([standings_table(load_table(args), gap_rounding=rounding)], args)


def machine_rows(table: Standings, *, gap_rounding: str = ROUND_UP) -> list[dict[str, object]]:
    """The JSON/CSV rows of a classification: the typed `Standings.to_rows()` values, in ISU
    notation when written out, with the exact gap added.

    The keys of earlier releases come first, unchanged: ``rank``, ``name``, ``nation``, one
    column per counted distance (``500 (1)``: the time, or a status), ``points``, ``status``
    and ``gap`` (rounded for display as ``gap_rounding`` says). Then what ``to_rows()`` adds:
    per counted distance ``"<label> points"`` and ``"<label> rank"``, ``completed``,
    ``finalist``; and ``gap_exact``, the exact gap in seconds
    (``table.gap_seconds(name)``), given where ``gap`` is given.
    """
    labels = [table.combination.label(i) for i in range(table.after)]
    first = ["rank", "name", "nation", *labels, "points", "status", "gap"]
    rows: list[dict[str, object]] = []
    for typed in table.to_rows(gap_rounding=gap_rounding):
        row: dict[str, object] = {key: typed[key] for key in first}
        row.update((key, value) for key, value in typed.items() if key not in row)
        name = typed["name"]
        row["gap_exact"] = (
            None if typed["gap"] is None else table.gap_seconds(name)  # type: ignore[arg-type]
        )
        rows.append(row)
    return rows


def standings_table(table: Standings, *, gap_rounding: str = ROUND_UP) -> Table:
    """The output table of a classification: JSON/CSV rows are `machine_rows` (the typed
    values of ``to_rows()`` and the exact gap, written in ISU notation), markdown uses the
    cells as printed in the language's notation. Every format prints the gap with the same
    rounding, ``gap_rounding`` (up by default, see [format_gap][skatecalc.format_gap]); the
    exact gap is ``gap_exact`` (``table.gap_seconds(name)``)."""
    return Table(
        machine_rows(table, gap_rounding=gap_rounding),
        lambda lang: table.format(lang, gap_rounding=gap_rounding),
        "",
        {},
        lambda lang: table.to_text_rows(lang, gap_rounding=gap_rounding),
    )
