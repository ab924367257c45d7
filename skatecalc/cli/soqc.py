"""``skatecalc olympic soqc``: the Special Olympic Qualification Classification, computed.

``skatecalc olympic soqc SOURCE... --games 2026`` reads World Cup results (official listings,
ISU result PDFs or folders of them, built-in example listings: as the World Cup commands
take them) and prints the SOQC of every Olympic event (``--gender``, ``--event`` choose):
the ranking by World Cup points, the further ranking by World Cup times, the reserve list.
In JSON and CSV every row has the keys ``gender``, ``event``, ``block``, ``quota_rank``,
``nation``, ``no``, ``name``, ``points``, ``time``, ``venue``, ``date``, ``competition``;
``skatecalc olympic quota`` reads that output as its SOQC input.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ..errors import SkatecalcError
from ..notation import LANGS, Lang
from ..olympic import Soqc, quota_rules
from ..text.catalog import say
from ..text.labels import note as note_text
from ..text.soqc import SOQC_LABELS, soqc_event_text
from .common import Table, render

__all__ = ["run_soqc"]


def run_soqc(args: argparse.Namespace) -> str:
    """``skatecalc olympic soqc``."""
    from ..io.soqc import soqc_of_events
    from ..worldcup import cup_name
    from .listing_divisions import warn_races
    from .quota import chosen_events
    from .sources import events_of_sources

    rules = quota_rules(args.games)
    wanted = [(e.gender, e.event) for e in chosen_events(rules, args)]
    events = events_of_sources(args, list(args.sources))
    codes = {"MS": "mass start", "TP": "team pursuit"}
    cups = {cup_name(codes.get(e, e), g) for g, e in wanted}
    s = soqc_of_events(events, args.games, ties=args.ties, events=wanted)
    warn_races(events, cups, args.gender, None)  # once the sources are known to count
    tables = []
    for gender, event in wanted:
        rows = [r for r in s.to_rows() if r["gender"] == gender and r["event"] == event]
        if not rows:
            continue
        ties = [t for t in s.ties if t.startswith(f"{gender} {event}:")]
        note = {lang: say("soqc.note", lang, ties=args.ties, source=rules.source) for lang in LANGS}
        title = {lang: _title(s, gender, event, lang) for lang in LANGS}
        tables.append(
            Table(
                rows,
                _text(s, gender, event, ties, note),
                title,
                {},
                None,
                {lang: [*(note_text(t, lang) for t in ties), note[lang]] for lang in LANGS},
            )
        )
    if not tables:
        raise SkatecalcError(
            "no counted World Cup result for "
            + ", ".join(f"{g} {e}" for g, e in wanted)
            + " in the sources given"
        )
    return render(tables, args)


def _title(s: Soqc, gender: str, event: str, lang: Lang) -> str:
    return f"SOQC {SOQC_LABELS[lang][gender]} {event}"


def _text(
    s: Soqc, gender: str, event: str, ties: list[str], note: dict[Lang, str]
) -> Callable[[Lang], str]:
    def text(lang: Lang) -> str:
        lines = [soqc_event_text(s, gender, event, lang), "", *(note_text(t, lang) for t in ties)]
        return "\n".join([*lines, note[lang]])

    return text
