"""Review fixes: gaps in trial places, skaters without a valid time, deciding quota ties."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import olympic
from skatecalc.errors import FileFormatError, ResultsError, SelectionError
from skatecalc.io.olympic import parse_trials_csv, parse_trials_toml
from skatecalc.olympic import QualifierResult, QuotaTieWarning, quota_rules
from skatecalc.olympic.okt import check_places, place_gap

from .helpers import run_cli

MEN_2021 = """\
1000,Thomas Krol,1
1000,Kai Verbij,2
1000,Hein Otterspeer,3
1500,Kjeld Nuis,1
1500,Thomas Krol,2
1500,Tijmen Snel,3
5000,Patrick Roest,1
5000,Jorrit Bergsma,2
5000,Sven Kramer,3
10000,Jorrit Bergsma,1
10000,Patrick Roest,2
MS,Jorrit Bergsma,
"""
GAP_500 = "500,Merijn Scheperkamp,1\n500,Dai Dai N'tab,2\n500,Ronald Mulder,5\n"


# --- 1. a gap in the places ---------------------------------------------------------------


def test_a_gap_in_the_trial_places_is_refused_with_distance_places_and_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "gap.csv"
    path.write_text("distance,name,place\n" + GAP_500 + MEN_2021, encoding="utf-8")
    status, out, err = run_cli(f"skatecalc olympic select {path} --order NED-2022-men --tickets 11")
    assert status == 1 and "Ronald Mulder" not in out
    assert "the 500 m: places 3 and 4 are missing: place 5 follows place 2" in err
    assert "'Ronald Mulder'" in err and "(line 4 of gap.csv)" in err
    c5 = tmp_path / "c5.csv"
    c5.write_text("distance,name,place\n500,A,1\n500,B,2\n500,C,5\n", encoding="utf-8")
    status, out, err = run_cli(f"skatecalc olympic outlook {c5} --order NED-2022-men")
    assert status == 1 and "row 15" not in out
    assert "places 3 and 4 are missing" in err and "(line 4 of c5.csv)" in err


def test_a_gap_before_the_first_place_is_refused() -> None:
    with pytest.raises(FileFormatError, match=r"places 1 and 2 are missing.*line 2 of o\.csv"):
        parse_trials_csv("distance,name,place\n500,A,3\n500,B,4\n", "o.csv")


def _is_competition_ranking(places: list[int]) -> bool:
    """Each place is one more than the number of places before it (equal places share)."""
    return all(p == 1 + sum(q < p for q in places) for p in places)


@given(st.lists(st.integers(1, 12), min_size=1, max_size=10))
def test_a_place_gap_not_made_by_a_tie_is_always_refused(places: list[int]) -> None:
    gap = place_gap(sorted(places))
    assert (gap is None) == _is_competition_ranking(places)
    if gap is not None:
        with pytest.raises(ResultsError, match="the 500 m: "):
            check_places(500, places)
    else:
        check_places(500, places)


@given(st.lists(st.integers(1, 4), min_size=1, max_size=8))
def test_ties_share_and_skip_and_are_never_a_gap(sizes: list[int]) -> None:
    places: list[int] = []
    for size in sizes:  # a competition ranking: each run of equal places skips as many
        places += [len(places) + 1] * size
    assert place_gap(places) is None


@given(st.permutations(range(1, 9)), st.integers(1, 8), st.integers(0, 3))
def test_csv_places_are_read_in_place_order_or_refused(order: list[int], n: int, skip: int) -> None:
    places = [p + (skip if p > 2 else 0) for p in order[:n]]  # skip > 0: a gap after place 2
    rows = "".join(f"500,S{p},{p}\n" for p in places)
    if _is_competition_ranking(places):
        got = parse_trials_csv("distance,name,place\n" + rows, "o.csv").results[500]
        assert got == tuple(f"S{p}" for p in sorted(places))
    else:
        with pytest.raises(FileFormatError, match=r"missing.*line \d+ of o\.csv"):
            parse_trials_csv("distance,name,place\n" + rows, "o.csv")


# --- 2. a skater without a valid time --------------------------------------------------

DQ_FULL = """\
[men]
"500" = { "Merijn Scheperkamp" = ["34.45","34.60"], "Dai Dai N'tab" = ["34.53","34.70"], \
"Ronald Mulder" = ["DQ","DNS"] }
"1000" = ["Thomas Krol", "Kai Verbij", "Hein Otterspeer"]
"1500" = ["Kjeld Nuis", "Thomas Krol", "Tijmen Snel"]
"5000" = ["Patrick Roest", "Jorrit Bergsma", "Sven Kramer"]
"10000" = ["Jorrit Bergsma", "Patrick Roest"]
mass_start = "Jorrit Bergsma"
"""


def test_a_disqualified_skater_earns_no_row(tmp_path: Path) -> None:
    trials = parse_trials_toml(DQ_FULL, "dq_full.toml", "men")
    assert trials.results[500] == ("Merijn Scheperkamp", "Dai Dai N'tab")
    order = olympic.selection_order("NED", 2022, "men")
    sel = olympic.select(order, trials.results, mass_start=trials.mass_start, tickets=11)
    row = sel.row(15)  # 500 m #3: nobody with a valid time holds place 3
    assert row.earned is None and row.holder is None
    assert "Ronald Mulder" not in sel.team
    path = tmp_path / "dq_full.toml"
    path.write_text(DQ_FULL, encoding="utf-8")
    status, out, _ = run_cli(f"skatecalc olympic select {path} --order NED-2022-men --tickets 11")
    assert status == 0 and "Ronald Mulder" not in out
    assert " 15  500 m #3    nobody" in out


def test_a_disqualified_skater_is_no_open_row_in_the_outlook(tmp_path: Path) -> None:
    path = tmp_path / "dq.toml"
    path.write_text('[men]\n"500" = { "A" = "34.50", "B" = "34.60", "C" = "DQ" }\n', "utf-8")
    status, out, err = run_cli(f"skatecalc olympic outlook {path} --order NED-2022-men")
    assert status == 1 and "row 15" not in out  # was: "C  open  row 15"
    assert "place 3 but only 2 finisher(s)" in err and "without a valid time" in err
    with pytest.raises(SelectionError, match="holds no place"):
        olympic.outlook(olympic.selection_order("NED", 2022, "men"), {500: ["A", "B"]})


def test_csv_times_and_rank_trials_leave_out_skaters_without_a_time() -> None:
    csv = "distance,name,time,time2\n500,A,34.50,\n500,B,DNF,DQ\n500,C,34.70,DNS\n"
    assert parse_trials_csv(csv, "o.csv").results == {500: ("A", "C")}
    assert olympic.rank_trials({1500: {"A": "DQ", "B": "1:45.00"}}) == {1500: ("B",)}


STATUS = st.sampled_from(["DQ", "DNF", "DNS", "WDR"])


@given(
    st.dictionaries(
        st.sampled_from(["A", "B", "C", "D", "E"]),
        st.one_of(STATUS, st.integers(3400, 3999).map(lambda h: f"{h // 100}.{h % 100:02d}")),
        min_size=1,
    )
)
def test_only_skaters_with_a_time_hold_a_place(field: dict[str, str]) -> None:
    timed = {n: t for n, t in field.items() if t[0].isdigit()}
    if len(set(timed.values())) != len(timed):
        return  # equal times: refused (a tie the thousandths do not split)
    body = ", ".join(f'"{n}" = "{t}"' for n, t in field.items())
    got = parse_trials_toml(f'"1000" = {{ {body} }}\n', "p.toml").results[1000]
    assert got == tuple(sorted(timed, key=lambda n: float(timed[n])))


# --- 3. a quota tie the input order decides ---------------------------------------------

SOQC_ROWS = [
    *(QualifierResult(f"P{i}", f"A{i}", 100 - i, "13:30.00") for i in range(1, 9)),
    *(QualifierResult(f"T{i}", f"B{i}", 10, f"12:4{i}.00") for i in range(1, 4)),
]
YAN = QualifierResult("Yan", "CHN", 5, "12:55.00")
XAVIER = QualifierResult("Xavier", "KOR", 5, "12:55.00")


@pytest.mark.parametrize(("first", "second"), [(YAN, XAVIER), (XAVIER, YAN)])
def test_a_quota_tie_the_input_order_decides_is_reported(
    first: QualifierResult, second: QualifierResult
) -> None:
    event = quota_rules(2022).event("men", "10000")
    with pytest.warns(QuotaTieWarning) as caught:
        a = olympic.allocate(event, [*SOQC_ROWS, first, second])
    assert a.places[-1].name == first.name  # unchanged: the input order still decides
    (w,) = caught
    text = str(w.message)
    assert "CHN" in text and "KOR" in text and "the input order decided" in text
    assert f"{first.name} ({first.noc}) times, {second.name} ({second.noc}) no place" in text


def test_a_quota_tie_that_decides_nothing_is_not_reported() -> None:
    event = quota_rules(2022).event("men", "10000")
    late = [
        QualifierResult("Z1", "FIN", 1, "13:59.00"),
        QualifierResult("Z2", "NOR", 1, "13:59.00"),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error", QuotaTieWarning)
        olympic.allocate(event, [*SOQC_ROWS, YAN, *late])


def test_quota_cli_warns_of_the_deciding_tie(tmp_path: Path) -> None:
    rows = [*SOQC_ROWS, XAVIER, YAN]
    path = tmp_path / "q.csv"
    path.write_text(
        "gender,event,name,noc,points,best\n"
        + "".join(f"men,10000,{r.name},{r.noc},{r.points},{r.best}\n" for r in rows),
        encoding="utf-8",
    )
    status, out, err = run_cli(
        f"skatecalc olympic quota {path} --games 2022 --event 10000 --no-reduce"
    )
    assert status == 0 and "KOR  Xavier" in out
    # one line of the command's own warnings, not Python's warning format
    assert re.search(
        r"^skatecalc: warning: men 10000: Xavier \(KOR\) and Yan \(CHN\) tie", err, re.M
    )
