"""A race's lines agree with each other (shared places, order, the DIFF column), and an
event's races with each other (Division A and B, no race twice).

The reader checks each line on its own; these checks look at a race's lines together, so
that a listing that contradicts itself is refused, never read as one of its readings.

The cells of a listing line: DIFF values, screen columns, dates.
"""

from __future__ import annotations

import datetime
import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Sequence

from ... import _record
from ...errors import FileFormatError, InvalidTimeError
from ...limits import shown
from .build import new_race
from .model import Entry, Race, _diff_text

__all__ = [
    "COLUMNS",
    "Heading",
    "Plan",
    "capitals",
    "check_race",
    "column_plan",
    "cut_line",
    "date_of",
    "display_cells",
    "divisions",
    "hundredths_warning",
    "parse_diff",
    "plain_cells",
    "words",
]


EntryFail = Callable[[Entry, str], FileFormatError]
"""Makes the error for an entry's line (the reader adds the file, the line and its text)."""


def _diff(diff: int | None) -> str:
    return "no DIFF" if diff is None else f"DIFF {_diff_text(diff)}"


def check_race(
    entries: Sequence[Entry], title: str, *, has_diff: bool, mass_start: bool, fail: EntryFail
) -> None:
    """Refuse a race whose lines contradict each other.

    * A shared place means equal times: the same TIME and the same DIFF. (The converse
      does not hold in the published listings: lines equal to the thousandth may still
      carry consecutive places, e.g. 17th and 18th on 1:15.42 +3.060; the places are the
      listing's word.) A mass start shares a place the same way (a blank POS under 8th,
      on the same time and DIFF).
    * Places follow the times: no line is faster than the line above (a mass start lists
      its ranking, whatever the times, and is not checked).
    * Without a DIFF column every time must be equal: the layout gives each time's exact
      gap to the first there.
    """
    _check_shared(entries, has_diff, fail)
    if not mass_start:
        _check_order(entries, fail)
    if has_diff:
        return
    with_time = [e for e in entries if e.time is not None]
    if any(e.time != with_time[0].time for e in with_time):
        other = next(e for e in with_time if e.time != with_time[0].time)
        raise fail(
            other,
            f"the header of {title!r} has no DIFF column: the layout gives each time's"
            " exact gap to the first there (it splits equal hundredths); copy the whole"
            " table",
        )


def _check_shared(entries: Sequence[Entry], has_diff: bool, fail: EntryFail) -> None:
    # official times (hundredths, thousandths truncated) compared as whole hundredths
    for above, e in itertools.pairwise(entries):
        if (
            e.place == above.place
            and e.time is not None
            and above.time is not None
            and (
                e.time.thousandths // 10 != above.time.thousandths // 10
                or (e.diff or 0) != (above.diff or 0)
            )
        ):
            shown = (
                f"{e.time} ({_diff(e.diff)}) and {above.time} ({_diff(above.diff)})"
                if has_diff
                else f"{e.time} and {above.time}"
            )
            raise fail(
                e,
                f"{e.name} shares place {e.place} with {above.name} above, but their times"
                f" differ: {shown}",
            )


def _check_order(entries: Sequence[Entry], fail: EntryFail) -> None:
    previous: Entry | None = None
    diff = hundredths = 0  # of the line above
    for e in entries:
        if e.time is None:
            break
        h, d = e.time.thousandths // 10, e.diff or 0  # the official time in hundredths
        if previous is not None and (d < diff or h < hundredths):
            raise fail(
                e, f"{e.name} is faster than {previous.name} above: the places and times disagree"
            )
        previous, diff, hundredths = e, d, h


def hundredths_warning(race: Race) -> str | None:
    """A warning when the race's DIFF column is printed at hundredths and two lines share a
    hundredth: the listing cannot split them (the official result does)."""
    if race.distance == "mass start":
        return None  # a mass start ranks by the finish, not by the time
    diffs = False
    for e in race.entries:
        if e.diff is not None:
            if e.diff % 10:
                return None  # a DIFF in thousandths
            diffs = True
    if not diffs:
        return None
    timed = [e for e in race.entries if e.time is not None]
    team = race.is_team
    for above, e in itertools.pairwise(timed):
        if (
            e.place == above.place
            and not (team and e.nation == above.nation)  # not the members of one team
            and e.official == above.official
        ):
            return (
                f"{race.title}: every DIFF ends in 0 (printed at hundredths): the listing"
                f" cannot split equal hundredths ({above.name} and {e.name} on {e.official});"
                " the official result can, by thousandths"
            )
    return None


Heading = tuple[int | str, str, datetime.date, tuple[Entry, ...], int, tuple[str, ...]]
"""A race as read, before its division is known: distance, gender, date, entries, the line
of its heading, warnings."""


def _not_twice(
    earlier: Heading, heading: Heading, fail: Callable[[int, str], FileFormatError]
) -> None:
    """Refuse a second listing of a race that is the first given again (pasted twice, or a
    copy taken during the race followed by the final one), never its Division B: Division
    A and B of one race share no skater, except in a mass start, where some of Division B's
    skaters go on to Division A's race the same day (in both World Cups of the sample
    listings, 3 women and 4 men of each B race; neither race is ever all in the other)."""
    entries, line = heading[3], heading[4]
    before = {e.name for e in earlier[3]}
    shared = [e.name for e in entries if e.name in before]
    if not shared:
        return
    if heading[0] == "mass start" and len(shared) < min(len(before), len(entries)):
        return  # skaters of Division B in Division A's race too
    if earlier[3] == entries:
        raise fail(
            line,
            f"the same race twice: equal to the race at line {earlier[4]} (a listing given or"
            " pasted twice?)",
        )
    named = ", ".join(shared[:3]) + (f" and {len(shared) - 3} more" if len(shared) > 3 else "")
    raise fail(
        line,
        f"the same race twice? {len(shared)} of its {len(entries)} skaters ({named}) are in the"
        f" race at line {earlier[4]} too, and Division A and B of one race share no skater"
        " (a race pasted twice, or a copy taken during the race and then the final one?)",
    )


def divisions(races: list[Heading], fail: Callable[[int, str], FileFormatError]) -> list[Race]:
    """The races, each built once from settled entries (`new_race`): Division A for an
    event's first listing of a race, B for its second; a second listing that shares a
    skater with the first is the same race given twice (refused, see `_not_twice`);
    ``fail`` makes the error for a line number. A race listed once is marked ``single``."""
    first: dict[tuple[int | str, str, datetime.date], Heading] = {}
    count: dict[tuple[int | str, str, datetime.date], int] = {}
    division: list[int] = []
    for r in races:
        distance, gender, date, _, line, _ = r
        key = (distance, gender, date)
        n = count.get(key, 0)
        count[key] = n + 1
        if n >= 2:
            raise fail(line, "the same race a third time on one day (only Division A and B exist)")
        if n == 1:
            _not_twice(first[key], r, fail)
        first.setdefault(key, r)
        division.append(n)
    return [
        new_race(
            distance,
            gender,
            date,
            entries,
            "AB"[n],
            line,
            warnings,
            # the mixed relay is skated in one division
            single=count[(distance, gender, date)] == 1 and distance != "mixed relay",
        )
        for (distance, gender, date, entries, line, warnings), n in zip(
            races, division, strict=True
        )
    ]


def capitals(text: str, least: int, most: int) -> bool:
    """Whether ``text`` is ``least`` to ``most`` ASCII capitals (``[A-Z]{least,most}``,
    without compiling a pattern)."""
    return least <= len(text) <= most and text.isascii() and text.isalpha() and text.isupper()


def words(line: str) -> list[tuple[str, int]]:
    """The words of ``line`` (runs of non-blank characters) and where each starts, as
    ``re.finditer(r"\\S+", line)`` finds them."""
    found: list[tuple[str, int]] = []
    at = 0
    for word in line.split():
        at = line.index(word, at)  # only blanks lie between the last word and this one
        found.append((word, at))
        at += len(word)
    return found


_DIFF = re.compile(r"([+-])(?:(\d{1,4})\.(\d{2})|(\d{1,5}))\.(\d{3})", re.ASCII)


def parse_diff(text: str) -> int:
    """A DIFF cell in thousandths: ``+1.352``, ``+1.07.210`` (over a minute), ``-46.780``.

    >>> parse_diff("+1.352"), parse_diff("+1.07.210"), parse_diff("-1.48.390")
    (1352, 67210, -108390)
    >>> parse_diff("1.352")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidTimeError: '1.352' is not a DIFF: expected +s.fff or +m.ss.fff
    """
    if type(text) is str and 6 <= len(text) <= 10 and text[-4] == "." and text[0] in "+-":
        # the common shape, +s.fff (one to five digits before the point), without the
        # pattern: the digits must be ASCII (str.isdigit alone also takes other scripts')
        digits = text[1:-4] + text[-3:]
        if digits.isdigit() and digits.isascii():
            return -int(digits) if text[0] == "-" else int(digits)
    m = _DIFF.fullmatch(text.strip()) if isinstance(text, str) else None
    if not m:
        raise InvalidTimeError(f"{shown(text)} is not a DIFF: expected +s.fff or +m.ss.fff")
    sign, minutes, seconds, plain, frac = m.groups()
    if minutes is not None:
        if int(seconds) >= 60:
            raise InvalidTimeError(f"{text!r} is not a DIFF: {seconds} seconds must be below 60")
        total = (int(minutes) * 60 + int(seconds)) * 1000 + int(frac)
    else:
        total = int(plain) * 1000 + int(frac)
    return -total if sign == "-" else total


def display_cells(line: str) -> list[str]:
    """The screen columns of a line: a wide character fills two (the second ``""``), a
    combining mark joins the character before it."""
    cells: list[str] = []
    for ch in line:
        if cells and (unicodedata.combining(ch) or unicodedata.category(ch) in ("Me", "Cf")):
            cells[-1] += ch
            continue
        cells.append(ch)
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            cells.append("")
    return cells


def date_of(day: str, month: str, year: str, at: str, text: str) -> datetime.date:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        raise FileFormatError(f"{text!r} is not a date", where=at) from None


COLUMNS = ("POS", "NAME", "AG", "NAT", "TIME", "DIFF", "RECORD")
"""The columns a header may have, in the order of a line's cells (`Plan.cells`)."""


@_record.frozen
class Plan:
    """A race's header, worked out once for all its lines: each column's name, start and end
    (``-1``: to the end of the line), where the TIME column starts, and ``cells``, which
    reads a line into its cells, each stripped, in the order of `COLUMNS` (``""`` for a
    column the header lacks or the line ends before), as `cut_line` does, or gives
    ``None`` when `cut_line` has to read it (it does not fit the header, or a cell starts
    with a blank character other than a space)."""

    bounds: list[tuple[str, int, int]]
    time_start: int
    cells: Callable[[str], tuple[str, ...] | None]


def column_plan(columns: list[tuple[str, int]]) -> Plan:
    """The `Plan` of a header given as (name, start) pairs (starts increasing).

    >>> plan = column_plan([("POS", 0), ("NAME", 6), ("TIME", 20)])
    >>> plan.cells("1     Jordan Stolz  1:05.66")
    ('1', 'Jordan Stolz', '', '', '1:05.66', '', '')
    >>> plan.cells("1     Jordan Stolz Jr 1:05.66") is None
    True
    """
    bounds = [
        (name, start, columns[k + 1][1] if k + 1 < len(columns) else -1)
        for k, (name, start) in enumerate(columns)
    ]
    time_start = dict(columns)["TIME"]
    if time_start < 0:  # a tab-separated header: its lines are read by cells
        return Plan(bounds, time_start, lambda line: None)
    # cut_line's steps, each done for all the cells at once (in C): the character before
    # each column (a space, or past the end of the line), the cells, each stripped, and
    # each stripped cell at the start of its cell (a cell that starts with some other
    # blank character gives None, and then cut_line reads it)
    starts = [start for _, start in columns]
    width = starts[-1]  # a line is padded so: a column after its end is blank
    before = operator.itemgetter(*[start - 1 for start in starts[1:]])
    spaces = before(" " * width)
    column = {name: k for k, (name, _) in enumerate(columns)}
    order = [column.get(name, len(columns)) for name in COLUMNS]
    reorder = None if tuple(column) == COLUMNS else operator.itemgetter(*order)
    # the cells, and an empty one (slice(0, 0)) for the columns the header lacks
    pieces = [slice(a, b) for a, b in itertools.pairwise(starts)] + [slice(width, None)]
    cut = operator.itemgetter(*pieces, *([] if reorder is None else [slice(0, 0)]))
    rstrip, lstrip = str.rstrip, str.lstrip

    def cells(line: str) -> tuple[str, ...] | None:
        if len(line) <= time_start:
            return None
        padded = line.ljust(width)
        if before(padded) != spaces:
            return None
        # each cell stripped at its end, and then found to start with no blank: stripped
        # at both ends as cut_line strips it (str.lstrip gives the same string when there
        # is nothing to strip, so the comparison is mostly of identities)
        stripped = tuple(map(rstrip, cut(padded)))
        if tuple(map(lstrip, stripped)) != stripped:
            return None
        return stripped if reorder is None else reorder(stripped)

    return Plan(bounds, time_start, cells)


def cut_line(line: str, plan: Plan) -> dict[str, str] | None:
    """The cells of a line under its header (each stripped), or ``None`` when the line
    does not fit it (too short, a cell running into the next column or starting before its
    own): the reader then cuts it again to say where, or reads it by screen columns.

    >>> plan = column_plan([("POS", 0), ("NAME", 6), ("TIME", 20)])
    >>> cut_line("1     Jordan Stolz  1:05.66", plan)
    {'POS': '1', 'NAME': 'Jordan Stolz', 'TIME': '1:05.66'}
    >>> cut_line("1     Jordan Stolz Jr 1:05.66", plan) is None
    True
    """
    bounds, time_start = plan.bounds, plan.time_start
    n = len(line)
    if n <= time_start:
        return None
    out: dict[str, str] = {}
    for name, start, end in bounds:
        if end < 0:  # the last column: to the end of the line
            cell = line[start:]
        else:
            if end <= n and line[end - 1] != " ":
                return None
            cell = line[start:end]
        stripped = cell.strip()
        if stripped and cell[0] == " ":
            return None
        out[name] = stripped
    return out


LineFail = Callable[[str], FileFormatError]
"""Makes the error for the line being read (the reader adds the file, the line and its text)."""


def plain_cells(
    line: str, columns: list[tuple[str, int]], plan: Plan, fail: LineFail
) -> tuple[str, ...]:
    """The cells of a (right-stripped) line in the order of `COLUMNS`, read cell by cell: a
    tab-separated line, a line aligned on screen (East Asian characters two columns wide,
    combining accents none), or the error that says what does not fit."""
    if columns[0][1] < 0:
        cells = _tab_cells(line, columns, fail)
    elif "\t" in line:
        raise fail(
            "a tab in a results line under a header aligned by spaces (a tab-separated"
            " listing has tabs in its header too)"
        )
    else:
        try:
            fitted = cut_line(line, plan)  # else _cut says what is wrong
            cells = fitted if fitted is not None else _cut(line, columns, fail)
        except FileFormatError as by_characters:
            on_screen = display_cells(line)
            if on_screen == list(line):
                raise
            try:
                cells = _cut(on_screen, columns, fail)
            except FileFormatError:
                raise by_characters from None
    return tuple(cells.get(name, "") for name in COLUMNS)


def _tab_cells(line: str, columns: list[tuple[str, int]], fail: LineFail) -> dict[str, str]:
    # one cell per header cell (empty cells at the end may be left out, as a copied
    # table does)
    cells = [c.strip() for c in line.split("\t")]
    while len(cells) > len(columns) and not cells[-1]:
        cells.pop()
    if len(cells) > len(columns):
        raise fail(f"{len(cells)} cells under a header of {len(columns)}")
    cells += [""] * (len(columns) - len(cells))
    out = {name: cell for (name, _), cell in zip(columns, cells, strict=True)}
    if not out["TIME"]:
        raise fail("the line has no TIME cell (truncated?)")
    return out


def _cut(line: str | list[str], columns: list[tuple[str, int]], fail: LineFail) -> dict[str, str]:
    # the cells of a line (one string per column position) under the header, or the error
    time_start = dict(columns)["TIME"]
    if len(line) <= time_start:
        raise fail("the line ends before the TIME column (truncated?)")
    out: dict[str, str] = {}
    for k, (name, start) in enumerate(columns):
        end = columns[k + 1][1] if k + 1 < len(columns) else len(line)
        if k + 1 < len(columns) and end - 1 < len(line) and line[end - 1] != " ":
            raise fail(
                f"the columns do not fit the header: the {name} text runs into the"
                f" {columns[k + 1][0]} column"
            )
        cell = line[start:end] if type(line) is str else "".join(line[start:end])
        if cell.strip() and cell[0] == " ":
            raise fail(f"the columns do not fit the header: {cell.strip()!r} is not under {name}")
        out[name] = cell.strip()
    return out
