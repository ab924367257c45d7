"""Write ``skatecalc/_ahead/``: the methods ``skatecalc._record`` generates for the package's
record classes, compiled with the package instead of at run time; one module per method
(``init.py``, ``repr.py``, ``eq.py``, ``hash.py``), so that a command loads the ones it
calls (``__init__``, seldom the others).

``_record`` makes a class's ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__`` from
source text the first time each is used. Compiling that text cost a command about 0.2 ms
a method (20-odd methods in ``skatecalc worldcup standings``), and the first compilation in
a process about ten times that. The modules written here hold the same source texts as
functions, so Python compiles them once, into the package's bytecode; ``_record`` takes a
method from there when its source is there, character for character, and compiles it
otherwise (a class outside the package, or these modules out of date: slower, never
different). ``tests/test_record.py`` fails while they are out of date and names this
script. Run it from the repository root after
changing a record class or ``_record``::

    python scripts/compile_records.py          # writes the modules
    python scripts/compile_records.py --check  # exit status 1 when one is out of date
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _generated import sync  # noqa: E402

import skatecalc  # noqa: E402
from skatecalc import _record  # noqa: E402

NAMES = ("__init__", "__repr__", "__eq__", "__hash__")
TARGETS = {name: ROOT / "skatecalc" / "_ahead" / f"{name.strip('_')}.py" for name in NAMES}

HEAD = '''"""The ``{what}`` methods ``skatecalc._record`` generates for the package's record
classes, compiled with the package (start-up time). Written by
``scripts/compile_records.py``: do not edit.

Each function, called with a method's names as its globals, defines that method and
returns it; ``METHODS`` finds it by the method's source text.
"""

# Generated code: its sources are ``_record``'s, character for character.
# fmt: off
# ruff: noqa
# mypy: ignore-errors

from __future__ import annotations
'''


def _generated(cls: type, name: str) -> bool:
    """Whether ``cls``'s own ``name`` is a method ``_record`` makes (still to be made, or
    made already)."""
    value = cls.__dict__.get(name)
    if isinstance(value, _record._Lazy):
        return True
    code = getattr(value, "__code__", None)
    return code is not None and (
        code.co_filename.startswith("<record ")
        or code.co_filename in {str(t) for t in TARGETS.values()}
    )


def sources() -> list[tuple[str, str]]:
    """(``module.qualname.method``, source) of every method ``_record`` makes for the
    package's classes, sorted."""
    for info in pkgutil.walk_packages(skatecalc.__path__, "skatecalc."):
        if not info.name.startswith("skatecalc._ahead"):
            importlib.import_module(info.name)  # a module that cannot be imported stops this
    found: dict[str, str] = {}
    for name, module in sorted(sys.modules.items()):
        if not (name == "skatecalc" or name.startswith("skatecalc.")) or module is None:
            continue
        for value in vars(module).values():
            if not isinstance(value, type) or "__record_fields__" not in value.__dict__:
                continue
            if value.__module__ != name:
                continue  # imported from elsewhere: listed with its own module
            frozen = value.__dict__.get("__setattr__") is _record._frozen_setattr
            for method in NAMES:
                if _generated(value, method):
                    fields = value.__dict__["__record_fields__"]
                    source, _ = _record._method_source(method, value, fields, frozen)
                    found[f"{name}.{value.__qualname__}.{method}"] = source
    return sorted(found.items())


def text(part: str) -> str:
    """The text of the module of the methods ``part`` (``__init__``, ...)."""
    parts = [HEAD.format(what=part)]
    table = []
    seen: dict[str, str] = {}
    for where, source in sources():
        if source in seen or not where.endswith(f".{part}"):
            continue
        number = f"_m{len(seen)}"
        seen[source] = number
        body = "\n".join("    " + line for line in source.splitlines())
        method = source.split("(")[0].removeprefix("def ")
        parts.append(f"\ndef {number}():  # {where}\n{body}\n    return {method}\n")
        table.append(f"    {source!r}: {number},")
    parts.append("\nMETHODS = {\n" + "\n".join(table) + "\n}\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    return sync({path: text(part) for part, path in TARGETS.items()}, argv, "compile_records.py")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
