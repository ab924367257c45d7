"""skatecalc: exact speed-skating calculations.

Samalog classifications, the time a skater needs, ISU World Cup standings and Olympic
qualification, in exact integer arithmetic with rules that cite their sources.

    >>> import skatecalc as sc
    >>> sc.points("1:42.68", 1500)
    Decimal('34.226')
    >>> str(sc.RaceTime.parse("1.46,38"))
    '1:46.38'

Importing ``skatecalc`` loads the core only (times, points, classification, required
times): the World Cup (``from skatecalc import worldcup``), the Olympic qualification
(``from skatecalc import olympic``), the file formats (``skatecalc.io``) and the text
renderers (``skatecalc.text``, loaded by the first ``str(table)``) are imported when used.
"""

from __future__ import annotations

from ._version import __version__
from .bulk import Total, points_many, totals
from .championship.targets import Board, BoardLine, Requirement, Target, board, required_time
from .classification import (
    Standing,
    Standings,
    TieBreak,
    classify,
    format_gap,
    format_points,
    gap_seconds,
    last_distance_time,
)
from .combinations import (
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
