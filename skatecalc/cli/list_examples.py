"""``skatecalc examples``: the built-in examples, for ``--example NAME``."""

from __future__ import annotations

import argparse

from ..examples import EXAMPLES, KINDS
from .common import Table, render

__all__ = ["run_examples"]


def run_examples(args: argparse.Namespace) -> str:
    """One row per example: name, kind (and the commands that read it), what, source."""
    rows: list[dict[str, object]] = [
        {"name": e.name, "kind": e.kind, "what": e.what, "source": e.source}
        for e in sorted(EXAMPLES.values(), key=lambda e: (list(KINDS).index(e.kind), e.name))
    ]

    def text(lang: str) -> str:
        lines: list[str] = []
        for kind, commands in KINDS.items():
            lines.append(f"{commands}:")
            for row in rows:
                if row["kind"] == kind:
                    lines.append(f"  {row['name']}")
                    lines.append(f"      {row['what']}")
                    lines.append(f"      source: {row['source']}")
        return "\n".join(lines)

    return render([Table(rows, text)], args)
