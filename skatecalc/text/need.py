"""A requirement (``required_time``) in words a commentator can read out, in English or Dutch.

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

from .._text import printable
from ..championship.targets.inverse import cents, seconds
from ..championship.targets.requirement import Requirement
from ..notation import Lang, normalise_lang
from ..samalog import as_points
from .catalog import say
from .numbers import format_points

__all__ = ["explain"]


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
    if shortfall is not None and shortfall == 0:
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
