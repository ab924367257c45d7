"""English and Dutch labels: column headings, common words and the phrases of the tables.

One place for every word the text output prints, so that a table reads the same in every
command and a translation is made once::

    >>> heading("points", "nl"), heading("gap", "en", distance=1000), word("gap", "nl")
    ('Punten', 'Gap 1000', 'achterstand')
    >>> phrase("standings_title", "nl", combination="Sprint", after=2, n=4)
    'Sprint: klassement na 2 van 4 afstanden'

Headings are as the press tables print them (capitalised, short); words are lower case, for
running text. Both languages have the same keys (a test checks it).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import UnknownNameError
from .lang import Lang, normalise_lang

__all__ = ["HEADINGS", "PHRASES", "WORDS", "heading", "phrase", "word"]

HEADINGS: Mapping[Lang, Mapping[str, str]] = {
    "en": {
        "rank": "#",
        "name": "Name",
        "nation": "Nat",
        "points": "Points",
        "gap": "Gap {distance}",
        "time": "Time",
        "distance": "Distance",
        "lead": "Lead",
        "podium": "Podium",
        "top": "Top {n}",
        "wins": "Wins",
        "status": "Status",
        "row": "Row",
        "place": "Place",
        "total": "Total",
        "reason": "Reason",
        "need": "Needs",
    },
    "nl": {
        "rank": "#",
        "name": "Naam",
        "nation": "Land",
        "points": "Punten",
        "gap": "Achterst. {distance}",
        "time": "Tijd",
        "distance": "Afstand",
        "lead": "Leiding",
        "podium": "Podium",
        "top": "Top {n}",
        "wins": "Zeges",
        "status": "Status",
        "row": "Rij",
        "place": "Plaats",
        "total": "Totaal",
        "reason": "Reden",
        "need": "Nodig",
    },
}
"""Column headings; ``{distance}`` and ``{n}`` are filled in by
[`heading`][skatecalc.text.heading]."""

WORDS: Mapping[Lang, Mapping[str, str]] = {
    "en": {
        "rank": "rank",
        "name": "name",
        "nation": "nation",
        "points": "points",
        "gap": "gap",
        "time": "time",
        "distance": "distance",
        "distances": "distances",
        "leader": "leader",
        "finished": "finished",
        "seconds": "seconds",
        "row": "row",
        "place": "place",
        "team": "team",
        "tickets": "tickets",
        "mass_start": "mass start",
        "note": "note",
        "none": "nobody",
        "yes": "yes",
        "no": "no",
    },
    "nl": {
        "rank": "plaats",
        "name": "naam",
        "nation": "land",
        "points": "punten",
        "gap": "achterstand",
        "time": "tijd",
        "distance": "afstand",
        "distances": "afstanden",
        "leader": "leider",
        "finished": "binnen",
        "seconds": "seconden",
        "row": "rij",
        "place": "plaats",
        "team": "ploeg",
        "tickets": "tickets",
        "mass_start": "massastart",
        "note": "noot",
        "none": "niemand",
        "yes": "ja",
        "no": "nee",
    },
}
"""Words for running text, lower case."""

PHRASES: Mapping[Lang, Mapping[str, str]] = {
    "en": {
        "standings_title": "{combination}: standings after {after} of {n} distances",
        "not_qualified": "not qualified for the last distance",
        "below_finalists": "(ranked below the finalists: not qualified for the last distance)",
        "no_skaters": "no skaters: the table has no results",
        "board_title": "{combination}, {distance} m (distance {number} of {n}): time to beat",
        "board_finished": "finished: {count}; leader {name} {points}",
        "board_nobody": "nobody has finished yet",
        "board_everyone": "everyone has skated",
        "any_time": "any time",
        "impossible": "impossible",
    },
    "nl": {
        "standings_title": "{combination}: klassement na {after} van {n} afstanden",
        "not_qualified": "niet geplaatst voor de slotafstand",
        "below_finalists": "(onder de finalisten: niet geplaatst voor de slotafstand)",
        "no_skaters": "geen schaatsers: het klassement heeft geen uitslagen",
        "board_title": "{combination}, {distance} m (afstand {number} van {n}): tijd om te"
        " verslaan",
        "board_finished": "binnen: {count}; leider {name} {points}",
        "board_nobody": "nog niemand binnen",
        "board_everyone": "iedereen is binnen",
        "any_time": "elke tijd",
        "impossible": "onmogelijk",
    },
}
"""Sentences of the tables, with ``{fields}`` filled in by [`phrase`][skatecalc.text.phrase]. The
texts are those the tables print today, except ``below_finalists``, which is Dutch throughout (the
Dutch standings print its opening in English today)."""


def _lookup(table: Mapping[Lang, Mapping[str, str]], key: str, lang: object, what: str) -> str:
    texts = table[normalise_lang(lang)]
    try:
        return texts[key]
    except (KeyError, TypeError):
        raise UnknownNameError(str(key), texts, what=what) from None


def heading(key: str, lang: object = "en", **fields: object) -> str:
    """The column heading ``key`` in ``lang``, with ``fields`` filled in.

    >>> heading("name", "nl"), heading("top", "en", n=5), heading("rank", "english")
    ('Naam', 'Top 5', '#')
    """
    return _lookup(HEADINGS, key, lang, "heading").format(**fields)


def word(key: str, lang: object = "en") -> str:
    """The word ``key`` in ``lang``, lower case.

    >>> word("points", "nl"), word("nation", "en")
    ('punten', 'nation')
    """
    return _lookup(WORDS, key, lang, "word")


def phrase(key: str, lang: object = "en", **fields: object) -> str:
    """The sentence ``key`` in ``lang``, with ``fields`` filled in.

    >>> phrase("board_nobody", "nl")
    'nog niemand binnen'
    """
    return _lookup(PHRASES, key, lang, "phrase").format(**fields)
