"""The rule set ``skatecalc/data/worldcup/calendars.toml`` compiled with the package (start-up time). Written by
``scripts/compile_rules.py``: do not edit."""

# fmt: off
# ruff: noqa
# mypy: ignore-errors

from types import MappingProxyType as M

DATA = M({
    'seasons': M({
        '2025/26': M({
            'source': 'ISU World Cup Speed Skating 2025/26: five events, the first four the Olympic qualification (ISU news, 12 Nov 2025 and 21 Jan 2026; NBC Olympics, Dec 2025)',
            'status': 'derived',
            'events': (
                M({
                    'number': 1,
                    'venue': 'Salt Lake City',
                    'status': 'verified',
                    'source': 'the official result PDFs of World Cup #1 (races 1-28)',
                    'races': M({
                        '500': 2,
                        '1000': 1,
                        '1500': 1,
                        'long': 1,
                        'MS': 1,
                        'TP': 1,
                    }),
                }),
                M({
                    'number': 2,
                    'venue': 'Calgary',
                    'status': 'verified',
                    'source': 'the official result PDFs of World Cup #2 (races 1-28)',
                    'races': M({
                        '500': 2,
                        '1000': 1,
                        '1500': 1,
                        'long': 1,
                        'MS': 1,
                        'TP': 1,
                    }),
                }),
                M({
                    'number': 3,
                    'venue': 'Heerenveen',
                    'status': 'unknown',
                    'source': "the races per distance were not found (the women's 5000 m and men's 10000 m are on the program: ISU news, 3 Dec 2025)",
                }),
                M({
                    'number': 4,
                    'venue': 'Hamar',
                    'status': 'unknown',
                    'source': 'the races per distance were not found (two 500 m races: NBC Olympics, Dec 2025)',
                }),
                M({
                    'number': 5,
                    'venue': 'Inzell',
                    'status': 'derived',
                    'source': "ISU news, 21 Jan 2026 (two 500 m races each); OA Sport, Jan 2026 (women's 3000 m, men's 5000 m, mass starts, team sprint instead of team pursuit); OVB, 25 Jan 2026 (twelve individual and two team races)",
                    'races': M({
                        '500': 2,
                        '1000': 1,
                        '1500': 1,
                        'long': 1,
                        'MS': 1,
                        'TS': 1,
                    }),
                }),
            ),
        }),
    }),
})
