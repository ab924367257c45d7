"""Provisional standings while a distance is being skated
(skatecalc/championship/targets/live.py) and ``skatecalc standings`` on a distance in
progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

import skatecalc as sc
from skatecalc.championship.targets import in_progress, provisional
from skatecalc.samalog import points_thousandths

from .helpers import run_cli
from .strategies import live_sprints, restricted_fields

NATIONS = {"Miho Takagi": "JPN", "Femke Kok": "NED", "Jutta Leerdam": "NED"}
# World Sprint 2024, Inzell, women: the first three distances as published (110.980,
# 111.315, 111.835); the final 1000 m times are what-if times (docs/required-time.md)
INZELL = {
    "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    "Femke Kok": ["37.07", "1:14.35", "37.07"],
    "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
}


def _inzell(**last: str) -> sc.Standings:
    results = {name: [*times, last.get(name.split()[1])] for name, times in INZELL.items()}
    return sc.classify(sc.SPRINT, results, nations=NATIONS)


def test_inzell_2024_takagi_1_13_13_kok_1_12_45_leerdam_to_skate() -> None:
    table = _inzell(Takagi="1:13.13", Kok="1:12.45")
    assert table.after == 3  # the classification itself is unchanged
    p = provisional(table)
    assert [(x.rank, x.name, str(x.points), x.state) for x in p] == [
        (1, "Femke Kok", "147.540", "finished"),
        (2, "Miho Takagi", "147.545", "finished"),
        (None, "Jutta Leerdam", "111.835", "to skate"),
    ]
    leerdam = p["Jutta Leerdam"]
    assert (leerdam.before_rank, leerdam.lead.to_pass) == (3, "Femke Kok")
    assert str(leerdam.lead.time) == "1:11.40"  # 35.700 points: 147.535 < 147.540
    assert leerdam.podium.certain  # two have finished: third place is hers whatever her time
    assert (p.finished, p.field_size, p.label, p.distance) == (2, 3, "1000 m (2)", 1000)
    assert str(p).splitlines()[0] == "Sprint: provisional, 1000 m (2) in progress: 2 of 3 finished"
    assert p.format("nl").splitlines()[0] == "Sprint: voorlopig, 1000 m (2) bezig: 2 van 3 binnen"


def test_inzell_2024_after_three_distances_is_not_in_progress() -> None:
    table = _inzell()
    assert not in_progress(table)
    assert not in_progress(_inzell(Takagi="1:13.13", Kok="1:12.45", Leerdam="1:13.00"))
    with pytest.raises(sc.GoalError, match="nothing is left to skate"):
        provisional(_inzell(Takagi="1:13.13", Kok="1:12.45", Leerdam="1:13.00"))


def test_dnf_on_the_distance_in_progress_is_listed_out_without_a_place() -> None:
    p = provisional(_inzell(Takagi="1:13.13", Kok="DNF"))
    assert [(x.name, x.rank, x.state) for x in p] == [
        ("Miho Takagi", 1, "finished"),
        ("Jutta Leerdam", None, "to skate"),
        ("Femke Kok", None, "out"),
    ]
    assert p["Femke Kok"].status is sc.Status.DNF and p.finished == 1 and p.field_size == 3
    assert "DNF" in str(p)


def test_skater_who_stopped_earlier_is_listed_last() -> None:
    results = {**{n: [*t, None] for n, t in INZELL.items()}, "Ann": ["38.00", "DNS"]}
    results["Femke Kok"][3] = "1:12.45"
    p = provisional(sc.classify(sc.SPRINT, results))
    assert [(x.name, x.state) for x in p][-1] == ("Ann", "stopped")
    assert p.field_size == 3


@given(live_sprints())
def test_provisional_places_are_those_of_the_finishers_classified_alone(
    results: dict[str, list[str | None]],
) -> None:
    """Every finisher's provisional total and place are those the final classification
    gives when only the skaters who have finished (or are out) are in it."""
    table = sc.classify(sc.SPRINT, results)
    if not in_progress(table):
        return
    p = provisional(table)
    assert sorted(p.names) == sorted(results)  # every skater once
    pending = {x.name for x in p if x.state == "to skate"}
    assert pending and len(pending) < p.field_size
    alone = sc.classify(sc.SPRINT, {n: r for n, r in results.items() if n not in pending})
    assert alone.after == 4
    for line in p:
        if line.state == "finished":
            assert line.total == alone[line.name].total_thousandths
            assert line.rank == alone[line.name].rank
        else:
            assert line.rank is None


@given(restricted_fields())
def test_provisional_on_a_restricted_last_distance_adds_the_points_of_the_time(
    field: tuple[sc.Combination, dict[str, list[str | None]]],
) -> None:
    comb, results = field
    table = sc.classify(comb, results)
    if not in_progress(table):
        return
    p = provisional(table)
    assert sorted(p.names) == sorted(results)
    for line in p:
        if line.state == "finished":
            time = line.results[p.index]
            assert isinstance(time, sc.RaceTime) and line.before is not None
            assert line.total == line.before + points_thousandths(time.hundredths, p.distance)


# --- the command line ----------------------------------------------------------------------


def _file(tmp_path: Path, **last: str) -> Path:
    f = tmp_path / "inzell.csv"
    lines = ["name,nation,500,1000,500,1000"]
    for name, times in INZELL.items():
        lines.append(",".join([name, NATIONS[name], *times, last.get(name.split()[1], "")]))
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_standings_with_takagi_and_kok_finished_on_the_final_1000m(tmp_path: Path) -> None:
    f = _file(tmp_path, Takagi="1:13.13", Kok="1:12.45")
    status, out, err = run_cli(f"skatecalc standings {f}")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Sprint: provisional, 1000 m (2) in progress: 2 of 3 finished",
        "#  Name           Nat  500 (1)  1000 (1)  500 (2)     1000 (2)   Points       Before"
        "     Lead    Podium",
        "1  Femke Kok      NED    37.07   1:14.35    37.07  1:12.45 (1)  147.540  111.315 (2)",
        "2  Miho Takagi    JPN    37.13   1:13.32    37.19  1:13.13 (2)  147.545  110.980 (1)",
        "   Jutta Leerdam  NED    37.41   1:13.71    37.57                        111.835 (3)"
        "  1:11.40  any time",
        "(Before: rank and points before the 1000 m (2); Lead, Podium: slowest official time"
        " that finishes ahead of those who have finished)",
    ]
    # --after 4 on the partial distance: the same provisional table (refused before)
    assert run_cli(f"skatecalc standings {f} --after 4") == (0, out, "")
    # --after 3: the classification before the distance, as before
    assert run_cli(f"skatecalc standings {f} --after 3")[1].startswith(
        "Sprint: standings after 3 of 4"
    )


def test_after_4_with_a_hole_before_the_last_distance_is_still_refused(tmp_path: Path) -> None:
    f = _file(tmp_path, Takagi="1:13.13")
    text = f.read_text(encoding="utf-8").replace("37.57,", ",")  # Leerdam's 500 m (2) blank
    f.write_text(text, encoding="utf-8")
    status, out, err = run_cli(f"skatecalc standings {f} --after 4")
    assert (status, out) == (1, "")
    assert "'Jutta Leerdam' has no result on the second 500 m (distance 3)" in err


def test_listing_of_the_final_1000m_still_being_written(tmp_path: Path) -> None:
    """Official results listings, the last race with two of three skaters so far."""
    day = tmp_path / "inzell.txt"
    races = [
        (
            "500 meter (Women), 07.03.2024",
            [
                ("Femke Kok", "37.07", ""),
                ("Miho Takagi", "37.13", "+0.060"),
                ("Jutta Leerdam", "37.41", "+0.340"),
            ],
        ),
        (
            "1000 meter (Women), 07.03.2024",
            [
                ("Miho Takagi", "1:13.32", ""),
                ("Jutta Leerdam", "1:13.71", "+0.390"),
                ("Femke Kok", "1:14.35", "+1.030"),
            ],
        ),
        (
            "500 meter (Women), 08.03.2024",
            [
                ("Femke Kok", "37.07", ""),
                ("Miho Takagi", "37.19", "+0.120"),
                ("Jutta Leerdam", "37.57", "+0.500"),
            ],
        ),
        (
            "1000 meter (Women), 08.03.2024",
            [("Femke Kok", "1:12.45", ""), ("Miho Takagi", "1:13.13", "+0.680")],
        ),
    ]
    text = []
    for title, lines in races:
        text += [title, "", "POS   NAME            AG       NAT   TIME      DIFF     RECORD"]
        for pos, (name, time, diff) in enumerate(lines, start=1):
            text.append(f"{pos:<6}{name:<16}Senior   {NATIONS[name]}   {time:<10}{diff}")
        text.append("")
    day.write_text("\n".join(text), encoding="utf-8")
    status, out, err = run_cli(f"skatecalc standings {day} --combination sprint")
    assert status == 0, err
    assert out.splitlines()[0] == "Sprint: provisional, 1000 m (2) in progress: 2 of 3 finished"
    assert "1  Femke Kok      NED    37.07   1:14.35    37.07  1:12.45 (1)  147.540" in out


def _item(
    first: str,
    last: str,
    nation: str,
    pair: int,
    rank: int | None,
    time: str | None,
    behind: str | None,
) -> dict[str, object]:
    """One line of a results-service results response, in its layout (the fields
    skatecalc reads; see tests/data/seed/official/api)."""
    return {
        "competitor": {"skater": {"firstName": first, "lastName": last, "country": nation}},
        "startNumber": pair,
        "startLane": "I",
        "rank": rank,
        "status": None if time is None else 0,
        "time": time,
        "timeBehind": behind,
        "laps": [],
    }


def test_results_service_final_1000m_with_leerdam_status_and_time_null() -> None:
    """The final 1000 m as the results service gives it while it is skated (Leerdam's
    ``status`` and ``time`` null), after the first three distances' listings."""
    import datetime

    from skatecalc.io.feed import Competition, read_results_service
    from skatecalc.io.listing import championship_results, parse_listing

    lines = [
        "500 meter (Women), 07.03.2024",
        "",
        "POS   NAME            AG       NAT   TIME      DIFF     RECORD",
    ]
    for pos, (name, time, diff) in enumerate(
        [
            ("Femke Kok", "37.07", ""),
            ("Miho Takagi", "37.13", "+0.060"),
            ("Jutta Leerdam", "37.41", "+0.340"),
        ],
        start=1,
    ):
        lines.append(f"{pos:<6}{name:<16}Senior   {NATIONS[name]}   {time:<10}{diff}")
    first = parse_listing("\n".join(lines) + "\n")
    service = read_results_service(
        [
            _item("Femke", "Kok", "NED", 1, 1, "1:12.450", "0.000"),
            _item("Miho", "Takagi", "JPN", 2, 2, "1:13.130", "0.680"),
            _item("Jutta", "Leerdam", "NED", 2, None, None, None),
        ],
        name="results.json",
    )
    assert [x.name for x in service.to_skate] == ["Jutta Leerdam"]
    comp = Competition(
        9, "1000m Women", "ID", 1000, "F", datetime.datetime(2024, 3, 8, 15, 0, tzinfo=datetime.UTC)
    )
    race = service.race(comp, datetime.date(2024, 3, 8))
    results = championship_results([first, race], combination=sc.Combination("x", (500, 1000)))
    p = provisional(results.classify())
    assert [(x.rank, x.name, x.state) for x in p] == [
        (1, "Femke Kok", "finished"),
        (2, "Miho Takagi", "finished"),
        (None, "Jutta Leerdam", "to skate"),
    ]
    assert (str(p["Femke Kok"].points), p.finished, p.field_size) == ("73.295", 2, 3)


def test_standings_provisional_in_dutch_and_markdown(tmp_path: Path) -> None:
    f = _file(tmp_path, Takagi="1:13.13", Kok="1:12.45")
    out = run_cli(f"skatecalc standings {f} --lang nl")[1].splitlines()
    assert out[0] == "Sprint: voorlopig, 1000 m (2) bezig: 2 van 3 binnen"
    assert out[4].endswith("111,835 (3)  1.11,40  elke tijd")
    markdown = run_cli(f"skatecalc standings {f} --format markdown")[1].splitlines()
    assert markdown[0] == "Sprint: provisional, 1000 m (2) in progress: 2 of 3 finished"
    assert markdown[-3].startswith("|     | Jutta Leerdam | NED |")
    assert "| 1:11.40 | any time |" in markdown[-3]
