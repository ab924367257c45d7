"""Official results listings as command-line input.

A file given to ``skatecalc standings``, ``need``, ``board``, ``worldcup standings`` or
``olympic select``/``outlook`` may be an official results listing, copied from the results
pages (see `skatecalc.io.listing`). `is_listing` recognises one from its first
lines; the ``load_*`` functions turn listings into what each command takes:

* `load_championship`: a championship's listings (one per distance, or one listing
  with every distance) as the results ``skatecalc.classify`` takes, the combination
  inferred from the races;
* `load_worldcup`: the World Cup cups of several listings, each a
  [`Cup`][skatecalc.worldcup.Cup];
* `load_trials` (in `skatecalc.cli.listing_trials`): the finishing orders of a trials
  listing, for the Olympic selection.

>>> from pathlib import Path
>>> slc = Path("skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt")
>>> is_listing_file(slc)
True
>>> [(name, cup.standings()[0].name) for name, cup in load_worldcup(
...     [slc], season="2025/26", distance=1000, gender="men", division="A")]
[('1000 m men', 'Jordan Stolz')]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InvalidDistanceError, ResultsError, SkatecalcError
from .examples import EXAMPLES, Example, example_text
from .listing_divisions import listed_division, warn_races

if TYPE_CHECKING:  # the listing reader, the World Cup and the trials load when used
    from ..championship.combinations import Combination
    from ..io.listing import Event
    from ..io.results import ResultsFile
    from ..worldcup import Cup, Rules

__all__ = [
    "SNIFF_BYTES",
    "championship_of",
    "files_of",
    "is_listing",
    "is_listing_file",
    "listing_files",
    "load_championship",
    "load_worldcup",
    "packaged_listing",
    "read_listings",
    "worldcup_of",
]

SNIFF_BYTES = 4096
"""How much of the start of a file `is_listing_file` reads to recognise a listing."""

_SNIFF_LINES = 8

_DATE = r"(\d{1,2})\.(\d{1,2})\.(\d{4})"
_DATES = re.compile(
    r"(?P<d1>\d{1,2})\.(?:(?P<m1>\d{1,2})\.(?P<y1>\d{4})?)?\s*-\s*" + _DATE + r"|" + _DATE,
    re.ASCII,
)
_TITLE = re.compile(
    r"(?P<what>\d{1,3}(?:\.\d{3})?|\d{1,6}) meter \((?P<gender>Men|Women)\),"
    r" (?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"|(?P<kind>Team Pursuit|Team Sprint|Mass Start|Mixed Relay) \((?P<kgender>Men|Women)\),"
    r" (?P<kdate>\d{1,2}\.\d{1,2}\.\d{4})",
    re.ASCII,
)
"""The race heading and the event dates, as `skatecalc.io.listing.reader` reads them
(the same patterns, copied so that recognising a listing loads no reader: a test keeps
them equal)."""


def is_listing(text: str) -> bool:
    """Whether ``text`` starts like an official results listing: a race heading
    (``1000 meter (Men), 14.11.2025``) among its first lines, or an event header whose
    second line holds the event's dates (``14. - 16.11.2025``).

    >>> is_listing("1. World Cup 2025/2026\\n14. - 16.11.2025\\nUtah Olympic Oval (USA)\\n")
    True
    >>> is_listing("\\n500 meter (Women), 14.03.2025\\n\\nPOS   NAME   NAT   TIME\\n")
    True
    >>> is_listing("name,nation,500,1000\\nFemke Kok,NED,37.07,1:14.35\\n")
    False
    """
    text = text.replace("\u00a0", " ").replace("\u202f", " ")  # as the reader reads them
    lines = [line.strip() for line in re.split(r"\r\n|\r|\n", text.lstrip("\ufeff"))]
    lines = [line for line in lines if line][:_SNIFF_LINES]
    if any(_TITLE.fullmatch(line) for line in lines):
        return True
    return len(lines) >= 2 and _DATES.fullmatch(lines[1]) is not None


def is_listing_file(path: str | Path) -> bool:
    """Whether the file at ``path`` starts like an official results listing (see
    `is_listing`). A file that cannot be read is no listing here: the reader of the
    other formats then reports why it cannot be read."""
    from .inputs import input_text, is_stream

    if is_stream(str(path)):  # read once: recognise it on the text kept for its reader
        try:
            return is_listing(input_text(str(path)))
        except SkatecalcError:
            return False
    try:
        with Path(path).open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return False
    return is_listing(head.decode("utf-8", errors="replace"))


def packaged_listing(name: str | Path) -> Example | None:
    """The built-in example listing called ``name`` (see ``skatecalc examples``) when no
    file of that name exists, else ``None``.

    >>> packaged_listing("wc2025-26-2-calgary").path
    'examples/wc2025-26-2-calgary.txt'
    >>> packaged_listing("README.md") is None
    True
    """
    if Path(name).exists():
        return None
    example = EXAMPLES.get(str(name))
    return example if example is not None and example.kind == "listing" else None


def read_listings(paths: Sequence[str | Path]) -> list[Event]:
    """Read every listing of ``paths`` (a file, or the name of a built-in example listing),
    or ISU result PDF (a file or a folder of one event's PDFs, see
    `skatecalc.cli.listing_pdf`); a file that is neither is an error naming it.

    >>> read_listings(["README.md"])
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: 'README.md' is not an official results listing ...
    """
    from ..io.listing import parse_listing, read_listing

    if not paths:
        raise ResultsError("no listing given")
    events: list[Event] = []
    from .inputs import input_text, is_stream
    from .listing_pdf import is_pdf, read_pdf_input

    documents: list[int] = []  # the events read from result PDFs: one document per race
    for path in paths:
        if is_pdf(path):  # an ISU result PDF, or a folder of one event's PDFs
            documents.append(len(events))
            events.append(read_pdf_input(path))
            continue
        if is_stream(str(path)):  # standard input or a pipe: the text already read
            name = "<stdin>" if str(path) == "-" else str(path)
            events.append(parse_listing(input_text(str(path)), name))
            continue
        example = packaged_listing(path)
        if example is not None:
            events.append(parse_listing(example_text(example), Path(example.path).name))
            continue
        if not is_listing_file(path) and Path(path).is_file():
            raise ResultsError(
                f"{str(path)!r} is not an official results listing (no race heading such as"
                " '1000 meter (Men), 14.11.2025' in its first lines); several files are read"
                " only as listings"
            )
        events.append(read_listing(Path(path)))
    if documents:  # one skater across the documents (see skatecalc.io.listing.spellings)
        from ..io.listing.spellings import join_spellings

        joined, _ = join_spellings([events[i] for i in documents])
        for i, event in zip(documents, joined, strict=True):
            events[i] = event
    return events


def _gender_of(events: Sequence[Event], gender: str | None) -> str | None:
    if gender is not None:
        return gender
    genders = sorted({r.gender for ev in events for r in ev.races})
    if len(genders) > 1:
        raise ResultsError(
            "the listings hold races of " + " and ".join(genders) + ": choose one with"
            " --gender " + " or --gender ".join(genders)
        )
    return None


def load_championship(
    paths: Sequence[str | Path],
    *,
    combination: str | Combination | None = None,
    gender: str | None = None,
) -> ResultsFile:
    """A championship's results from its listings: one listing per distance, or one
    listing with every distance. The races are taken by date; the combination is the one
    skated over exactly those distances, or the only one that starts with them, unless
    ``combination`` names it. Listings holding men's and women's races need ``gender``.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "day1.txt"
    >>> _ = path.write_text('''500 meter (Women), 14.03.2025
    ...
    ... POS   NAME          AG       NAT   TIME    DIFF     RECORD
    ... 1     Femke Kok     Senior   NED   37.07
    ... 2     Miho Takagi   Senior   JPN   37.13   +0.060
    ... ''', encoding="utf-8")
    >>> print(load_championship([path], combination="sprint").classify())
    Sprint: standings after 1 of 4 distances
    #  Name         Nat    500 (1)  Points  Gap 1000
    1  Femke Kok    NED  37.07 (1)  37.070
    2  Miho Takagi  JPN  37.13 (2)  37.130      0.12
    """
    from ..io.listing import championship_results

    events = read_listings(paths)
    return championship_results(events, gender=_gender_of(events, gender), combination=combination)


def _cups(
    events: Sequence[Event], distance: int | str | None, gender: str | None, division: str | None
) -> dict[str, tuple[int | str, str]]:
    """The cups the listings hold races of: name -> (a distance of the cup, gender)."""
    from ..worldcup import cup_name, normalise_distance

    found: dict[str, tuple[int | str, str]] = {}
    for ev in events:
        for race in ev.races:
            if gender is not None and race.gender != gender:
                continue
            if division is not None and race.division != division:
                continue
            try:
                name = cup_name(race.distance, race.gender)
            except InvalidDistanceError:
                continue  # no World Cup event (the mixed relay): counted in no cup
            found.setdefault(name, (race.distance, race.gender))
    if distance is not None:
        d = normalise_distance(distance)
        wanted = set()
        for g in [gender] if gender is not None else ["men", "women"]:
            try:
                wanted.add(cup_name(d, g))
            except InvalidDistanceError:
                if gender is not None:
                    raise
        found = {name: v for name, v in found.items() if name in wanted}
        if not found:
            what = " or ".join(sorted(wanted))
            div = f" in Division {division}" if division is not None else ""
            raise ResultsError(f"the listings hold no {what} race{div}")
    if not found:
        raise ResultsError("the listings hold no World Cup race of the chosen gender or division")
    return found


def load_worldcup(
    paths: Sequence[str | Path],
    *,
    season: str | None = None,
    distance: int | str | None = None,
    gender: str | None = None,
    division: str | None = None,
    rules: Rules | None = None,
) -> list[tuple[str, Cup]]:
    """The World Cup cups of several listings, as (cup name, [`Cup`][skatecalc.worldcup.Cup])
    in the order the listings first hold them.

    ``distance`` and ``gender`` choose cups (default: every cup the listings hold);
    ``division`` (``"A"`` or ``"B"``) takes one division's races only. Individual races
    score by the listed place, a mass start by its ranking, team pursuit and team sprint
    by nation. Every listing must be of ``season`` (default: the first listing's season).

    >>> cups = load_worldcup(
    ...     ["skatecalc/data/examples/wc2025-26-1-salt-lake-city.txt",
    ...      "skatecalc/data/examples/wc2025-26-2-calgary.txt"],
    ...     season="2025/26", distance="TP", gender="men", division="A")
    >>> [(s.name, s.points) for s in cups[0][1].standings()[:3]]
    [('USA', 120), ('FRA', 97), ('NOR', 88)]
    """
    if division is not None:
        if not isinstance(division, str) or division.strip().upper() not in ("A", "B"):
            raise ResultsError(f"division {division!r} must be A or B")
        division = division.strip().upper()
    if gender is not None and gender not in ("men", "women"):
        raise ResultsError(f"gender {gender!r} must be men or women")
    return _worldcup(read_listings(paths), season, distance, gender, division, rules)


def _worldcup(
    events: Sequence[Event],
    season: str | None,
    distance: int | str | None,
    gender: str | None,
    division: str | None,
    rules: Rules | None,
    *,
    skip_unknown: bool = False,
) -> list[tuple[str, Cup]]:
    """The cups of the listings. With ``skip_unknown`` and without ``distance`` (the
    whole season at once), a cup whose table values are not known (a place beyond the
    published table, an unknown value) is left out with a warning on standard error
    naming the cup and the option that supplies the table; the library itself still
    raises (no number is guessed)."""
    from ..errors import BeyondTableError, PlaceError, UnknownValueError
    from ..io.listing import worldcup_cup

    cups: list[tuple[str, Cup]] = []
    skipped: list[str] = []
    for name, (d, g) in _cups(events, distance, gender, division).items():
        try:
            cup = worldcup_cup(events, d, g, season=season, division=division, rules=rules)
        except (PlaceError, UnknownValueError) as exc:
            unknown = isinstance(exc, UnknownValueError | BeyondTableError)
            if not skip_unknown or distance is not None or not unknown:
                raise
            skipped.append(name)
            print(
                f"skatecalc: warning: left out the {name} cup: its points table is not"
                f" known ({_first_clause(exc)}); supply it with --table-distance"
                f" {_option_distance(d)}=POINTS (the points of places 1, 2, ..."
                " comma-separated)",
                file=sys.stderr,
            )
            continue
        cups.append((name, cup))
    if skipped and not cups:
        raise SkatecalcError(
            "no cup could be scored: the points tables of "
            + ", ".join(skipped)
            + " are not known; supply them with --table-distance D=POINTS"
        )
    return cups


def _first_clause(exc: Exception) -> str:
    """The library's message up to its Python advice (``...; no number is guessed``)."""
    return str(exc).split(";")[0].split(": to score")[0]


def _option_distance(distance: int | str) -> str:
    """``distance`` as ``--table-distance`` takes it: ``MS``, ``TP``, ``TS`` or metres."""
    short = {"mass start": "MS", "team pursuit": "TP", "team sprint": "TS"}
    return short.get(distance, str(distance)) if isinstance(distance, str) else str(distance)


# --- the command line's arguments ---------------------------------------------------------


def _usage(what: str) -> SkatecalcError:
    from .common import UsageError

    return UsageError(f"{what}; FILE is not one (a CSV or JSON file, - or --example)")


def files_of(args: argparse.Namespace) -> list[str]:
    """The files of a command line: FILE (``args.file``), then the LISTINGs after it
    (``args.more``, see `skatecalc.cli.watch.add_listings`).

    >>> files_of(argparse.Namespace(file="wc1.txt", more=["wc2.txt"]))
    ['wc1.txt', 'wc2.txt']
    """
    file = getattr(args, "file", None)
    return ([str(file)] if file is not None else []) + [str(f) for f in getattr(args, "more", [])]


def listing_files(args: argparse.Namespace) -> list[str] | None:
    """The FILEs of ``args`` when they are official results listings: several FILEs (only
    listings are read several at a time), or one FILE that starts like a listing or is an
    ISU result PDF or a folder of them. ``None``
    otherwise: the command reads its own format. A FILE that does not exist but is the
    name of a built-in example listing is that listing.

    >>> listing_files(argparse.Namespace(file="skatecalc/data/examples/wc2025-26-2-calgary.txt"))
    ['skatecalc/data/examples/wc2025-26-2-calgary.txt']
    >>> listing_files(argparse.Namespace(file="skatecalc/data/examples/wsc2024-women.csv")) is None
    True
    """
    files = files_of(args)
    if len(files) > 1:
        if getattr(args, "example", None) is not None:
            raise ResultsError("give FILE or --example NAME, not both")
        if "-" in files:
            raise ResultsError("- (standard input) can only be the one FILE")
        return files
    one = files[0] if len(files) == 1 else None
    if one is not None and (is_listing_file(one) or packaged_listing(one) is not None):
        return files
    from .listing_pdf import is_pdf

    if one is not None and is_pdf(one):
        return files
    return None


def championship_of(args: argparse.Namespace) -> ResultsFile | None:
    """The championship results of ``args`` (``--combination``, ``--gender``) when its FILEs
    are official results listings (see `listing_files`), else ``None``."""
    files = listing_files(args)
    if files is None:
        if getattr(args, "gender", None) is not None:
            raise _usage("--gender chooses the races of official results listings")
        return None
    listed = load_championship(
        files, combination=getattr(args, "combination", None), gender=getattr(args, "gender", None)
    )
    for warning in listed.warnings:
        print(f"skatecalc: warning: {warning}", file=sys.stderr)
    return listed


def worldcup_of(
    args: argparse.Namespace, rules_of: Callable[[argparse.Namespace], Rules]
) -> tuple[str, list[tuple[str, Cup]]] | None:
    """The season and the cups of ``args`` (``--distance``, ``--gender``, ``--division``,
    ``--after``) when its FILEs are official results listings, else ``None``.

    ``rules_of(args)`` gives the rules (``--season``, ``--table-b``); without ``--season``
    the season is the listings' own.
    """
    files = listing_files(args)
    if files is None:
        if getattr(args, "division", None) is not None:
            raise _usage("--division chooses the races of official results listings")
        return None
    events = listed_division(read_listings(files), getattr(args, "listed_division", None), args)
    if getattr(args, "season", None) is None:
        args = argparse.Namespace(**{**vars(args), "season": events[0].season})
    rules = rules_of(args)
    division = getattr(args, "division", None)
    cups = _worldcup(
        events,
        rules.season,
        args.distance,
        args.gender,
        division and division.upper(),
        rules,
        skip_unknown=True,
    )
    warn_races(events, {n for n, _ in cups}, args.gender, division and division.upper())
    after = getattr(args, "after", None)
    if after is not None:
        cups = [(name, cup.until(after)) for name, cup in cups]
    if division is not None:
        cups = [(f"{name}, Division {division.upper()}", cup) for name, cup in cups]
    return rules.season, cups
