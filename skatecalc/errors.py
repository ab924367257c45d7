"""Errors raised by skatecalc: every error class of every package, in one place.

Every error derives from [SkatecalcError][skatecalc.errors.SkatecalcError], which is a
`ValueError`, names the offending value and, when the value came from a file, the file and the
line. Each class is also the standard error it resembles (an unknown name or key is a
`LookupError`, a position beyond a table an `IndexError`), and ``str(error)`` is always the
message::

    >>> from skatecalc import RaceTime
    >>> RaceTime.parse("1:7x.10")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidTimeError: '1:7x.10' is not a race time: ...
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import _record
from .limits import shown

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Self

__all__ = [
    "Advice",
    "BeyondTableError",
    "DiscretionaryError",
    "DuplicateError",
    "FetchError",
    "FileFormatError",
    "GoalError",
    "InvalidDistanceError",
    "InvalidRuleError",
    "InvalidTimeError",
    "LimitError",
    "PlaceError",
    "PositionError",
    "PrintedPointsWarning",
    "QuotaError",
    "QuotaTieWarning",
    "ResultsError",
    "RulesError",
    "SelectionError",
    "SkatecalcError",
    "TableError",
    "UnknownCombinationError",
    "UnknownNameError",
    "UnknownOrderError",
    "UnknownRowError",
    "UnknownRuleSetError",
    "UnknownSeasonError",
    "UnknownStatusError",
    "UnknownValueError",
    "UsageError",
    "closest_names",
]


@_record.frozen
class Advice:
    """How to fix a problem, in the two words a user may need: the Python call and the
    command-line option. An error's message says ``python``; the command line prints the
    same message with ``cli`` (see [SkatecalcError.advise][skatecalc.errors.SkatecalcError.advise]).

    >>> AFTER_EARLIER
    Advice(python='classify with after=...', cli='use --after N')
    """

    python: str
    cli: str


AFTER_EARLIER = Advice("classify with after=...", "use --after N")
"""Look at an earlier distance: ``classify(..., after=N)``, ``--after N``."""

CHOOSE_COMBINATION = Advice("name one with combination=...", "name one with --combination NAME")
"""The combination is not known from the distances: name it."""

BUILD_RULES = "build your own with worldcup.Rules.custom(...)"
"""A season without built-in rules: build them in Python (the command line, which has no way
to build rules, says only which seasons it knows)."""


def after_option(value: object) -> Advice:
    """The classification's ``after`` as Python (``after=3``) and as an option (``--after 3``).

    >>> after_option(3)
    Advice(python='after=3', cli='--after 3')
    """
    return Advice(f"after={shown(value)}", f"--after {shown(value)}")


class SkatecalcError(ValueError):
    """Base class of every skatecalc error: the input was refused.

    ``where`` (e.g. ``"line 4 of results.csv"``) is appended to the message when the offending
    value came from a file; [at][skatecalc.errors.SkatecalcError.at] returns a copy located
    there. ``cli`` is the same message in command-line words when the message advises a
    Python call (``after=3``, ``rules.override(...)``): errors that advise are made with
    [advise][skatecalc.errors.SkatecalcError.advise], and the command line prints
    [cli_text][skatecalc.errors.SkatecalcError.cli_text].
    """

    def __init__(self, message: str, *, where: str | None = None, cli: str | None = None) -> None:
        self.message = message
        self.where = where
        self.cli = cli
        super().__init__(f"{message} ({where})" if where else message)

    @classmethod
    def advise(cls, template: str, /, **values: object) -> Self:
        """The error whose message is ``template`` filled with ``values``; an
        [Advice][skatecalc.errors.Advice] among them is worded in Python in the message and
        as an option in [cli_text][skatecalc.errors.SkatecalcError.cli_text].

        >>> error = SkatecalcError.advise("{after}: Sprint has 4 distances", after=after_option(9))
        >>> str(error), error.cli_text()
        ('after=9: Sprint has 4 distances', '--after 9: Sprint has 4 distances')
        """
        python = {k: v.python if isinstance(v, Advice) else v for k, v in values.items()}
        cli = {k: v.cli if isinstance(v, Advice) else v for k, v in values.items()}
        message = template.format(**python)
        worded = template.format(**cli)
        error = cls(message)
        error.cli = worded if worded != message else None
        return error

    def cli_text(self) -> str:
        """The message in command-line words (options instead of Python calls), located.

        >>> SkatecalcError("bad", where="line 4 of results.csv").cli_text()
        'bad (line 4 of results.csv)'
        """
        message = self.cli if self.cli is not None else self.message
        return f"{message} ({self.where})" if self.where else message

    def within(self, context: str) -> Self:
        """The same error (same class) with `` (context)`` added to its message, in both
        wordings: which race, skater or sprint the value belongs to.

        >>> error = SkatecalcError.advise("{after}: too many", after=after_option(9))
        >>> located = error.within("race 2")
        >>> str(located), located.cli_text()
        ('after=9: too many (race 2)', '--after 9: too many (race 2)')
        """
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        cli = None if self.cli is None else f"{self.cli} ({context})"
        SkatecalcError.__init__(new, f"{self.message} ({context})", where=self.where, cli=cli)
        return new

    def at(self, where: str) -> SkatecalcError:
        """Return the same error, located at ``where`` (kept if already located)."""
        if self.where is not None:
            return self
        located = self.__class__.__new__(self.__class__)
        located.__dict__.update(self.__dict__)
        SkatecalcError.__init__(located, self.message, where=where, cli=self.cli)
        return located


class InvalidTimeError(SkatecalcError):
    """A text, number or value is not a race time (also a time of 24 hours or more).

    Example: ``'1:7x.10' is not a race time: expected ISU (1:46.38), Dutch (1.46,38) or
    seconds (106.38) notation with one to three decimals``.
    """


class UnknownStatusError(SkatecalcError):
    """A result is neither a time nor one of the statuses DQ, DNF, DNS, WDR.

    Example: ``'DNX' is not a result status: use DQ, DNF, DNS or WDR``.
    """


class InvalidDistanceError(SkatecalcError):
    """A distance is not positive, or is not part of the combination or rule set.

    Example: ``1500 m is not a distance of Sprint (500, 1000, 500, 1000)``.
    """


class UnknownCombinationError(SkatecalcError, LookupError):
    """No combination is registered under that name (also a `LookupError`).

    Example: ``unknown combination 'sprnt'; known: sprint, allround-men, ...``.
    """

    def __str__(self) -> str:  # the message as is, whatever the lookup base does
        return ValueError.__str__(self)


class InvalidRuleError(SkatecalcError):
    """A rule parameter is not valid (a qualification size, the index of a distance, a
    status, an argument of the wrong type).

    Example: ``status 'sure' must be verified, derived or unverified``.
    """


class ResultsError(SkatecalcError):
    """Results do not fit the combination (too many, missing, inconsistent).

    Example: ``'A' has 5 results but Sprint has 4 distances (500, 1000, 500, 1000)``.
    """


class DuplicateError(SkatecalcError):
    """A skater (or race, or row) appears twice where it may appear once.

    Example: ``skater 'A' appears twice (first on line 2) (line 3 of r.csv)``.
    """


class UnknownNameError(SkatecalcError, KeyError):
    """A skater's name is not in the table; the message lists the closest known names.

    Also a `KeyError`, but ``str()`` is the message, not its ``repr``. Built by
    [`unknown`][skatecalc.errors.UnknownNameError.unknown], which writes the standard message
    (``name`` and ``suggestions`` hold the name and the closest known names for programs).
    Example: ``unknown skater 'Femke Kook'; closest known: 'Femke Kok'``.
    """

    name: object = None
    suggestions: Sequence[str] = ()

    @classmethod
    def unknown(cls, key: object, known: Iterable[str], *, what: str = "skater") -> Self:
        """The error for the name ``key``, with the standard message naming the closest
        ``known`` names.

        >>> print(UnknownNameError.unknown("Femke Kook", ["Femke Kok", "Miho Takagi"]))
        unknown skater 'Femke Kook'; closest known: 'Femke Kok'
        """
        suggestions = closest_names(key, known) if isinstance(key, str) else []
        hint = "; closest known: " + ", ".join(repr(n) for n in suggestions) if suggestions else ""
        error = cls(f"unknown {what} {key!r}{hint}")
        error.name, error.suggestions = key, suggestions
        return error

    def __str__(self) -> str:  # KeyError would repr() the message
        return ValueError.__str__(self)


class PositionError(SkatecalcError, IndexError):
    """A position (0-based index) beyond a table's length, or an index that is not a number.

    Example: ``position 5 is beyond the 3 standings``.
    """


class UnknownValueError(SkatecalcError, LookupError):
    """A rule value is not known from any source; supply it yourself (the message says how).

    Also a `LookupError`: the value was looked up and is absent. Example: ``the
    maximum per NOC on the men's 500 (2026) is not known from any source; pass
    max_per_noc=...``.
    """

    def __str__(self) -> str:  # the message as is, whatever the lookup base does
        return ValueError.__str__(self)


class GoalError(SkatecalcError):
    """A goal for a required time is already reached, impossible, or ill-posed.

    Example: ``'Femke Kok' cannot be asked to beat themselves``.
    """


class FileFormatError(SkatecalcError):
    """A file does not have the documented format (missing column, ragged row, bad JSON).

    Example: ``missing column 'name'; the header has nme, 500 (line 1 of r.csv)``.
    """


class PrintedPointsWarning(UserWarning):
    """A warning, not an error: the World Cup points an official result PDF prints differ
    from the library's table of the season (or the table has no value for that place). The
    message names the race, the place and both values.

    Example: ``27. Mass Start Women: place 4 prints 44 points, the table 2025/26 gives 43``.
    """


class QuotaTieWarning(UserWarning):
    """A warning, not an error: two skaters (or teams) are equal on an SOQC ranking (equal
    points and equal best time) and the input order decided which of them got a quota
    place or a reserve place; no tie rule beyond points and time is known (unverified).
    The message names the event, both skaters with their NOCs and what each got.

    Example: ``men 10000: Yan (CHN) and Xavier (KOR) tie on the times ranking (12:55.00,
    5 points); the input order decided: Yan (CHN) times, Xavier (KOR) no place (no tie rule
    is known; unverified)``.
    """


class UsageError(SkatecalcError):
    """The command line is wrong in a way its parser cannot see (FILE and ``--example``
    both or neither); the command line exits with status 2, as for any bad usage.

    Example: ``give either FILE (- for standard input) or --example NAME (not both, not
    neither)``.
    """


class FetchError(SkatecalcError):
    """A response of a results service could not be fetched whole: an HTTP error, a
    timeout, a truncated body, or (``--offline``) nothing in the cache.

    Example: ``GET https://api.isuresults.eu/events/X/competitions/: HTTP 404 Not Found``.
    """


class LimitError(FileFormatError):
    """Input exceeds a documented resource bound (see [skatecalc.limits][]); the message
    names the bound.

    Example: ``a cell of 20,000 characters: at most 10,000 are accepted (line 2 of big.csv)``.
    """


# --- rule sets (skatecalc.rules and every rule family) ------------------------------


class UnknownRuleSetError(SkatecalcError, LookupError):
    """No built-in rule set has that key (a data file, a World Cup season, a selection
    order, the quota of a Games year); the message lists the known keys and the closest.

    ``key``, ``known`` and ``closest`` hold them for programs. Also a `LookupError`.
    Example: ``unknown olympic rule set 'knsb-2014'; known: isu-quota-2022, ..., knsb-2026;
    closest: 'knsb-2018', 'knsb-2022', 'knsb-2026'``.
    """

    key: object = None
    known: tuple[str, ...] = ()
    closest: tuple[str, ...] = ()

    def __init__(
        self,
        message: str,
        *,
        key: object = None,
        known: Iterable[str] = (),
        where: str | None = None,
    ) -> None:
        self.key = key
        self.known = tuple(known)
        self.closest = tuple(closest_names(key, self.known)) if isinstance(key, str) else ()
        SkatecalcError.__init__(self, message, where=where)

    @classmethod
    def unknown(cls, key: object, known: Iterable[str], *, what: str = "rule set") -> Self:
        """The error for ``key``, with the standard message listing ``known`` and the closest.

        >>> print(UnknownRuleSetError.unknown("knsb-2021", ["isu-quota-2022", "knsb-2022"],
        ...                                   what="olympic rule set"))
        unknown olympic rule set 'knsb-2021'; known: isu-quota-2022, knsb-2022; closest: 'knsb-2022'
        """
        known = tuple(known)
        closest = closest_names(key, known) if isinstance(key, str) else []
        message = f"unknown {what} {shown(key)}; known: " + (", ".join(known) or "none")
        if closest:
            message += "; closest: " + ", ".join(shown(k) for k in closest)
        return cls(message, key=key, known=known)

    def __str__(self) -> str:  # the message as is, whatever the lookup base does
        return ValueError.__str__(self)


# --- World Cup (skatecalc.worldcup) --------------------------------------------------------


class PlaceError(ResultsError, IndexError):
    """A place is not a positive whole number, or lies beyond the points table (also an
    `IndexError`).

    Example: ``place 21 is beyond the 20-place table Division A 2017/18``.
    """


class BeyondTableError(PlaceError):
    """A place lies beyond the points table: the table's value for it is not known (a
    `PlaceError`, so an `IndexError` too).

    Example: ``place 21 is beyond the 20-place table Division A 2017/18``.
    """


class RulesError(SkatecalcError):
    """A rule set or table is malformed (points not whole, increasing with place, ...).

    Example: ``table Division B 2017/18: place 2 scores 2, more than a better place (1);
    points never increase with place``.
    """


class UnknownSeasonError(UnknownNameError, UnknownRuleSetError):
    """No World Cup rules are known for that season (or the text is not a season).

    An [UnknownNameError][skatecalc.errors.UnknownNameError] (so a `KeyError`) and an
    [UnknownRuleSetError][skatecalc.errors.UnknownRuleSetError]. Example: ``unknown World Cup
    season '2012/13'; closest known: ...; known seasons are 2013/14 to 2025/26; build your own
    with worldcup.Rules.custom(...)``.
    """

    @classmethod
    def unknown(
        cls, key: object, known: Iterable[str], *, what: str = "World Cup season", why: str = ""
    ) -> Self:
        """The error for the season ``key``: the closest ``known`` seasons and ``why`` (by
        default the range of the known seasons), and how to build one's own rules.

        >>> print(UnknownSeasonError.unknown("2012/13", ["2013/14", "2025/26"]))
        unknown World Cup season '2012/13'; closest known: '2013/14', '2025/26'; known ...
        """
        known = tuple(known)
        suggestions = closest_names(key, known) if isinstance(key, str) else []
        hint = "; closest known: " + ", ".join(repr(n) for n in suggestions) if suggestions else ""
        message = f"unknown {what} {key!r}{hint}"
        extra = why or (f"known seasons are {known[0]} to {known[-1]}" if known else "")
        if extra:
            message += f"; {extra}"
        error = cls(f"{message}; {BUILD_RULES}" if extra else message, key=key, known=known)
        error.cli = message if extra else None
        error.name, error.suggestions = key, suggestions
        return error


# --- Olympic qualification (skatecalc.olympic) -------------------------------------------


class UnknownOrderError(UnknownRuleSetError):
    """No selection order (or quota rule set) is registered under that key; the message lists
    the known ones. An [UnknownRuleSetError][skatecalc.errors.UnknownRuleSetError], so a
    `LookupError`.

    Example: ``no selection order 'NED-1998-men'; known: NED-2018-men, ...``.
    """


class UnknownRowError(UnknownValueError):
    """The walk reached a row of the selection order that no source gives.

    Example: ``the row of the 500 m place 3 is not known: ...``.
    """


class DiscretionaryError(SkatecalcError):
    """More designations than discretionary places, or a designation that cannot apply.

    Example: ``2 designations (Eve, Fay) but demo allows at most 1 discretionary place(s)``.
    """


class SelectionError(ResultsError):
    """Trial results or choices do not fit the selection order (e.g. no mass-start skater).

    Example: ``row 6 of NED-2022-men is the mass-start row: pass mass_start= (the
    committee's choice)``.
    """


class QuotaError(SelectionError):
    """An ISU quota parameter is invalid (a negative reserve, a cap that cannot be reached).

    Example: ``reserve must be a whole number of at least 0 and at most 1000, not -1``.
    """


class TableError(SkatecalcError, TypeError):
    """A table-like type breaks the table contract of `skatecalc.tabular`: no text or
    HTML renderer is registered for it, its rows are not a tuple, a row has cells of the
    wrong number or type (a float, say)."""


def closest_names(name: str, known: Iterable[str], n: int = 3) -> list[str]:
    """The up to ``n`` known names closest to ``name`` (case-insensitive), best first.

    >>> closest_names("Femke Kook", ["Miho Takagi", "Femke Kok", "Jutta Leerdam"])
    ['Femke Kok']
    """
    import difflib  # here, not at the top: only an error message needs it (lean import)

    known_list = list(known)
    by_lower: dict[str, str] = {}
    for k in known_list:
        by_lower.setdefault(k.casefold(), k)
    matches = difflib.get_close_matches(name.casefold(), list(by_lower), n=n, cutoff=0.5)
    if not matches:
        # fall back to surname / token overlap so "Kok" still finds "Femke Kok"
        tokens = set(name.casefold().split())
        matches = [k for k in by_lower if tokens & set(k.split())][:n]
    return [by_lower[m] for m in matches]
