"""Text and HTML of the championship tables.

The domain package `skatecalc.championship` does no formatting; this module registers
the renderers of its tables with `skatecalc.tabular.render_text()` and
`skatecalc.tabular.render_html()` (through `skatecalc.text.register()`), so that
``str(table)`` prints it as the press does, ``render_text(table, "nl")`` in Dutch and
``table._repr_html_()`` gives an HTML table for notebooks.
"""

from __future__ import annotations

from decimal import ROUND_UP

from .._text import printable
from ..championship.standings import Standings
from ..championship.targets.board import Board
from ..championship.targets.provisional import Provisional
from ..championship.targets.requirement import Requirement, Target
from ..notation import Lang, normalise_lang
from ..samalog import as_points
from ..tabular import RowValue, render_html, render_text
from ..time import RaceTime
from . import need as _need  # noqa: F401 (registers the words of a requirement)
from . import register
from .labels import combination_name, heading, note, phrase
from .layout import Layout
from .numbers import format_points
from .width import Align

__all__ = [
    "board_layout",
    "provisional_layout",
    "requirement_rows",
    "requirement_text",
    "standings_layout",
    "target_text",
]


# === the time-to-beat board (Board) =========================================================


def _points(thousandths: int, lang: Lang) -> str:
    return format_points(as_points(thousandths), lang)


def board_layout(board: Board, lang: Lang = "en") -> Layout:
    """The board as a broadcaster shows it: a title, who leads among those who have
    finished, one line per skater still to skate (rank, name, nation when known, points,
    the time for the lead and for the podium), notes and the footnote.

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
    ...                             "K": ["37.07", "1:14.35", "37.07", "1:14.00"]}, after=3)
    >>> print(board_layout(sc.board(t), "nl").text())
    Sprint, 1000 m (afstand 4 van 4): tijd om te verslaan
    binnen: 1; leider K 148,315
    #  Naam   Punten     Leiding     Podium
    1  T     110,980  1.14,66  elke tijd
    (langzaamste officiële tijd om voor de binnengekomen schaatsers te eindigen)
    """
    combination = combination_name(board.combination, lang)
    title = phrase(
        "board_title",
        lang,
        combination=combination,
        distance=board.distance,
        number=board.index + 1,
        n=board.n_distances,
    )
    before = [title]
    if board.finished:
        name, total = board.finished[0]
        done = len(board.finished)
        before.append(
            phrase("board_finished", lang, count=done, name=name, points=_points(total, lang))
        )
    else:
        before.append(phrase("board_nobody", lang))
    has_nation = any(line.nation for line in board.lines)
    headers = [heading("rank", lang), heading("name", lang)]
    align = ["right", "left"]
    if has_nation:
        headers.append(heading("nation", lang))
        align.append("left")
    podium = heading("top", lang, n=board.podium) if board.podium != 3 else heading("podium", lang)
    headers += [heading("points", lang), heading("lead", lang), podium]
    align += ["right", "right", "right"]
    rows = []
    for line in board.lines:
        cells = ["" if line.rank is None else str(line.rank), line.name]
        if has_nation:
            cells.append(line.nation or "")
        cells += [
            format_points(line.points, lang),
            target_text(line.lead, lang),
            target_text(line.podium, lang),
        ]
        rows.append(tuple(cells))
    after = []
    if not board.lines and board.field_size == 0:
        after.append(phrase("board_no_field", lang))
    elif not board.lines:
        after.append(phrase("board_everyone", lang))
    after += [phrase("note", lang, note=note(n, lang)) for n in board.notes]
    after.append(phrase("board_footnote", lang))
    return Layout(tuple(headers), tuple(rows), tuple(align), tuple(before), tuple(after))


register(Board, board_layout)


# === the standings (Standings) ==============================================================

_SCALE = {1: 100, 2: 10, 3: 1}


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


def _standings_text(table: Standings, lang: object = "en", *, gap_rounding: str = ROUND_UP) -> str:
    return standings_layout(table, normalise_lang(lang), gap_rounding=gap_rounding).text()


def _standings_html(table: Standings) -> str:
    return standings_layout(table, "en").html()


render_text.register(Standings, _standings_text)
render_html.register(Standings, _standings_html)


# === provisional standings (Provisional) ====================================================


def provisional_layout(table: Provisional, lang: Lang = "en") -> Layout:
    """Provisional standings as a broadcaster shows them during a distance: the title says
    what the table is; finishers with their provisional place and total, those still to
    skate with their standing before the distance and the times for the lead and the podium.

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19", "1:13.13"],
    ...                             "L": ["37.41", "1:13.71", "37.57"]})
    >>> print(provisional_layout(sc.provisional(t)).text().splitlines()[0])
    Sprint: provisional, 1000 m (2) in progress: 1 of 2 finished
    """
    comb = table.combination
    has_nation = any(line.nation for line in table.lines)
    headers = [heading("rank", lang), heading("name", lang)]
    align: list[Align] = ["right", "left"]
    if has_nation:
        headers.append(heading("nation", lang))
        align.append("left")
    headers += [comb.label(i) for i in range(table.index + 1)]
    podium = heading("top", lang, n=table.podium) if table.podium != 3 else heading("podium", lang)
    headers += [heading("points", lang), heading("before", lang), heading("lead", lang), podium]
    align += ["right"] * (table.index + 5)
    nl = lang == "nl"
    rows = []
    for line in table.lines:
        cells = ["" if line.rank is None else str(line.rank), line.name]
        if has_nation:
            cells.append(line.nation or "")
        for i, r in enumerate(line.results):
            if r is None:
                cells.append("")
            elif isinstance(r, RaceTime):
                rank = line.distance_rank if i == table.index else None
                text = _time_text(r, nl)
                cells.append(f"{text} ({rank})" if rank else text)
            else:
                cells.append(r.value)
        finished = line.state == "finished" and line.total is not None
        cells.append(_points(line.total, lang) if finished and line.total is not None else "")
        before = "" if line.before is None else _points(line.before, lang)
        if before and line.before_rank is not None:
            before = f"{before} ({line.before_rank})"
        cells.append(before)
        cells.append("" if line.lead is None else target_text(line.lead, lang))
        cells.append("" if line.podium is None else target_text(line.podium, lang))
        rows.append(tuple(cells))
    title = phrase(
        "provisional_title",
        lang,
        combination=combination_name(str(comb), lang),
        distance=table.label,
        finished=table.finished,
        field=table.field_size,
    )
    after = [phrase("note", lang, note=note(n, lang)) for n in table.notes]
    after.append(phrase("provisional_footnote", lang, distance=table.label))
    return Layout(tuple(headers), tuple(rows), tuple(align), (title,), tuple(after))


register(Provisional, provisional_layout)


def target_text(target: Target, lang: object = "en") -> str:
    """A cell of the board: the time, ``any time`` or ``impossible`` (in ``lang``).

    >>> target_text(Target(3, None, None, certain=True), "nl")
    'elke tijd'
    """
    language = normalise_lang(lang)
    if target.time is not None:
        return target.time.format(language)
    return phrase("any_time" if target.certain else "impossible", language)


render_text.register(Target, target_text)


# === what a skater needs (Requirement) =======================================================


def requirement_text(need: Requirement, lang: Lang = "en") -> str:
    """What ``need`` says in words, in ``lang``, with its notes (``skatecalc need`` prints
    it). The explanation is `skatecalc.text.need.explain` (the renderer of a requirement)."""
    from .need import explain

    lines = [explain(need, lang)]
    lines += [phrase("note", lang, note=printable(note(n, lang))) for n in need.notes]
    return "\n".join(lines)


def requirement_rows(need: Requirement, lang: Lang = "en") -> list[dict[str, RowValue]]:
    """``need.to_rows()`` with its words (``explanation``, ``notes``) in ``lang``: the
    Markdown of ``skatecalc need``."""
    from .need import explain

    notes = "; ".join(note(n, lang) for n in need.notes) or None
    words = {"explanation": explain(need, lang), "notes": notes}
    return [{**row, **words} for row in need.to_rows()]


def _requirement_html(need: Requirement) -> str:
    import html

    return "\n".join(f"<p>{html.escape(line)}</p>" for line in requirement_text(need).splitlines())


render_html.register(Requirement, _requirement_html)
