"""What an official results listing holds: an event, its races, their entries and teams.

Values are frozen; equality ignores where a value was read (``line``), so a race written
out with `format_listing` and read again equals the original.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from ... import _record
from ...errors import (
    DuplicateError,
    FileFormatError,
    InvalidDistanceError,
    ResultsError,
    SkatecalcError,
    UnknownNameError,
)
from ...limits import shown
from ...notation import GENDERS, printable
from ...tabular import Tabular
from ...time import RaceTime, Status
from ...worldcup import parse_season
from .columns import ENTRY_COLUMNS, RACE_COLUMNS

__all__ = [
    "EVENT_KINDS",
    "TEAM_EVENTS",
    "Entry",
    "Event",
    "Race",
    "Team",
    "distance_label",
    "settle",
]

EVENT_KINDS = ("team pursuit", "team sprint", "mass start", "mixed relay")
"""The races that are not a single distance in metres, as listings head them."""

TEAM_EVENTS = ("team pursuit", "team sprint", "mixed relay")
"""The races skated by teams of one nation (listed once per team member)."""

_SEASON = re.compile(r"\b([0-9]{4})\s*[/-]\s*([0-9]{2}|[0-9]{4})\b")


def distance_label(distance: int | str) -> str:
    """``"1000 m"`` for a distance in metres, the event's name otherwise.

    >>> distance_label(1000), distance_label("team pursuit")
    ('1000 m', 'team pursuit')
    """
    if type(distance) is int and 0 < distance < 10**9:
        return f"{distance} m"
    if isinstance(distance, str):
        return distance
    raise InvalidDistanceError(f"{shown(distance)} is not a distance (metres or an event)")


class _EntrySlots:
    """Entry's fields as plain slots: `skatecalc.io.listing.build` fills one and makes it
    an `Entry` (the same layout: attrs reuses these slots)."""

    __slots__ = (
        *("place", "name", "nation", "time", "status", "age_group", "records", "diff", "line"),
        *("printed_points", "printed_name", "pair", "lane", "footnote", "laps", "sprints"),
        *("points_flag", "passages", "__weakref__"),
    )


@_record.frozen
class Entry(_EntrySlots):
    """One line of a race: a place (``None`` on a status line), the skater and the result.

    ``time`` carries thousandths where the listing's DIFF column gives them; ``status``
    is DQ, DNF, DNS or WDR on a line whose time is ``-``; ``records`` are the markers
    (``WR``, ``NR``, ``PB``, ``SB``, ...); ``diff`` is the DIFF column in thousandths of a
    second (the exact gap to the race's first time). ``line`` is where it was read (not
    compared).

    >>> e = Entry(9, "Joep Wennemars", "NED", RaceTime.parse("1:07.012"), age_group="Neo")
    >>> e.result, e.official
    (RaceTime('1:07.012'), RaceTime('1:07.01'))
    """

    place: int | None
    name: str
    nation: str
    time: RaceTime | None = None
    status: Status | None = None
    age_group: str = ""
    records: tuple[str, ...] = ()
    diff: int | None = None
    line: int | None = _record.field(default=None, eq=False, repr=False)
    # Read from an official result PDF (skatecalc.io.pdf); not compared, so a PDF's race
    # equals the listing's race with the same lines.
    printed_points: int | None = _record.field(default=None, eq=False, repr=False)
    printed_name: str = _record.field(default="", eq=False, repr=False)
    pair: int | None = _record.field(default=None, eq=False, repr=False)
    lane: str = _record.field(default="", eq=False, repr=False)
    footnote: str = _record.field(default="", eq=False, repr=False)
    laps: int | None = _record.field(default=None, eq=False, repr=False)
    sprints: tuple[int | None, ...] = _record.field(default=(), eq=False, repr=False)
    points_flag: str = _record.field(default="", eq=False, repr=False)
    # Read from the ISU results service (skatecalc.io.feed): the passage time at the end of
    # each lap, in thousandths, as the service gives them (not compared).
    passages: tuple[RaceTime, ...] = _record.field(default=(), eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.diff is not None and (type(self.diff) is not int or self.time is None):
            raise ResultsError(
                f"{self.name}: DIFF {self.diff!r} needs a time and whole thousandths"
            )
        if not isinstance(self.name, str) or not self.name.strip():
            raise ResultsError(f"entry name {self.name!r} is not a name")
        if (self.time is None) == (self.status is None):
            raise ResultsError(f"{self.name}: an entry has either a time or a status")
        if self.status is not None and self.place is not None:
            raise ResultsError(f"{self.name}: a {self.status} line has no place")
        if self.time is not None and (type(self.place) is not int or self.place < 1):
            raise ResultsError(f"{self.name}: place {self.place!r} is not a positive number")

    @property
    def result(self) -> RaceTime | Status:
        """The time, or the status when there is no time."""
        if self.time is not None:
            return self.time
        assert self.status is not None
        return self.status

    @property
    def official(self) -> RaceTime | None:
        """The official time (hundredths, thousandths truncated), as the TIME column prints."""
        return None if self.time is None else self.time.official


@_record.frozen
class Team:
    """One team of a team event: its place or status, nation, time and members.

    >>> a = Entry(1, "Joy Beune", "NED", RaceTime.parse("2:52.52"))
    >>> Team(1, "NED", a.time, None, (a,)).names
    ('Joy Beune',)
    """

    place: int | None
    nation: str
    time: RaceTime | None
    status: Status | None
    members: tuple[Entry, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The members' names, as listed."""
        return tuple(m.name for m in self.members)

    @property
    def result(self) -> RaceTime | Status:
        """The team's time, or its status."""
        if self.time is not None:
            return self.time
        assert self.status is not None
        return self.status


def _diff_text(diff: int) -> str:
    sign = "-" if diff < 0 else "+"
    minutes, rest = divmod(abs(diff), 60000)
    seconds, frac = divmod(rest, 1000)
    return f"{sign}{minutes}.{seconds:02d}.{frac:03d}" if minutes else f"{sign}{seconds}.{frac:03d}"


def _fail(entry: Entry, why: str) -> SkatecalcError:
    return ResultsError(f"{entry.name}: {why}")


def settle(
    entries: tuple[Entry, ...], fail: Callable[[Entry, str], SkatecalcError] = _fail
) -> tuple[Entry, ...]:
    """The entries with exact thousandths wherever the printed times and DIFFs fix them.

    A printed time is official (thousandths truncated); a DIFF is the exact gap to the first
    time. Every line therefore bounds the first time's hidden thousandth; when the bounds
    leave one value, every time is known to the thousandth and is returned so (derived
    from the listing). Otherwise the printed times stand and the DIFFs keep the exact gaps.
    A line whose time and DIFF no first time can explain raises (``fail`` builds the
    error).

    >>> chen = Entry(1, "Ying-Chu Chen", "TPE", RaceTime.parse("37.78"))
    >>> kitahara = Entry(3, "Iori Kitahara", "JPN", RaceTime.parse("37.90"), diff=121)
    >>> jung = Entry(6, "Huidan Jung", "KOR", RaceTime.parse("38.01"), diff=239)
    >>> [str(e.time) for e in settle((chen, kitahara))]  # 37.78x: x unknown
    ['37.78', '37.90']
    >>> [str(e.time) for e in settle((chen, kitahara, jung))]  # 37.78x + 0.239 < 38.02: x = 0
    ['37.78', '37.901', '38.019']
    """
    timed = [e for e in entries if e.time is not None]
    if not timed:
        return entries
    first = timed[0]
    assert first.time is not None
    if first.diff:
        raise fail(first, f"the first time of a race has a DIFF ({_diff_text(first.diff)})")
    step = 10 ** (3 - first.time.precision)
    low, high = first.time.thousandths, first.time.thousandths + step - 1
    for e in timed[1:]:
        assert e.time is not None
        d = e.diff or 0
        t = e.time.thousandths - d  # the first time, give or take the printed precision
        top = t + (0, 99, 9, 0)[e.time.precision]  # 10 ** (3 - precision) - 1
        new_low, new_high = (t if t > low else low), (top if top < high else high)
        if new_low > new_high:
            shown = "no DIFF" if e.diff is None else f"the DIFF {_diff_text(d)}"
            raise fail(
                e,
                f"the time {e.time} and {shown} do not fit the first time {first.time}"
                f" ({first.name})",
            )
        low, high = new_low, new_high
    if low != high:
        return entries
    out: list[Entry] = []
    for e in entries:
        if e.time is not None:
            t = low + (e.diff or 0)
            if t <= 0:
                raise fail(e, "the DIFF gives no positive time")
            precision = 3 if t % 10 else 2
            if e.time.thousandths != t or e.time.precision != precision:  # else settled
                e = _record.evolve(e, time=RaceTime(t, precision))
        out.append(e)
    return tuple(out)


@_record.frozen(repr=False)
class Race(Tabular[Entry]):
    """One race of a listing: what was skated, by whom, when, in which division.

    ``distance`` is metres (``1000``) or one of `EVENT_KINDS`; ``gender`` is
    ``"men"`` or ``"women"`` as the heading prints it; ``division`` is ``"A"`` or ``"B"``
    (the second listing of the same event on a day is Division B; ``single`` marks a race
    listed once, whose division the listing does not say). ``warnings`` says what the
    reader could not settle: DIFFs printed at hundredths that cannot split a shared place,
    a line without result.

    A race is a table of its entries (``race["Femke Kok"]``, ``len(race)``,
    ``race.to_rows()``, ``race.to_frame()``):

    >>> e = Entry(1, "Femke Kok", "NED", RaceTime.parse("36.09"), records=("WR",))
    >>> r = Race(500, "women", datetime.date(2025, 11, 16), (e,))
    >>> r.title, r.winner.name, r["Femke Kok"].place
    ('500 m women, 16.11.2025, Division A', 'Femke Kok', 1)
    >>> r
    <Race: 500 m women, 16.11.2025, Division A, 1 row, first Femke Kok>
    >>> r.to_rows()[0]["time"], r.to_rows()[0]["records"]
    (RaceTime('36.09'), 'WR')
    """

    _COLUMNS = ENTRY_COLUMNS

    distance: int | str
    gender: str
    date: datetime.date
    entries: tuple[Entry, ...]
    division: str = "A"
    line: int | None = _record.field(default=None, eq=False, repr=False)
    warnings: tuple[str, ...] = _record.field(default=(), eq=False, repr=False)
    """What the reader could not settle in this race (the command line prints each)."""
    single: bool = _record.field(default=False, eq=False, repr=False)
    """Listed once in its event: the listing does not say the division (read as A)."""
    # Read from an official result PDF: the race's number and its title as printed.
    number: int | None = _record.field(default=None, eq=False, repr=False)
    printed_title: str = _record.field(default="", eq=False, repr=False)
    to_skate: int = _record.field(default=0, eq=False, repr=False)
    """Skaters still to skate (a live source, e.g. the results service during the race):
    the race is not complete, and what is computed from it is provisional."""

    def __attrs_post_init__(self) -> None:
        self._check()
        if any(e.diff is not None for e in self.entries):  # a PDF prints no exact gaps
            object.__setattr__(self, "entries", settle(self.entries))

    def _check(self) -> None:
        if isinstance(self.distance, bool) or not (
            (isinstance(self.distance, int) and self.distance > 0) or self.distance in EVENT_KINDS
        ):
            raise ResultsError(
                f"{self.distance!r} is neither metres nor one of {', '.join(EVENT_KINDS)}"
            )
        if self.gender not in GENDERS:  # a stored value: exactly one of the genders
            raise ResultsError(f"gender {shown(self.gender)} must be 'men' or 'women'")
        if self.division not in ("A", "B"):
            raise ResultsError(f"division {self.division!r} must be 'A' or 'B'")
        if not self.entries:
            raise ResultsError(f"{self.title}: a race has at least one entry")

    def _table_rows(self) -> tuple[Entry, ...]:
        return self.entries

    def _repr_summary(self) -> str:
        return f"{self.title}, {super()._repr_summary()}"

    @property
    def name(self) -> str:
        """The race's name in its event: its `title`."""
        return self.title

    @property
    def title(self) -> str:
        """``"1000 m men, 14.11.2025, Division A"``."""
        return (
            f"{distance_label(self.distance)} {self.gender}, {self.date:%d.%m.%Y},"
            f" Division {self.division}"
        )

    @property
    def is_team(self) -> bool:
        """Whether teams skate it (team pursuit, team sprint, mixed relay)."""
        return self.distance in TEAM_EVENTS

    @property
    def names(self) -> tuple[str, ...]:
        """Every name, in listing order."""
        return tuple(e.name for e in self.entries)

    @property
    def winner(self) -> Entry:
        """The first line with a time (the reference of the DIFF column)."""
        for e in self.entries:
            if e.time is not None:
                return e
        raise ResultsError(f"{self.title}: nobody has a time")

    def entry(self, name: str) -> Entry:
        """The line of ``name`` (an unknown name raises, naming the closest).

        >>> e = Entry(1, "Femke Kok", "NED", RaceTime.parse("36.09"))
        >>> Race(500, "women", datetime.date(2025, 11, 16), (e,)).entry("Femke Kok").place
        1
        """
        for e in self.entries:
            if e.name == name:
                return e
        raise UnknownNameError.unknown(name, self.names)

    @property
    def teams(self) -> tuple[Team, ...]:
        """The teams of a team event: consecutive lines of one nation with one place.

        A nation whose lines disagree on the time raises
        [`ResultsError`][skatecalc.errors.ResultsError].
        """
        if not self.is_team:
            raise ResultsError(f"{self.title} is not a team event")
        groups: list[list[Entry]] = []
        for e in self.entries:
            last = groups[-1][0] if groups else None
            if (
                last is not None
                and last.nation == e.nation
                and last.place == e.place
                and last.status == e.status
            ):
                groups[-1].append(e)
            else:
                groups.append([e])
        teams: list[Team] = []
        seen: set[str] = set()
        for g in groups:
            first = g[0]
            for m in g[1:]:
                if (m.time, m.diff or 0) != (first.time, first.diff or 0):
                    raise ResultsError(
                        f"{self.title}: {m.name} ({m.nation}) has {m.time}, but the team's"
                        f" time is {first.time}"
                    )
            if first.nation in seen:
                raise DuplicateError(f"{self.title}: {first.nation} is listed as two teams")
            seen.add(first.nation)
            teams.append(Team(first.place, first.nation, first.time, first.status, tuple(g)))
        return tuple(teams)


@_record.frozen(repr=False)
class Event(Tabular[Race]):
    """A listing: the event's name, first and last day, venue, and its races in order.

    ``source`` names where it was read (not compared). An event is a table of its races,
    each named by its title (``event["500 m women, 16.11.2025, Division A"]``), one row
    per race in ``to_rows()``; a race is a table of its entries.

    >>> ev = Event("1. World Cup 2025/2026", datetime.date(2025, 11, 14),
    ...            datetime.date(2025, 11, 16), "Utah Olympic Oval (USA)", ())
    >>> ev.season, ev.number
    ('2025/26', 1)
    >>> ev
    <Event: 1. World Cup 2025/2026, Utah Olympic Oval (USA), 14.11.2025-16.11.2025, 0 races>
    """

    _COLUMNS = RACE_COLUMNS

    name: str
    first_day: datetime.date
    last_day: datetime.date
    venue: str
    races: tuple[Race, ...]
    source: str = _record.field(default="<text>", eq=False)
    line: int = _record.field(default=1, eq=False, repr=False)

    def _table_rows(self) -> tuple[Race, ...]:
        return self.races

    def _row_word(self) -> str:
        return "race"

    def _repr_summary(self) -> str:
        name = printable(self.name)
        name = name if len(name) <= 60 else name[:60] + "..."
        days = f"{self.first_day:%d.%m.%Y}-{self.last_day:%d.%m.%Y}"
        count = f"{len(self.races)} race{'' if len(self.races) == 1 else 's'}"
        return f"{name}, {printable(self.venue)}, {days}, {count}"

    @property
    def warnings(self) -> tuple[str, ...]:
        """Every race's warnings, in listing order (see `Race.warnings`)."""
        return tuple(w for r in self.races for w in r.warnings)

    @property
    def number(self) -> int | None:
        """The event's number in its series (``1`` for ``"1. World Cup ..."``, ``2`` for
        ``"ISU SPEED SKATING WORLD CUP #2"``), if printed."""
        m = re.match(r"\s*([0-9]{1,9})\.\s", self.name) or re.search(
            r"\bWORLD\s+CUP\s*#\s*([0-9]{1,9})\b", self.name, re.IGNORECASE
        )  # "1. World Cup 2025/2026" in a listing, "ISU SPEED SKATING WORLD CUP #2" in a PDF
        return int(m.group(1)) if m else None

    @property
    def season(self) -> str:
        """The season, ``"2025/26"``: from the name, else from the dates (July to June)."""
        m = _SEASON.search(self.name)
        if m:
            try:
                return parse_season(f"{m.group(1)}/{m.group(2)}")
            except ValueError:
                raise FileFormatError(
                    f"{m.group(0)!r} in the event name is not a season", where=self.where
                ) from None
        start = self.first_day.year if self.first_day.month >= 7 else self.first_day.year - 1
        return f"{start}/{(start + 1) % 100:02d}"

    @property
    def where(self) -> str:
        """``"line 1 of wc.txt"``: where the event header was read."""
        return f"line {self.line} of {self.source}"

    def races_of(
        self, distance: int | str, gender: str, division: str | None = None
    ) -> tuple[Race, ...]:
        """The races of one distance (or event) and gender, optionally one division."""
        return tuple(
            r
            for r in self.races
            if r.distance == distance
            and r.gender == gender
            and (division is None or r.division == division)
        )
