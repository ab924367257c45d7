"""World Cup rules per season: tables, statuses, unknown values, user rules (issue 4, part 1)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import SkatecalcError, UnknownNameError, UnknownValueError
from skatecalc.worldcup import (
    PlaceError,
    Race,
    Rules,
    RulesError,
    Table,
    UnknownSeasonError,
    countback,
    rules,
    seasons,
)
from tests.strategies import wc_points_tables

A100 = [100, 80, 70, 60, 50, 45, 40, 36, 32, 28, 24, 21, 18, 16, 14, 12, 10, 8, 6, 5]
A60 = [60, 54, 48, 43, 40, 38, 36, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21]


def test_every_season_from_2013_14_to_2025_26_is_known() -> None:
    assert seasons() == tuple(f"{y}/{(y + 1) % 100:02d}" for y in range(2013, 2026))


@pytest.mark.parametrize("text", ["2017/18", "2017-18", "2017-2018", "2017/2018", " 2017 / 18 "])
def test_season_spellings(text: str) -> None:
    assert rules(text).season == "2017/18"
    assert rules(text).points(1) == 100
    assert rules(text).points(3, final=True) == 104


@pytest.mark.parametrize("text", ["2012/13", "2026/27"])
def test_unknown_season_names_it_and_closest(text: str) -> None:
    with pytest.raises(UnknownSeasonError, match=rf"unknown World Cup season '{text}'") as e:
        rules(text)
    assert isinstance(e.value, UnknownNameError) and isinstance(e.value, SkatecalcError)
    assert e.value.suggestions  # closest known seasons are offered


@pytest.mark.parametrize("text", ["2017/19", "17/18", "season", "2017"])
def test_malformed_season(text: str) -> None:
    with pytest.raises(UnknownSeasonError, match=repr(text)):
        rules(text)


@pytest.mark.parametrize("season", [f"{y}/{(y + 1) % 100:02d}" for y in range(2013, 2018)])
def test_division_a_up_to_2017_18(season: str) -> None:
    r = rules(season)
    assert [r.points(p) for p in range(1, 21)] == A100
    assert all(r.value(p).status == "verified" for p in range(1, 21))


@pytest.mark.parametrize("season", [f"{y}/{(y + 1) % 100:02d}" for y in range(2018, 2025)])
def test_division_a_from_2018_19_with_statuses(season: str) -> None:
    r = rules(season)
    assert [r.points(p) for p in range(1, 21)] == A60
    verified = {p for p in range(1, 21) if r.value(p).status == "verified"}
    assert verified == {1, 2, 3, 4, 5, 7, 9}
    assert {r.value(p).status for p in (6, 8, *range(10, 21))} == {"unverified"}


def test_division_a_2025_26_is_verified_from_the_official_result_pdfs() -> None:
    r = rules("2025/26")
    assert [r.points(p) for p in range(1, 21)] == A60
    assert all(r.value(p).status == "verified" for p in range(1, 21))
    assert "official result" in r.value(20).source
    assert [r.points(p, division="B") for p in (1, 2, 3, 4, 5, 20, 21)] == [
        28,
        24,
        21,
        17,
        16,
        1,
        0,
    ]
    assert [r.points(p, division="B", distance=5000) for p in (1, 4, 24, 25)] == [32, 21, 1, 0]
    assert [r.points(p, distance="mass start") for p in (20, 21, 24)] == [21, 20, 17]
    tp_b = [r.points(p, division="B", distance="team pursuit") for p in range(1, 9)]
    assert tp_b == [40, 36, 33, 29, 28, 27, 26, 25]


@pytest.mark.parametrize("season", ["2015/16", "2016/17", "2017/18"])
def test_final_bonus_2015_16_to_2017_18(season: str) -> None:
    r = rules(season)
    assert [r.points(p, final=True) for p in range(1, 8)] == [150, 120, 104, 90, 76, 45, 40]
    assert r.value(5, final=True).status == "derived"
    assert r.value(4, final=True).status == "verified"


@pytest.mark.parametrize("season", ["2018/19", "2019/20", "2021/22"])
def test_final_doubles_every_place(season: str) -> None:
    r = rules(season)
    assert [r.points(p, final=True) for p in range(1, 21)] == [2 * p for p in A60]
    assert r.value(6, final=True).status == "unverified"  # the doubled value stays unverified


@pytest.mark.parametrize("season", ["2020/21", "2022/23", "2023/24", "2024/25", "2025/26"])
def test_no_final_bonus(season: str) -> None:
    r = rules(season)
    assert [r.points(p, final=True) for p in range(1, 21)] == A60


def test_2013_14_final_places_1_to_5_third_verified_the_rest_derived() -> None:
    r = rules("2013/14")
    assert [r.points(p, final=True) for p in range(1, 6)] == [150, 120, 105, 90, 75]
    assert [r.value(p, final=True).status for p in range(1, 6)] == [
        "derived",
        "derived",
        "verified",
        "derived",
        "derived",
    ]
    assert "2011/12" in r.value(1, final=True).source
    with pytest.raises(UnknownValueError, match=r"place 6 are unknown") as e:
        r.points(6, final=True)
    assert "override(final=" in str(e.value)


def test_sablikova_3000m_erfurt_2015_430_plus_150_is_580() -> None:
    # ISU news, World Cup Final Erfurt, 22 March 2015: she led with 430, won, ended on 580.
    win = rules("2014/15").value(1, final=True)
    assert 430 + win.points == 580
    assert win.status == "verified" and "Erfurt" in win.source


def test_kodaira_500m_erfurt_2015_730_plus_90_is_820() -> None:
    # ISU news, Erfurt, 21 March 2015: 4th, "earning 90 points"; Lee 880, Kodaira 150 behind.
    fourth = rules("2014/15").value(4, final=True)
    assert 730 + fourth.points == 820 == 880 - 150 + 90
    assert fourth.status == "verified" and "Kodaira" in fourth.source


def test_2014_15_final_table_place_by_place() -> None:
    r = rules("2014/15")
    assert [r.points(p, final=True) for p in range(1, 6)] == [150, 120, 105, 90, 75]
    statuses = [r.value(p, final=True).status for p in range(1, 6)]
    assert statuses == ["verified", "derived", "derived", "verified", "derived"]
    # not the 2015/16 bonus (3rd = 104, 5th = 76)
    assert r.points(3, final=True) != rules("2015/16").points(3, final=True)


@pytest.mark.parametrize("season", ["2013/14", "2014/15"])
@pytest.mark.parametrize("place", [6, 10, 20])
def test_final_places_beyond_5_before_2015_16_stay_unknown(season: str, place: int) -> None:
    with pytest.raises(UnknownValueError, match=rf"Final {season}: the points for place {place}"):
        rules(season).points(place, final=True)


def test_unknown_final_value_cites_public_sources_and_the_argument() -> None:
    with pytest.raises(UnknownValueError) as e:
        rules("2014/15").points(6, final=True)
    message = str(e.value)
    assert "ISU news" in message and "rules.override(final=[...])" in message
    for internal in ("digest", "seed", "rules.md", "shared"):
        assert internal not in message
    supplied = rules("2014/15").override(final=[150, 120, 105, 90, 75, 45])
    assert supplied.points(6, final=True) == 45


@pytest.mark.parametrize("season", ["2013/14", "2014/15", "2017/18", "2019/20"])
def test_unknown_division_b_message_cites_the_season_sources(season: str) -> None:
    with pytest.raises(UnknownValueError) as e:
        rules(season).points(20, division="B")
    message = str(e.value)
    assert rules(season).source in message
    # the library's words name the Python call; the command line's the option
    assert "override(division_b=" in message and "--table-b" not in message
    assert "--table-b" in e.value.cli_text() and "override(" not in e.value.cli_text()
    for internal in ("digest", "seed", "rules.md", "shared"):
        assert internal not in message


def test_season_data_cites_no_internal_document() -> None:
    for season in seasons():
        r = rules(season)
        texts = [r.source, r.final.source, r.division_a.note, r.division_b.note]
        texts += [v.source for _, v in r.division_a.known() + r.division_b.known()]
        texts += [v.source for _, v in r.table(final=True).known()]
        for text in texts:
            for internal in ("digest", "seed", "rules.md", "shared"):
                assert internal not in text.lower(), (season, text)


def test_division_b_2013_14_first_four() -> None:
    r = rules("2013/14")
    assert [r.points(p, division="B") for p in range(1, 5)] == [25, 19, 15, 11]
    with pytest.raises(UnknownValueError, match="place 5 are unknown"):
        r.points(5, division="B")


@pytest.mark.parametrize("season", [s for s in seasons() if s not in ("2013/14", "2025/26")])
def test_division_b_unknown_values_raise_and_say_how_to_supply(season: str) -> None:
    with pytest.raises(UnknownValueError, match=r"Division B .*place 1 are unknown") as e:
        rules(season).points(1, division="B")
    assert "override(division_b=" in str(e.value)


@pytest.mark.parametrize("distance", [3000, 5000, 10000])
def test_2013_14_long_distances_are_unknown(distance: int) -> None:
    r = rules("2013/14")
    with pytest.raises(UnknownValueError, match=r"35, 30, 23, 19"):
        r.points(1, distance=distance)
    assert r.points(1, distance=1500) == 100
    supplied = r.override(distances={distance: [35, 30, 23, 19]})
    assert supplied.points(2, distance=distance) == 30
    assert supplied.value(2, distance=distance).source == "supplied by the user"


def test_place_beyond_the_table_names_place_and_table() -> None:
    with pytest.raises(
        PlaceError, match="place 21 is beyond the 20-place table Division A 2017/18"
    ):
        rules("2017/18").points(21)
    with pytest.raises(PlaceError, match=r"place 0 is not"):
        rules("2017/18").points(0)


def test_final_has_no_division_b() -> None:
    with pytest.raises(SkatecalcError, match="no Division B"):
        rules("2017/18").points(1, final=True, division="B")
    with pytest.raises(SkatecalcError, match="no Division B"):
        Race(final=True, division="B")
    with pytest.raises(SkatecalcError, match="'C'"):
        Race(division="C")


def test_final_field_size_is_unknown() -> None:
    with pytest.raises(UnknownValueError, match="field size"):
        rules("2019/20").final_field_size()


def test_mass_start_eras() -> None:
    old, new = rules("2017/18").mass_start, rules("2018/19").mass_start
    assert old is not None and new is not None
    assert (old.intermediate, old.final_sprint, old.status) == ((5, 3, 1), (60, 40, 20), "verified")
    assert (new.intermediate, new.final_sprint) == ((3, 2, 1), (60, 40, 20, 10, 6, 3))
    assert new.status == "unverified"
    assert rules("2017/18").value(1, distance="mass start").status == "unverified"


def test_team_events_statuses() -> None:
    assert rules("2016/17").value(1, distance="team pursuit").status == "verified"
    assert rules("2016/17").points(2, distance="team pursuit") == 80
    assert rules("2019/20").value(1, distance="team sprint").status == "unverified"


def test_every_value_has_status_and_source() -> None:
    for season in seasons():
        r = rules(season)
        for table in (r.table(), r.table(division="B"), r.table(final=True)):
            for _, v in table.known():
                assert v.status in ("verified", "derived", "unverified")
                assert v.source


def test_user_rules_and_overrides() -> None:
    r = Rules.custom("KNSB Cup", [25, 20, 16, 13], final=[50, 40], tie_break=countback)
    assert (r.points(1), r.points(4), r.points(2, final=True)) == (25, 13, 40)
    assert r.tie_break is countback
    with pytest.raises(PlaceError):
        r.points(3, final=True)
    with pytest.raises(UnknownValueError, match="Division B"):
        r.points(1, division="B")
    o = rules("2017/18").override(division_b=[23, 18], final=[200, 100], division_a=[10, 5])
    assert (o.points(1, division="B"), o.points(1, final=True), o.points(2)) == (23, 200, 5)
    assert rules("2017/18").points(1, final=True) == 150  # the registry is untouched


@pytest.mark.parametrize("bad", [[1, 2], [10, -1], [10.0, 5], "10,5", []])
def test_bad_user_tables(bad: object) -> None:
    with pytest.raises(RulesError):
        Table.of(bad)  # type: ignore[arg-type]


@given(wc_points_tables())
def test_user_table_points_never_increase_with_place(points: list[int]) -> None:
    t = Table.of(points)
    values = [t.points(p) for p in range(1, len(points) + 1)]
    assert values == points
    assert all(a >= b for a, b in itertools.pairwise(values))


@pytest.mark.parametrize("season", seasons())
@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize("division", ["A", "B"])
def test_built_in_tables_never_increase_with_place(season: str, final: bool, division: str) -> None:
    if final and division == "B":
        return
    table = rules(season).table(final=final, division=division)
    known = table.known()
    assert all(a[1].points >= b[1].points for a, b in itertools.pairwise(known))
    # and across unknown gaps, in place order
    assert [p for p, _ in known] == sorted(p for p, _ in known)


@pytest.mark.parametrize(
    ("key", "event"),
    [
        ("TP", "team pursuit"),
        ("MS", "mass start"),
        ("ms", "mass start"),
        ("mass-start", "mass start"),
        ("1000", 1000),
        ("1000m", 1000),
        (1000, 1000),
    ],
)
def test_override_distances_with_cli_alias_replaces_the_table(key: object, event: object) -> None:
    r = rules("2025/26").override(distances={key: [9, 8, 7]})  # type: ignore[dict-item]
    assert r.table(distance=event).points(1) == 9  # type: ignore[arg-type]
    assert r.table(distance=key).points(2) == 8  # type: ignore[arg-type]


def test_override_distances_with_unknown_key_names_it_and_the_accepted() -> None:
    with pytest.raises(SkatecalcError, match=r"'XX'.*mass start, team pursuit"):
        rules("2025/26").override(distances={"XX": [1]})


@given(st.sampled_from(["TP", "tp", " Team Pursuit ", "MS", "Mass Start", "1500", "1500m"]))
def test_override_distances_any_accepted_spelling_is_used(key: str) -> None:
    from skatecalc.worldcup import normalise_distance

    r = rules("2025/26").override(distances={key: [77, 1]})
    assert r.table(distance=normalise_distance(key)).points(1) == 77


def test_points_tables_2017_18_are_a_table_of_places() -> None:
    import json

    from skatecalc.columns import rows_json
    from skatecalc.tabular import render_html

    from .helpers import run_cli

    tables = rules("2017/18").points_tables()
    rows = tables.check()  # the declared columns, in order, typed
    assert rows[0] == {
        "place": 1,
        "division_a": 100,
        "division_a_status": "verified",
        "final": 150,
        "final_status": "verified",
        "division_b": None,  # no source gives the 2017/18 Division B table
        "division_b_status": None,
    }
    assert tables.names[:3] == ("1", "2", "3") and "20" in tables and "21" not in tables
    assert repr(tables) == "<PointsTables: 2017/18, 20 rows, first 1>"
    out = run_cli("skatecalc worldcup table 2017/18 --format json")[1]
    assert json.loads(out) == json.loads(tables.to_json()) and tables.to_json() == rows_json(rows)
    assert str(tables).splitlines()[0].startswith("ISU World Cup 2017/18 points")
    assert render_html(tables).startswith("<table>")
