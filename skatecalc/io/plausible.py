"""Times no skater can skate: read, but said in a warning.

A time that averages more than `MAX_SPEED_M_PER_S` over its distance is taken as read
(the file says it) and reported, because it is almost always a reading accident: a Dutch
time such as ``1.14,35`` left unquoted in a comma-separated file is split into ``1.14``
and ``35``, and ``1.14`` reads as 1.14 seconds.

>>> from skatecalc import RaceTime
>>> said = implausible({"Femke Kok": (RaceTime.parse("37.07"), RaceTime.parse("1.14"))},
...                    (500, 1000), lambda name: "line 2 of r.csv")
>>> print(*said)
Femke Kok's 1000 m in 1.14 is faster than any skater (over 20 m/s): a Dutch time split at
its comma (write it quoted, "1.14,35", or use ';' between cells)? (line 2 of r.csv)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..time import RaceTime

__all__ = ["MAX_SPEED_M_PER_S", "implausible"]

MAX_SPEED_M_PER_S = 20
"""The speed no skater has averaged over a distance (72 km/h): the 500 m world record,
under 34 s, is about 15 m/s. Not a rule of the sport: a bound for what a file can mean."""


def implausible(
    results: Mapping[str, Sequence[object]],
    distances: Sequence[int],
    where: Callable[[str], str],
) -> list[str]:
    """Warnings for the times of ``results`` (per skater, in the order of ``distances``)
    faster than `MAX_SPEED_M_PER_S`, each naming the skater, the distance, the time and
    ``where(name)``."""
    out = []
    for name, times in results.items():
        for time, distance in zip(times, distances, strict=False):
            # thousandths / 1000 < distance / MAX_SPEED, in integers
            if (
                isinstance(time, RaceTime)
                and time.thousandths * MAX_SPEED_M_PER_S < distance * 1000
            ):
                out.append(
                    f"{name}'s {distance} m in {time} is faster than any skater (over"
                    f" {MAX_SPEED_M_PER_S} m/s): a Dutch time split at its comma (write it"
                    " quoted, \"1.14,35\", or use ';' between cells)?"
                    f" ({where(name)})"
                )
    return out
