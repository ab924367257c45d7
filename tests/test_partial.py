"""Skaters who stop before the end: cuts after any distance, DNS/WDR ranked below those who
went further, DQ unranked by default (issue 11); DNF ranked like DNS/WDR (issue 16).

Published reference: European Allround Championships 2012, Budapest, published
classification: 24 men skated the 1500 m, the four who did not are places 25-28 by their
total after two distances, below the 24 who skated three, who are below the 12 who skated
the 10000 m. Sample: Simen Spieler Nilsen 38.17, 7:08.04 -> 80.974, place 25; Tommi Pulli
37.14, 7:24.50 -> 81.590, place 26.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import Cut, FinalQualification, RaceTime, Status

from .strategies import TIME_RANGE

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


# --- properties ----------------------------------------------------------------------------

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


# --- qualifier lists are methods of the rule objects (issue 9, part 1) -----------------------


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
