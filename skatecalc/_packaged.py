"""The data files packaged with skatecalc (``skatecalc/data``), read as plain files.

``importlib.resources`` reads them from anywhere (also a zipped package) but importing it
costs a command a tenth of its start-up (it imports ``tempfile``, ``shutil``, ``random``,
``zipfile``); a package installed or run from a source tree has them as plain files beside
its modules, so they are read so, and ``importlib.resources`` is imported only otherwise.

>>> packaged_text("examples/wsc2024-women.csv").startswith("# ISU World Sprint")
True
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DATA", "packaged_text"]

DATA = Path(__file__).resolve().parent / "data"
"""The folder of the packaged data when the package is plain files."""


def packaged_text(relative: str, encoding: str = "utf-8") -> str:
    """The text of ``data/<relative>`` (``relative`` uses ``/``), decoded with ``encoding``."""
    parts = relative.split("/")
    beside = DATA.joinpath(*parts)
    if beside.is_file():
        return beside.read_text(encoding)
    from importlib import resources  # a zipped package

    return resources.files("skatecalc").joinpath("data", *parts).read_text(encoding)
