"""The requirement in words a commentator can read out, in English or Dutch.

English uses ISU notation (``1:12.45``, ``110.980``), Dutch the Dutch notation
(``1.12,45``, ``110,980``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...samalog import as_points, format_points
from .inverse import cents, seconds

if TYPE_CHECKING:
    from .requirement import Requirement

__all__: list[str] = []


def fmt_seconds(hundredths: int, lang: str) -> str:
    text = str(seconds(hundredths))
    return text.replace(".", ",") if lang == "nl" else text


def fmt_points(thousandths: int, lang: str) -> str:
    return format_points(as_points(thousandths), lang)


def explain(need: Requirement, lang: str) -> str:
    nl = lang == "nl"
    x, d = need.skater, f"{need.distance} m"
    parts: list[str] = []
    if need.time is not None:
        t = need.time.format(lang)
        slower = need.next_slower.format(lang) if need.next_slower else ""
        shortfall = need.shortfall
        if need.rank is not None:
            goal = (
                f"plaats {need.rank} te halen (langs {need.opponent},"
                f" {fmt_points(need.target or 0, lang)} punten)"
                if nl
                else f"reach rank {need.rank} (passing {need.opponent}'s"
                f" {fmt_points(need.target or 0, lang)} points)"
            )
            if need.tie:
                goal += " of gelijk te eindigen" if nl else " or share it"
        elif need.tie:
            goal = (
                f"minstens gelijk te eindigen met {need.opponent}"
                if nl
                else f"finish at least level with {need.opponent}"
            )
        else:
            goal = f"voor {need.opponent} te eindigen" if nl else f"finish ahead of {need.opponent}"
        if need.opponent_time is not None:
            ot = need.opponent_time.format(lang)
            goal += f" ({need.opponent} reed {ot})" if nl else f" ({ot})"
        first = (
            f"{x} moet {t} of sneller rijden om {goal}"
            if nl
            else f"{x} must skate {t} or faster to {goal}"
        )
        if shortfall is not None and shortfall == 0:
            tail = f"met {slower} staan ze gelijk op punten" if nl else f"{slower} ties on points"
        elif shortfall is not None:
            behind = format_points(shortfall, lang)
            tail = (
                f"met {slower} komt {x} {behind} punt tekort"
                if nl
                else f"{slower} leaves {x} {behind} points behind"
            )
        else:  # pragma: no cover - a known time always has a target
            tail = ""
        parts.append(f"{first}; {tail}.")
    else:
        y = need.opponent
        low_high = need.margin_range
        tie_margin = need.tie_margin
        assert low_high is not None and tie_margin is not None
        low, high = (fmt_seconds(cents(v), lang) for v in low_high)
        if need.tie:
            where_nl, aim_en = f"minstens gelijk met {y}", "finish at least level"
        else:
            where_nl, aim_en = f"voor {y}", "finish ahead"
        if low_high[1] <= 0:
            fast, slow = (fmt_seconds(-cents(v), lang) for v in low_high)
            amount = (
                slow if slow == fast else f"{slow} to {fast}" if not nl else f"{slow} tot {fast}"
            )
            parts.append(
                f"{x} mag op de {d} {amount} s langzamer zijn dan {y} en toch {where_nl} eindigen."
                if nl
                else f"{x} can be {amount} s slower than {y} on the {d} and still {aim_en}."
            )
        elif low == high:
            parts.append(
                f"{x} moet op de {d} minstens {high} s sneller zijn dan {y} om {where_nl}"
                " te eindigen."
                if nl
                else f"{x} must be at least {high} s faster than {y} on the {d} to {aim_en}."
            )
        else:
            parts.append(
                f"{x} moet op de {d} {low} tot {high} s sneller zijn dan {y} om"
                f" {where_nl} te eindigen, afhankelijk van de tijd van {y} (de punten worden"
                f" afgekapt); {high} s sneller is altijd genoeg."
                if nl
                else f"{x} must be {low} to {high} s faster than {y} on the {d} to {aim_en},"
                f" depending on {y}'s time (points are truncated); {high} s always suffices."
            )
        if not need.tie and tie_margin > 0:
            tm = fmt_seconds(cents(tie_margin), lang)
            parts.append(
                f"Met {tm} s sneller eindigt {x} minstens gelijk op punten."
                if nl
                else f"{tm} s faster is enough to finish at least level on points."
            )
    if need.reference is not None:
        r = need.reference.format(lang)
        if need.time is not None:
            gap = need.reference_gap
            assert gap is not None
            if gap >= 0:
                g = fmt_seconds(cents(gap), lang)
                parts.append(
                    f"De referentietijd {r} is snel genoeg ({g} s marge)."
                    if nl
                    else f"The reference time {r} is fast enough ({g} s to spare)."
                )
            else:
                g = fmt_seconds(-cents(gap), lang)
                parts.append(
                    f"Dat is {g} s sneller dan de referentietijd {r}."
                    if nl
                    else f"That is {g} s faster than the reference time {r}."
                )
        else:
            limit = need.reference_beats_from
            assert limit is not None
            lt = limit.format(lang)
            parts.append(
                f"Met de referentietijd {r} lukt dat als {need.opponent} {lt} of langzamer rijdt."
                if nl
                else f"With the reference time {r} that works if {need.opponent} skates {lt}"
                " or slower."
            )
    if need.contenders:
        names = ", ".join(need.contenders)
        parts.append(
            f"Nog te rijden en in staat om te passeren: {names}."
            if nl
            else f"Still to skate and able to pass: {names}."
        )
    return " ".join(parts)
