"""A season's World Cup calendar: how many races of a cup are left after an event.

The calendars are data (``skatecalc/data/worldcup/calendars.toml``): per season its events
in order and, where known, each event's races per cup, each with its source and status.
`races_left` counts the races of one cup in the events after a given one; when one of
those events' races is not known it says so (`UnknownValueError`) instead of guessing,
and `worldcup outlook` then asks for ``--remaining N``.

>>> races_left("2025/26", 500, "women", after=4)
2
>>> races_left("2025/26", "TP", "men", after=4), races_left("2025/26", "TS", "men", after=4)
(0, 1)
>>> races_left("2025/26", 1000, "men", after=2)
Traceback (most recent call last):
...
skatecalc.errors.UnknownValueError: the races of World Cup #3 (Heerenveen) 2025/26 are not known ...
"""

from __future__ import annotations

from .. import _registry
from ..errors import UnknownValueError
from .events import Distance, cup_name, normalise_distance

__all__ = ["races_left", "seasons_with_calendar"]

_KINDS: dict[object, str] = {"mass start": "MS", "team pursuit": "TP", "team sprint": "TS"}


def seasons_with_calendar() -> tuple[str, ...]:
    """The seasons whose calendar is in the data.

    >>> seasons_with_calendar()
    ('2025/26',)
    """
    return tuple(_registry.load("worldcup", "calendars")["seasons"])


def _key(distance: Distance, gender: str) -> str:
    d = normalise_distance(distance)
    if d in _KINDS:
        return _KINDS[d]
    name = cup_name(d, gender)
    return "long" if "/" in name else str(d)


def races_left(season: str, distance: Distance, gender: str, *, after: int) -> int:
    """The races of the cup of ``distance`` and ``gender`` in ``season``'s World Cups after
    number ``after``. A season without a calendar, or a later event whose races are not
    known, raises `UnknownValueError` naming it."""
    data = _registry.load("worldcup", "calendars")["seasons"]
    if season not in data:
        raise UnknownValueError(
            f"the World Cup calendar of {season} is not known (known: "
            f"{', '.join(data) or 'none'}); give the races left with --remaining N"
        )
    key = _key(distance, gender)
    left = 0
    for event in data[season]["events"]:
        if event["number"] <= after:
            continue
        races = event.get("races")
        if races is None:
            raise UnknownValueError(
                f"the races of World Cup #{event['number']} ({event['venue']}) {season} are"
                f" not known ({event['source']}); give the races left with --remaining N"
            )
        left += int(races.get(key, 0))
    return left
