"""The running totals behind [`totals`][skatecalc.bulk.totals]: one short Python step per
row, everything read once remembered in dictionaries.

Rows are taken in chunks (8 at first, doubling up to `LAST_CHUNK`, small enough to stay in
the processor's cache). A chunk whose rows are all tuples or lists of four with an ``int``
or text distance is read by `Tally.chunk`: per row, (event, name as given) is looked up
for the skater's pair and (distance as given, time) for what the time adds
(`skatecalc.bulkparts.Packing`); then one addition and one mask test. A pair is numbered
in the same step the first time its name and event are met, when the name was checked
before and has no other spelling that differs only in case or accents. Anything else (a
new name or time, a second spelling, ``None``, a bad value) goes to `Tally.row`, which
reads the row in full, checks it in the documented order and raises the error of the
first bad row, located at that row. Both steps keep the same state, so a row gives the
same result whichever step reads it.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from itertools import islice
from operator import itemgetter
from typing import Any

from .bulkparts import (
    CACHE_LIMIT,
    NOTHING,
    Packing,
    hashable,
    points_of,
    row_fields,
    slot_of,
)
from .championship.combinations import Combination
from .errors import DuplicateError, ResultsError, SkatecalcError
from .limits import shown as said
from .names import name_key, variant_key
from .samalog import Rounding

FIRST_CHUNK = 8
LAST_CHUNK = 512  # rows held at a time: memory stays bounded by skaters, not rows
WHERE = "row {}, counting from 0"
_ROWS = frozenset({tuple, list})
_FOUR = frozenset({4})
_DISTANCES = frozenset({int, str})
_TIMES = frozenset({str, type(None)})
_third = itemgetter(2)
_fourth = itemgetter(3)
_NO_EVENT = object()


class _Names(dict[str, str]):
    """A name as given -> the spelling shown (`skatecalc.names.name_key`), each checked
    once. ``ambiguous`` holds the spellings that have another one differing only in case
    or accents (`skatecalc.names.variant_key`), ``spellings`` those of each variant key."""

    __slots__ = ("ambiguous", "spellings", "variant")

    def __init__(self) -> None:
        super().__init__()
        self.variant: dict[str, str] = {}  # spelling shown -> its variant key
        self.spellings: dict[str, list[str]] = {}  # variant key -> the spellings shown
        self.ambiguous: set[str] = set()

    def __missing__(self, name: str) -> str:
        if not isinstance(name, str) or not name.strip():
            raise ResultsError(f"{said(name)} is not a skater's name")
        shown = self[name] = name_key(name)  # the identity rule
        if shown not in self.variant:
            variant = self.variant[shown] = variant_key(shown)
            spellings = self.spellings.setdefault(variant, [])
            spellings.append(shown)
            if len(spellings) > 1:
                self.ambiguous.update(spellings)
        return shown


class Tally:
    """The totals of rows ``(name, event, distance, time)`` against ``comb``, fed with
    `feed`: what [`totals`][skatecalc.bulk.totals] documents. ``running`` maps each pair
    (event, spelling shown), in first-seen order, to its packed running total
    (`skatecalc.bulkparts.Packing`, which also keeps the pair's first status).

    >>> t = Tally(Combination("x", (500, 500)), Rounding.TRUNCATE)
    >>> t.feed([("A", "E", 500, "37.07"), ["A", "E", "500", "37.001"], ("B", "E", 500, "DQ")])
    >>> [(key, t.pack.read(v), t.pack.status(v)) for key, v in t.running.items()]
    [(('E', 'A'), (74070, 2), None), (('E', 'B'), (0, 0), <Status.DQ: 'DQ'>)]
    """

    def __init__(self, comb: Combination, rounding: Rounding) -> None:
        allowed: dict[int, int] = {}
        for d in comb.distances:
            allowed[d] = allowed.get(d, 0) + 1
        self.comb = comb
        self.rounding = rounding
        self.slot = {d: i for i, d in enumerate(allowed)}
        self.limits = list(allowed.values())
        self.distances = list(allowed)
        self.pack = Packing(self.limits, len(comb.distances), min(self.distances))
        self.caches: list[dict[str, int]] = [{} for _ in allowed]  # per slot: time -> step
        self.slots: dict[object, int] = {}  # a distance as given (500, "500") -> its slot
        self.times: dict[object, dict[str, int]] = {}  # the same -> its slot's cache
        self.names = _Names()
        self.texts: dict[str, str] = {}  # an event text -> the first such text, kept
        self.running: dict[tuple[Hashable, str], int] = {}

    def step(self, distance: object, time: object) -> int:
        """What ``time`` on ``distance`` (as given) adds: `Packing.encode`."""
        position = slot_of(distance, self.slot, self.comb)
        thousandths = points_of(time, self.distances[position], self.rounding)
        return self.pack.encode(thousandths, position)

    def cached(self, distance: int | str, time: str | None) -> int:
        """What ``time`` on ``distance`` adds (`step`), each distinct value read once."""
        position = self.slots.get(distance)
        if position is None:
            position = self.slots[distance] = slot_of(distance, self.slot, self.comb)
            self.times[distance] = self.caches[position]
        cache = self.caches[position]
        step = cache.get(time) if time is not None else None
        if step is None:
            thousandths = points_of(time, self.distances[position], self.rounding)
            step = self.pack.encode(thousandths, position)
            if time is not None and step != NOTHING and len(cache) < CACHE_LIMIT:
                cache[time] = step  # the columns take every remembered value for a result
        return step

    def feed(self, rows: Iterable[Any]) -> None:
        """Add ``rows``, counted from 0: a bad row raises its error, located at the row."""
        values = iter(rows)
        base = 0
        size = FIRST_CHUNK
        while chunk := list(islice(values, size)):
            self.chunk(chunk, base)
            base += len(chunk)
            size = min(size * 2, LAST_CHUNK)

    def chunk(self, rows: list[Any], base: int) -> None:
        """Add ``rows``, the first being row ``base``."""
        index = base
        if (
            _ROWS.issuperset(map(type, rows))
            and _FOUR.issuperset(map(len, rows))
            and _DISTANCES.issuperset(map(type, map(_third, rows)))
            and _TIMES.issuperset(map(type, map(_fourth, rows)))
        ):
            times_of = self.times.get
            nowhere: dict[str, int] = {}
            shown_of = self.names.get
            ambiguous = self.names.ambiguous
            text_of = self.texts.setdefault
            running = self.running
            value_of = running.get
            start = self.pack.start
            flags = self.pack.flags
            try:
                for index, (name, event, distance, time) in enumerate(rows, base):
                    step = times_of(distance, nowhere).get(time)
                    if step is None:  # a time not read yet, None, a bad value
                        self.row(index, rows[index - base])
                        continue
                    key = (event, name)
                    value = value_of(key)
                    if value is None:  # a new pair, or a name or an event to check first
                        if shown_of(name) != name or name in ambiguous or event is None:
                            self.row(index, rows[index - base])
                            continue
                        if type(event) is str:  # keep one text per event, not one per row
                            key = (text_of(event, event), name)
                        value = start
                    value += step
                    if value & flags:
                        value = self.flagged(value, step, index, name, event)
                    running[key] = value
                return
            except TypeError:  # an unhashable value: that row and the rest read in full
                pass
        for i in range(index - base, len(rows)):
            self.row(base + i, rows[i])

    def row(self, index: int, row: Any) -> None:
        """Add one row of any kind, checked in full: name, event, distance, time, spelling,
        then the count of the distance."""
        kind = type(row)
        try:
            if (kind is tuple or kind is list) and len(row) == 4:
                name, event, distance, time = row
            else:
                name, event, distance, time = row_fields(row)
            if not isinstance(name, str):
                raise ResultsError(f"{said(name)} is not a skater's name")
            shown = self.names[name]
            if type(event) is not str and (event is None or not hashable(event)):
                raise ResultsError(f"{said(event)} is not an event key")
            if type(distance) in _DISTANCES and (type(time) is str or time is None):
                step = self.cached(distance, time)
            else:
                step = self.step(distance, time)
        except SkatecalcError as exc:
            raise exc.at(WHERE.format(index)) from None
        if step == NOTHING:
            return
        if type(event) is str:
            event = self.texts.setdefault(event, event)
        key = (event, shown)
        value = self.running.get(key)
        if value is None:
            first = self.conflict(event, shown)
            if first is not None:
                raise DuplicateError(
                    f"skater {said(name)} in event {said(event)} differs from"
                    f" {said(first)} only in case or accents: spell one skater one"
                    " way (classify refuses the same)",
                    where=WHERE.format(index),
                )
            value = self.pack.start
        value += step
        if value & self.pack.flags:
            value = self.flagged(value, step, index, name, event)
        self.running[key] = value

    def conflict(self, event: Hashable, shown: str) -> str | None:
        """The other spelling of ``shown`` (case or accents) already in ``event``, if any."""
        if shown in self.names.ambiguous:
            for other in self.names.spellings[self.names.variant[shown]]:
                if other != shown and (event, other) in self.running:
                    return other
        return None

    def flagged(self, value: int, step: int, index: int, name: object, event: object) -> int:
        """``value`` once ``step`` was added, when it holds a status: the first status is
        kept (a later one adds nothing more), or the error of a distance given too often."""
        pack = self.pack
        if value & pack.over:
            position = next(j for j, top in enumerate(pack.tops) if value & top)
            limit = self.limits[position]
            allowed_times = f"{limit} times" if limit > 1 else "once"
            raise DuplicateError(
                f"{said(name)} has more {self.distances[position]} m results in event"
                f" {said(event)} than {self.comb} has ({allowed_times})",
                where=WHERE.format(index),
            )
        code = step & pack.status_mask
        if code and (value - step) & pack.status_mask:  # a second status: the first counts
            value -= code
        return value
