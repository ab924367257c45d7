"""A race's lines agree with each other: shared places, order and the DIFF column.

The reader checks each line on its own; these checks look at a race's lines together, so
that a listing that contradicts itself is refused, never read as one of its readings.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from ...errors import FileFormatError
from .model import Entry, _diff_text

__all__ = ["check_race"]

Fail = Callable[[Entry, str], FileFormatError]
"""Makes the error for an entry's line (the reader adds the file, the line and its text)."""


def _diff(diff: int | None) -> str:
    return "no DIFF" if diff is None else f"DIFF {_diff_text(diff)}"


def check_race(
    entries: Sequence[Entry], title: str, *, has_diff: bool, mass_start: bool, fail: Fail
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
    with_time = [e for e in entries if e.time is not None]
    if not has_diff and any(e.time != with_time[0].time for e in with_time):
        other = next(e for e in with_time if e.time != with_time[0].time)
        raise fail(
            other,
            f"the header of {title!r} has no DIFF column: the layout gives each time's"
            " exact gap to the first there (it splits equal hundredths); copy the whole"
            " table",
        )


def _check_shared(entries: Sequence[Entry], has_diff: bool, fail: Fail) -> None:
    for above, e in itertools.pairwise(entries):
        if e.time is None or above.time is None:
            continue
        equal = e.time.official == above.time.official and (e.diff or 0) == (above.diff or 0)
        if e.place == above.place and not equal:
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


def _check_order(entries: Sequence[Entry], fail: Fail) -> None:
    previous: Entry | None = None
    for e in entries:
        if e.time is None:
            break
        if (
            previous is not None
            and previous.time is not None
            and ((e.diff or 0) < (previous.diff or 0) or e.time.official < previous.time.official)
        ):
            raise fail(
                e, f"{e.name} is faster than {previous.name} above: the places and times disagree"
            )
        previous = e
