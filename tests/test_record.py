"""``skatecalc._record`` builds the classes attrs would build from the same bodies.

Two ways: small classes written here for each feature the package uses, built by both and
compared in behaviour (Hypothesis values); and every class of the package, built once by
``_record`` (here) and once by attrs itself (a fresh interpreter where ``_record``'s names
are attrs' own before the package is imported), compared field by field, signature by
signature and method by method.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import os
import pickle
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc
from skatecalc import _record

# --- the same bodies, built twice ------------------------------------------------------------


def _bodies(lib: Any) -> dict[str, type]:
    """Classes for each feature, decorated by ``lib`` (attrs or skatecalc._record)."""

    def positive(_instance: object, attribute: Any, value: int) -> None:
        if value < 0:
            raise ValueError(f"{attribute.name} {value} < 0")

    @lib.frozen
    class Plain:
        a: int
        b: str = "x"
        c: tuple[int, ...] = ()
        kind: ClassVar[str] = "plain"

    @lib.frozen
    class Fields:
        a: int = lib.field(converter=int)
        _b: int = lib.field(default=0, validator=positive)
        c: list[int] = lib.field(factory=list, eq=False)
        d: str = lib.field(default="", repr=False)
        e: int = lib.field(default=1, init=False)
        f: dict[str, int] = lib.Factory(dict)
        g: int = lib.field(default=2, kw_only=True)
        h: int = lib.field(default=3, alias="aitch")

    @lib.frozen
    class Derived:
        a: int
        b: int = lib.field(init=False, eq=False, repr=False)

        @b.default
        def _twice(self) -> int:
            return 2 * self.a

        def __attrs_post_init__(self) -> None:
            if self.a == 13:
                raise ValueError("unlucky")

    @lib.frozen(repr=False)
    class OwnRepr:
        a: int

        def __repr__(self) -> str:
            return f"<{self.a}>"

    @lib.frozen(eq=False)
    class Identity:
        a: int

    @lib.frozen
    class Base:
        a: int
        b: int = 0

        def total(self) -> int:
            return self.a + self.b

    @lib.frozen
    class Child(Base):
        c: int = 5

        def total(self) -> int:
            return super().total() + self.c

    @lib.define
    class Mutable:
        a: int
        b: list[int] = lib.Factory(list)

    return {
        c.__name__: c for c in (Plain, Fields, Derived, OwnRepr, Identity, Base, Child, Mutable)
    }


OURS = _bodies(_record)
THEIRS = _bodies(attrs)
ints = st.integers(min_value=-5, max_value=50)


def _outcome(cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "ok", cls(*args, **kwargs)
    except Exception as exc:  # the same type and message from both
        return type(exc).__name__, str(exc)


def _same(ours: Any, theirs: Any) -> None:
    assert type(ours).__name__ == type(theirs).__name__
    assert repr(ours) == repr(theirs)
    assert attrs.asdict(ours) == attrs.asdict(theirs)


def _hashes(one: object, other: object) -> str:
    try:
        return "equal" if hash(one) == hash(other) else "different"
    except TypeError as exc:
        return str(exc)


@given(a=ints, b=ints, text=st.text(max_size=3), g=ints)
def test_instances_are_the_same(a: int, b: int, text: str, g: int) -> None:
    cases: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("Plain", (a,), {}),
        ("Plain", (a, text, (b,)), {}),
        ("Fields", (str(a),), {"b": b, "g": g, "aitch": a}),
        ("Fields", (a, b, [a], text), {}),
        ("Derived", (a,), {}),
        ("OwnRepr", (a,), {}),
        ("Base", (a, b), {}),
        ("Child", (a, b, g), {}),
        ("Mutable", (a,), {}),
        ("Plain", (), {}),
        ("Fields", (a,), {"e": 1}),
    ]
    for name, args, kwargs in cases:
        made = _outcome(OURS[name], args, kwargs)
        expected = _outcome(THEIRS[name], args, kwargs)
        assert made[0] == expected[0], (name, made, expected)
        if made[0] != "ok":
            assert made[1].replace(name, "") == expected[1].replace(name, "")
            continue
        ours, theirs = made[1], expected[1]
        _same(ours, theirs)
        again, theirs_again = OURS[name](*args, **kwargs), THEIRS[name](*args, **kwargs)
        assert (ours == again) == (theirs == theirs_again)
        assert (ours != again) == (theirs != theirs_again)
        assert _hashes(ours, again) == _hashes(theirs, theirs_again)
        _same(attrs.evolve(ours), attrs.evolve(theirs))
        _same(copy.deepcopy(ours), theirs)
        if name == "Child":
            assert ours.total() == theirs.total() == a + b + g


def test_package_values_pickle_and_copy() -> None:
    from skatecalc.io.listing.model import Entry

    entry = Entry(9, "Joep Wennemars", "NED", skatecalc.RaceTime.parse("1:07.012"), line=4)
    table = skatecalc.classify(
        "mini", {"Ireen Wüst": ["40.00", "4:05.00"], "Dai Dai N'tab": ["39.00"]}
    )
    for value in (entry, skatecalc.RaceTime.parse("1:46.38"), table[0]):
        for again in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert again == value and repr(again) == repr(value)
    for again in (pickle.loads(pickle.dumps(table)), copy.copy(table), copy.deepcopy(table)):
        assert list(again) == list(table) and str(again) == str(table)  # a table is itself
    assert pickle.loads(pickle.dumps(entry)).line == 4  # a field not compared is kept too


@pytest.mark.parametrize("name", sorted(OURS))
def test_classes_are_the_same(name: str) -> None:
    ours, theirs = OURS[name], THEIRS[name]
    assert _shape(ours) == _shape(theirs)
    assert not hasattr(ours(1), "__dict__")
    if name != "Mutable":
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            ours(1).a = 1
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            del ours(1).a
    assert attrs.has(ours)
    assert [(a.name, a.alias, a.init, a.eq, a.repr, a.kw_only) for a in attrs.fields(ours)] == [
        (a.name, a.alias, a.init, a.eq, a.repr, a.kw_only) for a in attrs.fields(theirs)
    ]


def test_a_mandatory_field_after_a_default_is_refused_as_by_attrs() -> None:
    for lib in (attrs, _record):
        with pytest.raises(ValueError, match="No mandatory attributes allowed"):

            @lib.frozen
            class Wrong:
                a: int = 0
                b: int


def test_record_helpers_name_what_is_wrong() -> None:
    with pytest.raises(TypeError, match="not a record class"):
        _record.fields(int)
    with pytest.raises(TypeError, match="does not make ordered classes"):
        _record.frozen(order=True)(type("X", (), {}))
    with pytest.raises(TypeError, match="mutable record class takes no validator"):

        @_record.define
        class Checked:
            a: int = _record.field(converter=int)

    with pytest.raises(TypeError, match="'b' has no annotation"):

        @_record.frozen
        class Stray:
            a: int
            b = _record.field(default=0)


# --- every class of the package, against attrs -----------------------------------------------


def _shape(cls: type) -> dict[str, Any]:
    """What a class's build decides: fields, signature, slots and which methods it made."""

    def made(name: str) -> str:
        getattr(cls, name, None)  # compiles a method made on first use
        item = cls.__dict__.get(name, "absent")
        if item is None:
            return "None"
        code = getattr(item, "__code__", None)
        if code is None:
            return "inherited" if item == "absent" else "other"
        ahead = f"{os.sep}_ahead{os.sep}" in code.co_filename  # compiled with the package
        generated = code.co_filename.startswith("<") or ahead
        return "generated" if generated else "own"

    def default(value: object) -> str:
        if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
            return f"Factory({value.factory.__qualname__}, {value.takes_self})"  # type: ignore[attr-defined]
        if inspect.isfunction(value):
            return f"<{value.__qualname__}>"
        return repr(value)[:40]

    signature = inspect.signature(cls.__init__)
    return {
        "fields": [
            [a.name, a.alias, a.init, a.eq, a.repr, a.kw_only, default(a.default)]
            for a in attrs.fields(cls)
        ],
        "init": [[p.name, str(p.kind), default(p.default)] for p in signature.parameters.values()],
        "match_args": list(getattr(cls, "__match_args__", ())),
        "slots": sorted(cls.__dict__.get("__slots__", ())),
        "methods": {n: made(n) for n in ("__init__", "__repr__", "__eq__", "__hash__")},
        "weakref": "__weakref__" in dir(cls),
    }


def _package_shapes() -> dict[str, dict[str, Any]]:
    shapes = {}
    for info in pkgutil.walk_packages(skatecalc.__path__, "skatecalc."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == info.name
                and "__record_fields__" in value.__dict__
            ):
                shapes[f"{value.__module__}.{value.__qualname__}"] = _shape(value)
    return shapes


_BY_ATTRS = """
import json, sys, attrs
import skatecalc._record as r
r.frozen, r.define, r.field, r.Factory = attrs.frozen, attrs.define, attrs.field, attrs.Factory
r.evolve, r.fields = attrs.evolve, attrs.fields
import importlib, pkgutil, skatecalc
sys.path.insert(0, sys.argv[1])
import test_record
names = json.loads(sys.stdin.read())
out = {}
for info in pkgutil.walk_packages(skatecalc.__path__, "skatecalc."):
    module = importlib.import_module(info.name)
    for value in vars(module).values():
        key = f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
        if isinstance(value, type) and key in names:
            out[key] = test_record._shape(value)
print(json.dumps(out))
"""


def test_every_class_of_the_package_is_built_as_attrs_builds_it() -> None:
    ours = _package_shapes()
    assert len(ours) >= 80  # every domain type is a record class
    done = subprocess.run(
        [sys.executable, "-c", _BY_ATTRS, str(Path(__file__).parent)],
        input=json.dumps(sorted(ours)),
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(done.stdout)
    assert sorted(theirs) == sorted(ours)
    for name in ours:
        assert json.loads(json.dumps(ours[name])) == theirs[name], name


# --- the package's methods compiled ahead (skatecalc._ahead) ---------------------------------

ROOT = Path(__file__).resolve().parent.parent
_CO_NESTED = 0x10  # set on a function defined in a function: informational only


def _same_code(a: CodeType, b: CodeType) -> bool:
    """Whether two code objects run the same: bytecode, names, constants (nested code
    compared the same way), arguments and flags."""
    consts_a = [c for c in a.co_consts if not isinstance(c, CodeType)]
    consts_b = [c for c in b.co_consts if not isinstance(c, CodeType)]
    nested_a = [c for c in a.co_consts if isinstance(c, CodeType)]
    nested_b = [c for c in b.co_consts if isinstance(c, CodeType)]
    return (
        a.co_code == b.co_code
        and consts_a == consts_b
        and len(nested_a) == len(nested_b)
        and all(_same_code(x, y) for x, y in zip(nested_a, nested_b, strict=True))
        and (a.co_names, a.co_varnames, a.co_freevars, a.co_cellvars)
        == (b.co_names, b.co_varnames, b.co_freevars, b.co_cellvars)
        and (a.co_argcount, a.co_posonlyargcount, a.co_kwonlyargcount, a.co_name)
        == (b.co_argcount, b.co_posonlyargcount, b.co_kwonlyargcount, b.co_name)
        and a.co_flags & ~_CO_NESTED == b.co_flags & ~_CO_NESTED
    )


def _generated_methods() -> list[tuple[type, str, bool]]:
    """(class, method, frozen) for every method ``_record`` makes for the package."""
    found = []
    for info in pkgutil.walk_packages(skatecalc.__path__, "skatecalc."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if not (
                isinstance(value, type)
                and value.__module__ == info.name
                and "__record_fields__" in value.__dict__
            ):
                continue
            frozen = value.__dict__.get("__setattr__") is _record._frozen_setattr
            for name in ("__init__", "__repr__", "__eq__", "__hash__"):
                item = value.__dict__.get(name)
                code = getattr(item, "__code__", None)
                if isinstance(item, _record._Lazy) or (
                    code is not None
                    and (
                        code.co_filename.startswith("<record ")
                        or f"{os.sep}_ahead{os.sep}" in code.co_filename
                    )
                ):
                    found.append((value, name, frozen))
    return found


def test_the_methods_compiled_ahead_are_up_to_date() -> None:
    """``skatecalc/_ahead/`` holds every method ``_record`` makes for the package, as
    ``scripts/compile_records.py`` writes it (run the script after changing a record class
    or ``_record``)."""
    script = ROOT / "scripts" / "compile_records.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_method_made_ahead_is_the_method_compiled_now() -> None:
    """For every generated method of every package class: its source is in the module
    compiled ahead, and the method made from there has the code, defaults and annotations
    of the method compiled from the source now (the path taken without it)."""
    methods = _generated_methods()
    assert len(methods) >= 250
    for cls, name, frozen in methods:
        ahead = _record._compiled_ahead(name)
        source, globs = _record._method_source(name, cls, cls.__dict__["__record_fields__"], frozen)
        assert source in ahead, f"{cls.__qualname__}.{name}"
        now_globs = dict(globs)
        exec(compile(source, "<now>", "exec"), now_globs)
        now = now_globs[name]
        made = FunctionType(ahead[source].__code__, dict(globs))()
        where = f"{cls.__module__}.{cls.__qualname__}.{name}"
        assert _same_code(made.__code__, now.__code__), where
        assert made.__defaults__ == now.__defaults__, where
        assert made.__kwdefaults__ == now.__kwdefaults__, where
        assert made.__annotations__ == now.__annotations__, where


def test_a_class_outside_the_package_gets_its_methods_compiled() -> None:
    """A record class whose methods are not in the module compiled ahead (here: defined in
    a test) gets them compiled on first use, the same methods."""

    @_record.frozen
    class Split:
        lap: int
        _time: str = _record.field(default="30.00", repr=False)

    assert Split(1) == Split(1, "30.00") and repr(Split(2)) == "Split(lap=2)"
    assert Split.__init__.__code__.co_filename == "<record " + Split.__qualname__ + ".__init__>"
    assert hash(Split(1)) == hash(Split(1))
