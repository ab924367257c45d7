"""Fuzz the public entry points the other fuzz files do not reach (issue 8): bulk scoring,
World Cup helpers and outlook, the Olympic walk and rankings, the ISU quota for the Games,
the listing adapters and helpers, and the contract check itself.

Each target mixes plausible arguments with hostile ones (wrong types, integers beyond the
4,300-digit ``str()`` limit, special decimals, nested structures).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import bulk, olympic, worldcup
from skatecalc.io import listing
from skatecalc.notation import format_ordinal
from skatecalc.olympic import quota
from skatecalc.worldcup.standings import Score, Tally

from . import inputs
from .inputs import anything, fuzz, holds, keys, numbers, scalars, time_texts

POOL = ("Ann", "Bea", "Cor", "Dirk")
EXAMPLES = Path(sc.__file__).parent / "data" / "examples"
LISTINGS = tuple(listing.read_listing(p) for p in sorted(EXAMPLES.glob("wc*.txt")))


def hostile() -> st.SearchStrategy[Any]:
    return st.one_of(scalars(), anything())


def results_texts() -> st.SearchStrategy[Any]:
    plausible = st.integers(2_000, 120_000).map(lambda h: str(sc.RaceTime.from_hundredths(h)))
    return st.one_of(plausible, plausible, st.none(), time_texts(), hostile())


# --- the check itself: a target that cannot fail is no test ---------------------------------


def test_holds_fails_on_an_exception_that_is_not_a_skatecalc_error() -> None:
    def escape() -> None:
        raise TypeError("escaped")

    with pytest.raises(TypeError):
        holds(escape)
    assert isinstance(holds(sc.RaceTime.parse, "x"), sc.InvalidTimeError)


def test_holds_fails_on_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "BUDGET", 0.2)
    with pytest.raises(inputs.Hang):
        holds(time.sleep, 2)


# --- bulk ----------------------------------------------------------------------------------


@fuzz
@given(
    st.one_of(st.lists(results_texts(), max_size=6), hostile()),
    st.one_of(st.sampled_from([500, 1000, 1500, 10000]), numbers(), hostile()),
    st.one_of(st.sampled_from(list(sc.Rounding)), hostile()),
)
def test_points_many(times: Any, distance: Any, rounding: Any) -> None:
    out = holds(bulk.points_many, times, distance, rounding=rounding)
    if isinstance(out, list):
        assert len(out) == len(times)


ROWS = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(POOL), results_texts(), results_texts()).map(list),
        st.fixed_dictionaries(
            {"name": st.sampled_from(POOL), "500": results_texts()},
            optional={"1000": results_texts(), "nation": st.one_of(time_texts(), hostile())},
        ),
        st.lists(st.one_of(time_texts(), hostile()), max_size=4),
        hostile(),
    ),
    max_size=6,
)


@fuzz
@given(
    st.one_of(ROWS, hostile()),
    st.one_of(
        st.sampled_from(["sprint", "mini", (500, 1000), [500], "nonsense"]),
        st.lists(st.one_of(st.sampled_from([500, 1000]), numbers()), max_size=3),
        hostile(),
    ),
)
def test_totals(rows: Any, comb: Any) -> None:
    holds(bulk.totals, rows, comb)


@fuzz
@given(st.one_of(st.sampled_from([500, 1000, 1500, 3000]), numbers(), hostile()))
def test_divisor(distance: Any) -> None:
    holds(sc.divisor, distance)


@fuzz
@given(
    st.one_of(st.integers(-3, 12), numbers(), hostile()),
    st.one_of(st.just(24), st.integers(-3, 40), numbers(), hostile()),
)
def test_cut(after: Any, size: Any) -> None:
    cut = holds(sc.Cut, after, size)
    if isinstance(cut, sc.Cut):
        comb = holds(sc.Combination, "cut", (500, 1000, 500, 1000), cuts=(cut,))
        if isinstance(comb, sc.Combination):
            holds(sc.classify, comb, {"Ann": ["40.00", "1:20.00"], "Bea": ["41.00"]})


@fuzz
@given(st.one_of(numbers(), hostile()), st.one_of(st.sampled_from([1, 2, 3]), numbers()))
def test_race_time_from_integers(value: Any, precision: Any) -> None:
    holds(sc.RaceTime.from_hundredths, value)
    holds(sc.RaceTime.from_thousandths, value, precision)


@fuzz
@given(st.one_of(st.sampled_from(POOL), hostile()))
def test_last_distance_time(name: Any) -> None:
    table = sc.classify(sc.SPRINT, {"Ann": ["37.00", "1:14.00"], "Bea": ["37.10"]})
    standing = holds(table.__getitem__, name)
    holds(sc.last_distance_time, standing if isinstance(standing, sc.Standing) else name)


# --- World Cup -----------------------------------------------------------------------------

R17 = worldcup.rules("2017/18")


def _cup() -> worldcup.Cup:
    cup = worldcup.Cup(R17)
    cup.add_race("HVN1", ["Ann", "Bea", "Cor"])
    cup.add_race("HVN2", ["Bea", "Ann", "Dirk"])
    return cup


REMAINING = st.one_of(
    st.lists(
        st.one_of(
            st.builds(worldcup.Race, final=st.booleans()),
            st.builds(worldcup.Race, division=st.just("B")),
        ),
        max_size=3,
    ),
    hostile(),
)


@fuzz
@given(st.one_of(time_texts(), numbers(), hostile()))
def test_world_cup_helpers(value: Any) -> None:
    holds(worldcup.parse_season, value)
    holds(worldcup.normalise_distance, value)
    holds(worldcup.normalise_gender, value)
    holds(worldcup.is_team_event, value)
    holds(format_ordinal, value)
    holds(worldcup.cup_name, value, "men")
    holds(worldcup.cup_name, 500, value)
    holds(worldcup.countback, value)
    holds(_cup().standings().__getitem__, value)


@fuzz
@given(
    st.one_of(st.sampled_from(POOL), hostile()),
    REMAINING,
    st.one_of(st.none(), st.sampled_from(POOL), hostile()),
    st.one_of(st.none(), st.sampled_from([500, 1000, "MS"]), hostile()),
)
def test_world_cup_outlook(name: Any, remaining: Any, rival: Any, distance: Any) -> None:
    cup = _cup()
    holds(worldcup.can_still_win, cup, name, remaining)
    holds(worldcup.clinched, cup, remaining)
    holds(worldcup.guarantee, cup, name, remaining, rival)
    holds(worldcup.max_available, R17, remaining, distance)
    holds(cup.outlook, remaining)


@fuzz
@given(
    st.one_of(st.lists(st.sampled_from(POOL), unique=True, max_size=4), hostile()),
    st.one_of(
        st.lists(st.lists(st.one_of(st.sampled_from(POOL), hostile()), max_size=4), max_size=4),
        hostile(),
    ),
    st.one_of(
        st.none(),
        st.dictionaries(st.sampled_from((*POOL, "Eve")), st.one_of(time_texts(), hostile())),
        hostile(),
    ),
)
def test_rank_mass_start(finish: Any, sprints: Any, statuses: Any) -> None:
    holds(worldcup.rank_mass_start, R17, finish, sprints, statuses=statuses)


@fuzz
@given(
    st.lists(
        st.one_of(
            st.builds(
                Score,
                st.sampled_from(["HVN1", "HVN2"]),
                st.integers(1, 30),
                st.none(),
                st.integers(0, 150),
            ),
            hostile(),
        ),
        max_size=4,
    )
)
def test_countback(scores: Any) -> None:
    tally = holds(Tally, "Ann", 0, 0, tuple(scores))
    if isinstance(tally, Tally):
        holds(worldcup.countback, tally)


# --- Olympic qualification -------------------------------------------------------------------


@fuzz
@given(st.one_of(st.lists(st.one_of(st.none(), st.sampled_from(POOL), hostile())), hostile()))
def test_walk(occupants: Any) -> None:
    holds(olympic.walk, occupants)


RUNS = st.dictionaries(
    st.one_of(st.sampled_from(POOL), keys()),
    st.one_of(results_texts(), st.lists(results_texts(), max_size=3), hostile()),
    max_size=4,
)


@fuzz
@given(
    st.one_of(st.sampled_from([500, 1000, 5000]), numbers(), hostile()),
    st.one_of(RUNS, hostile()),
    st.one_of(st.none(), st.integers(-1, 3), numbers(), hostile()),
)
def test_rank_distance(distance: Any, runs: Any, races: Any) -> None:
    holds(olympic.rank_distance, distance, runs, races=races)


@fuzz
@given(
    st.one_of(
        st.dictionaries(
            st.one_of(st.sampled_from([500, 1000, 1500]), keys()),
            st.one_of(RUNS, hostile()),
            max_size=3,
        ),
        hostile(),
    )
)
def test_rank_trials(times: Any) -> None:
    holds(olympic.rank_trials, times)


QUALIFIERS = st.lists(
    st.builds(
        quota.QualifierResult,
        st.sampled_from(POOL),
        st.sampled_from(["NED", "CAN", "JPN"]),
        st.integers(0, 400),
        st.one_of(st.none(), st.integers(2_000, 120_000).map(sc.RaceTime.from_hundredths)),
    ),
    max_size=6,
)


@fuzz
@given(
    st.one_of(st.sampled_from([2022, 2026]), numbers(), time_texts(), hostile()),
    st.one_of(
        st.dictionaries(
            st.one_of(
                st.sampled_from(["women 500", "men 1000", "men MS", ("women", "500")]),
                keys(),
            ),
            st.one_of(QUALIFIERS, hostile()),
            max_size=3,
        ),
        hostile(),
    ),
    st.one_of(st.sampled_from(["men", "women"]), hostile()),
    st.booleans(),
)
def test_quota_games(year: Any, results: Any, gender: Any, reduce: Any) -> None:
    rules = holds(quota.quota_rules, year)
    if isinstance(rules, quota.QuotaRules):
        games = holds(quota.allocate_games, rules, results, reduce=reduce)
        if isinstance(games, quota.GamesAllocation):
            holds(quota.count_athletes, games.events, gender)
            holds(games.athletes, gender)
    holds(quota.count_athletes, results, gender)


# --- official results listings: adapters and helpers ------------------------------------------


LISTING_ARGS = st.one_of(
    st.sampled_from(LISTINGS).map(lambda ev: [ev]),
    st.just(list(LISTINGS)),
    st.sampled_from(LISTINGS).map(lambda ev: list(ev.races[:3])),
    st.lists(hostile(), max_size=2),
    hostile(),
)
GENDER = st.one_of(st.sampled_from(["men", "women", None, "Men"]), hostile())


@fuzz
@given(
    LISTING_ARGS,
    GENDER,
    st.one_of(st.none(), st.sampled_from(["sprint", "mini"]), hostile()),
    st.one_of(st.sampled_from([500, 1000, "MS", "team pursuit"]), numbers(), hostile()),
    st.one_of(st.none(), st.sampled_from(["A", "B", "C"]), hostile()),
    st.one_of(st.none(), st.sampled_from(["2025/26", "2017/18"]), hostile()),
)
def test_listing_adapters(
    listings: Any, gender: Any, comb: Any, distance: Any, division: Any, season: Any
) -> None:
    holds(listing.championship_results, listings, gender=gender, combination=comb)
    holds(listing.trials_results, listings, gender)
    holds(listing.worldcup_cup, listings, distance, gender, season=season, division=division)


@fuzz
@given(st.one_of(time_texts(), numbers(), hostile()))
def test_listing_helpers(value: Any) -> None:
    holds(listing.parse_diff, value)
    holds(listing.distance_label, value)
    holds(listing.read_listing, value if not isinstance(value, str | bytes) else 5)
    holds(listing.format_listing, value)
