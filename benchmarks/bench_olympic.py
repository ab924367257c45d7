"""Benchmarks of Olympic qualification: select <= 1 ms, outlook after one distance <= 100 ms."""

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
    assert view["Merijn Scheperkamp"] is olympic.Outlook.SAFE_UNLESS_DISCRETIONARY
