"""Properties of selection and outlook; outlook checked against brute-force enumeration."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc import olympic
from skatecalc.olympic import SelectionOrder, TicketStatus

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
