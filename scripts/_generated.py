"""What the generating scripts share: write generated files, or check that they are as the
script would write them (``--check``)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sync(wanted: dict[Path, str], argv: list[str], script: str) -> int:
    """Write each file of ``wanted`` whose text differs (0), or with ``--check`` in
    ``argv`` write nothing and name each such file (1 when there is one)."""
    stale = 0
    for path, text in wanted.items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        name = path.relative_to(ROOT)
        if "--check" in argv:
            print(f"{name} is missing or out of date: run python scripts/{script}")
            stale += 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {name}")
    return 1 if stale else 0
