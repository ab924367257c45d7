"""The notation of the ISU result PDFs: bracket thousandths, printed names, team names.

>>> parse_bracket_time("1:09.11(7)"), parse_bracket_time("34.02")
(RaceTime('1:09.117'), RaceTime('34.02'))
>>> printed_to_name("Damian ŻUREK"), printed_to_name("Sanne IN 'T HOF")
('Damian Żurek', "Sanne In 't Hof")
"""

from __future__ import annotations

import re

from ...errors import InvalidTimeError, PrintedPointsWarning
from ...time import RaceTime

__all__ = [
    "NATIONS",
    "PrintedPointsWarning",
    "format_bracket_time",
    "parse_bracket_time",
    "printed_to_name",
]

NATIONS = {
    "AUSTRIA": "AUT",
    "BELGIUM": "BEL",
    "CANADA": "CAN",
    "CHINA": "CHN",
    "PEOPLE'S REPUBLIC OF CHINA": "CHN",
    "CZECHIA": "CZE",
    "CZECH REPUBLIC": "CZE",
    "DENMARK": "DEN",
    "ESTONIA": "EST",
    "FRANCE": "FRA",
    "GERMANY": "GER",
    "GREAT BRITAIN": "GBR",
    "HUNGARY": "HUN",
    "ITALY": "ITA",
    "JAPAN": "JPN",
    "KAZAKHSTAN": "KAZ",
    "NETHERLANDS": "NED",
    "NORWAY": "NOR",
    "POLAND": "POL",
    "REPUBLIC OF KOREA": "KOR",
    "SPAIN": "ESP",
    "SWITZERLAND": "SUI",
    "CHINESE TAIPEI": "TPE",
    "UNITED STATES": "USA",
    "UNITED STATES OF AMERICA": "USA",
}
"""Team names as the team-pursuit documents print them, and their IOC codes."""

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        1,
    )
}
_BRACKET = re.compile(r"((?:[0-9]{1,2}:)?[0-9]{1,2}\.[0-9]{2})(?:\(([0-9])\))?")
_HEAD = re.compile(r"ISU SPEED SKATING WORLD CUP #([0-9]+)")
_VENUE = re.compile(
    r"(.+?) / ([0-9]{1,2})(?: ([A-Za-z]{3,}))?(?: ([0-9]{4}))? - ([0-9]{1,2}) ([A-Za-z]{3,})"
    r" ([0-9]{4})"
)
_TITLE = re.compile(r"([0-9]+)\. RESULT (.+)")
_DAY = re.compile(r"[A-Za-z]+day, ([0-9]{1,2}) ([A-Za-z]+) ([0-9]{4})")
_KIND = re.compile(
    r"(?:(?:1st|2nd) )?(?:(?P<metres>[0-9]+)m|(?P<kind>Team Pursuit|Mass Start|Team Sprint))"
    r" (?P<gender>Men|Women)(?: Division (?P<div>[AB]))?"
)
_FOOTNOTE = re.compile(r"([A-Z]{1,2}[0-9]{0,2}) : (.+)")
_RESULT = re.compile(
    r"(?:(?P<status>DNS|DNF|DQ|WDR)|(?P<time>(?:[0-9]{1,2}:)?[0-9]{1,2}\.[0-9]{2}(?:\([0-9]\))?))"
    r"(?P<code>[A-Z]{1,2}[0-9]{0,2}(?:,[A-Z]{1,2}[0-9]{0,2})*)?"
)
_POINTS = r"(?: (?P<flag>\(N\))?(?P<points>[0-9]+))?"
_INDIVIDUAL = re.compile(
    r"(?:(?P<rank>[0-9]+) )?(?P<nr>[0-9]+) (?P<name>[^\d\s].*?) (?P<nat>[A-Z]{3})"
    r"(?: (?P<pair>[0-9]+) (?P<lane>In|Out))? (?P<result>\S+)(?: (?P<behind>\+\S+))?" + _POINTS
)
_TEAM = re.compile(
    r"(?:(?P<rank>[0-9]+) )?(?P<nr>[0-9]+) (?P<name>[A-Z][A-Z .'-]*?) (?P<pair>[0-9]+)"
    r" (?P<lane>Finish|Crossing) (?P<result>\S+)(?: (?P<behind>\+\S+))?" + _POINTS
)
_MASS = re.compile(
    r"(?:(?P<rank>[0-9]+) )?(?P<nr>[0-9]+) (?P<name>[^\d\s].*?) (?P<nat>[A-Z]{3})"
    r" (?P<laps>[0-9]+) (?P<sprints>(?:[0-9]+ )*)(?P<total>[0-9]+) (?P<result>\S+)" + _POINTS
)
_SPRINT_COLUMNS = ("S1", "S2", "S3", "S4")


def parse_bracket_time(text: str) -> RaceTime:
    """A time as the result PDFs print it: the thousandth, where printed, in brackets.

    >>> parse_bracket_time("34.02(1)"), parse_bracket_time("1:46.38")
    (RaceTime('34.021'), RaceTime('1:46.38'))
    >>> parse_bracket_time("34.0(1)")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidTimeError: '34.0(1)' is not a result-PDF time ...
    """
    m = _BRACKET.fullmatch(text)
    if m is None:
        raise InvalidTimeError(
            f"{text!r} is not a result-PDF time (expected 1:09.11 or 1:09.11(7))"
        )
    base = RaceTime.parse(m.group(1))
    if m.group(2) is None:
        return base
    return RaceTime(base.thousandths + int(m.group(2)), 3)


def format_bracket_time(time: RaceTime) -> str:
    """The PDF notation of ``time``: hundredths, and the thousandth in brackets if known.

    >>> format_bracket_time(RaceTime.parse("1:09.117"))
    '1:09.11(7)'
    >>> format_bracket_time(RaceTime.parse("34.02"))
    '34.02'
    """
    if time.precision == 3:
        return f"{time.official}({time.thousandths % 10})"
    return str(time)


def printed_to_name(printed: str) -> str:
    """The usual form of a printed name: words in capitals get small letters after the first.

    Case is lost in print (``MCLEOD`` gives ``Mcleod``): compare names case-insensitively.

    >>> printed_to_name("Jenning DE BOO"), printed_to_name("Antoine GÉLINAS-BEAULIEU")
    ('Jenning De Boo', 'Antoine Gélinas-Beaulieu')
    """
    words = []
    for w in printed.split(" "):
        if w.isupper() and (sum(c.isalpha() for c in w) >= 2 or w.startswith("'")):
            w = re.sub(r"(?<!')[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), w)
            w = re.sub(r"(?<=')[^\W\d_]+", lambda m: m.group(0).lower(), w)  # IN 'T HOF
        words.append(w)
    return " ".join(words)
