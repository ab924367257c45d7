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
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import messages
from ..notation import Lang, normalise_lang

__all__ = ["catalogue", "local", "say", "section", "template"]


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
