"""One input layer (skatecalc.io.read): every format recognised once and read once, on the
shipped examples, the saved results-service responses and (when the shared data is there)
the ISU result PDFs; one skater across sources (fold_key, alias files)."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc import RaceTime
from skatecalc.errors import FileFormatError, ResultsError, UsageError
from skatecalc.io import read, read_events, read_results_service
from skatecalc.io.listing import Entry, Event, Race
from skatecalc.io.sniff import sniff
from skatecalc.io.spellings import join_spellings, parse_aliases, read_aliases
from skatecalc.notation import fold_key, name_key

from .conftest import ROOT, SHARED_DATA

EXAMPLES = ROOT / "skatecalc" / "data" / "examples"
API = Path(__file__).parent / "data" / "seed" / "official" / "api"
EVENT = "2026_USA_0002"
PDF = SHARED_DATA / "official" / "pdf"
needs_pdfs = pytest.mark.skipif(not PDF.is_dir(), reason="the shared ISU result PDFs are absent")


def _service_folder(tmp_path: Path, snapshot: str = "during") -> Path:
    folder = tmp_path / EVENT
    folder.mkdir()
    shutil.copy(API / f"{EVENT}-competitions.json", folder)
    shutil.copy(API / f"{EVENT}-schedule.json", folder)
    shutil.copy(
        API / f"{EVENT}-competition-4-results-{snapshot}.json",
        folder / f"{EVENT}-competition-4-results.json",
    )
    return folder


# --- every format, recognised once -------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fmt", "official"),
    [
        (EXAMPLES / "wc2025-26-1-salt-lake-city.txt", "listing", True),
        (EXAMPLES / "wsc2024-women.csv", "csv", False),
        (EXAMPLES / "olympic" / "okt2021-men-after-500.toml", "toml", False),
    ],
)
def test_shipped_examples_are_read_in_their_format(path: Path, fmt: str, official: bool) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} is not shipped")
    got = read(path)
    assert (got.format, got.official, got.name) == (fmt, official, path.name)
    assert (got.text is None) == official


def test_a_folder_of_saved_responses_reads_as_the_event_with_the_race_still_being_skated(
    tmp_path: Path,
) -> None:
    got = read(_service_folder(tmp_path))
    assert got.format == "folder" and got.event is not None
    (race,) = got.event.races
    assert (race.distance, race.gender, race.date) == (1000, "men", datetime.date(2026, 1, 3))
    assert (len(race.entries), race.to_skate) == (15, 18)
    (warning,) = race.warnings  # the skaters still to skate named
    assert warning.startswith(
        f"{EVENT}-competition-4-results.json: 18 still to skate, the race is not complete:"
        " Zachary Jensen, George Wheelock,"
    )
    assert got.event.name == EVENT and got.event.season == "2025/26"


def test_the_final_snapshot_is_complete_and_keeps_status_2_as_a_warning(tmp_path: Path) -> None:
    got = read(_service_folder(tmp_path, "final"))
    assert got.event is not None
    (race,) = got.event.races
    assert (len(race.entries), race.to_skate) == (32, 0)
    assert race.entries[0].name == "Conor Mcdermott-Mostowy"
    assert str(race.entries[0].time) == "1:07.606"
    assert any("status 2" in w and "not a result" in w for w in race.warnings)


def test_a_results_response_reads_with_the_competitions_response_beside_it(
    tmp_path: Path,
) -> None:
    folder = _service_folder(tmp_path)
    got = read(folder / f"{EVENT}-competition-4-results.json")
    assert got.format == "service" and got.event is not None
    assert [r.title for r in got.event.races] == ["1000 m men, 03.01.2026, Division A"]


def test_a_results_response_alone_is_refused_saying_what_is_missing(tmp_path: Path) -> None:
    lone = tmp_path / "results.json"
    shutil.copy(API / f"{EVENT}-competition-4-results-final.json", lone)
    with pytest.raises(
        FileFormatError, match=r"does not say its competition's distance.*results\.json"
    ):
        read(lone)


def test_a_competitions_response_alone_holds_no_results() -> None:
    with pytest.raises(FileFormatError, match=r"holds no results.*competitions\.json"):
        read(API / f"{EVENT}-competitions.json")


def test_the_shared_folder_with_two_snapshots_of_one_competition_is_refused() -> None:
    with pytest.raises(ResultsError, match="competition 4 are given twice") as caught:
        read(API)
    assert "results-during.json" in str(caught.value) and "results-final.json" in str(caught.value)


def test_a_folder_of_saved_responses_without_the_competitions_is_refused(tmp_path: Path) -> None:
    folder = _service_folder(tmp_path)
    (folder / f"{EVENT}-competitions.json").unlink()
    with pytest.raises(FileFormatError, match="holds no competitions response"):
        read(folder)


def test_a_folder_mixing_pdfs_and_other_files_is_refused_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"'notes\.txt'"):
        read(tmp_path)


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="it is empty"):
        read(tmp_path)


def test_a_results_file_naming_a_competition_the_event_lacks_is_refused(tmp_path: Path) -> None:
    folder = _service_folder(tmp_path)
    (folder / f"{EVENT}-competition-4-results.json").rename(
        folder / f"{EVENT}-competition-99-results.json"
    )
    with pytest.raises(ResultsError, match="competition 99, which the event's competitions"):
        read(folder)


def test_isu_addresses_are_checked_before_any_request() -> None:
    with pytest.raises(UsageError, match="not a results-service address"):
        read("isu:no spaces")


@needs_pdfs
def test_a_pdf_and_a_folder_of_pdfs_read_as_events() -> None:
    folder = PDF / "wc2025-26-2-calgary"
    one = sorted(folder.glob("*.pdf"))[0]
    doc = read(one)
    assert doc.format == "pdf" and doc.event is not None and len(doc.event.races) == 1
    whole = read(folder)
    assert whole.format == "folder" and whole.event is not None
    assert len(whole.event.races) == len(list(folder.glob("*.pdf")))
    assert read(one, data=one.read_bytes(), name="<stdin>").event == doc.event


@given(st.binary(max_size=60))
def test_a_source_is_a_pdf_exactly_when_it_starts_with_the_magic(rest: bytes) -> None:
    assert sniff("x", b"%PDF-" + rest) == "pdf"
    assert (sniff("x", rest) == "pdf") == rest.lstrip().startswith(b"%PDF-")


@given(st.text(alphabet="abc,;0123456789.:\n ", min_size=1, max_size=80))
def test_own_text_is_read_once_and_kept_whole(text: str) -> None:
    """What ``read`` keeps of a CSV is the text given, byte for byte (read once)."""
    data = ("name,500\n" + text).encode("utf-8")
    got = read("r.csv", data=data, name="r.csv")
    assert got.format == "csv" and got.text == data.decode("utf-8")


# --- one skater across sources -------------------------------------------------------------

DAY, T = datetime.date(2025, 11, 16), RaceTime.parse("37.50")


def _event(name: str, *entries: tuple[str, str]) -> Event:
    race = Race(500, "women", DAY, tuple(Entry(i, n, c, T) for i, (n, c) in enumerate(entries, 1)))
    return Event(name, DAY, DAY, "Oval", (race,))


def test_hyphens_and_spaces_fold_across_documents_with_the_nation_and_are_reported() -> None:
    a = _event("WC1", ("Min-Sun Kim", "KOR"), ("Anna Berg", "NOR"))
    b = _event("WC2", ("Minsun KIM", "KOR"), ("Anna-Berg", "SWE"))
    (_, second), said = join_spellings([a, b])
    assert [e.name for e in second.races[0].entries] == ["Min-Sun Kim", "Anna-Berg"]
    assert len(said) == 1 and said[0].startswith("'Minsun KIM' (KOR) is read as 'Min-Sun Kim'")
    assert second.races[0].warnings == said


def test_a_transliteration_joins_only_through_an_alias_and_says_so() -> None:
    a = _event("WC1", ("Na-Hyun Lee", "KOR"))
    b = _event("WC2", ("Na-Hyeon Lee", "KOR"))
    (_, plain), said = join_spellings([a, b])
    assert plain.races[0].entries[0].name == "Na-Hyeon Lee" and said == ()
    aliases = parse_aliases("name,same_as\nNa-Hyun LEE,Na-Hyeon Lee\n", "aliases.csv")
    (first, _), said = join_spellings([a, b], aliases)
    assert first.races[0].entries[0].name == "Na-Hyeon Lee"
    assert said == ("'Na-Hyun Lee' (KOR) is read as 'Na-Hyeon Lee', as line 2 of aliases.csv says",)


def test_an_alias_that_matches_nobody_is_reported_with_the_closest_names() -> None:
    aliases = parse_aliases("name,same_as\nNa-Hyn Lee,Na-Hyeon Lee\n", "aliases.csv")
    _, said = join_spellings([_event("WC1", ("Na-Hyun Lee", "KOR"))], aliases)
    assert said == (
        "line 2 of aliases.csv: 'Na-Hyn Lee' matches no skater (closest: 'Na-Hyun Lee')",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,alias\nA,B\n", "needs the columns name and same_as"),
        ("name,same_as\nA B,a-b\n", "an alias of itself"),
        ("name,same_as\nA,B\nA,C\n", "given twice"),
        ("name,same_as\nA,B\nB,C\n", "is itself an alias"),
        ("name,same_as\nA,\n", "needs both name and same_as"),
    ],
)
def test_a_bad_alias_file_is_refused_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(FileFormatError, match=message) as caught:
        parse_aliases(text, "aliases.csv")
    assert "of aliases.csv" in str(caught.value)


def test_an_alias_file_is_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("name,same_as\nNa-Hyun Lee,Na-Hyeon Lee\n", encoding="utf-8")
    assert read_aliases(path).get("NA-HYUN LEE") is not None


_NAME = st.text(alphabet="aAeéÉ -", min_size=1, max_size=6).filter(lambda s: s.strip(" -"))


@given(_NAME, _NAME, st.sampled_from(["NED", "NOR"]), st.sampled_from(["NED", "NOR"]))
def test_two_spellings_join_exactly_when_they_fold_alike_with_the_same_nation(
    a: str, b: str, na: str, nb: str
) -> None:
    """Never by similarity: a join happens iff fold_key and nation are equal."""
    try:
        first, second = _event("A", (a, na)), _event("B", (b, nb))
    except Exception:  # a name the model refuses is not this property's concern
        return
    (_, out), _ = join_spellings([first, second])
    joined = name_key(out.races[0].entries[0].name) == name_key(a)
    same = fold_key(a) == fold_key(b) and na == nb
    assert joined == (same or name_key(a) == name_key(b))


def test_read_events_refuses_an_own_file_among_official_sources() -> None:
    with pytest.raises(ResultsError, match=r"wsc2024-women\.csv' is not an official"):
        read_events([EXAMPLES / "wc2025-26-1-salt-lake-city.txt", EXAMPLES / "wsc2024-women.csv"])


def test_a_listing_spelling_is_kept_over_a_pdfs_reconstructed_case() -> None:
    """The PDF prints ``Cedrick BRUNET``; the listing ``Cédrick Brunet``: whatever the
    order of the sources, the spelling of the source that prints names as written wins."""
    pdf = _event("WC2", ("Cedrick Brunet", "CAN"))
    listing = _event("WC1", ("Cédrick Brunet", "CAN"))
    (joined, _), said = join_spellings([pdf, listing], printed_case=[False, True])
    assert joined.races[0].entries[0].name == "Cédrick Brunet"
    assert said[0].startswith("'Cedrick Brunet' (CAN) is read as 'Cédrick Brunet'")


def test_two_competitions_responses_in_a_folder_name_both(tmp_path: Path) -> None:
    folder = _service_folder(tmp_path)
    shutil.copy(API / f"{EVENT}-competitions.json", folder / "2026_NED_0001-competitions.json")
    with pytest.raises(
        ResultsError,
        match=r"two competitions responses \(2026_NED_0001-competitions\.json and"
        rf" {EVENT}-competitions\.json\)",
    ):
        read(folder)


def test_a_competition_listed_twice_in_the_competitions_response_is_refused(
    tmp_path: Path,
) -> None:
    import json

    data = json.loads((API / f"{EVENT}-competitions.json").read_text("utf-8"))
    p = tmp_path / f"{EVENT}-competitions.json"
    p.write_text(json.dumps([*data, data[3]]), encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"competition 4 is listed twice \(items 4 and 15\)"):
        read_results_service(p)
