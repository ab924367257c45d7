"""Who can still win a World Cup, and what a contender needs.

Given the races still to come (each a [Race][skatecalc.worldcup.rules.Race] with its
Final flag), this module answers:

* ``max_available``: the most points anyone can still gain (winning every race);
* ``can_still_win``: whether an entrant can still finish first;
* ``clinched``: whether the leader can no longer be caught;
* ``guarantee``: the worst place a contender can take in every remaining race and
  still stay ahead of a rival (or of everyone), whatever the others do.

Assumptions, stated: any entrant may finish outside the points in a remaining race (the
field is large enough); a better result never hurts in the tie-break (true of the default
and of [countback][skatecalc.worldcup.standings.countback]); entrants equal on points, wins and
tie-break share the rank, so "can still win" includes sharing first place and "clinched"
excludes it. An entrant without points yet can still appear and win every race.

    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("R1", ["Havard Lorentzen", "Ronald Mulder"])
    >>> max_available(cup.rules, [Race(final=True)] * 2)
    300
    >>> can_still_win(cup, "Ronald Mulder", [Race()])
    True
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .. import _record
from ..errors import ResultsError, UnknownNameError
from ..limits import shown
from ..messages import Message, Ordinal
from ..tabular import Column, Tabular
from .events import Distance
from .rules import Race, Rules
from .standings import Score, Standings, Tally
from .tables import Table

__all__ = [
    "NEWCOMER",
    "CupLike",
    "Guarantee",
    "Outlook",
    "OutlookRow",
    "can_still_win",
    "clinched",
    "guarantee",
    "max_available",
    "outlook",
]

NEWCOMER = "an entrant without points yet"
"""How an entrant not yet in the standings is named in an outlook."""


def _check(remaining: Sequence[Race]) -> tuple[Race, ...]:
    if isinstance(remaining, Race | str) or not isinstance(remaining, Sequence):
        raise ResultsError(f"remaining must be a list of Race, not {shown(remaining)}")
    for r in remaining:
        if not isinstance(r, Race):
            raise ResultsError(f"{shown(r)} is not a Race: use worldcup.Race(final=...)")
    return tuple(remaining)


Key = tuple[int, int, tuple[int, ...]]


_CUP_VALUES = ("rules", "distance", "entrant")
_CUP_METHODS = ("standings", "key", "keys", "best_key")


def _is_cup(cup: object) -> bool:
    """Whether ``cup`` has what `CupLike` names (what ``isinstance`` checks of a
    ``runtime_checkable`` protocol: each member there, a method not ``None``)."""
    return all(hasattr(cup, name) for name in _CUP_VALUES) and all(
        getattr(cup, name, None) is not None for name in _CUP_METHODS
    )


TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Protocol, runtime_checkable

    @runtime_checkable
    class CupLike(Protocol):
        """What the outlook needs of a cup (a [Cup][skatecalc.worldcup.cup.Cup] has it all):
        this module does not import the cup module, which imports this one."""

        rules: Rules
        distance: Distance | None
        entrant: str

        def standings(self) -> Standings: ...
        def key(self, tally: Tally) -> Key: ...
        def keys(self) -> dict[str, Key]: ...
        def best_key(self, *, excluding: str | None = None) -> Key | None: ...

else:  # the same check at run time, without importing typing (start-up time)

    class _CupCheck(type):
        def __instancecheck__(cls, instance: object) -> bool:
            return _is_cup(instance)

    class CupLike(metaclass=_CupCheck):
        """What the outlook needs of a cup (a [Cup][skatecalc.worldcup.cup.Cup] has it all):
        ``isinstance(x, CupLike)`` checks its members, as of the protocol type checkers see."""


def _cup(cup: object) -> None:
    if not _is_cup(cup):
        raise ResultsError(f"{shown(cup)} is not a Cup: use worldcup.Cup(rules)")


def _name(name: object, what: str = "name") -> str:
    if not isinstance(name, str):
        raise ResultsError(f"{what} {shown(name)} is not a name")
    return name


class _Tables(list[Table]):
    """The points tables of the remaining races, with each race's division (a win counts
    in Division A only)."""

    divisions: tuple[str, ...] = ()


def _tables(rules: Rules, remaining: Sequence[Race], distance: Distance | None) -> _Tables:
    if not isinstance(rules, Rules):
        raise ResultsError(f"{shown(rules)} is not World Cup Rules: use worldcup.rules('2017/18')")
    races = _check(remaining)
    out = _Tables(rules.table_for(r, distance) for r in races)
    out.divisions = tuple(r.division for r in races)
    return out


def _points_or_zero(table: Table, place: int) -> int:
    """Points for ``place``; 0 beyond a table of known length (outside the points)."""
    if table.length is not None and place > table.length:
        return 0
    return table.points(place)


def _at(tally: Tally, tables: Sequence[Table], place: int) -> Tally:
    divisions = tables.divisions if isinstance(tables, _Tables) else ("A",) * len(tables)
    return tally.plus(
        *(
            Score(f"remaining race {i}", place, None, _points_or_zero(t, place), d)
            for i, (t, d) in enumerate(zip(tables, divisions, strict=True), start=1)
        )
    )


def max_available(rules: Rules, remaining: Sequence[Race], distance: Distance | None = None) -> int:
    """The most points one entrant can still gain: the winner's points of every race.

    >>> from skatecalc.worldcup import Race, rules
    >>> max_available(rules("2019/20"), [Race(), Race(final=True)])
    180
    """
    return sum(t.points(1) for t in _tables(rules, remaining, distance))


def can_still_win(cup: CupLike, name: str, remaining: Sequence[Race]) -> bool:
    """Whether ``name`` can still finish first (alone or sharing first place).

    Best case: ``name`` wins every remaining race, everyone else scores nothing. Cost:
    ``O(1)`` look-ups once the standings are built (the best rival key is kept), plus
    the remaining races; so asking for every entrant is ``O(n log n)`` in all.

    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("R1", ["A", "B"])
    >>> can_still_win(cup, "B", []), can_still_win(cup, "B", [Race()])
    (False, True)
    """
    _cup(cup)
    tally = cup.standings()[_name(name)].tally
    best = cup.key(_at(tally, _tables(cup.rules, remaining, cup.distance), 1))
    rival = cup.best_key(excluding=name)
    return rival is None or best <= rival


def clinched(cup: CupLike, remaining: Sequence[Race]) -> bool:
    """Whether the leader stays first alone whatever happens in ``remaining``.

    False when the standings are empty or the lead is shared now. Every other entrant,
    and a newcomer without points, is given every remaining win.

    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("R1", ["A", "B"])
    >>> cup.add_race("R2", ["A", "C"])
    >>> clinched(cup, [Race()]), clinched(cup, [Race(), Race()])
    (True, False)
    """
    _cup(cup)
    standings = cup.standings()
    tables = _tables(cup.rules, remaining, cup.distance)
    if not standings or (len(standings) > 1 and standings[1].rank == 1):
        return False
    lead = cup.key(standings[0].tally)
    rivals = [s.tally for s in standings[1:]] + [Tally(NEWCOMER, 0, 0, ())]
    return all(cup.key(_at(t, tables, 1)) > lead for t in rivals)


@_record.frozen
class Guarantee:
    """What ``name`` needs to stay ahead of ``rival`` (``None``: of everyone).

    ``unconditional``: ahead whatever happens, even scoring nothing. Otherwise ``place``
    is the worst place in every remaining race that still keeps ``name`` ahead, or
    ``None`` when no place does (``binding`` names the rival that decides it). Place 1
    means winning alone: a win shared with the rival gives the rival a win and the
    winner's points too, which can leave them level.

    >>> print(Guarantee("Havard Lorentzen", None, 8, False, "Hein Otterspeer"))
    Havard Lorentzen stays ahead of everyone whatever happens if finishing 8th or better
    in every remaining race
    """

    name: str
    rival: str | None
    place: int | None
    unconditional: bool
    binding: str | None = None

    @property
    def message(self) -> Message:
        """The guarantee as a [`Message`][skatecalc.messages.Message] (``guarantee.*``)."""
        who = {
            "name": self.name,
            "whom": Message("guarantee.everyone") if self.rival is None else self.rival,
        }
        if self.unconditional:
            return Message("guarantee.unconditional", **who)
        if self.place is None:
            return Message("guarantee.impossible", binding=self.binding, **who)
        if self.place == 1:
            return Message("guarantee.win_all", **who)
        return Message("guarantee.place", place=Ordinal(self.place), **who)

    def __str__(self) -> str:
        return str(self.message)


class _Me:
    """The keys of ``me`` finishing each place in every remaining race, computed once and
    only as far as some rival needs them (a value no source gives raises only when it is
    needed), with their running worst: each rival then costs two keys and a binary search."""

    def __init__(self, cup: CupLike, me: Tally, tables: Sequence[Table]) -> None:
        self.cup, self.me, self.tables = cup, me, tables
        self.now = cup.key(me)
        self.longest = max(
            (t.length if t.length is not None else len(t.values) for t in tables), default=0
        )
        self._first: Key | None = None
        self.worst: list[Key] = []  # worst[i]: the worst key finishing 2nd..(i + 2)th

    def first(self) -> Key:
        """The key of ``me`` winning every remaining race."""
        if self._first is None:
            self._first = self.cup.key(_at(self.me, self.tables, 1))
        return self._first

    def safe_places(self, bound: Key) -> int:
        """How many of the places 2, 3, ... in a row keep ``me`` below ``bound``."""
        worst = self.worst
        while (not worst or worst[-1] < bound) and len(worst) + 2 <= self.longest:
            k = self.cup.key(_at(self.me, self.tables, len(worst) + 2))
            worst.append(k if not worst or k > worst[-1] else worst[-1])
        return bisect.bisect_left(worst, bound)


def _against(
    cup: CupLike, me: _Me, rival: Tally, tables: Sequence[Table]
) -> tuple[bool, int | None]:
    """(unconditional, worst safe place) of ``me`` against ``rival``: the rival wins every
    remaining race (2nd where ``me`` wins); ``me`` is safe finishing ``place`` in every
    race while its key stays below the rival's."""
    rival_wins = cup.key(_at(rival, tables, 1))
    if me.now < rival_wins:
        return True, None
    if not tables or me.longest < 1:
        return False, None
    if not me.first() < cup.key(_at(rival, tables, 2)):
        return False, None
    return False, 1 + me.safe_places(rival_wins)


def guarantee(
    cup: CupLike, name: str, remaining: Sequence[Race], rival: str | None = None
) -> Guarantee:
    """The worst place ``name`` can take in every remaining race and stay ahead.

    Against one rival, the worst case is the rival winning every race (2nd where
    ``name`` wins); against everyone, the strictest rival decides, a newcomer included.
    Cost: ``O(L)`` keys for ``name`` (``L`` the longest remaining table) and two keys and
    a binary search per rival, so linear in entrants.

    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("R1", ["A", "B"])
    >>> cup.add_race("R2", ["A", "B"])
    >>> guarantee(cup, "A", [Race()]).unconditional, guarantee(cup, "A", [Race(), Race()]).place
    (False, 1)
    """
    _cup(cup)
    standings = cup.standings()
    me_tally = standings[_name(name)].tally
    tables = _tables(cup.rules, remaining, cup.distance)
    if rival is not None:
        _name(rival, "rival")
        if rival == name:
            raise ResultsError(f"{name!r} cannot be their own rival")
        if rival not in standings:
            raise UnknownNameError.unknown(rival, standings.names, what=cup.entrant)
        rivals = [standings[rival].tally]
    else:
        rivals = [s.tally for s in standings if s.name != name] + [Tally(NEWCOMER, 0, 0, ())]
    me = _Me(cup, me_tally, tables)
    conditional: list[tuple[int | None, str]] = []
    for r in rivals:
        always, safe = _against(cup, me, r, tables)
        if not always:
            conditional.append((safe, r.name))
    if not conditional:
        return Guarantee(name, rival, None, True)
    for safe, who in conditional:
        if safe is None:
            return Guarantee(name, rival, None, False, who)
    safe, who = min(conditional, key=lambda c: c[0] or 0)
    return Guarantee(name, rival, safe, False, who)


@_record.frozen
class OutlookRow:
    """One entrant in an outlook: the standing now and whether the cup can still be won.

    >>> OutlookRow(1, "A", 100, 1, True).can_still_win
    True
    """

    rank: int
    name: str
    points: int
    wins: int
    can_still_win: bool


@_record.frozen(repr=False)
class Outlook(Tabular[OutlookRow]):
    """The state of a cup with ``remaining`` races to go, one row per entrant.

    A [Tabular][skatecalc.tabular.Tabular]: ``outlook["A"].can_still_win``, ``"A" in
    outlook``, ``to_rows()``; ``str(outlook)`` prints it as the command line does.

    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("R1", ["A", "B"])
    >>> o = outlook(cup, [Race()])
    >>> o.max_available, o.clinched, o.contenders
    (100, False, ('A', 'B'))
    >>> print(o.leader_guarantee)
    A stays ahead of everyone whatever happens by winning every remaining race alone
    >>> o, o["B"].can_still_win
    (<Outlook: 2 rows, leader A>, True)
    >>> o.to_rows()[1]  # doctest: +NORMALIZE_WHITESPACE
    {'rank': 2, 'name': 'B', 'points': 80, 'wins': 0, 'can_still_win': True, 'races_left': 1,
     'max_available': 100, 'clinched': False}
    """

    remaining: tuple[Race, ...]
    max_available: int
    clinched: bool
    contenders: tuple[str, ...]
    leader_guarantee: Guarantee | None
    rows: tuple[OutlookRow, ...] = ()
    entrant: str = "skater"
    season: str = ""
    cup: str = ""

    _lead_label = "leader"

    def _table_rows(self) -> tuple[OutlookRow, ...]:
        return self.rows

    def _row_word(self) -> str:
        return self.entrant

    def _columns(self) -> tuple[Column, ...]:
        races_left, available, clinched = len(self.remaining), self.max_available, self.clinched
        return (
            Column("rank", int, "the place in the cup now", get=lambda r: r.rank),
            Column("name", str, f"the {self.entrant}", get=lambda r: r.name),
            Column("points", int, "the cup points now", get=lambda r: r.points),
            Column("wins", int, "races won", get=lambda r: r.wins),
            Column(
                "can_still_win",
                bool,
                "whether the cup can still be won",
                get=lambda r: r.can_still_win,
            ),
            Column(
                "races_left",
                int,
                "races still to skate (the same in every row)",
                get=lambda r: races_left,
            ),
            Column(
                "max_available",
                int,
                "the most points still available (every row)",
                get=lambda r: available,
            ),
            Column(
                "clinched",
                bool,
                "whether the leader has clinched the cup (every row)",
                get=lambda r: clinched,
            ),
        )


def outlook(cup: CupLike, remaining: Sequence[Race]) -> Outlook:
    """Points available, contenders, clinched and the leader's guarantee (see above).

    ``O(n log n)`` in entrants: each entrant's best case is compared with the best key
    among the others (kept by the cup), and the leader's guarantee is linear.
    """
    _cup(cup)
    rem = _check(remaining)
    standings = cup.standings()
    tables = _tables(cup.rules, rem, cup.distance)
    rows: list[OutlookRow] = []
    for s in standings:
        best = cup.key(_at(s.tally, tables, 1))
        rival = cup.best_key(excluding=s.name)
        rows.append(OutlookRow(s.rank, s.name, s.points, s.wins, rival is None or best <= rival))
    lead = guarantee(cup, standings[0].name, rem) if standings else None
    return Outlook(
        rem,
        max_available(cup.rules, rem, cup.distance),
        clinched(cup, rem),
        tuple(r.name for r in rows if r.can_still_win),
        lead,
        tuple(rows),
        cup.entrant,
        standings.season,
        standings.cup,
    )
