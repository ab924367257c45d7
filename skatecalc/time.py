"""Race times and result statuses.

A [`RaceTime`][skatecalc.time.RaceTime] is an exact number of thousandths of a second together with
the precision it was given in (tenths, hundredths or thousandths). It parses the notations
people paste and prints ISU notation by default, Dutch notation on request::

    >>> t = RaceTime.parse("1.46,38")
    >>> str(t), t.format("nl"), t.seconds
    ('1:46.38', '1.46,38', Decimal('106.38'))
    >>> RaceTime.parse("1:45.006") < RaceTime.parse("1:45.009")
    True
    >>> RaceTime.parse("1:45.006").official
    RaceTime('1:45.00')

Only ASCII is read: digits ``0-9``, ``:``, ``.``, ``,`` and the status letters. Any other
character (full-width or Arabic-Indic digits, a long s) is refused with an error naming it,
so that nothing is accepted by accident. A race time is positive and below 24 hours
([`MAX_RACE_TIME_THOUSANDTHS`][skatecalc.limits.MAX_RACE_TIME_THOUSANDTHS]); time text longer than
32 characters is refused before it is converted.

Source: ISU Special Regulations & Technical Rules Speed Skating (times are official in
hundredths of a second; thousandths, where measured, only split ties within a distance).
Status: verified.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from decimal import Decimal

from . import _record
from ._exact import units
from ._lazy import pattern
from .errors import InvalidTimeError, SkatecalcError, UnknownStatusError
from .limits import MAX_RACE_TIME_THOUSANDTHS, MAX_TIME_TEXT_CHARS, shown
from .notation import Lang, normalise_lang

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = ["Lang", "RaceTime", "Result", "ResultLike", "Status", "parse_result"]


_ISU = pattern(r"([0-9]+)((?::[0-9]{2}){1,2})\.([0-9]{1,3})")
_DUTCH = pattern(r"([0-9]+)((?:\.[0-9]{2}){0,2}),([0-9]{1,3})")
_SECONDS = pattern(r"([0-9]+)\.([0-9]{1,3})")
_SCALE = {1: 100, 2: 10, 3: 1}
_SCALE_OF = (0, 100, 10, 1)  # by number of decimals, for the fast path
DIGITS = {str(n): n for n in range(10)} | {f"{n:02d}": n for n in range(100)}
"""The value of one or two ASCII digits, for the fast path: a look-up instead of ``int``
(a third of its time)."""
_MAX_SECONDS = units(MAX_RACE_TIME_THOUSANDTHS, 3)

_FAST = re.compile(r"([0-9]{1,2})(?::([0-5][0-9])\.|\.([0-5][0-9]),|[.,])([0-9]{1,3})").fullmatch
"""The common notations, proved by the pattern alone: ISU ``m:ss.ff``, Dutch ``m.ss,ff``
and seconds ``ss.ff`` / ``ss,ff`` with one to three decimals, minutes and leading seconds
of at most two digits. Such a time is below 24 hours and its seconds after minutes are
below 60, so only zero is left to check. Everything else (hours, long seconds, spaces,
signs, statuses, junk) takes the full path, `RaceTime._from_text`, which gives the
same value or the same error."""


def non_ascii(text: str) -> str | None:
    """A description of the first character of ``text`` outside ASCII, or ``None``.

    >>> non_ascii("37.13") is None
    True
    >>> non_ascii("\uff15\uff19.\uff11\uff13")
    "'\uff15' (U+FF15 FULLWIDTH DIGIT FIVE)"
    """
    if text.isascii():
        return None
    for char in text:
        if not char.isascii():
            name = unicodedata.name(char, "")
            return f"{char!r} (U+{ord(char):04X}{' ' + name if name else ''})"
    return None


def _lang(lang: str) -> Lang:
    try:
        return normalise_lang(lang)
    except SkatecalcError:  # the notation of a time: an InvalidTimeError
        raise InvalidTimeError(
            f"unknown notation {shown(lang)}: use 'en' (ISU) or 'nl' (Dutch)"
        ) from None


@_record.frozen(eq=False, order=False, repr=False)
class RaceTime:
    """A race time: exact thousandths of a second and the precision it was given in.

    Equality and order compare the value only (``1:46.38 == 1:46.380``); the precision
    decides how it prints. Use [`parse`][skatecalc.time.RaceTime.parse] to read text,
    [`from_thousandths`][skatecalc.time.RaceTime.from_thousandths] or
    [`from_hundredths`][skatecalc.time.RaceTime.from_hundredths] to build one from integers.

    >>> RaceTime.parse("34.83") == RaceTime.parse("34,830")
    True
    >>> sorted([RaceTime.parse("37.19"), RaceTime.parse("37.07")])
    [RaceTime('37.07'), RaceTime('37.19')]
    >>> RaceTime.parse("1:14.35") - RaceTime.parse("1:13.32")
    Decimal('1.03')
    """

    thousandths: int
    precision: int = 2

    def __attrs_post_init__(self) -> None:
        if type(self.thousandths) is not int:
            raise InvalidTimeError(
                f"{shown(self.thousandths)} is not an integer number of thousandths"
            )
        if type(self.precision) is not int or self.precision not in _SCALE:
            raise InvalidTimeError(f"precision {shown(self.precision)} must be 1, 2 or 3 decimals")
        if self.thousandths <= 0:
            raise InvalidTimeError(
                f"{_count(self.thousandths)} thousandths: a race time must be positive"
            )
        if self.thousandths >= MAX_RACE_TIME_THOUSANDTHS:
            raise InvalidTimeError(
                f"{_count(self.thousandths)} thousandths: a race time must be below 24 hours"
                f" ({MAX_RACE_TIME_THOUSANDTHS:,} thousandths)"
            )
        if self.thousandths % _SCALE[self.precision]:
            raise InvalidTimeError(
                f"{self.thousandths} thousandths cannot be given in {self.precision} decimals"
            )

    # --- construction -------------------------------------------------------------------

    @classmethod
    def from_thousandths(cls, thousandths: int, precision: int = 3) -> RaceTime:
        """A time from whole thousandths of a second.

        >>> RaceTime.from_thousandths(105006)
        RaceTime('1:45.006')
        """
        return cls(thousandths, precision)

    @classmethod
    def from_hundredths(cls, hundredths: int) -> RaceTime:
        """A time from whole hundredths of a second (the official precision).

        >>> RaceTime.from_hundredths(7245)
        RaceTime('1:12.45')
        """
        if type(hundredths) is not int:
            raise InvalidTimeError(f"{shown(hundredths)} is not an integer number of hundredths")
        return cls(hundredths * 10, 2)

    @classmethod
    def parse(cls, value: str | Decimal | RaceTime) -> RaceTime:
        """Read a time in ISU, Dutch or plain-seconds notation, or from a ``Decimal``.

        Accepted: ``1:46.38``, ``34.83``, ``1:02:37.45`` (ISU); ``1.46,38``, ``34,83``,
        ``1.02.37,45`` (Dutch); ``106.38``, ``366.720`` (seconds); one to three decimals
        (tenths ``40.1``, thousandths ``1:45.006``), kept as given. A float is refused
        because it cannot hold a time exactly. Only ASCII digits are read; a time must be
        below 24 hours and its text at most 32 characters.

        >>> RaceTime.parse("366.720")
        RaceTime('6:06.720')
        >>> RaceTime.parse("1:75.00")
        Traceback (most recent call last):
        ...
        skatecalc.errors.InvalidTimeError: '1:75.00' is not a race time: 75 seconds must be below 60
        >>> RaceTime.parse("25:00:00.00")
        Traceback (most recent call last):
        ...
        skatecalc.errors.InvalidTimeError: '25:00:00.00' is not a race time: ... below 24 hours
        """
        if type(value) is str:  # the common case: one regex, no re-validation
            fast = _fast_time(value, cls)
            return fast if fast is not None else cls._from_text(value)
        if isinstance(value, RaceTime):
            return value
        if isinstance(value, (bool, float)):
            raise InvalidTimeError(
                f"{shown(value)} is a {type(value).__name__}, which cannot hold a race time"
                f" exactly; pass the text, e.g. '{value}', or a Decimal"
            )
        if isinstance(value, Decimal):
            return cls._from_decimal(value)
        if not isinstance(value, str):
            raise InvalidTimeError(
                f"{shown(value)} is not a race time: pass text such as '1:46.38' or a Decimal"
                " (use RaceTime.from_thousandths for integers)"
            )
        return cls._from_text(value)

    @classmethod
    def _from_decimal(cls, value: Decimal) -> RaceTime:
        # No arithmetic in the current decimal context: it could round, overflow or take
        # minutes on an exponent such as 1E+999990. Compare first, then read the digits.
        if not value.is_finite() or value <= 0:
            raise InvalidTimeError(
                f"{shown(value)} is not a race time: it must be a positive number"
            )
        if value >= _MAX_SECONDS:
            raise InvalidTimeError(f"{shown(value)} is not a race time: it must be below 24 hours")
        _, digit_tuple, exponent = value.as_tuple()
        assert isinstance(exponent, int)  # finite
        digits = "".join(map(str, digit_tuple))
        if exponent < -3:  # trailing zeros beyond thousandths are harmless, digits are not
            kept = digits.rstrip("0")
            exponent += len(digits) - len(kept)
            digits = kept or "0"
            if exponent < -3:
                raise InvalidTimeError(
                    f"{shown(value)} is not a race time: more than three decimals"
                )
        places = max(-exponent, 0)
        # value < 86400 with at most three decimals: at most eight significant digits
        return cls(int(digits) * 10 ** (exponent + 3), min(max(places, 1), 3))

    @classmethod
    def _from_text(cls, text: str) -> RaceTime:
        s = text.strip()
        if not s:
            raise _bad(text, "it is empty")
        if s[0] in "-−":
            raise _bad(text, "a race time cannot be negative")
        if len(s) > MAX_TIME_TEXT_CHARS:
            raise _bad(
                text,
                f"too long ({len(s)} characters; a race time has at most"
                f" {MAX_TIME_TEXT_CHARS} and is below 24 hours)",
            )
        odd = non_ascii(s)
        if odd is not None:
            raise _bad(text, f"{odd} is not an ASCII character; write digits as 0-9")
        if "," in s:
            m = _DUTCH.fullmatch(s)
            groups = m and [m.group(1), *m.group(2).split(".")[1:]]
        elif ":" in s:
            m = _ISU.fullmatch(s)
            groups = m and [m.group(1), *m.group(2).split(":")[1:]]
        else:
            m = _SECONDS.fullmatch(s)
            groups = m and [m.group(1)]
        if not m or not groups:
            raise _bad(
                text,
                "expected ISU (1:46.38), Dutch (1.46,38) or seconds (106.38) notation"
                " with one to three decimals",
            )
        fraction = m.groups()[-1]
        parts = [int(g) for g in groups]
        for part in parts[1:]:
            if part >= 60:
                raise _bad(
                    text, f"{part} {'seconds' if part is parts[-1] else 'minutes'} must be below 60"
                )
        whole = 0
        for part in parts:
            whole = whole * 60 + part
        precision = len(fraction)
        thousandths = whole * 1000 + int(fraction) * _SCALE[precision]
        if thousandths == 0:
            raise _bad(text, "a race time must be positive")
        if thousandths >= MAX_RACE_TIME_THOUSANDTHS:
            raise _bad(text, "it must be below 24 hours")
        return cls(thousandths, precision)

    # --- views --------------------------------------------------------------------------

    @property
    def hundredths(self) -> int:
        """Whole hundredths, thousandths truncated: the official time's value."""
        return self.thousandths // 10

    @property
    def official(self) -> RaceTime:
        """The official time: hundredths, thousandths truncated (tenths are kept)."""
        if self.precision <= 2:
            return self
        return RaceTime(self.hundredths * 10, 2)

    @property
    def seconds(self) -> Decimal:
        """The time in seconds, as given: ``Decimal('106.38')``."""
        return units(self.thousandths // _SCALE[self.precision], self.precision)

    def format(self, lang: str = "en", *, precision: int | None = None) -> str:
        """Format in ISU (``"en"``, the default) or Dutch (``"nl"``) notation.

        ``precision`` truncates to fewer decimals (never pads beyond what was measured
        unless asked: a higher precision adds zeros).

        >>> t = RaceTime.parse("12:42.389")
        >>> t.format(), t.format("nl"), t.format(precision=2)
        ('12:42.389', '12.42,389', '12:42.38')
        """
        notation = _lang(lang)
        p = self.precision if precision is None else precision
        if type(p) is not int or p not in _SCALE:
            raise InvalidTimeError(f"precision {shown(p)} must be 1, 2 or 3 decimals")
        units = self.thousandths // _SCALE[p]
        whole, frac = divmod(units, 10**p)
        hours, rest = divmod(whole, 3600)
        minutes, secs = divmod(rest, 60)
        sep, dec = (":", ".") if notation == "en" else (".", ",")
        if hours:
            head = f"{hours}{sep}{minutes:02d}{sep}{secs:02d}"
        elif minutes:
            head = f"{minutes}{sep}{secs:02d}"
        else:
            head = str(secs)
        return f"{head}{dec}{frac:0{p}d}"

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"RaceTime({self.format()!r})"

    # --- comparison and arithmetic --------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RaceTime):
            return self.thousandths == other.thousandths
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.thousandths)

    def __lt__(self, other: RaceTime) -> bool:
        if not isinstance(other, RaceTime):
            return NotImplemented
        return self.thousandths < other.thousandths

    def __le__(self, other: RaceTime) -> bool:
        if not isinstance(other, RaceTime):
            return NotImplemented
        return self.thousandths <= other.thousandths

    def __gt__(self, other: RaceTime) -> bool:
        if not isinstance(other, RaceTime):
            return NotImplemented
        return self.thousandths > other.thousandths

    def __ge__(self, other: RaceTime) -> bool:
        if not isinstance(other, RaceTime):
            return NotImplemented
        return self.thousandths >= other.thousandths

    def __sub__(self, other: RaceTime) -> Decimal:
        """The difference in seconds, with the finer of the two precisions."""
        if not isinstance(other, RaceTime):
            return NotImplemented
        p = max(self.precision, other.precision)  # the difference is exact at the finer one
        return units((self.thousandths - other.thousandths) // _SCALE[p], p)


class Status(enum.Enum):
    """A race that ended without a valid time.

    A fall is not a status: the time stands.

    >>> Status.parse("dnf"), Status.parse("DSQ")
    (<Status.DNF: 'DNF'>, <Status.DQ: 'DQ'>)
    """

    DQ = "DQ"
    """Disqualified."""
    DNF = "DNF"
    """Did not finish."""
    DNS = "DNS"
    """Did not start."""
    WDR = "WDR"
    """Withdrew."""

    @classmethod
    def parse(cls, text: str) -> Status:
        """Read a status code, case-insensitively (``DSQ`` and ``WD`` are accepted aliases).

        Only ASCII letters are read: ``"dn\u017f"`` (with a long s) is refused, not read
        as DNS.

        >>> Status.parse(" wd ")
        <Status.WDR: 'WDR'>
        """
        if not isinstance(text, str):
            raise UnknownStatusError(
                f"{shown(text)} is not a result status: pass text such as 'DNF' or a Status"
            )
        odd = non_ascii(text)
        if odd is not None:
            raise UnknownStatusError(
                f"{shown(text)} is not a result status: {odd} is not an ASCII letter;"
                " use DQ, DNF, DNS or WDR"
            )
        key = text.strip().upper()
        key = _STATUS_ALIASES.get(key, key)
        try:
            return cls(key)
        except ValueError:
            raise UnknownStatusError(
                f"{shown(text)} is not a result status: use DQ, DNF, DNS or WDR"
            ) from None

    def __str__(self) -> str:
        return self.value


_STATUS_ALIASES = {"DSQ": "DQ", "WD": "WDR"}


def _bad(text: str, why: str) -> InvalidTimeError:
    return InvalidTimeError(f"{shown(text)} is not a race time: {why}")


# The fast path builds a RaceTime without its attrs __init__ (which re-validates): it
# sets the two slots directly. Everything __init__ checks is proved by _FAST except zero,
# which the fast path sends to the full path. Bound here, after the class exists.
_new = object.__new__
_set_thousandths = RaceTime.__dict__["thousandths"].__set__
_set_precision = RaceTime.__dict__["precision"].__set__


def _fast_time(text: str, cls: type[RaceTime]) -> RaceTime | None:
    """A time in a common notation, proved by `_FAST` alone (``RaceTime.parse`` and
    `parse_result`), or ``None`` for anything else (the full path reads it)."""
    m = _FAST(text)
    if m is None:
        return None
    lead, isu, dutch, fraction = m.groups()
    seconds = isu or dutch
    whole = DIGITS[lead] * 60 + DIGITS[seconds] if seconds else DIGITS[lead]
    precision = len(fraction)
    fraction_value = DIGITS[fraction] if precision < 3 else int(fraction)
    thousandths = whole * 1000 + fraction_value * _SCALE_OF[precision]
    if not thousandths:  # zero is the one value _FAST lets through
        return None
    fast = _new(cls)
    _set_thousandths(fast, thousandths)
    _set_precision(fast, precision)
    return fast


def _count(number: int) -> str:
    """An integer for a message; one too long to print (4,300 digits) is described."""
    if abs(number) < 10**30:
        return str(number)
    return "more than 10^30" if number > 0 else "less than -10^30"


Result: TypeAlias = RaceTime | Status | None
"""One skater's outcome on one distance: a time, a status, or ``None`` (not skated)."""

ResultLike: TypeAlias = str | Decimal | RaceTime | Status | None
"""What the API accepts for a result: text (a time or a status code), or a parsed value."""


def parse_result(value: ResultLike) -> Result:
    """Read one result: a time, a status code, or ``None`` for no result.

    Text that looks like a status (letters only) is read as a status, anything else as a
    time; either way a bad value raises an error naming it.

    >>> parse_result("37,07"), parse_result("dq"), parse_result(None)
    (RaceTime('37.07'), <Status.DQ: 'DQ'>, None)
    >>> parse_result("DNQ")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownStatusError: 'DNQ' is not a result status: use DQ, DNF, DNS or WDR
    """
    if type(value) is str:
        fast = _fast_time(value, RaceTime)
        if fast is not None:
            return fast
    if value is None or isinstance(value, (RaceTime, Status)):
        return value
    if isinstance(value, str) and value.strip().isalpha():
        return Status.parse(value)
    return RaceTime.parse(value)
