"""Outlook while the OKT is running: who is certain of a ticket, who waits, who is out.

Every skater gets one of four statuses, computed exactly from the best and the worst case
of the distances still to skate (any finishing order, by anyone, including skaters not seen
yet)::

    >>> order = selection_order("NED", 2022, "men")
    >>> after_500 = {500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij"]}
    >>> view = outlook(order, after_500, tickets=9, discretionary=3)
    >>> view["Merijn Scheperkamp"], view["Dai Dai N'tab"], view["Kai Verbij"]
    (<Outlook.SAFE_UNLESS_DISCRETIONARY: 'safe unless discretionary'>, <Outlook.OPEN: 'open'>,
     <Outlook.OPEN: 'open'>)
    >>> view.detail("Kai Verbij").needs
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

Source: the skatecalc rules digest, section 4, and the NOS article of 28 Dec 2021 (after the
500 m, Scheperkamp can only lose his ticket through discretionary places; N'tab and Verbij
wait). Status: verified against that article and against brute-force enumeration of every
remaining finishing order on small orders (tests/test_olympic_properties.py).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs

from .._fields import shown
from .._text import printable
from ..errors import UnknownNameError
from .errors import SelectionError
from .orders import (
    MASS_START,
    SelectionOrder,
    selection_order,  # noqa: F401 (the doctests use it)
)
from .selection import OktResults, check_limits, check_results, fill_rows

__all__ = ["Outlook", "OutlookTable", "SkaterOutlook", "outlook"]


class Outlook(enum.Enum):
    """A skater's outlook for a ticket while the OKT is running.

    >>> Outlook.OPEN.value
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


@attrs.frozen
class SkaterOutlook:
    """One skater's outlook, with the numbers behind it.

    ``best`` and ``worst`` are the best and the worst place in the list of unique names
    (``None``: no row at all in that case); ``needs`` lists results that each, on their own,
    guarantee a ticket (ignoring discretionary places), for an open skater.

    >>> view = outlook(selection_order("NED", 2022, "men"), {500: ["A", "B", "C"]})
    >>> view.detail("A")
    SkaterOutlook(name='A', status=<Outlook.SAFE_UNLESS_DISCRETIONARY: 'safe unless discretionary'>,
                  first_row=8, best=1, worst=8, needs=())
    """

    name: str
    status: Outlook
    first_row: int | None
    best: int | None
    worst: int | None
    needs: tuple[str, ...] = ()

    @property
    def need_text(self) -> str:
        """What the skater still needs, in words.

        >>> view = outlook(selection_order("NED", 2022, "men"), {500: ["A", "B", "C"]})
        >>> view.detail("B").need_text
        'any one of: top 3 on the 1000 m, win the 5000 m, top 2 on the 1500 m, win the 10000 m,
        the mass-start row'
        """
        if self.status in (Outlook.SAFE, Outlook.SAFE_UNLESS_DISCRETIONARY):
            return "nothing"
        if self.status is Outlook.OUT:
            return "a designation (no result can bring a ticket)"
        if not self.needs:
            return "more than one result: no single result guarantees a ticket"
        return "any one of: " + ", ".join(self.needs)


@attrs.frozen(eq=False)
class OutlookTable(Mapping[str, Outlook]):
    """Name -> :class:`Outlook` for every skater seen so far, with details per skater.

    Compares equal to a plain ``dict`` with the same statuses; an unknown name raises
    :class:`~skatecalc.errors.UnknownNameError` listing the closest names.

    >>> view = outlook(selection_order("NED", 2022, "men"), {500: ["A", "B", "C"]})
    >>> dict(view) == {"A": Outlook.SAFE_UNLESS_DISCRETIONARY, "B": Outlook.OPEN, "C": Outlook.OPEN}
    True
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

    def _index(self) -> dict[str, SkaterOutlook]:
        return {s.name: s for s in self.skaters}

    def detail(self, name: str) -> SkaterOutlook:
        """The full outlook of ``name``."""
        if not isinstance(name, str):
            raise SelectionError(f"{shown(name)} is not a name")
        found = self._index().get(name)
        if found is None:
            raise UnknownNameError(name, [s.name for s in self.skaters])
        return found

    def __getitem__(self, name: str) -> Outlook:
        return self.detail(name).status

    def __iter__(self) -> Iterator[str]:
        return iter(s.name for s in self.skaters)

    def __len__(self) -> int:
        return len(self.skaters)

    def __str__(self) -> str:
        still = ", ".join(f"{r} m" if r != MASS_START else "mass start" for r in self.remaining)
        lines = [
            f"{self.order.name}: {self.tickets} tickets, {self.discretionary} discretionary "
            f"places; still to come: {still or 'nothing'}"
        ]
        shown_names = [printable(s.name) for s in self.skaters]  # control characters escaped
        width = max((len(n) for n in shown_names), default=4)
        for s, name in zip(self.skaters, shown_names, strict=True):
            row = f"row {s.first_row}" if s.first_row else "no row"
            lines.append(f"{name:<{width}}  {s.status.value:<25}  {row:<6}  {s.need_text}")
        return "\n".join(lines)


def _place_text(distance: int, place: int) -> str:
    return f"win the {distance} m" if place == 1 else f"top {place} on the {distance} m"


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
    >>> view["Ann"], view["Bea"]
    (<Outlook.SAFE: 'safe'>, <Outlook.OPEN: 'open'>)
    >>> view.detail("Bea").needs
    ('win the 1000 m',)
    """
    results = check_results(order, okt_results)
    n_tickets, limit = check_limits(order, tickets, discretionary)
    if mass_start is not None and (not isinstance(mass_start, str) or not mass_start.strip()):
        raise SelectionError(f"mass_start {shown(mass_start)} is not a name")
    if mass_start is not None and order.mass_start_row is None:
        raise SelectionError(f"{order.name} has no mass-start row for {shown(mass_start)}")
    for d, names in results.items():
        top = max(order.places(d))
        if len(names) < top:
            raise SelectionError(
                f"the {d} m has a row for place {top} but only {len(names)} finisher(s) are "
                "given; give the finishing order down to that place"
            )

    occupants = fill_rows(order, results, mass_start)
    rows = order.rows
    # group of an open row: its distance, or "MS"; None for a fixed row
    group: list[int | str | None] = []
    for r in rows:
        if r.kind == "mass_start":
            group.append(MASS_START if mass_start is None else None)
        else:
            group.append(r.distance if r.distance not in results else None)
    n = len(rows)
    lowest = {d: order.rows_of(d)[-1].number for d in order.distances}
    strippable = [
        r.kind == "okt" and r.distance is not None and lowest[r.distance] == r.number for r in rows
    ]

    # prefix data before row index i (0-based): distinct fixed names, open count, group counts
    fixed_before: list[dict[str, None]] = []
    open_before: list[int] = []
    group_max_before: list[int] = []
    seen: dict[str, None] = {}
    counts: dict[int | str, int] = {}
    n_open = 0
    for i in range(n):
        fixed_before.append(dict(seen))
        open_before.append(n_open)
        group_max_before.append(max(counts.values(), default=0))
        g = group[i]
        if g is None:
            occupant = occupants[i]
            if occupant is not None:
                seen.setdefault(occupant, None)
        else:
            n_open += 1
            counts[g] = counts.get(g, 0) + 1

    def distinct_others(i: int, name: str) -> int:
        before = fixed_before[i]
        return len(before) - (1 if name in before else 0)

    def worst_from(i: int, name: str) -> int:
        """Worst unique-name number if ``name``'s first row is row index ``i``."""
        return 1 + distinct_others(i, name) + open_before[i]

    known = list(dict.fromkeys([n for names in results.values() for n in names]))
    if mass_start is not None and mass_start not in known:
        known.append(mass_start)
    if not isinstance(skaters, Iterable):
        raise SelectionError(f"skaters must be a list of names, not {shown(skaters)}")
    for s in skaters:
        if not isinstance(s, str) or not s.strip():
            raise SelectionError(f"skaters: {shown(s)} is not a name")
        if s not in known:
            known.append(s)

    open_slots = [
        (i, rows[i]) for i in range(n) if group[i] is not None
    ]  # rows a skater could still take
    out: list[SkaterOutlook] = []
    for name in known:
        own = [i for i in range(n) if group[i] is None and occupants[i] == name]
        first = own[0] if own else None
        worst = worst_from(first, name) if first is not None else None
        candidates = [i for i, _ in open_slots if first is None or i < first]
        if first is not None:
            candidates.append(first)
        best = min(
            (1 + max(distinct_others(i, name), group_max_before[i]) for i in candidates),
            default=None,
        )
        # worst case with every discretionary place used against the skater
        safe = False
        if own:
            safe = True
            j = 0
            while True:
                if j >= len(own):  # every row of the skater can be taken away
                    safe = False
                    break
                if worst_from(own[j], name) + limit > n_tickets:
                    safe = False
                    break
                if j < limit and strippable[own[j]]:
                    j += 1
                    continue
                break
        if safe:
            status = Outlook.SAFE
        elif worst is not None and worst <= n_tickets:
            status = Outlook.SAFE_UNLESS_DISCRETIONARY
        elif best is not None and best <= n_tickets:
            status = Outlook.OPEN
        else:
            status = Outlook.OUT
        needs: list[str] = []
        if status is Outlook.OPEN:
            needs = _needs(order, group, results, first, name, worst_from, n_tickets)
        out.append(
            SkaterOutlook(
                name,
                status,
                rows[first].number if first is not None else None,
                best,
                worst,
                tuple(needs),
            )
        )
    out.sort(key=lambda s: (s.first_row if s.first_row is not None else n + 1, s.name))
    remaining = [str(d) for d in order.distances if d not in results]
    if order.mass_start_row is not None and mass_start is None:
        remaining.append(MASS_START)
    return OutlookTable(order, n_tickets, limit, tuple(remaining), tuple(out))


def _needs(
    order: SelectionOrder,
    group: list[int | str | None],
    results: Mapping[int, object],
    first: int | None,
    name: str,
    worst_from: Callable[[int, str], int],
    tickets: int,
) -> list[str]:
    def guarantees(i: int) -> bool:
        start = i if first is None else min(i, first)
        return worst_from(start, name) <= tickets

    needs: list[str] = []
    open_distances = sorted(
        {r.distance for r in order.rows if r.distance is not None and r.distance not in results},
        key=lambda d: order.rows_of(d)[0].number,
    )
    for d in open_distances:
        by_place = {r.place: r.number - 1 for r in order.rows_of(d)}
        best_place = 0
        place = 1
        while place in by_place and guarantees(by_place[place]):
            best_place = place
            place += 1
        if best_place:
            needs.append(_place_text(d, best_place))
    ms = order.mass_start_row
    if ms is not None and group[ms - 1] == MASS_START and guarantees(ms - 1):
        needs.append("the mass-start row")
    return needs
