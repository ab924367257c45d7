"""The parts of `skatecalc.bulk`: reading a time or a row once, and the packed running
total of a skater in an event (`Packing`).

Every function here is exactly what `skatecalc.bulk` documents; this module only keeps
that one short. Times go through one compiled pattern for the common ISU notation and
otherwise through [`parse_result`][skatecalc.time.parse_result], so results and errors are
those of [`points`][skatecalc.points.points].
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from ._exact import EXACT
from .championship.combinations import Combination, combination
from .errors import InvalidDistanceError, InvalidRuleError, ResultsError, SkatecalcError
from .limits import MAX_RACE_TIME_HUNDREDTHS, shown
from .notation import name_key, variant_key
from .samalog import Rounding, points_thousandths
from .time import DIGITS, RaceTime, Status, parse_result

# The common ISU notation, exactly as RaceTime.parse reads it: minutes (at most three digits,
# so below 24 hours) and two-digit seconds below 60, or plain seconds (at most four digits);
# then two decimals and an optional thousandth (truncated: the official time counts). Groups:
# minutes, seconds after a colon, plain seconds, hundredths. Anything else (Dutch notation,
# tenths, hours, spaces, statuses, errors) takes the reference path.
COMMON = re.compile(r"(?:([0-9]{1,3}):([0-5][0-9])|([0-9]{1,4}))\.([0-9]{2})[0-9]?")


def hundredths(value: object) -> int | Status | None:
    """The official time of ``value`` in whole hundredths, a status, or ``None``."""
    if type(value) is str:
        m = COMMON.fullmatch(value)
        if m is not None:
            minutes, seconds, plain, frac = m.groups()
            if minutes is None:
                h = int(plain) * 100 + int(frac)
            else:
                h = (int(minutes) * 60 + int(seconds)) * 100 + int(frac)
            if h:  # zero is refused (or is a thousandth) by the reference path
                return h
    result = parse_result(value)  # type: ignore[arg-type]  # it refuses what it cannot read
    if isinstance(result, RaceTime):
        return result.hundredths
    return result


def check_rounding(rounding: object) -> Rounding:
    if not isinstance(rounding, Rounding):
        raise SkatecalcError(
            f"{shown(rounding)} is not a Rounding: use Rounding.TRUNCATE or HALF_UP"
        )
    return rounding


MILLI = Decimal("0.001")  # EXACT.multiply(n, MILLI) == as_points(n): exponent -3, exact


class Decimals(dict[int, Decimal]):
    """Thousandths -> the same value as a ``Decimal`` with three decimals, each made once
    (a ``Decimal`` is immutable: equal values share one).

    >>> d = Decimals()
    >>> d[92675], d[92675] is d[92675]
    (Decimal('92.675'), True)
    """

    __slots__ = ()

    def __missing__(self, thousandths: int) -> Decimal:
        value = self[thousandths] = EXACT.multiply(thousandths, MILLI)
        return value


CACHE_LIMIT = 1 << 16  # distinct time strings remembered per call (bounded memory)
MISS = object()
PROBE = 4096  # the first times tell whether remembering each string pays
# Every string of one to three ASCII digits (leading zeros too) and its value: a look-up
# instead of int() for the groups of COMMON (int() of a 4-digit plain seconds remains).
NUMBER = DIGITS | {f"{i:03d}": i for i in range(1000)}  # one to three digits


def points_of(value: object, distance: int, rounding: Rounding) -> int | Status | None:
    """Points (thousandths) for ``value`` on ``distance``, its status, or ``None``."""
    parsed = hundredths(value)
    if type(parsed) is int:
        if rounding is Rounding.TRUNCATE:
            return parsed * 5000 // distance
        return points_thousandths(parsed, distance, rounding)
    return parsed


_ROW_KEYS = ("name", "event", "distance", "time")
_NEEDS = "a row needs 'name', 'event' (or 'championship'), 'distance' and 'time'"


def row_fields(row: object) -> tuple[object, object, object, object]:
    """``(name, event, distance, time)`` of a row that is not a plain tuple or list: a row
    with field names (a ``Mapping``, a named tuple's ``_fields``, a ``sqlite3.Row``'s
    ``keys()``) by those names, whatever their order; another sequence of four by position.
    """
    if isinstance(row, Mapping):
        return _by_name(row, row)
    fields = getattr(type(row), "_fields", None)  # a named tuple
    if isinstance(fields, tuple) and isinstance(row, tuple):
        return _by_name(row, dict(zip(fields, row, strict=False)))
    keys = getattr(row, "keys", None)  # sqlite3.Row and other rows read by column name
    if callable(keys) and not isinstance(row, str | bytes):
        try:
            names = list(keys())
            values = dict(zip(names, cast("Sequence[object]", row), strict=False))
        except (TypeError, ValueError):
            names = None
        if names is not None and all(isinstance(n, str) for n in names):
            return _by_name(row, values)
    if isinstance(row, Sequence) and not isinstance(row, str | bytes) and len(row) == 4:
        name, event, dist, time = row
        return name, event, dist, time
    raise ResultsError(
        f"{shown(row)} is not a row: give (name, event, distance, time) or a dict with those keys"
    )


def _by_name(row: object, values: Mapping[object, object]) -> tuple[object, object, object, object]:
    """The four fields of ``row`` from ``values``, its values by field name."""
    event_key = "event" if "event" in values else "championship"
    missing = [k for k in _ROW_KEYS if (event_key if k == "event" else k) not in values]
    if missing:
        lacks = f"has no {', '.join(repr(k) for k in missing)}: {_NEEDS}"
        if isinstance(row, Mapping):
            raise ResultsError(f"{shown(row)} {lacks}")
        raise ResultsError(
            f"{shown(row)} (fields {', '.join(map(shown, values))}) {lacks}; a row with field"
            " names is read by those names, not by position (name the columns so, e.g."
            " SELECT skater AS name, or give plain tuples in that order)"
        )
    return values["name"], values[event_key], values["distance"], values["time"]


def hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def missing(value: object) -> bool:
    """Whether ``value`` is a missing value: not equal to itself (``NaN`` of float, numpy
    or ``Decimal``, pandas' ``NaT``), or without a truth of its own (pandas' ``NA``)."""
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return True


def distance_of(value: object) -> int:
    if type(value) is int:
        return value
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        return int(value)
    raise InvalidDistanceError(
        f"{shown(value)} is not a distance: give whole metres, e.g. 500 or '500'"
    )


NOTHING = -1  # the code of no result (None): the row is skipped
STATUSES = tuple(Status)  # a status is coded by its index here plus one (`Packing`)


class Packing:
    """One skater's running total in one event as one exact integer, for `totals`.

    Bits from the lowest: the total in thousandths of a point (``total_bits``: more than
    the largest possible total, times below 24 hours on every distance), the times skated
    (``skated_bits``), one field per distinct distance of ``width`` bits, then a status
    field. A distance's field starts at ``2**(width-1) - 1 - limit`` and each result on
    that distance adds 1, so its top bit is set exactly when the distance is given more
    often than the combination has it (``over`` holds those top bits; a field never
    carries into the next one, since a row is refused as soon as one overflows). A time
    adds ``points + skated_unit + used[slot]`` (`encode`); a status adds ``used[slot]``
    and its code (its index in ``STATUSES`` plus one) in the status field, which the
    caller reads (`status`) and clears at once. ``flags`` holds ``over`` and the status
    field: one mask test per row tells whether anything but a time was added.

    >>> p = Packing([2, 2], 4, 500)
    >>> v = p.start + p.encode(37070, 0) + p.encode(74350 // 2, 1)
    >>> p.read(v), v & p.flags
    ((74245, 2), 0)
    >>> v + p.encode(37000, 0) + p.encode(37000, 0) & p.over != 0  # a third 500 m
    True
    >>> p.encode(None, 0), p.status(p.start + p.encode(Status.DQ, 0))
    (-1, <Status.DQ: 'DQ'>)
    """

    __slots__ = (
        "flags",
        "mask",
        "over",
        "skated_mask",
        "skated_shift",
        "skated_unit",
        "start",
        "status_mask",
        "status_shift",
        "used",
    )

    def __init__(self, limits: list[int], n: int, shortest: int) -> None:
        most = (MAX_RACE_TIME_HUNDREDTHS * 5000 // shortest + 1) * n
        total_bits = most.bit_length()
        skated_bits = n.bit_length() + 1
        width = max(limits).bit_length() + 2
        self.mask = (1 << total_bits) - 1
        self.skated_shift = total_bits
        self.skated_unit = 1 << total_bits
        self.skated_mask = (1 << skated_bits) - 1
        first = total_bits + skated_bits
        offsets = [first + j * width for j in range(len(limits))]
        self.used = [1 << o for o in offsets]
        self.over = sum(1 << (o + width - 1) for o in offsets)
        self.start = sum(
            ((1 << (width - 1)) - 1 - lim) << o for lim, o in zip(limits, offsets, strict=True)
        )
        self.status_shift = first + len(limits) * width
        self.status_mask = ((1 << len(STATUSES).bit_length()) - 1) << self.status_shift
        self.flags = self.over | self.status_mask

    def encode(self, points: int | Status | None, position: int) -> int:
        """What a result adds on the distance at ``position`` (a positive number): for a
        time, its points (thousandths), one time skated and one use of the distance; for
        a status, one use of the distance and the status's code. ``NOTHING`` (-1) for no
        result."""
        if type(points) is int:
            return points + self.skated_unit + self.used[position]
        if points is None:
            return NOTHING
        code = STATUSES.index(points) + 1
        return self.used[position] + (code << self.status_shift)

    def status(self, value: int) -> Status:
        """The status whose code ``value`` holds (it holds one)."""
        return STATUSES[((value & self.status_mask) >> self.status_shift) - 1]

    def read(self, value: int) -> tuple[int, int]:
        """The total (thousandths) and the times skated held by ``value``."""
        return value & self.mask, (value >> self.skated_shift) & self.skated_mask


class Tails(dict[int, tuple[Decimal, int, bool, None]]):
    """A running total packed by `Packing` -> the last four fields of its ``Total``: the
    points as a ``Decimal`` (`Decimals`: equal totals share one), the times skated, whether
    they are the ``n`` of the combination, and no status. Each made once per distinct value.

    >>> p = Packing([2, 2], 4, 500)
    >>> t = Tails(p, 4)
    >>> t[p.start + p.encode(37070, 0) + p.encode(37175, 1)]
    (Decimal('74.245'), 2, False, None)
    """

    __slots__ = ("decimals", "n", "pack")

    def __init__(self, pack: Packing, n: int) -> None:
        super().__init__()
        self.pack, self.n, self.decimals = pack, n, Decimals()

    def __missing__(self, value: int) -> tuple[Decimal, int, bool, None]:
        total, skated = self.pack.read(value)
        tail = self[value] = (self.decimals[total], skated, skated == self.n, None)
        return tail


Ident = tuple[list[str], str, str]
"""A name checked: the texts met of its variant key (case and accents folded), the spelling
shown, and the first text of the name itself."""


def check_name(name: object, known: dict[str, Ident], spellings: dict[str, list[str]]) -> Ident:
    """The texts met of the variant key of ``name`` (one list shared by every name with that
    key, in ``spellings``: the first text of each), the spelling shown and ``name`` itself
    (the first such text met, kept as the key of later look-ups), remembered in ``known``."""
    if not isinstance(name, str) or not name.strip():
        raise ResultsError(f"{shown(name)} is not a skater's name")
    ident = known.get(name)  # a str of another type, equal to a text met
    if ident is None:
        texts = spellings.setdefault(variant_key(name), [])  # the identity rule
        texts.append(name)
        ident = known[name] = (texts, name_key(name), name)
    return ident


Members = dict[str, int]
"""The pairs of one event, by the name as given (the first text of each spelling met)."""


def event_members(event: object, events: dict[Hashable, Members]) -> Members:
    """The pairs of ``event`` by name as given (a new event gets an empty mapping)."""
    if type(event) is not str:
        if event is None or (hashable(event) and missing(event)):
            raise ResultsError(
                f"{shown(event)} is not an event key: the event is missing (None, NaN or a"
                " null); give every row its event"
            )
        if not hashable(event):
            raise ResultsError(f"{shown(event)} is not an event key")
    key: Hashable = event  # checked hashable
    members = events.get(key)
    if members is None:
        members = events[key] = {}
    return members


def slot_of(value: object, slot: dict[int, int], comb: Combination) -> int:
    """The position of a distance (as given) among the combination's distinct distances."""
    distance = value if type(value) is int else distance_of(value)
    position = slot.get(distance)
    if position is None:
        raise InvalidDistanceError(
            f"{distance} m is not a distance of {comb} ({', '.join(map(str, comb.distances))})"
        )
    return position


def as_combination(value: Combination | str | Sequence[int]) -> Combination:
    if isinstance(value, str):
        return combination(value)
    if isinstance(value, Combination):
        return value
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        distances = tuple(cast("Sequence[int]", value))
        return Combination(f"distances {', '.join(map(shown, distances))}", distances)
    raise InvalidRuleError(
        f"{shown(value)} is not a combination: give one, its name, or its distances"
    )


def str_rows(rows: object) -> bool:
    """Whether every row of ``rows`` is a list of str: a ``csv.reader`` whose quoting makes
    no other value (not ``QUOTE_NONNUMERIC``'s floats, nor the ``None`` of Python 3.12's
    ``QUOTE_STRINGS`` and ``QUOTE_NOTNULL``).

    >>> import csv
    >>> str_rows(csv.reader(["A,E,500,37.07"])), str_rows([["A", "E", "500", "37.07"]])
    (True, False)
    """
    if type(rows).__module__ != "_csv":
        return False
    import csv  # imported already by whoever made the reader

    quoting = (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE)
    return type(rows) is type(csv.reader(())) and cast("Any", rows).dialect.quoting in quoting
