"""Layers point one way: domain code never imports the file formats, the command line or the
presentation layer (``skatecalc.io``, ``skatecalc.cli``, ``skatecalc.text``).

Checked on the source, so an import inside a function counts as much as one at the top of a
module. The table core (``skatecalc.tabular``) finds a table's renderers by module name on
first print (``RENDERER_MODULES``); that lookup is data, not an import statement.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import skatecalc

PACKAGE = Path(skatecalc.__file__).parent

#: The layers above the domains: nothing below them imports them.
UPPER = ("skatecalc.io", "skatecalc.cli", "skatecalc.text")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _domain_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        # the package root is the public face over every layer: it reaches the submodules
        # (sc.worldcup, sc.io) on first attribute access and names them for type checkers
        if name in ("skatecalc", "skatecalc.__main__") or name.startswith(UPPER):
            continue
        files.append(path)
    return files


def _imports(path: Path) -> list[str]:
    """Every module ``path`` imports, relative imports resolved to absolute names."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append(module)
            # ``from . import text`` imports a submodule by its attribute name
            found.extend(f"{module}.{alias.name}" for alias in node.names)
    return found


def test_the_domain_files_are_found() -> None:
    names = {_module_name(p) for p in _domain_files()}
    assert {"skatecalc.time", "skatecalc.championship.standings", "skatecalc.tabular"} <= names
    assert "skatecalc.worldcup.cup" in names and "skatecalc.olympic.selection" in names
    assert not any(n.startswith(UPPER) for n in names)


@pytest.mark.parametrize("path", _domain_files(), ids=_module_name)
def test_domain_code_never_imports_io_cli_or_text(path: Path) -> None:
    bad = [m for m in _imports(path) if m in UPPER or m.startswith(tuple(u + "." for u in UPPER))]
    assert not bad, f"{_module_name(path)} imports {bad}"


def test_the_check_sees_relative_imports() -> None:
    path = PACKAGE / "championship" / "targets" / "requirement.py"
    imports = _imports(path)
    # ``from ...tabular import render_text`` three levels up from the targets package
    assert "skatecalc.tabular" in imports
    assert "skatecalc.tabular.render_text" in imports


#: One concept per module: aim for about 400 lines; none may pass this.
MOST_LINES = 500


#: Written by scripts, not by hand (``skatecalc._ahead``): the record classes' methods
#: (``scripts/compile_records.py``), the rule sets and the catalogues as Python
#: (``scripts/compile_rules.py``), compiled with the package.
GENERATED = {_module_name(p) for p in (PACKAGE / "_ahead").glob("*.py") if p.name != "__init__.py"}


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(PACKAGE.rglob("*.py")) if _module_name(p) not in GENERATED],
    ids=_module_name,
)
def test_every_module_stays_small(path: Path) -> None:
    with path.open(encoding="utf-8") as f:
        lines = sum(1 for _ in f)
    assert lines <= MOST_LINES, f"{_module_name(path)} has {lines} lines: split it by concept"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=_module_name)
def test_every_module_imports_first(path: Path) -> None:
    """Each module imports on its own in a fresh interpreter: no import cycle, whichever
    module a program imports first."""
    import subprocess
    import sys

    module = _module_name(path)
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
