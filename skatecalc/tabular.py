"""One vocabulary for every table-like result: the `Tabular` base and its render hooks.

A championship ``Standings``, a time-to-beat ``Board``, the World Cup standings and outlook,
an Olympic ``Selection``, an outlook table and a quota allocation are all tables: rows in
order, each row with a ``.name``. Deriving from [`Tabular`][skatecalc.tabular.Tabular] gives
each of them the same face::

    >>> import attrs
    >>> @attrs.frozen
    ... class Row:
    ...     name: str
    ...     rank: int
    >>> @attrs.frozen(repr=False)
    ... class Podium(Tabular[Row]):
    ...     rows: tuple[Row, ...]
    ...     _COLUMNS = (Column("name", str, "the skater", get=lambda row: row.name),
    ...                 Column("rank", int, "the place", get=lambda row: row.rank))
    ...     def _table_rows(self) -> tuple[Row, ...]:
    ...         return self.rows
    >>> podium = Podium((Row("Miho Takagi", 1), Row("Femke Kok", 2), Row("Jutta Leerdam", 3)))
    >>> len(podium), podium[0].name, podium[-1].rank, [r.rank for r in podium[1:]]
    (3, 'Miho Takagi', 3, [2, 3])
    >>> podium["Femke Kok"].rank, "Femke Kok" in podium, podium.get("Ireen Wüst") is None
    (2, True, True)
    >>> podium.names, podium.position("Jutta Leerdam")
    (('Miho Takagi', 'Femke Kok', 'Jutta Leerdam'), 2)
    >>> podium
    <Podium: 3 rows, first Miho Takagi>
    >>> podium.to_rows()[1], podium.to_json(indent=None)[:40]
    ({'name': 'Femke Kok', 'rank': 2}, '[{"name": "Miho Takagi", "rank": 1}, {"n')
    >>> podium["Femke Kook"]
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownNameError: unknown skater 'Femke Kook'; closest known: 'Femke Kok'

What a table must do to adopt it
--------------------------------

* derive from ``Tabular[RowType]`` (the row type has a ``name: str``) and implement
  ``_table_rows()``, returning the rows as a **tuple** (the same tuple object each time, as
  a frozen attrs field is: the name index is built once, on the first lookup by name, and
  reused while that tuple is the table's rows);
* with attrs, write ``@attrs.frozen(repr=False)`` (attrs would otherwise replace the short
  ``repr``); slotted and frozen classes work: the mixin brings its own slot for the index;
* register a text and an HTML renderer for the type (see below), in
  [`skatecalc.text`][skatecalc.text] — never in the domain package, which does no formatting
  — and make sure the domain package is in
  [`RENDERER_MODULES`][skatecalc.tabular.RENDERER_MODULES], naming that module (a new domain
  package needs a new entry; ``tests/test_imports.py`` checks every table type of the
  library);
* optionally set ``_lead_label = "leader"`` (the word before the first row's name in the
  ``repr``; ``"first"`` by default) or override ``_repr_summary()``, and ``_row_word()``
  (``"skater"``: the word in the unknown-name message, e.g. ``"team"`` or ``"NOC"``).

Lookup by name is exact and O(1) (one dictionary, built once); a name that is the same
under the identity rule of `skatecalc.notation` (another Unicode normal form, ``"Wu\\u0308st"``
for ``"Wüst"``, a non-breaking or doubled space) is found too. If two rows carry the
same name, the first is the one found by name (tables that key by name keep names unique).

Columns declared once, and the ``to_rows()`` contract
----------------------------------------------------

Every table declares its columns once (``_COLUMNS``, or ``_columns()`` when they depend on
the data, such as one per distance or race): a
[`Column`][skatecalc.columns.Column] per key with its name, the types of its values and its
meaning (``table.columns``). With a getter on every column, ``to_rows()`` is made from the
declaration; a table whose values need the whole table (a gap to the leader) implements
``to_rows()`` itself, and ``table.check()`` holds it to the declaration. ``to_json()`` (the
JSON the command line prints), ``to_csv()``, ``to_frame()`` (pandas) and the command line's
output all come from ``to_rows()`` (see [`skatecalc.columns`][skatecalc.columns]). The
rows, ``list[dict[str, RowValue]]``:

* one dict per row, in table order, every dict with the declared keys in declared order
  (so that ``pandas.DataFrame(table.to_rows())`` gives one column per key);
* keys are stable English identifiers (``"rank"``, ``"name"``, ``"nation"``, ``"points"``,
  ``"500 (1)"``...), independent of any output language;
* values are TYPED, never display text: ``int`` for ranks, places and counts, ``Decimal``
  for points and seconds (exact, e.g. ``Decimal('110.980')``), ``RaceTime`` for times,
  ``str`` for names, nations and status codes (``"DQ"``), ``bool`` for yes/no, and ``None``
  where there is no value (an unranked skater's rank, a distance not skated). Never a float;
* per-distance values (time, points, rank on the distance) are columns of their own.

[`check_rows`][skatecalc.tabular.check_rows] checks a list of rows against this contract
(use it in tests); ``table.check()`` checks the declared columns too.

Render hooks
------------

``str(table)`` is [`render_text`][skatecalc.tabular.render_text] ``(table, "en")`` and
``table._repr_html_()`` is [`render_html`][skatecalc.tabular.render_html] ``(table)``. Both
choose a function by the table's type (``skatecalc._dispatch.ByType``: ``register``,
``dispatch``, as ``functools.singledispatch``); the renderers of the concrete types live in
[`skatecalc.text`][skatecalc.text] and are loaded **on first use**, so that ``import
skatecalc`` imports neither the presentation layer nor the World Cup and Olympic packages.
When no renderer is registered for a table's type, the hooks look the package of its class
(or of a base class) up in [`RENDERER_MODULES`][skatecalc.tabular.RENDERER_MODULES], import
the renderer module named there (by name: this core module never imports
[`skatecalc.text`][skatecalc.text]), and dispatch again. A type that still has no renderer
raises [`TableError`][skatecalc.errors.TableError]::

    >>> str(podium)
    Traceback (most recent call last):
    ...
    skatecalc.errors.TableError: no text renderer is registered for Podium: ...

A table type of another package gets its renderers loaded the same way once its package is
in the mapping (``RENDERER_MODULES["mypackage"] = "mypackage.text"``), or registers them
itself with [`skatecalc.text.register`][skatecalc.text.register] (the one way every table
type of skatecalc gets its renderers).
"""

from __future__ import annotations

import abc
import importlib
import operator
import sys
from collections.abc import Iterator, Sequence

from ._dispatch import ByType
from .columns import Column, RowValue, check_columns, check_rows, csv_text, frame, rows_json
from .errors import PositionError, TableError, UnknownNameError
from .limits import shown
from .notation import NameIndex, printable
from .time import Lang

__all__ = [
    "RENDERER_MODULES",
    "Column",
    "Named",
    "RowValue",
    "Tabular",
    "check_rows",
    "render_html",
    "render_text",
]


TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, ClassVar, Generic, Protocol, TypeVar, overload

    class Named(Protocol):
        """A row of a table: anything with a ``name``."""

        @property
        def name(self) -> str: ...

    R = TypeVar("R", bound=Named, covariant=True)
    D = TypeVar("D")
else:  # what run time uses of typing here, without importing it (start-up time)

    class Generic:
        """``typing.Generic`` as run time uses it: ``Tabular[Standing]`` is ``Tabular``."""

        __slots__ = ()

        def __class_getitem__(cls, item: object) -> type:
            return cls

    class Named:
        """A row of a table: anything with a ``name`` (a protocol for type checkers)."""

    R = None  # Generic[R]: the stand-in's subscription ignores it


class Tabular(Generic[R], metaclass=abc.ABCMeta):
    """Base of every table-like result: a sequence of rows that is also looked up by name.

    Subclasses implement `_table_rows`; see the module documentation.

    At run time a table is a `collections.abc.Sequence` (registered), with ``index``,
    ``count`` and ``reversed``. For type checkers it is deliberately not a nominal
    ``Sequence[R]`` (it is structurally a ``Collection[R]`` and ``Reversible[R]``): mypy
    ``--strict`` refuses ``"Femke Kok" in table`` for a nominal container of rows, and the
    name test is the point of a table. Pass ``table[:]`` (a tuple) where a
    ``Sequence[R]`` is required.
    """

    __slots__ = ("_tabular_index",)

    _lead_label: ClassVar[str] = "first"
    """The word before the first row's name in the ``repr``."""

    @abc.abstractmethod
    def _table_rows(self) -> tuple[R, ...]:
        """The rows, in order, as a tuple (the same object while the table is unchanged)."""

    def _row_word(self) -> str:
        """What a row is, for the unknown-name message (``"skater"``)."""
        return "skater"

    def _row_count(self) -> int:
        """The number of rows (a table that makes its rows when read overrides this)."""
        return len(self._table_rows())

    def _row_at(self, position: int) -> R:
        """The row at a valid ``position`` (a table that makes its rows when read
        overrides this, `_row_count`, ``__iter__``, ``__reversed__`` and `_index`)."""
        return self._table_rows()[position]

    # --- the name index ------------------------------------------------------------------

    def _rows_checked(self) -> tuple[R, ...]:
        rows = self._table_rows()
        if type(rows) is not tuple:
            raise TableError(
                f"{type(self).__name__}._table_rows() must return a tuple,"
                f" not {type(rows).__name__}"
            )
        return rows

    def _index(self) -> NameIndex:
        rows = self._rows_checked()
        index: NameIndex | None = getattr(self, "_tabular_index", None)
        if index is None or index.rows is not rows:
            index = NameIndex(rows)
            object.__setattr__(self, "_tabular_index", index)  # frozen classes too
        return index

    # --- sequence ------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._row_count()

    def __iter__(self) -> Iterator[R]:
        return iter(self._table_rows())

    def __reversed__(self) -> Iterator[R]:
        return reversed(self._table_rows())

    def index(self, row: object, start: int = 0, stop: int = sys.maxsize) -> int:
        """The first position of a row equal to ``row`` (as ``tuple.index``; use
        [`position`][skatecalc.tabular.Tabular.position] for a name)."""
        return self._table_rows().index(row, start, stop)

    def count(self, row: object) -> int:
        """How many rows equal ``row`` (as ``tuple.count``)."""
        return self._table_rows().count(row)

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: int) -> R: ...
        @overload
        def __getitem__(self, key: str) -> R: ...
        @overload
        def __getitem__(self, key: slice) -> tuple[R, ...]: ...

    def __getitem__(self, key: int | str | slice) -> R | tuple[R, ...]:
        """A row by position (``table[0]``, ``table[-1]``), rows by slice, or a row by name.

        A position beyond the table or a key that is neither a whole number nor a name
        raises [`PositionError`][skatecalc.errors.PositionError] (an ``IndexError``); an unknown
        name raises [`UnknownNameError`][skatecalc.errors.UnknownNameError] (a ``KeyError``).
        """
        if isinstance(key, str):
            return self._lookup(key)
        count = self._row_count()
        if isinstance(key, slice):
            return tuple(map(self._row_at, range(*key.indices(count))))
        if isinstance(key, bool):
            raise PositionError(f"{key!r} is not a position: use a whole number or a name")
        try:
            position = operator.index(key)
        except TypeError:
            raise PositionError(
                f"{shown(key)} is neither a position (a whole number) nor a name"
            ) from None
        if not -count <= position < count:
            raise PositionError(self._beyond(position, count))
        return self._row_at(position % count)

    def _beyond(self, position: int, count: int) -> str:
        """The message for a position beyond the table's ``count`` rows."""
        return (
            f"position {shown(position)} is beyond the table"
            f" ({count} row{'' if count == 1 else 's'})"
        )

    def _lookup(self, name: str) -> R:
        index = self._index()
        position = index.find(name)
        if position is None:
            raise UnknownNameError.unknown(name, index.by_name, what=self._row_word())
        return self._row_at(position)

    def __contains__(self, item: object) -> bool:
        """``"name" in table`` looks the name up (exact, or another Unicode normal form);
        ``row in table`` is true for the row found under that row's name."""
        if isinstance(item, str):
            return self._index().find(item) is not None
        name = getattr(item, "name", None)
        if not isinstance(name, str):
            return False
        position = self._index().find(name)
        if position is None:
            return False
        row = self._row_at(position)
        return row is item or bool(row == item)

    if TYPE_CHECKING:

        @overload
        def get(self, name: str) -> R | None: ...
        @overload
        def get(self, name: str, default: D) -> R | D: ...

    def get(self, name: str, default: object = None) -> object:
        """The row of ``name``, or ``default`` (``None``) when there is none; never raises
        (dict-like: a key that is not a text is simply not there)."""
        if not isinstance(name, str):
            return default
        position = self._index().find(name)
        return default if position is None else self._row_at(position)

    def position(self, name: str) -> int:
        """The 0-based position of ``name``'s row; an unknown name lists the closest."""
        index = self._index()
        position = index.find(name)
        if position is None:
            raise UnknownNameError.unknown(name, index.by_name, what=self._row_word())
        return position

    @property
    def names(self) -> tuple[str, ...]:
        """The rows' names, in table order."""
        return self._index().names

    # --- machine output: from the declared columns -----------------------------------------

    _COLUMNS: ClassVar[tuple[Column, ...]] = ()
    """The declared columns (a table whose columns depend on its data, such as one per
    distance, overrides `_columns`)."""

    def _columns(self) -> tuple[Column, ...]:
        return type(self)._COLUMNS

    @property
    def columns(self) -> tuple[Column, ...]:
        """The declared columns, in order: name, types and meaning of every key of
        ``to_rows()`` (see [`skatecalc.columns`][skatecalc.columns])."""
        return self._columns()

    def to_rows(self) -> list[dict[str, RowValue]]:
        """Typed data: one dict per row, the declared columns in order, exact values."""
        columns = self.columns
        if not columns or any(c.get is None for c in columns):
            raise TableError(f"{type(self).__name__} declares no getter for every column")
        return [{c.name: c.value(row) for c in columns} for row in self._table_rows()]

    def to_json(self, *, indent: int | None = 2, **options: Any) -> str:
        """``to_rows(**options)`` as the JSON the command line prints (exact numbers as
        text, times in ISU notation, ``null`` for no value)."""
        return rows_json(self.to_rows(**options), indent=indent)

    def to_csv(self, **options: Any) -> str:
        """``to_rows(**options)`` as CSV with a heading line (the declared column names)."""
        return csv_text(self.to_rows(**options), [c.name for c in self.columns])

    def to_frame(self, **options: Any) -> Any:
        """A pandas DataFrame of ``to_rows(**options)`` for notebooks and plots: points and
        times as numbers, places as integers (see [`frame`][skatecalc.columns.frame]); needs
        pandas (``pip install "skatecalc[pandas]"``)."""
        return frame(self.to_rows(**options), self.columns)

    def check(self) -> list[dict[str, RowValue]]:
        """``to_rows()`` checked against the declared columns and the row contract (for
        tests): a [`TableError`][skatecalc.errors.TableError] names the first offence."""
        return check_columns(check_rows(self.to_rows()), self.columns)

    # --- presentation --------------------------------------------------------------------

    def format(self, lang: Lang = "en") -> str:
        """The table as the press prints it, in ``lang`` (``en``, ``nl``)."""
        return render_text(self, lang)

    def _repr_summary(self) -> str:
        rows = self._row_count()
        if not rows:
            return "no rows"
        name = printable(self._row_at(0).name)
        if len(name) > 40:
            name = name[:40] + "..."
        count = f"{rows} row{'' if rows == 1 else 's'}"
        return f"{count}, {self._lead_label} {name}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self._repr_summary()}>"

    def __str__(self) -> str:
        return render_text(self, "en")

    def _repr_html_(self) -> str:
        """HTML for notebooks (Jupyter calls this), from the registered HTML renderer."""
        return render_html(self)


Sequence.register(Tabular)  # type: ignore[type-abstract]


RENDERER_MODULES: dict[str, str] = {
    "skatecalc.championship": "skatecalc.text.championship",
    "skatecalc.championship.targets": "skatecalc.text.targets",
    "skatecalc.worldcup": "skatecalc.text.worldcup",
    "skatecalc.olympic": "skatecalc.text.olympic",
    "skatecalc.io": "skatecalc.text.listing",
    "skatecalc.examples": "skatecalc.text",
}
"""Domain package -> the module that registers the renderers of its tables (module NAMES).

A table whose class (or a base class) is defined in the package or one of its subpackages
gets the renderers of that module the first time it is rendered (``str``,
[`render_text`][skatecalc.tabular.render_text], ``_repr_html_``): the championship
``Standings`` and ``Board``, the World Cup standings and outlook, the Olympic selection,
outlook and quota allocation, the listing's events and races.

    >>> RENDERER_MODULES["skatecalc.worldcup"]
    'skatecalc.text.worldcup'
"""


def _renderer_module(cls: type) -> str | None:
    """The renderer module that serves ``cls`` (or a base class), if not imported yet."""
    for base in cls.__mro__:
        module = getattr(base, "__module__", None)
        if not isinstance(module, str):
            continue
        package = module
        while package:
            renderers = RENDERER_MODULES.get(package)
            if renderers is not None and renderers not in sys.modules:
                return renderers
            package = package.rpartition(".")[0]
    return None


def _load_renderers(cls: type) -> bool:
    """Import the renderer module of ``cls``'s package if it is known and not yet imported;
    true if one was imported (then dispatch again)."""
    renderers = _renderer_module(cls)
    if renderers is None:
        return False
    importlib.import_module(renderers)
    return True


def _render_text(obj: object, lang: str = "en", **options: Any) -> str:
    """The text of a table-like result as the press prints it, in ``lang`` (``en``/``nl``);
    ``options`` go to the type's renderer (``gap_rounding=`` for a classification).

    Renderers are registered per type by [`skatecalc.text`][skatecalc.text], loaded on first
    use (see [`RENDERER_MODULES`][skatecalc.tabular.RENDERER_MODULES]); for a type without
    one:

    >>> render_text(42)
    Traceback (most recent call last):
    ...
    skatecalc.errors.TableError: no text renderer is registered for int: ...
    """
    if _load_renderers(type(obj)) and render_text.dispatch(type(obj)) is not _render_text:
        return render_text(obj, lang, **options)
    raise TableError(
        f"no text renderer is registered for {type(obj).__name__}: register one with"
        " skatecalc.text.register, or name the module that registers it in"
        " skatecalc.tabular.RENDERER_MODULES"
    )


render_text = ByType(_render_text)
"""The text of a table-like result as the press prints it, in ``lang`` (``en``/``nl``):
``render_text(table, lang="en", **options)``; ``options`` go to the type's renderer
(``gap_rounding=`` for a classification). A type without a renderer raises
[`TableError`][skatecalc.errors.TableError]."""


def _render_html(obj: object) -> str:
    """The HTML table of a table-like result (for notebooks).

    Renderers are registered per type by [`skatecalc.text`][skatecalc.text], loaded on first
    use (see [`RENDERER_MODULES`][skatecalc.tabular.RENDERER_MODULES]); for a type without
    one:

    >>> render_html(42)
    Traceback (most recent call last):
    ...
    skatecalc.errors.TableError: no HTML renderer is registered for int: ...
    """
    if _load_renderers(type(obj)) and render_html.dispatch(type(obj)) is not _render_html:
        return render_html(obj)
    raise TableError(
        f"no HTML renderer is registered for {type(obj).__name__}: register one with"
        " skatecalc.text.register, or name the module that registers it in"
        " skatecalc.tabular.RENDERER_MODULES"
    )


render_html = ByType(_render_html)
"""The HTML table of a table-like result (for notebooks): ``render_html(table)``. A type
without a renderer raises [`TableError`][skatecalc.errors.TableError]."""
