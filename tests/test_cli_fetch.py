"""``skatecalc fetch``: against a local HTTP server (127.0.0.1, a free port) serving the
saved responses of the ISU results service. The real network is never touched."""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from skatecalc.errors import FetchError
from skatecalc.io import fetch as fetch_module
from skatecalc.io.fetch import Fetcher, cache_dir

from .helpers import run_cli

API = Path(__file__).parent / "data" / "seed" / "official" / "api"
EVENT = "2026_USA_0002"
FINAL = (API / f"{EVENT}-competition-4-results-final.json").read_bytes()
DURING = (API / f"{EVENT}-competition-4-results-during.json").read_bytes()
COMPETITIONS = (API / f"{EVENT}-competitions.json").read_bytes()
COMPETITIONS_PATH = f"/events/{EVENT}/competitions/"


class Service:
    """What the local server answers: per path, a list of answers used in turn (the last
    one repeats). An answer: (status, body, extra headers, delay seconds, bytes cut)."""

    def __init__(self) -> None:
        self.routes: dict[str, list[tuple[int, bytes, dict[str, str], float, int]]] = {}
        self.seen: list[tuple[str, str | None]] = []  # (path, If-None-Match)

    def route(self, path: str, *answers: tuple[int, bytes, dict[str, str], float, int]) -> None:
        self.routes[path] = list(answers)


def ok(body: bytes, etag: str = '"v1"') -> tuple[int, bytes, dict[str, str], float, int]:
    return 200, body, {"ETag": etag}, 0.0, 0


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Service]:
    svc = Service()
    svc.route(COMPETITIONS_PATH, ok(COMPETITIONS))  # every fetch asks for the competitions

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            svc.seen.append((self.path, self.headers.get("If-None-Match")))
            answers = svc.routes.get(self.path)
            if not answers:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status, body, headers, delay, cut = answers.pop(0) if len(answers) > 1 else answers[0]
            if delay:
                time.sleep(delay)
            etag = headers.get("ETag")
            if status == 200 and etag and self.headers.get("If-None-Match") == etag:
                status, body = 304, b""
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up (timeout)
                self.wfile.write(body[: len(body) - cut] if cut else body)
            if cut:
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    monkeypatch.setenv("SKATECALC_ISU_API", f"http://127.0.0.1:{server.server_address[1]}")
    slept: list[int] = []  # whole milliseconds
    monkeypatch.setattr(fetch_module, "_sleep", slept.append)  # no real waiting
    svc.slept = slept  # type: ignore[attr-defined]
    svc.cache = tmp_path / "cache"  # type: ignore[attr-defined]
    try:
        yield svc
    finally:
        server.shutdown()
        server.server_close()


def _fetch(svc: Service, rest: str) -> tuple[int, str, str]:
    return run_cli(f"skatecalc fetch {rest} --cache {svc.cache}")  # type: ignore[attr-defined]


RESULTS_4 = f"/events/{EVENT}/competitions/4/results/"


def test_fetch_one_competition_writes_the_response_and_summarizes(
    service: Service, tmp_path: Path
) -> None:
    service.route(RESULTS_4, ok(FINAL))
    status, out, err = _fetch(service, f"isu:{EVENT}/4 --to {tmp_path / 'out'}")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "competition 4 1000m Men: 32 finished, Thomas Fitzgerald status 2",
        f"wrote 2 files to {tmp_path / 'out'}",
        "2 requests sent",
    ]
    assert (tmp_path / "out" / f"{EVENT}-competition-4-results.json").read_bytes() == FINAL
    # with the competitions response: a folder the commands read (as the cache, --offline)
    assert (tmp_path / "out" / f"{EVENT}-competitions.json").read_bytes() == COMPETITIONS
    for source in (str(tmp_path / "out"), f"isu:{EVENT}/4 --offline --cache {service.cache}"):  # type: ignore[attr-defined]
        status, out, err = run_cli(f"skatecalc worldcup standings {source} --format csv")
        assert status == 1 and "no cup could be scored" in err  # 32 finishers, 20 places
        assert "--table-distance 1000=POINTS" in err


def test_fetch_refuses_results_saved_under_another_competition(service: Service) -> None:
    """Competition 3 is the women's 1000 m: the men's results under its number are
    refused, as a command reading them would refuse them."""
    service.route(f"/events/{EVENT}/competitions/3/results/", ok(FINAL))
    status, out, err = _fetch(service, f"isu:{EVENT}/3")
    assert (status, out) == (1, "")
    assert "is a skater of category M, but these are the results of competition 3" in err


def test_fetch_twice_asks_conditionally_and_the_server_answers_304(service: Service) -> None:
    service.route(RESULTS_4, ok(DURING))
    assert _fetch(service, f"isu:{EVENT}/4")[0] == 0
    status, out, _ = _fetch(service, f"isu:{EVENT}/4")
    assert status == 0 and out.startswith("competition 4 1000m Men: 15 finished, 18 to skate")
    assert service.seen == [
        (COMPETITIONS_PATH, None),
        (RESULTS_4, None),
        (COMPETITIONS_PATH, '"v1"'),
        (RESULTS_4, '"v1"'),
    ]


def test_fetch_offline_reads_the_cache_and_a_miss_is_a_clear_error(service: Service) -> None:
    service.route(RESULTS_4, ok(FINAL))
    status, _, err = _fetch(service, f"isu:{EVENT}/4 --offline")
    assert status == 1 and service.seen == []
    assert "is not in the cache (--offline)" in err and len(err.splitlines()) == 1
    assert _fetch(service, f"isu:{EVENT}/4")[0] == 0
    status, out, _ = _fetch(service, f"isu:{EVENT}/4 --offline")
    assert status == 0 and out.splitlines()[-1] == "0 requests sent"
    assert len(service.seen) == 2


def test_fetch_a_whole_event_fetches_competitions_then_every_result(
    service: Service, tmp_path: Path
) -> None:
    for n in range(1, 15):
        service.route(f"/events/{EVENT}/competitions/{n}/results/", ok(b"[]"))
    service.route(RESULTS_4, ok(FINAL))
    status, out, err = _fetch(service, f"isu:{EVENT} --to {tmp_path / 'out'}")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"{EVENT}: 14 competitions"
    assert lines[4] == "competition 4 1000m Men: 32 finished, Thomas Fitzgerald status 2"
    assert lines[-1] == "15 requests sent"
    assert len(list((tmp_path / "out").iterdir())) == 15
    # one request per second at most: the fetcher waited before every request but the first
    assert len(service.slept) == 14  # type: ignore[attr-defined]


def test_fetch_retries_a_server_error_then_succeeds(service: Service) -> None:
    service.route(RESULTS_4, (500, b"oops", {}, 0.0, 0), ok(FINAL))
    status, out, err = _fetch(service, f"isu:{EVENT}/4")
    assert (status, err) == (0, "") and out.splitlines()[-1] == "3 requests sent"


def test_fetch_a_server_error_every_time_is_a_clear_error(service: Service) -> None:
    service.route(RESULTS_4, (500, b"oops", {}, 0.0, 0))
    status, out, err = _fetch(service, f"isu:{EVENT}/4")
    assert status == 1 and out == ""
    assert err.strip().endswith(f"{RESULTS_4}: HTTP 500 Internal Server Error (3 tries)")
    assert len(service.seen) == 4  # the competitions, then the results three times


def test_fetch_a_missing_competition_is_an_error_at_once(service: Service) -> None:
    status, _, err = _fetch(service, f"isu:{EVENT}/99")
    assert status == 1 and len(service.seen) == 1  # the competitions only
    assert err == (
        f"skatecalc: error: isu:{EVENT}/99: the event has no competition 99 (its"
        " competitions: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)\n"
    )


def test_fetch_a_missing_event_is_an_error_at_once(service: Service) -> None:
    status, _, err = _fetch(service, "isu:2026_XXX_0001/4")
    assert status == 1 and "HTTP 404" in err and len(service.seen) == 1


def test_fetch_a_timeout_is_a_clear_error(service: Service) -> None:
    service.route(RESULTS_4, (200, FINAL, {}, 0.5, 0))
    status, _, err = _fetch(service, f"isu:{EVENT}/4 --timeout 0.05")
    assert status == 1
    assert "no answer within 0.05 s (timeout) (3 tries)" in err and len(err.splitlines()) == 1


def test_fetch_a_truncated_body_is_a_clear_error_and_not_cached(service: Service) -> None:
    service.route(RESULTS_4, (200, FINAL, {}, 0.0, 1000))
    status, _, err = _fetch(service, f"isu:{EVENT}/4")
    assert status == 1 and "cut short" in err and len(err.splitlines()) == 1
    cached = [p.read_bytes() for p in service.cache.glob("*.json") if ".meta." not in p.name]  # type: ignore[attr-defined]
    assert cached == [COMPETITIONS]  # the results were not cached


def test_fetch_a_body_that_is_not_whole_json_is_a_clear_error(service: Service) -> None:
    service.route(RESULTS_4, ok(FINAL[:1000]))
    status, _, err = _fetch(service, f"isu:{EVENT}/4")
    assert status == 1 and "is not whole JSON (truncated?)" in err


def test_fetch_results_with_a_wrong_time_behind_are_refused_naming_the_url(
    service: Service,
) -> None:
    data = json.loads(FINAL)
    data[1]["timeBehind"] = "0.238"
    service.route(RESULTS_4, ok(json.dumps(data).encode()))
    status, _, err = _fetch(service, f"isu:{EVENT}/4")
    assert status == 1
    assert "Cooper Mcleod: timeBehind 0.238 is not the time 1:07.845 minus the leader's" in err
    assert RESULTS_4 in err


@pytest.mark.parametrize("target", ["2026_USA_0002", "isu:", "isu:A/B", "http://x/events"])
def test_fetch_a_target_that_is_not_an_isu_address_is_a_usage_error(
    service: Service, target: str
) -> None:
    status, _, err = _fetch(service, target)
    assert status == 2 and "write isu:EVENT or isu:EVENT/N" in err


def test_rate_limit_waits_the_rest_of_a_second_between_requests(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100_000]  # whole milliseconds
    monkeypatch.setattr(fetch_module, "_clock", lambda: now[0])
    service.route(RESULTS_4, ok(FINAL))
    service.route("/b", ok(b"[]"))
    fetcher = Fetcher(fetch_module.base_url(), service.cache)  # type: ignore[attr-defined]
    fetcher.get(RESULTS_4)
    now[0] += 250
    fetcher.get("/b")
    assert service.slept == [750]  # type: ignore[attr-defined]


def test_cache_dir_on_each_platform() -> None:
    home = Path("/home/a")
    assert cache_dir({}, "linux", home) == home / ".cache" / "skatecalc"
    assert cache_dir({"XDG_CACHE_HOME": "rel"}, "linux", home) == home / ".cache" / "skatecalc"
    assert cache_dir({"LOCALAPPDATA": "C:/L"}, "win32", home) == Path("C:/L/skatecalc/Cache")


def test_fetcher_offline_without_cache_raises_fetch_error(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="not in the cache"):
        Fetcher("http://127.0.0.1:9", tmp_path, offline=True).get("/x")


def test_fetch_with_a_base_url_that_is_not_http_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKATECALC_ISU_API", "file:///etc")
    status, _, err = _fetch(service, f"isu:{EVENT}/4")
    assert status == 1 and "is not an http:// or https:// URL" in err
