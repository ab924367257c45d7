"""Race times and result statuses.

A :class:`RaceTime` is an exact number of thousandths of a second together with the
precision it was given in (tenths, hundredths or thousandths). It parses the notations
people paste and prints ISU notation by default, Dutch notation on request::

    >>> t = RaceTime.parse("1.46,38")
    >>> str(t), t.format("nl"), t.seconds
    ('1:46.38', '1.46,38', Decimal('106.38'))
    >>> RaceTime.parse("1:45.006") < RaceTime.parse("1:45.009")
    True
    >>> RaceTime.parse("1:45.006").official
    RaceTime('1:45.00')

Source: ISU Special Regulations & Technical Rules Speed Skating (times are official in
hundredths of a second; thousandths, where measured, only split ties within a distance).
Status: verified.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Literal, TypeAlias

import attrs

from .errors import InvalidTimeError, UnknownStatusError

__all__ = ["Lang", "RaceTime", "Result", "ResultLike", "Status", "parse_result"]

Lang: TypeAlias = Literal["en", "nl"]
"""Notation of times and points: ``"en"`` is ISU notation (``1:46.38``, ``110.980``),
``"nl"`` Dutch notation (``1.46,38``, ``110,980``)."""

_ISU = re.compile(r"(\d+)((?::\d{2}){1,2})\.(\d{1,3})")
_DUTCH = re.compile(r"(\d+)((?:\.\d{2}){0,2}),(\d{1,3})")
_SECONDS = re.compile(r"(\d+)\.(\d{1,3})")
_SCALE = {1: 100, 2: 10, 3: 1}


def _lang(lang: str) -> Lang:
    key = lang.lower()
    if key in ("en", "isu", "english"):
        return "en"
    if key in ("nl", "dutch", "nederlands"):
        return "nl"
    raise InvalidTimeError(f"unknown notation {lang!r}: use 'en' (ISU) or 'nl' (Dutch)")


@attrs.frozen(eq=False, order=False, repr=False)
class RaceTime:
    """A race time: exact thousandths of a second and the precision it was given in.

    Equality and order compare the value only (``1:46.38 == 1:46.380``); the precision
    decides how it prints. Use :meth:`parse` to read text, :meth:`from_thousandths` or
    :meth:`from_hundredths` to build one from integers.

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
            raise InvalidTimeError(f"{self.thousandths!r} is not an integer number of thousandths")
        if self.precision not in _SCALE:
            raise InvalidTimeError(f"precision {self.precision!r} must be 1, 2 or 3 decimals")
        if self.thousandths <= 0:
            raise InvalidTimeError(
                f"{self.thousandths!r} thousandths: a race time must be positive"
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
            raise InvalidTimeError(f"{hundredths!r} is not an integer number of hundredths")
        return cls(hundredths * 10, 2)

    @classmethod
    def parse(cls, value: str | Decimal | RaceTime) -> RaceTime:
        """Read a time in ISU, Dutch or plain-seconds notation, or from a ``Decimal``.

        Accepted: ``1:46.38``, ``34.83``, ``1:02:37.45`` (ISU); ``1.46,38``, ``34,83``,
        ``1.02.37,45`` (Dutch); ``106.38``, ``366.720`` (seconds); one to three decimals
        (tenths ``40.1``, thousandths ``1:45.006``), kept as given. A float is refused
        because it cannot hold a time exactly.

        >>> RaceTime.parse("366.720")
        RaceTime('6:06.720')
        >>> RaceTime.parse("1:75.00")
        Traceback (most recent call last):
        ...
        skatecalc.errors.InvalidTimeError: '1:75.00' is not a race time: 75 seconds must be below 60
        """
        if isinstance(value, RaceTime):
            return value
        if isinstance(value, bool | float):
            raise InvalidTimeError(
                f"{value!r} is a {type(value).__name__}, which cannot hold a race time exactly;"
                f" pass the text, e.g. '{value}', or a Decimal"
            )
        if isinstance(value, Decimal):
            return cls._from_decimal(value)
        if not isinstance(value, str):
            raise InvalidTimeError(
                f"{value!r} is not a race time: pass text such as '1:46.38' or a Decimal"
                " (use RaceTime.from_thousandths for integers)"
            )
        return cls._from_text(value)

    @classmethod
    def _from_decimal(cls, value: Decimal) -> RaceTime:
        if not value.is_finite() or value <= 0:
            raise InvalidTimeError(f"{value!r} is not a race time: it must be a positive number")
        exponent = value.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) else 0
        if places > 3:  # trailing zeros beyond thousandths are harmless, digits are not
            value = value.normalize()
            exponent = value.as_tuple().exponent
            places = -exponent if isinstance(exponent, int) else 0
            if places > 3:
                raise InvalidTimeError(f"{value!r} is not a race time: more than three decimals")
        return cls(int(value * 1000), min(max(places, 1), 3))

    @classmethod
    def _from_text(cls, text: str) -> RaceTime:
        s = text.strip()

        def bad(why: str) -> InvalidTimeError:
            return InvalidTimeError(f"{text!r} is not a race time: {why}")

        if not s:
            raise bad("it is empty")
        if s[0] in "-−":
            raise bad("a race time cannot be negative")
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
            raise bad(
                "expected ISU (1:46.38), Dutch (1.46,38) or seconds (106.38) notation"
                " with one to three decimals"
            )
        fraction = m.groups()[-1]
        parts = [int(g) for g in groups]
        for part in parts[1:]:
            if part >= 60:
                raise bad(
                    f"{part} {'seconds' if part is parts[-1] else 'minutes'} must be below 60"
                )
        whole = 0
        for part in parts:
            whole = whole * 60 + part
        precision = len(fraction)
        thousandths = whole * 1000 + int(fraction) * _SCALE[precision]
        if thousandths == 0:
            raise bad("a race time must be positive")
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
        return Decimal(self.thousandths // _SCALE[self.precision]).scaleb(-self.precision)

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
        if p not in _SCALE:
            raise InvalidTimeError(f"precision {p!r} must be 1, 2 or 3 decimals")
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
        return Decimal((self.thousandths - other.thousandths) // _SCALE[p]).scaleb(-p)


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
        """Read a status code, case-insensitively (``DSQ`` and ``WD`` are accepted aliases)."""
        key = text.strip().upper()
        key = _STATUS_ALIASES.get(key, key)
        try:
            return cls(key)
        except ValueError:
            raise UnknownStatusError(
                f"{text!r} is not a result status: use DQ, DNF, DNS or WDR"
            ) from None

    def __str__(self) -> str:
        return self.value


_STATUS_ALIASES = {"DSQ": "DQ", "WD": "WDR"}

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
    if value is None or isinstance(value, RaceTime | Status):
        return value
    if isinstance(value, str) and value.strip().isalpha():
        return Status.parse(value)
    return RaceTime.parse(value)
