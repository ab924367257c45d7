"""ISU country quotas: SOQC rankings, allocation, parameters for 2022 and 2026."""

from __future__ import annotations

import pytest

from skatecalc import DuplicateError, UnknownValueError, olympic
from skatecalc.olympic import QualifierResult, QuotaEvent, UnknownOrderError, allocate


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
    assert r.event("men", "500").max_per_noc is None  # not given: absent, not guessed
    with pytest.raises(UnknownValueError, match="pass max_per_noc"):
        allocate(r.event("men", "500"), [q("A", "NED", 10, "34.50")])
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
