"""Combinations and their registry (moved to `skatecalc.championship.combinations`).

``skatecalc.combinations`` stays importable under this name (documentation and user code
import it): it re-exports the public names of
`skatecalc.championship.combinations` (the qualification rules come from
`skatecalc.championship.qualification`).

    >>> from skatecalc.combinations import SPRINT, Cut
    >>> from skatecalc.championship import combinations, qualification
    >>> SPRINT is combinations.SPRINT, Cut is qualification.Cut
    (True, True)
"""

from __future__ import annotations

from .championship.combinations import (
    ALLROUND_MEN,
    ALLROUND_WOMEN,
    HISTORIC_WOMEN,
    JUNIOR_MEN,
    JUNIOR_WOMEN,
    MAX_DISTANCE,
    MINI,
    SMALL_MEN,
    SPRINT,
    Combination,
    Cut,
    Fill,
    FinalQualification,
    RuleStatus,
    SprintCut,
    check_combination_distance,
    combination,
    combinations,
    find_by_distances,
)

__all__ = [
    "ALLROUND_MEN",
    "ALLROUND_WOMEN",
    "HISTORIC_WOMEN",
    "JUNIOR_MEN",
    "JUNIOR_WOMEN",
    "MAX_DISTANCE",
    "MINI",
    "SMALL_MEN",
    "SPRINT",
    "Combination",
    "Cut",
    "Fill",
    "FinalQualification",
    "RuleStatus",
    "SprintCut",
    "check_combination_distance",
    "combination",
    "combinations",
    "find_by_distances",
]
