"""Championships: samalog combinations, classifications and required times.

* :mod:`skatecalc.championship.targets` — required times and the time-to-beat board.
"""

from __future__ import annotations
