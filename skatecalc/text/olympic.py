"""Text and HTML of the Olympic tables: a selection, a ticket outlook, a quota allocation.

``str(table)`` is the English text as the press prints it;
[`render_text`][skatecalc.tabular.render_text] gives it in Dutch too (``render_text(table, "nl")``),
and ``table._repr_html_()`` an HTML table for notebooks. The domain package
[`skatecalc.olympic`][skatecalc.olympic] does no formatting; this module registers the renderers of
its tables with [`skatecalc.tabular.render_text`][skatecalc.tabular.render_text] and
[`skatecalc.tabular.render_html`][skatecalc.tabular.render_html]::

    >>> from skatecalc import olympic
    >>> order = olympic.SelectionOrder.build("demo", ["500#1", "1000#1", "500#2"], tickets=2,
    ...                                      discretionary=1)
    >>> view = olympic.outlook(order, {500: ["Ann", "Bea"]})
    >>> print(view)
    demo: 2 tickets, 1 discretionary places; still to come: 1000 m
    Ann  safe  row 1   nothing
    Bea  open  row 3   any one of: win the 1000 m
    >>> print(render_text(view, "nl"))
    demo: 2 tickets, 1 aanwijsplek(ken); nog te gaan: 1000 m
    Ann  zeker  rij 1   niets
    Bea  open   rij 3   één van: winst op de 1000 m

Labels: the ``olympic`` tables of the catalogues (`LABELS` is a view of them). The
Dutch words follow the KNSB and the Dutch press: *aanwijsplek* (discretionary place),
*ploeg* (team), *massastart*.

The words of the ISU country quota (``skatecalc olympic quota``): the Games' title and
the notes on their parameters, an event's title, the places cut by the reduction step and
the number of athletes, in English and Dutch (the ``olympic.quota_*`` templates of the
catalogues).

    >>> from skatecalc.olympic import quota_rules
    >>> quota_title(quota_rules(2026), "nl")
    'Milano Cortina 2026: 164 sporters (82 per geslacht), reservelijst 8'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..messages import Message
from ..notation import LANGS, Lang, normalise_lang, printable
from ..olympic import GamesAllocation, QuotaPlace, QuotaRules, Soqc
from ..olympic.orders import OrderList, SelectionOrder
from ..olympic.outlook import Need, OutlookTable, SkaterOutlook, TicketStatus
from ..olympic.outlook import need_text as outlook_need_text
from ..olympic.quota import Allocation
from ..olympic.rows import MASS_START, Row
from ..olympic.selection import Selection
from ..tabular import render_text  # noqa: F401 (the doctests use it)
from . import register
from .catalog import gender_word, note, rule_status, say, section
from .layout import Layout, display_width, pad, rows_layout, table_layout
from .worldcup import quota_layout, soqc_html, soqc_text

__all__ = [
    "LABELS",
    "STATUS",
    "allocation_layout",
    "order_lines",
    "order_row_word",
    "outlook_layout",
    "outlook_rows",
    "quota_cut",
    "quota_event_title",
    "quota_notes",
    "quota_summary",
    "quota_title",
    "selection_layout",
]


LABELS: Mapping[Lang, Mapping[str, str]] = section("olympic")
"""The words of the Olympic tables, with ``{fields}`` filled in."""

STATUS: Mapping[Lang, Mapping[TicketStatus, str]] = {
    lang: {s: section("olympic.ticket")[lang][s.value] for s in TicketStatus} for lang in LANGS
}
"""A [`TicketStatus`][skatecalc.olympic.TicketStatus] in words."""


SELECTION_STATUS: Mapping[Lang, Mapping[str, str]] = section("olympic.selection")
"""The status of a skater in a selection (``SelectionEntry.status``) in words."""


def _label(lang: Lang, key: str, **fields: object) -> str:
    return LABELS[lang][key].format(**fields)


def _row_text(row: Row, lang: Lang) -> str:
    if row.kind == "okt":
        return _label(lang, "row_okt", distance=row.distance, place=row.place)
    return _label(lang, "row_mass_start" if row.kind == "mass_start" else "row_unknown")


# --- selection order ----------------------------------------------------------------------


def order_lines(order: SelectionOrder, lang: object = "en") -> tuple[str, tuple[str, ...], str]:
    """A selection order as text in three parts: the title, the source and status, and the
    whole text (title, source, status, one line per row, notes); in English the text is
    ``str(order)``.

    >>> from skatecalc.olympic import selection_order
    >>> title, after, text = order_lines(selection_order("NED-2022-men"), "nl")
    >>> title
    'NED-2022-men (Beijing 2022): 9 tickets, hoogstens 3 aanwijsplekken'
    >>> text.splitlines()[8]
    '  6  massastart'
    """
    language = normalise_lang(lang)
    head = order.name + (f" ({order.games})" if order.games else "")
    title = _label(
        language, "order_head", head=head, tickets=order.tickets, limit=order.discretionary
    )
    after = (
        _label(language, "source", source=order.source),
        _label(language, "order_status", status=rule_status(order.status, language)),
    )
    lines = [title, *after]
    for r in order.rows:
        mark = f"  ({rule_status(r.status, language)})" if r.status else ""
        lines.append(f"{r.number:>3}  {_row_text(r, language)}{mark}")
    lines.extend(_label(language, "note", note=note(g.message, language)) for g in order.groups)
    return title, after, "\n".join(lines)


def order_row_word(row: Row, lang: object = "en") -> str:
    """A row of a selection order in words: ``1000 m #2``, ``mass start`` (``massastart``)."""
    return _row_text(row, normalise_lang(lang))


# --- selection ----------------------------------------------------------------------------


def selection_text(sel: Selection, lang: Lang = "en") -> str:
    """The selection as the press prints it: the walk, the designations, the team, every
    row with the reason (worded in the language), the start places."""
    lines = [
        _label(lang, "tickets", name=sel.order.name, tickets=sel.tickets),
        _label(lang, "walk") + sel.walk_line(),
    ]
    designations = [_label(lang, "person", name=n) for n in sel.added] + [
        _label(lang, "assigned", name=n, distance=d) for d, n in sel.assigned
    ]
    if designations:
        lines.append(
            _label(lang, "discretionary", used=len(designations), limit=sel.order.discretionary)
            + ", ".join(designations)
        )
        lines.append(_label(lang, "dropped") + (", ".join(sel.dropped) or _label(lang, "nobody")))
    lines.append(_label(lang, "team", n=len(sel.team)) + ", ".join(sel.team))
    labels = [_row_text(o.row, lang) for o in sel.rows]
    width = max(display_width(label) for label in labels)
    for o, label in zip(sel.rows, labels, strict=True):
        # the reason worded in the language (a catalogue message; plain text as it is)
        detail = say(o.reason, lang) if isinstance(o.reason, Message) else o.reason
        lines.append(f"{o.row.number:>3}  {pad(label, width)}  {detail}")
    lines.append(_label(lang, "start_places"))
    for d, skaters in sel.start_places.items():
        lines.append(_label(lang, "distance_places", distance=d) + ", ".join(skaters))
    if sel.order.mass_start_row is not None:
        ms = sel.rows[sel.order.mass_start_row - 1].holder
        lines.append(_label(lang, "mass_start_places") + (ms or _label(lang, "empty")))
    return "\n".join(printable(line) for line in lines)  # control characters escaped


def selection_layout(sel: Selection, lang: Lang = "en") -> Layout:
    """The walk as a table: number, name, first row, status, team (for HTML, Markdown)."""
    lang = normalise_lang(lang)
    yes, no = ("yes", "no") if lang == "en" else ("ja", "nee")
    rows = tuple(
        (
            "" if r["number"] is None else str(r["number"]),
            str(r["name"]),
            "" if r["first_row"] is None else str(r["first_row"]),
            SELECTION_STATUS[lang].get(str(r["status"]), str(r["status"])),
            yes if r["team"] else no,
        )
        for r in sel.to_rows()
    )
    team = "Team" if lang == "en" else "Ploeg"
    return Layout(
        ("#", _label(lang, "name"), _label(lang, "first_row"), _label(lang, "status"), team),
        rows,
        ("right", "left", "right", "left", "left"),
        before=(_label(lang, "tickets", name=sel.order.name, tickets=sel.tickets),),
    )


# --- outlook ------------------------------------------------------------------------------


def _need(need: Need, lang: Lang) -> str:
    return say(outlook_need_text(need), lang)


def need_text(s: SkaterOutlook, lang: Lang = "en") -> str:
    """What the skater still needs, in words (``SkaterOutlook.need_text`` in ``lang``)."""
    return say(s.need_text, lang)


def _title(view: OutlookTable, lang: Lang) -> str:
    still = ", ".join(
        f"{r} m" if r != MASS_START else _label(lang, "remaining_mass_start")
        for r in view.remaining
    )
    return _label(
        lang,
        "outlook_title",
        name=view.order.name,
        tickets=view.tickets,
        limit=view.discretionary,
        still=still or _label(lang, "nothing_left"),
    )


def outlook_text(view: OutlookTable, lang: Lang = "en") -> str:
    """The outlook as one line per skater: name, status, first row, what they need."""
    lines = [_title(view, lang)]
    names = [printable(s.name) for s in view.skaters]  # control characters escaped
    width = max((display_width(n) for n in names), default=4)
    status_width = max(display_width(t) for t in STATUS[lang].values())
    rows = [
        _label(lang, "row", n=s.first_row) if s.first_row else _label(lang, "no_row")
        for s in view.skaters
    ]
    row_width = max((display_width(r) for r in rows), default=0)  # "geen rij" is wider
    for s, name, row in zip(view.skaters, names, rows, strict=True):
        status = STATUS[lang][s.status]
        lines.append(
            f"{pad(name, width)}  {pad(status, status_width)}  {pad(row, row_width)}"
            f"  {need_text(s, lang)}"
        )
    return "\n".join(lines)


def outlook_rows(view: OutlookTable, lang: object = "en") -> list[dict[str, object]]:
    """``view.to_rows()`` with ``needs`` in ``lang`` (the other values are codes and
    numbers; the command line's markdown writes the codes in the language)."""
    language = normalise_lang(lang)
    rows: list[dict[str, object]] = [dict(row) for row in view.to_rows()]
    for row, s in zip(rows, view.skaters, strict=True):
        if s.needs and language != "en":
            row["needs"] = "; ".join(_need(r, language) for r in s.routes)
    return rows


def outlook_layout(view: OutlookTable, lang: Lang = "en") -> Layout:
    """The outlook as a table (for HTML, Markdown): name, status, first row, needs."""
    lang = normalise_lang(lang)
    rows = tuple(
        (
            s.name,
            STATUS[lang][s.status],
            str(s.first_row) if s.first_row else "",
            need_text(s, lang),
        )
        for s in view.skaters
    )
    return Layout(
        (
            _label(lang, "name"),
            _label(lang, "status"),
            _label(lang, "first_row"),
            _label(lang, "needs"),
        ),
        rows,
        ("left", "left", "right", "left"),
        before=(_title(view, lang),),
    )


# --- quota --------------------------------------------------------------------------------


def allocation_layout(alloc: Allocation, lang: Lang = "en") -> Layout:
    """An event's quota places as a table: place, NOC, name, ranking; the reserve list
    after it."""
    lang = normalise_lang(lang)
    ev = alloc.event
    gender = LABELS[lang].get(ev.gender, ev.gender)
    limit = "?" if ev.max_per_noc is None else str(ev.max_per_noc)
    title = _label(
        lang,
        "allocation_title",
        gender=gender,
        event=ev.event,
        size=ev.size,
        points=ev.points_places,
        times=ev.times_places,
        limit=limit,
    )
    rows = tuple(
        (str(i), p.noc, p.name, LABELS[lang].get(f"via_{p.via}", p.via))
        for i, p in enumerate(alloc.places, start=1)
    )
    after: tuple[str, ...] = ()
    if alloc.reserve:
        after = (_label(lang, "reserve") + ", ".join(f"{p.name} ({p.noc})" for p in alloc.reserve),)
    return Layout(
        (_label(lang, "place"), _label(lang, "noc"), _label(lang, "name"), _label(lang, "via")),
        rows,
        ("right", "left", "left", "left"),
        before=(title,),
        after=after,
    )


# --- registration -------------------------------------------------------------------------


def _order_text(obj: SelectionOrder, lang: Lang) -> str:
    return order_lines(obj, lang)[2]


def _order_html(obj: SelectionOrder) -> str:
    title, after, _ = order_lines(obj, "en")
    return rows_layout(obj.to_rows(), "en", title=title, after=after).html()


register(SelectionOrder, text=_order_text, html=_order_html)
register(OrderList, table_layout, text=lambda t, lang: "\n".join(t.names))
register(Selection, selection_layout, text=selection_text)
register(OutlookTable, outlook_layout, text=outlook_text)
register(Allocation, allocation_layout)


from . import worldcup as _soqc  # noqa: E402,F401  (registers the SOQC renderers)


def _quota_label(lang: Lang, key: str, **fields: object) -> str:
    return say(f"olympic.{key}", lang, **fields)


def quota_title(rules: QuotaRules, lang: Lang) -> str:
    """The title of the Games' quota parameters."""
    return _quota_label(lang, "quota_title", **_fields(rules, lang))


def _fields(rules: QuotaRules, lang: Lang) -> dict[str, object]:
    reserve = rules.reserve if rules.reserve is not None else _quota_label(lang, "quota_no_reserve")
    return {
        "games": rules.games,
        "athletes": rules.athletes,
        "per_gender": rules.per_gender,
        "reserve": reserve,
    }


def quota_notes(rules: QuotaRules, lang: Lang) -> list[str]:
    """The sources and statuses of the Games' parameters, one line each."""
    after = [
        _quota_label(
            lang, "quota_source", source=rules.source, status=rule_status(rules.status, lang)
        ),
        _quota_label(lang, "quota_split", source=rules.split_source),
    ]
    if rules.max_per_noc_source:
        after.append(
            _quota_label(
                lang,
                "quota_max",
                source=rules.max_per_noc_source,
                status=rule_status(rules.max_per_noc_status, lang),
            )
        )
    if rules.reduction is not None:
        r = rules.reduction
        caps = ", ".join(f"{gender_word(g, lang)} {n}" for g, n in r.caps)
        order = ", ".join(f"{gender_word(g, lang)} {e}" for g, e in r.order)
        after.append(
            _quota_label(
                lang,
                "quota_reduction",
                caps=caps,
                order=order,
                source=r.source,
                status=rule_status(r.status, lang),
            )
        )
    return after


def quota_event_title(a: Allocation, lang: Lang) -> str:
    """The title of an event's allocation: size, points/times split, maximum per NOC."""
    e = a.event
    title = _quota_label(
        lang,
        "quota_event",
        gender=gender_word(e.gender, lang),
        event=e.event,
        size=e.size,
        points=e.points_places,
        times=e.times_places,
    )
    if e.max_per_noc is not None:
        title += _quota_label(lang, "quota_event_limit", limit=e.max_per_noc)
    return title


def _counts(counts: Iterable[tuple[str, int]], given: set[str], lang: Lang) -> str:
    return ", ".join(f"{gender_word(g, lang)} {n}" for g, n in counts if g in given)


def quota_summary(games: GamesAllocation, given: set[str], lang: Lang) -> str:
    """The number of athletes per gender (of the ``given`` genders), before and after the
    reduction step."""
    text = _quota_label(lang, "quota_athletes", before=_counts(games.before, given, lang))
    if games.removed:
        text += _quota_label(lang, "quota_after_reduction", after=_counts(games.after, given, lang))
    return text


def quota_cut(removed: Sequence[QuotaPlace], lang: Lang) -> str:
    """The places an event lost in the reduction step."""
    return _quota_label(lang, "quota_cut") + ", ".join(f"{p.name} ({p.noc})" for p in removed)


# the SOQC and the quota parameters are Olympic tables, worded with the World Cup's (their
# races are World Cup races): registered here, so that printing a World Cup table loads no
# Olympic code
register(QuotaRules, quota_layout)
register(Soqc, text=soqc_text, html=soqc_html)
