"""Text and HTML of the championship tables.

The domain package :mod:`skatecalc.championship` does no formatting; this module registers
the renderers of its tables with :func:`skatecalc.tabular.render_text` and
:func:`skatecalc.tabular.render_html` (through :func:`skatecalc.text.register`), so that
``str(table)`` prints it as the press does, ``render_text(table, "nl")`` in Dutch and
``table._repr_html_()`` gives an HTML table for notebooks.
"""

from __future__ import annotations

from ..championship.targets.board import Board
from ..points import as_points
from . import register
from .labels import heading
from .lang import Lang
from .layout import Layout
from .numbers import format_points

__all__ = ["board_layout"]


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
    nl = lang == "nl"
    title = (
        f"{board.combination}, {board.distance} m (afstand {board.index + 1} van"
        f" {board.n_distances}): tijd om te verslaan"
        if nl
        else f"{board.combination}, {board.distance} m (distance {board.index + 1} of"
        f" {board.n_distances}): time to beat"
    )
    before = [title]
    if board.finished:
        name, total = board.finished[0]
        done = len(board.finished)
        before.append(
            f"binnen: {done}; leider {name} {_points(total, lang)}"
            if nl
            else f"finished: {done}; leader {name} {_points(total, lang)}"
        )
    else:
        before.append("nog niemand binnen" if nl else "nobody has finished yet")
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
            line.lead.format(lang),
            line.podium.format(lang),
        ]
        rows.append(tuple(cells))
    after = []
    if not board.lines and board.field_size == 0:
        after.append(
            "geen schaatsers in de race: niemand in het klassement heeft een totaal"
            if nl
            else "no skaters in the race: no skater in the table has a total"
        )
    elif not board.lines:
        after.append("iedereen is binnen" if nl else "everyone has skated")
    after += [f"note: {n}" for n in board.notes]
    after.append(
        "(langzaamste officiële tijd om voor de binnengekomen schaatsers te eindigen)"
        if nl
        else "(slowest official time that finishes ahead of those who have finished)"
    )
    return Layout(tuple(headers), tuple(rows), tuple(align), tuple(before), tuple(after))


register(Board, board_layout)


# === the standings (Standings) ==============================================================
# (reserved for the Standings renderer)
