"""Who can still win, clinched and guarantees, checked by brute force; mass start (parts 3-4)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc import DuplicateError, SkatecalcError, Status, UnknownNameError
from skatecalc.worldcup import (
    NEWCOMER,
    Cup,
    Guarantee,
    MassStartRules,
    PlaceError,
    Race,
    Rules,
    Tally,
    TieBreak,
    countback,
    higher_is_better,
    no_tie_break,
    rank_mass_start,
    rules,
)
from skatecalc.worldcup.outlook import _at
from tests.strategies import wc_finishing_orders, wc_points_tables, wc_race_results

POOL = ("A", "B", "C")
NEW = "N"  # an entrant without points yet


def assignments(entrants: tuple[str, ...], places: int) -> Iterator[dict[str, int]]:
    """Every way to give places 1..places to distinct entrants (or to outsiders)."""
    for chosen in itertools.product((None, *entrants), repeat=places):
        names = [c for c in chosen if c is not None]
        if len(names) == len(set(names)):
            yield {c: p for p, c in enumerate(chosen, start=1) if c is not None}


def scenarios(cup: Cup, remaining: list[Race]) -> Iterator[tuple[list[dict[str, int]], Cup]]:
    entrants = (*cup.standings().names, NEW)
    per_race = [list(assignments(entrants, len(cup.rules.table_for(r).values))) for r in remaining]
    for combo in itertools.product(*per_race):
        final = cup.copy()
        for i, (race, results) in enumerate(zip(remaining, combo, strict=True)):
            if results:
                final.add_race(f"remaining {i}", results, final=race.final)
        yield list(combo), final


@st.composite
def small_cups(draw: st.DrawFn) -> tuple[Cup, list[Race]]:
    table = draw(wc_points_tables(max_places=3, max_points=12))
    final_table = draw(st.none() | wc_points_tables(max_places=2, max_points=20))
    r = Rules.custom("small", table, final=final_table)
    tie_break: TieBreak = draw(st.sampled_from([no_tie_break, countback]))
    cup = Cup(r, tie_break=tie_break)
    for i in range(draw(st.integers(1, 3))):
        order = draw(wc_finishing_orders(POOL, max_size=len(table)))
        cup.add_race(f"R{i}", order)
    remaining = [Race(final=draw(st.booleans())) for _ in range(draw(st.integers(0, 2)))]
    return cup, remaining


def alone_first(cup: Cup, name: str) -> bool:
    s = cup.standings()
    return s[0].name == name and s[0].rank == 1 and (len(s) == 1 or s[1].rank > 1)


@settings(max_examples=60, deadline=None)
@given(small_cups())
def test_clinched_exactly_when_no_assignment_lets_a_rival_level_or_pass(
    case: tuple[Cup, list[Race]],
) -> None:
    cup, remaining = case
    leader = cup.standings()[0].name
    brute = all(alone_first(final, leader) for _, final in scenarios(cup, remaining))
    assert cup.clinched(remaining) is brute


@settings(max_examples=60, deadline=None)
@given(small_cups())
def test_can_still_win_exactly_when_some_assignment_puts_them_first(
    case: tuple[Cup, list[Race]],
) -> None:
    cup, remaining = case
    finals = [final for _, final in scenarios(cup, remaining)]
    for name in cup.standings().names:
        brute = any(final.standings()[name].rank == 1 for final in finals)
        assert cup.can_still_win(name, remaining) is brute, name


@settings(max_examples=40, deadline=None)
@given(small_cups())
def test_guarantee_is_the_worst_safe_place(case: tuple[Cup, list[Race]]) -> None:
    cup, remaining = case
    name = cup.standings()[0].name
    g = cup.guarantee(name, remaining)
    cases = list(scenarios(cup, remaining))

    def safe_if(ok: object) -> bool:
        return all(alone_first(final, name) for combo, final in cases if ok(combo))  # type: ignore[operator]

    if g.unconditional:
        assert safe_if(lambda combo: True)
        return
    if g.place is None:
        assert not safe_if(lambda combo: all(res.get(name) == 1 for res in combo))
        return
    p = g.place
    sizes = [len(cup.rules.table_for(r).values) for r in remaining]

    def at_most(q: int) -> object:
        # absent from a race = outside its points = any place beyond its table
        return lambda combo: all(
            res.get(name, size + 1) <= q for res, size in zip(combo, sizes, strict=True)
        )

    assert safe_if(at_most(p))
    if p < max(sizes):
        assert not safe_if(at_most(p + 1))


def test_max_available() -> None:
    assert Cup(rules("2017/18")).max_available([Race(final=True)] * 2) == 300
    assert Cup(rules("2019/20")).max_available([Race(), Race(final=True)]) == 180
    assert Cup(rules("2023/24")).max_available([Race(final=True)]) == 60
    assert Cup(rules("2017/18")).max_available([]) == 0


def test_2017_18_men_500_before_the_final() -> None:
    cup = Cup(rules("2017/18"))
    lorentzen = [1, 8, 1, 6, 5, 11, 12, 4, 1]
    mulder: list[int | str] = [8, 3, 7, 1, 4, 3, 7, "DNS", "DNS"]
    for i, (a, b) in enumerate(zip(lorentzen, mulder, strict=True)):
        cup.add_race(f"R{i}", {"Havard Lorentzen": a, "Ronald Mulder": b})
    assert cup.total("Havard Lorentzen") == 536 and cup.total("Ronald Mulder") == 416
    final = [Race(final=True)] * 2
    assert cup.can_still_win("Ronald Mulder", final)
    assert not cup.clinched(final)
    g = cup.guarantee("Havard Lorentzen", final)
    assert (g.place, g.binding, g.unconditional) == (3, "Ronald Mulder", False)
    # 4th twice would leave them level if Mulder won both: 716 each, 3 wins each
    assert cup.guarantee("Havard Lorentzen", final, rival="Ronald Mulder").place == 3
    # a newcomer can gain at most 300 < 536
    solo = Cup(rules("2017/18"))
    solo.add(cup.races[0])
    assert not cup.can_still_win("Ronald Mulder", [])
    assert cup.guarantee("Havard Lorentzen", []).unconditional


def test_outlook_errors() -> None:
    cup = Cup(rules("2017/18"))
    cup.add_race("R", ["Havard Lorentzen", "Hein Otterspeer"])
    with pytest.raises(UnknownNameError, match="closest known: 'Hein Otterspeer'"):
        cup.can_still_win("Hein Oterspeer", [Race()])
    with pytest.raises(SkatecalcError, match="not a Race"):
        cup.can_still_win("Hein Otterspeer", [1])  # type: ignore[list-item]
    with pytest.raises(SkatecalcError, match="own rival"):
        cup.guarantee("Hein Otterspeer", [Race()], rival="Hein Otterspeer")
    with pytest.raises(SkatecalcError, match="unknown"):
        Cup(rules("2017/18")).max_available([Race(division="B")])  # Division B table unknown
    assert not Cup(rules("2017/18")).clinched([Race()])


# --- mass start ----------------------------------------------------------------------------


def test_mass_start_ranking_and_cup_points() -> None:
    r = rules("2017/18")
    ranking = rank_mass_start(
        r, ["A", "B", "C", "D", "E"], [["E", "D"], ["E"], ["D", "E"]], statuses={"F": "DNF"}
    )
    # E: 5+5+3 = 13 sprint points; D: 3+5 = 8; final sprint 60-40-20 to A, B, C
    assert [(e.rank, e.name, e.sprint_points) for e in ranking] == [
        (1, "A", 60),
        (2, "B", 40),
        (3, "C", 20),
        (4, "E", 13),
        (5, "D", 8),
        (None, "F", 0),
    ]
    cup = Cup(r, distance="MS")
    cup.add_race("MS1", ranking.places())
    assert cup.total("E") == 60 and cup.total("D") == 50 and cup.total("F") == 0
    assert cup.standings()["F"].results[0].status is Status.DNF


def test_mass_start_from_2018_19_top_three_by_finish() -> None:
    ranking = rank_mass_start(rules("2018/19"), ["A", "B", "C", "D"], [["D"], ["D"], ["D"]])
    assert [(e.name, e.sprint_points) for e in ranking] == [
        ("A", 60),
        ("B", 40),
        ("C", 20),
        ("D", 19),
    ]


def test_mass_start_equal_sprint_points_go_by_finish() -> None:
    ms = MassStartRules((5, 3, 1), (60, 40, 20))
    ranking = rank_mass_start(ms, ["A", "B", "C", "D", "E", "F"], [["F"], ["E"]])
    assert [e.name for e in ranking][3:] == ["E", "F", "D"]


@pytest.mark.parametrize(
    ("finish", "sprints", "statuses", "error", "message"),
    [
        (["A", "A"], [], {}, DuplicateError, "'A' appears twice in the finishing order"),
        (["A"], [["X"]], {}, UnknownNameError, "'X' in sprint 1"),
        (["A", "B"], [["A", "A"]], {}, DuplicateError, "'A' appears twice in sprint 1"),
        (["A", "B", "C", "D"], [["A", "B", "C", "D"]], {}, PlaceError, "sprint 1 lists 4"),
        (["A"], [[], [], [], []], {}, SkatecalcError, "4 intermediate sprints"),
        (["A"], [], {"A": "DNF"}, DuplicateError, "both finished"),
        (["A"], [], {"B": "late"}, SkatecalcError, "'late'"),
    ],
)
def test_mass_start_bad_input(
    finish: list[str],
    sprints: list[list[str]],
    statuses: dict[str, str],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        rank_mass_start(rules("2017/18"), finish, sprints, statuses=statuses)


@given(wc_finishing_orders(("A", "B", "C", "D", "E", "F", "G")), st.data())
def test_mass_start_top_three_are_the_first_three_finishers(
    finish: list[str], data: st.DataObject
) -> None:
    sprints = [data.draw(wc_finishing_orders(tuple(finish), max_size=3)) for _ in range(3)]
    for season in ("2017/18", "2018/19"):
        ranking = rank_mass_start(rules(season), finish, sprints)
        assert [e.name for e in ranking][:3] == finish[:3]
        assert sorted(e.name for e in ranking) == sorted(finish)
        rest = list(ranking)[3:]
        assert all(
            (a.sprint_points, -(a.finish or 0)) >= (b.sprint_points, -(b.finish or 0))
            for a, b in itertools.pairwise(rest)
        )


# --- The fast World Cup outlook paths equal the reference definitions (issue 10). ----------


POOL_WORLDCUP_FAST = ("A", "B", "C", "D", "E")


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
        cup.add_race(f"R{i}", draw(wc_race_results(POOL_WORLDCUP_FAST, len(table))))
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


def test_a_cup_is_cup_like_and_other_values_are_not() -> None:
    """``isinstance(x, CupLike)`` checks the protocol's members, as the ``runtime_checkable``
    protocol did (at run time ``CupLike`` is a class of its own: typing is not imported),
    and the outlook refuses what is not one."""
    from skatecalc.worldcup import Cup, rules
    from skatecalc.worldcup.outlook import CupLike, can_still_win

    class Half:  # the values without the methods
        rules = rules("2017/18")
        distance = None
        entrant = "skater"

    class Unset(Half):  # a method member set to None
        standings = key = keys = best_key = None

    assert isinstance(Cup(rules("2017/18")), CupLike)
    assert not isinstance(42, CupLike) and not isinstance(Half(), CupLike)
    assert not isinstance(Unset(), CupLike)
    with pytest.raises(SkatecalcError, match="is not a Cup"):
        can_still_win(Half(), "Kai Verbij", [])  # type: ignore[arg-type]
