"""skatecalc.cli.words: the library's Python forms in command-line words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from skatecalc.cli import words
from skatecalc.cli.words import cli_words


def _every_pattern(message: str) -> str:
    for pattern, replacement in words._REWRITES:
        message = re.sub(pattern, replacement, message)
    return message


_PIECES = st.sampled_from(
    [
        "after=",
        "after=None",
        "after=...",
        "after=9",
        "give after=None",
        "classify with after=3",
        "combination=",
        "combination=...",
        "combination=Sprint",
        "rules.override(",
        "rules.override(division_b=[...]) (points of B-places 1, 2, ...), or --table-b 1,2 on"
        " the command line",
        "Rules.custom(",
        "; build your own with worldcup.Rules.custom(...)",
        "override(",
        " ",
        ": ",
        "x",
        "Ireen Wüst",
    ]
)


@given(st.lists(_PIECES, max_size=6).map("".join))
def test_cli_words_is_every_rewrite_applied_in_order(message: str) -> None:
    """Leaving a message without any Python form alone (the patterns are compiled only
    when one has it) gives what applying every pattern gives."""
    assert cli_words(message) == _every_pattern(message)


def test_a_warning_without_a_python_form_compiles_no_pattern() -> None:
    words._compiled.cache_clear()
    assert cli_words("1000 m women: every DIFF ends in 0") == "1000 m women: every DIFF ends in 0"
    assert words._compiled.cache_info().currsize == 0
    assert cli_words("after=9: too many") == "--after 9: too many"
    assert words._compiled.cache_info().currsize == 1
