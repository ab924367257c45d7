"""Every command's input through the one input layer: ``isu:EVENT[/N]`` served by a local
HTTP server (127.0.0.1; the real network is never touched), folders of saved responses,
``--aliases``, and World Cup outlook from official sources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED_DATA
from .helpers import run_cli
from .test_cli_fetch import COMPETITIONS, DURING, EVENT, FINAL, Service, ok, service

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
