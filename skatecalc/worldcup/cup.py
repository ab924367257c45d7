"""A World Cup classification: races in, standings out.

Every race counts (no dropped results); both 500 m races of a weekend count separately;
Division B races count in the same classification with the Division B table; the men's
5000 and 10000 m form one cup and the women's 3000 and 5000 m another (see
``cup_name``). Entrants may be skaters or nations (team pursuit, team sprint)::

    >>> cup = Cup(rules("2017/18"))
    >>> cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle", "Kai Verbij"])
    >>> cup.add_race("HVN2", {"Kai Verbij": 1, "Havard Lorentzen": 8, "Nico Ihle": "DNS"})
    >>> for s in cup.standings():
    ...     print(s.rank, s.name, s.points, s.wins)
    1 Kai Verbij 170 1
    2 Havard Lorentzen 136 1
    3 Nico Ihle 80 0

Standings are ordered by points, then most race wins (verified), then the rules'
replaceable tie-break (see [skatecalc.worldcup.standings][]); entrants still equal
share the rank and are listed by name. Source: ISU World Cup rules (the ties rule verified
from the 2016/17 team pursuit and the 2024/25 press reports).

``Cup`` is the one mutable object of the package (an accumulator of races); what it
returns (scores, tallies, standings) is frozen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..errors import (
    DuplicateError,
    ResultsError,
    SkatecalcError,
    UnknownNameError,
)
from ..limits import shown
from ..notation import name_key, variant_key
from ..time import Status
from . import outlook
from .events import Distance, cup_name, normalise_distance
from .races import PlaceLike, RaceResult, parse_place
from .rules import Race, Rules
from .seasons import rules as rules  # used by the examples
from .standings import Score, Standing, Standings, Tally, TieBreak

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = [
    "Cup",
    "Key",
    "PlaceLike",
    "RaceResult",
    "Standing",
    "Standings",
    "cup_name",
    "normalise_distance",
    "parse_place",
]

Key: TypeAlias = tuple[int, int, tuple[int, ...]]
"""The ordering key of an entrant: (minus points, minus wins, tie-break); lower ranks ahead."""


class Cup:
    """The classification of one World Cup (a distance and gender, or a team event).

    ``distance`` (optional) is the default distance of the races (it matters for the
    mass start and team events, whose statuses differ, and for the 2013/14 long
    distances); ``entrant`` says what the entrants are ("skater" or "nation") in messages;
    ``tie_break`` replaces the rules' tie-break after the wins (a key, lower is better; see
    [skatecalc.worldcup.standings][]); ``name`` names the cup (``"500 m men"``) in the
    title of the printed standings.

    >>> cup = Cup(rules("2017/18"), distance="team pursuit", entrant="nation")
    >>> cup.add_race("HVN", ["NED", "JPN", "KOR"])
    >>> cup.add_race("CAL", {"JPN": 1, "NED": "DQ", "KOR": 2})
    >>> [(s.name, s.points) for s in cup.standings()]
    [('JPN', 180), ('KOR', 150), ('NED', 100)]
    """

    def __init__(
        self,
        rules: Rules,
        *,
        distance: Distance | None = None,
        entrant: str = "skater",
        tie_break: TieBreak | None = None,
        name: str = "",
    ) -> None:
        if not isinstance(rules, Rules):
            raise ResultsError(
                f"{shown(rules)} is not World Cup Rules: use worldcup.rules('2017/18')"
            )
        if not isinstance(entrant, str) or not entrant.strip():
            raise ResultsError(f"entrant {shown(entrant)} must be text such as 'skater'")
        if tie_break is not None and not callable(tie_break):
            raise ResultsError(f"tie_break {shown(tie_break)} is not a function of a Tally")
        if not isinstance(name, str):
            raise ResultsError(f"cup name {shown(name)} must be text such as '500 m men'")
        self.rules = rules
        self.name = name
        self.distance = None if distance is None else normalise_distance(distance)
        self.entrant = entrant
        self.tie_break: TieBreak = rules.tie_break if tie_break is None else tie_break
        self._races: list[RaceResult] = []
        self._race_names: set[str] = set()
        self._spelled: dict[str, str] = {}  # variant_key -> the first spelling (names.py)
        self._standings: Standings | None = None
        self._keys: dict[str, Key] = {}
        self._ordered: list[Key] = []  # the keys in standings order (best first)

    def __repr__(self) -> str:
        return f"<Cup {self.rules.season}, {len(self._races)} races>"

    @property
    def races(self) -> tuple[RaceResult, ...]:
        """The races added so far, in the order they were added."""
        return tuple(self._races)

    def copy(self) -> Cup:
        """An independent cup with the same rules and races.

        >>> Cup(rules("2017/18")).copy()
        <Cup 2017/18, 0 races>
        """
        other = Cup(self.rules, distance=self.distance, entrant=self.entrant, name=self.name)
        other.tie_break = self.tie_break
        other._races = list(self._races)
        other._race_names = set(self._race_names)
        return other

    def until(self, race: str) -> Cup:
        """A copy holding the races up to and including ``race`` (the standings then).

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", ["Kai Verbij"])
        >>> cup.add_race("HVN2", ["Nico Ihle"])
        >>> cup.until("HVN1").standings().names
        ('Kai Verbij',)
        """
        if not isinstance(race, str):
            raise ResultsError(f"race {shown(race)} is not a race name")
        names = [r.name for r in self._races]
        if race not in self._race_names:
            raise UnknownNameError.unknown(race, names, what="race")
        other = self.copy()
        other._races = self._races[: names.index(race) + 1]
        other._race_names = set(names[: len(other._races)])
        return other

    def score_race(
        self,
        name: str,
        results: Sequence[str] | Mapping[str, PlaceLike],
        *,
        final: bool = False,
        division: str = "A",
        distance: Distance | None = None,
    ) -> RaceResult:
        """Score one race without adding it (see ``add_race``).

        >>> Cup(rules("2017/18")).score_race("CAL", {"Kai Verbij": 2}).scores[0].points
        80
        """
        if not isinstance(name, str) or not name.strip():
            raise ResultsError(f"race name {shown(name)} must be non-empty text")
        if name in self._race_names:
            raise DuplicateError(f"race {name!r} is already in the cup")
        d = self.distance if distance is None else normalise_distance(distance)
        race = Race(final, division, d)
        table = self.rules.table_for(race)
        entries: list[tuple[str, int | Status]]
        if isinstance(results, Mapping):
            entries = []
            for who, place in results.items():
                try:
                    entries.append((who, parse_place(place)))
                except SkatecalcError as exc:
                    raise exc.within(f"race {name!r}, {self.entrant} {who!r}") from None
        elif isinstance(results, Sequence) and not isinstance(results, str):
            entries = list(zip(results, range(1, len(results) + 1), strict=True))
        else:
            raise ResultsError(
                f"results of race {name!r} must be a finishing order (list of names) or a"
                f" mapping of name to place or status, not {shown(results)}"
            )
        if not entries:
            raise ResultsError(f"race {name!r} has no results")
        _shared_places_skip(name, [p for _, p in entries if not isinstance(p, Status)])
        seen: set[str] = set()
        spelled: dict[str, str] = {}  # variant_key -> spelling, in this race
        scores: list[tuple[str, Score]] = []
        for who, place in entries:
            if not isinstance(who, str) or not who.strip():
                raise ResultsError(
                    f"{self.entrant} name {shown(who)} in race {name!r} is not a name"
                )
            who = name_key(who)  # the one identity rule (skatecalc.notation)
            if who in seen:
                raise DuplicateError(f"{self.entrant} {who!r} appears twice in race {name!r}")
            seen.add(who)
            variant = variant_key(who)
            other = self._spelled.get(variant) or spelled.setdefault(variant, who)
            if other != who:
                raise DuplicateError(
                    f"{self.entrant} {who!r} in race {name!r} is spelled {other!r} elsewhere:"
                    " case and accents count in names, use one spelling"
                )
            if isinstance(place, Status):
                scores.append((who, Score(name, None, place, 0, race.division)))
                continue
            try:
                pts = table.points(place)
            except SkatecalcError as exc:
                raise exc.within(f"race {name!r}, {self.entrant} {who!r}") from None
            scores.append((who, Score(name, place, None, pts, race.division)))
        scores.sort(key=lambda e: (e[1].place is None, e[1].place or 0))
        return RaceResult(
            name, race, tuple(who for who, _ in scores), tuple(sc for _, sc in scores)
        )

    def add_race(
        self,
        name: str,
        results: Sequence[str] | Mapping[str, PlaceLike],
        *,
        final: bool = False,
        division: str = "A",
        distance: Distance | None = None,
    ) -> None:
        """Add a race: a finishing order (names, winner first) or a mapping of name to
        place or status (DQ, DNF, DNS, WDR score 0; two entrants may share a place).

        ``final`` marks the World Cup Final, ``division`` is ``"A"`` or ``"B"``. A name
        twice in one race, a place beyond the table or an unknown table value raises an
        error naming them.

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", ["Kai Verbij", "Nico Ihle", "Kai Verbij"])
        Traceback (most recent call last):
        ...
        skatecalc.errors.DuplicateError: skater 'Kai Verbij' appears twice in race 'HVN1'
        """
        self.add(self.score_race(name, results, final=final, division=division, distance=distance))

    def add(self, result: RaceResult) -> None:
        """Add an already scored race (from ``score_race``).

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add(cup.score_race("HVN1", ["Kai Verbij"]))
        >>> cup.standings()[0].points
        100
        """
        if not isinstance(result, RaceResult):
            raise ResultsError(f"{shown(result)} is not a RaceResult: use cup.score_race(...)")
        if result.name in self._race_names:
            raise DuplicateError(f"race {result.name!r} is already in the cup")
        self._races.append(result)
        self._race_names.add(result.name)
        for who in result.names:
            self._spelled.setdefault(variant_key(who), who)
        self._standings = None

    # --- standings ------------------------------------------------------------------------

    def key(self, tally: Tally) -> Key:
        """The ordering key of a tally: minus points, minus wins, then the tie-break's key;
        **lower ranks ahead** (as everywhere in skatecalc; equal keys share the rank).

        >>> Cup(rules("2017/18")).key(Tally("X", 100, 1, ()))
        (-100, -1, ())
        """
        extra = self.tie_break(tally)
        if not isinstance(extra, tuple) or any(type(x) is not int for x in extra):
            raise ResultsError(
                f"the tie-break gave {shown(extra)} for {tally.name!r}: it must return a tuple"
                " of whole numbers"
            )
        return (-tally.points, -tally.wins, extra)

    def standings(self) -> Standings:
        """Rank, name, points, wins and per-race scores of every entrant, best first.

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", {"A": 1, "B": 1, "C": 3})
        >>> [(s.rank, s.name, s.points) for s in cup.standings()]
        [(1, 'A', 100), (1, 'B', 100), (3, 'C', 70)]
        """
        if self._standings is not None:
            return self._standings
        tallies = self._tallies()
        keyed = sorted(tallies, key=lambda t: (t.name.casefold(), t.name))
        keys = {t.name: self.key(t) for t in keyed}
        keyed.sort(key=lambda t: keys[t.name])  # stable: equal keys stay in name order
        entries: list[Standing] = []
        ordered: list[Key] = []
        rank = 0
        previous: Key | None = None
        for i, t in enumerate(keyed, start=1):
            k = keys[t.name]
            if k != previous:
                rank, previous = i, k
            entries.append(Standing(rank, t.name, t.points, t.wins, t.results))
            ordered.append(k)
        self._standings = Standings(
            tuple(entries),
            tuple(r.name for r in self._races),
            self.entrant,
            self.rules.season,
            self.name,
        )
        self._keys = keys
        self._ordered = ordered
        return self._standings

    def keys(self) -> dict[str, Key]:
        """The ordering key of every entrant (see ``key``), in standings order.

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", ["Kai Verbij"])
        >>> cup.keys()
        {'Kai Verbij': (-100, -1, ())}
        """
        standings = self.standings()
        return dict(zip(standings.names, self._ordered, strict=True))

    def best_key(self, *, excluding: str | None = None) -> Key | None:
        """The best (lowest) key of the standings, leaving out the entrant ``excluding``;
        ``None`` when nobody is left. ``O(1)`` once the standings are built.

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", ["Kai Verbij", "Nico Ihle"])
        >>> cup.best_key(), cup.best_key(excluding="Kai Verbij")
        ((-100, -1, ()), (-80, 0, ()))
        """
        standings = self.standings()
        ordered = self._ordered
        if not ordered:
            return None
        if excluding is not None and standings[0].name == excluding:
            return ordered[1] if len(ordered) > 1 else None
        return ordered[0]

    def _tallies(self) -> list[Tally]:
        names: dict[str, list[Score]] = {}
        for race in self._races:
            for who, s in zip(race.names, race.scores, strict=True):
                names.setdefault(who, []).append(s)
        return [
            Tally(n, sum(s.points for s in ss), sum(1 for s in ss if s.won), tuple(ss))
            for n, ss in names.items()
        ]

    def total(self, name: str) -> int:
        """The total points of ``name`` (an unknown name raises, naming the closest).

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", ["Kai Verbij"])
        >>> cup.total("Kai Verbij")
        100
        """
        if not isinstance(name, str):
            raise ResultsError(f"{shown(name)} is not a name")
        return self.standings()[name].points

    # --- outlook --------------------------------------------------------------------------

    def max_available(self, remaining: Sequence[Race]) -> int:
        """The most points anyone can still gain in ``remaining`` (winning them all).

        >>> Cup(rules("2017/18")).max_available([Race(final=True)] * 2)
        300
        """
        return outlook.max_available(self.rules, remaining, self.distance)

    def can_still_win(self, name: str, remaining: Sequence[Race]) -> bool:
        """Whether ``name`` can still finish first (alone, or sharing first place when
        points, wins and the tie-break cannot separate).

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", ["Havard Lorentzen", "Hein Otterspeer"])
        >>> cup.can_still_win("Hein Otterspeer", remaining=[Race(final=True)] * 2)
        True
        >>> cup.can_still_win("Hein Otterspeer", remaining=[])
        False
        """
        return outlook.can_still_win(self, name, remaining)

    def clinched(self, remaining: Sequence[Race]) -> bool:
        """Whether the leader can no longer be caught (by anyone, including an entrant
        without points yet); a tie on points and wins that the tie-break cannot
        separate counts as caught.

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("HVN1", ["Havard Lorentzen", "Hein Otterspeer"])
        >>> cup.clinched([]), cup.clinched([Race()])
        (True, False)
        """
        return outlook.clinched(self, remaining)

    def guarantee(
        self, name: str, remaining: Sequence[Race], rival: str | None = None
    ) -> outlook.Guarantee:
        """The worst place ``name`` can take in every remaining race and still stay ahead
        of ``rival`` (or of everyone) whatever the others do.

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("R1", ["Havard Lorentzen", "Ronald Mulder"])
        >>> cup.add_race("R2", ["Havard Lorentzen", "Ronald Mulder"])
        >>> print(cup.guarantee("Havard Lorentzen", [Race()], rival="Ronald Mulder"))
        Havard Lorentzen stays ahead of Ronald Mulder whatever happens if finishing 4th or
        better in every remaining race
        """
        return outlook.guarantee(self, name, remaining, rival)

    def outlook(self, remaining: Sequence[Race]) -> outlook.Outlook:
        """Everything at once: points available, who can still win, clinched, guarantee.

        >>> cup = Cup(rules("2017/18"))
        >>> cup.add_race("R1", ["Havard Lorentzen", "Ronald Mulder"])
        >>> cup.outlook([Race()]).contenders
        ('Havard Lorentzen', 'Ronald Mulder')
        """
        return outlook.outlook(self, remaining)


def _shared_places_skip(race: str, places: list[int]) -> None:
    """Refuse a place that cannot follow a shared one: after ``k`` entrants share place
    ``p`` the next place is ``p + k`` (competition ranking), so a place between is an error
    (an entrant left out of the race may leave a gap; none fills one).

    >>> _shared_places_skip("R1", [1, 1, 2])
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: race 'R1': place 2 cannot follow 2 sharing place 1 ...
    """
    if len(set(places)) == len(places):
        return  # no place shared
    count: dict[int, int] = {}
    for p in places:
        count[p] = count.get(p, 0) + 1
    for p, k in count.items():
        for q in range(p + 1, p + k):
            if q in count:
                raise ResultsError(
                    f"race {race!r}: place {q} cannot follow {k} sharing place {p} (the next"
                    f" place is {p + k})"
                )
