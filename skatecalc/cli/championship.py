"""``skatecalc standings``: a championship classification from a file or built-in data.

The parser is in `skatecalc.cli.spec`; `load_table` is shared with ``need`` and
``board`` (`skatecalc.cli.championship`).

``skatecalc need`` and ``skatecalc board``: required times and the time-to-beat board.

``skatecalc need FILE SKATER --beat OTHER [--opponent-time T] [--tie] [--reference T]``
or ``--rank K`` explains what SKATER needs on the next (or ``--distance D``) distance;
``skatecalc board FILE`` prints, for every skater still to skate, the time for the lead
and for the podium. Both accept ``--example NAME`` or ``-`` instead of FILE, ``--lang``
and ``--format``. The parsers are in `skatecalc.cli.spec`.

``skatecalc examples``: the built-in examples, for ``--example NAME``.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from decimal import ROUND_UP
from typing import TYPE_CHECKING

from .. import _record
from ..championship.standings import Standings
from ..championship.targets.race import in_progress
from ..errors import GoalError
from ..text.catalog import combination_name, phrase
from .common import GAP_ROUNDINGS_BY_NAME, Table, load_input, render, table_of
from .inputs import inputs_of
from .listing import championship_of

if TYPE_CHECKING:
    from ..championship.standings import Standings
    from ..championship.targets.live import Provisional
    from ..io.results import ResultsFile

__all__ = [
    "load_file",
    "load_live",
    "load_table",
    "run_board",
    "run_examples",
    "run_need",
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
    from ..championship.targets.live import provisional  # when in progress (start-up)

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
    return Table(table.to_rows, lambda lang: table.format(lang))


def standings_table(table: Standings, *, gap_rounding: str = ROUND_UP) -> Table:
    """The output table of a classification: JSON/CSV rows are ``table.to_rows()`` (its
    declared columns, the exact gap ``gap_exact`` among them, written in ISU notation),
    markdown uses the cells as printed in the language's notation. Every format prints the
    gap with the same rounding, ``gap_rounding`` (up by default, see
    [format_gap][skatecalc.format_gap]); the exact gap is ``gap_exact``."""
    return Table(
        functools.partial(table.to_rows, gap_rounding=gap_rounding),  # for JSON/CSV only
        lambda lang: table.format(lang, gap_rounding=gap_rounding),
        "",
        {},
        lambda lang: table.to_text_rows(lang, gap_rounding=gap_rounding),
    )


def final(table: Standings, args: argparse.Namespace) -> str | None:
    """When every distance is counted and no ``--distance`` is asked for: the final
    classification, under a line saying it is final (text and markdown); JSON and CSV
    give the standings rows. Else ``None``."""
    if table.next_distance is not None or getattr(args, "distance", None) is not None:
        return None
    rounding = GAP_ROUNDINGS_BY_NAME[getattr(args, "gap_rounding", "up")]
    out = standings_table(table, gap_rounding=rounding)
    comb = table.combination

    def said(lang: str) -> str:
        name = combination_name(str(comb), lang)
        return phrase("final", lang, n=len(comb.distances), combination=name)

    return render(
        [
            _record.evolve(
                out,
                text=lambda lang: said(lang) + "\n" + out.text(lang),
                title={"en": said("en"), "nl": said("nl")},
            )
        ],
        args,
    )


def _table_or_final(
    run: Callable[[argparse.Namespace], str],
    args: argparse.Namespace,
    answers: tuple[type[Exception], ...] = (),
) -> tuple[Standings, str | None]:
    """The classified table of ``need`` and ``board`` (followed under ``--watch``, with
    ``run`` as the command and ``answers`` the errors that are its answer, see
    `skatecalc.cli.watch.follow`), and the final classification once every distance is
    skated."""
    if args.watch:
        from .watch import follow  # only under --watch (start-up time)

        follow(run, args, answers)
    table = load_table(args)
    return table, final(table, args)


def run_need(args: argparse.Namespace) -> str:
    """``skatecalc need``: one row (JSON/CSV) with the required time and the explanation;
    the final classification once every distance is skated."""
    if args.rank is not None and args.opponent_time is not None:
        from .common import UsageError

        raise UsageError("--opponent-time applies to --beat NAME, not to --rank K")
    # under --watch, "impossible" and "goal already reached" replace the last answer
    table, done = _table_or_final(run_need, args, (GoalError,))
    if done is not None:
        return done
    from ..championship.targets import required_time  # the required-time tables when used

    need = required_time(
        table,
        args.skater,
        beat=args.beat,
        rank=args.rank,
        opponent_time=args.opponent_time,
        distance=args.distance,
        tie=args.tie,
        reference=args.reference,
    )

    from ..text.targets import requirement_rows

    return render(
        [_record.evolve(table_of(need), local_rows=lambda lang: requirement_rows(need, lang))], args
    )


def run_board(args: argparse.Namespace) -> str:
    """``skatecalc board``; the final classification once every distance is skated."""
    table, done = _table_or_final(run_board, args)
    if done is not None:
        return done
    from ..championship.targets import board

    times = board(table, distance=args.distance, podium=args.podium)
    if args.format == "markdown":
        # the broadcaster's board, as text prints it: "any time" and "impossible" are
        # words, not blank cells, and the title says which distance and who leads
        from ..text.targets import board_layout

        return board_layout(times, args.lang).markdown()
    return render([table_of(times)], args)


def run_examples(args: argparse.Namespace) -> str:
    """``skatecalc examples``: one row per example (name, kind, what, source)."""
    from ..examples import example_list

    return render([table_of(example_list())], args)
