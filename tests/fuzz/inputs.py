"""Strategies of hostile input for the fuzz suite, the contract check and its settings.

Sizes stay small in the normal run; the ``fuzz`` profile (tests/conftest.py) runs 10^5
examples per target with a per-example deadline so that a hang fails too.
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import settings
from hypothesis import strategies as st

from skatecalc import RaceTime, SkatecalcError, Status

T = TypeVar("T")

FULL = settings.get_current_profile_name() == "fuzz"
"""True under ``--hypothesis-profile=fuzz``: 10^5 examples per target."""

#: Settings of every fuzz target: the profile's own at full strength, a few dozen otherwise.
fuzz = settings() if FULL else settings(max_examples=30)


#: Seconds one call may take before it counts as a hang (well above any real input's time).
BUDGET = 5.0


class Hang(Exception):
    """A call ran past :data:`BUDGET`: interrupted so that a hang fails instead of blocking."""


def _interrupt(signum: int, frame: Any) -> None:
    raise Hang(f"no answer within {BUDGET} s")


@contextlib.contextmanager
def budget(seconds: float | None = None) -> Iterator[None]:
    """Interrupt the block with :class:`Hang` after ``seconds`` (default :data:`BUDGET`, read
    at each call) (where the platform has
    SIGALRM and this is the main thread; otherwise the Hypothesis deadline still reports a
    slow example once it finishes)."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _interrupt)
    signal.setitimer(signal.ITIMER_REAL, BUDGET if seconds is None else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def holds(call: Callable[..., T], *args: Any, **kwargs: Any) -> T | SkatecalcError:
    """Call ``call``; a value or a :class:`SkatecalcError` keeps the contract (returned),
    any other exception (or a call running past :data:`BUDGET`) propagates and fails."""
    try:
        with budget():
            return call(*args, **kwargs)
    except SkatecalcError as exc:
        assert str(exc), f"{type(exc).__name__} without a message"
        return exc


# --- text ---------------------------------------------------------------------------------

#: Digits that are not ASCII but that ``int()`` or ``str.isdigit()`` accept.
ODD_DIGITS = "٠١٢٣٤٥٦٧٨٩０１２３４５６７８９²³¹₂߀०৩"
#: Characters of times, statuses, places and numbers, and the ones that break line counts.
TIME_CHARS = (
    "0123456789" * 3 + ":.,:.,+-_ eE" + ODD_DIGITS + "DQNFSWRdqnfswrſ\t\n\r\x85\f\u2028\ufeff"
)

#: Inputs known to have escaped the contract once (issue 8), and their relatives.
NASTY_TEXT = (
    "",
    " ",
    "9999999999999999999999999999999999999999.00",
    "５９５.１８９",
    "٣٧.١٣",
    "dnſ",
    "ＤＮＦ",
    "1_0.5",
    "1_0",
    "²",
    "sNaN",
    "NaN",
    "Infinity",
    "-Infinity",
    "1E+999999",
    "1e-9999999",
    "5.081E+1000002",
    "-0",
    "0",
    "-1",
    "+1",
    "1:60.00",
    "0:00.00",
    "99:99:99.999",
    "1.46,38",
    "1:46.38",
    "37.13",
    "DQ",
    "dnf",
    '=HYPERLINK("x")',
    "+cmd|calc",
    "\x1b[31mred\x1b[0m",
    "\x00",
    "\ud800",
)


def time_texts() -> st.SearchStrategy[str]:
    """Text shaped like times, statuses, places and numbers, and anything else."""
    number = st.text(alphabet="0123456789", min_size=1, max_size=6)
    shaped = st.tuples(
        number,
        st.sampled_from(["", ":", ".", ","]),
        st.text(alphabet="0123456789", max_size=3),
        st.sampled_from(["", ".", ",", ":"]),
        st.text(alphabet="0123456789", max_size=4),
    ).map("".join)
    huge = st.tuples(  # built lazily: Hypothesis shows the strategies in its statistics
        st.sampled_from(["", "1:", "1.", "-", "0."]),
        st.sampled_from([100, 120, 4300, 4301, 5000, 6000]).map(lambda n: "9" * n),
        st.sampled_from(["", ".00", ",00", "E+999999"]),
    ).map("".join)
    return st.one_of(
        st.sampled_from(NASTY_TEXT),
        shaped,
        st.text(alphabet=TIME_CHARS, max_size=24),
        st.text(max_size=24),
        huge,
    )


# --- numbers ------------------------------------------------------------------------------

NASTY_DECIMALS = tuple(
    Decimal(s)
    for s in (
        "sNaN",
        "NaN",
        "-NaN",
        "Infinity",
        "-Infinity",
        "1E+999999",
        "1e-9999999",
        "5.081E+1000002",
        "1E+999990",
        "-0",
        "0",
        "0.0001",
        "1E+28",
        "37.1300",
        "-37.13",
        "9" * 60,
    )
)


def numbers() -> st.SearchStrategy[Any]:
    """Integers (huge ones beyond the 4,300-digit ``str()`` limit too), ``Decimal`` values
    including sNaN and extreme exponents, floats, booleans."""
    return st.one_of(
        st.integers(-10, 10_000),
        st.integers(),
        st.sampled_from([2**63, -(2**63), 10**40]),
        # beyond the 4,300-digit limit of int -> str (built lazily: Hypothesis reprs strategies)
        st.integers(4301, 5001).map(lambda digits: 10**digits - 1),
        st.integers(4301, 5001).map(lambda digits: -(10**digits)),
        st.sampled_from(NASTY_DECIMALS),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.floats(),
        st.booleans(),
    )


# --- structures ---------------------------------------------------------------------------


def scalars() -> st.SearchStrategy[Any]:
    """One value of any of the kinds a caller might pass by mistake."""
    return st.one_of(
        st.none(),
        time_texts(),
        numbers(),
        st.binary(max_size=8),
        st.sampled_from(list(Status)),
        st.builds(RaceTime.from_hundredths, st.integers(1, 10**6)),
        st.just(object()),
    )


def keys() -> st.SearchStrategy[Any]:
    """Hashable values for mapping keys (no signalling NaN: it cannot be hashed)."""
    return st.one_of(time_texts(), st.integers(), st.none(), st.sampled_from(NASTY_DECIMALS[1:]))


def anything() -> st.SearchStrategy[Any]:
    """Scalars and nested lists, tuples, sets and dicts of them."""
    return st.recursive(
        scalars(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.lists(inner, max_size=4).map(tuple),
            st.dictionaries(keys(), inner, max_size=4),
            st.frozensets(keys(), max_size=3),
        ),
        max_leaves=12,
    )


def json_values() -> st.SearchStrategy[Any]:
    """Values JSON can hold (no NaN: ``json.dumps`` would write it as ``NaN``)."""
    return st.recursive(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=False, allow_infinity=False),
            time_texts(),
        ),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(time_texts(), inner, max_size=4)
        ),
        max_leaves=16,
    )


def deep_json(depth: int) -> str:
    """``[[[...]]]`` nested ``depth`` deep."""
    return "[" * depth + "]" * depth


def deep_json_texts() -> st.SearchStrategy[str]:
    """JSON documents nested far beyond the interpreter's recursion limit, and huge numbers."""
    return st.one_of(
        st.integers(900, 100_000).map(deep_json),
        st.integers(900, 100_000).map(lambda d: '{"skaters":' + deep_json(d) + "}"),
        st.integers(900, 100_000).map(lambda d: '{"a":' * d + "1" + "}" * d),
        st.integers(4300, 6000).map(lambda n: '{"skaters": [' + "9" * n + "]}"),
        st.integers(4300, 6000).map(lambda n: "1" * n),
    )


def dumps(value: Any) -> str:
    """``json.dumps`` that keeps non-ASCII text as it is."""
    return json.dumps(value, ensure_ascii=False)


# --- files --------------------------------------------------------------------------------


def _cell(text: str, quote: bool) -> str:
    return '"' + text.replace('"', '""') + '"' if quote else text


@st.composite
def csv_texts(
    draw: st.DrawFn,
    columns: st.SearchStrategy[str],
    cells: st.SearchStrategy[str],
    max_rows: int = 5,
) -> str:
    """CSV text: a header drawn from ``columns``, rows of ``cells`` (sometimes ragged,
    quoted, with comments, odd line ends, a BOM, or semicolons)."""
    header = draw(st.lists(columns, min_size=1, max_size=6))
    width = len(header)
    rows = draw(
        st.lists(
            st.one_of(
                st.lists(cells, min_size=width, max_size=width),
                st.lists(cells, max_size=width + 2),
            ),
            max_size=max_rows,
        )
    )
    sep = draw(st.sampled_from([",", ",", ",", ";", "\t"]))
    end = draw(st.sampled_from(["\n", "\n", "\r\n", "\r", "\x85", "\u2028", "\f"]))
    quote = draw(st.booleans())
    lines = [sep.join(_cell(c, quote) for c in header)]
    lines += [sep.join(_cell(c, quote) for c in row) for row in rows]
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), "# comment")
    text = end.join(lines) + draw(st.sampled_from(["", end]))
    if draw(st.integers(0, 9)) == 0:
        text = "\ufeff" + text
    return text


def huge_line(prefix: str = "", length: int = 2_000_000) -> str:
    """One line far beyond any real cell: ``prefix`` then ``length`` characters."""
    return prefix + "x" * length
