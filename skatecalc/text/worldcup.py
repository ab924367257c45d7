"""The World Cup tables as text: standings and outlook, in English and Dutch.

Registered with [skatecalc.tabular.render_text][] and [skatecalc.tabular.render_html][] (see
[register][skatecalc.text.register]), so ``str(standings)`` prints the standings as the
command line does, ``render_text(standings, "nl")`` in Dutch::

    >>> from skatecalc.tabular import render_text
    >>> from skatecalc.worldcup import Cup, Race, rules
    >>> cup = Cup(rules("2017/18"), name="500 m men")
    >>> cup.add_race("HVN1", ["Lorentzen", "Mulder"])
    >>> cup.add_race("HVN2", {"Mulder": 1, "Lorentzen": "DNS"})
    >>> print(cup.standings())
    ISU World Cup 2017/18, 500 m men: 2 races
    rank  name       points  wins  HVN1  HVN2
       1  Mulder        180     1    80   100
       2  Lorentzen     100     1   100   DNS
    >>> print(render_text(cup.outlook([Race(final=True)]), "nl"))
    ISU World Cup 2017/18, 500 m men: nog 1 wedstrijd (finale), nog hoogstens 150 punten te ...
    pos.  naam       punten  zeges  kan nog winnen
       1  Mulder        180      1  ja
       2  Lorentzen     100      1  ja
    Niet beslist: de leider kan nog worden ingehaald.
    Mulder blijft iedereen voor, wat er ook gebeurt, met in elke resterende wedstrijd een 5e ...

The layouts take an optional ``title`` (the command line adds ``, after RACE``).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..worldcup.outlook import Guarantee, Outlook
from ..worldcup.seasons import seasons
from ..worldcup.standings import Standings
from . import register
from .lang import Lang, normalise_lang
from .layout import Layout
from .numbers import format_ordinal

__all__ = ["LABELS", "outlook_layout", "standings_layout", "title_of"]

LABELS: Mapping[Lang, Mapping[str, str]] = {
    "en": {
        "rank": "rank",
        "name": "name",
        "points": "points",
        "wins": "wins",
        "can_still_win": "can still win",
        "yes": "yes",
        "no": "no",
        "race": "race",
        "races": "races",
        "left": "{n} {races} left{final}, at most {points} points still available",
        "final": " (Final)",
        "clinched": "{name} has clinched the cup.",
        "open": "Not clinched: the leader can still be caught.",
        "missing": ".",
    },
    "nl": {
        "rank": "pos.",
        "name": "naam",
        "points": "punten",
        "wins": "zeges",
        "can_still_win": "kan nog winnen",
        "yes": "ja",
        "no": "nee",
        "race": "wedstrijd",
        "races": "wedstrijden",
        "left": "nog {n} {races}{final}, nog hoogstens {points} punten te verdienen",
        "final": " (finale)",
        "clinched": "{name} heeft de wereldbeker binnen.",
        "open": "Niet beslist: de leider kan nog worden ingehaald.",
        "missing": ".",
    },
}
"""The words of the World Cup tables; English as the command line has always printed them."""


def title_of(season: str, cup: str) -> str:
    """The title of a table: ``ISU World Cup 2017/18, 500 m men`` for a built-in season,
    the rules' own name for rules of your own (``club cup, 500 m men``).

    >>> title_of("2017/18", "500 m men"), title_of("club cup", "")
    ('ISU World Cup 2017/18, 500 m men', 'club cup')
    """
    head = f"ISU World Cup {season}" if season in seasons() else (season or "World Cup")
    return f"{head}, {cup}" if cup else head


def _races(n: int, words: Mapping[str, str]) -> str:
    return f"{n} {words['race'] if n == 1 else words['races']}"


def standings_layout(table: Standings, lang: object = "en", *, title: str | None = None) -> Layout:
    """The standings as a [Layout][skatecalc.text.layout.Layout]: a title line with the
    number of races, then rank, name, points, wins and the points of every race (the
    status for DQ, DNF, DNS, WDR; ``.`` without a result).

    >>> from skatecalc.worldcup import Cup, Rules
    >>> cup = Cup(Rules.custom("club cup", [10, 6]))
    >>> cup.add_race("R1", ["Ådne", "Bo"])
    >>> print(standings_layout(cup.standings(), "nl").text())
    club cup: 1 wedstrijd
    pos.  naam  punten  zeges  R1
       1  Ådne      10      1  10
       2  Bo         6      0   6
    """
    words = LABELS[normalise_lang(lang)]
    head = title if title is not None else title_of(table.season, table.cup)
    races = table.races
    headers = (words["rank"], words["name"], words["points"], words["wins"], *races)
    rows = []
    for s in table:
        cells = dict.fromkeys(races, words["missing"])
        for score in s.results:
            if score.race in cells:
                cells[score.race] = (
                    str(score.status) if score.status is not None else str(score.points)
                )
        rows.append((str(s.rank), s.name, str(s.points), str(s.wins), *cells.values()))
    return Layout(
        headers,
        rows,
        ("right", "left", "right", "right", *(["right"] * len(races))),
        before=(f"{head}: {_races(len(races), words)}",),
    )


def _guarantee(g: Guarantee, lang: Lang) -> str:
    if lang == "en":
        return f"{g}."
    whom = "iedereen" if g.rival is None else g.rival
    if g.unconditional:
        return f"{g.name} blijft {whom} voor, wat er ook gebeurt."
    if g.place is None:
        return (
            f"{g.name} kan niet zeker blijven van een plaats voor {whom}: zelfs met winst in"
            f" elke resterende wedstrijd kan {g.binding} gelijk of voor eindigen."
        )
    return (
        f"{g.name} blijft {whom} voor, wat er ook gebeurt, met in elke resterende wedstrijd"
        f" een {format_ordinal(g.place, 'nl')} plaats of beter."
    )


def outlook_layout(table: Outlook, lang: object = "en", *, title: str | None = None) -> Layout:
    """The outlook as a [Layout][skatecalc.text.layout.Layout]: the races left and the
    points still available, one line per entrant (can still win: yes or no), whether the
    cup is clinched and the leader's guarantee."""
    language = normalise_lang(lang)
    words = LABELS[language]
    head = title if title is not None else title_of(table.season, table.cup)
    n = len(table.remaining)
    final = words["final"] if table.remaining and table.remaining[0].final else ""
    left = words["left"].format(
        n=n, races=_races(n, words).split(" ", 1)[1], final=final, points=table.max_available
    )
    rows = [
        (
            str(r.rank),
            r.name,
            str(r.points),
            str(r.wins),
            words["yes"] if r.can_still_win else words["no"],
        )
        for r in table
    ]
    after: list[str] = []
    if table.rows:
        after.append(
            words["clinched"].format(name=table.rows[0].name) if table.clinched else words["open"]
        )
    if table.leader_guarantee is not None and not table.clinched:
        after.append(_guarantee(table.leader_guarantee, language))
    return Layout(
        (words["rank"], words["name"], words["points"], words["wins"], words["can_still_win"]),
        rows,
        ("right", "left", "right", "right", "left"),
        before=(f"{head}: {left}",),
        after=tuple(after),
    )


register(Standings, standings_layout)
register(Outlook, outlook_layout)
