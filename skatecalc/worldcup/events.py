"""World Cup distances, events and genders: their names and aliases, defined once.

A World Cup race is a distance in metres (500 to 10000) or one of the
[EVENTS][skatecalc.worldcup.events.EVENTS]; text is read with the aliases below
(``"MS"``, ``"team-pursuit"``, ``"1500m"``). The long distances share a cup: the men's
5000 and 10000 m, and the women's 3000 and 5000 m (ISU World Cup rules; verified)::

    >>> normalise_distance("1500m"), normalise_distance("TP")
    (1500, 'team pursuit')
    >>> cup_name(10000, "men"), cup_name("MS", "Women")
    ('5000/10000 m men', 'mass start women')
"""

from __future__ import annotations

from .._fields import is_ascii_digits, whole_number
from ..errors import InvalidDistanceError
from ..limits import shown
from ..notation import GENDERS, normalise_gender

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = [
    "DISTANCES",
    "EVENTS",
    "EVENT_ALIASES",
    "GENDERS",
    "MASS_START",
    "TEAM_EVENTS",
    "Distance",
    "cup_name",
    "is_team_event",
    "normalise_distance",
    "normalise_gender",
]

Distance: TypeAlias = int | str
"""A distance in metres, or one of [EVENTS][skatecalc.worldcup.events.EVENTS]."""

DISTANCES = (500, 1000, 1500, 3000, 5000, 10000)
"""The World Cup distances in metres."""

EVENTS = ("mass start", "team pursuit", "team sprint")
"""The events that are not a single distance skated in pairs."""

MASS_START = "mass start"
"""The mass start as [normalise_distance][skatecalc.worldcup.events.normalise_distance]
names it."""

TEAM_EVENTS = ("team pursuit", "team sprint")
"""The events whose entrants are nations."""

EVENT_ALIASES = {
    "ms": "mass start",
    "mass start": "mass start",
    "massstart": "mass start",
    "mass-start": "mass start",
    "tp": "team pursuit",
    "team pursuit": "team pursuit",
    "team-pursuit": "team pursuit",
    "ts": "team sprint",
    "team sprint": "team sprint",
    "team-sprint": "team sprint",
}
"""The event names accepted in text (lower case, after stripping), to the event."""

_ALL = "500, 1000, 1500, 3000, 5000, 10000, mass start, team pursuit, team sprint"


def normalise_distance(distance: Distance) -> Distance:
    """A World Cup distance in metres, or one of the events (``"MS"`` = mass start, ...).

    >>> normalise_distance("1500"), normalise_distance("MS"), normalise_distance("10000m")
    (1500, 'mass start', 10000)
    """
    if isinstance(distance, bool):
        raise InvalidDistanceError(f"{shown(distance)} is not a World Cup distance")
    if isinstance(distance, int):
        if distance in DISTANCES:
            return distance
        raise InvalidDistanceError(f"{shown(distance)} m is not a World Cup distance ({_ALL})")
    if isinstance(distance, str):
        key = distance.strip().lower()
        if key in EVENT_ALIASES:
            return EVENT_ALIASES[key]
        digits = key.removesuffix("m").strip()
        if is_ascii_digits(digits):
            return normalise_distance(
                whole_number(digits, "World Cup distance", error=InvalidDistanceError)
            )
    raise InvalidDistanceError(f"{shown(distance)} is not a World Cup distance ({_ALL})")


def is_team_event(distance: Distance) -> bool:
    """Whether the entrants of ``distance`` are nations (team pursuit, team sprint).

    >>> is_team_event("TP"), is_team_event(500)
    (True, False)
    """
    return normalise_distance(distance) in TEAM_EVENTS


def cup_name(distance: Distance, gender: str) -> str:
    """The cup a distance counts for: the long distances combine.

    Men's 5000 and 10000 m form one cup, women's 3000 and 5000 m another (ISU World Cup
    rules; verified).

    >>> cup_name(10000, "men"), cup_name("5000", "women"), cup_name("MS", "women")
    ('5000/10000 m men', '3000/5000 m women', 'mass start women')
    """
    d = normalise_distance(distance)
    g = normalise_gender(gender)
    if isinstance(d, str):
        return f"{d} {g}"
    if g == "men" and d in (5000, 10000):
        return "5000/10000 m men"
    if g == "women" and d in (3000, 5000):
        return "3000/5000 m women"
    if (g == "men" and d == 3000) or (g == "women" and d == 10000):
        raise InvalidDistanceError(f"the {g}'s {d} m is not a World Cup distance")
    return f"{d} m {g}"
