r"""Results-database rows and the floors of issue 20, shared by the benchmarks at scale.

Rows are generated as a results database holds them: events of 25 skaters, the four
sprint distances each (500, 1000, 500, 1000 m), written race by race; 2 % of the times
carry a thousandth and 0.5 % of the entries are a status (``DQ``, ``DNF``, ``DNS``), so
that about 1.5 % of the time strings are distinct at 10^6 rows. The data are synthetic:
only the timing matters.

The floors (issue 20):

* the **parse-once loop** keeps a dict from time string to hundredths and adds
  ``h * 5000 // distance`` per (event, name) (`parse_once_totals`), or appends it per time
  (`parse_once_points`);
* the **bare loop** parses every time with one regex ``(?:(\d+):)?(\d+)\.(\d\d)`` and sums
  integers per skater, then sorts (`bare_classify`);
* ``csv.reader`` alone over the same file, for reading it.
"""

from __future__ import annotations

import csv
import gc
import random
import re
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

SPRINT = (500, 1000, 500, 1000)
FIELD_SIZE = 25
STATUSES = ("DQ", "DNF", "DNS")
_BARE = re.compile(r"(?:(\d+):)?(\d+)\.(\d\d)")

Row = tuple[str, str, int, str]


def _time(rnd: random.Random, distance: int) -> str:
    """One time on ``distance`` (a status 0.5 % of the time, a thousandth 2 %)."""
    u = rnd.random()
    if u < 0.005:
        return rnd.choice(STATUSES)
    if distance == 500:
        text = f"{rnd.randrange(36, 42)}.{rnd.randrange(100):02d}"
    else:
        text = f"1:{rnd.randrange(12, 22)}.{rnd.randrange(100):02d}"
    if u < 0.025:
        text += str(rnd.randrange(1, 10))
    return text


def database_rows(n: int, seed: int = 20) -> list[Row]:
    """``n`` rows ``(name, event, distance, time)`` (``n`` a multiple of 100), race by race:
    for each event, each of its four races, each of its 25 skaters. Names come from a pool
    of 2,000 skaters, so that skaters recur across events."""
    rnd = random.Random(seed)
    rows: list[Row] = []
    for event in range(n // (FIELD_SIZE * len(SPRINT))):
        field = rnd.sample(range(2000), FIELD_SIZE)
        label = f"Event {event}"
        for distance in SPRINT:
            for skater in field:
                rows.append((f"Skater {skater}", label, distance, _time(rnd, distance)))
    return rows


def fresh_times(n: int, seed: int, distinct: bool) -> list[str]:
    """``n`` 1500 m times: few distinct strings (a database's), or every one different
    (``1:45.003`` style: minutes, seconds and thousandths enumerated from a random start)."""
    rnd = random.Random(seed)
    if not distinct:
        return [
            f"1:{rnd.randrange(40, 60)}.{rnd.randrange(100):02d}"
            + (str(rnd.randrange(1, 10)) if rnd.random() < 0.02 else "")
            for _ in range(n)
        ]
    start = rnd.randrange(10**6)
    out = []
    for i in range(start, start + n):
        t = 100_000 + i % 3_000_000  # thousandths from 1:40.000 upwards, all different
        out.append(f"{t // 60000}:{t // 1000 % 60:02d}.{t % 1000:03d}")
    return out


def write_csv(rows: list[Row], path: Path) -> Path:
    """``rows`` as a CSV file with the header ``name,event,distance,time``."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(("name", "event", "distance", "time"))
        w.writerows(rows)
    return path


def parse_once_totals(rows: list[Row]) -> dict[tuple[str, str], int]:
    """The floor of ``totals``: each distinct time string parsed once (statuses skipped),
    ``h * 5000 // distance`` added per (event, name)."""
    parsed: dict[str, int | None] = {}
    sums: dict[tuple[str, str], int] = {}
    for name, event, distance, text in rows:
        h = parsed.get(text, -1)
        if h == -1:
            m = _BARE.match(text)  # a thousandth after the hundredths is not read
            h = parsed[text] = (
                None if m is None else (int(m[1] or 0) * 60 + int(m[2])) * 100 + int(m[3])
            )
        if h is not None:
            key = (event, name)
            sums[key] = sums.get(key, 0) + h * 5000 // distance
    return sums


def parse_once_points(times: list[str], distance: int) -> list[int]:
    """The floor of ``points_many``: each distinct string parsed once, one integer each."""
    parsed: dict[str, int] = {}
    out: list[int] = []
    append = out.append
    for text in times:
        h = parsed.get(text)
        if h is None:
            m = _BARE.match(text)
            assert m is not None
            h = parsed[text] = (int(m[1] or 0) * 60 + int(m[2])) * 100 + int(m[3])
        append(h * 5000 // distance)
    return out


def csv_floor(path: Path) -> int:
    """``csv.reader`` alone over the file: the floor of reading it."""
    n = 0
    with path.open(newline="", encoding="utf-8") as f:
        for _ in csv.reader(f):
            n += 1
    return n


def classify_field(n: int, seed: int = 7) -> dict[str, list[str]]:
    """``n`` skaters with their four sprint times as text (synthetic, unique names)."""
    rnd = random.Random(seed)
    return {
        f"Skater {i}": [
            f"{rnd.randrange(34, 42)}.{rnd.randrange(100):02d}",
            f"1:{rnd.randrange(8, 20):02d}.{rnd.randrange(100):02d}",
            f"{rnd.randrange(34, 42)}.{rnd.randrange(100):02d}",
            f"1:{rnd.randrange(8, 20):02d}.{rnd.randrange(100):02d}",
        ]
        for i in range(n)
    }


def bare_classify(field: dict[str, list[str]]) -> list[tuple[int, str]]:
    """The floor of ``classify``: one regex per time, integer sums per skater, a sort."""
    match = _BARE.fullmatch
    out = []
    for name, results in field.items():
        total = 0
        for text, distance in zip(results, SPRINT, strict=True):
            m = match(text)
            assert m is not None
            minutes, seconds, hundredths = m.groups()
            h = ((int(minutes) * 60 if minutes else 0) + int(seconds)) * 100 + int(hundredths)
            total += h * 5000 // distance
        out.append((total, name))
    out.sort()
    return out


def interleaved(
    run: Callable[[], object],
    floor: Callable[[], object],
    rounds: int = 5,
    collect: bool = True,
) -> tuple[float, float, float]:
    """Median seconds of ``floor`` and ``run`` over interleaved rounds, and the median of
    the per-round ratios. The collector stays on (as a user runs it); a collection runs
    before each timing when ``collect``."""
    floors, runs, ratios = [], [], []
    for _ in range(rounds):
        pair = []
        for f in (floor, run):
            if collect:
                gc.collect()
            start = time.perf_counter()
            f()
            pair.append(time.perf_counter() - start)
        floors.append(pair[0])
        runs.append(pair[1])
        ratios.append(pair[1] / pair[0])
    return statistics.median(floors), statistics.median(runs), statistics.median(ratios)


def chunks(rows: list[Row], size: int) -> Iterator[list[Row]]:
    """``rows`` in slices of ``size``."""
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


_CELL = re.compile(r"\S+")


def bare_listing(text: str) -> list[tuple[str, ...]]:
    """The floor of reading a listing: the lines split, each results line cut at the
    header's column starts (cells stripped) and its time parsed with one regex."""
    out: list[tuple[str, ...]] = []
    starts: list[int] | None = None
    time_column = 0
    for line in re.split(r"\r\n|\r|\n", text):
        if not line.strip():
            starts = None
            continue
        if line.startswith("POS "):
            found = [(m.group(0), m.start()) for m in _CELL.finditer(line)]
            starts = [s for _, s in found]
            time_column = [n for n, _ in found].index("TIME")
            continue
        if starts is None:
            continue  # the event header, a race heading
        ends = [*starts[1:], len(line)]
        cells = tuple(line[a:b].strip() for a, b in zip(starts, ends, strict=True))
        m = _BARE.match(cells[time_column])
        if m is not None:
            (int(m[1] or 0) * 60 + int(m[2])) * 100 + int(m[3])
        out.append(cells)
    return out
