"""Text and HTML of the tables of `skatecalc.championship.targets`: the time-to-beat board,
provisional standings, a requirement and a target.

Registered with `skatecalc.tabular.render_text()` and `skatecalc.tabular.render_html()` the
first time such a table is printed (``skatecalc.tabular.RENDERER_MODULES``), so that
printing standings imports none of these tables (start-up time).

A requirement (``required_time``) in words a commentator can read out, in English or Dutch.

English uses ISU notation (``1:12.45``, ``110.980``), Dutch the Dutch notation
(``1.12,45``, ``110,980``); the sentences are the ``need.*`` templates of the catalogues.
Registered with [render_text][skatecalc.tabular.render_text], so
``requirement.explain(lang)`` and ``str(requirement)`` print them::

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
    ...                             "K": ["37.07", "1:14.35", "37.07"]})
    >>> print(explain(sc.required_time(t, "K", beat="T"), "nl"))
    K moet op de 1000 m minstens 0,68 s sneller zijn dan T om voor T te eindigen. Met 0,67 s ...
"""

from __future__ import annotations

from ..championship.targets.goals import Board
from ..championship.targets.live import Provisional
from ..championship.targets.race import cents, seconds
from ..championship.targets.requirement import Requirement, Target
from ..notation import Lang, normalise_lang, printable
from ..samalog import as_points
from ..tabular import RowValue
from ..time import RaceTime
from . import register
from .catalog import combination_name, heading, note, phrase, say
from .championship import _points, _time_text
from .layout import Align, Layout
from .numbers import format_points

__all__ = [
    "board_layout",
    "explain",
    "provisional_layout",
    "requirement_rows",
    "requirement_text",
    "target_text",
]


def _seconds(hundredths: int, lang: Lang) -> str:
    text = str(seconds(hundredths))
    return text.replace(".", ",") if lang == "nl" else text


def _goal(need: Requirement, lang: Lang) -> str:
    y = need.opponent
    if need.rank is not None:
        key = "need.goal_rank_tie" if need.tie else "need.goal_rank"
        target = format_points(as_points(need.target or 0), lang)
        goal = say(key, lang, rank=need.rank, opponent=y, target=target)
    else:
        goal = say("need.goal_tie" if need.tie else "need.goal_ahead", lang, opponent=y)
    if need.opponent_time is not None:
        goal += say("need.opponent_time", lang, opponent=y, time=need.opponent_time.format(lang))
    return goal


def _known(need: Requirement, lang: Lang) -> str:
    """The sentence of a requirement with a known time: the time, and the next slower one."""
    assert need.time is not None
    x = need.skater
    slower = need.next_slower.format(lang) if need.next_slower else ""
    time = need.time.format(lang)
    first = say("need.must_skate", lang, skater=x, time=time, goal=_goal(need, lang))
    shortfall = need.shortfall
    tie = need.tie_time
    if shortfall is not None and shortfall == 0 and tie is not None and tie != need.next_slower:
        # on a long distance two hundredths make one thousandth of a point: both tie
        tail = say("need.ties_range", lang, low=slower, high=tie.format(lang))
    elif shortfall is not None and shortfall == 0:
        tail = say("need.ties", lang, slower=slower)
    elif shortfall is not None:
        tail = say(
            "need.behind", lang, slower=slower, skater=x, behind=format_points(shortfall, lang)
        )
    else:  # pragma: no cover - a known time always has a target
        tail = ""
    return say("need.known", lang, first=first, tail=tail)


def _margin(need: Requirement, lang: Lang) -> list[str]:
    """The sentences of a requirement against an opponent still to skate: a margin."""
    low_high, tie_margin = need.margin_range, need.tie_margin
    assert low_high is not None and tie_margin is not None
    words = {"skater": need.skater, "opponent": need.opponent, "distance": need.distance}
    aim = say("need.aim_tie" if need.tie else "need.aim_ahead", lang, **words)
    low, high = (_seconds(cents(v), lang) for v in low_high)
    if low_high[1] <= 0:
        fast, slow = (_seconds(-cents(v), lang) for v in low_high)
        amount = slow if slow == fast else say("need.range", lang, low=slow, high=fast)
        parts = [say("need.slower", lang, amount=amount, aim=aim, **words)]
    elif low == high:
        parts = [say("need.faster", lang, high=high, aim=aim, **words)]
    else:
        parts = [say("need.faster_range", lang, low=low, high=high, aim=aim, **words)]
    if not need.tie and tie_margin > 0:
        parts.append(
            say("need.tie_margin", lang, margin=_seconds(cents(tie_margin), lang), **words)
        )
    return parts


def _reference(need: Requirement, lang: Lang) -> str:
    assert need.reference is not None
    r = need.reference.format(lang)
    if need.time is not None:
        gap = need.reference_gap
        assert gap is not None
        if gap >= 0:
            return say("need.reference_spare", lang, reference=r, gap=_seconds(cents(gap), lang))
        return say("need.reference_short", lang, reference=r, gap=_seconds(-cents(gap), lang))
    limit = need.reference_beats_from
    assert limit is not None
    return say(
        "need.reference_if", lang, reference=r, opponent=need.opponent, time=limit.format(lang)
    )


def explain(need: Requirement, lang: object = "en") -> str:
    """``need`` in words in ``lang`` (control characters of names escaped)."""
    language = normalise_lang(lang)
    parts = [_known(need, language)] if need.time is not None else _margin(need, language)
    if need.reference is not None:
        parts.append(_reference(need, language))
    if need.contenders:
        parts.append(say("need.contenders", language, names=", ".join(need.contenders)))
    return printable(" ".join(parts))


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


register(Target, text=target_text)


# === what a skater needs (Requirement) =======================================================


def requirement_text(need: Requirement, lang: Lang = "en") -> str:
    """What ``need`` says in words, in ``lang``, with its notes (``skatecalc need`` prints
    it). The explanation is `skatecalc.text.targets.explain` (the renderer of a requirement)."""
    lines = [explain(need, lang)]
    lines += [phrase("note", lang, note=printable(note(n, lang))) for n in need.notes]
    return "\n".join(lines)


def requirement_rows(need: Requirement, lang: Lang = "en") -> list[dict[str, RowValue]]:
    """``need.to_rows()`` with its words (``explanation``, ``notes``) in ``lang``: the
    Markdown of ``skatecalc need``."""
    notes = "; ".join(note(n, lang) for n in need.notes) or None
    words = {"explanation": explain(need, lang), "notes": notes}
    return [{**row, **words} for row in need.to_rows()]


def _requirement_html(need: Requirement) -> str:
    import html

    return "\n".join(f"<p>{html.escape(line)}</p>" for line in requirement_text(need).splitlines())


register(Requirement, text=requirement_text, html=_requirement_html)
