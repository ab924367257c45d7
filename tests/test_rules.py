"""Rule data and provenance (`skatecalc.rules`): the one loader, statuses and sources."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
import warnings
from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc
from skatecalc import errors
from skatecalc import rules as _registry
from skatecalc.errors import InvalidRuleError, SkatecalcError, UnknownRuleSetError
from skatecalc.rules import RULE_STATUSES, RuleStatus, Source, rule_status, worse

# --- skatecalc.rules (one cached loader for packaged rule sets) and skatecalc.errors (eve ---


def test_families_are_the_data_folders_with_rule_sets() -> None:
    assert _registry.families() == ("olympic", "worldcup")


def test_keys_of_a_family_sorted() -> None:
    assert _registry.keys("worldcup") == ("calendars", "seasons")
    olympic = _registry.keys("olympic")
    assert olympic == tuple(sorted(olympic))
    assert {"isu-quota-2022", "isu-quota-2026", "knsb-2018", "knsb-2022", "knsb-2026"} <= set(
        olympic
    )


def test_keys_by_prefix() -> None:
    assert _registry.keys("olympic", prefix="knsb-") == ("knsb-2018", "knsb-2022", "knsb-2026")
    assert _registry.keys("olympic", prefix="isu-quota-") == ("isu-quota-2022", "isu-quota-2026")
    assert _registry.keys("olympic", prefix="nothing-") == ()


def test_load_reads_the_toml() -> None:
    data = _registry.load("olympic", "knsb-2022")
    assert data["country"] == "NED"
    assert data["year"] == 2022
    assert data["tickets"] == 9
    assert data["men"]["rows"][0] == "1000#1"
    seasons = _registry.load("worldcup", "seasons")
    assert seasons["tables"]["a-100"]["values"][0]["points"] == 100


@pytest.mark.parametrize(
    ("family", "key"), [(f, k) for f in _registry.families() for k in _registry.keys(f)]
)
def test_every_rule_set_has_a_python_twin_equal_to_its_toml(family: str, key: str) -> None:
    """The loader reads the rule set's twin in ``skatecalc._ahead`` when it is there: it
    must say what the TOML says (``scripts/compile_rules.py`` writes it)."""
    import importlib
    import tomllib

    toml = _registry.DATA / family / f"{key}.toml"
    name = _registry.twin_name(family, key)
    hint = (
        f"skatecalc/_ahead/{name}.py is missing or out of date: run python scripts/compile_rules.py"
    )
    twin = _registry.DATA.parent / "_ahead" / f"{name}.py"
    assert twin.is_file(), hint
    source = f"``skatecalc/data/{family}/{key}.toml``"
    text = toml.read_text(encoding="utf-8")
    assert twin.read_text(encoding="utf-8") == _registry.compiled_text(text, source=source), hint
    expected = _registry._frozen(tomllib.loads(text))
    assert expected == importlib.import_module(f"skatecalc._ahead.{name}").DATA
    _registry._load.cache_clear()
    try:
        assert _registry.load(family, key) == expected
    finally:
        _registry._load.cache_clear()


def test_the_twins_are_up_to_date() -> None:
    """``scripts/compile_rules.py --check`` finds every twin as it would write it."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "compile_rules.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_rule_set_without_a_twin_is_read_from_its_toml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without its twin (a rule set added without running the script) the loader parses
    the TOML, to the same data."""
    import importlib

    real = importlib.import_module

    def missing(name: str, package: str | None = None) -> object:
        if "._ahead.rules_" in name or name.startswith("skatecalc._ahead.rules_"):
            raise ModuleNotFoundError(name)
        return real(name, package)

    expected = _registry.load("worldcup", "seasons")
    _registry._load.cache_clear()
    monkeypatch.setattr(importlib, "import_module", missing)
    try:
        assert _registry.load("worldcup", "seasons") == expected
    finally:
        _registry._load.cache_clear()


@pytest.mark.parametrize("toml", ["x = 1.5\n", "x = 2026-02-06\n", "x = [1, 2.5]\n"])
def test_rule_data_outside_the_compiled_kinds_is_refused(toml: str) -> None:
    """A float or a date has no twin (rule data never holds one): refused, not rounded."""
    from skatecalc.errors import InvalidRuleError

    with pytest.raises(InvalidRuleError, match="only tables, arrays, text"):
        _registry.compiled_text(toml)


def test_load_is_cached_the_same_object() -> None:
    assert _registry.load("olympic", "knsb-2026") is _registry.load("olympic", "knsb-2026")
    assert _registry.load("worldcup", "seasons") is _registry.load("worldcup", "seasons")


def test_loaded_data_is_read_only() -> None:
    data = _registry.load("olympic", "knsb-2022")
    assert isinstance(data, Mapping)
    with pytest.raises(TypeError):
        data["tickets"] = 10  # type: ignore[index]
    with pytest.raises(TypeError):
        data["men"]["rows"] = ()  # type: ignore[index]
    assert isinstance(data["men"]["rows"], tuple)
    assert _registry.load("olympic", "knsb-2022")["tickets"] == 9


def test_unknown_key_lists_the_known_keys_and_the_closest() -> None:
    with pytest.raises(UnknownRuleSetError) as info:
        _registry.load("olympic", "knsb-2014")
    err = info.value
    message = str(err)
    assert message.startswith("unknown olympic rule set 'knsb-2014'; known: ")
    for key in _registry.keys("olympic"):
        assert key in message
    assert "; closest: 'knsb-2018'" in message
    assert err.key == "knsb-2014"
    assert err.known == _registry.keys("olympic")
    assert err.closest and set(err.closest) <= set(err.known)
    assert isinstance(err, LookupError)
    assert isinstance(err, SkatecalcError)


def test_unknown_family_lists_the_families() -> None:
    with pytest.raises(UnknownRuleSetError, match="unknown rule family 'football'; known: "):
        _registry.keys("football")
    with pytest.raises(UnknownRuleSetError, match="olympic, worldcup"):
        _registry.load("football", "seasons")


@given(st.one_of(st.text(max_size=30), st.integers(), st.none(), st.tuples(st.text())))
def test_any_unknown_key_is_an_unknown_rule_set(key: object) -> None:
    if key in _registry.keys("olympic"):
        return
    with pytest.raises(UnknownRuleSetError, match="known: isu-quota-2022"):
        _registry.load("olympic", key)  # type: ignore[arg-type]


def test_the_rule_families_load_through_the_registry() -> None:
    from skatecalc import olympic, worldcup

    assert olympic.selection_orders() == tuple(
        f"NED-{k[5:]}-{g}"
        for k in _registry.keys("olympic", prefix="knsb-")
        for g in ("men", "women")
    )
    assert olympic.quota_rules(2026).year == 2026
    assert worldcup.rules("2017/18").points(1) == 100


# the standard error each class resembles, besides ValueError (the base of SkatecalcError)
_RESEMBLES: dict[str, type[Exception]] = {
    "SkatecalcError": ValueError,
    "InvalidTimeError": ValueError,
    "UnknownStatusError": ValueError,
    "InvalidDistanceError": ValueError,
    "UnknownCombinationError": LookupError,
    "InvalidRuleError": ValueError,
    "ResultsError": ValueError,
    "DuplicateError": ValueError,
    "UnknownNameError": KeyError,
    "PositionError": IndexError,
    "UnknownValueError": LookupError,
    "GoalError": ValueError,
    "FileFormatError": ValueError,
    "LimitError": ValueError,
    "UnknownRuleSetError": LookupError,
    "PlaceError": IndexError,
    "RulesError": ValueError,
    "UnknownSeasonError": KeyError,
    "UnknownOrderError": LookupError,
    "UnknownRowError": LookupError,
    "DiscretionaryError": ValueError,
    "SelectionError": ValueError,
    "QuotaError": ValueError,
}


def _error_classes() -> list[type[BaseException]]:
    return [
        obj
        for name in errors.__all__
        if isinstance(obj := getattr(errors, name), type) and issubclass(obj, BaseException)
    ]


def _instance(cls: type[BaseException], message: str) -> BaseException:
    return cls(message)  # one constructor shape: the message (and keyword details)


def test_every_error_class_is_listed_and_covered() -> None:
    names = {c.__name__ for c in _error_classes()}
    assert set(_RESEMBLES) <= names, set(_RESEMBLES) - names


@pytest.mark.parametrize("name", sorted(_RESEMBLES))
def test_error_is_a_skatecalc_error_and_the_standard_error_it_resembles(name: str) -> None:
    cls = getattr(errors, name)
    assert issubclass(cls, SkatecalcError)
    assert issubclass(cls, ValueError)
    assert issubclass(cls, _RESEMBLES[name])
    err = _instance(cls, "a message with 'quotes'")
    assert isinstance(err, _RESEMBLES[name])
    assert (cls.__doc__ and "Example" in cls.__doc__) or name == "SkatecalcError"


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda c: c.__name__)
def test_str_is_the_message_not_its_repr(cls: type[BaseException]) -> None:
    err = _instance(cls, "a message with 'quotes'")
    text = str(err)
    assert not text.startswith(('"', "'")), text
    if isinstance(err, SkatecalcError):
        assert text == err.message
        located = err.at("line 4 of r.csv")
        assert str(located) == f"{err.message} (line 4 of r.csv)"
        assert type(located) is type(err)


def test_unknown_name_error_message() -> None:
    err = errors.UnknownNameError.unknown("Femke Kook", ["Femke Kok", "Miho Takagi"])
    assert str(err) == "unknown skater 'Femke Kook'; closest known: 'Femke Kok'"
    assert isinstance(err, KeyError)


def test_unknown_season_is_an_unknown_rule_set_with_the_closest() -> None:
    from skatecalc import worldcup

    with pytest.raises(UnknownRuleSetError) as info:
        worldcup.rules("2012/13")
    err = info.value
    assert isinstance(err, errors.UnknownSeasonError)
    assert isinstance(err, KeyError)
    assert str(err).startswith("unknown World Cup season '2012/13'; closest known: ")
    assert err.key == "2012/13"
    assert err.known[0] == "2013/14"
    assert err.closest


def test_unknown_order_and_quota_year_are_unknown_rule_sets() -> None:
    from skatecalc import olympic

    with pytest.raises(UnknownRuleSetError) as info:
        olympic.selection_order("NED", 2014, "men")
    assert isinstance(info.value, errors.UnknownOrderError)
    assert info.value.known == olympic.selection_orders()
    assert str(info.value).startswith("no selection order 'NED-2014-men'; known: NED-2018-men")
    with pytest.raises(UnknownRuleSetError) as quota:
        olympic.quota_rules(2018)
    assert quota.value.known == ("2022", "2026")
    assert str(quota.value).startswith("no quota parameters for 2018; known: 2022, 2026")


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("skatecalc.olympic.quota", ["QuotaError"]),
        (
            "skatecalc.olympic",
            ["DiscretionaryError", "SelectionError", "UnknownOrderError", "UnknownRowError"],
        ),
        ("skatecalc.worldcup.rules", ["PlaceError", "RulesError", "UnknownSeasonError"]),
        ("skatecalc.worldcup", ["PlaceError", "RulesError", "UnknownSeasonError"]),
    ],
)
def test_package_import_paths_give_the_same_classes(module: str, names: list[str]) -> None:
    mod = importlib.import_module(module)
    for name in names:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert getattr(mod, name) is getattr(errors, name), f"{module}.{name}"
        assert not [w for w in caught if issubclass(w.category, DeprecationWarning)]


def _modules() -> list[str]:
    return ["skatecalc"] + [
        m.name
        for m in pkgutil.walk_packages(skatecalc.__path__, "skatecalc.")
        if "__main__" not in m.name
    ]


def test_no_error_class_is_defined_outside_errors_py() -> None:
    stray = []
    for name in _modules():
        mod = importlib.import_module(name)
        for obj in vars(mod).values():
            if (
                inspect.isclass(obj)
                and issubclass(obj, BaseException)
                and obj.__module__ == name
                and name != "skatecalc.errors"
            ):
                stray.append(f"{name}.{obj.__qualname__}")
    assert stray == []


# --- skatecalc.rules: one rule status for every rule family, validated; Source. ------------


def _alias(module: object, name: str, *, source: bool = False) -> object:
    """The value type checkers see for the alias ``name`` of ``module``: its definition
    under ``if TYPE_CHECKING:`` evaluated with typing, or its text with ``source`` (at run
    time the alias is a plain ``str``, typing not being imported at a command's start)."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(module))  # type: ignore[arg-type]
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == name:
            assert node.value is not None
            if source:
                return ast.unparse(node.value)
            names = {**vars(typing), **vars(module)}
            return eval(compile(ast.Expression(node.value), "<alias>", "eval"), names)
    raise AssertionError(f"no alias {name}")


def test_the_statuses_are_the_literal_strongest_first() -> None:
    assert RULE_STATUSES == ("verified", "derived", "unverified")
    assert typing.get_args(_alias(_registry, "RuleStatus")) == RULE_STATUSES


def test_rule_status_is_not_the_race_status() -> None:
    assert RuleStatus is not skatecalc.Status


@pytest.mark.parametrize("status", ["verified", "derived", "unverified"])
def test_rule_status_accepts_each_status(status: str) -> None:
    assert rule_status(status) == status


@given(st.one_of(st.text(max_size=20), st.integers(), st.none(), st.floats()))
def test_rule_status_refuses_anything_else_naming_the_allowed(value: object) -> None:
    if value in RULE_STATUSES:
        return
    with pytest.raises(InvalidRuleError) as info:
        rule_status(value)
    assert "verified, derived or unverified" in str(info.value)
    assert isinstance(info.value, SkatecalcError)


@pytest.mark.parametrize("value", ["Verified", " verified", "verified ", "", "sure"])
def test_rule_status_is_exact(value: str) -> None:
    with pytest.raises(InvalidRuleError, match=repr(value)):
        rule_status(value)


def test_a_str_subclass_is_refused() -> None:
    class Sneaky(str):
        pass

    with pytest.raises(InvalidRuleError):
        rule_status(Sneaky("verified"))


@given(st.sampled_from(RULE_STATUSES), st.sampled_from(RULE_STATUSES))
def test_worse_is_the_weaker_and_symmetric(a: RuleStatus, b: RuleStatus) -> None:
    w = worse(a, b)
    assert w in (a, b)
    assert w == worse(b, a)
    assert RULE_STATUSES.index(w) == max(RULE_STATUSES.index(a), RULE_STATUSES.index(b))


def test_worse_refuses_a_bad_status() -> None:
    with pytest.raises(InvalidRuleError, match="'sure'"):
        worse("verified", "sure")  # type: ignore[arg-type]


def test_worldcup_provenance_is_the_same_alias() -> None:
    import importlib

    wc_rules = importlib.import_module("skatecalc.worldcup.rules")
    tables = importlib.import_module("skatecalc.worldcup.tables")
    assert wc_rules.worse is worse
    assert wc_rules.Provenance is RuleStatus  # the same alias at run time (a plain str)
    assert _alias(tables, "Provenance", source=True) == "RuleStatus"  # ... for type checkers


def test_source_prints_as_a_citation() -> None:
    s = Source("ISU Communication No. 2112", url="https://www.isu.org/", date="2017-06-29")
    assert str(s) == "ISU Communication No. 2112 (2017-06-29)"
    assert s.url == "https://www.isu.org/"
    assert str(Source("NOS, 28 Dec 2021")) == "NOS, 28 Dec 2021"


def test_source_is_frozen() -> None:
    s = Source("ISU Communication No. 2112")
    with pytest.raises(AttributeError):
        s.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        (("",), {}, "source ''"),
        (("  ",), {}, "source '  '"),
        ((None,), {}, "source None"),
        (("ISU",), {"url": ""}, "url ''"),
        (("ISU",), {"date": 2017}, "date 2017"),
    ],
)
def test_source_refuses_empty_or_non_text(
    args: tuple[object, ...], kwargs: dict[str, object], match: str
) -> None:
    with pytest.raises(InvalidRuleError, match=match):
        Source(*args, **kwargs)  # type: ignore[arg-type]
