"""``python -m skatecalc``: the command line (exit statuses in `skatecalc.cli`)."""

import sys

from .cli import run

if __name__ == "__main__":
    sys.exit(run())
