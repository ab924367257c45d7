"""One race of a World Cup: a place or a status per entrant, scored with a table.

[parse_place][skatecalc.worldcup.races.parse_place] reads a place or a status;
[RaceResult][skatecalc.worldcup.races.RaceResult] is a scored race (what
[Cup.score_race][skatecalc.worldcup.cup.Cup.score_race] returns and
[Cup.add][skatecalc.worldcup.cup.Cup.add] takes)::

    >>> parse_place(" 2 "), parse_place("DQ")
    (2, <Status.DQ: 'DQ'>)

Ranking a mass-start race from its sprint points and finishing order.

Intermediate sprints (after laps 4, 8 and 12) and the final sprint pay points by the
order skaters cross the line: 5-3-1 and 60-40-20 up to 2017/18 (verified), 3-2-1 and
60-40-20-10-6-3 from 2018/19 (consistent with results, not confirmed from an ISU text:
unverified). The first three finishers are ranked by finishing order; the other
finishers by sprint points, then finishing order (ISU World Cup mass-start rules). The ranking
then scores World Cup points with the distance table (status: unverified)::

    >>> from skatecalc.worldcup import Cup, rules
    >>> r = rules("2019/20")
    >>> sprints = [["E", "D"], ["E", "D"], ["E"]]
    >>> ranking = rank_mass_start(r, ["A", "B", "C", "D", "E"], sprints)
    >>> [(e.rank, e.name, e.sprint_points) for e in ranking]
    [(1, 'A', 60), (2, 'B', 40), (3, 'C', 20), (4, 'E', 15), (5, 'D', 14)]
    >>> cup = Cup(r, distance="mass start")
    >>> cup.add_race("MS1", ranking.places())
    >>> cup.standings()["E"].points, cup.rules.value(4, distance="mass start").status
    (43, 'unverified')

E finished behind D but scored more sprint points (9 + 6 against 4 + 10), so ranks 4th.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from .. import _record
from .._fields import MAX_DIGITS, is_ascii_digits, whole_number
from ..errors import DuplicateError, ResultsError, SkatecalcError, UnknownNameError
from ..limits import shown
from ..time import Status
from .rules import PlaceError, Race, Rules
from .seasons import rules as rules  # used by the examples
from .standings import Score
from .tables import MassStartRules

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = [
    "MassStartEntry",
    "MassStartRanking",
    "PlaceLike",
    "RaceResult",
    "parse_place",
    "rank_mass_start",
]


PlaceLike: TypeAlias = int | Status | str
"""A place (1 = winner), a [Status][skatecalc.time.Status], or text for either."""


@_record.frozen
class RaceResult:
    """One race of a cup: its name, what it is (``Race``) and every score.

    >>> from skatecalc.worldcup import Cup
    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("MIN1", ["Havard Lorentzen"], final=True)
    >>> cup.races[0].scores
    (Score(race='MIN1', place=1, status=None, points=150),)
    """

    name: str
    race: Race
    names: tuple[str, ...]
    scores: tuple[Score, ...]

    def __attrs_post_init__(self) -> None:
        if len(self.names) != len(self.scores):
            raise ResultsError(f"race {self.name!r}: one name per score")

    def score_of(self, name: str) -> Score:
        """The score of ``name`` in this race (an unknown name raises).

            >>> from skatecalc.worldcup import Cup
        >>> cup = Cup(rules("2017/18"))
            >>> cup.score_race("HVN1", ["Kai Verbij", "Nico Ihle"]).score_of("Nico Ihle").points
            80
        """
        if not isinstance(name, str):
            raise ResultsError(f"{shown(name)} is not a name")
        for who, s in zip(self.names, self.scores, strict=True):
            if who == name:
                return s
        raise UnknownNameError.unknown(name, self.names)


_TOO_LONG = 10**MAX_DIGITS  # the least place of more than MAX_DIGITS digits


def parse_place(value: object) -> int | Status:
    """A place (positive whole number) or a status, from a number, a Status or text.

    >>> parse_place("3"), parse_place("dns"), parse_place(1)
    (3, <Status.DNS: 'DNS'>, 1)
    """
    if isinstance(value, Status):
        return value
    if type(value) is int:
        if value < 1:
            if value <= -(10**MAX_DIGITS):
                raise PlaceError(f"a place of more than {MAX_DIGITS} digits is not a place")
            raise PlaceError(f"place {value!r} is not a positive whole number")
        if value >= _TOO_LONG:
            raise PlaceError(f"a place of more than {MAX_DIGITS} digits is beyond every table")
        return value
    if isinstance(value, str):
        text = value.strip()
        if is_ascii_digits(text):
            return parse_place(whole_number(text, "place", error=PlaceError))
        if text.isascii() and text.isalpha():
            return Status.parse(text)
    raise PlaceError(
        f"{shown(value)} is neither a place (1, 2, ...) nor a status (DQ, DNF, DNS, WDR)"
    )


@_record.frozen
class MassStartEntry:
    """One skater of a mass-start race: rank (``None`` without a finish), sprint points,
    finishing position (``None`` without a finish) and status.

    >>> MassStartEntry(1, "A", 60, 1, None).place
    1
    """

    rank: int | None
    name: str
    sprint_points: int
    finish: int | None
    status: Status | None

    @property
    def place(self) -> int | Status:
        """The rank, or the status for a skater who did not finish (scores 0)."""
        if self.rank is not None:
            return self.rank
        return self.status if self.status is not None else Status.DNF


@_record.frozen
class MassStartRanking(Sequence[MassStartEntry]):
    """The ranking of a mass-start race, ranked skaters first.

    >>> rank_mass_start(MassStartRules((5, 3, 1), (60, 40, 20)), ["A"]).places()
    {'A': 1}
    """

    entries: tuple[MassStartEntry, ...]
    rules: MassStartRules

    def __getitem__(self, index: int) -> MassStartEntry:  # type: ignore[override]
        return self.entries[index]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[MassStartEntry]:
        return iter(self.entries)

    def places(self) -> dict[str, int | Status]:
        """Name → rank or status, ready for [Cup.add_race][skatecalc.worldcup.Cup.add_race]."""
        return {e.name: e.place for e in self.entries}


def rank_mass_start(
    rules: Rules | MassStartRules,
    finish: Sequence[str],
    sprints: Sequence[Sequence[str]] = (),
    *,
    statuses: Mapping[str, Status | str] | None = None,
) -> MassStartRanking:
    """Rank a mass-start race.

    ``finish``: the finishers in finishing order; ``sprints``: for each intermediate
    sprint, the skaters who scored there in order (at most as many as the sprint pays);
    ``statuses``: skaters who did not finish (DNF, DQ, ...). Skaters without a finish
    are not ranked and score 0 World Cup points; their sprint points are kept in the
    entry (status of that choice: unverified).

    >>> r = rank_mass_start(rules("2017/18"), ["A", "B", "C", "D"], [["D"]], statuses={"E": "DNF"})
    >>> [(e.rank, e.name, e.sprint_points, str(e.place)) for e in r]
    [(1, 'A', 60, '1'), (2, 'B', 40, '2'), (3, 'C', 20, '3'), (4, 'D', 5, '4'),
     (None, 'E', 0, 'DNF')]
    >>> rank_mass_start(rules("2017/18"), ["A", "B"], [["X"]])
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownNameError: unknown skater 'X' in sprint 1
    """
    ms = rules.mass_start if isinstance(rules, Rules) else rules
    if ms is None:
        raise ResultsError(f"{shown(rules)} have no mass-start rules: pass MassStartRules")
    if not isinstance(ms, MassStartRules):
        raise ResultsError(f"{shown(rules)} is neither Rules nor MassStartRules")
    if isinstance(finish, str) or not isinstance(finish, Sequence):
        raise ResultsError(
            f"finish must be a list of names in finishing order, not {shown(finish)}"
        )
    if isinstance(sprints, str) or not isinstance(sprints, Sequence):
        raise ResultsError(f"sprints must be a list of lists of names, not {shown(sprints)}")
    if statuses is not None and not isinstance(statuses, Mapping):
        raise ResultsError(f"statuses must map names to DNF, DQ, ..., not {shown(statuses)}")
    status_of: dict[str, Status] = {}
    for who, st in (statuses or {}).items():
        if not isinstance(who, str) or not who.strip():
            raise ResultsError(f"{shown(who)} in statuses is not a name")
        if not isinstance(st, Status | str):
            raise ResultsError(f"status {shown(st)} of {who!r} is not DQ, DNF, DNS or WDR")
        status_of[who] = st if isinstance(st, Status) else Status.parse(st)
    position: dict[str, int] = {}
    for i, who in enumerate(finish, start=1):
        if not isinstance(who, str) or not who.strip():
            raise ResultsError(f"{shown(who)} in the finishing order is not a name")
        if who in position:
            raise DuplicateError(f"skater {who!r} appears twice in the finishing order")
        if who in status_of:
            raise DuplicateError(f"skater {who!r} both finished and has status {status_of[who]}")
        position[who] = i
    entrants = [*position, *status_of]
    if len(sprints) > len(ms.sprint_laps):
        raise ResultsError(
            f"{len(sprints)} intermediate sprints given; the race has {len(ms.sprint_laps)}"
            f" (after laps {', '.join(map(str, ms.sprint_laps))})"
        )
    points = dict.fromkeys(entrants, 0)
    for n, sprint in enumerate(sprints, start=1):
        if isinstance(sprint, str) or not isinstance(sprint, Sequence):
            raise ResultsError(f"sprint {n} must be a list of names, not {shown(sprint)}")
        if len(sprint) > len(ms.intermediate):
            raise PlaceError(
                f"sprint {n} lists {len(sprint)} skaters; it pays only {len(ms.intermediate)}"
                f" places ({'-'.join(map(str, ms.intermediate))})"
            )
        seen: set[str] = set()
        for who, pts in zip(sprint, ms.intermediate, strict=False):
            if not isinstance(who, str):
                raise ResultsError(f"{shown(who)} in sprint {n} is not a name")
            if who not in points:
                raise _in_sprint(UnknownNameError.unknown(who, entrants), n)
            if who in seen:
                raise DuplicateError(f"skater {who!r} appears twice in sprint {n}")
            seen.add(who)
            points[who] += pts
    for who, i in position.items():
        if i <= len(ms.final_sprint):
            points[who] += ms.final_sprint[i - 1]
    finishers = list(position)
    rest = sorted(finishers[3:], key=lambda w: (-points[w], position[w]))
    ranked = finishers[:3] + rest
    entries = [
        MassStartEntry(rank, who, points[who], position[who], None)
        for rank, who in enumerate(ranked, start=1)
    ]
    entries += [MassStartEntry(None, who, points[who], None, st) for who, st in status_of.items()]
    return MassStartRanking(tuple(entries), ms)


def _in_sprint(exc: UnknownNameError, n: int) -> UnknownNameError:
    located = UnknownNameError.__new__(UnknownNameError)
    located.__dict__.update(exc.__dict__)
    text = exc.message.replace(f"{exc.name!r}", f"{exc.name!r} in sprint {n}", 1)
    SkatecalcError.__init__(located, text)
    return located
