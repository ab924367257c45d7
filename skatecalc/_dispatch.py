"""A function chosen by the type of its first argument (the table render hooks,
`skatecalc.tabular.render_text` and ``render_html``).

``functools.singledispatch`` does this, but on Python 3.11 its ``register`` imports
``typing`` (and the module ``weakref``): a tenth of a command's start-up, for hooks that
only ever dispatch on classes.

>>> describe = ByType(lambda obj: "something")
>>> _ = describe.register(int, lambda obj: f"the number {obj}")
>>> describe(3), describe(True), describe("a")
('the number 3', 'the number True', 'something')
"""

from __future__ import annotations

import functools
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["ByType"]


class ByType:
    """A function chosen by its first argument's type: the one registered for the type or
    its nearest base class (in the order of ``__mro__``), else the default. The interface
    of a ``functools.singledispatch`` function for classes: ``register``, ``dispatch``,
    ``registry``."""

    def __init__(self, default: Callable[..., str]) -> None:
        self.registry: dict[type, Callable[..., str]] = {object: default}
        functools.update_wrapper(self, default)

    def register(self, cls: type, func: Callable[..., str]) -> Callable[..., str]:
        """Use ``func`` for ``cls`` and its subclasses (those without their own)."""
        if not isinstance(cls, type):
            raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class.")
        self.registry[cls] = func
        return func

    def dispatch(self, cls: type) -> Callable[..., str]:
        """The function for ``cls``: its own, else its nearest base class's."""
        registry = self.registry
        for base in cls.__mro__:
            found = registry.get(base)
            if found is not None:
                return found
        return registry[object]

    def __call__(self, obj: object, /, *args: Any, **kwargs: Any) -> str:
        return self.dispatch(obj.__class__)(obj, *args, **kwargs)
