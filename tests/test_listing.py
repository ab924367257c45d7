"""Official results listings: the two ISU World Cup 2025/26 samples, read unedited.

Expected values are read off the files (tests/data/seed/listings/, published results of
the ISU World Cup 2025/26, Salt Lake City and Calgary).
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import skatecalc as sc
from skatecalc import RaceTime, Status, classify
from skatecalc.errors import (
    FileFormatError,
    LimitError,
    ResultsError,
    SkatecalcError,
    UnknownValueError,
)
from skatecalc.io import (
    Event,
    championship_results,
    format_listing,
    listing,
    parse_listing,
    read_listing,
    trials_results,
    worldcup_cup,
)
from skatecalc.io.listing import Entry, parse_diff
from skatecalc.io.olympic import parse_trials_toml
from skatecalc.limits import MAX_LINE_CHARS
from skatecalc.text.layout import display_width
from skatecalc.worldcup import rules

from .helpers import listing_cells

LISTINGS = Path(__file__).parent / "data" / "seed" / "listings"
SLC = LISTINGS / "wc2025-26-1-salt-lake-city.txt"
CAL = LISTINGS / "wc2025-26-2-calgary.txt"


@pytest.fixture(scope="module")
def slc() -> Event:
    return read_listing(SLC)


@pytest.fixture(scope="module")
def cal() -> Event:
    return read_listing(CAL)


def _raw_blocks(path: Path) -> list[tuple[str, int]]:
    """An independent count: each race heading and the number of lines under its header."""
    blocks: list[tuple[str, int]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("POS "):
            n = 0
            while i + 1 + n < len(lines) and lines[i + 1 + n].strip():
                n += 1
            blocks.append((lines[i - 2], n))
    return blocks


# --- the samples, completely -----------------------------------------------------------------


def test_event_headers(slc: Event, cal: Event) -> None:
    assert (slc.name, slc.venue, slc.season, slc.number) == (
        "1. World Cup 2025/2026",
        "Utah Olympic Oval (USA)",
        "2025/26",
        1,
    )
    assert (str(slc.first_day), str(slc.last_day)) == ("2025-11-14", "2025-11-16")
    assert (cal.name, cal.venue, cal.season, cal.number) == (
        "2. World Cup 2025/2026",
        "Olympic Oval (CAN)",
        "2025/26",
        2,
    )
    assert (str(cal.first_day), str(cal.last_day)) == ("2025-11-21", "2025-11-23")


def test_race_and_entry_counts(slc: Event, cal: Event) -> None:
    assert len(slc.races) == 28
    assert len(cal.races) == 29
    assert [len(r) for r in slc.races] == [
        16, 16, 20, 20, 40, 45, 39, 40, 20, 20, 20, 20, 33, 35, 36, 43,
        24, 24, 20, 23, 24, 20, 24, 30, 18, 36, 20, 27,
    ]  # fmt: skip
    assert [len(r) for r in cal.races] == [
        20, 20, 16, 16, 39, 40, 38, 46, 20, 20, 20, 20, 35, 36, 34, 44,
        28, 24, 24, 20, 20, 23, 24, 15, 18, 36, 35, 27, 18,
    ]  # fmt: skip
    for event, path in ((slc, SLC), (cal, CAL)):
        assert [len(r) for r in event.races] == [n for _, n in _raw_blocks(path)]
        assert sum(len(r) for r in event.races) == sum(n for _, n in _raw_blocks(path))


def test_every_line_is_read_with_its_line_number(slc: Event) -> None:
    lines = SLC.read_text(encoding="utf-8").splitlines()
    for race in slc.races:
        assert race.line is not None
        assert lines[race.line - 1].startswith(("1", "3", "5", "T", "M"))
        for e in race:
            # names are read under the identity rule (skatecalc.notation): spaces folded
            assert e.line is not None and e.name in " ".join(lines[e.line - 1].split())


def test_divisions_second_race_of_a_day_is_b(slc: Event, cal: Event) -> None:
    assert "".join(r.division for r in slc.races) == "AAAABBBBAAAABBBBAAAAAABBBBBB"
    assert "".join(r.division for r in cal.races) == "AAAABBBBAAAABBBBAAAAAAABBBBBB"
    # e.g. the 16.11 team pursuit men: line 594 (A), line 735 (B)
    tp = slc.races_of("team pursuit", "men")
    assert [(r.line, r.division) for r in tp] == [(594, "A"), (735, "B")]


def test_winners_and_their_times(slc: Event, cal: Event) -> None:
    assert [(r.winner.name, str(r.winner.time)) for r in slc.races[:4]] == [
        ("Joy Beune", "3:53.69"),
        ("Timothy Loubineaud", "6:00.23"),
        ("Jutta Leerdam", "1:12.35"),
        ("Jordan Stolz", "1:05.66"),
    ]
    assert [str(r.winner.official) for r in slc.races] == [
        "3:53.69", "6:00.23", "1:12.35", "1:05.66", "3:58.03", "6:04.21", "1:14.54",
        "1:06.81", "36.48", "33.88", "1:51.05", "1:40.48", "37.78", "33.95", "1:51.65",
        "1:43.03", "2:52.13", "3:32.49", "36.09", "8:25.57", "7:39.20", "33.63", "3:39.17",
        "37.62", "2:57.81", "34.30", "8:38.27", "7:46.93",
    ]  # fmt: skip
    assert [str(r.winner.official) for r in cal.races] == [
        "1:06.00", "1:12.36", "3:54.42", "6:01.84", "1:13.86", "1:07.13", "3:57.71",
        "6:06.99", "36.65", "33.99", "1:51.17", "1:42.10", "37.73", "34.32", "1:52.56",
        "1:42.97", "2:54.05", "2:52.52", "3:35.34", "36.72", "33.79", "8:08.48", "7:42.51",
        "3:00.91", "3:37.95", "34.07", "37.39", "7:29.43", "8:25.39",
    ]  # fmt: skip
    assert cal.races[19].winner.records == ()  # Femke Kok 36.72: no marker printed
    assert slc.races[18].winner.records == ("WR",)  # Femke Kok 36.09 WR


def _shared(event: Event) -> list[tuple[int, int | None, str]]:
    out = []
    for k, r in enumerate(event.races):
        if r.is_team:
            continue
        for prev, e in zip(r.entries, r.entries[1:], strict=False):
            if e.place is not None and e.place == prev.place:
                out.append((k, e.place, e.name))
    return out


def test_every_shared_place(slc: Event, cal: Event) -> None:
    assert _shared(slc) == [
        (3, 9, "Cooper Mcleod"),
        (6, 3, "Kaitlyn McGregor"),
        (6, 13, "Fran Vanhoutte"),
        (7, 18, "Alessio Trentini"),
        (7, 28, "Sebastian Forsmark"),
        (9, 13, "Tatsuya Shinhama"),
        (10, 12, "Francesca Lollobrigida"),
        (11, 12, "Taiyo Nonomura"),
        (15, 12, "Conor Mcdermott-Mostowy"),
    ]
    assert _shared(cal) == [
        (9, 2, "Jordan Stolz"),
        (9, 7, "Marek Kania"),
        (11, 15, "Peder Kongshaug"),
        (12, 3, "Sofia Thorup"),
        (25, 6, "Sanghyeok Cho"),
        (25, 8, "Henrik Fagerli Rukke"),
        (25, 11, "Piotr Michalski"),
        (25, 20, "Cristian Landrø Magnussen"),
        (25, 20, "Conor Mcdermott-Mostowy"),
    ]
    # the place after a shared one skips: 9, 9, 11
    r = slc.races[3]
    assert [e.place for e in r.entries[7:11]] == [8, 9, 9, 11]


def test_shared_ninth_is_equal_to_the_thousandth(slc: Event) -> None:
    r = slc.races[3]  # 1000 m men, Division A
    w, m = r.entry("Joep Wennemars"), r.entry("Cooper Mcleod")
    assert (w.place, m.place) == (9, 9)
    assert (w.diff, m.diff) == (1352, 1352)
    assert w.time == m.time
    # Klein 15th and Vosté 16th print the same 1:07.76; DIFF splits them (2.103 < 2.105)
    k, v = r.entry("Moritz Klein"), r.entry("Mathias Vosté")
    assert (k.place, v.place, str(k.official), str(v.official)) == (15, 16, "1:07.76", "1:07.76")
    assert (k.diff, v.diff) == (2103, 2105)


def _statuses(event: Event) -> list[tuple[int, str, str]]:
    return [(k, str(e.status), e.name) for k, r in enumerate(event.races) for e in r if e.status]


def test_every_status_line(slc: Event, cal: Event) -> None:
    assert _statuses(slc) == [
        (3, "DQ", "Kazuya Yamada"),
        (3, "DQ", "Kjeld Nuis"),
        (7, "DQ", "Stefan Emele"),
        (7, "DNF", "Zach Stoppelmoor"),
        (14, "DNF", "Aleksandra Sayutina"),
        (21, "DQ", "Kyungmin Koo"),
        (25, "DNF", "Robbe Beelen"),
    ]
    assert _statuses(cal) == [
        (1, "DQ", "Nadezhda Morozova"),
        (8, "DQ", "Kaja Ziomek-Nogal"),
        (10, "DQ", "Jiaxuan Li"),
        (15, "DNF", "Alessio Trentini"),
        (15, "DQ", "Afonso Henrique Pestana Silva"),
        (16, "DQ", "Ivanie Blondin"),
        (16, "DQ", "Yankun Zhao"),
        (16, "DQ", "Bjørn Magnussen"),
        (16, "DQ", "Julie Nistad Samsonsen"),
        (16, "DQ", "Jéssica Carolina Santos Rodrigues"),
        (16, "DQ", "Afonso Henrique Pestana Silva"),
        (22, "DQ", "Daniele Di Stefano"),
        (25, "DNF", "David Bosa"),
        (25, "DNF", "Altaj Zjardembekuly"),
        (27, "DQ", "Mathieu Belloir"),
    ]
    for event in (slc, cal):
        for r in event.races:
            for e in r:
                assert (e.status is None) == (e.place is not None) == (e.time is not None)


def test_team_pursuit_teams_of_three_by_nation(slc: Event, cal: Event) -> None:
    nations = {
        (slc.name, 16): ["JPN", "CAN", "USA", "GER", "NED", "CHN", "NOR", "ITA"],
        (slc.name, 17): ["USA", "NOR", "CHN", "FRA", "JPN", "NED", "BEL", "ITA"],
        (slc.name, 22): ["GER", "POL", "KOR", "SUI", "KAZ", "HUN", "CZE", "CAN"],
        (slc.name, 24): ["KAZ", "BEL", "POL", "CZE", "SUI", "KOR"],
        (cal.name, 17): ["NED", "CAN", "JPN", "USA", "GER", "CHN", "KAZ", "BEL"],
        (cal.name, 18): ["USA", "FRA", "NED", "GER", "JPN", "CHN", "POL", "NOR"],
        (cal.name, 23): ["NOR", "SUI", "POL", "ITA", "KOR"],
        (cal.name, 24): ["ITA", "KOR", "CAN", "SUI", "HUN", "KAZ"],
    }
    seen = 0
    for event in (slc, cal):
        for k, r in enumerate(event.races):
            if r.distance != "team pursuit":
                continue
            seen += 1
            teams = r.teams
            assert [t.nation for t in teams] == nations[(event.name, k)]
            assert [t.place for t in teams] == list(range(1, len(teams) + 1))
            for t in teams:
                assert len(t.members) == 3
                assert {m.nation for m in t.members} == {t.nation}
    assert seen == 8
    usa = slc.races[17].teams[0]
    assert usa.names == ("Casey Dawson", "Emery Lehman", "Ethan Cepuran")
    assert (str(usa.time), usa.members[0].records) == ("3:32.49", ("WR",))


def test_diff_over_a_minute_and_negative(slc: Event, cal: Event) -> None:
    ita = slc.races[17].teams[-1]  # 4:39.70  +1.07.210
    assert (ita.nation, str(ita.members[0].official), ita.members[0].diff) == (
        "ITA",
        "4:39.70",
        67210,
    )
    assert 3 * 60_000 + 32_490 + 67_210 == 4 * 60_000 + 39_700  # 3:32.49 + 1:07.210 = 4:39.70
    stekly = slc.races[27].entry("Lukas Stekly")  # mass start: 2:12.52  -5.34.410
    assert (stekly.place, stekly.diff, str(stekly.official)) == (27, -334410, "2:12.52")
    assert parse_diff("-1.48.390") == -108390


def test_mass_start_listing_order_is_the_ranking(slc: Event) -> None:
    r = slc.races[20]  # mass start men, Division A, 16.11
    assert [e.place for e in r] == list(range(1, 25))
    assert [e.name for e in r][:3] == ["Jorrit Bergsma", "Felix Maly", "Antoine Gélinas-Beaulieu"]
    # the 7th finished behind the 9th: sprint points rank, not times
    assert r.entries[6].time is not None and r.entries[8].time is not None
    assert r.entries[6].time > r.entries[8].time


def test_mixed_relay_pairs_by_nation(cal: Event) -> None:
    r = cal.races[16]
    assert (r.distance, r.gender, r.division) == ("mixed relay", "men", "A")
    teams = r.teams
    assert len(teams) == 14 and all(len(t.members) == 2 for t in teams)
    assert [t.nation for t in teams if t.status is Status.DQ] == ["CAN", "NOR", "POR"]
    assert teams[0].names == ("Wesly Dijs", "Chloé Hoogendoorn")


def test_record_markers_and_names_as_printed(slc: Event) -> None:
    assert slc.races[3].entry("Finn Sonnekalb").records == ("NRJ", "NR")
    assert slc.races[5].entry("Hanbin Liu").records == ("WRJ", "NR", "TRJ")
    assert slc.races[5].entry("Hanbin Liu").age_group == "A2"
    # names keep their spelling; the printed double space is folded (skatecalc.notation)
    assert "Afonso Henrique Pestana Silva" in slc.races[5].names
    assert "Metoděj Jílek" in slc.races[1].names


def test_thousandths_fixed_by_the_printed_times(slc: Event) -> None:
    # 500 m women, Division B, 15.11: Ying-Chu Chen 37.78 first; Huidan Jung 38.01 +0.239
    # means 37.78x + 0.239 < 38.02, so x = 0: every time there is known to the thousandth.
    r = slc.races[12]
    assert str(r.entry("Iori Kitahara").time) == "37.901"  # 37.780 + 0.121
    assert str(r.entry("Brittany Bowe").time) == "37.906"  # 37.780 + 0.126
    assert r.entry("Iori Kitahara").place == 3 and r.entry("Brittany Bowe").place == 4
    # 500 m men, Division B, 16.11: Murakami 34.30, Fiola 34.31 +0.005: Murakami's hidden
    # thousandth is 5 or 6 (not 0), so no absolute thousandths are claimed there
    r = slc.races[25]
    assert str(r.entry("Yuuma Murakami").time) == "34.30"
    assert (str(r.entry("Christopher Fiola").time), r.entry("Christopher Fiola").diff) == (
        "34.31",
        5,
    )


# --- writing it back out -------------------------------------------------------------------


@pytest.mark.parametrize("path", [SLC, CAL], ids=lambda p: p.name)
def test_format_listing_reproduces_the_samples(path: Path) -> None:
    event = read_listing(path)
    text = format_listing(event)
    assert parse_listing(text, "again") == event

    def norm(t: str) -> list[str]:
        return [re.sub(r" +", " ", line.rstrip()) for line in t.splitlines()]

    assert norm(text) == norm(path.read_text(encoding="utf-8"))


# --- World Cup ------------------------------------------------------------------------------


def test_worldcup_1000m_men_after_two_weekends(slc: Event, cal: Event) -> None:
    cup = worldcup_cup([slc, cal], 1000, "men", division="A")
    st = cup.standings()
    r = rules("2025/26")
    # Division A 2025/26 table (seasons.toml, a-60): 1 60, 2 54, 3 48, 4 43, 5 40, 6 38,
    # 7 36, 8 34, 9 32, 10 31, 11 30, 12 29, 13 28, ...
    assert [r.points(p) for p in range(1, 14)] == [
        60,
        54,
        48,
        43,
        40,
        38,
        36,
        34,
        32,
        31,
        30,
        29,
        28,
    ]
    # Salt Lake City (line 75) and Calgary (line 5):
    assert st["Jordan Stolz"].points == 60 + 60 == 120  # 1st, 1st
    assert st["Jenning de Boo"].points == 48 + 54 == 102  # 3rd, 2nd
    assert st["Damian Żurek"].points == 54 + 38 == 92  # 2nd, 6th
    assert st["Joep Wennemars"].points == 32 + 48 == 80  # 9th (shared), 3rd
    assert st["Cooper Mcleod"].points == 32 + 43 == 75  # 9th (shared), 4th
    assert st["Tim Prins"].points == 38 + 36 == 74  # 6th, 7th
    assert st["Kjeld Nuis"].points == 0  # DQ in Salt Lake City, Division B in Calgary
    assert st.names[:6] == (
        "Jordan Stolz",
        "Jenning de Boo",
        "Damian Żurek",
        "Joep Wennemars",
        "Cooper Mcleod",
        "Tim Prins",
    )
    assert st["Jordan Stolz"].wins == 2
    assert [rc.name for rc in cup.races] == ["WC1 1000 m 14.11.2025", "WC2 1000 m 21.11.2025"]


def test_worldcup_team_pursuit_by_nation(slc: Event, cal: Event) -> None:
    cup = worldcup_cup([slc, cal], "team pursuit", "men", division="A")
    st = cup.standings()
    assert st.entrant == "nation"
    assert st["USA"].points == 60 + 60  # 1st, 1st
    assert st["FRA"].points == 43 + 54  # 4th, 2nd
    assert st["NOR"].points == 54 + 34  # 2nd, 8th


def test_worldcup_division_b_table_unknown_is_an_error_with_the_line(slc: Event) -> None:
    # 2025/26 has its Division B table (from the official result PDFs): use a season without
    unknown = attrs.evolve(rules("2025/26"), division_b=rules("2024/25").division_b)
    with pytest.raises(UnknownValueError, match=r"line 243 of wc2025-26-1-salt-lake-city.txt"):
        worldcup_cup([slc], 1000, "men", rules=unknown)


def test_worldcup_listings_of_two_seasons_in_one_cup(slc: Event) -> None:
    text = CAL.read_text(encoding="utf-8").replace(
        "2. World Cup 2025/2026", "2. World Cup 2024/2025"
    )
    old = parse_listing(text, "wc2024-25-2.txt")
    with pytest.raises(
        ResultsError, match=r"season 2024/25.*one season \(line 1 of wc2024-25-2.txt\)"
    ):
        worldcup_cup([slc, old], 1000, "men", division="A")
    with pytest.raises(ResultsError, match=r"line 1 of wc2025-26-1-salt-lake-city.txt"):
        worldcup_cup([slc], 1000, "men", season="2024/25", division="A")


# --- championship and trials ------------------------------------------------------------------


def test_championship_results_from_listings(slc: Event, cal: Event) -> None:
    # a mini sprint for the demonstration: the Salt Lake City 500 m and Calgary 1000 m women (A)
    races = [slc.races_of(500, "women", "A")[0], cal.races_of(1000, "women", "A")[0]]
    f = championship_results(races, combination="sprint", allow_gaps=True)
    assert f.combination.name == "sprint"
    assert f.results["Femke Kok"] == (RaceTime.parse("36.48"), RaceTime.parse("1:12.36"))
    assert f.nations["Femke Kok"] == "NED"
    both = {n: r for n, r in f.results.items() if len(r) == 2 and None not in r}
    table = classify(f.combination, both, after=2)
    assert table[0].name == "Femke Kok"
    # 36.48 + 72.36 / 2 = 72.660
    assert str(table[0].points) == "72.660"


def test_championship_needs_metre_distances_and_a_known_combination(slc: Event) -> None:
    with pytest.raises(ResultsError, match="team pursuit men"):
        championship_results(slc.races_of("team pursuit", "men"))
    with pytest.raises(SkatecalcError, match="no combination is skated over 3000"):
        championship_results(slc.races_of(3000, "women", "A"))


def test_trials_results_500m_twice_the_faster_counts(slc: Event, cal: Event) -> None:
    a_races = [r for r in cal.races if r.division == "A" and r.distance == 500]
    orders = trials_results(a_races, "women")
    # better of 22.11 and 23.11: Kok 36.65, Leerdam 37.01 (37.26), Fledderus 37.08 (37.18),
    # Chen 37.14 (37.46), Jackson 37.15 (37.35), Boersma 37.21 (37.41)
    assert orders[500][:6] == (
        "Femke Kok",
        "Jutta Leerdam",
        "Marrit Fledderus",
        "Ying-Chu Chen",
        "Erin Jackson",
        "Anna Boersma",
    )
    # every skater with a time on one of the two 500 m (one without a time holds no place)
    assert len(orders[500]) == len(
        {e.name for r in a_races if r.gender == "women" for e in r if e.time is not None}
    )
    # Kaja Ziomek-Nogal: DQ on 22.11 and not in the 23.11 Division A race: no time, no place
    assert "Kaja Ziomek-Nogal" not in orders[500]
    one = trials_results([slc.races[2]], "women")  # 1000 m women A: the listing's order
    assert one[1000][:2] == ("Jutta Leerdam", "Femke Kok")
    with pytest.raises(ResultsError, match="ignore_events=True"):
        trials_results([slc], "women")
    assert set(trials_results(slc.races[:4], "women")) == {1000, 3000}


def test_trials_tie_the_listings_cannot_split(slc: Event) -> None:
    # Ruining Tian 37.41 (15.11) and Angel Daleman 37.41 (16.11): different races, so the
    # DIFFs cannot split them; the thousandths are not printed
    a_races = [r for r in slc.races if r.division == "A" and r.distance == 500]
    with pytest.raises(ResultsError, match=r"Ruining Tian and Angel Daleman both have 37\.41"):
        trials_results(a_races, "women")
    # Boersma and Fledderus both 37.11 on 16.11: one race, DIFF 1.022 < 1.026 splits them
    order = trials_results([slc.races[18]], "women")[500]
    assert order.index("Anna Boersma") + 1 == order.index("Marrit Fledderus")


# --- bad input: a clear error with file and line ---------------------------------------------


def _write(tmp_path: Path, text: str, name: str = "bad.txt") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_truncated_file_mid_line(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    cut = text[: text.index("Marijke Groenewoud") + 12]  # line 19 cut inside the name
    with pytest.raises(FileFormatError, match=r"truncated\?.*line 19 of cut.txt") as err:
        read_listing(_write(tmp_path, cut, "cut.txt"))
    assert "Marijke Groe" in str(err.value)


def test_truncated_file_after_a_heading(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    cut = text[: text.index("5000 meter (Men)") + len("5000 meter (Men), 14.11.2025\n")]
    with pytest.raises(FileFormatError, match=r"truncated\?.*line 27 of cut.txt"):
        read_listing(_write(tmp_path, cut, "cut.txt"))
    cut = text[: text.index("POS", text.index("5000 meter (Men)")) + 80]
    with pytest.raises(FileFormatError, match=r"truncated\?.*'1     Ti' \(line 30 of cut.txt"):
        read_listing(_write(tmp_path, cut, "cut.txt"))


def test_truncated_header(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"event header.*line 2 of cut.txt"):
        read_listing(_write(tmp_path, "1. World Cup 2025/2026\n14. - 16.11.2025\n", "cut.txt"))


def test_race_with_no_header_line(tmp_path: Path) -> None:
    lines = SLC.read_text(encoding="utf-8").splitlines()
    del lines[28]  # the column header of the 5000 m men
    with pytest.raises(FileFormatError, match=r"no column header line.*line 29 of bad.txt") as err:
        read_listing(_write(tmp_path, "\n".join(lines)))
    assert "Timothy Loubineaud" in str(err.value)


def test_line_whose_columns_do_not_fit(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    bad = text.replace(
        "1     Joy Beune                Senior", "1     Joy Beune                 Senior"
    )
    with pytest.raises(FileFormatError, match=r"columns do not fit.*line 8 of bad.txt"):
        read_listing(_write(tmp_path, bad))
    bad = text.replace(
        "2     Valerie Maltais          Senior", "2     Valerie Maltais Vandersteen Senior"
    )
    with pytest.raises(FileFormatError, match=r"runs into the AG column.*line 9 of bad.txt"):
        read_listing(_write(tmp_path, bad))


def test_unknown_line_is_reported_never_skipped(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8").replace(
        "\n\n\n\n5000 meter (Men)", "\n\nLive results by ISU\n\n5000 meter (Men)"
    )
    with pytest.raises(FileFormatError, match=r"unrecognised line.*'Live results by ISU'.*line 25"):
        read_listing(_write(tmp_path, text))
    with pytest.raises(FileFormatError, match=r"line 5 of <text>"):
        read_listing("1. World Cup 2025/2026\n14. - 16.11.2025\nOval\n\nhello\n")


def test_time_and_diff_that_disagree(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8").replace(
        "Valerie Maltais          Senior   CAN   3:56.53   +2.840",
        "Valerie Maltais          Senior   CAN   3:56.53   +2.860",
    )
    with pytest.raises(FileFormatError, match=r"3:56.53 and the DIFF \+2.860.*line 9 of bad.txt"):
        read_listing(_write(tmp_path, text))


def test_places_and_statuses_out_of_order(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    bad = text.replace("3     Ragne Wiklund", "4     Ragne Wiklund")
    with pytest.raises(FileFormatError, match=r"place 4 out of order.*line 10"):
        read_listing(_write(tmp_path, bad))
    bad = text.replace("1     Joy Beune  ", "      Joy Beune  ")
    with pytest.raises(FileFormatError, match=r"blank place on the first line.*line 8"):
        read_listing(_write(tmp_path, bad))
    bad = text.replace(
        "DQ    Kazuya Yamada             Senior   JPN   -",
        "DQ    Kazuya Yamada             Senior   JPN   1:09.99",
    )
    with pytest.raises(FileFormatError, match=r"'-' as its time.*line 96"):
        read_listing(_write(tmp_path, bad))


def _other_skaters(block: str) -> str:
    """A race's block with every skater renamed (rot13 of the results lines' lowercase
    letters, widths kept): another race of the same day, its Division B."""
    import codecs

    head, sep, results = block.partition("POS ")
    first, nl, rest = results.partition("\n")
    renamed = "".join(codecs.encode(c, "rot13") if c.islower() and c.isascii() else c for c in rest)
    return head + sep + first + nl + renamed


def test_a_third_race_on_one_day(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    block = text[text.index("3000 meter (Women)") : text.index("5000 meter (Men)")]
    other = _other_skaters(block)  # a Division B, not the same race again
    with pytest.raises(FileFormatError, match=r"third time on one day.*line 49"):
        read_listing(_write(tmp_path, text[: text.index("5000 meter (Men)")] + other + block))


def test_unreadable_or_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="cannot read"):
        read_listing(tmp_path / "missing.txt")


# --- layout variants -------------------------------------------------------------------------

_RACE = """{heading}

POS   NAME            AG       NAT   TIME       DIFF      RECORD
1     Jorrit Bergsma  Senior   NED   12:42.38             SB
2     Davide Ghiotto  Senior   ITA   12:45.02   +2.640
"""


@pytest.mark.parametrize(
    ("dates", "first", "last"),
    [
        ("14.11.2025", "2025-11-14", "2025-11-14"),
        ("14. - 16.11.2025", "2025-11-14", "2025-11-16"),
        ("30.11. - 2.12.2025", "2025-11-30", "2025-12-02"),
        ("28.12.2025 - 02.01.2026", "2025-12-28", "2026-01-02"),
    ],
)
def test_event_dates(dates: str, first: str, last: str) -> None:
    heading = f"10.000 meter (Men), {last[8:]}.{last[5:7]}.{last[:4]}"
    event = parse_listing(
        f"3. World Cup 2025/2026\n{dates}\nThialf (NED)\n\n" + _RACE.format(heading=heading)
    )
    assert (str(event.first_day), str(event.last_day)) == (first, last)
    assert event.races[0].distance == 10000
    assert parse_listing(format_listing(event)) == event


def test_a_race_without_event_header_and_a_date_outside_the_event() -> None:
    event = parse_listing(_RACE.format(heading="Team Sprint (Women), 07.12.2025"))
    assert (event.name, event.venue, event.races[0].distance) == ("", "", "team sprint")
    assert str(event.first_day) == "2025-12-07"
    text = "1. Cup 2025/2026\n14.11.2025\nOval\n\n" + _RACE.format(
        heading="5000 meter (Men), 15.11.2025"
    )
    with pytest.raises(FileFormatError, match=r"outside the event's days.*line 5 of <text>"):
        parse_listing(text)


def test_first_time_with_a_diff_and_a_missing_diff() -> None:
    race = _RACE.format(heading="5000 meter (Men), 15.11.2025")
    with pytest.raises(FileFormatError, match=r"first time of a race has a DIFF.*line 4"):
        parse_listing(race.replace("12:42.38             SB", "12:42.38   +0.010    SB"))
    with pytest.raises(FileFormatError, match=r"no DIFF do not fit the first time.*line 5"):
        parse_listing(race.replace("+2.640", "      "))


def test_a_long_race_with_a_name_twice_is_refused_at_once() -> None:
    """The duplicate is found in one pass, by the reader, at its second line (it was a
    count per name: quadratic in a long listing, on the error path)."""
    from skatecalc.io import parse_listing

    n = 2_000
    lines = ["500 meter (Men), 27.12.2025", "", "POS   NAME           NAT   TIME    DIFF"]
    for i in range(n):
        name = f"Skater {n - 2}" if i == n - 1 else f"Skater {i}"
        diff = f"+{i // 100}.{i % 100:02d}0" if i else ""
        lines.append(f"{i + 1:<5} {name:<14} NED   {30 + i // 100}.{i % 100:02d}   {diff}")
    with pytest.raises(FileFormatError, match=f"'Skater {n - 2}' is listed twice in this race"):
        parse_listing("\n".join(lines) + "\n")


# --- what a user pastes: read the same, or refused with file and line ------------------------


@pytest.mark.parametrize("path", [SLC, CAL], ids=lambda p: p.name)
@pytest.mark.parametrize(
    "paste",
    [
        lambda t: t.replace("\n", "\r\n"),  # Windows line endings
        lambda t: "\ufeff" + t,  # a byte-order mark
        lambda t: "\n".join(line.rstrip() for line in t.split("\n")),  # no trailing spaces
        lambda t: t.replace("\n", "    \n"),  # more trailing spaces
        lambda t: "\n".join(line for line in t.split("\n") if line.strip()),  # no blank lines
        lambda t: t.replace("\n\n\n\n", "\n"),  # races run together
    ],
    ids=["crlf", "bom", "rstrip", "trailing", "no-blank-lines", "runs-together"],
)
def test_pasted_variants_read_the_same(path: Path, paste: object) -> None:
    assert callable(paste)
    text = path.read_text(encoding="utf-8")
    assert parse_listing(paste(text), "pasted.txt") == read_listing(path)


def test_bom_in_a_file_and_in_text_is_not_part_of_the_event_name(tmp_path: Path) -> None:
    text = "\ufeff" + SLC.read_text(encoding="utf-8")
    p = tmp_path / "bom.txt"
    p.write_bytes(text.encode("utf-8"))
    for event in (read_listing(p), read_listing(text)):
        assert (event.name, event.number) == ("1. World Cup 2025/2026", 1)


def test_tabs_are_refused_with_the_line(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8").replace("1     Joy Beune", "1\tJoy Beune")
    with pytest.raises(FileFormatError, match=r"a tab in a results line.*line 8 of bad.txt"):
        read_listing(_write(tmp_path, text))


def test_a_shared_place_with_different_times_is_refused(tmp_path: Path) -> None:
    # Wennemars and Mcleod share 9th on 1:07.01 +1.352; a shared 9th on +1.355 contradicts
    text = SLC.read_text(encoding="utf-8")
    mcleod = "      Cooper Mcleod             Senior   USA   1:07.01   +1.352"
    bad = text.replace(mcleod, mcleod.replace("+1.352", "+1.355"))
    with pytest.raises(
        FileFormatError,
        match=r"Cooper Mcleod shares place 9 with Joep Wennemars above, but their times differ"
        r".*\+1\.355.*\+1\.352.*line 87 of bad.txt",
    ):
        read_listing(_write(tmp_path, bad))
    bad = text.replace(mcleod, mcleod.replace("1:07.01   +1.352", "1:07.02   +1.362"))
    with pytest.raises(FileFormatError, match=r"shares place 9.*line 87 of bad.txt"):
        read_listing(_write(tmp_path, bad))


def test_equal_to_the_thousandth_with_consecutive_places_reads_as_listed(cal: Event) -> None:
    # the published listing places van Elst 17th and Bosiek 18th on the same 1:15.42 +3.060
    # (Calgary 1000 m women A, lines 50-51): the places are the listing's word
    r = cal.races[1]
    e, b = r.entry("Isabelle van Elst"), r.entry("Karolina Bosiek")
    assert (e.place, b.place, e.time, e.diff) == (17, 18, b.time, b.diff)
    assert (e.line, b.line, e.diff) == (50, 51, 3060)


_NAMES = ("高木 美帆", "Kai in 't Veld", "Martina Sa\u0301bli\u0301kova\u0301", "Na-Hyeon Lee")


def _names_listing(pad: object) -> str:
    assert callable(pad)
    rows = [
        ("1", _NAMES[0], "Senior", "JPN", "37.62", "", ""),
        ("2", _NAMES[1], "Senior", "GRE", "37.69", "+0.070", "NR"),
        ("3", _NAMES[2], "Senior", "CZE", "37.74", "+0.120", ""),
        ("4", _NAMES[3], "Neo", "KOR", "37.84", "+0.220", "PB, SB"),
    ]
    head = "POS   NAME                     AG       NAT   TIME    DIFF     RECORD"
    lines = [
        f"{p:<6}{pad(n, 25)}{a:<9}{c:<6}{t:<8}{d:<9}{r}".rstrip() for p, n, a, c, t, d, r in rows
    ]
    return "500 meter (Women), 16.11.2025\n\n" + "\n".join([head, *lines]) + "\n"


@pytest.mark.parametrize(
    "pad",
    [
        lambda n, w: n.ljust(w),  # padded by characters (as the samples and format_listing)
        lambda n, w: n + " " * (w - display_width(n)),  # aligned on screen
    ],
    ids=["characters", "screen"],
)
def test_names_as_pasted_accents_apostrophes_and_east_asian(pad: object) -> None:
    race = parse_listing(_names_listing(pad), "names.txt").races[0]
    # the decomposed accents are read as NFC (the identity rule of skatecalc.notation)
    assert race.names == tuple(unicodedata.normalize("NFC", n) for n in _NAMES)
    assert [e.diff for e in race] == [None, 70, 120, 220]
    assert race.entry("Na-Hyeon Lee").records == ("PB", "SB")
    assert parse_listing(format_listing(race)).races == (race,)


def test_names_that_fit_neither_alignment_are_refused() -> None:
    text = _names_listing(lambda n, w: n.ljust(w)).replace(_NAMES[0] + " ", _NAMES[0] + "   ")
    with pytest.raises(FileFormatError, match=r"columns do not fit.*line 4 of names.txt"):
        parse_listing(text, "names.txt")


def test_ten_thousand_metres_as_printed() -> None:
    for heading in ("10.000 meter (Men), 15.11.2025", "10000 meter (Men), 15.11.2025"):
        race = parse_listing(_RACE.format(heading=heading)).races[0]
        assert race.distance == 10000
        assert format_listing(race).startswith("10.000 meter (Men), 15.11.2025")


def test_trials_tie_with_a_skater_whose_better_time_is_printed_twice() -> None:
    # Anton 34.41 in both races; Carl 34.41 +0.412 in the first, Anton +0.415 there.
    # Anton's second 34.41 (34.410 to 34.419) may beat Carl's 34.412 to 34.416 or not:
    # ranking Carl first would be a guess
    ev = parse_listing(
        "500 meter (Men), 27.12.2025\n\n"
        "POS   NAME      AG       NAT   TIME    DIFF\n"
        "1     Winner    Neo      NED   34.00\n"
        "2     Carl      Neo      NED   34.41   +0.412\n"
        "3     Anton     Senior   NED   34.41   +0.415\n\n"
        "500 meter (Men), 28.12.2025\n\n"
        "POS   NAME      AG       NAT   TIME    DIFF\n"
        "1     Other     Senior   NED   34.20\n"
        "2     Anton     Neo      NED   34.41   +0.210\n",
        "okt.txt",
    )
    with pytest.raises(ResultsError, match=r"Carl and Anton both have 34\.41.*okt.txt"):
        trials_results([ev], "men")
    # with Anton's second race faster, nothing is guessed: Anton is ahead
    faster = parse_listing(format_listing(ev).replace("34.41   +0.210", "34.40   +0.200"))
    assert trials_results([faster], "men")[500] == ("Winner", "Other", "Anton", "Carl")


def test_worldcup_mass_start_scores_the_listed_ranking(slc: Event, cal: Event) -> None:
    # 24 Division A finishers: the 2025/26 mass-start table scores places 21 to 24 with
    # 20, 19, 18, 17 (as the official result PDFs print them)
    table = [60, 54, 48, 43, 40, 38, 36, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21]
    r = rules("2025/26")
    assert [r.points(p) for p in range(1, 21)] == table
    assert [r.points(p, distance="mass start") for p in range(1, 25)] == [*table, 20, 19, 18, 17]
    st = worldcup_cup([slc, cal], "mass start", "men", division="A").standings()
    # Salt Lake City line 679, Calgary line 740: the place, not the time, scores
    assert st["Jorrit Bergsma"].points == 60 + 34 == 94  # 1st, 8th
    assert st["Andrea Giovannini"].points == 27 + 60 == 87  # 14th, 1st
    # 7th in Salt Lake City in 7:58.96, slower than the 9th (7:52.18): 7th's 36 points
    assert st["Viktor Hald Thorup"].points == 36 + 22 == 58  # 7th, 19th
    assert st["Metoděj Jílek"].points == 25 + 38 == 63  # 16th, 6th (8:00.22)
    assert st["Didrik Eng Strand"].points == 17 + 19 == 36  # 24th, 22nd
    assert st["Daniele Di Stefano"].points == 32 + 0 == 32  # 9th, DQ
    assert st.names[:2] == ("Jorrit Bergsma", "Andrea Giovannini")


def test_a_header_without_diff_is_refused_unless_every_time_is_the_first() -> None:
    text = (
        "500 meter (Men), 27.12.2025\n\n"
        "POS   NAME             AG       NAT   TIME\n"
        "1     Jenning de Boo   Neo      NED   34.20\n"
        "2     Kai Verbij       Senior   NED   34.50\n"
    )
    with pytest.raises(FileFormatError, match=r"has no DIFF column.*line 5 of okt.txt"):
        parse_listing(text, "okt.txt")
    one = parse_listing(text.rsplit("2 ", 1)[0], "okt.txt")
    assert one.races[0].names == ("Jenning de Boo",)


def test_trials_order_of_a_shared_place_is_refused_unless_kept() -> None:
    """Wennemars and Mcleod share 9th (1:07.01 +1.352): no trials order splits them, so the
    library raises (as rank_distance does for equal thousandths) unless keep_ties keeps the
    listing's order; the command line keeps it and warns."""
    from skatecalc.io import trials_results
    from skatecalc.io.listing import shared_places

    race = read_listing(SLC).races_of(1000, "men", "A")[0]
    assert [(a.name, b.name, b.place) for a, b in shared_places(race)] == [
        ("Joep Wennemars", "Cooper Mcleod", 9)
    ]
    with pytest.raises(
        ResultsError, match=r"Joep Wennemars and Cooper Mcleod share place 9 on the 1000 m"
    ) as e:
        trials_results([race], "men")
    assert e.value.where == "1000 m men, 14.11.2025, Division A"  # a race given alone
    kept = trials_results([race], "men", keep_ties=True)[1000]
    assert kept[8:10] == ("Joep Wennemars", "Cooper Mcleod")
    assert kept == tuple(e.name for e in race if e.time is not None)  # no time: no place


# --- issue "Nothing wrong gets in": listings read right or refused ----------------------------

LAYOUTS = Path(__file__).parent / "data" / "listings"


def test_listing_given_twice_in_one_file_is_refused(tmp_path: Path) -> None:
    # a championship day (one listing per race) pasted twice into one file
    text = SLC.read_text(encoding="utf-8")
    day1 = text[: text.index("1000 meter (Women)")]
    races = day1[day1.index("3000 meter (Women)") :]
    with pytest.raises(FileFormatError, match=r"the same race twice: equal to the race at line 5"):
        read_listing(_write(tmp_path, day1 + races))
    with pytest.raises(FileFormatError, match=r"third time on one day"):
        whole = CAL.read_text(encoding="utf-8")  # a World Cup listing's races twice
        read_listing(whole + "\n" + whole[whole.index("1000 meter (Men)") :])


def test_listing_given_twice_as_two_files_is_refused(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    day = _write(tmp_path, text[: text.index("1000 meter (Women)")], "day1.txt")
    ev = read_listing(day)
    with pytest.raises(SkatecalcError, match=r"the same race twice.*line 5 of day1.txt"):
        championship_results([ev, ev], gender="women")
    with pytest.raises(SkatecalcError):
        worldcup_cup([ev, ev], 3000, "women")


def test_listing_division_b_is_not_the_same_race(cal: Event) -> None:
    # a World Cup listing holds each race twice, Division A then B: not a duplicate
    assert [r.division for r in cal.races_of(1000, "men")] == ["A", "B"]
    assert not any(r.single for r in cal.races if r.distance != "mixed relay")


def test_listing_half_written_time_on_the_last_line_is_truncated(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    head = text[: text.index("2     Valerie Maltais")]
    half = head + "2     Valerie Maltais          Senior   CAN   3:56.5\n"
    with pytest.raises(FileFormatError, match=r"last line has no hundredths.*truncated.*line 9"):
        read_listing(_write(tmp_path, half))


def test_listing_time_without_hundredths_inside_names_the_line(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    bad = text.replace("3:56.53   +2.840", "3:56.5    +2.840", 1)
    with pytest.raises(FileFormatError, match=r"'3:56.5' has no hundredths.*line 9 of bad"):
        read_listing(_write(tmp_path, bad))


def test_listing_half_written_file_waits_in_watch(tmp_path: Path) -> None:
    # --watch reads again on any SkatecalcError ("waiting"): the half-written file is one
    text = SLC.read_text(encoding="utf-8")
    half = (
        text[: text.index("2     Valerie Maltais")] + "2     Valerie Maltais   Senior   CAN   3:5"
    )
    with pytest.raises(SkatecalcError):
        read_listing(_write(tmp_path, half))


def test_listing_with_only_division_b_races_is_marked_single(tmp_path: Path) -> None:
    text = CAL.read_text(encoding="utf-8")
    start = text.index("1000 meter (Men), 21.11.2025", text.index("1000 meter (Men)") + 10)
    only_b = text[: text.index("1000 meter (Men)")] + text[start : text.index("\n\n\n", start)]
    ev = read_listing(_write(tmp_path, only_b + "\n"))
    assert [(r.division, r.single) for r in ev.races] == [("A", True)]


def test_listing_diff_at_hundredths_warns_calgary_500m_men(cal: Event) -> None:
    race = cal.races_of(500, "men", "A")[0]
    de_boo, stolz = race.entry("Jenning de Boo"), race.entry("Jordan Stolz")
    assert de_boo.place == stolz.place == 2  # what the listing can say
    assert any(
        "cannot split equal hundredths (Jenning de Boo and Jordan Stolz on 34.02)" in w
        for w in race.warnings
    )
    assert not cal.races_of(1500, "men", "A")[0].warnings  # no shared place: nothing to say


def test_listing_with_non_breaking_spaces_is_read(tmp_path: Path, cal: Event) -> None:
    text = CAL.read_text(encoding="utf-8").replace(" ", "\u00a0")
    assert read_listing(_write(tmp_path, text)) == cal


def test_listing_tab_separated_is_read_by_cells(tmp_path: Path, cal: Event) -> None:
    lines = CAL.read_text(encoding="utf-8").split("\n")
    # as an HTML table copies: one cell per column, separated by tabs
    tabbed = listing_cells(lines, "\t".join)
    assert read_listing(_write(tmp_path, "\n".join(tabbed))) == cal


def test_listing_team_pursuit_places_per_member() -> None:
    ev = read_listing(LAYOUTS / "team-pursuit-places-per-member.txt")
    race = ev.races[0]
    assert [e.place for e in race] == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]
    assert [(t.place, t.nation) for t in race.teams] == [
        (1, "USA"), (2, "FRA"), (3, "NED"), (4, "GER")
    ]  # fmt: skip


def test_listing_team_pursuit_mixed_place_numbering_is_refused(tmp_path: Path) -> None:
    text = (LAYOUTS / "team-pursuit-places-per-member.txt").read_text(encoding="utf-8")
    bad = text.replace("10    Patrick", "4     Patrick").replace("10    Felix", "4     Felix")
    bad = bad.replace("10    Fridtjof", "4     Fridtjof")
    with pytest.raises(FileFormatError, match="place 4 out of order"):
        read_listing(_write(tmp_path, bad))


def test_listing_mass_start_shared_place() -> None:
    ev = read_listing(LAYOUTS / "mass-start-shared-place.txt")
    race = ev.races[0]
    assert race.entry("Jorrit Bergsma").place == race.entry("Ethan Cepuran").place == 8
    assert race.entry("Livio Wenger").place == 10
    text = (LAYOUTS / "mass-start-shared-place.txt").read_text(encoding="utf-8")
    top = parse_listing(text[: text.index("12    Timothy")])  # the 20-place table
    cup = worldcup_cup([top], "mass start", "men")
    points = {s.name: s.points for s in cup.standings()}
    assert points["Ethan Cepuran"] == points["Jorrit Bergsma"]  # both the points of 8th


def test_listing_mass_start_shared_place_needs_equal_times(tmp_path: Path) -> None:
    text = (LAYOUTS / "mass-start-shared-place.txt").read_text(encoding="utf-8")
    bad = text.replace("USA   7:52.07   +9.560 ", "USA   7:55.54   +13.030")
    with pytest.raises(FileFormatError, match="shares place 8 with Jorrit Bergsma"):
        read_listing(_write(tmp_path, bad))


def test_listing_mass_start_dash_without_status() -> None:
    ev = read_listing(LAYOUTS / "mass-start-dash-without-status.txt")
    race = ev.races[0]
    assert "Daniele Di Stefano" not in race.names
    assert len(race) == 23
    assert any("Daniele Di Stefano (ITA)" in w and "no result" in w for w in race.warnings)


def test_listing_dash_without_status_outside_a_mass_start_is_refused(tmp_path: Path) -> None:
    text = SLC.read_text(encoding="utf-8")
    bad = text.replace("16    Binyu", "      Binyu").replace("4:05.28   +11.590", "-" + " " * 16)
    with pytest.raises(FileFormatError, match="needs a status"):
        read_listing(_write(tmp_path, bad))


def test_listing_of_too_many_lines_is_a_limit_error() -> None:
    from skatecalc.errors import LimitError
    from skatecalc.io.listing.reader import MAX_LISTING_LINES

    with pytest.raises(LimitError, match=f"more than {MAX_LISTING_LINES:,} lines.*big.txt"):
        parse_listing("\n" * MAX_LISTING_LINES, "big.txt")


def test_listing_of_a_million_lines_is_refused_at_once() -> None:
    import time

    from skatecalc.errors import LimitError

    line = "1     Jordan Stolz              Neo      USA   1:05.66\r\n"
    start = time.perf_counter()
    with pytest.raises(LimitError, match="more than 200,000 lines"):
        parse_listing("1000 meter (Men), 14.11.2025\n\n" + line * 10**6, "big.txt")
    assert time.perf_counter() - start < 5  # no line is read: 69 s before the bound


def test_join_spellings_joins_case_and_accents_with_the_nation_only() -> None:
    import datetime

    from skatecalc import RaceTime
    from skatecalc.io.listing import Entry, Event, Race
    from skatecalc.io.spellings import join_spellings

    day, t = datetime.date(2025, 11, 16), RaceTime.parse("37.50")

    def race(distance: int, *entries: tuple[str, str]) -> Race:
        return Race(
            distance, "men", day, tuple(Entry(i, n, c, t) for i, (n, c) in enumerate(entries, 1))
        )

    a = race(500, ("Damian Żurek", "POL"), ("Jun-Ho Kim", "KOR"), ("Ann Berg", "NOR"))
    b = race(1000, ("Damian ZUREK", "POL"), ("Joon-Ho Kim", "KOR"), ("Ann Bérg", "SWE"))
    [ev], said = join_spellings([Event("WC1", day, day, "Salt Lake City", (a, b))])
    assert [e.name for e in ev.races[1].entries] == ["Damian Żurek", "Joon-Ho Kim", "Ann Bérg"]
    assert len(said) == 1 and "'Damian ZUREK' (POL) is read as 'Damian Żurek'" in said[0]
    assert ev.races[1].warnings == said


def test_settle_keeps_an_entry_already_settled() -> None:
    """A race's entries settled once are settled: settling them again gives the same
    objects (a Race was built up to four times, each settling again; issue 20)."""
    from skatecalc.io.listing.model import Entry, settle

    chen = Entry(1, "Ying-Chu Chen", "TPE", RaceTime.parse("37.78"))
    kitahara = Entry(3, "Iori Kitahara", "JPN", RaceTime.parse("37.90"), diff=121)
    jung = Entry(6, "Huidan Jung", "KOR", RaceTime.parse("38.01"), diff=239)
    once = settle((chen, kitahara, jung))
    assert [str(e.time) for e in once] == ["37.78", "37.901", "38.019"]
    twice = settle(once)
    assert all(a is b for a, b in zip(once, twice, strict=True))


# --- the event and its races are tables --------------------------------------------------


def test_salt_lake_city_listing_repr_is_short(slc: Event) -> None:
    # the attrs repr printed every entry of every race: 108,583 characters
    assert repr(slc) == (
        "<Event: 1. World Cup 2025/2026, Utah Olympic Oval (USA), 14.11.2025-16.11.2025, 28 races>"
    )
    assert repr(slc[0]) == (
        "<Race: 3000 m women, 14.11.2025, Division A, 16 rows, first Joy Beune>"
    )
    assert all(len(repr(race)) < 120 for race in slc)


def test_salt_lake_city_listing_speaks_the_table_vocabulary(slc: Event) -> None:
    title = "3000 m women, 14.11.2025, Division A"
    assert len(slc) == 28 and slc[0].name == title and slc[title] is slc[0]
    assert title in slc and slc.get("500 m men") is None and slc.names[0] == title
    race = slc[0]
    assert race["Joy Beune"].place == 1 and "Joy Beune" in race and race.get("X") is None
    assert race.names == tuple(e.name for e in race) and len(race) == 16
    rows = slc.check()
    assert rows[0] == {
        "race": title,
        "distance": 3000,
        "gender": "women",
        "date": "2025-11-14",
        "division": "A",
        "entries": 16,
        "winner": "Joy Beune",
        "nation": "NED",
        "time": RaceTime.parse("3:53.69"),
    }
    entries = race.check()
    assert entries[1]["diff"] == Decimal("2.840") and entries[0]["records"] == "PB"
    assert all(r.check() for r in slc)  # every race's rows have the declared columns
    assert str(slc).splitlines()[0].startswith("1. World Cup 2025/2026, Utah Olympic Oval")
    assert str(race).splitlines()[0] == title and "<table>" in race._repr_html_()
    assert json.loads(race.to_json())[0]["time"] == "3:53.69"
    with pytest.raises(SkatecalcError, match="closest"):
        race["Joy Beuen"]


def test_every_entry_of_the_example_listings_is_one_the_constructor_accepts(
    slc: Event, cal: Event
) -> None:
    # the reader builds entries without the constructor (skatecalc.io.listing.build)
    for race in (*slc.races, *cal.races):
        for e in race.entries:
            assert attrs.evolve(e) == e and type(e) is Entry


# --- official results listings ----------------------------------------------------------


EXAMPLES = Path(sc.__file__).parent / "data" / "examples"


SLC_AUDIT = (EXAMPLES / "wc2025-26-1-salt-lake-city.txt").read_text("utf-8")


def test_listing_place_1_twice_with_different_times_is_refused() -> None:
    """Two lines at place 1 with 3:53.69 and 3:56.53 would both score the winner's points."""
    text = SLC_AUDIT.replace("2     Valerie", "1     Valerie", 1)
    with pytest.raises(
        sc.FileFormatError,
        match=r"Valerie Maltais shares place 1 with Joy Beune above, but their times differ",
    ) as e:
        listing.parse_listing(text, "slc.txt")
    assert e.value.where == "line 9 of slc.txt"


def test_listing_shared_place_with_the_same_time_is_still_read() -> None:
    rows = SLC_AUDIT.splitlines()
    i = next(n for n, r in enumerate(rows) if r.startswith("2     Valerie Maltais"))
    rows[i] = rows[i].replace("3:56.53   +2.840", "3:53.69   +0.000").replace("2     ", "1     ", 1)
    race = listing.parse_listing("\n".join(rows), "slc.txt").races[0]
    assert [e.place for e in race.entries[:3]] == [1, 1, 3]


def test_listing_event_number_in_arabic_indic_digits_is_not_read_as_1() -> None:
    event = listing.parse_listing(SLC_AUDIT.replace("1. World Cup", "١. World Cup", 1), "slc.txt")
    assert event.number is None


def test_listing_line_of_5000_digits_is_shortened_in_the_message() -> None:
    text = SLC_AUDIT.replace("3:53.69", "9" * 5000, 1)
    with pytest.raises(sc.FileFormatError) as e:
        listing.parse_listing(text, "slc.txt")
    assert len(str(e.value)) < 400 and "characters)" in str(e.value)


def test_listing_line_beyond_the_line_bound_is_a_limit_error() -> None:
    text = SLC_AUDIT + "x" * (MAX_LINE_CHARS + 1) + "\n"
    with pytest.raises(LimitError, match="line longer than 100,000 characters") as e:
        listing.parse_listing(text, "slc.txt")
    assert e.value.where == f"line {len(SLC_AUDIT.splitlines()) + 1} of slc.txt"


def test_trial_toml_line_beyond_the_line_bound_is_a_limit_error() -> None:
    text = '[men]\n"500" = ["' + "A" * (MAX_LINE_CHARS + 1) + '"]\n'
    with pytest.raises(LimitError, match="line longer than") as e:
        parse_trials_toml(text, "okt.toml")
    assert e.value.where == "line 2 of okt.toml"


# --- a race given again, two events in one file, a file in UTF-16 -----------------------------


def test_a_race_pasted_again_with_an_edit_is_not_its_division_b(tmp_path: Path) -> None:
    """Pasted again with one record marker changed, a race is still the same race: refused
    naming both headings, never scored a second time as Division B."""
    text = SLC.read_text(encoding="utf-8")
    start = text.index("1000 meter (Women), 14.11.2025")
    block = text[start : text.index("\n\n\n", start) + 1]
    edited = block.replace(" PB", " NR", 1)
    assert edited != block
    with pytest.raises(FileFormatError, match=r"the same race twice\? 20 of its 20 skaters"):
        read_listing(_write(tmp_path, text[:start] + block + "\n" + edited + text[start:]))


def test_the_mass_starts_share_skaters_of_division_b_and_read_as_a_and_b(slc: Event) -> None:
    """Some of Division B's mass-start skaters skate Division A's race too: read as A and B."""
    day = [r for r in slc.races if r.distance == "mass start" and r.gender == "women"]
    assert [r.division for r in day] == ["A", "B"]
    shared = {e.name for e in day[0].entries} & {e.name for e in day[1].entries}
    assert len(shared) == 3


def test_two_listings_in_one_file_say_so(tmp_path: Path) -> None:
    both = SLC.read_text(encoding="utf-8") + CAL.read_text(encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"another event begins here.*21\. - 23\.11\.2025"):
        read_listing(_write(tmp_path, both))


def test_a_listing_saved_as_utf16_says_so(tmp_path: Path) -> None:
    p = tmp_path / "unicode.txt"
    p.write_bytes(SLC.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(FileFormatError, match=r"is UTF-16 text, not UTF-8"):
        read_listing(p)
