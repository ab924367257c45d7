"""Outlook while the OKT is running: who is certain of a ticket, who waits, who is out.

Every skater gets one of four [`TicketStatus`][skatecalc.olympic.TicketStatus] values, computed
exactly from the best and the worst case of the distances still to skate (any finishing order, by
anyone, including skaters not seen yet)::

    >>> order = selection_order("NED", 2022, "men")
    >>> after_500 = {500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij"]}
    >>> view = outlook(order, after_500, tickets=9, discretionary=3)
    >>> view.status("Merijn Scheperkamp"), view.status("Dai Dai N'tab"), view.status("Kai Verbij")
    (<TicketStatus.SAFE_UNLESS_DISCRETIONARY: 'safe unless discretionary'>,
     <TicketStatus.OPEN: 'open'>, <TicketStatus.OPEN: 'open'>)
    >>> view["Kai Verbij"].needs
    ('top 3 on the 1000 m', 'win the 5000 m', 'top 2 on the 1500 m', 'win the 10000 m',
     'the mass-start row')

How it is computed. Only a skater's *first* row counts, and their place in the list of
unique names is one more than the number of different names on the rows before it.

* Worst case: the skater gets no further row, and every row still open before their first
  row goes to a different new skater.
* Best case: for the first row ``r`` (their first row so far, or an open row before it that
  they take), the rows before ``r`` hold as few names as possible: the names already there,
  reused on the open rows, and new names only where one distance needs more different
  names than there are.
* Discretionary places: each of the ``discretionary`` designations takes one ticket from
  the walk; a distance designation can also take a skater's row when it is the lowest row
  of its distance.

``SAFE`` means a ticket in the worst case even after every discretionary place;
``SAFE_UNLESS_DISCRETIONARY`` a ticket in the worst case without them; ``OPEN`` a ticket in
the best case only; ``OUT`` no ticket through the order (only a designation can help).

Both cases only need counts over the rows before a given row, which grow with the row, so
the whole table is computed in one pass over the rows plus a sort: O(n log n) in rows and
skaters (the ``needs`` of an open skater add time in proportion to what they list).

Source: the KNSB selection criteria for the Olympic Games (the walk and at most 3
discretionary places) and NOS, 28 December 2021 (after the 500 m, Scheperkamp can only lose
his ticket through discretionary places; N'tab and Verbij wait). Status: verified against
that article and against brute-force enumeration of every remaining finishing order on
small orders (tests/test_olympic_properties.py).
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Mapping

from .. import _record
from ..errors import SelectionError
from ..limits import shown
from ..messages import Message
from ..tabular import Column, RowValue, Tabular
from .orders import (
    MASS_START,
    SelectionOrder,
    selection_order,  # noqa: F401 (the doctests use it)
)
from .walk import OktResults, check_limits, check_results, fill_rows, no_mass_start_row

__all__ = ["OutlookTable", "SkaterOutlook", "TicketStatus", "outlook"]


class TicketStatus(enum.Enum):
    """A skater's outlook for a ticket while the OKT is running.

    >>> TicketStatus.OPEN.value
    'open'
    """

    SAFE = "safe"
    """A ticket whatever the remaining distances bring, discretionary places included."""
    SAFE_UNLESS_DISCRETIONARY = "safe unless discretionary"
    """A ticket whatever the remaining distances bring, unless discretionary places are used."""
    OPEN = "open"
    """A ticket in some outcomes of the remaining distances, not in others."""
    OUT = "out"
    """No ticket through the order whatever happens (only a designation can help)."""

    def __str__(self) -> str:
        return self.value


Need = tuple[int | None, int]
"""One result that on its own guarantees a ticket: (distance, OKT place at worst), or
``(None, 1)`` for the mass-start row."""


def need_text(need: Need) -> Message:
    """``"win the 1000 m"``, ``"top 3 on the 1500 m"``, ``"the mass-start row"`` (a
    [`Message`][skatecalc.messages.Message]: ``olympic.need_*``).

    >>> need_text((1000, 1)), need_text((1500, 3)), need_text((None, 1))
    ('win the 1000 m', 'top 3 on the 1500 m', 'the mass-start row')
    """
    distance, place = need
    if distance is None:
        return Message("olympic.need_mass_start")
    if place == 1:
        return Message("olympic.need_win", distance=distance)
    return Message("olympic.need_top", distance=distance, place=place)


@_record.frozen
class SkaterOutlook:
    """One skater's outlook, with the numbers behind it.

    ``best`` and ``worst`` are the best and the worst place in the list of unique names
    (``None``: no row at all in that case); ``needs`` lists results that each, on their own,
    guarantee a ticket (ignoring discretionary places), for an open skater; ``routes`` are
    the same as ``(distance, place)`` pairs (``None`` for the mass-start row).

    >>> view = outlook(selection_order("NED", 2022, "men"), {500: ["A", "B", "C"]})
    >>> view["A"]
    SkaterOutlook(name='A', status=<TicketStatus.SAFE_UNLESS_DISCRETIONARY: 'safe unless
                  discretionary'>, first_row=8, best=1, worst=8, needs=())
    """

    name: str
    status: TicketStatus
    first_row: int | None
    best: int | None
    worst: int | None
    needs: tuple[str, ...] = ()
    routes: tuple[Need, ...] = _record.field(default=(), repr=False)

    @property
    def need_text(self) -> Message:
        """What the skater still needs, in words (a [`Message`][skatecalc.messages.Message]:
        ``olympic.need_*``).

        >>> view = outlook(selection_order("NED", 2022, "men"), {500: ["A", "B", "C"]})
        >>> view["B"].need_text
        'any one of: top 3 on the 1000 m, win the 5000 m, top 2 on the 1500 m, win the 10000 m,
        the mass-start row'
        """
        if self.status in (TicketStatus.SAFE, TicketStatus.SAFE_UNLESS_DISCRETIONARY):
            return Message("olympic.need_nothing")
        if self.status is TicketStatus.OUT:
            return Message("olympic.need_designation")
        if not self.needs:
            return Message("olympic.need_more")
        return Message("olympic.need_any", needs=tuple(self.needs))


@_record.frozen(repr=False)
class OutlookTable(Tabular[SkaterOutlook]):
    """The outlook of every skater seen so far: a table of
    [`SkaterOutlook`][skatecalc.olympic.SkaterOutlook] rows (name, status, first row, best and worst
    place, needs), first row first.

    It is a [`Tabular`][skatecalc.tabular.Tabular]: ``view["name"]`` is that skater's row (an
    unknown name raises [`UnknownNameError`][skatecalc.errors.UnknownNameError] listing the closest
    names), ``view.status(name)`` the [`TicketStatus`][skatecalc.olympic.TicketStatus] alone,
    ``view.statuses()`` every status by name (what ``dict(view)`` gave up to 0.1.0, when the table
    mapped names to statuses)::

    >>> view = outlook(selection_order("NED", 2022, "men"), {500: ["A", "B", "C"]})
    >>> view.statuses() == {"A": TicketStatus.SAFE_UNLESS_DISCRETIONARY,
    ...                     "B": TicketStatus.OPEN, "C": TicketStatus.OPEN}
    True
    >>> view.names, view["B"].first_row, "D" in view, view
    (('A', 'B', 'C'), 13, False, <OutlookTable: 3 rows, first A>)
    >>> view["a"]
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownNameError: unknown skater 'a'; closest known: 'A'
    """

    order: SelectionOrder
    tickets: int
    discretionary: int
    remaining: tuple[str, ...]
    """What is still to come: distances (``"1000"``) and ``"MS"`` when it is not chosen."""
    skaters: tuple[SkaterOutlook, ...]

    def _table_rows(self) -> tuple[SkaterOutlook, ...]:
        return self.skaters

    def detail(self, name: str) -> SkaterOutlook:
        """The full outlook of ``name`` (the same as ``view[name]``)."""
        if not isinstance(name, str):
            raise SelectionError(f"{shown(name)} is not a name")
        return self._lookup(name)

    def status(self, name: str) -> TicketStatus:
        """The [`TicketStatus`][skatecalc.olympic.TicketStatus] of ``name``
        (``view[name].status``)."""
        return self.detail(name).status

    def statuses(self) -> dict[str, TicketStatus]:
        """Every skater's [`TicketStatus`][skatecalc.olympic.TicketStatus], by name, in table
        order."""
        return {s.name: s.status for s in self.skaters}

    _COLUMNS = (
        Column("name", str, "the skater", get=lambda s: s.name),
        Column(
            "status",
            str,
            "safe, safe unless discretionary, open or out",
            get=lambda s: s.status.value,
        ),
        Column("first_row", int, "the first row naming the skater", get=lambda s: s.first_row),
        Column("best", int, "the best row the skater can reach", get=lambda s: s.best),
        Column("worst", int, "the worst row the skater can end on", get=lambda s: s.worst),
        Column(
            "needs",
            str,
            "the results that each guarantee a ticket, joined by '; '",
            get=lambda s: "; ".join(s.needs) or None,
        ),
    )

    def to_rows(self) -> list[dict[str, RowValue]]:
        """One dict per skater, in table order (see [`skatecalc.tabular`][skatecalc.tabular]):
        ``name``, ``status`` (the [`TicketStatus`][skatecalc.olympic.TicketStatus] value:
        ``"safe"``, ``"safe unless discretionary"``, ``"open"`` or ``"out"``), ``first_row``,
        ``best``, ``worst`` (int, or ``None`` for no row) and ``needs`` (the results that each
        guarantee a ticket, joined by ``"; "``, or ``None``).

        >>> outlook(selection_order("NED", 2022, "men"), {500: ["A", "B", "C"]}).to_rows()[0]
        {'name': 'A', 'status': 'safe unless discretionary', 'first_row': 8, 'best': 1,
         'worst': 8, 'needs': None}
        """
        return super().to_rows()  # from the declared columns


def outlook(
    order: SelectionOrder,
    okt_results: OktResults,
    *,
    tickets: int | None = None,
    discretionary: int | None = None,
    mass_start: str | None = None,
    skaters: Iterable[str] = (),
) -> OutlookTable:
    """The outlook of every skater after the distances in ``okt_results``.

    Distances of the order not in ``okt_results`` are still to come, and so is the
    mass-start row unless ``mass_start`` names the committee's choice. ``skaters`` adds
    skaters who have no result yet (they are listed too). Skaters come out in the order of
    their first row, then by name.

    >>> order = SelectionOrder.build("demo", ["500#1", "1000#1", "500#2"], tickets=2,
    ...                              discretionary=1)
    >>> view = outlook(order, {500: ["Ann", "Bea"]})
    >>> view.status("Ann"), view.status("Bea")
    (<TicketStatus.SAFE: 'safe'>, <TicketStatus.OPEN: 'open'>)
    >>> view["Bea"].needs
    ('win the 1000 m',)
    """
    results = check_results(order, okt_results)
    n_tickets, limit = check_limits(order, tickets, discretionary)
    if mass_start is not None and (not isinstance(mass_start, str) or not mass_start.strip()):
        raise SelectionError(f"mass_start {shown(mass_start)} is not a name")
    if mass_start is not None and order.mass_start_row is None:
        no_mass_start_row(order, mass_start)
    for d, names in results.items():
        top = max(order.places(d))
        if len(names) < top:
            raise SelectionError(
                f"the {d} m has a row for place {top} but only {len(names)} finisher(s) are "
                "given; give the finishing order down to that place (a skater without a valid"
                " time holds no place: the outlook does not leave a skated row empty, select"
                " does)"
            )

    occupants = fill_rows(order, results, mass_start)
    rows = order.rows
    n = len(rows)
    # group of an open row: its distance, or "MS"; None for a fixed row
    group: list[int | str | None] = []
    for r in rows:
        if r.kind == "mass_start":
            group.append(MASS_START if mass_start is None else None)
        else:
            group.append(r.distance if r.distance not in results else None)
    lowest = {d: order.rows_of(d)[-1].number for d in order.distances}
    strippable = [
        r.kind == "okt" and r.distance is not None and lowest[r.distance] == r.number for r in rows
    ]

    # Prefix counts before row index i (0-based), all non-decreasing in i: distinct fixed
    # names, open rows, the largest number of open rows of one group. The fixed rows of each
    # name, in row order, tell whether a name is among the distinct names before i.
    distinct_before: list[int] = []
    open_before: list[int] = []
    group_max_before: list[int] = []
    own_rows: dict[str, list[int]] = {}
    counts: dict[int | str, int] = {}
    n_open = group_max = 0
    for i in range(n):
        distinct_before.append(len(own_rows))
        open_before.append(n_open)
        group_max_before.append(group_max)
        g = group[i]
        if g is None:
            occupant = occupants[i]
            if occupant is not None:
                own_rows.setdefault(occupant, []).append(i)
        else:
            n_open += 1
            counts[g] = counts.get(g, 0) + 1
            group_max = max(group_max, counts[g])

    def worst_at(i: int) -> int:
        """The worst unique-name number of a skater whose first row is row index ``i``
        (their name is not among the distinct names before it)."""
        return 1 + distinct_before[i] + open_before[i]

    def best_from(i: int) -> int:
        return 1 + max(distinct_before[i], group_max_before[i])

    first_open = next((i for i in range(n) if group[i] is not None), None)
    # rows before the cut-off give a ticket even in the worst case (``worst_from`` grows)
    cutoff = bisect.bisect_right(range(n), n_tickets, key=worst_at)
    needs_by_cutoff = _Needs(order, group, results)

    known = dict.fromkeys([n for names in results.values() for n in names])
    if mass_start is not None:
        known.setdefault(mass_start, None)
    if not isinstance(skaters, Iterable):
        raise SelectionError(f"skaters must be a list of names, not {shown(skaters)}")
    for s in skaters:
        if not isinstance(s, str) or not s.strip():
            raise SelectionError(f"skaters: {shown(s)} is not a name")
        known.setdefault(s, None)

    out: list[SkaterOutlook] = []
    for name in known:
        own = own_rows.get(name, [])
        first = own[0] if own else None
        worst = worst_at(first) if first is not None else None
        # the best case is best_from at the first open row before ``first``, or at
        # ``first``: best_from grows with the row, so the earliest candidate is the best
        candidates = [first] if first is not None else []
        if first_open is not None and (first is None or first_open < first):
            candidates.append(first_open)
        best = min((best_from(i) for i in candidates), default=None)
        # worst case with every discretionary place used against the skater
        safe = False
        if own:
            safe = True
            j = 0
            while True:
                if j >= len(own):  # every row of the skater can be taken away
                    safe = False
                    break
                # from the second row on, the skater's own name is among those before
                if worst_at(own[j]) - (j > 0) + limit > n_tickets:
                    safe = False
                    break
                if j < limit and strippable[own[j]]:
                    j += 1
                    continue
                break
        if safe:
            status = TicketStatus.SAFE
        elif worst is not None and worst <= n_tickets:
            status = TicketStatus.SAFE_UNLESS_DISCRETIONARY
        elif best is not None and best <= n_tickets:
            status = TicketStatus.OPEN
        else:
            status = TicketStatus.OUT
        routes: tuple[Need, ...] = ()
        if status is TicketStatus.OPEN:
            routes = needs_by_cutoff(cutoff if first is None else min(cutoff, first))
        out.append(
            SkaterOutlook(
                name,
                status,
                rows[first].number if first is not None else None,
                best,
                worst,
                tuple(need_text(r) for r in routes),
                routes,
            )
        )
    out.sort(key=lambda s: (s.first_row if s.first_row is not None else n + 1, s.name))
    remaining = [str(d) for d in order.distances if d not in results]
    if order.mass_start_row is not None and mass_start is None:
        remaining.append(MASS_START)
    return OutlookTable(order, n_tickets, limit, tuple(remaining), tuple(out))


class _Needs:
    """The results that each guarantee a ticket, for every cut-off row index at once.

    A result guarantees a ticket when its row comes before the cut-off (the first row index
    whose worst case is beyond the tickets, or the skater's own first row). Per open
    distance, ``reach[p - 1]`` is the last row index among places 1..p (places must be
    consecutive from 1), so the best place guaranteed is found by bisection; distances are
    visited in the order of their first row reach, so that only those that give something
    are looked at.
    """

    def __init__(
        self, order: SelectionOrder, group: list[int | str | None], results: Mapping[int, object]
    ) -> None:
        self.entries: list[tuple[int, int, int, list[int]]] = []  # (reach 1, first row, d, reach)
        for d in order.distances:
            if d in results:
                continue
            by_place = {r.place: r.number - 1 for r in order.rows_of(d)}
            reach: list[int] = []
            place = 1
            while place in by_place:
                reach.append(max(by_place[place], reach[-1] if reach else -1))
                place += 1
            if reach:
                self.entries.append((reach[0], order.rows_of(d)[0].number, d, reach))
        self.entries.sort()
        self.firsts = [e[0] for e in self.entries]
        ms = order.mass_start_row
        self.ms = ms - 1 if ms is not None and group[ms - 1] == MASS_START else None

    def __call__(self, cutoff: int) -> tuple[Need, ...]:
        found: list[tuple[int, Need]] = []
        for k in range(bisect.bisect_left(self.firsts, cutoff)):
            _, first_row, d, reach = self.entries[k]
            found.append((first_row, (d, bisect.bisect_left(reach, cutoff))))
        found.sort()
        needs = [need for _, need in found]
        if self.ms is not None and self.ms < cutoff:
            needs.append((None, 1))
        return tuple(needs)
