"""The rule set ``skatecalc/data/olympic/okt2021.toml`` compiled with the package (start-up time). Written by
``scripts/compile_rules.py``: do not edit."""

# fmt: off
# ruff: noqa
# mypy: ignore-errors

from types import MappingProxyType as M

DATA = M({
    'men': M({
        '500': (
            'Merijn Scheperkamp',
            "Dai Dai N'tab",
            'Kai Verbij',
            'Thomas Krol',
            'Ronald Mulder',
        ),
        '1000': (
            'Thomas Krol',
            'Kai Verbij',
            'Hein Otterspeer',
            'Kjeld Nuis',
        ),
        '1500': (
            'Kjeld Nuis',
            'Thomas Krol',
            'Tijmen Snel',
            'Patrick Roest',
            'Marcel Bosker',
        ),
        '5000': (
            'Patrick Roest',
            'Jorrit Bergsma',
            'Sven Kramer',
            'Marcel Bosker',
        ),
        '10000': (
            'Jorrit Bergsma',
            'Patrick Roest',
            'Beau Snellink',
        ),
        'mass_start': 'Jorrit Bergsma',
    }),
    'women': M({
        '500': (
            'Femke Kok',
            'Jutta Leerdam',
            'Michelle de Jong',
            'Suzanne Schulting',
        ),
        '1000': (
            'Jutta Leerdam',
            'Antoinette de Jong',
            'Ireen Wüst',
            'Michelle de Jong',
            'Jorien ter Mors',
            'Femke Kok',
        ),
        '1500': (
            'Antoinette de Jong',
            'Ireen Wüst',
            'Marijke Groenewoud',
            'Melissa Wijfje',
            'Irene Schouten',
        ),
        '3000': (
            'Irene Schouten',
            'Antoinette de Jong',
            'Carlijn Achtereekte',
            'Merel Conijn',
            'Joy Beune',
        ),
        '5000': (
            'Irene Schouten',
            "Sanne in 't Hof",
            'Carlijn Achtereekte',
            'Merel Conijn',
        ),
        'mass_start': 'Irene Schouten',
    }),
    'expected': M({
        'men': M({
            'names': (
                'Thomas Krol',
                'Patrick Roest',
                'Kjeld Nuis',
                'Kai Verbij',
                'Jorrit Bergsma',
                'Merijn Scheperkamp',
                'Hein Otterspeer',
                'Tijmen Snel',
                "Dai Dai N'tab",
                'Sven Kramer',
            ),
            'tickets': 9,
        }),
        'women': M({
            'names': (
                'Irene Schouten',
                'Antoinette de Jong',
                'Femke Kok',
                'Jutta Leerdam',
                "Sanne in 't Hof",
                'Ireen Wüst',
                'Carlijn Achtereekte',
                'Marijke Groenewoud',
                'Michelle de Jong',
            ),
            'tickets': 9,
        }),
    }),
    'actual': M({
        'men': M({
            'added': (
                'Sven Kramer',
                'Marcel Bosker',
            ),
            'team': (
                'Thomas Krol',
                'Patrick Roest',
                'Kjeld Nuis',
                'Kai Verbij',
                'Jorrit Bergsma',
                'Merijn Scheperkamp',
                'Hein Otterspeer',
                'Sven Kramer',
                'Marcel Bosker',
            ),
            '500': (
                'Merijn Scheperkamp',
                'Kai Verbij',
                'Thomas Krol',
            ),
            '1000': (
                'Thomas Krol',
                'Kai Verbij',
                'Hein Otterspeer',
            ),
            '1500': (
                'Kjeld Nuis',
                'Thomas Krol',
                'Marcel Bosker',
            ),
            '5000': (
                'Patrick Roest',
                'Jorrit Bergsma',
                'Sven Kramer',
            ),
            '10000': (
                'Jorrit Bergsma',
                'Patrick Roest',
            ),
        }),
        'women': M({
            'added': (),
            'team': (
                'Irene Schouten',
                'Antoinette de Jong',
                'Femke Kok',
                'Jutta Leerdam',
                "Sanne in 't Hof",
                'Ireen Wüst',
                'Carlijn Achtereekte',
                'Marijke Groenewoud',
                'Michelle de Jong',
            ),
            '500': (
                'Femke Kok',
                'Jutta Leerdam',
                'Michelle de Jong',
            ),
            '1000': (
                'Jutta Leerdam',
                'Antoinette de Jong',
                'Ireen Wüst',
            ),
            '1500': (
                'Antoinette de Jong',
                'Ireen Wüst',
                'Marijke Groenewoud',
            ),
            '3000': (
                'Irene Schouten',
                'Antoinette de Jong',
                'Carlijn Achtereekte',
            ),
            '5000': (
                'Irene Schouten',
                "Sanne in 't Hof",
            ),
        }),
    }),
})
