"""Fuzz the public entry points with arbitrary values, numbers and structures (issue 8).

Each target mixes plausible arguments (so that the call gets deep into the calculation)
with hostile ones (wrong types, huge or special numbers, nested structures).
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import RaceTime, olympic, worldcup
from skatecalc.olympic import quota

from .inputs import anything, fuzz, holds, keys, numbers, scalars, time_texts

POOL = ("Ann", "Bea", "Cor", "Dirk", "Ireen Wüst", "Dai Dai N'tab")
DISTANCES = (500, 1000, 1500, 3000, 5000, 10000)


def hostile() -> st.SearchStrategy[Any]:
    """Anything a caller might pass by mistake."""
    return st.one_of(scalars(), anything())


def small_ints() -> st.SearchStrategy[Any]:
    """Counts and indexes: mostly small, sometimes anything."""
    return st.one_of(st.integers(-3, 12), numbers(), hostile())


def race_time_texts() -> st.SearchStrategy[str]:
    """A plausible time (20 s to 20 min) as text, or a status."""
    return st.one_of(
        st.integers(2_000, 120_000).map(lambda h: str(RaceTime.from_hundredths(h))),
        st.sampled_from(["DQ", "DNF", "DNS", "WDR"]),
    )


def results_lists(max_size: int = 8) -> st.SearchStrategy[Any]:
    """One skater's results: plausible times with now and then a status, None or junk."""
    return st.lists(
        st.one_of(race_time_texts(), race_time_texts(), st.none(), time_texts(), hostile()),
        max_size=max_size,
    )


def names() -> st.SearchStrategy[Any]:
    """A skater's name: one of the field, any text, or anything."""
    return st.one_of(st.sampled_from(POOL), time_texts(), hostile())


def name_keys() -> st.SearchStrategy[Any]:
    """A name as a mapping key: one of the field, or any hashable value."""
    return st.one_of(st.sampled_from(POOL), keys())


COMBINATIONS = st.one_of(
    st.sampled_from(list(sc.combinations())),
    st.sampled_from(["sprint", "allround-men", "mini", "Sprint", "allround", ""]),
    hostile(),
)


def fields() -> st.SearchStrategy[Any]:
    """Results per skater: mostly well-formed mappings, sometimes anything."""
    plausible = st.dictionaries(st.sampled_from(POOL), results_lists(), max_size=len(POOL))
    return st.one_of(
        plausible,
        plausible.map(lambda d: list(d.items())),
        st.dictionaries(name_keys(), results_lists(), max_size=4),
        hostile(),
    )


# --- championship --------------------------------------------------------------------------


@fuzz
@given(
    COMBINATIONS,
    fields(),
    st.one_of(st.none(), small_ints()),
    st.one_of(
        st.none(), st.dictionaries(name_keys(), st.one_of(time_texts(), hostile())), hostile()
    ),
    st.one_of(st.none(), hostile()),
)
def test_classify(comb: Any, results: Any, after: Any, nations: Any, tie_break: Any) -> None:
    table = holds(sc.classify, comb, results, after=after, nations=nations, tie_break=tie_break)
    if isinstance(table, sc.Standings):
        for lang in ("en", "nl"):
            holds(table.format, lang)
            holds(table.to_text_rows, lang)
            holds(table.to_rows)
        assert len(table) <= len(results)


@st.composite
def tables(draw: st.DrawFn) -> sc.Standings:
    """A classification that exists: a built-in combination, a plausible field."""
    comb = draw(st.sampled_from(list(sc.combinations())))
    field = draw(
        st.dictionaries(
            st.sampled_from(POOL),
            st.lists(race_time_texts(), min_size=1, max_size=len(comb.distances)),
            min_size=1,
            max_size=len(POOL),
        )
    )
    table = holds(sc.classify, comb, field)
    if isinstance(table, sc.SkatecalcError):
        from hypothesis import reject

        reject()
    return table


@fuzz
@given(
    tables(),
    names(),
    st.one_of(st.none(), names()),
    st.one_of(st.none(), small_ints()),
    st.one_of(st.none(), race_time_texts(), time_texts(), numbers(), hostile()),
    st.one_of(st.none(), st.sampled_from(DISTANCES), small_ints()),
    st.one_of(st.booleans(), hostile()),
    st.one_of(st.none(), race_time_texts(), time_texts(), numbers()),
)
def test_required_time(
    table: Any, skater: Any, beat: Any, rank: Any, opponent: Any, distance: Any, tie: Any, ref: Any
) -> None:
    holds(
        sc.required_time,
        table,
        skater,
        beat=beat,
        rank=rank,
        opponent_time=opponent,
        distance=distance,
        tie=tie,
        reference=ref,
    )


@fuzz
@given(
    st.one_of(tables(), hostile()),
    st.one_of(st.none(), st.sampled_from(DISTANCES), small_ints()),
    st.one_of(st.just(3), small_ints()),
    st.sampled_from(["en", "nl", "xx", ""]),
)
def test_board(table: Any, distance: Any, podium: Any, lang: Any) -> None:
    result = holds(sc.board, table, distance=distance, podium=podium)
    if isinstance(result, sc.Board):
        holds(result.format, lang)


@fuzz
@given(tables(), names(), st.one_of(st.none(), names()), st.one_of(st.none(), small_ints()))
def test_standings_lookups(table: Any, name: Any, to: Any, distance: Any) -> None:
    holds(table.gap_seconds, name, to=to, distance=distance)
    holds(table.__getitem__, name)
    holds(table.format, name)


@fuzz
@given(
    st.one_of(time_texts(), numbers(), hostile()),
    st.one_of(time_texts(), numbers(), hostile()),
    st.one_of(st.sampled_from(DISTANCES), small_ints()),
)
def test_gap_seconds(points: Any, reference: Any, distance: Any) -> None:
    holds(sc.gap_seconds, points, reference, distance)


@fuzz
@given(
    st.one_of(numbers(), time_texts(), hostile()),
    st.one_of(st.sampled_from(["en", "nl"]), time_texts(), hostile()),
    st.one_of(st.just(2), small_ints()),
    st.one_of(st.sampled_from(["ROUND_HALF_UP", "ROUND_DOWN"]), time_texts(), hostile()),
)
def test_format_gap(value: Any, lang: Any, places: Any, rounding: Any) -> None:
    holds(sc.format_gap, value, lang, places=places, rounding=rounding)


@fuzz
@given(
    st.one_of(st.sampled_from(["x", "club"]), time_texts(), hostile()),
    st.one_of(
        st.lists(st.sampled_from(DISTANCES), max_size=6).map(tuple),
        st.lists(small_ints(), max_size=4).map(tuple),
        hostile(),
    ),
    st.one_of(st.none(), st.builds(sc.FinalQualification), st.builds(sc.SprintCut), hostile()),
    st.one_of(st.sampled_from(["verified", "derived", "unverified"]), hostile()),
    st.one_of(st.just(()), hostile()),
)
def test_combination(name: Any, distances: Any, final: Any, status: Any, aliases: Any) -> None:
    comb = holds(sc.Combination, name, distances, final=final, status=status, aliases=aliases)
    if isinstance(comb, sc.Combination):
        holds(sc.classify, comb, {"Ann": ["40.00"] * min(len(comb.distances), 2)})


@fuzz
@given(
    st.one_of(st.just(8), small_ints()),
    st.one_of(st.just(1), small_ints()),
    st.one_of(st.sampled_from(list(sc.Fill)), hostile()),
    st.sampled_from([(500, 3000, 1500, 5000), (500, 3000, 1500, 10000), (500, 1000)]),
    st.dictionaries(st.sampled_from(POOL), results_lists(4), max_size=6),
)
def test_final_qualification(
    size: Any, long_index: Any, fill: Any, distances: Any, field: Any
) -> None:
    final = holds(sc.FinalQualification, size=size, long_index=long_index, fill=fill)
    if isinstance(final, sc.FinalQualification):
        comb = holds(sc.Combination, "fuzz", distances, final=final)
        if isinstance(comb, sc.Combination):
            table = holds(sc.classify, comb, field)
            if isinstance(table, sc.Standings):
                holds(sc.board, table)


@fuzz
@given(
    st.one_of(st.just(24), small_ints()),
    st.dictionaries(st.sampled_from(POOL), results_lists(4), max_size=6),
)
def test_sprint_cut(size: Any, field: Any) -> None:
    cut = holds(sc.SprintCut, size)
    if isinstance(cut, sc.SprintCut):
        comb = holds(sc.Combination, "fuzz", (500, 1000, 500, 1000), final=cut)
        if isinstance(comb, sc.Combination):
            holds(sc.classify, comb, field)


# --- World Cup -------------------------------------------------------------------------------

SEASONS = st.one_of(
    st.sampled_from(["2017/18", "2017-18", "2017-2018", "2025/26", "2012/13", "²/18"]),
    time_texts(),
    hostile(),
)


@fuzz
@given(SEASONS)
def test_worldcup_rules(season: Any) -> None:
    r = holds(worldcup.rules, season)
    if isinstance(r, worldcup.Rules):
        holds(r.points, 1)


@fuzz
@given(st.one_of(time_texts(), numbers(), hostile()))
def test_parse_place(value: Any) -> None:
    holds(worldcup.parse_place, value)


@fuzz
@given(
    st.sampled_from(["2017/18", "2025/26"]),
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(["HVN1", "HVN2", "CAL1"]), time_texts(), hostile()),
            st.one_of(
                st.lists(st.sampled_from(POOL), unique=True, max_size=6),
                st.dictionaries(
                    st.sampled_from(POOL),
                    st.one_of(st.integers(1, 30), time_texts(), numbers(), hostile()),
                    max_size=6,
                ),
                hostile(),
            ),
            st.one_of(st.booleans(), hostile()),
            st.one_of(st.sampled_from(["A", "B"]), time_texts(), hostile()),
            st.one_of(st.none(), st.sampled_from([500, 1000, 1500, 5000, "MS", "TP"]), hostile()),
        ),
        max_size=4,
    ),
)
def test_cup_add_race(season: str, races: list[tuple[Any, ...]]) -> None:
    cup = worldcup.Cup(worldcup.rules(season))
    for name, results, final, division, distance in races:
        holds(cup.add_race, name, results, final=final, division=division, distance=distance)
    st_ = holds(cup.standings)
    if not isinstance(st_, sc.SkatecalcError):
        holds(cup.outlook, [worldcup.Race(final=False)] * 2)


# --- Olympic qualification -------------------------------------------------------------------

ORDER_KEYS = st.sampled_from(olympic.selection_orders())


@fuzz
@given(
    st.one_of(st.sampled_from(["NED", "NED-2022-men", "ned"]), time_texts(), hostile()),
    st.one_of(st.none(), st.sampled_from([2018, 2022, 2026]), numbers(), time_texts(), hostile()),
    st.one_of(st.none(), st.sampled_from(["men", "women", "M", "²"]), time_texts(), hostile()),
)
def test_selection_order(country: Any, year: Any, gender: Any) -> None:
    holds(olympic.selection_order, country, year, gender)


def okt_results() -> st.SearchStrategy[Any]:
    """Finishing orders per distance: mostly plausible, sometimes anything."""
    plausible = st.dictionaries(
        st.sampled_from([500, 1000, 1500, 5000, 10000]),
        st.lists(st.sampled_from(POOL), unique=True, max_size=6).map(tuple),
        max_size=5,
    )
    return st.one_of(
        plausible,
        st.dictionaries(
            keys(),
            st.one_of(st.lists(names(), max_size=4), hostile()),
            max_size=3,
        ),
        hostile(),
    )


@fuzz
@given(
    ORDER_KEYS,
    okt_results(),
    st.one_of(st.none(), small_ints()),
    st.one_of(st.none(), names()),
    st.one_of(st.just(()), st.lists(names(), max_size=3), hostile()),
    st.one_of(
        st.none(),
        st.dictionaries(st.one_of(st.sampled_from([500, 1000]), keys()), names(), max_size=2),
        hostile(),
    ),
    st.one_of(st.none(), small_ints()),
    st.one_of(st.just(()), st.lists(names(), max_size=3), hostile()),
)
def test_select(
    key: str,
    results: Any,
    tickets: Any,
    mass_start: Any,
    added: Any,
    assigned: Any,
    discretionary: Any,
    skaters: Any,
) -> None:
    order = olympic.selection_order(key)
    sel = holds(
        olympic.select,
        order,
        results,
        tickets=tickets,
        mass_start=mass_start,
        added=added,
        assigned=assigned,
        discretionary=discretionary,
        skaters=skaters,
    )
    if isinstance(sel, olympic.Selection):
        str(sel)


@fuzz
@given(
    ORDER_KEYS,
    okt_results(),
    st.one_of(st.none(), small_ints()),
    st.one_of(st.none(), small_ints()),
    st.one_of(st.none(), names()),
    st.one_of(st.just(()), st.lists(names(), max_size=3), hostile()),
)
def test_outlook(
    key: str, results: Any, tickets: Any, discretionary: Any, mass_start: Any, skaters: Any
) -> None:
    order = olympic.selection_order(key)
    view = holds(
        olympic.outlook,
        order,
        results,
        tickets=tickets,
        discretionary=discretionary,
        mass_start=mass_start,
        skaters=skaters,
    )
    if isinstance(view, olympic.OutlookTable):
        str(view)


QUALIFIERS = st.lists(
    st.one_of(
        st.builds(
            quota.QualifierResult,
            st.sampled_from(POOL),
            st.sampled_from(["NED", "CAN", "JPN", "NOR"]),
            st.integers(0, 400),
            st.one_of(st.none(), st.integers(2_000, 120_000).map(RaceTime.from_hundredths)),
        ),
        hostile(),
    ),
    max_size=8,
)


@fuzz
@given(
    st.one_of(
        st.builds(
            quota.QuotaEvent,
            st.sampled_from(["men", "women"]),
            st.sampled_from(["500", "1000", "5000", "MS"]),
            st.just(4),
            st.just(2),
            st.just(2),
            st.one_of(st.none(), st.integers(1, 3)),
        ),
        st.sampled_from([2022, 2026]).flatmap(
            lambda y: st.sampled_from(quota.quota_rules(y).events)
        ),
    ),
    QUALIFIERS,
    st.one_of(st.none(), small_ints()),
    st.one_of(st.none(), small_ints()),
)
def test_allocate(event: Any, results: Any, max_per_noc: Any, reserve: Any) -> None:
    holds(quota.allocate, event, results, max_per_noc=max_per_noc, reserve=reserve)


@fuzz
@given(
    st.one_of(st.sampled_from(["men", "women"]), time_texts(), hostile()),
    st.one_of(st.sampled_from(["500", "5000", "MS"]), time_texts(), hostile()),
    small_ints(),
    small_ints(),
    small_ints(),
    st.one_of(st.none(), small_ints()),
    st.one_of(st.sampled_from(["verified", "unverified"]), hostile()),
)
def test_quota_event(
    gender: Any, event: Any, size: Any, by_points: Any, by_times: Any, most: Any, status: Any
) -> None:
    made = holds(quota.QuotaEvent, gender, event, size, by_points, by_times, most, status)
    if isinstance(made, quota.QuotaEvent):
        holds(quota.allocate, made, [quota.QualifierResult("Ann", "NED", 10, "37.00")])


@fuzz
@given(
    st.one_of(time_texts(), hostile()),
    st.one_of(time_texts(), hostile()),
    st.one_of(small_ints(), hostile()),
    st.one_of(st.none(), race_time_texts(), time_texts(), hostile()),
)
def test_qualifier_result(name: Any, noc: Any, points: Any, best: Any) -> None:
    result = holds(quota.QualifierResult, name, noc, points, best)
    if isinstance(result, quota.QualifierResult):
        holds(quota.points_ranking, [result])
        holds(quota.times_ranking, [result])
