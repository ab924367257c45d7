"""Messages of the domains as data: a catalogue key and its values, worded by `skatecalc.text`.

A domain never writes a sentence for people. Where a result carries a remark (a note on a
table, the reason of a requirement), it holds a [`Message`][skatecalc.messages.Message]: the
key of a sentence in the catalogues of ``skatecalc/data/text`` and the values to fill in
(names, numbers, [`DistanceName`][skatecalc.messages.DistanceName] values). The presentation
layer words it in any language (``skatecalc.text.catalog.say(message, "nl")``); as a ``str``
a message is its English text, so ``table.notes`` still reads and compares as text::

    >>> m = Message("note.qualifiers_unknown", distance=DistanceName(1000, nth=2))
    >>> m
    'who qualifies for the second 1000 m is not known yet: all ranked count'
    >>> m.key, m.values["distance"]
    ('note.qualifiers_unknown', DistanceName(metres=1000, nth=2, last=False))

The English text comes from the catalogue too: the first message built imports
``skatecalc.text.catalog`` by name (`TEXT_MODULE`), the way
[`render_text`][skatecalc.tabular.render_text] finds a table's renderer, so the domain
modules import no presentation code. Error messages are not messages of this kind: they
stay English at the raise site (they are for programmers too).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

__all__ = ["TEXT_MODULE", "DistanceName", "Enumeration", "Message", "Ordinal"]

TEXT_MODULE = "skatecalc.text.catalog"
"""The module whose ``say(key, lang, **values)`` words a message (and ``local(value, lang)``
a value)."""


@attrs.frozen
class DistanceName:
    """A distance of a combination as a message names it: ``500 m``, the ``second 1000 m``
    of a combination that skates it twice (``nth=2``), or the ``last distance``.

    >>> str(DistanceName(500)), str(DistanceName(1000, nth=2)), str(DistanceName(0, last=True))
    ('500 m', 'second 1000 m', 'last distance')
    """

    metres: int
    nth: int = 0
    """0 when the combination skates the distance once; else which time this is (1, 2, ...)."""
    last: bool = False
    """The last distance of the combination, named as such."""

    def __str__(self) -> str:
        local: Any = importlib.import_module(TEXT_MODULE).local
        return str(local(self, "en"))


@attrs.frozen
class Ordinal:
    """A place as an ordinal in running text: ``8th`` (``8e`` in Dutch).

    >>> str(Ordinal(22))
    '22nd'
    """

    n: int

    def __str__(self) -> str:
        local: Any = importlib.import_module(TEXT_MODULE).local
        return str(local(self, "en"))


@attrs.frozen
class Enumeration:
    """Messages listed in running text: ``a, b and c`` (``a, b en c`` in Dutch).

    >>> str(Enumeration((Message("olympic.held_mass_start"), Message("olympic.held_unknown"))))
    'the mass start and the unknown'
    """

    items: tuple[Message, ...]

    def __str__(self) -> str:
        local: Any = importlib.import_module(TEXT_MODULE).local
        return str(local(self, "en"))


def _say(key: str, values: Mapping[str, object]) -> str:
    say: Any = importlib.import_module(TEXT_MODULE).say
    return str(say(key, "en", **values))


def _rebuild(key: str, values: dict[str, object]) -> Message:
    return Message(key, **values)


class Message(str):
    """A sentence as data: ``key`` names it in the catalogues, ``values`` fill it in; the
    ``str`` value is the English text (see the module's documentation)."""

    key: str
    values: Mapping[str, object]

    def __new__(cls, key: str, /, **values: object) -> Message:
        self = super().__new__(cls, _say(key, values))
        self.key = key
        self.values = MappingProxyType(dict(values))
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.key, dict(self.values)))
