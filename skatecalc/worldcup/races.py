"""One race of a World Cup: a place or a status per entrant, scored with a table.

[parse_place][skatecalc.worldcup.races.parse_place] reads a place or a status;
[RaceResult][skatecalc.worldcup.races.RaceResult] is a scored race (what
[Cup.score_race][skatecalc.worldcup.cup.Cup.score_race] returns and
[Cup.add][skatecalc.worldcup.cup.Cup.add] takes)::

    >>> parse_place(" 2 "), parse_place("DQ")
    (2, <Status.DQ: 'DQ'>)
"""

from __future__ import annotations

from typing import TypeAlias

import attrs

from .._fields import MAX_DIGITS, is_ascii_digits, whole_number
from ..errors import ResultsError, UnknownNameError
from ..limits import shown
from ..time import Status
from .rules import PlaceError, Race
from .seasons import rules as rules  # used by the examples
from .tiebreak import Score

__all__ = ["PlaceLike", "RaceResult", "parse_place"]

PlaceLike: TypeAlias = int | Status | str
"""A place (1 = winner), a [Status][skatecalc.time.Status], or text for either."""


@attrs.frozen
class RaceResult:
    """One race of a cup: its name, what it is (``Race``) and every score.

    >>> from skatecalc.worldcup import Cup
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("MIN1", ["Havard Lorentzen"], final=True)
    >>> cup.races[0].scores
    (Score(race='MIN1', place=1, status=None, points=150),)
    """

    name: str
    race: Race
    names: tuple[str, ...]
    scores: tuple[Score, ...]

    def __attrs_post_init__(self) -> None:
        if len(self.names) != len(self.scores):
            raise ResultsError(f"race {self.name!r}: one name per score")

    def score_of(self, name: str) -> Score:
        """The score of ``name`` in this race (an unknown name raises).

            >>> from skatecalc.worldcup import Cup
        >>> cup = Cup(rules("2017/18"))
            >>> cup.score_race("HVN1", ["Kai Verbij", "Nico Ihle"]).score_of("Nico Ihle").points
            80
        """
        if not isinstance(name, str):
            raise ResultsError(f"{shown(name)} is not a name")
        for who, s in zip(self.names, self.scores, strict=True):
            if who == name:
                return s
        raise UnknownNameError.unknown(name, self.names)


def parse_place(value: object) -> int | Status:
    """A place (positive whole number) or a status, from a number, a Status or text.

    >>> parse_place("3"), parse_place("dns"), parse_place(1)
    (3, <Status.DNS: 'DNS'>, 1)
    """
    if isinstance(value, Status):
        return value
    if type(value) is int:
        if value < 1:
            if value <= -(10**MAX_DIGITS):
                raise PlaceError(f"a place of more than {MAX_DIGITS} digits is not a place")
            raise PlaceError(f"place {value!r} is not a positive whole number")
        if value >= 10**MAX_DIGITS:
            raise PlaceError(f"a place of more than {MAX_DIGITS} digits is beyond every table")
        return value
    if isinstance(value, str):
        text = value.strip()
        if is_ascii_digits(text):
            return parse_place(whole_number(text, "place", error=PlaceError))
        if text.isascii() and text.isalpha():
            return Status.parse(text)
    raise PlaceError(
        f"{shown(value)} is neither a place (1, 2, ...) nor a status (DQ, DNF, DNS, WDR)"
    )
