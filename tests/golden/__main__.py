"""``python -m tests.golden [--update] [NAME ...]``: check (or rewrite) the golden files.

Run from the repository root. ``--update`` is for an *intended* output change only: review
``git diff tests/golden`` before committing the rewritten files.
"""

from __future__ import annotations

import argparse

from tests.golden import CASES, mismatches, stray_files, update


def main() -> int:
    """Check or update the golden files; exit status 1 when a check found a difference."""
    parser = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__)
    parser.add_argument("--update", action="store_true", help="rewrite the golden files")
    parser.add_argument("names", nargs="*", help="only the cases whose name contains one")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.names or any(n in c.name for n in args.names)]
    failed = False
    for case in cases:
        if args.update:
            for path in update(case):
                print(f"wrote {path}")
        else:
            for problem in mismatches(case):
                print(problem)
                failed = True
    if not args.names:
        for path in stray_files():
            if args.update:
                path.unlink()
                print(f"removed {path}")
            else:
                print(f"no case writes {path}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
