"""World Cup benchmarks (issue 4, part 8).

* a full season: 12 cups x 12 races x 40 skaters classified, target <= 50 ms;
* ``can_still_win`` for every skater of a 40-skater cup with 2 races left, target <= 10 ms.

The skaters and places are synthetic (a rotation), scored with a user-built 40-place table
(the built-in Division A tables have 20 places): only the timing matters here.
"""

from __future__ import annotations

from typing import Any

from skatecalc.worldcup import Cup, Race, Rules

TABLE = list(range(200, 0, -5))  # 40 places, whole points, never increasing
RULES = Rules.custom("benchmark", TABLE, final=[2 * p for p in TABLE])
SKATERS = [f"Skater {i:02d}" for i in range(40)]


def _order(race: int, cup: int) -> list[str]:
    shift = (race * 7 + cup * 3) % 40
    return SKATERS[shift:] + SKATERS[:shift]


def full_season() -> list[Cup]:
    cups = []
    for c in range(12):
        cup = Cup(RULES)
        for r in range(12):
            cup.add_race(f"R{r}", _order(r, c), final=r >= 10)
        cup.standings()
        cups.append(cup)
    return cups


def test_full_season(benchmark: Any) -> None:
    cups = benchmark(full_season)
    assert len(cups) == 12
    assert all(len(c.standings()) == 40 for c in cups)


def test_can_still_win_every_skater(benchmark: Any) -> None:
    cup = Cup(RULES)
    for r in range(10):
        cup.add_race(f"R{r}", _order(r, 0))
    remaining = [Race(final=True)] * 2

    def everyone() -> list[bool]:
        fresh = cup.copy()  # standings not yet computed: they are part of the work
        return [fresh.can_still_win(name, remaining) for name in SKATERS]

    result = benchmark(everyone)
    assert any(result) and len(result) == 40


def _crowded_cup(n: int) -> Cup:
    """A cup of ``n`` entrants in an order rotated per race, places 1 to 39 alone and the
    rest sharing place 40 (a possible ranking, many ties)."""
    cup = Cup(RULES)
    names = [f"Skater {i}" for i in range(n)]
    for r in range(3):
        cup.add_race(f"R{r}", {names[(i + r * 13) % n]: min(i + 1, 40) for i in range(n)})
    return cup


def test_outlook_3000_entrants(benchmark: Any) -> None:
    """The outlook of 3,000 entrants (issue 10: 2.8 s when it was quadratic)."""
    cup = _crowded_cup(3000)
    remaining = [Race(), Race(final=True)]
    result = benchmark(lambda: cup.copy().outlook(remaining))
    assert len(result) == 3000


def test_standings_text_40_skaters(benchmark: Any) -> None:
    """``str(standings)`` of a 40-skater cup with 12 races (the command line's table)."""
    cup = full_season()[0]
    text = benchmark(lambda: str(cup.standings()))
    assert text.count("\n") == 41
