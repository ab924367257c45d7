"""Short names as the Dutch press prints them: ``Krol``, ``N'tab``, ``in 't Hof``."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import SelectionError

__all__ = ["press_names", "surname"]


def surname(name: str) -> str:
    """The surname with its particles (``tussenvoegsels``), as the press prints it.

    The surname starts at the first word after the first one that begins with a lowercase
    letter or an apostrophe (``de``, ``in 't``, ``ter``); otherwise it is the last word.

    >>> surname("Thomas Krol"), surname("Dai Dai N'tab"), surname("Sanne in 't Hof")
    ('Krol', "N'tab", "in 't Hof")
    >>> surname("Ireen Wüst"), surname("Jorien ter Mors"), surname("Krol")
    ('Wüst', 'ter Mors', 'Krol')
    """
    if not isinstance(name, str):
        raise SelectionError(f"{name!r} is not a name")
    words = name.split()
    if len(words) <= 1:
        return name.strip()
    for i, word in enumerate(words[1:], start=1):
        if word[0].islower() or word[0] in "'’":
            return " ".join(words[i:])
    return words[-1]


def press_names(names: Iterable[str]) -> dict[str, str]:
    """Short names for ``names``; equal surnames get the first initial (``A. de Jong``).

    >>> press_names(["Antoinette de Jong", "Michelle de Jong", "Femke Kok"])
    {'Antoinette de Jong': 'A. de Jong', 'Michelle de Jong': 'M. de Jong', 'Femke Kok': 'Kok'}
    """
    unique = list(dict.fromkeys(names))
    for n in unique:
        if not isinstance(n, str) or not n.strip():
            raise SelectionError(f"{n!r} is not a name")
    surnames = {n: surname(n) for n in unique}
    counts: dict[str, int] = {}
    initials: dict[tuple[str, str], int] = {}  # (initial, surname) -> how many (one pass)
    for n, short in surnames.items():
        counts[short] = counts.get(short, 0) + 1
        key = (n.strip()[0], short)
        initials[key] = initials.get(key, 0) + 1
    out: dict[str, str] = {}
    for n in unique:
        short = surnames[n]
        if counts[short] > 1 and short != n.strip():
            short = f"{n.strip()[0]}. {short}"
            if initials[(n.strip()[0], surnames[n])] > 1:
                short = n
        out[n] = short
    return out
