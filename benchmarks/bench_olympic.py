"""Benchmarks of Olympic qualification: select, outlook (2022 men and a 1,000-row order), the
rendered text and look-ups by name in the outlook table."""

from __future__ import annotations

from typing import Any

from skatecalc import olympic

ORDER = olympic.selection_order("NED", 2022, "men")
OKT = {
    500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij", "Thomas Krol", "Ronald Mulder"],
    1000: ["Thomas Krol", "Kai Verbij", "Hein Otterspeer", "Kjeld Nuis"],
    1500: ["Kjeld Nuis", "Thomas Krol", "Tijmen Snel", "Patrick Roest", "Marcel Bosker"],
    5000: ["Patrick Roest", "Jorrit Bergsma", "Sven Kramer", "Marcel Bosker"],
    10000: ["Jorrit Bergsma", "Patrick Roest", "Beau Snellink"],
}


def test_select_okt2021(benchmark: Any) -> None:
    sel = benchmark(
        olympic.select,
        ORDER,
        OKT,
        tickets=9,
        mass_start="Jorrit Bergsma",
        added=["Sven Kramer", "Marcel Bosker"],
    )
    assert len(sel.team) == 9


def test_outlook_after_the_500m(benchmark: Any) -> None:
    view = benchmark(olympic.outlook, ORDER, {500: OKT[500]}, tickets=9, discretionary=3)
    assert view.status("Merijn Scheperkamp") is olympic.TicketStatus.SAFE_UNLESS_DISCRETIONARY


def _big_order(rows: int = 1000) -> tuple[olympic.SelectionOrder, dict[int, list[str]]]:
    distances = (500, 1000, 1500, 5000, 10000)
    places = rows // len(distances)
    codes = [f"{d}#{p}" for p in range(1, places + 1) for d in distances]
    order = olympic.SelectionOrder.build("big", codes, tickets=rows // 2)
    results = {
        d: list(dict.fromkeys(f"Skater {(k * 3 + j) % (2 * places)}" for j in range(places)))
        for k, d in enumerate(distances[:3])
    }
    return order, results


def test_outlook_of_a_1000_row_order(benchmark: Any) -> None:
    order, results = _big_order()
    view = benchmark(olympic.outlook, order, results)
    assert len(view) > 0


def test_outlook_text(benchmark: Any) -> None:
    view = olympic.outlook(ORDER, {500: OKT[500], 1000: OKT[1000]})
    text = benchmark(str, view)
    assert text.startswith("NED-2022-men")


def test_outlook_lookup_every_name(benchmark: Any) -> None:
    order, results = _big_order()
    view = olympic.outlook(order, results)
    names = view.names
    found = benchmark(lambda: [view[n].status for n in names])
    assert len(found) == len(names)
