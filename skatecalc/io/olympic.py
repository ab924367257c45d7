"""Olympic trial (OKT) results from TOML, CSV or JSON files.

A trial file gives, per distance, the finishing order (names, first place first) or the
times (ranked with [`skatecalc.olympic.rank_distance`][skatecalc.olympic.rank_distance]: the 500 m
twice, the faster counts), and the committee's mass-start skater. Sections ``[men]`` / ``[women]``
hold one gender each; a file without them holds one gender at top level.

Nothing in a file is ignored without being documented here. Distances are ASCII digits
(``"500"``; at most 9 of them); one distance given twice (``"500"`` and ``"0500"``), a JSON
key repeated, ``mass_start`` and ``MS`` both, results at the top level beside a ``[men]``
section, and a section with any other name (``[Men]``, ``[mne]``, ``[heren]``) are errors.
Other top-level tables that hold no results themselves (such as ``[expected.men]`` in the
built-in example) are notes and are not read. A file or section without any result is an
error.

TOML (and JSON with the same structure)::

    [men]
    "500" = ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij"]
    "1000" = { "Thomas Krol" = "1:07.24", "Kai Verbij" = "1:07.48" }
    mass_start = "Jorrit Bergsma"

CSV: columns ``distance`` and ``name``, in finishing order (the row order is the ranking
only when the file has neither ``place`` nor ``time``), or with a ``place`` column, or
with ``time`` (and ``time2`` for the second 500 m) to be ranked; an optional ``gender``
column (every cell ``men`` or ``women``) and ``note`` column; distance ``MS`` names the
mass-start skater. Any other column (``tijd``), a column twice, or ``time2`` without
``time`` is an error::

    >>> trials = parse_trials_csv(
    ...     "distance,name,time\\n500,Kai Verbij,34.56\\n500,Merijn Scheperkamp,34.45\\n"
    ...     "MS,Jorrit Bergsma,\\n", "okt.csv")
    >>> trials.results, trials.mass_start
    ({500: ('Merijn Scheperkamp', 'Kai Verbij')}, 'Jorrit Bergsma')

Places leave no gap competition ranking does not make (``1, 2, 5`` is refused: the skater
of place 5 is not the third); a place given twice is refused (no tie rule is known). A
skater without a valid time (DQ, DNF, DNS, WDR) holds no place: the finishing order lists
only the timed skaters, and a row for a place nobody with a time holds stays empty::

    >>> parse_trials_toml('"500" = { "A" = "34.50", "B" = "34.60", "C" = "DQ" }').results
    {500: ('A', 'B')}

Every error names the value and the file (and the line where the format has lines).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from .. import _record
from .._fields import is_ascii_digits
from ..errors import DuplicateError, FileFormatError, LimitError, SkatecalcError, closest_names
from ..examples import EXAMPLES, example_file, names
from ..limits import MAX_LINE_CHARS, shown
from ..notation import GENDERS, normalise_gender
from ..olympic import rank_distance
from ..olympic.okt import place_gap
from ..time import parse_result
from .csvfile import check_header, read_csv_text, read_text, where, whole_number

__all__ = [
    "TrialResults",
    "example_path",
    "parse_trials_csv",
    "parse_trials_json",
    "parse_trials_toml",
    "read_trials",
]

_MASS_START_KEYS = ("mass_start", "MS")
_CSV_COLUMNS = ("distance", "name", "place", "time", "time2", "gender", "note")


@_record.frozen
class TrialResults:
    """The finishing orders of a trial file (one gender) and the mass-start choice.

    >>> t = TrialResults({1000: ("Thomas Krol", "Kai Verbij")}, None, "okt.toml")
    >>> t.results[1000][0]
    'Thomas Krol'
    """

    results: dict[int, tuple[str, ...]]
    mass_start: str | None
    source: str


Locate = Callable[[str, str], str]
"""(section prefix such as ``"men."`` or ``""``, key) -> where the key is in the file."""


def _distance(key: object, where: str) -> int:
    """A distance key or cell: ASCII digits (bounded), positive; errors located at ``where``."""
    text = key.strip() if isinstance(key, str) else ""
    if not is_ascii_digits(text):
        raise FileFormatError(
            f"{shown(key)} is not a distance in metres (or 'mass_start' for the mass start)",
            where=where,
        )
    try:
        distance = whole_number(text, "distance")
    except SkatecalcError as exc:
        raise exc.at(where) from None
    if distance <= 0:
        raise FileFormatError(f"distance {shown(key)} must be positive", where=where)
    return distance


def _result_key(key: str, value: object) -> bool:
    """Whether a key of a table is a result: a distance, the mass start, or not a table."""
    text = key.strip()
    return key in _MASS_START_KEYS or text[:1].isdigit() or not isinstance(value, Mapping)


def _section(
    data: Mapping[str, Any], gender: str | None, source: str, locate: Locate
) -> tuple[Mapping[str, Any], str]:
    present = [g for g in GENDERS if g in data]
    for g in present:
        if not isinstance(data[g], Mapping):
            raise FileFormatError(
                f"{g!r} is not a section (a table of distances), but {shown(data[g])}",
                where=locate("", g),
            )
    top = [k for k, v in data.items() if k not in GENDERS and _result_key(k, v)]
    for key, value in data.items():
        if key in GENDERS or key in top:
            continue
        near = closest_names(key, GENDERS, n=1) if isinstance(key, str) else []
        if near or any(_result_key(k, v) for k, v in value.items()):
            hint = (
                f"closest: {', '.join(repr(n) for n in near)}"
                if near
                else "results go in a 'men' or 'women' section"
            )
            raise FileFormatError(f"unknown section {shown(key)}; {hint}", where=locate("", key))
    if present and top:
        raise FileFormatError(
            f"{shown(top[0])} is at the top level beside the {present[0]!r} section: put every"
            f" result in the 'men' or 'women' section",
            where=locate("", top[0]),
        )
    if gender is not None:
        if gender in data:
            return data[gender], f"{gender}."
        if present:
            raise FileFormatError(
                f"no {gender!r} section (the file has {', '.join(present)})", where=source
            )
        return data, ""
    if len(present) > 1:
        raise FileFormatError(
            f"the file holds {' and '.join(present)}: choose one (e.g. --gender {present[0]})",
            where=source,
        )
    if present:
        return data[present[0]], f"{present[0]}."
    return data, ""


def _from_mapping(
    data: Mapping[str, Any], gender: str | None, source: str, locate: Locate
) -> TrialResults:
    _check_gender(gender)
    if not isinstance(data, Mapping):
        raise FileFormatError(f"the top level must be a table, not {shown(data)}", where=source)
    section, prefix = _section(data, gender, source, locate)
    results: dict[int, tuple[str, ...]] = {}
    keys: dict[int, str] = {}
    mass_start: str | None = None
    ms_key: str | None = None
    for key, value in section.items():
        where = locate(prefix, key)
        if key in _MASS_START_KEYS:
            if ms_key is not None:
                raise FileFormatError(
                    f"both {ms_key!r} and {key!r} name the mass-start skater: give one",
                    where=where,
                )
            if not isinstance(value, str) or not value.strip():
                raise FileFormatError(f"{key} {shown(value)} is not a name", where=where)
            mass_start, ms_key = value, key
            continue
        if prefix == "" and not _result_key(key, value):
            continue  # a top-level table of notes (e.g. [expected] in the built-in example)
        distance = _distance(key, where)
        if distance in keys:
            raise FileFormatError(
                f"{keys[distance]!r} and {key!r} are both the {distance} m: give it once",
                where=where,
            )
        keys[distance] = key
        try:
            if isinstance(value, list):
                names = tuple(value)
                for n in names:
                    if not isinstance(n, str) or not n.strip():
                        raise FileFormatError(f"{shown(n)} is not a skater's name")
                seen: set[str] = set()
                for n in names:
                    if n in seen:
                        raise DuplicateError(f"{n!r} is twice on the {distance} m")
                    seen.add(n)
            elif isinstance(value, Mapping):
                names = rank_distance(distance, value).timed
            else:
                raise FileFormatError(
                    f"the {distance} m: {shown(value)} is neither a list of names nor a table"
                    " of times"
                )
        except SkatecalcError as exc:
            raise exc.at(where) from None
        results[distance] = names
    if not results and mass_start is None:
        what = f"the {prefix[:-1]!r} section" if prefix else "the file"
        raise FileFormatError(
            f'{what} holds no trial results (distances such as "500", or mass_start)',
            where=source,
        )
    return TrialResults(results, mass_start, source)


_TOML_HEADER = re.compile(r"^\s*\[\s*([^\]]*?)\s*\]")
_TOML_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")


def _toml_locator(text: str, source: str) -> Locate:
    """Where each key of a TOML text is: one pass over the lines, then dictionary look-ups."""
    lines: dict[tuple[str, str], int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TOML_HEADER.match(line)
        if header:
            name = header.group(1).strip().strip("\"'")
            section = f"{name}."
            lines.setdefault(("", name), number)
            continue
        m = _TOML_KEY.match(line)
        if m:
            key = next(g for g in m.groups() if g is not None)
            lines.setdefault((section, key), number)

    def locate(prefix: str, key: str) -> str:
        number = lines.get((prefix, key))
        if number is None:
            return f"{prefix}{key} of {source}"
        return f"line {number} of {source}"

    return locate


def parse_trials_toml(text: str, source: str = "<toml>", gender: str | None = None) -> TrialResults:
    """Trial results from TOML text.

    >>> parse_trials_toml('"500" = ["A", "B"]\\n"1000" = ["B", "B"]\\n', "okt.toml")
    Traceback (most recent call last):
    ...
    skatecalc.errors.DuplicateError: 'B' is twice on the 1000 m (line 2 of okt.toml)
    >>> parse_trials_toml('[mne]\\n"500" = ["A", "B"]\\n', "okt.toml", "men")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: unknown section 'mne'; closest: 'men' (line 1 of okt.toml)
    """
    if not isinstance(text, str):
        raise FileFormatError(f"TOML text must be a str, not {shown(text)}", where=source)
    for number, line in enumerate(text.split("\n"), start=1):  # TOML: LF or CRLF
        if len(line.rstrip("\r")) > MAX_LINE_CHARS:
            raise LimitError(
                f"line longer than {MAX_LINE_CHARS:,} characters (the longest line accepted)",
                where=where(source, number),
            )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FileFormatError(f"not valid TOML: {exc}", where=source) from None
    except RecursionError:
        raise FileFormatError("not readable TOML: nested too deeply", where=source) from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise FileFormatError(f"not readable TOML: {shown(str(exc), 60)}", where=source) from None
    return _from_mapping(data, gender, source, _toml_locator(text, source))


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise FileFormatError(f"the key {shown(key)} appears twice in one object")
        out[key] = value
    return out


def _json_int(text: str) -> int:
    return whole_number(text.lstrip("-"), "number", error=FileFormatError) * (
        -1 if text.startswith("-") else 1
    )


def parse_trials_json(text: str, source: str = "<json>", gender: str | None = None) -> TrialResults:
    """Trial results from JSON text (the same structure as TOML).

    >>> parse_trials_json('{"women": {"5000": ["Irene Schouten"], "mass_start": "Irene Schouten"}}',
    ...                   "okt.json").results
    {5000: ('Irene Schouten',)}
    >>> parse_trials_json('{"500": ["A",]}', "okt.json")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: not valid JSON: ... (line 1 of okt.json)
    >>> parse_trials_json('{"500": ["A"], "500": ["B"]}', "okt.json")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: the key '500' appears twice in one object (okt.json)
    """
    if not isinstance(text, str):
        raise FileFormatError(f"JSON text must be a str, not {shown(text)}", where=source)
    try:
        data = json.loads(text, object_pairs_hook=_json_object, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"not valid JSON: {exc.msg}", where=f"line {exc.lineno} of {source}"
        ) from None
    except SkatecalcError as exc:
        raise exc.at(source) from None
    except RecursionError:
        raise FileFormatError("not readable JSON: nested too deeply", where=source) from None
    except ValueError as exc:  # pragma: no cover - parse_int bounds the numbers
        raise FileFormatError(f"not readable JSON: {shown(str(exc), 60)}", where=source) from None
    if not isinstance(data, Mapping):
        raise FileFormatError("the top level must be an object", where=source)
    return _from_mapping(data, gender, source, lambda prefix, key: f"{prefix}{key} of {source}")


def _check_gender(gender: object) -> None:
    """The ``gender`` argument of the readers: ``None``, ``"men"`` or ``"women"``."""
    if gender is not None and gender not in GENDERS:
        raise FileFormatError(f"gender {shown(gender)} must be 'men' or 'women'")


def _gender_cell(text: str) -> str:
    return normalise_gender(text, error=FileFormatError)


def parse_trials_csv(text: str, source: str = "<csv>", gender: str | None = None) -> TrialResults:
    """Trial results from CSV text (see the module documentation for the columns).

    >>> parse_trials_csv("distance,name\\n500,A\\n500,A\\n", "okt.csv")
    Traceback (most recent call last):
    ...
    skatecalc.errors.DuplicateError: 'A' is twice on the 500 m (line 3 of okt.csv)
    >>> parse_trials_csv("gender,distance,name\\nM,500,A\\n", "okt.csv", "men")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: gender 'M' must be 'men' or 'women' (line 2 of okt.csv)
    """
    _check_gender(gender)
    if not isinstance(text, str):
        raise FileFormatError(f"CSV text must be a str, not {shown(text)}", where=source)
    table = read_csv_text(text, source)
    table.require("distance", "name")
    check_header(table, _CSV_COLUMNS)
    header_at = f"line {table.header_line} of {source}"
    by_place = "place" in table.header
    timed = "time" in table.header
    if "time2" in table.header and not timed:
        raise FileFormatError(
            "a 'time2' column (the second 500 m) needs a 'time' column", where=header_at
        )
    if by_place and timed:
        raise FileFormatError("give either a place or a time column, not both", where=header_at)
    rows: dict[int, list[tuple[int, str, Any]]] = {}
    names_on: dict[int, set[str]] = {}
    places_on: dict[int, set[int]] = {}
    mass_start: str | None = None
    found: dict[str, int] = {}
    for row in table:
        if "gender" in table.header:
            try:
                g = _gender_cell(row["gender"])
            except SkatecalcError as exc:
                raise row.error(exc) from None
            found.setdefault(g, row.line)
            if gender is not None and g != gender:
                continue  # the other gender's rows: checked above, read by the other call
        name = row["name"]
        if not name:
            raise row.error(FileFormatError("empty name"))
        if row["distance"].strip().upper() in ("MS", "MASS_START", "MASS START"):
            if mass_start is not None:
                raise row.error(DuplicateError(f"a second mass-start skater {name!r}"))
            extra = [c for c in ("place", "time", "time2") if row.get(c).strip()]
            if extra:
                raise row.error(
                    FileFormatError(
                        f"the mass-start row of {name!r} has a {extra[0]} ({row[extra[0]]!r}):"
                        " the mass-start skater is the committee's choice, leave it empty"
                    )
                )
            mass_start = name
            continue
        distance = _distance(row["distance"], row.where)
        entries = rows.setdefault(distance, [])
        names = names_on.setdefault(distance, set())
        if name in names:
            raise row.error(DuplicateError(f"{name!r} is twice on the {distance} m"))
        names.add(name)
        if by_place:
            try:
                place = whole_number(row["place"], "place")
            except SkatecalcError as exc:
                raise row.error(exc) from None
            if place < 1:
                raise row.error(FileFormatError(f"place {shown(row['place'])} is not 1, 2, 3, ..."))
            places = places_on.setdefault(distance, set())
            if place in places:
                raise row.error(DuplicateError(f"place {place} twice on the {distance} m"))
            places.add(place)
            entries.append((place, name, row.line))
        elif timed:
            runs = [row["time"]] + ([row["time2"]] if row.get("time2") else [])
            try:
                parsed = [parse_result(r) for r in runs]
            except SkatecalcError as exc:
                raise row.error(exc) from None
            entries.append((row.line, name, parsed))
        else:
            entries.append((row.line, name, row.line))
    if gender is None and len(found) > 1:
        raise FileFormatError(
            f"the file holds {' and '.join(sorted(found))}: choose one (e.g. --gender men)",
            where=source,
        )
    if gender is not None and found and gender not in found:
        raise FileFormatError(
            f"no {gender!r} rows (the file has {', '.join(sorted(found))})", where=source
        )
    results: dict[int, tuple[str, ...]] = {}
    for distance, entries in rows.items():
        if timed:
            try:
                ranking = rank_distance(distance, {name: runs for _, name, runs in entries})
            except SkatecalcError as exc:
                raise exc.at(source) from None
            results[distance] = ranking.timed
        else:
            ranked = sorted(entries, key=lambda e: e[0])
            gap = place_gap([place for place, _, _ in ranked]) if by_place else None
            if gap is not None:  # 1, 2, 5: the skater of place 5 is not the third
                _, name, line = ranked[gap[0]]
                raise FileFormatError(
                    f"the {distance} m: {gap[1]} ({name!r}); give every place (equal places"
                    " share and skip: 1, 2, 2, 4)",
                    where=where(source, line),
                )
            results[distance] = tuple(name for _, name, _ in ranked)
    if not results and mass_start is None:
        raise FileFormatError("the file holds no trial results: only a header", where=header_at)
    return TrialResults(results, mass_start, source)


def example_path(name: str) -> Path:
    """The path of a built-in example trial file (one of the registry
    `skatecalc.examples.EXAMPLES` of kind ``trials``).

    >>> example_path("okt2021").name
    'okt2021.toml'
    """
    example = EXAMPLES.get(name) if isinstance(name, str) else None
    if example is None or example.kind != "trials":
        raise FileFormatError(
            f"no built-in trial example {shown(name)}; known: {', '.join(names('trials'))}"
        )
    return Path(str(example_file(example)))


def read_trials(path: str | Path, gender: str | None = None) -> TrialResults:
    """Read a trial file; the format follows the suffix (``.toml``, ``.csv``, ``.json``).

    >>> read_trials(example_path("okt2021"), "women").mass_start
    'Irene Schouten'
    """
    if not isinstance(path, str | Path):
        raise FileFormatError(f"{shown(path)} is not a file name")
    p = Path(path)
    suffix = p.suffix.lower()
    parsers = {".toml": parse_trials_toml, ".csv": parse_trials_csv, ".json": parse_trials_json}
    if suffix not in parsers:
        raise FileFormatError(f"{str(p)!r}: use a .toml, .csv or .json file")
    text = read_text(p)
    return parsers[suffix](text, p.name, gender)
