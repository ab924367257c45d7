"""Write each rule set's TOML as JSON beside it (``<key>.toml.json``), for a fast start.

The TOML files are the rule data and what people edit; the JSON twins only let a command
read them without parsing TOML in pure Python (``tomllib``: 10-15 ms for the World Cup
seasons, a tenth of the command's start-up). ``skatecalc.rules`` reads a twin when there is
one, and ``tests/test_rules.py`` fails when a twin differs from its TOML, naming this
script. Run it from the repository root after editing a rule set::

    python scripts/compile_rules.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skatecalc.rules import DATA, compiled_text, families, keys  # noqa: E402


def main() -> None:
    for family in families():
        for key in keys(family):
            toml = DATA / family / f"{key}.toml"
            twin = toml.with_name(toml.name + ".json")
            text = compiled_text(toml.read_text(encoding="utf-8"))
            if not twin.exists() or twin.read_text(encoding="utf-8") != text:
                twin.write_text(text, encoding="utf-8")
                print(f"wrote {twin.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
