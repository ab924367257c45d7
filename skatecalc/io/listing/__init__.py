"""Official results listings: read them, write them, and feed every domain from them.

>>> from skatecalc.io import read_listing, worldcup_cup
>>> slc = read_listing("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
>>> race = slc.races[3]
>>> race.title, race.winner.name, str(race.winner.time)
('1000 m men, 14.11.2025, Division A', 'Jordan Stolz', '1:05.66')

Writing races and events back out in the official listing layout.

Columns are as wide as their longest text plus three spaces, lines are padded to the full
width, races are separated by three blank lines: the layout of the published listings, so
that a listing read and written again reads as it went in. (The published NAME column is
sometimes a space wider than its longest name; the reader takes widths from each header.)
"""

from __future__ import annotations

import datetime

from ...errors import ResultsError
from ...limits import shown
from .adapters import (
    championship_results,
    race_name,
    shared_places,
    trials_results,
    worldcup_cup,
)
from .model import (
    EVENT_KINDS,
    TEAM_EVENTS,
    Entry,
    Event,
    Race,
    Team,
    _diff_text,
    distance_label,
    settle,
)
from .reader import parse_diff, parse_listing, read_listing

__all__ = [
    "EVENT_KINDS",
    "TEAM_EVENTS",
    "Entry",
    "Event",
    "Race",
    "Team",
    "championship_results",
    "distance_label",
    "format_listing",
    "parse_diff",
    "parse_listing",
    "race_name",
    "read_listing",
    "settle",
    "shared_places",
    "trials_results",
    "worldcup_cup",
]


_HEADINGS = ("POS", "NAME", "AG", "NAT", "TIME", "DIFF", "RECORD")
_REPEAT_PLACE = ("team pursuit", "team sprint")


def _distance(race: Race) -> str:
    if isinstance(race.distance, int):
        d = race.distance
        text = f"{d // 1000}.{d % 1000:03d}" if d >= 10000 else str(d)
        return f"{text} meter"
    return race.distance.title()


def _dates(first: datetime.date, last: datetime.date) -> str:
    if first == last:
        return f"{last:%d.%m.%Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%d}. - {last:%d.%m.%Y}"
    if first.year == last.year:
        return f"{first:%d.%m}. - {last:%d.%m.%Y}"
    return f"{first:%d.%m.%Y} - {last:%d.%m.%Y}"


def _cells(race: Race) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    previous: Entry | None = None
    first = race.winner
    for e in race.entries:
        if e.status is not None:
            pos, time, diff = str(e.status), "-", ""
        else:
            assert e.time is not None
            shared = previous is not None and previous.place == e.place
            pos = "" if shared and race.distance not in _REPEAT_PLACE else str(e.place)
            if e is first:
                time = e.time.format(precision=max(2, e.time.precision))
            else:
                time = e.time.format(precision=2)
            diff = "" if e.diff is None else _diff_text(e.diff)
        rows.append((pos, e.name, e.age_group, e.nation, time, diff, ", ".join(e.records)))
        previous = e
    return rows


def _race(race: Race) -> str:
    rows = _cells(race)
    widths = [max(len(h), *(len(r[k]) for r in rows)) + 3 for k, h in enumerate(_HEADINGS)]

    def line(cells: tuple[str, ...]) -> str:
        return "".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))

    title = f"{_distance(race)} ({race.gender.title()}), {race.date:%d.%m.%Y}"
    return "\n".join([title, "", line(_HEADINGS), *(line(r) for r in rows)]) + "\n"


def format_listing(listing: Race | Event) -> str:
    """A race or a whole event in the official listing layout.

    The division is not printed: it follows from the order (the second listing of the
    same race on one day is Division B), so write an event's races in their order. The
    first time of a race is printed with its thousandths when it has them; the others
    print official hundredths and carry thousandths in DIFF.

    >>> from skatecalc.io import read_listing
    >>> ev = read_listing("skatecalc/data/examples/wc2025-26-2-calgary.txt")
    >>> print(format_listing(ev.races[20]).rstrip())  # doctest: +NORMALIZE_WHITESPACE
    500 meter (Men), 23.11.2025
    <BLANKLINE>
    POS NAME AG NAT TIME DIFF RECORD
    1 Jordan Stolz Neo USA 33.79
    2 Damian Żurek Senior POL 33.85 +0.060 NR
    ...
    20 Yevgeniy Koshkin Neo KAZ 34.54 +0.750
    """
    if isinstance(listing, Race):
        return _race(listing)
    if not isinstance(listing, Event):
        raise ResultsError(f"{shown(listing)} is neither a listing nor a race")
    head = ""
    if listing.name or listing.venue:
        head = "\n".join(
            [listing.name, _dates(listing.first_day, listing.last_day), listing.venue, "", ""]
        )
    return head + "\n\n\n".join(_race(r) for r in listing.races)
