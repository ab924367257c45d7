"""skatecalc.provenance: one rule status for every rule family, validated; Source."""

from __future__ import annotations

import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc
from skatecalc.errors import InvalidRuleError, SkatecalcError
from skatecalc.provenance import RULE_STATUSES, RuleStatus, Source, rule_status, worse


def test_the_statuses_are_the_literal_strongest_first() -> None:
    assert RULE_STATUSES == ("verified", "derived", "unverified")
    assert typing.get_args(RuleStatus) == RULE_STATUSES


def test_rule_status_is_not_the_race_status() -> None:
    assert RuleStatus is not skatecalc.Status


@pytest.mark.parametrize("status", ["verified", "derived", "unverified"])
def test_rule_status_accepts_each_status(status: str) -> None:
    assert rule_status(status) == status


@given(st.one_of(st.text(max_size=20), st.integers(), st.none(), st.floats()))
def test_rule_status_refuses_anything_else_naming_the_allowed(value: object) -> None:
    if value in RULE_STATUSES:
        return
    with pytest.raises(InvalidRuleError) as info:
        rule_status(value)
    assert "verified, derived or unverified" in str(info.value)
    assert isinstance(info.value, SkatecalcError)


@pytest.mark.parametrize("value", ["Verified", " verified", "verified ", "", "sure"])
def test_rule_status_is_exact(value: str) -> None:
    with pytest.raises(InvalidRuleError, match=repr(value)):
        rule_status(value)


def test_a_str_subclass_is_refused() -> None:
    class Sneaky(str):
        pass

    with pytest.raises(InvalidRuleError):
        rule_status(Sneaky("verified"))


@given(st.sampled_from(RULE_STATUSES), st.sampled_from(RULE_STATUSES))
def test_worse_is_the_weaker_and_symmetric(a: RuleStatus, b: RuleStatus) -> None:
    w = worse(a, b)
    assert w in (a, b)
    assert w == worse(b, a)
    assert RULE_STATUSES.index(w) == max(RULE_STATUSES.index(a), RULE_STATUSES.index(b))


def test_worse_refuses_a_bad_status() -> None:
    with pytest.raises(InvalidRuleError, match="'sure'"):
        worse("verified", "sure")  # type: ignore[arg-type]


def test_worldcup_provenance_is_the_same_alias() -> None:
    import importlib

    wc_rules = importlib.import_module("skatecalc.worldcup.rules")
    assert wc_rules.worse is worse
    assert typing.get_args(wc_rules.Provenance) == RULE_STATUSES


def test_source_prints_as_a_citation() -> None:
    s = Source("ISU Communication No. 2112", url="https://www.isu.org/", date="2017-06-29")
    assert str(s) == "ISU Communication No. 2112 (2017-06-29)"
    assert s.url == "https://www.isu.org/"
    assert str(Source("NOS, 28 Dec 2021")) == "NOS, 28 Dec 2021"


def test_source_is_frozen() -> None:
    s = Source("ISU Communication No. 2112")
    with pytest.raises(AttributeError):
        s.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        (("",), {}, "source ''"),
        (("  ",), {}, "source '  '"),
        ((None,), {}, "source None"),
        (("ISU",), {"url": ""}, "url ''"),
        (("ISU",), {"date": 2017}, "date 2017"),
    ],
)
def test_source_refuses_empty_or_non_text(
    args: tuple[object, ...], kwargs: dict[str, object], match: str
) -> None:
    with pytest.raises(InvalidRuleError, match=match):
        Source(*args, **kwargs)  # type: ignore[arg-type]
