"""The columns of a race's and an event's tables (``to_rows``, ``to_frame``)."""

from __future__ import annotations

from decimal import Decimal

from ..._exact import units
from ...tabular import Column
from ...time import RaceTime

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from .model import Entry, Race

__all__ = ["ENTRY_COLUMNS", "RACE_COLUMNS"]


def _diff(entry: Entry) -> Decimal | None:
    return None if entry.diff is None else units(entry.diff, 3)


def _winner(race: Race, field: str) -> str | RaceTime | None:
    first = next((e for e in race.entries if e.time is not None), None)
    return None if first is None else getattr(first, field)


ENTRY_COLUMNS = (
    Column("place", int, "the place; None on a status line", get=lambda e: e.place),
    Column("name", str, "the skater", get=lambda e: e.name),
    Column("nation", str, "the skater's nation", get=lambda e: e.nation),
    Column("time", RaceTime, "the time (thousandths where DIFF gives them)", get=lambda e: e.time),
    Column("status", str, "DQ, DNF, DNS or WDR", get=lambda e: e.status and e.status.value),
    Column("age_group", str, "the age group (Neo, ...)", get=lambda e: e.age_group or None),
    Column(
        "records", str, "WR, NR, PB, ... (by spaces)", get=lambda e: " ".join(e.records) or None
    ),
    Column("diff", Decimal, "seconds behind the race's first time (DIFF)", get=_diff),
)
RACE_COLUMNS = (
    Column("race", str, "the race's title", get=lambda r: r.title),
    Column("distance", (int, str), "metres, or the event", get=lambda r: r.distance),
    Column("gender", str, "men or women", get=lambda r: r.gender),
    Column("date", str, "the day (ISO date)", get=lambda r: r.date.isoformat()),
    Column("division", str, "A or B", get=lambda r: r.division),
    Column("entries", int, "lines in the race", get=lambda r: len(r.entries)),
    Column("winner", str, "the first line with a time", get=lambda r: _winner(r, "name")),
    Column("nation", str, "the winner's nation", get=lambda r: _winner(r, "nation")),
    Column("time", RaceTime, "the winner's time", get=lambda r: _winner(r, "time")),
)
