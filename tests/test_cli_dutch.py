"""``--lang nl`` for every command, and the exact values of the machine output.

Every command's text and markdown under ``--lang nl`` carries no English word of its own:
the sources and notes quoted from the packaged data (document titles, press reports) are
taken out first, as they are quoted as published. JSON and CSV stay in ISU notation and
carry the typed values of the tables' ``to_rows()``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from skatecalc import olympic, worldcup
from skatecalc.olympic import selection_order, selection_orders
from skatecalc.text.catalog import note
from skatecalc.text.olympic import order_lines

from .test_cli_common import run

SOQC = (
    "gender,event,name,noc,points,best\n"
    "women,500,Femke Kok,NED,300,36.50\n"
    "women,500,Jutta Leerdam,NED,280,36.80\n"
    "men,1000,Jordan Stolz,USA,300,1:06.00\n"
)

ALLROUND = (
    "name,nation,500,3000,1500,5000\n"
    "Irene Schouten,NED,39.24,3:58.00,,\n"
    "Miho Takagi,JPN,38.31,4:02.73,,\n"
)

COMMANDS = (
    "standings --example wsc2024-women",
    "standings --example wsc2024-women --after 2",
    "standings {allround}",
    'need --example wsc2024-women "Femke Kok" --beat "Miho Takagi"',
    'need --example wsc2024-women "Femke Kok" --beat "Miho Takagi" --opponent-time 1:13.13'
    " --reference 1:12.00",
    'need --example wsc2024-women "Femke Kok" --beat "Miho Takagi" --after 2 --distance 1000',
    "board --example wsc2024-women",
    "board --example wsc2024-women --after 2",
    "board --example wsc2024-women --after 2 --distance 1000",
    "worldcup table 2017/18",
    "worldcup table 2014/15",
    "worldcup standings --example wc2017-18-men-500",
    "worldcup outlook --example wc2017-18-men-500 --remaining 2 --after STA2",
    "worldcup outlook --example wc2017-18-men-500 --remaining 1 --final",
    "olympic order",
    "olympic order NED 2022 men",
    "olympic order NED-2018-men",
    "olympic select --example okt2021 --order NED-2022-men",
    "olympic select --example okt2021 --order NED-2022-women",
    "olympic outlook --example okt2021-men-after-500 --order NED-2022-men",
    "olympic quota --games 2026",
    "olympic quota --games 2022",
    "olympic quota {soqc} --games 2026",
    "olympic soqc wc2025-26-1-salt-lake-city wc2025-26-2-calgary --games 2026 --gender men"
    " --event TP",
)

_WORDS = """the and to after before points place places source note verified derived unverified
    unknown men women at most race races left available standings distance distances
    finished leader nobody everyone time must faster slower reach rank gap name nation
    total wins can still win yes no none cut reduction athletes gender reserve list order
    split by times any one on mass start row rows hold team events final division
    table bonus every scores laps intermediate ranking world cup safe unless out
    designated dropped needs kind what event size skater skate beat finish ahead level
    counted qualifies known ranked between those who have has slowest official nothing
    win enough spare reference with block venue date competition"""
ENGLISH = frozenset(_WORDS.split())
"""English words that are no Dutch words (``in``, ``of``, ``top``, ``open``, ``status``,
``ticket``, ``sprint``, ``per`` and ``maximum`` are both)."""


def _quoted() -> list[str]:
    """The sources and notes of the packaged data, longest first: quoted as published."""
    texts: set[str] = set()
    for season in ("2017/18", "2014/15"):
        r = worldcup.rules(season)
        texts |= {r.source, r.final.source, r.team_source}
        texts |= {t.note for t in (r.table(), r.table(final=True), r.table(division="B"))}
        if r.mass_start is not None:
            texts.add(r.mass_start.source)
    for key in selection_orders():
        texts.add(selection_order(key).source)
    for games in (2022, 2026):
        q = olympic.quota_rules(games)
        texts |= {q.source, q.split_source, q.max_per_noc_source or ""}
        if q.reduction is not None:
            texts.add(q.reduction.source)
    return sorted((t for t in texts if t), key=len, reverse=True)


def _english_words(text: str) -> set[str]:
    for quoted in _quoted():
        text = text.replace(quoted, "")
    text = re.sub(r"NED-\d{4}-(?:wo)?men", "", text)  # selection-order keys
    # a word in capitals is a code (CAN: Canada's NOC), not English
    return {w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH and not w.isupper()}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("dutch")
    (folder / "soqc.csv").write_text(SOQC, encoding="utf-8")
    (folder / "allround.csv").write_text(ALLROUND, encoding="utf-8")
    return {"soqc": str(folder / "soqc.csv"), "allround": str(folder / "allround.csv")}


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_speaks_dutch(command: str, fmt: str, files: dict[str, str]) -> None:
    status, out, err = run(f"{command.format(**files)} --format {fmt} --lang nl")
    assert status == 0, err
    assert out.strip()
    assert _english_words(out) == set(), out
    assert not re.search(r"\b\d{1,2}:\d\d\.\d\d", out), "a time in ISU notation in Dutch: " + out
    if command != "olympic order":  # the list of orders has keys only
        english = run(f"{command.format(**files)} --format {fmt} --lang en")[1]
        assert _english_words(english), "the scan finds English words in English output"


@pytest.mark.parametrize("fmt", ["json", "csv"])
@pytest.mark.parametrize("command", COMMANDS)
def test_machine_output_ignores_lang(command: str, fmt: str, files: dict[str, str]) -> None:
    line = f"{command.format(**files)} --format {fmt}"
    assert run(f"{line} --lang nl") == run(f"{line} --lang en")


def test_dutch_notes_and_words() -> None:
    out = run("board --example wsc2024-women --after 2 --distance 1000 --lang nl")[1]
    assert "noot: de totalen zijn die na 2 afstanden: de tweede 500 m daartussen telt niet mee" in (
        out
    )
    out = run("worldcup table 2017/18 --lang nl")[1]
    assert out.splitlines()[:3] == [
        "Wereldbekerpunten 2017/18 (g geverifieerd, a afgeleid, n niet geverifieerd, ? onbekend)",
        "bron: ISU Communication No. 2112; published results 2017/18",
        "plaats   Divisie A   Finale   Divisie B",
    ]
    assert "     1       100 g    150 g           ?" in out
    out = run("olympic quota --games 2026 --lang nl --format markdown")[1]
    assert out.startswith("Milano Cortina 2026: 164 sporters (82 per geslacht), reservelijst 8")
    assert "| vrouwen  | 500       |" in out and "niet geverifieerd" in out
    out = run("olympic order NED-2018-men --lang nl")[1]
    assert out.splitlines()[-1] == (
        "noot: de rijen 11, 12, 13 bevatten de 500 m #3, de 1000 m #3 en de massastart in"
        " onbekende volgorde"
    )


def test_english_order_text_is_the_orders_own() -> None:
    for key in selection_orders():
        order = selection_order(key)
        assert order_lines(order, "en")[2] == str(order)


def test_unknown_notes_are_kept() -> None:
    assert note("something new", "nl") == "something new"
    assert note("the totals are those after 2 distances: the 1000 m in between is not counted") == (
        "the totals are those after 2 distances: the 1000 m in between is not counted"
    )


# --- exact values in JSON and CSV -------------------------------------------------------


def test_standings_json_has_the_exact_gap_and_distance_points(files: dict[str, str]) -> None:
    status, out, _ = run(f"standings {files['allround']} --format json")
    assert status == 0
    takagi, schouten = json.loads(out)
    assert list(schouten)[:8] == [
        "rank",
        "name",
        "nation",
        "500",
        "3000",
        "points",
        "status",
        "gap",
    ]  # the keys of earlier releases first, in their order
    assert schouten["name"] == "Irene Schouten"
    assert schouten["gap"] == "0.43"  # as printed: rounded up
    assert schouten["gap_exact"] == "0.423"  # exact, table.gap_seconds(name)
    assert schouten["500 points"] == "39.240" and schouten["500 rank"] == 2
    assert schouten["3000 points"] == "39.666" and schouten["3000 rank"] == 1
    assert schouten["completed"] == 2 and schouten["finalist"] is True
    assert takagi["gap"] is None and takagi["gap_exact"] is None
    assert takagi["points"] == "78.765" and takagi["3000"] == "4:02.73"


def test_standings_csv_has_the_same_values(files: dict[str, str]) -> None:
    out = run(f"standings {files['allround']} --format csv")[1]
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[1]["gap"] == "0.43" and rows[1]["gap_exact"] == "0.423"
    assert rows[1]["500 points"] == "39.240" and rows[1]["finalist"] == "true"
    assert rows[0]["gap_exact"] == ""


def test_standings_machine_rows_are_to_rows(files: dict[str, str]) -> None:
    import skatecalc as sc
    from skatecalc.text.layout import plain_value

    table = sc.classify(
        sc.SPRINT,
        {
            "Miho Takagi": ["37.13", "1:13.32", "37.19"],
            "Femke Kok": ["37.07", "1:14.35", "37.07"],
            "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
        },
    )
    rows = json.loads(run("standings --example wsc2024-women --format json")[1])
    for row, typed in zip(rows, table.to_rows(), strict=True):
        for key, value in typed.items():
            if key != "nation":
                assert row[key] == plain_value(value), key
        if typed["gap"] is not None:
            assert row["gap_exact"] == plain_value(table.gap_seconds(str(typed["name"])))


def test_docs_list_the_new_keys() -> None:
    root = Path(__file__).resolve().parent.parent / "docs"
    for page in ("cli.md", "formats.md"):
        text = (root / page).read_text(encoding="utf-8")
        assert "gap_exact" in text and "500 (1) points" in text
