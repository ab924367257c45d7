"""The rule set ``skatecalc/data/olympic/knsb-2018.toml`` compiled with the package (start-up time). Written by
``scripts/compile_rules.py``: do not edit."""

# fmt: off
# ruff: noqa
# mypy: ignore-errors

from types import MappingProxyType as M

DATA = M({
    'country': 'NED',
    'year': 2018,
    'games': 'PyeongChang 2018',
    'source': 'KNSB selection procedure PyeongChang 2018, partial; completed from the Dutch press, December 2017',
    'status': 'unverified',
    'tickets': 10,
    'discretionary': 3,
    'men': M({
        'rows': (
            '10000#1',
            '5000#1',
            '1500#1',
            '1000#1',
            '10000#2',
            '1000#2',
            '1500#2',
            '500#1',
            '500#2',
            '5000#2',
            '?',
            '?',
            '?',
            '1500#3',
            '5000#3',
        ),
        'unknown_groups': (
            M({
                'rows': (
                    11,
                    12,
                    13,
                ),
                'holds': (
                    '500#3',
                    '1000#3',
                    'MS',
                ),
            }),
        ),
    }),
    'women': M({
        'rows': (
            '3000#1',
            '3000#2',
            '1500#1',
            '1000#1',
            '1500#2',
            '1500#3',
            '1000#2',
            '?',
            '?',
            '3000#3',
            '?',
            '1000#3',
            '?',
            '?',
            '500#3',
        ),
    }),
})
