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
[UnknownValueError][skatecalc.errors.UnknownValueError]. Sources: ISU Communications No. 1889
(2014/15), 1958 (2015/16), 2112 (2017/18), 2278 (2019/20), 2587 (2023/24); published
World Cup results.

The package, one concept per module (none of them does I/O or formatting):

* [events][skatecalc.worldcup.events]: distances, events, genders, their aliases, cup names;
* [tables][skatecalc.worldcup.tables]: a table value with provenance, a points table, the
  Final rule, the mass-start sprint points;
* [rules][skatecalc.worldcup.rules]: the [Rules][skatecalc.worldcup.rules.Rules] of a
  season and the [Race][skatecalc.worldcup.rules.Race] that picks a table;
* [seasons][skatecalc.worldcup.seasons]: the built-in seasons' data and ``rules(season)``;
* [tiebreak][skatecalc.worldcup.standings]: scores, tallies and the tie-break (lower is better);
* [races][skatecalc.worldcup.races]: one scored race, a place or a status;
* [standings][skatecalc.worldcup.standings]: the standings table;
* [cup][skatecalc.worldcup.cup]: races in, standings out;
* [outlook][skatecalc.worldcup.outlook]: who can still win (imports no cup: the cup
  imports it);
* [massstart][skatecalc.worldcup.races]: the ranking of a mass-start race.
"""

from __future__ import annotations

from .cup import Cup, Key
from .events import (
    DISTANCES,
    EVENTS,
    GENDERS,
    MASS_START,
    TEAM_EVENTS,
    Distance,
    cup_name,
    is_team_event,
    normalise_distance,
    normalise_gender,
)
from .outlook import (
    NEWCOMER,
    CupLike,
    Guarantee,
    Outlook,
    OutlookRow,
    can_still_win,
    clinched,
    guarantee,
    max_available,
    outlook,
)
from .races import (
    MassStartEntry,
    MassStartRanking,
    PlaceLike,
    RaceResult,
    parse_place,
    rank_mass_start,
)
from .rules import Division, PlaceError, Race, Rules, RulesError, UnknownSeasonError, worse
from .seasons import parse_season, rules, seasons
from .standings import (
    Score,
    Standing,
    Standings,
    Tally,
    TieBreak,
    countback,
    higher_is_better,
    no_tie_break,
)
from .tables import FinalRule, MassStartRules, Provenance, Table, Value

__all__ = [
    "DISTANCES",
    "EVENTS",
    "GENDERS",
    "MASS_START",
    "NEWCOMER",
    "TEAM_EVENTS",
    "Cup",
    "CupLike",
    "Distance",
    "Division",
    "FinalRule",
    "Guarantee",
    "Key",
    "MassStartEntry",
    "MassStartRanking",
    "MassStartRules",
    "Outlook",
    "OutlookRow",
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
    "higher_is_better",
    "is_team_event",
    "max_available",
    "no_tie_break",
    "normalise_distance",
    "normalise_gender",
    "outlook",
    "parse_place",
    "parse_season",
    "rank_mass_start",
    "rules",
    "seasons",
    "worse",
]
