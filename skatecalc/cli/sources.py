"""A command line's sources, read once through `skatecalc.io.read`.

`inputs_of` turns FILE, the LISTINGs after it and ``--example NAME`` into the
[Input][skatecalc.io.source.Input] values every command reads: a path, ``-`` (standard
input), a folder, ``isu:EVENT[/N]`` (``--cache DIR``, ``--offline``), or the name of a
built-in example. Several sources must all be official (results listings, result PDFs,
results-service responses); `events_of_args` gives their events with one skater joined
across them (``--aliases FILE``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ResultsError, UsageError
from ..examples import EXAMPLES, Example, example_text

if TYPE_CHECKING:
    from ..io.fetch import Fetcher
    from ..io.listing import Event
    from ..io.source import Input

__all__ = [
    "add_sources",
    "events_of_args",
    "events_of_sources",
    "files_of",
    "inputs_of",
    "packaged_listing",
]


def add_sources(parser: argparse.ArgumentParser) -> None:
    """Add ``--aliases FILE``, ``--cache DIR`` and ``--offline`` (how official sources are
    read) to ``parser``."""
    parser.add_argument(
        "--aliases",
        metavar="FILE",
        help="official sources: a CSV of name,same_as lines joining one skater's spellings"
        " (transliterations) across sources; every join is reported",
    )
    parser.add_argument(
        "--cache", metavar="DIR", help="isu: sources: the cache directory (default: the platform's)"
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help="isu: sources: use the cache only (a miss is an error)",
    )


def files_of(args: argparse.Namespace) -> list[str]:
    """The files of a command line: FILE (``args.file``), then the LISTINGs after it
    (``args.more``).

    >>> files_of(argparse.Namespace(file="wc1.txt", more=["wc2.txt"]))
    ['wc1.txt', 'wc2.txt']
    """
    file = getattr(args, "file", None)
    return ([str(file)] if file is not None else []) + [str(f) for f in getattr(args, "more", [])]


def packaged_listing(name: str | Path) -> Example | None:
    """The built-in example listing called ``name`` (see ``skatecalc examples``) when no
    file of that name exists, else ``None``.

    >>> packaged_listing("wc2025-26-2-calgary").path
    'examples/wc2025-26-2-calgary.txt'
    >>> packaged_listing("README.md") is None
    True
    """
    if str(name).startswith("isu:") or Path(name).exists():
        return None
    example = EXAMPLES.get(str(name))
    return example if example is not None and example.kind == "listing" else None


def _example(file: str, kind: str) -> Example | None:
    """The built-in example ``file`` names (of ``kind``, or a listing) when no such file
    exists."""
    if file == "-" or file.startswith("isu:") or Path(file).exists():
        return None
    found = EXAMPLES.get(file)
    return found if found is not None and found.kind in (kind, "listing") else None


def _example_input(example: Example) -> Input:
    from ..io.source import read

    shown = Path(example.path).name if example.kind == "listing" else example.name
    return read(example.path, data=example_text(example).encode("utf-8"), name=shown)


def _fetcher(args: argparse.Namespace) -> Fetcher | None:
    cache, offline = getattr(args, "cache", None), getattr(args, "offline", False)
    if cache is None and not offline:
        return None
    from ..io.fetch import default_fetcher

    return default_fetcher(offline=offline, cache=Path(cache) if cache else None)


def inputs_of(args: argparse.Namespace, kind: str) -> list[Input]:
    """Every source of ``args``, each read once: FILE and the LISTINGs after it, or
    ``--example NAME`` (exactly one of FILE and ``--example``). A FILE that does not
    exist but names a built-in example of ``kind`` (or a listing) is that example.

    >>> [i.format for i in inputs_of(argparse.Namespace(file="wc2025-26-2-calgary",
    ...                                                  example=None), "season")]
    ['listing']
    """
    files = files_of(args)
    example = getattr(args, "example", None)
    if bool(files) == (example is not None):
        raise UsageError(
            "give either FILE (- for standard input) or --example NAME (not both, not neither)"
        )
    if example is not None:
        return [_example_input(EXAMPLES[example])]
    if len(files) > 1 and "-" in files:
        raise ResultsError("- (standard input) can only be the one FILE")
    from ..io.source import read

    fetcher = _fetcher(args)
    out = []
    for file in files:
        found = _example(file, kind)
        out.append(_example_input(found) if found is not None else read(file, fetcher=fetcher))
    if len(out) > 1:
        own = next((i for i in out if not i.official), None)
        if own is not None:
            raise ResultsError(
                f"{own.name!r} is not an official results listing (no race heading such as"
                " '1000 meter (Men), 14.11.2025' in its first lines), ISU result PDF or"
                " results-service response; several files are read only as official results"
            )
    return out


def events_of_args(args: argparse.Namespace, inputs: list[Input]) -> list[Event]:
    """The events of official ``inputs``, one skater joined across them (``--aliases``)."""
    from ..io.source import events_of

    path = getattr(args, "aliases", None)
    if path is None:
        return events_of(inputs)
    from ..io.aliases import read_aliases

    return events_of(inputs, aliases=read_aliases(path))


def events_of_sources(args: argparse.Namespace, sources: list[str]) -> list[Event]:
    """The events of the official ``sources`` of a command that takes only official
    sources (``SOURCE...``), read as FILE and LISTINGs are (``--aliases``, ``--cache``,
    ``--offline``; a name of a built-in example listing is that listing)."""
    named = argparse.Namespace(
        **{**vars(args), "file": sources[0], "more": list(sources[1:]), "example": None}
    )
    return events_of_args(named, inputs_of(named, "listing"))
