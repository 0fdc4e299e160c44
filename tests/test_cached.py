"""Stored formula values are what the formulas compute, in every workbook the tool writes or
fills: compared, cell by cell, with LibreOffice's own recalculation (tests/cached.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from needsaudit.audit import init_audit, read_setup
from needsaudit.demo import demo_case_rows, demo_cases, filled_return, write_returns
from needsaudit.forms import build_template, make_forms
from needsaudit.xlsxscan import open_package

from . import builders as b
from .cached import stale_formulas
from .libreoffice import Office

pytestmark = pytest.mark.libreoffice

WORKBOOKS = Path(__file__).resolve().parents[1] / "workbooks"


@pytest.mark.parametrize("name", sorted(p.name for p in WORKBOOKS.glob("*.xls*")))
def test_committed_workbooks_store_what_their_formulas_compute(office: Office, name: str) -> None:
    compared, stale = stale_formulas(office, WORKBOOKS / name)
    assert stale == []
    if "form" in name or "shuffle" in name or "coordinator" in name:
        assert compared > 0  # these have formulas: the comparison compared something


def test_demo_returns_store_what_their_formulas_compute(office: Office, tmp_path: Path) -> None:
    """Returns filled as the demo fills them, imperfections included (missing answers, words
    typed over dropdowns, service-shaped needs from the auditor who writes them)."""
    folder = tmp_path / "audit"
    sample = tmp_path / "sample.csv"
    with open(sample, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(demo_case_rows(24, 7))
    init_audit(folder, sample, audit_id="cached-test")
    make_forms(folder)
    setup = read_setup(folder)
    write_returns(folder, setup, demo_cases(setup.cases, 7), 7)
    returns = [
        p
        for p in sorted((folder / "returns").rglob("*.xlsx"))
        if not p.name.startswith("~") and p.read_bytes()[:2] == b"PK"  # not the encrypted ones
    ]
    assert len(returns) >= 15
    lines = []
    kinds = set()
    for path in returns:
        compared, stale = stale_formulas(office, path)
        assert compared >= 23  # every check of the Form sheet, path.name
        lines += [f"{path.name}: {line}" for line in stale]
        line = _completeness(path)
        kinds.add(line.split(":")[0] + (" + review" if "review" in line else ""))
    assert lines == []
    # Complete forms, incomplete ones, and need statements flagged for review were all seen.
    assert {"Complete", "Still to do"} <= {k.split(" + ")[0] for k in kinds}
    assert any("review" in k for k in kinds)


def _completeness(path: Path) -> str:
    package = open_package(path.read_bytes())
    info = package.sheet("Form")
    assert info is not None
    return str(package.cells(info)[(2, 1)].value)


@pytest.mark.parametrize(
    "needs",
    [
        # Punctuation, line breaks and case around phrases; a phrase inside another word;
        # SEARCH's wildcard characters and a number typed as a need; a need without answers.
        [
            ["Child", "Health", "Needs (CAMHS)\nsoon", "", "2 Moderate", "Outcome"],
            ["Mother", "Housing", "Offered a self-service kiosk at the hub every week", ""],
            ["Child", "Education", "To BE SAFE.", "", "1 Low", "Safe"],
            ["Child", "Education", "What? * ~ are wildcards to SEARCH here", "", "", ""],
            ["Child", "", 12345, "", "3 Serious", "x"],
            ["", "", "", "Only the consequence is written"],
            ["Father", "Income", "  spaces   around  words and a referral ", "", "4 Very serious"],
        ],
        [],
    ],
)
def test_filled_forms_store_what_their_formulas_compute(
    office: Office, audit: Path, tmp_path: Path, needs: list[list[object]]
) -> None:
    setup = read_setup(audit)
    case = setup.cases[0]
    blank = build_template(setup).for_case(case)
    services = [["Youth work", "", "Yes", ""], ["", "Team A", "", ""]]
    data = b.fill_form(
        blank,
        {"NA_Age": 7, "NA_Story": "   "},
        needs,
        services,  # type: ignore[arg-type]
    )
    path = tmp_path / "filled.xlsx"
    path.write_bytes(data)
    compared, stale = stale_formulas(office, path)
    assert compared >= 23  # every check of the Form sheet
    assert stale == []


def test_the_comparison_finds_a_stale_value(office: Office, audit: Path, tmp_path: Path) -> None:
    setup = read_setup(audit)
    blank = build_template(setup).for_case(setup.cases[0])
    path = tmp_path / "stale.xlsx"
    # A value typed into a required input, and the stored values left as the blank form's.
    path.write_bytes(b.set_cell_xml(blank, "E4", "<v>9</v>"))
    _, stale = stale_formulas(office, path)
    assert any(line.startswith("Form!J4:") for line in stale)
    assert any(line.startswith("Form!K2:") for line in stale)


def test_demo_filler_is_the_one_checked() -> None:
    """The demo's returns come through filler.fill_form (the function checked above)."""
    import inspect

    from needsaudit import demo

    assert "fill_form(" in inspect.getsource(filled_return)
    assert demo.fill_form is b.fill_form
