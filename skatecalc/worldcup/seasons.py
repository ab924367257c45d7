"""The built-in World Cup seasons, 2013/14 to 2025/26: the rule data and its lookup.

The data are in ``skatecalc/data/worldcup/seasons.toml`` (read once through the package's
rule-set registry, ``skatecalc.rules``): the points tables with every value's status and
source, the Final rule, the mass-start sprint points and the team events of each season::

    >>> seasons()[:2], parse_season("2017-2018")
    (('2013/14', '2014/15'), '2017/18')
    >>> rules("2017/18").final.kind
    'bonus'

Sources: ISU Communications No. 1889 (2014/15), 1958 (2015/16), 2112 (2017/18), 2278
(2019/20), 2587 (2023/24), and published World Cup results; see each value's ``source``.

A season's World Cup calendar: how many races of a cup are left after an event.

The calendars are data (``skatecalc/data/worldcup/calendars.toml``): per season its events
in order and, where known, each event's races per cup, each with its source and status.
`races_left` counts the races of one cup in the events after a given one; when one of
those events' races is not known it says so (`UnknownValueError`) instead of guessing,
and `worldcup outlook` then asks for ``--remaining N``.

>>> races_left("2025/26", 500, "women", after=4)
2
>>> races_left("2025/26", "TP", "men", after=4), races_left("2025/26", "TS", "men", after=4)
(0, 1)
>>> races_left("2025/26", 1000, "men", after=2)
Traceback (most recent call last):
...
skatecalc.errors.UnknownValueError: the races of World Cup #3 (Heerenveen) 2025/26 are not known ...
"""

from __future__ import annotations

from functools import cache

from .. import rules as _registry
from .._lazy import pattern
from ..errors import Advice, UnknownSeasonError, UnknownValueError
from ..limits import shown
from .events import Distance, cup_name, normalise_distance
from .rules import Division, Rules
from .standings import no_tie_break
from .tables import (
    _SUPPLY_A,
    _SUPPLY_B,
    _SUPPLY_FINAL,
    CLI_SUPPLY,
    FinalRule,
    MassStartRules,
    Table,
    Value,
    _check_status,
)

__all__ = ["parse_season", "races_left", "rules", "seasons", "seasons_with_calendar"]


_SEASON = pattern(r"\s*([0-9]{4})\s*[/\-–]\s*([0-9]{4}|[0-9]{2})\s*")  # ASCII digits only


def parse_season(text: str) -> str:
    """Normalise a season to ``"2017/18"`` (accepts ``2017-18``, ``2017-2018``, ...).

    >>> parse_season("2017-2018"), parse_season("2017-18")
    ('2017/18', '2017/18')
    """
    if not isinstance(text, str):
        raise UnknownSeasonError.unknown(
            shown(text), seasons(), why="a season is text such as '2017/18'"
        )
    if len(text) == 7 and text[4] == "/" and text.isascii() and (text[:4] + text[5:]).isdigit():
        first, second = int(text[:4]), text[5:]  # the usual spelling, without the pattern
    else:
        m = _SEASON.fullmatch(text)
        if not m:
            raise UnknownSeasonError.unknown(
                text, seasons(), why="a season looks like '2017/18', '2017-18' or '2017-2018'"
            )
        first, second = int(m.group(1)), m.group(2)
    expected = first + 1 if len(second) == 4 else (first + 1) % 100
    if int(second) != expected:
        raise UnknownSeasonError.unknown(
            text,
            seasons(),
            why=f"a season runs over two consecutive years ({first}/{expected:02d})",
        )
    return f"{first}/{(first + 1) % 100:02d}"


def _data() -> _registry.RuleData:
    return _registry.load("worldcup", "seasons")


def _load_table(tid: str, label: str, supply: Advice, sources: str = "") -> Table:
    t = _data()["tables"][tid]
    length = t.get("length")
    known = {
        v["place"]: Value(v["points"], v["status"], v.get("source", t["source"]))
        for v in t["values"]
    }
    top = max(known, default=0)
    values = tuple(known.get(p) for p in range(1, top + 1))
    source = t["source"] if known else sources
    return Table(label, values, length, t.get("note", ""), source, supply)


def seasons() -> tuple[str, ...]:
    """The seasons with built-in rules, oldest first.

    >>> seasons()[0], seasons()[-1], len(seasons())
    ('2013/14', '2025/26', 13)
    """
    return tuple(sorted(_data()["seasons"]))


@cache
def _rules(season: str) -> Rules:
    s = _data()["seasons"][season]
    a = _load_table(s["division_a"], f"Division A {season}", _SUPPLY_A)
    b = _load_table(s["division_b"], f"Division B {season}", _SUPPLY_B, s["source"])
    f = s["final"]
    kind = f["kind"]
    ftable = (
        _load_table(f["table"], f"Final {season}", _SUPPLY_FINAL, f.get("source", ""))
        if "table" in f
        else None
    )
    final = FinalRule(
        kind,
        _check_status(f.get("status", "unverified")),
        f.get("source", ""),
        ftable,
        f.get("factor", 1),
    )
    ms_data = _data()["mass_start"][s["mass_start"]]
    ms = MassStartRules(
        tuple(ms_data["intermediate"]),
        tuple(ms_data["final_sprint"]),
        tuple(ms_data["sprint_laps"]),
        _check_status(ms_data["status"]),
        ms_data["source"],
        ms_data["description"],
    )
    distance_tables: list[tuple[Distance, Division, Table]] = []
    if "long_distances" in s:
        ld = s["long_distances"]
        for d in ld["distances"]:
            for div in ("A", "B"):
                how = (
                    Advice(
                        f"supply the table with rules.override(distances={{{d}: [...]}})"
                        " (points of places 1, 2, ...)",
                        f"supply the table with --table-distance {d}=POINTS (place 1 first,"
                        " comma-separated) on the command line",
                    )
                    if div == "A"
                    else Advice(
                        "supply the table with Rules.custom(...) with your own Division B table"
                        " (override(distances=...) replaces the Division A table only)",
                        CLI_SUPPLY,
                    )
                )
                t = _load_table(ld["table"], f"Division {div} {d} m {season}", how, s["source"])
                distance_tables.append((d, div, t))
    for dt in s.get("distance_tables", ()):  # a table for some distances of one division
        for d in dt["distances"]:
            key = d.lower() if isinstance(d, str) else d
            unit = f"{key} m" if isinstance(key, int) else key
            label = f"Division {dt['division']} {unit} {season}"
            how = _SUPPLY_A if dt["division"] == "A" else _SUPPLY_B
            t = _load_table(dt["table"], label, how, s["source"])
            distance_tables.append((key, dt["division"], t))
    team = s["team_events"]
    return Rules(
        season,
        a,
        b,
        final,
        ms,
        tuple(distance_tables),
        _check_status(team["status"]),
        team["source"],
        "unverified",
        None,
        no_tie_break,
        s["source"],
    )


def rules(season: str) -> Rules:
    """The World Cup rules of ``season`` (``"2017/18"``, ``"2017-18"``, ``"2017-2018"``).

    >>> rules("2017-2018").points(2)
    80
    >>> rules("2012/13")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownSeasonError: unknown World Cup season '2012/13'; ...
    """
    key = parse_season(season)
    if key not in _data()["seasons"]:
        raise UnknownSeasonError.unknown(season, seasons())
    return _rules(key)


_KINDS: dict[object, str] = {"mass start": "MS", "team pursuit": "TP", "team sprint": "TS"}


def seasons_with_calendar() -> tuple[str, ...]:
    """The seasons whose calendar is in the data.

    >>> seasons_with_calendar()
    ('2025/26',)
    """
    return tuple(_registry.load("worldcup", "calendars")["seasons"])


def _key(distance: Distance, gender: str) -> str:
    d = normalise_distance(distance)
    if d in _KINDS:
        return _KINDS[d]
    name = cup_name(d, gender)
    return "long" if "/" in name else str(d)


def races_left(season: str, distance: Distance, gender: str, *, after: int) -> int:
    """The races of the cup of ``distance`` and ``gender`` in ``season``'s World Cups after
    number ``after``. A season without a calendar, or a later event whose races are not
    known, raises `UnknownValueError` naming it."""
    data = _registry.load("worldcup", "calendars")["seasons"]
    if season not in data:
        raise UnknownValueError(
            f"the World Cup calendar of {season} is not known (known: "
            f"{', '.join(data) or 'none'}); give the races left with --remaining N"
        )
    key = _key(distance, gender)
    left = 0
    for event in data[season]["events"]:
        if event["number"] <= after:
            continue
        races = event.get("races")
        if races is None:
            raise UnknownValueError(
                f"the races of World Cup #{event['number']} ({event['venue']}) {season} are"
                f" not known ({event['source']}); give the races left with --remaining N"
            )
        left += int(races.get(key, 0))
    return left
