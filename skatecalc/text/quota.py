"""The words of the ISU country quota (``skatecalc olympic quota``): the Games' title and
the notes on their parameters, an event's title, the places cut by the reduction step and
the number of athletes, in English and Dutch (the ``olympic.quota_*`` templates of the
catalogues).

    >>> from skatecalc.olympic import quota_rules
    >>> quota_title(quota_rules(2026), "nl")
    'Milano Cortina 2026: 164 sporters (82 per geslacht), reservelijst 8'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..notation import Lang
from ..olympic import GamesAllocation, QuotaPlace, QuotaRules
from ..olympic.quota import Allocation
from .catalog import say
from .labels import gender_word, rule_status

__all__ = ["quota_cut", "quota_event_title", "quota_notes", "quota_summary", "quota_title"]


def _quota_label(lang: Lang, key: str, **fields: object) -> str:
    return say(f"olympic.{key}", lang, **fields)


def quota_title(rules: QuotaRules, lang: Lang) -> str:
    """The title of the Games' quota parameters."""
    return _quota_label(lang, "quota_title", **_fields(rules, lang))


def _fields(rules: QuotaRules, lang: Lang) -> dict[str, object]:
    reserve = rules.reserve if rules.reserve is not None else _quota_label(lang, "quota_no_reserve")
    return {
        "games": rules.games,
        "athletes": rules.athletes,
        "per_gender": rules.per_gender,
        "reserve": reserve,
    }


def quota_notes(rules: QuotaRules, lang: Lang) -> list[str]:
    """The sources and statuses of the Games' parameters, one line each."""
    after = [
        _quota_label(
            lang, "quota_source", source=rules.source, status=rule_status(rules.status, lang)
        ),
        _quota_label(lang, "quota_split", source=rules.split_source),
    ]
    if rules.max_per_noc_source:
        after.append(
            _quota_label(
                lang,
                "quota_max",
                source=rules.max_per_noc_source,
                status=rule_status(rules.max_per_noc_status, lang),
            )
        )
    if rules.reduction is not None:
        r = rules.reduction
        caps = ", ".join(f"{gender_word(g, lang)} {n}" for g, n in r.caps)
        order = ", ".join(f"{gender_word(g, lang)} {e}" for g, e in r.order)
        after.append(
            _quota_label(
                lang,
                "quota_reduction",
                caps=caps,
                order=order,
                source=r.source,
                status=rule_status(r.status, lang),
            )
        )
    return after


def quota_event_title(a: Allocation, lang: Lang) -> str:
    """The title of an event's allocation: size, points/times split, maximum per NOC."""
    e = a.event
    title = _quota_label(
        lang,
        "quota_event",
        gender=gender_word(e.gender, lang),
        event=e.event,
        size=e.size,
        points=e.points_places,
        times=e.times_places,
    )
    if e.max_per_noc is not None:
        title += _quota_label(lang, "quota_event_limit", limit=e.max_per_noc)
    return title


def _counts(counts: Iterable[tuple[str, int]], given: set[str], lang: Lang) -> str:
    return ", ".join(f"{gender_word(g, lang)} {n}" for g, n in counts if g in given)


def quota_summary(games: GamesAllocation, given: set[str], lang: Lang) -> str:
    """The number of athletes per gender (of the ``given`` genders), before and after the
    reduction step."""
    text = _quota_label(lang, "quota_athletes", before=_counts(games.before, given, lang))
    if games.removed:
        text += _quota_label(lang, "quota_after_reduction", after=_counts(games.after, given, lang))
    return text


def quota_cut(removed: Sequence[QuotaPlace], lang: Lang) -> str:
    """The places an event lost in the reduction step."""
    return _quota_label(lang, "quota_cut") + ", ".join(f"{p.name} ({p.noc})" for p in removed)
