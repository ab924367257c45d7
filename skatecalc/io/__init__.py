"""File formats: reading results from CSV, JSON and TOML, writing tables.

This layer sits on top of the domain code (nothing in the domain imports it). Every
reader reports errors with the file name and line.

The official results listings reader is imported on first use, so a command that reads a
results CSV loads no World Cup or Olympic code:

>>> from skatecalc.io import read_listing
>>> read_listing.__module__
'skatecalc.io.listing.reader'

Official ISU result PDFs are read by `read_pdf` (pypdf is imported only then):

>>> from skatecalc.io import read_pdf
>>> read_pdf.__module__
'skatecalc.io.pdf.reader'

`read` is the one entry point for every source (a PDF, a folder, a results listing, a
saved results-service response, ``isu:EVENT[/N]``, skatecalc's own CSV/JSON/TOML): it
recognises the format once and reads once (see `skatecalc.io.source`):

>>> from skatecalc.io import read
>>> read("skatecalc/data/examples/wc2025-26-2-calgary.txt").format
'listing'

Saved responses of the ISU results service (JSON) are read by `read_results_service`:

>>> from skatecalc.io import read_results_service
>>> read_results_service.__module__
'skatecalc.io.feed.reader'
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from .feed import read_results_service
    from .listing import (
        Entry,
        Event,
        Race,
        Team,
        championship_results,
        format_listing,
        parse_listing,
        read_listing,
        trials_results,
        worldcup_cup,
    )
    from .pdf import read_pdf
    from .source import Input, read, read_events

__all__ = [
    "Entry",
    "Event",
    "Input",
    "Race",
    "Team",
    "championship_results",
    "format_listing",
    "parse_listing",
    "read",
    "read_events",
    "read_listing",
    "read_pdf",
    "read_results_service",
    "trials_results",
    "worldcup_cup",
]


def __getattr__(name: str) -> Any:
    if name == "read_pdf":
        return importlib.import_module(".pdf", __name__).read_pdf
    if name in ("Input", "read", "read_events"):
        return getattr(importlib.import_module(".source", __name__), name)
    if name == "read_results_service":
        return importlib.import_module(".feed", __name__).read_results_service
    if name in __all__:
        return getattr(importlib.import_module(".listing", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
