"""Building a listing's entries and races as the reader has already checked them.

An `Entry` has eighteen fields; its attrs ``__init__`` sets each through
``object.__setattr__`` (the class is frozen), which was most of the cost of reading a
line. The reader fills Entry's base instead, a plain class holding the same slots, whose
fields are set as ordinary attributes, and then makes it an `Entry` (``__class__``
assignment, which Python allows from a class to a subclass that adds no slots). The reader
has checked the line by then: the entry is one the constructor accepts (the tests build
every entry read again with the constructor and compare).

>>> from skatecalc.time import RaceTime
>>> e = new_entry(1, "Jordan Stolz", "USA", RaceTime.parse("1:05.66"), None, "Neo", (), None, 9)
>>> e == Entry(1, "Jordan Stolz", "USA", RaceTime.parse("1:05.66"), age_group="Neo"), e.line
(True, 9)
"""

from __future__ import annotations

import datetime

from ... import _record
from ...time import RaceTime, Status
from .model import Entry, Race, _EntrySlots

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["new_entry", "new_race"]


def _layout_matches() -> bool:
    # attrs reuses the slots of Entry's base, so that a filled base is an Entry's layout
    if "__slots__" in vars(Entry) and Entry.__slots__:  # slots of its own: not the base's
        return False
    draft = object.__new__(_EntrySlots)
    try:
        draft.__class__ = Entry
    except TypeError:
        return False
    return True


_FAST = _layout_matches()
"""Whether an Entry can be made from its base (else the reader uses the constructor)."""
_new = object.__new__


def new_entry(
    place: int | None,
    name: str,
    nation: str,
    time: RaceTime | None,
    status: Status | None,
    age_group: str,
    records: tuple[str, ...],
    diff: int | None,
    line: int,
) -> Entry:
    """``Entry(place, name, nation, time, status, age_group, records, diff, line)``, the
    same value in a fraction of the time, for a line the reader has checked: what
    `Entry.__attrs_post_init__` checks holds by then (a name after `name_key` and not
    empty; a place of at least 1 and a time, or a status, no place and no DIFF; a DIFF
    in whole thousandths beside a time), so the constructor would accept it."""
    if not _FAST:  # pragma: no cover - another Python whose layout differs
        return Entry(place, name, nation, time, status, age_group, records, diff, line)
    e: Any = _new(_EntrySlots)
    e.place = place
    e.name = name
    e.nation = nation
    e.time = time
    e.status = status
    e.age_group = age_group
    e.records = records
    e.diff = diff
    e.line = line
    e.printed_points = None
    e.printed_name = ""
    e.pair = None
    e.lane = ""
    e.footnote = ""
    e.laps = None
    e.sprints = ()
    e.points_flag = ""
    e.passages = ()
    e.__class__ = Entry
    return e  # type: ignore[no-any-return]


_RACE_FIELDS = tuple(a.name for a in _record.fields(Race))
_set = object.__setattr__


def new_race(
    distance: int | str,
    gender: str,
    date: datetime.date,
    entries: tuple[Entry, ...],
    division: str,
    line: int,
    warnings: tuple[str, ...],
    *,
    single: bool,
) -> Race:
    """``Race(distance, gender, date, entries, division, line, warnings, single=single)``
    for entries the reader has settled already (`settle`): the constructor's checks
    without settling them a second time."""
    race = _new(Race)
    values = (distance, gender, date, entries, division, line, warnings, single, None, "", 0)
    for field, value in zip(_RACE_FIELDS, values, strict=True):
        _set(race, field, value)
    race._check()
    return race
