"""Text and HTML of an official results listing's tables: an
[`Event`][skatecalc.io.listing.Event] (one row per race) and a
[`Race`][skatecalc.io.listing.Race] (one row per entry), laid out from their declared columns
([`table_layout`][skatecalc.text.layout.table_layout]). Loaded on first print through
``skatecalc.tabular.RENDERER_MODULES``.
"""

from __future__ import annotations

from ..io.listing.model import Event, Race
from . import register
from .layout import table_layout

__all__: list[str] = []

register(Event, table_layout)
register(Race, table_layout)
