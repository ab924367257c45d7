"""Official results listings: read them, write them, and feed every domain from them.

>>> from skatecalc.io import read_listing, worldcup_cup
>>> slc = read_listing("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
>>> race = slc.races[3]
>>> race.title, race.winner.name, str(race.winner.time)
('1000 m men, 14.11.2025, Division A', 'Jordan Stolz', '1:05.66')
"""

from __future__ import annotations

from .adapters import (
    championship_results,
    race_name,
    shared_places,
    trials_results,
    worldcup_cup,
)
from .model import EVENT_KINDS, TEAM_EVENTS, Entry, Event, Race, Team, distance_label, settle
from .reader import parse_diff, parse_listing, read_listing
from .writer import format_listing

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
