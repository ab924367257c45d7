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
[`points`][skatecalc.points.points].

    >>> points_many(["1:42.68", "1.46,38", "DQ", None], 1500)
    [Decimal('34.226'), Decimal('35.460'), None, None]
    >>> [(t.event, t.name, t.points) for t in totals(
    ...     [("Femke Kok", "WC 2024", 500, "37.07"), ("Femke Kok", "WC 2024", 1000, "1:14.35")],
    ...     [500, 1000])]
    [('WC 2024', 'Femke Kok', Decimal('74.245'))]

Source: the samalog rule of [`skatecalc.points`][skatecalc.points] (ISU Special Regulations &
Technical Rules Speed Skating, Rule 265 in the 2014 edition). Status: verified.
"""

from __future__ import annotations

import gc
from collections.abc import Hashable, Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import islice, repeat
from operator import add
from typing import Any, NamedTuple, cast

from ._exact import EXACT
from .bulkparts import (
    CACHE_LIMIT,
    COMMON,
    MILLI,
    MISS,
    NOTHING,
    NUMBER,
    PROBE,
    Ident,
    Members,
    Packing,
    Tails,
    as_combination,
    check_name,
    check_rounding,
    event_members,
    points_of,
    row_fields,
    slot_of,
    str_rows,
)
from .championship.combinations import Combination
from .errors import DuplicateError, ResultsError, SkatecalcError
from .limits import shown as said
from .samalog import Rounding, check_distance, points_thousandths
from .time import ResultLike, Status

__all__ = ["Total", "points_many", "totals"]


def points_many(
    times: Iterable[ResultLike], distance: int, *, rounding: Rounding = Rounding.TRUNCATE
) -> list[Decimal | None]:
    """Samalog points for each time in ``times`` on ``distance`` metres, as a list.

    Each value equals [`skatecalc.points`][skatecalc.points.points] of the same time: a time is text
    (ISU, Dutch or seconds notation), a ``RaceTime`` or a ``Decimal``. A status (``"DQ"``,
    ``"dnf"``, ``Status.DNS``) or ``None`` gives ``None``, so the list has one entry per
    time, in order. A list (not an iterator) is returned so that it can be assigned to a
    pandas column. A bad time raises the error [`skatecalc.points`][skatecalc.points.points] raises,
    located at its position counted from 0 (a float, also pandas' ``NaN``, is refused: it cannot
    hold a time exactly).

    Each distinct time string is read once per call and its ``Decimal`` made once (equal
    strings share one ``Decimal``, which is immutable), so a database's few distinct times
    cost a dictionary look-up each. With pyarrow, polars or pandas installed, a column of
    theirs is scored without a Python object per row: see
    `skatecalc.columnar`.

    >>> points_many(["37.07", "1:14.35", "dnf"], 1000)
    [Decimal('18.535'), Decimal('37.175'), None]
    >>> points_many(["37.07", "1:7x.10"], 500)
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidTimeError: '1:7x.10' is not a race time: ... (item 1, counting from 0)
    """
    check_distance(distance)
    check_rounding(rounding)
    if isinstance(times, str | bytes) or not isinstance(times, Iterable):
        raise SkatecalcError(
            f"times must be an iterable of times (a list, a pandas Series), not {said(times)}"
        )
    columnar = _columnar_points(times, distance, rounding)
    if columnar is not None:
        return columnar
    out: list[Decimal | None] = []
    values = iter(times)
    cache: dict[str, Decimal | None] = {}
    _score(out, islice(values, PROBE), distance, rounding, cache)
    if len(cache) > PROBE // 2:  # mostly distinct strings: looking each up costs more
        cache.clear()
        _score(out, values, distance, rounding, None)
    else:
        _score(out, values, distance, rounding, cache)
    return out


def _score(
    out: list[Decimal | None],
    times: Iterable[ResultLike],
    distance: int,
    rounding: Rounding,
    cache: dict[str, Decimal | None] | None,
) -> None:
    """Append the points of ``times`` to ``out``, each distinct string read once when
    ``cache`` is given (at most `CACHE_LIMIT` remembered)."""
    append = out.append
    get = (cache if cache is not None else {}).get
    times_milli = EXACT.multiply  # the caller's decimal context never rounds a point
    milli = MILLI
    miss = MISS
    match = COMMON.fullmatch
    number = NUMBER
    truncate = rounding is Rounding.TRUNCATE
    for value in times:
        if type(value) is str:
            if cache is not None:
                p = get(value, miss)
                if p is not miss:
                    append(p)  # type: ignore[arg-type]  # a Decimal or None from the cache
                    continue
            m = match(value)  # the common notation inline: the hot path of distinct times
            if m is not None:
                minutes, seconds, plain, frac = m.groups()
                if minutes is None:
                    whole = number.get(plain)
                    if whole is None:
                        whole = int(plain)
                else:
                    whole = number[minutes] * 60 + number[seconds]
                h = whole * 100 + number[frac]
                if h:
                    p = times_milli(
                        h * 5000 // distance
                        if truncate
                        else points_thousandths(h, distance, rounding),
                        milli,
                    )
                    if cache is not None and len(cache) < CACHE_LIMIT:
                        cache[value] = p
                    append(p)
                    continue
        try:
            thousandths = points_of(value, distance, rounding)
        except SkatecalcError as exc:
            raise exc.at(f"item {len(out)}, counting from 0") from None
        p = (
            None
            if thousandths is None or isinstance(thousandths, Status)
            else times_milli(thousandths, milli)
        )
        if cache is not None and type(value) is str and len(cache) < CACHE_LIMIT:
            cache[value] = p
        append(p)


def _columnar_points(
    times: object, distance: int, rounding: Rounding
) -> list[Decimal | None] | None:
    """The points of a pyarrow, polars or pandas column (`skatecalc.columnar`), else ``None``."""
    if not type(times).__module__.startswith(("pyarrow", "polars", "pandas")):
        return None
    from .columnar import column_points  # only for such a column

    return column_points(times, distance, rounding)


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


_WHERE = "row {}, counting from 0"  # where a row's error is


def _fields_at(row: object, index: int) -> tuple[object, object, object, object]:
    """``row_fields(row)`` (a row that is not four values as a tuple or list), an error
    located at the row ``index``."""
    try:
        return row_fields(row)
    except SkatecalcError as exc:
        raise exc.at(_WHERE.format(index)) from None


def totals(
    rows: Iterable[Sequence[object] | Mapping[str, object]],
    combination_or_distances: Combination | str | Sequence[int],
    *,
    rounding: Rounding = Rounding.TRUNCATE,
) -> list[Total]:
    """Stream ``rows`` and total the points per skater and event, in first-seen order.

    A row is a tuple ``(name, event, distance, time)`` or a row with field names, read by
    those names in any order (a dict, a named tuple, a ``sqlite3.Row``): ``name``,
    ``event`` (or ``championship``), ``distance`` and ``time``; a named row without them
    is refused. ``event`` is any hashable key (``"WC 2024"``, ``(2024, "men")``), never
    missing (``None`` or ``NaN`` is refused); ``distance`` is whole metres (an ``int`` or
    digits such as ``"500"``, as a CSV reader gives them); ``time`` is what
    `points_many` reads (a status counts, ``None`` adds nothing but enters the skater: a
    skater without any time has a total of 0 points, ``skated`` 0). Names are matched exactly;
    two spellings of one name that differ only in case or spacing within an event raise
    [`DuplicateError`][skatecalc.errors.DuplicateError], as
    [`classify`][skatecalc.championship.classification.classify] does. Every event is scored against
    ``combination_or_distances``: a combination or its name, or the distances of one
    (``[500, 1000, 500, 1000]``).

    Memory is bounded by the number of skaters and events (and of distinct names), not of
    rows. Equal totals share one ``Decimal`` (immutable); the cyclic garbage collector is
    paused while the ``Total`` tuples are made (they hold no cycle) and restored as found.
    The rows of a ``csv.reader`` (lists of text, unless its quoting makes numbers or
    ``None``) are read by a loop that checks no type: a row of the event of the row before,
    with a distance and a time string met before, costs two look-ups.
    A bad row raises an error located at the row, counted from 0. A distance given more
    often for one skater in one event than the combination has it (twice for the sprint's
    500 m, once for the allround 5000 m) raises
    [`DuplicateError`][skatecalc.errors.DuplicateError]: a duplicated row is never counted
    twice.

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
    comb = as_combination(combination_or_distances)
    check_rounding(rounding)
    if type(rows).__module__.startswith(("pyarrow", "polars", "pandas")):
        from .columnar import column_rows  # only for such a table

        rows = column_rows(rows) or rows
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise ResultsError(
            f"rows must be an iterable of (name, event, distance, time) rows, not {said(rows)}"
        )
    allowed: dict[int, int] = {}
    for d in comb.distances:
        allowed[d] = allowed.get(d, 0) + 1
    slot = {d: i for i, d in enumerate(allowed)}
    limits = list(allowed.values())
    distances = list(allowed)
    # Each check or parse is done once per distinct value and remembered: a distance as
    # given (500 or "500") -> its slot; per slot, a time string -> what it adds to a pair
    # (below), its status or None; a name as given -> the texts met of its variant key
    # (case and accents folded) and the spelling shown. Skater and event pairs are numbered
    # in first-seen order; per event, a name as given -> its number (a name met spelt two
    # ways is looked up by each spelling, to refuse a second spelling). Each pair is one
    # exact integer, `Packing`: its total, times skated and a count per slot, so a row
    # costs one addition and one mask test.
    pack = Packing(limits, len(comb.distances), min(distances))
    caches: list[dict[str, int]] = [{} for _ in limits]  # time -> pack.encode() per slot
    cache_of: dict[object, dict[str, int]] = {}  # a distance as given -> its slot's cache
    position_of = {id(cache): j for j, cache in enumerate(caches)}
    known: dict[str, Ident] = {}
    spellings: dict[str, list[str]] = {}  # a variant key -> the texts met of it
    events: dict[Hashable, Members] = {}
    data: list[int] = []
    pair_events: list[Hashable] = []  # the event of each pair
    pair_names: list[str] = []  # the spelling of each pair
    statuses: dict[int, Status] = {}  # the first status of a pair
    members: Members = {}
    current: object = MISS
    ident: Any = None  # (texts of its variant key, spelling, first text) of a name checked
    over, flags, keep, start = pack.over, pack.flags, ~pack.status_mask, pack.start
    last_text: str | None = None  # the last distance given as text, and its cache
    last_cache: dict[str, int] = {}
    where = _WHERE
    plain = str_rows(rows)  # a csv.reader's: lists of str, the loop within takes them
    numbered = enumerate(cast("Iterable[Any]", rows))
    for index, row in numbered:  # each checked here
        kind = type(row)
        try:
            if kind is not tuple and kind is not list:
                raise ValueError
            name, event, raw_distance, time = row
        except ValueError:
            name, event, raw_distance, time = _fields_at(row, index)
        while True:  # this row; then, from a csv.reader, the rows after it (below)
            # the pair of (name, event); an event other than a str is compared only through
            # the dict of events (it may be unhashable), a name only once checked
            if event is current or (type(event) is str and event == current):
                try:
                    pair = members.get(name, -1)
                except TypeError:  # an unhashable name, refused below
                    pair = -1
            else:
                pair = -2
            if pair < 0:
                try:
                    ident = known.get(name) if type(name) is str else None
                    if ident is None:
                        ident = check_name(name, known, spellings)
                    if pair == -2:
                        members = event_members(event, events)
                        current = event
                        pair = members.get(name, -1)  # a checked name
                except SkatecalcError as exc:
                    raise exc.at(where.format(index)) from None
            dkind = type(raw_distance)
            if dkind is str and raw_distance == last_text:  # a CSV's: a new string every row,
                cache = last_cache  # but the same text as the row before (race by race)
            else:
                found = cache_of.get(raw_distance) if dkind is int or dkind is str else None
                if found is None:
                    try:
                        found = caches[slot_of(raw_distance, slot, comb)]
                    except SkatecalcError as exc:
                        raise exc.at(where.format(index)) from None
                    if dkind is int or dkind is str:
                        cache_of[raw_distance] = found
                cache = found
                if dkind is str:
                    last_text, last_cache = raw_distance, cache
            step = cache.get(time, 0) if type(time) is str else 0
            if not step:  # not known yet, or None
                position = position_of[id(cache)]
                try:
                    step = pack.encode(points_of(time, distances[position], rounding), position)
                except SkatecalcError as exc:
                    raise exc.at(where.format(index)) from None
                if step == NOTHING:  # no time: the skater is entered, nothing is added
                    step = 0
                elif type(time) is str and len(cache) < CACHE_LIMIT:
                    cache[time] = step
            if pair < 0:
                texts, shown, first_name = ident  # set above: the name was checked
                # keep no string of this row: equal text is the same key (and the same event)
                owner = current if type(event) is str and type(current) is str else event
                if len(texts) > 1:  # the name met spelt another way: its pair in this event?
                    for text in texts:
                        pair = members.get(text, -1)
                        if pair >= 0:
                            break
                if pair < 0:
                    pair = len(data)
                    data.append(pack.start)
                    pair_events.append(owner)
                    pair_names.append(shown)
                elif (first := pair_names[pair]) != shown:
                    raise DuplicateError(
                        f"skater {said(name)} in event {said(event)} differs from"
                        f" {said(first)} only in case or accents: spell one skater one"
                        " way (classify refuses the same)",
                        where=where.format(index),
                    )
                members[first_name] = pair
            value = data[pair] + step
            if value & flags:  # a status, or a distance given too often
                if value & over:
                    position = position_of[id(cache)]
                    limit = limits[position]
                    allowed_times = f"{limit} times" if limit > 1 else "once"
                    raise DuplicateError(
                        f"{said(name)} has more {distances[position]} m results in event"
                        f" {said(event)} than {comb} has ({allowed_times})",
                        where=where.format(index),
                    )
                if pair not in statuses:
                    statuses[pair] = pack.status(value)  # the first status met
                value &= keep  # the status counted its distance; its code is taken away
            data[pair] = value
            if not plain:
                break
            # A csv.reader's rows are lists of str: no type to check. A row of the event,
            # the distance text (or one met before) and a time string read before, of a
            # pair met before or new, costs two look-ups; any other row leaves this loop
            # for the code above (which reads it afresh), which then comes back here.
            for index, row in numbered:
                try:
                    name, event, raw_distance, time = row
                except ValueError:
                    name, event, raw_distance, time = _fields_at(row, index)
                if event != current:
                    break
                if raw_distance != last_text:
                    found = cache_of.get(raw_distance)
                    if found is None:
                        break
                    last_text, last_cache = raw_distance, found
                known_step = last_cache.get(time)
                if known_step is None:
                    break
                known_pair = members.get(name)
                if known_pair is None:  # the pair's first row, or another spelling
                    ident = known.get(name)
                    if ident is None or len(ident[0]) > 1:  # spelt two ways: see above
                        break
                    value = start + known_step
                    if value & flags:
                        break
                    members[ident[2]] = len(data)
                    data.append(value)
                    pair_events.append(current)
                    pair_names.append(ident[1])
                    continue
                value = data[known_pair] + known_step
                if value & flags:
                    break
                data[known_pair] = value
            else:
                break  # the rows are read
        if plain:
            break  # (the loop within read them all)
    # the totals in C loops (map): the last four fields of a pair's Total made once per
    # distinct running total (`Tails`: equal totals share one Decimal, which is immutable)
    tails = Tails(pack, len(comb.distances))
    fields = map(add, zip(pair_events, pair_names, strict=True), map(tails.__getitem__, data))
    make = tuple.__new__  # Total's own __new__ is Python code
    # One Total per pair (10^5 and more): new tuples that hold no cycle, which the cyclic
    # collector would otherwise scan again and again together with the caller's whole heap
    # (the rows, when the caller holds them); it is paused while they are made.
    collecting = gc.isenabled()
    gc.disable()
    try:
        out: list[Total] = list(map(make, repeat(Total), fields))
        for i, status in statuses.items():  # rare: a total with a status has no points
            event, shown, _, times, _, _ = out[i]
            out[i] = make(Total, (event, shown, None, times, False, status))
    finally:
        if collecting:
            gc.enable()
    return out
