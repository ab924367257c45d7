"""What the last race changed in a cup: places gained or lost, points added.

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
('HVN2', [('Nico Ihle', 2, 1, 1, 100), ('Havard Lorentzen', 1, 2, -1, 70), \
('Kai Verbij', None, 3, None, 80)])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .cup import Cup

__all__ = ["Change", "since_previous"]


@attrs.frozen
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
