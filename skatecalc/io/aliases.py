"""Alias files: the spellings of one skater that no rule may join (``--aliases FILE``).

Official documents transliterate names differently (``Na-Hyun LEE`` in a result PDF,
``Na-Hyeon Lee`` in the results listing). The identity rule (`skatecalc.names.fold_key`)
never joins them by similarity; an alias file does, line by line, and every join it makes
is reported (see `skatecalc.io.listing.spellings.join_spellings`).

The file is CSV with the columns ``name`` (a spelling as a source prints it; case, accents,
spaces and hyphens do not count) and ``same_as`` (the spelling to read it as)::

    name,same_as
    Na-Hyun Lee,Na-Hyeon Lee

>>> aliases = parse_aliases("name,same_as\\nNa-Hyun Lee,Na-Hyeon Lee\\n", "aliases.csv")
>>> aliases.get("Na-Hyun LEE").same_as
'Na-Hyeon Lee'
>>> aliases.get("Na-Hyeon Lee") is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

from ..errors import FileFormatError, closest_names
from ..names import fold_key, name_key

__all__ = ["Alias", "Aliases", "parse_aliases", "read_aliases"]


@attrs.frozen
class Alias:
    """One line of an alias file: ``name`` is read as ``same_as``."""

    name: str
    same_as: str
    line: int


@attrs.frozen
class Aliases:
    """The aliases of one file (``source`` names it in messages)."""

    aliases: tuple[Alias, ...]
    source: str = "<aliases>"
    _by_key: dict[str, Alias] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {fold_key(a.name): a for a in self.aliases})

    def get(self, name: str) -> Alias | None:
        """The alias of ``name`` (case, accents, spaces and hyphens folded), if any."""
        return self._by_key.get(fold_key(name))

    def unused_note(self, alias: Alias, known: Sequence[str]) -> str:
        """The warning for an alias that matched no skater, with the closest names known."""
        close = closest_names(alias.name, known)
        hint = f" (closest: {', '.join(repr(c) for c in close)})" if close else ""
        return f"line {alias.line} of {self.source}: {alias.name!r} matches no skater{hint}"


def parse_aliases(text: str, source: str = "<aliases>") -> Aliases:
    """The aliases of an alias file's text (see the module). A line without both names, a
    name given twice, and a chain (a ``same_as`` that is itself aliased) are errors naming
    the line.

    >>> parse_aliases("name,same_as\\nA B,A B\\n", "a.csv")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: 'A B' is an alias of itself (line 2 of a.csv)
    """
    from .csvfile import read_csv_text, where

    table = read_csv_text(text, source)
    missing = [c for c in ("name", "same_as") if c not in table.header]
    if missing:
        raise FileFormatError(
            f"an alias file needs the columns name and same_as (missing: {', '.join(missing)};"
            f" found: {', '.join(table.header) or 'none'})",
            where=where(source, 1),
        )
    out: list[Alias] = []
    seen: dict[str, Alias] = {}
    for row in table.rows:
        name, same = name_key(row["name"]), name_key(row["same_as"])
        at = where(source, row.line)
        if not name or not same:
            raise FileFormatError("an alias line needs both name and same_as", where=at)
        if fold_key(name) == fold_key(same):
            raise FileFormatError(f"{name!r} is an alias of itself", where=at)
        earlier = seen.get(fold_key(name))
        if earlier is not None:
            raise FileFormatError(
                f"{name!r} is given twice (also line {earlier.line}, as {earlier.same_as!r})",
                where=at,
            )
        seen[fold_key(name)] = alias = Alias(name, same, row.line)
        out.append(alias)
    for alias in out:
        chained = seen.get(fold_key(alias.same_as))
        if chained is not None:
            raise FileFormatError(
                f"{alias.same_as!r} is itself an alias (line {chained.line}): write the"
                f" spelling to read {alias.name!r} as directly",
                where=where(source, alias.line),
            )
    return Aliases(tuple(out), source)


def read_aliases(path: str | Path) -> Aliases:
    """The aliases of the file at ``path`` (see `parse_aliases`)."""
    from .csvfile import read_text

    return parse_aliases(read_text(path), Path(path).name)
