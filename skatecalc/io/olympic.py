"""Olympic trial (OKT) results from TOML, CSV or JSON files.

A trial file gives, per distance, the finishing order (names, first place first) or the
times (ranked with :func:`skatecalc.olympic.rank_distance`: the 500 m twice, the faster
counts), and the committee's mass-start skater. Sections ``[men]`` / ``[women]`` hold one
gender each; a file without them holds one gender at top level.

TOML (and JSON with the same structure)::

    [men]
    "500" = ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij"]
    "1000" = { "Thomas Krol" = "1:07.24", "Kai Verbij" = "1:07.48" }
    mass_start = "Jorrit Bergsma"

CSV: columns ``distance`` and ``name``, in finishing order, or with a ``place`` column, or
with ``time`` (and ``time2`` for the second 500 m) to be ranked; an optional ``gender``
column; distance ``MS`` names the mass-start skater::

    >>> trials = parse_trials_csv(
    ...     "distance,name,time\\n500,Kai Verbij,34.56\\n500,Merijn Scheperkamp,34.45\\n"
    ...     "MS,Jorrit Bergsma,\\n", "okt.csv")
    >>> trials.results, trials.mass_start
    ({500: ('Merijn Scheperkamp', 'Kai Verbij')}, 'Jorrit Bergsma')

Every error names the value and the file (and the line where the format has lines).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from ..errors import DuplicateError, FileFormatError, SkatecalcError
from ..olympic import rank_distance
from ..time import parse_result
from .csvfile import read_csv_text, read_text

__all__ = [
    "EXAMPLES",
    "TrialResults",
    "example_path",
    "parse_trials_csv",
    "parse_trials_json",
    "parse_trials_toml",
    "read_trials",
]

_GENDERS = ("men", "women")


@attrs.frozen
class TrialResults:
    """The finishing orders of a trial file (one gender) and the mass-start choice.

    >>> t = TrialResults({1000: ("Thomas Krol", "Kai Verbij")}, None, "okt.toml")
    >>> t.results[1000][0]
    'Thomas Krol'
    """

    results: dict[int, tuple[str, ...]]
    mass_start: str | None
    source: str


def _distance(key: str, where: str) -> int:
    text = str(key).strip()
    if not text.isdigit() or int(text) <= 0:
        raise FileFormatError(
            f"{key!r} is not a distance in metres (or 'mass_start' for the mass start)",
            where=where,
        )
    return int(text)


def _section(
    data: Mapping[str, Any], gender: str | None, source: str
) -> tuple[Mapping[str, Any], str]:
    present = [g for g in _GENDERS if g in data]
    if gender is not None:
        if gender in data:
            if not isinstance(data[gender], Mapping):
                raise FileFormatError(f"{gender!r} is not a table", where=source)
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
    data: Mapping[str, Any], gender: str | None, source: str, locate: Any
) -> TrialResults:
    section, prefix = _section(data, gender, source)
    results: dict[int, tuple[str, ...]] = {}
    mass_start: str | None = None
    for key, value in section.items():
        where = locate(prefix, key)
        if key in ("mass_start", "MS"):
            if not isinstance(value, str) or not value.strip():
                raise FileFormatError(f"mass_start {value!r} is not a name", where=where)
            mass_start = value
            continue
        if gender is None and key in _GENDERS:
            continue  # pragma: no cover - handled by _section
        if prefix == "" and isinstance(value, Mapping) and not key.strip().isdigit():
            continue  # other top-level tables (e.g. [expected] in the seed file) are notes
        distance = _distance(key, where)
        try:
            if isinstance(value, list):
                names = tuple(value)
                for n in names:
                    if not isinstance(n, str) or not n.strip():
                        raise FileFormatError(f"{n!r} is not a skater's name")
                seen: set[str] = set()
                for n in names:
                    if n in seen:
                        raise DuplicateError(f"{n!r} is twice on the {distance} m")
                    seen.add(n)
            elif isinstance(value, Mapping):
                names = rank_distance(distance, value).names
            else:
                raise FileFormatError(
                    f"the {distance} m: {value!r} is neither a list of names nor a table of times"
                )
        except SkatecalcError as exc:
            raise exc.at(where) from None
        results[distance] = names
    return TrialResults(results, mass_start, source)


def _toml_locator(text: str, source: str) -> Any:
    lines = text.splitlines()

    def locate(prefix: str, key: str) -> str:
        start = 0
        if prefix:
            header = re.compile(rf"^\s*\[\s*{re.escape(prefix[:-1])}\s*\]")
            start = next((i for i, line in enumerate(lines) if header.match(line)), 0)
        pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
        for i in range(start, len(lines)):
            if pattern.match(lines[i]):
                return f"line {i + 1} of {source}"
        return f"{prefix}{key} of {source}"  # pragma: no cover - every key is on a line

    return locate


def parse_trials_toml(text: str, source: str = "<toml>", gender: str | None = None) -> TrialResults:
    """Trial results from TOML text.

    >>> parse_trials_toml('"500" = ["A", "B"]\\n"1000" = ["B", "B"]\\n', "okt.toml")
    Traceback (most recent call last):
    ...
    skatecalc.errors.DuplicateError: 'B' is twice on the 1000 m (line 2 of okt.toml)
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FileFormatError(f"not valid TOML: {exc}", where=source) from None
    return _from_mapping(data, gender, source, _toml_locator(text, source))


def parse_trials_json(text: str, source: str = "<json>", gender: str | None = None) -> TrialResults:
    """Trial results from JSON text (the same structure as TOML).

    >>> parse_trials_json('{"women": {"5000": ["Irene Schouten"], "mass_start": "Irene Schouten"}}',
    ...                   "okt.json").results
    {5000: ('Irene Schouten',)}
    >>> parse_trials_json('{"500": ["A",]}', "okt.json")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: not valid JSON: ... (line 1 of okt.json)
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"not valid JSON: {exc.msg}", where=f"line {exc.lineno} of {source}"
        ) from None
    if not isinstance(data, Mapping):
        raise FileFormatError("the top level must be an object", where=source)
    return _from_mapping(data, gender, source, lambda prefix, key: f"{prefix}{key} of {source}")


def parse_trials_csv(text: str, source: str = "<csv>", gender: str | None = None) -> TrialResults:
    """Trial results from CSV text (see the module documentation for the columns).

    >>> parse_trials_csv("distance,name\\n500,A\\n500,A\\n", "okt.csv")
    Traceback (most recent call last):
    ...
    skatecalc.errors.DuplicateError: 'A' is twice on the 500 m (line 3 of okt.csv)
    """
    table = read_csv_text(text, source)
    table.require("distance", "name")
    by_place = "place" in table.header
    timed = "time" in table.header
    if by_place and timed:
        raise FileFormatError(
            "give either a place or a time column, not both",
            where=f"line {table.header_line} of {source}",
        )
    rows: dict[int, list[tuple[int, str, Any]]] = {}
    mass_start: str | None = None
    for row in table:
        if (
            gender is not None
            and "gender" in table.header
            and row["gender"].strip().lower() != gender
        ):
            continue
        name = row["name"]
        if not name:
            raise row.error(FileFormatError("empty name"))
        if row["distance"].strip().upper() in ("MS", "MASS_START", "MASS START"):
            if mass_start is not None:
                raise row.error(DuplicateError(f"a second mass-start skater {name!r}"))
            mass_start = name
            continue
        distance = _distance(row["distance"], row.where)
        entries = rows.setdefault(distance, [])
        if any(e[1] == name for e in entries):
            raise row.error(DuplicateError(f"{name!r} is twice on the {distance} m"))
        if by_place:
            text_place = row["place"].strip()
            if not text_place.isdigit() or int(text_place) < 1:
                raise row.error(FileFormatError(f"place {row['place']!r} is not 1, 2, 3, ..."))
            if any(e[0] == int(text_place) for e in entries):
                raise row.error(DuplicateError(f"place {text_place} twice on the {distance} m"))
            entries.append((int(text_place), name, row.line))
        elif timed:
            runs = [row["time"]] + ([row["time2"]] if row.get("time2") else [])
            try:
                parsed = [parse_result(r) for r in runs]
            except SkatecalcError as exc:
                raise row.error(exc) from None
            entries.append((row.line, name, parsed))
        else:
            entries.append((row.line, name, row.line))
    if gender is None and "gender" in table.header:
        found = {r["gender"].strip().lower() for r in table}
        if len(found) > 1:
            raise FileFormatError(
                f"the file holds {' and '.join(sorted(found))}: choose one (e.g. --gender men)",
                where=source,
            )
    results: dict[int, tuple[str, ...]] = {}
    for distance, entries in rows.items():
        if timed:
            try:
                ranking = rank_distance(distance, {name: runs for _, name, runs in entries})
            except SkatecalcError as exc:
                raise exc.at(source) from None
            results[distance] = ranking.names
        else:
            results[distance] = tuple(name for _, name, _ in sorted(entries, key=lambda e: e[0]))
    return TrialResults(results, mass_start, source)


EXAMPLES = ("okt2021",)
"""Built-in example trial files (real results): ``okt2021`` is the Dutch OKT of Dec 2021."""


def example_path(name: str) -> Path:
    """The path of a built-in example trial file.

    >>> example_path("okt2021").name
    'okt2021.toml'
    """
    if name not in EXAMPLES:
        raise FileFormatError(f"no built-in trial example {name!r}; known: {', '.join(EXAMPLES)}")
    return Path(str(resources.files("skatecalc") / "data" / "olympic" / f"{name}.toml"))


def read_trials(path: str | Path, gender: str | None = None) -> TrialResults:
    """Read a trial file; the format follows the suffix (``.toml``, ``.csv``, ``.json``).

    >>> read_trials(example_path("okt2021"), "women").mass_start
    'Irene Schouten'
    """
    p = Path(path)
    suffix = p.suffix.lower()
    parsers = {".toml": parse_trials_toml, ".csv": parse_trials_csv, ".json": parse_trials_json}
    if suffix not in parsers:
        raise FileFormatError(f"{str(p)!r}: use a .toml, .csv or .json file")
    text = read_text(p)
    return parsers[suffix](text, p.name, gender)
