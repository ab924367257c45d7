"""Frozen value classes as attrs makes them, without importing attrs on the way.

The domain types are attrs classes (``@attrs.frozen``: slots, frozen, equality and hash
by value); ``import attrs`` and attrs building each class's methods cost a command's
start-up about as much as the interpreter itself (issue 20). This module builds the same
classes for the subset of attrs the package uses and nothing more:

* ``frozen``/``define`` with ``eq``, ``order=False`` and ``repr``, and attrs' auto-detection
  (a class that writes its own ``__init__``, ``__repr__``, ``__eq__`` or ``__hash__``
  keeps it);
* ``field`` with ``default``, ``factory``/``Factory``, ``validator``, ``converter``,
  ``repr``, ``eq``, ``init``, ``kw_only`` and ``alias`` (a private ``_name`` is set by
  ``name``, as in attrs), fields inherited from a record base class, ``ClassVar`` left out;
* the generated ``__init__`` (converters, then validators, then
  ``__attrs_post_init__``), ``__repr__``, ``__eq__``, ``__hash__``, ``__match_args__``,
  ``__slots__`` with a ``__weakref__`` slot, pickling, and ``__class__`` cells fixed for
  ``super()`` in the new slotted class.

The classes stay attrs classes for every caller: ``__attrs_attrs__`` is made on first use
(importing attrs then), so ``attrs.fields``, ``attrs.evolve``, ``attrs.asdict`` and
``attrs.has`` work on them, and a write to a frozen instance raises attrs'
``FrozenInstanceError``. Type checkers see attrs itself (the names below are attrs' own
under ``TYPE_CHECKING``), so mypy's attrs plugin checks every class as before; a test
compares each class with the class attrs builds from the same body.

Not supported, and refused where a class would ask for it: ``order=True``, ``slots=False``,
``on_setattr`` (a mutable class with a validator or converter is refused: attrs would run
them on every assignment too). Validators disabled through
``attrs.validators.set_disabled`` still run here.

>>> @frozen
... class Lap:
...     number: int
...     _time: int = field(default=0, converter=int)
>>> Lap(1, "30"), Lap(1, 30) == Lap(1, "30"), hash(Lap(1)) == hash(Lap(1, 0))
(Lap(number=1, _time=30), True, True)
>>> evolve(Lap(1), time=29)
Lap(number=1, _time=29)
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from types import FunctionType

__all__ = ["NOTHING", "Factory", "Field", "define", "evolve", "field", "fields", "frozen"]


class _Nothing:
    """The absence of a default (attrs' ``NOTHING``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOTHING"

    def __reduce__(self) -> str:
        return "NOTHING"


NOTHING: Any = _Nothing()


class _Factory:
    """A default made by calling ``factory()`` for each instance (attrs' ``Factory``)."""

    __slots__ = ("factory",)

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory


class Field:
    """One field of a record class: what ``attrs.Attribute`` says of it, as far as used."""

    __slots__ = (
        "alias",
        "converter",
        "default",
        "eq",
        "factory",
        "init",
        "kw_only",
        "name",
        "repr",
        "takes_self",
        "type",
        "validator",
    )  # fmt: skip

    name: str
    alias: str
    default: Any
    factory: Callable[..., Any] | None
    validator: Callable[[Any, Any, Any], Any] | None
    converter: Callable[[Any], Any] | None
    repr: bool
    eq: bool
    init: bool
    kw_only: bool
    type: Any
    takes_self: bool

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, values.get(name))

    def __repr__(self) -> str:
        return f"Field({self.name!r})"


class _FieldSpec:
    """What ``field(...)`` leaves in a class body until the class is built."""

    __slots__ = ("options",)

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def validator(self, method: Callable[[Any, Any, Any], Any]) -> Callable[[Any, Any, Any], Any]:
        """``@x.validator``: ``method(self, field, value)`` checks the field too."""
        first = self.options["validator"]
        if first is None:
            self.options["validator"] = method
        else:

            def both(instance: Any, attribute: Any, value: Any) -> None:
                first(instance, attribute, value)
                method(instance, attribute, value)

            self.options["validator"] = both
        return method

    def default(self, method: Callable[[Any], Any]) -> Callable[[Any], Any]:
        """``@x.default``: the default is ``method(self)``, with the fields before it set."""
        self.options.update(default=NOTHING, factory=method, takes_self=True)
        return method


def _field(
    *,
    default: Any = NOTHING,
    factory: Callable[[], Any] | None = None,
    validator: Callable[[Any, Any, Any], Any] | None = None,
    repr: bool = True,
    eq: bool = True,
    init: bool = True,
    converter: Callable[[Any], Any] | None = None,
    kw_only: bool = False,
    alias: str | None = None,
) -> Any:
    if isinstance(default, _Factory):
        default, factory = NOTHING, default.factory
    return _FieldSpec(
        {
            "default": default, "factory": factory, "validator": validator, "repr": repr,
            "eq": eq, "init": init, "converter": converter, "kw_only": kw_only, "alias": alias,
            "takes_self": False,
        }
    )  # fmt: skip


_CLASSVAR = ("typing.ClassVar", "t.ClassVar", "ClassVar", "typing_extensions.ClassVar")


def _is_class_var(annotation: object) -> bool:
    text = str(annotation)
    if text[:1] in ("'", '"') and text[-1:] == text[:1]:
        text = text[1:-1]
    return text.startswith(_CLASSVAR)


def _own_fields(cls: type) -> list[Field]:
    annotations = cls.__dict__.get("__annotations__")  # noqa: RUF063 - no inspect at start-up
    if annotations is None:  # Python 3.14 makes them on first access
        annotations = getattr(cls, "__annotations__", {}) if "__annotate__" in cls.__dict__ else {}
    own = []
    for name, annotation in annotations.items():
        if _is_class_var(annotation):
            continue
        value = cls.__dict__.get(name, NOTHING)
        spec = value if isinstance(value, _FieldSpec) else _field(default=value)
        options = dict(spec.options)
        options["alias"] = options["alias"] or name.lstrip("_")
        own.append(Field(name=name, type=annotation, **options))
    stray = [
        k for k, v in cls.__dict__.items() if isinstance(v, _FieldSpec) and k not in annotations
    ]
    if stray:
        raise TypeError(f"{cls.__qualname__}: field {stray[0]!r} has no annotation")
    return own


def _base_fields(cls: type, own: list[Field]) -> list[Field]:
    taken = {f.name for f in own}
    found: list[Field] = []
    for base in reversed(cls.__mro__[1:-1]):
        for f in base.__dict__.get("__record_fields__", ()):
            if f.name not in taken:
                taken.add(f.name)
                found.append(f)
    return found


def _has_own(cls: type, *names: str) -> bool:
    return any(name in cls.__dict__ for name in names)


def _init_source(
    cls: type, all_fields: tuple[Field, ...], frozen: bool
) -> tuple[str, dict[str, Any]]:
    globs: dict[str, Any] = {"NOTHING": NOTHING, "_fields": all_fields}
    args: list[str] = []
    kw_args: list[str] = []
    body: list[str] = []
    for i, f in enumerate(all_fields):
        value = f.alias
        if f.init:
            if f.factory is not None:
                arg = f"{f.alias}=NOTHING"
                globs[f"_factory_{i}"] = f.factory
                made = f"_factory_{i}(self)" if f.takes_self else f"_factory_{i}()"
                body.append(f"    if {f.alias} is NOTHING: {f.alias} = {made}")
            elif f.default is not NOTHING:
                arg = f"{f.alias}=_fields[{i}].default"
            else:
                arg = f.alias
            (kw_args if f.kw_only else args).append(arg)
        elif f.factory is not None:
            globs[f"_factory_{i}"] = f.factory
            value = f"_factory_{i}(self)" if f.takes_self else f"_factory_{i}()"
        elif f.default is not NOTHING:
            value = f"_fields[{i}].default"
        else:
            continue
        if f.converter is not None:
            globs[f"_convert_{i}"] = f.converter
            value = f"_convert_{i}({value})"
        body.append(
            f"    _setattr({f.name!r}, {value})" if frozen else f"    self.{f.name} = {value}"
        )
    for i, f in enumerate(all_fields):
        if f.validator is not None and (
            f.init or f.factory is not None or f.default is not NOTHING
        ):
            globs[f"_validate_{i}"] = f.validator
            body.append(f"    _validate_{i}(self, _fields[{i}], self.{f.name})")
    if hasattr(cls, "__attrs_post_init__"):
        body.append("    self.__attrs_post_init__()")
    signature = ", ".join(["self", *args, *(["*", *kw_args] if kw_args else [])])
    if frozen and body:  # one bound setter for the fields, as attrs does
        body.insert(0, "    _setattr = _bind(self)")
        globs["_bind"] = object.__setattr__.__get__
    return f"def __init__({signature}) -> None:\n" + ("\n".join(body) or "    pass"), globs


def _method_source(
    name: str, cls: type, all_fields: tuple[Field, ...], frozen: bool
) -> tuple[str, dict[str, Any]]:
    """The source of one generated method, and the names it uses."""
    if name == "__init__":
        return _init_source(cls, all_fields, frozen)
    compared = [f.name for f in all_fields if f.eq]
    if name == "__repr__":
        shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in all_fields if f.repr)
        return (
            "def __repr__(self):\n"
            f"    return f'{{self.__class__.__qualname__.rsplit(\">.\", 1)[-1]}}({shown})'"
        ), {}
    if name == "__eq__":
        same = " and ".join(f"self.{n} == other.{n}" for n in compared) or "True"
        return (
            "def __eq__(self, other):\n"
            "    if other.__class__ is not self.__class__:\n"
            "        return NotImplemented\n"
            f"    return {same}"
        ), {}
    values = "".join(f", self.{n}" for n in compared)
    source = f"def __hash__(self):\n    return hash((_class_hash{values}))"
    return source, {"_class_hash": hash(cls.__qualname__)}


@functools.cache
def _compiled_ahead(name: str) -> dict[str, Callable[[], Any]]:
    """The package's methods ``name`` compiled with it, by source: ``skatecalc._ahead``, one
    module per method, so that a command loads the ones it calls (``__init__``)."""
    module = importlib.import_module(f"._ahead.{name.strip('_')}", __package__)
    return module.METHODS  # type: ignore[no-any-return]


def _method(name: str, cls: type, all_fields: tuple[Field, ...], frozen: bool) -> Any:
    """The generated method ``name`` of ``cls``: from the package's methods compiled ahead
    when its source is there (the same source, so the same code), else compiled now."""
    source, globs = _method_source(name, cls, all_fields, frozen)
    ahead = _compiled_ahead(name).get(source)
    if ahead is not None:
        function = FunctionType(ahead.__code__, globs)()
    else:
        exec(compile(source, f"<record {cls.__qualname__}.{name}>", "exec"), globs)
        function = globs[name]
    function.__qualname__ = f"{cls.__qualname__}.{name}"
    function.__code__ = function.__code__.replace(co_qualname=function.__qualname__)
    function.__module__ = cls.__module__
    return function


class _Lazy:
    """A generated method, made the first time it is looked up (then it replaces this):
    most are never called in one run. The package's own are in ``skatecalc._ahead``."""

    __slots__ = ("fields", "frozen", "name", "owner")

    def __init__(self, name: str, all_fields: tuple[Field, ...], frozen: bool) -> None:
        self.name = name
        self.fields = all_fields
        self.frozen = frozen

    def __set_name__(self, owner: type, name: str) -> None:
        self.owner = owner

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        function = _method(self.name, self.owner, self.fields, self.frozen)
        type.__setattr__(self.owner, self.name, function)
        return function if instance is None else function.__get__(instance, owner)


def _frozen_setattr(self: object, name: str, value: object) -> None:
    from attrs.exceptions import FrozenInstanceError

    raise FrozenInstanceError


def _frozen_delattr(self: object, name: str) -> None:
    from attrs.exceptions import FrozenInstanceError

    raise FrozenInstanceError


class _AttrsAttributes:
    """``__attrs_attrs__`` made on first use: attrs' own ``Attribute``s for the fields."""

    def __init__(self, owner: type) -> None:
        self.owner = owner

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        import attrs

        cls = self.owner

        def default(f: Field) -> Any:
            if f.factory is not None and f.takes_self:
                return attrs.Factory(f.factory, takes_self=True)
            if f.factory is not None:
                return attrs.Factory(f.factory)
            return attrs.NOTHING if f.default is NOTHING else f.default

        spec = {
            f.name: attrs.field(
                default=default(f),
                validator=f.validator, repr=f.repr, eq=f.eq, init=f.init, converter=f.converter,
                kw_only=f.kw_only, alias=f.alias, type=f.type,
            )
            for f in cls.__dict__["__record_fields__"]
        }  # fmt: skip
        made = attrs.fields(attrs.make_class(cls.__name__, spec, slots=True))
        type.__setattr__(cls, "__attrs_attrs__", made)
        return made


def _build(cls: type, *, frozen: bool, eq: bool | None, repr: bool | None, order: bool) -> type:
    if order:
        raise TypeError("skatecalc._record does not make ordered classes")
    own = _own_fields(cls)
    all_fields = (*_base_fields(cls, own), *own)
    if not frozen and any(f.validator or f.converter for f in all_fields):
        # attrs would run them on every assignment too (on_setattr): not made here
        raise TypeError(f"{cls.__qualname__}: a mutable record class takes no validator")
    seen_default = False
    for f in all_fields:
        if not f.init or f.kw_only:
            continue
        if f.default is NOTHING and f.factory is None and seen_default:
            raise ValueError(
                "No mandatory attributes allowed after an attribute with a default value or"
                f" factory.  Attribute in question: {f.name!r}"
            )
        seen_default = f.default is not NOTHING or f.factory is not None
    names = [f.name for f in all_fields]
    init = not _has_own(cls, "__init__")
    repr_ = (repr is None and not _has_own(cls, "__repr__")) or repr is True
    eq_ = (eq is None and not _has_own(cls, "__eq__", "__ne__")) or eq is True
    hash_ = eq_ and frozen and not _has_own(cls, "__hash__")
    inherited: dict[str, Any] = {}
    weakref = False
    for base in cls.__mro__[1:-1]:
        weakref = weakref or "__weakref__" in base.__dict__
        for slot in base.__dict__.get("__slots__", ()):
            inherited.setdefault(slot, base.__dict__.get(slot))
    base_names = {f.name for f in all_fields} - {f.name for f in own}
    slots = [n for n in names if n not in base_names and n not in inherited]
    body = {k: v for k, v in cls.__dict__.items() if k not in (*names, "__dict__", "__weakref__")}
    body.update({n: inherited[n] for n in names if n in inherited and n not in base_names})
    if not weakref and "__weakref__" not in inherited:
        slots.append("__weakref__")
    body["__slots__"] = tuple(slots)
    body["__qualname__"] = cls.__qualname__
    body["__record_fields__"] = all_fields
    if "__match_args__" not in body:
        body["__match_args__"] = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    if frozen:
        body["__setattr__"] = _frozen_setattr
        body["__delattr__"] = _frozen_delattr
    elif eq_ and not _has_own(cls, "__hash__"):
        body["__hash__"] = None
    state = tuple(names)

    def __getstate__(self: Any) -> dict[str, Any]:
        return {name: getattr(self, name) for name in state}

    def __setstate__(self: Any, values: dict[str, Any]) -> None:
        for name in state:
            if name in values:
                object.__setattr__(self, name, values[name])

    body.setdefault("__getstate__", __getstate__)
    body.setdefault("__setstate__", __setstate__)
    made = {"__init__": init, "__repr__": repr_, "__eq__": eq_, "__hash__": hash_}
    body.update({name: _Lazy(name, all_fields, frozen) for name, make in made.items() if make})
    new = type(cls)(cls.__name__, cls.__bases__, body)
    type.__setattr__(new, "__attrs_attrs__", _AttrsAttributes(new))
    _fix_class_cells(new, cls)
    return new


def _fix_class_cells(new: type, old: type) -> None:
    """Point ``super()``'s ``__class__`` cells at the new class (as attrs does)."""
    for item in new.__dict__.values():
        if isinstance(item, classmethod | staticmethod):
            cells = getattr(item.__func__, "__closure__", None)
        elif isinstance(item, property):
            cells = getattr(item.fget, "__closure__", None)
        else:
            cells = getattr(item, "__closure__", None)
        for cell in cells or ():
            try:
                match = cell.cell_contents is old
            except ValueError:  # an empty cell
                continue
            if match:
                cell.cell_contents = new


def _decorator(frozen: bool) -> Callable[..., Any]:
    def decorate(
        maybe_cls: type | None = None,
        *,
        eq: bool | None = None,
        order: bool = False,
        repr: bool | None = None,
    ) -> Any:
        def wrap(cls: type) -> type:
            return _build(cls, frozen=frozen, eq=eq, repr=repr, order=order)

        return wrap if maybe_cls is None else wrap(maybe_cls)

    return decorate


def _record_fields(cls: type) -> tuple[Field, ...]:
    """The record fields of ``cls``, base classes' first (``attrs.fields`` without attrs)."""
    found: tuple[Field, ...] | None = getattr(cls, "__record_fields__", None)
    if found is None:
        raise TypeError(f"{cls!r} is not a record class")
    return found


def _evolve(instance: Any, /, **changes: Any) -> Any:
    """A copy of ``instance`` with ``changes`` (``attrs.evolve`` without attrs)."""
    cls = instance.__class__
    for f in _record_fields(cls):
        if f.init and f.alias not in changes:
            changes[f.alias] = getattr(instance, f.name)
    return cls(**changes)


TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from attrs import Factory, define, evolve, field, fields, frozen
else:
    frozen = _decorator(True)
    define = _decorator(False)
    field = _field
    Factory = _Factory
    fields = _record_fields
    evolve = _evolve
