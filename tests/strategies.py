"""Hypothesis strategies shared by every property test (one place, as attrs does it)."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import strategies as st

from skatecalc import Combination, Cut, Fill, FinalQualification, RaceTime, SprintCut, classify
from skatecalc.samalog import Rounding

#: Distances a samalog divisor exists for in the ISU combinations (divisors 1, 2, 3, 6, 10, 20).
ISU_DISTANCES = (500, 1000, 1500, 3000, 5000, 10000)

#: A plausible time range per distance, in hundredths (world-record pace to slow club level).
TIME_RANGE = {
    500: (3300, 6000),
    1000: (6500, 12000),
    1500: (10000, 18000),
    3000: (21500, 36000),
    5000: (36000, 60000),
    10000: (75000, 120000),
}


def distances() -> st.SearchStrategy[int]:
    """One of the ISU distances."""
    return st.sampled_from(ISU_DISTANCES)


def hundredths(distance: int = 500) -> st.SearchStrategy[int]:
    """A plausible official time on ``distance``, in whole hundredths."""
    low, high = TIME_RANGE.get(distance, (1, 10**6))
    return st.integers(low, high)


def race_times(max_thousandths: int = 3 * 3600 * 1000) -> st.SearchStrategy[RaceTime]:
    """Any race time in tenths, hundredths or thousandths, up to three hours."""
    return st.sampled_from((1, 2, 3)).flatmap(
        lambda p: st.integers(1, max_thousandths // 10 ** (3 - p)).map(
            lambda units: RaceTime(units * 10 ** (3 - p), p)
        )
    )


def names() -> st.SearchStrategy[str]:
    """Skater names, including letters outside ASCII and apostrophes."""
    return (
        st.text(
            alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzüéøåÅ' -"), min_size=1, max_size=12
        )
        .map(str.strip)
        .filter(bool)
    )


def roundings() -> st.SearchStrategy[Rounding]:
    """Both ways of cutting a distance's points to thousandths (truncation is the rule)."""
    return st.sampled_from((Rounding.TRUNCATE, Rounding.HALF_UP))


def prior_hundredths() -> st.SearchStrategy[int]:
    """A time on a 10000 m, in hundredths: its points (``t // 2`` thousandths) reach every
    whole number of thousandths, so totals built from it cover every residue of a gap."""
    return st.integers(*TIME_RANGE[10000])


# --- Olympic qualification (skatecalc.olympic) ------------------------------------------------

#: A small pool of skater names for selection-order properties (with a non-ASCII letter).
OLYMPIC_POOL = ("Ann", "Bea", "Cor", "Dirk", "Eef", "Ireen Wüst")


@st.composite
def small_orders(draw: st.DrawFn, max_rows: int = 5) -> tuple[list[str], int, int]:
    """Row codes of a small selection order (distances 500/1000/1500, places 1-2, maybe a
    mass-start row), with a number of tickets and of discretionary places."""
    codes = [f"{d}#{p}" for d in (500, 1000, 1500) for p in (1, 2)] + ["MS"]
    rows = draw(st.lists(st.sampled_from(codes), min_size=2, max_size=max_rows, unique=True))
    tickets = draw(st.integers(1, 4))
    discretionary = draw(st.integers(0, min(2, tickets)))
    return rows, tickets, discretionary


@st.composite
def finishing_orders(
    draw: st.DrawFn, places: int, pool: tuple[str, ...] = OLYMPIC_POOL
) -> list[str]:
    """A finishing order of at least ``places`` distinct names from ``pool``."""
    size = draw(st.integers(places, len(pool)))
    return draw(st.permutations(pool).map(lambda names: list(names[:size])))


# --- World Cup (issue 4) -----------------------------------------------------------------


def wc_points_tables(max_places: int = 20, max_points: int = 200) -> st.SearchStrategy[list[int]]:
    """A points table: whole points that never increase with place (ties allowed)."""
    return st.lists(st.integers(0, max_points), min_size=1, max_size=max_places).map(
        lambda pts: sorted(pts, reverse=True)
    )


def wc_finishing_orders(
    pool: tuple[str, ...], max_size: int | None = None
) -> st.SearchStrategy[list[str]]:
    """A finishing order: distinct names drawn from ``pool``, winner first."""
    return st.permutations(pool).flatmap(
        lambda order: st.integers(1, max_size or len(order)).map(lambda n: list(order[:n]))
    )


def wc_race_results(pool: tuple[str, ...], places: int) -> st.SearchStrategy[dict[str, int | str]]:
    """A race as a mapping name → place (1..``places``, shared places allowed) or status.

    The places are possible ones: after ``k`` entrants share place ``p`` the next place is at
    least ``p + k`` (entrants left out may leave gaps); a place pushed past ``places`` is a
    DNS."""
    outcome = st.one_of(st.integers(1, places), st.sampled_from(["DQ", "DNF", "DNS", "WDR"]))

    def possible(results: dict[str, int | str]) -> dict[str, int | str]:
        out = dict(results)
        placed = sorted((p, n) for n, p in results.items() if isinstance(p, int))
        free = 1
        for place, group in itertools.groupby(placed, key=lambda pn: pn[0]):
            names = [n for _, n in group]
            p = max(place, free)
            for n in names:
                out[n] = p if p <= places else "DNS"
            free = p + len(names)
        return out

    return st.dictionaries(st.sampled_from(pool), outcome, min_size=1).map(possible)


# --- restricted last distances with reserves (issue 8) -----------------------------------


@st.composite
def restricted_fields(
    draw: st.DrawFn, max_skaters: int = 9
) -> tuple[Combination, dict[str, list[str | None]]]:
    """A championship live on its restricted last distance.

    A combination of 2-4 ISU distances whose last distance only qualifiers skate (a
    ``FinalQualification`` of size 1-4 with any fill and long distance, or a ``SprintCut``);
    3-``max_skaters`` skaters with close times (sometimes a status) on the earlier distances;
    on the last distance a result for a random subset of skaters, qualifiers and reserves
    alike (mostly times, sometimes a status), the others still to skate.
    """
    distances = tuple(draw(st.lists(st.sampled_from(ISU_DISTANCES), min_size=2, max_size=4)))
    n = len(distances)
    size = draw(st.integers(1, 4))
    final: FinalQualification | SprintCut
    if draw(st.booleans()):
        final = FinalQualification(
            size=size, long_index=draw(st.integers(0, n - 2)), fill=draw(st.sampled_from(Fill))
        )
    else:
        final = SprintCut(size=size)
    comb = Combination("restricted", distances, final=final)
    statuses = st.sampled_from(["DQ", "DNF", "DNS", "WDR"])
    results: dict[str, list[str | None]] = {}
    for i in range(draw(st.integers(3, max_skaters))):
        row: list[str | None] = []
        for index, d in enumerate(distances):
            low = TIME_RANGE[d][0] + 500
            last = index == n - 1
            if last and not draw(st.booleans()):
                row.append(None)  # still to skate (or not qualified)
            elif draw(st.integers(0, 19)) == 0:
                row.append(draw(statuses))
            else:
                row.append(str(RaceTime.from_hundredths(low + draw(st.integers(0, 250)))))
        results[f"S{i}"] = row
    return comb, results


# --- cuts after any distance, stops and reserves (issue 11) -------------------------------

#: How a skater stops: mostly DNS/WDR (ranked below those who went further), sometimes DQ/DNF.
STOPS = ("DNS", "WDR", "DNS", "WDR", "DQ", "DNF")


@st.composite
def cut_fields(
    draw: st.DrawFn, max_skaters: int = 10
) -> tuple[Combination, dict[str, list[str | None]], int]:
    """A championship live on any distance, with cuts after any distance: ``(combination,
    results, live)``, ``live`` the 0-based index of the distance being skated.

    Like :func:`restricted_fields`, generalised: 2-5 ISU distances; cuts after some of the
    middle distances (size 1-6) and maybe a final rule (a ``FinalQualification`` with any
    fill, or a ``SprintCut``). Skaters go through the distances in order: on a restricted
    distance the rule's qualifiers (worked out by ``classify`` on the distances before)
    skate it, the others mostly do not (not admitted), sometimes do (a reserve); on any
    distance a skater may stop (``DNS``/``WDR``, rarely ``DQ``/``DNF``) and has no result
    after that. On the live distance a random subset has a result (mostly times), the
    others are still to skate; nothing is skated after it.
    """
    n = draw(st.integers(2, 5))
    distances = tuple(draw(st.lists(st.sampled_from(ISU_DISTANCES), min_size=n, max_size=n)))
    middle = sorted(draw(st.sets(st.integers(1, n - 2), max_size=n - 2))) if n > 2 else []
    cuts = tuple(Cut(after=a, size=draw(st.integers(1, 6))) for a in middle)
    kind = draw(st.sampled_from(("none", "final", "cut")))
    final: FinalQualification | SprintCut | None = None
    if kind == "final":
        final = FinalQualification(
            size=draw(st.integers(1, 4)),
            long_index=draw(st.integers(0, n - 2)),
            fill=draw(st.sampled_from(Fill)),
        )
    elif kind == "cut":
        final = SprintCut(size=draw(st.integers(1, 4)))
    comb = Combination("cuts", distances, cuts=cuts, final=final)
    live = draw(st.integers(1, n - 1), label="live distance")
    names = [f"S{i}" for i in range(draw(st.integers(2, max_skaters)))]
    rows: dict[str, list[str | None]] = {name: [] for name in names}
    for index in range(live + 1):
        low = TIME_RANGE[distances[index]][0] + 500
        admitted: set[str] | None = None
        if comb.restriction(index) is not None:
            admitted = set(classify(comb, rows, after=index).qualifiers or ())
        for name in names:
            row = rows[name]
            time = str(RaceTime.from_hundredths(low + draw(st.integers(0, 250))))
            if any(r is None or r in STOPS for r in row):
                row.append(None)  # stopped before
            elif admitted is not None and name not in admitted:
                row.append(time if draw(st.integers(0, 5)) == 0 else None)  # reserve, or out
            elif index == live:
                row.append(draw(st.sampled_from((None, None, None, time, time, "stop"))))
            else:
                row.append("stop" if draw(st.integers(0, 11)) == 0 else time)
            if row[-1] == "stop":
                row[-1] = draw(st.sampled_from(STOPS))
    return comb, rows, live


@st.composite
def thousandths_fields(
    draw: st.DrawFn, distances: tuple[int, ...] = (500, 1000), max_rows: int = 12
) -> dict[str, list[int | str]]:
    """A field with exact times in thousandths on each distance, close together so that
    the official hundredths often tie and the thousandths decide (now and then equal to
    the thousandth too); a skater may have ``DQ`` instead of a later time."""
    n = draw(st.integers(1, max_rows))
    field: dict[str, list[int | str]] = {}
    for k in range(n):
        row: list[int | str] = []
        for i, d in enumerate(distances):
            if i and draw(st.integers(0, 9)) == 0:
                row.append("DQ")
                break
            low = TIME_RANGE[d][0] * 10
            row.append(low + draw(st.integers(0, 40)))
        field[f"Skater {k:02d}"] = row
    return field


SPACE_VARIANTS = ("\u00a0", "\u2009", "\u202f", "  ")
"""Spaces as web pages give them: non-breaking, thin, narrow no-break, doubled."""

ZERO_WIDTH_VARIANTS = ("\u200b", "\u2060", "\ufeff")
"""Invisible characters pasted with a name: zero-width space, word joiner, BOM."""


@st.composite
def name_variants(draw: st.DrawFn, name: str) -> str:
    """``name`` as copied from a web page: its spaces replaced by any kind of space, a
    zero-width character here and there, maybe decomposed (NFD); the same skater under
    the identity rule of `skatecalc.notation`."""
    import unicodedata

    out = []
    for word_index, word in enumerate(name.split(" ")):
        if word_index:
            out.append(draw(st.sampled_from((" ", *SPACE_VARIANTS))))
        out.append(word)
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(ZERO_WIDTH_VARIANTS)))
    text = "".join(out)
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    return text


@st.composite
def service_finished(draw: st.DrawFn, max_lines: int = 8) -> tuple[list[int], list[int]]:
    """Finished lines of an ISU results-service response: times in thousandths and the
    ``timeBehind`` each gives, mostly consistent (time minus the fastest), sometimes off
    by a few thousandths on one line."""
    times = draw(st.lists(st.integers(30_000, 600_000), min_size=1, max_size=max_lines))
    lead = min(times)
    behind = [t - lead for t in times]
    if draw(st.booleans()):
        i = draw(st.integers(0, len(times) - 1))
        behind[i] = max(0, behind[i] + draw(st.integers(-20, 20)))
    return times, behind


@st.composite
def soqc_results(draw: st.DrawFn, max_skaters: int = 14) -> list[Any]:
    """World Cup results of one women's 500 m SOQC field: a few nations, few points values
    (so that equal points happen), some skaters without a time."""
    import datetime

    from skatecalc.olympic import SoqcResult

    n = draw(st.integers(min_value=0, max_value=max_skaters))
    out = []
    for i in range(n):
        nation = draw(st.sampled_from(("NED", "JPN", "CAN", "USA")))
        for race in range(draw(st.integers(min_value=1, max_value=2))):
            points = draw(st.sampled_from((0, 10, 20, 30, 60)))
            timed = draw(st.booleans())
            out.append(
                SoqcResult(
                    "women",
                    "500",
                    f"S{i}",
                    nation,
                    points,
                    draw(st.integers(min_value=1, max_value=5)),
                    draw(st.sampled_from(("A", "B"))),
                    RaceTime(37000 + draw(st.integers(min_value=0, max_value=30)) * 10)
                    if timed
                    else None,
                    "Oval",
                    datetime.date(2025, 11, 15 + race),
                    f"WC{race + 1}",
                )
            )
    return out


@st.composite
def live_sprints(draw: st.DrawFn, max_skaters: int = 8) -> dict[str, list[str | None]]:
    """A sprint championship live on its last distance: 2-``max_skaters`` skaters with
    close times (sometimes a status) on the first three distances; on the final 1000 m a
    time, no result yet (still to skate) or, rarely, a status."""
    statuses = st.sampled_from(["DQ", "DNF", "DNS", "WDR"])
    results: dict[str, list[str | None]] = {}
    for i in range(draw(st.integers(2, max_skaters))):
        row: list[str | None] = []
        for index, d in enumerate((500, 1000, 500, 1000)):
            low = TIME_RANGE[d][0] + 500
            pick = draw(st.integers(0, 19))
            if index == 3 and pick < 8:
                row.append(None)  # still to skate
            elif pick == 19:
                row.append(draw(statuses))
            else:
                row.append(str(RaceTime.from_hundredths(low + draw(st.integers(0, 150)))))
        results[f"S{i}"] = row
    return results


@st.composite
def catalogue_texts(draw: st.DrawFn, max_lines: int = 12) -> str:
    """Text in the catalogues' part of TOML (headers, ``key = "text"``, comments, blank
    lines) with, now and then, a line outside it: a number, an escape, a trailing comment,
    a key or table given twice, a key that is also a table, a carriage return."""
    keys = st.sampled_from(["a", "b", "word", "x-1", '"mass start"', '"a.b"', '""'])
    headers = st.lists(st.sampled_from(["a", "b", "word", "cell"]), min_size=1, max_size=3)
    texts = st.text(st.characters(codec="utf-8", exclude_characters='\\"\n\r'), max_size=6)
    line = st.one_of(
        headers.map(lambda parts: f"[{'.'.join(parts)}]"),
        st.tuples(keys, texts).map(lambda kv: f'{kv[0]} = "{kv[1]}"'),
        st.just(""),
        st.just("# a comment"),
        st.sampled_from(
            ["n = 1", 'e = "a\\tb"', 'c = "x" # note', "[ a ]", 'k="v"\r', '\ta = "t"  ', "[[a]]"]
        ),
    )
    return "\n".join(draw(st.lists(line, max_size=max_lines)))
