"""Bulk re-scoring: samalog points and totals for a whole database of results.

Two functions for a statistician who re-scores many championships at once:

* `points_many` scores an iterable of times on one distance (a list, a generator, a
  pandas ``Series`` of strings) and returns a list of ``Decimal`` points, each exactly
  ``points(time, distance)``;
* `totals` streams rows of ``(name, event, distance, time)`` and returns one
  `Total` per skater and event, holding only one running total per skater and event
  (never the rows, never a ``Standing``).

Both read the common ISU notation (``1:46.38``, ``37.13``, ``1:45.009``) with one compiled
pattern and integer arithmetic; anything else goes through
[`RaceTime.parse`][skatecalc.time.RaceTime.parse], so results and errors are those of
[`points`][skatecalc.samalog.points].

    >>> points_many(["1:42.68", "1.46,38", "DQ", None], 1500)
    [Decimal('34.226'), Decimal('35.460'), None, None]
    >>> [(t.event, t.name, t.points) for t in totals(
    ...     [("Femke Kok", "WC 2024", 500, "37.07"), ("Femke Kok", "WC 2024", 1000, "1:14.35")],
    ...     [500, 1000])]
    [('WC 2024', 'Femke Kok', Decimal('74.245'))]

Source: the samalog rule of [`skatecalc.samalog`][skatecalc.samalog] (ISU Special Regulations &
Technical Rules Speed Skating, Rule 265 in the 2014 edition). Status: verified.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple, cast

from .championship.combinations import Combination, combination
from .errors import (
    DuplicateError,
    InvalidDistanceError,
    InvalidRuleError,
    ResultsError,
    SkatecalcError,
)
from .limits import shown
from .names import name_key, variant_key
from .samalog import Rounding, check_distance, points_thousandths
from .time import RaceTime, ResultLike, Status, parse_result

__all__ = ["Total", "points_many", "totals"]

# The common ISU notation, exactly as RaceTime.parse reads it: minutes (at most three digits,
# so below 24 hours) and two-digit seconds below 60, or plain seconds (at most four digits);
# then two decimals and an optional thousandth (truncated: the official time counts). Groups:
# minutes, seconds after a colon, plain seconds, hundredths. Anything else (Dutch notation,
# tenths, hours, spaces, statuses, errors) takes the reference path.
_COMMON = re.compile(r"(?:([0-9]{1,3}):([0-5][0-9])|([0-9]{1,4}))\.([0-9]{2})[0-9]?")


def _hundredths(value: object) -> int | Status | None:
    """The official time of ``value`` in whole hundredths, a status, or ``None``."""
    if type(value) is str:
        m = _COMMON.fullmatch(value)
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


def _check_rounding(rounding: object) -> Rounding:
    if not isinstance(rounding, Rounding):
        raise SkatecalcError(
            f"{shown(rounding)} is not a Rounding: use Rounding.TRUNCATE or HALF_UP"
        )
    return rounding


def points_many(
    times: Iterable[ResultLike], distance: int, *, rounding: Rounding = Rounding.TRUNCATE
) -> list[Decimal | None]:
    """Samalog points for each time in ``times`` on ``distance`` metres, as a list.

    Each value equals [`skatecalc.points`][skatecalc.samalog.points] of the same time: a time
    is text (ISU, Dutch or seconds notation), a ``RaceTime`` or a ``Decimal``. A status (``"DQ"``,
    ``"dnf"``, ``Status.DNS``) or ``None`` gives ``None``, so the list has one entry per
    time, in order. A list (not an iterator) is returned so that it can be assigned to a
    pandas column. A bad time raises the error [`skatecalc.points`][skatecalc.samalog.points]
    raises, located at its position counted from 0 (a float, also pandas' ``NaN``, is
    refused: it cannot hold a time exactly).

    >>> points_many(["37.07", "1:14.35", "dnf"], 1000)
    [Decimal('18.535'), Decimal('37.175'), None]
    >>> points_many(["37.07", "1:7x.10"], 500)
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidTimeError: '1:7x.10' is not a race time: ... (item 1, counting from 0)
    """
    check_distance(distance)
    _check_rounding(rounding)
    if isinstance(times, str | bytes) or not isinstance(times, Iterable):
        raise SkatecalcError(
            f"times must be an iterable of times (a list, a pandas Series), not {shown(times)}"
        )
    truncate = rounding is Rounding.TRUNCATE
    out: list[Decimal | None] = []
    append = out.append
    match = _COMMON.fullmatch
    for index, value in enumerate(times):
        # The common notation inline (the hot path), the rest through _hundredths.
        m = match(value) if type(value) is str else None
        if m is not None:
            minutes, seconds, plain, frac = m.groups()
            if minutes is None:
                h = int(plain) * 100 + int(frac)
            else:
                h = (int(minutes) * 60 + int(seconds)) * 100 + int(frac)
        else:
            h = 0
        if not h:
            try:
                parsed = _hundredths(value)
            except SkatecalcError as exc:
                raise exc.at(f"item {index}, counting from 0") from None
            if not isinstance(parsed, int):
                append(None)
                continue
            h = parsed
        if truncate:
            append(Decimal(h * 5000 // distance).scaleb(-3))
        else:
            append(Decimal(points_thousandths(h, distance, rounding)).scaleb(-3))
    return out


class Total(NamedTuple):
    """One skater's total in one event, as `totals` returns it.

    ``points`` is the exact sum of the distance points of the times given, or ``None`` when
    the skater has a status (DQ, DNF, DNS, WDR) on any distance, which ``status`` then
    names (the first one met). ``skated`` counts the distances with a time; ``complete`` is
    true when every distance of the combination has one. A list of totals makes a pandas
    ``DataFrame`` directly: ``pd.DataFrame(totals(rows, "sprint"))``.
    """

    event: Hashable
    name: str
    points: Decimal | None
    skated: int
    complete: bool
    status: Status | None


_ROW_KEYS = ("name", "event", "distance", "time")


def _row_fields(row: object) -> tuple[object, object, object, object]:
    if isinstance(row, Mapping):
        event_key = "event" if "event" in row else "championship"
        missing = [k for k in _ROW_KEYS if k not in row and (k != "event" or event_key not in row)]
        if missing:
            raise ResultsError(
                f"{shown(row)} has no {', '.join(repr(k) for k in missing)}: a row needs"
                " 'name', 'event' (or 'championship'), 'distance' and 'time'"
            )
        return row["name"], row[event_key], row["distance"], row["time"]
    if isinstance(row, Sequence) and not isinstance(row, str | bytes) and len(row) == 4:
        name, event, dist, time = row
        return name, event, dist, time
    raise ResultsError(
        f"{shown(row)} is not a row: give (name, event, distance, time) or a dict with those keys"
    )


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _distance(value: object) -> int:
    if type(value) is int:
        return value
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        return int(value)
    raise InvalidDistanceError(
        f"{shown(value)} is not a distance: give whole metres, e.g. 500 or '500'"
    )


def totals(
    rows: Iterable[Sequence[object] | Mapping[str, object]],
    combination_or_distances: Combination | str | Sequence[int],
    *,
    rounding: Rounding = Rounding.TRUNCATE,
) -> list[Total]:
    """Stream ``rows`` and total the points per skater and event, in first-seen order.

    A row is a tuple ``(name, event, distance, time)`` or a dict with the keys ``name``,
    ``event`` (or ``championship``), ``distance`` and ``time``. ``event`` is any hashable
    key (``"WC 2024"``, ``(2024, "men")``); ``distance`` is whole metres (an ``int`` or
    digits such as ``"500"``, as a CSV reader gives them); ``time`` is what
    `points_many` reads (a status counts, ``None`` is ignored). Names are matched exactly;
    two spellings of one name that differ only in case or spacing within an event raise
    [`DuplicateError`][skatecalc.errors.DuplicateError], as
    [`classify`][skatecalc.championship.classification.classify] does. Every event is scored against
    ``combination_or_distances``: a combination or its name, or the distances of one
    (``[500, 1000, 500, 1000]``).

    Memory is bounded by the number of skaters and events (and of distinct names), not of
    rows. A bad row raises
    an error located at the row, counted from 0. A distance given more often for one
    skater in one event than the combination has it (twice for the sprint's 500 m, once
    for the allround 5000 m) raises [`DuplicateError`][skatecalc.errors.DuplicateError]: a
    duplicated row is never counted twice.

    >>> [t.points for t in totals([
    ...     ("Miho Takagi", "WSC 2024", 500, "37.13"),
    ...     ("Miho Takagi", "WSC 2024", 1000, "1:13.32"),
    ...     ("Miho Takagi", "WSC 2024", 500, "37.19"),
    ... ], "sprint")]
    [Decimal('110.980')]
    >>> totals([("A", "X", 1500, "1:50.00")], "sprint")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidDistanceError: 1500 m is not a distance of Sprint ... (row 0, ...)
    """
    comb = _combination(combination_or_distances)
    _check_rounding(rounding)
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise ResultsError(
            f"rows must be an iterable of (name, event, distance, time) rows, not {shown(rows)}"
        )
    truncate = rounding is Rounding.TRUNCATE
    allowed: dict[int, int] = {}
    for d in comb.distances:
        allowed[d] = allowed.get(d, 0) + 1
    slot = {d: i for i, d in enumerate(allowed)}
    limits = list(allowed.values())
    # Per (event, name key): [total thousandths, distances with a time, count per distance...]
    running: dict[tuple[Hashable, str], list[int]] = {}
    spelling: dict[tuple[Hashable, str], str] = {}  # the first spelling of each name
    statuses: dict[tuple[Hashable, str], Status] = {}  # the first status met
    where = "row {}, counting from 0"
    normalised: dict[str, str] = {}  # each distinct name once: as classify() matches names
    shown_as: dict[str, str] = {}  # each distinct name once: its spelling under name_key
    match = _COMMON.fullmatch
    for index, row in enumerate(rows):
        try:
            # Each check has a fast case for the common row (a tuple of str, str, int, str).
            if type(row) is tuple and len(row) == 4:
                name, event, raw_distance, time = row
            else:
                name, event, raw_distance, time = _row_fields(row)
            norm = normalised.get(name) if type(name) is str else None
            if norm is None:
                if not isinstance(name, str) or not name.strip():
                    raise ResultsError(f"{shown(name)} is not a skater's name")
                shown_as[name] = name_key(name)  # the identity rule (skatecalc.names)
                norm = normalised[name] = variant_key(name)
            if type(event) is not str and (event is None or not _hashable(event)):
                raise ResultsError(f"{shown(event)} is not an event key")
            distance = raw_distance if type(raw_distance) is int else _distance(raw_distance)
            position = slot.get(distance)
            if position is None:
                raise InvalidDistanceError(
                    f"{distance} m is not a distance of {comb}"
                    f" ({', '.join(map(str, comb.distances))})"
                )
            m = match(time) if type(time) is str else None
            parsed: int | Status | None = 0
            if m is not None:
                minutes, seconds, plain, frac = m.groups()
                if minutes is None:
                    parsed = int(plain) * 100 + int(frac)
                else:
                    parsed = (int(minutes) * 60 + int(seconds)) * 100 + int(frac)
            if not parsed:
                parsed = _hundredths(time)
        except SkatecalcError as exc:
            raise exc.at(where.format(index)) from None
        if parsed is None:
            continue
        key = (event, norm)
        entry = running.get(key)
        if entry is None:
            entry = running[key] = [0, 0, *([0] * len(limits))]
            spelling[key] = shown_as[cast(str, name)]  # checked above
        elif (first := spelling[key]) != shown_as[cast(str, name)]:
            raise DuplicateError(
                f"skater {shown(name)} in event {shown(event)} differs from"
                f" {shown(first)} only in case or accents: spell one skater one way"
                " (classify refuses the same)",
                where=where.format(index),
            )
        if entry[2 + position] >= limits[position]:
            allowed_times = f"{limits[position]} times" if limits[position] > 1 else "once"
            raise DuplicateError(
                f"{shown(name)} has more {distance} m results in event {shown(event)}"
                f" than {comb} has ({allowed_times})",
                where=where.format(index),
            )
        entry[2 + position] += 1
        if type(parsed) is int:
            entry[0] += (
                parsed * 5000 // distance
                if truncate
                else points_thousandths(parsed, distance, rounding)
            )
            entry[1] += 1
        else:
            assert isinstance(parsed, Status)
            statuses.setdefault(key, parsed)
    n = len(comb.distances)
    out: list[Total] = []
    for key, entry in running.items():
        status = statuses.get(key)
        points = None if status is not None else Decimal(entry[0]).scaleb(-3)
        out.append(
            Total(key[0], spelling[key], points, entry[1], status is None and entry[1] == n, status)
        )
    return out


def _combination(value: Combination | str | Sequence[int]) -> Combination:
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
