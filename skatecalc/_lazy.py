"""Regular expressions compiled the first time they are used.

Compiling a pattern costs 0.1-0.4 ms; a command compiled some thirty at start-up, half of
which it never used (the Dutch time notation, the markdown escapes, the results-service
file names, ...). A `LazyPattern` stands where the pattern would, with the same methods:
the first use compiles it and keeps the compiled pattern's bound methods, so each later use
is one attribute read more than the pattern's own.

>>> DIGITS = pattern(r"[0-9]+")
>>> DIGITS.fullmatch("2026") is not None, DIGITS.sub("#", "wc 2025/26")
(True, 'wc #/#')
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["LazyPattern", "pattern"]

_METHODS = ("findall", "finditer", "fullmatch", "match", "search", "split", "sub", "subn")


class LazyPattern:
    """``re.compile(text, flags)``, made on the first use of one of its methods."""

    __slots__ = ("flags", "text", *_METHODS)

    def __init__(self, text: str, flags: int = 0) -> None:
        self.text = text
        self.flags = flags

    def __getattr__(self, name: str) -> Any:  # only for a method not yet looked up
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.text, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    @property
    def pattern(self) -> str:
        """The pattern's text, as ``re.Pattern.pattern``."""
        return self.text

    def __repr__(self) -> str:
        return f"pattern({self.text!r})"


def pattern(text: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on first use (see the module); typed as the pattern it stands for
    (its methods are the pattern's own once used)."""
    return LazyPattern(text, flags)  # type: ignore[return-value]
