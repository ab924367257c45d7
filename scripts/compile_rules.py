"""Write the Python twin of each rule set and catalogue into ``skatecalc/_ahead/``, for a
fast start.

The TOML files under ``skatecalc/data`` are the rule data and the catalogues: what people
edit. Their twins (``rules_<family>_<key>.py``, ``text_<lang>.py``) hold the same tables as
Python source, so Python compiles them with the package and a command neither imports
``tomllib`` (10-15 ms of pure-Python parsing for the World Cup seasons) nor ``json``, nor
parses a catalogue line by line. ``skatecalc.rules`` and ``skatecalc.messages`` read a twin
when there is one (the TOML otherwise: slower, never different), and ``tests/test_rules.py``
and ``tests/test_messages.py`` fail while a twin differs from its TOML, naming this
script. Run it from the repository root after editing a rule set or a catalogue::

    python scripts/compile_rules.py          # writes the twins
    python scripts/compile_rules.py --check  # exit status 1 when one is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _generated import sync  # noqa: E402

from skatecalc import messages, rules  # noqa: E402

AHEAD = ROOT / "skatecalc" / "_ahead"


def twins() -> dict[Path, str]:
    """Each twin's file and the text it must hold."""
    wanted: dict[Path, str] = {}
    for family in rules.families():
        for key in rules.keys(family):
            toml = rules.DATA / family / f"{key}.toml"
            text = rules.compiled_text(toml.read_text(encoding="utf-8"), source=_name(toml))
            wanted[AHEAD / f"{rules.twin_name(family, key)}.py"] = text
    for toml in sorted((rules.DATA / "text").glob("*.toml")):
        text = messages.compiled_text(toml.read_text(encoding="utf-8"), source=_name(toml))
        wanted[AHEAD / f"text_{toml.stem}.py"] = text
    return wanted


def _name(path: Path) -> str:
    return f"``{path.relative_to(ROOT).as_posix()}``"


def main(argv: list[str]) -> int:
    return sync(twins(), argv, "compile_rules.py")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
