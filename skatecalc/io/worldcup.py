"""Season files: a World Cup season's results as CSV, one row per entrant per race.

Columns (header names, any order; ``#`` lines are comments):

* ``race`` (required): the race label, e.g. ``HVN1``; a race is a label within one
  distance and gender, and races count in the order they first appear;
* ``distance`` and ``gender`` (required unless given to
  [`read_season`][skatecalc.io.worldcup.read_season]): ``500`` ... ``10000``, ``mass start``
  (``MS``), ``team pursuit`` (``TP``), ``team sprint`` (``TS``); ``men`` or ``women``;
* ``name`` (or ``skater``, ``nation``) and ``place`` (required): a place (1, 2, ...) or a
  status (DQ, DNF, DNS, WDR, which score 0);
* ``date``, ``division`` (``A``/``B``, default A), ``final`` (``yes``/``no``, default
  no), ``points`` (when given it must equal what the rules give), ``note``: optional.

Any other column, a column given twice, or more than one of ``name``, ``skater`` and
``nation`` is an error (nothing in the file is ignored), and so is a file without races.
Every row error names the value and the line::

    >>> text = "race,distance,gender,name,place\\nHVN1,500,men,Havard Lorentzen,1\\n"
    >>> season = read_season_text(text, rules("2017/18"), "demo.csv")
    >>> season.names, season.cup("500 m men").total("Havard Lorentzen")
    (('500 m men',), 100)
    >>> read_season_text(text.replace(",1\\n", ",first\\n"), rules("2017/18"), "demo.csv")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownStatusError: 'first' is not a result status: ... (line 2 of demo.csv)

The SOQC from official World Cup results: listings, ISU result PDFs, their events.

[`soqc_results`][skatecalc.io.worldcup.soqc_results] turns the events read from listings or PDFs
into the [SoqcResult][skatecalc.olympic.SoqcResult]s of the domain (each race scored by the
World Cup rules of its season, Division A and B, as ``worldcup standings`` scores it);
[`soqc_of_events`][skatecalc.io.worldcup.soqc_of_events] computes the classification::

    >>> from skatecalc.io import read_listing
    >>> slc = read_listing("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
    >>> s = soqc_of_events([slc], 2026, events=[("men", "1000")])
    >>> [(r.quota_rank, r.nation, r.no, r.name, r.points) for r in s[:2]]
    [(1, 'USA', 1, 'Jordan Stolz', 60), (2, 'POL', 1, 'Damian Żurek', 54)]

The Games' SOQC is made of World Cups 1-4 of the Olympic season (the season before the
Games' year: 2025/26 for 2026): an event of another season, or a World Cup numbered above 4,
is an error naming it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from .. import _record
from ..errors import (
    DuplicateError,
    FileFormatError,
    InvalidDistanceError,
    ResultsError,
    SkatecalcError,
    UnknownNameError,
)
from ..limits import shown
from ..olympic import Soqc, SoqcResult, quota_rules, soqc
from ..time import RaceTime, Status
from ..worldcup import (
    TEAM_EVENTS,
    Cup,
    Race,
    RaceResult,
    Rules,
    Score,
    cup_name,
    normalise_distance,
    parse_place,
)
from ..worldcup import normalise_distance as _distance
from ..worldcup import rules as rules
from .csvfile import CsvRow, CsvTable, check_header, read_csv_text, read_text, whole_number
from .listing import Event, worldcup_cup
from .listing import Race as ListedRace
from .listing.adapters import race_name

__all__ = [
    "FIRST_WORLD_CUPS",
    "Season",
    "read_season",
    "read_season_text",
    "soqc_of_events",
    "soqc_results",
]


_YES = {"yes", "y", "true", "1", "final"}
_NO = {"no", "n", "false", "0", ""}
_NAME_COLUMNS = ("name", "skater", "nation")
_COLUMNS = (
    "race",
    "distance",
    "gender",
    *_NAME_COLUMNS,
    "place",
    "date",
    "division",
    "final",
    "points",
    "note",
)


@_record.frozen
class Season:
    """The cups read from a season file, in the order they first appear.

    >>> text = "race,distance,gender,name,place\\nHVN,TP,women,NED,1\\n"
    >>> read_season_text(text, rules("2017/18")).cup("team pursuit women").entrant
    'nation'
    """

    rules: Rules
    cups: tuple[tuple[str, Cup], ...]
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """The cup names, e.g. ``('500 m men', '5000/10000 m men')``."""
        return tuple(name for name, _ in self.cups)

    def cup(self, name: str) -> Cup:
        """The cup called ``name`` (an unknown name raises, naming the closest)."""
        for n, c in self.cups:
            if n == name:
                return c
        raise UnknownNameError.unknown(name, self.names, what="cup")


def _flag(row: CsvRow, column: str) -> bool:
    text = row.get(column).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise row.error(ResultsError(f"{column} {shown(row.get(column))} must be yes or no"))


def _name_column(table: CsvTable) -> str:
    present = [c for c in _NAME_COLUMNS if c in table.header]
    if len(present) == 1:
        return present[0]
    if present:
        raise FileFormatError(
            f"the header has {' and '.join(repr(c) for c in present)}: give one column of"
            " entrants (name, skater or nation)",
            where=f"line {table.header_line} of {table.source}",
        )
    raise FileFormatError(
        f"missing column 'name' (or 'skater', 'nation'); the header has {', '.join(table.header)}",
        where=f"line {table.header_line} of {table.source}",
    )


def _place(text: str) -> int | Status:
    """A place or a status from a cell: ASCII only, a bounded number of digits."""
    s = text.strip()
    if s.isascii() and s.isalpha():
        return parse_place(s)
    if not s.isascii():
        bad = next(c for c in s if not c.isascii())
        raise FileFormatError(
            f"place {shown(text)} is neither a place (1, 2, ...) nor a status (DQ, DNF, DNS,"
            f" WDR): {bad!r} (U+{ord(bad):04X}) is not an ASCII character"
        )
    return parse_place(whole_number(s, "place"))


def read_season_text(
    text: str,
    rules: Rules,
    source: str = "<text>",
    *,
    distance: str | int | None = None,
    gender: str | None = None,
) -> Season:
    """Read season CSV text into cups (see the module documentation for the columns).

    ``distance`` and ``gender`` fill in for a file without those columns.
    """
    if not isinstance(text, str):
        raise FileFormatError(f"season CSV text must be a str, not {shown(text)}", where=source)
    if not isinstance(rules, Rules):
        raise ResultsError(f"{shown(rules)} is not World Cup Rules: use worldcup.rules('2017/18')")
    table = read_csv_text(text, source)
    check_header(table, _COLUMNS)
    table.require("race", "place")
    if distance is None:
        table.require("distance")
    if gender is None:
        table.require("gender")
    name_column = _name_column(table)
    cups: dict[str, Cup] = {}
    races: dict[tuple[str, str], tuple[Race, str, CsvRow]] = {}
    entries: dict[tuple[str, str], list[tuple[str, Score]]] = {}
    entered: dict[tuple[str, str], set[str]] = {}
    finals: dict[str, tuple[str, int]] = {}  # per cup, its first Final race and its line
    for row in table:
        try:
            d = _distance(row.get("distance") or (distance if distance is not None else ""))
            cname = cup_name(d, row.get("gender") or (gender or ""))
        except SkatecalcError as exc:
            raise row.error(exc) from None
        label = row["race"]
        if not label:
            raise row.error(ResultsError("empty race label"))
        who = row[name_column]
        if not who:
            raise row.error(ResultsError(f"empty {name_column}"))
        date = row.get("date")
        if date:
            try:
                if not date.isascii():
                    raise ValueError(date)
                datetime.date.fromisoformat(date)
            except ValueError:
                raise row.error(
                    ResultsError(f"date {shown(date)} is not a date (use YYYY-MM-DD)")
                ) from None
        try:
            race = Race(_flag(row, "final"), row.get("division") or "A", d)
        except SkatecalcError as exc:
            raise row.error(exc) from None
        long_cup = "/" in cname
        race_name = f"{label}-{d}" if long_cup else label
        key = (cname, race_name)
        if cname not in cups:
            team = d in TEAM_EVENTS
            cups[cname] = Cup(
                rules,
                distance=d if isinstance(d, str) else None,
                entrant="nation" if team else "skater",
                name=cname,
            )
        cup = cups[cname]
        if key in races:
            first, first_date, first_row = races[key]
            if first != race or first_date != date:
                raise row.error(
                    ResultsError(
                        f"race {label!r} ({cname}) is {_describe(race, date)} here but"
                        f" {_describe(first, first_date)} on line {first_row.line}"
                    )
                )
        else:
            final = finals.get(cname)
            if final is not None and not race.final:
                raise row.error(
                    ResultsError(
                        f"race {label!r} ({cname}) is no Final race but comes after the Final"
                        f" race {final[0]!r} of line {final[1]}: the Final ends the season"
                        " (check the final column of both)"
                    )
                )
            if race.final:
                finals.setdefault(cname, (label, row.line))
            races[key] = (race, date, row)
            entries[key] = []
            entered[key] = set()
        if who in entered[key]:
            raise row.error(
                DuplicateError(f"{cup.entrant} {who!r} appears twice in race {label!r} ({cname})")
            )
        try:
            place = _place(row["place"]) if row["place"].strip() else None
            if place is None:
                raise ResultsError(
                    f"empty place for {who!r}: give a place or a status (DQ, DNF, DNS, WDR)"
                )
            if isinstance(place, Status):
                score = Score(race_name, None, place, 0, race.division)
            else:
                pts = rules.table_for(race).points(place)
                score = Score(race_name, place, None, pts, race.division)
        except SkatecalcError as exc:
            raise row.error(exc) from None
        given = row.get("points")
        if given and given != str(score.points):
            raise row.error(
                ResultsError(
                    f"points {shown(given)} for {who!r} in race {label!r}, but the"
                    f" {rules.season} rules give {score.points} for {row['place']}"
                )
            )
        entries[key].append((who, score))
        entered[key].add(who)
    if not entries:
        raise FileFormatError(
            "the file has no races: only a header", where=f"line {table.header_line} of {source}"
        )
    for (cname, race_name), scored in entries.items():
        scored.sort(key=lambda e: (e[1].place is None, e[1].place or 0))
        race = races[(cname, race_name)][0]
        cups[cname].add(
            RaceResult(race_name, race, tuple(w for w, _ in scored), tuple(s for _, s in scored))
        )
    return Season(rules, tuple(cups.items()), source)


def _describe(race: Race, date: str) -> str:
    parts = [f"division {race.division}", "final" if race.final else "not final"]
    if date:
        parts.append(date)
    return ", ".join(parts)


def read_season(
    path: str | Path,
    rules: Rules,
    *,
    distance: str | int | None = None,
    gender: str | None = None,
) -> Season:
    """Read a season file (UTF-8 CSV) into cups; errors name the file and line.

    >>> season = read_season("skatecalc/data/worldcup/wc2017-18-men-500.csv", rules("2017/18"))
    >>> season.cup("500 m men").total("Havard Lorentzen")
    716
    """
    if not isinstance(path, str | Path):
        raise FileFormatError(f"{shown(path)} is not a file name")
    p = Path(path)
    return read_season_text(read_text(p), rules, p.name, distance=distance, gender=gender)


FIRST_WORLD_CUPS = 4
"""The SOQC counts World Cups 1-4 of the Olympic season (ISU qualification system 2026, as
published: OA Sport, 10 Nov 2025; the 2026 provisional quota was assigned after World Cups
1-4, ISU announcement, December 2025)."""

_EVENT_CODES = {"mass start": "MS", "team pursuit": "TP"}


def _code(distance: int | str) -> str | None:
    try:
        d = normalise_distance(distance)
    except InvalidDistanceError:
        return None
    if isinstance(d, int):
        return str(d)
    return _EVENT_CODES.get(d)


def _season(year: int) -> str:
    return f"{year - 1}/{year % 100:02d}"


def _check(events: Sequence[Event], year: int) -> None:
    season = _season(year)
    for ev in events:
        if not isinstance(ev, Event):
            raise ResultsError(f"{ev!r} is not an event read from a listing or a result PDF")
        if ev.season != season:
            raise ResultsError(
                f"{ev.source} is World Cup season {ev.season} ({ev.name!r}): the {year} SOQC"
                f" is made of World Cups 1-{FIRST_WORLD_CUPS} of {season}",
                where=ev.where,
            )
        n = _number(ev)
        if n is not None and n > FIRST_WORLD_CUPS:
            raise ResultsError(
                f"{ev.source} is World Cup {n} ({ev.name!r}): the {year} SOQC counts"
                f" World Cups 1-{FIRST_WORLD_CUPS} only",
                where=ev.where,
            )


def _number(ev: Event) -> int | None:
    """The World Cup's number: ``1. World Cup ...`` (listing) or ``... WORLD CUP #1`` (PDF)."""
    if ev.number is not None:
        return ev.number
    m = re.search(r"#\s*([0-9]{1,3})\b", ev.name)
    return int(m.group(1)) if m else None


def _competition(ev: Event) -> str:
    n = _number(ev)
    return f"WC{n}" if n is not None else ev.name


def soqc_results(events: Iterable[Event], year: int) -> list[SoqcResult]:
    """Every counted result of ``events`` (Olympic distances, mass start, team pursuit;
    both divisions) with its World Cup points, for the SOQC of the ``year`` Games."""
    given = list(events)
    if not given:
        raise ResultsError("no World Cup results given")
    _check(given, year)
    by_name: dict[tuple[str, str], tuple[Event, ListedRace]] = {}
    cups: dict[tuple[str, str], int | str] = {}  # (cup, gender) -> a distance of it
    for ev in given:
        for race in ev.races:
            if _code(race.distance) is None:
                continue  # team sprint, mixed relay: no Olympic event
            by_name[(race.gender, race_name(ev, race))] = (ev, race)
            cups.setdefault((cup_name(race.distance, race.gender), race.gender), race.distance)
    out: list[SoqcResult] = []
    for (_, gender), distance in cups.items():
        cup = worldcup_cup(given, distance, gender)
        for result in cup.races:
            ev, race = by_name[(gender, result.name)]
            code = _code(race.distance)
            assert code is not None
            found: dict[str, tuple[str, RaceTime | None]] = {}
            if race.is_team:
                for t in race.teams:
                    found[t.nation] = (t.nation, t.time)
            else:
                for e in race.entries:
                    found[e.name] = (e.nation, e.time)
            for who, score in zip(result.names, result.scores, strict=True):
                nation, time = found[who]
                out.append(
                    SoqcResult(
                        gender,
                        code,
                        who,
                        nation,
                        score.points,
                        score.place,
                        race.division,
                        time,
                        ev.venue,
                        race.date,
                        _competition(ev),
                    )
                )
    return out


def soqc_of_events(
    listings: Iterable[Event],
    year: int,
    *,
    ties: str = "countback",
    events: Iterable[tuple[str, str]] | None = None,
) -> Soqc:
    """The SOQC of the ``year`` Games from the World Cup events read (``listings``), for
    every Olympic event or the ``events`` given as (gender, event) pairs (see the module
    documentation)."""
    return soqc(soqc_results(listings, year), quota_rules(year), ties=ties, events=events)
