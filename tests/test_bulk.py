"""Bulk re-scoring (skatecalc.bulk): the fast paths equal the reference definitions."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import skatecalc as sc
from skatecalc.bulk import Total, points_many, totals
from skatecalc.notation import name_key, variant_key
from skatecalc.samalog import Rounding

from .strategies import ISU_DISTANCES, distances, names, race_times, roundings

NOTATIONS = ("en", "nl")


@st.composite
def time_texts(draw: st.DrawFn) -> str:
    """A race time as text, in ISU or Dutch notation, or as plain seconds."""
    t = draw(race_times(max_thousandths=2 * 3600 * 1000))
    kind = draw(st.sampled_from(("en", "nl", "seconds", "padded")))
    if kind == "seconds":
        p = t.precision
        return f"{t.thousandths // 1000}.{(t.thousandths % 1000) // 10 ** (3 - p):0{p}d}"
    text = t.format("en" if kind == "padded" else kind)
    return f"  {text} " if kind == "padded" else text


def reference(value: object, distance: int, rounding: Rounding) -> Decimal | None:
    """points() of a time; a status or None gives None (the documented difference)."""
    if value is None or isinstance(value, sc.Status):
        return None
    if isinstance(value, str) and value.strip().isalpha():
        sc.Status.parse(value)
        return None
    return sc.points(value, distance, rounding=rounding)  # type: ignore[arg-type]


entries = st.one_of(
    time_texts(),
    race_times(),
    st.sampled_from(("DQ", "dnf", " DNS ", "wd", None, sc.Status.WDR)),
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal("86399"), places=3),
)


@given(st.lists(entries, max_size=30), distances(), roundings())
def test_points_many_equals_points(times: list[object], distance: int, rounding: Rounding) -> None:
    expected = [reference(t, distance, rounding) for t in times]
    assert points_many(times, distance, rounding=rounding) == expected  # type: ignore[arg-type]


@given(st.lists(time_texts(), max_size=30), st.integers(100, 20000))
def test_points_many_any_distance(times: list[str], distance: int) -> None:
    assert points_many(times, distance) == [sc.points(t, distance) for t in times]


@given(st.text(alphabet="0123456789:.,- ", max_size=12))
def test_points_many_refuses_what_points_refuses(text: str) -> None:
    try:
        expected: object = reference(text, 500, Rounding.TRUNCATE)
    except sc.SkatecalcError as exc:
        with pytest.raises(type(exc)) as caught:
            points_many(["37.00", text], 500)
        assert caught.value.message == exc.message
        assert caught.value.where == "item 1, counting from 0"
    else:
        assert points_many([text], 500) == [expected]


@pytest.mark.parametrize(
    "text", ["0.00", "0:00.00", "00.001", "1:60.00", "10000.00", "999:59.99", "1:05.009", "40.1"]
)
def test_points_many_edges_of_the_fast_pattern(text: str) -> None:
    try:
        expected = sc.points(text, 1000)
    except sc.SkatecalcError as exc:
        with pytest.raises(type(exc), match="counting from 0"):
            points_many([text], 1000)
    else:
        assert points_many([text], 1000) == [expected]


def test_points_many_takes_any_iterable_and_returns_a_list() -> None:
    def gen() -> Iterator[str]:
        yield from ("1:42.68", "1.46,38")

    assert points_many(gen(), 1500) == [Decimal("34.226"), Decimal("35.460")]
    assert points_many((), 500) == []


@pytest.mark.parametrize("bad", ["37.13", b"37.13", 37.13, None])
def test_points_many_refuses_a_single_value(bad: object) -> None:
    with pytest.raises(sc.SkatecalcError, match="iterable of times"):
        points_many(bad, 500)  # type: ignore[arg-type]


def test_points_many_refuses_nan_like_points() -> None:
    with pytest.raises(sc.InvalidTimeError, match=r"float.*item 1"):
        points_many(["37.00", float("nan")], 500)  # type: ignore[list-item]


def test_points_many_checks_distance_and_rounding() -> None:
    with pytest.raises(sc.InvalidDistanceError):
        points_many(["37.00"], 0)
    with pytest.raises(sc.SkatecalcError, match="Rounding"):
        points_many(["37.00"], 500, rounding="half-up")  # type: ignore[arg-type]


# --- totals -----------------------------------------------------------------------------------

COMBS = (sc.SPRINT, sc.ALLROUND_MEN, sc.ALLROUND_WOMEN, sc.MINI)


@st.composite
def fields(draw: st.DrawFn) -> tuple[sc.Combination, dict[str, list[str]]]:
    comb = draw(st.sampled_from(COMBS))
    who = draw(
        st.lists(
            names(),
            min_size=1,
            max_size=6,
            unique_by=variant_key,  # one spelling per skater
        )
    )
    return comb, {n: [draw(time_texts()).strip() for _ in comb.distances] for n in who}


@given(fields(), roundings(), st.randoms(use_true_random=False))
def test_totals_equal_classify_for_complete_skaters(
    field: tuple[sc.Combination, dict[str, list[str]]], rounding: Rounding, rnd: object
) -> None:
    comb, results = field
    rows = [
        (name, "E", d, t)
        for name, times in results.items()
        for d, t in zip(comb.distances, times, strict=True)
    ]
    rnd.shuffle(rows)  # type: ignore[attr-defined]
    table = sc.classify(comb, results, after=len(comb.distances), rounding=rounding)
    got = {t.name: t for t in totals(rows, comb, rounding=rounding)}
    # names are shown after the identity rule (skatecalc.notation), as classify shows them
    assert set(got) == {name_key(n) for n in results} == set(table.names)
    for standing in table:
        total = got[standing.name]
        assert total.points == standing.points
        assert total.complete and total.skated == len(comb.distances) and total.status is None


def test_totals_keeps_events_apart_and_reads_dicts() -> None:
    rows = [
        {"name": "Femke Kok", "event": 2024, "distance": "500", "time": "37.07"},
        {"name": "Femke Kok", "championship": 2025, "distance": 500, "time": "37.00"},
        {"name": "Femke Kok", "event": 2024, "distance": 1000, "time": "1:14.35"},
    ]
    assert totals(rows, [500, 1000]) == [
        Total(2024, "Femke Kok", Decimal("74.245"), 2, True, None),
        Total(2025, "Femke Kok", Decimal("37.000"), 1, False, None),
    ]


def test_totals_refuses_a_name_spelt_two_ways_in_one_event() -> None:
    """Names match exactly, as classify() matches them: 'femke  kok' beside 'Femke Kok' in one
    event is refused, not merged (it once was, silently)."""
    rows = [
        ("Femke Kok", 2024, 500, "37.07"),
        ("Femke Kok", 2025, 500, "37.00"),
        ("femke  kok", 2024, 1000, "1:14.35"),
    ]
    with pytest.raises(sc.DuplicateError, match=r"'femke  kok'.*differs from 'Femke Kok'.*row 2"):
        totals(rows, [500, 1000])
    # the same spelling in another event is another entry, never a conflict
    assert [
        t.name for t in totals([rows[1], ("femke kok", 2024, 1000, "1:14.35")], [500, 1000])
    ] == [
        "Femke Kok",
        "femke kok",
    ]


def test_totals_status_and_missing() -> None:
    rows = [
        ("A", "E", 500, "37.00"),
        ("A", "E", 1000, "DQ"),
        ("A", "E", 500, "38.00"),
        ("B", "E", 500, None),  # entered, nothing skated: a Total of 0 points (as classify)
        ("C", "E", 500, "37.50"),
    ]
    assert totals(rows, "sprint") == [
        Total("E", "A", None, 2, False, sc.Status.DQ),
        Total("E", "B", Decimal("0.000"), 0, False, None),
        Total("E", "C", Decimal("37.500"), 1, False, None),
    ]


def test_totals_a_row_without_a_time_enters_the_skater() -> None:
    """A row whose time is None adds nothing, but its skater has a Total (one per skater and
    event, as classify lists a skater without results), in the order of the first row, and
    its spelling counts: a second spelling later in the event is refused."""
    rows = [
        ("B", "E", 500, None),
        ("A", "E", 500, "37.00"),
        ("B", "E", 1000, None),
        ("B", "E", 1000, "1:14.00"),
        ("C", "E", 500, None),
        ("C", "E", 500, None),  # no result: never a duplicate 500 m
        ("C", "E", 500, None),
    ]
    assert totals(rows, "sprint") == [
        Total("E", "B", Decimal("37.000"), 1, False, None),
        Total("E", "A", Decimal("37.000"), 1, False, None),
        Total("E", "C", Decimal("0.000"), 0, False, None),
    ]
    assert sc.classify("sprint", {"C": [None]})["C"].total_thousandths == 0
    with pytest.raises(sc.DuplicateError, match=r"'femke kok'.*'Femke Kok'.*\(row 1, counting"):
        totals([("Femke Kok", "E", 500, None), ("femke kok", "E", 1000, "1:14.00")], "sprint")


def test_totals_sprint_has_two_500s_but_not_three() -> None:
    rows = [("A", "E", 500, "37.00"), ("A", "E", 500, "37.10"), ("A", "E", 500, "37.20")]
    with pytest.raises(sc.DuplicateError, match=r"more 500 m results.*\(row 2, counting from 0\)"):
        totals(rows, sc.SPRINT)


def test_totals_duplicate_distance_in_allround() -> None:
    rows = [("A", "E", 5000, "6:10.00"), ("A", "E", 5000, "6:10.00")]
    with pytest.raises(sc.DuplicateError, match=r"\(once\).*row 1"):
        totals(rows, "allround-men")


@pytest.mark.parametrize(
    ("row", "error", "match"),
    [
        (("A", "E", 1500, "1:50.00"), sc.InvalidDistanceError, "1500 m is not a distance"),
        (("A", "E", "5oo", "37.00"), sc.InvalidDistanceError, "'5oo' is not a distance"),
        (("A", "E", True, "37.00"), sc.InvalidDistanceError, "is not a distance"),
        (("", "E", 500, "37.00"), sc.ResultsError, "not a skater's name"),
        (("A", None, 500, "37.00"), sc.ResultsError, "not an event key"),
        (("A", ["E"], 500, "37.00"), sc.ResultsError, "not an event key"),
        (("A", ("E", []), 500, "37.00"), sc.ResultsError, "not an event key"),
        ((["A"], "E", 500, "37.00"), sc.ResultsError, "not a skater's name"),
        (("A", "E", 500, "1:7x.10"), sc.InvalidTimeError, "not a race time"),
        (("A", "E", 500), sc.ResultsError, "is not a row"),
        ("A,E,500,37.00", sc.ResultsError, "is not a row"),
        ({"name": "A", "distance": 500, "time": "37.00"}, sc.ResultsError, "has no 'event'"),
    ],
)
def test_totals_bad_row_names_the_row(row: object, error: type[Exception], match: str) -> None:
    rows = [("Z", "E", 500, "37.00"), row]
    with pytest.raises(error, match=match) as caught:
        totals(rows, "sprint")  # type: ignore[arg-type]
    assert str(caught.value).endswith("(row 1, counting from 0)")


def test_totals_refuses_bad_arguments() -> None:
    with pytest.raises(sc.ResultsError, match="iterable"):
        totals("rows", "sprint")  # type: ignore[arg-type]
    with pytest.raises(sc.UnknownCombinationError):
        totals([], "sprnt")
    with pytest.raises(sc.InvalidRuleError):
        totals([], 500)  # type: ignore[arg-type]
    assert totals([], ISU_DISTANCES) == []


def test_totals_streams_a_generator() -> None:
    def rows() -> Iterator[tuple[str, str, int, str]]:
        for i in range(1000):
            yield (f"S{i % 10}", f"E{i // 20}", 500, "40.00")
            yield (f"S{i % 10}", f"E{i // 20}", 1000, "1:20.00")

    out = totals(rows(), [500, 1000, 500, 1000])
    assert len(out) == 50 * 10
    assert all(t.points == Decimal("160.000") and t.complete for t in out)


def test_totals_reads_a_named_tuple_by_its_field_names() -> None:
    """A named tuple is read by its names, not by position (it read 'event' as the name)."""
    nt2 = namedtuple("nt2", "event name distance time")
    assert totals([nt2("E", "A", 500, "37.00")], "sprint") == [
        Total("E", "A", Decimal("37.000"), 1, False, None)
    ]
    # pandas' itertuples() gives an Index first, then the columns
    nt3 = namedtuple("nt3", "Index championship time distance name")
    assert totals([nt3(0, "WC", "1:14.35", "1000", "Femke Kok")], [500, 1000]) == [
        Total("WC", "Femke Kok", Decimal("37.175"), 1, False, None)
    ]


def test_totals_reads_a_sqlite_row_by_its_column_names() -> None:
    import sqlite3

    db = sqlite3.connect(":memory:")
    try:
        db.row_factory = sqlite3.Row
        db.execute("CREATE TABLE results (event TEXT, name TEXT, distance INT, time TEXT)")
        db.executemany(
            "INSERT INTO results VALUES (?, ?, ?, ?)",
            [("WC 2024", "Femke Kok", 500, "37.07"), ("WC 2024", "Femke Kok", 1000, "1:14.35")],
        )
        got = totals(db.execute("SELECT * FROM results"), [500, 1000])
        assert got == [Total("WC 2024", "Femke Kok", Decimal("74.245"), 2, True, None)]
        query = "SELECT name AS skater, event, distance, time FROM results"
        with pytest.raises(sc.ResultsError, match=r"has no 'name'.*\(row 0, counting from 0\)"):
            totals(db.execute(query), [500, 1000])
    finally:
        db.close()


def test_totals_refuses_a_named_row_without_the_names() -> None:
    """A row with field names is never read by position: without the names it is refused,
    naming the row and its fields."""
    other = namedtuple("other", "skater event distance time")
    rows = [("A", "E", 500, "37.00"), other("B", "E", 500, "37.00")]
    with pytest.raises(sc.ResultsError, match=r"'skater'.*has no 'name'") as caught:
        totals(rows, "sprint")
    assert caught.value.where == "row 1, counting from 0"


MISSING_EVENTS = [None, float("nan"), Decimal("NaN")]


@pytest.mark.parametrize("event", MISSING_EVENTS, ids=repr)
def test_totals_refuses_a_missing_event(event: object) -> None:
    """None or NaN is no event: refused at its row (separate NaN objects once made one
    Total per row, a pandas NaN one Total under the event nan)."""
    fresh = float("nan") if isinstance(event, float) else event  # another NaN object
    rows = [("A", "E", 500, "37.00"), ("A", event, 500, "37.00"), ("A", fresh, 1000, "1:14.00")]
    with pytest.raises(sc.ResultsError, match=r"is not an event key: the event is missing"):
        totals(rows, "sprint")
    with pytest.raises(sc.ResultsError) as caught:
        totals(rows, "sprint")
    assert caught.value.where == "row 1, counting from 0"


def test_totals_refuses_numpy_and_pandas_missing_events() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    for event in (np.nan, np.float32("nan"), pd.NA, pd.NaT):
        with pytest.raises(sc.ResultsError, match=r"the event is missing.*\(row 0, counting"):
            totals([("A", event, 500, "37.00")], "sprint")


# --- the fast paths against the plain definitions (issue 20) ---------------------------------


def plain_totals(
    rows: list[tuple[str, object, object, object]], comb: sc.Combination, rounding: Rounding
) -> list[Total]:
    """`totals` written plainly: every row read in full, `points()` per time, one dict of
    lists per skater and event (what the fast path must equal, errors included)."""
    from skatecalc.notation import variant_key
    from skatecalc.time import parse_result

    limit = {d: comb.distances.count(d) for d in comb.distances}
    running: dict[tuple[object, str], dict[str, object]] = {}
    for index, (name, event, distance, time) in enumerate(rows):
        where = f"(row {index}, counting from 0)"
        d = int(distance)  # type: ignore[call-overload]  # digits or an int
        if d not in limit:
            raise sc.InvalidDistanceError(f"{d} m {where}")
        result = parse_result(time)  # type: ignore[arg-type]
        key = (event, variant_key(name))
        entry = running.setdefault(
            key,
            {
                "event": event,
                "name": name_key(name),
                "points": 0,
                "skated": 0,
                "status": None,
                "count": dict.fromkeys(limit, 0),
            },
        )
        if entry["name"] != name_key(name):
            raise sc.DuplicateError(f"spelling {where}")
        if result is None:  # no time: the skater is entered, nothing counts
            continue
        count: dict[int, int] = entry["count"]  # type: ignore[assignment]
        count[d] += 1
        if count[d] > limit[d]:
            raise sc.DuplicateError(f"more {d} m {where}")
        if isinstance(result, sc.Status):
            entry["status"] = entry["status"] or result
        else:
            entry["points"] += int(sc.points(result, d, rounding=rounding) * 1000)  # type: ignore[operator]
            entry["skated"] += 1  # type: ignore[operator]
    return [
        Total(
            e["event"],  # type: ignore[arg-type]
            e["name"],  # type: ignore[arg-type]
            None if e["status"] else Decimal(e["points"]).scaleb(-3),  # type: ignore[arg-type]
            e["skated"],  # type: ignore[arg-type]
            e["status"] is None and e["skated"] == len(comb.distances),
            e["status"],  # type: ignore[arg-type]
        )
        for e in running.values()
    ]


@st.composite
def databases(draw: st.DrawFn) -> tuple[sc.Combination, list[tuple[str, object, object, object]]]:
    """A results database, race by race: a few events and skaters (one spelled two ways at
    times), times with and without a thousandth, statuses, missing results, distances as
    numbers or digits, rows repeated or shuffled at times (a third 500 m is an error)."""
    comb = draw(st.sampled_from(COMBS))
    pool = ["Femke Kok", "Miho Takagi", "Jutta Leerdam", "Erin Jackson", "Ireen Wüst"]
    variants = {"Femke Kok": "femke kok", "Ireen Wüst": "Ireen Wust"}
    rows: list[tuple[str, object, object, object]] = []
    for event in range(draw(st.integers(1, 3))):
        field = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5, unique=True))
        for distance in comb.distances:
            for name in field:
                if draw(st.integers(0, 19)) == 0:
                    name = variants.get(name, name)  # a second spelling: refused
                value: object = draw(
                    st.one_of(
                        time_texts().map(str.strip),
                        st.sampled_from(("37.07", "37.070", "37.079", "1:14.35", "1:14.351")),
                        st.sampled_from(("DQ", "dnf", "DNS", "WDR", None)),
                    )
                )
                rows.append(
                    (name, f"E{event}", draw(st.sampled_from((distance, str(distance)))), value)
                )
    if rows and draw(st.booleans()):
        rows.append(draw(st.sampled_from(rows)))  # a row given twice
    if draw(st.booleans()):
        draw(st.randoms(use_true_random=False)).shuffle(rows)
    return comb, rows


@given(databases(), roundings())
def test_totals_fast_path_equals_the_plain_definition(
    database: tuple[sc.Combination, list[tuple[str, object, object, object]]],
    rounding: Rounding,
) -> None:
    """Totals, statuses, order and the refused rows (where and why) are those of the plain
    definition, whatever the cached strings, the packed running totals or the thousandths."""
    comb, rows = database
    try:
        expected: list[Total] | str = plain_totals(rows, comb, rounding)
    except sc.SkatecalcError as exc:
        expected = f"{type(exc).__name__} {str(exc).rsplit('(row', 1)[1]}"
    try:
        got: list[Total] | str = totals(rows, comb, rounding=rounding)  # type: ignore[arg-type]
    except sc.SkatecalcError as exc:
        got = f"{type(exc).__name__} {str(exc).rsplit('(row', 1)[1]}"
    assert got == expected
    if isinstance(got, list):
        assert [repr(t.points) for t in got] == [repr(t.points) for t in expected]  # type: ignore[union-attr]


def _fresh(text: object) -> object:
    """``text`` as a new string object (as ``csv.reader`` makes one per cell), else as is."""
    return "".join(list(text)) if isinstance(text, str) else text


@given(databases(), roundings())
def test_totals_of_csv_rows_equals_the_plain_definition(
    database: tuple[sc.Combination, list[tuple[str, object, object, object]]],
    rounding: Rounding,
) -> None:
    """Rows as ``csv.reader`` gives them (lists, the distance as digits, every cell a new
    string object, so no look-up can match by identity): the totals, statuses, order and
    refused rows of the plain definition."""
    comb, rows = database
    as_csv = [[_fresh(name), _fresh(event), str(d), _fresh(t)] for name, event, d, t in rows]
    try:
        expected: list[Total] | str = plain_totals(rows, comb, rounding)
    except sc.SkatecalcError as exc:
        expected = f"{type(exc).__name__} {str(exc).rsplit('(row', 1)[1]}"
    try:
        got: list[Total] | str = totals(as_csv, comb, rounding=rounding)  # type: ignore[arg-type]
    except sc.SkatecalcError as exc:
        got = f"{type(exc).__name__} {str(exc).rsplit('(row', 1)[1]}"
    assert got == expected


row_names = st.permutations(["name", "event", "distance", "time", "extra"])


@given(databases(), row_names, st.booleans())
def test_totals_of_named_rows_equal_dict_rows(
    database: tuple[sc.Combination, list[tuple[str, object, object, object]]],
    order: list[str],
    championship: bool,
) -> None:
    """Named tuples with their fields in any order (and one field more; ``championship`` for
    ``event``) give the totals and errors of the same rows as dicts and as plain tuples."""
    comb, rows = database
    names = [("championship" if championship and f == "event" else f) for f in order]
    named = namedtuple("named", names)  # type: ignore[misc]
    keys = ("name", "event", "distance", "time")
    dicts = [dict(zip(keys, row, strict=True)) for row in rows]
    as_named = [
        named(**{f: d.get(k, "x") for f, k in zip(names, order, strict=True)}) for d in dicts
    ]
    outcome = _outcome(lambda: totals(rows, comb))
    assert _outcome(lambda: totals(dicts, comb)) == outcome
    assert _outcome(lambda: totals(as_named, comb)) == outcome


def test_totals_with_equal_points_share_one_decimal() -> None:
    rows = [("A", "E", 500, "37.07"), ("B", "E", 500, "37.07"), ("C", "E", 500, "37.08")]
    a, b, c = totals(rows, "sprint")
    assert a.points == b.points == Decimal("37.070") and a.points is b.points  # immutable
    assert c.points == Decimal("37.080")


@pytest.mark.parametrize("enabled", [True, False])
def test_totals_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    """The cyclic collector is paused while the Totals are made, then restored as it was."""
    import gc

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(totals([("A", "E", 500, "37.07")], "sprint")) == 1
        assert gc.isenabled() is enabled
        with pytest.raises(sc.InvalidTimeError):
            totals([("A", "E", 500, "3x.07")], "sprint")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


@given(
    st.lists(
        st.one_of(
            st.sampled_from(("1:45.00", "1:45.009", "37.07", "DQ", "dns", None)),
            time_texts(),
        ),
        max_size=60,
    ),
    distances(),
    roundings(),
)
def test_points_many_cached_strings_equal_points(
    times: list[object], distance: int, rounding: Rounding
) -> None:
    """Strings repeated (read once, one Decimal shared) score as `points()` does, each."""
    expected = [reference(t, distance, rounding) for t in times]
    got = points_many(times * 3, distance, rounding=rounding)  # type: ignore[arg-type]
    assert got == expected * 3
    assert [repr(p) for p in got] == [repr(p) for p in expected * 3]


def test_points_many_of_many_distinct_strings_stops_remembering() -> None:
    """More distinct strings than the cache holds: every value still exact."""
    times = [f"{m}:{s:02d}.{t:03d}" for m in (1, 2) for s in range(60) for t in range(0, 1000, 7)]
    assert points_many(times, 1500) == [sc.points(t, 1500) for t in times]


# --- columns of pyarrow, polars and pandas (skatecalc.columnar; skipped without them) --------


def _outcome(run: Callable[[], object]) -> object:
    try:
        return run()
    except sc.SkatecalcError as exc:
        return (type(exc).__name__, str(exc))


def _column(library: str, values: list[str | None]) -> object:
    if library.startswith("pyarrow"):
        pa = pytest.importorskip("pyarrow")
        if library == "pyarrow-dictionary":
            return pa.array(values, type=pa.string()).dictionary_encode()
        if library == "pyarrow-string_view":
            return pa.array(values, type=pa.string_view())
        if library == "pyarrow-chunks":  # each chunk with its own dictionary, as Parquet's
            half = len(values) // 2
            return pa.chunked_array(
                [
                    pa.array(part, type=pa.string()).dictionary_encode()
                    for part in (values[:half], values[half:])
                ],
                type=pa.dictionary(pa.int32(), pa.string()),
            )
        return pa.array(values, type=pa.string())
    if library == "polars":
        pl = pytest.importorskip("polars")
        return pl.Series("time", values, dtype=pl.String)
    pd = pytest.importorskip("pandas")
    return pd.Series(values, dtype=object)


column_values = st.lists(
    st.one_of(
        time_texts().map(str.strip),
        st.sampled_from(("37.07", "37.079", "1:14.351", "DQ", "dnf", "1:7x.10", "DNQ", "")),
        st.none(),
    ),
    max_size=40,
)


COLUMNS = [
    "pyarrow",
    "pyarrow-dictionary",
    "pyarrow-string_view",
    "pyarrow-chunks",
    "polars",
    "pandas",
]


@pytest.mark.parametrize("library", COLUMNS)
@given(values=column_values, distance=distances(), rounding=roundings())
def test_points_many_of_a_column_equals_the_plain_path(
    library: str, values: list[str | None], distance: int, rounding: Rounding
) -> None:
    """A column of pyarrow, polars or pandas scores as the same values in a list: every
    value, every None, and the error (type, text and the row it names)."""
    column = _column(library, values)
    expected = _outcome(lambda: points_many(values, distance, rounding=rounding))
    got = _outcome(lambda: points_many(column, distance, rounding=rounding))  # type: ignore[arg-type]
    assert got == expected
    if isinstance(got, list):
        assert [repr(p) for p in got] == [repr(p) for p in expected]  # type: ignore[attr-defined]


def _table(rows: list[tuple[Any, ...]], library: str) -> object:
    """``rows`` (name, event, distance, time) as a table of ``library`` (skipped without it)."""
    data = dict(
        zip(("name", "event", "distance", "time"), map(list, zip(*rows, strict=True)), strict=True)
    )
    if library == "pyarrow":
        return pytest.importorskip("pyarrow").table(data)
    if library == "polars":
        return pytest.importorskip("polars").DataFrame(data)
    return pytest.importorskip("pandas").DataFrame(data)


@pytest.mark.parametrize("library", ["pyarrow", "polars", "pandas"])
def test_totals_of_a_table_equals_its_rows(library: str) -> None:
    rows = [
        ("Femke Kok", "WC 1", 500, "37.07"),
        ("Femke Kok", "WC 1", 1000, "1:14.35"),
        ("Miho Takagi", "WC 1", 500, "DQ"),
        ("Femke Kok", "WC 2", 500, "37.009"),
    ]
    table = _table(rows, library)
    assert totals(table, [500, 1000]) == totals(rows, [500, 1000])  # type: ignore[arg-type]


def test_points_many_of_a_pandas_column_with_decimal_37_and_int_37_refuses_the_int() -> None:
    """Decimal('37') and 37 are equal keys for pandas' factorize: such a column is read value
    by value, so the int is still refused (it would have shared the Decimal's points)."""
    pd = pytest.importorskip("pandas")
    with pytest.raises(sc.InvalidTimeError, match=r"37 is not a race time.*\(item 1,"):
        points_many(pd.Series([Decimal("37"), 37]), 500)


def test_points_many_of_a_parquet_column_read_as_a_dictionary() -> None:
    """Parquet's ``read_dictionary`` gives dictionary-encoded chunks: decoded and scored as
    text (it once failed: "<pyarrow.DictionaryScalar: '37.07'> is not a race time")."""
    import io

    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    values = ["37.07", None, "1:14.35", "37.07", "DQ"]
    buffer = io.BytesIO()
    pq.write_table(pa.table({"time": values}), buffer)
    buffer.seek(0)
    column = pq.read_table(buffer, read_dictionary=["time"]).column("time")
    assert pa.types.is_dictionary(column.type)
    assert points_many(column, 500) == points_many(values, 500)
    bad = pa.array(["37.07", "1:7x.10"]).dictionary_encode()
    with pytest.raises(sc.InvalidTimeError, match=r"'1:7x.10' is not a race time.*\(item 1,"):
        points_many(bad, 500)


def test_points_many_of_a_pyarrow_column_of_other_values_reads_them_as_python_values() -> None:
    """A pyarrow column of decimals or nulls scores as its Python values; one of numbers is
    refused as those numbers are (naming the value and the item), never as a pyarrow scalar."""
    pa = pytest.importorskip("pyarrow")
    decimals = [Decimal("37.07"), None, Decimal("74.35")]
    assert points_many(pa.array(decimals), 500) == points_many(decimals, 500)
    assert points_many(pa.array([None, None]), 500) == [None, None]
    with pytest.raises(sc.InvalidTimeError, match=r"^37 is not a race time.*\(item 0,"):
        points_many(pa.array([37]), 500)


@pytest.mark.parametrize("library", ["pyarrow", "polars", "pandas", "pandas-csv"])
def test_totals_of_a_table_refuses_a_missing_event_as_rows_do(library: str) -> None:
    """A missing event (a null; pandas' NaN, also from an empty CSV cell) is refused with
    the error of a row whose event is None, in every library (pandas once totalled the
    skater under the event nan)."""
    rows = [
        ("Femke Kok", "WC 1", 500, "37.07"),
        ("Femke Kok", None, 1000, "1:14.35"),
        ("Femke Kok", None, 500, "37.10"),
    ]
    if library != "pandas-csv":
        table = _table(rows, library)
    else:
        import io

        text = "name,event,distance,time\nFemke Kok,WC 1,500,37.07\nFemke Kok,,1000,1:14.35\n"
        table = pytest.importorskip("pandas").read_csv(io.StringIO(text), dtype={"time": str})
    expected = _outcome(lambda: totals(rows, [500, 1000]))
    assert expected == (
        "ResultsError",
        "None is not an event key: the event is missing (None, NaN or a null); give every"
        " row its event (row 1, counting from 0)",
    )
    assert _outcome(lambda: totals(table, [500, 1000])) == expected  # type: ignore[arg-type]


def test_a_missing_time_in_a_pandas_table_is_not_skated_as_in_the_others() -> None:
    """A CSV's empty time cell is NaN in pandas and a null in polars and pyarrow: each is a
    time not skated (the skater entered, the distance not counted), never an error in one
    library and a result in another."""
    import io

    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    text = "name,event,distance,time\nA,E,500,37.00\nA,E,1000,\nB,E,500,38.00\n"
    from_pandas = totals(pd.read_csv(io.StringIO(text), dtype={"time": object}), "sprint")
    from_polars = totals(
        pl.read_csv(io.StringIO(text), schema_overrides={"time": pl.String}), "sprint"
    )
    assert (
        from_pandas
        == from_polars
        == totals(
            [("A", "E", 500, "37.00"), ("A", "E", 1000, None), ("B", "E", 500, "38.00")], "sprint"
        )
    )
