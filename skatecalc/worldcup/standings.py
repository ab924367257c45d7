"""The standings of a World Cup: one [Standing][skatecalc.worldcup.standings.Standing] per
entrant, in a [Standings][skatecalc.worldcup.standings.Standings] table.

``Standings`` is a [Tabular][skatecalc.tabular.Tabular]: iterate it, index it by position or
by name (``O(1)``), test ``"name" in standings``, ``.get(name)``, ``.names``, and
``to_rows()`` for typed rows (one column per race, keyed by the race name)::

    >>> from skatecalc.worldcup import Cup, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle"])
    >>> cup.add_race("HVN2", {"Nico Ihle": 1, "Havard Lorentzen": "DNS"})
    >>> st = cup.standings()
    >>> "Nico Ihle" in st, st.get("Kai Verbij"), st
    (True, None, <Standings: 2 rows, leader Nico Ihle>)
    >>> st.to_rows()[1]
    {'rank': 2, 'name': 'Havard Lorentzen', 'points': 100, 'wins': 1, 'HVN1': 100, 'HVN2': 'DNS'}

``str(standings)`` prints the table as the command line does (the renderer lives in
[skatecalc.text.worldcup][]).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ..limits import shown
from ..tabular import Column, RowValue, Tabular
from .tiebreak import Score, Tally

__all__ = ["FIXED_COLUMNS", "Standing", "Standings", "race_column"]

FIXED_COLUMNS = ("rank", "name", "points", "wins")
"""The keys of ``Standings.to_rows()`` before the per-race columns."""


def race_column(race: str) -> str:
    """The ``to_rows()`` key of a race: its name, unless that is one of
    [FIXED_COLUMNS][skatecalc.worldcup.standings.FIXED_COLUMNS] (then ``"<name> (race)"``,
    so that no column overwrites another).

    >>> race_column("HVN1"), race_column("points")
    ('HVN1', 'points (race)')
    """
    return f"{race} (race)" if race in FIXED_COLUMNS else race


@attrs.frozen
class Standing:
    """One line of the standings: rank, name, points, wins and the per-race scores.

    >>> from skatecalc.worldcup import Cup, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle"])
    >>> cup.standings()[1]
    Standing(rank=2, name='Nico Ihle', points=80, wins=0, results=(Score(race='HVN1', ...),))
    """

    rank: int
    name: str
    points: int
    wins: int
    results: tuple[Score, ...]

    @property
    def tally(self) -> Tally:
        """The record without the rank (what tie-breaks look at)."""
        return Tally(self.name, self.points, self.wins, self.results)

    def points_in(self, race: str) -> int | None:
        """Points scored in ``race``, or ``None`` without a result there.

        >>> from skatecalc.worldcup import Cup, rules
        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", ["Havard Lorentzen"])
        >>> cup.standings()[0].points_in("HVN1"), cup.standings()[0].points_in("HVN2")
        (100, None)
        """
        for s in self.results:
            if s.race == race:
                return s.points
        return None


@attrs.frozen(repr=False)
class Standings(Tabular[Standing]):
    """The standings of a cup, best first; index by position or by name.

    ``races`` are the race names in order, ``entrant`` what an entrant is (``"skater"``,
    ``"nation"``), ``season`` the season of the rules and ``cup`` the cup's name (both for
    the title of the printed table; empty when not known).

    >>> from skatecalc.worldcup import Cup, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle"])
    >>> st = cup.standings()
    >>> st["Nico Ihle"].rank, st.names
    (2, ('Havard Lorentzen', 'Nico Ihle'))
    >>> st["Nico Ihl"]
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownNameError: unknown skater 'Nico Ihl'; closest known: 'Nico Ihle'
    """

    entries: tuple[Standing, ...]
    races: tuple[str, ...] = ()
    entrant: str = "skater"
    season: str = ""
    cup: str = ""

    _lead_label = "leader"

    def _table_rows(self) -> tuple[Standing, ...]:
        return self.entries

    def _row_word(self) -> str:
        return self.entrant

    def _beyond(self, position: int, count: int) -> str:
        return f"position {shown(position)} is beyond the {count} standings"

    def to_rows(self) -> list[dict[str, RowValue]]:
        """Typed rows, the declared ``columns`` (what the command line's JSON and CSV print):
        ``rank``, ``name``, ``points`` and ``wins`` (whole numbers), then one column per race
        keyed by the race name (see [race_column][skatecalc.worldcup.standings.race_column]):
        the points scored there, the status code (DQ, DNF, DNS, WDR: 0 points) or ``None``
        without a result.

        >>> from skatecalc.worldcup import Cup, rules
        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("R1", {"A": 1, "B": "DQ"})
        >>> for row in cup.standings().to_rows():
        ...     print(row)
        {'rank': 1, 'name': 'A', 'points': 100, 'wins': 1, 'R1': 100}
        {'rank': 2, 'name': 'B', 'points': 0, 'wins': 0, 'R1': 'DQ'}
        """
        return super().to_rows()  # from the declared columns

    def _columns(self) -> tuple[Column, ...]:
        what = "nation" if self.entrant == "nation" else "skater"
        return (
            Column("rank", int, "the place in the cup", get=lambda s: s.rank),
            Column("name", str, f"the {what}", get=lambda s: s.name),
            Column("points", int, "the cup points", get=lambda s: s.points),
            Column("wins", int, "races won", get=lambda s: s.wins),
            *(
                Column(
                    race_column(r),
                    (int, str),
                    f"the points in {r}, or a status code",
                    get=_in_race(race_column(r)),
                )
                for r in self.races
            ),
        )


def _in_race(column: str) -> Callable[[Standing], RowValue]:
    """The value of a standing in the race of ``column``: the points, or the status code."""

    def value(standing: Standing) -> RowValue:
        found: RowValue = None
        for score in standing.results:
            if race_column(score.race) == column:
                found = score.points if score.status is None else str(score.status)
        return found

    return value
