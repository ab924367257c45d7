"""The values read from the ISU results service: competitions, schedule lines, results
lines, and one competition's results (`ServiceResults`)."""

from __future__ import annotations

import datetime

from ... import _record
from ...errors import ResultsError
from ...time import RaceTime
from ..listing.model import Entry, Race

__all__ = [
    "Competition",
    "Lap",
    "Line",
    "ScheduleItem",
    "ServiceResults",
    "behind_mismatches",
    "behind_text",
    "rank_mismatches",
]

_GENDERS = {"M": "men", "F": "women"}


@_record.frozen
class Competition:
    """One competition of an event: ``number`` (the results URL's), its title, distance.

    ``distance`` is metres, ``"mass start"``, or ``None`` for a kind not read here (its
    ``kind`` is kept raw); ``category`` is the service's ``M``/``F``; ``round`` is 1 or 2
    for the 1st/2nd 500 m; ``start`` is in UTC, as the service gives it; ``division`` is
    the service's ``division`` (``"A"``, ``"B"``, or ``""`` when it gives none: read as A).
    """

    number: int
    title: str
    kind: str
    distance: int | str | None
    category: str
    start: datetime.datetime
    laps: int | None = None
    round: int | None = None
    is_live: bool = False
    is_official: bool = False
    division: str = ""

    @property
    def gender(self) -> str:
        """``"men"`` or ``"women"`` (another category raises)."""
        try:
            return _GENDERS[self.category]
        except KeyError:
            raise ResultsError(
                f"competition {self.number} ({self.title}): category {self.category!r}"
                " is neither M nor F"
            ) from None


@_record.frozen
class ScheduleItem:
    """One schedule line: its start (UTC), title, competition day and competition number;
    ``published``/``live`` are the results link's flags."""

    id: int
    start: datetime.datetime
    title: str
    day: int | None
    competition: int | None
    published: bool
    live: bool


@_record.frozen
class Lap:
    """One lap: its number, lap time (hundredths, as given), passage time, rank."""

    number: int
    time: RaceTime | None
    passage: RaceTime | None
    rank: int | None


@_record.frozen
class Line:
    """One line of a results response, as the service gives it.

    ``status`` is ``0`` (finished), ``None`` (to skate) or another code, kept raw;
    ``behind`` is ``timeBehind`` in thousandths; ``lane`` is ``In``/``Out``; ``gender`` is
    the skater's ``M``/``F`` as the service gives it (``""`` when it gives none).
    """

    name: str
    nation: str
    pair: int | None
    lane: str
    rank: int | None
    status: int | None
    time: RaceTime | None
    behind: int | None
    laps: tuple[Lap, ...] = ()
    gender: str = ""

    @property
    def state(self) -> str:
        """``"finished"``, ``"to skate"`` or ``"status N"`` (the code, not interpreted)."""
        if self.status == 0:
            return "finished"
        return "to skate" if self.status is None else f"status {self.status}"

    @property
    def passages(self) -> tuple[RaceTime, ...]:
        """The passage times given, lap by lap."""
        return tuple(lap.passage for lap in self.laps if lap.passage is not None)


def behind_mismatches(lines: tuple[Line, ...]) -> list[tuple[Line, int, int]]:
    """The ranked lines (finished, or timed and ranked without a status yet) whose
    ``behind`` is not their time minus the leader's: each with the given and the computed
    gap (thousandths). The leader is the fastest ranked line; a line without a status may
    leave ``behind`` out.

    >>> t = RaceTime.parse
    >>> a = Line("A", "USA", 1, "In", 1, 0, t("1:07.606"), 0)
    >>> b = Line("B", "USA", 1, "Out", 2, 0, t("1:07.845"), 238)
    >>> [(x.name, given, computed) for x, given, computed in behind_mismatches((a, b))]
    [('B', 238, 239)]
    """
    done = [x for x in lines if _ranked(x)]
    if not done:
        return []
    lead = min(x.time.thousandths for x in done if x.time is not None)
    out = []
    for x in done:
        assert x.time is not None
        computed = x.time.thousandths - lead
        if x.behind != computed and (x.status == 0 or x.behind is not None):
            out.append((x, -1 if x.behind is None else x.behind, computed))
    return out


def _ranked(x: Line) -> bool:
    """Whether the service ranked ``x`` among the times: a finished line, or one with a
    time and a rank whose status is not given yet."""
    return x.time is not None and (x.status == 0 or (x.status is None and x.rank is not None))


def rank_mismatches(lines: tuple[Line, ...]) -> list[tuple[Line, int]]:
    """The ranked lines (finished, or timed and ranked without a status yet) whose
    ``rank`` is not their place by time: one more than the number of ranked lines with a
    faster time (equal times share a place). Each with the place its time gives.

    >>> t = RaceTime.parse
    >>> a = Line("A", "USA", 1, "In", 2, 0, t("1:07.606"), 0)
    >>> b = Line("B", "USA", 1, "Out", 2, 0, t("1:07.845"), 239)
    >>> [(x.name, place) for x, place in rank_mismatches((a, b))]
    [('A', 1)]
    """
    done = sorted(
        (x for x in lines if _ranked(x)),
        key=lambda x: x.time.thousandths if x.time is not None else 0,
    )
    out = []
    place, previous = 0, None
    for k, x in enumerate(done, start=1):
        assert x.time is not None
        if x.time.thousandths != previous:
            place, previous = k, x.time.thousandths
        if x.rank != place:
            out.append((x, place))
    return out


def behind_text(t: int) -> str:
    minutes, rest = divmod(t, 60000)
    return (
        f"{minutes}:{rest // 1000:02d}.{rest % 1000:03d}"
        if minutes
        else f"{t // 1000}.{t % 1000:03d}"
    )


@_record.frozen
class ServiceResults:
    """One competition's results response: every line, in the service's order.

    ``entries`` are the finished lines as listing entries (place = rank, exact time, DIFF
    = ``timeBehind``, pair, lane, passages); ``to_skate`` and ``others`` are never results.
    """

    lines: tuple[Line, ...]
    source: str = _record.field(default="<json>", eq=False)

    @property
    def finished(self) -> tuple[Line, ...]:
        """The lines with status 0."""
        return tuple(x for x in self.lines if x.status == 0)

    @property
    def to_skate(self) -> tuple[Line, ...]:
        """The lines with no status yet: still to skate."""
        return tuple(x for x in self.lines if x.status is None)

    @property
    def others(self) -> tuple[Line, ...]:
        """The lines with another status code (kept raw, shown as ``status N``)."""
        return tuple(x for x in self.lines if x.status not in (0, None))

    @property
    def entries(self) -> tuple[Entry, ...]:
        """The finished lines as `Entry` values, by rank."""
        out = []
        for x in sorted(self.finished, key=lambda x: x.rank or 0):
            out.append(
                Entry(x.rank, x.name, x.nation, x.time, diff=x.behind, pair=x.pair, lane=x.lane)
            )
            out[-1] = _record.evolve(out[-1], passages=x.passages)
        return tuple(out)

    @property
    def warnings(self) -> tuple[str, ...]:
        """What makes these results not (yet) a complete race."""
        out = []
        waiting = [x for x in self.to_skate if x.time is None]
        if waiting:
            out.append(
                f"{self.source}: {len(waiting)} still to skate, the race is not complete:"
                f" {', '.join(x.name for x in waiting)}"
            )
        for x in self.finished:
            if x.passages and x.time is not None and x.passages[-1] != x.time:
                out.append(
                    f"{self.source}: {x.name}'s last passage time {x.passages[-1]} is not"
                    f" the final time {x.time} (the time is the result)"
                )
        for x in self.to_skate:
            if x.time is not None:  # skated, not yet confirmed: never counted unseen
                out.append(
                    f"{self.source}: {x.name} has a time ({x.time}) but no status yet: not a"
                    " result until the service gives status 0 (finished)"
                )
        for x in self.others:
            shown = "" if x.time is None else f" (time {x.time} given)"
            out.append(
                f"{self.source}: {x.name} has {x.state}{shown}: the code is not interpreted,"
                " not a result"
            )
        return tuple(out)

    def check_of(self, competition: Competition) -> None:
        """Refuse results that cannot be ``competition``'s (a response saved under another
        competition's number): a skater of the other category, or more laps than its
        distance has."""
        what = f"competition {competition.number} ({competition.title})"
        for x in self.lines:
            if x.gender in ("M", "F") and x.gender != competition.category:
                raise ResultsError(
                    f"{self.source}: {x.name} is a skater of category {x.gender}, but these are"
                    f" the results of {what}, category {competition.category}: the results of"
                    " another competition (saved under this one's number?)"
                )
            if competition.laps is not None and len(x.laps) > competition.laps:
                raise ResultsError(
                    f"{self.source}: {x.name} has {len(x.laps)} laps, but {what} has"
                    f" {competition.laps}: the results of another competition (saved under"
                    " this one's number?)"
                )

    def race(self, competition: Competition, date: datetime.date) -> Race:
        """The finished lines as a `Race` of ``competition`` skated on ``date`` (the
        venue's day: the service gives start times in UTC only). ``Race.warnings`` names
        the skaters still to skate and the other statuses.

        >>> import datetime
        >>> t = RaceTime.parse
        >>> res = ServiceResults((Line("Jordan Stolz", "USA", 16, "In", 1, 0, t("1:07.968"),
        ...                       0), Line("Emery Lehman", "USA", 17, "Out", None, None,
        ...                       None, None)), "results.json")
        >>> comp = Competition(4, "1000m Men", "ID", 1000, "M",
        ...                    datetime.datetime(2026, 1, 3, 21, 53, tzinfo=datetime.UTC))
        >>> race = res.race(comp, datetime.date(2026, 1, 3))
        >>> race.title
        '1000 m men, 03.01.2026, Division A'
        >>> race.warnings
        ('results.json: 1 still to skate, the race is not complete: Emery Lehman',)
        """
        if competition.distance is None:
            raise ResultsError(
                f"competition {competition.number} ({competition.title}): kind"
                f" {competition.kind!r} is not read as a race"
            )
        self.check_of(competition)
        entries = self.entries
        if not entries:
            raise ResultsError(
                f"{self.source}: nobody has finished yet ({len(self.to_skate)} to skate)"
            )
        division = competition.division.strip().upper() or "A"
        if division not in ("A", "B"):
            raise ResultsError(
                f"competition {competition.number} ({competition.title}): division"
                f" {competition.division!r} is neither A nor B"
            )
        return Race(
            competition.distance,
            competition.gender,
            date,
            entries,
            division,
            warnings=self.warnings,
            number=competition.number,
            printed_title=competition.title,
            to_skate=len(self.to_skate),
        )
