"""Championships: samalog combinations, classifications and required times.

* :mod:`skatecalc.championship.combinations` — combinations (distances in skating order)
  and their registry;
* :mod:`skatecalc.championship.qualification` — cuts and the final-distance rule, each
  working out its qualifiers;
* :mod:`skatecalc.championship.classification` — ``classify``;
* :mod:`skatecalc.championship.standings` — ``Standing`` and the ``Standings`` table;
* :mod:`skatecalc.championship.gaps` — gaps in seconds, points and gaps as text;
* :mod:`skatecalc.championship.targets` — required times and the time-to-beat board.
"""

from __future__ import annotations
