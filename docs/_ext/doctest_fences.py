"""A griffe extension for the API pages: show doctest examples as Python console code.

Docstrings carry runnable ``>>>`` examples (pytest runs them). Markdown would read ``>>>``
as nested block quotes, so this wraps every example block in a ```pycon fence.
"""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension, Object

_PROMPT = re.compile(r"^\s*>>> ")


def fence_doctests(text: str) -> str:
    """Wrap each run of doctest lines (a ``>>>`` line up to the next blank line) in a fence."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if _PROMPT.match(lines[i]):
            indent = len(lines[i]) - len(lines[i].lstrip())
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i][indent:] if lines[i][:indent].isspace() else lines[i])
                i += 1
            if out and out[-1].rstrip().endswith("::"):
                out[-1] = out[-1].rstrip()[:-1]
            if out and out[-1].strip():
                out.append("")
            out += ["```pycon", *block, "```", ""]
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


class DoctestFences(Extension):
    """Fence the doctest examples of every documented object."""

    def on_instance(self, *, obj: Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
