"""A race's lines agree with each other (shared places, order, the DIFF column), and an
event's races with each other (Division A and B, no race twice).

The reader checks each line on its own; these checks look at a race's lines together, so
that a listing that contradicts itself is refused, never read as one of its readings.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Sequence

from ...errors import FileFormatError
from .build import new_race
from .model import Entry, Race, _diff_text

__all__ = ["Heading", "check_race", "divisions", "hundredths_warning"]

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


def divisions(races: list[Heading], fail: Callable[[int, str], FileFormatError]) -> list[Race]:
    """The races, each built once from settled entries (`new_race`): Division A for an
    event's first listing of a race, B for its second; a second listing equal to the first
    is the same race given twice (refused); ``fail`` makes the error for a line number. A
    race listed once is marked ``single``."""
    first: dict[tuple[int | str, str, datetime.date], Heading] = {}
    count: dict[tuple[int | str, str, datetime.date], int] = {}
    division: list[int] = []
    for r in races:
        distance, gender, date, entries, line, _ = r
        key = (distance, gender, date)
        n = count.get(key, 0)
        count[key] = n + 1
        if n >= 2:
            raise fail(line, "the same race a third time on one day (only Division A and B exist)")
        if n == 1 and first[key][3] == entries:
            raise fail(
                line,
                f"the same race twice: equal to the race at line {first[key][4]} (a listing"
                " given or pasted twice?)",
            )
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
