"""Scores, tallies and the replaceable tie-break of a World Cup classification.

Cup standings are ordered by points, then by most race wins (verified: 2016/17 team
pursuit; 2024/25 press reports), then by a *tie-break*: a function from a
[Tally][skatecalc.worldcup.standings.Tally] to a tuple of integers, a key where **lower is
better** (as the championship's tie-break). The ISU's order after the wins is not verified,
so the default, [no_tie_break][skatecalc.worldcup.standings.no_tie_break], separates nobody:
entrants equal on points and wins share the rank.
[countback][skatecalc.worldcup.standings.countback] (more 2nd places, then more 3rd places,
...) is offered as an alternative; pass any function of your own the same way::

    >>> t = Tally("Kai Verbij", 150, 0, (Score("HVN1", 2, None, 80), Score("HVN2", 3, None, 70)))
    >>> no_tie_break(t), countback(t)
    ((), (0, 2, 0, 3, 1, 1))

In releases up to 0.1.0 the World Cup tie-break meant the opposite (a greater tuple ranked
ahead). A function written that way keeps its meaning when wrapped with
[higher_is_better][skatecalc.worldcup.standings.higher_is_better]::

    >>> def most_races(t: Tally) -> tuple[int, ...]:  # old style: greater ranks ahead
    ...     return (len(t.results),)
    >>> higher_is_better(most_races)(t)
    (0, -2, 1)

Status of the criteria after the wins: unverified (that is why they are replaceable).

The standings of a World Cup: one [Standing][skatecalc.worldcup.standings.Standing] per
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

What the last race changed in a cup: places gained or lost, points added.

Across a World Cup weekend the standings are read again as each race's result appears;
`since_previous` compares the standings after the last race with those before it (the
same cup without its last race): each entrant's rank then and now and the points the last
race gave. An entrant new in the standings has no rank before (``None``).

>>> from skatecalc.worldcup import Cup, rules
>>> cup = Cup(rules("2017/18"))
>>> cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle"])
>>> cup.add_race("HVN2", ["Nico Ihle", "Kai Verbij", "Havard Lorentzen"])
>>> race, changes = since_previous(cup)
>>> race, [(c.name, c.before, c.rank, c.moved, c.added) for c in changes.values()]
('HVN2', [('Nico Ihle', 2, 1, 1, 100), ('Havard Lorentzen', 1, 2, -1, 70), ('Kai Verbij', None, 3, None, 80)])
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Callable

from .. import _record
from ..errors import ResultsError
from ..limits import shown
from ..tabular import Column, RowValue, Tabular
from ..time import Status

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from .cup import Cup

__all__ = [
    "FIXED_COLUMNS",
    "Change",
    "Score",
    "Standing",
    "Standings",
    "Tally",
    "TieBreak",
    "countback",
    "higher_is_better",
    "no_tie_break",
    "race_column",
    "since_previous",
]


@_record.frozen
class Score:
    """One entrant's result in one race: place (or status) and the World Cup points.

    >>> Score("HVN1", 1, None, 100).won
    True
    >>> str(Score("ERF1", None, Status.DNS, 0))
    'ERF1: DNS, 0'
    """

    race: str
    place: int | None
    status: Status | None
    points: int
    division: str = _record.field(default="A", repr=False)

    @property
    def won(self) -> bool:
        """True for a race win: 1st in a Division A race (a Division B race's 1st place is
        no race win of the cup; status: derived, see docs/worldcup.md).

        >>> Score("CAL", 1, None, 60).won, Score("CAL B", 1, None, 21, "B").won
        (True, False)
        """
        return self.place == 1 and self.division == "A"

    def __str__(self) -> str:
        what = str(self.status) if self.status is not None else f"{self.place}."
        return f"{self.race}: {what}, {self.points}"


def _scores(value: object) -> tuple[Score, ...]:
    """A tally's race scores: a sequence of `Score`, kept as a tuple."""
    scores = tuple(value) if isinstance(value, (tuple, list)) else None
    if scores is None or not all(isinstance(s, Score) for s in scores):
        raise ResultsError(f"a tally's results must be a tuple of Score, not {shown(value)}")
    return scores


@_record.frozen
class Tally:
    """An entrant's record in a cup: total points, race wins and every race score.

    >>> Tally("Nico Ihle", 80, 0, (Score("HVN1", 2, None, 80),)).places
    (2,)
    """

    name: str
    points: int
    wins: int
    results: tuple[Score, ...] = _record.field(converter=_scores)

    @property
    def places(self) -> tuple[int, ...]:
        """The places achieved (statuses left out), in race order."""
        return tuple(s.place for s in self.results if s.place is not None)

    def plus(self, *scores: Score) -> Tally:
        """This tally with more race scores added.

        >>> Tally("X", 0, 0, ()).plus(Score("R1", 1, None, 100)).points
        100
        """
        return Tally(
            self.name,
            self.points + sum(s.points for s in scores),
            self.wins + sum(1 for s in scores if s.won),
            self.results + scores,
        )


TieBreak = Callable[[Tally], tuple[int, ...]]
"""A tie-break after points and wins: a key where lower ranks ahead; equal keys share the
rank."""


def no_tie_break(tally: Tally) -> tuple[int, ...]:
    """The default: after points and most wins nobody is separated (they share the rank).

    >>> no_tie_break(Tally("X", 10, 0, ()))
    ()
    """
    return ()


def _reversed_order(values: tuple[int, ...] | list[int]) -> tuple[int, ...]:
    """A key whose order (lower first) is the reverse of the tuple order of ``values``,
    prefixes included: each value ``v`` becomes ``(0, -v)`` and the key ends with ``1``, so
    that a tuple that extends another (greater as a tuple) gets the lower key."""
    key: list[int] = []
    for v in values:
        key += (0, -v)
    key.append(1)
    return tuple(key)


def countback(tally: Tally) -> tuple[int, ...]:
    """More 2nd places, then more 3rd places, and so on, in Division A races; then the same
    on Division B places (status: unverified for the ISU).

    Compares the sorted places one by one, best first; with an equal prefix the entrant
    with more placed results ranks ahead. The key lists each place as ``(0, place)`` and
    ends with ``1`` (lower is better; the ``1`` makes the longer list of places rank
    ahead of a shorter one it extends).

    >>> countback(Tally("X", 0, 0, (Score("A", 5, None, 0), Score("B", 2, None, 0))))
    (0, 2, 0, 5, 1, 1)
    >>> shorter = countback(Tally("Y", 0, 0, (Score("A", 2, None, 0),)))
    >>> countback(Tally("X", 0, 0, (Score("A", 5, None, 0), Score("B", 2, None, 0)))) < shorter
    True
    """
    if not isinstance(tally, Tally):
        raise ResultsError(f"{shown(tally)} is not a Tally (an entrant's scores)")
    a = sorted(s.place for s in tally.results if s.place is not None and s.division == "A")
    b = sorted(s.place for s in tally.results if s.place is not None and s.division != "A")
    # both parts always: an entrant with the same A places and a B place besides has more
    # placed results, so ranks ahead (a key without its B part would be a prefix, behind)
    return (*_reversed_order([-p for p in a]), *_reversed_order([-p for p in b]))


def higher_is_better(tie_break: Callable[[Tally], tuple[int, ...]]) -> TieBreak:
    """Adapt a tie-break written for the old meaning (a greater tuple ranks ahead) to the
    current one (lower is better): the ranking it gives is unchanged.

    >>> def most_wins_then_most_races(t: Tally) -> tuple[int, ...]:
    ...     return (t.wins, len(t.results))
    >>> key = higher_is_better(most_wins_then_most_races)
    >>> key(Tally("A", 0, 2, ())) < key(Tally("B", 0, 1, ()))
    True
    """
    if not callable(tie_break):
        raise ResultsError(f"tie_break {shown(tie_break)} is not a function of a Tally")

    def key(tally: Tally) -> tuple[int, ...]:
        value = tie_break(tally)
        if not isinstance(value, tuple) or any(type(x) is not int for x in value):
            return value  # the cup names the bad value
        return _reversed_order(value)

    key.__name__ = f"higher_is_better({getattr(tie_break, '__name__', 'tie_break')})"
    key.__doc__ = tie_break.__doc__
    return key


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


@_record.frozen
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


@_record.frozen(repr=False)
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


@_record.frozen
class Change:
    """One entrant: ``rank`` now, ``before`` the last race (``None``: not ranked then),
    and the points the last race ``added`` (0 without a result there)."""

    name: str
    rank: int
    before: int | None
    added: int

    @property
    def moved(self) -> int | None:
        """Places gained (positive) or lost (negative) by the last race; ``None`` for an
        entrant new in the standings."""
        return None if self.before is None else self.before - self.rank


def since_previous(cup: Cup) -> tuple[str | None, dict[str, Change]]:
    """The last race of ``cup`` and, per entrant in standings order, what it changed
    (see the module). A cup without races (or known only by its totals) changes nothing:
    ``(None, {})``."""
    races = [r.name for r in cup.races]
    if not races:
        return None, {}
    last = races[-1]
    now = cup.standings()
    before: dict[str, int] = {}
    if len(races) > 1:
        before = {s.name: s.rank for s in cup.until(races[-2]).standings()}
    return last, {
        s.name: Change(s.name, s.rank, before.get(s.name), s.points_in(last) or 0) for s in now
    }
