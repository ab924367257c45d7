"""skatecalc.io.feed: saved responses of the ISU results service (US Olympic trials,
January 2026, event 2026_USA_0002), read exactly; wrong shapes refused, naming the file."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import RaceTime
from skatecalc.errors import FileFormatError, ResultsError
from skatecalc.io import read_results_service
from skatecalc.io.feed import Competition, ScheduleItem, ServiceResults

from .strategies import service_finished

API = Path(__file__).parent / "data" / "seed" / "official" / "api"
EVENT = "2026_USA_0002"


def _path(name: str) -> Path:
    return API / f"{EVENT}-{name}.json"


def _json(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(_path(name).read_text("utf-8"))
    return data


def _results(name: str) -> ServiceResults:
    res = read_results_service(_path(name))
    assert isinstance(res, ServiceResults)
    return res


def test_competitions_sample_reads_as_14_competitions() -> None:
    comps = read_results_service(_path("competitions"))
    assert isinstance(comps, tuple) and all(isinstance(c, Competition) for c in comps)
    assert [c.number for c in comps] == list(range(1, 15))
    four = comps[3]
    assert isinstance(four, Competition)
    assert (four.title, four.distance, four.gender, four.laps) == ("1000m Men", 1000, "men", 3)
    assert four.start == datetime.datetime(2026, 1, 3, 21, 53, tzinfo=datetime.UTC)
    mass = comps[8]
    assert isinstance(mass, Competition)
    assert (mass.title, mass.distance, mass.laps) == ("1st Mass Start Men", "mass start", 16)
    assert [(c.title, c.round) for c in comps if isinstance(c, Competition) and c.round] == [
        ("1st 500m Women", 1),
        ("1st 500m Men", 1),
        ("2nd 500m Men", 2),
        ("2nd 500m Women", 2),
    ]


def test_schedule_sample_reads_with_its_competition_numbers() -> None:
    items = read_results_service(_path("schedule"))
    assert isinstance(items, tuple) and all(isinstance(s, ScheduleItem) for s in items)
    assert [s.competition for s in items if isinstance(s, ScheduleItem)] == list(range(1, 15))
    four = items[3]
    assert isinstance(four, ScheduleItem)
    assert (four.title, four.day, four.published, four.live) == ("1000m Men", 3, True, True)
    assert [s.title for s in items if isinstance(s, ScheduleItem) and s.published] == [
        "3000m Women",
        "5000m Men",
        "1000m Women",
        "1000m Men",
    ]


def test_results_during_the_race_read_as_15_finished_and_18_to_skate() -> None:
    res = _results("competition-4-results-during")
    assert (len(res.finished), len(res.to_skate), len(res.others)) == (15, 18, 0)
    assert all(x.time is None and x.rank is None for x in res.to_skate)
    assert [e.name for e in res.entries][:3] == ["Finn Siebert", "Sam Chamberlain", "Jori Kola"]
    # the skaters still to skate are named (as docs/official.md says), in the service's order
    (warning,) = res.warnings
    head = (
        f"{EVENT}-competition-4-results-during.json: 18 still to skate, the race is not complete: "
    )
    assert warning.startswith(head)
    assert warning[len(head) :].split(", ") == [x.name for x in res.to_skate]
    assert "Jordan Stolz" in warning and "Emery Lehman" in warning


def test_results_final_keep_status_2_raw_and_never_a_result() -> None:
    res = _results("competition-4-results-final")
    assert (len(res.finished), len(res.to_skate)) == (32, 0)
    (other,) = res.others
    assert (other.name, other.status, other.state, str(other.time)) == (
        "Thomas Fitzgerald",
        2,
        "status 2",
        "1:15.855",
    )
    assert "Thomas Fitzgerald" not in [e.name for e in res.entries]
    assert res.warnings == (
        f"{EVENT}-competition-4-results-final.json: Thomas Fitzgerald has status 2 (time"
        " 1:15.855 given): the code is not interpreted, not a result",
    )


def test_results_final_read_as_a_race_with_thousandths_pairs_lanes_and_passages() -> None:
    comps = read_results_service(_path("competitions"))
    assert isinstance(comps, tuple)
    four = comps[3]
    assert isinstance(four, Competition)
    race = _results("competition-4-results-final").race(four, datetime.date(2026, 1, 3))
    assert race.title == "1000 m men, 03.01.2026, Division A"
    top = [(e.place, e.name, str(e.time), e.diff, e.pair, e.lane) for e in race.entries[:3]]
    assert top == [
        (1, "Conor Mcdermott-Mostowy", "1:07.606", 0, 16, "Out"),
        (2, "Cooper Mcleod", "1:07.845", 239, 15, "In"),
        (3, "Jordan Stolz", "1:07.968", 362, 16, "In"),
    ]
    assert [str(t) for t in race.entries[0].passages] == ["16.614", "41.126", "1:07.606"]
    assert race.entries[-1].place == 32 and str(race.entries[-1].time) == "1:31.389"
    assert len(race.warnings) == 1 and "status 2" in race.warnings[0]
    assert (race.number, race.printed_title) == (4, "1000m Men")


def test_results_read_from_text_bytes_and_parsed_json_alike() -> None:
    text = _path("competition-4-results-final").read_text("utf-8")
    for source in (text, text.encode("utf-8"), json.loads(text)):
        res = read_results_service(source)
        assert isinstance(res, ServiceResults) and len(res.finished) == 32


def test_results_during_and_final_differ_for_two_finished_skaters() -> None:
    """The service changed two times after the snapshot during the race (Sam Chamberlain
    1:14.074 → 1:14.054, Aiden Meacham 1:15.832 → 1:15.824): a snapshot is not final."""
    during = {e.name: str(e.time) for e in _results("competition-4-results-during").entries}
    final = {e.name: str(e.time) for e in _results("competition-4-results-final").entries}
    changed = {n: (t, final[n]) for n, t in during.items() if final[n] != t}
    assert changed == {
        "Sam Chamberlain": ("1:14.074", "1:14.054"),
        "Aiden Meacham": ("1:15.832", "1:15.824"),
    }


def test_results_with_a_wrong_time_behind_are_refused_naming_skater_and_both_values() -> None:
    data = _json("competition-4-results-final")
    bad = copy.deepcopy(data)
    bad[1]["timeBehind"] = "0.238"
    with pytest.raises(FileFormatError) as info:
        read_results_service(bad, name="final.json")
    assert str(info.value) == (
        "Cooper Mcleod: timeBehind 0.238 is not the time 1:07.845 minus the leader's: 0.239"
        " (final.json)"
    )


def test_results_with_a_finished_line_without_time_are_refused() -> None:
    bad = copy.deepcopy(_json("competition-4-results-final"))
    bad[2]["time"] = None
    with pytest.raises(FileFormatError, match=r"Jordan Stolz: a finished line .* needs a time"):
        read_results_service(bad, name="final.json")


def test_results_with_a_malformed_time_are_refused_naming_the_item() -> None:
    bad = copy.deepcopy(_json("competition-4-results-final"))
    bad[0]["time"] = "1:07,606"
    with pytest.raises(FileFormatError, match=r"item 1 of final\.json"):
        read_results_service(bad, name="final.json")


def test_results_of_a_team_are_refused_not_guessed() -> None:
    bad = copy.deepcopy(_json("competition-4-results-final"))
    del bad[0]["competitor"]["skater"]
    with pytest.raises(FileFormatError, match="team results are not read"):
        read_results_service(bad, name="final.json")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"detail": "Not found."}', "expected a JSON list"),
        ("[]", "an empty list"),
        ('[{"foo": 1}]', "expected a response of the ISU results service"),
        ("[1, 2]", "expected a response of the ISU results service"),
        ('[{"competitor": {}', "not JSON"),
    ],
)
def test_a_response_of_the_wrong_shape_is_refused(text: str, message: str) -> None:
    with pytest.raises(FileFormatError, match=message):
        read_results_service(text)


def test_an_empty_results_response_reads_with_kind_and_is_no_race() -> None:
    res = read_results_service("[]", kind="results")
    assert isinstance(res, ServiceResults) and res.lines == ()
    comp = Competition(4, "1000m Men", "ID", 1000, "M", datetime.datetime(2026, 1, 3))
    with pytest.raises(ResultsError, match="nobody has finished yet"):
        res.race(comp, datetime.date(2026, 1, 3))


def test_the_during_snapshot_is_no_race_until_someone_finishes() -> None:
    data = [x for x in _json("competition-4-results-during") if x["status"] is None]
    res = read_results_service(data)
    assert isinstance(res, ServiceResults) and len(res.to_skate) == 18
    comp = Competition(4, "1000m Men", "ID", 1000, "M", datetime.datetime(2026, 1, 3))
    with pytest.raises(ResultsError, match=r"nobody has finished yet \(18 to skate\)"):
        res.race(comp, datetime.date(2026, 1, 3))


def _line(i: int, t: int, behind: int, rank: int | None = None) -> dict[str, Any]:
    return {
        "competitor": {"skater": {"firstName": "Skater", "lastName": str(i), "country": "USA"}},
        "startNumber": i,
        "startLane": "I",
        "rank": 1 + i if rank is None else rank,
        "status": 0,
        "time": RaceTime(t, 3).format(),
        "timeBehind": f"{behind // 1000}.{behind % 1000:03d}"
        if behind < 60_000
        else f"{behind // 60000}:{behind % 60000 // 1000:02d}.{behind % 1000:03d}",
        "laps": [],
    }


@given(service_finished())
def test_time_behind_check_accepts_exactly_the_consistent_results(
    case: tuple[list[int], list[int]],
) -> None:
    times, behind = case
    ranks = [1 + sum(u < t for u in times) for t in times]  # by time, equal times share
    data = [_line(i, t, b, r) for i, (t, b, r) in enumerate(zip(times, behind, ranks, strict=True))]
    consistent = all(b == t - min(times) for t, b in zip(times, behind, strict=True))
    if consistent:
        res = read_results_service(data)
        assert isinstance(res, ServiceResults)
        assert [x.behind for x in res.lines] == behind
    else:
        with pytest.raises(FileFormatError, match="is not the time"):
            read_results_service(data)


@given(st.lists(st.integers(30_000, 30_004), min_size=1, max_size=6), st.data())
def test_a_rank_is_accepted_exactly_when_it_follows_the_times(
    times: list[int], data: st.DataObject
) -> None:
    """Each finished line's rank must be one more than the number of faster times (equal
    times share): any other rank is refused naming the skater and the file."""
    right = [1 + sum(u < t for u in times) for t in times]
    ranks = data.draw(st.lists(st.integers(1, 7), min_size=len(times), max_size=len(times)))
    lead = min(times)
    lines = [_line(i, t, t - lead, r) for i, (t, r) in enumerate(zip(times, ranks, strict=True))]
    if ranks == right:
        res = read_results_service(lines, name="ranks.json")
        assert isinstance(res, ServiceResults)
        assert [e.place for e in res.entries] == sorted(right)
    else:
        with pytest.raises(
            FileFormatError, match=r"rank \d+ does not follow the times.*ranks\.json"
        ):
            read_results_service(lines, name="ranks.json")


def test_official_md_results_service_example_runs_on_the_saved_responses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The worked example of docs/official.md (a text block: it names files a reader saved)
    runs as a doctest beside the saved responses."""
    import doctest
    import re

    page = (Path(__file__).parent.parent / "docs" / "official.md").read_text("utf-8")
    section = page[page.index("## The ISU results service") :]
    block = re.search(r"```text\n(.*?)```", section, re.DOTALL)
    assert block is not None
    monkeypatch.chdir(API)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.group(1), {}, "official.md", "official.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    result = runner.run(test)
    assert (result.failed, result.attempted) == (0, 10)


def test_an_empty_or_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    empty = tmp_path / "results.json"
    empty.write_bytes(b"")
    with pytest.raises(FileFormatError, match=r"results\.json' is empty"):
        read_results_service(empty)
    with pytest.raises(FileFormatError, match=r"cannot read .*missing\.json"):
        read_results_service(tmp_path / "missing.json")


def test_bytes_that_are_not_utf8_are_refused() -> None:
    with pytest.raises(FileFormatError, match=r"not UTF-8 text \(byte 0xff at offset 1\)"):
        read_results_service(b"[\xff]")


# --- results that cannot be the competition's; the division; a time without a status ------


def _competition(number: int) -> Competition:
    comps = read_results_service(_path("competitions"))
    found = [c for c in comps if isinstance(c, Competition) and c.number == number]
    return found[0]


@pytest.mark.parametrize(
    ("number", "why"),
    [
        (3, r"Conor Mcdermott-Mostowy is a skater of category M, but these are the results of"
         r" competition 3 \(1000m Women\), category F"),
        (6, r"has 3 laps, but competition 6 \(1st 500m Men\) has 2"),
    ],
)  # fmt: skip
def test_results_saved_under_another_competition_are_refused(number: int, why: str) -> None:
    """The men's 1000 m results read as competition 3 (women's 1000 m) or 6 (men's 500 m),
    as when a response is saved under the wrong number: refused, never scored as that race."""
    res = _results("competition-4-results-final")
    with pytest.raises(ResultsError, match=why + r".*another competition"):
        res.race(_competition(number), datetime.date(2026, 1, 3))


@pytest.mark.parametrize(("given", "division"), [("", "A"), ("A", "A"), ("B", "B"), ("b", "B")])
def test_the_competitions_division_is_the_races(given: str, division: str) -> None:
    data = _json("competitions")
    data[3]["division"] = given
    (comp,) = [
        c for c in read_results_service(data) if isinstance(c, Competition) and c.number == 4
    ]
    assert isinstance(comp, Competition)
    race = _results("competition-4-results-final").race(comp, datetime.date(2026, 1, 3))
    assert race.division == division


def test_a_division_other_than_a_or_b_is_refused() -> None:
    data = _json("competitions")
    data[3]["division"] = "C"
    (comp,) = [
        c for c in read_results_service(data) if isinstance(c, Competition) and c.number == 4
    ]
    assert isinstance(comp, Competition)
    with pytest.raises(ResultsError, match=r"division 'C' is neither A nor B"):
        _results("competition-4-results-final").race(comp, datetime.date(2026, 1, 3))


def test_a_time_without_a_status_is_no_result_and_is_named() -> None:
    """A line with a time and a rank but no status yet (a pair being confirmed) is not a
    result, and a warning names it with its time; the other ranks still follow the times."""
    data = _json("competition-4-results-final")
    second = next(x for x in data if x["rank"] == 2)
    second["status"] = None
    res = read_results_service(data, name="final.json")
    assert isinstance(res, ServiceResults)
    assert "Cooper Mcleod" not in [e.name for e in res.entries]
    assert (
        "final.json: Cooper Mcleod has a time (1:07.845) but no status yet: not a result until"
        " the service gives status 0 (finished)"
    ) in res.warnings
    assert not any("still to skate" in w for w in res.warnings)


def test_a_last_passage_other_than_the_time_is_said() -> None:
    data = _json("competition-4-results-final")
    data[0]["laps"][-1]["passageTime"] = "1:07.616"
    res = read_results_service(data, name="final.json")
    assert isinstance(res, ServiceResults)
    assert (
        "final.json: Conor Mcdermott-Mostowy's last passage time 1:07.616 is not the final"
        " time 1:07.606 (the time is the result)"
    ) in res.warnings
    assert res.entries[0].time == RaceTime.parse("1:07.606")
