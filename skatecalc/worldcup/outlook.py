"""Who can still win a World Cup, and what a contender needs.

Given the races still to come (each a :class:`~skatecalc.worldcup.rules.Race` with its
Final flag), this module answers:

* :func:`max_available`: the most points anyone can still gain (winning every race);
* :func:`can_still_win`: whether an entrant can still finish first;
* :func:`clinched`: whether the leader can no longer be caught;
* :func:`guarantee`: the worst place a contender can take in every remaining race and
  still stay ahead of a rival (or of everyone), whatever the others do.

Assumptions, stated: any entrant may finish outside the points in a remaining race (the
field is large enough); a better result never hurts in the tie-break (true of the default
and of :func:`~skatecalc.worldcup.tiebreak.countback`); entrants equal on points, wins and
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

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from .._fields import shown
from ..errors import ResultsError, UnknownNameError
from .rules import Distance, Race, Rules, Table
from .tiebreak import Score, Tally

if TYPE_CHECKING:
    from .cup import Cup

__all__ = [
    "NEWCOMER",
    "Guarantee",
    "Outlook",
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


def _cup(cup: object) -> None:
    from .cup import Cup  # a local import: cup imports this module

    if not isinstance(cup, Cup):
        raise ResultsError(f"{shown(cup)} is not a Cup: use worldcup.Cup(rules)")


def _name(name: object, what: str = "name") -> str:
    if not isinstance(name, str):
        raise ResultsError(f"{what} {shown(name)} is not a name")
    return name


def _tables(rules: Rules, remaining: Sequence[Race], distance: Distance | None) -> list[Table]:
    if not isinstance(rules, Rules):
        raise ResultsError(f"{shown(rules)} is not World Cup Rules: use worldcup.rules('2017/18')")
    return [rules.table_for(r, distance) for r in _check(remaining)]


def _points_or_zero(table: Table, place: int) -> int:
    """Points for ``place``; 0 beyond a table of known length (outside the points)."""
    if table.length is not None and place > table.length:
        return 0
    return table.points(place)


def _at(tally: Tally, tables: Sequence[Table], place: int) -> Tally:
    return tally.plus(
        *(
            Score(f"remaining race {i}", place, None, _points_or_zero(t, place))
            for i, t in enumerate(tables, start=1)
        )
    )


def max_available(rules: Rules, remaining: Sequence[Race], distance: Distance | None = None) -> int:
    """The most points one entrant can still gain: the winner's points of every race.

    >>> from skatecalc.worldcup import Race, rules
    >>> max_available(rules("2019/20"), [Race(), Race(final=True)])
    180
    """
    return sum(t.points(1) for t in _tables(rules, remaining, distance))


def _tally(cup: Cup, name: str) -> Tally:
    return cup.standings()[name].tally


def can_still_win(cup: Cup, name: str, remaining: Sequence[Race]) -> bool:
    """Whether ``name`` can still finish first (alone or sharing first place).

    Best case: ``name`` wins every remaining race, everyone else scores nothing.

    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("R1", ["A", "B"])
    >>> can_still_win(cup, "B", []), can_still_win(cup, "B", [Race()])
    (False, True)
    """
    _cup(cup)
    tally = cup.standings()[_name(name)].tally
    best = cup.key(_at(tally, _tables(cup.rules, remaining, cup.distance), 1))
    return all(k <= best for who, k in cup.keys().items() if who != name)


def clinched(cup: Cup, remaining: Sequence[Race]) -> bool:
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
    rivals = [s.tally for s in list(standings)[1:]] + [Tally(NEWCOMER, 0, 0, ())]
    return all(cup.key(_at(t, tables, 1)) < lead for t in rivals)


@attrs.frozen
class Guarantee:
    """What ``name`` needs to stay ahead of ``rival`` (``None``: of everyone).

    ``unconditional``: ahead whatever happens, even scoring nothing. Otherwise ``place``
    is the worst place in every remaining race that still keeps ``name`` ahead, or
    ``None`` when no place does (``binding`` names the rival that decides it).

    >>> print(Guarantee("Havard Lorentzen", None, 8, False, "Hein Otterspeer"))
    Havard Lorentzen stays ahead of everyone whatever happens if finishing 8th or better
    in every remaining race
    """

    name: str
    rival: str | None
    place: int | None
    unconditional: bool
    binding: str | None = None

    def __str__(self) -> str:
        whom = "everyone" if self.rival is None else self.rival
        if self.unconditional:
            return f"{self.name} stays ahead of {whom} whatever happens"
        if self.place is None:
            return (
                f"{self.name} cannot make sure of staying ahead of {whom}: even winning every"
                f" remaining race leaves {self.binding} a way to finish level or ahead"
            )
        return (
            f"{self.name} stays ahead of {whom} whatever happens if finishing"
            f" {ordinal(self.place)} or better in every remaining race"
        )


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``11th``, ``22nd``.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']
    """
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _against(cup: Cup, me: Tally, rival: Tally, tables: Sequence[Table]) -> tuple[bool, int | None]:
    """(unconditional, worst safe place) of ``me`` against ``rival``."""
    if cup.key(me) > cup.key(_at(rival, tables, 1)):
        return True, None
    if not tables:
        return False, None
    longest = max(t.length if t.length is not None else len(t.values) for t in tables)
    safe: int | None = None
    for place in range(1, longest + 1):
        mine = _at(me, tables, place)
        theirs = _at(rival, tables, 2 if place == 1 else 1)
        if cup.key(mine) > cup.key(theirs):
            safe = place
        else:
            break
    return False, safe


def guarantee(
    cup: Cup, name: str, remaining: Sequence[Race], rival: str | None = None
) -> Guarantee:
    """The worst place ``name`` can take in every remaining race and stay ahead.

    Against one rival, the worst case is the rival winning every race (2nd where
    ``name`` wins); against everyone, the strictest rival decides, a newcomer included.

    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("R1", ["A", "B"])
    >>> cup.add_race("R2", ["A", "B"])
    >>> guarantee(cup, "A", [Race()]).unconditional, guarantee(cup, "A", [Race(), Race()]).place
    (False, 1)
    """
    _cup(cup)
    standings = cup.standings()
    me = standings[_name(name)].tally
    tables = _tables(cup.rules, remaining, cup.distance)
    if rival is not None:
        _name(rival, "rival")
        if rival == name:
            raise ResultsError(f"{name!r} cannot be their own rival")
        if rival not in standings.names:
            raise UnknownNameError(rival, standings.names, what=cup.entrant)
        rivals = [standings[rival].tally]
    else:
        rivals = [s.tally for s in standings if s.name != name] + [Tally(NEWCOMER, 0, 0, ())]
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


@attrs.frozen
class Outlook:
    """The state of a cup with ``remaining`` races to go.

    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("R1", ["A", "B"])
    >>> o = outlook(cup, [Race()])
    >>> o.max_available, o.clinched, o.contenders
    (100, False, ('A', 'B'))
    >>> print(o.leader_guarantee)
    A stays ahead of everyone whatever happens if finishing 1st or better in every
    remaining race
    """

    remaining: tuple[Race, ...]
    max_available: int
    clinched: bool
    contenders: tuple[str, ...]
    leader_guarantee: Guarantee | None


def outlook(cup: Cup, remaining: Sequence[Race]) -> Outlook:
    """Points available, contenders, clinched and the leader's guarantee (see above)."""
    _cup(cup)
    rem = _check(remaining)
    standings = cup.standings()
    tables = _tables(cup.rules, rem, cup.distance)
    keys = cup.keys()
    ordered = sorted(keys.values(), reverse=True)  # one pass instead of one per entrant
    contenders_list: list[str] = []
    for s in standings:
        best = cup.key(_at(s.tally, tables, 1))
        if keys[s.name] == ordered[0]:
            rival = ordered[1] if len(ordered) > 1 else None
        else:
            rival = ordered[0]
        if rival is None or rival <= best:
            contenders_list.append(s.name)
    contenders = tuple(contenders_list)
    lead = guarantee(cup, standings[0].name, rem) if standings else None
    return Outlook(
        rem,
        max_available(cup.rules, rem, cup.distance),
        clinched(cup, rem),
        contenders,
        lead,
    )
