"""A command line's sources, read once through `skatecalc.io.read`.

`inputs_of` turns FILE, the LISTINGs after it and ``--example NAME`` into the
[Input][skatecalc.io.source.Input] values every command reads: a path, ``-`` (standard
input), a folder, ``isu:EVENT[/N]`` (``--cache DIR``, ``--offline``), or the name of a
built-in example. Several sources must all be official (results listings, result PDFs,
results-service responses); `events_of_args` gives their events with one skater joined
across them (``--aliases FILE``).

A command's own output as the input of another: ``skatecalc standings --format csv ... |
skatecalc standings -``.

The CSV and JSON output of ``standings`` (and ``board``) has a row per skater with the
columns ``name``, ``nation`` and one column per distance skated, headed ``500 (1)``,
``1000 (1)``, ``500 (2)`` (the distance and its number; ``500`` alone when it is skated
once), besides computed columns (points,
ranks, gaps). `as_results_csv` turns such an output back into the results CSV the readers
take (``name,nation,500,1000,500``): the times and statuses as written, the computed
columns dropped (they follow from the times). A cell the CSV output protected from
spreadsheets with a leading ``'`` (a name starting with ``=``, ``+``, ``-``, ``@``) is read
without it.

Races of official results listings on the command line: the division of races listed
once (``--listed-division``), and the warnings of the races a command counts.

A listing prints no division: an event's second listing of a race is Division B. A race
listed once may be either; `listed_division` reads it as ``--listed-division`` says, or
as A with a warning, and refuses ``--division`` without it.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from .._lazy import pattern
from ..errors import FileFormatError, InvalidDistanceError, ResultsError, UsageError
from ..examples import EXAMPLES, Example, example_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from ..io.fetch import Fetcher
    from ..io.listing import Event
    from ..io.source import Input

__all__ = [
    "add_sources",
    "as_results_csv",
    "events_of_args",
    "events_of_sources",
    "files_of",
    "inputs_of",
    "listed_division",
    "packaged_listing",
    "warn_races",
]


def add_sources(parser: argparse.ArgumentParser) -> None:
    """Add ``--aliases FILE``, ``--cache DIR`` and ``--offline`` (how official sources are
    read) to ``parser``."""
    parser.add_argument(
        "--aliases",
        metavar="FILE",
        help="official sources: a CSV of name,same_as lines joining one skater's spellings"
        " (transliterations) across sources; every join is reported",
    )
    parser.add_argument(
        "--cache", metavar="DIR", help="isu: sources: the cache directory (default: the platform's)"
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help="isu: sources: use the cache only (a miss is an error)",
    )


def files_of(args: argparse.Namespace) -> list[str]:
    """The files of a command line: FILE (``args.file``), then the LISTINGs after it
    (``args.more``).

    >>> files_of(argparse.Namespace(file="wc1.txt", more=["wc2.txt"]))
    ['wc1.txt', 'wc2.txt']
    """
    file = getattr(args, "file", None)
    return ([str(file)] if file is not None else []) + [str(f) for f in getattr(args, "more", [])]


def packaged_listing(name: str | Path) -> Example | None:
    """The built-in example listing called ``name`` (see ``skatecalc examples``) when no
    file of that name exists, else ``None``.

    >>> packaged_listing("wc2025-26-2-calgary").path
    'examples/wc2025-26-2-calgary.txt'
    >>> packaged_listing("README.md") is None
    True
    """
    if str(name).startswith("isu:") or Path(name).exists():
        return None
    example = EXAMPLES.get(str(name))
    return example if example is not None and example.kind == "listing" else None


def _example(file: str, kind: str) -> Example | None:
    """The built-in example ``file`` names (of ``kind``, or a listing) when no such file
    exists."""
    if file == "-" or file.startswith("isu:") or Path(file).exists():
        return None
    found = EXAMPLES.get(file)
    return found if found is not None and found.kind in (kind, "listing") else None


def _example_input(example: Example) -> Input:
    from ..io.source import read

    shown = Path(example.path).name if example.kind == "listing" else example.name
    return read(example.path, data=example_text(example).encode("utf-8"), name=shown)


def _fetcher(args: argparse.Namespace) -> Fetcher | None:
    cache, offline = getattr(args, "cache", None), getattr(args, "offline", False)
    if cache is None and not offline:
        return None
    from ..io.fetch import default_fetcher

    return default_fetcher(offline=offline, cache=Path(cache) if cache else None)


def inputs_of(args: argparse.Namespace, kind: str) -> list[Input]:
    """Every source of ``args``, each read once: FILE and the LISTINGs after it, or
    ``--example NAME`` (exactly one of FILE and ``--example``). A FILE that does not
    exist but names a built-in example of ``kind`` (or a listing) is that example.

    >>> [i.format for i in inputs_of(argparse.Namespace(file="wc2025-26-2-calgary",
    ...                                                  example=None), "season")]
    ['listing']
    """
    files = files_of(args)
    example = getattr(args, "example", None)
    if bool(files) == (example is not None):
        raise UsageError(
            "give either FILE (- for standard input) or --example NAME (not both, not neither)"
        )
    if example is not None:
        return _with_aliases(args, [_example_input(EXAMPLES[example])])
    if len(files) > 1 and "-" in files:
        raise ResultsError("- (standard input) can only be the one FILE")
    from ..io.source import read

    fetcher = _fetcher(args)
    out = []
    for file in files:
        found = _example(file, kind)
        out.append(_example_input(found) if found is not None else read(file, fetcher=fetcher))
    _with_aliases(args, out)
    if len(out) > 1:
        own = next((i for i in out if not i.official), None)
        if own is not None:
            raise ResultsError(
                f"{own.name!r} is not an official results listing (no race heading such as"
                " '1000 meter (Men), 14.11.2025' in its first lines), ISU result PDF or"
                " results-service response; several files are read only as official results"
            )
    return out


def _with_aliases(args: argparse.Namespace, inputs: list[Input]) -> list[Input]:
    """``inputs``, refused when ``--aliases`` is given and they are not official sources
    (it would change nothing)."""
    if getattr(args, "aliases", None) is not None and not inputs[0].official:
        raise UsageError(
            "--aliases joins one skater's spellings across official sources (listings,"
            " result PDFs, results-service responses); FILE is not one (a CSV or JSON file,"
            " - or --example)"
        )
    return inputs


def events_of_args(args: argparse.Namespace, inputs: list[Input]) -> list[Event]:
    """The events of official ``inputs``, one skater joined across them (``--aliases``)."""
    from ..io.source import events_of

    path = getattr(args, "aliases", None)
    if path is None:
        return events_of(inputs)
    from ..io.spellings import read_aliases

    return events_of(inputs, aliases=read_aliases(path))


def events_of_sources(args: argparse.Namespace, sources: list[str]) -> list[Event]:
    """The events of the official ``sources`` of a command that takes only official
    sources (``SOURCE...``), read as FILE and LISTINGs are (``--aliases``, ``--cache``,
    ``--offline``; a name of a built-in example listing is that listing)."""
    named = argparse.Namespace(
        **{**vars(args), "file": sources[0], "more": list(sources[1:]), "example": None}
    )
    return events_of_args(named, inputs_of(named, "listing"))


_DISTANCE_COLUMN = pattern(r"(\d{1,6})(?: \((\d{1,3})\))?", re.ASCII)
_OUTPUT_COLUMNS = {"rank", "name", "points", "status", "completed"}  # as standings writes
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _unprotect(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in _FORMULA_START and cell[1:2] else cell


def _results_csv(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    protected: bool = True,
    ends: Sequence[int] = (),
) -> str | None:
    """The results CSV of standings output; ``protected``: its cells carry the quote our
    CSV output puts before a formula-like cell (JSON output never does). ``ends``: the
    line on which the header and each row end in the text read, kept in the CSV made
    (comment lines stand for the lines left out), so that an error names the line of the
    text read."""
    unprotect = _unprotect if protected else str
    if not set(header) >= _OUTPUT_COLUMNS:
        return None
    distances = [(i, m) for i, h in enumerate(header) if (m := _DISTANCE_COLUMN.fullmatch(h))]
    if not distances:
        return None
    name_at = header.index("name")
    nation_at = header.index("nation") if "nation" in header else None
    import csv  # here, not at start-up

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    written = 0  # lines written so far
    records = [["name", "nation", *(m.group(1) for _, m in distances)]]
    for row in rows:
        cells = [*row, *[""] * (len(header) - len(row))]
        nation = unprotect(cells[nation_at]) if nation_at is not None else ""
        records.append(
            [unprotect(cells[name_at]), nation, *(unprotect(cells[i]) for i, _ in distances)]
        )
    for k, record in enumerate(records):
        span = 1 + sum(cell.count("\n") for cell in record)
        if k < len(ends) and ends[k] - span > written:
            out.write("#\n" * (ends[k] - span - written))  # a line left out of the text read
            written = ends[k] - span
        writer.writerow(record)
        written += span
    return out.getvalue()


def as_results_csv(text: str, is_json: bool, source: str = "") -> str | None:
    """The results CSV of ``text`` when it is skatecalc's own standings output (CSV, or
    JSON when ``is_json``), else ``None`` (the text is read as it is). A row of a
    standings CSV with more or fewer cells than its header is refused, naming its line
    of ``source``.

    >>> print(as_results_csv("rank,name,nation,500 (1),1000 (1),points,status,completed\\n"
    ...                      "1,Miho Takagi,JPN,37.13,1:13.32,73.790,,2\\n", False), end="")
    name,nation,500,1000
    Miho Takagi,JPN,37.13,1:13.32
    >>> as_results_csv("name,nation,500,1000\\nMiho Takagi,JPN,37.13,1:13.32\\n", False) is None
    True
    """
    if is_json:
        try:
            import json  # only for JSON input (start-up time)

            data = json.loads(text)
        except (ValueError, RecursionError):
            return None  # the reader reports the error
        if not (isinstance(data, list) and data and all(isinstance(r, Mapping) for r in data)):
            return None
        header = list(data[0])
        if any(list(r) != header for r in data):
            return None
        if any(
            not isinstance(v, (str, int, type(None)))
            for r in data
            for k, v in r.items()
            if _DISTANCE_COLUMN.fullmatch(str(k)) or k in ("name", "nation")
        ):
            return None
        rows = [["" if r[k] is None else str(r[k]) for k in header] for r in data]
        return _results_csv([str(k) for k in header], rows, protected=False)
    lines = text.lstrip("\ufeff").splitlines()
    first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    if not all(column in first for column in _OUTPUT_COLUMNS):
        return None
    import csv  # here, not at start-up

    try:
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
        numbered = [(reader.line_num, r) for r in reader]
    except csv.Error:
        return None
    numbered = [(n, r) for n, r in numbered if r and not (len(r) == 1 and not r[0].strip())]
    numbered = [(n, r) for n, r in numbered if not r[0].startswith("#")]
    if not numbered:
        return None
    header = numbered[0][1]
    for n, r in numbered[1:]:  # a row cut short or run long: an error, never padded or cut
        if len(r) != len(header) and set(header) >= _OUTPUT_COLUMNS:
            raise FileFormatError(
                f"ragged row: {len(r)} cells under a header of {len(header)}",
                where=f"line {n} of {source}" if source else f"line {n}",
            )
    return _results_csv(header, [r for _, r in numbered[1:]], ends=[n for n, _ in numbered])


_CUP_COLUMNS = ("cup", "rank", "name", "points", "wins")  # as worldcup standings writes


def _whole(cell: object, what: str, row: int) -> int:
    from ..errors import FileFormatError

    text = str(cell).strip() if isinstance(cell, str | int) and not isinstance(cell, bool) else ""
    if not text.isascii() or not text.isdigit():
        raise FileFormatError(
            f"{what} {cell!r} of the standings row {row} is not a whole number from 0"
        )
    return int(text)


def season_totals(text: str, is_json: bool) -> list[tuple[str, list[tuple[str, int, int]]]] | None:
    """Per cup (in order of first appearance) the ``(name, points, wins)`` of every row when
    ``text`` is ``skatecalc worldcup standings`` output (CSV, or JSON when ``is_json``: the
    columns ``cup``, ``rank``, ``name``, ``points``, ``wins``), else ``None``.

    >>> season_totals("cup,rank,name,points,wins,HVN1\\n500 m men,1,Havard Lorentzen,100,1,"
    ...               "100\\n", False)
    [('500 m men', [('Havard Lorentzen', 100, 1)])]
    >>> season_totals("race,distance,gender,name,place\\nHVN1,500,men,A,1\\n", False) is None
    True
    """
    records: list[dict[str, object]]
    if is_json:
        try:
            import json  # only for JSON input (start-up time)

            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if not (isinstance(data, list) and data and all(isinstance(r, Mapping) for r in data)):
            return None
        records = [dict(r) for r in data]
    else:
        lines = text.lstrip("\ufeff").splitlines()
        first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
        if not first.startswith("cup,"):
            return None
        import csv  # here, not at start-up

        try:
            rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
        except csv.Error:
            return None
        rows = [r for r in rows if r and any(c.strip() for c in r) and not r[0].startswith("#")]
        header, body = rows[0], rows[1:]
        records = [
            dict(zip(header, [*r, *[""] * (len(header) - len(r))], strict=False)) for r in body
        ]
    if not records or not all(set(r) >= set(_CUP_COLUMNS) for r in records):
        return None
    cups: dict[str, list[tuple[str, int, int]]] = {}
    for number, r in enumerate(records, start=1):
        cup, name = r["cup"], r["name"]
        if not isinstance(cup, str) or not isinstance(name, str):
            return None
        entry = (
            _unprotect(name),
            _whole(r["points"], "points", number),
            _whole(r["wins"], "wins", number),
        )
        cups.setdefault(cup, []).append(entry)
    return list(cups.items())


def listed_division(
    events: list[Event], listed: str | None, args: argparse.Namespace
) -> list[Event]:
    """The races a listing lists once take the division ``--listed-division`` names; without
    it they are Division A, with a warning, and ``--division`` asks for it."""
    from .. import _record

    single = [(ev, r) for ev in events for r in ev.races if r.single]
    if not single:
        return events
    if listed is None:
        ev, race = single[0]
        where = f"{len(single)} race(s), the first {race.title} (line {race.line} of {ev.source})"
        if getattr(args, "division", None) is not None:
            raise ResultsError(
                f"the listings list {where} once, without saying the division: name it with"
                " --listed-division A or --listed-division B"
            )
        print(
            f"skatecalc: warning: the listings list {where} once: the division is not printed;"
            " read as Division A (say --listed-division B if they are Division B)",
            file=sys.stderr,
        )
        return events
    return [
        _record.evolve(
            ev,
            races=tuple(_record.evolve(r, division=listed) if r.single else r for r in ev.races),
        )
        for ev in events
    ]


def warn_races(
    events: Sequence[Event], cups: set[str], gender: str | None, division: str | None
) -> None:
    """The warnings of the races counted in ``cups``, on standard error."""
    from ..worldcup import cup_name

    said: set[str] = set()  # a join of two spellings is said once, not once per race
    for ev in events:
        for race in ev.races:
            if not race.warnings or (gender is not None and race.gender != gender):
                continue
            if division is not None and race.division != division:
                continue
            try:
                counted = cup_name(race.distance, race.gender) in cups
            except InvalidDistanceError:
                continue
            if counted:
                for warning in race.warnings:
                    if warning not in said:
                        said.add(warning)
                        print(f"skatecalc: warning: {warning}", file=sys.stderr)
