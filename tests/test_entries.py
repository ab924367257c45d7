"""The input of a classification and published places (`skatecalc.championship.entries`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given

import skatecalc as sc
from skatecalc.errors import PlaceError, ResultsError
from skatecalc.io import championship_results, format_listing, read_listing, worldcup_cup
from skatecalc.io.listing import Event, Race

from .strategies import thousandths_fields

# --- Published places on a distance (``distance_places``): the rank on a distance follows ---


EXAMPLES = Path(sc.__file__).parent / "data" / "examples"


ONE_500 = sc.Combination("x", (500,))


@pytest.fixture(scope="module")
def slc() -> Event:
    return read_listing(EXAMPLES / "wc2025-26-1-salt-lake-city.txt")


@pytest.fixture(scope="module")
def cal() -> Event:
    return read_listing(EXAMPLES / "wc2025-26-2-calgary.txt")


def _slc_500_women_a(slc: Event) -> Race:
    (race,) = [
        r for r in slc.races_of(500, "women", "A") if r.date.day == 15
    ]  # 500 m women, 15.11.2025, Division A
    return race


def test_wojcik_and_lee_are_10th_and_11th_as_published(slc: Event) -> None:
    race = _slc_500_women_a(slc)
    wojcik, lee = race.entry("Andżelika Wójcik"), race.entry("Na-Hyeon Lee")
    # the listing: both 37.34, DIFF +0.862 and +0.863; the thousandths are not known
    # absolutely, so the times stay in hundredths
    assert (str(wojcik.time), wojcik.diff, wojcik.place) == ("37.34", 862, 10)
    assert (str(lee.time), lee.diff, lee.place) == ("37.34", 863, 11)
    table = championship_results([race], combination=ONE_500).classify()
    assert table["Andżelika Wójcik"].distance_ranks == (10,)
    assert table["Na-Hyeon Lee"].distance_ranks == (11,)
    assert "37.34 (10)" in str(table) and "37.34 (11)" in str(table)
    # points and totals use the official times: equal, sharing the rank in the table
    assert (
        table["Na-Hyeon Lee"].points == table["Andżelika Wójcik"].points == sc.points("37.34", 500)
    )
    assert table["Na-Hyeon Lee"].rank == table["Andżelika Wójcik"].rank == 10
    # without the places, the times alone cannot tell them apart
    bare = sc.classify(ONE_500, championship_results([race], combination=ONE_500).results)
    assert bare["Na-Hyeon Lee"].distance_ranks == (10,)
    row = table.to_rows()[table.names.index("Na-Hyeon Lee")]
    assert row["500 rank"] == 11


@pytest.mark.parametrize("which", ["slc", "cal"])
def test_every_distance_ranks_as_the_listing_places(which: str, slc: Event, cal: Event) -> None:
    event = slc if which == "slc" else cal
    races = [r for r in event.races if isinstance(r.distance, int)]
    assert races
    for race in races:
        assert isinstance(race.distance, int)
        comb = sc.Combination("one", (race.distance,))
        table = championship_results([race], combination=comb).classify()
        for e in race:
            assert table[e.name].distance_ranks == (e.place,), (race.title, e.name)


def test_calgary_equal_to_the_thousandth_keeps_the_listed_places(cal: Event) -> None:
    # van Elst and Bosiek: 17th and 18th on the same 1:15.42 +3.060; the places are the
    # listing's word, and they agree with the times (equal times, consecutive places)
    (race,) = [
        r
        for r in cal.races
        if {"Isabelle van Elst", "Karolina Bosiek"} <= set(r.names)
        and r.entry("Isabelle van Elst").place == 17
    ]
    assert isinstance(race.distance, int)
    comb = sc.Combination("one", (race.distance,))
    table = championship_results([race], combination=comb).classify()
    assert table["Isabelle van Elst"].distance_ranks == (17,)
    assert table["Karolina Bosiek"].distance_ranks == (18,)


def test_sprint_from_a_listing_and_on_the_command_line(slc: Event, tmp_path: Path) -> None:
    race = _slc_500_women_a(slc)
    path = tmp_path / "d1.txt"
    path.write_text(format_listing(race), encoding="utf-8")
    table = championship_results([race], combination="sprint").classify()
    assert table["Na-Hyeon Lee"].distance_ranks == (11,)
    out = subprocess.run(
        [sys.executable, "-m", "skatecalc", "standings", str(path), "--combination", "sprint"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = {line.split("  ")[1].strip(): line for line in out.splitlines()[2:]}
    assert "37.34 (10)" in lines["Andżelika Wójcik"]
    assert "37.34 (11)" in lines["Na-Hyeon Lee"]


def test_worldcup_scores_them_by_their_places(slc: Event) -> None:
    cup = worldcup_cup([slc], 500, "women", division="A")
    race = next(r.name for r in cup.races if r.name.endswith("15.11.2025"))
    st = cup.standings()
    assert st["Andżelika Wójcik"].points_in(race) == 31  # 10th
    assert st["Na-Hyeon Lee"].points_in(race) == 30  # 11th


def _competition_ranks(values: dict[str, int]) -> dict[str, int]:
    ordered = sorted(values.values())
    return {n: ordered.index(v) + 1 for n, v in values.items()}


@given(thousandths_fields())
def test_places_rank_as_the_thousandths_would(field: dict[str, list[int | str]]) -> None:
    comb = sc.Combination("x", (500, 1000))
    exact = {
        n: [v if isinstance(v, str) else sc.RaceTime(v, 3) for v in row] for n, row in field.items()
    }
    official = {
        n: [v if isinstance(v, str) else sc.RaceTime(v // 10 * 10, 2) for v in row]
        for n, row in field.items()
    }
    places = [
        _competition_ranks(
            {n: row[i] for n, row in field.items() if len(row) > i and isinstance(row[i], int)}
        )
        for i in range(2)
    ]
    truth = sc.classify(comb, exact, after=2, rank_disqualified=True)
    table = sc.classify(comb, official, after=2, rank_disqualified=True, distance_places=places)
    for s in table:
        t = truth[s.name]
        assert s.distance_ranks == t.distance_ranks
        # points, totals and the classification use the official times: unchanged
        assert (s.distance_thousandths, s.total_thousandths, s.rank) == (
            t.distance_thousandths,
            t.total_thousandths,
            t.rank,
        )
    assert table.names == truth.names


FIELD = {"A": ["37.34", "1:14.00"], "B": ["37.34", "1:14.50"], "C": ["37.35", "DQ"]}


@pytest.mark.parametrize(
    ("places", "error", "match"),
    [
        ([{"A": 1, "B": 3, "C": 2}], ResultsError, r"'C' has place 2 on the 500 m, ahead of 'B'"),
        ([{"A": 1, "B": 1, "C": 1}], ResultsError, r"'B' and 'C' share place 1 on the 500 m"),
        ([None, {"A": 2, "B": 1}], ResultsError, r"'B' has place 1 on the 1000 m, ahead of 'A'"),
        ([None, {"A": 1, "B": 2, "C": 3}], ResultsError, r"'C' has place 3 .* no time \(DQ\)"),
        ([{"A": 1, "B": 2}], ResultsError, r"'C' has a time on the 500 m \(37.35\) but no place"),
        ([{"A": 1, "B": 2, "c": 3}], ResultsError, r"'C' has a time on the 500 m .* no place"),
        ([{"A": 1, 2: 2, "C": 3}], ResultsError, r"2 is not a skater's name"),
        ([{"A": 0, "B": 2, "C": 3}], PlaceError, r"place of 'A' is 0"),
        ([{"A": True, "B": 2, "C": 3}], PlaceError, r"place of 'A' is True"),
        ([{"A": "1", "B": 2, "C": 3}], PlaceError, r"place of 'A' is '1'"),
        ([{}, None, None], ResultsError, r"distance_places has 3 distances but x has 2"),
        ("1,2,3", ResultsError, r"must be a list"),
        ([[("A", 1)]], ResultsError, r"must map skaters to places"),
    ],
)
def test_places_that_contradict_the_results_are_refused(
    places: object, error: type[Exception], match: str
) -> None:
    comb = sc.Combination("x", (500, 1000))
    with pytest.raises(error, match=match):
        sc.classify(comb, FIELD, distance_places=places)  # type: ignore[arg-type]


def test_thousandths_given_on_both_sides_must_agree_too() -> None:
    field = {"A": ["37.342"], "B": ["37.341"], "C": ["37.34"]}
    with pytest.raises(ResultsError, match=r"'A' has place 1 .* ahead of 'B' \(place 2\)"):
        sc.classify(ONE_500, field, distance_places=[{"A": 1, "B": 2, "C": 3}])
    # C's thousandth is unknown: any place among the 37.34s agrees with the times
    table = sc.classify(ONE_500, field, distance_places=[{"B": 1, "C": 2, "A": 3}])
    assert [table[n].distance_ranks for n in "BCA"] == [(1,), (2,), (3,)]


def test_places_rank_within_the_table_and_leave_other_distances_alone() -> None:
    # places from a bigger race (10th and 11th) rank the skaters of the table among
    # themselves; a distance without places ranks by the times
    field = {"A": ["37.34", "1:14.50"], "B": ["37.34", "1:14.00"]}
    table = sc.classify("sprint", field, distance_places=[{"B": 10, "A": 11}])
    assert table["B"].distance_ranks == (1, 1)
    assert table["A"].distance_ranks == (2, 2)
    assert sc.classify("sprint", field, distance_places=[None, None])["A"].distance_ranks == (1, 2)
    # the places of the whole race may name skaters who are not in the table
    whole = {"Z": 1, "B": 10, "A": 11, "Y": 12}
    assert sc.classify("sprint", field, distance_places=[whole])["A"].distance_ranks == (2, 2)


_TRIALS = (
    "500 meter (Men), 27.12.2025\n\n"
    "POS   NAME      AG       NAT   TIME    DIFF\n"
    "1     Winner    Neo      NED   34.00\n"
    "2     Carl      Neo      NED   34.41   +0.412\n"
    "3     Anton     Senior   NED   34.41   +0.412\n\n"
    "500 meter (Men), 28.12.2025\n\n"
    "POS   NAME      AG       NAT   TIME    DIFF\n"
    "1     Other     Senior   NED   34.20\n"
    "2     Anton     Neo      NED   34.50   +0.300\n"
)


def test_trials_split_equal_times_of_one_race_by_its_places() -> None:
    from skatecalc.io import parse_listing, trials_results

    # Carl and Anton: equal to the thousandth, yet 2nd and 3rd in the listing (as van Elst
    # and Bosiek in Calgary): the order is the listing's, as for a distance skated once
    order = trials_results([parse_listing(_TRIALS, "okt.txt")], "men")[500]
    assert order == ("Winner", "Other", "Carl", "Anton")
    shared = parse_listing(_TRIALS.replace("3     Anton     Senior", "      Anton     Senior"))
    with pytest.raises(ResultsError, match=r"Carl and Anton both have 34\.41"):
        trials_results([shared], "men")
