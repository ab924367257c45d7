"""Presentation: everything that turns exact results into text for people.

* `width` — display width (East Asian wide characters count two);
* `layout` — one table layout: aligned text, Markdown, HTML, safe CSV;
* ``normalise_lang`` — the one ``lang`` normaliser (``en``/``nl``), from `skatecalc.notation`;
* `catalog` — the catalogues: every word, by key, one TOML file per language; `say` words a
  key or a [`Message`][skatecalc.messages.Message];
* `labels` — English and Dutch headings, words and phrases (views of the catalogues);
* `need` and `quota` — a requirement and the quota's titles and notes in words;
* `numbers` — points, gaps, seconds, times and places as text.

Domain packages never import this package; it sits on top of them. Its modules
`championship`, [`worldcup`][skatecalc.text.worldcup] and `olympic` register the text and
HTML renderers of their domain's table types with
[`render_text`][skatecalc.tabular.render_text] and
[`render_html`][skatecalc.tabular.render_html] (see [`register`][skatecalc.text.register]).
``import skatecalc`` imports none of them: the render hooks import the renderer module of a
table's package the first time such a table is printed (the mapping is
[`RENDERER_MODULES`][skatecalc.tabular.RENDERER_MODULES]), so ``str(table)`` works
everywhere and a program that never prints a World Cup table never loads the World Cup code.

    >>> from decimal import Decimal
    >>> format_points(Decimal("110.98"), normalise_lang("Dutch"))
    '110,980'
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import TableError
from ..examples import KINDS, ExampleList
from ..notation import LANGS, Lang, normalise_lang
from ..tabular import render_html, render_text
from .catalog import heading, phrase, word
from .layout import (
    Align,
    Layout,
    csv_cell,
    csv_text,
    display_width,
    pad,
    plain_value,
    table_layout,
)
from .numbers import (
    format_gap,
    format_ordinal,
    format_points,
    format_result,
    format_seconds,
    format_time,
)

__all__ = [
    "LANGS",
    "Align",
    "Lang",
    "Layout",
    "csv_cell",
    "csv_text",
    "display_width",
    "format_gap",
    "format_ordinal",
    "format_points",
    "format_result",
    "format_seconds",
    "format_time",
    "heading",
    "normalise_lang",
    "pad",
    "phrase",
    "plain_value",
    "register",
    "word",
]

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


def register(
    cls: type[T],
    layout: Callable[[T, Lang], Layout] | None = None,
    *,
    text: Callable[..., str] | None = None,
    html: Callable[[T], str] | None = None,
) -> None:
    """The one way a table type gets its renderers (every module of this package uses it).

    ``layout`` (a table and a language to a [`Layout`][skatecalc.text.Layout]) serves both:
    ``str(table)`` is ``layout(table, "en").text()``, ``render_text(table, lang)`` normalises
    ``lang`` first, and ``table._repr_html_()`` is ``layout(table, "en").html()``. A type
    whose text is not one layout gives ``text`` (a table, a normalised language and the
    renderer's options, e.g. ``gap_rounding=``, to text) and ``html`` (a table to HTML)
    instead; either of them replaces the layout's.

    >>> class Pair(tuple[str, str]):
    ...     pass
    >>> register(Pair, lambda p, lang: Layout(("a", "b"), (tuple(p),)))
    >>> print(render_text(Pair(("x", "y")), "NL"))
    a  b
    x  y
    """
    if layout is None and text is None and html is None:
        raise TableError(f"register({cls.__name__}): give a layout, a text or an html renderer")
    if text is None and layout is not None:
        build = layout

        def text(obj: T, lang: Lang, **options: object) -> str:
            return build(obj, lang).text()

    if html is None and layout is not None:
        build_html = layout

        def html(obj: T) -> str:
            return build_html(obj, "en").html()

    if text is not None:
        words = text

        def text_in(obj: T, lang: object = "en", **options: object) -> str:
            return words(obj, normalise_lang(lang), **options)

        render_text.register(cls, text_in)
    if html is not None:
        render_html.register(cls, html)


def _examples_text(table: ExampleList, lang: Lang) -> str:
    """The built-in examples by kind: the commands that read each kind, then every example
    of it with what it is and its source."""
    from .catalog import say

    lines: list[str] = []
    source = say("examples.source", lang)
    for kind in KINDS:
        lines.append(f"{say(f'examples.{kind}', lang)}:")
        for e in table:
            if e.kind == kind:
                lines += [f"  {e.name}", f"      {e.what}", f"      {source}: {e.source}"]
    return "\n".join(lines)


register(ExampleList, table_layout, text=_examples_text)
