"""The rule set ``skatecalc/data/olympic/knsb-2026.toml`` compiled with the package (start-up time). Written by
``scripts/compile_rules.py``: do not edit."""

# fmt: off
# ruff: noqa
# mypy: ignore-errors

from types import MappingProxyType as M

DATA = M({
    'country': 'NED',
    'year': 2026,
    'games': 'Milano Cortina 2026',
    'source': 'KNSB selection procedure Milano Cortina 2026',
    'status': 'unverified',
    'tickets': 9,
    'discretionary': 3,
    'men': M({
        'rows': (
            'MS',
            '1000#1',
            '500#1',
            '1500#1',
            '1000#2',
            '5000#1',
            '1000#3',
            '5000#2',
            '1500#2',
            '10000#1',
            '500#2',
            '1500#3',
            '5000#3',
            '500#3',
            '10000#2',
        ),
    }),
    'women': M({
        'rows': (
            '500#1',
            '1500#1',
            'MS',
            '3000#1',
            '1000#1',
            '5000#1',
            '1000#2',
            '5000#2',
            '1500#2',
            '3000#2',
            '500#2',
            '500#3',
            '3000#3',
            '1500#3',
            '1000#3',
        ),
        'row_status': M({
            '8': 'derived',
        }),
    }),
})
