"""The command-line grammar: every sub-command's parser, without its implementation.

Building the parser imports only `argparse`, `skatecalc.cli.common` and
`skatecalc.examples`; each command's ``func`` is a `Lazy` runner that
imports the implementing module (``skatecalc.cli.worldcup``, ``skatecalc.cli.olympic``, ...)
only when that command runs. ``skatecalc --version`` therefore loads no World Cup or
Olympic code.

To add a command: write ``run_<name>(args) -> str`` in a module of this package and add its
parser here with ``set_defaults(func=Lazy("module", "run_<name>"))``.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from . import COMMAND_HELP
from .common import GAP_ROUNDING_CHOICES, add_input, add_output
from .inputs import add_sources
from .values import combination_name, seconds, whole, whole_from

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = ["Lazy", "add_listings", "add_watch", "register_all", "whole"]


Sub: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class Lazy:
    """A command's runner, imported when first called: ``Lazy("worldcup", "run_table")``
    is ``skatecalc.cli.worldcup.run_table``."""

    def __init__(self, module: str, function: str) -> None:
        self.module = module
        self.function = function

    def __call__(self, args: argparse.Namespace) -> str:
        if getattr(args, "interval", None) is not None and not getattr(args, "watch", False):
            from ..errors import UsageError

            raise UsageError("--interval is the time between two looks of --watch: give --watch")
        module = importlib.import_module(f"skatecalc.cli.{self.module}")
        result: str = getattr(module, self.function)(args)
        return result

    def __repr__(self) -> str:
        return f"Lazy({self.module!r}, {self.function!r})"


def register_all(sub: Sub, only: str | None = None, action: str | None = None) -> None:
    """Add every sub-command to ``sub`` (the top-level sub-parsers); ``only``: that one;
    ``action``: of a command with actions (``worldcup standings``), that action alone when
    it names one (the parsers of the others cost a command's start-up 1-2 ms)."""
    for name, register in _REGISTERS.items():
        if only is None or name == only:
            register(sub, action)


def _building(action: str | None, actions: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether to build an action's parser: each of ``actions``, or only ``action`` when it
    is one of them (anything else, such as ``--help``, needs them all)."""
    if action not in actions:
        return lambda name: True
    return lambda name: name == action


# --- official results listings and --watch (skatecalc.cli.listing, .watch) ------------


def add_listings(
    parser: argparse.ArgumentParser, *, gender: bool = False, division: bool = False
) -> None:
    """Add ``LISTING...`` (more official results listings after FILE) and, on request,
    ``--gender`` (which races of listings of men and women) and ``--division`` (A or B) to
    ``parser``. Call it after FILE is added."""
    parser.add_argument(
        "more",
        nargs="*",
        metavar="LISTING",
        help="more official results listings (several files are read only as listings)",
    )
    if gender:
        parser.add_argument(
            "--gender",
            type=str.lower,
            choices=("men", "women"),
            help="official results listings of men and women: the races of this gender",
        )
    if division:
        parser.add_argument(
            "--division",
            type=str.upper,
            choices=("A", "B"),
            help="official results listings: only this division's races (default: both)",
        )
        parser.add_argument(
            "--listed-division",
            type=str.upper,
            choices=("A", "B"),
            help="official results listings: the division of the races a listing lists once"
            " (the listing does not print it; default: A, with a warning)",
        )


def add_watch(parser: argparse.ArgumentParser) -> None:
    """Add ``--watch`` and ``--interval SECONDS`` to ``parser``."""
    parser.add_argument(
        "--watch",
        action="store_true",
        help="follow FILE (or isu:EVENT[/N]): print again whenever it changes (Ctrl-C stops;"
        " exit status 0)",
    )
    parser.add_argument(
        "--interval",
        type=seconds,
        metavar="SECONDS",
        help="--watch: seconds between two looks (default 0.5 for files, 5 for isu: sources)",
    )


# --- championship ---------------------------------------------------------------------------


def _results_input(parser: argparse.ArgumentParser) -> None:
    add_input(
        parser, "results", "championship results as CSV or JSON, or an official results listing"
    )
    add_listings(parser, gender=True)
    add_watch(parser)
    parser.add_argument(
        "--combination",
        type=combination_name,
        metavar="NAME",
        help="combination name (sprint, allround-men, ...); default: from the distances",
    )
    parser.add_argument(
        "--after",
        type=whole_from(0),
        metavar="N",
        help="count N distances (default: all completed)",
    )
    add_output(parser)


def _standings(sub: Sub, action: str | None = None) -> None:
    parser = sub.add_parser(
        "standings",
        help=COMMAND_HELP["standings"],
        description="Classify a championship (samalog points) from a CSV or JSON file.",
    )
    _results_input(parser)
    parser.add_argument(
        "--gap-rounding",
        type=str.lower,
        choices=GAP_ROUNDING_CHOICES,
        default="up",
        metavar="WAY",
        help="how the printed gap is rounded to hundredths: up (default: the time a skater"
        " must find, as Dutch press tables print it), half-up, half-even, down, ceiling,"
        " floor, half-down, 05up; the exact gap is table.gap_seconds()",
    )
    parser.set_defaults(func=Lazy("championship", "run_standings"))


def _need(sub: Sub, action: str | None = None) -> None:
    need = sub.add_parser(
        "need",
        help=COMMAND_HELP["need"],
        description="The slowest time SKATER can skate on the next distance and still finish"
        " ahead of --beat OTHER (or reach --rank K among those who have finished); a margin"
        " when OTHER has not skated yet.",
    )
    _results_input(need)
    need.add_argument("skater", metavar="SKATER", help="the skater's name as in the file")
    goal = need.add_mutually_exclusive_group(required=True)
    goal.add_argument("--beat", metavar="OTHER", help="finish ahead of this skater")
    goal.add_argument(
        "--rank", type=whole_from(1), metavar="K", help="reach rank K among those who have finished"
    )
    need.add_argument("--opponent-time", metavar="T", help="OTHER's time on the distance (what if)")
    need.add_argument(
        "--distance", type=whole, metavar="D", help="a later distance (default: the next one)"
    )
    need.add_argument("--tie", action="store_true", help="finishing level on points is enough")
    need.add_argument(
        "--reference", metavar="T", help="a time to compare with (personal best, track record)"
    )
    need.set_defaults(func=Lazy("championship", "run_need"))


def _board(sub: Sub, action: str | None = None) -> None:
    board = sub.add_parser(
        "board",
        help=COMMAND_HELP["board"],
        description="For every skater still to skate the next distance: the slowest time that"
        " takes the lead and that reaches the podium against those who have finished.",
    )
    _results_input(board)
    board.add_argument(
        "--distance", type=whole, metavar="D", help="a later distance (default: the next one)"
    )
    board.add_argument(
        "--podium",
        type=whole_from(1, 1000),
        default=3,
        metavar="K",
        help="the place for the second column",
    )
    board.set_defaults(func=Lazy("championship", "run_board"))


# --- World Cup ------------------------------------------------------------------------------


_WORLDCUP_ACTIONS = ("table", "standings", "outlook")
_OLYMPIC_ACTIONS = ("order", "select", "outlook", "quota", "soqc")


def _worldcup(sub: Sub, action: str | None = None) -> None:
    building = _building(action, _WORLDCUP_ACTIONS)
    wc = sub.add_parser(
        "worldcup",
        help=COMMAND_HELP["worldcup"],
        description="ISU World Cup points tables, standings and who can still win.",
    )
    wsub = wc.add_subparsers(dest="worldcup_command", metavar="ACTION", required=True)

    if building("table"):
        table = wsub.add_parser("table", help="the points tables of a season, with statuses")
        table.add_argument("season", help="e.g. 2017/18, 2017-18 or 2017-2018")
        add_output(table)
        table.set_defaults(func=Lazy("worldcup", "run_table"))

    for name, helptext in (
        ("standings", "cup standings from a season file"),
        ("outlook", "who can still win, with N races left"),
    ):
        if not building(name):
            continue
        p = wsub.add_parser(name, help=helptext)
        add_input(p, "season", "season results as CSV (see File formats)")
        add_listings(p, division=True)  # FILE may be official results: listings, PDFs, feeds
        add_watch(p)
        if name == "standings":
            p.add_argument(
                "--changes",
                action="store_true",
                help="what the last race changed: places moved and points added (on with --watch)",
            )
        p.add_argument(
            "--season",
            help="season of the rules, e.g. 2017/18 (default with --example: the example's)",
        )
        p.add_argument("--distance", help="only this distance's cup (500, ..., MS, TP, TS)")
        p.add_argument(
            "--gender", type=str.lower, choices=("men", "women"), help="only this gender's cups"
        )
        p.add_argument(
            "--table-b",
            metavar="POINTS",
            help="Division B points, place 1 first, comma-separated (most B tables are unknown)",
        )
        p.add_argument(
            "--table-final",
            metavar="POINTS",
            help="World Cup Final points, place 1 first, comma-separated (replaces the"
            " season's Final table; places 6 on are unknown before 2015/16)",
        )
        p.add_argument(
            "--table-distance",
            action="append",
            metavar="D=POINTS",
            help="Division A points of one distance, place 1 first, comma-separated, after"
            " DISTANCE= (the 2013/14 long-distance tables are unknown; repeat for more"
            " distances)",
        )
        p.add_argument("--after", metavar="RACE", help="only the races up to RACE")
        if name == "outlook":
            p.add_argument(
                "--remaining",
                type=whole_from(0),
                metavar="N",
                help="races still to come (default with official results: the races left in"
                " the season's calendar where it is known)",
            )
            p.add_argument("--final", action="store_true", help="the remaining races are the Final")
        add_output(p)
        p.set_defaults(func=Lazy("worldcup", f"run_{name}"))


# --- Olympic --------------------------------------------------------------------------------


def _trials(p: argparse.ArgumentParser) -> None:
    add_input(p, "trials", "trial results (.toml, .csv, .json)")
    p.add_argument("--order", required=True, help="selection order key, e.g. NED-2022-men")
    p.add_argument("--gender", help="section of the file to read (default: the order's gender)")
    p.add_argument(
        "--tickets", type=whole_from(1, 1000), help="number of tickets (default: the order's)"
    )
    p.add_argument(
        "--discretionary",
        type=whole_from(0, 1000),
        help="discretionary places allowed (default: the order's)",
    )
    p.add_argument("--mass-start", help="the committee's mass-start skater (default: the file's)")
    p.add_argument(
        "--skater", action="append", default=[], help="an eligible skater with no OKT result"
    )
    add_output(p)


def _olympic(sub: Sub, action: str | None = None) -> None:
    building = _building(action, _OLYMPIC_ACTIONS)
    parser = sub.add_parser(
        "olympic",
        help=COMMAND_HELP["olympic"],
        description="The KNSB selection order (matrix), the Dutch Olympic trials (OKT) and"
        " the ISU country quotas.",
    )
    commands = parser.add_subparsers(dest="olympic_command", metavar="COMMAND", required=True)

    if building("order"):
        p = commands.add_parser("order", help="show a selection order (no argument: list them)")
        p.add_argument("what", nargs="*", help="COUNTRY YEAR GENDER, or a key such as NED-2022-men")
        add_output(p)
        p.set_defaults(func=Lazy("olympic", "run_order"))

    if building("select"):
        p = commands.add_parser("select", help="select the team from complete trial results")
        _trials(p)
        p.add_argument("--add", action="append", default=[], help="a person designation (repeat)")
        p.add_argument(
            "--assign", action="append", default=[], help="a distance designation DISTANCE=NAME"
        )
        p.add_argument("--no-refill", action="store_true", help="leave freed start places empty")
        p.set_defaults(func=Lazy("olympic", "run_select"))

    if building("outlook"):
        p = commands.add_parser("outlook", help="who is certain of a ticket while the OKT runs")
        _trials(p)
        add_watch(p)
        p.set_defaults(func=Lazy("olympic", "run_outlook"))

    if building("quota"):
        p = commands.add_parser(
            "quota",
            help="ISU country quotas: the Games' parameters, or the allocation from SOQC results",
            description="Without FILE: the quota parameters of the Games (events, sizes, the"
            " points/times split, the maximum per NOC) with sources and statuses. With FILE: the"
            " quota places allocated from the Special Olympic Qualification Classification"
            " (CSV columns gender, event, name, noc, points, best).",
        )
        p.add_argument(
            "file",
            nargs="?",
            metavar="FILE",
            help="SOQC results as CSV (gender,event,name,noc,points,best); - reads standard input",
        )
        p.add_argument(
            "--games", type=whole, required=True, metavar="YEAR", help="the Games: 2022 or 2026"
        )
        p.add_argument(
            "--gender", type=str.lower, choices=("men", "women"), help="only this gender's events"
        )
        p.add_argument("--event", help="only this event (500, 1000, ..., MS, TP)")
        p.add_argument(
            "--no-reduce",
            action="store_true",
            help="keep the provisional places (skip the Games' reduction step)",
        )
        add_output(p)
        p.set_defaults(func=Lazy("olympic", "run_quota"))

    if building("soqc"):
        p = commands.add_parser(
            "soqc",
            help="the Special Olympic Qualification Classification from World Cup results",
            description="The SOQC of the Games computed from World Cups 1-4 of the Olympic season"
            " (official listings, ISU result PDFs or folders of them, built-in example listings):"
            " per event the ranking by World Cup points, the further ranking by World Cup times"
            " and the reserve list. Its CSV or JSON output is input for 'olympic quota'.",
        )
        p.add_argument(
            "sources",
            nargs="+",
            metavar="SOURCE",
            help="listings, PDFs, folders, saved results-service responses, isu:EVENT",
        )
        p.add_argument("--games", type=whole, required=True, metavar="YEAR", help="the Games: 2026")
        p.add_argument(
            "--gender", type=str.lower, choices=("men", "women"), help="only this gender's events"
        )
        p.add_argument("--event", help="only this event (500, 1000, ..., MS, TP)")
        p.add_argument(
            "--ties",
            type=str.lower,
            choices=("countback", "time"),
            default="countback",
            help="order of equal points (no ISU text found; unverified): more race wins, 2nd"
            " places, ... (countback, the default) or the better best time (time)",
        )
        add_sources(p)
        add_output(p)
        p.set_defaults(func=Lazy("olympic", "run_soqc"))


# --- examples -------------------------------------------------------------------------------


def _examples(sub: Sub, action: str | None = None) -> None:
    p = sub.add_parser(
        "examples",
        help=COMMAND_HELP["examples"],
        description="The built-in examples: real published data packaged with skatecalc.",
    )
    add_output(p)
    p.set_defaults(func=Lazy("championship", "run_examples"))


# --- fetch (skatecalc.cli.fetch) -----------------------------------------------------------


def _fetch(sub: Sub, action: str | None = None) -> None:
    p = sub.add_parser(
        "fetch",
        help=COMMAND_HELP["fetch"],
        description="Fetch isu:EVENT (its competitions, then every competition's results) or"
        " isu:EVENT/N (competition N's results) from the ISU results service"
        " (https://api.isuresults.eu, or $SKATECALC_ISU_API), check them, and write them"
        " with --to DIR. At most one request per second; 5xx answers and timeouts are"
        " tried three times; responses are cached and asked for again conditionally.",
    )
    p.add_argument("target", metavar="isu:EVENT[/N]", help="e.g. isu:2026_USA_0002/4")
    p.add_argument("--to", metavar="DIR", help="write the responses (JSON) into DIR")
    p.add_argument("--cache", metavar="DIR", help="the cache directory (default: the platform's)")
    p.add_argument("--offline", action="store_true", help="use the cache only (a miss is an error)")
    p.add_argument(
        "--timeout",
        type=seconds,
        default="30",
        metavar="SECONDS",
        help="give up on a request after SECONDS (default 30)",
    )
    p.set_defaults(func=Lazy("fetch", "run_fetch"))


_REGISTERS: dict[str, Callable[[Sub, str | None], None]] = {
    "standings": _standings,
    "need": _need,
    "board": _board,
    "worldcup": _worldcup,
    "olympic": _olympic,
    "examples": _examples,
    "fetch": _fetch,
}
"""Each command (as in ``skatecalc --help``, `skatecalc.cli.COMMAND_HELP`) and the function
that adds its grammar."""
