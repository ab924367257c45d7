"""`skatecalc olympic`: selection orders, selection and outlook for the Dutch Olympic trials.

* ``skatecalc olympic order NED 2022 men`` (or ``NED-2022-men``; no argument lists them)
* ``skatecalc olympic select FILE --order NED-2022-men [--add NAME] [--assign 1000=NAME]``
* ``skatecalc olympic outlook FILE --order NED-2022-men``

``FILE`` is a TOML, CSV or JSON trial file (see :mod:`skatecalc.io.olympic`), or the name
of a built-in example (``okt2021``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .._fields import is_ascii_digits, shown, whole_number
from ..errors import InvalidDistanceError
from ..io.olympic import EXAMPLES, TrialResults, example_path, read_trials
from ..olympic import leave_empty, next_team_finisher, outlook, select, selection_order
from ..olympic.orders import SelectionOrder, selection_orders

__all__ = ["register"]


def _order(args: argparse.Namespace) -> SelectionOrder:
    return selection_order(args.order)


def _trials(args: argparse.Namespace, order: SelectionOrder) -> TrialResults:
    path = Path(args.file)
    if not path.exists() and args.file in EXAMPLES:
        path = example_path(args.file)
    gender = args.gender or order.name.rsplit("-", 1)[-1]
    return read_trials(path, gender)


def _assignments(values: list[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for value in values:
        distance, sep, name = value.partition("=")
        if not sep or not name.strip():
            raise InvalidDistanceError(
                f"--assign {shown(value)}: use DISTANCE=NAME, e.g. 1000='Kai Verbij'"
            )
        d = whole_number(distance, f"--assign {shown(value)}: distance", error=InvalidDistanceError)
        if d in out:
            raise InvalidDistanceError(
                f"--assign {shown(value)}: the {d} m is already assigned to {out[d]!r}"
            )
        out[d] = name.strip()
    return out


def _cmd_order(args: argparse.Namespace) -> str:
    if not args.what:
        return "\n".join(selection_orders())
    if len(args.what) == 1:
        return str(selection_order(args.what[0]))
    if len(args.what) != 3 or not is_ascii_digits(args.what[1]):
        return str(selection_order(" ".join(args.what)))
    year = whole_number(args.what[1], "year", max_digits=4)
    return str(selection_order(args.what[0], year, args.what[2]))


def _cmd_select(args: argparse.Namespace) -> str:
    order = _order(args)
    trials = _trials(args, order)
    sel = select(
        order,
        trials.results,
        tickets=args.tickets,
        mass_start=args.mass_start or trials.mass_start,
        added=args.add,
        assigned=_assignments(args.assign),
        discretionary=args.discretionary,
        skaters=args.skater,
        refill=leave_empty if args.no_refill else next_team_finisher,
    )
    return str(sel)


def _cmd_outlook(args: argparse.Namespace) -> str:
    order = _order(args)
    trials = _trials(args, order)
    view = outlook(
        order,
        trials.results,
        tickets=args.tickets,
        discretionary=args.discretionary,
        mass_start=args.mass_start or trials.mass_start,
        skaters=args.skater,
    )
    return str(view)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="trial results (.toml, .csv, .json) or 'okt2021'")
    p.add_argument("--order", required=True, help="selection order key, e.g. NED-2022-men")
    p.add_argument("--gender", help="section of the file to read (default: the order's gender)")
    p.add_argument("--tickets", type=int, help="number of tickets (default: the order's)")
    p.add_argument(
        "--discretionary", type=int, help="discretionary places allowed (default: the order's)"
    )
    p.add_argument("--mass-start", help="the committee's mass-start skater (default: the file's)")
    p.add_argument(
        "--skater", action="append", default=[], help="an eligible skater with no OKT result"
    )


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the `olympic` sub-command and its `order`, `select` and `outlook` commands."""
    parser = sub.add_parser(
        "olympic",
        help="Olympic qualification: selection orders, selection, outlook",
        description="The KNSB selection order (matrix) and the Dutch Olympic trials (OKT).",
    )
    commands = parser.add_subparsers(dest="olympic_command", metavar="COMMAND", required=True)

    p = commands.add_parser("order", help="show a selection order (no argument: list them)")
    p.add_argument("what", nargs="*", help="COUNTRY YEAR GENDER, or a key such as NED-2022-men")
    p.set_defaults(func=_cmd_order)

    p = commands.add_parser("select", help="select the team from complete trial results")
    _common(p)
    p.add_argument("--add", action="append", default=[], help="a person designation (repeat)")
    p.add_argument(
        "--assign", action="append", default=[], help="a distance designation DISTANCE=NAME"
    )
    p.add_argument("--no-refill", action="store_true", help="leave freed start places empty")
    p.set_defaults(func=_cmd_select)

    p = commands.add_parser("outlook", help="who is certain of a ticket while the OKT runs")
    _common(p)
    p.set_defaults(func=_cmd_outlook)
