"""The command line's input and output plumbing (skatecalc/cli/inputs.py and main): every
input read exactly once (pipes, FIFOs, /dev/stdin, listings on standard input), output in
any encoding, a closed or full standard output, ``--watch`` on a missing file."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from skatecalc.cli.inputs import as_results_csv
from skatecalc.errors import FileFormatError
from skatecalc.io.results import parse_results_csv

from .conftest import SHARED_DATA
from .helpers import run_cli
from .strategies import hundredths, names
from .test_cli_fetch import COMPETITIONS, DURING, EVENT, FINAL, Service, ok, service

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "skatecalc" / "data" / "examples"
CSV = EXAMPLES / "wsc2024-women.csv"
SLC = EXAMPLES / "wc2025-26-1-salt-lake-city.txt"
CGY = EXAMPLES / "wc2025-26-2-calgary.txt"
BASH = shutil.which("bash")
POSIX = pytest.mark.skipif(os.name != "posix", reason="pipes as files need a POSIX system")
WC = ["worldcup", "standings", "--distance", "1000", "--gender", "men", "--division", "A"]


def _skatecalc(
    *args: str | Path, stdin: object = subprocess.DEVNULL, **env: str
) -> subprocess.CompletedProcess[bytes]:
    environ = {**os.environ, "PYTHONIOENCODING": "utf-8", **env}
    environ.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "skatecalc", *map(str, args)],
        stdin=stdin,  # type: ignore[arg-type]
        capture_output=True,
        check=False,
        timeout=60,
        env=environ,
        cwd=ROOT,
    )


def _bash(script: str) -> subprocess.CompletedProcess[str]:
    assert BASH is not None
    return subprocess.run(
        [BASH, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "PY": sys.executable},
    )


def _expected(*args: str | Path) -> bytes:
    done = _skatecalc(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- 1. a pipe given as FILE -----------------------------------------------------------------


@POSIX
def test_csv_given_as_an_os_pipe_is_read_once() -> None:
    read, write = os.pipe()
    data = CSV.read_bytes()

    def writer() -> None:
        with os.fdopen(write, "wb") as f:
            f.write(data)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "skatecalc", "standings", f"/dev/fd/{read}"],
            pass_fds=(read,),
            capture_output=True,
            check=False,
            timeout=60,
            cwd=ROOT,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    finally:
        os.close(read)
        thread.join(10)
    assert done.returncode == 0, done.stderr
    assert done.stdout == _expected("standings", CSV)


@POSIX
def test_csv_given_as_dev_stdin_is_read_once() -> None:
    done = subprocess.run(  # standard input a pipe, not the file itself
        [sys.executable, "-m", "skatecalc", "standings", "/dev/stdin"],
        input=CSV.read_bytes(),
        capture_output=True,
        check=False,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == _expected("standings", CSV)


@pytest.mark.skipif(BASH is None, reason="process substitution needs bash")
def test_csv_given_as_process_substitution_is_read_once() -> None:
    done = _bash(f'"$PY" -m skatecalc standings <(cat "{CSV}")')
    assert done.returncode == 0, done.stderr
    assert done.stdout.encode() == _expected("standings", CSV)


@pytest.mark.skipif(BASH is None, reason="process substitution needs bash")
def test_two_listings_given_as_process_substitutions_give_two_races() -> None:
    args = " ".join(WC)
    done = _bash(f'"$PY" -m skatecalc {args} <(cat "{SLC}") <(cat "{CGY}")')
    assert done.returncode == 0, done.stderr
    assert "2 races" in done.stdout
    assert done.stdout.encode() == _expected(*WC, SLC, CGY)


# --- 2. a named pipe -------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("source", [CSV, SLC], ids=["csv", "listing"])
def test_fifo_with_a_writer_is_read_once(tmp_path: Path, source: Path) -> None:
    fifo = tmp_path / "results.pipe"
    os.mkfifo(fifo)
    data = source.read_bytes()

    def writer() -> None:
        with fifo.open("wb") as f:  # blocks until the reader opens it
            f.write(data)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    args = ["standings"] if source == CSV else [*WC[:4], "--division", "A"]
    try:
        done = _skatecalc(*args, fifo)  # bounded by the timeout: never hangs CI
    finally:
        if thread.is_alive():  # the reader never opened it: release the writer
            with fifo.open("rb") as f:
                f.read()
        thread.join(10)
    assert done.returncode == 0, done.stderr
    assert done.stdout == _expected(*args, source)


# --- 3. a listing on standard input ----------------------------------------------------------


def test_listing_on_standard_input_is_recognised_by_worldcup_standings() -> None:
    with SLC.open("rb") as f:
        done = _skatecalc(*WC, "-", stdin=f)
    assert done.returncode == 0, done.stderr
    assert done.stdout.replace(b"<stdin>", b"") == _expected(*WC, SLC).replace(
        SLC.name.encode(), b""
    )


def test_listing_on_standard_input_is_recognised_by_standings() -> None:
    with SLC.open("rb") as f:
        done = _skatecalc("standings", "-", stdin=f)
    expected = _skatecalc("standings", SLC)
    assert done.returncode == expected.returncode
    # the same answer as for the file (a World Cup listing is no championship), not a CSV error
    assert b"ragged" not in done.stderr
    assert b"--season" not in done.stderr
    assert done.stderr.replace(b"<stdin>", b"X") == expected.stderr.replace(SLC.name.encode(), b"X")


# --- 4. an output encoding that cannot write every name --------------------------------------


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_names_like_zurek_in_a_cp1252_or_ascii_output_are_replaced_not_a_traceback(
    encoding: str,
) -> None:
    done = _skatecalc(*WC, SLC, CGY, PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"D?amian" in done.stdout or b"Damian ?urek" in done.stdout
    assert done.stderr.count(b"warning") == 1
    assert b"cannot write some characters" in done.stderr


def test_names_like_takagi_in_kanji_in_an_ascii_output_are_replaced(tmp_path: Path) -> None:
    csv = tmp_path / "r.csv"
    csv.write_text("name,nation,500\n高木美帆,JPN,37.13\nFemke Kok,NED,37.07\n", "utf-8")
    done = _skatecalc("standings", csv, "--combination", "mini", PYTHONIOENCODING="ascii")
    assert b"Traceback" not in done.stderr
    if done.returncode == 0:
        assert b"????" in done.stdout
        assert b"warning" in done.stderr


# --- 5. a closed, full or abandoned standard output ------------------------------------------


@pytest.mark.skipif(BASH is None, reason="closing a descriptor needs a shell")
def test_closed_stdout_gives_one_line_and_exit_1() -> None:
    done = _bash(f'"$PY" -m skatecalc standings "{CSV}" >&-')
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "skatecalc: error: cannot write the output: standard output is closed"
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_stdout_to_dev_full_gives_one_line_and_exit_1() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "skatecalc", "standings", str(CSV)],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
            timeout=60,
            cwd=ROOT,
        )
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode == 1
    assert len(lines) == 1
    assert lines[0].startswith("skatecalc: error: cannot write the output")


@POSIX
def test_reader_leaving_mid_output_gives_exit_141() -> None:
    big = " ".join(WC)
    process = subprocess.Popen(
        [sys.executable, "-m", "skatecalc", *big.split(), str(SLC), str(CGY), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader leaves before the output is written
    _, err = process.communicate(timeout=60)
    assert process.returncode == 141, err
    assert err == b""


# --- 6. --watch on a file that does not exist ------------------------------------------------


def test_watch_on_a_missing_file_is_an_error_at_start(tmp_path: Path) -> None:
    done = _skatecalc("standings", "--watch", tmp_path / "no-such.csv")
    assert done.returncode == 1
    assert b"no-such.csv" in done.stderr
    assert b"No such file" in done.stderr


# --- 8. messages in command-line words -------------------------------------------------------

WSC = "skatecalc/data/examples/wsc2024-women.csv"
BAD_COMMANDS = [
    f"skatecalc standings {WSC} --after 9",
    f"skatecalc standings {WSC} --combination allround-men",
    f"skatecalc board {WSC} --after 9",
    f"skatecalc need {WSC} 'Femke Kok' --rank 1 --after 9",
    # (the 2025/26 Division B tables are known since the official PDFs were read: a place
    # beyond a table supplied too short is the unknown-value case now)
    f"skatecalc worldcup standings {SLC} --distance MS --gender men --table-distance MS=60,59",
    f"skatecalc worldcup standings {SLC} --distance 1000 --gender men --division b"
    " --season 2019/20",
    f"skatecalc worldcup standings {SLC} --distance 1000 --gender men --season 1999/00",
    f"skatecalc worldcup standings {SLC} {CGY} --gender men --distance 1000 --division a"
    " --after 99",
    f"skatecalc standings {SLC}",
]
PYTHON_FORM = re.compile(r"\b[a-z_]+=(?!POINTS)|\b[A-Za-z_.]+\((?:\.\.\.|[a-z_]+=)|Rules\.")


@pytest.mark.parametrize("command", BAD_COMMANDS)
def test_bad_values_are_told_in_command_line_words(command: str) -> None:
    status, _, err = run_cli(command)
    assert status != 0
    assert err.startswith("skatecalc: error: "), err
    assert not PYTHON_FORM.search(err), err


def test_header_name_nation_in_capitals_is_read(tmp_path: Path) -> None:
    csv = tmp_path / "r.csv"
    csv.write_text("Name,Nation,500,1000\nFemke Kok,NED,37.07,1:14.35\n", "utf-8")
    status, out, err = run_cli(f"skatecalc standings {csv} --combination sprint")
    assert (status, err) == (0, "")
    assert "Femke Kok" in out and "NED" in out


def test_header_naam_suggests_name(tmp_path: Path) -> None:
    csv = tmp_path / "r.csv"
    csv.write_text("naam,500\nFemke Kok,37.07\n", "utf-8")
    status, _, err = run_cli(f"skatecalc standings {csv}")
    assert status == 1
    assert "missing column 'name' (did you mean 'naam'?)" in err


@POSIX
def test_watch_writes_zurek_to_an_ascii_output_without_a_traceback(tmp_path: Path) -> None:
    listing = tmp_path / "wc1.txt"
    listing.write_bytes(SLC.read_bytes())
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    process = subprocess.Popen(
        [sys.executable, "-m", "skatecalc", *WC, str(listing), "--watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    try:
        out, err = process.communicate(timeout=3)
    except subprocess.TimeoutExpired:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert b"Traceback" not in err
    assert b"?urek" in out


def test_mistyped_option_afer_says_did_you_mean_after() -> None:
    status, _, err = run_cli("skatecalc standings --example wsc2024-women --afer 3")
    assert status == 2
    assert "unrecognized arguments: --afer" in err and "(did you mean --after?)" in err


def test_mistyped_command_standigs_says_did_you_mean_standings() -> None:
    status, _, err = run_cli("skatecalc standigs")
    assert status == 2 and "(did you mean standings?)" in err
    status, _, err = run_cli("skatecalc worldcup standngs x")
    assert status == 2 and "(did you mean standings?)" in err


# --- Every command's input through the one input layer: ``isu:EVENT[/N]`` served by a loc ---


__all__ = ["service"]  # the fixture, used by name


RESULTS_4 = f"/events/{EVENT}/competitions/4/results/"


COMPS = f"/events/{EVENT}/competitions/"


PDF = SHARED_DATA / "official" / "pdf"


CALGARY = ROOT / "skatecalc" / "data" / "examples" / "wc2025-26-2-calgary.txt"


needs_pdfs = pytest.mark.skipif(not PDF.is_dir(), reason="the shared ISU result PDFs are absent")


def _cli(svc: Service, command: str) -> tuple[int, str, str]:
    return run_cli(f"{command} --cache {svc.cache}")  # type: ignore[attr-defined]


def test_worldcup_standings_from_isu_during_the_race_are_provisional(service: Service) -> None:
    service.route(COMPS, ok(COMPETITIONS))
    service.route(RESULTS_4, ok(DURING))
    status, out, err = _cli(service, f"skatecalc worldcup standings isu:{EVENT}/4")
    assert status == 0
    first = out.splitlines()[0]
    assert first.startswith("ISU World Cup 2025/26, 1000 m men (provisional: 1000 m men,")
    assert "not complete" in first
    assert "18 still to skate, the race is not complete" in err
    assert [p for p, _ in service.seen] == [COMPS, RESULTS_4]  # one request each


def test_worldcup_standings_from_isu_after_the_race_score_every_place_or_refuse(
    service: Service,
) -> None:
    """The final snapshot (the US trials, 32 finishers) goes beyond the 20-place World Cup
    table: refused with the option that supplies the table, never a guessed number; with
    the table given, the standings are complete (not provisional)."""
    service.route(COMPS, ok(COMPETITIONS))
    service.route(RESULTS_4, ok(FINAL))
    status, out, err = _cli(service, f"skatecalc worldcup standings isu:{EVENT}/4")
    assert (status, out) == (1, "") and "place 21 is beyond the 20-place table" in err
    table = ",".join(str(n) for n in range(32, 0, -1))
    status, out, err = _cli(
        service,
        f"skatecalc worldcup standings isu:{EVENT}/4 --table-distance 1000={table} --format json",
    )
    assert status == 0, err
    rows = json.loads(out)
    assert len(rows) == 32 and rows[0]["name"] == "Conor Mcdermott-Mostowy"
    assert "status 2" in err and "not complete" not in err


def test_isu_offline_reads_the_cache_and_a_miss_is_one_clear_line(service: Service) -> None:
    status, out, err = _cli(service, f"skatecalc worldcup standings isu:{EVENT}/4 --offline")
    assert (status, out) == (1, "") and "is not in the cache (--offline)" in err
    assert len(err.splitlines()) == 1 and service.seen == []
    service.route(COMPS, ok(COMPETITIONS))
    service.route(RESULTS_4, ok(DURING))
    assert _cli(service, f"skatecalc worldcup standings isu:{EVENT}/4")[0] == 0
    seen = len(service.seen)
    status, out, _ = _cli(service, f"skatecalc worldcup standings isu:{EVENT}/4 --offline")
    assert status == 0 and "(provisional: " in out and len(service.seen) == seen


def test_isu_competition_the_event_lacks_is_refused(service: Service) -> None:
    service.route(COMPS, ok(COMPETITIONS))
    status, _, err = _cli(service, f"skatecalc worldcup standings isu:{EVENT}/99")
    assert status == 1 and "the event has no competition 99" in err


def test_isu_a_truncated_body_is_an_error_never_a_partial_result(service: Service) -> None:
    service.route(COMPS, ok(COMPETITIONS))
    service.route(RESULTS_4, (200, FINAL, {}, 0.0, 200))
    status, out, err = _cli(service, f"skatecalc worldcup standings isu:{EVENT}/4")
    assert (status, out) == (1, "") and err.startswith("skatecalc: error: ")


def test_isu_whole_event_reports_the_competitions_not_skated(service: Service) -> None:
    service.route(COMPS, ok(COMPETITIONS))
    for n in range(1, 15):
        service.route(f"/events/{EVENT}/competitions/{n}/results/", ok(b"[]"))
    service.route(RESULTS_4, ok(DURING))
    status, out, err = _cli(service, f"skatecalc worldcup standings isu:{EVENT} --gender men")
    assert status == 0 and "1000 m men" in out
    assert "competition 1 (3000m Women): nobody has finished yet" in err


def test_a_folder_of_saved_responses_is_input_to_standings(tmp_path: Path) -> None:
    api = Path(__file__).parent / "data" / "seed" / "official" / "api"
    folder = tmp_path / EVENT
    folder.mkdir()
    shutil.copy(api / f"{EVENT}-competitions.json", folder)
    (folder / f"{EVENT}-competition-4-results.json").write_bytes(DURING)
    status, out, _ = run_cli(f"skatecalc worldcup standings {folder} --format csv")
    assert status == 0 and out.splitlines()[1].startswith("1000 m men,1,Finn Siebert,60,")


@needs_pdfs
def test_aliases_join_a_transliteration_across_a_pdf_folder_and_a_listing(tmp_path: Path) -> None:
    folder = PDF / "wc2025-26-1-salt-lake-city"
    command = f"skatecalc worldcup standings {folder} {CALGARY} --distance 500 --gender women"
    status, out, _ = run_cli(command + " --format json")
    names = [r["name"] for r in json.loads(out)]
    assert status == 0 and "Na-Hyun Lee" in names and "Na-Hyeon Lee" in names  # two skaters
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,same_as\nNa-Hyun Lee,Na-Hyeon Lee\n", encoding="utf-8")
    status, out, err = run_cli(command + f" --format json --aliases {aliases}")
    rows = json.loads(out)
    assert status == 0 and [r["name"] for r in rows].count("Na-Hyeon Lee") == 1
    assert "Na-Hyun Lee" not in [r["name"] for r in rows]
    assert "'Na-Hyun Lee' (KOR) is read as 'Na-Hyeon Lee', as line 2 of aliases.csv says" in err


def test_worldcup_outlook_takes_official_listings_with_their_season() -> None:
    status, out, err = run_cli(
        f"skatecalc worldcup outlook {CALGARY} --distance 1000 --gender men --remaining 4"
    )
    assert status == 0, err
    assert out.startswith("ISU World Cup 2025/26, 1000 m men")


def test_watch_follows_the_feed_printing_each_change_once_and_waiting_once(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--watch isu:EVENT/N``: the saved snapshots served in sequence (during, during
    again, a server error, final): the during table, nothing for the unchanged poll (a
    304), one waiting line for the error with the last good table kept, the final table."""
    from collections.abc import Sequence

    import skatecalc.cli.watch as module

    real = module.watch
    looks: list[int] = []

    def fake(render: object, paths: Sequence[str], **kw: object) -> int:
        looks.append(kw["interval_ms"])  # type: ignore[arg-type]
        return real(render, paths, sleep=lambda s: None, max_cycles=3, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "watch", fake)
    service.route(COMPS, ok(COMPETITIONS))
    service.route(
        RESULTS_4,
        ok(DURING),
        ok(DURING),
        *[(503, b"", {}, 0.0, 0)] * 3,
        ok(FINAL, '"v2"'),
    )
    table = ",".join(str(n) for n in range(32, 0, -1))
    status, out, err = _cli(
        service,
        f"skatecalc worldcup standings isu:{EVENT}/4 --table-distance 1000={table}"
        " --watch --format json",
    )
    assert status == 0 and looks == [5000]  # the feed's polite default interval
    documents = [json.loads(line) for line in out.splitlines()]
    assert [len(d["rows"]) for d in documents] == [15, 32]
    assert documents[0]["schema"] == 1 and "updated" in documents[0]
    waiting = [ln for ln in err.splitlines() if ln.startswith("skatecalc: waiting:")]
    assert len(waiting) == 1 and "503" in waiting[0]
    results = [etag for path, etag in service.seen if path == RESULTS_4]
    assert results[:2] == [None, '"v1"']  # the unchanged poll asked conditionally


def test_race_label_in_english_is_the_listing_race_title() -> None:
    """The provisional title words each race per language; in English it is `Race.title`."""
    from skatecalc.io import read
    from skatecalc.text.worldcup import race_label

    for name in ("wc2025-26-1-salt-lake-city.txt", "wc2025-26-2-calgary.txt"):
        event = read(ROOT / "skatecalc" / "data" / "examples" / name).event
        assert event is not None
        for r in event.races:
            assert race_label(r.distance, r.gender, r.date, r.division) == r.title


def test_provisional_title_of_the_trials_during_the_race_in_dutch() -> None:
    folder = Path(__file__).parent / "data" / "official" / "usa-trials-during"
    status, out, _ = run_cli(f"skatecalc worldcup standings {folder} --lang nl")
    assert status == 0 and out.splitlines()[0] == (
        "Wereldbeker 2025/26, 1000 m mannen (voorlopig: 1000 m mannen, 03.01.2026, Divisie A"
        " nog niet compleet): 1 wedstrijd"
    )


# --- skatecalc's own output as input (skatecalc/cli/inputs.py): ``skatecalc standings --f ---


EXAMPLE = "skatecalc/data/examples/wsc2024-women.csv"


COMBINATIONS = {"sprint": (500, 1000, 500, 1000), "mini": (500, 1500, 1000, 3000)}


def _standings(path: Path | str, *options: str) -> tuple[int, str, str]:
    return run_cli(f"skatecalc standings {path} {' '.join(options)}")


def _round_trip(path: Path | str, fmt: str, *options: str) -> tuple[str, str]:
    status, out, err = _standings(path, "--format", fmt, *options)
    assert status == 0, err
    again = Path(tempfile.mkdtemp()) / f"again.{fmt}"
    again.write_text(out, "utf-8")
    status, text, err = _standings(again, *options)
    assert status == 0, err
    return text, _standings(path, *options)[1]


def test_standings_csv_output_piped_into_standings_gives_the_same_table() -> None:
    again, first = _round_trip(EXAMPLE, "csv")
    assert again == first


def test_standings_json_output_piped_into_standings_gives_the_same_table() -> None:
    again, first = _round_trip(EXAMPLE, "json")
    assert again == first


def test_standings_csv_output_is_accepted_by_need() -> None:
    status, out, _ = _standings(EXAMPLE, "--format", "csv")
    path = Path(tempfile.mkdtemp()) / "standings.csv"
    path.write_text(out, "utf-8")
    status, text, err = run_cli(f"skatecalc need {path} 'Femke Kok' --beat 'Miho Takagi'")
    expected = run_cli(f"skatecalc need {EXAMPLE} 'Femke Kok' --beat 'Miho Takagi'")
    assert (status, text) == expected[:2], err


def test_formula_protected_name_equals_c_is_read_back_without_the_quote() -> None:
    text = 'rank,name,nation,500 (1),points,status,completed\n1,"\'=C, D",JPN,37.20,37.200,,1\n'
    assert as_results_csv(text, False) == 'name,nation,500\n"=C, D",JPN,37.20\n'


def test_results_csv_and_a_json_object_are_not_taken_for_output() -> None:
    assert as_results_csv("name,500\nA,37.00\n", False) is None
    assert as_results_csv(json.dumps({"skaters": []}), True) is None
    assert as_results_csv("[1, 2]", True) is None
    assert as_results_csv("[", True) is None


def _plain_name(name: str) -> bool:
    # "'" before a formula character is the protection mark (documented ambiguity)
    return not (name.startswith("'") and name[1:2] in "=+-@")


@st.composite
def results_files(draw: st.DrawFn) -> tuple[str, str]:
    combination = draw(st.sampled_from(sorted(COMBINATIONS)))
    distances = COMBINATIONS[combination][: draw(st.integers(1, 4))]
    people = draw(
        st.lists(
            names().filter(_plain_name),
            min_size=1,
            max_size=5,
            unique_by=lambda n: " ".join(n.split()).casefold(),
        )
    )
    lines = ["name,nation," + ",".join(map(str, distances))]
    for person in people:
        skated = draw(st.integers(1, len(distances)))
        cells = []
        for d in distances[:skated]:
            h = draw(hundredths(d))
            cells.append(
                f"{h // 6000}:{h // 100 % 60:02d}.{h % 100:02d}"
                if h >= 6000
                else f"{h // 100}.{h % 100:02d}"
            )
        if draw(st.booleans()) and skated < len(distances):
            cells.append(draw(st.sampled_from(["DQ", "DNF", "DNS"])))
        cells += [""] * (len(distances) - len(cells))
        quoted = '"' + person.replace('"', '""') + '"'
        lines.append(f"{quoted},{draw(st.sampled_from(['NED', 'JPN', '']))}," + ",".join(cells))
    return combination, "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results_files(), st.sampled_from(["csv", "json"]))
def test_standings_output_round_trips_to_the_same_table(
    given_file: tuple[str, str], fmt: str
) -> None:
    combination, text = given_file
    path = Path(tempfile.mkdtemp()) / "results.csv"
    path.write_text(text, "utf-8")
    status, _, _ = _standings(path, "--combination", combination)
    assume(status == 0)  # an input the reader refuses is not this test's subject
    again, first = _round_trip(path, fmt, "--combination", combination)
    assert again == first
    parsed = parse_results_csv(text, "r.csv", combination=combination)
    assert parsed.results  # the input was read


def test_provisional_standings_output_piped_into_board_keeps_the_times_on_the_distance() -> None:
    """inzell-live.csv: Takagi and Kok have skated the final 1000 m, Leerdam not yet; the
    provisional standings' CSV and JSON carry those times, so the board read from them is
    the board read from the file."""
    live = "docs/examples/inzell-live.csv"
    direct = run_cli(f"skatecalc board {live}")
    assert direct[0] == 0 and "finished: 2; leader Femke Kok 147.540" in direct[1]
    for fmt in ("csv", "json"):
        status, out, err = _standings(live, "--format", fmt)
        assert status == 0, err
        path = Path(tempfile.mkdtemp()) / f"provisional.{fmt}"
        path.write_text(out, "utf-8")
        assert run_cli(f"skatecalc board {path}")[:2] == direct[:2]
        assert _standings(path)[1] == _standings(live)[1]  # the same provisional table


@pytest.mark.parametrize("cut", ["short", "long"])
def test_a_ragged_row_of_standings_output_is_refused_at_its_line(cut: str) -> None:
    """A row of ``standings --format csv`` output cut short or run long is refused naming
    its line (it was padded with empty cells, or cut, and read as a different table)."""
    text = (
        "rank,name,nation,500 (1),1000 (1),points,status,completed\n"
        "# a comment line\n"
        "1,Miho Takagi,JPN,37.13,1:13.32,73.790,,2\n"
        + (
            "2,Femke Kok,NED,37.07\n"
            if cut == "short"
            else "2,Femke Kok,NED,37.07,1:14.35,74.245,,2,x\n"
        )
    )
    with pytest.raises(
        FileFormatError, match=r"ragged row: \d+ cells under a header of 8 \(line 4 of s\.csv\)"
    ):
        as_results_csv(text, False, "s.csv")


def test_json_output_fed_back_keeps_a_name_that_starts_with_a_quote() -> None:
    """JSON output never puts the protective quote before a formula-like cell (CSV output
    does), so a name that starts with one keeps it when JSON is read back."""
    import json

    rows = [
        {"rank": 1, "name": "'-Minus2", "nation": "NED", "500 (1)": "37.07",
         "points": "37.070", "status": None, "completed": 1},
    ]  # fmt: skip
    made = as_results_csv(json.dumps(rows), True)
    assert made is not None and made.splitlines()[1] == "'-Minus2,NED,37.07"


def test_an_error_in_standings_output_fed_back_names_the_line_of_the_file(tmp_path: Path) -> None:
    """A bad cell in our own standings output read back is reported at its line in the
    file read (blank and comment lines above it counted), not in the CSV made from it."""
    from .helpers import run_cli

    text = (
        "rank,name,nation,500 (1),1000 (1),points,status,completed\n"
        "\n"
        "# edited by hand\n"
        "1,Miho Takagi,JPN,37.13,1:13.32,73.790,,2\n"
        "2,Femke Kok,NED,37.0x,1:14.35,74.245,,2\n"
    )
    p = tmp_path / "back.csv"
    p.write_text(text, encoding="utf-8")
    code, _, err = run_cli(f"skatecalc standings {p}")
    assert code == 1 and "'37.0x' is not a race time" in err and "(line 5 of back.csv)" in err
