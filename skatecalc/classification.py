"""Championship classification (moved to `skatecalc.championship`).

``skatecalc.classification`` stays importable under this name (documentation and user code
import it): it re-exports `classify()`, the
table types of `skatecalc.championship.standings` and the gap helpers of
`skatecalc.championship.gaps`.

    >>> from skatecalc.classification import classify
    >>> from skatecalc.championship.classification import classify as moved
    >>> classify is moved
    True
"""

from __future__ import annotations

from decimal import ROUND_UP

from .championship.classification import classify
from .championship.gaps import check_lang, format_gap, format_points, gap_seconds
from .championship.standings import Standing, Standings, TieBreak, last_distance_time
from .time import Lang

__all__ = [
    "Standing",
    "Standings",
    "TieBreak",
    "check_lang",
    "classify",
    "format_gap",
    "format_points",
    "gap_seconds",
    "last_distance_time",
]


def render(table: Standings, lang: Lang = "en", *, gap_rounding: str = ROUND_UP) -> str:
    """The text of a table as the press prints it: the same as ``table.format(lang)``
    (the layout is `skatecalc.text.championship.standings_layout()`)."""
    return table.format(lang, gap_rounding=gap_rounding)
