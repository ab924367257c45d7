"""Olympic qualification: the KNSB selection order, selection, outlook and ISU quotas.

One module per concept:

* `skatecalc.olympic.rows` and `skatecalc.olympic.orders` — the rows of a
  selection order and the orders themselves (built-in and user-built);
* `skatecalc.olympic.okt` — the OKT ranking per distance;
* `skatecalc.olympic.walk` — filling the rows and counting unique names;
* `skatecalc.olympic.refill` — who gets a freed start place;
* `skatecalc.olympic.selection` — the selection with its designations;
* `skatecalc.olympic.outlook` — the ticket outlook while the OKT runs;
* `skatecalc.olympic.quota` — the ISU country quotas;
* `skatecalc.olympic.soqc` — the Special Olympic Qualification Classification, computed.

>>> from skatecalc import olympic
>>> order = olympic.selection_order("NED", 2022, "men")
>>> order.row(500, 1)
8
"""

from __future__ import annotations

from ..errors import (
    DiscretionaryError,
    QuotaError,
    SelectionError,
    UnknownOrderError,
    UnknownRowError,
)
from .okt import OktEntry, OktRanking, rank_distance, rank_trials
from .orders import MASS_START, Row, SelectionOrder, UnknownGroup, selection_order, selection_orders
from .outlook import OutlookTable, SkaterOutlook, TicketStatus, outlook
from .quota import (
    Allocation,
    GamesAllocation,
    QualifierResult,
    QuotaEvent,
    QuotaPlace,
    QuotaRules,
    QuotaTieWarning,
    Reduction,
    allocate,
    allocate_games,
    count_athletes,
    points_ranking,
    quota_rules,
    reduce_places,
    times_ranking,
)
from .refill import HolderSet, Refill, RefillPolicy, Vacancy, leave_empty, next_team_finisher
from .selection import RowOutcome, Selection, select
from .soqc import Soqc, SoqcResult, SoqcRow, soqc
from .walk import OktResults, UniqueName, walk

__all__ = [
    "MASS_START",
    "Allocation",
    "DiscretionaryError",
    "GamesAllocation",
    "HolderSet",
    "OktEntry",
    "OktRanking",
    "OktResults",
    "OutlookTable",
    "QualifierResult",
    "QuotaError",
    "QuotaEvent",
    "QuotaPlace",
    "QuotaRules",
    "QuotaTieWarning",
    "Reduction",
    "Refill",
    "RefillPolicy",
    "Row",
    "RowOutcome",
    "Selection",
    "SelectionError",
    "SelectionOrder",
    "SkaterOutlook",
    "Soqc",
    "SoqcResult",
    "SoqcRow",
    "TicketStatus",
    "UniqueName",
    "UnknownGroup",
    "UnknownOrderError",
    "UnknownRowError",
    "Vacancy",
    "allocate",
    "allocate_games",
    "count_athletes",
    "leave_empty",
    "next_team_finisher",
    "outlook",
    "points_ranking",
    "quota_rules",
    "rank_distance",
    "rank_trials",
    "reduce_places",
    "select",
    "selection_order",
    "selection_orders",
    "soqc",
    "times_ranking",
    "walk",
]
