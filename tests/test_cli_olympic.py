"""``skatecalc olympic`` (`skatecalc.cli.olympic`): selection, outlook, quota, SOQC."""

from __future__ import annotations

import pytest

from .helpers import one_line_error

# --- Olympic command line ---------------------------------------------------------------


@pytest.mark.parametrize(
    "what", ["NED ² men", "NED-²-men", "NED ٢٠٢٢ men", "NED 99999999999 men", "NED-99999999999-men"]
)
def test_cli_olympic_order_bad_year(what: str) -> None:
    one_line_error(f"skatecalc olympic order {what}")


@pytest.mark.parametrize("assign", ["²=X", "٥٠٠=X", "=X", "500=", "99999999999=X"])
def test_cli_olympic_assign(assign: str) -> None:
    err = one_line_error(
        f"skatecalc olympic select okt2021 --order NED-2022-men --assign '{assign}'"
    )
    assert "--assign" in err


def test_cli_olympic_assign_the_1000_twice() -> None:
    err = one_line_error(
        "skatecalc olympic select okt2021 --order NED-2022-men"
        " --assign '1000=Kai Verbij' --assign '1000=Thomas Krol'"
    )
    assert "already assigned to 'Kai Verbij'" in err


def test_cli_olympic_select_warns_of_a_skater_no_designation_names() -> None:
    """``--skater`` adds an eligible skater without an OKT result, which changes a selection
    only when designated: a misspelt name (here of an OKT finisher) is said, not dropped."""
    from .test_cli_common import run

    base = "olympic select --example okt2021 --order NED-2022-men"
    status, plain, err = run(base)
    assert (status, err) == (0, "")
    status, out, err = run(base + " --skater 'Kjeld Nuiss'")
    assert (status, out) == (0, plain)
    assert err == (
        "skatecalc: warning: --skater 'Kjeld Nuiss' is not designated (--add, --assign,"
        " --mass-start): it changes nothing; closest with an OKT result: 'Kjeld Nuis'\n"
    )
    status, out, err = run(base + " --skater 'Kjeld Nuiss' --add 'Kjeld Nuiss'")
    assert status == 0 and err == "" and "Kjeld Nuiss" in out


def test_cli_olympic_select_in_dutch_keeps_every_reason() -> None:
    """Each row's reason is worded in Dutch, not replaced by who earned it and who starts
    (which lost "already on the list" and "beyond the tickets")."""
    from .test_cli_common import run

    base = "olympic select --example okt2021 --order NED-2022-men"
    en = run(base)[1].splitlines()
    nl = run(base + " --lang nl")[1].splitlines()
    assert "Jorrit Bergsma: already on the list (row 5)" in en[8]
    assert "Jorrit Bergsma: al op de lijst (rij 5) (de massastartkeuze van de commissie)" in nl[8]
    assert "unique name 10, beyond the 9 tickets" in en[16]
    assert "unieke naam 10, voorbij de 9 tickets" in nl[16]
    assert len(en) == len(nl)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_cli_olympic_outlook_columns_line_up(lang: str) -> None:
    """The column after the first row starts at one place on every line ("geen rij" is
    wider than "rij 13"; it pushed its line's needs two places to the right)."""
    from .test_cli_common import run

    out = run(
        f"olympic outlook --example okt2021-men-after-500 --order NED-2022-men --lang {lang}"
    )[1]
    lines = out.splitlines()[1:]
    row_word = "rij " if lang == "nl" else "row "
    starts = set()
    for line in lines:
        at = (
            line.index(row_word)
            if row_word in line
            else line.index("geen rij" if lang == "nl" else "no row")
        )
        rest = line[at:]
        cell = rest.split("  ", 1)[0]
        starts.add(at + len(rest) - len(rest[len(cell) :].lstrip(" ")))
    assert len(starts) == 1, out
