"""Every command × format × language on the built-in examples, byte for byte.

The golden files are in tests/golden/; how to regenerate them when an output change is
intended is described in tests/golden/__init__.py (``python -m tests.golden --update``).
"""

from __future__ import annotations

import pytest

from tests.golden import CASES, UPDATE, Case, mismatches, stray_files, update


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_output(case: Case) -> None:
    if UPDATE:
        update(case)
    problems = mismatches(case)
    assert not problems, "\n".join(
        [*problems, "intended? python -m tests.golden --update (then review the diff)"]
    )


def test_every_golden_file_belongs_to_a_case() -> None:
    assert not stray_files()


def test_golden_cases_are_unique_and_cover_every_command() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))
    commands = {" ".join(c.command.split()[:2]).replace(" --example", "") for c in CASES}
    for command in (
        "examples",
        "standings",
        "need",
        "board",
        "worldcup table",
        "worldcup standings",
        "worldcup outlook",
        "olympic order",
        "olympic select",
        "olympic outlook",
        "olympic quota",
        "olympic soqc",
    ):
        assert any(c == command or c.startswith(command + " ") for c in commands), command
