"""Presentation: everything that turns exact results into text for people.

* :mod:`~skatecalc.text.width` — display width (East Asian wide characters count two);
* :mod:`~skatecalc.text.layout` — one table layout: aligned text, Markdown, HTML, safe CSV;
* :mod:`~skatecalc.text.lang` — the one ``lang`` normaliser (``en``/``nl``);
* :mod:`~skatecalc.text.labels` — English and Dutch headings, words and phrases;
* :mod:`~skatecalc.text.numbers` — points, gaps, seconds, times and places as text.

Domain packages never import this package; it sits on top of them and registers the text
and HTML renderers of their table types with :func:`skatecalc.tabular.render_text` and
:func:`skatecalc.tabular.render_html` (see :func:`register`). ``import skatecalc`` imports
it, so ``str(table)`` works everywhere.

    >>> from decimal import Decimal
    >>> format_points(Decimal("110.98"), normalise_lang("Dutch"))
    '110,980'
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from ..tabular import Tabular, render_html, render_text
from .labels import heading, phrase, word
from .lang import LANGS, Lang, normalise_lang
from .layout import Layout, csv_cell, csv_text, plain_value
from .numbers import (
    format_gap,
    format_ordinal,
    format_points,
    format_result,
    format_seconds,
    format_time,
)
from .width import Align, display_width, pad

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

T = TypeVar("T")


def register(cls: type[T], build: Callable[[T, Lang], Layout]) -> None:
    """Register ``build`` (a table and a language to a :class:`Layout`) as the text and
    HTML renderer of ``cls``: ``str(table)`` is then ``build(table, "en").text()``,
    ``render_text(table, lang)`` normalises ``lang`` first, and ``table._repr_html_()`` is
    ``build(table, "en").html()``.

    >>> class Pair(tuple[str, str]):
    ...     pass
    >>> register(Pair, lambda p, lang: Layout(("a", "b"), (tuple(p),)))
    >>> print(render_text(Pair(("x", "y")), "NL"))
    a  b
    x  y
    """

    def text(obj: T, lang: object = "en") -> str:
        return build(obj, normalise_lang(lang)).text()

    def html(obj: T) -> str:
        return build(obj, "en").html()

    render_text.register(cls, text)
    render_html.register(cls, html)


# Renderers loaded on first use, so that ``import skatecalc`` does not import the domain
# package: a table whose class lives under the key's package gets the renderers of the
# value's module the first time it is printed (``str``, ``render_text``, ``_repr_html_``).
LAZY_RENDERERS: dict[str, str] = {"skatecalc.olympic": "skatecalc.text.olympic"}


def _load_renderers(obj: object) -> bool:
    """Import the renderer module of the package of ``obj``'s class (or a base class) if it
    is lazy and not yet loaded."""
    modules = {cls.__module__ for cls in type(obj).__mro__}
    for package, renderers in LAZY_RENDERERS.items():
        if renderers not in sys.modules and any(
            m == package or m.startswith(package + ".") for m in modules
        ):
            importlib.import_module(renderers)
            return True
    return False


@render_text.register(Tabular)
def _lazy_text(obj: Tabular[Any], lang: str = "en") -> str:
    if _load_renderers(obj) and render_text.dispatch(type(obj)) is not _lazy_text:
        return render_text(obj, lang)
    return render_text.dispatch(object)(obj, lang)


@render_html.register(Tabular)
def _lazy_html(obj: Tabular[Any]) -> str:
    if _load_renderers(obj) and render_html.dispatch(type(obj)) is not _lazy_html:
        return render_html(obj)
    return render_html.dispatch(object)(obj)


from . import worldcup as worldcup  # noqa: E402  (registers the World Cup renderers)
from . import championship as championship  # noqa: E402 (registers the championship renderers)
