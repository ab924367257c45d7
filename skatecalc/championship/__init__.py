"""Championships: samalog combinations, classifications and required times.

* `skatecalc.championship.combinations` — combinations (distances in skating order)
  and their registry;
* `skatecalc.championship.qualification` — cuts and the final-distance rule, each
  working out its qualifiers;
* `skatecalc.championship.classification` — ``classify``;
* `skatecalc.championship.standings` — ``Standing`` and the ``Standings`` table;
* `skatecalc.championship.standings` — gaps in seconds, points and gaps as text;
* `skatecalc.championship.targets` — required times and the time-to-beat board.
"""

from __future__ import annotations
