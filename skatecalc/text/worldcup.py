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

Text and HTML of the SOQC (Special Olympic Qualification Classification) and of a Games'
quota parameters (`QuotaRules`, one row per event).

The SOQC as the ISU prints it: per event the ranking by points, "further ranking by World
Cup times", then the reserve list; columns quota rank, nation, number within the nation,
name, World Cup points, best time with venue, date and competition.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from ..notation import Lang, normalise_lang
from ..worldcup.outlook import Guarantee, Outlook
from ..worldcup.rules import Rules
from ..worldcup.seasons import seasons
from ..worldcup.standings import Change, Standings
from ..worldcup.tables import PointsTables
from . import register
from .catalog import cup_title, note, rule_status, say, section
from .layout import Layout, rows_layout

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from ..olympic.quota import QuotaRules
    from ..olympic.soqc import Soqc, SoqcRow

__all__ = [
    "LABELS",
    "SOQC_LABELS",
    "outlook_layout",
    "quota_layout",
    "rules_text",
    "soqc_event_layouts",
    "soqc_event_text",
    "soqc_html",
    "soqc_text",
    "standings_layout",
    "title_of",
]


LABELS: Mapping[Lang, Mapping[str, str]] = section("worldcup")
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


def race_label(
    distance: int | str, gender: str, date: datetime.date, division: str, lang: object = "en"
) -> str:
    """A race as titles name it, in ``lang``: ``1000 m men, 03.01.2026, Division A`` (the
    listing's `Race.title`), ``1000 m mannen, 03.01.2026, Divisie A`` in Dutch.

    >>> import datetime
    >>> day = datetime.date(2026, 1, 3)
    >>> race_label(1000, "men", day, "A"), race_label("mass start", "women", day, "B", "nl")
    ('1000 m men, 03.01.2026, Division A', 'massastart vrouwen, 03.01.2026, Divisie B')
    """
    language = normalise_lang(lang)
    what = f"{distance} m" if isinstance(distance, int) else distance
    division_word = LABELS[language]["division_b" if division == "B" else "division_a"]
    return f"{cup_title(f'{what} {gender}', language)}, {date:%d.%m.%Y}, {division_word}"


def _races(n: int, words: Mapping[str, str]) -> str:
    return f"{n} {words['race'] if n == 1 else words['races']}"


def standings_layout(
    table: Standings,
    lang: object = "en",
    *,
    title: str | None = None,
    changes: tuple[str, Mapping[str, Change]] | None = None,
) -> Layout:
    """The standings as a [Layout][skatecalc.text.layout.Layout]: a title line with the
    number of races, then rank, name, points, wins and the points of every race (the
    status for DQ, DNF, DNS, WDR; ``.`` without a result). With ``changes`` (the last
    race and `skatecalc.worldcup.standings.since_previous`): two more columns after wins,
    the places moved (``+1``, ``-2``, ``=``, ``new``) and the points the last race added.

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
    extra = (words["moved"], words["added"]) if changes is not None else ()
    headers = (words["rank"], words["name"], words["points"], words["wins"], *extra, *races)
    rows = []
    for s in table:
        cells = dict.fromkeys(races, words["missing"])
        for score in s.results:
            if score.race in cells:
                cells[score.race] = (
                    str(score.status) if score.status is not None else str(score.points)
                )
        moved: tuple[str, ...] = ()
        if changes is not None:
            c = changes[1].get(s.name)
            moved = (_moved(c.moved if c else None, words), f"+{c.added}" if c else "+0")
        rows.append((str(s.rank), s.name, str(s.points), str(s.wins), *moved, *cells.values()))
    after = (words["since"].format(race=changes[0]),) if changes is not None else ()
    return Layout(
        headers,
        rows,
        ("right", "left", "right", "right", *(["right"] * (len(extra) + len(races)))),
        before=(f"{head}: {_races(len(races), words)}",),
        after=after,
    )


def _moved(moved: int | None, words: Mapping[str, str]) -> str:
    if moved is None:
        return words["new"]
    return "=" if moved == 0 else f"{moved:+d}"


def _guarantee(g: Guarantee, lang: Lang) -> str:
    return say("worldcup.sentence", lang, text=g.message)


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


_MARKS: Mapping[Lang, Mapping[str, str]] = section("worldcup.mark")
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


def _points_text(obj: PointsTables, lang: Lang) -> str:
    return rules_text(obj.rules, len(obj), lang)


def _points_html(obj: PointsTables) -> str:
    title = LABELS["en"]["table_title"].format(season=obj.rules.season)
    return rows_layout(obj.to_rows(), "en", title=title).html()


register(PointsTables, text=_points_text, html=_points_html)


SOQC_LABELS: Mapping[Lang, Mapping[str, str]] = section("soqc")
"""The words of the SOQC tables (the ``soqc`` table of the catalogues)."""


def _cells(r: SoqcRow, lang: Lang) -> tuple[str, ...]:
    return (
        "" if r.quota_rank is None else str(r.quota_rank),
        r.nation,
        str(r.no),
        r.name,
        str(r.points),
        "" if r.time is None else r.time.format(lang),
        r.venue,
        "" if r.date is None else f"{r.date:%d.%m.%Y}",
        r.competition,
    )


def soqc_event_layouts(s: Soqc, gender: str, event: str, lang: Lang = "en") -> list[Layout]:
    """One layout per block of one event (points, times, reserve), headed by the block."""
    lang = normalise_lang(lang)
    words = SOQC_LABELS[lang]
    heads = tuple(
        words[k]
        for k in (
            "rank",
            "nation",
            "no",
            "name",
            "wc_points",
            "time",
            "venue",
            "date",
            "competition",
        )
    )
    align = ("right", "left", "right", "left", "right", "right", "left", "left", "left")
    rows = s.event(gender, event)
    out = []
    for block in ("points", "times", "reserve"):
        cells = tuple(_cells(r, lang) for r in rows if r.block == block)
        if cells:
            out.append(Layout(heads, cells, align, before=(words[block],)))
    return out


def soqc_event_text(s: Soqc, gender: str, event: str, lang: Lang = "en") -> str:
    """One event's SOQC as text: its title, then each block."""
    lang = normalise_lang(lang)
    words = SOQC_LABELS[lang]
    ev = next((e for e in s.events if e.gender == gender and e.event == event), None)
    title = f"SOQC {gender} {event}"
    if ev is not None:
        title = words["title"].format(
            gender=words[ev.gender],
            event=ev.event,
            size=ev.size,
            points=ev.points_places,
            times=ev.times_places,
            limit=ev.max_per_noc,
        )
    blocks = [layout.text() for layout in soqc_event_layouts(s, gender, event, lang)]
    return "\n\n".join([title, *(blocks or [words["none"]])])


def soqc_text(s: Soqc, lang: Lang = "en") -> str:
    """Every event of the SOQC as text, then the ties decided (unverified order)."""
    parts = [
        soqc_event_text(s, e.gender, e.event, lang) for e in s.events if s.event(e.gender, e.event)
    ]
    ties = "\n".join(note(t, lang) for t in s.ties)
    return "\n\n".join(parts + ([ties] if s.ties else []))


def soqc_html(obj: Soqc) -> str:
    """The HTML of the SOQC: one table per event and block."""
    return "\n".join(
        layout.html()
        for e in obj.events
        for layout in soqc_event_layouts(obj, e.gender, e.event, "en")
    )


def quota_layout(rules: QuotaRules, lang: Lang) -> Layout:
    """The quota parameters of a Games, one row per event, under the Games' title."""
    from .olympic import quota_title  # the one title of a Games' quota parameters

    return rows_layout(rules.to_rows(), lang, title=quota_title(rules, normalise_lang(lang)))
