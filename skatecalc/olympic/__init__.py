"""Olympic qualification: the KNSB selection order, selection, outlook and ISU quotas.

>>> from skatecalc import olympic
>>> order = olympic.selection_order("NED", 2022, "men")
>>> order.row(500, 1)
8
"""

from __future__ import annotations

from .errors import DiscretionaryError, SelectionError, UnknownOrderError, UnknownRowError
from .okt import OktEntry, OktRanking, rank_distance, rank_trials
from .orders import MASS_START, Row, SelectionOrder, selection_order, selection_orders
from .outlook import Outlook, OutlookTable, SkaterOutlook, outlook
from .quota import (
    Allocation,
    QualifierResult,
    QuotaEvent,
    QuotaPlace,
    QuotaRules,
    allocate,
    points_ranking,
    quota_rules,
    times_ranking,
)
from .selection import (
    OktResults,
    Refill,
    RefillPolicy,
    RowOutcome,
    Selection,
    UniqueName,
    Vacancy,
    leave_empty,
    next_team_finisher,
    select,
    walk,
)

__all__ = [
    "MASS_START",
    "Allocation",
    "DiscretionaryError",
    "OktEntry",
    "OktRanking",
    "OktResults",
    "Outlook",
    "OutlookTable",
    "QualifierResult",
    "QuotaEvent",
    "QuotaPlace",
    "QuotaRules",
    "Refill",
    "RefillPolicy",
    "Row",
    "RowOutcome",
    "Selection",
    "SelectionError",
    "SelectionOrder",
    "SkaterOutlook",
    "UniqueName",
    "UnknownOrderError",
    "UnknownRowError",
    "Vacancy",
    "allocate",
    "leave_empty",
    "next_team_finisher",
    "outlook",
    "points_ranking",
    "quota_rules",
    "rank_distance",
    "rank_trials",
    "select",
    "selection_order",
    "selection_orders",
    "times_ranking",
    "walk",
]
