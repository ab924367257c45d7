"""The catalogues: every word skatecalc prints, by key, one TOML file per language.

``skatecalc/data/text/en.toml`` and ``nl.toml`` hold the same keys (a test fails when a key
lacks a translation, and when a catalogue holds a key no code uses). A key is a TOML table
path and a name: ``heading.points``, ``note.qualifiers_unknown``. A template fills in
``{fields}`` with `str.format`; values are worded in the language first (`local`): a
[`Message`][skatecalc.messages.Message] by its own key, a
[`DistanceName`][skatecalc.messages.DistanceName] as ``second 1000 m`` / ``tweede 1000 m``.
The Dutch is written in ``nl.toml``, never derived from the English::

    >>> say("phrase.board_nobody", "nl")
    'nog niemand binnen'
    >>> from skatecalc.messages import DistanceName, Message
    >>> say(Message("note.qualifiers_unknown", distance=DistanceName(1000, nth=2)), "nl")
    'wie zich plaatst voor de tweede 1000 m is nog niet bekend: iedereen in het klassement telt mee'
    >>> say("heading.nothing", "en")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownNameError: unknown text key 'heading.nothing'; closest known: ...
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import UnknownNameError
from ..messages import DistanceName, Enumeration, Message, Ordinal
from .lang import LANGS, Lang, normalise_lang

__all__ = ["catalogue", "local", "say", "section", "template"]


def _flatten(table: Mapping[str, Any], prefix: str, out: dict[str, str]) -> None:
    for name, value in table.items():
        if isinstance(value, Mapping):
            _flatten(value, f"{prefix}{name}.", out)
        else:
            out[f"{prefix}{name}"] = str(value)


@functools.cache
def catalogue(lang: Lang) -> Mapping[str, str]:
    """Every key of ``lang``'s catalogue and its template, read once.

    >>> catalogue("nl")["word.points"]
    'punten'
    """
    path = resources.files("skatecalc").joinpath("data", "text", f"{normalise_lang(lang)}.toml")
    flat: dict[str, str] = {}
    _flatten(tomllib.loads(path.read_text(encoding="utf-8")), "", flat)
    return MappingProxyType(flat)


@functools.cache
def section(name: str) -> Mapping[Lang, Mapping[str, str]]:
    """The templates directly under the table ``name``, per language, by their last name.

    >>> section("word")["nl"]["points"], section("cell.status")["nl"]["open"]
    ('punten', 'open')
    """
    start = f"{name}."
    return MappingProxyType(
        {
            lang: MappingProxyType(
                {
                    key[len(start) :]: text
                    for key, text in catalogue(lang).items()
                    if key.startswith(start) and "." not in key[len(start) :]
                }
            )
            for lang in LANGS
        }
    )


def template(key: str, lang: object = "en") -> str:
    """The template of ``key`` in ``lang``.

    >>> template("heading.gap", "nl")
    'Achterst. {distance}'
    """
    texts = catalogue(normalise_lang(lang))
    try:
        return texts[key]
    except KeyError:
        raise UnknownNameError(str(key), texts, what="text key") from None


def local(value: object, lang: object = "en") -> object:
    """``value`` worded in ``lang`` when it is a message, a distance, an ordinal, an
    [`Enumeration`][skatecalc.messages.Enumeration] or a tuple of texts (messages
    worded), distances or numbers (joined by commas); any other value as it is.

    >>> local(DistanceName(500, nth=9), "nl"), local((DistanceName(500), DistanceName(1500)))
    ('9e 500 m', '500 m, 1500 m')
    """
    if isinstance(value, Message):
        return say(value, lang)
    if isinstance(value, DistanceName):
        if value.last:
            return template("distance.last", lang)
        if not value.nth:
            return template("distance.once", lang).format(metres=value.metres)
        words = section("ordinal_word")[normalise_lang(lang)]
        nth = words.get(str(value.nth)) or words["other"].format(n=value.nth)
        return template("distance.nth", lang).format(ordinal=nth, metres=value.metres)
    if isinstance(value, Ordinal):
        from .numbers import format_ordinal

        return format_ordinal(value.n, lang)
    if isinstance(value, Enumeration):
        items = [say(item, lang) for item in value.items]
        if len(items) < 2:
            return "".join(items)
        return template("list.and", lang).format(first=", ".join(items[:-1]), last=items[-1])
    if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
        return ", ".join(str(local(v, lang)) for v in value)
    if isinstance(value, tuple) and value and all(isinstance(v, DistanceName | int) for v in value):
        return ", ".join(str(local(v, lang)) for v in value)
    return value


def say(key: str | Message, lang: object = "en", /, **values: object) -> str:
    """The text of ``key`` (or of a [`Message`][skatecalc.messages.Message], with its own
    values) in ``lang``, with ``values`` worded in ``lang`` and filled in.

    >>> say("phrase.standings_title", "nl", combination="Sprint", after=2, n=4)
    'Sprint: klassement na 2 van 4 afstanden'
    """
    if isinstance(key, Message):
        values = {**key.values, **values}
        key = key.key
    return template(key, lang).format(**{k: local(v, lang) for k, v in values.items()})
