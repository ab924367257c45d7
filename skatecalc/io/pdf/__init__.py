"""Official ISU result PDFs (one race per document) read into the listing's value types.

[read_pdf][skatecalc.io.pdf.read_pdf] reads one document to an
[Event][skatecalc.io.listing.model.Event] with one race, or a folder of one event's
documents to the event with all its races in the ISU's race order. Everything the document
prints is kept on the entries: the name as printed (``printed_name``), pair and lane (team
pursuit: race and straight), the thousandth printed in brackets, footnotes, the World Cup
points as printed, and for the mass start the laps and the sprint points S1 to S4 (S4 is the
final sprint) with the ``(N)`` marker of the points column (``points_flag``).

Names: the document prints the surname in capitals (``Jenning DE BOO``). ``name`` turns each
word in capitals into a capital and small letters (``Jenning De Boo``, ``Cooper Mcleod``);
that cannot restore ``de`` or ``McLeod``, so match names across documents case-insensitively
(``name.casefold()``) and use ``printed_name`` for the exact print.

The points a document prints are checked against the library's World Cup table of the season;
a difference is reported as a [PrintedPointsWarning][skatecalc.io.pdf.PrintedPointsWarning].

pypdf (a dependency) is imported only when a PDF is read. Where it is not installed, the
standard library's reader ([textlayer][skatecalc.io.pdf.textlayer], over
[objects][skatecalc.io.pdf.objects]) reads the ISU's result PDFs instead, to the same races
and entries (tested on all 56 documents of World Cups #1 and #2 2025/26); a PDF outside what it
reads is a `FileFormatError` that says ``pip install pypdf`` reads any PDF.

>>> parse_bracket_time("1:09.11(7)"), parse_bracket_time("34.02")
(RaceTime('1:09.117'), RaceTime('34.02'))
>>> printed_to_name("Damian ŻUREK"), printed_to_name("Sanne IN 'T HOF")
('Damian Żurek', "Sanne In 't Hof")
"""

from __future__ import annotations

from .notation import (
    NATIONS,
    PrintedPointsWarning,
    format_bracket_time,
    parse_bracket_time,
    printed_to_name,
)
from .reader import read_pdf

__all__ = [
    "NATIONS",
    "PrintedPointsWarning",
    "format_bracket_time",
    "parse_bracket_time",
    "printed_to_name",
    "read_pdf",
]
