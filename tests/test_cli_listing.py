"""Official results listings as command-line input (skatecalc.cli.listing), on the two
real listings as published (ISU World Cup 2025/26, Salt Lake City and Calgary)."""

from __future__ import annotations

import argparse
import datetime
import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from skatecalc.cli.inputs import files_of, inputs_of
from skatecalc.cli.listing import (
    championship_of,
    load_championship,
    load_trials,
    load_worldcup,
    read_listings,
    trials_of,
    worldcup_of,
)
from skatecalc.cli.spec import add_listings
from skatecalc.cli.watch import follow
from skatecalc.errors import (
    FileFormatError,
    InvalidDistanceError,
    ResultsError,
    SkatecalcError,
    UnknownCombinationError,
    UnknownValueError,
    UsageError,
)
from skatecalc.io import championship_results, format_listing, read_listing, trials_results
from skatecalc.io.listing import Event, Race
from skatecalc.io.sniff import is_listing, sniff_path
from skatecalc.worldcup import Rules

from .conftest import ROOT
from .helpers import run_cli

LISTINGS = ROOT / "tests/data/seed/listings"
SLC = LISTINGS / "wc2025-26-1-salt-lake-city.txt"
CAL = LISTINGS / "wc2025-26-2-calgary.txt"


def listing_file(tmp_path: Path, name: str, *races: Race) -> Path:
    """``races`` written in the listing layout, without an event header."""
    path = tmp_path / name
    path.write_text("\n".join(format_listing(r) for r in races), encoding="utf-8")
    return path


# --- recognising a listing ---------------------------------------------------------------


@pytest.mark.parametrize("path", [SLC, CAL])
def test_both_real_listings_are_recognised(path: Path) -> None:
    assert sniff_path(path) == "listing"
    assert is_listing(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "path",
    [
        ROOT / "skatecalc/data/examples/wsc2024-women.csv",
        ROOT / "README.md",
        ROOT / "pyproject.toml",
    ],
)
def test_other_files_are_not_listings(path: Path) -> None:
    assert sniff_path(path) != "listing"


def test_a_listing_cut_after_its_header_is_still_a_listing() -> None:
    """So that a half-written file reaches the listing reader, which says where it ends."""
    assert is_listing("1. World Cup 2025/2026\n14. - 16.11.2025\n")
    assert is_listing("\ufeff\r\n3000 meter (Women), 14.11.2025\r\n")


def test_csv_with_a_date_is_not_a_listing() -> None:
    assert not is_listing("name,500\n14.11.2025,37.07\n")
    assert not is_listing("")


def test_unreadable_path_is_not_a_listing(tmp_path: Path) -> None:
    assert sniff_path(tmp_path / "missing.txt") is None
    assert sniff_path(tmp_path) == "folder"  # a directory: PDFs or saved responses


def test_read_listings_refuses_a_file_that_is_not_a_listing(tmp_path: Path) -> None:
    csv = tmp_path / "results.csv"
    csv.write_text("name,500\nFemke Kok,37.07\n", encoding="utf-8")
    with pytest.raises(ResultsError, match=r"'.*results.csv' is not an official results listing"):
        read_listings([SLC, csv])
    with pytest.raises(ResultsError, match="no listing given"):
        read_listings([])


def test_read_listings_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"cannot read .*missing\.txt"):
        read_listings([tmp_path / "missing.txt"])


# --- World Cup ----------------------------------------------------------------------------


def test_worldcup_1000_men_after_two_listings_by_hand() -> None:
    """2025/26 Division A table: 1st 60, 2nd 54, 3rd 48, 4th 43, 6th 38, 9th 32.

    Stolz won both (60 + 60 = 120); de Boo 3rd in SLC, 2nd in Calgary (48 + 54 = 102);
    Żurek 2nd in SLC, 6th in Calgary (54 + 38 = 92); Wennemars shared 9th in SLC (32) and
    was 3rd in Calgary (48) = 80; Mcleod shared 9th (32) and was 4th (43) = 75.
    """
    slc = read_listing(SLC)
    cal = read_listing(CAL)
    assert slc.races_of(1000, "men", "A")[0].entry("Damian Żurek").place == 2
    assert cal.races_of(1000, "men", "A")[0].entry("Damian Żurek").place == 6
    ((name, cup),) = load_worldcup(
        [SLC, CAL], season="2025/26", distance=1000, gender="men", division="A"
    )
    assert name == "1000 m men"
    assert [(s.rank, s.name, s.points) for s in cup.standings()[:5]] == [
        (1, "Jordan Stolz", 60 + 60),
        (2, "Jenning de Boo", 48 + 54),
        (3, "Damian Żurek", 54 + 38),
        (4, "Joep Wennemars", 32 + 48),
        (5, "Cooper Mcleod", 32 + 43),
    ]


def test_worldcup_equals_the_library_adapter() -> None:
    from skatecalc.io import worldcup_cup

    for distance in (500, 1500, "5000", "team pursuit"):
        for gender in ("men", "women"):
            ((_, cup),) = load_worldcup(
                [SLC, CAL], season="2025/26", distance=distance, gender=gender, division="A"
            )
            expected = worldcup_cup(
                [read_listing(SLC), read_listing(CAL)], distance, gender, division="A"
            )
            assert cup.standings() == expected.standings()


def test_worldcup_every_cup_of_the_listings_in_order(tmp_path: Path) -> None:
    paths = []
    for listing in (SLC, CAL):
        ev = read_listing(listing)
        no_mass_start = [r for r in ev.races if r.distance != "mass start"]
        ev = Event(ev.name, ev.first_day, ev.last_day, ev.venue, tuple(no_mass_start))
        paths.append(tmp_path / listing.name)
        paths[-1].write_text(format_listing(ev), encoding="utf-8")
    cups = load_worldcup(paths, season="2025/26", division="A", distance=None)
    assert [name for name, _ in cups] == [
        "3000/5000 m women",
        "5000/10000 m men",
        "1000 m women",
        "1000 m men",
        "500 m women",
        "500 m men",
        "1500 m women",
        "1500 m men",
        "team pursuit women",
        "team pursuit men",
    ]  # no team sprint in these listings; the mixed relay counts in no cup


def _rules_2025_26_without_the_pdf_tables() -> Rules:
    """2025/26 as before its tables were read from the official PDFs (Division B unknown,
    the mass start on the 20-place Division A table)."""
    from skatecalc import worldcup

    r = worldcup.rules("2025/26")
    return attrs.evolve(r, division_b=worldcup.rules("2024/25").division_b, distance_tables=())


def test_worldcup_every_cup_stops_at_a_mass_start_beyond_the_table() -> None:
    """Division A mass starts with more than 20 finishers: points beyond 20th are unknown."""
    with pytest.raises(SkatecalcError, match="place 21 is beyond the 20-place table"):
        load_worldcup(
            [SLC, CAL],
            season="2025/26",
            division="A",
            rules=_rules_2025_26_without_the_pdf_tables(),
        )
    load_worldcup([SLC, CAL], season="2025/26", division="A")  # 2025/26 scores places 21-24


def test_worldcup_gender_without_distance() -> None:
    from skatecalc import worldcup

    rules = worldcup.rules("2025/26").override(division_b=list(range(50, 0, -1)))
    cups = load_worldcup([SLC], season="2025/26", gender="women", division="B", rules=rules)
    assert [name for name, _ in cups] == [
        "3000/5000 m women",
        "1000 m women",
        "500 m women",
        "1500 m women",
        "team pursuit women",
        "mass start women",
    ]
    with pytest.raises(SkatecalcError, match="place 21 is beyond"):
        load_worldcup(
            [SLC],
            season="2025/26",
            gender="women",
            division="A",
            rules=_rules_2025_26_without_the_pdf_tables(),
        )


def test_worldcup_distance_without_gender_gives_both_cups() -> None:
    cups = load_worldcup([SLC], season="2025/26", distance="1000", division="A")
    assert [name for name, _ in cups] == ["1000 m women", "1000 m men"]


def test_worldcup_division_b_table_unknown_is_an_error_naming_the_line() -> None:
    with pytest.raises(UnknownValueError, match=r"line 243 of wc2025-26-1-salt-lake-city.txt"):
        load_worldcup(
            [SLC],
            season="2025/26",
            distance=1000,
            gender="men",
            rules=_rules_2025_26_without_the_pdf_tables(),
        )


def test_worldcup_division_b_with_a_supplied_table() -> None:
    from skatecalc import worldcup

    rules = worldcup.rules("2025/26").override(division_b=list(range(50, 0, -1)))
    ((_, cup),) = load_worldcup(
        [SLC], season="2025/26", distance=1000, gender="men", division="b", rules=rules
    )
    assert [r.name for r in cup.races] == ["WC1 1000 m 14.11.2025 B"]


def test_worldcup_listing_of_another_season(tmp_path: Path) -> None:
    other = tmp_path / "wc2024.txt"
    text = CAL.read_text(encoding="utf-8")
    other.write_text(
        text.replace("2. World Cup 2025/2026", "2. World Cup 2024/2025")
        .replace("21. - 23.11.2025", "21. - 23.11.2024")
        .replace(".11.2025", ".11.2024"),
        encoding="utf-8",
    )
    with pytest.raises(ResultsError, match=r"wc2024.txt is a listing of season 2024/25.*line 1"):
        load_worldcup([SLC, other], season="2025/26", distance=1000, gender="men", division="A")


def test_worldcup_season_option_must_match_the_listings() -> None:
    with pytest.raises(ResultsError, match=r"season 2025/26 .* but season 2024/25"):
        load_worldcup([SLC], season="2024/25", distance=1000, gender="men", division="A")


def test_worldcup_no_such_race_in_the_listings(tmp_path: Path) -> None:
    only = listing_file(tmp_path, "only.txt", read_listing(SLC).races[3])  # 1000 m men
    with pytest.raises(ResultsError, match="the listings hold no 1500 m men race"):
        load_worldcup([only], season="2025/26", distance=1500, gender="men")
    with pytest.raises(ResultsError, match="no 1000 m men race in Division B"):
        load_worldcup([only], season="2025/26", distance=1000, gender="men", division="B")


def test_worldcup_bad_choices() -> None:
    with pytest.raises(InvalidDistanceError, match="3000 m is not a World Cup distance"):
        load_worldcup([SLC], season="2025/26", distance=3000, gender="men")
    with pytest.raises(ResultsError, match="division 'C' must be A or B"):
        load_worldcup([SLC], season="2025/26", division="C")
    with pytest.raises(ResultsError, match="gender 'mixed' must be 'men' or 'women'"):
        load_worldcup([SLC], season="2025/26", gender="mixed")


# --- championship -------------------------------------------------------------------------


def two_distances() -> tuple[Race, Race]:
    """The docs' demonstration: the SLC 500 m and the Calgary 1000 m of the women's
    Division A as the first half of a sprint."""
    slc, cal = read_listing(SLC), read_listing(CAL)
    r500, r1000 = slc.races_of(500, "women", "A")[0], cal.races_of(1000, "women", "A")[0]
    # only the women who skated both: a skater missing on day 1 is refused
    kept = [e for e in r1000.entries if e.name in r500.names]
    kept = [attrs.evolve(e, place=i + 1, line=None) for i, e in enumerate(kept)]
    return r500, attrs.evolve(r1000, entries=tuple(kept))


def test_championship_one_listing_per_distance_or_one_with_both(tmp_path: Path) -> None:
    r500, r1000 = two_distances()
    apart = [listing_file(tmp_path, "d1.txt", r500), listing_file(tmp_path, "d2.txt", r1000)]
    together = listing_file(tmp_path, "all.txt", r500, r1000)
    expected = championship_results([r500, r1000], combination="sprint")
    for paths in (apart, list(reversed(apart)), [together]):
        f = load_championship(paths, combination="sprint")
        assert f.combination.name == "sprint"
        assert f.results == expected.results
        assert f.nations == expected.nations
    assert load_championship(apart, combination="sprint").source == "d1.txt, d2.txt"


def test_championship_combination_inferred_from_the_races(tmp_path: Path) -> None:
    """500 m then 1000 m start only the sprint; a 500 m alone starts every combination."""
    r500, r1000 = two_distances()
    path = listing_file(tmp_path, "d.txt", r500, r1000)
    assert load_championship([path]).combination.name == "sprint"
    with pytest.raises(UnknownCombinationError, match="start several combinations") as exc:
        load_championship([listing_file(tmp_path, "d1.txt", r500)])
    assert str(exc.value).endswith("name one with combination=...")
    assert exc.value.cli_text().endswith("name one with --combination NAME")


def test_championship_of_a_world_cup_listing_asks_for_a_gender() -> None:
    with pytest.raises(ResultsError, match="men and women: choose one with --gender men or"):
        load_championship([SLC])


def test_championship_of_a_world_cup_listing_is_no_championship() -> None:
    with pytest.raises(
        SkatecalcError, match="a championship classifies distances in metres; team pursuit women"
    ):
        load_championship([SLC], gender="women")


def test_championship_results_with_a_dq_classify(tmp_path: Path) -> None:
    r500, _ = two_distances()
    f = load_championship([listing_file(tmp_path, "d1.txt", r500)], combination="sprint")
    table = f.classify()
    assert table[0].name == "Femke Kok"
    assert len(table) == len(r500.entries)


# --- trials --------------------------------------------------------------------------------


def test_trials_two_500_m_races_faster_time_counts(tmp_path: Path) -> None:
    cal = read_listing(CAL)
    a500 = [r for r in cal.races if r.division == "A" and r.distance == 500 and r.gender == "women"]
    path = listing_file(tmp_path, "okt.txt", *a500)
    trials, warnings = load_trials([path], "women")
    assert trials.results == trials_results(a500, "women")
    assert trials.results[500][:4] == (
        "Femke Kok",
        "Jutta Leerdam",
        "Marrit Fledderus",
        "Ying-Chu Chen",
    )
    assert trials.mass_start is None
    assert warnings == ()


def test_trials_events_left_out_with_a_warning_each(tmp_path: Path) -> None:
    slc = read_listing(SLC)
    races = [
        slc.races_of(1000, "men", "A")[0],
        *slc.races_of("team pursuit", "men", "A"),
        *slc.races_of("mass start", "men", "A"),
    ]
    ev = Event(
        "OKT", datetime.date(2025, 11, 14), datetime.date(2025, 11, 16), "Oval", tuple(races)
    )
    path = tmp_path / "okt.txt"
    path.write_text(format_listing(ev), encoding="utf-8")
    trials, warnings = load_trials([path], "men")
    assert list(trials.results) == [1000]
    # the two events left out, and the shared 9th place on the 1000 m (kept in listing order)
    assert len(warnings) == 3
    assert warnings[2].startswith(
        "Joep Wennemars and Cooper Mcleod share place 9 on the 1000 m (line "
    )
    assert "keeps the listing's order" in warnings[2]
    assert trials.results[1000][8:10] == ("Joep Wennemars", "Cooper Mcleod")
    assert warnings[0].startswith("left out team pursuit men, 16.11.2025, Division A (line ")
    assert "--mass-start" not in warnings[0]
    assert warnings[1].startswith("left out mass start men, 16.11.2025, Division A (line ")
    assert warnings[1].endswith("give the mass-start skater with --mass-start NAME")


# --- the command line's arguments ---------------------------------------------------------


def ns(**kwargs: object) -> argparse.Namespace:
    base: dict[str, object] = {
        "file": None,
        "more": [],
        "example": None,
        "combination": None,
        "gender": None,
        "season": None,
        "distance": None,
        "division": None,
        "after": None,
    }
    return argparse.Namespace(**{**base, **kwargs})


def test_file_then_listings_on_the_command_line() -> None:
    """FILE [LISTING...] SKATER: the last positional stays the skater's name."""
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?")
    add_listings(parser, gender=True, division=True)
    parser.add_argument("skater")
    one = parser.parse_args(["a.txt", "Femke Kok"])
    assert files_of(one) == ["a.txt"] and one.skater == "Femke Kok"
    three = parser.parse_args(["a.txt", "b.txt", "c.txt", "Femke Kok", "--division", "b"])
    assert files_of(three) == ["a.txt", "b.txt", "c.txt"] and three.skater == "Femke Kok"
    assert three.division == "B" and three.gender is None
    none = parser.parse_args(["Femke Kok", "--gender", "women"])
    assert files_of(none) == [] and none.gender == "women"
    assert files_of(argparse.Namespace(file="x.csv")) == ["x.csv"]


def listing_files(args: argparse.Namespace) -> list[str] | None:
    """The sources of ``args`` when they are official (the old helper, as a test's view)."""
    inputs = inputs_of(args, "results")
    return files_of(args) if inputs[0].official else None


def test_listing_files_only_for_listings(tmp_path: Path) -> None:
    csv = ROOT / "skatecalc/data/examples/wsc2024-women.csv"
    assert listing_files(ns(file=str(csv))) is None
    assert inputs_of(ns(example="wsc2024-women"), "results")[0].format == "csv"
    assert listing_files(ns(file=str(SLC))) == [str(SLC)]
    assert listing_files(ns(file=str(SLC), more=[str(CAL)])) == [str(SLC), str(CAL)]
    with pytest.raises(FileFormatError, match="cannot read"):  # its reader says why
        listing_files(ns(file=str(tmp_path / "missing.txt")))
    with pytest.raises(ResultsError, match="can only be the one FILE"):
        listing_files(ns(file=str(SLC), more=["-"]))
    with pytest.raises(UsageError, match="not both"):  # a usage error (exit 2), as for one FILE
        listing_files(ns(file=str(SLC), more=[str(CAL)], example="wsc2024-women"))


def test_several_files_are_read_only_as_listings() -> None:
    csv = str(ROOT / "skatecalc/data/examples/wsc2024-women.csv")
    with pytest.raises(ResultsError, match=r"women\.csv' is not an official results listing"):
        championship_of(ns(file=str(SLC), more=[csv]))


def test_championship_of_args(tmp_path: Path) -> None:
    r500, r1000 = two_distances()
    path = listing_file(tmp_path, "d.txt", r500, r1000)
    f = championship_of(ns(file=str(path)))
    assert f is not None and f.combination.name == "sprint"
    assert championship_of(ns(file=str(ROOT / "skatecalc/data/examples/wsc2024-women.csv"))) is None


def rules_of(args: argparse.Namespace) -> Rules:
    from skatecalc import worldcup

    return worldcup.rules(args.season)


def test_worldcup_of_args() -> None:
    found = worldcup_of(
        ns(file=str(SLC), more=[str(CAL)], distance="1000", gender="men", division="A"), rules_of
    )
    assert found is not None
    season, ((name, cup),) = found
    assert (season, name) == ("2025/26", "1000 m men, Division A")
    assert cup.standings()[0].points == 120
    until = worldcup_of(
        ns(
            file=str(SLC),
            more=[str(CAL)],
            distance="1000",
            gender="men",
            division="A",
            after="WC1 1000 m 14.11.2025",
            season="2025-26",
        ),
        rules_of,
    )
    assert until is not None
    assert [r.name for r in until[1][0][1].races] == ["WC1 1000 m 14.11.2025"]
    assert worldcup_of(ns(file="skatecalc/data/examples/wsc2024-women.csv"), rules_of) is None


def test_follow_refuses_what_it_cannot_watch() -> None:
    from skatecalc.cli.common import UsageError

    for args in (ns(example="wsc2024-women"), ns(file="-"), ns()):
        with pytest.raises(UsageError, match="--watch follows files"):
            follow(lambda a: "x", args)


def test_follow_runs_the_command_without_watch_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import skatecalc.cli.watch as w

    monkeypatch.chdir(tmp_path)  # --watch follows files that exist (a missing one is an error)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("x\n", "utf-8")

    seen: list[tuple[str, list[str]]] = []

    def fake_watch(render: Callable[[], str], paths: list[str], **options: object) -> int:
        seen.append((render(), paths))
        return 0

    monkeypatch.setattr(w, "watch", fake_watch)
    with pytest.raises(SystemExit) as exit_:
        follow(lambda a: f"watch={a.watch}", ns(file="a.txt", more=["b.txt"], watch=True))
    assert exit_.value.code == 0
    assert seen == [("watch=False", ["a.txt", "b.txt"])]


def test_trials_of_args_warns_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cal = read_listing(CAL)
    races = [
        *cal.races_of(500, "women", "A"),
        *cal.races_of("mass start", "women", "A"),
        *cal.races_of("team pursuit", "women", "A"),
    ]
    path = listing_file(tmp_path, "okt.txt", *races)
    trials = trials_of(ns(file=str(path)), "women")
    assert trials is not None
    assert trials.results == trials_results(races[:2], "women")
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert all(line.startswith("skatecalc: warning: left out ") for line in err)
    assert trials_of(ns(file="okt2021"), "men") is None


def test_trials_tie_between_two_races_is_an_error() -> None:
    """Division A and B 1000 m men in one listing are two runs: Wennemars and Mcleod share
    1:07.01 in one race and nothing splits them."""
    with pytest.raises(ResultsError, match=r"Wennemars and Cooper Mcleod both have 1:07\.01"):
        load_trials([SLC], "men")


def test_listing_options_on_other_input_are_usage_errors() -> None:
    from skatecalc.cli.common import UsageError

    csv = str(ROOT / "skatecalc/data/examples/wsc2024-women.csv")
    with pytest.raises(UsageError, match="--gender chooses the races of official results"):
        championship_of(ns(file=csv, gender="women"))
    with pytest.raises(UsageError, match="--division chooses the races of official results"):
        worldcup_of(ns(example="wc2017-18-men-500", division="A"), rules_of)


# --- the commands, end to end ----------------------------------------------------------------

PACKAGED = "wc2025-26-1-salt-lake-city wc2025-26-2-calgary"
WC_1000_MEN_A = f"worldcup standings {PACKAGED} --season 2025/26 --distance 1000 --gender men"


def test_worldcup_standings_from_the_packaged_listings() -> None:
    status, out, err = run_cli(f"skatecalc {WC_1000_MEN_A} --division A")
    assert (status, err) == (0, "")
    assert out.splitlines()[:4] == [
        "ISU World Cup 2025/26, 1000 m men, Division A: 2 races",
        "rank  name                     points  wins  WC1 1000 m 14.11.2025  WC2 1000 m 21.11.2025",
        "   1  Jordan Stolz                120     2                     60                     60",
        "   2  Jenning de Boo              102     0                     48                     54",
    ]


def test_worldcup_standings_files_equal_packaged_names() -> None:
    files = f"worldcup standings {SLC} {CAL} --distance TP --gender women --division a"
    by_file = run_cli(f"skatecalc {files} --format json")
    by_name = run_cli(
        f"skatecalc worldcup standings {PACKAGED} --distance TP --gender women"
        " --division A --format json"
    )
    assert by_file == by_name
    rows = json.loads(by_file[1])
    assert rows[0]["cup"] == "team pursuit women, Division A"
    assert rows[0]["rank"] == 1


def test_worldcup_standings_division_b_2025_26_scores_with_the_official_tables() -> None:
    # was: the Division B table unknown, exit 1; 2025/26 now has it (official result PDFs)
    status, out, _ = run_cli(f"skatecalc {WC_1000_MEN_A}")
    assert status == 0
    assert out.splitlines()[0] == "ISU World Cup 2025/26, 1000 m men: 4 races"


def test_worldcup_standings_division_b_with_table_b() -> None:
    points = ",".join(str(p) for p in range(40, 0, -1))  # a made-up table, 40 places
    status, out, _ = run_cli(f"skatecalc {WC_1000_MEN_A} --division B --table-b {points}")
    assert status == 0
    assert out.splitlines()[0] == "ISU World Cup 2025/26, 1000 m men, Division B: 2 races"


def test_worldcup_standings_season_from_the_listings_or_refused() -> None:
    without = WC_1000_MEN_A.replace("--season 2025/26 ", "")
    assert run_cli(f"skatecalc {without} --division A") == run_cli(
        f"skatecalc {WC_1000_MEN_A} --division A"
    )
    status, _, err = run_cli(f"skatecalc {WC_1000_MEN_A.replace('2025/26', '2024/25')}")
    assert status == 1 and "one cup takes the listings of one season" in err


def test_worldcup_standings_season_file_still_read() -> None:
    status, out, _ = run_cli("skatecalc worldcup standings --example wc2017-18-men-500")
    assert status == 0 and out.startswith("ISU World Cup 2017/18")
    status, _, err = run_cli(
        "skatecalc worldcup standings --example wc2017-18-men-500 --division A"
    )
    assert status == 2 and "--division chooses the races of official results listings" in err


def test_several_files_with_one_not_a_listing_exit_1() -> None:
    csv = ROOT / "skatecalc/data/examples/wsc2024-women.csv"
    status, _, err = run_cli(f"skatecalc standings {SLC} {csv}")
    assert status == 1 and "wsc2024-women.csv' is not an official results listing" in err


def test_standings_of_a_world_cup_listing_names_the_problem() -> None:
    status, _, err = run_cli(f"skatecalc standings {SLC}")
    assert status == 1 and "men and women: choose one with --gender men or --gender women" in err
    status, _, err = run_cli(f"skatecalc standings {SLC} --gender women")
    assert status == 1
    assert "team pursuit women, 16.11.2025, Division A is not one (line 564" in err


def both_skated(tmp_path: Path) -> tuple[Path, Path]:
    """The docs' sprint demonstration as two listing files: the eight women of the SLC
    500 m (15 November) and the Calgary 1000 m who skated both, places renumbered."""
    r500, r1000 = two_distances()
    names = [n for n in r500.names if n in r1000.names and r500.entry(n).time is not None]

    def keep(race: Race) -> Race:
        kept = [e for e in race if e.name in names and e.time is not None]
        entries = tuple(attrs.evolve(e, place=k) for k, e in enumerate(kept, start=1))
        return attrs.evolve(race, entries=entries)

    return listing_file(tmp_path, "d1.txt", keep(r500)), listing_file(
        tmp_path, "d2.txt", keep(r1000)
    )


def test_standings_need_board_from_listings(tmp_path: Path) -> None:
    d1, d2 = both_skated(tmp_path)
    status, out, err = run_cli(f"skatecalc standings {d1} {d2}")
    assert (status, err) == (0, "")
    assert out.splitlines()[:3] == [
        "Sprint: standings after 2 of 4 distances",
        "#  Name               Nat    500 (1)     1000 (1)  Points  Gap 500",
        "1  Femke Kok          NED  36.48 (1)  1:12.36 (1)  72.660",
    ]
    assert run_cli(f"skatecalc standings {d2} {d1}") == (status, out, err)  # by date
    status, out, _ = run_cli(f"skatecalc need {d1} {d2} 'Jutta Leerdam' --beat 'Femke Kok'")
    assert status == 0
    assert out.startswith("Jutta Leerdam must be at least 1.20 s faster than Femke Kok")
    status, out, _ = run_cli(f"skatecalc board {d1} {d2} --format json")
    assert status == 0 and len(json.loads(out)) == 8


def test_olympic_outlook_from_a_listing(tmp_path: Path) -> None:
    cal = read_listing(CAL)
    races = [*cal.races_of(500, "women", "A"), *cal.races_of("mass start", "women", "A")]
    okt = listing_file(tmp_path, "okt.txt", *races)
    status, out, err = run_cli(f"skatecalc olympic outlook {okt} --order NED-2022-women")
    assert status == 0
    assert out.splitlines()[1].split()[:3] == ["Femke", "Kok", "safe"]
    assert err.startswith("skatecalc: warning: left out mass start women, 23.11.2025")


def test_recognising_a_listing_uses_the_readers_patterns() -> None:
    """io.sniff copies the reader's patterns (so that the check loads no reader)."""
    from skatecalc.io import sniff
    from skatecalc.io.listing import reader

    assert sniff._TITLE.pattern == reader._TITLE.pattern
    assert sniff._DATES.pattern == reader._DATES.pattern
    assert sniff._TITLE.flags == reader._TITLE.flags


def test_recognising_a_listing_loads_no_world_cup_or_olympic_code() -> None:
    import subprocess
    import sys

    show = (
        "print(sorted(m for m in sys.modules"
        " if m.startswith(('skatecalc.worldcup', 'skatecalc.olympic', 'skatecalc.io.listing'))))"
    )
    sniff = (
        f"from skatecalc.io.sniff import sniff_path;assert sniff_path({str(SLC)!r}) == 'listing';"
    )

    def modules(code: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", "import sys, skatecalc;" + code + show],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    assert modules(sniff) == modules("")


# --- issue "Nothing wrong gets in" on the command line -------------------------------------


def _day1(tmp_path: Path) -> Path:
    text = SLC.read_text(encoding="utf-8")
    path = tmp_path / "day1.txt"
    path.write_text(text[: text.index("1000 meter (Women)")], encoding="utf-8")
    return path


def test_standings_day1_txt_day1_txt_is_refused(tmp_path: Path) -> None:
    day1 = _day1(tmp_path)
    status, out, err = run_cli(f"skatecalc standings {day1} {day1} --gender women")
    assert status != 0 and not out
    assert "the same race twice" in err and "day1.txt" in err


def test_worldcup_standings_day1_txt_day1_txt_is_refused(tmp_path: Path) -> None:
    day1 = _day1(tmp_path)
    status, out, _ = run_cli(f"skatecalc worldcup standings {day1} {day1} --gender women")
    assert status != 0 and not out


def _only_b(tmp_path: Path) -> Path:
    # Calgary's Division B 1000 m men alone, with the event header
    text = CAL.read_text(encoding="utf-8")
    first = text.index("1000 meter (Men), 21.11.2025")
    start = text.index("1000 meter (Men), 21.11.2025", first + 10)
    path = tmp_path / "only-b.txt"
    path.write_text(
        text[:first] + text[start : text.index("\n\n\n", start)] + "\n", encoding="utf-8"
    )
    return path


def test_worldcup_standings_only_b_txt_warns_the_division_is_inferred(tmp_path: Path) -> None:
    only_b = _only_b(tmp_path)
    _, _, err = run_cli(f"skatecalc worldcup standings {only_b} --distance 1000 --gender men")
    assert "warning: the listings list 1 race(s)" in err and "--listed-division B" in err


def test_worldcup_standings_only_b_txt_division_asks_which(tmp_path: Path) -> None:
    only_b = _only_b(tmp_path)
    status, out, err = run_cli(
        f"skatecalc worldcup standings {only_b} --distance 1000 --gender men --division A"
    )
    assert status != 0 and not out
    assert "--listed-division A or --listed-division B" in err


def test_worldcup_standings_only_b_txt_listed_division_b(tmp_path: Path) -> None:
    only_b = _only_b(tmp_path)
    status, out, err = run_cli(
        f"skatecalc worldcup standings {only_b} --distance 1000 --gender men --division B"
        " --listed-division B --table-b " + ",".join(["1"] * 40)
    )
    assert "Division A" not in out
    assert "warning: the listings list" not in err
    assert status == 0, err


def test_worldcup_standings_calgary_500m_warns_of_hundredths() -> None:
    status, _, err = run_cli(
        f"skatecalc worldcup standings {CAL} --distance 500 --gender men --division A"
    )
    assert status == 0
    assert "warning: 500 m men, 22.11.2025, Division A: every DIFF ends in 0" in err
    assert "Jenning de Boo and Jordan Stolz on 34.02" in err


def test_worldcup_standings_listing_with_non_breaking_spaces(tmp_path: Path) -> None:
    pasted = tmp_path / "pasted.txt"
    pasted.write_text(CAL.read_text(encoding="utf-8").replace(" ", "\u00a0"), encoding="utf-8")
    command = "skatecalc worldcup standings {} --distance 1000 --gender men --division A"
    assert run_cli(command.format(pasted)) == run_cli(command.format(CAL))
