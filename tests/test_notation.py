"""skatecalc.notation: the one normaliser of the language and of the gender, and the one
ordinal, used by every layer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc.errors import FileFormatError, InvalidRuleError, ResultsError, SelectionError
from skatecalc.notation import ACCEPTED, format_ordinal, normalise_gender, normalise_lang


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
