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
    Wereldbeker 2017/18, 500 m mannen: nog 1 wedstrijd (finale), nog hoogstens 150 punten te ...
    pos.  naam       punten  zeges  kan nog winnen
       1  Mulder        180      1  ja
       2  Lorentzen     100      1  ja
    Niet beslist: de leider kan nog worden ingehaald.
    Mulder blijft iedereen voor, wat er ook gebeurt, met in elke resterende wedstrijd een 5e ...

The layouts take an optional ``title`` (the command line adds ``, after RACE``).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..tabular import render_html, render_text
from ..worldcup.outlook import Guarantee, Outlook
from ..worldcup.rules import Rules
from ..worldcup.seasons import seasons
from ..worldcup.standings import Standings
from ..worldcup.tables import PointsTables
from . import register
from .labels import cup_title, rule_status
from .lang import Lang, normalise_lang
from .layout import Layout
from .numbers import format_ordinal
from .table import rows_layout

__all__ = ["LABELS", "outlook_layout", "rules_text", "standings_layout", "title_of"]

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
        "cup_season": "ISU World Cup {season}",
        "world_cup": "World Cup",
        "after_race": ", after {race}",
        "provisional": " (provisional: {races} not complete)",
        "table_title": "ISU World Cup {season} points",
        "table_legend": " (v verified, d derived, u unverified, ? unknown)",
        "source": "source: {source}",
        "place": "place",
        "division_a": "Division A",
        "final_head": "Final",
        "division_b": "Division B",
        "final_line": "Final: {rule} ({source})",
        "rule_bonus": "places 1-5 score the bonus table, place 6 on the Division A table",
        "rule_multiply": "every place scores {factor} x the Division A table",
        "rule_none": "no bonus: the Division A table",
        "rule_table": "its own table",
        "rule_unknown": "unknown",
        "division_b_line": "Division B: {note}",
        "mass_start_line": "Mass start: intermediate sprints {intermediate} after laps {laps};"
        " final sprint {final} ({status}; {source}); World Cup points from the ranking"
        " ({unverified})",
        "team_line": "Team events: {source} ({status})",
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
        "cup_season": "Wereldbeker {season}",
        "world_cup": "Wereldbeker",
        "after_race": ", na {race}",
        "provisional": " (voorlopig: {races} nog niet compleet)",
        "table_title": "Wereldbekerpunten {season}",
        "table_legend": " (g geverifieerd, a afgeleid, n niet geverifieerd, ? onbekend)",
        "source": "bron: {source}",
        "place": "plaats",
        "division_a": "Divisie A",
        "final_head": "Finale",
        "division_b": "Divisie B",
        "final_line": "Finale: {rule} ({source})",
        "rule_bonus": "plaats 1-5 volgens de bonustabel, vanaf plaats 6 de tabel van divisie A",
        "rule_multiply": "elke plaats krijgt {factor} x de tabel van divisie A",
        "rule_none": "geen bonus: de tabel van divisie A",
        "rule_table": "een eigen tabel",
        "rule_unknown": "onbekend",
        "division_b_line": "Divisie B: {note}",
        "mass_start_line": "Massastart: tussensprints {intermediate} na ronde {laps};"
        " eindsprint {final} ({status}; {source}); wereldbekerpunten volgens de uitslag"
        " ({unverified})",
        "team_line": "Ploegonderdelen: {source} ({status})",
    },
}
"""The words of the World Cup tables; English as the command line has always printed them."""


def title_of(season: str, cup: str, lang: object = "en") -> str:
    """The title of a table: ``ISU World Cup 2017/18, 500 m men`` for a built-in season
    (``Wereldbeker 2017/18, 500 m mannen`` in Dutch), the rules' own name for rules of your
    own (``club cup, 500 m men``).

    >>> title_of("2017/18", "500 m men"), title_of("club cup", "")
    ('ISU World Cup 2017/18, 500 m men', 'club cup')
    >>> title_of("2017/18", "500 m men", "nl")
    'Wereldbeker 2017/18, 500 m mannen'
    """
    language = normalise_lang(lang)
    words = LABELS[language]
    if season in seasons():
        head = words["cup_season"].format(season=season)
    else:
        head = season or words["world_cup"]
    return f"{head}, {cup_title(cup, language)}" if cup else head


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
    language = normalise_lang(lang)
    words = LABELS[language]
    head = title if title is not None else title_of(table.season, table.cup, language)
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
    if g.place == 1:
        return (
            f"{g.name} blijft {whom} voor, wat er ook gebeurt, door elke resterende wedstrijd"
            " te winnen."
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
    head = title if title is not None else title_of(table.season, table.cup, language)
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


_MARKS: Mapping[Lang, Mapping[str, str]] = {
    "en": {"verified": "v", "derived": "d", "unverified": "u"},
    "nl": {"verified": "g", "derived": "a", "unverified": "n"},
}
"""The one-letter status marks of the points tables."""


def _mark_cell(table: object, place: int, lang: Lang) -> str:
    from ..errors import SkatecalcError

    try:
        v = table.value(place)  # type: ignore[attr-defined]
    except SkatecalcError:
        return "?"
    return f"{v.points} {_MARKS[lang][v.status]}"


def rules_text(r: Rules, rows: int, lang: object = "en") -> str:
    """A season's points tables as text: Division A, the Final and Division B per place
    (with each value's status mark), then the Final rule, notes, the mass-start sprints
    and the team events, each with its source.

    >>> from skatecalc.worldcup import rules
    >>> print(rules_text(rules("2017/18"), 2, "nl").splitlines()[2])
    plaats  Divisie A  Finale  Divisie B
    """
    language = normalise_lang(lang)
    words = LABELS[language]
    a = r.table()
    final = r.table(final=True)
    b = r.table(division="B")
    heads = (words["place"], words["division_a"], words["final_head"], words["division_b"])
    w = [max(n, len(h)) for n, h in zip((5, 10, 7, 10), heads, strict=True)]
    lines = [
        words["table_title"].format(season=r.season) + words["table_legend"],
        words["source"].format(source=r.source),
        "  ".join(f"{h:>{n}}" for h, n in zip(heads, w, strict=True)),
    ]
    for place in range(1, rows + 1):
        cells = (str(place), *(_mark_cell(t, place, language) for t in (a, final, b)))
        lines.append("  ".join(f"{c:>{n}}" for c, n in zip(cells, w, strict=True)))
    fr = r.final
    rule = words[f"rule_{fr.kind}"].format(factor=getattr(fr, "factor", ""))
    lines.append(words["final_line"].format(rule=rule, source=fr.source))
    if b.note:
        lines.append(words["division_b_line"].format(note=b.note))
    for d, div, t in r.distance_tables:
        if div == "A":
            lines.append(f"{d} m: {t.note or t.name}")
    ms = r.mass_start
    if ms is not None:
        lines.append(
            words["mass_start_line"].format(
                intermediate="-".join(map(str, ms.intermediate)),
                laps=", ".join(map(str, ms.sprint_laps)),
                final="-".join(map(str, ms.final_sprint)),
                status=rule_status(ms.status, language),
                source=ms.source,
                unverified=rule_status("unverified", language),
            )
        )
    lines.append(
        words["team_line"].format(source=r.team_source, status=rule_status(r.team_status, language))
    )
    return "\n".join(lines)


register(Standings, standings_layout)
register(Outlook, outlook_layout)


@render_text.register
def _points_text(obj: PointsTables, lang: object = "en") -> str:
    return rules_text(obj.rules, len(obj), lang)


@render_html.register
def _points_html(obj: PointsTables) -> str:
    title = LABELS["en"]["table_title"].format(season=obj.rules.season)
    return rows_layout(obj.to_rows(), "en", title=title).html()
