"""Deprecated import path: the championship classification lives in
`skatecalc.championship` (and its public names in `skatecalc` itself).

``from skatecalc.classification import classify`` still works for one release, with a
``DeprecationWarning`` naming the new place; the object is the same.
"""

from __future__ import annotations

import warnings
from decimal import ROUND_UP
from typing import TYPE_CHECKING, Any

from ._deprecated import moved

if TYPE_CHECKING:
    from .championship.standings import Standings
    from .time import Lang

_STANDINGS = "skatecalc.championship.standings"
_GAPS = "skatecalc.championship.gaps"

_WHERE = {
    "Standing": _STANDINGS,
    "Standings": _STANDINGS,
    "TieBreak": _STANDINGS,
    "last_distance_time": _STANDINGS,
    "classify": "skatecalc.championship.classification",
    "check_lang": "skatecalc.notation:normalise_lang",
    "format_gap": "skatecalc.points",
    "format_points": "skatecalc.points",
    "gap_seconds": _GAPS,
    "render": "",
}
__all__ = sorted(_WHERE)
_getattr = moved(
    __name__,
    _WHERE,
    frozenset(
        {
            "Standing",
            "Standings",
            "TieBreak",
            "last_distance_time",
            "classify",
            "format_gap",
            "format_points",
            "gap_seconds",
        }
    ),
    stacklevel=3,
)


def _render(table: Standings, lang: Lang = "en", *, gap_rounding: str = ROUND_UP) -> str:
    return table.format(lang, gap_rounding=gap_rounding)


def __getattr__(name: str) -> Any:
    if name == "render":
        warnings.warn(
            "skatecalc.classification.render is deprecated: use table.format(lang)"
            " (str(table) for English)",
            DeprecationWarning,
            stacklevel=2,
        )
        return _render
    return _getattr(name)
