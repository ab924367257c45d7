"""Lean imports (issue 10, part 4): ``import skatecalc`` loads the core only, and every table
still prints in a fresh interpreter that imported nothing but its domain module.

The renderers of the World Cup, Olympic and championship tables live in
:mod:`skatecalc.text` and are loaded on first use through
:data:`skatecalc.tabular.RENDERER_MODULES`. Each check runs in a fresh interpreter (a
subprocess): in this process the modules are long imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import skatecalc as sc
from skatecalc import olympic, worldcup
from skatecalc.errors import TableError
from skatecalc.tabular import RENDERER_MODULES, Tabular, render_html, render_text

#: Loaded only when asked for: the World Cup, the Olympic qualification, file formats, the
#: command line and the presentation layer.
_LAZY = (
    "skatecalc.worldcup",
    "skatecalc.olympic",
    "skatecalc.io",
    "skatecalc.cli",
    "skatecalc.text",
)


def _fresh(code: str) -> str:
    """Run ``code`` in a fresh interpreter and return its standard output."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_skatecalc_loads_no_world_cup_olympic_io_cli_or_text_module() -> None:
    out = _fresh(
        """
        import json, sys
        import skatecalc
        print(json.dumps(sorted(m for m in sys.modules if m.startswith(("skatecalc", "pypdf")))))
        """
    )
    loaded = json.loads(out)  # pypdf (the result-PDF reader's) is not among them
    # the public names load on first use (PEP 562): importing the package loads no domain code
    assert set(loaded) == {"skatecalc", "skatecalc._version"}


def test_the_first_use_of_a_public_name_loads_the_core_only() -> None:
    out = _fresh(
        """
        import json, sys
        import skatecalc as sc
        assert str(sc.points("1:42.68", 1500)) == "34.226"
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("skatecalc"))))
        """
    )
    loaded = json.loads(out)
    assert {"skatecalc.time", "skatecalc.samalog"} <= set(loaded)
    assert not [m for m in loaded if m.startswith(_LAZY)]


@pytest.mark.parametrize(
    "argv",
    [
        ["standings", "--example", "wsc2024-women"],
        ["need", "--example", "wsc2024-women", "Femke Kok", "--beat", "Miho Takagi"],
        ["worldcup", "standings", "wc2025-26-1-salt-lake-city", "wc2025-26-2-calgary"],
    ],
    ids=["standings", "need", "worldcup-standings"],
)
def test_commands_import_no_attrs_tomllib_or_json(argv: list[str]) -> None:
    """Start-up (issue 20): the domain classes are built by ``skatecalc._record`` (attrs
    alone costs about one interpreter start), rule data and the catalogues are read from
    their Python twins (no ``tomllib``, no ``json``)."""
    out = _fresh(
        f"""
        import contextlib, io, sys
        from skatecalc.cli import main
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main({argv!r}) == 0
        heavy = ("attr", "attrs", "tomllib", "inspect", "json")
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in heavy)
        print(repr(loaded))
        """
    )
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    "argv",
    [
        ["standings", "--example", "wsc2024-women"],
        ["board", "--example", "wsc2024-women"],
        ["worldcup", "standings", "wc2025-26-1-salt-lake-city", "wc2025-26-2-calgary"],
    ],
    ids=["standings", "board", "worldcup-standings"],
)
def test_commands_compile_no_source_text(argv: list[str]) -> None:
    """Start-up (issue 20): a command calls ``compile()`` on no text of its own. The first
    call in a process costs about 10 million instructions (Python builds the ``ast``
    classes) and each further one about a million: the record classes' methods are
    compiled ahead (``skatecalc._ahead``), and no ``typing.NamedTuple`` is built in
    a module with postponed annotations (typing compiles every field's annotation)."""
    out = _fresh(
        f"""
        import builtins, contextlib, io, json
        calls = []
        compile_ = builtins.compile

        def counted(source, filename, *args, **kwargs):
            if not str(filename).endswith(".py"):  # a module's source: not cached here
                calls.append(str(filename))
            return compile_(source, filename, *args, **kwargs)

        builtins.compile = counted
        from skatecalc.cli import main
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main({argv!r}) == 0
        print(json.dumps(calls))
        """
    )
    assert json.loads(out) == []


def test_worldcup_standings_imports_no_typing() -> None:
    """Start-up (issue 20): ``typing`` is a tenth of ``worldcup standings``' own start-up
    (the package names its types for type checkers only; a table's render hooks dispatch
    without ``functools.singledispatch``, whose ``register`` imports typing). Nor does it
    load ``csv`` (a listing is no CSV) or the records' compiled ``__eq__`` methods (two
    divisions of a race are told apart by their names)."""
    out = _fresh(
        """
        import contextlib, io, sys
        from skatecalc.cli import main
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main(["worldcup", "standings", "wc2025-26-1-salt-lake-city",
                         "wc2025-26-2-calgary"]) == 0
        unwanted = ("typing", "weakref", "csv", "skatecalc._ahead.eq")
        print(repr(sorted(m for m in sys.modules if m.startswith(unwanted))))
        """
    )
    assert out.strip() == "[]"


def test_the_command_entry_point_collects_young_objects_less_often(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``skatecalc`` and ``python -m skatecalc`` run `cli.run`: the collector's first
    threshold raised to 50,000 for the process, the others kept, and what the process
    holds frozen when the command is done (however it ends), so that the collections at
    exit do not walk it; `cli.main` alone leaves the collector as it is."""
    import gc

    from skatecalc import cli

    was = gc.get_threshold()
    set_to: list[tuple[int, ...]] = []
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "set_threshold", lambda *t: set_to.append(t))
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(sys, "argv", ["skatecalc", "--version"])
    with pytest.raises(SystemExit) as done:
        cli.run()
    assert done.value.code == 0
    assert set_to == [(cli.YOUNG_COLLECTION_THRESHOLD, *was[1:])]
    assert frozen == [True]
    assert cli.YOUNG_COLLECTION_THRESHOLD == 50_000
    monkeypatch.setattr(sys, "argv", ["skatecalc", "standings", "--example", "wsc2024-women"])
    assert cli.run() == 0
    assert frozen == [True, True]
    set_to.clear()
    frozen.clear()
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert set_to == [] and frozen == []


def test_importing_every_submodule_keeps_the_public_functions() -> None:
    """No public name is also a module of the package (the samalog module is not called
    ``points``), so importing a submodule never hides a public function."""
    out = _fresh(
        """
        import importlib, pkgutil
        import skatecalc as sc
        for m in pkgutil.walk_packages(sc.__path__, "skatecalc."):
            if ".cli" not in m.name:
                importlib.import_module(m.name)
        print(callable(sc.points), callable(sc.combinations), sc.points("34.83", 500))
        print(sorted(n for n in sc.__all__ if type(getattr(sc, n)).__name__ == "module"))
        """
    )
    assert out.split() == ["True", "True", "34.830", "[]"]


def test_the_public_names_are_listed_once_and_mirrored_for_type_checkers() -> None:
    """``skatecalc._PUBLIC`` is the list; the ``TYPE_CHECKING`` imports name the same
    names from the same modules, and nothing else (no class swap, no second list)."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(sc.__file__).read_text(encoding="utf-8"))
    mirrored: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom) and imp.level == 1
                for alias in imp.names:
                    assert alias.asname == alias.name  # an explicit re-export
                    mirrored.setdefault(imp.module or "", set()).add(alias.name)
    submodules = mirrored.pop("", set())
    assert submodules == set(sc._SUBMODULES)
    assert mirrored == {m: set(names) for m, names in sc._PUBLIC.items()}
    assert sc.__all__ == sorted([*sc._WHERE, "__version__"])
    assert type(sys.modules["skatecalc"]) is type(sys)  # a plain module


def test_submodules_are_reached_as_attributes_in_a_fresh_interpreter() -> None:
    """``import skatecalc as sc; sc.worldcup.rules(...)`` works without ``from skatecalc
    import worldcup`` (it raised AttributeError once the package imported lazily)."""
    out = _fresh(
        """
        import sys
        import skatecalc as sc
        before = "skatecalc.worldcup" in sys.modules
        print(before, sc.worldcup.rules("2017/18").points(1),
              sc.olympic.selection_order("NED", 2022, "men").row(500, 1),
              sc.io.__name__, sc.text.__name__, sc.championship.__name__,
              callable(sc.points), callable(sc.combinations))
        """
    )
    assert out.split() == [
        "False",
        "100",
        "8",
        "skatecalc.io",
        "skatecalc.text",
        "skatecalc.championship",
        "True",
        "True",
    ]


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'wordlcup'"):
        sc.wordlcup  # noqa: B018


def test_import_skatecalc_keeps_its_public_api() -> None:
    out = _fresh(
        """
        import skatecalc as sc
        missing = [name for name in sc.__all__ if not hasattr(sc, name)]
        print(missing)
        """
    )
    assert out.strip() == "[]"


# --- str(table) in a fresh interpreter, for every kind of table ------------------------------

WORLD_CUP = """
    from skatecalc import worldcup
    cup = worldcup.Cup(worldcup.rules("2017/18"), name="500 m men")
    cup.add_race("HVN1", ["Havard Lorentzen", "Nico Ihle", "Kai Verbij"])
    cup.add_race("HVN2", {"Kai Verbij": 1, "Havard Lorentzen": "DNS", "Nico Ihle": 2})
    table = cup.standings()
"""

WORLD_CUP_OUTLOOK = (
    WORLD_CUP + "    table = cup.outlook([worldcup.Race(), worldcup.Race(final=True)])\n"
)

OLYMPIC = """
    from skatecalc import olympic
    order = olympic.selection_order("NED", 2022, "men")
    okt = {
        500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij", "Thomas Krol"],
        1000: ["Thomas Krol", "Kai Verbij", "Hein Otterspeer", "Kjeld Nuis"],
        1500: ["Kjeld Nuis", "Thomas Krol", "Tijmen Snel", "Patrick Roest"],
        5000: ["Patrick Roest", "Jorrit Bergsma", "Sven Kramer", "Marcel Bosker"],
        10000: ["Jorrit Bergsma", "Patrick Roest", "Beau Snellink"],
    }
    table = olympic.select(order, okt, mass_start="Jorrit Bergsma")
"""

OLYMPIC_OUTLOOK = """
    from skatecalc import olympic
    order = olympic.selection_order("NED", 2022, "men")
    table = olympic.outlook(order, {500: ["A", "B", "C"]})
"""

CHAMPIONSHIP = """
    from skatecalc.championship.classification import classify
    from skatecalc.championship.combinations import SPRINT
    table = classify(SPRINT, {
        "Miho Takagi": ["37.13", "1:13.32", "37.19"],
        "Femke Kok": ["37.07", "1:14.35", "37.07"],
        "Ireen Wüst": ["38.02", "1:14.90", "DQ"],
    })
"""

BOARD = """
    from skatecalc.championship.targets import board
    from skatecalc.championship.classification import classify
    from skatecalc.championship.combinations import SPRINT
    standings = classify(SPRINT, {
        "Miho Takagi": ["37.13", "1:13.32", "37.19"],
        "Femke Kok": ["37.07", "1:14.35", "37.07", "1:14.00"],
    }, after=3)
    table = board(standings)
"""

CASES = {
    "worldcup-standings": WORLD_CUP,
    "worldcup-outlook": WORLD_CUP_OUTLOOK,
    "olympic-selection": OLYMPIC,
    "olympic-outlook": OLYMPIC_OUTLOOK,
    "championship-standings": CHAMPIONSHIP,
    "board": BOARD,
}

_SHOW = """
    import json, sys
    from skatecalc.tabular import render_text
    before = sorted(m for m in sys.modules if m.startswith("skatecalc.text"))
    text = str(table)
    html = table._repr_html_() if hasattr(table, "_repr_html_") else None
    nl = render_text(table, "nl") if before == [] and hasattr(table, "_repr_html_") else None
    print(json.dumps({"before": before, "text": text, "html": html, "nl": nl}))
"""


def _in_this_process(code: str) -> object:
    scope: dict[str, object] = {}
    exec(textwrap.dedent(code), scope)
    return scope["table"]


@pytest.mark.parametrize("code", CASES.values(), ids=CASES.keys())
def test_str_of_a_table_works_in_a_fresh_interpreter_that_imported_only_its_domain(
    code: str,
) -> None:
    data = json.loads(_fresh(textwrap.dedent(code) + textwrap.dedent(_SHOW)))
    table = _in_this_process(code)
    assert data["before"] == []  # nothing of the presentation layer before the first str()
    assert data["text"] == str(table)
    if isinstance(table, Tabular):
        assert data["html"] == table._repr_html_()
        assert data["nl"] == render_text(table, "nl")


def test_html_first_loads_the_renderers_too() -> None:
    out = _fresh(
        textwrap.dedent(OLYMPIC)
        + textwrap.dedent(
            """
            import sys
            assert "skatecalc.text.olympic" not in sys.modules
            print(table._repr_html_().splitlines()[0])
            print("skatecalc.text.olympic" in sys.modules)
            """
        )
    )
    assert out.splitlines() == ["<table>", "True"]


# --- the mapping ------------------------------------------------------------------------------


def _tabular_types() -> list[type]:
    """Every table type the library defines (in the domain packages imported above)."""
    seen: list[type] = []
    todo: list[type] = [Tabular]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                todo.append(sub)
    # attrs replaces a slotted class by a new one; the original lingers among the
    # subclasses until collected: keep the classes their modules define
    return [
        cls
        for cls in seen
        if cls.__module__.startswith("skatecalc.")
        and getattr(sys.modules[cls.__module__], cls.__qualname__, None) is cls
    ]


def test_every_table_type_of_the_library_has_a_renderer_module_and_renderers() -> None:
    # import every domain module with a table, so that their classes exist here
    import skatecalc.championship.targets.goals
    import skatecalc.olympic.quota
    import skatecalc.worldcup.outlook  # noqa: F401

    types = _tabular_types()
    assert {t.__name__ for t in types} >= {
        "Board",
        "Standings",
        "Outlook",
        "Selection",
        "OutlookTable",
        "Allocation",
    }
    text_default = render_text.dispatch(object)
    html_default = render_html.dispatch(object)
    for cls in types:
        package = ".".join(cls.__module__.split(".")[:2])
        assert package in RENDERER_MODULES, cls
        __import__(RENDERER_MODULES[package])
        assert render_text.dispatch(cls) is not text_default, cls
        assert render_html.dispatch(cls) is not html_default, cls


def test_the_mapping_names_modules_only_and_core_never_imports_the_text_package() -> None:
    assert all(isinstance(v, str) for v in RENDERER_MODULES.values())
    out = _fresh(
        """
        import sys
        import skatecalc.tabular
        print(sorted(m for m in sys.modules if m.startswith("skatecalc.text")))
        """
    )
    assert out.strip() == "[]"


def test_a_table_without_a_renderer_in_a_mapped_package_raises_every_time() -> None:
    """A new table type in a domain package whose renderer module registers nothing for it
    raises TableError (once the module is loaded, no second import and no loop)."""
    out = _fresh(
        """
        import attrs
        from skatecalc.errors import TableError
        from skatecalc.tabular import Tabular

        @attrs.frozen
        class Row:
            name: str

        @attrs.frozen(repr=False)
        class NewTable(Tabular[Row]):
            rows: tuple[Row, ...]
            def _table_rows(self):
                return self.rows

        NewTable.__module__ = "skatecalc.worldcup.newtable"
        table = NewTable((Row("A"),))
        for attempt in range(2):
            for show in (str, lambda t: t._repr_html_()):
                try:
                    show(table)
                except TableError as error:
                    print(type(error).__name__, "NewTable" in str(error))
        """
    )
    assert out.splitlines() == ["TableError True"] * 4


def test_a_subclass_of_a_domain_table_defined_elsewhere_finds_its_base_renderer() -> None:
    out = _fresh(
        textwrap.dedent(WORLD_CUP)
        + textwrap.dedent(
            """
            from skatecalc.worldcup import Standings
            class MyStandings(Standings):
                pass
            mine = MyStandings.__new__(MyStandings)
            for field in Standings.__attrs_attrs__:
                object.__setattr__(mine, field.name, getattr(table, field.name))
            print(str(mine) == str(table))
            """
        )
    )
    assert out.strip() == "True"


def test_an_unrelated_type_still_raises_table_error() -> None:
    with pytest.raises(TableError, match="no text renderer is registered for int"):
        render_text(42)
    with pytest.raises(TableError, match="no HTML renderer is registered for float"):
        render_html(4.2)


def test_tables_print_the_same_here() -> None:
    """In this process (renderers long loaded) the tables print as the command line does."""
    cup = worldcup.Cup(worldcup.rules("2017/18"))
    cup.add_race("HVN1", ["Lorentzen", "Mulder"])
    assert str(cup.standings()).splitlines()[1].split()[:2] == ["rank", "name"]
    order = olympic.selection_order("NED", 2022, "men")
    assert str(olympic.outlook(order, {500: ["A", "B", "C"]})).splitlines()[1].startswith("A ")
    table = sc.classify(sc.SPRINT, {"A": ["37.13"], "B": ["37.07"]})
    assert str(table).splitlines()[0].startswith("Sprint")


@pytest.mark.parametrize(
    "module",
    [
        "skatecalc.classification",
        "skatecalc.combinations",
        "skatecalc.targets",
        "skatecalc._deprecated",
        "skatecalc.olympic.errors",
        "skatecalc.points",
        "skatecalc.cli.examples",
        "skatecalc.text.lang",
    ],
)
def test_removed_module_paths_are_gone(module: str) -> None:
    """Looked up in the package's own folders (an editable install of another checkout on
    ``sys.meta_path`` could still find its copy)."""
    import importlib
    import importlib.machinery

    parent, _, leaf = module.rpartition(".")
    where = importlib.import_module(parent).__path__
    assert importlib.machinery.PathFinder.find_spec(leaf, where) is None


def test_importing_the_board_and_provisional_modules_keeps_the_functions() -> None:
    """``skatecalc.championship.targets`` loads its modules on first use; importing the
    submodule ``board`` or ``provisional`` still leaves the package's ``board`` and
    ``provisional`` the functions (as when the package imported every submodule)."""
    out = _fresh(
        """
        import skatecalc.championship.targets.goals
        import skatecalc.championship.targets.live
        import skatecalc as sc
        from skatecalc.championship import targets
        print(callable(targets.board), callable(targets.provisional), sc.board is targets.board)
        print(type(targets.in_progress).__name__, set(targets.__all__) <= set(dir(targets)))
        """
    )
    assert out.split() == ["True", "True", "True", "function", "True"]


def test_a_public_function_stays_a_function_once_every_module_is_imported() -> None:
    """Importing a submodule binds it on its package: a submodule named like one of the
    package's public functions (``olympic.outlook``, ``worldcup.rules``) must not replace the
    function, whichever is imported first, and no module class swap keeps it (a package
    whose function shares a submodule's name imports that submodule itself)."""
    script = """
import importlib, pkgutil, types
import skatecalc
packages = [skatecalc] + [importlib.import_module(i.name)
            for i in pkgutil.walk_packages(skatecalc.__path__, "skatecalc.") if i.ispkg]
public = {p.__name__: [n for n in getattr(p, "__all__", ()) if n != "__version__"]
          for p in packages}
for info in pkgutil.walk_packages(skatecalc.__path__, "skatecalc."):
    importlib.import_module(info.name)
for p in packages:
    assert type(p) is types.ModuleType, p.__name__
    for name in public[p.__name__]:
        value = getattr(p, name)
        assert not isinstance(value, types.ModuleType), f"{p.__name__}.{name} is a module"
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
