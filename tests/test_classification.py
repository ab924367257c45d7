"""classify(): ranks, ties, statuses, final-distance qualification, gaps, bad input."""

from __future__ import annotations

import decimal
import itertools
import random
import time
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import (
    ALLROUND_WOMEN,
    SPRINT,
    Combination,
    Cut,
    Fill,
    FinalQualification,
    GoalError,
    InvalidRuleError,
    RaceTime,
    ResultsError,
    SkatecalcError,
    SprintCut,
    Status,
    classify,
    required_time,
)
from skatecalc.championship.standings import gap_seconds
from skatecalc.championship.targets import board
from skatecalc.notation import name_key
from skatecalc.samalog import format_gap, format_points

from .strategies import TIME_RANGE

WSC = {
    "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    "Femke Kok": ["37.07", "1:14.35", "37.07"],
    "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
}


def test_contract() -> None:
    table = sc.classify(sc.SPRINT, WSC)
    assert table[0].name == "Miho Takagi" and table[0].rank == 1
    assert table[0].points == Decimal("110.980")
    assert table["Femke Kok"].points == Decimal("111.315")
    assert table.next_distance == 1000
    assert table.after == 3
    assert table.gap_seconds("Femke Kok") == Decimal("0.67")
    assert table.gap_seconds("Femke Kok", to="Miho Takagi", distance=1000) == Decimal("0.67")
    assert table.gap_points("Jutta Leerdam", to="Femke Kok") == Decimal("0.520")


def test_str_prints_points_and_gap() -> None:
    text = str(sc.classify(sc.SPRINT, WSC))
    lines = text.splitlines()
    assert lines[0] == "Sprint: standings after 3 of 4 distances"
    assert "110.980" in lines[2] and lines[2].split()[1:3] == ["Miho", "Takagi"]
    assert lines[3].endswith("0.67") and lines[4].endswith("1.71")
    nl = sc.classify(sc.SPRINT, WSC).format("nl")
    assert "110,980" in nl and "1.13,32" in nl and nl.splitlines()[2].count("0,67") == 0


def test_after_and_per_distance_data() -> None:
    table = sc.classify(sc.SPRINT, WSC, after=2)
    assert table.next_distance == 500
    kok = table["Femke Kok"]
    assert kok.distance_points == (Decimal("37.070"), Decimal("37.175"))
    assert kok.distance_ranks == (1, 3)
    assert kok.points == Decimal("74.245")
    assert table.names[0] == "Miho Takagi"  # 73.790


def test_equal_totals_share_a_rank_unless_a_tie_break_is_given() -> None:
    results = {"A": ["37.00", "1:14.00"], "B": ["37.50", "1:13.00"], "C": ["38.00", "1:14.00"]}
    table = sc.classify(sc.SPRINT, results)
    assert [(s.name, s.rank) for s in table] == [("A", 1), ("B", 1), ("C", 3)]
    broken = sc.classify(sc.SPRINT, results, tie_break=sc.last_distance_time)
    assert [(s.name, s.rank) for s in broken] == [("B", 1), ("A", 2), ("C", 3)]


def test_statuses_are_listed_unranked_below_everyone() -> None:
    table = sc.classify(
        sc.SPRINT,
        {"A": ["37.00", "DQ", "37.00"], "B": ["38.00", "1:16.00", "38.00"], "C": ["DNS"]},
    )
    assert [(s.name, s.rank, s.status) for s in table] == [
        ("B", 1, None),
        ("A", None, Status.DQ),
        ("C", None, Status.DNS),
    ]
    assert table["A"].points is None
    with pytest.raises(sc.ResultsError, match="'A' has no total"):
        table.gap_seconds("A")


def test_a_fall_is_not_a_status() -> None:
    table = sc.classify(sc.SPRINT, {"Faller": ["45.00"], "B": ["38.00"]})
    assert table["Faller"].rank == 2


def test_live_results_on_the_next_distance_are_kept() -> None:
    table = sc.classify(sc.SPRINT, {**WSC, "Femke Kok": [*WSC["Femke Kok"], "1:13.00"]})
    assert table.after == 3
    assert table["Femke Kok"].results[3] == RaceTime.parse("1:13.00")
    complete = sc.classify(sc.SPRINT, {n: [*r, "1:14.00"] for n, r in WSC.items()})
    assert complete.after == 4 and complete.next_distance is None
    assert complete.gap_seconds("Femke Kok") == Decimal("0.67")  # on the last distance


def _allround(n: int) -> dict[str, list[str]]:
    """n skaters; skater i is i-th on the 500 m and 1500 m but (n-i)-th on the 5000 m."""
    results = {}
    for i in range(n):
        results[f"S{i + 1:02d}"] = [
            f"{36 + i}.00",
            f"{6 + i // 60}:{(10 + n - i) % 60:02d}.00",
            f"1:{45 + i}.00",
        ]
    return results


def test_allround_final_qualification_and_non_finalists() -> None:
    results = _allround(12)
    before = sc.classify(sc.ALLROUND_MEN, results)
    assert before.after == 3 and before.qualifiers is not None
    assert len(before.qualifiers) == 8
    # everyone in both top-8 lists qualifies
    by_total = before.names[:8]
    long = sorted(results, key=lambda n: RaceTime.parse(results[n][1]))[:8]
    assert set(by_total) & set(long) <= set(before.qualifiers)
    # skate the 10000 m with the qualifiers only
    finals = {n: [*r, "13:00.00"] if n in before.qualifiers else r for n, r in results.items()}
    after = sc.classify(sc.ALLROUND_MEN, finals)
    assert after.after == 4
    assert [s.finalist for s in after] == [True] * 8 + [False] * 4
    assert [s.rank for s in after] == list(range(1, 13))
    assert not after.notes
    # the non-finalists keep their three-distance totals
    for s in after[8:]:
        assert s.points == before[s.name].points


def test_fill_rules_are_parameters() -> None:
    results = _allround(12)
    chosen = {
        fill: sc.classify(
            sc.Combination("x", sc.ALLROUND_MEN.distances, final=FinalQualification(fill=fill)),
            results,
        ).qualifiers
        for fill in Fill
    }
    assert all(q is not None and len(q) == 8 for q in chosen.values())
    classification_only = sc.classify(
        sc.Combination(
            "x", sc.ALLROUND_MEN.distances, final=FinalQualification(fill=Fill.CLASSIFICATION)
        ),
        results,
    )
    assert set(classification_only.names[:8]) == set(chosen[Fill.CLASSIFICATION] or ())


def test_skaters_on_the_last_distance_other_than_the_rule_are_noted() -> None:
    results = _allround(10)
    before = sc.classify(sc.ALLROUND_MEN, results)
    outsider = next(n for n in results if n not in (before.qualifiers or ()))
    skated = [*list(before.qualifiers or ())[:7], outsider]  # a reserve replaced one
    table = sc.classify(
        sc.ALLROUND_MEN, {n: [*r, "13:00.00"] if n in skated else r for n, r in results.items()}
    )
    assert table.after == 4
    assert table.notes and outsider in table.notes[0]
    assert "note:" in str(table)


def test_sprint_cut_is_optional() -> None:
    cut = sc.Combination("sprint-cut", (500, 1000, 500, 1000), final=sc.SprintCut(size=2))
    table = sc.classify(cut, WSC)
    assert table.qualifiers == ("Miho Takagi", "Femke Kok")


# --- bad input -----------------------------------------------------------------------------


def test_more_results_than_distances() -> None:
    with pytest.raises(sc.ResultsError, match=r"'A' has 5 results but Sprint has 4"):
        sc.classify(sc.SPRINT, {"A": ["37.00"] * 5})


def test_duplicate_skater() -> None:
    with pytest.raises(sc.DuplicateError, match="'Femke Kok' appears twice"):
        sc.classify(sc.SPRINT, [("Femke Kok", ["37.07"]), ("Femke Kok", ["37.10"])])
    with pytest.raises(sc.DuplicateError, match="also as 'Femke Kok'"):
        sc.classify(sc.SPRINT, [("Femke Kok", ["37.07"]), ("femke  kok", ["37.10"])])


def test_malformed_time_names_skater_and_distance() -> None:
    with pytest.raises(sc.InvalidTimeError, match=r"'1:7x\.10'.*\(A, first 1000 m\)"):
        sc.classify(sc.SPRINT, {"A": ["37.00", "1:7x.10"]})


def test_float_in_results_is_refused() -> None:
    with pytest.raises(sc.InvalidTimeError, match="float"):
        sc.classify(sc.SPRINT, {"A": [37.13]})  # type: ignore[list-item]


def test_unknown_status_in_results() -> None:
    with pytest.raises(sc.UnknownStatusError, match="'FELL'"):
        sc.classify(sc.SPRINT, {"A": ["FELL"]})


def test_unknown_skater_names_the_closest() -> None:
    table = sc.classify(sc.SPRINT, WSC)
    with pytest.raises(sc.UnknownNameError, match=r"'Femke Kook'.*closest known: 'Femke Kok'"):
        table.gap_seconds("Femke Kook")
    with pytest.raises(KeyError):
        table["Takagi"]


def test_missing_result_with_explicit_after() -> None:
    with pytest.raises(
        sc.ResultsError, match=r"'B' has no result on the first 1000 m \(distance 2\)"
    ):
        sc.classify(sc.SPRINT, {"A": ["37.00", "1:14.00"], "B": ["37.00"]}, after=2)


def test_bad_after() -> None:
    with pytest.raises(sc.ResultsError, match="after=5"):
        sc.classify(sc.SPRINT, WSC, after=5)


def test_unknown_combination() -> None:
    with pytest.raises(sc.UnknownCombinationError, match=r"'quad'.*sprint"):
        sc.classify("quad", WSC)


# --- properties ----------------------------------------------------------------------------

sprint_field = st.dictionaries(
    st.text("ABCDEFGHIJ", min_size=1, max_size=3),
    st.tuples(*(st.integers(*TIME_RANGE[d]) for d in sc.SPRINT.distances)),
    min_size=1,
    max_size=12,
)


@given(sprint_field, st.randoms(use_true_random=False))
def test_standings_do_not_depend_on_input_order(
    field: dict[str, tuple[int, ...]], rnd: random.Random
) -> None:
    results = {n: [RaceTime.from_hundredths(h) for h in hs] for n, hs in field.items()}
    names = list(results)
    rnd.shuffle(names)
    shuffled = [(n, results[n]) for n in names]
    a, b = sc.classify(sc.SPRINT, results), sc.classify(sc.SPRINT, shuffled)
    assert [(s.name, s.rank, s.points) for s in a] == [(s.name, s.rank, s.points) for s in b]


@given(sprint_field)
def test_total_is_the_sum_of_its_distances_and_ranks_follow_totals(
    field: dict[str, tuple[int, ...]],
) -> None:
    results = {n: [RaceTime.from_hundredths(h) for h in hs] for n, hs in field.items()}
    table = sc.classify(sc.SPRINT, results)
    for s in table:
        assert s.points == sum((p for p in s.distance_points if p is not None), Decimal(0))
        assert s.points == sum(
            (sc.points(t, d) for t, d in zip(results[s.name], sc.SPRINT.distances, strict=True)),
            Decimal(0),
        )
    totals = [s.points for s in table]
    assert totals == sorted(totals)  # type: ignore[type-var]
    for a, b in itertools.pairwise(table):
        assert (a.rank == b.rank) == (a.points == b.points)


# --- displayed gap: rounded up (issue 11) ---------------------------------------------------

WAC2022 = {"Irene Schouten": ["39.24", "3:58.00"], "Miho Takagi": ["38.31", "4:02.73"]}


def test_gap_schouten_takagi_wac2022_exact_0_423_shown_0_43() -> None:
    # ANP press table, World Allround Championships 2022 after two distances
    table = sc.classify(sc.ALLROUND_WOMEN, WAC2022)
    assert table.next_distance == 1500
    assert table.gap_seconds("Irene Schouten") == Decimal("0.423")  # exact value kept
    assert sc.format_gap(table.gap_seconds("Irene Schouten")) == "0.43"
    row = table.to_rows()[1]  # typed since issue 9: the gap as printed, a Decimal
    assert row["name"] == "Irene Schouten" and row["gap"] == Decimal("0.43")
    assert table.to_text_rows()[1]["gap"] == "0.43"
    assert table.to_text_rows("nl")[1]["gap"] == "0,43"
    with pytest.raises(TypeError):  # to_rows(lang), deprecated since 0.2, is removed
        table.to_rows("nl")  # type: ignore[misc]
    assert str(table).splitlines()[-1].endswith(" 0.43")
    assert table.to_rows(gap_rounding=decimal.ROUND_HALF_UP)[1]["gap"] == Decimal("0.42")
    assert table.to_text_rows(gap_rounding=decimal.ROUND_HALF_UP)[1]["gap"] == "0.42"
    assert table.format(gap_rounding=decimal.ROUND_HALF_UP).splitlines()[-1].endswith(" 0.42")


def test_gap_4_734_shown_4_74_and_whole_hundredths_unchanged() -> None:
    assert sc.format_gap(Decimal("4.734")) == "4.74"
    assert sc.format_gap(Decimal("0.67")) == "0.67"  # Kok, WSC 2024
    assert sc.format_gap(Decimal("0.423"), "nl") == "0,43"
    assert sc.format_gap(Decimal("0.423"), rounding=decimal.ROUND_HALF_UP) == "0.42"
    assert sc.format_gap(Decimal("-0.001"), rounding=decimal.ROUND_HALF_UP) == "0.00"


def test_gap_4_734_in_a_table_is_4_74_in_every_rendering() -> None:
    # a skater 1.578 points behind Takagi after the 500 and 3000 m: 4.734 s on the 1500 m
    table = sc.classify(sc.ALLROUND_WOMEN, {**WAC2022, "Third": ["40.00", "4:02.06"]})
    assert table.gap_seconds("Third") == Decimal("4.734")  # exact value kept
    assert table.to_rows()[2]["gap"] == Decimal("4.74")
    assert table.to_text_rows("nl")[2]["gap"] == "4,74"
    assert str(table).splitlines()[-1].endswith(" 4.74")
    assert table.format("nl").splitlines()[-1].endswith(" 4,74")
    assert ">4.74</td>" in table._repr_html_() and ">0.43</td>" in table._repr_html_()


def test_one_gap_rounding_for_library_and_text() -> None:
    from skatecalc.samalog import round_gap
    from skatecalc.text import format_gap as text_format_gap

    for value in ("0.423", "4.734", "1.005", "0.67", "0"):
        d = Decimal(value)
        assert sc.format_gap(d) == text_format_gap(d) == f"{round_gap(d):f}"


@given(st.integers(0, 10**9))
def test_displayed_gap_never_less_than_exact_and_less_than_a_hundredth_more(
    thousandths: int,
) -> None:
    exact = Decimal(thousandths).scaleb(-3)
    shown = Decimal(sc.format_gap(exact))
    assert exact <= shown < exact + Decimal("0.01")
    if thousandths % 10 == 0:
        assert shown == exact


@given(sprint_field, st.sampled_from([1500, 3000]))
def test_table_gap_is_the_exact_gap_rounded_up(
    field: dict[str, tuple[int, ...]], distance: int
) -> None:
    comb = sc.Combination("x", (500, 1000, distance))
    results = {n: [RaceTime.from_hundredths(h) for h in hs[:2]] for n, hs in field.items()}
    table = sc.classify(comb, results)
    for s, row in zip(table, table.to_rows(), strict=True):
        if s.rank == 1:
            continue
        exact = table.gap_seconds(s.name)
        shown = Decimal(str(row["gap"]))
        assert exact <= shown < exact + Decimal("0.01")


def test_gap_rounding_up_is_refused_with_its_name() -> None:
    table = sc.classify(sc.SPRINT, {"A": ["37.00"]})  # no gap to round: still checked
    with pytest.raises(sc.InvalidRuleError, match="gap_rounding 'up' is not a decimal rounding"):
        table.format(gap_rounding="up")


# --- one vocabulary (issue 9, part 2) --------------------------------------------------------

WSC2024 = {
    "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    "Femke Kok": ["37.07", "1:14.35", "37.07"],
    "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
}


def _wsc() -> sc.Standings:
    return sc.classify(sc.SPRINT, WSC2024, nations={"Femke Kok": "NED", "Miho Takagi": "JPN"})


def test_standings_speak_the_table_vocabulary() -> None:
    table = _wsc()
    assert len(table) == 3 and [s.name for s in table] == list(table.names)
    assert table.names == ("Miho Takagi", "Femke Kok", "Jutta Leerdam")
    assert table[0].name == "Miho Takagi" and table[-1].name == "Jutta Leerdam"
    assert [s.rank for s in table[1:]] == [2, 3]
    assert table["Femke Kok"].points == Decimal("111.315")
    assert "Femke Kok" in table and "Ireen Wüst" not in table and table[1] in table
    assert repr(table) == "<Standings: Sprint after 3 of 4 distances, 3 rows, leader Miho Takagi>"
    html = table._repr_html_()
    assert html.startswith("<table>") and '<td style="text-align:left">Femke Kok</td>' in html
    assert isinstance(table, Sequence)


def test_get_is_dict_like_and_the_raising_lookup_is_table_name() -> None:
    table = _wsc()
    assert table.get("Femke Kok") is table[1]
    assert table.get("Femke Kook") is None and table.get("Femke Kook", "-") == "-"
    assert table.get(5) is None  # type: ignore[call-overload]  # not a name: not there
    with pytest.raises(sc.UnknownNameError, match="closest known: 'Femke Kok'"):
        table["Femke Kook"]
    with pytest.raises(KeyError):  # an UnknownNameError is also a KeyError
        table["Femke Kook"]
    with pytest.raises(sc.UnknownNameError, match="closest known: 'Femke Kok'"):
        table.gap_seconds("Femke Kook")


def test_standings_str_is_the_press_text_in_both_languages() -> None:
    from skatecalc.tabular import render_text

    table = _wsc()
    assert str(table) == table.format() == render_text(table, "en")
    assert table.format("nl") == render_text(table, "nl") == render_text(table, "Dutch")
    assert str(table).splitlines() == [
        "Sprint: standings after 3 of 4 distances",
        "#  Name           Nat    500 (1)     1000 (1)    500 (2)   Points  Gap 1000",
        "1  Miho Takagi    JPN  37.13 (2)  1:13.32 (1)  37.19 (2)  110.980",
        "2  Femke Kok      NED  37.07 (1)  1:14.35 (3)  37.07 (1)  111.315      0.67",
        "3  Jutta Leerdam       37.41 (3)  1:13.71 (2)  37.57 (3)  111.835      1.71",
    ]
    assert table.format("nl").splitlines()[2] == (
        "1  Miho Takagi    JPN   37,13 (2)  1.13,32 (1)  37,19 (2)  110,980"
    )


def test_to_rows_are_typed_with_per_distance_points_and_ranks() -> None:
    from skatecalc.tabular import check_rows

    table = sc.classify(
        sc.SPRINT, {**WSC2024, "A": ["37.50", "DQ"], "B": ["37.60", "1:15.00", "DNS"]}
    )
    rows = check_rows(table.to_rows())
    assert [list(r) for r in rows] == [list(rows[0])] * len(rows)  # the same columns
    kok = rows[1]
    assert kok == {
        "rank": 2,
        "name": "Femke Kok",
        "nation": None,
        "500 (1)": RaceTime.parse("37.07"),
        "500 (1) points": Decimal("37.070"),
        "500 (1) rank": 1,
        "1000 (1)": RaceTime.parse("1:14.35"),
        "1000 (1) points": Decimal("37.175"),
        "1000 (1) rank": 3,
        "500 (2)": RaceTime.parse("37.07"),
        "500 (2) points": Decimal("37.070"),
        "500 (2) rank": 1,
        "points": Decimal("111.315"),
        "status": None,
        "completed": 3,
        "finalist": True,
        "gap": Decimal("0.67"),
        "gap_exact": Decimal("0.67"),  # a column since the CLI's rows are to_rows()
    }
    b, a = rows[3], rows[4]
    assert (b["name"], b["rank"], b["500 (2)"], b["status"], b["completed"]) == (
        "B",
        4,
        "DNS",
        "DNS",
        2,
    )
    assert (b["finalist"], b["gap"], b["500 (2) points"]) == (False, None, None)
    assert (a["name"], a["rank"], a["1000 (1)"], a["points"]) == ("A", None, "DQ", None)
    for row in rows:
        assert not any(isinstance(v, float) for v in row.values())


def test_to_text_rows_are_the_cells_as_printed() -> None:
    rows = _wsc().to_text_rows("nl")
    assert rows[1] == {
        "rank": 2,
        "name": "Femke Kok",
        "nation": "NED",
        "500 (1)": "37,07",
        "1000 (1)": "1.14,35",
        "500 (2)": "37,07",
        "points": "111,315",
        "status": None,
        "gap": "0,67",
    }
    with pytest.raises(TypeError):  # to_rows(lang) is removed: to_text_rows(lang) gives text
        _wsc().to_rows("en")  # type: ignore[misc]
    with pytest.raises(sc.InvalidRuleError, match="unknown language 'xx'"):
        _wsc().to_text_rows("xx")  # type: ignore[arg-type]


def test_standing_keeps_integer_thousandths_and_makes_decimals_on_access() -> None:
    kok = _wsc()["Femke Kok"]
    assert kok.distance_thousandths == (37070, 37175, 37070)
    assert kok.total_thousandths == 111315
    assert kok.distance_points == (Decimal("37.070"), Decimal("37.175"), Decimal("37.070"))
    assert kok.points == Decimal("111.315")


# --- one house: modules and the public names ----------------------------------------------


def test_public_names_are_the_championship_objects() -> None:
    from skatecalc.championship import classification, combinations, qualification, standings

    assert classification.classify is sc.classify
    assert standings.Standings is sc.Standings and standings.gap_seconds is sc.gap_seconds
    assert combinations.SPRINT is sc.SPRINT and qualification.Cut is sc.Cut
    assert callable(sc.combinations)  # the function: no module of the package has its name
    assert sc.combinations() == combinations.combinations()


# --- the fast path equals the reference definitions (issue 10, part 2) ----------------------


@st.composite
def _fields(draw: st.DrawFn) -> tuple[sc.Combination, dict[str, list[object]]]:
    """Any combination of 1-4 ISU distances (sometimes a cut or a final rule), 0-10 skaters,
    results as text or RaceTime (tenths to thousandths), statuses and gaps anywhere."""
    distances = tuple(
        draw(st.lists(st.sampled_from([500, 1000, 1500, 3000, 5000]), min_size=1, max_size=4))
    )
    n = len(distances)
    final = None
    cuts: tuple[sc.Cut, ...] = ()
    if n >= 2 and draw(st.booleans()):
        final = draw(
            st.sampled_from([FinalQualification(size=2, long_index=0), sc.SprintCut(size=2)])
        )
    if n >= 3 and draw(st.booleans()):
        cuts = (sc.Cut(after=1, size=3),)
    comb = sc.Combination("x", distances, final=final, cuts=cuts)
    results: dict[str, list[object]] = {}
    for i in range(draw(st.integers(0, 10))):
        row: list[object] = []
        for d in distances[: draw(st.integers(0, n))]:
            kind = draw(st.integers(0, 19))
            if kind == 0:
                row.append(draw(st.sampled_from(["DQ", "DNF", "DNS", "WDR"])))
            elif kind == 1:
                row.append(None)
            else:
                low = TIME_RANGE[d][0]
                t = RaceTime.from_thousandths(
                    draw(st.integers(low, low + 300)) * 10 + draw(st.integers(0, 9))
                )
                row.append(t if draw(st.booleans()) else str(t))
        results[f"S{i}"] = row
    return comb, results


def _reference_after(
    comb: sc.Combination, results: dict[str, list[object]], rounding: sc.Rounding
) -> int:
    """The number of complete distances as first defined: a pass over the skaters still in
    the race per distance (a status takes a skater out; a restricted distance is complete
    once as many have a result on it as its rule admits)."""
    parsed = {
        n: [sc.parse_result(v) for v in r] + [None] * (len(comb.distances) - len(r))  # type: ignore[arg-type]
        for n, r in results.items()
    }
    alive = list(parsed)
    after = 0
    for index in range(len(comb.distances)):
        if index:
            alive = [n for n in alive if not isinstance(parsed[n][index - 1], Status)]
        if not alive:
            break
        done = [n for n in alive if parsed[n][index] is not None]
        rule = comb.restriction(index)
        if rule is not None:
            totals = {}
            for n, r in parsed.items():
                if all(isinstance(x, RaceTime) for x in r[:index]):
                    totals[n] = sum(
                        sc.points(x, d, rounding=rounding).scaleb(3)  # type: ignore[arg-type]
                        for x, d in zip(r[:index], comb.distances, strict=False)
                    )
            long_times = {}
            if isinstance(rule, FinalQualification):
                long_times = {
                    n: parsed[n][rule.long_index].thousandths  # type: ignore[union-attr]
                    for n in totals
                }
            chosen = rule.qualifiers({n: int(v) for n, v in totals.items()}, long_times)
            if not done or len(done) < len(chosen):
                break
            alive = done
        elif len(done) < len(alive):
            break
        after = index + 1
    return after


@given(_fields(), st.sampled_from(list(sc.Rounding)))
def test_fast_classify_equals_points_per_distance_summed(
    field: tuple[sc.Combination, dict[str, list[object]]], rounding: sc.Rounding
) -> None:
    comb, results = field
    try:
        table = sc.classify(comb, results, rounding=rounding)  # type: ignore[arg-type]
    except sc.ResultsError as exc:
        assert "has no result on the" in str(exc)  # a gap before the counted distances end
        return
    assert table.after == _reference_after(comb, results, rounding)
    for s in table:
        for i, p in enumerate(s.distance_points):
            r = s.results[i]
            if p is not None:
                assert isinstance(r, RaceTime)
                assert p == sc.points(r, comb.distances[i], rounding=rounding)
        if s.points is not None:
            counted = s.results[: s.completed]
            assert s.points == sum(
                (
                    sc.points(r, d, rounding=rounding)
                    for r, d in zip(counted, comb.distances, strict=False)
                ),  # type: ignore[arg-type]
                Decimal(0),
            )
    ranked = [s for s in table if s.rank is not None]
    keys = [(-s.completed, s.points, s.name) for s in ranked]
    assert keys == sorted(keys)  # type: ignore[type-var]
    for a, b in itertools.pairwise(ranked):
        assert (a.rank == b.rank) == ((a.completed, a.points) == (b.completed, b.points))
    # the same results given as RaceTime values or as text make the same table
    as_text = {n: [str(v) if isinstance(v, RaceTime) else v for v in r] for n, r in results.items()}
    again = sc.classify(comb, as_text, rounding=rounding)  # type: ignore[arg-type]
    assert list(again) == list(table) and str(again) == str(table)


def test_format_with_a_gap_rounding_loads_the_renderer_first() -> None:
    """In a fresh interpreter (renderers not loaded yet) ``format(gap_rounding=...)`` works:
    the renderer module is loaded before the keyword is passed on."""
    import subprocess
    import sys

    code = (
        "import decimal, skatecalc as sc\n"
        "r = {'S': ['39.24', '3:58.00'], 'T': ['38.31', '4:02.73']}\n"
        "t = sc.classify(sc.ALLROUND_WOMEN, r)\n"
        "print(t.format('nl', gap_rounding=decimal.ROUND_HALF_UP).splitlines()[-1])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith(" 0,42")


def test_standings_survive_pickle_and_copy_after_a_lookup() -> None:
    import copy
    import pickle

    table = _wsc()
    assert table["Femke Kok"].rank == 2  # the name index is built
    for clone in (pickle.loads(pickle.dumps(table)), copy.deepcopy(table), copy.copy(table)):
        assert list(clone) == list(table) and str(clone) == str(table)
        assert clone["Femke Kok"] == table["Femke Kok"]
    standing = table[0]
    assert pickle.loads(pickle.dumps(standing)) == standing
    assert hash(copy.copy(standing)) == hash(standing)


def test_classify_skaters_with_equal_time_texts_share_one_race_time() -> None:
    """Each distinct result text is read once per call (issue 20: no object per time at
    10^5 skaters); a RaceTime is immutable, so sharing it changes no value."""
    table = sc.classify(sc.SPRINT, {"A": ["37.07", "1:14.35"], "B": ["37.07", "1:14.350"]})
    a, b = table["A"], table["B"]
    assert a.results[0] is b.results[0]
    assert a.results[1] == b.results[1] and b.results[1].precision == 3  # other text
    assert a.points == b.points == Decimal("74.245")


# --- the table made when read equals the plain construction (issue 20) ----------------------


def _plain_standings(
    comb: sc.Combination,
    results: dict[str, list[object]],
    table: sc.Standings,
    rounding: sc.Rounding,
    stops: set[Status],
) -> sc.Standings:
    """The table built the plain way, a `Standing` per skater from the rules: ranked below
    those who went further, by the total over the distances completed in a row; unranked
    lines show every counted time; the place on a distance among every time on it."""
    after, distances = table.after, comb.distances
    parsed = {
        name_key(n): [sc.parse_result(v) for v in r]  # type: ignore[arg-type]
        + [None] * (len(distances) - len(r))
        for n, r in results.items()
    }

    def points(r: object, k: int) -> int | None:
        return (
            int(sc.points(r, distances[k], rounding=rounding).scaleb(3))
            if isinstance(r, RaceTime)
            else None
        )  # type: ignore[arg-type]

    def place(r: object, k: int) -> int | None:
        if not isinstance(r, RaceTime):
            return None
        others = [x[k] for x in parsed.values() if isinstance(x[k], RaceTime)]
        return 1 + sum(o.thousandths < r.thousandths for o in others)  # type: ignore[union-attr]

    ranked, unranked = [], []
    for name, rs in parsed.items():
        upto = next((k for k in range(after) if not isinstance(rs[k], RaceTime)), after)
        status = rs[upto] if upto < after and isinstance(rs[upto], Status) else None
        if upto == after or (upto > 0 and (status is None or status in stops)):
            shown, pts = upto, [points(rs[k], k) for k in range(upto)]
            total: int | None = sum(p for p in pts if p is not None)
        else:
            shown, pts, total = after, [points(rs[k], k) for k in range(after)], None
        line = sc.Standing(
            name,
            None,
            None,
            tuple(rs),
            tuple(pts) + (None,) * (after - shown),
            tuple(place(rs[k], k) for k in range(shown)) + (None,) * (after - shown),
            total,
            status,  # type: ignore[arg-type]
            total is None or upto == after,
        )
        key = (-upto, sum(p for p in pts if p is not None), name)
        (ranked if total is not None else unranked).append((key, line))
    ranked.sort(key=lambda q: q[0])
    unranked.sort(key=lambda q: q[0])
    lines = []
    for key, line in ranked:  # competition ranks: the first position on equal totals
        first = next(i for i, (k, _) in enumerate(ranked, start=1) if k[:2] == key[:2])
        lines.append(sc.Standing(**{**attrs.asdict(line, recurse=False), "rank": first}))
    lines += [line for _, line in unranked]
    return sc.Standings(comb, after, tuple(lines), rounding, table.qualifiers, table.notes)


@st.composite
def _stopping_fields(draw: st.DrawFn) -> tuple[sc.Combination, dict[str, list[object]]]:
    """Sprint fields where skaters often stop (a status or nothing) and times often tie."""
    times = {500: ["37.07", "37.070", "37.2", "38.115"], 1000: ["1:14.35", "1:15.00", "1:14.351"]}
    cells = st.sampled_from(["DQ", "DNF", "DNS", "WDR", None])
    results: dict[str, list[object]] = {}
    for i in range(draw(st.integers(0, 8))):
        length = draw(st.integers(0, 4))
        results[f"S{i}"] = [
            draw(
                st.one_of(st.sampled_from(times[d]), cells)
                if draw(st.booleans())
                else st.sampled_from(times[d])
            )
            for d in sc.SPRINT.distances[:length]
        ]
    return sc.SPRINT, results


@given(
    st.one_of(_fields(), _stopping_fields()),
    st.sampled_from(list(sc.Rounding)),
    st.booleans(),
    st.booleans(),
    st.randoms(use_true_random=False),
)
def test_table_made_when_read_equals_the_plain_construction(
    field: tuple[sc.Combination, dict[str, list[object]]],
    rounding: sc.Rounding,
    rank_withdrawn: bool,
    rank_disqualified: bool,
    rnd: random.Random,
) -> None:
    """classify keeps its lines as columns and makes each Standing when read: read in any
    order (by position, by name, backwards, all at once) it is the plain table, a
    Standing per skater built from the rules, and prints and exports the same."""
    comb, results = field
    options = {"rank_withdrawn": rank_withdrawn, "rank_disqualified": rank_disqualified}
    try:
        table = sc.classify(comb, results, rounding=rounding, **options)  # type: ignore[arg-type]
    except sc.ResultsError:
        return
    stops = {Status.DNS, Status.WDR, Status.DNF} if rank_withdrawn else set()
    if rank_disqualified:
        stops.add(Status.DQ)
    plain = _plain_standings(comb, results, table, rounding, stops)
    n = len(plain)
    assert len(table) == n and table.names == plain.names
    reads = list(range(-n, n)) + list(plain.names)
    rnd.shuffle(reads)
    for key in reads:  # made when read, in any order; the same object when read again
        assert table[key] == plain[key] and table[key] is table[key]
        assert table.get(plain[key].name) is table[key] and plain[key] in table
    assert list(reversed(table)) == list(reversed(plain)) and table[1:] == plain[1:]
    assert list(table) == list(plain) and table.entries == plain.entries
    assert str(table) == str(plain) and table.format("nl") == plain.format("nl")
    assert table.to_rows() == plain.to_rows() and table.shown_gaps() == plain.shown_gaps()
    fresh = sc.classify(comb, results, rounding=rounding, **options)  # type: ignore[arg-type]
    for _ in range(2):  # printed and exported with no row kept, then with some kept
        assert fresh.to_rows() == plain.to_rows() and str(fresh) == str(plain)
        assert fresh.format("nl") == plain.format("nl")
        assert fresh.to_text_rows() == plain.to_text_rows()
        assert fresh.shown_gaps() == plain.shown_gaps()
        if n:
            assert fresh[rnd.randrange(n)] in plain
    assert fresh.entries == plain.entries and fresh.to_rows() == plain.to_rows()


# --- the wrong answer: reserves who skated the restricted last distance -----------------


RESERVE_COMB = Combination("x", (500, 3000, 1500, 5000), final=FinalQualification(size=2))


def _reserve_results() -> dict[str, list[str]]:
    return {
        "A": ["38.00", "4:00.00", "2:00.00"],
        "B": ["38.10", "4:01.00", "2:00.50", "7:30.00"],
        "C": ["38.20", "4:02.00", "2:01.00", "7:00.00"],  # reserve: not in the top 2
    }


def test_reserve_c_who_skated_7_00_00_counts_for_rank_1() -> None:
    """The issue's reproducer: A's time for rank 1 must pass C, not only B."""
    results = _reserve_results()
    table = classify(RESERVE_COMB, results, after=3)
    assert table.qualifiers == ("A", "B")  # C is a reserve
    need = required_time(table, "A", rank=1)
    assert need.opponent == "C" and str(need.time) == "7:08.65"  # was 7:34.31 (passing B)
    assert need.finished == ("C", "B")
    results["A"].append(str(need.time))
    assert classify(RESERVE_COMB, results, after=4)[0].name == "A"
    results["A"][-1] = str(need.next_slower)  # level on points with C: rank 1 is shared
    ranks = {s.name: s.rank for s in classify(RESERVE_COMB, results, after=4)}
    assert ranks["A"] == ranks["C"] == 1


def test_reserve_c_beat_c_is_a_time_not_already_reached() -> None:
    table = classify(RESERVE_COMB, _reserve_results(), after=3)
    need = required_time(table, "A", beat="C")
    assert str(need.time) == "7:08.65" and need.opponent_time == sc.RaceTime.parse("7:00.00")
    b = board(table)
    assert b.finished[0][0] == "C" and len(b.finished) == 2
    assert str(b.lines[0].lead.time) == "7:08.65"


def test_allround_women_9_skaters_reserve_on_the_5000() -> None:
    """Built-in ALLROUND_WOMEN, 9 skaters: 8 qualify, the 9th (a reserve) skates the 5000 m
    fastest; every goal counts her."""
    field = {
        f"S{i}": [f"{38 + i}.00", f"4:{i:02d}.00", f"2:{i:02d}.00"] for i in range(9)
    }  # S8 is last on both lists: the reserve
    before = classify(ALLROUND_WOMEN, field)
    assert before.qualifiers is not None and "S8" not in before.qualifiers
    field["S8"] = [*field["S8"], "5:50.00"]  # 165.000 after four distances
    field["S1"] = [*field["S1"], "7:40.00"]  # 165.500
    table = classify(ALLROUND_WOMEN, field, after=3)
    with pytest.raises(GoalError):  # unchanged: a skater not qualified cannot be asked
        required_time(table, "S8", rank=1)
    need = required_time(table, "S0", beat="S8")  # was "goal already reached"
    assert need.time is not None
    rank1 = required_time(table, "S0", rank=1)
    assert rank1.opponent == "S8" and rank1.time == need.time
    for t, s8_rank in ((need.time, 2), (need.next_slower, 1)):  # 0.01 s slower: S8 not behind
        assert t is not None
        done = classify(ALLROUND_WOMEN, {**field, "S0": [*field["S0"], str(t)]}, after=4)
        assert done["S0"].rank == 1 and done["S8"].rank == s8_rank
    assert "S8" in {name for name, _ in board(table).finished}
    assert required_time(table, "S0", rank=2).opponent == "S1"


# --- API misuse is refused where it is made ---------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda: SprintCut(size=-3),
        lambda: SprintCut(0),
        lambda: SprintCut(size=True),
        lambda: FinalQualification(size="8"),  # type: ignore[arg-type]
        lambda: FinalQualification(size=0),
        lambda: FinalQualification(long_index=-1),
        lambda: FinalQualification(fill="best-rank"),  # type: ignore[arg-type]
        lambda: Combination("x", (500, 3000, 1500, 5000), final=FinalQualification(long_index=10)),
        lambda: Combination("x", (500, 3000), final=FinalQualification(long_index=1)),
        lambda: Combination("x", (500,), final=SprintCut()),
        lambda: Combination("x", (500, 1000), final="top8"),  # type: ignore[arg-type]
        lambda: Combination("", (500, 1000)),
    ],
    ids=[
        "SprintCut(size=-3)",
        "SprintCut(0)",
        "SprintCut(size=True)",
        "FinalQualification(size='8')",
        "FinalQualification(size=0)",
        "FinalQualification(long_index=-1)",
        "FinalQualification(fill='best-rank')",
        "FinalQualification(long_index=10)",
        "long_index on the last distance",
        "restricted single distance",
        "final='top8'",
        "empty name",
    ],
)
def test_rule_misuse_is_an_invalid_rule_error(build: object) -> None:
    assert callable(build)
    with pytest.raises(InvalidRuleError):
        build()


def test_sprint_cut_size_minus_3_message_names_the_value() -> None:
    with pytest.raises(InvalidRuleError, match=r"size=-3 must be a whole number from 1"):
        SprintCut(size=-3)
    with pytest.raises(InvalidRuleError, match=r"long_index=10 must name a distance before"):
        Combination("x", (500, 3000, 1500, 5000), final=FinalQualification(long_index=10))


def test_standings_format_xx() -> None:
    table = classify(SPRINT, {"A": ["37.00"]})
    for call in (lambda: table.format("xx"), lambda: table.to_text_rows("xx")):  # type: ignore[arg-type]
        with pytest.raises(InvalidRuleError, match="unknown language 'xx'"):
            call()
    need = required_time(classify(SPRINT, {"A": ["37.00"], "B": ["37.10"]}), "B", beat="A")
    with pytest.raises(InvalidRuleError, match="unknown language 'de'"):
        need.explain("de")  # type: ignore[arg-type]
    with pytest.raises(InvalidRuleError, match="unknown language 'de'"):
        board(classify(SPRINT, {"A": ["37.00"]})).format("de")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", ["1.0", 1.0, 1, None, Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity")]
)
def test_format_gap_of_a_non_decimal(value: object) -> None:
    with pytest.raises(InvalidRuleError, match="is not a finite Decimal"):
        format_gap(value)  # type: ignore[arg-type]
    with pytest.raises(InvalidRuleError, match="is not a finite Decimal"):
        format_points(value)  # type: ignore[arg-type]


def test_format_gap_1e_plus_999999_and_bad_places() -> None:
    with pytest.raises(InvalidRuleError, match="out of range"):
        format_gap(Decimal("1E+999999"))
    with pytest.raises(InvalidRuleError, match="places=-1"):
        format_gap(Decimal("1.0"), places=-1)
    # rounding up is the default since issue 11: a positive gap below a hundredth shows 0.01
    assert format_gap(Decimal("1E-9999999")) == "0.01"
    assert format_gap(Decimal("1E-9999999"), rounding=ROUND_HALF_UP) == "0.00"


@pytest.mark.parametrize("nations", [{"A": 5}, {"A": None}, ["A"], {0: ""}])
def test_nations_a_5(nations: object) -> None:
    with pytest.raises(ResultsError, match="nation"):
        classify(SPRINT, {"A": ["37.00"]}, nations=nations)  # type: ignore[arg-type]


# --- gap_seconds: points values ---------------------------------------------------------


@pytest.mark.parametrize(
    "points, reference, distance",
    [
        ("sNaN", "2", 500),
        ("NaN", "2", 500),
        ("Infinity", "2", 500),
        ("1e-9999999", "1E+999999", 1000),
        ("1E+999990", "0", 1000),
        (Decimal("sNaN"), "2", 500),
        (Decimal("1E+999990"), "0", 1000),
        (Decimal("1E-9999999"), "0", 1000),
        ("1_0.5", "0", 500),
        ("５９５.１８９", "0", 500),
        ("٣٧.١٣", "0", 500),
        ("110.9805", "110.980", 500),
        ("1000000000", "0", 500),
        ("9" * 5000, "0", 500),
        (10**9, 0, 500),
        (1.5, "0", 500),
        (True, "0", 500),
        ("1", "2", 99999989),
        ("1", "2", 0),
    ],
)
def test_gap_seconds_refuses_at_once(points: object, reference: object, distance: int) -> None:
    start = time.perf_counter()
    with pytest.raises(SkatecalcError):
        gap_seconds(points, reference, distance)  # type: ignore[arg-type]
    assert time.perf_counter() - start < 0.5


def test_gap_seconds_accepts_points_as_published() -> None:
    assert gap_seconds("111.315", "110.980", 1000) == Decimal("0.67")
    assert gap_seconds("111,315", " 110.98 ", 1000) == Decimal("0.67")
    assert gap_seconds(Decimal("111.3150"), Decimal("110.98"), 1500) == Decimal("1.005")
    assert gap_seconds(111, "110.5", 500) == Decimal("0.50")
    assert gap_seconds("-0.335", "0", 1000) == Decimal("-0.67")


# --- messages that say what is wrong ----------------------------------------------------


def test_no_result_on_the_first_1000_m() -> None:
    with pytest.raises(ResultsError, match=r"no result on the first 1000 m \(distance 2\)"):
        classify(SPRINT, {"A": ["37.00", "1:14.00"], "B": ["37.00"]}, after=2)
    with pytest.raises(SkatecalcError, match=r"\(A, second 500 m\)"):
        classify(SPRINT, {"A": ["37.00", "1:14.00", "3x.00"]})
    assert SPRINT.distance_name(2) == "second 500 m"
    assert SPRINT.label(2) == "500 (2)"  # column labels unchanged


def test_empty_field_board_says_there_are_no_skaters() -> None:
    empty = board(classify(SPRINT, {}))
    assert "no skaters in the race" in str(empty) and "everyone has skated" not in str(empty)
    assert "geen schaatsers" in empty.format("nl")
    out = board(classify(SPRINT, {"A": ["DQ"]}))
    assert "no skaters in the race" in str(out)
    assert "no skaters: the table has no results" in str(classify(SPRINT, {}))


def test_board_shows_the_notes_of_a_later_distance() -> None:
    table = classify(SPRINT, {"A": ["37.00", "1:14.00"], "B": ["37.10", "1:14.10"]})
    b = board(table, distance=1000)
    assert b.notes and "note: the totals are those after 2 distances" in str(b)


# --- Skaters who stop before the end: cuts after any distance, DNS/WDR ranked below those ---


EC2012 = sc.Combination(
    "ec-2012-men",
    (500, 5000, 1500, 10000),
    cuts=(Cut(after=2, size=24),),
    final=FinalQualification(size=12),
    source="European Allround Championships 2012, Budapest, published classification",
    status="derived",
)


NILSEN, PULLI = "Simen Spieler Nilsen", "Tommi Pulli"


STOPPED = {NILSEN: ["38.17", "7:08.04"], PULLI: ["37.14", "7:24.50"]}


def _field(skated_1500: int = 24, skated_10000: int = 12) -> dict[str, list[str]]:
    """24 skaters, each better than the next on every distance (all ahead of the two
    samples after two distances), the first ``skated_1500`` with a 1500 m and the first
    ``skated_10000`` with a 10000 m."""
    field: dict[str, list[str]] = {}
    for i in range(24):
        row = [f"{36 + i // 20}.{(i * 5) % 100:02d}", f"6:{30 + i}.00"]
        if i < skated_1500:
            row.append(str(RaceTime.from_hundredths(11000 + 20 * i)))
        if i < skated_10000:
            row.append(f"13:{20 + i}.00")
        field[f"Skater {i + 1:02d}"] = row
    return field


def test_ec2012_spieler_nilsen_place_25_pulli_place_26() -> None:
    table = sc.classify(EC2012, {**_field(), **STOPPED})
    assert table.after == 4 and not table.notes
    nilsen, pulli = table[NILSEN], table[PULLI]
    assert (nilsen.points, nilsen.rank, pulli.points, pulli.rank) == (
        Decimal("80.974"),
        25,
        Decimal("81.590"),
        26,
    )
    assert table.names[24:] == (NILSEN, PULLI)
    assert [s.completed for s in table] == [4] * 12 + [3] * 12 + [2] * 2
    assert [s.rank for s in table] == list(range(1, 27))
    assert [s.finalist for s in table] == [True] * 12 + [False] * 14
    assert nilsen.distance_points == (Decimal("38.170"), Decimal("42.804"), None, None)
    assert nilsen.status is None and nilsen.distance_ranks[2:] == (None, None)
    assert "ranked below those who went further" in str(table)


def test_ec2012_the_four_rank_below_even_with_a_better_total() -> None:
    # Pulli's 81.590 after two is far above any three-distance total: still place 26
    table = sc.classify(EC2012, {**_field(), **STOPPED})
    three = [s for s in table if s.completed == 3]
    assert all(s.points is not None and s.points > Decimal("81.590") for s in three)
    assert max(s.rank or 0 for s in three) < (table[PULLI].rank or 0)


def test_ec2012_live_on_the_1500_keeps_two_distances() -> None:
    table = sc.classify(EC2012, {**_field(skated_1500=10, skated_10000=0), **STOPPED})
    assert table.after == 2 and table.next_distance == 1500
    assert table.qualifiers is not None and len(table.qualifiers) == 24
    assert NILSEN not in table.qualifiers and PULLI not in table.qualifiers
    assert table[NILSEN].rank == 25 and table[NILSEN].finalist  # all went equally far yet
    done = sc.classify(EC2012, {**_field(skated_10000=0), **STOPPED})
    assert done.after == 3 and done.next_distance == 10000
    assert (done[NILSEN].rank, done[PULLI].rank) == (25, 26)
    assert done.qualifiers is not None and len(done.qualifiers) == 12


def test_ec2012_board_and_required_time_see_only_the_admitted() -> None:
    table = sc.classify(EC2012, {**_field(skated_10000=0), **STOPPED})
    need = sc.required_time(table, "Skater 02", beat="Skater 01")
    assert need.time is None or isinstance(need.time, RaceTime)
    assert NILSEN not in sc.board(table).names


def test_dns_on_the_1500_ranks_below_without_a_cut() -> None:
    comb = sc.Combination("x", (500, 5000, 1500, 10000), final=FinalQualification(size=12))
    results = {**_field(), NILSEN: [*STOPPED[NILSEN], "DNS"], PULLI: [*STOPPED[PULLI], "WDR"]}
    table = sc.classify(comb, results)
    assert table.after == 4
    assert (table[NILSEN].rank, table[NILSEN].points, table[NILSEN].status) == (
        25,
        Decimal("80.974"),
        Status.DNS,
    )
    assert (table[PULLI].rank, table[PULLI].status) == (26, Status.WDR)
    off = sc.classify(comb, results, rank_withdrawn=False)
    assert off[NILSEN].rank is None and off[PULLI].rank is None
    assert off.names[-2:] == (NILSEN, PULLI)


def test_dq_on_the_1500_stays_unranked_unless_asked() -> None:
    results = {**_field(), NILSEN: [*STOPPED[NILSEN], "DQ"], PULLI: [*STOPPED[PULLI], "DNF"]}
    table = sc.classify(EC2012, results)
    assert table[NILSEN].rank is None and table[NILSEN].points is None
    assert table[NILSEN].status is Status.DQ
    assert (table[PULLI].rank, table[PULLI].status) == (25, Status.DNF)  # DNF ranking
    ranked = sc.classify(EC2012, results, rank_disqualified=True)
    assert (ranked[NILSEN].rank, ranked[PULLI].rank) == (25, 26)
    assert ranked[PULLI].points == Decimal("81.590")


def test_a_skater_with_no_distance_completed_is_unranked() -> None:
    results: dict[str, list[str | None]] = {"A": ["37.00", "1:14.00"], "B": ["DNS", None]}
    table = sc.classify(sc.SPRINT, results)
    assert [(s.name, s.rank, s.status) for s in table] == [
        ("A", 1, None),
        ("B", None, Status.DNS),
    ]


def test_a_time_after_a_dns_is_not_counted_and_noted() -> None:
    table = sc.classify(
        sc.SPRINT, {"A": ["37.00", "1:14.00", "37.10"], "B": ["37.50", "DNS", "37.00"]}
    )
    assert table["B"].points == Decimal("37.500") and table["B"].rank == 2
    assert "B: the time on the second 500 m is not counted" in table.notes[0]


def test_missing_1500_without_a_cut_names_the_ways_out() -> None:
    comb = sc.Combination("x", (500, 5000, 1500, 10000))
    with pytest.raises(sc.ResultsError, match=r"has no result on the 1500 m.*DNS.*Cut after 2"):
        sc.classify(comb, {**_field(skated_10000=0), **STOPPED}, after=3)


def test_sprint_cut_is_a_cut_before_the_last_distance() -> None:
    cut = sc.SprintCut(size=2)
    assert isinstance(cut, Cut) and cut.after is None and cut.status == "unverified"
    comb = sc.Combination("sprint-cut", (500, 1000, 500, 1000), final=cut)
    assert comb.restriction(3) is cut and comb.restrictions == ((3, cut),)
    same = sc.Combination("sprint-cut", (500, 1000, 500, 1000), final=Cut(after=3, size=2))
    results = {
        "A": ["37.00", "1:14.00", "37.00", "1:14.00"],
        "B": ["37.10", "1:14.10", "37.10", "1:14.10"],
        "C": ["37.20", "1:14.20", "37.20"],
    }
    a, b = sc.classify(comb, results), sc.classify(same, results)
    assert [(s.name, s.rank, s.points) for s in a] == [(s.name, s.rank, s.points) for s in b]
    assert a.after == 4 and a["C"].rank == 3 and not a["C"].finalist
    assert "(ranked below the finalists: not qualified for the last distance)" in str(a)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Cut(after=0), "after=0"),
        (lambda: Cut(after=True), "after=True"),
        (lambda: Cut(after=2, size=0), "size=0"),
        (lambda: sc.Combination("x", (500, 1000), cuts=(Cut(after=2),)), "cuts come after 1 to 1"),
        (
            lambda: sc.Combination("x", (500, 1000, 1500), cuts=(Cut(after=2), Cut(after=1))),
            "in skating order",
        ),
        (lambda: sc.Combination("x", (500, 1000, 1500), cuts=(Cut(after=None),)), "Cut"),
        (
            lambda: sc.Combination(
                "x", (500, 1000, 1500), cuts=(Cut(after=2),), final=FinalQualification(long_index=0)
            ),
            "both a cut and final",
        ),
        (lambda: sc.Combination("x", (500, 1000, 1500), final=Cut(after=1)), "after=None"),
        (lambda: sc.Combination("x", (500, 1000), cuts="24"), "must be a tuple of Cut"),
    ],
)
def test_bad_cuts_are_refused_with_their_value(build: object, message: str) -> None:
    with pytest.raises(sc.InvalidRuleError, match=message):
        build()  # type: ignore[operator]


def test_bad_flags_are_refused() -> None:
    with pytest.raises(sc.InvalidRuleError, match="rank_withdrawn='yes'"):
        sc.classify(sc.SPRINT, {}, rank_withdrawn="yes")  # type: ignore[arg-type]


def test_cuts_given_as_a_list_become_a_tuple() -> None:
    comb = sc.Combination("x", (500, 1000, 1500), cuts=[Cut(after=1, size=1)])
    assert comb.cuts == (Cut(after=1, size=1),)


_times = st.tuples(*(st.integers(*TIME_RANGE[d]) for d in sc.SPRINT.distances))


_skater = st.tuples(_times, st.integers(1, 4), st.sampled_from(["DNS", "WDR"]))


def _row(times: tuple[int, ...], completed: int, stop: str) -> list[RaceTime | str | None]:
    row: list[RaceTime | str | None] = [RaceTime.from_hundredths(h) for h in times[:completed]]
    if completed < 4:
        row += [stop] + [None] * (3 - completed)
    return row


@given(
    st.dictionaries(st.text("ABCDEFGH", min_size=1, max_size=3), _skater, max_size=10),
    _times,
    st.integers(1, 3),
    st.sampled_from(["DNS", "WDR"]),
)
def test_adding_a_skater_who_stopped_earlier_never_changes_those_who_went_further(
    field: dict[str, tuple[tuple[int, ...], int, str]],
    times: tuple[int, ...],
    completed: int,
    stop: str,
) -> None:
    results = {name: _row(*skater) for name, skater in field.items()}
    before = sc.classify(sc.SPRINT, results, after=4)
    after = sc.classify(sc.SPRINT, {**results, "newcomer": _row(times, completed, stop)}, after=4)
    further = [(s.name, s.rank, s.points) for s in before if s.completed > completed]
    assert [(s.name, s.rank, s.points) for s in after if s.completed > completed] == further
    newcomer = after["newcomer"]
    assert newcomer.completed == completed and newcomer.rank is not None
    assert all(newcomer.rank > (rank or 0) for _, rank, _ in further)


@given(st.dictionaries(st.text("ABCDEFGH", min_size=1, max_size=3), _skater, max_size=10))
def test_ranked_by_distances_completed_then_total(
    field: dict[str, tuple[tuple[int, ...], int, str]],
) -> None:
    table = sc.classify(sc.SPRINT, {n: _row(*s) for n, s in field.items()}, after=4)
    keys = [(-s.completed, s.points or Decimal(0)) for s in table]
    assert all(s.points is not None for s in table)
    assert keys == sorted(keys)
    for s in table:
        assert s.completed == field[s.name][1]
        assert s.finalist == (s.completed == 4)


@given(
    st.dictionaries(st.text("ABCDEFGH", min_size=1, max_size=3), _skater, max_size=10),
    st.integers(1, 6),
    st.randoms(use_true_random=False),
)
def test_a_cut_after_two_admits_the_best_and_ranks_the_rest_below(
    field: dict[str, tuple[tuple[int, ...], int, str]], size: int, rnd: random.Random
) -> None:
    comb = sc.Combination("cut", sc.SPRINT.distances, cuts=(Cut(after=2, size=size),))
    two = {n: [RaceTime.from_hundredths(h) for h in s[0][:2]] for n, s in field.items()}
    admitted = sc.classify(comb, two).qualifiers or ()
    results = {
        n: [*r, *([RaceTime.from_hundredths(field[n][0][2])] if n in admitted else [])]
        for n, r in two.items()
    }
    names = list(results)
    rnd.shuffle(names)
    table = sc.classify(comb, [(n, results[n]) for n in names])
    again = sc.classify(comb, results)
    assert [(s.name, s.rank, s.points) for s in table] == [
        (s.name, s.rank, s.points) for s in again
    ]
    if not field:
        return
    assert table.after == 3 and not table.notes
    assert {s.name for s in table if s.completed == 3} == set(admitted)
    for s in table:
        assert s.rank is not None
        assert s.points == sum((p for p in s.distance_points if p is not None), Decimal(0))
        if s.completed == 2:
            assert all((s.rank or 0) > (o.rank or 0) for o in table if o.completed == 3)


def test_ec2012_cut_qualifiers_from_the_rule_alone() -> None:
    """The cut works out its list from the totals after two distances, with no classify:
    the 24 best skate the 1500 m, Nilsen and Pulli are out."""
    table = sc.classify(EC2012, {**_field(0, 0), **STOPPED}, after=2)
    totals = {s.name: s.total_thousandths for s in table if s.total_thousandths is not None}
    cut = EC2012.restriction(2)
    assert isinstance(cut, Cut)
    chosen = cut.qualifiers(totals)  # type: ignore[arg-type]
    assert len(chosen) == 24 and NILSEN not in chosen and PULLI not in chosen
    assert chosen == table.qualifiers


def test_a_cut_admits_everyone_tied_with_the_last_place() -> None:
    cut = Cut(after=1, size=2)
    assert cut.qualifiers({"A": 37000, "B": 37100, "C": 37100, "D": 37200}) == ("A", "B", "C")
    assert cut.qualifiers({}) == ()
    assert sc.SprintCut(size=5).qualifiers({"A": 1, "B": 2}) == ("A", "B")


@given(st.data())
def test_the_rule_qualifiers_equal_the_tables_list(data: st.DataObject) -> None:
    """Before the restricted last distance, ``table.qualifiers`` is what the rule's own
    ``qualifiers`` method gives for the table's totals and long-distance times."""
    from .strategies import restricted_fields

    comb, results = data.draw(restricted_fields())
    n = len(comb.distances)
    table = sc.classify(comb, results, after=n - 1)
    rule = comb.restriction(n - 1)
    assert rule is not None and table.qualifiers is not None
    totals = {
        s.name: s.total_thousandths
        for s in table
        if s.finalist and s.rank is not None and s.total_thousandths is not None
    }
    long_times: dict[str, int] = {}
    if isinstance(rule, FinalQualification):
        for s in table:
            r = s.results[rule.long_index]
            if s.name in totals and isinstance(r, RaceTime):
                long_times[s.name] = r.thousandths
    order = {name: i for i, name in enumerate(results)}  # the rule sees input order
    totals = dict(sorted(totals.items(), key=lambda kv: order[kv[0]]))
    assert rule.qualifiers(totals, long_times) == table.qualifiers


_any_stop = st.sampled_from(["DNS", "WDR", "DQ", "DNF"])


_any_skater = st.tuples(_times, st.integers(1, 4), _any_stop)


@given(
    st.dictionaries(st.text("ABCDEFGH", min_size=1, max_size=3), _any_skater, max_size=10),
    _times,
    st.integers(1, 3),
    _any_stop,
    st.booleans(),
    st.booleans(),
)
def test_adding_a_skater_who_stopped_earlier_whatever_the_status_and_flags(
    field: dict[str, tuple[tuple[int, ...], int, str]],
    times: tuple[int, ...],
    completed: int,
    stop: str,
    rank_withdrawn: bool,
    rank_disqualified: bool,
) -> None:
    """The property of issue 11 under both parameters and every status: the order, ranks
    and totals of the skaters who went further than the newcomer never change; the newcomer
    is ranked (below all of them) exactly when its status is one the flags rank."""
    flags = {"rank_withdrawn": rank_withdrawn, "rank_disqualified": rank_disqualified}
    results = {name: _row(*skater) for name, skater in field.items()}
    before = sc.classify(sc.SPRINT, results, after=4, **flags)
    newcomer_row = _row(times, completed, stop)
    after = sc.classify(sc.SPRINT, {**results, "newcomer": newcomer_row}, after=4, **flags)

    def further(table: sc.Standings) -> list[tuple[str, int | None, Decimal | None]]:
        return [(s.name, s.rank, s.points) for s in table if s.completed > completed]

    assert further(after) == further(before)
    newcomer = after["newcomer"]
    ranked = (stop in ("DNS", "WDR", "DNF") and rank_withdrawn) or (
        stop == "DQ" and rank_disqualified
    )
    assert (newcomer.rank is not None) == ranked
    if ranked:
        assert all((newcomer.rank or 0) > (r or 0) for _, r, _ in further(after))


# World Sprint Championships 2026: Janno Botman started all four distances and fell in the
# final 1000 m (DNF); the published classification ranks him 25th, below every finisher.
# Here the same shape: a skater who leads after three distances and does not finish the
# last one.
_FINAL_1000_DNF = {
    "Finisher A": ["35.00", "1:09.00", "35.00", "1:09.00"],
    "Finisher B": ["35.10", "1:09.50", "35.10", "1:09.50"],
    "Janno Botman": ["34.50", "1:08.50", "34.50", "DNF"],
    "Disqualified": ["35.20", "1:09.80", "35.20", "DQ"],
}


def test_janno_botman_dnf_in_the_final_1000_is_ranked_below_every_finisher() -> None:
    table = sc.classify(sc.SPRINT, _FINAL_1000_DNF)
    rows = [(s.name, s.rank, s.completed, s.finalist, s.status) for s in table]
    assert rows == [
        ("Finisher A", 1, 4, True, None),
        ("Finisher B", 2, 4, True, None),
        ("Janno Botman", 3, 3, False, Status.DNF),
        ("Disqualified", None, 3, True, Status.DQ),
    ]
    assert table["Janno Botman"].points == Decimal("103.250")
    older = sc.classify(sc.SPRINT, _FINAL_1000_DNF, rank_withdrawn=False)
    assert older["Janno Botman"].rank is None
    asked = sc.classify(sc.SPRINT, _FINAL_1000_DNF, rank_disqualified=True)
    assert asked["Disqualified"].rank == 4


@given(
    st.lists(st.integers(3300, 4000), min_size=4, max_size=4),
    st.lists(st.integers(3300, 4000), min_size=4, max_size=8),
    st.integers(1, 3),
)
def test_a_dnf_is_ranked_below_every_finisher_by_its_distances_completed(
    finisher_500s: list[int], stopper_500s: list[int], completed: int
) -> None:
    def t(thousandths: int, distance: int) -> str:
        return str(sc.RaceTime.from_thousandths(thousandths * (distance // 500)))

    finishers = {
        f"F{i}": [t(v, 500), t(v, 1000), t(v, 500), t(v, 1000)] for i, v in enumerate(finisher_500s)
    }
    stoppers = {}
    for i, v in enumerate(stopper_500s):
        done = 1 + (completed + i) % 3
        row: list[str | None] = [t(v, d) for d in sc.SPRINT.distances[:done]]
        stoppers[f"S{i}"] = [*row, "DNF"]
    table = sc.classify(sc.SPRINT, {**finishers, **stoppers}, after=4)
    worst_finisher = max(table[n].rank or 0 for n in finishers)
    ranked_stoppers = [table[n] for n in stoppers]
    assert all(s.rank is not None and s.rank > worst_finisher for s in ranked_stoppers)
    # more distances completed first, then lower points
    order = sorted(ranked_stoppers, key=lambda s: (-s.completed, s.total_thousandths or 0))
    assert [s.rank for s in order] == sorted(s.rank or 0 for s in ranked_stoppers)
