"""Old import paths that still work for one release, with a ``DeprecationWarning``.

A module that moved keeps its old name as a small module whose public names are looked up
on first use (PEP 562): each lookup warns, naming where the name lives now, and returns the
very same object.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     from skatecalc.classification import classify
    >>> import skatecalc as sc
    >>> classify is sc.classify
    True
    >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
    skatecalc.classification.classify is deprecated: import it from skatecalc
    (or skatecalc.championship.classification)
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["moved"]


def moved(
    old: str,
    where: Mapping[str, str],
    public: frozenset[str] = frozenset(),
    *,
    stacklevel: int = 2,
) -> Callable[[str], Any]:
    """``__getattr__`` for the old module ``old``: ``where`` maps each old name to the
    module that defines it now (``"module:attribute"`` when the name changed); names in
    ``public`` are also importable from ``skatecalc`` itself, which the warning recommends.
    ``stacklevel`` 3 when called from the old module's own ``__getattr__``.

    The old names are not listed by ``dir()``: tools that look at every listed attribute
    (test collectors, completion) would warn for each."""

    def __getattr__(name: str) -> Any:
        target = where.get(name)
        if target is None:
            raise AttributeError(f"module {old!r} has no attribute {name!r}")
        module, _, attribute = target.partition(":")
        new = f"skatecalc (or {module})" if name in public else module
        warnings.warn(
            f"{old}.{name} is deprecated: import it from {new}",
            DeprecationWarning,
            stacklevel=stacklevel,
        )
        return getattr(importlib.import_module(module), attribute or name)

    return __getattr__
