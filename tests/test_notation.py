"""skatecalc.notation: the one normaliser of the language and of the gender, and the one
ordinal, used by every layer."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import worldcup
from skatecalc.errors import (
    DuplicateError,
    FileFormatError,
    InvalidRuleError,
    ResultsError,
    SelectionError,
)
from skatecalc.io import championship_results, parse_listing
from skatecalc.io.results import parse_results_csv, parse_results_json
from skatecalc.notation import (
    ACCEPTED,
    check_spelling,
    format_ordinal,
    name_key,
    normalise_gender,
    normalise_lang,
    variant_key,
)

from .strategies import name_variants, names


def _case_variants(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda upper: "".join(c.upper() if u else c for c, u in zip(word, upper, strict=True))
    )


@given(
    st.sampled_from(sorted(ACCEPTED)).flatmap(lambda w: st.tuples(st.just(w), _case_variants(w)))
)
def test_every_accepted_language_spelling_in_any_case(case: tuple[str, str]) -> None:
    word, spelled = case
    assert normalise_lang(spelled) == ACCEPTED[word]


@given(st.text(max_size=20))
def test_any_other_language_is_refused_naming_it(value: str) -> None:
    if value.isascii() and value.casefold() in ACCEPTED:
        return
    with pytest.raises(InvalidRuleError, match="unknown language"):
        normalise_lang(value)


@given(
    st.sampled_from(["men", "women"]).flatmap(lambda w: st.tuples(st.just(w), _case_variants(w))),
    st.sampled_from(["", " ", "\t", "  "]),
    st.sampled_from(["", " ", "\n"]),
)
def test_gender_in_any_case_with_spaces_around(
    case: tuple[str, str], before: str, after: str
) -> None:
    word, spelled = case
    assert normalise_gender(before + spelled + after) == word


@pytest.mark.parametrize("value", ["M", "heren", "male", "mixed", "", "menn", 1, None])
def test_gender_m_heren_male_mixed_are_refused(value: object) -> None:
    with pytest.raises(ResultsError, match="must be 'men' or 'women'"):
        normalise_gender(value)


@pytest.mark.parametrize("error", [FileFormatError, SelectionError])
def test_gender_raises_the_callers_error(error: type[Exception]) -> None:
    with pytest.raises(error, match="gender 'x' must be"):
        normalise_gender("x", error=error)  # type: ignore[arg-type]


@given(st.integers(0, 10**9 - 1))
def test_ordinal_suffix_follows_english_and_dutch(n: int) -> None:
    english = format_ordinal(n)
    assert english.startswith(str(n)) and format_ordinal(n, "nl") == f"{n}e"
    suffix = english[len(str(n)) :]
    if n % 100 in (11, 12, 13):
        assert suffix == "th"
    else:
        assert suffix == {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@pytest.mark.parametrize("value", [-1, 10**9, True, 1.0, "1"])
def test_ordinal_of_a_non_place_is_refused(value: object) -> None:
    with pytest.raises(InvalidRuleError, match="is not a whole number from 0"):
        format_ordinal(value)  # type: ignore[arg-type]


# --- The one identity rule for names (skatecalc.notation) and its use by readers and doma ---


REAL = ("Femke Kok", "Miho Takagi", "Jutta Leerdam", "Martina Sáblíková", "Damian Żurek")


@given(st.text(max_size=30))
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)
    assert name_key(text) == name_key(text).strip()
    assert "  " not in name_key(text)


_ODD = st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u2009\u202f\u2028\u200b-\u2010\u2212")
_NAMES = (
    st.text(st.characters(codec="utf-8") | _ODD, max_size=30)
    | st.text(st.sampled_from("Ab é-") | _ODD, max_size=12)
    | st.sampled_from(REAL)
)


@example("Jutta\x1fLeerdam")  # a white space an ASCII fast path once kept
@given(_NAMES)
def test_name_key_fast_paths_equal_the_definition(text: str) -> None:
    """`name_key` skips its pattern for printable names: the result is the definition's."""
    import re

    spaces = re.compile(r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
    drop = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}
    folded = spaces.sub(" ", unicodedata.normalize("NFC", text.translate(drop)).strip())
    assert name_key(text) == folded


@given(_NAMES)
def test_fold_key_fast_path_equals_the_definition(text: str) -> None:
    """`fold_key` removes hyphens and spaces without its pattern for printable names."""
    import re

    from skatecalc.notation import fold_key

    pattern = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212]+")
    assert fold_key(text) == pattern.sub("", variant_key(text))


@given(st.data(), st.sampled_from(REAL) | names())
def test_pasted_variants_fold_to_the_same_key(data: st.DataObject, name: str) -> None:
    variant = data.draw(name_variants(name))
    assert name_key(variant) == name_key(name)
    assert variant_key(variant) == variant_key(name)


def test_name_with_non_breaking_space_is_one_skater() -> None:
    cup = worldcup.Cup(worldcup.rules("2025/26"))
    cup.add_race("WC1", ["Jordan Stolz", "Damian Żurek"])
    cup.add_race("WC2", ["Jordan\u00a0Stolz", "Damian Z\u0307urek\u200b"])
    top = cup.standings()
    assert len(top) == 2
    assert (top[0].name, top[0].points) == ("Jordan Stolz", 120)
    assert (top[1].name, top[1].points) == ("Damian Żurek", 108)


def test_name_with_thin_space_is_found_in_the_table() -> None:
    table = sc.classify(sc.SPRINT, {"Femke\u2009Kok": ["37.07"], "Miho Takagi": ["37.13"]})
    assert table[0].name == "Femke Kok"
    assert table["Femke\u00a0Kok"].rank == 1


def test_case_or_accent_only_variant_in_one_input_is_refused_naming_both() -> None:
    with pytest.raises(DuplicateError, match=r"Femke Kók.*Femke Kok|Femke Kok.*Femke Kók"):
        sc.classify(sc.SPRINT, {"Femke Kok": ["37.07"], "Femke Kók": ["37.13"]})
    with pytest.raises(DuplicateError, match=r"'Femke Kok'.*'Femke Kók'|'Femke Kók'.*'Femke Kok'"):
        parse_results_csv("name,500\nFemke Kok,37.07\nFemke Kók,37.13\n", "k.csv")
    cup = worldcup.Cup(worldcup.rules("2025/26"))
    cup.add_race("WC1", ["Femke Kok"])
    with pytest.raises(DuplicateError, match="'FEMKE KOK' in race 'WC2' is spelled 'Femke Kok'"):
        cup.add_race("WC2", ["FEMKE KOK"])
    seen: dict[str, str] = {}
    check_spelling("Femke Kok", seen)
    with pytest.raises(DuplicateError, match="'Femke Kók' is spelled 'Femke Kok'"):
        check_spelling("Femke Kók", seen)


def _listing(heading: str, rows: list[tuple[str, str, str]]) -> str:
    """A listing race as the results pages print it (names in a 24-character column)."""
    head = "POS   NAME                    AG       NAT   TIME      DIFF"
    lines = []
    first = None
    for place, (name, nation, time) in enumerate(rows, start=1):
        t = sc.RaceTime.parse(time)
        diff = "" if first is None else f"+{(t.thousandths - first) / 1000:.3f}"
        first = t.thousandths if first is None else first
        lines.append(f"{place:<6}{name:<24}Senior   {nation:<6}{time:<10}{diff}".rstrip())
    return f"{heading}\n\n" + "\n".join([head, *lines]) + "\n"


DAY1 = _listing(
    "500 meter (Women), 14.03.2025",
    [("Femke Kok", "NED", "37.07"), ("Miho Takagi", "JPN", "37.13")],
)


def test_day_two_spelling_kok_with_accent_is_refused() -> None:
    day2 = _listing(
        "1000 meter (Women), 14.03.2025",
        [("Miho Takagi", "JPN", "1:13.32"), ("Femke Kók", "NED", "1:14.35")],
    )
    races = [parse_listing(DAY1, "a.txt"), parse_listing(day2, "b.txt")]
    with pytest.raises(DuplicateError) as exc:
        championship_results(races, combination="sprint")
    message = str(exc.value)
    assert "'Femke Kók'" in message and "'Femke Kok'" in message and "b.txt" in message


def test_skater_listed_on_day_two_only_is_refused() -> None:
    day2 = _listing(
        "1000 meter (Women), 14.03.2025",
        [("Miho Takagi", "JPN", "1:13.32"), ("Femke Kok-Smit", "NED", "1:14.35")],
    )
    races = [parse_listing(DAY1, "a.txt"), parse_listing(day2, "b.txt")]
    with pytest.raises(ResultsError, match=r"'Femke Kok-Smit' has a result in 1000 m.*distance 1"):
        championship_results(races, combination="sprint")


def test_day_two_spelling_with_non_breaking_space_is_the_same_skater() -> None:
    day2 = _listing(
        "1000 meter (Women), 14.03.2025",
        [("Miho\u00a0Takagi", "JPN", "1:13.32"), ("Femke\u2009Kok", "NED", "1:14.35")],
    )
    f = championship_results(
        [parse_listing(DAY1, "a.txt"), parse_listing(day2, "b.txt")], combination="sprint"
    )
    table = f.classify()
    assert table.names == ("Miho Takagi", "Femke Kok")
    assert str(table[0].points) == "73.790"


SPRINT_FIELD = {
    "Femke Kok": ("NED", "37.07", "1:14.35"),
    "Miho Takagi": ("JPN", "37.13", "1:13.32"),
    "Martina Sáblíková": ("CZE", "37.74", "1:15.20"),
    "Damian Żurek": ("POL", "37.90", "1:16.01"),
}


@given(st.data())
def test_listing_csv_and_json_of_the_same_results_give_the_same_standings(
    data: st.DataObject,
) -> None:
    def pasted(name: str) -> str:
        return data.draw(name_variants(name))

    by_500 = sorted(SPRINT_FIELD.items(), key=lambda kv: sc.RaceTime.parse(kv[1][1]))
    by_1000 = sorted(SPRINT_FIELD.items(), key=lambda kv: sc.RaceTime.parse(kv[1][2]))
    day1 = _listing("500 meter (Women), 14.03.2025", [(pasted(n), v[0], v[1]) for n, v in by_500])
    day2 = _listing("1000 meter (Women), 14.03.2025", [(pasted(n), v[0], v[2]) for n, v in by_1000])
    listing = championship_results(
        [parse_listing(day1, "a.txt"), parse_listing(day2, "b.txt")], combination="sprint"
    ).classify()
    csv_text = "name,nation,500,1000\n" + "".join(
        f"{pasted(n)},{v[0]},{v[1]},{v[2]}\n" for n, v in SPRINT_FIELD.items()
    )
    csv = parse_results_csv(csv_text, "r.csv", combination="sprint").classify()
    skaters = [
        {"name": pasted(n), "nation": v[0], "results": [v[1], v[2]]}
        for n, v in SPRINT_FIELD.items()
    ]
    js = parse_results_json(
        json.dumps({"combination": "sprint", "skaters": skaters}), "r.json"
    ).classify()
    for table in (listing, csv, js):
        assert [unicodedata.is_normalized("NFC", n) for n in table.names] == [True] * 4
        assert [(s.name, str(s.points)) for s in table] == [(s.name, str(s.points)) for s in csv]
    assert len(csv) == len(SPRINT_FIELD) and set(csv.names) == set(SPRINT_FIELD)


def test_need_beat_with_non_breaking_space_finds_the_skater() -> None:
    from .helpers import run_cli

    status, out, err = run_cli(
        "skatecalc need --example wsc2024-women 'Femke\u00a0Kok' --beat 'Miho\u2009Takagi'"
    )
    _, plain, _ = run_cli("skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi'")
    assert status == 0, err
    assert out == plain


def test_need_beat_unknown_name_names_the_closest() -> None:
    from .helpers import run_cli

    status, _, err = run_cli(
        "skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takgi'"
    )
    assert status != 0 and "Miho Takagi" in err
