"""skatecalc: exact speed-skating calculations.

Samalog classifications, the time a skater needs, ISU World Cup standings and Olympic
qualification, in exact integer arithmetic with rules that cite their sources.

    >>> import skatecalc as sc
    >>> sc.points("1:42.68", 1500)
    Decimal('34.226')
    >>> str(sc.RaceTime.parse("1.46,38"))
    '1:46.38'

Importing ``skatecalc`` is cheap: each public name is imported from its module on first use
(PEP 562; the names and their modules are listed once, in ``_PUBLIC``), so ``import
skatecalc`` and ``skatecalc --version`` load no domain code. The World
Cup (``from skatecalc import worldcup``), the Olympic qualification (``from skatecalc import
olympic``), the file formats (``skatecalc.io``) and the text renderers (``skatecalc.text``,
loaded by the first ``str(table)``) are imported when used, also when reached as an
attribute:

    >>> sc.worldcup.rules("2017/18").points(1)
    100
"""

from __future__ import annotations

import importlib

from ._version import __version__ as __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)

_PUBLIC: dict[str, tuple[str, ...]] = {
    "bulk": ("Total", "points_many", "totals"),
    "championship.classification": ("classify",),
    "championship.combinations": (
        "ALLROUND_MEN",
        "ALLROUND_WOMEN",
        "HISTORIC_WOMEN",
        "JUNIOR_MEN",
        "JUNIOR_WOMEN",
        "MINI",
        "SMALL_MEN",
        "SPRINT",
        "Combination",
        "Cut",
        "Fill",
        "FinalQualification",
        "SprintCut",
        "combination",
        "combinations",
    ),
    "championship.standings": (
        "Standing",
        "Standings",
        "TieBreak",
        "gap_seconds",
        "last_distance_time",
    ),
    "championship.targets": (
        "Board",
        "BoardLine",
        "Provisional",
        "ProvisionalLine",
        "Requirement",
        "Target",
        "board",
        "provisional",
        "required_time",
    ),
    "errors": (
        "DuplicateError",
        "FileFormatError",
        "GoalError",
        "InvalidDistanceError",
        "InvalidRuleError",
        "InvalidTimeError",
        "LimitError",
        "ResultsError",
        "SkatecalcError",
        "UnknownCombinationError",
        "UnknownNameError",
        "UnknownRuleSetError",
        "UnknownStatusError",
        "UnknownValueError",
    ),
    "samalog": ("Rounding", "divisor", "format_gap", "format_points", "points"),
    "time": ("RaceTime", "Status", "parse_result"),
}
"""The one list of the public names: each module and the names ``skatecalc`` takes from it.
``__all__``, ``dir()`` and the lazy lookup are built from it (a test checks that the
imports for type checkers below name the same)."""

_SUBMODULES = frozenset(
    {"championship", "worldcup", "olympic", "io", "text", "tabular", "limits", "rules"}
)
"""Submodules reachable as attributes (``sc.worldcup.rules(...)``) without an import
statement: each is imported on first access, so ``import skatecalc`` stays lean."""

_WHERE = {name: module for module, names in _PUBLIC.items() for name in names}

__all__ = sorted([*_WHERE, "__version__"])

if TYPE_CHECKING:  # the same names for type checkers, which do not run __getattr__
    from . import championship as championship
    from . import io as io
    from . import limits as limits
    from . import olympic as olympic
    from . import rules as rules
    from . import tabular as tabular
    from . import text as text
    from . import worldcup as worldcup
    from .bulk import Total as Total
    from .bulk import points_many as points_many
    from .bulk import totals as totals
    from .championship.classification import classify as classify
    from .championship.combinations import ALLROUND_MEN as ALLROUND_MEN
    from .championship.combinations import ALLROUND_WOMEN as ALLROUND_WOMEN
    from .championship.combinations import HISTORIC_WOMEN as HISTORIC_WOMEN
    from .championship.combinations import JUNIOR_MEN as JUNIOR_MEN
    from .championship.combinations import JUNIOR_WOMEN as JUNIOR_WOMEN
    from .championship.combinations import MINI as MINI
    from .championship.combinations import SMALL_MEN as SMALL_MEN
    from .championship.combinations import SPRINT as SPRINT
    from .championship.combinations import Combination as Combination
    from .championship.combinations import Cut as Cut
    from .championship.combinations import Fill as Fill
    from .championship.combinations import FinalQualification as FinalQualification
    from .championship.combinations import SprintCut as SprintCut
    from .championship.combinations import combination as combination
    from .championship.combinations import combinations as combinations
    from .championship.standings import Standing as Standing
    from .championship.standings import Standings as Standings
    from .championship.standings import TieBreak as TieBreak
    from .championship.standings import gap_seconds as gap_seconds
    from .championship.standings import last_distance_time as last_distance_time
    from .championship.targets import Board as Board
    from .championship.targets import BoardLine as BoardLine
    from .championship.targets import Provisional as Provisional
    from .championship.targets import ProvisionalLine as ProvisionalLine
    from .championship.targets import Requirement as Requirement
    from .championship.targets import Target as Target
    from .championship.targets import board as board
    from .championship.targets import provisional as provisional
    from .championship.targets import required_time as required_time
    from .errors import DuplicateError as DuplicateError
    from .errors import FileFormatError as FileFormatError
    from .errors import GoalError as GoalError
    from .errors import InvalidDistanceError as InvalidDistanceError
    from .errors import InvalidRuleError as InvalidRuleError
    from .errors import InvalidTimeError as InvalidTimeError
    from .errors import LimitError as LimitError
    from .errors import ResultsError as ResultsError
    from .errors import SkatecalcError as SkatecalcError
    from .errors import UnknownCombinationError as UnknownCombinationError
    from .errors import UnknownNameError as UnknownNameError
    from .errors import UnknownRuleSetError as UnknownRuleSetError
    from .errors import UnknownStatusError as UnknownStatusError
    from .errors import UnknownValueError as UnknownValueError
    from .samalog import Rounding as Rounding
    from .samalog import divisor as divisor
    from .samalog import format_gap as format_gap
    from .samalog import format_points as format_points
    from .samalog import points as points
    from .time import RaceTime as RaceTime
    from .time import Status as Status
    from .time import parse_result as parse_result
else:

    def __getattr__(name: str) -> object:
        module = _WHERE.get(name)
        if module is None:
            if name in _SUBMODULES:  # sc.worldcup, sc.olympic, sc.io ...: imported when used
                return importlib.import_module(f".{name}", __name__)
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
