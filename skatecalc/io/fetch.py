"""Fetching JSON from the ISU results service: standard-library HTTP with a cache.

At most one request per second; a 5xx answer or a timeout is retried with back-off (three
tries in all); the cache keeps each response with its validators (``ETag``,
``Last-Modified``) and asks again conditionally, so an unchanged response costs a 304.
A body that is cut short (fewer bytes than ``Content-Length``, or not JSON), an HTTP error
or a timeout raises [`FetchError`][skatecalc.errors.FetchError]: nothing partial is
returned or cached.

The service's base URL is ``https://api.isuresults.eu`` (the address its own responses
give in ``resultsUrl``); the environment variable ``SKATECALC_ISU_API`` replaces it.

>>> base_url({"SKATECALC_ISU_API": "http://127.0.0.1:8000/"})
'http://127.0.0.1:8000'
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path

from .._exact import EXACT
from ..errors import FetchError
from ..limits import MAX_FILE_BYTES

__all__ = ["DEFAULT_BASE", "Fetcher", "base_url", "cache_dir", "default_fetcher"]

DEFAULT_BASE = "https://api.isuresults.eu"
"""The ISU results service (as its responses name it in ``resultsUrl``)."""


def _sleep_seconds(ms: int) -> None:
    time.sleep(ms / 1000)  # the one conversion from whole milliseconds, at the system call


def _monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


_sleep: Callable[[int], None] = _sleep_seconds
"""Waits whole milliseconds (replaced in tests)."""
_clock: Callable[[], int] = _monotonic_ms
"""A monotonic clock in whole milliseconds (replaced in tests)."""


def base_url(environ: Mapping[str, str] | None = None) -> str:
    """The service's base URL: ``$SKATECALC_ISU_API`` or `DEFAULT_BASE`, without a final
    slash.

    >>> base_url({})
    'https://api.isuresults.eu'
    >>> base_url({"SKATECALC_ISU_API": "file:///etc"})
    Traceback (most recent call last):
    ...
    skatecalc.errors.FetchError: SKATECALC_ISU_API='file:///etc' is not an http:// or https:// URL
    """
    env = os.environ if environ is None else environ
    base = (env.get("SKATECALC_ISU_API") or DEFAULT_BASE).rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise FetchError(f"SKATECALC_ISU_API={base!r} is not an http:// or https:// URL")
    return base


def default_fetcher(*, offline: bool = False, cache: Path | None = None) -> Fetcher:
    """A `Fetcher` of the service at `base_url` through the cache at `cache_dir` (or
    ``cache``), ``offline`` reading the cache only.

    >>> default_fetcher(cache=Path("c")).cache.as_posix()
    'c'
    """
    return Fetcher(base_url(), cache if cache is not None else cache_dir(), offline=offline)


def cache_dir(
    environ: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """The platform's cache directory for skatecalc.

    >>> cache_dir({"XDG_CACHE_HOME": "/c"}, "linux").as_posix()
    '/c/skatecalc'
    >>> cache_dir({}, "darwin", Path("/Users/a")).as_posix()
    '/Users/a/Library/Caches/skatecalc'
    """
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    root = Path.home() if home is None else home
    if plat.startswith("win"):
        local = env.get("LOCALAPPDATA")
        return (Path(local) if local else root / "AppData" / "Local") / "skatecalc" / "Cache"
    if plat == "darwin":
        return root / "Library" / "Caches" / "skatecalc"
    xdg = env.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else root / ".cache") / "skatecalc"


class Fetcher:
    """GET JSON responses of one service, through a cache directory.

    ``offline`` reads the cache only (a miss raises); ``timeout`` is per request in
    whole milliseconds (``timeout_ms``); ``interval_ms`` the least time between two
    requests; ``tries`` the attempts on a 5xx answer or a timeout (waiting 1, 2, 4 ...
    seconds between them). No float: times are whole milliseconds, converted only at
    the system calls.
    ``requests`` counts the requests sent.

    >>> f = Fetcher("http://127.0.0.1:9", Path("no-such-cache"), offline=True)
    >>> f.get("/events/X/competitions/")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FetchError: http://127.0.0.1:9/events/X/competitions/ is not in the cache ...
    """

    def __init__(
        self,
        base: str,
        cache: Path,
        *,
        offline: bool = False,
        timeout_ms: int = 30_000,
        interval_ms: int = 1000,
        tries: int = 3,
    ) -> None:
        self.base = base.rstrip("/")
        self.cache = cache
        self.offline = offline
        self.timeout_ms = timeout_ms
        self.interval_ms = interval_ms
        self.tries = tries
        self.requests = 0
        self._last: int | None = None

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        return self.cache / f"{key}.json", self.cache / f"{key}.meta.json"

    def cached(self, path: str) -> bytes | None:
        """The cached body of ``path``, if any."""
        body, _ = self._paths(self.base + path)
        try:
            return body.read_bytes()
        except FileNotFoundError:
            return None

    def get(self, path: str) -> bytes:
        """The body of ``base + path`` (a whole JSON document), from the service or the
        cache (unchanged: 304)."""
        url = self.base + path
        body_file, meta_file = self._paths(url)
        cached = self.cached(path)
        if self.offline:
            if cached is None:
                raise FetchError(
                    f"{url} is not in the cache (--offline): fetch it once without --offline"
                    f" (cache: {self.cache})"
                )
            return cached
        headers = {"Accept": "application/json", "User-Agent": "skatecalc"}
        if cached is not None:
            try:
                meta = json.loads(meta_file.read_text("utf-8"))
            except (OSError, ValueError):
                meta = {}
            if isinstance(meta, dict):
                if isinstance(meta.get("etag"), str):
                    headers["If-None-Match"] = meta["etag"]
                if isinstance(meta.get("last_modified"), str):
                    headers["If-Modified-Since"] = meta["last_modified"]
        status, body, validators = self._request(url, headers)
        if status == 304:
            if cached is None:
                raise FetchError(f"GET {url}: 304 Not Modified, but nothing is cached")
            return cached
        self.cache.mkdir(parents=True, exist_ok=True)
        tmp = body_file.with_suffix(".tmp")
        tmp.write_bytes(body)
        tmp.replace(body_file)
        meta_file.write_text(json.dumps({"url": url, **validators}), "utf-8")
        return body

    def _wait(self) -> None:
        if self._last is not None:
            left = self.interval_ms - (_clock() - self._last)
            if left > 0:
                _sleep(left)
        self._last = _clock()

    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
        problem = ""
        seconds = EXACT.divide(Decimal(self.timeout_ms), 1000)  # exact: 50 ms is 0.05 s
        timed_out = f"no answer within {seconds} s (timeout)"
        for attempt in range(self.tries):
            if attempt:
                _sleep(1000 * 2 ** (attempt - 1))
            self._wait()
            self.requests += 1
            request = urllib.request.Request(url, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_ms / 1000) as response:
                    body = response.read(MAX_FILE_BYTES + 1)
                    length = response.headers.get("Content-Length")
                    validators = {
                        k: v
                        for k, v in (
                            ("etag", response.headers.get("ETag")),
                            ("last_modified", response.headers.get("Last-Modified")),
                        )
                        if v
                    }
            except urllib.error.HTTPError as exc:
                if exc.code == 304:
                    return 304, b"", {}
                problem = f"HTTP {exc.code} {exc.reason}"
                if exc.code >= 500:
                    continue
                raise FetchError(f"GET {url}: {problem}") from None
            except http.client.IncompleteRead as exc:
                raise FetchError(
                    f"GET {url}: the body was cut short ({len(exc.partial)} bytes of"
                    f" {len(exc.partial) + (exc.expected or 0)}): nothing was kept"
                ) from None
            except TimeoutError:
                problem = timed_out
                continue
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError):
                    problem = timed_out
                    continue
                raise FetchError(f"GET {url}: {exc.reason}") from None
            except (http.client.HTTPException, ConnectionError) as exc:
                raise FetchError(f"GET {url}: the connection failed ({exc!r})") from None
            if len(body) > MAX_FILE_BYTES:
                raise FetchError(
                    f"GET {url}: the body is larger than {MAX_FILE_BYTES // 2**20} MiB"
                    " (the largest response accepted)"
                )
            if length is not None and length.isdigit() and int(length) != len(body):
                raise FetchError(
                    f"GET {url}: the body was cut short ({len(body)} bytes of {length}):"
                    " nothing was kept"
                )
            try:
                json.loads(body)
            except ValueError as exc:
                raise FetchError(
                    f"GET {url}: the body is not whole JSON (truncated?): {exc}; nothing was kept"
                ) from None
            return 200, body, validators
        raise FetchError(f"GET {url}: {problem} ({self.tries} tries)")
