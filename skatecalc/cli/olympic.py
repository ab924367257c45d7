"""``skatecalc olympic``: selection orders, selection and outlook for the Dutch Olympic trials.

* ``skatecalc olympic order NED 2022 men`` (or ``NED-2022-men``; no argument lists them)
* ``skatecalc olympic select (FILE | --example okt2021) --order NED-2022-men [--add NAME]
  [--assign 1000=NAME]``
* ``skatecalc olympic outlook (FILE | --example NAME) --order NED-2022-men``

``FILE`` is a TOML, CSV or JSON trial file (see `skatecalc.io.olympic`) or ``-``.
The parsers are in `skatecalc.cli.spec`; ``skatecalc olympic quota`` is in
`skatecalc.cli.quota`.
"""

from __future__ import annotations

import argparse

from .._fields import is_ascii_digits, whole_number
from ..errors import InvalidDistanceError
from ..io.olympic import TrialResults
from ..limits import shown
from ..olympic import (
    SelectionOrder,
    leave_empty,
    next_team_finisher,
    outlook,
    select,
    selection_order,
    selection_orders,
)
from .common import Table, load_input, render, table_of
from .listing_trials import trials_of
from .sources import inputs_of

__all__ = ["run_order", "run_outlook", "run_select"]


def _trials(args: argparse.Namespace, order: SelectionOrder) -> TrialResults:
    gender = args.gender or order.name.rsplit("-", 1)[-1]
    inputs = inputs_of(args, "trials")  # each source read once
    listed = trials_of(args, gender, inputs)  # official results of the trials
    if listed is not None:
        return listed
    trials: TrialResults = load_input(args, "trials", inputs[0], gender=gender)
    return trials


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


def _order_table(order: SelectionOrder) -> Table:
    from ..notation import LANGS
    from ..text.olympic import order_lines

    parts = {lang: order_lines(order, lang) for lang in LANGS}
    return Table(
        order.to_rows(),
        lambda lang: parts[lang][2],
        {lang: part[0] for lang, part in parts.items()},
        {},
        None,
        {lang: part[1] for lang, part in parts.items()},
    )


def run_order(args: argparse.Namespace) -> str:
    """``skatecalc olympic order``: the list of orders, or one order's rows."""
    if not args.what:
        keys = selection_orders()
        text = "\n".join(keys)
        return render([Table([{"order": k} for k in keys], lambda lang: text)], args)
    if len(args.what) == 1:
        order = selection_order(args.what[0])
    elif len(args.what) != 3 or not is_ascii_digits(args.what[1]):
        order = selection_order(" ".join(args.what))
    else:
        year = whole_number(args.what[1], "year", max_digits=4)
        order = selection_order(args.what[0], year, args.what[2])
    return render([_order_table(order)], args)


def run_select(args: argparse.Namespace) -> str:
    """``skatecalc olympic select``."""
    order = selection_order(args.order)
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
    return render([table_of(sel)], args)


def run_outlook(args: argparse.Namespace) -> str:
    """``skatecalc olympic outlook``."""
    order = selection_order(args.order)
    trials = _trials(args, order)
    view = outlook(
        order,
        trials.results,
        tickets=args.tickets,
        discretionary=args.discretionary,
        mass_start=args.mass_start or trials.mass_start,
        skaters=args.skater,
    )
    from ..text.olympic import outlook_rows

    return render([table_of(view)._replace(local_rows=lambda lang: outlook_rows(view, lang))], args)
