"""Required times and the time-to-beat board: the seed, worked cases, words, bad input."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

import skatecalc as sc
from skatecalc import (
    ALLROUND_MEN,
    ALLROUND_WOMEN,
    SPRINT,
    Combination,
    FinalQualification,
    GoalError,
    InvalidDistanceError,
    InvalidRuleError,
    RaceTime,
    Rounding,
    SkatecalcError,
    Standings,
    UnknownNameError,
    classify,
)
from skatecalc.championship.standings import gap_seconds
from skatecalc.championship.targets import Board, Requirement, Target, board, required_time
from skatecalc.samalog import gap_seconds_from_points, parse_points

from .helpers import run_cli

SEED = Path(__file__).resolve().parent / "data" / "seed"
KOK, TAKAGI, LEERDAM = "Femke Kok", "Miho Takagi", "Jutta Leerdam"


def _rows(name: str) -> list[dict[str, str]]:
    with (SEED / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


@pytest.fixture(scope="module")
def seed() -> Standings:
    """The published times of the first three distances (WSC 2024 women, Inzell)."""
    rows = _rows("wsc2024-women.csv")
    table = classify(
        SPRINT,
        {r["name"]: [r["500_1"], r["1000_1"], r["500_2"]] for r in rows},
        nations={r["name"]: r["nation"] for r in rows},
    )
    for r in rows:  # the table reproduces the published totals
        assert table[r["name"]].total_thousandths == parse_points(r["points_after_3"])
    return table


def _published_gap(name: str) -> Decimal:
    row = next(r for r in _rows("wsc2024-women-after3.csv") if r["name"] == name)
    return Decimal(row["gap_1000"])


def _live(seed: Standings, **fourth: str) -> Standings:
    """The seed with what-if times on the final 1000 m (not published results)."""
    results = {s.name: [*s.results[:3], fourth.get(s.name.split()[-1])] for s in seed}
    return classify(SPRINT, results, after=3, nations={s.name: s.nation or "" for s in seed})


# --- the seed ------------------------------------------------------------------------------


def test_kok_margin_over_takagi_is_the_published_gap_plus_one_hundredth(seed: Standings) -> None:
    gap = _published_gap(KOK)
    assert gap == Decimal("0.67")
    need = required_time(seed, KOK, beat=TAKAGI)
    assert need.time is None and need.distance == 1000 and need.index == 3
    # the published 0.67 s makes Kok equal on points; one more hundredth wins outright
    assert need.tie_margin == gap
    assert need.margin == gap + Decimal("0.01")
    assert need.margin_range == (Decimal("0.68"), Decimal("0.68"))
    assert not need.margin_depends_on_opponent
    level = required_time(seed, KOK, beat=TAKAGI, tie=True)
    assert level.margin == gap


def test_kok_needs_1_12_45_when_takagi_skates_1_13_13(seed: Standings) -> None:
    need = required_time(seed, KOK, beat=TAKAGI, opponent_time="1:13.13")
    assert need.time == RaceTime.parse("1:12.45")
    assert need.tie_time == RaceTime.parse("1:12.46")
    assert need.shortfall == Decimal("0.000")
    assert need.margin == Decimal("0.68")
    totals = {
        t: (need.total + 5 * RaceTime.parse(t).hundredths, need.target)
        for t in ("1:12.45", "1:12.46", "1:12.47")
    }
    assert totals["1:12.45"][0] < totals["1:12.45"][1]
    assert totals["1:12.46"][0] == totals["1:12.46"][1]
    assert totals["1:12.47"][0] > totals["1:12.47"][1]
    assert str(need) == (
        "Femke Kok must skate 1:12.45 or faster to finish ahead of Miho Takagi (1:13.13);"
        " 1:12.46 ties on points."
    )
    assert need.explain("nl") == (
        "Femke Kok moet 1.12,45 of sneller rijden om voor Miho Takagi te eindigen"
        " (Miho Takagi reed 1.13,13); met 1.12,46 staan ze gelijk op punten."
    )
    # the same through the margin
    assert required_time(seed, KOK, beat=TAKAGI).for_opponent("1:13.13") == need
    tie = required_time(seed, KOK, beat=TAKAGI, opponent_time="1.13,13", tie=True)
    assert tie.time == RaceTime.parse("1:12.46")


def test_a_time_already_in_the_table_is_used(seed: Standings) -> None:
    live = _live(seed, Takagi="1:13.13")
    need = required_time(live, KOK, beat=TAKAGI)
    assert need.opponent_time == RaceTime.parse("1:13.13")
    assert need.time == RaceTime.parse("1:12.45")
    # the same time given again is fine; a different one contradicts the table
    assert required_time(live, KOK, beat=TAKAGI, opponent_time="1:13.13") == need
    with pytest.raises(GoalError, match=r"1:13\.20 differs from 'Miho Takagi'.*1:13\.13"):
        required_time(live, KOK, beat=TAKAGI, opponent_time="1:13.20")


def test_leerdam_gap_and_negative_margin(seed: Standings) -> None:
    gap = _published_gap(LEERDAM)
    need = required_time(seed, LEERDAM, beat=TAKAGI)
    assert need.tie_margin == gap and need.margin == gap + Decimal("0.01")
    ahead = required_time(seed, TAKAGI, beat=KOK)
    assert ahead.margin == Decimal("-0.66")  # Takagi may be 0.66 s slower
    assert str(ahead) == (
        "Miho Takagi can be 0.66 s slower than Femke Kok on the 1000 m and still finish ahead."
    )
    assert ahead.explain("nl") == (
        "Miho Takagi mag op de 1000 m 0,66 s langzamer zijn dan Femke Kok en toch voor"
        " Femke Kok eindigen."
    )


# --- truncation: margins that depend on the opponent's time -------------------------------


def _what_if_1500() -> Standings:
    """A what-if allround table after 500 m and 3000 m (not published results): the 3000 m
    points (time ÷ 6, truncated) leave a gap of 0.006 points."""
    return classify(ALLROUND_WOMEN, {"A": ["38.00", "4:00.00"], "B": ["38.00", "4:00.04"]})


def test_1500m_margin_depends_on_the_opponents_time() -> None:
    table = _what_if_1500()
    assert table.gap_points("B", to="A") == Decimal("0.006")
    need = required_time(table, "B", beat="A")
    assert need.distance == 1500
    assert need.margin_depends_on_opponent
    assert need.margin_range == (Decimal("0.02"), Decimal("0.03"))
    assert need.margin == Decimal("0.03")
    # A on 2:00.00 scores 40.000: B must stay below 39.994, and 1:59.98 (39.993) does it.
    # A on 2:00.02 scores 40.006: B must stay below 40.000, and 1:59.99 (39.996) does it.
    assert [need.margin_for(t) for t in ("2:00.00", "2:00.01", "2:00.02", "2:00.03")] == [
        Decimal("0.02"),
        Decimal("0.02"),
        Decimal("0.03"),
        Decimal("0.02"),
    ]
    known = need.for_opponent("2:00.00")
    assert known.time == RaceTime.parse("1:59.98")
    assert known.tie_time is None  # 39.994 is skipped by the truncated points: no time ties
    assert known.shortfall == Decimal("0.002")
    assert str(known).endswith("1:59.99 leaves B 0.002 points behind.")
    other = need.for_opponent("2:00.02")
    assert other.time == RaceTime.parse("1:59.99")
    assert other.tie_time == RaceTime.parse("2:00.00") and other.shortfall == 0
    assert "depending on A's time (points are truncated); 0.03 s always suffices" in str(need)
    assert "afhankelijk van de tijd van A" in need.explain("nl")


def test_10000m_margin_depends_on_the_parity_of_the_opponents_time() -> None:
    table = classify(
        ALLROUND_MEN, {"X": ["36.00", "6:20.00", "1:50.00"], "Y": ["36.00", "6:20.00", "1:50.00"]}
    )
    need = required_time(table, "X", beat="Y")
    assert need.distance == 10000
    # equal totals: 13:00.00 and 13:00.01 both score 39.000, so X needs 12:59.99 for both
    assert need.margin_for("13:00.00") == Decimal("0.01")
    assert need.margin_for("13:00.01") == Decimal("0.02")
    assert need.margin_range == (Decimal("0.01"), Decimal("0.02"))


def test_half_up_rounding_is_followed() -> None:
    results = {"A": ["38.00", "4:00.00"], "B": ["38.00", "4:00.04"]}
    trunc = required_time(classify(ALLROUND_WOMEN, results), "B", beat="A", opponent_time="2:00.00")
    half = classify(ALLROUND_WOMEN, results, rounding=Rounding.HALF_UP)
    assert half.gap_points("B", to="A") == Decimal("0.007")
    need = required_time(half, "B", beat="A", opponent_time="2:00.00")
    assert need.rounding is Rounding.HALF_UP
    # A ends on 118.000; B (78.007) must stay below 39.993: 1:59.98 rounds to 39.993
    assert trunc.time == RaceTime.parse("1:59.98")
    assert need.time == RaceTime.parse("1:59.97")


# --- rank goals and the board -------------------------------------------------------------


def test_rank_against_those_who_have_finished(seed: Standings) -> None:
    live = _live(seed, Leerdam="1:14.00")
    need = required_time(live, KOK, rank=1)
    assert need.opponent == LEERDAM and need.finished == (LEERDAM,)
    assert need.time is not None
    final = need.total + 5 * need.time.hundredths
    assert final < need.target and need.total + 5 * (need.time.hundredths + 1) == need.target
    assert need.contenders == (TAKAGI,)
    assert need.time == RaceTime.parse("1:15.03")
    assert str(need) == (
        "Femke Kok must skate 1:15.03 or faster to reach rank 1 (passing Jutta Leerdam's"
        " 148.835 points); 1:15.04 ties on points. Still to skate and able to pass: Miho Takagi."
    )
    assert "plaats 1" in need.explain("nl") and "1.15,03" in need.explain("nl")
    with pytest.raises(GoalError, match="only 1 skater"):
        required_time(live, KOK, rank=2)


def test_board_before_anyone_has_finished(seed: Standings) -> None:
    b = board(seed)
    assert isinstance(b, Board) and b.distance == 1000 and b.finished == ()
    assert [line.name for line in b.lines] == [TAKAGI, KOK, LEERDAM]
    assert all(line.lead.certain and line.podium.certain for line in b.lines)
    assert str(b).splitlines()[:3] == [
        "Sprint, 1000 m (distance 4 of 4): time to beat",
        "nobody has finished yet",
        "#  Name           Nat   Points      Lead    Podium",
    ]


def test_board_during_the_last_distance(seed: Standings) -> None:
    live = _live(seed, Leerdam="1:14.00")
    b = board(live, podium=2)
    assert [line.name for line in b.lines] == [TAKAGI, KOK]
    for line in b.lines:
        assert line.lead.time == required_time(live, line.name, rank=1).time
        assert line.podium == Target(2, None, None, certain=True)
    assert str(b) == "\n".join(
        [
            "Sprint, 1000 m (distance 4 of 4): time to beat",
            "finished: 1; leader Jutta Leerdam 148.835",
            "#  Name         Nat   Points     Lead     Top 2",
            "1  Miho Takagi  JPN  110.980  1:15.70  any time",
            "2  Femke Kok    NED  111.315  1:15.03  any time",
            "(slowest official time that finishes ahead of those who have finished)",
        ]
    )
    dutch = b.format("nl")
    assert "1  Miho Takagi  JPN   110,980  1.15,70  elke tijd" in dutch
    assert b.to_rows()[1] == {
        "rank": 2,
        "name": KOK,
        "nation": "NED",
        "points": Decimal("111.315"),
        "lead": RaceTime.parse("1:15.03"),
        "lead_to_pass": LEERDAM,
        "podium": None,
        "podium_to_pass": None,
        "lead_any_time": False,
        "lead_impossible": False,
        "podium_any_time": True,  # the None above: any time finishes in the top 2
        "podium_impossible": False,
    }
    done = _live(seed, Leerdam="1:14.00", Takagi="1:13.13", Kok="1:13.00")
    assert board(done, distance=1000).lines == ()
    assert "everyone has skated" in str(board(done))


def test_reference_time(seed: Standings) -> None:
    slow = required_time(seed, KOK, beat=TAKAGI, opponent_time="1:13.13", reference="1:12.57")
    assert slow.within_reference is False and slow.reference_gap == Decimal("-0.12")
    assert str(slow).endswith("That is 0.12 s faster than the reference time 1:12.57.")
    fast = required_time(seed, KOK, beat=TAKAGI, opponent_time="1:13.13", reference="1:12.00")
    assert fast.within_reference is True and fast.reference_gap == Decimal("0.45")
    assert "De referentietijd 1.12,00 is snel genoeg (0,45 s marge)." in fast.explain("nl")
    coming = required_time(seed, KOK, beat=TAKAGI, reference="1:12.00")
    assert coming.within_reference is None
    # with 1:12.00 Kok beats every Takagi time from 1:12.68: 72.000 + 0.335 < 72.340
    assert coming.reference_beats_from == RaceTime.parse("1:12.68")
    assert coming.for_opponent("1:12.68").within_reference is True
    assert coming.for_opponent("1:12.67").within_reference is False


def test_a_named_later_distance(seed: Standings) -> None:
    two = classify(SPRINT, {s.name: list(s.results[:2]) for s in seed})
    assert two.next_distance == 500
    need = required_time(two, KOK, beat=TAKAGI, distance=1000)
    assert need.index == 3
    assert any("second 500 m in between is not counted" in n for n in need.notes)


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"skater": "Femke Kook", "beat": TAKAGI}, UnknownNameError, "closest known: 'Femke Kok'"),
        ({"skater": KOK, "beat": "Takagi"}, UnknownNameError, "closest known: 'Miho Takagi'"),
        ({"skater": KOK, "rank": 4}, GoalError, "rank 4 is beyond the field: 3 skaters"),
        ({"skater": KOK, "rank": 0}, GoalError, "rank=0"),
        ({"skater": KOK, "rank": True}, GoalError, "rank=True"),
        ({"skater": KOK, "rank": 3}, GoalError, "already reached: only 0 skater"),
        ({"skater": KOK, "beat": TAKAGI, "distance": 1500}, InvalidDistanceError, "1500 m is not"),
        ({"skater": KOK, "beat": TAKAGI, "distance": 0}, InvalidDistanceError, "0 is not a"),
        ({"skater": KOK, "beat": TAKAGI, "distance": 500}, InvalidDistanceError, "already counted"),
        ({"skater": KOK}, GoalError, "exactly one goal"),
        ({"skater": KOK, "beat": TAKAGI, "rank": 1}, GoalError, "exactly one goal"),
        ({"skater": KOK, "beat": KOK}, GoalError, "beat themselves"),
        ({"skater": KOK, "rank": 1, "opponent_time": "1:13.00"}, GoalError, "opponent_time"),
        ({"skater": KOK, "beat": TAKAGI, "tie": 1}, GoalError, "tie=1"),
        ({"skater": KOK, "beat": TAKAGI, "opponent_time": "1:7x.00"}, SkatecalcError, "1:7x.00"),
    ],
)
def test_bad_input_is_a_clear_error(
    seed: Standings, kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(").replace(".", r"\.")):
        required_time(seed, **kwargs)  # type: ignore[arg-type]


def test_goals_already_settled(seed: Standings) -> None:
    live = _live(seed, Kok="1:13.00", Takagi="DQ")
    with pytest.raises(GoalError, match=r"'Femke Kok' has already skated the 1000 m in 1:13\.00"):
        required_time(live, KOK, beat=LEERDAM)
    with pytest.raises(GoalError, match="already reached: 'Miho Takagi' has DQ on the 1000 m"):
        required_time(live, LEERDAM, beat=TAKAGI)
    with pytest.raises(GoalError, match="'Miho Takagi' has DQ on the 1000 m: no total"):
        required_time(live, TAKAGI, beat=LEERDAM)
    full = classify(SPRINT, {s.name: [*s.results[:3], "1:14.00"] for s in seed})
    with pytest.raises(GoalError, match="already counts all 4 distances"):
        required_time(full, KOK, beat=TAKAGI)
    with pytest.raises(GoalError, match="already counts all 4 distances"):
        board(full)


def test_impossible_goal_is_an_error_not_a_time() -> None:
    table = classify(Combination("two 500s", (500, 500)), {"X": ["90.00", None], "Y": ["34.00"]})
    with pytest.raises(GoalError, match="impossible: no positive time gets 'X' ahead of Y"):
        required_time(table, "X", beat="Y", opponent_time="34.00")
    line = board(
        classify(
            Combination("two 500s", (500, 500)), {"X": ["90.00"], "Y": ["34.00", "34.00"]}, after=1
        )
    ).lines[0]
    assert line.lead.impossible and line.lead.format() == "impossible"


def test_skaters_out_of_the_race() -> None:
    # a DQ leaves the skater without a total (a DNF is ranked since the DNF ranking)
    table = classify(
        SPRINT, {"A": ["37.00", "DQ"], "B": ["37.50", "1:15.00"], "C": ["38.00", "1:16.00"]}
    )
    with pytest.raises(GoalError, match="opponent 'A' has no total"):
        required_time(table, "B", beat="A")
    with pytest.raises(GoalError, match="skater 'A' has no total"):
        required_time(table, "A", beat="B")


def test_a_dnf_on_the_1000_is_a_goal_already_reached() -> None:
    table = classify(
        SPRINT, {"A": ["37.00", "DNF"], "B": ["37.50", "1:15.00"], "C": ["38.00", "1:16.00"]}
    )
    with pytest.raises(GoalError, match="goal already reached: 'A' did not finish"):
        required_time(table, "B", beat="A")


def test_requirement_is_a_frozen_value(seed: Standings) -> None:
    need = required_time(seed, KOK, beat=TAKAGI)
    assert isinstance(need, Requirement)
    with pytest.raises(AttributeError):
        need.time = RaceTime.parse("1:00.00")  # type: ignore[misc]


def test_gap_and_margin_agree_on_every_distance(seed: Standings) -> None:
    """The published gap (points × divisor) is the level margin where it is exact."""
    gap = parse_points("111.315") - parse_points("110.980")
    assert gap_seconds_from_points(gap, 1000) == _published_gap(KOK)


# --- command line ---------------------------------------------------------------------------


def test_cli_need_and_board() -> None:
    status, out, _ = run_cli(
        "skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi'"
        " --opponent-time 1:13.13"
    )
    assert status == 0
    assert out.strip() == (
        "Femke Kok must skate 1:12.45 or faster to finish ahead of Miho Takagi (1:13.13);"
        " 1:12.46 ties on points."
    )
    status, out, _ = run_cli(
        "skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi' --lang nl"
    )
    assert status == 0 and "0,68 s sneller" in out
    status, out, _ = run_cli("skatecalc board --example wsc2024-women --lang nl")
    assert status == 0 and "tijd om te verslaan" in out and "elke tijd" in out
    status, _, err = run_cli("skatecalc need --example wsc2024-women 'Femke Kook' --beat X")
    assert status == 1 and "closest known: 'Femke Kok'" in err
    status, _, err = run_cli(
        "skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi' --distance 1500"
    )
    assert status == 1 and "1500 m is not a distance of Sprint" in err
    status, _, err = run_cli("skatecalc need --example wsc2024-women 'Femke Kok'")
    assert status == 2 and "one of the arguments --beat --rank is required" in err


def test_cli_reads_the_seed_file() -> None:
    path = SEED / "wsc2024-women.csv"
    status, out, _ = run_cli(f"skatecalc need {path} 'Femke Kok' --beat 'Miho Takagi' --tie")
    assert status == 0
    assert out.startswith("Femke Kok must be at least 0.67 s faster than Miho Takagi")


def test_only_qualifiers_skate_a_restricted_last_distance() -> None:
    """Allround: 8 of 10 skate the 10000 m (a synthetic field, not results)."""
    field = {f"S{i}": [f"{36 + i}.00", f"6:{10 + i}.00", f"1:{46 + i}.00"] for i in range(10)}
    table = classify(ALLROUND_MEN, field)
    assert table.next_distance == 10000 and table.qualifiers is not None
    assert len(table.qualifiers) == 8 and "S9" not in table.qualifiers
    assert [line.name for line in board(table).lines] == list(table.qualifiers)
    with pytest.raises(
        GoalError, match=r"'S9' has not qualified for the 10000 m .*: they do not skate the 10000 m"
    ):
        required_time(table, "S9", beat="S0")
    # not "goal already reached": a reserve may still skate it (issue 11)
    with pytest.raises(
        GoalError,
        match=r"^'S9' has not qualified for the 10000 m \(not among the 8 qualifiers under the"
        r" rule\) and has no result on it: as long as they do not skate it as a reserve, any"
        r" finishing time ranks 'S0' ahead of them",
    ):
        required_time(table, "S0", beat="S9")
    with pytest.raises(GoalError, match="rank 9 is beyond the field: 8 skaters"):
        required_time(table, "S0", rank=9)


# --- the board is a table like every other result (issue 9) ---------------------------------


def test_board_speaks_the_table_vocabulary(seed: Standings) -> None:
    live = _live(seed, Leerdam="1:14.00")
    b = board(live, podium=2)
    assert len(b) == 2 and list(b) == list(b.lines) and b[0] is b.lines[0] and b[-1].name == KOK
    assert b[KOK] is b.lines[1] and b.get(KOK) is b.lines[1]
    assert KOK in b and LEERDAM not in b  # Leerdam has skated: not on the board
    assert b.get(LEERDAM) is None and b.get(LEERDAM, "-") == "-"
    assert b.names == (TAKAGI, KOK)
    with pytest.raises(UnknownNameError, match="closest known: 'Femke Kok'"):
        b["Femke Kook"]
    assert repr(b) == "<Board: Sprint 1000 m, 2 rows, first Miho Takagi>"
    assert b.index == 3  # the distance's position (a field, as before)


def test_board_to_rows_is_typed_and_keeps_the_contract(seed: Standings) -> None:
    from skatecalc.tabular import check_rows

    b = board(seed)  # nobody has finished: any time leads
    rows = check_rows(b.to_rows())
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert all(isinstance(r["points"], Decimal) for r in rows)
    assert all(r["lead"] is None and r["lead_to_pass"] is None for r in rows)
    live = board(_live(seed, Leerdam="1:14.00"))
    assert live.to_rows()[0]["lead"] == RaceTime.parse("1:15.70")
    assert live.to_rows()[0]["points"] == Decimal("110.980")
    with pytest.raises(TypeError):  # to_rows(lang), deprecated since 0.2, is removed
        live.to_rows("nl")  # type: ignore[call-arg]


def test_board_text_dutch_and_html_through_the_registered_renderer(seed: Standings) -> None:
    from skatecalc.tabular import render_html, render_text

    b = board(_live(seed, Leerdam="1:14.00"), podium=2)
    assert render_text(b) == str(b) == b.format("en")
    assert render_text(b, "nl") == b.format("nl")
    assert render_text(b, "Dutch") == b.format("nl")
    assert b.format("nl").splitlines()[:3] == [
        "Sprint, 1000 m (afstand 4 van 4): tijd om te verslaan",
        "binnen: 1; leider Jutta Leerdam 148,835",
        "#  Naam         Land   Punten  Leiding      Top 2",
    ]
    html = b._repr_html_()
    assert html == render_html(b)
    assert "<caption>Sprint, 1000 m (distance 4 of 4): time to beat</caption>" in html
    assert '<td style="text-align:left">Miho Takagi</td>' in html
    assert "<p>(slowest official time that finishes ahead of those who have finished)</p>" in html


def test_board_of_wide_names_aligns_by_display_width() -> None:
    table = classify(
        SPRINT,
        {"高木美帆": ["37.13", "1:13.32", "37.19"], "Kok": ["37.07", "1:14.35", "37.07"]},
        after=3,
    )
    lines = str(board(table)).splitlines()
    assert lines[2:5] == [
        "#  Name       Points      Lead    Podium",
        "1  高木美帆  110.980  any time  any time",
        "2  Kok       111.315  any time  any time",
    ]


def test_contenders_read_late_compare_hash_copy_and_pickle_as_the_tuple(seed: Standings) -> None:
    import copy
    import pickle

    import attrs

    live = _live(seed, Leerdam="1:14.00")
    read = required_time(live, KOK, rank=1)
    assert read.contenders == (TAKAGI,)
    unread = required_time(live, KOK, rank=1)
    assert unread == read and hash(unread) == hash(read)
    assert pickle.loads(pickle.dumps(required_time(live, KOK, rank=1))) == read
    assert copy.deepcopy(required_time(live, KOK, rank=1)).contenders == (TAKAGI,)
    assert attrs.evolve(read, contenders=()) != read
    assert attrs.evolve(read, contenders=(TAKAGI,)) == read
    assert "contenders=('Miho Takagi',)" in repr(required_time(live, KOK, rank=1))
    assert required_time(live, KOK, beat=TAKAGI).contenders == ()


# --- cuts after any distance, stops (issue 11) ----------------------------------------------

SPIELER, PULLI = "Simen Spieler Nilsen", "Tommi Pulli"


def _ec2012_style() -> tuple[Combination, dict[str, list[str | None]]]:
    """A cut after two distances of four, as at the European Allround Championships 2012
    (24 of 28 men skated the 1500 m), scaled down to two places. Spieler Nilsen's and
    Pulli's 500/5000 m times are the published ones (80.974 and 81.590 points, places 25
    and 26 there); A, B and C are synthetic."""
    from skatecalc import Cut, FinalQualification

    comb = Combination(
        "ec-2012-style",
        (500, 5000, 1500, 10000),
        cuts=(Cut(after=2, size=2),),
        final=FinalQualification(size=2),
    )
    results: dict[str, list[str | None]] = {
        "A": ["37.00", "6:30.00", "1:50.00"],
        "B": ["37.50", "6:35.00"],
        SPIELER: ["38.17", "7:08.04"],
        PULLI: ["37.14", "7:24.50"],
        "C": ["36.90", "DNS"],
    }
    return comb, results


def test_cut_after_two_of_four_only_the_admitted_skate_the_1500() -> None:
    """Regression (issue 11): the race state restricted only the last distance, so the
    board and the contenders on the 1500 m still held the two men not admitted."""
    comb, results = _ec2012_style()
    table = classify(comb, results, after=2)
    assert table.qualifiers == ("A", "B")
    assert table[SPIELER].points == Decimal("80.974") and table[PULLI].points == Decimal("81.590")
    assert board(table).names == ("B",)  # was ('B', 'Simen Spieler Nilsen', 'Tommi Pulli')
    need = required_time(table, "B", rank=1)
    assert need.opponent == "A" and need.contenders == ()  # was (Spieler Nilsen, Pulli)
    with pytest.raises(GoalError, match="rank 3 is beyond the field: 2 skaters skate the 1500 m"):
        required_time(table, "B", rank=3)
    # skate it: B first; those not admitted and the DNS below, by their totals
    assert need.time is not None
    for t, outright in ((need.time, True), (need.next_slower, False)):
        assert t is not None
        done = classify(comb, {**results, "B": [*results["B"], str(t)]}, after=3)
        b, a = done["B"].total_thousandths, done["A"].total_thousandths
        assert b is not None and a is not None and (b < a) == outright
        # those not admitted, then the DNS (one distance), below the two who skated three
        assert [done[n].rank for n in (SPIELER, PULLI, "C")] == [3, 4, 5]
        assert [done[n].completed for n in (SPIELER, PULLI, "C")] == [2, 2, 1]


def test_beat_a_skater_not_admitted_or_who_did_not_start_says_why() -> None:
    comb, results = _ec2012_style()
    table = classify(comb, results, after=2)
    # a skater not (yet) qualified: not "goal already reached (not qualified)"
    with pytest.raises(GoalError) as raised:
        required_time(table, "B", beat=PULLI)
    assert str(raised.value) == (
        "'Tommi Pulli' has not qualified for the 1500 m (not among the 2 qualifiers under the"
        " rule) and has no result on it: as long as they do not skate it as a reserve, any"
        " finishing time ranks 'B' ahead of them (ask again with their time if they do)"
    )
    with pytest.raises(
        GoalError,
        match=r"^'Tommi Pulli' has not qualified for the 1500 m .*: they do not skate the 1500 m$",
    ):
        required_time(table, PULLI, rank=1)
    # a skater who did not start: ranked below those who went further, not "not qualified"
    with pytest.raises(GoalError) as raised:
        required_time(table, "B", beat="C")
    assert str(raised.value) == (
        "goal already reached: 'C' did not start the 5000 m (DNS) and is ranked below those who"
        " went further (by the total over 1 distance), so any finishing time on the 1500 m"
        " ranks 'B' ahead of them"
    )
    with pytest.raises(GoalError, match=r"^'C' did not start the 5000 m \(DNS\) and is ranked"):
        required_time(table, "C", rank=1)
    # on the 10000 m, those the cut left out are ranked below those who went further
    three = classify(comb, {**results, "B": [*results["B"], "1:51.00"]}, after=3)
    with pytest.raises(
        GoalError,
        match=r"^goal already reached: 'Tommi Pulli' was not admitted"
        r" to the 1500 m \(the cut\) and is ranked below those who went further",
    ):
        required_time(three, "B", beat=PULLI)


def test_a_reserve_who_skated_a_cut_distance_counts() -> None:
    """A reserve on a restricted middle distance is ranked with those who went further:
    every goal counts them (as on a restricted last distance, issue 8)."""
    comb, results = _ec2012_style()
    results = {**results, SPIELER: [*results[SPIELER], "1:30.00"]}  # a reserve, fastest
    table = classify(comb, results, after=2)
    assert SPIELER not in (table.qualifiers or ()) and board(table).names == ("B",)
    assert required_time(table, "B", rank=1).opponent == SPIELER


def test_slowest_and_period_live_in_samalog_and_are_re_exported() -> None:
    from skatecalc.championship.targets import race as inverse
    from skatecalc.samalog import period, points_thousandths, slowest

    assert slowest is inverse.slowest and period is inverse.period
    assert slowest(34226, 1500) == 10268 and points_thousandths(10269, 1500) > 34226
    assert [period(d) for d in (500, 1500, 10000)] == [1, 3, 2]
    with pytest.raises(InvalidDistanceError):
        period(0)


def test_board_and_need_on_the_first_distance_while_it_is_skated() -> None:
    """While the first 500 m is skated (after=0) the race state starts level on 0.000: the
    board and the required time count those who have finished it (A 38.00, B 38.50)."""
    table = classify(SPRINT, {"A": ["38.00"], "B": ["38.50"], "C": [None]})
    assert table.after == 0 and [s.points for s in table] == [Decimal("0.000")] * 3
    need = required_time(table, "C", rank=1)
    assert need.time == RaceTime.parse("37.99")
    lines = board(table)
    assert [line.name for line in lines] == ["C"]
    assert lines["C"].lead.time == RaceTime.parse("37.99")
    assert lines["C"].podium.time is None and lines["C"].podium.certain  # any time
    # skating it wins the 500 m; 0.01 s slower ties A on points
    done = classify(SPRINT, {"A": ["38.00"], "B": ["38.50"], "C": ["37.99"]})
    assert done[0].name == "C" and done[0].rank == 1
    tie = classify(SPRINT, {"A": ["38.00"], "B": ["38.50"], "C": ["38.00"]})
    assert tie["C"].rank == tie["A"].rank == 1


def test_requirement_kok_beat_takagi_is_a_table_of_one_row() -> None:
    from skatecalc import classify

    table = classify(
        "sprint",
        {"Miho Takagi": ["37.13", "1:13.32", "37.19"], "Femke Kok": ["37.07", "1:14.35", "37.07"]},
    )
    need = required_time(table, "Femke Kok", beat="Miho Takagi")
    assert len(need) == 1 and need[0] is need and need["Femke Kok"] is need
    assert "Femke Kok" in need and need.get("Miho Takagi") is None
    row = need.check()[0]
    assert (row["skater"], row["margin"], row["tie_margin"], row["time"]) == (
        "Femke Kok",
        Decimal("0.68"),
        Decimal("0.67"),
        None,
    )
    assert row["explanation"] == need.explain("en") and row["notes"] is None
    assert need.format("nl") == need.explain("nl") and "<p>" in need._repr_html_()


# --- more API misuse found while fuzzing the core (issue 8) -----------------------------


HUGE = 10**5000  # an integer Python cannot print (more than 4,300 digits)


_R = {"A": ["37.00", "1:14.00"], "B": ["37.10", "1:14.50"], "C": ["37.20"]}


def test_rounding_half_up_as_text_is_refused_not_truncated() -> None:
    """``rounding="half-up"`` used to be accepted and silently truncated."""
    with pytest.raises(InvalidRuleError, match="is not a Rounding"):
        classify(SPRINT, _R, rounding="half-up")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"results": None},
        {"results": ["A"]},
        {"results": [("A",)]},
        {"results": "A,37.00"},
        {"results": _R, "tie_break": 5},
        {"comb": 5},
        {"comb": SPRINT, "results": _R, "after": HUGE},
        {"results": {"A": ["37.00"], "B": ["37.00"]}, "tie_break": lambda s: None},
        {"results": {"A": ["37.00"], "B": ["37.00"]}, "tie_break": lambda s: ["x"]},
    ],
    ids=[
        "results None",
        "results ['A']",
        "results [('A',)]",
        "results text",
        "tie_break 5",
        "combination 5",
        "after huge",
        "tie_break returns None",
        "tie_break returns text",
    ],
)
def test_classify_misuse_is_a_skatecalc_error(kwargs: dict[str, object]) -> None:
    args = {"comb": SPRINT, "results": _R, **kwargs}
    with pytest.raises(SkatecalcError):
        classify(args.pop("comb"), args.pop("results"), **args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda t: required_time({}, "B", beat="A"),  # type: ignore[arg-type]
        lambda t: board(None),  # type: ignore[arg-type]
        lambda t: required_time(t, 5, beat="A"),  # type: ignore[arg-type]
        lambda t: required_time(t, "C", beat=5),  # type: ignore[arg-type]
        lambda t: required_time(t, "C", rank=HUGE),
        lambda t: required_time(t, "C", beat="A", distance=HUGE),
        lambda t: board(t, podium=HUGE),
        lambda t: t[None],  # type: ignore[call-overload]  # t.get(5) is None (dict-like)
        lambda t: t[5.0],
        lambda t: t[99],
        lambda t: t[HUGE],
        lambda t: t.gap_points("A", to=5),
        lambda t: t.gap_seconds("A", distance=HUGE),
        lambda t: gap_seconds(HUGE, "0", 500),
        lambda t: SPRINT.label(99),
        lambda t: Combination("x", 500),  # type: ignore[arg-type]
        lambda t: Combination("x", (500, 1500), final=FinalQualification(long_index=HUGE)),
        lambda t: sc.combination(5),  # type: ignore[arg-type]
    ],
    ids=[
        "required_time of a dict",
        "board of None",
        "skater 5",
        "beat 5",
        "rank huge",
        "distance huge",
        "podium huge",
        "t[None]",
        "t[5.0]",
        "t[99]",
        "t[huge]",
        "gap_points to=5",
        "gap_seconds distance huge",
        "gap_seconds points huge",
        "label(99)",
        "Combination('x', 500)",
        "long_index huge",
        "combination(5)",
    ],
)
def test_table_and_goal_misuse_is_a_skatecalc_error(call: object) -> None:
    table = classify(SPRINT, _R, after=1)
    assert callable(call)
    with pytest.raises(SkatecalcError):
        call(table)
    with pytest.raises(IndexError):  # positions stay IndexErrors too
        table[99]


def test_on_the_10000_m_the_sentence_names_every_time_that_ties() -> None:
    """Two hundredths make one thousandth of a point on the 10000 m: 12:47.52 and 12:47.53
    both tie Davis, and the sentence names both (it named 12:47.52 alone)."""
    from skatecalc.text.targets import requirement_text

    table = sc.classify(
        sc.combination("allround-men"),
        {
            "Shani Davis": ["35.17", "6:10.49", "1:42.68", "13:05.94"],
            "Chad Hedrick": ["35.80", "6:09.00", "1:44.00"],
        },
    )
    need = sc.required_time(table, "Chad Hedrick", beat="Shani Davis")
    assert str(need.time) == "12:47.51"
    assert (str(need.next_slower), str(need.tie_time)) == ("12:47.52", "12:47.53")
    assert requirement_text(need).endswith("; 12:47.52 to 12:47.53 tie on points.")
    for t in ("12:47.52", "12:47.53"):
        after = sc.classify(
            sc.combination("allround-men"),
            {
                "Shani Davis": ["35.17", "6:10.49", "1:42.68", "13:05.94"],
                "Chad Hedrick": ["35.80", "6:09.00", "1:44.00", t],
            },
        )
        assert after["Chad Hedrick"].points == after["Shani Davis"].points


def test_a_goal_any_time_below_a_day_reaches_is_any_time_not_an_error_about_24_hours() -> None:
    """When even the slowest time a race can have (below 24 hours) reaches the goal, the
    board says any time and ``required_time`` says the goal is reached: never an error
    about a time of more than 24 hours that no file held."""
    from skatecalc.io.results import parse_results_csv

    text = "name,500,5000\nA,3:00:00.00,6:10.00\nB,37.00,\n"
    table = parse_results_csv(text, "over24.csv").classify()
    with pytest.raises(sc.GoalError, match=r"goal already reached: any finishing time"):
        sc.required_time(table, "B", beat="A")
    line = sc.board(table).lines[0]
    assert line.name == "B" and line.lead.certain and line.podium.certain
