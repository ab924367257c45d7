"""How a rule value is known: its status and its source, defined once for every rule family.

Every rule value skatecalc ships (a combination, a World Cup points table, a selection
order, an ISU quota parameter) names its source and one of three statuses:

* ``verified``: read in the rule text (an ISU rule or Communication, a federation's
  selection procedure), or pinned by a published figure it reproduces exactly;
* ``derived``: worked back from published figures (totals, neighbouring seasons);
* ``unverified``: consistent with published results, but not confirmed by a rule text.

    >>> rule_status("derived")
    'derived'
    >>> worse("verified", "derived")
    'derived'
    >>> rule_status("sure")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidRuleError: status 'sure' must be verified, derived or unverified

One cached loader for the rule sets packaged under ``skatecalc/data``.

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

The data files packaged with skatecalc (``skatecalc/data``), read as plain files.

``importlib.resources`` reads them from anywhere (also a zipped package) but importing it
costs a command a tenth of its start-up (it imports ``tempfile``, ``shutil``, ``random``,
``zipfile``); a package installed or run from a source tree has them as plain files beside
its modules, so they are read so, and ``importlib.resources`` is imported only otherwise.

>>> packaged_text("examples/wsc2024-women.csv").startswith("# ISU World Sprint")
True
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from . import _record
from .errors import FileFormatError, InvalidRuleError, UnknownRuleSetError
from .limits import shown

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from typing import Any, Final, Literal, TypeAlias

__all__ = [
    "DATA",
    "RULE_STATUSES",
    "RuleData",
    "RuleStatus",
    "Source",
    "families",
    "keys",
    "load",
    "packaged_text",
    "rule_status",
    "worse",
]


if TYPE_CHECKING:
    RuleStatus: TypeAlias = Literal["verified", "derived", "unverified"]
    """How a rule value is known (not to be confused with
    [skatecalc.Status][skatecalc.time.Status], the status of a race result)."""
else:  # at run time a plain str (typing is not imported at start-up)
    RuleStatus = str

RULE_STATUSES: Final[tuple[RuleStatus, ...]] = ("verified", "derived", "unverified")
"""The statuses, strongest first."""

_RANK: Final[dict[str, int]] = {s: i for i, s in enumerate(RULE_STATUSES)}


def rule_status(value: object) -> RuleStatus:
    """``value`` as a [RuleStatus][skatecalc.rules.RuleStatus]; anything else raises
    [InvalidRuleError][skatecalc.errors.InvalidRuleError] naming the allowed values.

    >>> rule_status("unverified")
    'unverified'
    >>> rule_status("Verified")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidRuleError: status 'Verified' must be verified, derived or unverified
    """
    for status in RULE_STATUSES:
        if type(value) is str and value == status:
            return status
    raise InvalidRuleError(f"status {shown(value)} must be verified, derived or unverified")


def worse(a: RuleStatus, b: RuleStatus) -> RuleStatus:
    """The weaker of two statuses (verified < derived < unverified).

    >>> worse("verified", "derived"), worse("unverified", "derived")
    ('derived', 'unverified')
    """
    return a if _RANK[rule_status(a)] >= _RANK[rule_status(b)] else b


@_record.frozen
class Source:
    """A public source of a rule value: its title, and where known its address and date.

    ``str()`` gives the citation as printed in messages and documentation.

    >>> s = Source("ISU Communication No. 2112", date="2017-06-29")
    >>> str(s)
    'ISU Communication No. 2112 (2017-06-29)'
    >>> str(Source("KNSB selection procedure Beijing 2022"))
    'KNSB selection procedure Beijing 2022'
    """

    text: str
    url: str | None = None
    date: str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str) or not self.text.strip():
            raise InvalidRuleError(f"a source {shown(self.text)} must be non-empty text")
        for what, value in (("url", self.url), ("date", self.date)):
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise InvalidRuleError(f"a source {what} {shown(value)} must be non-empty text")

    def __str__(self) -> str:
        return f"{self.text} ({self.date})" if self.date else self.text


if TYPE_CHECKING:
    RuleData: TypeAlias = Mapping[str, Any]
    """A parsed rule set: a read-only mapping (tables are mappings, arrays are tuples)."""
else:  # at run time a plain Mapping (typing is not imported at start-up)
    RuleData = Mapping

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
    try:  # the same data compiled with the package (tests/test_rules.py holds them equal)
        twin = importlib.import_module(f"._ahead.{twin_name(family, key)}", __package__)
    except ModuleNotFoundError:
        pass
    else:
        data: RuleData = twin.DATA
        return data
    import tomllib  # only when rule data is read (a command that reads none starts faster)

    try:
        parsed = tomllib.loads(entry.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - shipped data is tested
        raise FileFormatError(f"not valid TOML: {exc}", where=name) from None
    frozen: RuleData = _frozen(parsed)
    return frozen


def twin_name(family: str, key: str) -> str:
    """The module of ``skatecalc._ahead`` that holds rule set ``key`` of ``family`` compiled.

    >>> twin_name("olympic", "isu-quota-2026")
    'rules_olympic_isu_quota_2026'
    """
    return f"rules_{family}_{key}".replace("-", "_")


def compiled_text(toml_text: str, *, source: str = "") -> str:
    r"""The Python twin of a rule set's TOML text: a module whose ``DATA`` is what
    [load][skatecalc.rules.load] gives for it (read-only tables, arrays as tuples), so that
    Python compiles it with the package and a command neither imports ``tomllib`` nor
    parses text. Rule data holds tables, arrays, strings, whole numbers and booleans only;
    anything else (a date, a float) is refused. ``source`` names the TOML file in the
    module's text.

    >>> text = compiled_text('format = 1\n[tables.a]\nvalues = [{ place = 1, points = 60 }]\n')
    >>> print(text.split("\n\n")[-1], end="")
    DATA = M({
        'format': 1,
        'tables': M({
            'a': M({
                'values': (
                    M({
                        'place': 1,
                        'points': 60,
                    }),
                ),
            }),
        }),
    })
    """
    import tomllib

    return _module_text(f"rule set {source}".strip(), "DATA", tomllib.loads(toml_text))


def _module_text(what: str, name: str, value: object) -> str:
    """A generated module of ``skatecalc._ahead`` holding ``value`` as ``name``."""
    head = (
        f'"""The {what} compiled with the package (start-up time). Written by\n'
        '``scripts/compile_rules.py``: do not edit."""\n\n'
        "# fmt: off\n# ruff: noqa\n# mypy: ignore-errors\n\n"
        "from types import MappingProxyType as M\n\n"
    )
    return head + f"{name} = {_literal(value, 0)}\n"


def _literal(value: object, depth: int) -> str:
    """``value`` as Python source: tables as read-only mappings, arrays as tuples."""
    pad, inner = "    " * depth, "    " * (depth + 1)
    if isinstance(value, dict):
        items = "".join(f"{inner}{k!r}: {_literal(v, depth + 1)},\n" for k, v in value.items())
        return "M({\n" + items + pad + "})" if value else "M({})"
    if isinstance(value, list):
        items = "".join(f"{inner}{_literal(v, depth + 1)},\n" for v in value)
        return "(\n" + items + pad + ")" if value else "()"
    if type(value) in (str, int, bool):
        return repr(value)
    raise InvalidRuleError(
        f"rule data holds {shown(value)}: only tables, arrays, text, whole numbers and"
        " booleans compile"
    )


def _frozen(value: Any) -> Any:
    """``value`` with every table read-only and every array a tuple."""
    if isinstance(value, dict):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


DATA = Path(__file__).resolve().parent / "data"
"""The folder of the packaged data when the package is plain files."""


def packaged_text(relative: str, encoding: str = "utf-8") -> str:
    """The text of ``data/<relative>`` (``relative`` uses ``/``), decoded with ``encoding``."""
    parts = relative.split("/")
    beside = DATA.joinpath(*parts)
    if beside.is_file():
        return beside.read_text(encoding)
    from importlib import resources  # a zipped package

    return resources.files("skatecalc").joinpath("data", *parts).read_text(encoding)
