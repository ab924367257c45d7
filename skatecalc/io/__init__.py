"""File formats: reading results from CSV, JSON and TOML, writing tables.

This layer sits on top of the domain code (nothing in the domain imports it). Every
reader reports errors with the file name and line.
"""

from .listing import (
    Entry,
    Event,
    Race,
    Team,
    championship_results,
    format_listing,
    parse_listing,
    read_listing,
    trials_results,
    worldcup_cup,
)

__all__ = [
    "Entry",
    "Event",
    "Race",
    "Team",
    "championship_results",
    "format_listing",
    "parse_listing",
    "read_listing",
    "trials_results",
    "worldcup_cup",
]
