"""skatecalc: exact speed-skating calculations.

Samalog classifications, the time a skater needs, ISU World Cup standings and Olympic
qualification, in exact integer arithmetic with rules that cite their sources.

    >>> import skatecalc as sc
    >>> sc.points("1:42.68", 1500)
    Decimal('34.226')
    >>> str(sc.RaceTime.parse("1.46,38"))
    '1:46.38'

Importing ``skatecalc`` is cheap: each public name is imported from its module on first use
(PEP 562), so ``import skatecalc`` and ``skatecalc --version`` load no domain code. The World
Cup (``from skatecalc import worldcup``), the Olympic qualification (``from skatecalc import
olympic``), the file formats (``skatecalc.io``) and the text renderers (``skatecalc.text``,
loaded by the first ``str(table)``) are imported when used, also when reached as an
attribute:

    >>> sc.worldcup.rules("2017/18").points(1)
    100
"""

from __future__ import annotations

import importlib
import sys
import types

from ._version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    # submodules reached as attributes (sc.worldcup): re-exported for type checkers
    from . import championship as championship
    from . import io as io
    from . import limits as limits
    from . import olympic as olympic
    from . import provenance as provenance
    from . import tabular as tabular
    from . import text as text
    from . import worldcup as worldcup
    from .bulk import Total, points_many, totals
    from .championship.classification import classify
    from .championship.combinations import (
        ALLROUND_MEN,
        ALLROUND_WOMEN,
        HISTORIC_WOMEN,
        JUNIOR_MEN,
        JUNIOR_WOMEN,
        MINI,
        SMALL_MEN,
        SPRINT,
        Combination,
        Cut,
        Fill,
        FinalQualification,
        SprintCut,
        combination,
        combinations,
    )
    from .championship.gaps import format_gap, format_points, gap_seconds
    from .championship.standings import Standing, Standings, TieBreak, last_distance_time
    from .championship.targets import Board, BoardLine, Requirement, Target, board, required_time
    from .errors import (
        DuplicateError,
        FileFormatError,
        GoalError,
        InvalidDistanceError,
        InvalidRuleError,
        InvalidTimeError,
        LimitError,
        ResultsError,
        SkatecalcError,
        UnknownCombinationError,
        UnknownNameError,
        UnknownRuleSetError,
        UnknownStatusError,
        UnknownValueError,
    )
    from .points import Rounding, divisor, points
    from .time import RaceTime, Status, parse_result

_MODULES: dict[str, tuple[str, ...]] = {
    "bulk": ("Total", "points_many", "totals"),
    "championship.targets": (
        "Board",
        "BoardLine",
        "Requirement",
        "Target",
        "board",
        "required_time",
    ),
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
    "championship.gaps": ("format_gap", "format_points", "gap_seconds"),
    "championship.standings": ("Standing", "Standings", "TieBreak", "last_distance_time"),
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
    "points": ("Rounding", "divisor", "points"),
    "time": ("RaceTime", "Status", "parse_result"),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}
_SUBPACKAGES = frozenset(
    {"championship", "worldcup", "olympic", "io", "text", "tabular", "limits", "provenance"}
)
"""Submodules reachable as attributes (``sc.worldcup.rules(...)``) without an import
statement: each is imported on first access, so ``import skatecalc`` stays lean."""


class _Package(types.ModuleType):
    """The package module: public names load on first access.

    Python binds a submodule to its package on first import (``skatecalc.points`` the module),
    which would hide the public function of the same name (``skatecalc.points`` the function);
    the package keeps the public name instead, as an eager ``from .points import points`` did.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _WHERE and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _WHERE.get(name)
        if module is None:
            if name in _SUBPACKAGES:  # sc.worldcup, sc.olympic, sc.io ...: imported when used
                return importlib.import_module(f".{name}", __name__)
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


sys.modules[__name__].__class__ = _Package

__all__ = [
    "ALLROUND_MEN",
    "ALLROUND_WOMEN",
    "HISTORIC_WOMEN",
    "JUNIOR_MEN",
    "JUNIOR_WOMEN",
    "MINI",
    "SMALL_MEN",
    "SPRINT",
    "Board",
    "BoardLine",
    "Combination",
    "Cut",
    "DuplicateError",
    "FileFormatError",
    "Fill",
    "FinalQualification",
    "GoalError",
    "InvalidDistanceError",
    "InvalidRuleError",
    "InvalidTimeError",
    "LimitError",
    "RaceTime",
    "Requirement",
    "ResultsError",
    "Rounding",
    "SkatecalcError",
    "SprintCut",
    "Standing",
    "Standings",
    "Status",
    "Target",
    "TieBreak",
    "Total",
    "UnknownCombinationError",
    "UnknownNameError",
    "UnknownRuleSetError",
    "UnknownStatusError",
    "UnknownValueError",
    "__version__",
    "board",
    "classify",
    "combination",
    "combinations",
    "divisor",
    "format_gap",
    "format_points",
    "gap_seconds",
    "last_distance_time",
    "parse_result",
    "points",
    "points_many",
    "required_time",
    "totals",
]
