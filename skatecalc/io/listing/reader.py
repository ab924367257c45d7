"""Reading an official results listing (the text the ISU results pages print).

The layout, line by line::

    1. World Cup 2025/2026                 event name
    14. - 16.11.2025                       dates (one day, a range, across months/years)
    Utah Olympic Oval (USA)                venue
                                           blank lines between blocks
    1000 meter (Men), 14.11.2025           race: distance or event, (Gender), date
    POS   NAME   AG   NAT   TIME   DIFF   RECORD      column header (widths vary per race)
    1     Jordan Stolz   Neo   USA   1:05.66         SB
          Cooper Mcleod  Senior USA  1:07.01   +1.352         blank POS: place shared
    DQ    Kjeld Nuis     Senior NED  -                        status line

Every line is understood or reported: anything else raises
[`FileFormatError`][skatecalc.errors.FileFormatError] naming the line number, the text and the file.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from ... import _record
from ...errors import (
    FileFormatError,
    LimitError,
    SkatecalcError,
    UnknownStatusError,
)
from ...limits import MAX_LINE_CHARS, shown
from ...notation import name_key
from ...time import RaceTime, Status
from ..csvfile import read_text, where
from ..sniff import lines_of
from .build import new_entry
from .checks import (
    COLUMNS,
    Heading,
    Plan,
    capitals,
    check_race,
    column_plan,
    date_of,
    divisions,
    hundredths_warning,
    parse_diff,
    plain_cells,
    words,
)
from .model import EVENT_KINDS, TEAM_EVENTS, Entry, Event, settle

__all__ = ["MAX_LISTING_LINES", "parse_diff", "parse_listing", "read_listing"]

MAX_LISTING_LINES = 200_000
"""The most lines a listing may have (a World Cup event's listing holds about a thousand)."""

_KINDS = {k.title(): k for k in EVENT_KINDS}
_TITLE = re.compile(
    r"(?P<what>\d{1,3}(?:\.\d{3})?|\d{1,6}) meter \((?P<gender>Men|Women)\),"
    r" (?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"|(?P<kind>" + "|".join(_KINDS) + r") \((?P<kgender>Men|Women)\),"
    r" (?P<kdate>\d{1,2}\.\d{1,2}\.\d{4})",
    re.ASCII,
)
_DATE = r"(\d{1,2})\.(\d{1,2})\.(\d{4})"
_DATES = re.compile(
    r"(?P<d1>\d{1,2})\.(?:(?P<m1>\d{1,2})\.(?P<y1>\d{4})?)?\s*-\s*" + _DATE + r"|" + _DATE,
    re.ASCII,
)


_REQUIRED = ("POS", "NAME", "NAT", "TIME")


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.source = source
        # line breaks as editors count them (not str.splitlines, which also breaks at
        # form feeds and Unicode separators and would shift every line number)
        # the line breaks, counted before the text is split (\r\n is one)
        if len(text) >= MAX_LISTING_LINES and (
            text.count("\n") + text.count("\r") - text.count("\r\n") >= MAX_LISTING_LINES
        ):
            raise LimitError(
                f"more than {MAX_LISTING_LINES:,} lines (the longest listing accepted)",
                where=source,
            )
        self.lines = lines_of(text)
        if self.lines and not self.lines[-1]:
            self.lines.pop()  # the final line break ends the last line
        self.i = 0  # index of the next line
        self.race_warnings: list[str] = []  # of the race being read
        if len(text) > MAX_LINE_CHARS and max(map(len, self.lines)) > MAX_LINE_CHARS:
            index = next(k for k, line in enumerate(self.lines) if len(line) > MAX_LINE_CHARS)
            raise LimitError(
                f"line longer than {MAX_LINE_CHARS:,} characters (the longest line accepted)",
                where=self.at(index),
            )
        if "\u00a0" in text or "\u202f" in text:
            # pasted from a web page: a non-breaking space is a space
            self.lines = [line.replace("\u00a0", " ").replace("\u202f", " ") for line in self.lines]
        # cell texts already found valid in this listing (a nation, a RECORD cell, a place)
        self.nations: set[str] = set()
        self.records: dict[str, tuple[str, ...]] = {}
        self.places: dict[str, int] = {}
        self.names: dict[str, str] = {}  # a NAME cell and its `name_key`
        self.diffs: dict[str, int] = {}  # a DIFF cell and its thousandths
        self.times: dict[str, RaceTime] = {}  # a TIME cell and its time (immutable: shared)
        # a column header line (without trailing blanks), its columns and its plan
        self.plans: dict[str, tuple[list[tuple[str, int]], Plan]] = {}
        self.last = len(self.lines) - 1
        while self.last >= 0 and not self.lines[self.last].strip():
            self.last -= 1  # the last line with text (a half-written time is there)

    def _short_time(self, index: int, text: str) -> FileFormatError:
        if index == self.last:
            return FileFormatError(
                f"the time {text!r} on the last line has no hundredths: the file is still"
                f" being written (truncated?): {shown(self.lines[index].rstrip(), 120)}",
                where=self.at(index),
            )
        return self.fail(index, f"the time {text!r} has no hundredths (a listing prints them)")

    def at(self, index: int) -> str:
        return where(self.source, index + 1)

    def fail(self, index: int, why: str) -> FileFormatError:
        line = shown(self.lines[index].rstrip(), 120)
        return FileFormatError(f"{why}: {line}", where=self.at(index))

    def skip_blank(self) -> None:
        while self.i < len(self.lines) and not self.lines[self.i].strip():
            self.i += 1

    # --- the event header ----------------------------------------------------------------

    def header(self) -> tuple[str, datetime.date | None, datetime.date | None, str]:
        self.skip_blank()
        if self.i >= len(self.lines):
            raise FileFormatError("the listing is empty", where=self.source)
        if _TITLE.fullmatch(self.lines[self.i].strip()):
            return "", None, None, ""  # a listing of races without the event header
        if self.i + 2 >= len(self.lines):
            raise FileFormatError(
                "the listing ends inside the event header (name, dates, venue): truncated?",
                where=self.at(len(self.lines) - 1),
            )
        name = self.lines[self.i].strip()
        dates_index = self.i + 1
        dates = self.lines[dates_index].strip()
        venue = self.lines[self.i + 2].strip()
        if not name or not venue:
            raise self.fail(self.i if not name else self.i + 2, "expected the event name and venue")
        m = _DATES.fullmatch(dates)
        if not m:
            raise self.fail(
                dates_index, "expected the event dates (14.11.2025 or 14. - 16.11.2025)"
            )
        at = self.at(dates_index)
        g = m.groups()
        if m.group("d1") is None:  # one day
            first = last = date_of(g[6], g[7], g[8], at, dates)
        else:
            last = date_of(g[3], g[4], g[5], at, dates)
            first = date_of(m.group("d1"), m.group("m1") or g[4], m.group("y1") or g[5], at, dates)
            if first > last:
                raise self.fail(dates_index, "the first day is after the last day")
        self.i += 3
        return name, first, last, venue

    # --- races ---------------------------------------------------------------------------

    def races(self) -> list[Heading]:
        races: list[Heading] = []
        while True:
            self.skip_blank()
            if self.i >= len(self.lines):
                return races
            races.append(self.race())

    def race(self) -> Heading:
        title_index = self.i
        title = self.lines[title_index].strip()
        m = _TITLE.fullmatch(title)
        if not m:
            if self.lines[title_index].lstrip().startswith("POS "):
                raise self.fail(title_index, "a column header line without a race heading")
            if (second := self.second_event(title_index)) is not None:
                raise second
            raise self.fail(
                title_index,
                "unrecognised line (expected a race heading such as"
                " '1000 meter (Men), 14.11.2025')",
            )
        distance: int | str
        if m.group("what") is not None:
            distance = int(m.group("what").replace(".", ""))
            if distance <= 0:
                raise self.fail(title_index, "a distance must be positive")
            gender, day = m.group("gender"), m.group("date")
        else:
            distance = _KINDS[m.group("kind")]
            gender, day = m.group("kgender"), m.group("kdate")
        dd, mm, yyyy = day.split(".")
        date = date_of(dd, mm, yyyy, self.at(title_index), day)
        self.i += 1
        self.skip_blank()
        if self.i >= len(self.lines):
            raise FileFormatError(
                f"the listing ends after the race heading {title!r}: no column header, no"
                " results (truncated?)",
                where=self.at(title_index),
            )
        # races of one listing share a few headers (some with trailing blanks)
        header = self.lines[self.i].rstrip()
        known = self.plans.get(header)
        if known is None:
            columns = self.columns(self.i, title)
            known = self.plans[header] = (columns, column_plan(columns))
        columns, plan = known
        rows: list[tuple[str, ...]] = []  # the cells of the lines first, first + 1, ...
        # the results run to a blank line or, in a listing copied without the blank lines,
        # to the next race heading (which always holds "), ")
        first = i = self.i + 1
        text, cells_of, append = self.lines, plan.cells, rows.append
        end = len(text)
        while (
            i < end
            and (line := text[i].rstrip())
            and not ("), " in line and _TITLE.fullmatch(line.strip()))
        ):
            cells = cells_of(line) if "\t" not in line else None
            append(cells if cells is not None else self.fields(i, columns, plan))
            i += 1
        self.i = i
        if not rows:
            raise FileFormatError(
                f"race {title!r} has a column header but no results (truncated?)",
                where=self.at(self.i - 1),
            )
        self.race_warnings = []
        entries = self.entries(rows, first, distance, title, any(n == "DIFF" for n, _ in columns))
        return (distance, gender.lower(), date, entries, title_index + 1, tuple(self.race_warnings))

    def columns(self, index: int, title: str) -> list[tuple[str, int]]:
        line = self.lines[index]
        if "\t" in line.strip():
            # a table copied from a web page: tab-separated cells; the position is the
            # cell's number (negative: read by cells, not by columns)
            cells = [c.strip() for c in line.strip().split("\t")]
            found = [(c, -1 - k) for k, c in enumerate(cells) if c]
            if len(found) != len(cells):
                raise self.fail(index, "an empty cell in a tab-separated column header")
        else:
            found = words(line)
        names = [n for n, _ in found]
        if not names or names[0] != "POS":
            raise self.fail(
                index,
                f"race {title!r} has no column header line (POS NAME AG NAT TIME DIFF RECORD);"
                " found",
            )
        for n in names:
            if n not in COLUMNS:
                raise self.fail(index, f"unknown column {n!r} in the header")
        for n in _REQUIRED:
            if n not in names:
                raise self.fail(index, f"the header has no {n} column")
        if len(set(names)) != len(names):
            raise self.fail(index, "a column appears twice in the header")
        return found

    def fields(self, index: int, columns: list[tuple[str, int]], plan: Plan) -> tuple[str, ...]:
        """The cells of a line, in the order of `COLUMNS`, when `Plan.cells` could not
        read it: a tab-separated listing, a line aligned on screen, or an error."""
        line = self.lines[index].rstrip()
        return plain_cells(
            line, columns, plan, lambda why: self.second_event(index) or self.fail(index, why)
        )

    def second_event(self, index: int) -> FileFormatError | None:
        """The error for a line that starts another event's header (the next line holds an
        event's dates): two listings in one file, or joined without a line break."""
        after = self.lines[index + 1].strip() if index + 1 < len(self.lines) else ""
        if not _DATES.fullmatch(after):
            return None
        return self.fail(
            index,
            f"another event begins here (the next line holds its dates, {after!r}): a listing"
            " holds one event; give each listing as a file of its own",
        )

    # --- entries -------------------------------------------------------------------------

    def entries(
        self,
        rows: list[tuple[str, ...]],
        first: int,
        distance: int | str,
        title: str,
        has_diff: bool,
    ) -> tuple[Entry, ...]:
        team = distance in TEAM_EVENTS
        mass_start = distance == "mass start"
        entries: list[Entry] = []
        place: int | None = None  # the place of the line above (a team's place in a team race)
        pos_above: int | None = None  # the POS printed above
        timed = 0  # lines with a time so far
        groups = 0  # teams (or skaters) placed so far
        per_member: bool | None = None  # a team race numbering its places per member
        last_nation: str | None = None
        status_seen = False
        nations, known_records, places, names = self.nations, self.records, self.places, self.names
        diffs, times = self.diffs, self.times
        line_of: dict[str, int] = {}  # a name read in this race, and its line
        for index, (pos, cell, age, nation, time_text, diff_text, record) in enumerate(rows, first):
            name = names.get(cell) or names.setdefault(cell, name_key(cell))  # skatecalc.notation
            if not name:
                raise self.fail(index, "a results line without a name")
            if line_of.setdefault(name, index) != index:
                raise self.fail(
                    index,
                    f"{name!r} is listed twice in this race (also on line {line_of[name] + 1})",
                )
            if nation not in nations:
                if not capitals(nation, 3, 3):
                    raise self.fail(index, f"{nation!r} is not a nation code (three capitals)")
                nations.add(nation)
            records = known_records.get(record)
            if records is None:
                records = tuple(r.strip() for r in record.split(",")) if record else ()
                for r in records:
                    if not capitals(r, 2, 4):
                        raise self.fail(index, f"{r!r} is not a record marker (WR, NR, PB, SB)")
                known_records[record] = records
            if age and not age.isalnum():
                raise self.fail(index, f"{age!r} is not an age group")
            new = places.get(pos) if pos else None  # the place printed
            try:
                if new is None and pos and len(pos) <= 4 and pos.isascii() and pos.isdigit():
                    new = places[pos] = int(pos)
                if new is None and pos:
                    status = Status.parse(pos) if pos.isascii() and pos.isalpha() else None
                    if status is None:
                        raise UnknownStatusError(f"{pos!r} is neither a place nor a status")
                    if time_text != "-" or diff_text:
                        raise self.fail(index, f"a {status} line has '-' as its time and no DIFF")
                    status_seen = True
                    entries.append(
                        new_entry(None, name, nation, None, status, age, records, None, index + 1)
                    )
                    last_nation = nation
                    continue
                if mass_start and time_text == "-" and not pos and not diff_text:
                    # a line without place, time or status (seen in mass starts): no result
                    self.race_warnings.append(
                        f"{name} ({nation}) in {title!r} has '-' as time and no status: read as"
                        f" no result (unranked, no points) ({self.at(index)})"
                    )
                    status_seen = True
                    last_nation = nation
                    continue
                if status_seen:
                    raise self.fail(index, "a placed line after a status line")
                if time_text == "-":
                    raise self.fail(index, "a time '-' needs a status (DQ, DNF, DNS, WDR) in POS")
                printed = times.get(time_text)
                if printed is None:
                    printed = RaceTime.parse(time_text)
                    if printed.precision < 2:
                        raise self._short_time(index, time_text)
                    times[time_text] = printed
                diff = (
                    (diffs.get(diff_text) or diffs.setdefault(diff_text, parse_diff(diff_text)))
                    if diff_text
                    else None
                )
            except SkatecalcError as exc:
                raise exc.at(self.at(index)) from None
            if new is not None:
                if team and nation == last_nation and new == pos_above:
                    pass  # the next member of the team above
                elif new == pos_above:
                    groups += 1  # a place printed again: shared
                else:
                    groups += 1
                    compact, listed = groups, timed + 1  # a team's place, a line's place
                    if not team or compact == listed:
                        ok = new == listed
                        expected = listed
                    elif per_member is None:
                        ok = new in (compact, listed)
                        per_member = new == listed
                        expected = compact
                    else:
                        expected = listed if per_member else compact
                        ok = new == expected
                    if not ok:
                        raise self.fail(index, f"place {new} out of order (expected {expected})")
                    place = compact if team else new
                pos_above = new
            elif place is None:
                raise self.fail(index, "a blank place on the first line (nothing to share)")
            elif team and nation != last_nation:
                groups += 1  # a team sharing the place of the team above
            elif not team:
                groups += 1  # a skater sharing the place of the skater above
            timed += 1
            last_nation = nation
            entries.append(
                new_entry(place, name, nation, printed, None, age, records, diff, index + 1)
            )
        if not entries:
            raise self.fail(first, f"race {title!r} has no result (every line is '-')")

        def fail(entry: Entry, why: str) -> FileFormatError:
            return self.fail((entry.line or 1) - 1, why)

        check_race(entries, title, has_diff=has_diff, mass_start=mass_start, fail=fail)
        return settle(tuple(entries), fail)


def parse_listing(text: str, source: str = "<text>") -> Event:
    """Read a listing from its text; ``source`` names it in error messages.

    >>> text = '''1. World Cup 2025/2026
    ... 14. - 16.11.2025
    ... Utah Olympic Oval (USA)
    ...
    ... 1000 meter (Men), 14.11.2025
    ...
    ... POS   NAME                      AG       NAT   TIME      DIFF     RECORD
    ... 1     Jordan Stolz              Neo      USA   1:05.66            SB
    ... 2     Joep Wennemars            Neo      NED   1:07.01   +1.352
    ...       Cooper Mcleod             Senior   USA   1:07.01   +1.352
    ... DQ    Kjeld Nuis                Senior   NED   -
    ... '''
    >>> race = parse_listing(text).races[0]
    >>> [(e.place, e.name, str(e.result), e.diff) for e in race]
    ... # doctest: +NORMALIZE_WHITESPACE
    [(1, 'Jordan Stolz', '1:05.66', None), (2, 'Joep Wennemars', '1:07.01', 1352),
     (2, 'Cooper Mcleod', '1:07.01', 1352), (None, 'Kjeld Nuis', 'DQ', None)]
    """
    if not isinstance(text, str):
        raise FileFormatError(f"a listing is text, not {type(text).__name__}", where=source)
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark (Windows editors write one): not the event name
    reader = _Reader(text, source)
    name, first, last, venue = reader.header()
    header_line = reader.i - 2 if name else 1
    races = divisions(reader.races(), lambda line, why: reader.fail(line - 1, why))
    if first is None or last is None:
        if not races:
            raise FileFormatError("the listing holds no race", where=source)
        first = min(r.date for r in races)
        last = max(r.date for r in races)
    for r in races:
        if not first <= r.date <= last:
            assert r.line is not None
            raise reader.fail(
                r.line - 1, f"the race date is outside the event's days {first} to {last}"
            )
    races = [
        _record.evolve(r, warnings=(*r.warnings, f"{w} (line {r.line} of {source})"))
        if (w := hundredths_warning(r)) is not None
        else r
        for r in races
    ]
    return Event(name, first, last, venue, tuple(races), source, max(header_line, 1))


def read_listing(path_or_text: str | Path, *, source: str | None = None) -> Event:
    """Read an official results listing from a file (a ``Path``, or a ``str`` without a
    line break) or from its text (a ``str`` with line breaks).

    Errors name the file (its name) or ``source``, the line number and the line's text.

    >>> ev = read_listing("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
    >>> ev.name, ev.season, ev.venue, len(ev.races)
    ('1. World Cup 2025/2026', '2025/26', 'Utah Olympic Oval (USA)', 28)
    >>> read_listing("1. World Cup 2025/2026\\n14. - 16.11.2025\\nOval\\n\\nhello\\n")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: unrecognised line (...): 'hello' (line 5 of <text>)
    """
    if isinstance(path_or_text, Path) or (
        isinstance(path_or_text, str) and "\n" not in path_or_text
    ):
        p = Path(path_or_text)
        return parse_listing(read_text(p), source or p.name)
    return parse_listing(path_or_text, source or "<text>")
