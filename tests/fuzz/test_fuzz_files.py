"""Fuzz the file readers: results CSV/JSON, World Cup season CSV, trial TOML/CSV/JSON and
the official listings (issue 8). Each reads text, so no file is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from skatecalc import SkatecalcError, worldcup
from skatecalc.io import olympic as trials
from skatecalc.io import results
from skatecalc.io import worldcup as season
from skatecalc.io.listing import parse_listing

from ..helpers import listing_cells
from .inputs import (
    csv_texts,
    deep_json_texts,
    dumps,
    fuzz,
    holds,
    huge_line,
    json_values,
    time_texts,
)

# --- championship results ------------------------------------------------------------------

RESULT_COLUMNS = st.one_of(
    st.sampled_from(["name", "name", "nation", "500", "1000", "500_2", "1500", "5000", "10000"]),
    st.sampled_from(["500 2", "0500", "0", "²", "٥٠٠", "9" * 5000, "Name", "", "time"]),
    st.text(max_size=6),
)
COMBINATIONS = st.sampled_from([None, "sprint", "allround-men", "mini", "nonsense", ""])


@fuzz
@given(
    st.one_of(
        csv_texts(RESULT_COLUMNS, time_texts()),
        st.text(max_size=200),
        st.just(huge_line("name,500\nA,")),
    ),
    COMBINATIONS,
)
def test_results_csv(text: str, comb: str | None) -> None:
    holds(results.parse_results_csv, text, "fuzz.csv", combination=comb)


def _skater() -> st.SearchStrategy[Any]:
    good = st.fixed_dictionaries(
        {"name": time_texts(), "results": st.lists(st.one_of(st.none(), time_texts()), max_size=5)},
        optional={"nation": st.one_of(time_texts(), json_values())},
    )
    return st.one_of(good, json_values())


JSON_RESULTS = st.one_of(
    st.fixed_dictionaries(
        {"skaters": st.one_of(st.lists(_skater(), max_size=4), json_values())},
        optional={"combination": st.one_of(st.sampled_from(["sprint", "mini"]), json_values())},
    ).map(dumps),
    json_values().map(dumps),
    deep_json_texts(),
    st.text(max_size=100),
    st.just('{"combination": "sprint", "skaters": [], "skaters": []}'),
)


@fuzz
@given(JSON_RESULTS, COMBINATIONS)
def test_results_json(text: str, comb: str | None) -> None:
    holds(results.parse_results_json, text, "fuzz.json", combination=comb)


# --- World Cup season ----------------------------------------------------------------------

SEASON_COLUMNS = st.one_of(
    st.sampled_from(
        ["race", "distance", "gender", "name", "skater", "nation", "place", "date", "division"]
    ),
    st.sampled_from(["final", "points", "note", "race", "place", "Place", ""]),
    st.text(max_size=6),
)
SEASON_CELLS = st.one_of(
    time_texts(),
    st.sampled_from(
        ["HVN1", "500", "MS", "TP", "TS", "men", "women", "A", "B", "yes", "no", "2017-11-12"]
    ),
    st.sampled_from(["1", "2", "3", "DQ", "1000", "5000/10000", "team pursuit", "mass start"]),
)
SEASONS = st.sampled_from(["2017/18", "2025/26"]).map(worldcup.rules)


@fuzz
@given(
    st.one_of(csv_texts(SEASON_COLUMNS, SEASON_CELLS, max_rows=8), st.text(max_size=200)),
    SEASONS,
    st.one_of(st.none(), SEASON_CELLS, st.integers()),
    st.one_of(st.none(), SEASON_CELLS),
)
def test_season_csv(text: str, rules: Any, distance: Any, gender: Any) -> None:
    holds(season.read_season_text, text, rules, "fuzz.csv", distance=distance, gender=gender)


# --- Olympic trials ------------------------------------------------------------------------

TRIAL_KEYS = st.one_of(
    st.sampled_from(["500", "1000", "1500", "5000", "mass_start", "MS", "0500", "²", "men"]),
    time_texts(),
)
GENDERS = st.sampled_from([None, "men", "women", "Men", "mne", "", "M"])


def _toml_string(text: str) -> str:
    return dumps(text)


def _toml_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_string(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{ "
            + ", ".join(f"{_toml_string(k)} = {_toml_string(v)}" for k, v in value.items())
            + " }"
        )
    return _toml_string(value)


TRIAL_VALUES = st.one_of(
    st.lists(time_texts(), max_size=4),
    st.dictionaries(time_texts(), time_texts(), max_size=4),
    time_texts(),
)


@st.composite
def toml_texts(draw: st.DrawFn) -> str:
    """A trial file in TOML: top-level keys, then sections (``[men]``, ``[Men]``, ...)."""
    lines: list[str] = []
    for key, value in draw(st.dictionaries(TRIAL_KEYS, TRIAL_VALUES, max_size=3)).items():
        lines.append(f"{_toml_string(key)} = {_toml_value(value)}")
    for section in draw(
        st.lists(
            st.sampled_from(["men", "women", "Men", "mne", "expected"]), unique=True, max_size=2
        )
    ):
        lines.append(f"[{section}]")
        for key, value in draw(st.dictionaries(TRIAL_KEYS, TRIAL_VALUES, max_size=3)).items():
            lines.append(f"{_toml_string(key)} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


@fuzz
@given(st.one_of(toml_texts(), st.text(max_size=200)), GENDERS)
def test_trials_toml(text: str, gender: str | None) -> None:
    holds(trials.parse_trials_toml, text, "fuzz.toml", gender)


@fuzz
@given(
    st.one_of(
        st.dictionaries(TRIAL_KEYS, st.one_of(TRIAL_VALUES, json_values()), max_size=4).map(dumps),
        st.dictionaries(
            st.sampled_from(["men", "women"]),
            st.dictionaries(TRIAL_KEYS, st.one_of(TRIAL_VALUES, json_values()), max_size=3),
        ).map(dumps),
        json_values().map(dumps),
        deep_json_texts(),
        st.text(max_size=100),
    ),
    GENDERS,
)
def test_trials_json(text: str, gender: str | None) -> None:
    holds(trials.parse_trials_json, text, "fuzz.json", gender)


TRIAL_COLUMNS = st.one_of(
    st.sampled_from(["distance", "name", "place", "time", "time2", "gender", "tijd"]),
    st.text(max_size=5),
)
TRIAL_CELLS = st.one_of(
    time_texts(),
    st.sampled_from(["500", "1000", "MS", "mass start", "men", "women", "M", "heren", "Ann"]),
)


@fuzz
@given(st.one_of(csv_texts(TRIAL_COLUMNS, TRIAL_CELLS, max_rows=8), st.text(max_size=200)), GENDERS)
def test_trials_csv(text: str, gender: str | None) -> None:
    holds(trials.parse_trials_csv, text, "fuzz.csv", gender)


# --- official results listings (skatecalc.io.listing) -------------------------------------


PARSE_LISTING = parse_listing

LISTING_WORDS = st.one_of(
    time_texts(),
    st.sampled_from(
        ["500m", "1000 m", "Men", "Ladies", "Division A", "Rank", "NED", "1", "DQ", "14.11.2025"]
    ),
)


LISTINGS = sorted((Path(__file__).parent.parent / "data" / "seed" / "listings").glob("*.txt"))


@st.composite
def mutated_listings(draw: st.DrawFn) -> str:
    """A real listing (its first 60 lines) with lines cut, repeated or words replaced."""
    lines = draw(st.sampled_from(LISTINGS)).read_text("utf-8").splitlines()[:60]
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["word", "word", "cut", "repeat", "truncate"]))
        if action == "word" and lines[i].split():
            words = lines[i].split()
            words[draw(st.integers(0, len(words) - 1))] = draw(LISTING_WORDS)
            lines[i] = "   ".join(words)
        elif action == "cut":
            del lines[i]
        elif action == "repeat":
            lines.insert(i, lines[i])
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        if not lines:
            break
    return "\n".join(lines)


@fuzz
@given(
    st.one_of(
        mutated_listings(),
        st.lists(st.lists(LISTING_WORDS, max_size=6).map(" ".join), max_size=12).map("\n".join),
        st.text(max_size=300),
    )
)
def test_listing(text: str) -> None:
    holds(PARSE_LISTING, text, "fuzz.txt")


def _realigned(cells: list[str], widths: list[int]) -> str:
    return "".join(c.ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()


@st.composite
def perturbed_listings(draw: st.DrawFn) -> tuple[str, str]:
    """A real listing's first races and the same listing as pasted or printed otherwise:
    tab-separated cells, non-breaking spaces, columns realigned, page furniture, or a
    concatenation with itself."""
    text = draw(st.sampled_from(LISTINGS)).read_text("utf-8")
    lines = text.splitlines()[: draw(st.integers(8, 120))]
    original = "\n".join(lines)
    how = draw(st.sampled_from(["tabs", "nbsp", "realign", "furniture", "concatenate"]))
    if how == "tabs":
        lines = listing_cells(lines, "\t".join)
    elif how == "nbsp":
        lines = [line.replace(" ", "\u00a0") for line in lines]
    elif how == "realign":
        widths = [draw(st.integers(1, 40)) for _ in range(7)]
        widths = [max(w, 40 if k == 1 else 8) for k, w in enumerate(widths)]
        lines = listing_cells(lines, lambda cells: _realigned(cells, widths))
    elif how == "furniture":
        at = draw(st.integers(0, len(lines)))
        lines.insert(
            at, draw(st.sampled_from(["Page 1 of 3", "ISU Results", "Printed 23.11.2025"]))
        )
    else:
        lines = [*lines, "", *lines]
    return original, "\n".join(lines)


@fuzz
@given(perturbed_listings())
def test_listing_perturbed_reads_the_same_or_refuses(pair: tuple[str, str]) -> None:
    original, perturbed = pair
    expected = holds(PARSE_LISTING, original, "fuzz.txt")
    got = holds(PARSE_LISTING, perturbed, "fuzz.txt")
    if not isinstance(got, SkatecalcError):
        # never a wrong result: what the perturbed text reads is what the original reads
        assert got == expected
