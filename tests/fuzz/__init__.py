"""The fuzz suite: every parser and public entry point fed arbitrary input.

The contract: return a value or raise a :class:`skatecalc.SkatecalcError`. Any other
exception (``ValueError`` from ``int()``, ``decimal.InvalidOperation``, ``RecursionError``,
``TypeError``, ...) fails the test. Quick in the normal run; at full strength with
``pytest tests/fuzz --hypothesis-profile=fuzz`` (see docs/errors.md).
"""
