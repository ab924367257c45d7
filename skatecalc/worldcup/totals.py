"""A cup known by its totals only: the standings of another program (or of ``skatecalc
worldcup standings``) read back, to ask what is still possible.

The outlook orders entrants by points, then race wins, then the rules' tie-break. Totals
carry points and wins but not the places of each race, so a `TotalsCup` takes only rules
whose tie-break looks at nothing else (`no_tie_break`, the tie-break of every packaged
season); a tie-break by places is refused rather than guessed.

    >>> from skatecalc.worldcup import Race, rules
    >>> cup = TotalsCup(rules("2017/18"), [("Havard Lorentzen", 281, 2),
    ...                                    ("Ronald Mulder", 246, 1)], name="500 m men")
    >>> [(s.rank, s.name, s.points) for s in cup.standings()]
    [(1, 'Havard Lorentzen', 281), (2, 'Ronald Mulder', 246)]
    >>> cup.outlook([Race()] * 2).contenders
    ('Havard Lorentzen', 'Ronald Mulder')
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import DuplicateError, ResultsError
from ..limits import shown
from ..notation import name_key, variant_key
from .cup import Cup
from .events import Distance
from .races import RaceResult
from .rules import Rules
from .standings import Tally, TieBreak, no_tie_break

__all__ = ["TotalsCup"]


class TotalsCup(Cup):
    """A cup given as ``(name, points, wins)`` per entrant, without its races.

    Standings and the outlook work as for a `Cup`; adding races, ``until`` and a tie-break
    other than `no_tie_break` are refused (the places they need are not known).
    """

    def __init__(
        self,
        rules: Rules,
        totals: Sequence[tuple[str, int, int]],
        *,
        distance: Distance | None = None,
        entrant: str = "skater",
        tie_break: TieBreak | None = None,
        name: str = "",
    ) -> None:
        super().__init__(rules, distance=distance, entrant=entrant, tie_break=tie_break, name=name)
        if self.tie_break is not no_tie_break:
            raise ResultsError(
                f"the {rules.season} rules break ties by the places of each race, which"
                " totals do not give: give the races (a season file or the listings)"
            )
        seen: dict[str, str] = {}
        checked: list[tuple[str, int, int]] = []
        for entry in totals:
            who, points, wins = entry
            if not isinstance(who, str) or not who.strip():
                raise ResultsError(f"{shown(who)} is not a name")
            for what, value in (("points", points), ("wins", wins)):
                if type(value) is not int or value < 0:
                    raise ResultsError(
                        f"{what} {shown(value)} of {who!r} must be a whole number from 0"
                    )
            who = name_key(who)
            key = variant_key(who)
            if key in seen:
                raise DuplicateError(f"{self.entrant} {who!r} appears twice")
            seen[key] = who
            checked.append((who, points, wins))
        self._totals = tuple(checked)

    def __repr__(self) -> str:
        return f"<TotalsCup {self.rules.season}, {len(self._totals)} entrants>"

    def copy(self) -> TotalsCup:
        """An independent cup with the same rules and totals."""
        return TotalsCup(
            self.rules,
            self._totals,
            distance=self.distance,
            entrant=self.entrant,
            name=self.name,
        )

    def add(self, result: RaceResult) -> None:
        """Refused: a cup of totals has no races to add to."""
        raise ResultsError(
            f"cannot add race {getattr(result, 'name', result)!r} to totals: give every"
            " race (a season file or the listings)"
        )

    def until(self, race: str) -> Cup:
        """Refused: the totals before a race are not known from the totals after it."""
        raise ResultsError(
            f"the standings before race {race!r} are not known from totals: give every race"
            " (a season file or the listings)"
        )

    def _tallies(self) -> list[Tally]:
        return [Tally(who, points, wins, ()) for who, points, wins in self._totals]
