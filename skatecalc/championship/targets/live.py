"""Provisional standings while a distance is being skated: those who have finished it
ranked on their total after it, those still to skate with their standing before it and
the times they need (the board's numbers), in one table.

[`Provisional`][skatecalc.championship.targets.Provisional] is a table like every other
result ([`Tabular`][skatecalc.tabular.Tabular]); ``str()`` prints it with a title saying
what it is ("provisional, 1000 m (2) in progress: 2 of 3 finished"; the renderer is
registered by `skatecalc.text.championship`).

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"Miho Takagi": ["37.13", "1:13.32", "37.19", "1:13.13"],
    ...                             "Femke Kok": ["37.07", "1:14.35", "37.07", "1:12.45"],
    ...                             "Jutta Leerdam": ["37.41", "1:13.71", "37.57"]})
    >>> p = sc.provisional(t)
    >>> [(line.rank, line.name, str(line.points), line.state) for line in p]
    [(1, 'Femke Kok', '147.540', 'finished'), (2, 'Miho Takagi', '147.545', 'finished'), (None, 'Jutta Leerdam', '111.835', 'to skate')]
    >>> str(p["Jutta Leerdam"].lead.time), p.finished, p.field_size
    ('1:11.40', 2, 3)

Rules: a skater who has finished the distance with a time has the total the final
classification gives them (the points of the time added to the total before it, truncated
as the table's ``rounding`` says); those who finished are ranked among themselves by that
total (equal totals share a place, as `classify` ranks them without a tie-break). A place
among the finishers is provisional: a skater still to skate can still pass them. Skaters
with a status on the distance (``DNS``, ``DNF``, ``DQ`` ...) and those not in its field
(stopped before it, unranked) are listed after, without a provisional place.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ... import _record
from ...errors import GoalError
from ...limits import shown
from ...samalog import as_points
from ...tabular import Column, RowValue, Tabular, render_text
from ...time import Lang, RaceTime, Result, Status
from ..combinations import Combination
from ..qualification import competition_ranks
from ..standings import Standing, Standings
from .goals import board
from .race import in_progress, race_of
from .requirement import Target

__all__ = ["Provisional", "ProvisionalLine", "in_progress", "provisional"]


FINISHED = "finished"
TO_SKATE = "to skate"
OUT = "out"
STOPPED = "stopped"


@_record.frozen
class ProvisionalLine:
    """One skater in provisional standings.

    ``state`` is ``"finished"`` (a time on the distance: ``rank`` is the provisional place,
    ``total`` the total after it), ``"to skate"`` (``total`` is the total before it,
    ``lead``/``podium`` the board's times), ``"out"`` (a status on the distance) or
    ``"stopped"`` (not in the distance's field: stopped earlier, or unranked).
    ``before_rank``/``before`` are the rank and total before the distance.
    """

    name: str
    nation: str | None
    rank: int | None
    state: str
    results: tuple[Result, ...]
    total: int | None
    before_rank: int | None
    before: int | None
    distance_rank: int | None = None
    lead: Target | None = None
    podium: Target | None = None
    completed: int = 0

    @property
    def points(self) -> Decimal | None:
        """The total shown: after the distance when finished, else before it."""
        return None if self.total is None else as_points(self.total)

    @property
    def status(self) -> Status | None:
        """The first status among the results shown (``None`` when there is none)."""
        return next((r for r in self.results if isinstance(r, Status)), None)


def _result(index: int) -> Callable[[ProvisionalLine], RowValue]:
    def value(line: ProvisionalLine) -> RowValue:
        r = line.results[index]
        return r.value if isinstance(r, Status) else r

    return value


def _target_columns(key: str) -> tuple[Column, ...]:
    """The board's columns of a skater still to skate (``None`` for the others)."""

    def of(part: str) -> Callable[[ProvisionalLine], RowValue]:
        def value(line: ProvisionalLine) -> RowValue:
            target: Target | None = getattr(line, key)
            found: RowValue = None if target is None else getattr(target, part)
            return found

        return value

    return (
        Column(key, RaceTime, f"the slowest time for the {key} (still to skate)", get=of("time")),
        Column(f"{key}_to_pass", str, f"the finished skater to pass ({key})", get=of("to_pass")),
        Column(f"{key}_any_time", bool, f"any time reaches the {key}", get=of("certain")),
        Column(f"{key}_impossible", bool, f"no time reaches the {key}", get=of("impossible")),
    )


@_record.frozen(repr=False)
class Provisional(Tabular[ProvisionalLine]):
    """Provisional standings of a distance in progress (see `provisional`)."""

    combination: Combination
    index: int  # type: ignore[assignment]  # the distance's position, not Sequence.index
    """The 0-based position of the distance in progress."""
    distance: int
    finished: int
    """How many skaters of the field have a time on the distance."""
    field_size: int
    """How many skaters skate the distance (finished, still to skate, or out on it)."""
    lines: tuple[ProvisionalLine, ...]
    podium: int = 3
    notes: tuple[str, ...] = ()

    def _table_rows(self) -> tuple[ProvisionalLine, ...]:
        return self.lines

    def _repr_summary(self) -> str:
        return (
            f"{self.combination} {self.label} in progress, {self.finished} of"
            f" {self.field_size} finished, {super()._repr_summary()}"
        )

    @property
    def label(self) -> str:
        """The distance in progress as titles name it: ``1000 m (2)``, or ``1500 m``."""
        label = self.combination.label(self.index)
        return f"{self.distance} m{label[len(str(self.distance)) :]}"

    def to_rows(self) -> list[dict[str, RowValue]]:
        """Typed data: one dict per skater, ``pandas.DataFrame`` ready.

        Keys: ``rank`` (the provisional place, ``int`` or ``None``), ``name``, ``nation``;
        per distance up to the one in progress its label (``"1000 (2)"``: the
        ``RaceTime``, the status code, or ``None``); ``points`` (``Decimal``: the total
        after the distance for a finisher, ``None`` otherwise), ``status``, ``completed``
        (distances in the total before), ``state`` (``finished``, ``to skate``, ``out``,
        ``stopped``), ``before_rank`` and ``before_points`` (the standing before the
        distance), and for those still to skate the board's ``lead``/``podium`` times with
        ``lead_to_pass``, ``lead_any_time``, ``lead_impossible`` (the same for ``podium``).

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19", "1:13.13"],
        ...                             "L": ["37.41", "1:13.71", "37.57"]})
        >>> row = sc.provisional(t).to_rows()[1]
        >>> row["name"], row["state"], row["before_points"], row["lead"]
        ('L', 'to skate', Decimal('111.835'), RaceTime('1:11.41'))
        """
        return super().to_rows()  # from the declared columns

    def _columns(self) -> tuple[Column, ...]:
        labels = [self.combination.label(i) for i in range(self.index + 1)]
        return (
            Column("rank", int, "the provisional place", get=lambda line: line.rank),
            Column("name", str, "the skater", get=lambda line: line.name),
            Column("nation", str, "the skater's nation", get=lambda line: line.nation),
            *(
                Column(
                    label,
                    (RaceTime, str),
                    f"the time on the {label}, or a status code",
                    get=_result(i),
                )
                for i, label in enumerate(labels)
            ),
            Column(
                "points",
                Decimal,
                "the total after the distance, for a finisher",
                get=lambda line: line.points if line.state == FINISHED else None,
            ),
            Column(
                "status",
                str,
                "the first status code",
                get=lambda line: None if line.status is None else line.status.value,
            ),
            Column(
                "completed", int, "distances in the total before", get=lambda line: line.completed
            ),
            Column("state", str, "finished, to skate, out or stopped", get=lambda line: line.state),
            Column(
                "before_rank",
                int,
                "the place before the distance",
                get=lambda line: line.before_rank,
            ),
            Column(
                "before_points",
                Decimal,
                "the total before the distance",
                get=lambda line: None if line.before is None else as_points(line.before),
            ),
            *_target_columns("lead"),
            *_target_columns("podium"),
        )

    def format(self, lang: Lang = "en") -> str:
        """The table as text (Dutch with ``lang="nl"``); the same as ``render_text``."""
        return render_text(self, lang)


def provisional(table: Standings, *, podium: int = 3) -> Provisional:
    """Provisional standings of the distance after those ``table`` counts (the next one).

    Finishers in order of their total after the distance, then those still to skate in
    table order (with the board's lead and podium times, see `board`), then those with a
    status on it, then everyone else in table order. O(n log n) in the table.
    """
    if not isinstance(table, Standings):
        raise GoalError(f"{shown(table)} is not a table: pass the result of classify()")
    race = race_of(table, None)  # refuses a table with nothing left to skate
    times = board(table, podium=podium)
    index = race.index
    before_rank = {s.name: s.rank for s in table}
    finals = {name: total for total, name in race.finished}
    ranks = dict(
        zip(race.finished_names, competition_ranks([t for t, _ in race.finished]), strict=True)
    )
    timed = [(s.name, r.thousandths) for s in race.field if type(r := s.results[index]) is RaceTime]
    distance_ranks = dict(
        zip((n for n, _ in timed), competition_ranks([t for _, t in timed]), strict=True)
    )

    def line(s: Standing, state: str, total: int | None) -> ProvisionalLine:
        pending = times.get(s.name) if state == TO_SKATE else None
        return ProvisionalLine(
            s.name,
            s.nation,
            ranks.get(s.name) if state == FINISHED else None,
            state,
            s.results[: index + 1],
            total,
            before_rank[s.name],
            s.total_thousandths,
            distance_ranks.get(s.name),
            None if pending is None else pending.lead,
            None if pending is None else pending.podium,
            s.completed,
        )

    by_name = {s.name: s for s in race.field}
    lines = [line(by_name[name], FINISHED, finals[name]) for name in race.finished_names]
    lines += [line(s, TO_SKATE, s.total_thousandths) for s in race.pending]
    listed = {s.name for s in lines}
    lines += [
        line(s, OUT, s.total_thousandths)
        for s in race.field
        if s.name not in listed and isinstance(s.results[index], Status)
    ]
    listed = {s.name for s in lines}
    lines += [line(s, STOPPED, s.total_thousandths) for s in table if s.name not in listed]
    return Provisional(
        table.combination,
        index,
        race.distance,
        len(race.finished),
        len(race.field),
        tuple(lines),
        podium,
        tuple(table.notes) + race.notes,
    )
