"""What every command shares: reading its input and rendering its output.

Input (`read_source`, `load_input`): a FILE, ``-`` for standard input, or a
built-in example (``--example NAME``, see `skatecalc.examples`), read as UTF-8
text and parsed by the reader of the command's kind of input.

Output (`Table`, `render`): every command prints one or more of the library's tables (a
`Table` here is a table's ``to_rows()`` with its printed text, title and lines after: the
command line builds no rows of its own, see `skatecalc.columns`), and `render` prints them
in the chosen ``--format``:

* ``text``: as the press prints it, in ``--lang`` (``en`` ISU notation, ``nl`` Dutch);
* ``json``: a list of row objects, values in ISU notation whatever ``--lang`` says, points
  and seconds as exact strings (``"110.980"``), times as ``"1:46.38"``, ranks as numbers,
  ``null`` for no value; control and bidirectional characters written as JSON escapes;
* ``csv``: the same rows as CSV with a heading line; a text cell a spreadsheet would run as
  a formula gets a leading ``'`` (OWASP), control characters are shown escaped;
* ``markdown``: a table to paste into an article, in ``--lang``.

A command printing several tables (one per cup, one per event) adds the table's key
(``cup``, ``event``) as the first column of every JSON/CSV row.
"""

from __future__ import annotations

import argparse
import decimal
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence

from .. import _record
from ..columns import csv_text, json_text, rows_json
from ..errors import FileFormatError, SkatecalcError, UsageError
from ..examples import EXAMPLES, Example, names
from ..notation import LANGS, Lang, normalise_lang
from ..tabular import Tabular
from ..text.catalog import phrase
from ..text.layout import Layout, rows_layout
from .inputs import add_sources, inputs_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from ..io.source import Input

__all__ = [
    "FORMATS",
    "GAP_ROUNDINGS_BY_NAME",
    "GAP_ROUNDING_CHOICES",
    "Source",
    "Table",
    "UsageError",
    "add_input",
    "add_output",
    "fixed",
    "json_text",
    "load_input",
    "read_source",
    "render",
    "require_input",
    "rows_table",
    "table_of",
    "text_of",
]

FORMATS = ("text", "json", "csv", "markdown")
"""The output formats of every command."""

GAP_ROUNDINGS_BY_NAME: Mapping[str, str] = {
    "up": decimal.ROUND_UP,
    "half-up": decimal.ROUND_HALF_UP,
    "half-even": decimal.ROUND_HALF_EVEN,
    "down": decimal.ROUND_DOWN,
    "ceiling": decimal.ROUND_CEILING,
    "floor": decimal.ROUND_FLOOR,
    "half-down": decimal.ROUND_HALF_DOWN,
    "05up": decimal.ROUND_05UP,
}
"""``--gap-rounding WAY``: the `decimal` rounding constant of each name. ``up`` (the
default) rounds a printed gap towards the larger number of hundredths, as Dutch press tables
print it (see `skatecalc.samalog.round_gap`)."""

GAP_ROUNDING_CHOICES = tuple(GAP_ROUNDINGS_BY_NAME)


# --- command-line options -------------------------------------------------------------------


def add_input(parser: argparse.ArgumentParser, kind: str, what: str) -> None:
    """Add ``FILE`` (optional; ``-`` is standard input) and ``--example NAME`` (the built-in
    examples of ``kind``) to ``parser``."""
    parser.add_argument("file", nargs="?", metavar="FILE", help=f"{what}; - reads standard input")
    known = names(kind)
    parser.add_argument(
        "--example",
        metavar="NAME",
        choices=known,
        help=f"built-in example data instead of FILE ({', '.join(known)};"
        " skatecalc examples lists them)",
    )
    add_sources(parser)


def _lang(value: str) -> Lang:
    try:
        return normalise_lang(value)
    except SkatecalcError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _format(value: str) -> str:
    value = value.lower()  # JSON as json, as --lang NL is nl
    if value == "table":  # the name in 0.1.0, kept as an alias of text
        return "text"
    if value not in FORMATS:
        raise argparse.ArgumentTypeError(
            f"invalid choice: {value!r} (choose from {', '.join(FORMATS)})"
        )
    return value


def add_output(parser: argparse.ArgumentParser) -> None:
    """Add ``--format text|json|csv|markdown`` and ``--lang en|nl`` to ``parser``."""
    parser.add_argument(
        "--format",
        type=_format,
        default="text",
        metavar="{text,json,csv,markdown}",
        help="output: text (default), json or csv (machine data, ISU notation), markdown",
    )
    parser.add_argument(
        "--lang",
        type=_lang,
        default="en",
        metavar="{en,nl}",
        help="text and markdown: en = ISU notation (1:46.38), nl = Dutch (1.46,38)",
    )


# --- input ----------------------------------------------------------------------------------


@_record.frozen
class Source:
    """The text of a command's input and where it came from."""

    text: str
    name: str
    """The name used in messages: the file's name, ``<stdin>`` or the example's name."""
    suffix: str
    """``.csv``, ``.json``, ``.toml`` from the file name; ``""`` for standard input."""
    example: Example | None = None


def require_input(args: argparse.Namespace) -> None:
    """Raise [`UsageError`][skatecalc.errors.UsageError] unless exactly one of FILE and
    ``--example`` is given."""
    if (getattr(args, "file", None) is None) == (getattr(args, "example", None) is None):
        raise UsageError(
            "give either FILE (- for standard input) or --example NAME (not both, not neither)"
        )


def read_source(args: argparse.Namespace, kind: str) -> Source:
    """The text of the input named by ``args.file`` (a path, or ``-`` for standard input) or
    ``args.example``, read by `skatecalc.io.read`; exactly one of them must be given. A FILE
    that does not exist but is the name of a built-in example of ``kind`` is that example."""
    require_input(args)
    return _own(inputs_of(args, kind)[0])


def _own(given: Input) -> Source:
    if given.text is None:
        raise FileFormatError(
            f"{given.name!r} is an official source ({given.format}); this command reads a"
            " CSV or JSON file here"
        )
    example = EXAMPLES.get(given.name)
    return Source(given.text, given.name, given.suffix, example)


def _warn(warnings: Sequence[str]) -> None:
    from ..notation import printable

    for warning in warnings:
        print(f"skatecalc: warning: {printable(warning)}", file=sys.stderr)


def load_input(
    args: argparse.Namespace, kind: str, given: Input | None = None, **options: Any
) -> Any:
    """Read and parse the input of a command: ``kind`` is ``results`` (a
    [`ResultsFile`][skatecalc.io.results.ResultsFile]; option ``combination``), ``season`` (a
    [`Season`][skatecalc.io.worldcup.Season]; option ``rules``), ``trials`` (a
    `TrialResults`; option ``gender``). ``given``: the input already read (see
    `skatecalc.cli.inputs.inputs_of`).

    The format is the one `skatecalc.io.sniff` sees: the file's suffix, or for standard
    input its text (JSON starts with ``{``; trials in TOML start with a ``[men]`` section
    or ``key =``; anything else is CSV). Warnings go to standard error.
    """
    if given is None:
        require_input(args)
        given = inputs_of(args, kind)[0]
    source = _own(given)
    if kind == "results":
        from ..io.results import parse_results_csv, parse_results_json

        combination = options.get("combination")
        from .inputs import as_results_csv

        is_json = given.format == "json"
        own = as_results_csv(source.text, is_json, source.name)  # our standings output
        parse = parse_results_csv if own is not None or not is_json else parse_results_json
        text = source.text if own is None else own
        loaded = parse(text, source.name, combination=combination)
        _warn(loaded.warnings)
        return loaded
    if kind == "season":
        from ..io.worldcup import read_season_text

        return read_season_text(source.text, options["rules"], source.name)
    if kind == "trials":
        from ..io import olympic as trials

        parsers = {
            "toml": trials.parse_trials_toml,
            "csv": trials.parse_trials_csv,
            "json": trials.parse_trials_json,
        }
        return parsers[given.format](source.text, source.name, options.get("gender"))
    raise UsageError(f"no reader for {kind!r} input")  # pragma: no cover - a bug


# --- output ---------------------------------------------------------------------------------

RowsOf = Callable[[Lang], Sequence[Mapping[str, object]]]


@_record.frozen
class Table:
    """One table of a command's output.

    ``rows`` are the machine rows, or a function that makes them: a table's ``to_rows()``
    (typed values; see `table_of`),
    printed through `skatecalc.columns` (``rows_json``, ``csv_text``); ``text`` renders
    the table as the press prints it in a language; ``title`` heads it in markdown;
    ``key`` are columns put first in every JSON/CSV row (which cup, which event);
    ``local_rows`` gives rows already written in a language (for markdown); ``after`` are
    lines printed after the markdown table. ``title`` and ``after`` are the same in every
    language, or given per language (a mapping from ``"en"``/``"nl"``).
    """

    rows: Sequence[Mapping[str, object]] | Callable[[], Sequence[Mapping[str, object]]]
    text: Callable[[Lang], str]
    title: str | Mapping[Lang, str] = ""
    key: Mapping[str, object] = {}
    local_rows: RowsOf | None = None
    after: Sequence[str] | Mapping[Lang, Sequence[str]] = ()

    def machine_rows(self) -> Sequence[Mapping[str, object]]:
        """The machine rows (``rows`` may be a function that makes them: text output,
        the default, never asks for them)."""
        rows = self.rows
        return rows() if callable(rows) else rows

    def title_in(self, lang: Lang) -> str:
        """The title in ``lang``."""
        return self.title if isinstance(self.title, str) else self.title[lang]

    def after_in(self, lang: Lang) -> tuple[str, ...]:
        """The lines after the markdown table in ``lang``."""
        after = self.after
        return tuple(after[lang] if isinstance(after, Mapping) else after)


class _ByLang(Mapping[Lang, str]):
    """`by_lang`'s mapping."""

    def __init__(self, make: Callable[[Lang], str]) -> None:
        self._make = make
        self._made: dict[Lang, str] = {}

    def __getitem__(self, lang: Lang) -> str:
        if lang not in self._made:
            if lang not in LANGS:
                raise KeyError(lang)
            self._made[lang] = self._make(lang)
        return self._made[lang]

    def __iter__(self) -> Iterator[Lang]:
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


def by_lang(make: Callable[[Lang], str]) -> Mapping[Lang, str]:
    """A text per language (a `Table`'s ``title``), made by ``make`` when first asked: a
    command prints one language, and the other's catalogue is then never read.

    >>> titles = by_lang(lambda lang: {"en": "points", "nl": "punten"}[lang])
    >>> titles["nl"], dict(titles)
    ('punten', {'en': 'points', 'nl': 'punten'})
    """
    return _ByLang(make)


def fixed(text: str) -> Callable[[Lang], str]:
    """A text renderer for output that exists in one language only."""
    return lambda lang: text


def text_of(obj: Any, lang: Lang) -> str:
    """``obj`` as the press prints it: a table's ``format(lang)`` (its registered text
    renderer), else ``str(obj)``."""
    fmt = getattr(obj, "format", None)
    return str(fmt(lang)) if callable(fmt) else str(obj)


def table_of(
    obj: Tabular[Any], *, title: str = "", key: Mapping[str, object] | None = None
) -> Table:
    """The `Table` of a result: its rows are the result's ``to_rows()`` (the JSON and CSV
    output are those rows, see `skatecalc.columns`), its text the result as printed."""
    return Table(obj.to_rows, lambda lang: text_of(obj, lang), title, key or {})


def rows_table(
    rows: Sequence[Mapping[str, object]],
    *,
    title: str | Mapping[Lang, str] = "",
    key: Mapping[str, object] | None = None,
    after: Sequence[str] | Mapping[Lang, Sequence[str]] = (),
) -> Table:
    """A `Table` whose text is its rows laid out (for results with no press layout
    of their own): the title, the aligned rows in the language's notation, the lines
    after."""
    kept = after if isinstance(after, Mapping) else tuple(after)
    table = Table(rows, lambda lang: "", title, key or {}, None, kept)
    return _record.evolve(table, text=lambda lang: _layout(table, lang).text())


def _machine_rows(tables: Sequence[Table]) -> list[dict[str, object]]:
    return [{**t.key, **row} for t in tables for row in t.machine_rows()]


def _rows_in(table: Table, lang: Lang) -> Sequence[Mapping[str, object]]:
    return table.local_rows(lang) if table.local_rows is not None else table.machine_rows()


def _layout(table: Table, lang: Lang, rows: Sequence[Mapping[str, object]] | None = None) -> Layout:
    rows = _rows_in(table, lang) if rows is None else rows
    return rows_layout(rows, lang, title=table.title_in(lang), after=table.after_in(lang))


def _markdown(table: Table, lang: Lang) -> str:
    rows = _rows_in(table, lang)  # made once
    if not rows:
        title = table.title_in(lang)
        return "\n\n".join(
            [*([title] if title else []), phrase("no_rows", lang), *table.after_in(lang)]
        )
    return _layout(table, lang, rows).markdown()


def render(tables: Sequence[Table], args: argparse.Namespace) -> str:
    """The output of a command: ``tables`` in ``args.format`` and ``args.lang``."""
    fmt: str = getattr(args, "format", "text")
    lang: Lang = getattr(args, "lang", "en")
    if fmt == "json":
        return rows_json(_machine_rows(tables))
    if fmt == "csv":
        rows = _machine_rows(tables)
        return csv_text(rows) if rows else ""
    if fmt == "markdown":
        return "\n\n".join(_markdown(t, lang) for t in tables)
    return "\n\n".join(t.text(lang) for t in tables)
