"""Cup classification: seed figures, properties and bad input (issue 4, part 2)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import (
    DuplicateError,
    SkatecalcError,
    Status,
    UnknownNameError,
    UnknownValueError,
)
from skatecalc.errors import PositionError, ResultsError
from skatecalc.io.csvfile import read_csv
from skatecalc.worldcup import (
    Cup,
    MassStartRules,
    PlaceError,
    Race,
    Rules,
    Score,
    Tally,
    can_still_win,
    countback,
    cup_name,
    guarantee,
    higher_is_better,
    max_available,
    rank_mass_start,
    rules,
)
from tests.strategies import wc_finishing_orders, wc_points_tables, wc_race_results

SEED = Path(__file__).resolve().parent / "data" / "seed"
EXAMPLE = Path(__file__).resolve().parent.parent / "skatecalc" / "data" / "worldcup"
NOTE_STATUS = {"did not start": Status.DNS, "withdrew": Status.WDR}


def seed_cup(filename: str) -> tuple[Cup, list[str]]:
    """The seed file as a cup (races in file order); its points column is checked too."""
    table = read_csv(SEED / filename)
    races: dict[str, dict[str, int | Status]] = {}
    finals: dict[str, bool] = {}
    expected: dict[tuple[str, str], int] = {}
    for row in table:
        place: int | Status = int(row["place"]) if row["place"] else NOTE_STATUS[row["note"]]
        races.setdefault(row["race"], {})[row["skater"]] = place
        finals[row["race"]] = row["final"] == "yes"
        expected[(row["skater"], row["race"])] = int(row["points"])
    cup = Cup(rules("2017/18"))
    for race, results in races.items():
        cup.add_race(race, results, final=finals[race])
    for (skater, race), points in expected.items():
        assert cup.standings()[skater].points_in(race) == points, (skater, race)
    return cup, list(races)


def test_2017_18_men_500_published_totals_and_intermediate_totals() -> None:
    cup, races = seed_cup("wc2017-18-men-500.csv")
    assert races[-2:] == ["MIN1", "MIN2"]
    assert len(races) == 11
    after = {race: cup.until(race).standings() for race in ("ERF2", "MIN1", "MIN2")}
    assert [after[r]["Havard Lorentzen"].points for r in after] == [536, 626, 716]
    assert [after[r]["Ronald Mulder"].points for r in after] == [416, 520, 556]
    final = cup.standings()
    assert final.names == ("Havard Lorentzen", "Ronald Mulder")
    assert final[0].wins == 3 and final[1].wins == 1
    assert final["Ronald Mulder"].results[7].status is Status.DNS


def test_2017_18_men_1500_yuskov() -> None:
    cup, _ = seed_cup("wc2017-18-men-1500.csv")
    yuskov = cup.standings()["Denis Yuskov"]
    assert (yuskov.points, yuskov.wins) == (520, 4)
    assert yuskov.points_in("STA") == 0 and yuskov.results[1].status is Status.WDR
    assert yuskov.points_in("MIN") == 120


def test_shipped_example_file_matches_the_seed() -> None:
    seed = {
        (r["skater"], r["race"]): (r["place"], r["points"])
        for r in read_csv(SEED / "wc2017-18-men-500.csv")
    }
    shipped = {
        (r["name"], r["race"]): (r["place"] if r["place"].isdigit() else "", r["points"])
        for r in read_csv(EXAMPLE / "wc2017-18-men-500.csv")
    }
    assert shipped == seed


def test_contract_example() -> None:
    r = rules("2017/18")
    assert (r.points(1), r.points(3, final=True)) == (100, 104)
    cup = Cup(r)
    cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle", "Kai Verbij"])
    s = cup.standings()
    assert [(x.rank, x.name, x.points, x.wins) for x in s] == [
        (1, "Havard Lorentzen", 100, 1),
        (2, "Nico Ihle", 80, 0),
        (3, "Kai Verbij", 70, 0),
    ]
    assert s[0].results[0].race == "HVN1"


def test_statuses_score_zero_and_are_kept() -> None:
    cup = Cup(rules("2017/18"))
    cup.add_race("R", {"A": 1, "B": "DQ", "C": Status.DNF, "D": "dns", "E": "WDR"})
    st_ = cup.standings()
    assert [x.points for x in st_] == [100, 0, 0, 0, 0]
    assert {x.name: x.results[0].status for x in st_[1:]} == {
        "B": Status.DQ,
        "C": Status.DNF,
        "D": Status.DNS,
        "E": Status.WDR,
    }
    assert [x.rank for x in st_] == [1, 2, 2, 2, 2]


def test_division_b_counts_in_the_same_classification() -> None:
    r = rules("2013/14")
    cup = Cup(r)
    cup.add_race("HVN1 A", ["A1", "A2"])
    cup.add_race("HVN1 B", ["B1", "B2"], division="B")
    cup.add_race("HVN2 B", ["A2"], division="B")
    assert [(x.name, x.points) for x in cup.standings()] == [
        ("A2", 80 + 25),
        ("A1", 100),
        ("B1", 25),
        ("B2", 19),
    ]


def test_division_b_unknown_value_is_an_error_naming_race_and_skater() -> None:
    cup = Cup(rules("2017/18"))
    with pytest.raises(UnknownValueError, match=r"place 1 are unknown.*race 'HVN B'.*'Some One'"):
        cup.add_race("HVN B", ["Some One"], division="B")
    assert cup.races == ()  # nothing half-added
    supplied = Cup(rules("2017/18").override(division_b=[23]))
    supplied.add_race("HVN B", ["Some One"], division="B")
    assert supplied.total("Some One") == 23


def test_both_500s_of_a_weekend_count() -> None:
    cup = Cup(rules("2017/18"), distance=500)
    cup.add_race("HVN1", ["X"])
    cup.add_race("HVN2", ["X"])
    assert cup.total("X") == 200


def test_long_distance_cups_combine() -> None:
    assert cup_name(5000, "men") == cup_name(10000, "men") == "5000/10000 m men"
    assert cup_name(3000, "women") == cup_name(5000, "women") == "3000/5000 m women"
    assert cup_name(5000, "men") != cup_name(5000, "women")
    with pytest.raises(SkatecalcError, match="men's 3000"):
        cup_name(3000, "men")
    cup = Cup(rules("2017/18"))
    cup.add_race("HVN 5000", ["Sven Kramer"], distance=5000)
    cup.add_race("SLC 10000", ["Sven Kramer"], distance=10000)
    assert cup.total("Sven Kramer") == 200


def test_team_events_by_nation() -> None:
    cup = Cup(rules("2017/18"), distance="team pursuit", entrant="nation")
    cup.add_race("HVN", ["NED", "JPN"])
    cup.add_race("CAL", {"JPN": 1, "NED": "DQ"})
    assert [(x.name, x.points, x.wins) for x in cup.standings()] == [
        ("JPN", 180, 1),
        ("NED", 100, 1),
    ]
    with pytest.raises(UnknownNameError, match="unknown nation 'NDE'"):
        cup.total("NDE")


def test_ties_most_wins_then_shared_rank_by_default() -> None:
    cup = Cup(Rules.custom("t", [10, 6, 4]))
    cup.add_race("R1", ["A", "B", "C"])  # A 10, B 6, C 4
    cup.add_race("R2", ["C", "D", "A"])  # C 14, D 6, A 14
    cup.add_race("R3", ["B", "D"])  # B 16, D 12
    cup.add_race("R4", ["D"])  # D 22
    cup.add_race("R5", {"A": 2, "C": 2})  # A 20, C 20
    s = cup.standings()
    assert [(x.rank, x.name, x.points, x.wins) for x in s] == [
        (1, "D", 22, 1),
        (2, "A", 20, 1),
        (2, "C", 20, 1),
        (4, "B", 16, 1),
    ]
    cup2 = Cup(Rules.custom("t", [10, 6, 4]))
    cup2.add_race("R1", ["A", "B"])
    cup2.add_race("R2", ["B", "C"])
    cup2.add_race("R3", ["C", "A"])
    assert [x.rank for x in cup2.standings()] == [1, 1, 1]  # equal points and wins: shared


def test_most_wins_breaks_a_points_tie() -> None:
    cup = Cup(Rules.custom("t", [10, 5]))
    cup.add_race("R1", ["A", "B"])
    cup.add_race("R2", {"B": 2})
    cup.add_race("R3", {"B": 2})  # A 10 (1 win), B 15 (no win)
    cup.add_race("R4", ["C"])
    cup.add_race("R5", {"C": 2, "A": 2})  # C 15 (1 win), A 15 (1 win), B 15 (0 wins)
    s = cup.standings()
    assert [(x.rank, x.name, x.points, x.wins) for x in s] == [
        (1, "A", 15, 1),
        (1, "C", 15, 1),
        (3, "B", 15, 0),
    ]


def test_tie_break_is_replaceable() -> None:
    def build(**kw: object) -> Cup:
        cup = Cup(Rules.custom("t", [10, 6, 4]), **kw)  # type: ignore[arg-type]
        cup.add_race("R1", ["A"])
        cup.add_race("R2", ["B"])
        cup.add_race("R3", {"A": 3, "B": 2})
        cup.add_race("R4", {"A": 3, "B": 2})
        cup.add_race("R5", {"A": 3})  # A 22 (places 1,3,3,3), B 22 (places 1,2,2)
        return cup

    default = build().standings()
    assert [(x.rank, x.name) for x in default][:2] == [(1, "A"), (1, "B")]
    by_countback = build(tie_break=countback).standings()
    assert [(x.rank, x.name) for x in by_countback][:2] == [(1, "B"), (2, "A")]

    def fewest_races(t: object) -> tuple[int, ...]:
        return (-len(t.results),)  # type: ignore[attr-defined]

    # written for the old meaning (greater ranks ahead), kept by the adapter
    custom = build(tie_break=higher_is_better(fewest_races)).standings()
    assert [(x.rank, x.name) for x in custom][:2] == [(1, "B"), (2, "A")]


# --- bad input ---------------------------------------------------------------------------


def test_skater_twice_in_one_race() -> None:
    cup = Cup(rules("2017/18"))
    with pytest.raises(DuplicateError, match="'Kai Verbij' appears twice in race 'HVN1'"):
        cup.add_race("HVN1", ["Kai Verbij", "Nico Ihle", "Kai Verbij"])


def test_race_twice() -> None:
    cup = Cup(rules("2017/18"))
    cup.add_race("HVN1", ["Kai Verbij"])
    with pytest.raises(DuplicateError, match="race 'HVN1' is already"):
        cup.add_race("HVN1", ["Nico Ihle"])


def test_place_beyond_the_table_names_race_and_skater() -> None:
    cup = Cup(rules("2017/18"))
    with pytest.raises(PlaceError, match=r"place 21 is beyond .*\(race 'HVN1', skater 'Late'\)"):
        cup.add_race("HVN1", {"Late": 21})
    with pytest.raises(PlaceError, match=r"place 21 is beyond"):
        cup.add_race("HVN1", [f"S{i}" for i in range(21)])


@pytest.mark.parametrize("bad", [0, -1, 1.0, True, "first", None, "1st"])
def test_bad_places(bad: object) -> None:
    cup = Cup(rules("2017/18"))
    with pytest.raises(SkatecalcError, match=repr(bad) if not isinstance(bad, str) else bad):
        cup.add_race("HVN1", {"X": bad})  # type: ignore[dict-item]


def test_bad_results_and_names() -> None:
    cup = Cup(rules("2017/18"))
    with pytest.raises(SkatecalcError, match="finishing order"):
        cup.add_race("R", "Kai Verbij")
    with pytest.raises(SkatecalcError, match="no results"):
        cup.add_race("R", [])
    with pytest.raises(SkatecalcError, match="not a name"):
        cup.add_race("R", ["", "X"])
    cup.add_race("R", ["Havard Lorentzen"])
    with pytest.raises(UnknownNameError, match="closest known: 'Havard Lorentzen'"):
        cup.total("Havard Lorentsen")
    with pytest.raises(UnknownNameError):
        cup.total("havard lorentzen")  # names match exactly


# --- properties --------------------------------------------------------------------------

POOL = ("A", "B", "C", "D", "E")


@st.composite
def cups(draw: st.DrawFn) -> tuple[Rules, list[dict[str, int | str]]]:
    table = draw(wc_points_tables(max_places=6, max_points=50))
    races = draw(st.lists(wc_race_results(POOL, len(table)), min_size=1, max_size=6))
    return Rules.custom("prop", table), races


def build(r: Rules, races: list[dict[str, int | str]], order: list[int] | None = None) -> Cup:
    cup = Cup(r)
    for i in order if order is not None else range(len(races)):
        cup.add_race(f"R{i}", races[i])
    return cup


@given(cups())
def test_total_is_the_sum_of_its_races(case: tuple[Rules, list[dict[str, int | str]]]) -> None:
    r, races = case
    cup = build(r, races)
    for s in cup.standings():
        expected = 0
        for _i, race in enumerate(races):
            place = race.get(s.name)
            if isinstance(place, int):
                expected += r.points(place)
        assert s.points == expected == sum(x.points for x in s.results)
        assert s.wins == sum(1 for race in races if race.get(s.name) == 1)


@given(cups(), st.data())
def test_adding_a_race_never_lowers_a_total(
    case: tuple[Rules, list[dict[str, int | str]]], data: st.DataObject
) -> None:
    r, races = case
    cup = build(r, races)
    before = {s.name: s.points for s in cup.standings()}
    extra = data.draw(wc_race_results(POOL, len(r.division_a.values)))
    cup.add_race("extra", extra)
    after = {s.name: s.points for s in cup.standings()}
    assert all(after[name] >= points for name, points in before.items())


@given(cups(), st.randoms(use_true_random=False))
def test_standings_do_not_depend_on_race_order(
    case: tuple[Rules, list[dict[str, int | str]]], rnd: random.Random
) -> None:
    r, races = case
    order = list(range(len(races)))
    rnd.shuffle(order)
    a, b = build(r, races).standings(), build(r, races, order).standings()
    assert [(s.rank, s.name, s.points, s.wins) for s in a] == [
        (s.rank, s.name, s.points, s.wins) for s in b
    ]
    # the countback tie-break is order-independent too
    ca, cb = Cup(r, tie_break=countback), Cup(r, tie_break=countback)
    for i in range(len(races)):
        ca.add_race(f"R{i}", races[i])
    for i in order:
        cb.add_race(f"R{i}", races[i])
    assert [(s.rank, s.name) for s in ca.standings()] == [(s.rank, s.name) for s in cb.standings()]


@given(wc_points_tables(max_places=5), wc_finishing_orders(POOL))
def test_finishing_order_scores_the_table(table: list[int], order: list[str]) -> None:
    order = order[: len(table)]
    cup = Cup(Rules.custom("prop", table))
    cup.add_race("R", order)
    for place, name in enumerate(order, start=1):
        assert cup.total(name) == table[place - 1]


@given(cups())
def test_ranks_are_consistent(case: tuple[Rules, list[dict[str, int | str]]]) -> None:
    s = build(*case).standings()
    for i, x in enumerate(s):
        if i == 0:
            assert x.rank == 1
        else:
            prev = s[i - 1]
            assert (prev.points, prev.wins) >= (x.points, x.wins)
            same = (prev.points, prev.wins) == (x.points, x.wins)
            assert x.rank == (prev.rank if same else i + 1)


# --- API misuse: World Cup --------------------------------------------------------------


R = rules("2017/18")


def test_cup_entrant_5_and_tie_break_5() -> None:
    with pytest.raises(SkatecalcError, match="entrant 5"):
        Cup(R, entrant=5)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="tie_break 5"):
        Cup(R, tie_break=5)  # type: ignore[arg-type]


def test_cup_tie_break_returning_a_list() -> None:
    cup = Cup(R, tie_break=lambda t: [1])  # type: ignore[arg-type,return-value]
    cup.add_race("R1", ["A", "B"])
    with pytest.raises(SkatecalcError, match="tuple of whole numbers"):
        cup.standings()


def test_cup_total_0_is_not_the_leaders_points() -> None:
    cup = Cup(R)
    cup.add_race("R1", ["A", "B"])
    with pytest.raises(SkatecalcError, match="0 is not a name"):
        cup.total(0)  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="is not a name"):
        can_still_win(cup, 0, [])  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="is not a name"):
        guarantee(cup, "A", [], rival=1)  # type: ignore[arg-type]


def test_standings_index_99_and_1_5() -> None:
    cup = Cup(R)
    cup.add_race("R1", ["A", "B"])
    st = cup.standings()
    with pytest.raises(PositionError, match="position 99 is beyond the 2 standings"):
        st[99]
    with pytest.raises(IndexError):  # still an IndexError for Python's protocols
        st[-3]
    with pytest.raises(PositionError):
        st[1.5]  # type: ignore[index]
    assert st[-1].name == "B" and [s.name for s in st[:1]] == ["A"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.add_race("R2", 5), "must be a finishing order"),
        (lambda c: c.add_race("R2", "AB"), "must be a finishing order"),
        (lambda c: c.add_race("R2", [1, 2]), "is not a name"),
        (lambda c: c.add_race("R2", [["A"]]), "is not a name"),
        (lambda c: c.add_race("R2", {"A": 1.0}), "neither a place"),
        (lambda c: c.add_race("R2", {"A": "²"}), "neither a place"),
        (lambda c: c.add_race("R2", {"A": 10**5000}), "more than 9 digits is beyond every table"),
        (lambda c: c.add_race("R2", {"A": -(10**5000)}), "more than 9 digits is not a place"),
        (lambda c: c.add_race("R2", ["A"], final="yes"), "final='yes'"),
        (lambda c: c.add_race("R2", ["A"], division=5), "division 5"),
        (lambda c: c.add_race("R2", ["A"], distance=[500]), "not a World Cup distance"),
        (lambda c: c.add_race(5, ["A"]), "race name 5"),
        (lambda c: c.add("R2"), "not a RaceResult"),
        (lambda c: c.until(5), "race 5 is not a race name"),
        (lambda c: c.races[0].score_of(5), "5 is not a name"),
        (lambda c: c.can_still_win("A", Race()), "remaining must be a list"),
        (lambda c: c.can_still_win("A", "RR"), "remaining must be a list"),
    ],
)
def test_cup_api_misuse(call: Any, message: str) -> None:
    cup = Cup(R)
    cup.add_race("R1", ["A", "B"])
    with pytest.raises(SkatecalcError, match=message):
        call(cup)


def test_outlook_functions_given_none_or_text() -> None:
    with pytest.raises(SkatecalcError, match="is not a Cup"):
        can_still_win(None, "A", [])  # type: ignore[arg-type]
    with pytest.raises(SkatecalcError, match="is not World Cup Rules"):
        max_available("2017/18", [])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rules": 5}, "neither Rules nor MassStartRules"),
        ({"sprints": 5}, "sprints must be a list"),
        ({"sprints": [5]}, "sprint 1 must be a list"),
        ({"sprints": [[["A"]]]}, "in sprint 1 is not a name"),
        ({"statuses": ["A"]}, "statuses must map"),
        ({"statuses": {"C": 5}}, "status 5 of 'C'"),
        ({"statuses": {5: "DNF"}}, "5 in statuses is not a name"),
    ],
)
def test_rank_mass_start_misuse(kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"rules": MassStartRules((5, 3, 1), (60, 40, 20)), "finish": ["A", "B"]}
    args.update(kwargs)
    with pytest.raises(SkatecalcError, match=message):
        rank_mass_start(**args)


def test_tally_is_unchanged() -> None:  # the tie-break input keeps its shape
    assert Tally("X", 0, 0, ()).places == ()


# --- race wins are Division A's; a place after a shared place ---------------------------------


def test_a_division_b_first_place_is_no_race_win() -> None:
    """Level on points, P and Q share the rank: Q's 1st place in Division B is no race win
    of the cup (the tie-break counts Division A wins, as the SOQC countback does)."""
    r = rules("2017/18").override(division_b=[24, 18, 14])
    cup = Cup(r)
    cup.add_race("A1", {"P": 6})
    cup.add_race("B1", {"Q": 1}, division="B")
    cup.add_race("A2", {"Q": 12})
    assert [(s.rank, s.name, s.points, s.wins) for s in cup.standings()] == [
        (1, "P", 45, 0),
        (1, "Q", 45, 0),
    ]


def test_countback_weighs_division_a_places_before_division_b_places() -> None:
    a_second = Tally("A", 0, 0, (Score("R1", 2, None, 0),))
    b_first = Tally("B", 0, 0, (Score("R1 B", 1, None, 0, "B"),))
    assert countback(a_second) < countback(b_first)


def _ahead_by_places(x: list[int], y: list[int]) -> int:
    """-1 when places ``x`` rank ahead of ``y`` by the countback's definition (sorted,
    compared one by one, best first; on an equal prefix more places rank ahead), 1 when
    behind, 0 when equal: an independent definition, by comparison, not by a key."""
    x, y = sorted(x), sorted(y)
    for p, q in zip(x, y, strict=False):
        if p != q:
            return -1 if p < q else 1
    return (len(x) < len(y)) - (len(x) > len(y))


@given(
    st.lists(st.integers(1, 4), max_size=4),
    st.lists(st.integers(1, 4), max_size=3),
    st.lists(st.integers(1, 4), max_size=4),
    st.lists(st.integers(1, 4), max_size=3),
)
def test_countback_is_division_a_places_then_division_b_places(
    xa: list[int], xb: list[int], ya: list[int], yb: list[int]
) -> None:
    """Division A places decide first, then Division B places, each by the definition: an
    entrant with the same A places and a B place besides ranks ahead (a shortcut for
    entrants without B places once made it rank behind)."""

    def tally(name: str, a: list[int], b: list[int]) -> Tally:
        scores = [Score(f"A{i}", p, None, 0) for i, p in enumerate(a)]
        scores += [Score(f"B{i}", p, None, 0, "B") for i, p in enumerate(b)]
        return Tally(name, 0, 0, tuple(scores))

    expected = _ahead_by_places(xa, ya) or _ahead_by_places(xb, yb)
    x, y = countback(tally("X", xa, xb)), countback(tally("Y", ya, yb))
    assert ((x > y) - (x < y)) == expected


@given(st.lists(st.integers(1, 6), min_size=2, max_size=8))
def test_a_place_inside_a_shared_place_is_refused(places: list[int]) -> None:
    """After k entrants share place p the next place is p + k: a place in between is
    refused naming the race; any other places (gaps left by entrants not listed) are read."""
    results = {f"S{i}": p for i, p in enumerate(places)}
    impossible = any(q in places for p in set(places) for q in range(p + 1, p + places.count(p)))
    cup = Cup(rules("2017/18"))
    if impossible:
        with pytest.raises(ResultsError, match=r"race 'R1': place \d+ cannot follow"):
            cup.add_race("R1", results)
    else:
        cup.add_race("R1", results)
        assert sorted(s.points for s in cup.standings()) == sorted(
            rules("2017/18").points(p) for p in places
        )
