"""One cached loader for the rule sets packaged under ``skatecalc/data``.

A rule *family* is a folder of ``skatecalc/data`` (``worldcup``, ``olympic``); a rule set is
one TOML file in it, named by its file name without ``.toml`` (its *key*). Files are read
with `importlib.resources`, so they load the same from a source tree, a wheel or a zip,
and parsed once: a second `load` returns the same, read-only object::

    >>> keys("olympic", prefix="knsb-")
    ('knsb-2018', 'knsb-2022', 'knsb-2026')
    >>> load("olympic", "knsb-2022")["tickets"]
    9
    >>> load("olympic", "knsb-2022") is load("olympic", "knsb-2022")
    True
    >>> load("olympic", "knsb-2014")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownRuleSetError: unknown olympic rule set 'knsb-2014'; known: ...

Tables come back as read-only mappings and arrays as tuples, so no caller can change what
another one reads.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

from ._packaged import DATA
from .errors import FileFormatError, UnknownRuleSetError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["RuleData", "families", "keys", "load"]

RuleData = Mapping[str, Any]
"""A parsed rule set: a read-only mapping (tables are mappings, arrays are tuples)."""

_SUFFIX = ".toml"

_NOT_RULES = frozenset({"text"})
"""Folders of ``skatecalc/data`` that hold TOML but no rules: ``text``, the catalogues of
words read by [`skatecalc.messages`][skatecalc.messages]."""


def _data() -> Traversable:
    if DATA.is_dir():  # a plain folder (a Path is a Traversable): no importlib.resources
        return DATA
    from importlib import resources  # a zipped package

    return resources.files("skatecalc").joinpath("data")


@functools.cache
def families() -> tuple[str, ...]:
    """The rule families: the folders of ``skatecalc/data`` holding TOML rule sets, sorted.

    >>> families()
    ('olympic', 'worldcup')
    """
    return tuple(
        sorted(
            entry.name
            for entry in _data().iterdir()
            if entry.is_dir()
            and entry.name not in _NOT_RULES
            and any(_is_rule_set(f) for f in entry.iterdir())
        )
    )


def _is_rule_set(entry: Traversable) -> bool:
    return entry.is_file() and entry.name.endswith(_SUFFIX)


def _folder(family: str) -> Traversable:
    if family not in families():
        raise UnknownRuleSetError.unknown(family, families(), what="rule family")
    return _data().joinpath(family)


@functools.cache
def _keys(family: str) -> tuple[str, ...]:
    return tuple(
        sorted(e.name[: -len(_SUFFIX)] for e in _folder(family).iterdir() if _is_rule_set(e))
    )


def keys(family: str, *, prefix: str = "") -> tuple[str, ...]:
    """The keys of the rule sets of ``family`` that start with ``prefix``, sorted.

    >>> keys("worldcup")
    ('calendars', 'seasons')
    >>> keys("football")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownRuleSetError: unknown rule family 'football'; known: olympic, worldcup
    """
    if not isinstance(family, str):
        raise UnknownRuleSetError.unknown(family, families(), what="rule family")
    return tuple(k for k in _keys(family) if k.startswith(prefix))


def load(family: str, key: str) -> RuleData:
    """The rule set ``key`` of ``family``, parsed once and cached (read-only).

    An unknown family or key raises
    [UnknownRuleSetError][skatecalc.errors.UnknownRuleSetError] listing the known keys and
    the closest ones; a file that is not valid TOML raises
    [FileFormatError][skatecalc.errors.FileFormatError] naming it.

    >>> load("worldcup", "seasons")["seasons"]["2017/18"]["division_a"]
    'a-100'
    """
    known = keys(family)
    if not isinstance(key, str) or key not in known:
        raise UnknownRuleSetError.unknown(key, known, what=f"{family} rule set")
    return _load(family, key)


@functools.cache
def _load(family: str, key: str) -> RuleData:
    entry = _data().joinpath(family, key + _SUFFIX)
    name = f"skatecalc/data/{family}/{key}{_SUFFIX}"
    try:
        parsed = tomllib.loads(entry.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - shipped data is tested
        raise FileFormatError(f"not valid TOML: {exc}", where=name) from None
    return cast(RuleData, _frozen(parsed))


def _frozen(value: Any) -> Any:
    """``value`` with every table read-only and every array a tuple."""
    if isinstance(value, dict):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value
