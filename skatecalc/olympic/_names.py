"""Short names as the Dutch press prints them: ``Krol``, ``N'tab``, ``In 't Hof``.

A surname that stands alone (no first name or initial before it) gets a capital on its first
particle, as Dutch spelling writes it in the Netherlands (Nederlandse Taalunie, taaladvies.net
"Mevrouw Van der Ven-Van Dijk / mevrouw Van der Ven-van Dijk": ``mevrouw Van der Ven``,
``Marloes van der Ven``); the short forms ``'t`` and ``d'`` stay lowercase (Onze Taal,
"Hoofdletters in namen (Nederland)": ``meneer 't Hart``). After an initial the particle is
written as in the full name (``A. de Jong``). A particle after a hyphen belongs to the
second part of a double surname and keeps its letter (``Rijpma-de Jong``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import SelectionError

__all__ = ["press_names", "surname"]

#: Dutch particles (tussenvoegsels), lowercase; a capitalised one in a listing ("Sanne In 't
#: Hof") opens the surname when a word follows it.
PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "in", "op", "het", "aan", "bij", "uit"}
    | {"voor", "onder", "over", "tot", "'t", "’t", "'s", "’s", "d'", "d’"}
)
#: Particles of other languages, recognised only when written lowercase (``da Silva``): a
#: capitalised ``Da`` or ``Le`` may be a name of its own.
OTHER_PARTICLES = frozenset(
    {"la", "le", "les", "du", "des", "von", "vom", "zu", "zur", "di", "da", "del", "della"}
    | {"dos", "das", "do", "el"}
)
_KEEP_LOWER = ("'t", "’t", "'s", "’s", "d'", "d’")


def _is_particle(word: str) -> bool:
    return word.casefold() in PARTICLES or word[0] in "'’" or word in OTHER_PARTICLES


def _ends_in_particle(word: str) -> bool:
    """``Rijpma-de`` or ``Voorhuis-``: the start of a double surname whose second part follows."""
    head, dash, tail = word.rpartition("-")
    return bool(dash) and bool(head) and (not tail or _is_particle(tail))


def surname(name: str, *, alone: bool = True) -> str:
    """The surname with its particles (``tussenvoegsels``), as the KNSB and press print it.

    The surname starts at the first word after the first one that is a particle (``de``,
    ``In``, ``'t``, ``ter``) or begins with a lowercase letter or an apostrophe; otherwise it
    is the last word, together with a first part joined by a hyphen (``Rijpma-de Jong``).
    With ``alone`` (the default) the first particle is capitalised, as a surname standing
    without a first name is written in the Netherlands; ``alone=False`` keeps the letters
    of ``name``.

    >>> surname("Thomas Krol"), surname("Dai Dai N'tab"), surname("Sanne In 't Hof")
    ('Krol', "N'tab", "In 't Hof")
    >>> surname("Ireen Wüst"), surname("Jorien ter Mors"), surname("Krol")
    ('Wüst', 'Ter Mors', 'Krol')
    >>> surname("Antoinette Rijpma-de Jong"), surname("Jenning de Boo", alone=False)
    ('Rijpma-de Jong', 'de Boo')
    """
    if not isinstance(name, str):
        raise SelectionError(f"{name!r} is not a name")
    words = name.split()
    if len(words) <= 1:
        return name.strip()
    start = len(words) - 1
    for i, word in enumerate(words[1:], start=1):
        if word[0].islower() or word[0] in "'’" or (i < len(words) - 1 and _is_particle(word)):
            start = i
            break
    while start > 1 and _ends_in_particle(words[start - 1]):
        start -= 1
    out = " ".join(words[start:])
    first = words[start]
    if alone and first[0].islower() and _is_particle(first) and first not in _KEEP_LOWER:
        out = out[0].upper() + out[1:]
    return out


def press_names(names: Iterable[str]) -> dict[str, str]:
    """Short names for ``names``; equal surnames get the first initial (``A. de Jong``).

    A surname alone capitalises its first particle (``De Boo``); after an initial the
    particle keeps the letter of the full name (``A. de Jong``).

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
            short = f"{n.strip()[0]}. {surname(n, alone=False)}"
            if initials[(n.strip()[0], surnames[n])] > 1:
                short = n
        out[n] = short
    return out
