"""Required times and the time-to-beat board (moved to
[`skatecalc.championship.targets`][skatecalc.championship.targets]).

``skatecalc.targets`` stays importable under this name (tests and user code import it):
it re-exports the public names of
[`skatecalc.championship.targets`][skatecalc.championship.targets].

    >>> from skatecalc.targets import required_time
    >>> from skatecalc.championship.targets import required_time as moved
    >>> required_time is moved
    True
"""

from __future__ import annotations

from .championship.targets import (
    Board,
    BoardLine,
    Requirement,
    Target,
    board,
    period,
    required_time,
    slowest,
)

__all__ = [
    "Board",
    "BoardLine",
    "Requirement",
    "Target",
    "board",
    "period",
    "required_time",
    "slowest",
]
