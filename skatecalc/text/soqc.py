"""Text and HTML of the SOQC (Special Olympic Qualification Classification) and of a Games'
quota parameters (`QuotaRules`, one row per event).

The SOQC as the ISU prints it: per event the ranking by points, "further ranking by World
Cup times", then the reserve list; columns quota rank, nation, number within the nation,
name, World Cup points, best time with venue, date and competition.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..notation import Lang, normalise_lang
from ..olympic.quota import QuotaRules
from ..olympic.soqc import Soqc, SoqcRow
from . import register
from .catalog import section
from .labels import note
from .layout import Layout
from .table import rows_layout

__all__ = ["SOQC_LABELS", "soqc_event_layouts", "soqc_event_text", "soqc_text"]

SOQC_LABELS: Mapping[Lang, Mapping[str, str]] = section("soqc")
"""The words of the SOQC tables (the ``soqc`` table of the catalogues)."""


def _cells(r: SoqcRow) -> tuple[str, ...]:
    return (
        "" if r.quota_rank is None else str(r.quota_rank),
        r.nation,
        str(r.no),
        r.name,
        str(r.points),
        "" if r.time is None else str(r.time),
        r.venue,
        "" if r.date is None else f"{r.date:%d.%m.%Y}",
        r.competition,
    )


def soqc_event_layouts(s: Soqc, gender: str, event: str, lang: Lang = "en") -> list[Layout]:
    """One layout per block of one event (points, times, reserve), headed by the block."""
    lang = normalise_lang(lang)
    words = SOQC_LABELS[lang]
    heads = tuple(
        words[k]
        for k in (
            "rank",
            "nation",
            "no",
            "name",
            "wc_points",
            "time",
            "venue",
            "date",
            "competition",
        )
    )
    align = ("right", "left", "right", "left", "right", "right", "left", "left", "left")
    rows = s.event(gender, event)
    out = []
    for block in ("points", "times", "reserve"):
        cells = tuple(_cells(r) for r in rows if r.block == block)
        if cells:
            out.append(Layout(heads, cells, align, before=(words[block],)))
    return out


def soqc_event_text(s: Soqc, gender: str, event: str, lang: Lang = "en") -> str:
    """One event's SOQC as text: its title, then each block."""
    lang = normalise_lang(lang)
    words = SOQC_LABELS[lang]
    ev = next((e for e in s.events if e.gender == gender and e.event == event), None)
    title = f"SOQC {gender} {event}"
    if ev is not None:
        title = words["title"].format(
            gender=words[ev.gender],
            event=ev.event,
            size=ev.size,
            points=ev.points_places,
            times=ev.times_places,
            limit=ev.max_per_noc,
        )
    blocks = [layout.text() for layout in soqc_event_layouts(s, gender, event, lang)]
    return "\n\n".join([title, *(blocks or [words["none"]])])


def soqc_text(s: Soqc, lang: Lang = "en") -> str:
    """Every event of the SOQC as text, then the ties decided (unverified order)."""
    parts = [
        soqc_event_text(s, e.gender, e.event, lang) for e in s.events if s.event(e.gender, e.event)
    ]
    ties = "\n".join(note(t, lang) for t in s.ties)
    return "\n\n".join(parts + ([ties] if s.ties else []))


def _soqc_html(obj: Soqc) -> str:
    return "\n".join(
        layout.html()
        for e in obj.events
        for layout in soqc_event_layouts(obj, e.gender, e.event, "en")
    )


def _quota_layout(rules: QuotaRules, lang: Lang) -> Layout:
    from .quota import quota_title  # the one title of a Games' quota parameters

    return rows_layout(rules.to_rows(), lang, title=quota_title(rules, normalise_lang(lang)))


register(QuotaRules, _quota_layout)
register(Soqc, text=soqc_text, html=_soqc_html)
