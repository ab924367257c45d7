"""Golden files: the output of every command × format × language on the built-in examples.

Each case is one command line run in-process (``tests.helpers.run_cli``) from the
repository root. Its files live in ``tests/golden/<command>/``:

* ``<case>.<lang>.txt`` and ``<case>.<lang>.md`` -- ``--format text`` and ``markdown``
  with ``--lang en`` and ``--lang nl``;
* ``<case>.json`` and ``<case>.csv`` -- machine output, which does not depend on the
  language: both ``--lang en`` and ``--lang nl`` must give these very bytes;
* ``<case>.stderr`` -- what the command wrote on standard error (warnings, or the error of a
  case that is expected to fail), only when it wrote anything; the same for every format
  and language unless the case says otherwise.

``tests/test_golden.py`` compares each output byte for byte. When an output change is
*intended*, regenerate the files and review the diff before committing it::

    python -m tests.golden --update          # every case
    python -m tests.golden --update need     # the cases whose name contains "need"

(or ``SKATECALC_GOLDEN_UPDATE=1 python -m pytest tests/test_golden.py``). Without
``--update``, ``python -m tests.golden`` lists the files that differ.
"""

from __future__ import annotations

import contextlib
import os
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import run_cli

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
UPDATE = os.environ.get("SKATECALC_GOLDEN_UPDATE", "") not in ("", "0")
"""``SKATECALC_GOLDEN_UPDATE=1``: the test rewrites the golden files instead of comparing."""

FORMATS = ("text", "markdown", "json", "csv")
LANGS = ("en", "nl")
SUFFIX = {"text": "txt", "markdown": "md", "json": "json", "csv": "csv"}
PDF = "tests/data/seed/official/pdf/wc2025-26-2-calgary/14-1st-500m-men.pdf"
LISTINGS = "wc2025-26-1-salt-lake-city wc2025-26-2-calgary"


@dataclass(frozen=True)
class Case:
    """One command line (without ``--format``/``--lang``), its file stem, the formats it
    is run in and the exit status it must end with."""

    name: str
    """``<command>/<case>``: the folder and file stem of its golden files."""
    command: str
    formats: tuple[str, ...] = FORMATS
    status: int = 0

    def runs(self) -> Iterator[tuple[str, str]]:
        """Every (format, lang) this case is run in."""
        for fmt in self.formats:
            for lang in LANGS:
                yield fmt, lang

    def path(self, fmt: str, lang: str) -> Path:
        """The golden file of one run."""
        if fmt in ("json", "csv"):
            return HERE / f"{self.name}.{SUFFIX[fmt]}"
        return HERE / f"{self.name}.{lang}.{SUFFIX[fmt]}"

    @property
    def stderr_path(self) -> Path:
        """The golden standard error (present only when the command writes any)."""
        return HERE / f"{self.name}.stderr"

    def argv(self, fmt: str, lang: str) -> str:
        """The full command line of one run."""
        return f"skatecalc {self.command} --format {fmt} --lang {lang}"


_FAILS = ("text",)  # an error is one line whatever the format: run it once per language

CASES: tuple[Case, ...] = (
    Case("examples/list", "examples"),
    # championship results: standings, need, board
    Case("standings/wsc2024-women", "standings --example wsc2024-women"),
    Case("standings/wsc2024-women-after-1", "standings --example wsc2024-women --after 1"),
    Case("standings/wsc2024-women-after-2", "standings --example wsc2024-women --after 2"),
    Case(
        "standings/wsc2024-women-gap-half-even",
        "standings --example wsc2024-women --gap-rounding half-even",
    ),
    Case(
        "standings/calgary-500m-men-pdf-sprint",
        f"standings {PDF} --combination sprint",
    ),
    Case(
        "standings/salt-lake-city-listing-women",
        "standings wc2025-26-1-salt-lake-city --gender women",
        formats=_FAILS,
        status=1,
    ),
    Case(
        "standings/salt-lake-city-listing-no-gender",
        "standings wc2025-26-1-salt-lake-city",
        formats=_FAILS,
        status=1,
    ),
    Case("need/kok-beat-takagi", 'need --example wsc2024-women "Femke Kok" --beat "Miho Takagi"'),
    Case(
        "need/kok-beat-takagi-opponent-time",
        'need --example wsc2024-women "Femke Kok" --beat "Miho Takagi" --opponent-time 1:13.13',
    ),
    Case(
        "need/kok-beat-takagi-tie",
        'need --example wsc2024-women "Femke Kok" --beat "Miho Takagi" --tie',
    ),
    Case(
        "need/calgary-500m-men-pdf-de-boo-beat-kim",
        f'need {PDF} "Jenning De Boo" --beat "Jun-Ho Kim" --combination sprint',
    ),
    Case(
        "need/takagi-rank-1-nobody-finished",
        'need --example wsc2024-women "Miho Takagi" --rank 1',
        formats=_FAILS,
        status=1,
    ),
    Case("board/wsc2024-women", "board --example wsc2024-women"),
    Case("board/wsc2024-women-after-2", "board --example wsc2024-women --after 2"),
    Case("board/wsc2024-women-podium-2", "board --example wsc2024-women --podium 2"),
    Case("board/calgary-500m-men-pdf-sprint", f"board {PDF} --combination sprint"),
    # World Cup
    Case("worldcup/table-2017-18", "worldcup table 2017/18"),
    Case("worldcup/table-2013-14", "worldcup table 2013/14"),
    Case("worldcup/table-2025-26", "worldcup table 2025/26"),
    Case(
        "worldcup/standings-wc2017-18-men-500",
        "worldcup standings --example wc2017-18-men-500 --season 2017/18",
    ),
    Case(
        "worldcup/standings-wc2017-18-men-500-after-erf2",
        "worldcup standings --example wc2017-18-men-500 --season 2017/18 --after ERF2",
    ),
    Case(
        "worldcup/outlook-wc2017-18-men-500-final",
        "worldcup outlook --example wc2017-18-men-500 --season 2017/18 --after ERF2"
        " --remaining 2 --final",
    ),
    Case(
        "worldcup/outlook-wc2017-18-men-500-remaining-2",
        "worldcup outlook --example wc2017-18-men-500 --season 2017/18 --remaining 2",
    ),
    Case(
        "worldcup/standings-listings-1000m-men-a",
        f"worldcup standings {LISTINGS} --season 2025/26 --distance 1000 --gender men --division A",
    ),
    Case(
        "worldcup/standings-listings-tp-men-a",
        f"worldcup standings {LISTINGS} --distance TP --gender men --division A",
    ),
    Case(
        "worldcup/standings-listings-ms-women-a",
        f"worldcup standings {LISTINGS} --distance MS --gender women --division A",
    ),
    Case(
        "worldcup/outlook-listings-1000m-women-a",
        f"worldcup outlook {LISTINGS} --distance 1000 --gender women --division A --remaining 4",
    ),
    Case("worldcup/standings-calgary-500m-men-pdf", f"worldcup standings {PDF}"),
    Case(
        "worldcup/standings-salt-lake-city-1500m-women-a-warning",
        "worldcup standings wc2025-26-1-salt-lake-city --distance 1500 --gender women --division A",
    ),
    Case(
        "worldcup/standings-listings-women-a-every-distance",
        f"worldcup standings {LISTINGS} --gender women --division A",
    ),
    # Olympic qualification
    Case("olympic/order-list", "olympic order"),
    Case("olympic/order-ned-2022-men", "olympic order NED 2022 men"),
    Case("olympic/order-ned-2026-women", "olympic order NED-2026-women"),
    Case("olympic/select-okt2021-men", "olympic select --example okt2021 --order NED-2022-men"),
    Case("olympic/select-okt2021-women", "olympic select --example okt2021 --order NED-2022-women"),
    Case(
        "olympic/select-okt2021-men-add",
        'olympic select --example okt2021 --order NED-2022-men --add "Sven Kramer"'
        ' --add "Marcel Bosker"',
    ),
    Case(
        "olympic/outlook-okt2021-men-after-500",
        "olympic outlook --example okt2021-men-after-500 --order NED-2022-men",
    ),
    Case(
        "olympic/outlook-okt2021-women", "olympic outlook --example okt2021 --order NED-2022-women"
    ),
    Case(
        "olympic/select-listing-salt-lake-city-women",
        "olympic select wc2025-26-1-salt-lake-city --order NED-2022-women --gender women",
        formats=_FAILS,
        status=1,
    ),
    Case("olympic/quota-2026", "olympic quota --games 2026"),
    Case("olympic/quota-2026-women-500", "olympic quota --games 2026 --gender women --event 500"),
    Case(
        "olympic/soqc-listings-men-tp",
        f"olympic soqc {LISTINGS} --games 2026 --gender men --event TP",
    ),
    Case(
        "olympic/soqc-listings-women-500",
        f"olympic soqc {LISTINGS} --games 2026 --gender women --event 500",
    ),
)
"""Every golden case."""


@dataclass(frozen=True)
class Run:
    """What one run of a case printed."""

    status: int
    stdout: str
    stderr: str


def run(case: Case, fmt: str, lang: str) -> Run:
    """Run one case in one format and language, in-process, from the repository root."""
    with contextlib.chdir(ROOT):
        status, out, err = run_cli(case.argv(fmt, lang))
    return Run(status, out, err)


def _read(path: Path) -> str | None:
    """The file's text exactly as stored (CSV keeps its CRLF line ends)."""
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as file:
        return file.read()


def mismatches(case: Case) -> list[str]:
    """What differs between the case's runs and its golden files (empty: nothing)."""
    problems: list[str] = []
    for fmt, lang in case.runs():
        got = run(case, fmt, lang)
        where = f"{case.argv(fmt, lang)!r}"
        if got.status != case.status:
            problems.append(f"{where}: exit status {got.status}, expected {case.status}")
        if got.stdout != _read(case.path(fmt, lang)):
            problems.append(f"{where}: standard output differs from {case.path(fmt, lang)}")
        if (got.stderr or None) != _read(case.stderr_path):
            problems.append(f"{where}: standard error differs from {case.stderr_path}")
    return problems


def update(case: Case) -> list[Path]:
    """Rewrite the golden files of ``case`` from its runs; the files that changed."""
    written: dict[Path, str] = {}
    stderr: set[str] = set()
    for fmt, lang in case.runs():
        got = run(case, fmt, lang)
        if got.status != case.status:
            raise SystemExit(
                f"{case.argv(fmt, lang)!r}: exit status {got.status}, expected {case.status}"
                f"\n{got.stderr}"
            )
        path = case.path(fmt, lang)
        if written.get(path, got.stdout) != got.stdout:
            raise SystemExit(f"{case.argv(fmt, lang)!r}: the output depends on --lang")
        written[path] = got.stdout
        stderr.add(got.stderr)
    if len(stderr) > 1:
        raise SystemExit(f"{case.name}: the standard error depends on the format or language")
    (err,) = stderr
    changed: list[Path] = []
    if err:
        written[case.stderr_path] = err
    elif case.stderr_path.exists():
        case.stderr_path.unlink()
        changed.append(case.stderr_path)
    for path, text in written.items():
        if _read(path) != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8", newline="") as file:
                file.write(text)
            changed.append(path)
    return changed


def known_files() -> set[Path]:
    """Every golden file the cases produce or may produce."""
    files: set[Path] = set()
    for case in CASES:
        files.update(case.path(fmt, lang) for fmt, lang in case.runs())
        files.add(case.stderr_path)
    return files


def stray_files() -> list[Path]:
    """Golden files no case produces (left behind by a renamed or removed case)."""
    known = known_files()
    return sorted(
        p
        for p in HERE.rglob("*")
        if p.is_file()
        and p.suffix != ".py"
        and not p.name.startswith(".")
        and "__pycache__" not in p.parts
        and p not in known
    )


def command_line(case: Case) -> str:
    """The case as one shell line (for messages)."""
    return shlex.join(["skatecalc", *shlex.split(case.command)])
