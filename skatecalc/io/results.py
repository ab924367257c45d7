"""Championship result files (CSV and JSON) and the built-in example data.

CSV: a header ``name,nation,500,1000,500,1000`` (``nation`` optional; distance columns in
skating order, written ``500``, ``500m`` or ``500 m``, a repeated distance may be written
``500_2`` or ``500 (2)``), one row per skater, each cell
a time, a status (DQ, DNF, DNS, WDR) or empty (not skated). Lines starting with ``#`` are
comments. Other columns are ignored with a reported warning.

JSON::

    {"combination": "sprint",
     "skaters": [{"name": "Miho Takagi", "nation": "JPN", "results": ["37.13", "1:13.32"]}]}

    >>> f = load_example("wsc2024-women")
    >>> f.combination.name, len(f.results), f.classify().leader.name
    ('sprint', 3, 'Miho Takagi')
"""

from __future__ import annotations

import array
import itertools
import operator
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from .. import _record
from .._lazy import pattern
from ..championship.classification import classify
from ..championship.combinations import Combination, combination, combinations_for
from ..championship.standings import Standings, TieBreak
from ..errors import DuplicateError, FileFormatError, LimitError, SkatecalcError
from ..examples import EXAMPLES, example_text, names
from ..limits import (
    MAX_CELL_CHARS,
    MAX_JSON_DEPTH,
    MAX_JSON_INTEGER_DIGITS,
    MAX_ROWS,
    shown,
)
from ..notation import name_key, variant_key
from ..time import Result, non_ascii, parse_result
from .csvfile import read_csv_records, read_text, where
from .plausible import implausible

__all__ = [
    "ResultsFile",
    "load_example",
    "load_json",
    "load_results",
    "parse_results_csv",
    "parse_results_json",
]

_DISTANCE = pattern(r"([0-9]+)(?: ?[mM])?(?:[_ -]([0-9]+)| ?\(([0-9]+)\))?")
"""A distance column: metres (``500``, ``500m``, ``500 m``), a repeated distance's number
after it or not (``500_2``, ``500 2``, ``500-2``, ``500 (2)`` as ``standings`` prints it):
the columns are read in skating order, whatever the numbers."""
_MAX_DISTANCE_DIGITS = 9
_MAX_COMBINATION_NAME = 100


@_record.frozen
class ResultsFile:
    """Results read from a file: the combination, results per skater, nations, warnings.

    ``distance_places`` holds the published places per distance in skating order, where the
    source gives them (official results listings do: their ``POS`` column); ``classify()``
    ranks those distances by them (see ``distance_places`` of
    [`skatecalc.classify`][skatecalc.championship.classification.classify]).
    """

    combination: Combination
    results: Mapping[str, tuple[Result, ...]]
    nations: Mapping[str, str]
    source: str
    warnings: tuple[str, ...] = ()
    distance_places: tuple[Mapping[str, int] | None, ...] = ()

    def classify(self, *, after: int | None = None, tie_break: TieBreak | None = None) -> Standings:
        """Classify these results (see
        [`skatecalc.classify`][skatecalc.championship.classification.classify])."""
        return classify(
            self.combination,
            self.results,
            after=after,
            nations=self.nations or None,
            tie_break=tie_break,
            distance_places=self.distance_places or None,
        )


def _infer_combination(distances: tuple[int, ...], warnings: list[str]) -> Combination:
    prefix = combinations_for(distances)
    if len(prefix) == 1:
        return prefix[0]
    custom = Combination("custom", distances, "Custom " + "/".join(map(str, distances)))
    if prefix:
        warnings.append(
            f"the distances {', '.join(map(str, distances))} start several combinations "
            f"({', '.join(c.name for c in prefix)}): classified as {custom}; name one with"
            " --combination"
        )
    return custom


def _resolve(
    distances: tuple[int, ...],
    given: str | Combination | None,
    where_: str,
    warnings: list[str],
) -> Combination:
    if given is None:
        return _infer_combination(distances, warnings)
    comb = combination(given)
    if comb.distances[: len(distances)] != distances:
        raise FileFormatError(
            f"the file's distances {', '.join(map(str, distances))} do not match {comb} "
            f"({', '.join(map(str, comb.distances))})",
            where=where_,
        )
    return comb


def parse_results_csv(
    text: str, source: str = "<text>", *, combination: str | Combination | None = None
) -> ResultsFile:
    """Read championship results from CSV text.

    >>> f = parse_results_csv("name,500,1000\\nFemke Kok,37.07,1:14.35\\n", "k.csv")
    >>> f.combination.name, f.results["Femke Kok"][1]
    ('sprint', RaceTime('1:14.35'))
    """
    table = read_csv_records(text, source)
    table.require("name")
    table.unique("nation")
    header_where = where(source, table.header_line)
    columns: list[tuple[int, int]] = []  # (column index, distance)
    warnings: list[str] = []
    for index, label in enumerate(table.header):
        if label in ("name", "nation"):
            continue
        m = _DISTANCE.fullmatch(label)
        if m:
            digits = m.group(1).lstrip("0") or "0"
            if len(digits) > _MAX_DISTANCE_DIGITS:
                raise FileFormatError(
                    f"column {shown(label)} is not a distance in metres: {len(digits)} digits",
                    where=header_where,
                )
            columns.append((index, int(digits)))
        elif any(c.isdigit() for c in label) and non_ascii(label):
            raise FileFormatError(
                f"column {shown(label)} looks like a distance, but {non_ascii(label)} is not"
                " an ASCII digit: write distances as 0-9",
                where=header_where,
            )
        else:
            warnings.append(f"column {shown(label)} ignored ({header_where})")
    if not columns:
        raise FileFormatError(
            "no distance columns: the header needs distances such as 500,1000,500,1000",
            where=header_where,
        )
    try:
        comb = _resolve(tuple(d for _, d in columns), combination, header_where, warnings)
    except SkatecalcError as exc:
        raise exc.at(header_where) from None
    results: dict[str, tuple[Result, ...]] = {}
    nations: dict[str, str] = {}
    folded: dict[str, str] = {}  # the name as classify() compares it -> the name as given
    name_at = table.header.index("name")
    nation_at = table.header.index("nation") if "nation" in table.header else None
    times = _row_getter([index for index, _ in columns])
    read = _Parsed().__getitem__  # equal cells share one (immutable) parsed value
    # One pass and no per-row objects: location text is made only for an error.
    for line, cells in table.records:
        name = name_key(cells[name_at])  # the one identity rule (skatecalc.notation)
        if not name:
            raise FileFormatError("empty name", where=where(source, line))
        other = folded.setdefault(variant_key(name), name)
        if name in results or other != name:  # a case- or accent-only variant is refused too
            first = next(n for n, c in table.records if name_key(c[name_at]) == other)
            also = "" if other == name else f" as {shown(other, 100)}"
            raise DuplicateError(
                f"skater {shown(name, 100)} appears twice (first{also} on line {first})",
                where=where(source, line),
            )
        given = times(cells)
        try:
            if "" in given:  # not skated (yet): trailing empties are dropped, gaps refused
                gappy = [read(cell) if cell else None for cell in given]
            else:
                results[name] = tuple(map(read, given))
                gappy = None
        except SkatecalcError as exc:
            raise exc.at(where(source, line)) from None
        if gappy is not None:
            results[name] = _without_gaps(name, gappy, comb, where(source, line))
        if nation_at is not None and cells[nation_at]:
            nations[name] = cells[nation_at]
    if not results:
        raise FileFormatError("no skaters: the file has a header but no rows", where=header_where)
    lines = {name_key(cells[name_at]): line for line, cells in table.records}
    warnings += implausible(results, comb.distances, lambda name: where(source, lines[name]))
    return ResultsFile(comb, results, nations, source, tuple(warnings))


class _Parsed(dict[str, Result]):
    """Cell text -> its parsed result, each distinct text parsed once (``parse_result``).

    A file repeats its times (thousands of distinct values in a million cells): sharing
    the immutable values keeps memory and garbage-collection work proportional to the
    distinct values. An error is raised as ``parse_result`` raises it, nothing is stored.
    """

    def __missing__(self, cell: str) -> Result:
        value = self[cell] = parse_result(cell)
        return value


def _row_getter(indices: list[int]) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    """A function picking the cells at ``indices`` from a row, as a tuple."""
    if len(indices) == 1:
        (only,) = indices
        return lambda cells: (cells[only],)
    return operator.itemgetter(*indices)


def _without_gaps(
    name: str, parsed: list[Result], comb: Combination, where_: str
) -> tuple[Result, ...]:
    """The results with trailing empties removed; an empty one before a result is an error."""
    while parsed and parsed[-1] is None:
        parsed.pop()
    if None in parsed:
        gap = parsed.index(None)
        raise FileFormatError(
            f"{shown(name, 100)} has no result on the {comb.distance_name(gap)}"
            f" (distance {gap + 1}) but has later ones",
            where=where_,
        )
    return tuple(parsed)


_SKATER_KEYS = ("name", "nation", "results")
_TOP_KEYS = ("combination", "skaters")


def _text(value: object, what: str, here: str) -> str:
    """``value`` if it is text within the cell bound, else a FileFormatError."""
    if not isinstance(value, str):
        raise FileFormatError(f"{what} must be text, not {shown(value)}", where=here)
    if len(value) > MAX_CELL_CHARS:
        raise LimitError(
            f"{what} of {len(value):,} characters: at most {MAX_CELL_CHARS:,} are accepted",
            where=here,
        )
    return value


def _json_results(data: Any, source: str, given: str | Combination | None) -> ResultsFile:
    if not isinstance(data, dict) or not isinstance(data.get("skaters"), list):
        raise FileFormatError(
            'expected an object {"combination": ..., "skaters": [...]}', where=source
        )
    warnings = [f"key {shown(key, 100)} ignored ({source})" for key in data if key not in _TOP_KEYS]
    comb_name = given if given is not None else data.get("combination")
    if comb_name is None:
        raise FileFormatError('no "combination" (and none given with --combination)', where=source)
    if not isinstance(comb_name, str | Combination):
        raise FileFormatError(f'"combination" must be a name, not {shown(comb_name)}', where=source)
    if isinstance(comb_name, str) and len(comb_name) > _MAX_COMBINATION_NAME:
        raise FileFormatError(
            f'"combination" {shown(comb_name)} is not a combination name', where=source
        )
    comb = combination(comb_name)
    skaters = data["skaters"]
    if len(skaters) > MAX_ROWS:
        raise LimitError(
            f"{len(skaters):,} skaters: at most {MAX_ROWS:,} are accepted", where=source
        )
    results: dict[str, tuple[Result, ...]] = {}
    nations: dict[str, str] = {}
    seen: dict[str, tuple[int, str]] = {}
    for i, entry in enumerate(skaters):
        here = f"skaters[{i}] of {source}"
        if not isinstance(entry, dict) or "name" not in entry:
            raise FileFormatError('each skater needs a "name" and "results"', where=here)
        name = _text(entry["name"], '"name"', here)
        if not name.strip():
            raise FileFormatError("empty name", where=here)
        name = name_key(name)  # the one identity rule (skatecalc.notation)
        key = variant_key(name)  # a case- or accent-only variant is refused too
        if key in seen:
            first, other = seen[key]
            also = "as" if other == name else f"as {shown(other, 100)} in"
            raise DuplicateError(
                f"skater {shown(name, 100)} appears twice (first {also} skaters[{first}])",
                where=here,
            )
        seen[key] = (i, name)
        warnings += [
            f"key {shown(key, 100)} ignored ({here})" for key in entry if key not in _SKATER_KEYS
        ]
        values = entry.get("results")
        if not isinstance(values, list):
            raise FileFormatError(f'{shown(name, 100)}: "results" must be a list', where=here)
        if len(values) > len(comb.distances):
            raise FileFormatError(
                f"{shown(name, 100)} has {len(values)} results but {comb} has {len(comb.distances)}"
                " distances",
                where=here,
            )
        parsed: list[Result] = []
        for j, v in enumerate(values):
            at = f"skaters[{i}].results[{j}] of {source}"
            if v is not None and not isinstance(v, str):
                raise FileFormatError(
                    f'{shown(v)} is not a result: write times as text, e.g. "37.13"', where=at
                )
            cell = None if v is None else _text(v, "a result", at).strip()
            try:
                parsed.append(parse_result(cell) if cell else None)
            except SkatecalcError as exc:
                raise exc.at(at) from None
        results[name] = _without_gaps(name, parsed, comb, here)
        nation = entry.get("nation")
        if nation is not None:
            nation = _text(nation, '"nation"', here).strip()
            if nation:
                nations[name] = nation
    if not results:
        raise FileFormatError('no skaters: "skaters" is empty', where=source)
    warnings += implausible(results, comb.distances, lambda name: source)
    return ResultsFile(comb, results, nations, source, tuple(warnings))


def _no_duplicate_keys(source: str) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for key, value in items:
            if key in obj:
                raise FileFormatError(
                    f"key {shown(key, 100)} appears twice in one object", where=source
                )
            obj[key] = value
        return obj

    return pairs


def _integer(source: str) -> Any:
    def parse(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_JSON_INTEGER_DIGITS:
            raise LimitError(
                f"an integer of {len(digits):,} digits: at most {MAX_JSON_INTEGER_DIGITS}"
                " are accepted",
                where=source,
            )
        return int(digits)

    return parse


def _constant(source: str) -> Any:
    def refuse(name: str) -> None:
        raise FileFormatError(f"{name} is not a JSON value", where=source)

    return refuse


_JSON_STRING = pattern(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = pattern(r"[^\[\]{}]+")
_STEP = str.maketrans({"[": "\x01", "{": "\x01", "]": "\xff", "}": "\xff"})  # +1, -1


def _nesting(text: str) -> int:
    """How deep the arrays and objects of JSON ``text`` nest, from its brackets outside
    strings: measured before parsing, so that no parser recurses anywhere near the
    interpreter's recursion limit (where a finaliser run by the garbage collector would
    fail). Linear, and about a fifth of the time ``json.loads`` takes.

    >>> _nesting('{"a": [1, "]]]", {"b": []}]}'), _nesting("[" * 5000 + "]" * 5000)
    (4, 5000)
    """
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    steps = array.array("b", brackets.translate(_STEP).encode("latin-1"))
    return max(itertools.accumulate(steps), default=0)


def _check_depth(data: Any, source: str) -> None:
    """Raise LimitError if arrays and objects nest deeper than MAX_JSON_DEPTH."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = (
            value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        )
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > MAX_JSON_DEPTH:
                    raise LimitError(
                        f"arrays and objects nested deeper than {MAX_JSON_DEPTH} levels"
                        " (the deepest accepted)",
                        where=source,
                    )
                stack.append((child, depth + 1))


def load_json(text: str, source: str = "<text>") -> Any:
    """Parse JSON text within the documented bounds ([`skatecalc.limits`][skatecalc.limits]).

    A repeated key in one object, an integer longer than 100 digits, ``NaN`` or
    ``Infinity``, and nesting deeper than 64 levels are refused with a FileFormatError.
    A byte-order mark at the start is removed.

    >>> load_json('{"a": [1, 2]}')
    {'a': [1, 2]}
    >>> load_json('{"a": 1, "a": 2}', "d.json")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: key 'a' appears twice in one object (d.json)
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise FileFormatError(f"{source} is empty")
    if _nesting(text) > MAX_JSON_DEPTH:
        raise LimitError(
            f"arrays and objects nested deeper than {MAX_JSON_DEPTH} levels (the deepest accepted)",
            where=source,
        )
    import json  # here: a command reading CSV results never needs it (start-up time)

    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys(source),
            parse_int=_integer(source),
            parse_constant=_constant(source),
        )
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"not valid JSON: {exc.msg}", where=where(source, exc.lineno)
        ) from None
    except RecursionError:
        raise LimitError(
            f"arrays and objects nested deeper than {MAX_JSON_DEPTH} levels (the deepest accepted)",
            where=source,
        ) from None
    _check_depth(data, source)
    return data


def parse_results_json(
    text: str, source: str = "<text>", *, combination: str | Combination | None = None
) -> ResultsFile:
    """Read championship results from JSON text (format in the module docstring).

    >>> f = parse_results_json('{"combination": "sprint", "skaters": '
    ...     '[{"name": "Femke Kok", "nation": "NED", "results": ["37.07", null]}]}')
    >>> f.results["Femke Kok"], f.nations
    ((RaceTime('37.07'),), {'Femke Kok': 'NED'})
    """
    return _json_results(load_json(text, source), source, combination)


def load_results(path: str | Path, *, combination: str | Combination | None = None) -> ResultsFile:
    """Read a CSV or JSON results file (by its extension; ``.json`` is JSON)."""
    p = Path(path)
    text = read_text(p)
    if p.suffix.lower() == ".json":
        return parse_results_json(text, p.name, combination=combination)
    return parse_results_csv(text, p.name, combination=combination)


def load_example(name: str, *, combination: str | Combination | None = None) -> ResultsFile:
    """The built-in championship results ``name`` (one of the registry
    `skatecalc.examples.EXAMPLES` of kind ``results``)."""
    example = EXAMPLES.get(name) if isinstance(name, str) else None
    if example is None or example.kind != "results":
        raise FileFormatError(
            f"no example called {shown(name, 100)}; known: {', '.join(names('results'))}"
        )
    return parse_results_csv(example_text(example), name, combination=combination)
