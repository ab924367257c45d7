"""The rule set ``skatecalc/data/olympic/knsb-2022.toml`` compiled with the package (start-up time). Written by
``scripts/compile_rules.py``: do not edit."""

# fmt: off
# ruff: noqa
# mypy: ignore-errors

from types import MappingProxyType as M

DATA = M({
    'country': 'NED',
    'year': 2022,
    'games': 'Beijing 2022',
    'source': "KNSB selection procedure Beijing 2022; men's 500 m rows confirmed by NOS, 28 Dec 2021",
    'status': 'verified',
    'tickets': 9,
    'discretionary': 3,
    'men': M({
        'rows': (
            '1000#1',
            '5000#1',
            '1500#1',
            '1000#2',
            '10000#1',
            'MS',
            '1500#2',
            '500#1',
            '1000#3',
            '1500#3',
            '5000#2',
            '10000#2',
            '500#2',
            '5000#3',
            '500#3',
        ),
    }),
    'women': M({
        'rows': (
            '5000#1',
            'MS',
            '3000#1',
            '3000#2',
            '500#1',
            '1000#1',
            '1500#1',
            '5000#2',
            '1500#2',
            '1000#2',
            '3000#3',
            '1500#3',
            '1000#3',
            '500#2',
            '500#3',
        ),
    }),
})
