"""The Olympic tables in the one vocabulary (issue 9), their text in English and Dutch, the
module layout, and properties of the outlook, the refill rule and the press names."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skatecalc import olympic
from skatecalc.columns import rows_json
from skatecalc.errors import QuotaError, UnknownNameError, UnknownRowError
from skatecalc.notation import format_ordinal as ordinal
from skatecalc.olympic import SelectionOrder, TicketStatus
from skatecalc.olympic.okt import press_names, surname
from skatecalc.olympic.orders import MASS_START
from skatecalc.olympic.walk import fill_rows
from skatecalc.tabular import Tabular, check_rows, render_html, render_text
from skatecalc.text.olympic import LABELS, SELECTION_STATUS, STATUS
from tests.test_olympic_properties import rule_refill

OKT = {
    500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij", "Thomas Krol", "Ronald Mulder"],
    1000: ["Thomas Krol", "Kai Verbij", "Hein Otterspeer", "Kjeld Nuis"],
    1500: ["Kjeld Nuis", "Thomas Krol", "Tijmen Snel", "Patrick Roest", "Marcel Bosker"],
    5000: ["Patrick Roest", "Jorrit Bergsma", "Sven Kramer", "Marcel Bosker"],
    10000: ["Jorrit Bergsma", "Patrick Roest", "Beau Snellink"],
}
ORDER = olympic.selection_order("NED", 2022, "men")


def _selection() -> olympic.Selection:
    return olympic.select(
        ORDER, OKT, mass_start="Jorrit Bergsma", added=["Sven Kramer", "Marcel Bosker"]
    )


def _outlook() -> olympic.OutlookTable:
    return olympic.outlook(ORDER, {500: OKT[500], 1000: OKT[1000]})


def _allocation() -> olympic.Allocation:
    soqc = [
        olympic.QualifierResult("Femke Kok", "NED", 460, "36.95"),
        olympic.QualifierResult("Miho Takagi", "JPN", 400, "37.10"),
        olympic.QualifierResult("Jutta Leerdam", "NED", 380, "37.20"),
        olympic.QualifierResult("Erin Jackson", "USA", 300, "37.00"),
        olympic.QualifierResult("Kim Min-sun", "KOR", 100, "37.60"),
    ]
    event = olympic.QuotaEvent("women", "500", 3, 2, 1, 2)
    return olympic.allocate(event, soqc, reserve=2)


TABLES: dict[str, Callable[[], Any]] = {
    "selection": _selection,
    "outlook": _outlook,
    "allocation": _allocation,
}


# --- one vocabulary ----------------------------------------------------------------------


@pytest.mark.parametrize("make", TABLES.values(), ids=TABLES.keys())
def test_every_olympic_table_speaks_the_table_vocabulary(make: Callable[[], Any]) -> None:
    table = make()
    assert isinstance(table, Tabular)
    rows = list(table)
    assert len(table) == len(rows) > 0
    assert table[0] == rows[0] and table[-1] == rows[-1]
    first = rows[0].name
    assert table[first] == rows[0] and first in table and rows[0] in table
    assert table.get(first) == rows[0]
    assert table.get("Nobody Here") is None and table.get("Nobody Here", 7) == 7
    assert "Nobody Here" not in table
    assert repr(table).startswith(f"<{type(table).__name__}: {len(rows)} row")
    with pytest.raises(UnknownNameError, match="closest known"):
        table[first[:-1]]
    assert check_rows(table.to_rows()) == table.to_rows()
    assert table.check() == table.to_rows()  # the declared columns, in order, typed
    assert table.to_json() == rows_json(table.to_rows())
    assert str(table) == render_text(table, "en") == render_text(table, "English")
    assert render_text(table, "nl") != str(table)
    html = table._repr_html_()
    assert html == render_html(table) and html.startswith("<table>")


def test_outlook_rows_are_skaters_and_status_gives_the_ticket_status() -> None:
    view = _outlook()
    assert view.names == tuple(s.name for s in view.skaters)
    assert view["Thomas Krol"] is view.detail("Thomas Krol")
    assert view.status("Thomas Krol") is view["Thomas Krol"].status
    assert view.statuses() == {s.name: s.status for s in view}
    rows = view.to_rows()
    assert [r["name"] for r in rows] == list(view.names)
    assert {r["status"] for r in rows} <= {s.value for s in TicketStatus}
    assert all(r["first_row"] is None or type(r["first_row"]) is int for r in rows)


def test_selection_rows_are_every_skater_and_names_stay_unique_names() -> None:
    sel = _selection()
    walked = tuple(u.name for u in sel.names)
    assert sel.skaters == (*walked, "Marcel Bosker")  # designated, on no row: listed last
    assert sel["Sven Kramer"].number == 10 and sel["Marcel Bosker"].number is None
    assert [e.name for e in sel if e.team] == list(sel.team)
    statuses = {r["name"]: r["status"] for r in sel.to_rows()}
    assert statuses["Sven Kramer"] == statuses["Marcel Bosker"] == "designated"
    assert statuses["Tijmen Snel"] == statuses["Dai Dai N'tab"] == "dropped"
    assert statuses["Thomas Krol"] == "ticket"
    beyond = [u.name for u in sel.names[sel.tickets :] if u.name != "Sven Kramer"]
    assert all(statuses[n] == "out" for n in beyond)
    plain = olympic.select(ORDER, OKT, mass_start="Jorrit Bergsma")
    assert plain.status("Sven Kramer") == "out" and plain["Sven Kramer"].team is False
    rows = {r["name"]: r for r in sel.to_rows()}
    assert rows["Marcel Bosker"]["1500 m"] is True and rows["Tijmen Snel"]["1500 m"] is False
    assert rows["Jorrit Bergsma"]["mass start"] is True
    assert rows["Sven Kramer"]["designation"] == "person"


def test_allocation_rows_are_the_places_and_to_rows_adds_the_reserve() -> None:
    alloc = _allocation()
    assert alloc.names == tuple(p.name for p in alloc.places)
    assert "Kim Min-sun" not in alloc  # on the reserve list, not a quota place
    rows = alloc.to_rows()
    assert [r["place"] for r in rows] == list(range(1, len(alloc) + len(alloc.reserve) + 1))
    assert rows[-1]["via"] == "reserve"


def test_allocation_text_in_english_and_dutch() -> None:
    alloc = _allocation()
    assert str(alloc) == (
        "women 500: 3 places (2 by points, 1 by times), at most 2 per NOC\n"
        "#  NOC  Name          Via\n"
        "1  NED  Femke Kok     points\n"
        "2  JPN  Miho Takagi   points\n"
        "3  USA  Erin Jackson  times\n"
        "reserve: Kim Min-sun (KOR), Jutta Leerdam (NED)"  # countries without a place first
    )
    nl = render_text(alloc, "nl")
    assert nl.startswith("vrouwen 500: 3 plaatsen (2 via punten, 1 via tijden)")
    assert "reserves: Kim Min-sun (KOR), Jutta Leerdam (NED)" in nl


def test_selection_and_outlook_in_dutch() -> None:
    sel = render_text(_selection(), "nl")
    assert "aanwijsplekken (2 van 3): Sven Kramer (persoon), Marcel Bosker (persoon)" in sel
    assert "afgevallen: Tijmen Snel, Dai Dai N'tab" in sel
    assert "ploeg (9): " in sel and "startplekken:" in sel and "  massastart: Jorrit" in sel
    view = render_text(_outlook(), "nl")
    assert "nog te gaan: 1500 m, 5000 m, 10000 m, massastart" in view
    assert "één van: " in view and "any one of" not in view


def test_selection_html_leaves_the_number_of_a_designee_on_no_row_empty() -> None:
    html = _selection()._repr_html_()
    assert "None" not in html and "Marcel Bosker" in html


def test_english_and_dutch_labels_have_the_same_keys() -> None:
    assert set(LABELS["en"]) == set(LABELS["nl"])
    assert set(STATUS["en"]) == set(STATUS["nl"]) == set(TicketStatus)
    assert set(SELECTION_STATUS["en"]) == set(SELECTION_STATUS["nl"])
    assert {r["status"] for r in _selection().to_rows()} <= set(SELECTION_STATUS["en"])


def test_wide_names_align_in_the_outlook_text() -> None:
    order = SelectionOrder.build("demo", ["500#1", "500#2", "1000#1"], tickets=2)
    text = str(olympic.outlook(order, {500: ["高木美帆", "Kok"]})).splitlines()
    # 高木美帆 is four characters but eight columns wide: both names pad to eight columns
    assert text[1].startswith("高木美帆  ") and text[2].startswith("Kok       ")


# --- the old name of the ticket status is gone -------------------------------------------


@pytest.mark.parametrize("module", ["skatecalc.olympic", "skatecalc.olympic.outlook"])
def test_outlook_alias_of_ticket_status_is_removed(module: str) -> None:
    with pytest.raises(AttributeError):
        importlib.import_module(module).Outlook  # noqa: B018
    assert importlib.import_module(module).TicketStatus is TicketStatus


def test_ticket_status_is_not_the_world_cup_outlook() -> None:
    from skatecalc import worldcup

    assert getattr(worldcup, "TicketStatus", None) is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert olympic.TicketStatus.OPEN.value == "open"


# --- layout: every public name importable, old paths kept ---------------------------------


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            "skatecalc.olympic",
            [
                "Reduction",
                "allocate_games",
                "reduce_places",
                "count_athletes",
                "GamesAllocation",
                "UnknownGroup",
                "QuotaError",
                "TicketStatus",
            ],
        ),
        (
            "skatecalc.olympic.selection",
            [
                "walk",
                "UniqueName",
                "Vacancy",
                "Refill",
                "RefillPolicy",
                "next_team_finisher",
                "leave_empty",
                "OktResults",
                "check_results",
                "check_limits",
                "fill_rows",
                "Selection",
                "RowOutcome",
                "select",
            ],
        ),
        (
            "skatecalc.olympic.orders",
            [
                "Row",
                "UnknownGroup",
                "MASS_START",
                "SelectionOrder",
                "distance_label",
                "selection_order",
            ],
        ),
        (
            "skatecalc.olympic.quota",
            [
                "Allocation",
                "GamesAllocation",
                "QualifierResult",
                "QuotaError",
                "QuotaEvent",
                "QuotaPlace",
                "QuotaRules",
                "Reduction",
                "allocate",
                "allocate_games",
                "count_athletes",
                "points_ranking",
                "quota_rules",
                "reduce_places",
                "times_ranking",
            ],
        ),
        ("skatecalc.olympic.outlook", ["OutlookTable", "SkaterOutlook", "TicketStatus", "outlook"]),
    ],
)
def test_public_names_importable_from_old_and_new_paths(module: str, names: list[str]) -> None:
    mod = importlib.import_module(module)
    for name in names:
        assert getattr(mod, name) is not None, name


def test_every_name_of_all_exists() -> None:
    for name in olympic.__all__:
        assert getattr(olympic, name) is not None


# --- regressions ---------------------------------------------------------------------------


def test_select_NED_2018_men_with_a_mass_start_skater_says_the_row_is_unknown() -> None:
    order = olympic.selection_order("NED", 2018, "men")
    results = {d: ["A", "B", "C"] for d in order.distances}
    with pytest.raises(UnknownRowError, match="mass-start row of NED-2018-men is unknown: rows 11"):
        olympic.select(order, results, mass_start="A")


def test_outlook_NED_2018_men_with_a_mass_start_skater_says_the_row_is_unknown() -> None:
    order = olympic.selection_order("NED", 2018, "men")
    with pytest.raises(UnknownRowError, match="11, 12, 13 hold the 500 m #3"):
        olympic.outlook(order, {500: ["A", "B", "C"]}, mass_start="A")


def test_outlook_NED_2018_women_with_a_mass_start_skater_names_the_unknown_rows() -> None:
    order = olympic.selection_order("NED", 2018, "women")
    with pytest.raises(UnknownRowError, match="unknown rows 8, 9, 11, 13, 14"):
        olympic.outlook(order, {3000: ["A", "B", "C"]}, mass_start="A")


def test_mass_start_skater_for_an_order_without_the_row_is_still_a_selection_error() -> None:
    order = SelectionOrder.build("demo", ["500#1"], tickets=1)
    with pytest.raises(olympic.SelectionError, match="demo has no mass-start row for 'Ann'"):
        olympic.select(order, {500: ["Ann"]}, mass_start="Ann")


def test_quota_event_with_a_4301_digit_event_is_refused() -> None:
    with pytest.raises(QuotaError, match="must be text"):
        olympic.QuotaEvent("men", 10**4301 - 1, 0, 0, 0)  # type: ignore[arg-type]
    with pytest.raises(QuotaError, match="must be text"):
        olympic.QuotaEvent(None, "500", 0, 0, 0)  # type: ignore[arg-type]


# --- properties of the outlook on larger orders ------------------------------------------


@st.composite
def larger_trials(
    draw: st.DrawFn,
) -> tuple[SelectionOrder, dict[int, list[str]], int, int, str | None]:
    """Orders of up to 30 rows over up to 6 distances, some distances skated."""
    distances = draw(
        st.lists(
            st.sampled_from([500, 1000, 1500, 3000, 5000, 10000]),
            min_size=1,
            max_size=6,
            unique=True,
        )
    )
    codes = [f"{d}#{p}" for d in distances for p in range(1, 6)] + [MASS_START]
    rows = draw(st.lists(st.sampled_from(codes), min_size=1, max_size=30, unique=True))
    order = SelectionOrder.build(
        "prop", rows, tickets=draw(st.integers(1, 12)), discretionary=draw(st.integers(0, 4))
    )
    pool = [f"S{i}" for i in range(draw(st.integers(5, 15)))]
    results: dict[int, list[str]] = {}
    for d in order.distances:
        if draw(st.booleans()):
            top = max(order.places(d))
            size = draw(st.integers(min(top, len(pool)), len(pool)))
            results[d] = draw(st.permutations(pool))[:size]
            if len(results[d]) < top:
                del results[d]
    ms = None
    if order.mass_start_row and draw(st.booleans()):
        ms = draw(st.sampled_from(pool))
    return order, results, order.tickets, order.discretionary, ms


@settings(max_examples=300, deadline=None)
@given(larger_trials(), st.lists(st.sampled_from(["S3", "X1", "X2"]), max_size=3))
def test_outlook_statuses_agree_with_their_numbers(
    case: tuple[SelectionOrder, dict[int, list[str]], int, int, str | None], extra: list[str]
) -> None:
    """On orders of up to 30 rows (the exact statuses are checked by enumeration on small
    orders, tests/test_olympic_properties.py): each status agrees with the best and worst
    place in the list of unique names, the first row is the skater's first row filled by a
    skated distance, and the skaters are listed by that row."""
    order, results, tickets, _, ms = case
    view = olympic.outlook(order, results, mass_start=ms, skaters=extra)
    occupants = fill_rows(order, {d: tuple(v) for d, v in results.items()}, ms)
    first_row: dict[str, int] = {}
    for r, who in zip(order.rows, occupants, strict=True):
        skated = r.distance in results if r.kind != "mass_start" else ms is not None
        if who is not None and skated:
            first_row.setdefault(who, r.number)
    for s in view:
        assert s.first_row == first_row.get(s.name)
        if s.best is not None and s.worst is not None:
            assert s.best <= s.worst
        if s.status in (TicketStatus.SAFE, TicketStatus.SAFE_UNLESS_DISCRETIONARY):
            assert s.worst is not None and s.worst <= tickets and s.first_row is not None
        elif s.status is TicketStatus.OPEN:
            assert s.best is not None and s.best <= tickets
            assert s.worst is None or s.worst > tickets
        else:
            assert s.best is None or s.best > tickets
        assert not s.needs or s.status is TicketStatus.OPEN
    n = len(order.rows)
    keys = [(s.first_row if s.first_row is not None else n + 1, s.name) for s in view]
    assert keys == sorted(keys)
    assert set(extra) <= set(view.names)


@settings(max_examples=200, deadline=None)
@given(larger_trials(), st.data())
def test_outlook_once_everything_is_skated_is_the_selection(
    case: tuple[SelectionOrder, dict[int, list[str]], int, int, str | None], data: st.DataObject
) -> None:
    """With every distance skated and the mass-start skater named, nothing is open: a skater
    is safe (unless discretionary) exactly when the walk numbers them within the tickets."""
    order, results, tickets, _, ms = case
    pool = sorted(
        {n for v in results.values() for n in v} | {f"S{i}" for i in range(6)} | {ms or "S0"}
    )
    for d in order.distances:
        if d not in results:
            results[d] = data.draw(st.permutations(pool))
    if order.mass_start_row and ms is None:
        ms = data.draw(st.sampled_from(pool))
    view = olympic.outlook(order, results, mass_start=ms, skaters=pool)
    selection = olympic.select(order, results, mass_start=ms, skaters=pool)
    number = {u.name: u.number for u in selection.names}
    for s in view:
        assert s.status is not TicketStatus.OPEN
        inside = s.name in number and number[s.name] <= tickets
        assert inside == (s.status is not TicketStatus.OUT), s
        if s.name in number:
            assert s.best == s.worst == number[s.name]


@settings(max_examples=300, deadline=None)
@given(st.permutations([f"S{i}" for i in range(12)]), st.data())
def test_next_team_finisher_follows_the_rule(finishing: list[str], data: st.DataObject) -> None:
    pool = [f"S{i}" for i in range(14)]  # S12, S13 skated nothing on this distance
    freed = data.draw(st.sampled_from(pool))
    team = tuple(data.draw(st.lists(st.sampled_from(pool), unique=True, max_size=9)))
    holding = frozenset(data.draw(st.sets(st.sampled_from(team)))) if team else frozenset()
    starting = holding | frozenset(data.draw(st.sets(st.sampled_from(team)))) if team else holding
    row = olympic.Row.parse(5, "1500#2")
    shared = {n: i for i, n in enumerate(finishing)}
    for places in (None, shared):
        v = olympic.Vacancy(row, freed, tuple(finishing), team, holding, starting, places)
        chosen = olympic.next_team_finisher(v)
        assert (chosen.name if chosen else None) == rule_refill(v)
        if chosen is not None:  # the reason names the place on the distance
            place = ordinal(finishing.index(chosen.name) + 1)
            assert f"next team finisher on the 1500 m ({place})" in chosen.reason
            assert ("without an individual start place" in chosen.reason) == (
                chosen.name not in starting
            )


def test_select_refills_in_linear_time_per_row() -> None:
    # 2,000 rows, 9 tickets: nearly every row is freed and refilled (was quadratic)
    distances = (500, 1000, 1500, 5000, 10000)
    codes = [f"{d}#{p}" for p in range(1, 401) for d in distances]
    order = SelectionOrder.build("big", codes, tickets=9)
    results = {d: [f"S{(k * 7 + j) % 800}" for j in range(400)] for k, d in enumerate(distances)}
    results = {
        d: list(dict.fromkeys(v)) + [f"X{d}-{i}" for i in range(400)] for d, v in results.items()
    }
    sel = olympic.select(order, results, added=["X500-0", "X1000-0", "X1500-0"])
    assert len(sel.team) == 9 and len(sel.rows) == 2000


NAME_PARTS = st.sampled_from(["Ann", "Anna", "Bea", "de", "Jong", "ter", "Mors", "in", "'t", "Hof"])


@given(st.lists(st.lists(NAME_PARTS, min_size=1, max_size=4).map(" ".join), max_size=12))
def test_press_names_are_the_surname_unless_shared_and_never_collide(names: list[str]) -> None:
    short = press_names(names)
    unique = list(dict.fromkeys(names))
    assert list(short) == unique
    assert len(set(short.values())) == len(unique)  # two people never print the same
    for n in unique:
        initial = f"{n.strip()[0]}. {surname(n, alone=False)}"
        assert short[n] in (surname(n), initial, n)
        shared = sum(surname(m) == surname(n) for m in unique) > 1
        # a surname that is another skater's whole name: the whole name may be needed
        taken = any(surname(n) == m.strip() for m in unique if m != n)
        if (not shared or surname(n) == n.strip()) and not taken:
            assert short[n] == surname(n)
        elif not taken:  # initial and surname, or the whole name when even that is shared
            assert short[n] in (initial, n)


def test_press_names_of_t_and_t_t_and_ann_t_t_never_collide() -> None:
    """``'t 't`` is a whole name and the surname of ``Ann 't 't``: printed alike before."""
    short = press_names(["'t", "'t 't", "Ann 't 't"])
    assert short == {"'t": "'t", "'t 't": "'t 't", "Ann 't 't": "Ann 't 't"}


@pytest.mark.parametrize("make", TABLES.values(), ids=TABLES.keys())
def test_olympic_tables_are_values_that_survive_pickle(make: Callable[[], Any]) -> None:
    import pickle

    table = make()
    again = pickle.loads(pickle.dumps(table))
    assert again == table == make() and hash(again) == hash(table)
    assert again.names == table.names and str(again) == str(table)


def test_import_skatecalc_loads_no_olympic_code_and_str_still_works() -> None:
    import subprocess
    import sys

    code = (
        "import sys, skatecalc\n"
        "assert 'skatecalc.olympic' not in sys.modules, 'imported at import time'\n"
        "from skatecalc import olympic\n"
        "order = olympic.selection_order('NED', 2022, 'men')\n"
        "view = olympic.outlook(order, {500: ['A', 'B', 'C']})\n"
        "print(view._repr_html_().splitlines()[0])\n"
        "print(str(view).splitlines()[1])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines() == [
        "<table>",
        "A  safe unless discretionary  row 8   nothing",
    ]


def test_surname_antoinette_rijpma_de_jong_keeps_the_double_name() -> None:
    assert surname("Antoinette Rijpma-de Jong") == "Rijpma-de Jong"


def test_surname_sanne_in_t_hof_keeps_the_capital_particle() -> None:
    assert surname("Sanne In 't Hof") == "In 't Hof"
    assert surname("Sanne in 't Hof") == "In 't Hof"
    assert surname("Sanne In 't Hof", alone=False) == "In 't Hof"


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Jutta Leerdam", "Leerdam"),
        ("Jorrit Bergsma", "Bergsma"),
        ("Kjeld Nuis", "Nuis"),
        ("Thomas Krol", "Krol"),
        ("Irene Schouten", "Schouten"),
        ("Marijke Groenewoud", "Groenewoud"),
        ("Joy Beune", "Beune"),
        ("Patrick Roest", "Roest"),
        ("Jenning de Boo", "De Boo"),
        ("Mathieu van der Poel", "Van der Poel"),
        ("Jorien ter Mors", "Ter Mors"),
        ("Jan ten Cate", "Ten Cate"),
        ("Jan te Riele", "Te Riele"),
        ("Kai van den Berg", "Van den Berg"),
        ("Gerrit den Braber", "Den Braber"),
        ("Sascha op den Beek", "Op den Beek"),
        ("Maria de la Cruz", "De la Cruz"),
        ("Cornelis 't Hart", "'t Hart"),
        ("Isabel da Silva", "Da Silva"),
        ("Kim Da Bin", "Bin"),
        ("Jorien Voorhuis-ter Mors", "Voorhuis-ter Mors"),
        ("Ester van der Ven-van Dijk", "Van der Ven-van Dijk"),
    ],
)
def test_surname_of_dutch_names_as_the_knsb_prints_them(name: str, short: str) -> None:
    assert surname(name) == short


def test_press_names_walk_line_of_rijpma_de_jong_and_in_t_hof() -> None:
    names = ["Antoinette Rijpma-de Jong", "Sanne In 't Hof", "Jenning de Boo"]
    assert press_names(names) == {
        "Antoinette Rijpma-de Jong": "Rijpma-de Jong",
        "Sanne In 't Hof": "In 't Hof",
        "Jenning de Boo": "De Boo",
    }


_FIRST = st.sampled_from(["Antoinette", "Sanne", "Jenning", "Kai", "Dai Dai", "Jan Willem"])
_PARTICLE_RUNS = st.sampled_from(
    [
        "",
        "van",
        "de",
        "van der",
        "van den",
        "den",
        "ter",
        "ten",
        "te",
        "in 't",
        "In 't",
        "op den",
        "de la",
        "Van der",
    ]
)
_CORE = st.sampled_from(["Jong", "Hof", "Boo", "Mors", "Leerdam", "N'tab", "Wüst"])


@given(
    _FIRST,
    _PARTICLE_RUNS,
    _CORE,
    st.none() | st.tuples(st.sampled_from(["Rijpma", "Voorhuis"]), _PARTICLE_RUNS),
)
def test_surname_is_the_written_surname_with_its_first_particle_capitalised(
    first: str, particles: str, core: str, double: tuple[str, str] | None
) -> None:
    written = " ".join(p for p in (particles, core) if p)
    if double is not None:
        head, inner = double
        tail = " ".join(p for p in (inner, core) if p)
        written = f"{particles + ' ' if particles else ''}{head}-{tail}"
    name = f"{first} {written}"
    short = surname(name)
    assert surname(name, alone=False) == written
    assert name.endswith(short[1:]) and short.casefold() == written.casefold()
    assert not short.startswith(("'", "’"))
    assert not short[0].islower()


def test_selection_order_NED_2022_men_is_a_table_of_its_rows() -> None:
    assert repr(ORDER) == "<SelectionOrder: NED-2022-men, 15 rows, first 1000 m #1>"
    assert len(ORDER) == 15 and ORDER[0] is ORDER.rows[0] and "mass start" in ORDER
    assert ORDER["mass start"].kind == "mass_start" and ORDER.get("500 m #9") is None
    rows = ORDER.check()
    assert rows[0] == {
        "row": 1,
        "kind": "okt",
        "distance": 1000,
        "place": 1,
        "status": None,
        "what": "1000 m #1",
    }
    assert ORDER.to_json() == rows_json(rows)
    assert str(ORDER) == render_text(ORDER, "en") and render_text(ORDER, "nl") != str(ORDER)
    assert render_html(ORDER).startswith("<table>")
    with pytest.raises(UnknownNameError, match="closest known"):
        ORDER["mass strat"]
