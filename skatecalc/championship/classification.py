"""Championship classification by samalog points: `classify()`.

    >>> import skatecalc as sc
    >>> table = sc.classify(sc.SPRINT, {
    ...     "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    ...     "Femke Kok": ["37.07", "1:14.35", "37.07"],
    ...     "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
    ... })
    >>> [(s.rank, s.name, str(s.points)) for s in table]
    [(1, 'Miho Takagi', '110.980'), (2, 'Femke Kok', '111.315'), (3, 'Jutta Leerdam', '111.835')]
    >>> table.next_distance, table.gap_seconds("Femke Kok")
    (1000, Decimal('0.67'))

Rules (see ``docs/samalog.md``): lowest total first (verified); equal totals share a rank
unless a tie-break is passed (the ISU tie rule is unverified); a skater who stopped before
the end (not admitted by a cut or the final rule, or DNS/WDR/DNF) is ranked below everyone who
went further, by the total over the distances completed; a skater with DQ on a counted
distance is listed unranked (both parameters of `classify()`; derived from the
European Allround Championships 2012, Budapest, and the World Sprint Championships 2026
published classifications).

The work is one pass over the input (parsing, and each skater's points on every distance
with a time, as integers), one pass over the distances to decide how many are complete,
one pass over the skaters and a sort. The table keeps its lines as columns
(`skatecalc.championship.lines`): each `Standing` is made when it is first read.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence

from ..errors import Advice, InvalidRuleError, ResultsError, after_option
from ..limits import shown
from ..messages import Message
from ..samalog import Rounding
from ..time import RaceTime, ResultLike, Status
from .combinations import Combination, combination
from .entries import NO_POINTS, DistancePlaces, Entries, check_places, read_entries
from .lines import STATUSES, Lines
from .qualification import FinalQualification, competition_ranks
from .standings import Standing, Standings, TieBreak, make_standing

__all__ = ["classify"]

_STATUS_CODE = {status: code for code, status in enumerate(STATUSES)}
#: Ranked by default (``rank_withdrawn``): a skater who did not start, withdrew, or started
#: and did not finish (World Sprint 2026: Janno Botman fell in the final 1000 m and was
#: classified 25th, below everyone who finished). Unranked by default: a disqualification.
_STOP_WITHDRAWN = frozenset({Status.DNS, Status.WDR, Status.DNF})
_STOP_DISQUALIFIED = frozenset({Status.DQ})


def _qualifiers(comb: Combination, entries: Entries, index: int) -> tuple[str, ...]:
    """Who qualifies for the restricted distance ``index`` under the combination's rule:
    the rule chooses among those with a time on every distance before it."""
    rule = comb.restriction(index)
    names, reach = entries.names, entries.reach
    totals = {names[i]: entries.sum_to(i, index) for i in range(len(names)) if reach[i] >= index}
    if rule is None:
        return tuple(totals)
    if isinstance(rule, FinalQualification):
        li = rule.long_index
        long_times: dict[str, int] = {}
        for i, name in enumerate(names):
            r = entries.result(i, li)
            if name in totals and isinstance(r, RaceTime):
                long_times[name] = r.thousandths
        return rule.qualifiers(totals, long_times)
    return rule.qualifiers(totals)


def _default_after(comb: Combination, entries: Entries) -> int:
    """The number of distances every skater still in the race has completed.

    A skater leaves the race after a status (``DQ``, ``DNS`` ...). On a restricted distance
    (a cut or the final rule) the distance is complete once as many skaters have a result
    on it as the rule admits; those who skated it stay in the race. One pass over the
    skaters (how far each got in a row, and whether a status or nothing stopped them), one
    over the distances.
    """
    n = len(comb.distances)
    reach = [0] * (n + 2)  # reach[k]: skaters with a time on each of the first k distances
    stopped_by_status = [0] * (n + 1)  # ... and exactly k, then a status on distance k
    stopped_by_nothing = [0] * (n + 1)  # ... and exactly k, then no result on distance k
    for i, k in enumerate(entries.reach):
        reach[k] += 1
        if k < n:
            if entries.result(i, k) is None:
                stopped_by_nothing[k] += 1
            else:
                stopped_by_status[k] += 1
    for k in range(n - 1, -1, -1):  # cumulative: at least k
        reach[k] += reach[k + 1]
    after = 0
    for index in range(n):
        alive = reach[index]
        if not alive:
            break
        done = reach[index + 1] + stopped_by_status[index]
        if comb.restriction(index) is not None:
            if not done or done < len(_qualifiers(comb, entries, index)):
                break
        elif stopped_by_nothing[index]:
            break
        after = index + 1
    return after


def classify(
    comb: Combination | str,
    results: Mapping[str, Sequence[ResultLike]] | Iterable[tuple[str, Sequence[ResultLike]]],
    *,
    after: int | None = None,
    nations: Mapping[str, str] | None = None,
    tie_break: TieBreak | None = None,
    rounding: Rounding = Rounding.TRUNCATE,
    rank_withdrawn: bool = True,
    rank_disqualified: bool = False,
    distance_places: DistancePlaces | None = None,
) -> Standings:
    """Classify a championship: standings after ``after`` distances.

    ``results`` maps each skater to their results in skating order (text, ``RaceTime``,
    ``Status`` or ``None``); missing trailing results mean "not skated yet". Without
    ``after`` the table counts every distance that all skaters still in the race have
    completed (on a restricted distance: as many as its cut or final rule admits); results
    on the next distance are kept in each standing's ``results`` (the live case).

    Skaters who stop before the end are ranked below everyone who went further, by their
    total over the distances they completed (``Standing.completed``; ``finalist`` is
    ``False``): those not admitted to a restricted distance (a
    [Cut][skatecalc.Cut] or the final rule, whatever the parameters) and, with
    ``rank_withdrawn`` (the default), those with ``DNS``, ``WDR`` or ``DNF`` on a counted
    distance (a fall in the last race: ranked by the distances before it). A skater with
    ``DQ`` on a counted distance is listed unranked, unless ``rank_disqualified`` ranks
    them the same way. A skater who completed none of the
    counted distances is unranked. With ``after=0`` (no distance complete yet, as while the
    first distance is skated) nothing is counted: every skater stands level on 0.000 points,
    the starting point of `required_time` and `board` on the first distance. Status of the
    ranking of those who stop: derived from the published tables (European Allround
    Championships 2012, Budapest, published classification: the four men not admitted to
    the 1500 m are places 25-28 by their total after two distances, below the 24 who skated
    three, themselves below the 12 who skated the 10000 m; World Sprint Championships 2026,
    published classification: Janno Botman, DNF in the final 1000 m, 25th below every
    skater who finished). The ISU rule text on those who did not finish was not found;
    ``rank_withdrawn=False`` restores the older reading (DNS/WDR/DNF unranked).

    The rank on each distance (``Standing.distance_ranks``) follows the times, thousandths
    splitting equal hundredths. Where the published results know an order that the times
    given do not (two skaters on ``37.34`` placed 10th and 11th by their thousandths),
    ``distance_places`` gives it: per distance in skating order, a mapping of every skater
    with a time on it to their published place (or ``None`` to rank that distance by the
    times). That distance is then ranked by the places: competition ranks among the
    skaters of the table, so the published places themselves when the table holds the
    whole race (names not in ``results`` are left out: the places of a whole race may
    rank a smaller table). The places must agree with the times (a slower time never has the better
    place, a shared place needs equal times), or a
    [ResultsError][skatecalc.errors.ResultsError] names the skaters. Points, totals and
    the classification do not change.

    >>> import skatecalc as sc
    >>> t = sc.classify("sprint", {"A": ["37.00", "DQ"], "B": ["37.50", "1:15.00"],
    ...                            "C": ["36.90", "DNS"]})
    >>> [(s.rank, s.name, str(s.points), s.completed, s.status) for s in t]
    [(1, 'B', '75.000', 2, None), (2, 'C', '36.900', 1, <Status.DNS: 'DNS'>), \
(None, 'A', 'None', 1, <Status.DQ: 'DQ'>)]
    """
    comb = combination(comb)
    if not isinstance(rounding, Rounding):
        raise InvalidRuleError(
            f"rounding={shown(rounding)} is not a Rounding: use Rounding.TRUNCATE or HALF_UP"
        )
    if tie_break is not None and not callable(tie_break):
        raise InvalidRuleError(f"tie_break={shown(tie_break)} is not a function of a Standing")
    for flag, value in (
        ("rank_withdrawn", rank_withdrawn),
        ("rank_disqualified", rank_disqualified),
    ):
        if type(value) is not bool:
            raise InvalidRuleError(f"{flag}={shown(value)} must be True or False")
    entries = read_entries(comb, results, nations, rounding)
    places = None if distance_places is None else check_places(comb, entries, distance_places)
    if after is None:
        after = _default_after(comb, entries)
    elif type(after) is not int or not 0 <= after <= len(comb.distances):
        raise ResultsError.advise(
            "{after}: {comb} has {n} distances",
            after=after_option(after),
            comb=comb,
            n=len(comb.distances),
        )
    stops = _STOP_WITHDRAWN if rank_withdrawn else frozenset()
    if rank_disqualified:
        stops = stops | _STOP_DISQUALIFIED
    return _build(comb, entries, after, tie_break, rounding, stops, places)


def _checked(tie_break: TieBreak) -> TieBreak:
    """``tie_break``, raising a clear error when a key is not a sequence of whole numbers."""

    def key(standing: Standing) -> Sequence[int]:
        value = tie_break(standing)
        if isinstance(value, Sequence) and not isinstance(value, str | bytes):
            ints = tuple(value)
            if all(type(v) is int for v in ints):
                return ints
        raise InvalidRuleError(
            f"tie_break returned {shown(value)} for {shown(standing.name)}: a"
            " tie-break returns a sequence of whole numbers (lower is better)"
        )

    return key


def _place_column(values: list[int | None]) -> array[int]:
    """The places (competition ranks) of ``values`` as a column: 0 where there is none."""
    return array("q", [0 if q is None else q for q in competition_ranks(values)])


def _build(
    comb: Combination,
    entries: Entries,
    after: int,
    tie_break: TieBreak | None,
    rounding: Rounding,
    stops: frozenset[Status],
    places: list[dict[str, int] | None] | None = None,
) -> Standings:
    n = len(comb.distances)
    notes: list[str] = []
    restricted = {index: rule for index, rule in comb.restrictions if index < after}
    qualifiers: tuple[str, ...] | None = None
    counted = after if comb.restriction(after) is not None else after - 1
    if 0 <= counted < n and comb.restriction(counted) is not None:
        qualifiers = _qualifiers(comb, entries, counted)
    names, results, width = entries.names, entries.results, entries.width
    # places on each counted distance: by time (thousandths split ties), or by the
    # published places where given (check_places has made them agree with the times)
    given = (places or []) + [None] * (after - len(places or []))
    lines = Lines(
        entries,
        after,
        [
            _place_column(
                [r.thousandths if type(r) is RaceTime else None for r in results[i::width]]
                if (by_place := given[i]) is None
                else [by_place.get(name) for name in names]
            )
            for i in range(after)
        ],
    )
    counts, totals, statuses, finalists = lines.shown, lines.totals, lines.statuses, lines.finalists
    reach, entry_totals, points = entries.reach, entries.totals, entries.points
    ranked: list[int] = []
    unranked: list[tuple[int, int, str, int]] = []
    for i, name in enumerate(names):
        base = i * width
        upto = min(reach[i], after)  # counted distances completed in a row
        status: Status | None = None
        if upto < after:  # why they stopped
            r = results[base + upto]
            if isinstance(r, Status):
                status = r
                statuses[i] = _STATUS_CODE[r]
            elif upto not in restricted:
                raise ResultsError.advise(
                    "{name} has no result on the {distance} (distance {number}): give a time"
                    " or a status (DNS when they did not start), {after}, or give {comb} a"
                    " Cut after {upto} distances",
                    name=shown(name),
                    distance=comb.distance_name(upto),
                    number=upto + 1,
                    after=Advice(f"classify with after={upto}", f"use --after {upto}"),
                    comb=comb,
                    upto=upto,
                )
        # ranked: all counted distances completed, or stopped after at least one of them
        # (not admitted by a cut or the final rule, or a status in ``stops``)
        if upto == after or (upto > 0 and (status is None or status in stops)):
            counts[i] = upto
            totals[i] = entry_totals[i] if upto == reach[i] else entries.sum_to(i, upto)
            finalists[i] = upto == after
            ranked.append(i)
            if upto < after:
                later = [k for k in range(upto + 1, after) if type(results[base + k]) is RaceTime]
                if later:
                    where = {
                        "name": name,
                        "later": comb.distance_ref(later[0]),
                        "before": comb.distance_ref(upto),
                    }
                    notes.append(
                        Message("note.time_not_counted", **where)
                        if status is None
                        else Message("note.time_not_counted_status", status=status.value, **where)
                    )
        else:  # an unranked skater's line shows every counted time
            counts[i] = after
            totals[i] = NO_POINTS
            finalists[i] = True
            total = sum(p for p in points[base : base + after] if p != NO_POINTS)
            unranked.append((-upto, total, name, i))
    for index, rule in restricted.items():
        skated = {name for i, name in enumerate(names) if results[i * width + index] is not None}
        chosen = set(_qualifiers(comb, entries, index))
        if skated != chosen:
            fill = rule.fill.value if isinstance(rule, FinalQualification) else "cut"
            notes.append(
                Message(
                    "note.qualification_differs",
                    distance=comb.distance_ref(index, last=index == n - 1),
                    fill=fill,
                    skated=sorted(skated - chosen),
                    missing=sorted(chosen - skated),
                )
            )
    _rank(lines, ranked, tie_break)
    unranked.sort(key=lambda q: q[:3])
    lines.order.extend([q[3] for q in unranked])
    lines.ranks.extend(bytes(8 * len(unranked)))
    return Standings(comb, after, lines, rounding, qualifiers, tuple(notes))


def _rank(lines: Lines, ranked: list[int], tie_break: TieBreak | None) -> None:
    """Put the ranked skaters (input positions) in order in ``lines``, each with their
    competition rank: more distances completed first, then the lower total (equal totals
    over equal distances share a rank unless the tie-break tells them apart), then the
    name (unique). Sorted by the columns, without a key tuple per skater: by name, then
    (stable) by total, then by distances completed."""
    names, shown, totals = lines.entries.names, lines.shown, lines.totals
    ranks = lines.ranks
    if tie_break is None:
        ranked.sort(key=names.__getitem__)
        ranked.sort(key=totals.__getitem__)
        ranked.sort(key=shown.__getitem__, reverse=True)  # reverse keeps the sort stable
        last_upto = last_total = -1
        rank = 1
        for position, i in enumerate(ranked, start=1):
            upto, total = shown[i], totals[i]
            if upto != last_upto or total != last_total:
                rank = position
                last_upto, last_total = upto, total
            ranks.append(rank)
        lines.order.extend(ranked)
        return
    key = _checked(tie_break)
    keyed = sorted(
        (
            (-shown[i], totals[i], tuple(key(make_standing(lines.values_of(i, None)))), names[i], i)
            for i in ranked
        ),
        key=lambda k: k[:4],
    )
    prior: tuple[int, int, tuple[int, ...]] | None = None
    rank = 1
    for position, (neg_upto, total, tie, _, i) in enumerate(keyed, start=1):
        if (neg_upto, total, tie) != prior:
            rank = position
            prior = (neg_upto, total, tie)
        ranks.append(rank)
        lines.order.append(i)
