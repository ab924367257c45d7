"""ISU country quotas: SOQC rankings, allocation, parameters for 2022 and 2026."""

from __future__ import annotations

import pytest

from skatecalc import DuplicateError, SkatecalcError, UnknownValueError, olympic
from skatecalc.olympic import (
    QualifierResult,
    QuotaEvent,
    SelectionOrder,
    UnknownOrderError,
    UnknownRowError,
    allocate,
)
from skatecalc.olympic.quota import (
    Allocation,
    QuotaError,
    QuotaPlace,
    Reduction,
    allocate_games,
    count_athletes,
    reduce_places,
)


def q(name: str, noc: str, points: int, best: str | None) -> QualifierResult:
    return QualifierResult(name, noc, points, best)


def test_parameters_2022() -> None:
    r = olympic.quota_rules(2022)
    assert (r.athletes, r.per_gender, r.max_per_gender()) == (166, 83, 9)
    sizes = {
        (e.gender, e.event): (e.size, e.points_places, e.times_places, e.max_per_noc)
        for e in r.events
    }
    assert sizes[("men", "500")] == (30, 20, 10, 3)
    assert sizes[("women", "3000")] == sizes[("men", "5000")] == (20, 14, 6, 3)
    assert sizes[("women", "5000")] == sizes[("men", "10000")] == (12, 8, 4, 2)
    assert sizes[("men", "MS")] == (24, 24, 0, 2)
    assert sizes[("women", "TP")][:3] == (8, 6, 2)
    assert all(e.split_status == "unverified" for e in r.events)
    assert r.reserve is None  # no source gives it for 2022


def test_parameters_2026() -> None:
    r = olympic.quota_rules(2026)
    assert (r.athletes, r.per_gender, r.reserve) == (164, 82, 8)
    assert r.event("men", 1500).size == 28 and r.event("men", 1500).points_places == 21
    assert r.event("women", "5000").points_places == 9
    assert r.max_per_gender(team_pursuit=True, full_by_points=True) == 9
    assert r.max_per_gender(team_pursuit=True, every_event=True) == 8
    assert r.max_per_gender(every_event=True) == 7
    assert r.max_per_noc_status == "verified" and "Milano Cortina 2026" in r.max_per_noc_source
    with pytest.raises(UnknownOrderError, match="known: 2022, 2026"):
        olympic.quota_rules(2018)


def test_rankings_and_their_tie_breaks() -> None:
    field = [
        q("A", "NED", 100, "1:08.00"),
        q("B", "JPN", 100, "1:07.90"),
        q("C", "CAN", 90, "1:07.90"),
        q("D", "USA", 0, None),
    ]
    assert [r.name for r in olympic.points_ranking(field)] == ["B", "A", "C"]
    assert [r.name for r in olympic.times_ranking(field)] == ["B", "C", "A"]
    with pytest.raises(DuplicateError):
        olympic.points_ranking([field[0], field[0]])


def test_allocation_split_noc_maximum_and_reserve() -> None:
    event = QuotaEvent("men", "1000", size=4, points_places=3, times_places=1, max_per_noc=2)
    field = [
        q("N1", "NED", 300, "1:07.50"),
        q("N2", "NED", 250, "1:07.60"),
        q("N3", "NED", 240, "1:06.90"),  # third Dutchman: NED is at its maximum
        q("J1", "JPN", 200, "1:08.00"),
        q("C1", "CAN", 10, "1:07.00"),
        q("U1", "USA", 5, "1:07.70"),
        q("K1", "KOR", 0, "1:07.80"),
        q("J2", "JPN", 0, "1:07.75"),
    ]
    alloc = allocate(event, field, reserve=3)
    assert [(p.noc, p.name, p.via) for p in alloc.places] == [
        ("NED", "N1", "points"),
        ("NED", "N2", "points"),
        ("JPN", "J1", "points"),
        ("CAN", "C1", "times"),
    ]
    assert alloc.per_noc == {"NED": 2, "JPN": 1, "CAN": 1}
    # reserve: countries without a place first (USA, KOR), then JPN; NED is full
    assert [p.name for p in alloc.reserve] == ["U1", "K1", "J2"]


# --- Milano Cortina 2026: maximum per NOC per event (published) ----------------------------

MAX_2026 = {
    ("men", "500"): 3,
    ("men", "1000"): 3,
    ("men", "1500"): 3,
    ("men", "5000"): 3,
    ("men", "10000"): 2,
    ("men", "MS"): 2,
    ("men", "TP"): 1,
    ("women", "500"): 3,
    ("women", "1000"): 3,
    ("women", "1500"): 3,
    ("women", "3000"): 3,
    ("women", "5000"): 2,
    ("women", "MS"): 2,
    ("women", "TP"): 1,
}


def test_2026_maximum_per_noc_per_event_is_in_the_parameters() -> None:
    r = olympic.quota_rules(2026)
    assert {(e.gender, e.event): e.max_per_noc for e in r.events} == MAX_2026


def test_2026_allocate_needs_no_max_per_noc_argument() -> None:
    event = olympic.quota_rules(2026).event("women", "5000")
    field = [q(f"N{i}", "NED", 200 - i, f"6:5{i}.00") for i in range(4)]
    field += [q(f"C{i}", "CAN", 100 - i, f"7:0{i}.00") for i in range(3)]
    alloc = allocate(event, field)
    assert alloc.per_noc == {"NED": 2, "CAN": 2}  # at most 2 on the women's 5000 m
    mass_start = allocate(olympic.quota_rules(2026).event("men", "MS"), field)
    assert mass_start.per_noc == {"NED": 2, "CAN": 2}


def test_unknown_max_per_noc_says_which_argument_supplies_it() -> None:
    event = QuotaEvent("men", "500", size=2, points_places=2, times_places=0)
    with pytest.raises(UnknownValueError) as e:
        allocate(event, [q("A", "NED", 10, "34.50")])
    message = str(e.value)
    assert "allocate(..., max_per_noc=N)" in message and "QuotaEvent(..., max_per_noc=N)" in message
    assert len(allocate(event, [q("A", "NED", 10, "34.50")], max_per_noc=1).places) == 1


@pytest.mark.parametrize("reserve", [-1, -8, True, 1.5, "3"])
def test_allocate_reserve_minus_1_is_refused(reserve: object) -> None:
    event = olympic.quota_rules(2026).event("men", "500")
    with pytest.raises(QuotaError, match=r"reserve must be a whole number of at least 0") as e:
        allocate(event, [q("A", "NED", 10, "34.50")], reserve=reserve)  # type: ignore[arg-type]
    assert isinstance(e.value, SkatecalcError)


@pytest.mark.parametrize("limit", [0, -1, True])
def test_allocate_max_per_noc_below_1_is_refused(limit: object) -> None:
    event = olympic.quota_rules(2026).event("men", "500")
    with pytest.raises(QuotaError, match="max_per_noc"):
        allocate(event, [], max_per_noc=limit)  # type: ignore[arg-type]


def test_allocate_reserve_0_is_an_empty_list() -> None:
    event = olympic.quota_rules(2026).event("men", "500")
    assert allocate(event, [q("A", "NED", 10, "34.50")], reserve=0).reserve == ()


# --- Milano Cortina 2026: the reduction to 82 per gender ------------------------------------

ORDER_2026 = [
    ("women", "500"),
    ("men", "500"),
    ("men", "1000"),
    ("women", "1000"),
    ("women", "1500"),
    ("men", "1500"),
    ("men", "MS"),
    ("women", "MS"),
]


def test_2026_reduction_parameters_order_caps_source_status() -> None:
    red = olympic.quota_rules(2026).reduction
    assert red is not None
    assert list(red.order) == ORDER_2026
    assert (red.cap("women"), red.cap("men")) == (82, 82)
    assert dict(red.provisional) == {"women": 107, "men": 102}
    assert red.status == "verified" and red.method_status == "unverified"
    assert "December 2025" in red.source
    assert olympic.quota_rules(2022).reduction is None  # no source gives one for 2022


def _event_alloc(gender: str, event: str, n: int) -> Allocation:
    places = tuple(
        QuotaPlace(f"{gender}-{event}-NOC{i}", f"{gender} {event} #{i + 1}", "points")
        for i in range(n)
    )
    return Allocation(QuotaEvent(gender, event, n, n, 0, 3), places, ())


def test_reduction_cuts_in_the_published_order_and_stops_at_the_cap() -> None:
    events = [_event_alloc(g, e, 10) for g, e in ORDER_2026]  # 40 women, 40 men, all distinct
    red = Reduction({"women": 34, "men": 36}, ORDER_2026, "test", "verified")
    cut = reduce_places(events, red)
    # round 1 visits every event of the order; the men reach 36 after the men's MS, so
    # round 2 cuts only women's events, in order, until the women reach 34
    assert [(g, e) for g, e, _ in cut.removed] == [
        *ORDER_2026,
        ("women", "500"),
        ("women", "1000"),
    ]
    assert (cut.athletes("women"), cut.athletes("men")) == (34, 36)
    assert dict(cut.before) == {"women": 40, "men": 40}
    # the lowest-ranked qualified place goes first
    assert [p.name for g, e, p in cut.removed if (g, e) == ("women", "500")] == [
        "women 500 #10",
        "women 500 #9",
    ]
    assert len(cut.event("women", "500").places) == 8
    assert len(cut.event("men", "500").places) == 9


def test_reduction_does_nothing_at_or_below_the_cap() -> None:
    events = [_event_alloc(g, e, 3) for g, e in ORDER_2026]
    cut = reduce_places(events, Reduction({"women": 12, "men": 12}, ORDER_2026))
    assert cut.removed == () and dict(cut.after) == {"women": 12, "men": 12}


def test_reduction_counts_athletes_not_places() -> None:
    # one skater holds the women's 500 and 1000 m places: cutting her 500 m place frees no athlete
    e500 = Allocation(
        QuotaEvent("women", "500", 2, 2, 0, 3),
        (QuotaPlace("NED", "A", "points"), QuotaPlace("NOR", "B", "points")),
        (),
    )
    e1000 = Allocation(
        QuotaEvent("women", "1000", 1, 1, 0, 3), (QuotaPlace("NOR", "B", "points"),), ()
    )
    assert count_athletes([e500, e1000], "women") == 2
    cut = reduce_places([e500, e1000], Reduction({"women": 1}, ["women 500", "women 1000"]))
    assert [(e, p.name) for _, e, p in cut.removed] == [("500", "B"), ("1000", "B")]
    assert cut.athletes("women") == 1


def test_reduction_that_cannot_reach_the_cap_says_so() -> None:
    events = [_event_alloc("women", "3000", 5)]  # the 3000 m is not in the order
    with pytest.raises(QuotaError, match="cannot reach the cap for women"):
        reduce_places(events, Reduction({"women": 2}, ORDER_2026))


@pytest.mark.parametrize(
    ("caps", "order", "match"),
    [
        ({"woman": 2}, ["women 500"], "gender"),
        ({"women": -1}, ["women 500"], "cap for women"),
        ({"women": 2}, ["women500"], "not an event"),
        ({"women": 2}, ["women 500", "women 500"], "twice"),
        ({"women": 2}, "women 500", "list of events"),
    ],
)
def test_reduction_parameters_are_validated(caps: object, order: object, match: str) -> None:
    with pytest.raises(QuotaError, match=match):
        Reduction(caps, order)  # type: ignore[arg-type]


def test_allocate_games_2026_cuts_a_synthetic_field_to_82() -> None:
    r = olympic.quota_rules(2026)
    results = {}
    for event in ("500", "1000", "1500", "3000", "5000", "MS"):
        size = r.event("women", event).size
        results[f"women {event}"] = [
            q(f"W{event}-{i}", f"N{event}-{i}", 1000 - i, f"{40 + i}.00") for i in range(size)
        ]
    games = allocate_games(r, results)
    assert dict(games.before) == {"men": 0, "women": 28 * 3 + 20 + 12 + 24}
    assert games.athletes("women") == 82 and games.athletes("men") == 0
    # 58 cuts: 14 rounds over the four women's events of the order, then the 500 and 1000 m
    cut = [e for _, e, _ in games.removed]
    assert len(cut) == 58 and cut[:4] == ["500", "1000", "1500", "MS"]
    assert cut[-2:] == ["500", "1000"]
    assert len(games.event("women", "500").places) == 28 - 15
    assert len(games.event("women", "MS").places) == 24 - 14
    assert len(games.event("women", "3000").places) == 20  # not in the order: untouched
    kept = allocate_games(r, results, reduce=False)
    assert kept.removed == () and kept.athletes("women") == 140


def test_allocate_games_takes_a_replacement_reduction() -> None:
    r = olympic.quota_rules(2026)
    results = {("men", "500"): [q(f"M{i}", f"N{i}", 100 - i, "35.00") for i in range(6)]}
    mine = Reduction({"men": 4}, ["men 500"], "my federation", "unverified")
    games = allocate_games(r, results, reduction=mine)
    assert games.athletes("men") == 4 and games.reduction is mine
    with pytest.raises(SkatecalcError, match="no 'men' event 'MX'"):
        allocate_games(r, {"men MX": []})
    with pytest.raises(QuotaError, match="given twice"):
        allocate_games(r, {"men 500": [], ("men", "500"): []})


def test_quota_messages_cite_public_sources_not_internal_documents() -> None:
    for year in (2022, 2026):
        r = olympic.quota_rules(year)
        texts = [r.source, r.split_source, r.max_per_noc_source]
        if r.reduction is not None:
            texts.append(r.reduction.source)
        for text in texts:
            for internal in ("digest", "seed", "rules.md", "shared"):
                assert internal not in text.lower(), text
    with pytest.raises(UnknownOrderError, match=r"QuotaEvent\(.*allocate\(\)"):
        olympic.quota_rules(2018)


# --- the Dutch 2018 order (KNSB procedure, completed from the Dutch press, Dec 2017) --------
# (kept here with the other Olympic parameters of this change)


def test_2018_men_rows_10_14_15_known_11_to_13_a_group_in_unknown_order() -> None:
    men = olympic.selection_order("NED", 2018, "men")
    assert (men.row(5000, 2), men.row(1500, 3), men.row(5000, 3)) == (10, 14, 15)
    assert men.unknown_rows == (11, 12, 13)
    group = men.group_of("MS")
    assert group is not None and group.rows == (11, 12, 13)
    assert set(group.holds) == {"500#3", "1000#3", "MS"}
    for ask in ((500, 3), (1000, 3), ("MS", 1)):
        with pytest.raises(UnknownRowError, match=r"one of rows 11, 12, 13 of NED-2018-men") as e:
            men.row(*ask)  # type: ignore[arg-type]
        assert "Dutch press, December 2017" in str(e.value)
        assert "SelectionOrder.build(" in str(e.value)


def test_2018_women_rows_4_and_7_are_the_1000m_rows() -> None:
    women = olympic.selection_order("NED", 2018, "women")
    assert (women.row(1000, 1), women.row(1000, 2), women.row(1000, 3)) == (4, 7, 12)
    assert women.unknown_rows == (8, 9, 11, 13, 14)
    assert women.groups == ()
    with pytest.raises(UnknownRowError, match=r"rows 8, 9, 11, 13, 14 of NED-2018-women"):
        women.row(500, 1)
    assert "no public source consulted" in women.describe_unknown(8)


def test_2018_walk_stops_with_an_error_at_the_first_unknown_row() -> None:
    men = olympic.selection_order("NED", 2018, "men")
    okt = {d: [f"{d}-{k}" for k in (1, 2, 3)] for d in men.distances}
    with pytest.raises(UnknownRowError, match=r"row 11 of NED-2018-men, which is unknown") as e:
        olympic.select(men, okt)
    message = str(e.value)  # what the unknown rows hold, the public source, how to supply
    assert "500 m #3, the 1000 m #3 and the mass start in an unknown order" in message
    assert "Dutch press, December 2017" in message and "SelectionOrder.build(" in message
    women = olympic.selection_order("NED", 2018, "women")
    okt = {d: [f"{d}-{k}" for k in (1, 2, 3)] for d in women.distances}
    with pytest.raises(UnknownRowError, match=r"row 8 of NED-2018-women, which is unknown"):
        olympic.select(women, okt)


def test_2018_men_completed_by_the_user_walks_through() -> None:
    men = olympic.selection_order("NED", 2018, "men")
    rows = [r.code for r in men.rows]
    rows[10:13] = ["1000#3", "500#3", "MS"]  # one of the six possible orders
    mine = SelectionOrder.build("NED-2018-men, my order", rows, tickets=10)
    assert mine.complete and mine.row("MS") == 13


def test_order_data_cites_no_internal_document() -> None:
    for key in olympic.selection_orders():
        source = olympic.selection_order(key).source.lower()
        for internal in ("digest", "seed", "rules.md", "shared"):
            assert internal not in source, (key, source)


@pytest.mark.parametrize(
    ("groups", "match"),
    [
        ([((2, 3), ("500#3", "MS"))], "row 2 is known"),
        ([((3,), ("500#3", "MS"))], "as many rows as places"),
        ([((3, 4), ("500#1", "MS"))], r"500 m #1 is on row 1 and in the group"),
        ([((3,), ("MS",)), ((3,), ("1000#1",))], "row 3 is in two groups"),
        ([((9,), ("MS",))], "not a row number"),
        ([(3, "MS")], "groups must be pairs"),
    ],
)
def test_unknown_groups_are_validated(groups: object, match: str) -> None:
    with pytest.raises(SkatecalcError, match=match):
        SelectionOrder.build(
            "x",
            ["500#1", "500#2", "?", "?"],
            tickets=2,
            groups=groups,  # type: ignore[arg-type]
        )


@pytest.mark.parametrize("field", ["size", "points_places", "times_places", "max_per_noc"])
def test_quota_event_with_10_to_the_4301_places_is_refused(field: str) -> None:
    """Found by the fuzz profile: an event size of 4,301 digits reached an f-string that
    cannot print it (``ValueError``); every count is bounded like tickets (at most 1000)."""
    args: dict[str, object] = {
        "size": 30,
        "points_places": 20,
        "times_places": 10,
        "max_per_noc": 3,
        field: 10**4301 - 1,
    }
    with pytest.raises(QuotaError, match=f"{field} must be a whole number of at least"):
        QuotaEvent("men", "500", **args)  # type: ignore[arg-type]


def test_allocate_reserve_beyond_the_bound_is_refused() -> None:
    event = olympic.quota_rules(2026).event("men", "500")
    with pytest.raises(QuotaError, match="reserve must be a whole number of at least 0 and"):
        allocate(event, [], reserve=1001)


def test_quota_rules_2026_are_a_table_of_events() -> None:
    from skatecalc.columns import rows_json
    from skatecalc.olympic.quota import quota_rules
    from skatecalc.tabular import render_html, render_text

    rules = quota_rules(2026)
    assert repr(rules).startswith("<QuotaRules: Milano Cortina 2026, ")
    assert rules["women 500"] is rules.event("women", "500") and "men TP" in rules
    rows = rules.check()  # the declared columns, in order, typed
    assert [c.name for c in rules.columns] == list(rows[0])
    assert rules.to_json() == rows_json(rows) and len(rows) == len(rules.events)
    assert str(rules).startswith("Milano Cortina 2026: 164 athletes")
    assert render_text(rules, "nl") != str(rules) and render_html(rules).startswith("<table>")
