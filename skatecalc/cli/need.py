"""``skatecalc need`` and ``skatecalc board``: required times and the time-to-beat board.

``skatecalc need FILE SKATER --beat OTHER [--opponent-time T] [--tie] [--reference T]``
or ``--rank K`` explains what SKATER needs on the next (or ``--distance D``) distance;
``skatecalc board FILE`` prints, for every skater still to skate, the time for the lead
and for the podium. Both accept ``--example NAME`` or ``-`` instead of FILE, ``--lang``
and ``--format``. The parsers are in `skatecalc.cli.spec`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..text.labels import combination_name, phrase
from .common import GAP_ROUNDINGS_BY_NAME, render, table_of
from .standings import load_table, standings_table

if TYPE_CHECKING:
    from ..championship.standings import Standings

__all__ = ["run_board", "run_need"]


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
            out._replace(
                text=lambda lang: said(lang) + "\n" + out.text(lang),
                title={"en": said("en"), "nl": said("nl")},
            )
        ],
        args,
    )


def run_need(args: argparse.Namespace) -> str:
    """``skatecalc need``: one row (JSON/CSV) with the required time and the explanation;
    the final classification once every distance is skated."""
    if args.watch:
        from .watch import follow  # only under --watch (start-up time)

        follow(run_need, args)
    table = load_table(args)
    done = final(table, args)
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
        [table_of(need)._replace(local_rows=lambda lang: requirement_rows(need, lang))], args
    )


def run_board(args: argparse.Namespace) -> str:
    """``skatecalc board``; the final classification once every distance is skated."""
    if args.watch:
        from .watch import follow  # only under --watch (start-up time)

        follow(run_board, args)
    table = load_table(args)
    done = final(table, args)
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
