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

import re
from collections.abc import Mapping

from ..errors import UnknownNameError
from ..notation import Lang, normalise_lang

__all__ = [
    "CELL_WORDS",
    "COLUMN_HEADINGS",
    "COMBINATIONS_NL",
    "HEADINGS",
    "PHRASES",
    "RULE_STATUS",
    "WORDS",
    "cell_word",
    "combination_name",
    "cup_title",
    "gender_word",
    "heading",
    "note",
    "phrase",
    "rule_status",
    "word",
]

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
        "before": "Before",
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
        "before": "Vooraf",
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
        "board_no_field": "no skaters in the race: no skater in the table has a total",
        "board_footnote": "(slowest official time that finishes ahead of those who have finished)",
        "stopped": "(ranked below those who went further: by their total over the distances"
        " they completed)",
        "note": "note: {note}",
        "no_rows": "(no rows)",
        "provisional_title": "{combination}: provisional, {distance} in progress: {finished} of"
        " {field} finished",
        "provisional_footnote": "(Before: rank and points before the {distance}; Lead, Podium:"
        " slowest official time that finishes ahead of those who have finished)",
        "final": "the classification is final: all {n} distances of the {combination} are skated",
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
        "board_no_field": "geen schaatsers in de race: niemand in het klassement heeft een totaal",
        "board_footnote": "(langzaamste officiële tijd om voor de binnengekomen schaatsers te"
        " eindigen)",
        "stopped": "(gerangschikt onder wie verder kwam: op hun totaal over de gereden afstanden)",
        "note": "noot: {note}",
        "no_rows": "(geen rijen)",
        "provisional_title": "{combination}: voorlopig, {distance} bezig: {finished} van"
        " {field} binnen",
        "provisional_footnote": "(Vooraf: plaats en punten voor de {distance}; Leiding, Podium:"
        " langzaamste officiële tijd om voor de binnengekomen schaatsers te eindigen)",
        "final": "het klassement is definitief: alle {n} afstanden van de {combination} zijn"
        " gereden",
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
        raise UnknownNameError.unknown(str(key), texts, what=what) from None


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


# --- the words of the command line's tables and the notes of the domain ---------------------

COLUMN_HEADINGS: Mapping[Lang, Mapping[str, str]] = {
    "en": {
        "noc": "NOC",
        "max_per_noc": "max per NOC",
        "division_a": "Division A",
        "division_a_status": "Division A status",
        "division_b": "Division B",
        "division_b_status": "Division B status",
    },
    "nl": {
        "noc": "NOC",
        "max_per_noc": "max. per NOC",
        "division_a": "Divisie A",
        "division_a_status": "status divisie A",
        "division_b": "Divisie B",
        "division_b_status": "status divisie B",
        "final": "finale",
        "final_status": "status finale",
        "skater": "schaatser",
        "beat": "verslaan",
        "tie": "gelijk",
        "opponent_time": "tijd tegenstander",
        "margin": "marge",
        "tie_margin": "marge gelijk",
        "reference": "referentie",
        "explanation": "uitleg",
        "notes": "opmerkingen",
        "lead_to_pass": "leiding, om te passeren",
        "podium_to_pass": "podium, om te passeren",
        "cup": "beker",
        "can_still_win": "kan nog winnen",
        "races_left": "wedstrijden te gaan",
        "max_available": "hoogstens te verdienen",
        "clinched": "beslist",
        "kind": "soort",
        "what": "wat",
        "number": "nummer",
        "first_row": "eerste rij",
        "team": "ploeg",
        "designation": "aanwijzing",
        "mass start": "massastart",
        "best": "best",
        "worst": "slechtst",
        "needs": "nodig",
        "gender": "geslacht",
        "event": "onderdeel",
        "size": "plaatsen",
        "points_places": "plaatsen op punten",
        "times_places": "plaatsen op tijd",
        "split_status": "status verdeling",
        "via": "via",
        "reserve": "reserve",
        "order": "volgorde",
    },
}
"""Headings of the columns of the command line's machine rows that `HEADINGS` does not
have (a key in neither is shown as written, capitalised: ``first_row`` is First row)."""

RULE_STATUS: Mapping[Lang, Mapping[str, str]] = {
    "en": {"verified": "verified", "derived": "derived", "unverified": "unverified"},
    "nl": {"verified": "geverifieerd", "derived": "afgeleid", "unverified": "niet geverifieerd"},
}
"""The status of a rule value (``verified``, ``derived``, ``unverified``) in words."""

_GENDERS: Mapping[Lang, Mapping[str, str]] = {
    "en": {"men": "men", "women": "women"},
    "nl": {"men": "mannen", "women": "vrouwen"},
}

CELL_WORDS: Mapping[Lang, Mapping[str, Mapping[str, str]]] = {
    "en": {},
    "nl": {
        "status": {
            **RULE_STATUS["nl"],
            "safe": "zeker",
            "safe unless discretionary": "zeker tenzij aanwijsplekken",
            "open": "open",
            "out": "uit",
            "ticket": "ticket",
            "designated": "aangewezen",
            "dropped": "afgevallen",
        },
        "kind": {"okt": "OKT", "mass_start": "massastart", "unknown": "onbekend"},
        "what": {"mass start": "massastart", "unknown": "onbekend"},
        "gender": _GENDERS["nl"],
        "via": {"points": "punten", "times": "tijden", "reserve": "reserve", "cut": "geschrapt"},
    },
}
"""Code words in the cells of a column (``status``, ``kind``, ``gender``, ``via``, ``what``
and every ``..._status``) as a language writes them; anything else is shown as it is
(names, status codes such as DNS)."""


def cell_word(column: str, value: str, lang: object = "en") -> str:
    """The code word ``value`` of ``column`` in ``lang`` (itself when there is no word).

    >>> cell_word("status", "safe unless discretionary", "nl"), cell_word("gender", "men", "en")
    ('zeker tenzij aanwijsplekken', 'men')
    >>> cell_word("division_a_status", "derived", "nl"), cell_word("status", "DNS", "nl")
    ('afgeleid', 'DNS')
    """
    words = CELL_WORDS[normalise_lang(lang)]
    group = "status" if column.endswith("_status") else column
    return words.get(group, {}).get(value, value)


def gender_word(gender: str, lang: object = "en") -> str:
    """``men``/``women`` in ``lang`` (anything else as it is)."""
    return _GENDERS[normalise_lang(lang)].get(gender, gender)


def rule_status(status: object, lang: object = "en") -> str:
    """A rule status (``verified``, ``derived``, ``unverified``) in ``lang``."""
    text = str(status)
    return RULE_STATUS[normalise_lang(lang)].get(text, text)


COMBINATIONS_NL: Mapping[str, str] = {
    "Sprint": "Sprint",
    "Allround men": "Allround mannen",
    "Allround women": "Allround vrouwen",
    "Women 1949-1955": "Vrouwen 1949-1955",
    "Junior men (2015)": "Junioren mannen (2015)",
    "Junior women (2015)": "Junioren vrouwen (2015)",
    "Mini combination": "Minivierkamp",
    "Small combination men": "Kleine vierkamp mannen",
}
"""The built-in combinations' names in Dutch; a combination of your own keeps its name."""


def combination_name(name: str, lang: object = "en") -> str:
    """A combination's name in ``lang``.

    >>> combination_name("Allround women", "nl"), combination_name("my own", "nl")
    ('Allround vrouwen', 'my own')
    """
    return COMBINATIONS_NL.get(name, name) if normalise_lang(lang) == "nl" else name


_CUP_EVENTS_NL = {
    "mass start": "massastart",
    "team pursuit": "ploegenachtervolging",
    "team sprint": "teamsprint",
}


def cup_title(cup: str, lang: object = "en") -> str:
    """A World Cup cup's name (``500 m men``, ``mass start women``) in ``lang``.

    >>> cup_title("5000/10000 m men", "nl"), cup_title("mass start women", "nl")
    ('5000/10000 m mannen', 'massastart vrouwen')
    """
    if normalise_lang(lang) == "en":
        return cup
    event, sep, gender = cup.rpartition(" ")
    if not sep or gender not in ("men", "women"):
        return cup
    return f"{_CUP_EVENTS_NL.get(event, event)} {gender_word(gender, 'nl')}"


_ORDINALS_NL = ("", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste")
_ORDINALS_EN = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _distance_nl(text: str) -> str:
    """``second 1000 m`` (the domain's name of a distance skated twice) in Dutch."""
    if text == "last distance":
        return "slotafstand"
    first, sep, rest = text.partition(" ")
    if sep and first in _ORDINALS_EN:
        return f"{_ORDINALS_NL[_ORDINALS_EN.index(first)]} {rest}"
    if sep and first.endswith("th") and first[:-2].isdigit():
        return f"{first[:-2]}e {rest}"
    return text


def _distances_nl(text: str) -> str:
    return ", ".join(_distance_nl(part) for part in text.split(", "))


_NOTES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"(?P<name>.+): the time on the (?P<d1>.+?) is not counted \(no result"
            r"(?P<status> \([A-Z]+\))? on the (?P<d2>.+?) before it\)"
        ),
        "{name}: de tijd op de {d1} telt niet mee (geen uitslag{status} op de {d2} ervoor)",
    ),
    (
        re.compile(
            r"the skaters on the (?P<d1>.+?) differ from the qualification rule's list"
            r" \((?P<fill>.+?) fill\): skated (?P<a>\[.*\]), did not skate (?P<b>\[.*\])"
        ),
        "de schaatsers op de {d1} wijken af van de lijst van de kwalificatieregel (aanvulling:"
        " {fill}): wel gereden {a}, niet gereden {b}",
    ),
    (
        re.compile(
            r"the totals are those after (?P<n>\d+) distances: the (?P<d1>.+) in between"
            r" is not counted"
        ),
        "de totalen zijn die na {n} afstanden: de {d1} daartussen telt niet mee",
    ),
    (
        re.compile(r"who qualifies for the (?P<d1>.+) is not known yet: all ranked count"),
        "wie zich plaatst voor de {d1} is nog niet bekend: iedereen in het klassement telt mee",
    ),
    (
        re.compile(r"rows (?P<rows>[\d, ]+) hold (?P<held>.+) in an unknown order"),
        "de rijen {rows} bevatten {held} in onbekende volgorde",
    ),
)
"""The notes the domain writes (in English), as patterns, and their Dutch wording."""


def _held_nl(text: str) -> str:
    """``the 500 m #3, the 1000 m #3 and the mass start`` in Dutch."""
    text = text.replace("the mass start", "de massastart").replace(" and ", " en ")
    return re.sub(r"\bthe (\d+ m #\d+)", r"de \1", text).replace("the unknown", "een onbekende")


def note(text: str, lang: object = "en") -> str:
    """A note of a result (``table.notes``, ``requirement.notes``, a selection order's
    groups) in ``lang``: the domain writes them in English; Dutch rewords the known ones
    (a note of an unknown form is shown as it is).

    >>> note("who qualifies for the second 1000 m is not known yet: all ranked count", "nl")
    'wie zich plaatst voor de tweede 1000 m is nog niet bekend: iedereen in het klassement telt mee'
    """
    text = str(text)
    if normalise_lang(lang) == "en":
        return text
    for pattern, dutch in _NOTES:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        fields = m.groupdict()
        for key in ("d1", "d2"):
            if key in fields:
                fields[key] = _distances_nl(fields[key])
        if "status" in fields:
            fields["status"] = fields["status"] or ""
        if "held" in fields:
            fields["held"] = _held_nl(fields["held"])
        return dutch.format(**fields)
    return text
