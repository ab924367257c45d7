"""The one table vocabulary (skatecalc.tabular): lookups, containment, repr, render hooks,
and the to_rows() contract, on attrs frozen slotted tables as the domains define them."""

from __future__ import annotations

import pickle
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from skatecalc import tabular, text
from skatecalc.errors import PositionError, SkatecalcError, TableError, UnknownNameError
from skatecalc.notation import name_key
from skatecalc.tabular import Tabular, check_rows, render_html, render_text
from skatecalc.time import RaceTime


@attrs.frozen
class Row:
    name: str
    points: Decimal


@attrs.frozen(repr=False)
class Table(Tabular[Row]):
    """As a domain table is defined: frozen, slotted, rows a tuple field."""

    rows: tuple[Row, ...]
    title: str = "t"

    def _table_rows(self) -> tuple[Row, ...]:
        return self.rows


@attrs.frozen(repr=False, slots=False)
class DictTable(Tabular[Row]):
    """Not slotted: the mixin still works."""

    rows: tuple[Row, ...]

    def _table_rows(self) -> tuple[Row, ...]:
        return self.rows


@attrs.frozen(repr=False)
class Ranking(Tabular[Row]):
    _lead_label = "leader"
    rows: tuple[Row, ...]

    def _table_rows(self) -> tuple[Row, ...]:
        return self.rows

    def _row_word(self) -> str:
        return "team"


class ListTable(Tabular[Row]):
    """Breaks the contract: rows as a list."""

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows

    def _table_rows(self) -> tuple[Row, ...]:
        return self.rows  # type: ignore[return-value]


def _rows(*names: str) -> tuple[Row, ...]:
    return tuple(Row(n, Decimal(i)) for i, n in enumerate(names, 1))


PODIUM = _rows("Miho Takagi", "Femke Kok", "Jutta Leerdam")


def test_sequence_access() -> None:
    table = Table(PODIUM)
    assert isinstance(table, Sequence)
    assert len(table) == 3
    assert list(table) == list(PODIUM)
    assert table[0] is PODIUM[0] and table[-1] is PODIUM[2]
    assert table[1:] == PODIUM[1:]
    assert table[::-1] == PODIUM[::-1]
    assert list(reversed(table)) == list(reversed(PODIUM))
    assert table.index(PODIUM[1]) == 1 and table.count(PODIUM[2]) == 1


@pytest.mark.parametrize("position", [3, -4, 10**5000], ids=["3", "-4", "10**5000"])
def test_position_beyond_the_table(position: int) -> None:
    with pytest.raises(PositionError, match="beyond the table \\(3 rows\\)") as caught:
        Table(PODIUM)[position]
    assert isinstance(caught.value, IndexError)


@pytest.mark.parametrize("key", [1.0, None, True, (1,), Decimal(1)])
def test_key_that_is_neither_position_nor_name(key: object) -> None:
    with pytest.raises(PositionError, match="position"):
        Table(PODIUM)[key]  # type: ignore[call-overload]


def test_lookup_by_name() -> None:
    table = Table(PODIUM)
    assert table["Femke Kok"] is PODIUM[1]
    assert table.position("Jutta Leerdam") == 2
    assert table.names == ("Miho Takagi", "Femke Kok", "Jutta Leerdam")
    assert table.get("Femke Kok") is PODIUM[1]


def test_unknown_name_lists_the_closest() -> None:
    table = Table(PODIUM)
    with pytest.raises(UnknownNameError, match="unknown skater 'Femke Kook'; closest known") as e:
        table["Femke Kook"]
    assert isinstance(e.value, KeyError) and e.value.suggestions == ["Femke Kok"]
    with pytest.raises(UnknownNameError, match="unknown team 'Kok'"):
        Ranking(PODIUM).position("Kok")


def test_get_is_dict_like() -> None:
    table = Table(PODIUM)
    marker = Row("nobody", Decimal(0))
    assert table.get("Ireen Wüst") is None
    assert table.get("Ireen Wüst", marker) is marker
    assert table.get(5) is None  # type: ignore[call-overload]
    assert table.get("Femke Kok", marker) is PODIUM[1]


def test_contains_names_and_rows() -> None:
    table = Table(PODIUM)
    assert "Femke Kok" in table and "femke kok" not in table and 5 not in table
    assert PODIUM[0] in table
    assert Row("Femke Kok", Decimal(2)) in table  # equal row
    assert Row("Femke Kok", Decimal(9)) not in table  # same name, another row
    assert Row("Ireen Wüst", Decimal(1)) not in table


def test_name_in_another_unicode_normal_form_is_found() -> None:
    table = Table(_rows("Ireen Wüst", "Dai Dai N'tab"))
    decomposed = unicodedata.normalize("NFD", "Ireen Wüst")
    assert decomposed != "Ireen Wüst"
    assert decomposed in table and table[decomposed] is table[0]
    stored_decomposed = Table(_rows(decomposed))
    assert "Ireen Wüst" in stored_decomposed


def test_duplicate_names_find_the_first() -> None:
    rows = (Row("A", Decimal(1)), Row("B", Decimal(2)), Row("A", Decimal(3)))
    table = Table(rows)
    assert table["A"] is rows[0] and table.names == ("A", "B", "A")


@given(st.lists(st.text(min_size=1, max_size=8), unique=True, max_size=30), st.text(max_size=8))
def test_every_present_name_is_found_and_no_absent_one(names: list[str], other: str) -> None:
    # names are compared under the identity rule (skatecalc.notation.name_key: NFC, spaces
    # folded, zero-width removed); names equal under it are one skater
    assume(len({name_key(n) for n in names}) == len(names))
    table = Table(_rows(*names))
    keys = {name_key(n) for n in names}
    for i, name in enumerate(names):
        assert name in table
        assert table.get(name) is not None
        found = table[name]
        assert name_key(found.name) == name_key(name)
        assert table.position(name) <= i
    absent = name_key(other) not in keys
    assert (other in table) is not absent
    assert (table.get(other) is None) is absent


def test_index_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    builds = []
    real = tabular.NameIndex

    def counting(rows: tuple[Row, ...]) -> tabular.NameIndex:
        builds.append(len(rows))
        return real(rows)

    monkeypatch.setattr(tabular, "NameIndex", counting)
    table = Table(_rows(*(f"skater {i}" for i in range(2000))))
    for i in range(2000):
        assert table[f"skater {i}"].name == f"skater {i}"
        assert f"skater {i}" in table
        assert table.get(f"skater {i}") is not None
    assert table.names[5] == "skater 5"
    assert builds == [2000]
    moved = attrs.evolve(table, rows=table.rows[:10])  # new rows: a new index, once
    assert "skater 11" not in moved and "skater 9" in moved and moved.position("skater 3") == 3
    assert builds == [2000, 10]


def test_frozen_table_stays_frozen_and_pickles() -> None:
    table = Table(PODIUM)
    assert "Femke Kok" in table  # builds the index
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        table.title = "x"  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(table))
    assert copy == table and copy["Femke Kok"] == PODIUM[1]
    assert attrs.fields(Table).__len__() == 2  # the index is no attrs field


def test_dict_based_table() -> None:
    table = DictTable(PODIUM)
    assert table["Jutta Leerdam"] is PODIUM[2] and "Miho Takagi" in table


def test_rows_must_be_a_tuple() -> None:
    with pytest.raises(TableError, match="must return a tuple, not list"):
        ListTable(list(PODIUM))["Femke Kok"]


def test_repr_is_short() -> None:
    assert repr(Table(PODIUM)) == "<Table: 3 rows, first Miho Takagi>"
    assert repr(Ranking(PODIUM[:1])) == "<Ranking: 1 row, leader Miho Takagi>"
    assert repr(Table(())) == "<Table: no rows>"
    assert repr(Table(_rows("A\x1b[2J" + "x" * 60))) == (
        "<Table: 1 row, first A\\x1b[2J" + "x" * 32 + "...>"
    )


def test_no_renderer_is_a_clear_error() -> None:
    with pytest.raises(TableError, match="no text renderer is registered for Table"):
        str(Table(PODIUM))
    with pytest.raises(TableError, match="no HTML renderer is registered for Table"):
        Table(PODIUM)._repr_html_()
    assert issubclass(TableError, SkatecalcError) and issubclass(TableError, TypeError)


@attrs.frozen(repr=False)
class Rendered(Tabular[Row]):
    rows: tuple[Row, ...]

    def _table_rows(self) -> tuple[Row, ...]:
        return self.rows


def _layout(table: Rendered, lang: text.Lang) -> text.Layout:
    return text.Layout(
        (text.heading("name", lang), text.heading("points", lang)),
        tuple((r.name, text.format_points(r.points, lang)) for r in table),
        ("left", "right"),
    )


text.register(Rendered, _layout)


def test_registered_renderer_gives_str_html_and_languages() -> None:
    table = Rendered(_rows("高木美帆", "Femke Kok"))
    assert str(table) == "Name       Points\n高木美帆    1.000\nFemke Kok   2.000"
    assert render_text(table, "Dutch").splitlines()[1] == "高木美帆    1,000"
    assert '<td style="text-align:left">高木美帆</td>' in table._repr_html_()
    assert render_html(table) == table._repr_html_()
    with pytest.raises(SkatecalcError, match="unknown language 'de'"):
        render_text(table, "de")


def test_check_rows_accepts_typed_rows() -> None:
    rows = [
        {"rank": 1, "name": "A", "points": Decimal("37.070"), "500": RaceTime.parse("37.07")},
        {"rank": None, "name": "B", "points": None, "500": None},
    ]
    assert check_rows(rows) is rows


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([{"points": 37.07}], "is a float"),
        ([{"a": 1}, {"b": 1}], "has keys"),
        ([{"a": Decimal("NaN")}], "not finite"),
        ([{1: 1}], "is not a str"),
        ((), "must give a list"),
        ([["a"]], "not a dict"),
        ([{"a": [1]}], "is a list"),
    ],
)
def test_check_rows_refuses(rows: object, message: str) -> None:
    with pytest.raises(TableError, match=message):
        check_rows(rows)


def test_check_rows_refuses_an_enum() -> None:
    from skatecalc.time import Status

    with pytest.raises(TableError, match="give its value"):
        check_rows([{"status": Status.DQ}])
