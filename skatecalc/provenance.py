"""How a rule value is known: its status and its source, defined once for every rule family.

Every rule value skatecalc ships (a combination, a World Cup points table, a selection
order, an ISU quota parameter) names its source and one of three statuses:

* ``verified``: read in the rule text (an ISU rule or Communication, a federation's
  selection procedure), or pinned by a published figure it reproduces exactly;
* ``derived``: worked back from published figures (totals, neighbouring seasons);
* ``unverified``: consistent with published results, but not confirmed by a rule text.

    >>> rule_status("derived")
    'derived'
    >>> worse("verified", "derived")
    'derived'
    >>> rule_status("sure")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidRuleError: status 'sure' must be verified, derived or unverified
"""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

import attrs

from .errors import InvalidRuleError
from .limits import shown

__all__ = ["RULE_STATUSES", "RuleStatus", "Source", "rule_status", "worse"]

RuleStatus: TypeAlias = Literal["verified", "derived", "unverified"]
"""How a rule value is known (not to be confused with [skatecalc.Status][skatecalc.time.Status],
the status of a race result)."""

RULE_STATUSES: Final[tuple[RuleStatus, ...]] = ("verified", "derived", "unverified")
"""The statuses, strongest first."""

_RANK: Final[dict[str, int]] = {s: i for i, s in enumerate(RULE_STATUSES)}


def rule_status(value: object) -> RuleStatus:
    """``value`` as a [RuleStatus][skatecalc.provenance.RuleStatus]; anything else raises
    [InvalidRuleError][skatecalc.errors.InvalidRuleError] naming the allowed values.

    >>> rule_status("unverified")
    'unverified'
    >>> rule_status("Verified")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidRuleError: status 'Verified' must be verified, derived or unverified
    """
    for status in RULE_STATUSES:
        if type(value) is str and value == status:
            return status
    raise InvalidRuleError(f"status {shown(value)} must be verified, derived or unverified")


def worse(a: RuleStatus, b: RuleStatus) -> RuleStatus:
    """The weaker of two statuses (verified < derived < unverified).

    >>> worse("verified", "derived"), worse("unverified", "derived")
    ('derived', 'unverified')
    """
    return a if _RANK[rule_status(a)] >= _RANK[rule_status(b)] else b


@attrs.frozen
class Source:
    """A public source of a rule value: its title, and where known its address and date.

    ``str()`` gives the citation as printed in messages and documentation.

    >>> s = Source("ISU Communication No. 2112", date="2017-06-29")
    >>> str(s)
    'ISU Communication No. 2112 (2017-06-29)'
    >>> str(Source("KNSB selection procedure Beijing 2022"))
    'KNSB selection procedure Beijing 2022'
    """

    text: str
    url: str | None = None
    date: str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str) or not self.text.strip():
            raise InvalidRuleError(f"a source {shown(self.text)} must be non-empty text")
        for what, value in (("url", self.url), ("date", self.date)):
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise InvalidRuleError(f"a source {what} {shown(value)} must be non-empty text")

    def __str__(self) -> str:
        return f"{self.text} ({self.date})" if self.date else self.text
