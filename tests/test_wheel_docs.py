"""Every documented command works for someone who installed the wheel.

Builds the wheel from a clean copy of the source tree (a stale ``build/`` directory must
not leak deleted modules into it), checks that it holds exactly the package's modules and
data files, installs it into a fresh virtual environment, and runs every
``$ skatecalc ...`` line of the README and ``docs/`` from an empty directory outside the
repository, comparing the output with what the page shows. It takes tens of seconds and
needs the package index for ``attrs``, so it runs when ``SKATECALC_WHEEL_TEST=1`` (CI sets
it); the in-repository variant of the same check runs always (``test_docs.py``).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from .test_docs import _console_cases

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    os.environ.get("SKATECALC_WHEEL_TEST") != "1",
    reason="set SKATECALC_WHEEL_TEST=1 to build and install the wheel (CI does)",
)


#: Never copied into the clean source tree the wheel is built from: a stale ``build/``
#: directory would put modules deleted from the source into the wheel.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    "build",
    "dist",
    "site",
    "*.egg-info",
    ".venv",
    ".ci-venv",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
    ".benchmarks",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a clean copy of the source tree."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)],
        check=True,
    )
    (built,) = dist.glob("skatecalc-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` directory of a fresh venv with the freshly built wheel installed."""
    base = tmp_path_factory.mktemp("venv")
    env_dir = base / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True)
    return bin_dir


CASES = _console_cases()


@pytest.mark.parametrize(("page", "command", "expected"), CASES)
def test_documented_command_from_the_wheel(
    installed: Path, tmp_path: Path, page: str, command: str, expected: str
) -> None:
    for folder in ("tests/data", "docs/examples"):  # an example on files beside the docs
        if folder + "/" in command:  # or the tests: as a user holding them
            shutil.copytree(ROOT / folder, tmp_path / folder)
    given = None  # `skatecalc A | skatecalc B`: each stage reads the one before
    for part in command.split(" | "):
        argv = shlex.split(part)
        argv[0] = str(installed / "skatecalc")
        done = subprocess.run(
            argv, cwd=tmp_path, input=given, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            break
        given = done.stdout
    shown = done.stdout if done.returncode == 0 else done.stderr
    assert "Traceback" not in done.stderr, f"{page}: `{command}`:\n{done.stderr}"
    assert [x.rstrip() for x in shown.strip("\n").splitlines()] == [
        x.rstrip() for x in expected.strip("\n").splitlines()
    ], f"{page}: `{command}` printed, from the installed wheel:\n{shown}"


def test_the_installed_package_is_not_the_source_tree(installed: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(installed / "python"), "-c", "import skatecalc; print(skatecalc.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert not done.stdout.strip().startswith(str(ROOT / "skatecalc"))


_PACKAGED = (".py", ".toml", ".csv", ".json", ".txt", ".typed")


def test_the_wheel_holds_the_package_and_its_data(wheel: Path) -> None:
    """Every module and data file of the source is in the wheel, and nothing else (no
    module deleted from the source, no file of the repository outside the package)."""
    source = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "skatecalc").rglob("*")
        if p.is_file() and p.suffix in _PACKAGED and "__pycache__" not in p.parts
    }
    with zipfile.ZipFile(wheel) as archive:
        packaged = {n for n in archive.namelist() if n.startswith("skatecalc/")}
    assert packaged == source
