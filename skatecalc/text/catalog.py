"""The catalogues: every word skatecalc prints, by key, one TOML file per language.

``skatecalc/data/text/en.toml`` and ``nl.toml`` hold the same keys (a test fails when a key
lacks a translation, and when a catalogue holds a key no code uses). A key is a TOML table
path and a name: ``heading.points``, ``note.qualifiers_unknown``. A template fills in
``{fields}`` with `str.format`; values are worded in the language first (`local`): a
[`Message`][skatecalc.messages.Message] by its own key, a
[`DistanceName`][skatecalc.messages.DistanceName] as ``second 1000 m`` / ``tweede 1000 m``.
The Dutch is written in ``nl.toml``, never derived from the English::

    >>> say("phrase.board_nobody", "Dutch")
    'nog niemand binnen'
    >>> from skatecalc.messages import DistanceName, Message
    >>> say(Message("note.qualifiers_unknown", distance=DistanceName(1000, nth=2)), "nl")
    'wie zich plaatst voor de tweede 1000 m is nog niet bekend: iedereen in het klassement telt mee'

The catalogues are read by [`skatecalc.messages`][skatecalc.messages] (the core, so that a
domain building a message loads no presentation code); these are the same functions with
every spelling of ``lang`` that [`normalise_lang`][skatecalc.text.normalise_lang] accepts.

English and Dutch labels: column headings, common words and the phrases of the tables.

One place for every word the text output prints, so that a table reads the same in every
command and a translation is made once::

    >>> heading("points", "nl"), heading("gap", "en", distance=1000), word("gap", "nl")
    ('Punten', 'Gap 1000', 'achterstand')
    >>> phrase("standings_title", "nl", combination="Sprint", after=2, n=4)
    'Sprint: klassement na 2 van 4 afstanden'

Headings are as the press tables print them (capitalised, short); words are lower case, for
running text. The words themselves are in the catalogues (``skatecalc/data/text/en.toml`` and
``nl.toml``, read by [catalog][skatecalc.text.catalog]); these are views of its tables.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .. import messages
from ..errors import UnknownNameError
from ..messages import Message
from ..notation import LANGS, Lang, normalise_lang

__all__ = [
    "CELL_WORDS",
    "COLUMN_HEADINGS",
    "COMBINATIONS_NL",
    "HEADINGS",
    "PHRASES",
    "RULE_STATUS",
    "WORDS",
    "catalogue",
    "cell_word",
    "combination_name",
    "cup_title",
    "gender_word",
    "heading",
    "local",
    "note",
    "phrase",
    "rule_status",
    "say",
    "section",
    "template",
    "word",
]


def catalogue(lang: object) -> Mapping[str, str]:
    """Every key of ``lang``'s catalogue and its template.

    >>> catalogue("NL")["word.points"]
    'punten'
    """
    return messages.catalogue(normalise_lang(lang))


def section(name: str) -> Mapping[Lang, Mapping[str, str]]:
    """The templates directly under the table ``name``, per language, by their last name.

    >>> section("word")["nl"]["points"]
    'punten'
    """
    return messages.section(name)


def template(key: str, lang: object = "en") -> str:
    """The template of ``key`` in ``lang``.

    >>> template("heading.gap", "nl")
    'Achterst. {distance}'
    """
    return messages.template(key, normalise_lang(lang))


def local(value: object, lang: object = "en") -> object:
    """``value`` worded in ``lang`` (see [`skatecalc.messages.local`][skatecalc.messages.local]).

    >>> from skatecalc.messages import Ordinal
    >>> local(Ordinal(3)), local(Ordinal(3), "nl")
    ('3rd', '3e')
    """
    return messages.local(value, normalise_lang(lang))


def say(key: str, lang: object = "en", /, **values: object) -> str:
    """The text of ``key`` (or of a [`Message`][skatecalc.messages.Message]) in ``lang``, with
    ``values`` worded in ``lang`` and filled in.

    >>> say("phrase.standings_title", "nl", combination="Sprint", after=2, n=4)
    'Sprint: klassement na 2 van 4 afstanden'
    """
    return messages.say(key, normalise_lang(lang), **values)


HEADINGS: Mapping[Lang, Mapping[str, str]] = section("heading")
"""Column headings; ``{distance}`` and ``{n}`` are filled in by
[`heading`][skatecalc.text.heading]."""

WORDS: Mapping[Lang, Mapping[str, str]] = section("word")
"""Words for running text, lower case."""

PHRASES: Mapping[Lang, Mapping[str, str]] = section("phrase")
"""Sentences of the tables, with ``{fields}`` filled in by [`phrase`][skatecalc.text.phrase]."""


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

COLUMN_HEADINGS: Mapping[Lang, Mapping[str, str]] = section("column")
"""Headings of the columns of the command line's machine rows that `HEADINGS` does not
have (a key in neither is shown as written, capitalised: ``first_row`` is First row)."""

RULE_STATUS: Mapping[Lang, Mapping[str, str]] = section("rule_status")
"""The status of a rule value (``verified``, ``derived``, ``unverified``) in words."""

_GENDERS: Mapping[Lang, Mapping[str, str]] = section("gender")


class _CellWords(Mapping[Lang, Mapping[str, Mapping[str, str]]]):
    """`CELL_WORDS`, a language's words made on first use (English output reads no Dutch)."""

    def __init__(self) -> None:
        self._words: dict[Lang, Mapping[str, Mapping[str, str]]] = {}

    def __getitem__(self, lang: Lang) -> Mapping[str, Mapping[str, str]]:
        try:
            return self._words[lang]
        except KeyError:
            if lang not in LANGS:
                raise
        words = self._words[lang] = {
            **{
                group: section(f"cell.{group}")[lang]
                for group in ("status", "kind", "what", "via", "block")
            },
            "gender": _GENDERS[lang],
        }
        return words

    def __iter__(self) -> Iterator[Lang]:
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


CELL_WORDS: Mapping[Lang, Mapping[str, Mapping[str, str]]] = _CellWords()
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


class _Combinations(Mapping[str, str]):
    """`COMBINATIONS_NL`, read on first use."""

    def __getitem__(self, name: str) -> str:
        return section("combination")["nl"][name]

    def __iter__(self) -> Iterator[str]:
        return iter(section("combination")["nl"])

    def __len__(self) -> int:
        return len(section("combination")["nl"])


COMBINATIONS_NL: Mapping[str, str] = _Combinations()
"""The built-in combinations' names in Dutch; a combination of your own keeps its name."""


def combination_name(name: str, lang: object = "en") -> str:
    """A combination's name in ``lang``.

    >>> combination_name("Allround women", "nl"), combination_name("my own", "nl")
    ('Allround vrouwen', 'my own')
    """
    return section("combination")[normalise_lang(lang)].get(name, name)


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
    return f"{section('cup_event')['nl'].get(event, event)} {gender_word(gender, 'nl')}"


def note(text: str, lang: object = "en") -> str:
    """A note of a result (``table.notes``, ``requirement.notes``) in ``lang``: a
    [`Message`][skatecalc.messages.Message] is worded from ``lang``'s catalogue; any other
    text is shown as it is.

    >>> from skatecalc.messages import DistanceName, Message
    >>> note(Message("note.qualifiers_unknown", distance=DistanceName(1000, nth=2)), "nl")
    'wie zich plaatst voor de tweede 1000 m is nog niet bekend: iedereen in het klassement telt mee'
    >>> note("a note of your own", "nl")
    'a note of your own'
    """
    if isinstance(text, Message):
        return say(text, lang)
    normalise_lang(lang)
    return str(text)
