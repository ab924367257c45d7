"""One skater across documents: spellings that differ only in case or accents, with the
same nation, are one skater when they come from different documents.

The ISU's result PDFs are one document per race, and they do not always spell a skater
alike (`Andzelika WÓJCIK` in one, `Andżelika WÓJCIK` in another, `Damian ZUREK` and
`Damian ŻUREK`). Inside one document such a difference stays an error (names match
exactly); across documents `join_spellings` reads every spelling as the first one met,
keyed by the name with case and accents folded and the nation, and reports every join.
Transliteration variants (`Jun-Ho` / `Joon-Ho`) are never joined.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...names import name_key, variant_key
from .model import Event

__all__ = ["join_spellings"]


def join_spellings(events: Sequence[Event]) -> tuple[list[Event], tuple[str, ...]]:
    """``events`` with each skater's spellings across documents joined to the first one
    met (same nation, the same name but for case and accents), and one sentence per join
    (also added to the warnings of each race where a spelling was changed).

    Each race is one document here (as in a folder of result PDFs).

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
    skater (names are joined across documents when only case or accents differ, with the same
    nation)
    """
    first: dict[tuple[str, str], str] = {}
    said: list[str] = []
    out: list[Event] = []
    for event in events:
        races = []
        for race in event.races:
            entries = []
            joined: list[str] = []
            for entry in race.entries:
                name = name_key(entry.name)
                known = first.setdefault((variant_key(name), entry.nation), name)
                if known != name:
                    sentence = (
                        f"{name!r} ({entry.nation}) is read as {known!r}, as another document"
                        " spells the skater (names are joined across documents when only case"
                        " or accents differ, with the same nation)"
                    )
                    if sentence not in said:
                        said.append(sentence)
                    joined.append(sentence)
                    entry = attrs.evolve(entry, name=known)
                entries.append(entry)
            if joined:  # the race says so too, where the command line prints its warnings
                race = attrs.evolve(
                    race, entries=tuple(entries), warnings=(*race.warnings, *joined)
                )
            races.append(race)
        out.append(attrs.evolve(event, races=tuple(races)))
    return out, tuple(said)
