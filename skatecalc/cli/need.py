"""``skatecalc need`` and ``skatecalc board``: required times and the time-to-beat board.

``skatecalc need FILE SKATER --beat OTHER [--opponent-time T] [--tie] [--reference T]``
or ``--rank K`` explains what SKATER needs on the next (or ``--distance D``) distance;
``skatecalc board FILE`` prints, for every skater still to skate, the time for the lead
and for the podium. Both accept ``--example NAME`` instead of FILE and ``--lang nl``.
"""

from __future__ import annotations

import argparse
from typing import Any

from .._text import printable
from ..targets import board, required_time
from .standings import add_input_arguments, load_table

__all__ = ["register"]


def _need(args: argparse.Namespace) -> str:
    table = load_table(args)
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
    lines = [need.explain(args.lang)]
    lines += [f"note: {printable(n)}" for n in need.notes]
    return "\n".join(lines)


def _board(args: argparse.Namespace) -> str:
    table = load_table(args)
    return board(table, distance=args.distance, podium=args.podium).format(args.lang)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``skatecalc need`` and ``skatecalc board``."""
    need = sub.add_parser(
        "need",
        help="the time a skater needs to beat another or reach a rank",
        description="The slowest time SKATER can skate on the next distance and still finish"
        " ahead of --beat OTHER (or reach --rank K among those who have finished); a margin"
        " when OTHER has not skated yet.",
    )
    add_input_arguments(need)
    need.add_argument("skater", metavar="SKATER", help="the skater's name as in the file")
    goal = need.add_mutually_exclusive_group(required=True)
    goal.add_argument("--beat", metavar="OTHER", help="finish ahead of this skater")
    goal.add_argument(
        "--rank", type=int, metavar="K", help="reach rank K among those who have finished"
    )
    need.add_argument("--opponent-time", metavar="T", help="OTHER's time on the distance (what if)")
    need.add_argument(
        "--distance", type=int, metavar="D", help="a later distance (default: the next one)"
    )
    need.add_argument("--tie", action="store_true", help="finishing level on points is enough")
    need.add_argument(
        "--reference", metavar="T", help="a time to compare with (personal best, track record)"
    )
    need.set_defaults(func=_need)

    show = sub.add_parser(
        "board",
        help="time-to-beat board: the time for the lead and the podium",
        description="For every skater still to skate the next distance: the slowest time that"
        " takes the lead and that reaches the podium against those who have finished.",
    )
    add_input_arguments(show)
    show.add_argument(
        "--distance", type=int, metavar="D", help="a later distance (default: the next one)"
    )
    show.add_argument(
        "--podium", type=int, default=3, metavar="K", help="the place for the second column"
    )
    show.set_defaults(func=_board)
