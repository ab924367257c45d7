"""``skatecalc fetch isu:EVENT[/N]``: responses of the ISU results service, cached.

``isu:EVENT`` fetches the event's competitions and then every competition's results;
``isu:EVENT/N`` the competitions and competition N's results: reading competition N needs
the competitions response too (its distance, category and title), so that a folder written
with ``--to`` and the cache (``--offline``) hold what a command reads. Every response is
read (`read_results_service`: shape and ``timeBehind`` checked, the results against their
competition) before anything is written; ``--to DIR`` writes the responses as
``EVENT-competitions.json`` and ``EVENT-competition-N-results.json``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import ResultsError
from ..io.feed import Competition, ServiceResults, read_results_service
from ..io.fetch import Fetcher, base_url, cache_dir
from ..io.sniff import parse_isu

__all__ = ["run_fetch"]


def _summary(number: int, title: str, res: ServiceResults) -> str:
    parts = [f"{len(res.finished)} finished"]
    if res.to_skate:
        parts.append(f"{len(res.to_skate)} to skate")
    parts += [f"{x.name} {x.state}" for x in res.others]
    return f"competition {number}{' ' + title if title else ''}: " + ", ".join(parts)


def run_fetch(args: argparse.Namespace) -> str:
    """Fetch, check, write (``--to``) and summarize."""
    event, number = parse_isu(args.target)
    fetcher = Fetcher(
        base_url(),
        Path(args.cache) if args.cache else cache_dir(),
        offline=args.offline,
        timeout_ms=args.timeout,
    )
    path = f"/events/{event}/competitions/"
    body = fetcher.get(path)
    comps = read_results_service(body, kind="competitions", name=fetcher.base + path)
    assert isinstance(comps, tuple)
    files = {f"{event}-competitions.json": body}
    known = {c.number: c for c in comps if isinstance(c, Competition)}
    lines: list[str] = []
    if number is None:
        targets = list(known.values())
        lines.append(f"{event}: {len(targets)} competitions")
    elif number in known:
        targets = [known[number]]
    else:
        raise ResultsError(
            f"isu:{event}/{number}: the event has no competition {number} (its competitions:"
            f" {', '.join(map(str, sorted(known))) or 'none'})"
        )
    for comp in targets:
        path = f"/events/{event}/competitions/{comp.number}/results/"
        body = fetcher.get(path)
        res = read_results_service(body, kind="results", name=fetcher.base + path)
        assert isinstance(res, ServiceResults)
        if comp.category in ("M", "F"):  # what a command checks before reading it as a race
            res.check_of(comp)
        files[f"{event}-competition-{comp.number}-results.json"] = body
        lines.append(_summary(comp.number, comp.title, res))
    if args.to:
        out = Path(args.to)
        out.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            (out / name).write_bytes(content)
        lines.append(f"wrote {len(files)} file{'s' if len(files) != 1 else ''} to {out}")
    sent = fetcher.requests
    lines.append(f"{sent} request{'s' if sent != 1 else ''} sent")
    return "\n".join(lines)
