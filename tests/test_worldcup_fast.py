"""The fast World Cup outlook paths equal the reference definitions (issue 10).

The reference definitions are the plain ones, quadratic or worse: every entrant compared
with every other entrant, every rival tried place by place. The fast paths (the cup keeps
the best key; the guarantee computes its own keys once and binary-searches per rival) must
give the same answers on random small cups, with every built-in and an old-style tie-break.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc import DuplicateError
from skatecalc.worldcup import (
    NEWCOMER,
    Cup,
    Guarantee,
    Race,
    Rules,
    Tally,
    TieBreak,
    countback,
    higher_is_better,
    no_tie_break,
)
from skatecalc.worldcup.outlook import _at
from tests.strategies import wc_points_tables, wc_race_results

POOL = ("A", "B", "C", "D", "E")


def _most_races(t: Tally) -> tuple[int, ...]:  # old meaning: greater ranks ahead
    return (len(t.results),)


TIE_BREAKS: list[TieBreak] = [no_tie_break, countback, higher_is_better(_most_races)]


@st.composite
def cups(draw: st.DrawFn) -> tuple[Cup, list[Race]]:
    table = draw(wc_points_tables(max_places=5, max_points=30))
    final = draw(st.none() | wc_points_tables(max_places=4, max_points=60))
    cup = Cup(
        Rules.custom("small", table, final=final), tie_break=draw(st.sampled_from(TIE_BREAKS))
    )
    for i in range(draw(st.integers(0, 4))):
        cup.add_race(f"R{i}", draw(wc_race_results(POOL, len(table))))
    remaining = [Race(final=draw(st.booleans())) for _ in range(draw(st.integers(0, 3)))]
    return cup, remaining


def ref_can_still_win(cup: Cup, name: str, remaining: list[Race]) -> bool:
    """Win every remaining race; nobody else may end with a lower (better) key."""
    tables = [cup.rules.table_for(r) for r in remaining]
    best = cup.key(_at(cup.standings()[name].tally, tables, 1))
    return all(best <= cup.key(s.tally) for s in cup.standings() if s.name != name)


def ref_guarantee(cup: Cup, name: str, remaining: list[Race], rival: str | None) -> Guarantee:
    """Every rival tried place by place, as the definition reads."""
    st_ = cup.standings()
    me = st_[name].tally
    tables = [cup.rules.table_for(r) for r in remaining]
    if rival is not None:
        rivals = [st_[rival].tally]
    else:
        rivals = [s.tally for s in st_ if s.name != name] + [Tally(NEWCOMER, 0, 0, ())]
    conditional: list[tuple[int | None, str]] = []
    for r in rivals:
        if cup.key(me) < cup.key(_at(r, tables, 1)):
            continue
        safe = None
        if tables:
            longest = max(t.length if t.length is not None else len(t.values) for t in tables)
            for place in range(1, longest + 1):
                theirs = _at(r, tables, 2 if place == 1 else 1)
                if cup.key(_at(me, tables, place)) < cup.key(theirs):
                    safe = place
                else:
                    break
        conditional.append((safe, r.name))
    if not conditional:
        return Guarantee(name, rival, None, True)
    for safe, who in conditional:
        if safe is None:
            return Guarantee(name, rival, None, False, who)
    safe, who = min(conditional, key=lambda c: c[0] or 0)
    return Guarantee(name, rival, safe, False, who)


@settings(max_examples=150, deadline=None)
@given(cups())
def test_can_still_win_and_contenders_equal_the_reference(case: tuple[Cup, list[Race]]) -> None:
    cup, remaining = case
    names = cup.standings().names
    expected = [ref_can_still_win(cup, n, remaining) for n in names]
    assert [cup.can_still_win(n, remaining) for n in names] == expected
    o = cup.outlook(remaining)
    assert o.contenders == tuple(n for n, yes in zip(names, expected, strict=True) if yes)
    assert [r.can_still_win for r in o] == expected


@settings(max_examples=150, deadline=None)
@given(cups(), st.data())
def test_guarantee_equals_the_reference(case: tuple[Cup, list[Race]], data: st.DataObject) -> None:
    cup, remaining = case
    names = cup.standings().names
    if not names:
        return
    name = data.draw(st.sampled_from(names))
    others = [n for n in names if n != name]
    rival = data.draw(st.none() | st.sampled_from(others)) if others else None
    assert cup.guarantee(name, remaining, rival) == ref_guarantee(cup, name, remaining, rival)


@settings(max_examples=100, deadline=None)
@given(cups())
def test_keys_are_in_standings_order_and_best_key_is_the_minimum(
    case: tuple[Cup, list[Race]],
) -> None:
    cup, _ = case
    keys = cup.keys()
    assert list(keys.values()) == sorted(keys.values())
    for name in keys:
        others = [k for n, k in keys.items() if n != name]
        assert cup.best_key(excluding=name) == (min(others) if others else None)


def test_add_race_refuses_a_duplicate_name_after_until_and_copy() -> None:
    cup = Cup(Rules.custom("t", [3, 2, 1]))
    for i in range(5):
        cup.add_race(f"R{i}", ["A", "B"])
    early = cup.until("R1")
    early.add_race("R2", ["B"])  # R2 is not in the early cup: allowed
    assert early.standings()["B"].points == 2 + 2 + 3
    for c in (cup, cup.copy(), early):
        with pytest.raises(DuplicateError, match="race 'R2' is already in the cup"):
            c.add_race("R2", ["A"])
