"""Properties of selection and outlook; outlook checked against brute-force enumeration."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc import olympic
from skatecalc.errors import SkatecalcError
from skatecalc.olympic import HolderSet, Refill, Selection, SelectionOrder, TicketStatus, Vacancy

from .strategies import OLYMPIC_POOL, finishing_orders, small_orders


@st.composite
def full_trials(draw: st.DrawFn) -> tuple[SelectionOrder, dict[int, list[str]], str | None]:
    rows, tickets, discretionary = draw(small_orders(max_rows=7))
    order = SelectionOrder.build("prop", rows, tickets=tickets, discretionary=discretionary)
    okt = {d: draw(finishing_orders(max(order.places(d)))) for d in order.distances}
    ms = draw(st.sampled_from(OLYMPIC_POOL)) if order.mass_start_row else None
    return order, okt, ms


@given(full_trials(), st.data())
def test_team_never_exceeds_the_tickets(
    case: tuple[SelectionOrder, dict[int, list[str]], str | None], data: st.DataObject
) -> None:
    order, okt, ms = case
    k = data.draw(st.integers(0, order.discretionary))
    added = data.draw(st.lists(st.sampled_from(OLYMPIC_POOL), max_size=k, unique=True))
    sel = olympic.select(order, okt, mass_start=ms, added=added, skaters=OLYMPIC_POOL)
    assert len(sel.team) <= order.tickets
    assert len(set(sel.team)) == len(sel.team)
    assert set(added) <= set(sel.team)
    # every start place is held by a team member, at most once per distance
    for d, skaters in sel.start_places.items():
        assert set(skaters) <= set(sel.team) and len(set(skaters)) == len(skaters)
        assert len(skaters) <= len(order.places(d))
    # without designations the team is exactly the first `tickets` unique names
    plain = olympic.select(order, okt, mass_start=ms, skaters=OLYMPIC_POOL)
    assert plain.team == plain.qualified == tuple(u.name for u in plain.names[: order.tickets])


@given(full_trials(), st.data())
def test_a_new_name_on_an_earlier_row_never_moves_anyone_below_it_up(
    case: tuple[SelectionOrder, dict[int, list[str]], str | None], data: st.DataObject
) -> None:
    order, okt, ms = case
    before = olympic.select(order, okt, mass_start=ms, skaters=OLYMPIC_POOL)
    okt_rows = [r for r in order.rows if r.kind == "okt"]
    row = data.draw(st.sampled_from(okt_rows))
    assert row.distance is not None and row.place is not None
    changed = {d: list(v) for d, v in okt.items()}
    changed[row.distance][row.place - 1] = "Newcomer"
    after = olympic.select(order, changed, mass_start=ms, skaters=OLYMPIC_POOL)
    new_number = {u.name: u.number for u in after.names}
    for u in before.names:
        if u.row > row.number and u.name in new_number:
            assert new_number[u.name] >= u.number, (u, row)


# --- brute force -------------------------------------------------------------------------------


def completions(
    order: SelectionOrder, done: dict[int, list[str]], ms: str | None, universe: list[str]
) -> Iterator[tuple[dict[int, list[str]], str | None]]:
    """Every way the remaining distances (and the mass-start choice) can fill the rows."""
    open_d = [d for d in order.distances if d not in done]
    per_distance = [itertools.permutations(universe, max(order.places(d))) for d in open_d]
    ms_choices: list[str | None] = list(universe) if ms is None and order.mass_start_row else [ms]
    for combo in itertools.product(*per_distance):
        full = dict(done)
        full.update({d: list(names) for d, names in zip(open_d, combo, strict=True)})
        for choice in ms_choices:
            yield full, choice


def brute_force(
    order: SelectionOrder, done: dict[int, list[str]], ms: str | None
) -> dict[str, tuple[TicketStatus, tuple[str, ...]]]:
    known = list(dict.fromkeys([n for v in done.values() for n in v] + ([ms] if ms else [])))
    open_d = [d for d in order.distances if d not in done]
    slots = sum(max(order.places(d)) for d in open_d) + (
        1 if ms is None and order.mass_start_row else 0
    )
    universe = known + [f"new{i}" for i in range(slots)]
    fresh = [f"designee{i}" for i in range(order.discretionary)]
    qualifies: dict[str, list[bool]] = {x: [] for x in known}
    safe: dict[str, bool] = dict.fromkeys(known, True)
    guarantee: dict[tuple[str, object, int], bool] = {}
    for full, choice in completions(order, done, ms, universe):
        sel = olympic.select(order, full, mass_start=choice, skaters=universe)
        number = {u.name: u.number for u in sel.names}
        designations = []
        for k in range(order.discretionary + 1):
            for dists in itertools.combinations(order.distances, k):
                for p in range(order.discretionary - k + 1):
                    designations.append((dists, p))
        for x in known:
            ok = x in number and number[x] <= order.tickets
            qualifies[x].append(ok)
            for d in open_d:
                if x in full[d]:
                    key = (x, d, full[d].index(x) + 1)
                    guarantee[key] = guarantee.get(key, True) and ok
            if choice == x and ms is None:
                guarantee[(x, "MS", 1)] = guarantee.get((x, "MS", 1), True) and ok
            if not safe[x]:
                continue
            for dists, p in designations:
                names = iter(fresh)
                assigned = {d: next(names) for d in dists}
                added = [next(names) for _ in range(p)]
                with_d = olympic.select(
                    order, full, mass_start=choice, skaters=universe + fresh,
                    assigned=assigned, added=added,
                )  # fmt: skip
                if x not in with_d.team:
                    safe[x] = False
                    break
    out: dict[str, tuple[TicketStatus, tuple[str, ...]]] = {}
    for x in known:
        if all(qualifies[x]) and safe[x]:
            status = TicketStatus.SAFE
        elif all(qualifies[x]):
            status = TicketStatus.SAFE_UNLESS_DISCRETIONARY
        elif any(qualifies[x]):
            status = TicketStatus.OPEN
        else:
            status = TicketStatus.OUT
        needs: list[str] = []
        if status is TicketStatus.OPEN:
            for d in sorted(open_d, key=lambda d: order.rows_of(d)[0].number):
                top = 0
                while (top + 1) in order.places(d) and guarantee.get((x, d, top + 1), False):
                    top += 1
                if top:
                    needs.append(f"win the {d} m" if top == 1 else f"top {top} on the {d} m")
            if ms is None and order.mass_start_row and guarantee.get((x, "MS", 1), False):
                needs.append("the mass-start row")
        out[x] = (status, tuple(needs))
    return out


@st.composite
def partial_trials(draw: st.DrawFn) -> tuple[SelectionOrder, dict[int, list[str]], str | None]:
    rows, tickets, discretionary = draw(small_orders(max_rows=5))
    order = SelectionOrder.build("brute", rows, tickets=tickets, discretionary=discretionary)
    pool = OLYMPIC_POOL[:3]
    done_set = draw(st.sets(st.sampled_from(order.distances), min_size=1))
    done = {d: draw(finishing_orders(max(order.places(d)), pool)) for d in sorted(done_set)}
    ms = None
    if order.mass_start_row and draw(st.booleans()):
        ms = draw(st.sampled_from(pool))
    open_slots = sum(max(order.places(d)) for d in order.distances if d not in done)
    open_slots += 1 if order.mass_start_row and ms is None else 0
    if open_slots > 3:  # keep the enumeration small
        keep = order.distances[0]
        done = {
            d: draw(finishing_orders(max(order.places(d)), pool))
            for d in order.distances
            if d != keep
        }
    return order, done, ms


@settings(max_examples=60, deadline=None)
@given(partial_trials())
def test_outlook_agrees_with_brute_force(
    case: tuple[SelectionOrder, dict[int, list[str]], str | None],
) -> None:
    order, done, ms = case
    view = olympic.outlook(order, done, mass_start=ms)
    expected = brute_force(order, done, ms)
    got = {name: (view.status(name), view.detail(name).needs) for name in view.names}
    assert got == expected


def test_brute_force_sees_the_seed_article_shape() -> None:
    # a cut-down 2022 men's order: the 500 m skated, the 1000 m and the mass start to come
    order = SelectionOrder.build(
        "mini", ["1000#1", "MS", "500#1", "1000#2", "500#2"], tickets=2, discretionary=1
    )
    done = {500: ["Merijn Scheperkamp", "Dai Dai N'tab"]}
    expected = brute_force(order, done, None)
    view = olympic.outlook(order, done)
    assert expected["Merijn Scheperkamp"][0] is TicketStatus.OPEN
    assert {n: (view.status(n), view.detail(n).needs) for n in view.names} == expected


# --- select and its refill policy, by the rule (they were compared with a frozen copy) -----

SELECT_POOL = tuple(f"S{i:02d}" for i in range(16))
SELECT_DISTANCES = (500, 1000, 1500, 5000)


@st.composite
def select_trials(draw: st.DrawFn) -> tuple[SelectionOrder, dict[int, list[str]], dict[str, Any]]:
    """A random order (some rows unreported, a mass-start row now and then), OKT results of
    0-16 finishers per distance and designations, sometimes one too many."""
    places = draw(st.integers(1, 5))
    distances = draw(
        st.lists(st.sampled_from(SELECT_DISTANCES), min_size=1, max_size=4, unique=True)
    )
    codes = [f"{d}#{p}" for d in distances for p in range(1, places + 1)]
    if draw(st.booleans()):
        codes.append("MS")
    codes = draw(st.permutations(codes))
    tickets = draw(st.integers(1, max(1, len(codes) // 2)))
    discretionary = draw(st.integers(0, 3))
    order = SelectionOrder.build("prop", codes, tickets=tickets, discretionary=discretionary)
    results = {}
    for d in distances:
        size = draw(st.integers(draw(st.sampled_from([0, places, places])), len(SELECT_POOL)))
        results[d] = draw(st.permutations(SELECT_POOL).map(lambda n, k=size: list(n[:k])))
    k = draw(st.integers(0, discretionary)) + draw(st.sampled_from([0] * 7 + [1]))
    added = tuple(draw(st.lists(st.sampled_from(SELECT_POOL), max_size=k, unique=True)))
    kwargs: dict[str, Any] = {
        "tickets": tickets,
        "discretionary": discretionary,
        "mass_start": draw(st.sampled_from(SELECT_POOL)) if "MS" in codes else None,
        "added": added,
        "assigned": draw(
            st.dictionaries(
                st.sampled_from(distances), st.sampled_from(SELECT_POOL), max_size=k - len(added)
            )
        ),
        "skaters": SELECT_POOL,
    }
    return order, results, kwargs


def rule_refill(v: Vacancy) -> str | None:
    """The refill rule as `next_team_finisher` states it: among the finishers behind the
    freed skater who are on the team and hold no start place on the distance, the first
    without any individual start place, else the first."""
    behind = v.finishing[v.finishing.index(v.freed_by) + 1 :] if v.freed_by in v.finishing else ()
    eligible = [n for n in behind if n in v.team and n not in v.holding]
    if v.freed_by not in v.finishing:
        eligible = [n for n in v.finishing if n in v.team and n not in v.holding]
    eligible = list(dict.fromkeys(eligible))
    free = [n for n in eligible if n not in v.starting]
    return (free or eligible or [None])[0]


def _select(
    trial: tuple[SelectionOrder, dict[int, list[str]], dict[str, Any]],
    refill: Callable[[Vacancy], Refill | None] | None = None,
) -> Selection | None:
    order, results, kwargs = trial
    try:
        if refill is None:
            return olympic.select(order, results, **kwargs)
        return olympic.select(order, results, refill=refill, **kwargs)
    except SkatecalcError:
        return None  # refused inputs (too many designations, ...) are tested elsewhere


@settings(max_examples=300, deadline=None)
@given(select_trials(), st.lists(st.booleans(), min_size=8, max_size=8))
def test_every_vacancy_is_refilled_by_the_rule_and_kept_as_a_snapshot(
    trial: tuple[SelectionOrder, dict[int, list[str]], dict[str, Any]], pick_last: list[bool]
) -> None:
    """The default policy answers every vacancy by the rule, also a vacancy kept until later
    refills (stale: the fast skip lists must not answer for it), also when a policy picks
    someone else than the default (so the skip lists must follow refills they did not pick);
    a kept vacancy's sets do not change; the row goes to whom the policy named."""
    kept: list[tuple[Vacancy, frozenset[str], frozenset[str], str | None]] = []

    def policy(v: Vacancy) -> Refill | None:
        for earlier, *_ in kept:
            chosen = olympic.next_team_finisher(earlier)
            assert (chosen.name if chosen else None) == rule_refill(earlier)
        if pick_last[len(kept) % len(pick_last)]:
            fit = [n for n in v.finishing if n in v.team and n not in v.holding]
            decision = Refill(fit[-1], "last team finisher") if fit else None
        else:
            decision = olympic.next_team_finisher(v)
        kept.append(
            (v, frozenset(v.holding), frozenset(v.starting), decision.name if decision else None)
        )
        return decision

    sel = _select(trial, policy)
    if sel is None:
        return
    for v, holding, starting, _ in kept:
        assert isinstance(v.holding, HolderSet) and isinstance(v.starting, HolderSet)
        assert v.holding == holding and holding == v.holding and v.starting == starting
        assert set(v.holding) == holding and hash(v.holding) == hash(holding)
    by_row = {o.row.number: o for o in sel.rows}
    for v, _, _, name in kept:
        assert by_row[v.row.number].holder == name
        assert v.freed_by not in sel.team and by_row[v.row.number].earned == v.freed_by


@settings(max_examples=300, deadline=None)
@given(select_trials())
def test_selection_rows_follow_the_walk_and_the_refill_rule(
    trial: tuple[SelectionOrder, dict[int, list[str]], dict[str, Any]],
) -> None:
    sel = _select(trial)
    if sel is None:
        return
    order = trial[0]
    team = set(sel.team)
    assert len(sel.team) == len(team) <= sel.tickets
    assert set(sel.dropped).isdisjoint(team)
    held: dict[int | None, list[str]] = {}
    for o in sel.rows:
        if o.earned in team:
            assert o.holder == o.earned  # a team member keeps the row earned
        elif o.earned is None:
            assert o.holder is None
        else:
            assert o.holder is None or o.holder in team  # freed: refilled or left empty
        if o.holder is not None and o.row.distance is not None:
            held.setdefault(o.row.distance, []).append(o.holder)
    for names in held.values():
        assert len(names) == len(set(names))  # nobody starts twice on one distance
    # a freed place left empty: no team finisher behind the freed skater lacks a place there
    for o in sel.rows:
        d = o.row.distance
        if o.holder is None and o.earned is not None and o.earned not in team and d is not None:
            finishing = dict(sel.results)[d]
            behind = finishing[finishing.index(o.earned) + 1 :] if o.earned in finishing else []
            assert all(n in held.get(d, []) for n in behind if n in team), (o, order)


@settings(max_examples=150, deadline=None)
@given(select_trials())
def test_a_policy_that_wraps_the_default_selects_the_same(
    trial: tuple[SelectionOrder, dict[int, list[str]], dict[str, Any]],
) -> None:
    assert _select(trial, lambda v: olympic.next_team_finisher(v)) == _select(trial)


@pytest.mark.parametrize("n", [200, 1000])
def test_select_with_many_tickets_refills_by_the_rule(n: int) -> None:
    """The benchmark's shape (tickets growing with the rows): every vacancy by the rule."""
    places = n // 5
    dists = (500, 1000, 1500, 5000, 10000)
    codes = [f"{d}#{p}" for p in range(1, places + 1) for d in dists]
    order = SelectionOrder.build("big", codes, tickets=n // 5)
    pool = [f"Skater {i}" for i in range(3 * places)]
    okt = {d: pool[k * places // 2 :] + pool[: k * places // 2] for k, d in enumerate(dists)}
    seen: list[tuple[Vacancy, str | None]] = []

    def keep(v: Vacancy) -> Refill | None:
        chosen = olympic.next_team_finisher(v)
        seen.append((v, rule_refill(v)))
        assert (chosen.name if chosen else None) == seen[-1][1]
        return chosen

    sel = olympic.select(order, okt, refill=keep)
    assert sum("freed place to" in o.reason for o in sel.rows) > 0 and seen
    assert sel == olympic.select(order, okt)


def test_select_shares_the_team_and_finishing_tuples() -> None:
    order = SelectionOrder.build("x", ["500#1", "1000#1", "500#2", "1000#2"], tickets=2)
    seen: list[Vacancy] = []

    def keep(v: Vacancy) -> Refill | None:
        seen.append(v)
        return olympic.next_team_finisher(v)

    okt = {500: ["A", "B", "C"], 1000: ["D", "E", "A", "C"]}
    olympic.select(order, okt, added=["C"], refill=keep)
    assert len(seen) == 3
    assert all(v.team is seen[0].team for v in seen)
    assert seen[0].finishing is seen[2].finishing


def test_a_hand_made_or_evolved_vacancy_uses_the_scan() -> None:
    order = SelectionOrder.build("x", ["500#1", "500#2", "500#3"], tickets=2)
    got: list[Vacancy] = []

    def keep(v: Vacancy) -> Refill | None:
        got.append(v)
        return olympic.next_team_finisher(v)

    sel = olympic.select(order, {500: ["A", "B", "C", "D"]}, added=["D"], refill=keep)
    assert sel.start_places == {500: ("A", "D")}
    (v,) = got[:1]
    other = attrs.evolve(v, holding=frozenset({"A", "D"}))  # D holds now: nobody is left
    assert olympic.next_team_finisher(other) is None
    chosen = olympic.next_team_finisher(v)
    assert chosen is not None and chosen.name == rule_refill(v) == "D"
