"""Deprecated import path: required times and the time-to-beat board live in
[`skatecalc.championship.targets`][skatecalc.championship.targets] (and their public names
in `skatecalc` itself).

``from skatecalc.targets import required_time`` still works for one release, with a
``DeprecationWarning`` naming the new place; the object is the same.
"""

from __future__ import annotations

from ._deprecated import moved

_TARGETS = "skatecalc.championship.targets"

_WHERE = {
    "Board": _TARGETS,
    "BoardLine": _TARGETS,
    "Requirement": _TARGETS,
    "Target": _TARGETS,
    "board": _TARGETS,
    "required_time": _TARGETS,
    "period": "skatecalc.points",
    "slowest": "skatecalc.points",
}
__all__ = sorted(_WHERE)
__getattr__ = moved(
    __name__,
    _WHERE,
    frozenset({"Board", "BoardLine", "Requirement", "Target", "board", "required_time"}),
)
