"""One skater across documents: spellings that differ only in case, accents, spaces or
hyphens, with the same nation, are one skater when they come from different documents;
so are the spellings an alias file names.

The ISU's result PDFs are one document per race, and they do not always spell a skater
alike (`Andzelika WÓJCIK` in one, `Andżelika WÓJCIK` in another, `Damian ZUREK` and
`Damian ŻUREK`); a results listing spells `Andżelika Wójcik`. Inside one document such a
difference stays an error (names match exactly); across documents `join_spellings` reads
every spelling as the first one met, keyed by `skatecalc.notation.fold_key` and the nation,
and reports every join. Transliteration variants (`Na-Hyun LEE` / `Na-Hyeon Lee`) are
never joined by the rule: only through `Aliases` the user gives (`skatecalc.io.spellings`),
and those joins are reported too.

Alias files: the spellings of one skater that no rule may join (``--aliases FILE``).

Official documents transliterate names differently (``Na-Hyun LEE`` in a result PDF,
``Na-Hyeon Lee`` in the results listing). The identity rule (`skatecalc.notation.fold_key`)
never joins them by similarity; an alias file does, line by line, and every join it makes
is reported (see `skatecalc.io.spellings.join_spellings`).

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

from .. import _record
from ..errors import FileFormatError, closest_names
from ..notation import fold_key, name_key
from .listing.model import Event

__all__ = ["Alias", "Aliases", "join_spellings", "parse_aliases", "read_aliases"]


_RULE = (
    "names are joined across documents when only case, accents, spaces or hyphens differ,"
    " with the same nation"
)


def join_spellings(
    events: Sequence[Event],
    aliases: Aliases | None = None,
    *,
    printed_case: Sequence[bool] | None = None,
) -> tuple[list[Event], tuple[str, ...]]:
    """``events`` with each skater's spellings across documents joined to the first one
    met (same nation, the same `fold_key`), each name an alias names read as the alias
    says, and one sentence per join (also added to the warnings of each race where a
    spelling was changed). An alias that matches nobody is reported as well.

    Each race is one document here (as in a folder of result PDFs). ``printed_case``
    says, per event, whether it prints names as written (a results listing, the results
    service): the first spelling met in those is kept over the spelling of a result PDF,
    which prints surnames in capitals (``Cedrick BRUNET``), so that its case and accents
    are the reader's reconstruction.

    >>> import datetime
    >>> from skatecalc import RaceTime
    >>> from skatecalc.io.listing import Entry, Event, Race
    >>> day, t = datetime.date(2025, 11, 16), RaceTime.parse("37.50")
    >>> a = Race(500, "women", day, (Entry(1, "Andżelika Wójcik", "POL", t),))
    >>> b = Race(1000, "women", day, (Entry(1, "Andzelika Wójcik", "POL", t),))
    >>> ev = Event("WC1", day, day, "Salt Lake City", (a, b))
    >>> [joined], said = join_spellings([ev])
    >>> [e.name for race in joined.races for e in race.entries]
    ['Andżelika Wójcik', 'Andżelika Wójcik']
    >>> print(said[0])  # doctest: +NORMALIZE_WHITESPACE
    'Andzelika Wójcik' (POL) is read as 'Andżelika Wójcik', as another document spells the
    skater (names are joined across documents when only case, accents, spaces or hyphens
    differ, with the same nation)
    """
    first: dict[tuple[str, str], str] = {}
    for event, as_written in zip(events, printed_case or [False] * len(events), strict=True):
        if as_written:  # these spellings come first (see above)
            for race in event.races:
                for entry in race.entries:
                    name = name_key(entry.name)
                    alias = aliases.get(name) if aliases is not None else None
                    name = alias.same_as if alias is not None else name
                    first.setdefault((fold_key(name), entry.nation), name)
    said: list[str] = []
    used: set[int] = set()
    out: list[Event] = []
    for event in events:
        races = []
        for race in event.races:
            entries = []
            joined: list[str] = []
            for entry in race.entries:
                name = original = name_key(entry.name)
                sentence = ""
                alias = aliases.get(name) if aliases is not None else None
                if alias is not None:
                    used.add(alias.line)
                    name = alias.same_as
                    if name != original:
                        sentence = (
                            f"{original!r} ({entry.nation}) is read as {name!r}, as line"
                            f" {alias.line} of {aliases.source} says"  # type: ignore[union-attr]
                        )
                known = first.setdefault((fold_key(name), entry.nation), name)
                if known != name:
                    sentence = (
                        f"{original!r} ({entry.nation}) is read as {known!r}, as another"
                        f" document spells the skater ({_RULE}"
                        + (f"; after line {alias.line} of the aliases" if alias else "")
                        + ")"
                    )
                    name = known
                if sentence:
                    if sentence not in said:
                        said.append(sentence)
                    if sentence not in joined:
                        joined.append(sentence)
                    entry = _record.evolve(entry, name=name)
                entries.append(entry)
            if joined:  # the race says so too, where the command line prints its warnings
                race = _record.evolve(
                    race, entries=tuple(entries), warnings=(*race.warnings, *joined)
                )
            races.append(race)
        out.append(_record.evolve(event, races=tuple(races)))
    unused = [a for a in (aliases.aliases if aliases is not None else ()) if a.line not in used]
    if unused and aliases is not None and out and out[0].races:
        known_names = sorted({e.name for ev in out for r in ev.races for e in r.entries})
        notes = tuple(aliases.unused_note(a, known_names) for a in unused)
        said.extend(notes)
        head = out[0].races[0]
        races0 = (_record.evolve(head, warnings=(*head.warnings, *notes)), *out[0].races[1:])
        out[0] = _record.evolve(out[0], races=races0)
    return out, tuple(said)


@_record.frozen
class Alias:
    """One line of an alias file: ``name`` is read as ``same_as``."""

    name: str
    same_as: str
    line: int


@_record.frozen
class Aliases:
    """The aliases of one file (``source`` names it in messages)."""

    aliases: tuple[Alias, ...]
    source: str = "<aliases>"
    _by_key: dict[str, Alias] = _record.field(init=False, eq=False, repr=False)

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
