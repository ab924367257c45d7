"""The OKT ranking helper: from times per distance to finishing orders.

At the Dutch Olympic trials (OKT) each distance is ranked by time, ties split by the
thousandths; the 500 m is skated twice and the faster time counts. A fall is not a status:
the time stands. A skater with no valid time (DQ, DNF, DNS, WDR) ranks last, sharing the
place after the last timed skater, but holds no place of the finishing order that
[`select`][skatecalc.olympic.select] and `outlook` take (``r.timed``; `rank_trials`): a row
for a place no timed skater holds stays empty::

    >>> r = rank_distance(500, {
    ...     "Dai Dai N'tab": ["34.53", "34.60"],
    ...     "Merijn Scheperkamp": ["34.51", "34.45"],
    ...     "Ronald Mulder": ["DQ", "34.74"],
    ...     "Kai Verbij": ["34.56", "DNF"],
    ... })
    >>> r.names
    ('Merijn Scheperkamp', "Dai Dai N'tab", 'Kai Verbij', 'Ronald Mulder')
    >>> rank_distance(1000, {"Kai Verbij": "1:07.48", "Thomas Krol": "DQ"}).timed
    ('Kai Verbij',)
    >>> r[0]
    OktEntry(place=1, name='Merijn Scheperkamp', result=RaceTime('34.45'))

Source: the KNSB selection criteria for the Olympic Games and the OKT regulations (ranking
by time, ties split by the thousandths, the 500 m skated twice with the faster time
counting); statuses (DQ, DNF, DNS, WDR) per the ISU Special Regulations for speed skating.
Status: verified against the OKT 2021 finishing orders as published (NU.nl, NOS/ANP,
December 2021).

Short names as the Dutch press prints them: ``Krol``, ``N'tab``, ``In 't Hof``.

A surname that stands alone (no first name or initial before it) gets a capital on its first
particle, as Dutch spelling writes it in the Netherlands (Nederlandse Taalunie, taaladvies.net
"Mevrouw Van der Ven-Van Dijk / mevrouw Van der Ven-van Dijk": ``mevrouw Van der Ven``,
``Marloes van der Ven``); the short forms ``'t`` and ``d'`` stay lowercase (Onze Taal,
"Hoofdletters in namen (Nederland)": ``meneer 't Hart``). After an initial the particle is
written as in the full name (``A. de Jong``). A particle after a hyphen belongs to the
second part of a double surname and keeps its letter (``Rijpma-de Jong``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TypeAlias

from .. import _record
from ..errors import (
    DuplicateError,
    InvalidDistanceError,
    ResultsError,
    SelectionError,
    SkatecalcError,
)
from ..limits import shown
from ..time import RaceTime, ResultLike, Status, parse_result

__all__ = [
    "OktEntry",
    "OktRanking",
    "Runs",
    "check_places",
    "press_names",
    "rank_distance",
    "rank_trials",
    "surname",
]


Runs: TypeAlias = ResultLike | Sequence[ResultLike]
"""One skater's result on a distance: one result, or a sequence of them (the 500 m twice)."""


@_record.frozen
class OktEntry:
    """One skater's place on a distance and the result that counts.

    >>> OktEntry(3, "Kai Verbij", RaceTime.parse("34.56")).place
    3
    """

    place: int
    name: str
    result: RaceTime | Status


@_record.frozen
class OktRanking(Sequence[OktEntry]):
    """The finishing order of one distance: timed skaters by time, then those without a time.

    >>> r = rank_distance(1000, {"Kai Verbij": "1:07.48", "Thomas Krol": "1:07.24"})
    >>> r.names, len(r), r.distance
    (('Thomas Krol', 'Kai Verbij'), 2, 1000)
    """

    distance: int
    entries: tuple[OktEntry, ...]

    def __getitem__(self, index: int) -> OktEntry:  # type: ignore[override]
        return self.entries[index]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[OktEntry]:
        return iter(self.entries)

    @property
    def names(self) -> tuple[str, ...]:
        """Every skater, first place first (skaters without a valid time last)."""
        return tuple(e.name for e in self.entries)

    @property
    def timed(self) -> tuple[str, ...]:
        """Only the skaters with a valid time, first place first."""
        return tuple(e.name for e in self.entries if isinstance(e.result, RaceTime))


def _runs(value: Runs) -> tuple[ResultLike, ...]:
    if isinstance(value, str | Decimal | RaceTime | Status) or value is None:
        return (value,)
    if isinstance(value, Sequence):
        return tuple(value)
    raise ResultsError(f"{shown(value)} is not a result or a list of results")


def rank_distance(
    distance: int, results: Mapping[str, Runs], *, races: int | None = None
) -> OktRanking:
    """Rank one distance. ``races`` is how many times it is skated (2 for the 500 m).

    Each value is a time (text such as ``"1:07.24"`` or ``"1.07,24"``, a ``Decimal`` or a
    [`RaceTime`][skatecalc.time.RaceTime]), a status, or a list of them when the distance is skated
    more than once; ``None`` is a race not skated. Equal times (to the thousandth) cannot
    be split and raise an error: give the finishing order yourself in that case.

    >>> rank_distance(1500, {"Kjeld Nuis": "1:43.85", "Thomas Krol": "1:43.850"})
    Traceback (most recent call last):
    ...
    skatecalc...SelectionError: Kjeld Nuis and Thomas Krol both have 1:43.85 ...
    >>> rank_distance(1500, {"Kjeld Nuis": ["1:43.85", "1:44.00"]})
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: Kjeld Nuis has 2 results on the 1500 m, which is skated once
    """
    if type(distance) is not int or not 0 < distance <= 10**6:
        raise InvalidDistanceError(f"{shown(distance)} is not a distance in metres")
    if races is not None and (type(races) is not int or races < 1):
        raise ResultsError(f"races={shown(races)} must be a whole number of at least 1")
    if not isinstance(results, Mapping):
        raise ResultsError(f"results {shown(results)} must map each skater to a result")
    allowed = races if races is not None else (2 if distance == 500 else 1)
    timed: list[tuple[RaceTime, str]] = []
    statuses: list[tuple[str, Status]] = []
    for name, value in results.items():
        if not isinstance(name, str) or not name.strip():
            raise ResultsError(f"{shown(name)} is not a skater's name")
        try:
            runs = [parse_result(v) for v in _runs(value)]
        except SkatecalcError as exc:
            raise exc.within(f"{name}, {distance} m") from None
        if len(runs) > allowed:
            raise ResultsError(
                f"{name} has {len(runs)} results on the {distance} m, which is skated "
                + ("once" if allowed == 1 else f"{allowed} times")
            )
        times = [r for r in runs if isinstance(r, RaceTime)]
        if times:
            timed.append((min(times), name))
            continue
        codes = [r for r in runs if isinstance(r, Status)]
        if not codes:
            raise ResultsError(f"{name} has no result on the {distance} m")
        statuses.append((name, codes[0]))
    timed.sort(key=lambda pair: pair[0].thousandths)
    for (t1, n1), (t2, n2) in itertools.pairwise(timed):
        if t1.thousandths == t2.thousandths:
            raise SelectionError(
                f"{n1} and {n2} both have {t1} on the {distance} m: a tie the thousandths do "
                "not split; give the finishing order yourself"
            )
    entries = [OktEntry(i, name, t) for i, (t, name) in enumerate(timed, start=1)]
    last = len(timed) + 1
    entries += [OktEntry(last, name, status) for name, status in statuses]
    return OktRanking(distance, tuple(entries))


def rank_trials(times: Mapping[int, Mapping[str, Runs]]) -> dict[int, tuple[str, ...]]:
    """Finishing orders for every distance: the ``okt_results`` that
    [`select`][skatecalc.olympic.select] takes. Only skaters with a valid time hold a place
    (`OktRanking.timed`): a DQ, DNF, DNS or WDR earns no row.

    >>> rank_trials({1000: {"Kai Verbij": "1:07.48", "Thomas Krol": "1:07.24", "X": "DQ"}})
    {1000: ('Thomas Krol', 'Kai Verbij')}
    """
    if not isinstance(times, Mapping):
        raise ResultsError(f"{shown(times)} is not a mapping of distance -> results")
    out: dict[int, tuple[str, ...]] = {}
    for distance, results in times.items():
        if distance in out:  # pragma: no cover - a mapping has unique keys
            raise DuplicateError(f"the {distance} m twice")
        out[distance] = rank_distance(distance, results).timed
    return out


def place_gap(places: Sequence[int]) -> tuple[int, str] | None:
    """The first place of ``places`` (sorted, each at least 1) that competition ranking does
    not allow, as (its index, what is wrong), or ``None``: the first place is 1, equal
    places share, and the place after a shared one skips as many (1, 2, 2, 4); any other gap
    means places are missing.

    >>> place_gap([1, 2, 2, 4]) is None, place_gap([1, 2, 5])
    (True, (2, 'places 3 and 4 are missing: place 5 follows place 2'))
    >>> place_gap([1, 1, 2])[1]
    'place 2 cannot follow the shared place 1: the next place is 3 (equal places share, and
    the next skips as many)'
    """
    for i, place in enumerate(places):
        before = places[i - 1] if i else None
        if place == before or place == i + 1:
            continue
        if place > i + 1:  # i skaters come before: the next place is i + 1
            missing = range(i + 1, place)
            what = (
                f"place {missing[0]} is"
                if len(missing) == 1
                else f"places {missing[0]} and {missing[1]} are"
                if len(missing) == 2
                else f"places {missing[0]} to {missing[-1]} are"
            )
            follows = f"follows place {before}" if before is not None else "is the first"
            return i, f"{what} missing: place {place} {follows}"
        return i, (
            f"place {place} cannot follow the shared place {before}: the next place is {i + 1}"
            " (equal places share, and the next skips as many)"
        )
    return None


def check_places(distance: int, places: Sequence[int]) -> None:
    """Refuse places of one distance that leave a gap competition ranking does not make
    (see `place_gap`): the skater of place 5 after place 2 is not the third.

    >>> check_places(500, [1, 2, 2, 4])
    >>> check_places(500, [2, 1, 5])
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: the 500 m: places 3 and 4 are missing: place 5 follows place 2
    """
    gap = place_gap(sorted(places))
    if gap is not None:
        raise ResultsError(f"the {distance} m: {gap[1]}")


#: Dutch particles (tussenvoegsels), lowercase; a capitalised one in a listing ("Sanne In 't
#: Hof") opens the surname when a word follows it.
PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "in", "op", "het", "aan", "bij", "uit"}
    | {"voor", "onder", "over", "tot", "'t", "’t", "'s", "’s", "d'", "d’"}
)
#: Particles of other languages, recognised only when written lowercase (``da Silva``): a
#: capitalised ``Da`` or ``Le`` may be a name of its own.
OTHER_PARTICLES = frozenset(
    {"la", "le", "les", "du", "des", "von", "vom", "zu", "zur", "di", "da", "del", "della"}
    | {"dos", "das", "do", "el"}
)
_KEEP_LOWER = ("'t", "’t", "'s", "’s", "d'", "d’")


def _is_particle(word: str) -> bool:
    return word.casefold() in PARTICLES or word[0] in "'’" or word in OTHER_PARTICLES


def _ends_in_particle(word: str) -> bool:
    """``Rijpma-de`` or ``Voorhuis-``: the start of a double surname whose second part follows."""
    head, dash, tail = word.rpartition("-")
    return bool(dash) and bool(head) and (not tail or _is_particle(tail))


def surname(name: str, *, alone: bool = True) -> str:
    """The surname with its particles (``tussenvoegsels``), as the KNSB and press print it.

    The surname starts at the first word after the first one that is a particle (``de``,
    ``In``, ``'t``, ``ter``) or begins with a lowercase letter or an apostrophe; otherwise it
    is the last word, together with a first part joined by a hyphen (``Rijpma-de Jong``).
    With ``alone`` (the default) the first particle is capitalised, as a surname standing
    without a first name is written in the Netherlands; ``alone=False`` keeps the letters
    of ``name``.

    >>> surname("Thomas Krol"), surname("Dai Dai N'tab"), surname("Sanne In 't Hof")
    ('Krol', "N'tab", "In 't Hof")
    >>> surname("Ireen Wüst"), surname("Jorien ter Mors"), surname("Krol")
    ('Wüst', 'Ter Mors', 'Krol')
    >>> surname("Antoinette Rijpma-de Jong"), surname("Jenning de Boo", alone=False)
    ('Rijpma-de Jong', 'de Boo')
    """
    if not isinstance(name, str):
        raise SelectionError(f"{name!r} is not a name")
    words = name.split()
    if len(words) <= 1:
        return name.strip()
    start = len(words) - 1
    for i, word in enumerate(words[1:], start=1):
        if word[0].islower() or word[0] in "'’" or (i < len(words) - 1 and _is_particle(word)):
            start = i
            break
    while start > 1 and _ends_in_particle(words[start - 1]):
        start -= 1
    out = " ".join(words[start:])
    first = words[start]
    if alone and first[0].islower() and _is_particle(first) and first not in _KEEP_LOWER:
        out = out[0].upper() + out[1:]
    return out


def press_names(names: Iterable[str]) -> dict[str, str]:
    """Short names for ``names``; equal surnames get the first initial (``A. de Jong``),
    equal initials and surnames the whole name, and no two skaters are ever printed alike.

    A surname alone capitalises its first particle (``De Boo``); after an initial the
    particle keeps the letter of the full name (``A. de Jong``).

    >>> press_names(["Antoinette de Jong", "Michelle de Jong", "Femke Kok"])
    {'Antoinette de Jong': 'A. de Jong', 'Michelle de Jong': 'M. de Jong', 'Femke Kok': 'Kok'}
    """
    unique = list(dict.fromkeys(names))
    for n in unique:
        if not isinstance(n, str) or not n.strip():
            raise SelectionError(f"{n!r} is not a name")
    surnames = {n: surname(n) for n in unique}
    counts: dict[str, int] = {}
    initials: dict[tuple[str, str], int] = {}  # (initial, surname) -> how many (one pass)
    for n, short in surnames.items():
        counts[short] = counts.get(short, 0) + 1
        key = (n.strip()[0], short)
        initials[key] = initials.get(key, 0) + 1
    out: dict[str, str] = {}
    for n in unique:
        short = surnames[n]
        if counts[short] > 1 and short != n.strip():
            short = f"{n.strip()[0]}. {surname(n, alone=False)}"
            if initials[(n.strip()[0], surnames[n])] > 1:
                short = n
        out[n] = short
    # a short name may still equal another skater's (a whole name that is someone else's
    # surname: "'t 't" and "Ann 't 't"): those skaters are printed by their whole names,
    # which differ, until no two are printed alike
    while True:
        printed: dict[str, list[str]] = {}
        for n, short in out.items():
            printed.setdefault(short, []).append(n)
        clashes = [n for group in printed.values() if len(group) > 1 for n in group]
        moved = [n for n in clashes if out[n] != n]
        if not moved:
            return out
        for n in moved:
            out[n] = n
