"""Refill policies: who gets a start place freed by a skater who is not on the team.

A skater pushed off the team by a discretionary place frees the start places they earned;
a refill policy decides who takes each one (``None`` leaves it empty)::

    >>> v = Vacancy(Row.parse(13, "500#2"), "Dai Dai N'tab", ("A", "Dai Dai N'tab", "B"),
    ...             ("A", "B"), frozenset({"A"}), frozenset({"A"}))
    >>> next_team_finisher(v).name, leave_empty(v)
    ('B', None)

Pass your own policy (a function of a [`Vacancy`][skatecalc.olympic.Vacancy]) through
``select(..., refill=...)``.

Status: derived. The KNSB selection criteria say freed start places go to a selected skater
but give no order; [`next_team_finisher`][skatecalc.olympic.next_team_finisher] reproduces the teams
and start places the KNSB announced after the OKT for 2018, 2022 and 2026.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import islice
from typing import TypeVar

from .. import _record
from ..errors import SelectionError
from ..limits import shown
from ..messages import Message, Ordinal
from .orders import SelectionOrder
from .rows import Row

__all__ = [
    "HolderSet",
    "Refill",
    "RefillPolicy",
    "StartPlaces",
    "Vacancy",
    "leave_empty",
    "next_team_finisher",
    "refill_row",
]

_T = TypeVar("_T")


class HolderSet(AbstractSet[str]):
    """A read-only set of start-place holders, as [`Vacancy`][skatecalc.olympic.Vacancy]
    hands them to a refill policy: made in O(1), and it never changes.

    ``select`` keeps one insertion-ordered ``index`` (name -> the order in which the name
    became a holder) per distance and one overall; holders are only ever added, so the
    holders at any moment are the first ``size`` names of the index, and a view of them stays
    true while the index grows. It behaves as a set (``in``, iteration in the order the
    names became holders, ``len``, equality with any set, ``&``, ``|``, ``-``, ``^`` and
    ``<=``, which return frozensets, hashing) and has frozenset's named methods:

    >>> index = {"A": 0, "B": 1}
    >>> view = HolderSet(index, 1)
    >>> index["C"] = 2  # a later holder is not in the earlier view
    >>> "A" in view, "B" in view, "C" in view, len(view), list(view)
    (True, False, False, 1, ['A'])
    >>> view == frozenset({"A"}), frozenset({"A"}) == view, view | {"D"} == {"A", "D"}
    (True, True, True)
    >>> view, view.union(["D"]) == {"A", "D"}, HolderSet.of(["B", "A"]) == {"A", "B"}
    (HolderSet({'A'}), True, True)
    """

    __slots__ = ("_index", "_size")

    def __init__(self, index: Mapping[str, int], size: int) -> None:
        self._index = index
        self._size = size

    @classmethod
    def of(cls, names: Iterable[str]) -> HolderSet:
        """A view of ``names`` (a fresh index)."""
        index: dict[str, int] = {}
        for n in names:
            index.setdefault(n, len(index))
        return cls(index, len(index))

    @classmethod
    def _from_iterable(cls, it: Iterable[_T]) -> frozenset[_T]:
        return frozenset(it)

    def __contains__(self, name: object) -> bool:
        i = self._index.get(name)  # type: ignore[call-overload]
        return i is not None and i < self._size

    def __iter__(self) -> Iterator[str]:
        return islice(self._index, self._size)

    def __len__(self) -> int:
        return self._size

    def __hash__(self) -> int:
        return hash(frozenset(self))

    def __repr__(self) -> str:
        return f"HolderSet({{{', '.join(map(repr, self))}}})" if self._size else "HolderSet()"

    def __reduce__(self) -> tuple[object, ...]:
        return (HolderSet.of, (tuple(self),))

    def union(self, *others: Iterable[str]) -> frozenset[str]:
        """As ``frozenset.union``."""
        return frozenset(self).union(*others)

    def intersection(self, *others: Iterable[str]) -> frozenset[str]:
        """As ``frozenset.intersection``."""
        return frozenset(self).intersection(*others)

    def difference(self, *others: Iterable[str]) -> frozenset[str]:
        """As ``frozenset.difference``."""
        return frozenset(self).difference(*others)

    def symmetric_difference(self, other: Iterable[str]) -> frozenset[str]:
        """As ``frozenset.symmetric_difference``."""
        return frozenset(self).symmetric_difference(other)

    def issubset(self, other: Iterable[str]) -> bool:
        """As ``frozenset.issubset``."""
        return frozenset(self).issubset(other)

    def issuperset(self, other: Iterable[str]) -> bool:
        """As ``frozenset.issuperset``."""
        return all(n in self for n in other)

    def copy(self) -> frozenset[str]:
        """The holders as a frozenset."""
        return frozenset(self)


@_record.frozen
class Vacancy:
    """A start place freed by a skater who is not on the team: the refill policy's input.

    >>> v = Vacancy(Row.parse(13, "500#2"), "Dai Dai N'tab", ("A", "Dai Dai N'tab", "B"),
    ...             ("A", "B"), frozenset({"A"}), frozenset({"A"}))
    >>> next_team_finisher(v).name
    'B'
    """

    row: Row
    freed_by: str
    finishing: tuple[str, ...]
    """The OKT finishing order of the row's distance (``select`` shares one tuple per
    distance)."""
    team: tuple[str, ...]
    """The team (``select`` shares one tuple for every vacancy)."""
    holding: AbstractSet[str]
    """Team members who already hold a start place on this distance. Any set: ``select``
    passes a [`HolderSet`][skatecalc.olympic.HolderSet], a read-only view made in
    O(1) that keeps its contents when later refills add holders."""
    starting: AbstractSet[str]
    """Team members who already hold any individual start place (a row); a set as
    ``holding``."""
    places: Mapping[str, int] | None = _record.field(default=None, eq=False, repr=False)
    """The 0-based place of each name in ``finishing`` (``select`` passes one per distance,
    so that a policy need not search the finishing order; ``None``: not given)."""
    _source: tuple[StartPlaces, int] | None = _record.field(
        default=None, init=False, eq=False, repr=False
    )
    """The start places and their version this vacancy was made from by ``select`` (not an
    argument: a vacancy built or evolved by hand has none), so that
    [`next_team_finisher`][skatecalc.olympic.next_team_finisher] can use their skip
    lists."""

    def place_of(self) -> Mapping[str, int]:
        """The 0-based place of each name in ``finishing``."""
        if self.places is not None:
            return self.places
        return {n: i for i, n in reversed(list(enumerate(self.finishing)))}

    @property
    def distance(self) -> int:
        """The distance of the freed row."""
        assert self.row.distance is not None
        return self.row.distance


@_record.frozen
class Refill:
    """A refill decision: who gets the freed place and why.

    >>> Refill("Thomas Krol", "next team finisher").name
    'Thomas Krol'
    """

    name: str
    reason: str


RefillPolicy = Callable[[Vacancy], Refill | None]
"""Decides who gets a freed start place (``None`` leaves it empty)."""


def next_team_finisher(vacancy: Vacancy) -> Refill | None:
    """The default refill policy: the next OKT finisher on the distance who is on the team.

    Among the finishers behind the dropped skater who are on the team and do not yet hold a
    start place on this distance, the first one *without any individual start place* is
    preferred; if every such finisher already has one, the first of them gets it.

    Cost: for a vacancy made by [`select`][skatecalc.olympic.select] (and not yet overtaken
    by a later refill) O(log n) amortised: the finishing order is walked from the freed
    place with two skip lists per distance that pass, once for good, every finisher who is
    not on the team or already has a start place there (and, for the preference, every one
    with any start place). Any other vacancy (built by hand, evolved, or kept by a policy
    until later) is answered by looking at every team member, from its own sets.

    Status: derived. No rule text was found; this reproduces the announced teams of 2018
    (the freed places went to team members down the OKT result), 2022 (Krol on the 500 m,
    Bosker on the 1500 m, tests/test_olympic.py) and 2026. Replace it with your own policy
    through ``select(..., refill=...)``.

    >>> v = Vacancy(Row.parse(10, "1500#3"), "Tijmen Snel",
    ...             ("Kjeld Nuis", "Thomas Krol", "Tijmen Snel", "Patrick Roest", "Marcel Bosker"),
    ...             ("Kjeld Nuis", "Thomas Krol", "Patrick Roest", "Marcel Bosker"),
    ...             frozenset({"Kjeld Nuis", "Thomas Krol"}),
    ...             frozenset({"Kjeld Nuis", "Thomas Krol", "Patrick Roest"}))
    >>> next_team_finisher(v)
    Refill(name='Marcel Bosker',
           reason='next team finisher on the 1500 m (5th) without an individual start place')
    """
    if not isinstance(vacancy, Vacancy):
        raise SelectionError(f"{shown(vacancy)} is not a Vacancy")
    d = vacancy.distance
    source = vacancy._source
    if source is not None and source[0].version == source[1]:
        # made by select and still current: the skip lists give the answer in O(log n)
        found = source[0].next_finisher(d, vacancy.freed_by)
    else:
        found = _scan(vacancy)
    if found is None:
        return None
    place, name, unplaced = found
    key = "olympic.refill_next_unplaced" if unplaced else "olympic.refill_next"
    return Refill(name, Message(key, distance=d, place=Ordinal(place + 1)))


def _scan(vacancy: Vacancy) -> tuple[int, str, bool] | None:
    """`next_team_finisher` for any vacancy, by looking at every team member: the place
    and name of the finisher, and whether they have no individual start place."""
    places = vacancy.place_of()
    freed = places.get(vacancy.freed_by)
    start = freed + 1 if freed is not None else 0
    # the team members behind the freed place, in finishing order (the team is the short list)
    candidates = sorted(
        (places[n], n)
        for n in set(vacancy.team)
        if places.get(n, -1) >= start and n not in vacancy.holding
    )
    if not candidates:
        return None
    for place, name in candidates:
        if name not in vacancy.starting:
            return place, name, True
    place, name = candidates[0]
    return place, name, False


def leave_empty(vacancy: Vacancy) -> Refill | None:
    """A refill policy that leaves every freed start place empty.

    >>> leave_empty(Vacancy(Row.parse(1, "500#1"), "A", ("A", "B"), ("B",),
    ...                     frozenset(), frozenset())) is None
    True
    """
    return None


def _find(skip: list[int], p: int) -> int:
    """The first live position at or after ``p`` in a skip list (path halving)."""
    while skip[p] != p:
        skip[p] = skip[skip[p]]
        p = skip[p]
    return p


class StartPlaces:
    """Who holds which start place while [`select`][skatecalc.olympic.select] refills freed
    rows, kept up to date so that each vacancy costs O(log n) amortised.

    Holders are only ever added: per distance and overall, an insertion-ordered index (name
    -> when the name became a holder) gives every vacancy its ``holding`` and ``starting``
    as [`HolderSet`][skatecalc.olympic.HolderSet] views in O(1). For the default
    policy, two skip lists per distance (a "next live position" union-find over the
    finishing order) skip the finishers who can no longer take a start place there: one for
    "on the team, without a start place on the distance", one for "... and without any
    start place". A position dies once, when a query passes it; both conditions only ever
    become false, so a dead position stays dead.
    """

    def __init__(
        self,
        order: SelectionOrder,
        holders: list[str | None],
        results: Mapping[int, Sequence[str]],
        team: tuple[str, ...],
    ) -> None:
        self.order = order
        self.holders = holders
        self.results = results
        self.team = team
        self.team_set = frozenset(team)
        self.version = 0
        """How many start places have been given: a vacancy of an earlier version is not
        served by the skip lists."""
        self.by_distance: dict[int | None, dict[str, int]] = {}
        self.anywhere: dict[str, int] = {}
        for h, row in zip(holders, order.rows, strict=True):
            if h:
                self._add(row.distance, h)
        self._finishing: dict[int, tuple[str, ...]] = {}
        self._places: dict[int, dict[str, int]] = {}
        self._skips: dict[int, tuple[list[int], list[int]]] = {}

    def _add(self, distance: int | None, name: str) -> None:
        index = self.by_distance.setdefault(distance, {})
        index.setdefault(name, len(index))
        self.anywhere.setdefault(name, len(self.anywhere))

    def holding(self, distance: int) -> HolderSet:
        """Team members holding a start place on ``distance`` (a view, O(1))."""
        index = self.by_distance.setdefault(distance, {})
        return HolderSet(index, len(index))

    def starting(self) -> HolderSet:
        """Team members holding any start place (a view, O(1))."""
        return HolderSet(self.anywhere, len(self.anywhere))

    def finishing(self, distance: int) -> tuple[str, ...]:
        """The OKT finishing order on ``distance`` (one tuple per distance)."""
        if distance not in self._finishing:
            self._finishing[distance] = tuple(self.results.get(distance, ()))
        return self._finishing[distance]

    def places(self, distance: int) -> dict[str, int]:
        """The 0-based OKT place of each finisher on ``distance``."""
        if distance not in self._places:
            names = self.finishing(distance)
            self._places[distance] = {n: i for i, n in reversed(list(enumerate(names)))}
        return self._places[distance]

    def give(self, index: int, name: str) -> None:
        """Row index ``index`` (0-based) goes to ``name``."""
        self.holders[index] = name
        self._add(self.order.rows[index].distance, name)
        self.version += 1

    def next_finisher(self, distance: int, freed_by: str) -> tuple[int, str, bool] | None:
        """`next_team_finisher` on the current holders: the place and name of the first
        team finisher behind ``freed_by`` on ``distance`` without a start place there,
        preferring one without any start place (then ``True``), or ``None``."""
        names = self.finishing(distance)
        places = self.places(distance)
        end = len(names)
        if distance not in self._skips:
            team = self.team_set
            live = [i if n in team and places[n] == i else i + 1 for i, n in enumerate(names)]
            live.append(end)
            self._skips[distance] = (live, live.copy())
        eligible, unplaced = self._skips[distance]
        holding = self.by_distance.get(distance, {})
        anywhere = self.anywhere
        freed = places.get(freed_by)
        p = _find(eligible, freed + 1 if freed is not None else 0)
        while p < end and names[p] in holding:
            eligible[p] = p + 1
            p = _find(eligible, p + 1)
        if p == end:
            return None
        if names[p] not in anywhere:
            return p, names[p], True
        # no finisher from the freed place up to p is without a start place: look past p
        # (a holder on this distance starts somewhere, so `anywhere` covers `holding`)
        q = _find(unplaced, p + 1)
        while q < end and names[q] in anywhere:
            unplaced[q] = q + 1
            q = _find(unplaced, q + 1)
        if q == end:
            return p, names[p], False
        return q, names[q], True


def refill_row(
    r: Row, name: str, places: StartPlaces, refill: RefillPolicy
) -> tuple[str, str] | str:
    """Ask ``refill`` who takes row ``r``, freed by ``name``: ``(who, why)``, or why the
    start place stays empty. A decision that is not a team member, or one who already
    starts on the distance, is refused."""
    if r.kind != "okt" or r.distance is None:
        return Message("olympic.refill_not_on_team", name=name)
    holding = places.holding(r.distance)
    vacancy = Vacancy(
        r,
        name,
        places.finishing(r.distance),
        places.team,
        holding,
        places.starting(),
        places.places(r.distance),
    )
    object.__setattr__(vacancy, "_source", (places, places.version))
    decision = refill(vacancy)
    if decision is not None and not isinstance(decision, Refill):
        raise SelectionError(
            f"the refill policy gave {shown(decision)} for row {r.number}: return a Refill or None"
        )
    if decision is None:
        return Message("olympic.refill_none", name=name, distance=r.distance)
    if decision.name not in places.team_set:
        raise SelectionError(
            f"the refill policy gave row {r.number} to {decision.name!r}, who is not on the team"
        )
    if decision.name in holding:
        raise SelectionError(
            f"the refill policy gave row {r.number} to {decision.name!r}, who already starts "
            f"on the {r.distance} m"
        )
    return (decision.name, decision.reason)
