"""Every command, every format (issue 9, part 3): --format text|json|csv|markdown and
--lang en|nl on every command; input from FILE, ``-`` or ``--example``; exit status 1 for
bad data and 2 for bad usage; ``skatecalc examples``; ``skatecalc olympic quota``; and the
lean command line (issue 10, part 4): a command imports only its own code.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from skatecalc.cli import main
from skatecalc.examples import EXAMPLES, example_text

#: One command line per command (every command group), each on a built-in example.
COMMANDS = {
    "standings": "standings --example wsc2024-women",
    "need": 'need --example wsc2024-women "Femke Kok" --beat "Miho Takagi" --opponent-time 1:13.13',
    "board": "board --example wsc2024-women",
    "worldcup-table": "worldcup table 2017/18",
    "worldcup-standings": "worldcup standings --example wc2017-18-men-500",
    "worldcup-outlook": "worldcup outlook --example wc2017-18-men-500 --after ERF2 --remaining 2",
    "olympic-order": "olympic order NED 2022 men",
    "olympic-select": "olympic select --example okt2021 --order NED-2022-men",
    "olympic-outlook": "olympic outlook --example okt2021-men-after-500 --order NED-2022-men",
    "olympic-quota": "olympic quota --games 2026",
    "examples": "examples",
}

FORMATS = ("text", "json", "csv", "markdown")


def run(command: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """``skatecalc COMMAND`` in-process: (status, stdout, stderr)."""
    import shlex

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(shlex.split(command))
            except SystemExit as exc:
                status = int(exc.code or 0)
    finally:
        sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_takes_every_format_and_language(name: str, fmt: str, lang: str) -> None:
    status, out, err = run(f"{COMMANDS[name]} --format {fmt} --lang {lang}")
    assert (status, err) == (0, ""), err
    assert out.strip()
    if fmt == "json":
        rows = json.loads(out)
        assert isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows)
        assert all(not isinstance(v, float) for r in rows for v in r.values())
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and list(rows[0]) == list(
            json.loads(run(f"{COMMANDS[name]} --format json")[1])[0]
        )
    elif fmt == "markdown":
        assert any(line.startswith("| ") for line in out.splitlines())
        assert any(set(line) <= set("|-: ") and "---" in line for line in out.splitlines())


@pytest.mark.parametrize("fmt", ["json", "csv"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_machine_output_is_iso_notation_whatever_the_language(name: str, fmt: str) -> None:
    assert run(f"{COMMANDS[name]} --format {fmt} --lang nl") == run(
        f"{COMMANDS[name]} --format {fmt}"
    )


def test_json_points_and_times_are_exact_strings() -> None:
    rows = json.loads(run("standings --example wsc2024-women --format json")[1])
    assert rows[0]["name"] == "Miho Takagi"
    assert rows[0]["rank"] == 1
    assert rows[0]["points"] == "110.980"
    assert rows[0]["1000 (1)"] == "1:13.32"
    assert rows[1]["gap"] == "0.67"
    assert rows[0]["gap"] is None


def test_markdown_in_dutch_uses_dutch_notation() -> None:
    out = run("standings --example wsc2024-women --format markdown --lang nl")[1]
    assert "| Naam " in out and "110,980" in out and "1.13,32" in out
    assert "110.980" not in out


def test_table_is_an_alias_of_text() -> None:
    assert run("standings --example wsc2024-women --format table") == run(
        "standings --example wsc2024-women"
    )


def test_a_longer_spelling_of_the_language_is_accepted() -> None:
    assert run("standings --example wsc2024-women --lang Dutch") == run(
        "standings --example wsc2024-women --lang nl"
    )


def test_csv_neutralises_formulas_in_names(tmp_path: Path) -> None:
    bad = tmp_path / "r.csv"
    bad.write_text("name,500\n=HYPERLINK(1),40.00\n", "utf-8")
    out = run(f"standings {bad} --format csv")[1]
    assert "'=HYPERLINK(1)" in out


# --- input: FILE, -, --example ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("example", "command"),
    [
        ("wsc2024-women", "standings {input}"),
        ("wsc2024-women", 'need {input} "Femke Kok" --beat "Miho Takagi"'),
        ("wsc2024-women", "board {input}"),
        ("wc2017-18-men-500", "worldcup standings {input} --season 2017/18"),
        ("wc2017-18-men-500", "worldcup outlook {input} --season 2017/18 --remaining 1"),
        ("okt2021", "olympic select {input} --order NED-2022-women"),
        ("okt2021-men-after-500", "olympic outlook {input} --order NED-2022-men"),
    ],
)
def test_standard_input_and_a_file_give_what_the_example_gives(
    example: str, command: str, tmp_path: Path
) -> None:
    text = example_text(EXAMPLES[example])
    expected = run(command.format(input=f"--example {example}"))
    assert expected[0] == 0, expected
    assert run(command.format(input="-"), stdin=text.encode("utf-8")) == expected
    path = tmp_path / Path(EXAMPLES[example].path).name
    path.write_text(text, "utf-8")
    assert run(command.format(input=str(path))) == expected


def test_results_as_json_on_standard_input() -> None:
    text = '{"combination": "sprint", "skaters": [{"name": "Femke Kok", "results": ["37.07"]}]}'
    status, out, _ = run("standings - --format csv", stdin=text.encode())
    assert status == 0
    assert out.splitlines()[1].startswith("1,Femke Kok,")


@pytest.mark.parametrize(
    "command",
    [
        "standings",
        "standings results.csv --example wsc2024-women",
        "worldcup standings",
        "olympic select --order NED-2022-men",
    ],
)
def test_file_and_example_together_or_neither_is_bad_usage(command: str) -> None:
    status, out, err = run(command)
    assert (status, out) == (2, "")
    assert err.startswith("skatecalc: error: give either FILE") and err.count("\n") == 1


@pytest.mark.parametrize(
    "command",
    [
        "standings --example nosuch",
        "standings --example okt2021",  # an example of another kind
        "standings --example wsc2024-women --lang de",
        "standings --example wsc2024-women --format xml",
        "olympic quota",
    ],
)
def test_bad_option_is_bad_usage(command: str) -> None:
    status, out, err = run(command)
    assert (status, out) == (2, "")
    assert "Traceback" not in err


def test_season_is_needed_without_an_example(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("race,distance,gender,name,place\nHVN1,500,men,Ann,1\n", "utf-8")
    status, _, err = run(f"worldcup standings {path}")
    assert status == 2 and "--season" in err


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00\x01binary", b"name,500\nA\xff,40.00\n", b"name,500\nA,1:75.00\n"],
    ids=["empty", "binary", "latin-1", "bad-time"],
)
def test_bad_standard_input_is_bad_data_in_one_line(data: bytes) -> None:
    status, out, err = run("standings -", stdin=data)
    assert (status, out) == (1, "")
    assert err.startswith("skatecalc: error: ") and err.count("\n") == 1
    assert "<stdin>" in err


# --- skatecalc examples -------------------------------------------------------------------------


def test_examples_lists_every_example_with_its_source() -> None:
    status, out, _ = run("examples --format json")
    rows = json.loads(out)
    assert status == 0
    assert {r["name"] for r in rows} == set(EXAMPLES)
    assert all(r["kind"] and r["what"] and r["source"] for r in rows)
    text = run("examples")[1]
    assert all(name in text for name in EXAMPLES)


def test_every_example_is_packaged_data() -> None:
    root = Path(__file__).resolve().parent.parent / "skatecalc" / "data"
    for example in EXAMPLES.values():
        assert (root / example.path).is_file(), example
        assert example_text(example).strip()


# --- skatecalc olympic quota ------------------------------------------------------------------

SOQC = textwrap.dedent(
    """\
    gender,event,name,noc,points,best
    women,500,A1,NED,180,37.50
    women,500,A2,NED,170,37.60
    women,500,A3,NED,160,37.40
    women,500,A4,NED,150,37.30
    women,500,B1,CAN,150,37.90
    """
)


def test_quota_allocation_from_a_soqc_file(tmp_path: Path) -> None:
    # Milano Cortina 2026, women's 500 m: 21 places by points, 7 by times, at most 3 per
    # NOC. Points ranking: A1 180, A2 170, A3 160, then A4 and B1 on 150 (A4 first: the
    # better time). A1-A3 take NED's 3 places; A4 is skipped (NED at its maximum), so B1
    # takes the 4th. The times ranking and the reserve list find only A4: skipped again.
    path = tmp_path / "soqc.csv"
    path.write_text(SOQC, "utf-8")
    status, out, err = run(f"olympic quota {path} --games 2026 --format json")
    assert (status, err) == (0, "")
    assert [(r["place"], r["noc"], r["name"], r["via"]) for r in json.loads(out)] == [
        (1, "NED", "A1", "points"),
        (2, "NED", "A2", "points"),
        (3, "NED", "A3", "points"),
        (4, "CAN", "B1", "points"),
    ]
    assert run("olympic quota - --games 2026 --format json", stdin=SOQC.encode())[1] == out
    text = run(f"olympic quota {path} --games 2026")[1]
    assert text.splitlines()[0] == (
        "women 500: 28 places (21 by points, 7 by times), at most 3 per NOC"
    )
    assert text.splitlines()[-1] == "athletes: women 4"


def test_quota_parameters_of_the_games() -> None:
    rows = json.loads(run("olympic quota --games 2022 --format json")[1])
    women_500 = next(r for r in rows if (r["gender"], r["event"]) == ("women", "500"))
    assert (women_500["size"], women_500["max_per_noc"]) == (30, 3)
    assert run("olympic quota --games 2018")[0] == 1


def test_quota_bad_row_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "soqc.csv"
    path.write_text(SOQC + "women,500,C1,GER,lots,38.00\n", "utf-8")
    status, out, err = run(f"olympic quota {path} --games 2026")
    assert (status, out) == (1, "")
    assert "'lots'" in err and "line 7 of soqc.csv" in err


# --- lean imports -------------------------------------------------------------------------------

_PROBE = """
import contextlib, io, json, sys
import skatecalc
baseline = set(sys.modules)
from skatecalc.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(json.dumps({"baseline": sorted(baseline), "after": sorted(sys.modules)}))
"""


def _modules(*argv: str) -> tuple[set[str], set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    data = json.loads(done.stdout)
    return set(data["baseline"]), set(data["after"])


def _entry_point_modules(flag: str) -> set[str]:
    """The skatecalc modules ``python -m skatecalc FLAG`` loads in a fresh interpreter (the
    whole start, not only what the command adds)."""
    probe = (
        "import runpy, sys\n"
        f"sys.argv = ['skatecalc', {flag!r}]\n"
        "try:\n"
        "    runpy.run_module('skatecalc', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('skatecalc'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(done.stdout.split("\n")[-2].split())


def _ours(modules: set[str]) -> set[str]:
    return {m for m in modules if m == "skatecalc" or m.startswith("skatecalc.")}


#: The command implementations and the layers below them: loaded only by the command that
#: runs (the parsers, the input/output layer and the stdlib-only helpers are not listed).
_IMPLEMENTATIONS = (
    "skatecalc.cli.championship",
    "skatecalc.cli.worldcup",
    "skatecalc.cli.olympic",
    "skatecalc.cli.listing",
    "skatecalc.io",
    "skatecalc.worldcup",
    "skatecalc.olympic",
)


def test_version_imports_no_command_code() -> None:
    baseline, after = _modules("--version")
    assert not {m for m in _ours(after - baseline) if m.startswith(_IMPLEMENTATIONS)}


def test_version_imports_no_world_cup_or_olympic_code() -> None:
    """Neither ``import skatecalc`` nor ``skatecalc --version`` loads World Cup or Olympic
    code (issue 10; this was an expected failure while ``import skatecalc`` did)."""
    _, after = _modules("--version")
    heavy = {m for m in after if m.startswith(("skatecalc.worldcup", "skatecalc.olympic"))}
    assert not heavy, sorted(heavy)


def test_the_command_line_entry_point_with_version_alone() -> None:
    """``python -m skatecalc --version`` in a fresh interpreter (the whole start, not only
    what the command adds): no command implementation, no World Cup or Olympic module, no
    renderer of a domain table."""
    loaded = _entry_point_modules("--version")
    assert "skatecalc" in loaded
    renderers = ("skatecalc.text.championship", "skatecalc.text.worldcup", "skatecalc.text.olympic")
    forbidden = (*_IMPLEMENTATIONS, *renderers, "skatecalc.championship")
    assert not {m for m in loaded if m.startswith(forbidden)}, sorted(loaded)


def test_a_championship_command_imports_no_other_command() -> None:
    baseline, after = _modules("standings", "--example", "wsc2024-women")
    loaded = _ours(after - baseline)
    assert "skatecalc.cli.championship" in loaded
    others = ("skatecalc.cli.worldcup", "skatecalc.cli.olympic")
    assert not {m for m in loaded if m.startswith(others)}


def test_a_championship_command_imports_no_world_cup_or_olympic_code() -> None:
    baseline, after = _modules("standings", "--example", "wsc2024-women")
    loaded = _ours(after - baseline)
    assert not {m for m in loaded if m.startswith(("skatecalc.worldcup", "skatecalc.olympic"))}


def test_standings_of_a_finished_table_import_no_board_or_tomllib() -> None:
    """``standings`` of a table whose distances are all skated loads neither the board nor
    the other required-time tables, nor tomllib (the catalogues are read without it) (start-up
    time)."""
    baseline, after = _modules("standings", "--example", "wsc2024-women")
    loaded = after - baseline
    targets = "skatecalc.championship.targets."
    assert {m for m in loaded if m.startswith(targets)} <= {f"{targets}race", f"{targets}inverse"}
    assert not {"tomllib", "skatecalc.text.targets", "skatecalc.cli.worldcup"} & loaded


def test_a_command_builds_its_own_grammar_only() -> None:
    """``standings`` parses its command line with its own parser alone: the other commands'
    grammar (``need``'s ``--beat``) is not built unless the command line is refused."""
    from skatecalc.cli import _parser_for, build_parser

    parser = _parser_for(["standings", "--example", "wsc2024-women"])
    choices = next(a for a in parser._actions if a.dest == "command").choices
    assert list(choices) == ["standings"]
    whole = next(a for a in build_parser()._actions if a.dest == "command").choices
    assert list(whole) == ["standings", "need", "board", "worldcup", "olympic", "examples", "fetch"]


def _actions(parser: Any, command: str) -> list[str]:
    commands = next(a for a in parser._actions if a.dest == "command").choices
    sub = commands[command]
    return list(next(a for a in sub._actions if a.dest.endswith("_command")).choices)


@pytest.mark.parametrize(
    ("given", "built"),
    [
        (["worldcup", "standings", "x.csv"], ["standings"]),
        (["worldcup", "table", "2017/18"], ["table"]),
        (["worldcup", "--help"], ["table", "standings", "outlook"]),
        (["worldcup", "standigs"], ["table", "standings", "outlook"]),
        (["worldcup"], ["table", "standings", "outlook"]),
        (["olympic", "quota", "--games", "2026"], ["quota"]),
        (["olympic", "-h"], ["order", "select", "outlook", "quota", "soqc"]),
    ],
)
def test_a_command_with_actions_builds_the_named_action_only(
    given: list[str], built: list[str]
) -> None:
    """``worldcup standings`` builds the ``standings`` action's parser alone (start-up);
    without an action name after the command (``--help``, a typo) every action is built,
    so that the help lists them all and an error suggests the closest."""
    from skatecalc.cli import _parser_for

    assert _actions(_parser_for(given), given[0]) == built


def test_the_action_alone_parses_as_the_whole_grammar() -> None:
    """The same command line gives the same arguments through the one action's parser as
    through the whole grammar."""
    from skatecalc.cli import _parser_for, build_parser

    given = ["worldcup", "standings", "a.txt", "b.txt", "--distance", "500", "--gender", "men"]

    def parsed(parser: Any) -> dict[str, str]:
        return {k: repr(v) for k, v in vars(parser.parse_args(given)).items()}

    assert parsed(_parser_for(given)) == parsed(build_parser())


def test_a_mistyped_action_is_suggested() -> None:
    status, out, err = run("worldcup standigs x.csv")
    assert (status, out) == (2, "")
    assert "invalid choice: 'standigs'" in err and "(did you mean standings?)" in err


def test_an_option_of_another_command_is_still_suggested() -> None:
    """The error of a command line the one command's grammar refuses is the whole grammar's:
    ``--bet`` is close to ``need``'s ``--beat``."""
    status, out, err = run("standings --example wsc2024-women --bet x")
    assert (status, out) == (2, "")
    assert err.endswith("skatecalc: error: unrecognized arguments: --bet (did you mean --beat?)\n")


@pytest.mark.parametrize(
    ("command", "owners"),
    [
        ("worldcup table 2017/18 --season 2017/18", "worldcup standings, worldcup outlook"),
        ("board --example wsc2024-women --rank 2", "need"),
    ],
)
def test_an_option_of_another_command_names_its_commands_not_itself(
    command: str, owners: str
) -> None:
    """An option given to a command that does not take it is not "meant" as itself
    (``--season (did you mean --season?)``): the message names the commands that take it."""
    status, out, err = run(command)
    assert (status, out) == (2, "")
    option = command.split()[-2]
    assert f"did you mean {option}?" not in err
    assert err.rstrip("\n").endswith(f"({option} is an option of: {owners})")


def test_quota_reduction_cuts_are_rows_not_dropped(tmp_path: Path) -> None:
    # 3 x 28 different women (each with a best time) from 84 NOCs fill the 500, 1000 and
    # 1500 m: 84 athletes, 2 above the 82 of Milano Cortina 2026, so the reduction step
    # cuts 2 places; they stay in the output as rows with via "cut" and no place.
    lines = ["gender,event,name,noc,points,best"]
    for e, event in enumerate(("500", "1000", "1500")):
        for i in range(28):
            lines.append(f"women,{event},W{e}-{i},N{e * 28 + i:02d},{200 - i},1:{10 + i}.00")
    path = tmp_path / "soqc.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    status, out, err = run(f"olympic quota {path} --games 2026 --format json")
    assert (status, err) == (0, "")
    rows = json.loads(out)
    cut = [r for r in rows if r["via"] == "cut"]
    assert len(cut) == 2 and all(r["place"] is None for r in cut)
    assert len([r for r in rows if r["via"] in ("points", "times")]) == 82
    text = run(f"olympic quota {path} --games 2026")[1]
    assert text.splitlines()[-1] == "athletes: women 84; after the reduction: women 82"
    assert (
        len(run(f"olympic quota {path} --games 2026 --no-reduce --format json")[1]) > len(out) - 200
    )


def test_closed_standard_input_is_bad_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    status, out, err = run("standings -")
    assert (status, out) == (1, "")
    assert err == "skatecalc: error: cannot read <stdin>: standard input is closed\n"


@pytest.mark.parametrize(
    ("command", "first_line"),
    [
        (
            "olympic outlook --example okt2021-men-after-500 --order NED-2022-men",
            "NED-2022-men: 9 tickets, 3 discretionary places; still to come: 1000 m, 1500 m,"
            " 5000 m, 10000 m, mass start",
        ),
        ("olympic select --example okt2021 --order NED-2022-men", "NED-2022-men: 9 tickets"),
        ("standings --example wsc2024-women", "Sprint: standings after 3 of 4 distances"),
    ],
)
def test_a_fresh_process_prints_the_press_layout(command: str, first_line: str) -> None:
    """Regression: renderers loaded on first use were not found by a fresh process, which
    then printed the plain rows instead of the press layout."""
    done = subprocess.run(
        [sys.executable, "-m", "skatecalc", *command.split()],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[0] == first_line


# --- the displayed gap: one rounding in every output (issue 11, part 2) ---------------------

#: ANP, World Allround Championships 2022 after two distances: Schouten 0.423 s behind
#: Takagi on the 1500 m, printed 0.43; a third skater 1.578 points behind (4.734 s, 4.74).
WAC2022_CSV = (
    "name,500,3000\n"
    "Irene Schouten,39.24,3:58.00\n"
    "Miho Takagi,38.31,4:02.73\n"
    "Third Skater,40.00,4:02.06\n"
)


def _gaps(fmt: str, lang: str = "en", extra: str = "") -> list[str]:
    status, out, err = run(
        f"standings - --combination allround-women --format {fmt} --lang {lang} {extra}",
        stdin=WAC2022_CSV.encode(),
    )
    assert (status, err) == (0, ""), err
    if fmt == "json":
        return [row["gap"] for row in json.loads(out)[1:]]
    if fmt == "csv":
        return [row["gap"] for row in list(csv.DictReader(io.StringIO(out)))[1:]]
    if fmt == "markdown":
        lines = [line for line in out.splitlines() if line.startswith("| ")][3:]
        return [line.rstrip(" |").rsplit("|", 1)[1].strip() for line in lines]
    return [line.split()[-1] for line in out.splitlines()[3:5]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_output_rounds_the_gap_up_by_default(fmt: str) -> None:
    assert _gaps(fmt) == ["0.43", "4.74"]
    if fmt in ("text", "markdown"):
        assert _gaps(fmt, "nl") == ["0,43", "4,74"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gap_rounding_option_changes_every_output(fmt: str) -> None:
    assert _gaps(fmt, extra="--gap-rounding half-up") == ["0.42", "4.73"]
    assert _gaps(fmt, extra="--gap-rounding up") == _gaps(fmt)


def test_gap_rounding_option_refuses_an_unknown_way() -> None:
    status, _, err = run("standings --example wsc2024-women --gap-rounding sideways")
    assert status == 2 and "--gap-rounding" in err and "half-up" in err


def test_world_cup_text_is_dutch_with_lang_nl_and_the_library_layout() -> None:
    from skatecalc.io.worldcup import read_season_text
    from skatecalc.tabular import render_text
    from skatecalc.worldcup import rules

    status, out, _ = run(f"{COMMANDS['worldcup-standings']} --lang nl")
    assert status == 0
    assert out.splitlines()[:2] == [
        "Wereldbeker 2017/18, 500 m mannen: 11 wedstrijden",
        "pos.  naam              punten  zeges  HVN1  HVN2  STA1  STA2  CAL  SLC1  SLC2  ERF1"
        "  ERF2  MIN1  MIN2",
    ]
    season = read_season_text(
        example_text(EXAMPLES["wc2017-18-men-500"]), rules("2017/18"), "wc.csv"
    )
    cup = season.cup("500 m men")
    for lang in ("en", "nl"):
        text = run(f"{COMMANDS['worldcup-standings']} --lang {lang}")[1]
        assert text.rstrip("\n") == render_text(cup.standings(), lang)
    status, out, _ = run(f"{COMMANDS['worldcup-outlook']} --final --lang nl")
    assert status == 0
    assert out.startswith(
        "Wereldbeker 2017/18, 500 m mannen, na ERF2: nog 2 wedstrijden (finale), nog hoogstens"
        " 300 punten te verdienen\npos.  naam"
    )
    assert "Niet beslist: de leider kan nog worden ingehaald." in out
    markdown = run(f"{COMMANDS['worldcup-outlook']} --final --lang nl --format markdown")[1]
    assert markdown.startswith("Wereldbeker 2017/18, 500 m mannen, na ERF2: nog 2 wedstrijden")
    assert "| Kan nog winnen |" in markdown and "Niet beslist" in markdown


@pytest.mark.parametrize("name", [n for n in COMMANDS if n != "examples"])
def test_markdown_headings_in_dutch_are_dutch(name: str) -> None:
    english = {"Skater", "Beat", "Tie", "Margin", "Explanation", "Kind", "What", "Number"}
    english |= {"First row", "Team", "Mass start", "Worst", "Needs", "Gender", "Event"}
    english |= {"Can still win", "Final", "Division a", "Division A", "Split status"}
    out = run(f"{COMMANDS[name]} --format markdown --lang nl")[1]
    headings = {
        cell.strip()
        for line in out.splitlines()
        if line.startswith("| ")
        for cell in line.strip("|").split("|")
    }
    assert not headings & english, headings & english


#: During the final 1000 m: A and B have finished, C and E still skate, D is out of reach.
BOARD_CSV = (
    "name,500,1000,500,1000\n"
    "A,37.00,1:14.00,37.00,1:14.00\n"
    "B,37.10,1:14.00,37.10,1:14.10\n"
    "C,37.20,1:14.00,37.20,\n"
    "D,80.00,2:40.00,80.00,\n"
)


WORDS = {"en": ("any time", "impossible"), "nl": ("elke tijd", "onmogelijk")}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_board_markdown_keeps_any_time_impossible_and_the_heading_of_the_text(lang: str) -> None:
    """The markdown board is the broadcaster's board: no time-to-beat cell left blank, no
    column dropped because nobody has finished, the title, headings and footnote kept."""
    import re

    any_time, impossible = WORDS[lang]
    top2 = "1:13.69" if lang == "en" else "1.13,69"  # ahead of B (148.250)
    for extra, second in (("", any_time), (" --podium 2", top2)):
        status, out, err = run(
            f"board - --format markdown --lang {lang}{extra}", stdin=BOARD_CSV.encode()
        )
        assert (status, err) == (0, ""), err
        text = run(f"board - --lang {lang}{extra}", stdin=BOARD_CSV.encode())[1].splitlines()
        rows = [line for line in out.splitlines() if line.startswith("| ")]
        cells = [[c.strip() for c in line.strip("|").split("|")] for line in rows]
        assert cells[0] == re.split(r"\s{2,}", text[2].strip())
        assert [row[-2:] for row in cells[2:]] == [
            ["1:13.19" if lang == "en" else "1.13,19", second],
            [impossible, impossible if extra else any_time],
        ]
        assert out.splitlines()[0] == text[0] and text[-1] in out
    status, out, _ = run(f"board --example wsc2024-women --format markdown --lang {lang}")
    assert status == 0
    assert out.count(any_time) == 6


def test_version_alone_prints_as_argparse_did(capsys: pytest.CaptureFixture[str]) -> None:
    """``--version`` answers before the grammar is built (start-up, issue 20): the same
    line and the same ``SystemExit(0)`` as argparse's version action."""
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    from skatecalc import __version__

    assert capsys.readouterr().out == f"skatecalc {__version__}\n"


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_help_alone_prints_what_the_whole_grammar_prints(
    columns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--help`` builds only the commands' names and help lines (start-up, issue 20): the
    text equals the help of the parser with every command's options, at any width."""
    from skatecalc.cli import build_parser

    monkeypatch.setenv("COLUMNS", columns)
    assert build_parser(commands_only=True).format_help() == build_parser().format_help()


def test_help_alone_imports_no_command_grammar() -> None:
    loaded = _entry_point_modules("--help")
    assert "skatecalc.cli" in loaded
    assert not loaded & {"skatecalc.cli.spec", "skatecalc.cli.common"}, sorted(loaded)


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", "note: the totals are those after 2 distances:"
               " the second 500 m in between is not counted"),
        ("nl", "noot: de totalen zijn die na 2 afstanden:"
               " de tweede 500 m daartussen telt niet mee"),
    ],
)  # fmt: skip
def test_need_says_its_notes_in_text_too(lang: str, note: str) -> None:
    """A requirement on a later distance, with a distance in between not counted, says so
    under the answer in text as in JSON (it was said in JSON only)."""
    from .helpers import run_cli

    code, out, _ = run_cli(
        "skatecalc need --example wsc2024-women 'Femke Kok' --beat 'Miho Takagi'"
        f" --after 2 --distance 1000 --lang {lang}"
    )
    assert code == 0
    assert out.rstrip("\n").splitlines()[-1] == note


def test_need_names_its_options_not_the_librarys_arguments() -> None:
    from .helpers import run_cli

    code, _, err = run_cli(
        "skatecalc need --example wsc2024-women 'Femke Kok' --rank 1 --opponent-time 1:13.00"
    )
    assert code == 2
    assert "--opponent-time applies to --beat NAME, not to --rank K" in err
    assert "opponent_time" not in err


_SEED = Path(__file__).parent / "data" / "seed"


@pytest.mark.parametrize(
    ("command", "said"),
    [
        ("standings --example wsc2024-women --aliases nowhere.csv", "--aliases joins"),
        ("board --example wsc2024-women --interval 5", "--interval is the time between"),
        (
            f"worldcup standings {_SEED / 'wc2017-18-men-500.csv'} --listed-division B",
            "--listed-division gives the division",
        ),
        (f"worldcup standings {_SEED / 'wc2017-18-men-500.csv'} --aliases x.csv", "--aliases"),
    ],
)
def test_an_option_that_would_change_nothing_is_refused(command: str, said: str) -> None:
    """An option that does not apply to the input given (--aliases and --listed-division
    to a CSV, --interval without --watch) is refused, never ignored without a word."""
    status, out, err = run(command)
    assert (status, out) == (2, "")
    assert err.startswith(f"skatecalc: error: {said}")


@pytest.mark.parametrize(
    ("base", "upper", "lower"),
    [
        ("standings --example wsc2024-women", "--format JSON", "--format json"),
        ("standings --example wsc2024-women", "--gap-rounding HALF-UP", "--gap-rounding half-up"),
        (
            "worldcup standings wc2025-26-1-salt-lake-city --distance 500",
            "--gender Men",
            "--gender men",
        ),
        (
            "olympic soqc wc2025-26-1-salt-lake-city --games 2026 --event 500",
            "--gender WOMEN --ties Time",
            "--gender women --ties time",
        ),
    ],
)
def test_a_choice_is_read_in_any_case(base: str, upper: str, lower: str) -> None:
    """Every word an option chooses is read in any case, as --lang NL and --division a
    always were."""
    status, out, err = run(f"{base} {upper}")
    assert status == 0, err
    assert (status, out, err) == run(f"{base} {lower}")


def test_an_unknown_combination_is_refused_on_the_command_line() -> None:
    """--combination sprnt is the command line's mistake: refused as an argument, not
    located in the input file (it said "line 6 of wsc2024-women")."""
    status, out, err = run("standings --example wsc2024-women --combination sprnt")
    assert (status, out) == (2, "")
    last = err.splitlines()[-1]
    assert last.startswith("skatecalc standings: error: argument --combination: unknown")
    assert "line" not in last
