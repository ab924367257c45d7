"""Text and HTML of the championship tables.

The domain package `skatecalc.championship` does no formatting; this module registers
the renderers of its standings (those of its required times, the board and provisional
standings are in `skatecalc.text.targets`) with `skatecalc.tabular.render_text()` and
`skatecalc.tabular.render_html()` (through `skatecalc.text.register()`), so that
``str(table)`` prints it as the press does, ``render_text(table, "nl")`` in Dutch and
``table._repr_html_()`` gives an HTML table for notebooks.
"""

from __future__ import annotations

import sys
from decimal import ROUND_UP

from ..championship.standings import Standings
from ..notation import Lang
from ..samalog import as_points
from ..time import RaceTime
from . import register
from .catalog import combination_name, heading, note, phrase
from .layout import Align, Layout
from .numbers import format_points

__all__ = ["standings_layout"]


# === the standings (Standings) ==============================================================

_SCALE = {1: 100, 2: 10, 3: 1}


def _points(thousandths: int, lang: Lang) -> str:
    return format_points(as_points(thousandths), lang)


def _time_text(time: RaceTime, nl: bool) -> str:
    """``time.format("nl" if nl else "en")`` without the checks of a public call (the
    renderer prints many times; a property test compares the two)."""
    p = time.precision
    whole, frac = divmod(time.thousandths // _SCALE[p], 10**p)
    sep, dec = (".", ",") if nl else (":", ".")
    if whole < 60:
        return f"{whole}{dec}{frac:0{p}d}"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}{sep}{secs:02d}{dec}{frac:0{p}d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}{sep}{minutes:02d}{sep}{secs:02d}{dec}{frac:0{p}d}"


def standings_layout(
    table: Standings, lang: Lang = "en", *, gap_rounding: str = ROUND_UP
) -> Layout:
    """The standings as the press prints them: a title; rank, name, nation (when any is
    known), time and distance rank per counted distance, points (or the status), the gap in
    seconds on the next distance (rounded up to hundredths by default, see
    [format_gap][skatecalc.format_gap]); then why some skaters are ranked below others, and
    notes.

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32"], "K": ["37.07", "1:14.35"]})
    >>> print(standings_layout(t, "nl").text())
    Sprint: klassement na 2 van 4 afstanden
    #  Naam    500 (1)     1000 (1)  Punten  Achterst. 500
    1  T     37,13 (2)  1.13,32 (1)  73,790
    2  K     37,07 (1)  1.14,35 (2)  74,245           0,46
    """
    comb = table.combination
    after = table.after
    n = len(comb.distances)
    gap_distance = table.next_distance or comb.distances[-1]
    entries = table.entries
    has_nation = any(s.nation for s in entries)
    headers = [heading("rank", lang), heading("name", lang)]
    headers += [heading("nation", lang)] if has_nation else []
    headers += [comb.label(i) for i in range(after)]
    headers += [heading("points", lang), heading("gap", lang, distance=gap_distance)]
    align: list[Align] = ["right", "left"]
    if has_nation:
        align.append("left")
    align += ["right"] * (after + 2)
    nl = lang == "nl"
    rows = []
    for s, gap in zip(entries, table.shown_gaps(gap_rounding), strict=True):
        cells = ["" if s.rank is None else str(s.rank), s.name]
        if has_nation:
            cells.append(s.nation or "")
        results = s.results
        ranks = s.distance_ranks
        for i in range(after):
            r = results[i]
            if r is None:
                cells.append("")
                continue
            value = _time_text(r, nl) if isinstance(r, RaceTime) else r.value
            rank = ranks[i]
            cells.append(f"{value} ({rank})" if rank else value)
        total = s.total_thousandths
        if total is not None:
            cells.append(_points(total, lang))
        else:
            cells.append("" if s.status is None else s.status.value)
        if gap is None:
            cells.append("")
        else:
            text = f"{gap:f}"
            cells.append(text.replace(".", ",") if nl else text)
        rows.append(tuple(cells))
    title = phrase(
        "standings_title", lang, combination=combination_name(str(comb), lang), after=after, n=n
    )
    lines = []
    if not entries:
        lines.append(phrase("no_skaters", lang))
    below = [s for s in entries if s.rank is not None and not s.finalist]
    if below and all(s.status is None and s.completed == n - 1 for s in below):
        if after == n and comb.restriction(n - 1) is not None:
            lines.append(phrase("below_finalists", lang))
        else:
            lines.append(phrase("stopped", lang))
    elif below:
        lines.append(phrase("stopped", lang))
    lines += [phrase("note", lang, note=note(text, lang)) for text in table.notes]
    return Layout(tuple(headers), tuple(rows), tuple(align), (title,), tuple(lines))


def _standings_text(table: Standings, lang: Lang, *, gap_rounding: str = ROUND_UP) -> str:
    return standings_layout(table, lang, gap_rounding=gap_rounding).text()


def _standings_html(table: Standings) -> str:
    return standings_layout(table, "en").html()


register(Standings, text=_standings_text, html=_standings_html)


# the tables of skatecalc.championship.targets all import its requirement module: when they
# exist, their renderers are registered too
if "skatecalc.championship.targets.requirement" in sys.modules:
    from . import targets as _targets  # noqa: F401
