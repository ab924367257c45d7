"""classify(): ranks, ties, statuses, final-distance qualification, gaps, bad input."""

from __future__ import annotations

import decimal
import itertools
import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import Fill, FinalQualification, RaceTime, Status

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
    row = table.to_rows()[1]
    assert row["name"] == "Irene Schouten" and row["gap"] == "0.43"
    assert table.to_rows("nl")[1]["gap"] == "0,43"
    assert str(table).splitlines()[-1].endswith(" 0.43")
    assert table.to_rows(gap_rounding=decimal.ROUND_HALF_UP)[1]["gap"] == "0.42"
    assert table.format(gap_rounding=decimal.ROUND_HALF_UP).splitlines()[-1].endswith(" 0.42")


def test_gap_4_734_shown_4_74_and_whole_hundredths_unchanged() -> None:
    assert sc.format_gap(Decimal("4.734")) == "4.74"
    assert sc.format_gap(Decimal("0.67")) == "0.67"  # Kok, WSC 2024
    assert sc.format_gap(Decimal("0.423"), "nl") == "0,43"
    assert sc.format_gap(Decimal("0.423"), rounding=decimal.ROUND_HALF_UP) == "0.42"
    assert sc.format_gap(Decimal("-0.001"), rounding=decimal.ROUND_HALF_UP) == "0.00"


def test_one_gap_rounding_for_library_and_text() -> None:
    from skatecalc.points import round_gap
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
