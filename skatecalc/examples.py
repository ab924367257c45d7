"""The built-in examples: the one registry of every command's ``--example NAME`` and of the
readers' examples ([`load_example`][skatecalc.io.results.load_example],
[`example_path`][skatecalc.io.olympic.example_path]).

Each example is real published data packaged with skatecalc (under ``skatecalc/data``), so
that every documented command runs after ``pip install`` from any directory. ``skatecalc
examples`` lists them.

    >>> EXAMPLES["wc2017-18-men-500"].kind, EXAMPLES["wc2017-18-men-500"].season
    ('season', '2017/18')
    >>> names("trials")
    ['okt2021', 'okt2021-men-after-500']

This module imports no data and no domain code: the command-line parser lists the names
without loading either. ``skatecalc examples`` prints
[`example_list`][skatecalc.examples.example_list], a table like every other (its columns
declared once).
"""

from __future__ import annotations

from . import _record
from .rules import packaged_text
from .tabular import Column, Tabular

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "EXAMPLES",
    "KINDS",
    "Example",
    "ExampleList",
    "example_file",
    "example_list",
    "example_text",
    "names",
]


@_record.frozen
class Example:
    """One built-in example: its ``name``, the ``kind`` of input it is, the packaged file
    (``path`` inside ``skatecalc/data``), what it is and where it was published."""

    name: str
    kind: str
    path: str
    what: str
    source: str
    season: str | None = None
    """For a World Cup season: the season of its rules (the default of ``--season``)."""


KINDS = {
    "results": "championship results (standings, need, board)",
    "season": "World Cup season (worldcup standings, outlook)",
    "trials": "Olympic trials (olympic select, outlook)",
    "listing": "official results listing, given as FILE (standings, need, board, worldcup"
    " standings, olympic select, outlook)",
}
"""The kinds of input and the commands that read them."""

EXAMPLES: dict[str, Example] = {
    e.name: e
    for e in (
        Example(
            "wsc2024-women",
            "results",
            "examples/wsc2024-women.csv",
            "ISU World Sprint Championships 2024 (Inzell), women: the top three after three"
            " distances",
            "ISU news 14968; ANP via nieuws.nl (7 and 8 March 2024); NOS",
        ),
        Example(
            "wc2017-18-men-500",
            "season",
            "worldcup/wc2017-18-men-500.csv",
            "ISU World Cup 2017/18, men's 500 m: the 11 races of Havard Lorentzen and Ronald"
            " Mulder",
            "ISU news 12030, 12040, 12041; nu.nl; NRK; NTB; omroepwest.nl; nieuws.nl",
            season="2017/18",
        ),
        Example(
            "okt2021",
            "trials",
            "olympic/okt2021.toml",
            "Dutch Olympic trials (OKT), Heerenveen, 26-30 December 2021: the top finishers"
            " per distance, men and women",
            "NU.nl, NOS/ANP, Eurosport.nl, NRC, Trouw (December 2021 - January 2022)",
        ),
        Example(
            "okt2021-men-after-500",
            "trials",
            "examples/olympic/okt2021-men-after-500.toml",
            "the same trials, men, after the 500 m (27 December 2021)",
            "NU.nl, NOS/ANP (December 2021)",
        ),
        Example(
            "wc2025-26-1-salt-lake-city",
            "listing",
            "examples/wc2025-26-1-salt-lake-city.txt",
            "ISU World Cup 2025/26 #1, Salt Lake City, 14-16 November 2025: every race as the"
            " official results listing prints it",
            "the official results pages of the ISU World Cup 2025/26",
            season="2025/26",
        ),
        Example(
            "wc2025-26-2-calgary",
            "listing",
            "examples/wc2025-26-2-calgary.txt",
            "ISU World Cup 2025/26 #2, Calgary, 21-23 November 2025: every race as the official"
            " results listing prints it",
            "the official results pages of the ISU World Cup 2025/26",
            season="2025/26",
        ),
    )
}
"""Every built-in example by name."""


def names(kind: str | None = None) -> list[str]:
    """The names of the examples of ``kind`` (every example without ``kind``), sorted."""
    return sorted(n for n, e in EXAMPLES.items() if kind is None or e.kind == kind)


def example_file(example: Example) -> Traversable:
    """The packaged file of ``example`` (inside ``skatecalc/data``).

    >>> example_file(EXAMPLES["okt2021"]).name
    'okt2021.toml'
    """
    from importlib import resources  # imported when used (start-up time)

    return resources.files("skatecalc").joinpath("data", *example.path.split("/"))


def example_text(example: Example) -> str:
    """The packaged text of ``example``.

    >>> example_text(EXAMPLES["okt2021-men-after-500"]).count("Kai Verbij")
    1
    """
    return packaged_text(example.path, "utf-8-sig")


@_record.frozen(repr=False)
class ExampleList(Tabular[Example]):
    """The built-in examples as a table: one row per example, by kind, then name.

    >>> table = example_list()
    >>> table["wsc2024-women"].kind, table.to_rows()[0]["name"]
    ('results', 'wsc2024-women')
    """

    examples: tuple[Example, ...]

    _COLUMNS = (
        Column("name", str, "the example's name (``--example NAME``)", get=lambda e: e.name),
        Column("kind", str, "the kind of input it is (a key of KINDS)", get=lambda e: e.kind),
        Column("what", str, "what it holds", get=lambda e: e.what),
        Column("source", str, "where it was published", get=lambda e: e.source),
    )

    def _table_rows(self) -> tuple[Example, ...]:
        return self.examples


def example_list() -> ExampleList:
    """Every built-in example, grouped by kind (in the order of ``KINDS``), then by name."""
    kinds = list(KINDS)
    return ExampleList(
        tuple(sorted(EXAMPLES.values(), key=lambda e: (kinds.index(e.kind), e.name)))
    )
