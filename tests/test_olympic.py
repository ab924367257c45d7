"""Olympic qualification: selection orders, select, outlook, against the OKT 2021 seed data."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from skatecalc import (
    DuplicateError,
    InvalidDistanceError,
    SkatecalcError,
    UnknownNameError,
    olympic,
)
from skatecalc.olympic import (
    DiscretionaryError,
    Refill,
    SelectionError,
    SelectionOrder,
    TicketStatus,
    UnknownOrderError,
    UnknownRowError,
    Vacancy,
    outlook,
    rank_distance,
    rank_trials,
    select,
    selection_order,
)
from skatecalc.olympic.okt import press_names, surname
from skatecalc.olympic.selection import walk

SEED = Path(__file__).resolve().parent / "data" / "seed" / "okt2021.toml"


@pytest.fixture(scope="module")
def okt2021() -> dict[str, Any]:
    with SEED.open("rb") as f:
        return tomllib.load(f)


def results(data: dict[str, Any], gender: str) -> dict[int, list[str]]:
    return {int(k): v for k, v in data[gender].items() if k.isdigit()}


def actual_places(data: dict[str, Any], gender: str) -> dict[int, tuple[str, ...]]:
    return {int(k): tuple(v) for k, v in data["actual"][gender].items() if k.isdigit()}


# --- selection orders ---------------------------------------------------------------------


def test_registry_lists_every_order() -> None:
    assert olympic.selection_orders() == (
        "NED-2018-men",
        "NED-2018-women",
        "NED-2022-men",
        "NED-2022-women",
        "NED-2026-men",
        "NED-2026-women",
    )


@pytest.mark.parametrize(
    "key", ["NED-2022-men", "NED-2022-women", "NED-2026-men", "NED-2026-women"]
)
def test_complete_orders_have_15_rows_each_distance_top_places(key: str) -> None:
    order = olympic.selection_order(key)
    assert len(order.rows) == 15 and order.complete
    assert order.tickets == 9 and order.discretionary == 3
    assert order.mass_start_row is not None
    gender = key.rsplit("-", 1)[1]
    assert order.distances == (
        (500, 1000, 1500, 5000, 10000) if gender == "men" else (500, 1000, 1500, 3000, 5000)
    )
    long = 10000 if gender == "men" else 5000  # top 2 only on the longest distance
    for d in order.distances:
        assert order.places(d) == ((1, 2) if d == long else (1, 2, 3))
    assert order.source and order.status in ("verified", "unverified")


def test_seed_statements_rows_of_the_mens_500m() -> None:
    order = olympic.selection_order("NED", 2022, "men")
    assert (order.row(500, 1), order.row(500, 2), order.row(500, 3)) == (8, 13, 15)
    assert order.tickets == 9


def test_2022_rows_as_published() -> None:
    men = olympic.selection_order("NED", 2022, "men")
    assert [r.code for r in men.rows] == [
        "1000#1", "5000#1", "1500#1", "1000#2", "10000#1", "MS", "1500#2", "500#1",
        "1000#3", "1500#3", "5000#2", "10000#2", "500#2", "5000#3", "500#3",
    ]  # fmt: skip
    women = olympic.selection_order("NED", 2022, "women")
    assert women.row(5000, 1) == 1 and women.row("MS") == 2 and women.row(500, 3) == 15
    assert men.status == "verified"


def test_2026_rows_and_the_derived_row() -> None:
    men = olympic.selection_order("NED", 2026, "men")
    assert men.row("MS") == 1 and men.row(1000, 1) == 2 and men.row(10000, 2) == 15
    women = olympic.selection_order("NED", 2026, "women")
    assert women.row(500, 1) == 1 and women.row(1000, 3) == 15
    assert women.rows[7].code == "5000#2" and women.rows[7].status == "derived"
    assert all(r.status is None for r in women.rows if r.number != 8)
    assert women.status == "unverified"


def test_2018_partial_order_keeps_unknown_rows_unknown() -> None:
    men = olympic.selection_order("NED", 2018, "men")
    assert men.tickets == 10 and not men.complete
    # rows 10, 14 and 15 (men) and 4 and 7 (women) come from the Dutch press of Dec 2017
    assert men.unknown_rows == (11, 12, 13)
    assert men.row(500, 2) == 9 and men.row(5000, 2) == 10
    women = olympic.selection_order("NED", 2018, "women")
    assert women.unknown_rows == (8, 9, 11, 13, 14)
    assert (women.row(1500, 3), women.row(3000, 3), women.row(1000, 3)) == (6, 10, 12)
    with pytest.raises(UnknownRowError, match="unknown"):
        men.row(500, 3)  # one of rows 11-13, no source says which
    okt = {d: ["A", "B", "C"] for d in men.distances}
    with pytest.raises(
        UnknownRowError, match=r"the walk reached row 11 of NED-2018-men, which is unknown"
    ):
        olympic.select(men, okt)


def test_unknown_order_lists_the_known_ones() -> None:
    with pytest.raises(UnknownOrderError) as info:
        olympic.selection_order("NED", 2014, "men")
    message = str(info.value)
    assert "'NED-2014-men'" in message
    assert all(key in message for key in olympic.selection_orders())
    assert isinstance(info.value, SkatecalcError)
    with pytest.raises(UnknownOrderError, match="NED-2022-women"):
        olympic.selection_order("NED 2022")


def test_user_built_order() -> None:
    order = SelectionOrder.build("club", ["1000#1", "500#1", "MS", "1000#2"], tickets=2)
    assert order.row(1000, 2) == 4 and order.row("MS") == 3
    sel = olympic.select(order, {500: ["A", "B"], 1000: ["B", "C"]}, mass_start="C")
    assert [u.name for u in sel.names] == ["B", "A", "C"]
    assert sel.team == ("B", "A")
    with pytest.raises(DuplicateError, match="1000 m #1 is on rows 1 and 2"):
        SelectionOrder.build("bad", ["1000#1", "1000 # 1"], tickets=1)
    with pytest.raises(SelectionError, match="'1000-1' is not a row code"):
        SelectionOrder.build("bad", ["1000-1"], tickets=1)


def test_order_lookups_name_the_offending_value() -> None:
    order = olympic.selection_order("NED", 2022, "women")
    with pytest.raises(InvalidDistanceError, match="no row for the distance 10000"):
        order.row(10000, 1)
    with pytest.raises(SelectionError, match="no row for the 5000 m place 3"):
        order.row(5000, 3)


# --- the OKT 2021 and the Beijing team ----------------------------------------------------


@pytest.mark.parametrize("gender", ["men", "women"])
def test_okt2021_unique_names(okt2021: dict[str, Any], gender: str) -> None:
    order = olympic.selection_order("NED", 2022, gender)
    sel = olympic.select(
        order, results(okt2021, gender), tickets=9, mass_start=okt2021[gender]["mass_start"]
    )
    assert [u.name for u in sel.names] == okt2021["expected"][gender]["names"]
    assert sel.tickets == okt2021["expected"][gender]["tickets"] == 9


def test_okt2021_men_first_rows_and_press_walk(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    sel = olympic.select(order, results(okt2021, "men"), mass_start="Jorrit Bergsma")
    assert [(u.number, u.row) for u in sel.names] == [
        (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 8), (7, 9), (8, 10), (9, 13), (10, 14),
    ]  # fmt: skip
    assert sel.walk_line() == (
        "Krol (1), Roest (2), Nuis (3), Verbij (4), Bergsma (5), Scheperkamp (6), "
        "Otterspeer (7), Snel (8), N'tab (9) | Kramer (10)"
    )
    assert sel.qualified[-1] == "Dai Dai N'tab"
    assert "Kramer" not in " ".join(sel.team)


@pytest.mark.parametrize("gender", ["men", "women"])
def test_beijing_team_and_start_places(okt2021: dict[str, Any], gender: str) -> None:
    order = olympic.selection_order("NED", 2022, gender)
    actual = okt2021["actual"][gender]
    sel = olympic.select(
        order,
        results(okt2021, gender),
        tickets=9,
        mass_start=okt2021[gender]["mass_start"],
        added=actual["added"],
    )
    assert list(sel.team) == actual["team"]
    assert len(sel.team) == 9
    assert sel.start_places == actual_places(okt2021, gender)
    assert sel.row(order.row("MS")).holder == okt2021[gender]["mass_start"]


def test_beijing_men_freed_places_go_to_krol_and_bosker(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    sel = olympic.select(
        order,
        results(okt2021, "men"),
        tickets=9,
        mass_start="Jorrit Bergsma",
        added=["Sven Kramer", "Marcel Bosker"],
    )
    assert sel.dropped == ("Tijmen Snel", "Dai Dai N'tab")
    assert sel.discretionary_used == 2
    row13, row10 = sel.row(13), sel.row(10)
    assert (row13.earned, row13.holder) == ("Dai Dai N'tab", "Thomas Krol")
    assert (row10.earned, row10.holder) == ("Tijmen Snel", "Marcel Bosker")
    assert "freed place to Marcel Bosker" in row10.reason and "(5th)" in row10.reason
    assert "Thomas Krol" in row13.reason and "(4th)" in row13.reason
    assert sel.row(14).holder == "Sven Kramer"
    assert "person designation" in sel.row(14).reason
    text = str(sel)
    assert "Krol (1)" in text and "N'tab (9)" in text
    assert "  500 m: Merijn Scheperkamp, Kai Verbij, Thomas Krol" in text
    assert "dropped: Tijmen Snel, Dai Dai N'tab" in text


def test_design_doc_spelling_designated_ms(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    a = olympic.select(
        order, results(okt2021, "men"), designated={"MS": "Jorrit Bergsma"}, tickets=9
    )
    b = olympic.select(order, results(okt2021, "men"), mass_start="Jorrit Bergsma", tickets=9)
    assert a == b


def test_distance_designation_takes_the_lowest_row_and_rewalks(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    sel = olympic.select(
        order,
        results(okt2021, "men"),
        mass_start="Jorrit Bergsma",
        assigned={1000: "Marcel Bosker"},
    )
    # Bosker takes row 9 (1000 m #3) from Otterspeer, whose only row it was
    assert sel.row(9).earned == "Marcel Bosker" and "from Hein Otterspeer" in sel.row(9).reason
    assert "Hein Otterspeer" not in [u.name for u in sel.names]
    assert [u.name for u in sel.names][6] == "Marcel Bosker"
    assert sel.start_places[1000] == ("Thomas Krol", "Kai Verbij", "Marcel Bosker")
    assert len(sel.team) == 9 and "Marcel Bosker" in sel.team
    assert sel.team[-1] == "Dai Dai N'tab"  # the designation cost a ticket: Kramer stays out
    assert sel.assigned == ((1000, "Marcel Bosker"),)


def test_distance_designation_beyond_the_cut_pushes_the_last_name_off() -> None:
    order = SelectionOrder.build("demo", ["500#1", "1000#1", "500#2", "1000#2"], tickets=2)
    okt = {500: ["A", "B"], 1000: ["C", "D", "E"]}
    plain = olympic.select(order, okt)
    assert plain.team == ("A", "C")
    sel = olympic.select(order, okt, assigned={1000: "E"})
    assert sel.team == ("A", "E") and sel.dropped == ("C",)
    assert sel.start_places == {500: ("A",), 1000: ("E",)}


def test_refill_policy_is_replaceable(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    args: dict[str, Any] = {
        "mass_start": "Jorrit Bergsma",
        "added": ["Sven Kramer", "Marcel Bosker"],
    }
    empty = olympic.select(order, results(okt2021, "men"), refill=olympic.leave_empty, **args)
    assert empty.start_places[500] == ("Merijn Scheperkamp", "Kai Verbij")
    assert empty.start_places[1500] == ("Kjeld Nuis", "Thomas Krol")
    assert "stays empty" in empty.row(13).reason

    def first_finisher(v: Vacancy) -> Refill | None:
        fit = [n for n in v.finishing if n in v.team and n not in v.holding]
        return Refill(fit[0], "first team finisher") if fit else None

    mine = olympic.select(order, results(okt2021, "men"), refill=first_finisher, **args)
    assert mine.start_places[1500] == ("Kjeld Nuis", "Thomas Krol", "Patrick Roest")

    def outsider(v: Vacancy) -> Refill | None:
        return Refill("Beau Snellink", "not on the team")

    with pytest.raises(SelectionError, match="'Beau Snellink', who is not on the team"):
        olympic.select(order, results(okt2021, "men"), refill=outsider, **args)


# --- outlook -------------------------------------------------------------------------------


def test_outlook_after_the_500m_matches_the_seed_article(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    after = {500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij"]}
    view = olympic.outlook(order, after, tickets=9, discretionary=3)
    assert view.statuses() == {
        "Merijn Scheperkamp": TicketStatus.SAFE_UNLESS_DISCRETIONARY,
        "Dai Dai N'tab": TicketStatus.OPEN,
        "Kai Verbij": TicketStatus.OPEN,
    }
    assert view.detail("Merijn Scheperkamp").worst == 8  # row 8: at most 7 names before him
    assert view.detail("Dai Dai N'tab").worst == 13
    assert "top 2 on the 1500 m" in view.detail("Kai Verbij").needs
    full = olympic.outlook(order, {500: okt2021["men"]["500"]})
    assert (
        full.status("Thomas Krol") is TicketStatus.OPEN
        and full.status("Ronald Mulder") is TicketStatus.OPEN
    )
    assert set(view.remaining) == {"1000", "1500", "5000", "10000", "MS"}


def test_outlook_when_every_distance_is_skated(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    view = olympic.outlook(order, results(okt2021, "men"), mass_start="Jorrit Bergsma")
    sel = olympic.select(order, results(okt2021, "men"), mass_start="Jorrit Bergsma")
    for name in view.names:
        assert view.status(name) is not TicketStatus.OPEN
        assert (view.status(name) is not TicketStatus.OUT) == (name in sel.qualified)
    assert view.status("Thomas Krol") is TicketStatus.SAFE  # unique name 1
    assert view.status("Hein Otterspeer") is TicketStatus.SAFE_UNLESS_DISCRETIONARY  # 7th > 9 - 3
    assert (
        view.status("Sven Kramer") is TicketStatus.OUT
        and view.status("Beau Snellink") is TicketStatus.OUT
    )
    assert view.remaining == ()


def test_outlook_safe_skater_can_lose_a_lowest_row() -> None:
    # Ann's only row is the lowest 500 m row: one distance designation takes it away
    order = SelectionOrder.build("demo", ["500#1", "500#2", "1000#1"], tickets=3, discretionary=1)
    view = olympic.outlook(order, {500: ["Bea", "Ann"]})
    assert view.status("Bea") is TicketStatus.SAFE
    assert view.status("Ann") is TicketStatus.SAFE_UNLESS_DISCRETIONARY


def test_outlook_unknown_name_suggests_closest(okt2021: dict[str, Any]) -> None:
    view = olympic.outlook(
        olympic.selection_order("NED", 2022, "men"), {500: okt2021["men"]["500"]}
    )
    with pytest.raises(UnknownNameError, match="closest known: 'Kai Verbij'"):
        view["Kai Verbeij"]
    assert "Merijn Scheperkamp" in str(view)


# --- bad input -----------------------------------------------------------------------------


def test_a_name_twice_on_one_distance(okt2021: dict[str, Any]) -> None:
    okt = results(okt2021, "men")
    okt[1000] = ["Thomas Krol", "Kai Verbij", "Thomas Krol"]
    order = olympic.selection_order("NED", 2022, "men")
    with pytest.raises(
        DuplicateError, match=r"'Thomas Krol' is twice on the 1000 m \(places 1 and 3\)"
    ):
        olympic.select(order, okt, mass_start="Jorrit Bergsma")
    with pytest.raises(DuplicateError):
        olympic.outlook(order, {1000: okt[1000]})


def test_a_distance_not_in_the_order(okt2021: dict[str, Any]) -> None:
    okt = results(okt2021, "men")
    okt[3000] = ["Patrick Roest"]
    order = olympic.selection_order("NED", 2022, "men")
    with pytest.raises(InvalidDistanceError, match="no row for the distance 3000"):
        olympic.select(order, okt, mass_start="Jorrit Bergsma")
    with pytest.raises(InvalidDistanceError, match="'500' is not a distance"):
        olympic.outlook(order, {"500": ["A"]})  # type: ignore[dict-item]
    with pytest.raises(InvalidDistanceError, match="1200"):
        olympic.select(order, results(okt2021, "men"), mass_start="Jorrit Bergsma",
                       assigned={1200: "Sven Kramer"})  # fmt: skip


def test_more_designations_than_discretionary_places(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    with pytest.raises(
        DiscretionaryError, match=r"4 designations \(.*\) but NED-2022-men allows at most 3"
    ):
        olympic.select(
            order,
            results(okt2021, "men"),
            mass_start="Jorrit Bergsma",
            added=["Sven Kramer", "Marcel Bosker", "Tijmen Snel"],
            assigned={500: "Ronald Mulder"},
        )
    with pytest.raises(DiscretionaryError, match="at most 1"):
        olympic.select(
            order,
            results(okt2021, "men"),
            mass_start="Jorrit Bergsma",
            added=["Sven Kramer", "Marcel Bosker"],
            discretionary=1,
        )


def test_other_bad_choices(okt2021: dict[str, Any]) -> None:
    order = olympic.selection_order("NED", 2022, "men")
    okt = results(okt2021, "men")
    with pytest.raises(SelectionError, match="row 6 of NED-2022-men is the mass-start row"):
        olympic.select(order, okt)
    with pytest.raises(UnknownNameError, match="closest known: 'Sven Kramer'"):
        olympic.select(order, okt, mass_start="Jorrit Bergsma", added=["Sven Kramr"])
    with pytest.raises(DuplicateError, match="designated twice"):
        olympic.select(
            order, okt, mass_start="Jorrit Bergsma", added=["Sven Kramer", "Sven Kramer"]
        )
    with pytest.raises(DiscretionaryError, match="already has a row on the 1000 m"):
        olympic.select(order, okt, mass_start="Jorrit Bergsma", assigned={1000: "Thomas Krol"})
    with pytest.raises(SelectionError, match="no results for the 10000 m"):
        olympic.select(
            order, {d: v for d, v in okt.items() if d != 10000}, mass_start="Jorrit Bergsma"
        )
    with pytest.raises(SkatecalcError, match="not a finishing order"):
        olympic.select(order, {**okt, 500: "Kai Verbij"}, mass_start="Jorrit Bergsma")  # type: ignore[dict-item]
    # a skater who skated no distance may be designated when named in skaters=
    sel = olympic.select(
        order, okt, mass_start="Jorrit Bergsma", added=["Ireen Wüst"], skaters=["Ireen Wüst"]
    )
    assert sel.team[-1] == "Ireen Wüst"


# --- OKT ranking helper --------------------------------------------------------------------


def test_rank_500m_twice_faster_counts_thousandths_split_ties() -> None:
    r = olympic.rank_distance(
        500,
        {
            "Kai Verbij": ["34.56", "34.70"],
            "Dai Dai N'tab": ["34.80", "34.53"],
            "Merijn Scheperkamp": ["34.451", "34.90"],
            "Ronald Mulder": ["34.459", "DQ"],
            "Thomas Krol": ["DNS", "DNF"],
        },
    )
    assert r.names == (
        "Merijn Scheperkamp",
        "Ronald Mulder",
        "Dai Dai N'tab",
        "Kai Verbij",
        "Thomas Krol",
    )
    assert r.timed == r.names[:4]
    assert [e.place for e in r] == [1, 2, 3, 4, 5]
    assert str(r[1].result) == "34.459"


def test_rank_statuses_last_and_fall_keeps_its_time() -> None:
    r = olympic.rank_distance(
        1500,
        {"A": "DQ", "B": "1:52.10", "C": "DNF", "D": "1:59.99"},  # D fell: the time stands
    )
    assert r.names == ("B", "D", "A", "C")
    assert [e.place for e in r] == [1, 2, 3, 3]
    assert [str(e.result) for e in r] == ["1:52.10", "1:59.99", "DQ", "DNF"]


def test_rank_errors_name_the_value() -> None:
    with pytest.raises(SelectionError, match=r"both have 1:07\.24"):
        olympic.rank_distance(1000, {"A": "1:07.24", "B": "1.07,240"})
    with pytest.raises(SkatecalcError, match=r"'1:7x\.10' is not a race time.*\(B, 1000 m\)"):
        olympic.rank_distance(1000, {"A": "1:07.24", "B": "1:7x.10"})
    with pytest.raises(SkatecalcError, match="3 results on the 500 m, which is skated 2 times"):
        olympic.rank_distance(500, {"A": ["34.1", "34.2", "34.3"]})


def test_rank_trials_feeds_select() -> None:
    times = {500: {"A": ["35.00", "34.90"], "B": "34.95"}, 1000: {"B": "1:09.00", "A": "1:09.50"}}
    okt = olympic.rank_trials(times)
    assert okt == {500: ("A", "B"), 1000: ("B", "A")}
    order = SelectionOrder.build("demo", ["500#1", "1000#1", "500#2"], tickets=2)
    assert olympic.select(order, okt).team == ("A", "B")


# --- API misuse: Olympic ----------------------------------------------------------------


ORDER = selection_order("NED", 2022, "men")


OKT = {
    500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij", "Thomas Krol"],
    1000: ["Thomas Krol", "Kai Verbij", "Hein Otterspeer", "Kjeld Nuis"],
    1500: ["Kjeld Nuis", "Thomas Krol", "Tijmen Snel", "Patrick Roest", "Marcel Bosker"],
    5000: ["Patrick Roest", "Jorrit Bergsma", "Sven Kramer", "Marcel Bosker"],
    10000: ["Jorrit Bergsma", "Patrick Roest", "Beau Snellink"],
}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"added": 5}, "added must be a list of names"),
        ({"assigned": 5}, "assigned must map"),
        ({"designated": ["MS"]}, "designated must map"),
        ({"skaters": 5}, "skaters must be a list"),
        ({"refill": 5}, "refill 5 is not a refill policy"),
        ({"refill": lambda v: "Thomas Krol", "added": ["Sven Kramer"]}, "return a Refill"),
        ({"mass_start": 5}, "is not a name"),
        ({"assigned": {1000: 5}}, "is not a name"),
    ],
)
def test_select_misuse(kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"mass_start": "Jorrit Bergsma"}
    args.update(kwargs)
    with pytest.raises(SkatecalcError, match=message):
        select(ORDER, OKT, **args)


def test_select_order_none_and_row_text() -> None:
    with pytest.raises(SkatecalcError, match="is not a SelectionOrder"):
        select(None, OKT)  # type: ignore[arg-type]
    sel = select(ORDER, OKT, mass_start="Jorrit Bergsma")
    with pytest.raises(SkatecalcError, match="has no row '1'"):
        sel.row("1")  # type: ignore[arg-type]


def test_walk_with_a_list_as_a_name() -> None:
    with pytest.raises(SkatecalcError, match=r"row 2: \['A'\] is not a name"):
        walk(["A", ["A"]])  # type: ignore[list-item]


def test_outlook_misuse() -> None:
    with pytest.raises(SkatecalcError, match="skaters must be a list"):
        outlook(ORDER, {500: OKT[500]}, skaters=5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="mass_start 5 is not a name"):
        outlook(ORDER, {500: OKT[500]}, mass_start=5)  # type: ignore[arg-type]
    view = outlook(ORDER, {500: OKT[500]})
    with pytest.raises(SkatecalcError, match="5 is not a name"):
        view.detail(5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError):
        view[["A"]]  # type: ignore[index]


def test_rank_distance_misuse() -> None:
    with pytest.raises(SkatecalcError, match="must map each skater"):
        rank_distance(500, ["A"])  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="races=0"):
        rank_distance(500, {"A": "34.5"}, races=0)
    with pytest.raises(SkatecalcError, match="is not a mapping of distance"):
        rank_trials(5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match=r"\(A, 500 m\)"):
        rank_distance(500, {"A": "1:7x.10"})


def test_press_names_of_5() -> None:
    with pytest.raises(SkatecalcError):
        surname(5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError):
        press_names(["A", 5])  # type: ignore[list-item]
