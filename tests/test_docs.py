"""The README and every docs page are executed: their examples are tests.

* ```python blocks run in order, one namespace per page, from an empty directory (as after
  ``pip install``: no path into the source tree); a block written as a doctest
  (``>>>`` lines) is checked as a doctest in that namespace.
* A python block that imports pandas (an optional package, never a dependency of
  skatecalc) runs only where pandas is installed (the ``test`` extra installs it); where
  it is not, ``test_pandas_examples_run`` is skipped and says so.
* ```console blocks: every ``$ skatecalc ...`` line runs the command line (from the
  repository root) and its output must equal the lines that follow it; ``$ skatecalc A |
  skatecalc B`` runs B with A's output as its standard input (a chain of commands).
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
from pathlib import Path
from typing import Any

import pytest

from .helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(page: Path, lang: str) -> list[str]:
    return [body for kind, body in FENCE.findall(page.read_text(encoding="utf-8")) if kind == lang]


HAS_PANDAS = importlib.util.find_spec("pandas") is not None
_PANDAS = re.compile(r"^\s*(?:import pandas|from pandas)\b", re.MULTILINE)


def _needs_pandas(body: str) -> bool:
    return bool(_PANDAS.search(body))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_python_examples_run(page: Path, tmp_path: Path) -> None:
    _run_python_blocks(page, tmp_path, with_pandas=HAS_PANDAS)


PANDAS_PAGES = [p for p in PAGES if any(_needs_pandas(b) for b in _blocks(p, "python"))]


def test_the_pandas_example_is_a_python_block() -> None:
    """docs/bulk.md shows pandas in an executed block, not in plain text."""
    assert [p.name for p in PANDAS_PAGES] == ["bulk.md"]


@pytest.mark.skipif(not HAS_PANDAS, reason="pandas is not installed (optional)")
@pytest.mark.parametrize("page", PANDAS_PAGES, ids=lambda p: p.name)
def test_pandas_examples_run(page: Path, tmp_path: Path) -> None:
    """The pages with pandas blocks, every block run (pandas installed)."""
    _run_python_blocks(page, tmp_path, with_pandas=True)


def _run_python_blocks(page: Path, tmp_path: Path, *, with_pandas: bool) -> None:
    # from an empty directory outside the repository, as someone who installed the package
    namespace: dict[str, Any] = {"__name__": f"docs_{page.stem}"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        for number, body in enumerate(_blocks(page, "python"), start=1):
            if not with_pandas and _needs_pandas(body):
                continue  # test_pandas_examples_run is skipped, saying why
            if body.lstrip().startswith(">>>"):
                test = parser.get_doctest(body, namespace, f"{page.name}#{number}", str(page), 0)
                result = runner.run(test, clear_globs=False)
                namespace.update(test.globs)  # DocTest copies its globals
                assert result.failed == 0, f"doctest block {number} of {page.name} failed"
            else:
                exec(compile(body, f"{page.name} block {number}", "exec"), namespace)
    finally:
        os.chdir(cwd)


def _console_cases() -> list[tuple[str, str, str]]:
    cases = []
    for page in PAGES:
        for body in _blocks(page, "console"):
            command, expected = None, []
            for line in [*body.splitlines(), "$ end"]:
                if line.startswith("$ "):
                    if command and command.startswith("skatecalc "):
                        cases.append((page.name, command, "\n".join(expected)))
                    command, expected = line[2:].strip(), []
                else:
                    expected.append(line)
    return cases


def _run_chain(command: str) -> tuple[int, str, str]:
    """``skatecalc A | skatecalc B ...``: each command's output is the next one's standard
    input (in-process, as ``run_cli``)."""
    import io
    import sys

    out = ""
    status, err = 0, ""
    for number, part in enumerate(command.split(" | ")):
        if number:
            assert status == 0, f"`{part}` got no input: the command before it failed: {err}"
        before = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(out.encode("utf-8")), encoding="utf-8")
        try:
            status, out, err = run_cli(part.strip())
        finally:
            sys.stdin = before
    return status, out, err


@pytest.mark.parametrize(("page", "command", "expected"), _console_cases())
def test_console_examples_print_what_the_docs_say(page: str, command: str, expected: str) -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        status, out, err = _run_chain(command)
    finally:
        os.chdir(cwd)
    shown = out if status == 0 else err
    assert [x.rstrip() for x in shown.strip("\n").splitlines()] == [
        x.rstrip() for x in expected.strip("\n").splitlines()
    ], f"{page}: `{command}` printed:\n{shown}"


# --- docs/formats.md: the JSON keys of every command -------------------------------------

_FAMILIES = {
    "distance": r"(?:\d+(?: \(\d+\))?|\d+ m|mass start)",
    "race": r"[A-Z][A-Za-z0-9]*(?: \(race\))?",
}


def _documented_json() -> list[tuple[str, list[str]]]:
    """(example command, documented keys) of each table of the JSON section."""
    text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    section = text.split("## JSON output of every command", 1)[1].split("\n## ", 1)[0]
    cases: list[tuple[str, list[str]]] = []
    command: str | None = None
    for line in section.splitlines():
        example = re.match(r"Example: `(skatecalc [^`]+)`", line)
        if example:
            command = example.group(1)
            cases.append((command, []))
        elif line.startswith("| `") and command is not None:
            cases[-1][1].append(line.split("`")[1])
    return cases


def test_formats_names_the_schema_version_of_the_watch_output() -> None:
    from skatecalc.cli.watch import SCHEMA

    text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    assert f"## JSON output of every command (schema {SCHEMA})" in text
    assert len(_documented_json()) == 16  # every command with --format, each kind of row


@pytest.mark.parametrize(("command", "keys"), _documented_json(), ids=lambda v: str(v)[:60])
def test_formats_documents_every_json_key_of_the_command(command: str, keys: list[str]) -> None:
    """Every key a command writes is documented in docs/formats.md, and every key
    documented is written by the example."""
    import json

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        status, out, err = run_cli(command)
    finally:
        os.chdir(cwd)
    assert status == 0, err
    written = {key for row in json.loads(out) for key in row}
    patterns = {
        key: re.compile(
            re.sub(
                r"<(\w+)>",
                lambda m: _FAMILIES[m.group(1)],
                re.escape(key).replace(r"\<", "<").replace(r"\>", ">"),
            )
        )
        for key in keys
    }
    fixed = {k for k in keys if "<" not in k}
    seen: set[str] = set()
    for key in written:
        matches = [doc for doc, p in patterns.items() if p.fullmatch(key)]
        exact = [doc for doc in matches if doc in fixed]
        assert matches, f"{command}: key {key!r} is not documented in docs/formats.md"
        seen.update(exact or matches)
    assert seen == set(keys), f"{command}: documented but not written: {set(keys) - seen}"


def test_every_module_is_documented_on_one_page_only() -> None:
    """A module rendered on two pages gives every name in it two addresses (the docs build
    refuses that in strict mode)."""
    seen: dict[str, str] = {}
    twice = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        for line in page.read_text("utf-8").splitlines():
            if line.startswith("::: "):
                module = line[4:].strip()
                if module in seen:
                    twice.append(f"{module}: {seen[module]} and {page.name}")
                seen.setdefault(module, page.name)
    assert twice == []
