"""Reading a saved response of the ISU results service (see `skatecalc.io.feed`)."""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, TypeAlias

from ...errors import FileFormatError
from ...time import RaceTime
from ..csvfile import read_text
from ..sniff import not_json
from .model import (
    Competition,
    Lap,
    Line,
    ScheduleItem,
    ServiceResults,
    behind_mismatches,
    behind_text,
    rank_mismatches,
)

__all__ = ["Kind", "Response", "read_results_service"]

Kind: TypeAlias = Literal["competitions", "schedule", "results"]
Response: TypeAlias = "tuple[Competition, ...] | tuple[ScheduleItem, ...] | ServiceResults"

_TIME = re.compile(r"(?:([0-9]{1,3}):)?([0-9]{1,2})\.([0-9]{1,3})")
_LANES = {"I": "In", "O": "Out"}
_KINDS = {"MS": "mass start"}


def _thousandths(text: object, what: str, where: str, *, zero: bool = False) -> RaceTime | int:
    """``"1:07.606"`` as a RaceTime (or, with ``zero``, ``"0.000"`` as thousandths)."""
    m = _TIME.fullmatch(text) if isinstance(text, str) else None
    if m is None or (m.group(1) is not None and int(m.group(2)) > 59):
        raise FileFormatError(f"{what} {text!r} is not a time such as '1:07.606'", where=where)
    minutes, seconds, frac = int(m.group(1) or 0), int(m.group(2)), m.group(3)
    t = (minutes * 60 + seconds) * 1000 + int(frac) * 10 ** (3 - len(frac))
    if zero:
        return int(t)
    if t <= 0:
        raise FileFormatError(f"{what} {text!r} is not a positive time", where=where)
    return RaceTime(t, len(frac))


def _time(text: object, what: str, where: str) -> RaceTime:
    t = _thousandths(text, what, where)
    assert isinstance(t, RaceTime)
    return t


def _get(item: Mapping[str, Any], key: str, types: type | tuple[type, ...], where: str) -> Any:
    if key not in item:
        raise FileFormatError(f"expected the key {key!r}", where=where)
    value = item[key]
    if not isinstance(value, types) or (
        isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,))
    ):
        raise FileFormatError(f"{key} {value!r} is not what the service gives", where=where)
    return value


def _when(text: object, where: str) -> datetime.datetime:
    try:
        if isinstance(text, str):
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    raise FileFormatError(f"start {text!r} is not a date and time", where=where)


def _source(source: object, given: str | None) -> tuple[Any, str]:
    """The parsed JSON and the name to give in errors."""
    if isinstance(source, (list, dict)):
        return source, given or "<json>"
    if isinstance(source, bytes):  # a response's bytes: text, never a path
        try:
            text, name = source.decode("utf-8-sig"), given or "<json>"
        except UnicodeDecodeError as exc:
            raise FileFormatError(
                f"not UTF-8 text (byte 0x{source[exc.start]:02x} at offset {exc.start})",
                where=given or "<json>",
            ) from None
    elif isinstance(source, str) and source.lstrip()[:1] in ("[", "{"):
        text, name = source, given or "<json>"
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        text, name = read_text(path), given or path.name
    else:
        raise FileFormatError(f"{type(source).__name__} is not a path, JSON text or JSON value")
    try:
        return json.loads(text), name
    except json.JSONDecodeError as exc:
        if text.lstrip("\ufeff \t\r\n").startswith("<"):
            raise FileFormatError(not_json(text), where=name) from None
        raise FileFormatError(
            f"not JSON (truncated?): {exc.msg}", where=f"line {exc.lineno} of {name}"
        ) from None


def _kind_of(data: list[Any], name: str) -> Kind:
    first = data[0]
    if isinstance(first, dict):
        if "scheduleNumber" in first:
            return "competitions"
        if "competitionDay" in first or "links" in first:
            return "schedule"
        if "competitor" in first:
            return "results"
    raise FileFormatError(
        "expected a response of the ISU results service: competitions (scheduleNumber),"
        " schedule (competitionDay, links) or results (competitor)",
        where=f"item 1 of {name}",
    )


def read_results_service(
    source: str | os.PathLike[str] | bytes | list[Any],
    kind: Kind | None = None,
    *,
    name: str | None = None,
) -> Response:
    """Read a saved response of the ISU results service (a path, JSON text or parsed JSON).

    Which endpoint it came from is seen from its items (``kind`` says it, and must, for an
    empty list): competitions give a tuple of `Competition`, the schedule a tuple of
    `ScheduleItem`, results a `ServiceResults`. A wrong shape, a ``timeBehind`` that is
    not the time minus the leader's, or a ``rank`` that does not follow the times, raises
    `FileFormatError` naming the file (or ``name``, e.g. the URL it came from).

    >>> comps = read_results_service('[{"scheduleNumber": 4, "type": "ID", "title":'
    ...     ' "1000m Men", "start": "2026-01-03T21:53:00Z", "distance": {"distance": 1000,'
    ...     ' "lapCount": 3}, "number": null, "category": "M"}]')
    >>> comps[0].number, comps[0].distance, comps[0].gender
    (4, 1000, 'men')
    >>> read_results_service("[]")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: an empty list: say which endpoint it came from ...
    """
    data, name = _source(source, name)
    if not isinstance(data, list):
        raise FileFormatError(
            f"expected a JSON list (competitions, schedule or results), not a"
            f" {type(data).__name__}",
            where=name,
        )
    if kind is None:
        if not data:
            raise FileFormatError(
                "an empty list: say which endpoint it came from (kind=...)", where=name
            )
        kind = _kind_of(data, name)
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise FileFormatError(f"expected an object, not {item!r}", where=f"item {i} of {name}")
    if kind == "competitions":
        comps = tuple(_competition(item, f"item {i} of {name}") for i, item in enumerate(data, 1))
        seen: dict[int, int] = {}
        for i, c in enumerate(comps, 1):
            if seen.setdefault(c.number, i) != i:
                raise FileFormatError(
                    f"competition {c.number} is listed twice (items {seen[c.number]} and {i})",
                    where=name,
                )
        return comps
    if kind == "schedule":
        return tuple(_schedule(item, f"item {i} of {name}") for i, item in enumerate(data, 1))
    lines = tuple(_line(item, f"item {i} of {name}") for i, item in enumerate(data, 1))
    for x, given, computed in behind_mismatches(lines):
        raise FileFormatError(
            f"{x.name}: timeBehind {behind_text(given) if given >= 0 else 'null'} is not"
            f" the time {x.time} minus the leader's: {behind_text(computed)}",
            where=name,
        )
    for x, expected in rank_mismatches(lines):
        raise FileFormatError(
            f"{x.name}: rank {x.rank} does not follow the times: {x.time} is place"
            f" {expected} among the finished lines (a faster time ranks ahead, equal times"
            " share a place)",
            where=name,
        )
    return ServiceResults(lines, name)


def _competition(item: Mapping[str, Any], where: str) -> Competition:
    kind = _get(item, "type", str, where)
    dist = _get(item, "distance", dict, where)
    metres = dist.get("distance")
    laps = dist.get("lapCount")
    distance: int | str | None = _KINDS.get(kind)
    if kind == "ID":
        if type(metres) is not int or metres <= 0:
            raise FileFormatError(f"distance {metres!r} is not metres", where=where)
        distance = metres
    rnd = item.get("number")
    return Competition(
        number=_get(item, "scheduleNumber", int, where),
        title=_get(item, "title", str, where),
        kind=kind,
        distance=distance,
        category=_get(item, "category", str, where),
        start=_when(item.get("start"), where),
        laps=laps if type(laps) is int else None,
        round=rnd if type(rnd) is int else None,
        is_live=item.get("isLive") is True,
        is_official=item.get("isOfficial") is True,
        division=_optional_str(item, "division", where),
    )


def _schedule(item: Mapping[str, Any], where: str) -> ScheduleItem:
    links = _get(item, "links", list, where)
    result = [x for x in links if isinstance(x, dict) and x.get("type") == "results"]
    link = result[0] if result else {}
    number = link.get("identifier")
    day = item.get("competitionDay")
    return ScheduleItem(
        id=_get(item, "id", int, where),
        start=_when(item.get("start"), where),
        title=_get(item, "title", str, where),
        day=day if type(day) is int else None,
        competition=number if type(number) is int else None,
        published=link.get("isPublished") is True,
        live=link.get("isLive") is True,
    )


def _optional_str(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if value is not None and type(value) is not str:
        raise FileFormatError(f"{key} {value!r} is not text", where=where)
    return value or ""


def _optional_int(item: Mapping[str, Any], key: str, where: str) -> int | None:
    value = item.get(key)
    if value is not None and type(value) is not int:
        raise FileFormatError(f"{key} {value!r} is not a whole number", where=where)
    return value


def _line(item: Mapping[str, Any], where: str) -> Line:
    competitor = _get(item, "competitor", dict, where)
    skater = competitor.get("skater")
    if not isinstance(skater, dict):
        raise FileFormatError(
            "expected competitor.skater (one skater; team results are not read)", where=where
        )
    first, last = skater.get("firstName"), skater.get("lastName")
    if not isinstance(first, str) or not isinstance(last, str) or not (first + last).strip():
        raise FileFormatError(f"skater name {first!r} {last!r} is not a name", where=where)
    name = f"{first.strip()} {last.strip()}".strip()
    nation = skater.get("country")
    status = _optional_int(item, "status", where)
    rank = _optional_int(item, "rank", where)
    raw_time, raw_behind = item.get("time"), item.get("timeBehind")
    time = None if raw_time is None else _time(raw_time, f"{name}: time", where)
    behind = None
    if raw_behind is not None:
        b = _thousandths(raw_behind, f"{name}: timeBehind", where, zero=True)
        assert isinstance(b, int)
        behind = b
    if status == 0 and (time is None or behind is None or rank is None or rank < 1):
        raise FileFormatError(
            f"{name}: a finished line (status 0) needs a time, a timeBehind and a rank;"
            f" given time {raw_time!r}, timeBehind {raw_behind!r}, rank {rank!r}",
            where=where,
        )
    laps: list[Lap] = []
    for lap in item.get("laps") or ():
        if not isinstance(lap, dict):
            raise FileFormatError(f"{name}: lap {lap!r} is not an object", where=where)
        t, p = lap.get("time"), lap.get("passageTime")
        laps.append(
            Lap(
                _optional_int(lap, "number", where) or len(laps) + 1,
                None if t is None else _time(t, f"{name}: lap time", where),
                None if p is None else _time(p, f"{name}: passage time", where),
                _optional_int(lap, "rank", where),
            )
        )
    lane = item.get("startLane")
    return Line(
        name=name,
        nation=nation if isinstance(nation, str) else "",
        pair=_optional_int(item, "startNumber", where),
        lane=_LANES.get(lane, lane) if isinstance(lane, str) else "",
        rank=rank,
        status=status,
        time=time,
        behind=behind,
        laps=tuple(laps),
        gender=_optional_str(skater, "gender", where),
    )
