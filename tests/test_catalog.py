"""The catalogues (``skatecalc/data/text/en.toml``, ``nl.toml``) and the messages they word.

Every key has a translation, every key is used by some code, every key the code names
exists; Dutch is written in the catalogue, so changing an English template never turns the
Dutch output English; a message is data (key and values) and its English text.
"""

from __future__ import annotations

import ast
import pickle
import re
import string
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import messages
from skatecalc import messages as _catalogfile
from skatecalc.errors import UnknownNameError
from skatecalc.messages import DistanceName, Enumeration, Message, Ordinal
from skatecalc.text.catalog import catalogue, local, note, say, section, template

from .strategies import catalogue_texts, live_sprints

PACKAGE = Path(sc.__file__).parent


def _literals() -> tuple[set[str], set[str], set[str]]:
    """Every string constant of the package's code, and the constant openings and endings
    of its f-strings (``f"rule_{kind}"`` opens with ``rule_``, ``f"{key}_status"`` ends
    with ``_status``)."""
    constants: set[str] = set()
    openings: set[str] = set()
    endings: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first, last = node.values[0], node.values[-1]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    openings.add(first.value)
                if isinstance(last, ast.Constant) and isinstance(last.value, str):
                    endings.add(last.value)
    return constants, openings, endings


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_has_a_translation() -> None:
    en, nl = set(catalogue("en")), set(catalogue("nl"))
    assert not en - nl, f"keys without a Dutch translation: {sorted(en - nl)}"
    assert not nl - en, f"keys without an English text: {sorted(nl - en)}"


def test_every_translation_is_written_not_copied_blank() -> None:
    for lang in ("en", "nl"):
        for key, text in catalogue(lang).items():
            assert text.strip(), f"{lang}: {key} is empty"
            _fields(text)  # every template parses


def test_every_key_is_used() -> None:
    constants, openings, endings = _literals()
    unused = []
    for key in catalogue("en"):
        table, _, name = key.rpartition(".")
        if key in constants or name in constants:
            continue
        if any(len(o) >= 3 and name.startswith(o) for o in openings):
            continue
        if any(len(e) >= 3 and name.endswith(e) for e in endings):
            continue
        if name.isdigit() and table in constants:  # looked up by number (ordinal_word.2)
            continue
        unused.append(key)
    assert not unused, f"catalogue keys no code uses: {unused}"


def test_every_key_the_code_names_exists() -> None:
    constants, _, _ = _literals()
    sections = {key.partition(".")[0] for key in catalogue("en")}
    tables = {key.rpartition(".")[0] for key in catalogue("en")}
    shaped = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+")
    named = {c for c in constants if shaped.fullmatch(c) and c.partition(".")[0] in sections}
    # module paths and file names share the shape; the catalogue's keys are what is left
    named = {c for c in named if not c.startswith(("skatecalc.", "text.")) and "." in c}
    missing = sorted(c for c in named if c not in catalogue("en") and c not in tables)
    assert not missing, f"keys the code names that no catalogue holds: {missing}"


def test_a_missing_key_is_refused_with_the_closest_ones() -> None:
    with pytest.raises(UnknownNameError, match=r"unknown text key 'need\.goal_ahaed'; closest"):
        template("need.goal_ahaed", "nl")


def test_sections_are_views_of_the_catalogue() -> None:
    assert section("word")["nl"]["points"] == catalogue("nl")["word.points"] == "punten"
    assert "mark" not in section("worldcup")["en"]  # a sub-table is not a template


# --- messages ---------------------------------------------------------------------------


def test_a_message_is_its_key_values_and_english_text() -> None:
    m = Message("note.totals_before", after=2, skipped=(DistanceName(500, nth=2),))
    assert m == "the totals are those after 2 distances: the second 500 m in between is not counted"
    assert m.key == "note.totals_before" and m.values["after"] == 2
    assert say(m, "nl") == (
        "de totalen zijn die na 2 afstanden: de tweede 500 m daartussen telt niet mee"
    )
    assert pickle.loads(pickle.dumps(m)) == m
    assert pickle.loads(pickle.dumps(m)).key == m.key


def test_note_with_a_status_in_dutch() -> None:
    where = {"name": "B", "later": DistanceName(500, nth=2), "before": DistanceName(1000)}
    m = Message("note.time_not_counted_status", status="DNS", **where)
    assert m == (
        "B: the time on the second 500 m is not counted (no result (DNS) on the 1000 m before it)"
    )
    assert note(m, "nl") == (
        "B: de tijd op de tweede 500 m telt niet mee (geen uitslag (DNS) op de 1000 m ervoor)"
    )


def test_qualification_note_names_the_last_distance() -> None:
    m = Message(
        "note.qualification_differs",
        distance=DistanceName(10000, last=True),
        fill="cut",
        skated=["A"],
        missing=["B"],
    )
    assert "the skaters on the last distance differ" in m
    assert note(m, "nl").startswith("de schaatsers op de slotafstand wijken af")


def test_a_name_with_braces_is_filled_in_as_it_is() -> None:
    m = Message("need.goal_ahead", opponent="{x} {0}")
    assert m == "finish ahead of {x} {0}" and say(m, "nl") == "voor {x} {0} te eindigen"


@given(st.integers(1, 10**6), st.integers(0, 50), st.sampled_from(["en", "nl"]))
def test_distance_names_in_both_languages(metres: int, nth: int, lang: str) -> None:
    text = str(local(DistanceName(metres, nth=nth), lang))
    assert text.endswith(f"{metres} m")
    if nth == 0:
        assert text == f"{metres} m"
    elif nth > 8:
        assert text.startswith(f"{nth}th " if lang == "en" else f"{nth}e ")
    else:
        assert text.split(" ")[0] == catalogue(lang)[f"ordinal_word.{nth}"]  # type: ignore[index]


@given(st.lists(st.sampled_from(["MS", "?", "500#3", "1000#2"]), min_size=1, max_size=5))
def test_enumerations_join_with_and(codes: list[str]) -> None:
    from skatecalc.olympic.rows import Row

    items = tuple(Row.parse(0, c).message for c in codes)
    en, nl = str(Enumeration(items)), str(local(Enumeration(items), "nl"))
    assert en.count(" and ") == (len(codes) > 1) and nl.count(" en ") >= (len(codes) > 1)
    assert en.count(", ") == max(len(codes) - 2, 0)


@given(st.integers(0, 10**9 - 1))
def test_ordinals_are_the_formatters(n: int) -> None:
    from skatecalc.text.numbers import format_ordinal

    assert str(Ordinal(n)) == format_ordinal(n) and local(Ordinal(n), "nl") == format_ordinal(
        n, "nl"
    )


def test_changing_an_english_template_leaves_the_dutch_dutch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    en = dict(catalogue("en"))
    en["note.qualifiers_unknown"] = "whoever qualifies for the {distance}: not known yet"
    read = messages._read
    monkeypatch.setattr(messages, "_read", lambda lang: en if lang == "en" else read(lang))
    m = Message("note.qualifiers_unknown", distance=DistanceName(1000, nth=2))
    assert m == "whoever qualifies for the second 1000 m: not known yet"
    assert say(m, "nl").startswith("wie zich plaatst voor de tweede 1000 m")


def test_the_domain_names_keys_the_catalogue_holds() -> None:
    t = sc.classify(sc.SPRINT, {"A": ["37.00", "1:14.00", "37.10"], "B": ["37.20", "1:14.50"]})
    b = sc.board(t, distance=1000)
    assert all(isinstance(n, Message) and n.key in catalogue("nl") for n in b.notes)


# --- the notes of real tables -------------------------------------------------------------


def test_sprint_with_dns_then_a_time_notes_in_both_languages() -> None:
    """The input of docs-like live sprint: B skates the second 500 m after a DNS."""
    table = sc.classify(
        sc.SPRINT,
        {"A": ["37.00", "1:14.00", "37.10"], "B": ["37.20", "DNS", "37.30"]},
        after=3,
    )
    (n,) = table.notes
    assert n.key == "note.time_not_counted_status"
    assert n == (
        "B: the time on the second 500 m is not counted (no result (DNS) on the first 1000 m"
        " before it)"
    )
    assert note(n, "nl") == (
        "B: de tijd op de tweede 500 m telt niet mee (geen uitslag (DNS) op de eerste 1000 m"
        " ervoor)"
    )


def test_allround_final_skated_by_a_non_qualifier_notes_in_dutch() -> None:
    """Ten allrounders; S02 (qualified) skipped the 10000 m and S08, S09 skated it."""
    results: dict[str, list[str | None]] = {}
    for i in range(10):
        last = None if i == 2 else ("13:30.00" if i < 9 else "13:40.00")
        results[f"S{i:02d}"] = [f"{36 + i / 10:.2f}", f"6:{10 + i}.00", f"1:{45 + i}.00", last]
    table = sc.classify(sc.ALLROUND_MEN, results)
    (n,) = table.notes
    assert n.key == "note.qualification_differs" and n.values["distance"].last
    assert n.startswith("the skaters on the last distance differ from the qualification rule's")
    assert note(n, "nl").startswith("de schaatsers op de slotafstand wijken af")


@given(live=live_sprints(), after=st.integers(1, 3))
def test_every_note_of_a_table_is_a_message_written_in_dutch(
    live: dict[str, list[str | None]], after: int
) -> None:
    """Whatever the table, its notes are catalogue messages and Dutch is not the English."""
    try:
        table = sc.classify(sc.SPRINT, {k: v[:after] for k, v in live.items()}, after=after)
        notes = list(table.notes)
        if table.next_distance is not None:
            notes += list(sc.board(table).notes)
    except sc.SkatecalcError:
        return
    for n in notes:
        assert isinstance(n, Message) and n.key in catalogue("nl")
        assert note(n, "nl") != n and note(n, "en") == n


# --- advice in two wordings -----------------------------------------------------------------


@given(
    st.text(alphabet="abc {}", max_size=20).filter(lambda t: "{" not in t and "}" not in t),
    st.integers(min_value=0, max_value=99),
)
def test_advice_is_worded_in_python_in_the_message_and_as_an_option_on_the_command_line(
    words: str, after: int
) -> None:
    """An error made with ``advise`` says the Python form in ``str`` and the option in
    ``cli_text``, and the two differ only there; ``within`` and ``at`` keep both."""
    from skatecalc.errors import ResultsError, after_option

    error = ResultsError.advise(words + "{after}" + words, after=after_option(after))
    assert str(error) == f"{words}after={after}{words}"
    assert error.cli_text() == f"{words}--after {after}{words}"
    located = error.within("race 2").at("line 3 of r.csv")
    assert str(located) == f"{words}after={after}{words} (race 2) (line 3 of r.csv)"
    assert located.cli_text() == f"{words}--after {after}{words} (race 2) (line 3 of r.csv)"
    assert isinstance(located, ResultsError)


# --- the catalogue files, read without tomllib (start-up time) ---------------------------


def _toml_or_error(read: Callable[[str], object], text: str) -> str:
    try:
        return repr(read(text))  # a dict's repr keeps its order
    except tomllib.TOMLDecodeError as exc:
        return f"error: {exc}"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_en_toml_and_nl_toml_are_read_as_tomllib_reads_them(lang: str) -> None:
    text = (Path(sc.__file__).parent / "data" / "text" / f"{lang}.toml").read_text("utf-8")
    assert _catalogfile._fast(text) == tomllib.loads(text)  # the fast path, not the fallback
    assert repr(_catalogfile.loads(text)) == repr(tomllib.loads(text))


@pytest.mark.parametrize(
    "text",
    [
        'n = 1\n[a]\nb = "x"\n',
        '[a]\nb = "x"\nb = "y"\n',
        "[a]\n[a]\n",
        '[a]\nb = "x"\n[a.b]\n',
        '[a.b]\n[a]\nb = "x"\n',
        'c = "x" # note\n',
        'e = "a\\tb"\n',
        'k = "v"\r\n',
    ],
    ids=[
        "number",
        "key-twice",
        "table-twice",
        "key-then-table",
        "table-then-key",
        "comment",
        "escape",
        "crlf",
    ],
)
def test_a_catalogue_line_outside_the_plain_part_is_read_by_tomllib(text: str) -> None:
    assert _toml_or_error(_catalogfile.loads, text) == _toml_or_error(tomllib.loads, text)


@given(catalogue_texts())
def test_catalogue_reader_agrees_with_tomllib(text: str) -> None:
    """The same tables in the same order as ``tomllib.loads``, or the same error."""
    assert _toml_or_error(_catalogfile.loads, text) == _toml_or_error(tomllib.loads, text)


def test_english_output_reads_no_dutch_catalogue() -> None:
    """A fresh interpreter that prints an English table reads ``en.toml`` only."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import skatecalc as sc\nfrom skatecalc import messages\n"
            "str(sc.classify(sc.SPRINT, {'A': ['37.00']}))\n"
            "print(messages._read.cache_info().currsize)",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.split() == ["1"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_each_catalogue_twin_is_its_toml(lang: str) -> None:
    """A command reads the catalogue from its twin in ``skatecalc._ahead`` (no parsing at
    start-up): the same keys and texts as the TOML, in the same order, and the text
    ``scripts/compile_rules.py`` writes."""
    import importlib

    toml = Path(messages.__file__).parent / "data" / "text" / f"{lang}.toml"
    text = toml.read_text(encoding="utf-8")
    twin = Path(messages.__file__).parent / "_ahead" / f"text_{lang}.py"
    hint = f"{twin.name} is out of date: run python scripts/compile_rules.py"
    source = f"``skatecalc/data/text/{lang}.toml``"
    assert twin.read_text(encoding="utf-8") == messages.compiled_text(text, source=source), hint
    flat: dict[str, str] = {}
    messages._flatten(tomllib.loads(text), "", flat)
    loaded = importlib.import_module(f"skatecalc._ahead.text_{lang}").CATALOGUE
    assert list(loaded.items()) == list(flat.items())
    assert list(catalogue(lang).items()) == list(flat.items())


def test_a_catalogue_without_a_twin_is_read_from_its_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real = importlib.import_module
    expected = dict(messages.catalogue("nl"))

    def missing(name: str, package: str | None = None) -> object:
        if "_ahead.text_" in name:
            raise ModuleNotFoundError(name)
        return real(name, package)

    messages._read.cache_clear()
    monkeypatch.setattr(importlib, "import_module", missing)
    try:
        assert dict(messages.catalogue("nl")) == expected
    finally:
        messages._read.cache_clear()
