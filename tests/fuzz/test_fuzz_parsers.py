"""Fuzz the parsers of times, statuses, results and points (issue 8)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc import RaceTime, Status, parse_result
from skatecalc.samalog import parse_points

from .inputs import anything, fuzz, holds, numbers, scalars, time_texts


@fuzz
@given(st.one_of(time_texts(), numbers(), scalars()))
def test_racetime_parse(value: Any) -> None:
    result = holds(RaceTime.parse, value)
    if isinstance(result, RaceTime):
        assert result.thousandths > 0
        assert RaceTime.parse(str(result)) == result  # what it prints, it reads back


@fuzz
@given(st.one_of(time_texts(), scalars()))
def test_status_parse(value: Any) -> None:
    result = holds(Status.parse, value)
    if isinstance(result, Status):
        assert Status.parse(str(result)) is result


@fuzz
@given(st.one_of(time_texts(), scalars(), anything()))
def test_parse_result(value: Any) -> None:
    holds(parse_result, value)


@fuzz
@given(st.one_of(time_texts(), scalars()), st.one_of(st.sampled_from([500, 1000, 1500]), numbers()))
def test_points(time: Any, distance: Any) -> None:
    result = holds(sc.points, time, distance)
    if not isinstance(result, sc.SkatecalcError):
        assert result >= 0


@fuzz
@given(st.one_of(time_texts(), numbers(), scalars()))
def test_parse_points(value: Any) -> None:
    result = holds(parse_points, value)
    if isinstance(value, str) and "_" in value:
        assert isinstance(result, sc.SkatecalcError), f"{value!r} accepted as points"


@fuzz
@given(st.one_of(time_texts(), scalars()))
def test_points_text_is_a_decimal_or_refused(text: Any) -> None:
    """Points given as text (``gap_seconds``): '1_0.5' and the like are refused."""
    result = holds(sc.gap_seconds, text, "100.000", 500)
    if isinstance(text, str) and "_" in text:
        assert isinstance(result, sc.SkatecalcError), f"{text!r} accepted as points"


@fuzz
@given(st.one_of(time_texts(), numbers()), st.one_of(st.sampled_from(["en", "nl"]), time_texts()))
def test_format_points(value: Any, lang: Any) -> None:
    holds(sc.format_points, value, lang)
