"""``--watch``: the polling loop of skatecalc.cli.watch, without real waiting.

``sleep`` is replaced by a function that changes the files (as the timing system would)
or raises KeyboardInterrupt (Ctrl-C); ``clock`` is fixed, so every output is exact.
"""

from __future__ import annotations

import datetime
import io
import itertools
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skatecalc.cli.listing import load_worldcup
from skatecalc.cli.watch import CLEAR, snapshot, watch
from skatecalc.errors import FileFormatError

from .conftest import ROOT
from .helpers import run_cli

SLC = ROOT / "tests/data/seed/listings/wc2025-26-1-salt-lake-city.txt"
SEED = ROOT / "tests/data/seed"
AT = datetime.datetime(2025, 11, 14, 20, 15, 7)


def clock() -> datetime.datetime:
    return AT


class Steps:
    """A ``sleep`` that runs one step per call (changing files, or raising)."""

    def __init__(self, *steps: Callable[[], object]) -> None:
        self.steps = list(steps)
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        if self.steps:
            self.steps.pop(0)()


def nothing() -> None:
    pass


def write(path: Path, text: str, mtime: int) -> Callable[[], None]:
    """A step writing ``text`` with a distinct time of change (ns), as a new write does."""

    def step() -> None:
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(mtime, mtime))

    return step


def run(
    render: Callable[[], str],
    paths: Sequence[str | Path],
    sleep: Callable[[float], object],
    *,
    terminal: bool = False,
    max_cycles: int | None = None,
    stamp: Callable[[Sequence[str | Path]], object] | None = None,
    lines: bool = False,
) -> tuple[int, str, str]:
    """`watch` with the steps of ``sleep``; ``lines``: a file ending inside a line is
    waited for (as a command does), else the toy files of these tests count as ended."""
    out, err = io.StringIO(), io.StringIO()
    kwargs: dict[str, object] = {} if stamp is None else {"stamp": stamp}
    if not lines:
        kwargs["ended"] = lambda paths: True
    status = watch(
        render,
        paths,
        out=out,
        err=err,
        terminal=terminal,
        sleep=sleep,
        clock=clock,
        max_cycles=max_cycles,
        **kwargs,  # type: ignore[arg-type]
    )
    return status, out.getvalue(), err.getvalue()


def reader(path: Path) -> Callable[[], str]:
    return lambda: path.read_text(encoding="utf-8")


# --- change detection -------------------------------------------------------------------


def test_prints_once_then_again_only_after_a_change(tmp_path: Path) -> None:
    f = tmp_path / "results.txt"
    write(f, "one", 1_000_000_000)()
    sleep = Steps(nothing, nothing, write(f, "two", 2_000_000_000), nothing)
    status, out, err = run(reader(f), [f], sleep, max_cycles=4)
    assert status == 0
    assert out == "one\n--- updated 20:15:07 ---\ntwo\n"
    assert err == ""
    assert sleep.calls == [0.5] * 4  # polls every half second


def test_same_size_rewrite_is_seen_by_its_time_of_change(tmp_path: Path) -> None:
    f = tmp_path / "results.txt"
    write(f, "abc", 1_000_000_000)()
    sleep = Steps(write(f, "xyz", 1_000_000_001))
    assert run(reader(f), [f], sleep, max_cycles=1)[1] == "abc\n--- updated 20:15:07 ---\nxyz\n"


def test_file_replaced_by_rename_is_a_change(tmp_path: Path) -> None:
    f, new = tmp_path / "results.txt", tmp_path / "new.txt"
    write(f, "abc", 1_000_000_000)()
    write(new, "xyz", 1_000_000_000)()  # same size, same time: only the identity differs
    sleep = Steps(lambda: os.replace(new, f))
    assert run(reader(f), [f], sleep, max_cycles=1)[1].endswith("\nxyz\n")


def test_a_change_in_any_of_several_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    write(a, "a1", 1_000_000_000)()
    write(b, "b1", 1_000_000_000)()

    def render() -> str:
        return a.read_text() + " " + b.read_text()

    sleep = Steps(write(b, "b2", 2_000_000_000), nothing, write(a, "a2", 3_000_000_000))
    out = run(render, [a, b], sleep, max_cycles=3)[1]
    assert [line for line in out.splitlines() if not line.startswith("---")] == [
        "a1 b1",
        "a1 b2",
        "a2 b2",
    ]


@given(st.lists(st.integers(0, 3), min_size=1, max_size=30))
def test_renders_once_plus_once_per_change(stamps: list[int]) -> None:
    """Invariant: render runs at the start and after every poll whose stamp differs from
    the previous poll's; every run's output is printed, in order."""
    seen = iter(stamps)
    count = 0

    def render() -> str:
        nonlocal count
        count += 1
        return f"render {count}"

    status, out, _ = run(
        render,
        ["x"],
        Steps(),
        max_cycles=len(stamps) - 1,
        stamp=lambda paths: (next(seen),),
    )
    changes = sum(1 for a, b in itertools.pairwise(stamps) if a != b)
    assert status == 0
    assert count == 1 + changes
    printed = [line for line in out.splitlines() if not line.startswith("---")]
    assert printed == [f"render {k}" for k in range(1, count + 1)]
    assert out.count("--- updated") == changes


_OUTPUTS = {  # three different outputs of a command in each format
    "text": ["a", "b", "c"],
    "json": ["[]", '[{"x": 1}]', '[{"x": 2}]'],
    "csv": ["x\r\n1\r\n", "x\r\n2\r\n", "x\r\n3\r\n"],
}


@given(st.lists(st.integers(0, 2), min_size=1, max_size=20), st.sampled_from(sorted(_OUTPUTS)))
def test_prints_each_output_unless_it_equals_the_last_printed(picks: list[int], fmt: str) -> None:
    """Invariant: every file change renders; an output is printed exactly when it differs
    from the last one printed (a file saved again with the same results prints nothing),
    in every format."""
    outputs = [_OUTPUTS[fmt][k] for k in picks]
    texts = iter(outputs)
    stamps = iter(range(len(outputs)))
    out = io.StringIO()
    watch(
        lambda: next(texts),
        ["x"],
        out=out,
        err=io.StringIO(),
        terminal=False,
        sleep=Steps(),
        clock=clock,
        max_cycles=len(outputs) - 1,
        stamp=lambda paths: (next(stamps),),
        fmt=fmt,
    )
    kept = [k for i, k in enumerate(picks) if i == 0 or k != picks[i - 1]]
    lines = out.getvalue().splitlines()
    if fmt == "text":
        assert [x for x in lines if not x.startswith("---")] == [_OUTPUTS[fmt][k] for k in kept]
    elif fmt == "json":
        assert [json.loads(x)["rows"] for x in lines] == [
            json.loads(_OUTPUTS[fmt][k]) for k in kept
        ]
    else:  # the heading once, then one row per update
        assert lines == ["updated,x"] + [f"2025-11-14T20:15:07,{k + 1}" for k in kept]


def test_snapshot_of_missing_file_is_none(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    assert snapshot([f]) == (None,)
    f.write_text("x")
    size, _, _ = snapshot([f])[0] or (None, None, None)
    assert size == 1


# --- half-written files ------------------------------------------------------------------


def test_half_written_listing_is_read_once_its_line_is_ended(tmp_path: Path) -> None:
    """A file ending inside a line is being written: nothing is read until its writer ends
    the line; then the standings, with no waiting line in between."""
    full = SLC.read_text(encoding="utf-8")
    f = tmp_path / "wc1.txt"
    write(f, full[: full.index("Jordan Stolz") + 20], 1_000_000_000)()  # cut in a line

    def render() -> str:
        (_, cup), *_ = load_worldcup(
            [f], season="2025/26", distance=1000, gender="men", division="A"
        )
        return "\n".join(f"{s.rank} {s.name} {s.points}" for s in cup.standings()[:2])

    sleep = Steps(write(f, full, 2_000_000_000))
    status, out, err = run(render, [f], sleep, max_cycles=2, lines=True)
    assert status == 0
    assert out == "1 Jordan Stolz 60\n2 Damian Żurek 54\n"  # the first success: no separator
    assert err == ""


def test_a_line_left_unended_is_read_after_one_unchanged_look(tmp_path: Path) -> None:
    """A file whose writer stopped inside a line (or that never ends its last line) is
    read once it is unchanged for one look: the reader then says what it cannot read."""
    full = SLC.read_text(encoding="utf-8")
    f = tmp_path / "wc1.txt"
    write(f, full[: full.index("Jordan Stolz") + 20], 1_000_000_000)()

    def render() -> str:
        (_, cup), *_ = load_worldcup(
            [f], season="2025/26", distance=1000, gender="men", division="A"
        )
        return "\n".join(f"{s.rank} {s.name} {s.points}" for s in cup.standings()[:2])

    status, out, err = run(render, [f], Steps(nothing, nothing), max_cycles=2, lines=True)
    assert status == 0 and out == ""
    (message,) = err.splitlines()
    assert message.startswith("skatecalc: waiting: ")
    assert "(line 78 of wc1.txt)" in message  # the cut line, named
    assert message.endswith("(read again when wc1.txt changes)")


def test_a_time_cut_in_the_middle_never_shows_as_a_result(tmp_path: Path) -> None:
    """``1:12.4`` of ``1:12.45`` is a time too: while the last line is being written the
    table is not read, so the half time never becomes a result (issue: a watch once showed
    Kok champion on 1:12.4, 147.515 points, where 1:12.45 gives 147.540)."""
    from skatecalc.io.results import parse_results_csv

    head = "name,nation,500,1000,500,1000\nMiho Takagi,JPN,37.13,1:13.32,37.19,1:13.13\n"
    f = tmp_path / "r.csv"
    write(f, head + "Femke Kok,NED,37.07,1:14.35,37.07,1:12.4", 1_000_000_000)()

    def render() -> str:
        table = parse_results_csv(f.read_text(encoding="utf-8"), f.name).classify()
        return "\n".join(f"{e.rank} {e.name} {e.points}" for e in table)

    sleep = Steps(write(f, head + "Femke Kok,NED,37.07,1:14.35,37.07,1:12.45\n", 2_000_000_000))
    status, out, err = run(render, [f], sleep, max_cycles=2, lines=True)
    assert (status, err) == (0, "")
    assert out == "1 Femke Kok 147.540\n2 Miho Takagi 147.545\n"
    assert "147.515" not in out


def test_missing_file_for_a_moment(tmp_path: Path) -> None:
    f = tmp_path / "results.txt"
    write(f, "one", 1_000_000_000)()

    def render() -> str:
        if not f.exists():
            raise FileFormatError(f"cannot read {str(f.name)!r}: No such file or directory")
        return f.read_text()

    sleep = Steps(f.unlink, write(f, "two", 2_000_000_000))
    status, out, err = run(render, [f], sleep, max_cycles=2)
    assert (status, out) == (0, "one\n--- updated 20:15:07 ---\ntwo\n")
    assert err == (
        "skatecalc: waiting: cannot read 'results.txt': No such file or directory"
        " (read again when results.txt changes)\n"
    )


def test_os_error_and_bad_utf8_are_messages_too(tmp_path: Path) -> None:
    f = tmp_path / "results.txt"
    write(f, "one", 1_000_000_000)()
    f.write_bytes(b"\xff")

    def render() -> str:
        return f.read_text(encoding="utf-8")

    status, out, err = run(render, [f], Steps(), max_cycles=0)
    assert (status, out) == (0, "")
    assert err.startswith("skatecalc: waiting: 'utf-8' codec can't decode")
    assert run(reader(tmp_path / "gone.txt"), [tmp_path / "gone.txt"], Steps(), max_cycles=0)[
        2
    ].startswith("skatecalc: waiting: [Errno 2] No such file")


def test_message_with_line_breaks_and_escapes_stays_one_line(tmp_path: Path) -> None:
    def render() -> str:
        raise FileFormatError("bad line:\n'A\x1b[31mB'")

    _, _, err = run(render, [tmp_path / "x"], Steps(), max_cycles=0)
    assert err.count("\n") == 1
    assert "\x1b" not in err and "\\x1b" in err


def test_a_bug_is_not_swallowed(tmp_path: Path) -> None:
    def render() -> str:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        run(render, [tmp_path / "x"], Steps(), max_cycles=0)


def test_closed_pipe_is_left_to_the_caller(tmp_path: Path) -> None:
    def render() -> str:
        raise BrokenPipeError

    with pytest.raises(BrokenPipeError):
        run(render, [tmp_path / "x"], Steps(), max_cycles=0)


# --- terminal or pipe ---------------------------------------------------------------------


def test_terminal_clears_the_screen_for_every_update(tmp_path: Path) -> None:
    f = tmp_path / "results.txt"
    write(f, "one", 1_000_000_000)()
    sleep = Steps(write(f, "two", 2_000_000_000))
    _, out, _ = run(reader(f), [f], sleep, terminal=True, max_cycles=1)
    footer = "\n\n(updated 20:15:07; watching results.txt; Ctrl-C to stop)\n"
    assert out == f"{CLEAR}one{footer}{CLEAR}two{footer}"
    assert "---" not in out


def test_pipe_appends_with_a_separator_and_no_escape_codes(tmp_path: Path) -> None:
    f = tmp_path / "results.txt"
    write(f, "one\n", 1_000_000_000)()
    sleep = Steps(write(f, "two\n", 2_000_000_000), write(f, "three\n", 3_000_000_000))
    _, out, _ = run(reader(f), [f], sleep, max_cycles=2)
    assert out == "one\n--- updated 20:15:07 ---\ntwo\n--- updated 20:15:07 ---\nthree\n"
    assert "\x1b" not in out


def test_terminal_is_detected_from_the_output(tmp_path: Path) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    watch(lambda: "x", [tmp_path / "x"], out=tty, err=io.StringIO(), sleep=Steps(), max_cycles=0)
    assert tty.getvalue().startswith(CLEAR)
    pipe = io.StringIO()
    watch(lambda: "x", [tmp_path / "x"], out=pipe, err=io.StringIO(), sleep=Steps(), max_cycles=0)
    assert pipe.getvalue() == "x\n"


# --- Ctrl-C --------------------------------------------------------------------------------


def ctrl_c() -> None:
    raise KeyboardInterrupt


def test_ctrl_c_while_waiting_ends_with_status_0(tmp_path: Path) -> None:
    f = tmp_path / "results.txt"
    write(f, "one", 1_000_000_000)()
    sleep = Steps(nothing, nothing, ctrl_c, nothing)
    status, out, err = run(reader(f), [f], sleep)  # no max_cycles: only Ctrl-C ends it
    assert (status, out, err) == (0, "one\n", "")
    assert len(sleep.calls) == 3


def test_ctrl_c_while_reading_ends_with_status_0(tmp_path: Path) -> None:
    def render() -> str:
        raise KeyboardInterrupt

    assert run(render, [tmp_path / "x"], Steps()) == (0, "", "")


# --- the commands with --watch ----------------------------------------------------------------


@pytest.fixture
def fast_watch(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make ``--watch`` run the given sleep steps and stop after them, at a fixed clock."""
    import skatecalc.cli.watch as module

    real = module.watch

    def install(*steps: Callable[[], object]) -> None:
        def fake(render: Callable[[], str], paths: Sequence[str | Path], **kw: str) -> int:
            return real(
                render, paths, sleep=Steps(*steps), clock=clock, max_cycles=len(steps), **kw
            )

        monkeypatch.setattr(module, "watch", fake)

    return install


def test_worldcup_standings_watch_half_written_then_complete(
    tmp_path: Path, fast_watch: Callable[..., None]
) -> None:
    full = SLC.read_text(encoding="utf-8")
    f = tmp_path / "wc1.txt"
    write(f, full[: full.index("Jordan Stolz") + 20], 1_000_000_000)()
    fast_watch(nothing, write(f, full, 2_000_000_000), nothing)
    command = f"skatecalc worldcup standings {f} --distance 1000 --gender men --division A"
    status, out, err = run_cli(command + " --watch")
    assert status == 0
    # a pipe: the first success, no separator before it; under --watch the World Cup
    # standings show what the last race changed (--changes)
    assert out == run_cli(command + " --changes")[1]
    assert err.startswith("skatecalc: waiting: the line ends before the TIME column")
    assert err.count("\n") == 1


def test_standings_watch_appends_each_update(
    tmp_path: Path, fast_watch: Callable[..., None]
) -> None:
    f = tmp_path / "results.csv"
    write(f, "name,500\nAnn,37.07\n", 1_000_000_000)()
    fast_watch(write(f, "name,500\nAnn,37.07\nBea,36.99\n", 2_000_000_000))
    status, out, err = run_cli(f"skatecalc standings {f} --combination sprint --watch")
    assert (status, err) == (0, "")
    first, second = out.split("--- updated 20:15:07 ---\n")
    assert "Ann" in first and "Bea" not in first
    assert second.splitlines()[2].startswith("1  Bea")


def test_need_and_board_watch(tmp_path: Path, fast_watch: Callable[..., None]) -> None:
    f = tmp_path / "results.csv"
    write(f, "name,500\nAnn,37.07\nBea,36.99\n", 1_000_000_000)()
    fast_watch()
    status, out, _ = run_cli(f"skatecalc need {f} Ann --beat Bea --combination sprint --watch")
    assert status == 0 and out.startswith("Ann ")
    status, out, _ = run_cli(f"skatecalc board {f} --combination sprint --watch")
    assert status == 0 and "time to beat" in out


def test_watch_refuses_example_and_standard_input() -> None:
    for command in (
        "skatecalc standings --example wsc2024-women --watch",
        "skatecalc standings - --watch",
        "skatecalc worldcup standings wc2025-26-2-calgary --distance 500 --watch",
    ):
        status, out, err = run_cli(command)
        assert (status, out) == (2, ""), command
        assert "--watch follows files" in err


def test_watch_ctrl_c_from_the_command_line(
    tmp_path: Path, fast_watch: Callable[..., None]
) -> None:
    f = tmp_path / "results.csv"
    write(f, "name,500\nAnn,37.07\n", 1_000_000_000)()
    fast_watch(ctrl_c)
    status, out, err = run_cli(f"skatecalc standings {f} --combination sprint --watch")
    assert status == 0 and err == "" and "Ann" in out
    assert "Traceback" not in err


def test_listing_half_written_time_waits_then_reads(tmp_path: Path) -> None:
    # the timing system still writing the last time: '... CAN   3:56.5' of '3:56.53'
    full = SLC.read_text(encoding="utf-8")
    f = tmp_path / "wc1.txt"
    half = full[: full.index("3:56.53") + len("3:56.5")]
    write(f, half, 1_000_000_000)()

    def render() -> str:
        (_, cup), *_ = load_worldcup(
            [f], season="2025/26", distance=3000, gender="women", division="A"
        )
        return "\n".join(f"{s.rank} {s.name} {s.points}" for s in cup.standings()[:2])

    sleep = Steps(write(f, full, 2_000_000_000))
    status, out, err = run(render, [f], sleep, max_cycles=2)
    assert status == 0
    assert out == "1 Joy Beune 60\n2 Valerie Maltais 54\n"  # never 3:56.50 read as final
    (message,) = err.splitlines()
    assert message.startswith("skatecalc: waiting: ")
    assert "'3:56.5' on the last line has no hundredths" in message and "truncated" in message


# --- race day: a file written pair by pair ---------------------------------------------------

INZELL_HEAD = "name,nation,500,1000,500,1000\n"
# World Sprint 2024, Inzell, women: the first three distances as published; the times on
# the final 1000 m are what-if times (those of docs/required-time.md), not the results
INZELL = {
    "Miho Takagi": "Miho Takagi,JPN,37.13,1:13.32,37.19,",
    "Femke Kok": "Femke Kok,NED,37.07,1:14.35,37.07,",
    "Jutta Leerdam": "Jutta Leerdam,NED,37.41,1:13.71,37.57,",
}


def inzell(**last: str) -> str:
    """The results file with the final 1000 m times given so far."""
    return INZELL_HEAD + "".join(
        line + last.get(name.split()[1], "") + "\n" for name, line in INZELL.items()
    )


PAIRS = [
    inzell(),  # before the last 1000 m
    inzell(Takagi="1:13.13"),  # pair 1
    inzell(Takagi="1:13.13"),  # saved again, unchanged
    inzell(Takagi="1:13.13", Kok="1:12."),  # being written: a time cut off
    inzell(Takagi="1:13.13", Kok="1:12.45"),  # pair 2
    inzell(Takagi="1:13.13", Kok="1:12.45", Leerdam="1:13.00"),  # pair 3: final
    inzell(Takagi="1:13.13", Kok="1:12.45", Leerdam="1:13.00"),  # saved again
]


def _states(tmp_path: Path, command: str) -> list[str]:
    """What ``command`` prints (without --watch) for each distinct readable state."""
    outputs = []
    for i, text in enumerate(PAIRS):
        f = tmp_path / f"state{i}.csv"
        f.write_text(text, encoding="utf-8")
        status, out, _ = run_cli(command.format(file=f))
        if status == 0 and (not outputs or out != outputs[-1]):
            outputs.append(out)
    return outputs


def _pair_by_pair(tmp_path: Path, fast_watch: Callable[..., None]) -> Path:
    f = tmp_path / "results.csv"
    write(f, PAIRS[0], 1_000_000_000)()
    fast_watch(*(write(f, text, (i + 2) * 1_000_000_000) for i, text in enumerate(PAIRS[1:])))
    return f


def test_sprint_file_written_pair_by_pair_prints_every_state_once(
    tmp_path: Path, fast_watch: Callable[..., None]
) -> None:
    states = _states(tmp_path, "skatecalc standings {file}")
    assert [s.splitlines()[0] for s in states] == [
        "Sprint: standings after 3 of 4 distances",
        "Sprint: provisional, 1000 m (2) in progress: 1 of 3 finished",
        "Sprint: provisional, 1000 m (2) in progress: 2 of 3 finished",
        "Sprint: standings after 4 of 4 distances",
    ]
    assert "1  Femke Kok      NED    37.07   1:14.35    37.07  1:12.45 (1)  147.540" in states[2]
    assert "   Jutta Leerdam  NED    37.41   1:13.71    37.57" in states[2]
    f = _pair_by_pair(tmp_path, fast_watch)
    status, out, err = run_cli(f"skatecalc standings {f} --watch")
    assert status == 0
    # a pipe: each state once, after a separator; nothing for the unchanged saves
    assert out == "--- updated 20:15:07 ---\n".join(states)
    (waiting,) = err.splitlines()  # the time being written: one line, the table kept
    assert waiting.startswith("skatecalc: waiting: '1:12.' is not a race time")
    assert waiting.endswith("(read again when results.csv changes)")


def test_sprint_pair_by_pair_as_json_lines(tmp_path: Path, fast_watch: Callable[..., None]) -> None:
    import json

    states = _states(tmp_path, "skatecalc standings {file} --format json")
    f = _pair_by_pair(tmp_path, fast_watch)
    status, out, err = run_cli(f"skatecalc standings {f} --watch --format json")
    assert status == 0 and err.count("waiting") == 1
    lines = out.splitlines()
    assert len(lines) == len(states) == 4  # one document per state, none when unchanged
    for line, state in zip(lines, states, strict=True):
        document = json.loads(line)
        assert list(document) == ["updated", "schema", "rows"]
        assert document["updated"] == "2025-11-14T20:15:07"
        assert document["schema"] == 1
        assert document["rows"] == json.loads(state)
    provisional = json.loads(lines[2])["rows"]
    assert [(r["rank"], r["name"], r["points"], r["state"]) for r in provisional] == [
        (1, "Femke Kok", "147.540", "finished"),
        (2, "Miho Takagi", "147.545", "finished"),
        (None, "Jutta Leerdam", None, "to skate"),
    ]
    assert (provisional[2]["before_points"], provisional[2]["lead"]) == ("111.835", "1:11.40")


def test_sprint_pair_by_pair_as_csv_with_an_updated_column(
    tmp_path: Path, fast_watch: Callable[..., None]
) -> None:
    import csv

    states = _states(tmp_path, "skatecalc standings {file} --format csv")
    f = _pair_by_pair(tmp_path, fast_watch)
    status, out, err = run_cli(f"skatecalc standings {f} --watch --format csv")
    assert status == 0 and err.count("waiting") == 1
    records = list(csv.reader(io.StringIO(out, newline="")))
    expected: list[list[str]] = []
    heading: list[str] | None = None
    for state in states:
        first, *rows = list(csv.reader(io.StringIO(state, newline="")))
        if first != heading:  # the heading once, again only when the columns change
            expected.append(["updated", *first])
            heading = first
        expected += [["2025-11-14T20:15:07", *row] for row in rows]
    assert records == expected
    # after 3, provisional (twice: one heading), final: three headings
    assert sum(r[0] == "updated" for r in records) == 3


def test_board_and_need_watch_keep_the_final_classification(
    tmp_path: Path, fast_watch: Callable[..., None]
) -> None:
    f = _pair_by_pair(tmp_path, fast_watch)
    status, out, err = run_cli(f"skatecalc board {f} --watch")
    assert status == 0 and err.count("waiting") == 1
    updates = out.split("--- updated 20:15:07 ---\n")
    assert [u.splitlines()[1] for u in updates] == [
        "nobody has finished yet",
        "finished: 1; leader Miho Takagi 147.545",
        "finished: 2; leader Femke Kok 147.540",
        "Sprint: standings after 4 of 4 distances",
    ]
    assert updates[-1].startswith("the classification is final: all 4 distances of the Sprint")
    fast_watch(*(write(f, text, (i + 20) * 1_000_000_000) for i, text in enumerate(PAIRS[5:])))
    status, out, err = run_cli(f"skatecalc need {f} 'Femke Kok' --beat 'Miho Takagi' --watch")
    assert (status, err) == (0, "")
    assert out.startswith("the classification is final") and "updated" not in out


def test_watch_prints_nothing_when_the_output_did_not_change(tmp_path: Path) -> None:
    f = tmp_path / "results.txt"
    write(f, "one", 1_000_000_000)()
    sleep = Steps(write(f, "one", 2_000_000_000), write(f, "two", 3_000_000_000))
    assert run(reader(f), [f], sleep, max_cycles=2)[1] == "one\n--- updated 20:15:07 ---\ntwo\n"
    write(f, "one", 1_000_000_000)()
    sleep = Steps(write(f, "one", 2_000_000_000), write(f, "two", 3_000_000_000))
    status, out, _ = run(reader(f), [f], sleep, terminal=True, max_cycles=2)
    assert status == 0 and out.count(CLEAR) == 2


def test_need_under_watch_prints_an_impossible_goal_as_its_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the goal becomes impossible (or is reached whatever the time), ``need --watch``
    prints that as its new answer: the last requirement is never left on screen behind a
    waiting line."""
    import skatecalc.cli.watch as watching
    from skatecalc.cli import main

    f = tmp_path / "n.csv"
    f.write_text(
        "name,500,1000,500,1000\nA,37.00,1:14.00,37.00,0:01.00\nSlow,38.00,1:15.00,38.00,\n",
        encoding="utf-8",
    )
    shown: list[str] = []

    def once(render: Callable[[], str], paths: Sequence[str | Path], **options: object) -> int:
        shown.append(render())
        return 0

    monkeypatch.setattr(watching, "watch", once)
    for fmt, expected in [
        ("text", "impossible: no positive time gets 'Slow' ahead of A on the 1000 m"),
        ("json", '[{"answer": "impossible: no positive time gets'),
    ]:
        shown.clear()
        with pytest.raises(SystemExit) as done:
            main(["need", str(f), "Slow", "--beat", "A", "--watch", "--format", fmt])
        assert done.value.code == 0
        assert shown[0].startswith(expected)


def test_a_rewrite_in_place_caught_between_two_rows_never_shows(tmp_path: Path) -> None:
    """A file rewritten in place can be read after its first rows: shorter than when it was
    last read, it is read at the next look, and shown only if still so (a row deleted on
    purpose is shown then)."""
    head = "name,nation,500,1000,500,1000\n"
    rows = [
        "Miho Takagi,JPN,37.13,1:13.32,37.19,1:13.13\n",
        "Femke Kok,NED,37.07,1:14.35,37.07,1:12.45\n",
        "Jutta Leerdam,NED,37.41,1:13.71,37.57,\n",
    ]
    f = tmp_path / "r.csv"
    write(f, head + "".join(rows), 1_000_000_000)()

    def render() -> str:
        return "\n".join(
            line.split(",")[0] for line in f.read_text(encoding="utf-8").splitlines()[1:]
        )

    caught = Steps(
        write(f, head + rows[0], 2_000_000_000),  # truncated and the first row written
        write(f, head + "".join(rows), 3_000_000_000),  # the rest written at the next look
    )
    status, out, _ = run(render, [f], caught, max_cycles=2, lines=True)
    assert status == 0 and out == "Miho Takagi\nFemke Kok\nJutta Leerdam\n"  # never 1 row
    deleted = Steps(write(f, head + rows[0] + rows[1], 4_000_000_000), nothing)
    status, out, _ = run(render, [f], deleted, max_cycles=2, lines=True)
    assert out.split(" ---\n")[-1] == "Miho Takagi\nFemke Kok\n"  # after one look


@pytest.mark.parametrize("option", ["--interval", "--timeout"])
def test_zero_seconds_is_refused_and_the_message_says_more_than_0(option: str) -> None:
    """0 is refused: the message must not offer it ("0 to 600")."""
    command = (
        "skatecalc fetch isu:2026_USA_0002/4 --offline --timeout 0"
        if option == "--timeout"
        else "skatecalc standings x.csv --watch --interval 0"
    )
    status, out, err = run_cli(command)
    assert (status, out) == (2, "")
    assert "0 to 600" not in err
    assert f"argument {option}: '0' is not a number of seconds (more than 0, at most 600" in err


def test_the_outlooks_watch(tmp_path: Path, fast_watch: Callable[..., None]) -> None:
    """worldcup outlook and olympic outlook follow their files too (olympic outlook is
    what a selector watches while the OKT runs)."""
    wc = tmp_path / "wc1.txt"
    write(wc, SLC.read_text(encoding="utf-8"), 1_000_000_000)()
    okt = tmp_path / "okt.toml"
    write(okt, (SEED / "okt2021.toml").read_text(encoding="utf-8"), 1_000_000_000)()
    for command in (
        f"skatecalc worldcup outlook {wc} --distance 500 --gender men --division A --remaining 4",
        f"skatecalc olympic outlook {okt} --order NED-2022-men",
    ):
        fast_watch()
        status, out, err = run_cli(command + " --watch")
        assert status == 0, err
        assert (out, err) == run_cli(command)[1:], command
