"""Messages as data, and the catalogues that word them: one TOML file per language.

A domain never writes a sentence for people. Where a result carries a remark (a note on a
table, the reason of a requirement), it holds a [`Message`][skatecalc.messages.Message]: the
key of a sentence in the catalogues and the values to fill in (names, numbers,
[`DistanceName`][skatecalc.messages.DistanceName] values). The presentation layer words it
in a language ([`skatecalc.text.catalog.say`][skatecalc.text.catalog.say]); as a ``str`` a
message is its English text, so ``table.notes`` still reads and compares as text::

    >>> m = Message("note.qualifiers_unknown", distance=DistanceName(1000, nth=2))
    >>> m
    'who qualifies for the second 1000 m is not known yet: all ranked count'
    >>> m.key, m.values["distance"]
    ('note.qualifiers_unknown', DistanceName(metres=1000, nth=2, last=False))
    >>> say(m, "nl")
    'wie zich plaatst voor de tweede 1000 m is nog niet bekend: iedereen in het klassement telt mee'

The catalogues are ``skatecalc/data/text/en.toml`` and ``nl.toml``: the same keys (a TOML
table path and a name, ``heading.points``), each a template whose ``{fields}`` `str.format`
fills in, with every value worded in the language first (`local`). The Dutch is written
there, never derived from the English. They are read here, in the core, so that a domain
that builds a message loads no presentation code; error messages are not messages of this
kind: they stay English at the raise site (they are for programmers too).

A catalogue file (``skatecalc/data/text/*.toml``) read without importing ``tomllib``.

The catalogues use a small part of TOML: comments, ``[table.path]`` headers with bare keys
and ``key = "text"`` lines (a bare or a quoted key, a basic string without escapes). A
command prints words from them, so reading them is on every command's start-up path, and
``tomllib`` (with ``datetime`` and its regular expressions) costs a command some 5 ms to
import and parse. This reads that part line by line, building the same tables as
``tomllib.loads`` in the same order; any line outside that part, and anything TOML refuses
or this reader is not sure of (a key given twice, a table defined twice, a key that is also
a table), hands the whole text to ``tomllib``, which gives the result or the error.

>>> loads('# words\\n[word]\\npoints = "punten"\\n"mass start" = "massastart"\\n')
{'word': {'points': 'punten', 'mass start': 'massastart'}}
>>> loads('[word]\\npoints = 1\\n')  # not the catalogues' part of TOML: tomllib reads it
{'word': {'points': 1}}
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from . import _record
from ._lazy import pattern
from .errors import InvalidRuleError, UnknownNameError
from .limits import shown
from .notation import LANGS, Lang, normalise_lang

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "DistanceName",
    "Enumeration",
    "Message",
    "Ordinal",
    "catalogue",
    "loads",
    "local",
    "say",
    "section",
    "template",
]


_Lang = Lang
_LANGS = LANGS
_lang = normalise_lang  # the one language normaliser


@_record.frozen
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
        return str(local(self))


@_record.frozen
class Ordinal:
    """A place as an ordinal in running text: ``8th`` (``8e`` in Dutch).

    >>> str(Ordinal(22)), local(Ordinal(22), "nl")
    ('22nd', '22e')
    """

    n: int

    def __str__(self) -> str:
        return str(local(self))


@_record.frozen
class Enumeration:
    """Messages listed in running text: ``a, b and c`` (``a, b en c`` in Dutch).

    >>> str(Enumeration((Message("olympic.held_mass_start"), Message("olympic.held_unknown"))))
    'the mass start and the unknown'
    """

    items: tuple[Message, ...]

    def __str__(self) -> str:
        return str(local(self))


def _rebuild(key: str, values: dict[str, object]) -> Message:
    return Message(key, **values)


class Message(str):
    """A sentence as data: ``key`` names it in the catalogues, ``values`` fill it in; the
    ``str`` value is the English text (see the module's documentation)."""

    key: str
    values: Mapping[str, object]

    def __new__(cls, key: str, /, **values: object) -> Message:
        self = super().__new__(cls, say(key, "en", **values))
        self.key = key
        self.values = MappingProxyType(dict(values))
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.key, dict(self.values)))


# --- the catalogues ---------------------------------------------------------------------


def _flatten(table: Mapping[str, Any], prefix: str, out: dict[str, str]) -> None:
    for name, value in table.items():
        if isinstance(value, Mapping):
            _flatten(value, f"{prefix}{name}.", out)
        else:
            out[f"{prefix}{name}"] = str(value)


@functools.cache
def _read(lang: _Lang) -> Mapping[str, str]:
    import importlib

    try:  # compiled with the package (tests/test_catalog.py holds it equal to the TOML)
        twin = importlib.import_module(f"._ahead.text_{lang}", __package__)
    except ModuleNotFoundError:
        pass
    else:
        return twin.CATALOGUE  # type: ignore[no-any-return]
    from .rules import packaged_text  # plain files beside the package (start-up time)

    return MappingProxyType(_flat(packaged_text(f"text/{lang}.toml")))


def _flat(toml_text: str) -> dict[str, str]:
    """A catalogue's TOML text as one table from each key (``heading.points``) to its text."""
    flat: dict[str, str] = {}
    _flatten(loads(toml_text), "", flat)
    return flat


def compiled_text(toml_text: str, *, source: str = "") -> str:
    """The Python twin of a catalogue's TOML text: a module whose ``CATALOGUE`` is the
    catalogue by key, as ``scripts/compile_rules.py`` writes it into ``skatecalc._ahead``
    (reading it costs no parsing at a command's start).

    >>> print(compiled_text('[word]\\npoints = "punten"\\n').split("\\n\\n")[-1], end="")
    CATALOGUE = M({
        'word.points': 'punten',
    })
    """
    from .rules import _module_text

    return _module_text(f"catalogue {source}".strip(), "CATALOGUE", _flat(toml_text))


def catalogue(lang: object) -> Mapping[str, str]:
    """Every key of ``lang``'s catalogue (``en`` or ``nl``) and its template, read once.

    >>> catalogue("nl")["word.points"]
    'punten'
    """
    return _read(_lang(lang))


class _Section(Mapping[_Lang, Mapping[str, str]]):
    """One table of the catalogues per language, each read on first use (a command that
    prints English reads no other catalogue)."""

    __slots__ = ("_name", "_texts")

    def __init__(self, name: str) -> None:
        self._name = name
        self._texts: dict[_Lang, Mapping[str, str]] = {}

    def __getitem__(self, lang: _Lang) -> Mapping[str, str]:
        try:
            return self._texts[lang]
        except KeyError:
            if lang not in _LANGS:
                raise
        start = f"{self._name}."
        texts = self._texts[lang] = MappingProxyType(
            {
                key[len(start) :]: text
                for key, text in _read(lang).items()
                if key.startswith(start) and "." not in key[len(start) :]
            }
        )
        return texts

    def __iter__(self) -> Iterator[_Lang]:
        return iter(_LANGS)

    def __len__(self) -> int:
        return len(_LANGS)

    def __repr__(self) -> str:
        return f"section({self._name!r})"


@functools.cache
def section(name: str) -> Mapping[_Lang, Mapping[str, str]]:
    """The templates directly under the table ``name``, per language, by their last name.

    >>> section("word")["nl"]["points"], section("cell.status")["nl"]["open"]
    ('punten', 'open')
    """
    return _Section(name)


def template(key: str, lang: object = "en") -> str:
    """The template of ``key`` in ``lang``.

    >>> template("heading.gap", "nl")
    'Achterst. {distance}'
    >>> template("heading.nothing")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownNameError: unknown text key 'heading.nothing'; closest known: ...
    """
    texts = catalogue(lang)
    try:
        return texts[key]
    except KeyError:
        raise UnknownNameError.unknown(str(key), texts, what="text key") from None


def _ordinal(n: int, lang: _Lang) -> str:
    if type(n) is not int or not 0 <= n < 10**9:
        raise InvalidRuleError(f"place {shown(n)} is not a whole number from 0")
    words = section("ordinal")[lang]
    key = "teen" if 10 <= n % 100 <= 20 else str(n % 10)
    return (words.get(key) or words["other"]).format(n=n)


def local(value: object, lang: object = "en") -> object:
    """``value`` worded in ``lang`` when it is a message, a distance, an ordinal, an
    [`Enumeration`][skatecalc.messages.Enumeration] or a tuple of texts (messages worded),
    distances or numbers (joined by commas); any other value as it is.

    >>> local(DistanceName(500, nth=9), "nl"), local((DistanceName(500), DistanceName(1500)))
    ('9e 500 m', '500 m, 1500 m')
    """
    language = _lang(lang)
    if isinstance(value, Message):
        return say(value, language)
    if isinstance(value, DistanceName):
        if value.last:
            return template("distance.last", language)
        if not value.nth:
            return template("distance.once", language).format(metres=value.metres)
        words = section("ordinal_word")[language]
        nth = words.get(str(value.nth)) or words["other"].format(n=value.nth)
        return template("distance.nth", language).format(ordinal=nth, metres=value.metres)
    if isinstance(value, Ordinal):
        return _ordinal(value.n, language)
    if isinstance(value, Enumeration):
        items = [say(item, language) for item in value.items]
        if len(items) < 2:
            return "".join(items)
        return template("list.and", language).format(first=", ".join(items[:-1]), last=items[-1])
    if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
        return ", ".join(str(local(v, language)) for v in value)
    if isinstance(value, tuple) and value and all(isinstance(v, DistanceName | int) for v in value):
        return ", ".join(str(local(v, language)) for v in value)
    return value


def say(key: str, lang: object = "en", /, **values: object) -> str:
    """The text of ``key`` (or of a [`Message`][skatecalc.messages.Message], with its own
    values) in ``lang``, with ``values`` worded in ``lang`` and filled in.

    >>> say("phrase.standings_title", "nl", combination="Sprint", after=2, n=4)
    'Sprint: klassement na 2 van 4 afstanden'
    """
    if isinstance(key, Message):
        values = {**key.values, **values}
        key = key.key
    language = _lang(lang)
    return template(key, language).format(**{k: local(v, language) for k, v in values.items()})


_TEXT = r'"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"'
_LINE = pattern(  # compiled when a catalogue without its twin is read
    r"[ \t]*(?:"
    r"(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?"  # a blank line or a comment
    r"|\[([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\]"  # a table header
    rf"|(?:([A-Za-z0-9_-]+)|{_TEXT})[ \t]*=[ \t]*{_TEXT}"  # key = "text"
    r")[ \t]*"
)


def _fast(text: str) -> dict[str, Any] | None:
    """The tables of ``text``, or ``None`` when a line is outside the plain part or TOML
    might refuse it (then `tomllib` decides)."""
    root: dict[str, Any] = {}
    table = root
    defined: set[str] = set()
    for line in text.split("\n"):
        match = _LINE.fullmatch(line)
        if match is None:
            return None
        header, bare, quoted, value = match.groups()
        if header is not None:
            if header in defined:
                return None
            defined.add(header)
            table = root
            for part in header.split("."):
                inner = table.setdefault(part, {})
                if type(inner) is not dict:
                    return None
                table = inner
        elif value is not None:
            key = bare if bare is not None else quoted
            if key in table:
                return None
            table[key] = value
    return root


def loads(text: str) -> dict[str, Any]:
    """The tables of a catalogue file, as ``tomllib.loads(text)`` gives them."""
    tables = _fast(text)
    if tables is None:
        import tomllib

        tables = tomllib.loads(text)
    return tables
