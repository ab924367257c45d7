"""ISU World Cup standings: versioned points tables, cups, mass start and who can still win.

    >>> from skatecalc import worldcup
    >>> r = worldcup.rules("2017/18")
    >>> r.points(1), r.points(3, final=True)
    (100, 104)
    >>> cup = worldcup.Cup(r)
    >>> cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle", "Kai Verbij"])
    >>> cup.add_race("HVN2", ["Hein Otterspeer", "Kai Verbij", "Havard Lorentzen"])
    >>> cup.standings()[0].name, cup.standings()[0].points
    ('Havard Lorentzen', 170)
    >>> cup.can_still_win("Hein Otterspeer", remaining=[worldcup.Race(final=True)] * 2)
    True

Rules per season (2013/14 to 2025/26) are data with provenance, in
``skatecalc/data/worldcup/seasons.toml``; every value carries its source and status
(verified, derived, unverified) and unknown values raise
:class:`~skatecalc.errors.UnknownValueError`. Sources: ISU Communications No. 1889
(2014/15), 1958 (2015/16), 2112 (2017/18), 2278 (2019/20), 2587 (2023/24); published
World Cup results.
"""

from __future__ import annotations

from .cup import (
    Cup,
    PlaceLike,
    RaceResult,
    Standing,
    Standings,
    cup_name,
    normalise_distance,
    parse_place,
)
from .massstart import MassStartEntry, MassStartRanking, rank_mass_start
from .outlook import (
    NEWCOMER,
    Guarantee,
    Outlook,
    can_still_win,
    clinched,
    guarantee,
    max_available,
    ordinal,
    outlook,
)
from .rules import (
    EVENTS,
    Distance,
    Division,
    FinalRule,
    MassStartRules,
    PlaceError,
    Provenance,
    Race,
    Rules,
    RulesError,
    Table,
    UnknownSeasonError,
    Value,
    parse_season,
    rules,
    seasons,
    worse,
)
from .tiebreak import Score, Tally, TieBreak, countback, no_tie_break

__all__ = [
    "EVENTS",
    "NEWCOMER",
    "Cup",
    "Distance",
    "Division",
    "FinalRule",
    "Guarantee",
    "MassStartEntry",
    "MassStartRanking",
    "MassStartRules",
    "Outlook",
    "PlaceError",
    "PlaceLike",
    "Provenance",
    "Race",
    "RaceResult",
    "Rules",
    "RulesError",
    "Score",
    "Standing",
    "Standings",
    "Table",
    "Tally",
    "TieBreak",
    "UnknownSeasonError",
    "Value",
    "can_still_win",
    "clinched",
    "countback",
    "cup_name",
    "guarantee",
    "max_available",
    "no_tie_break",
    "normalise_distance",
    "ordinal",
    "outlook",
    "parse_place",
    "parse_season",
    "rank_mass_start",
    "rules",
    "seasons",
    "worse",
]
