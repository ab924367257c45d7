"""Shared test configuration: Hypothesis profiles and the path to the seed data."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
# The fuzz suite (tests/fuzz/) at full strength: `pytest tests/fuzz --hypothesis-profile=fuzz`.
# 10^5 examples per target (or $SKATECALC_FUZZ_EXAMPLES), and a per-example budget so that a
# hang fails as a deadline.
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("SKATECALC_FUZZ_EXAMPLES", "100000")),
    deadline=timedelta(seconds=2),
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent


def _shared_data() -> Path:
    """``../shared/data`` beside the checkout (or $SKATECALC_SHARED_DATA)."""
    env = os.environ.get("SKATECALC_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


SHARED_DATA = _shared_data()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The directory of real published figures; the tests need it, so it must exist."""
    assert SHARED_DATA.is_dir(), f"seed data not found at {SHARED_DATA}"
    return SHARED_DATA
