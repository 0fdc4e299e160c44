"""The real application: LibreOffice opens, fills, checks, prints and saves generated forms."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from needsaudit.forms import completeness_blank
from needsaudit.i18n import Texts

from .libreoffice import Office, pdf_pages
from .test_forms import resolve

pytestmark = pytest.mark.libreoffice

SINGLE_INPUTS = {
    "NA_AuditDate": "2026-11-20",
    "NA_Age": "7",
    "NA_Sex": "Female",
    "NA_Ethnicity": "Mixed",
    "NA_Disability": "No",
    "NA_LegalStatus": "Child in need",
    "NA_PrimaryNeed": "N1 Abuse or neglect",
    "NA_Story": "Mae ŵyr a ŷd yn y stori: mother left a violent partner in the spring.",
    "NA_OverallSeriousness": "3 Serious",
    "NA_Matched": "Partly",
    "NA_Notes": "Siblings audited separately.",
}
NEED_ROWS = [
    [
        "Mother",
        "Ensuring safety",
        "Mother needs to recognise when a new partner is controlling her",
        "Child is exposed to violence again",
        "4 Very serious",
        "Mother ends contact with risky partners",
        "Safety planning with domestic abuse worker",
        "Domestic abuse support (victim)",
        "Partly met",
    ],
    [
        "Child",
        "Emotional and behavioural development",
        "Child needs to be able to sit still in circle time",
        "Falls behind and is excluded",
        "2 Moderate",
        "Sits for 10 minutes by Easter",
        "Classroom plan",
        "Educational support (SENCo, educational psychology)",
        "Not met",
    ],
    [
        "Child",
        "Health",
        "Child needs his asthma inhaler at school every day",
        "Attacks at school go untreated",
        "3 Serious",
        "Inhaler kept at school all term",
        "Health plan",
        "Health visiting or school nursing",
        "Met",
    ],
    [
        "Father",
        "Stability",
        "Father needs a settled home so contact can happen at weekends",
        "Contact stops and the child loses his father",
        "2 Moderate",
        "Weekend contact every fortnight",
        "Housing advice",
        "Housing support",
        "Not known",
    ],
]


def _fresh(audit: Path, tmp_path: Path, name: str = "00123.xlsx") -> Path:
    target = tmp_path / f"copy-{name}"
    shutil.copyfile(audit / "forms" / "Jo Bloggs" / name, target)
    return target


def _a1(col: int, row: int) -> str:
    return f"{chr(64 + col)}{row}"


def test_a_user_fills_every_input_after_inserting_a_row(
    office: Office, audit: Path, tmp_path: Path
) -> None:
    doc = office.open(_fresh(audit, tmp_path))
    before = office.call("named_range", doc=doc, name="NA_Needs")
    # The auditor inserts a row inside the needs table (above its third row), as Excel and
    # LibreOffice allow on the protected sheet: the name must grow to cover it.
    office.call("insert_rows", doc=doc, sheet="Form", row=before["row1"] + 2)
    needs = office.call("named_range", doc=doc, name="NA_Needs")
    assert (needs["row1"], needs["row2"]) == (before["row1"], before["row2"] + 1)
    for name, text in SINGLE_INPUTS.items():
        where = office.call("named_range", doc=doc, name=name)
        got = office.type(doc, "Form", _a1(where["col1"], where["row1"]), text)
        assert got["string"] != "" or text == "", name
    for i, values in enumerate(NEED_ROWS):
        row = needs["row1"] + i  # the third of these lands in the inserted row
        for j, value in enumerate(values):
            office.type(doc, "Form", _a1(needs["col1"] + j, row), value)
    services = office.call("named_range", doc=doc, name="NA_Services")
    for j, value in enumerate(
        ["Domestic abuse support (victim)", "Women's Aid (fictional)", "Yes", "Yes"]
    ):
        office.type(doc, "Form", _a1(services["col1"] + j, services["row1"]), value)
    assert office.call("show_invalid", doc=doc, sheet="Form") is False
    office.call("recalc", doc=doc)
    line = office.get(doc, "Form", "A2")["string"]
    assert line.startswith("Complete"), line
    out = tmp_path / "filled.xlsx"
    office.save(doc, out)
    office.close_doc(doc)

    # Every value is found again through the names, in the file LibreOffice wrote.
    wb = openpyxl.load_workbook(out)
    ws = wb["Form"]
    for name, text in SINGLE_INPUTS.items():
        _, (col, row, _, _) = resolve(wb, name)
        value = ws.cell(row, col).value
        if name == "NA_AuditDate":
            assert value == datetime(2026, 11, 20)
        elif name == "NA_Age":
            assert value == 7
        else:
            assert value == text, name
    _, (c1, r1, c2, r2) = resolve(wb, "NA_Needs")
    assert r2 - r1 + 1 == 9
    rows = [[ws.cell(r, c).value for c in range(c1, c2 + 1)] for r in range(r1, r1 + 4)]
    assert rows == NEED_ROWS
    _, (c1, r1, _, _) = resolve(wb, "NA_Services")
    assert ws.cell(r1, c1).value == "Domestic abuse support (victim)"
    # Protection, validations and hidden sheets survive LibreOffice's save.
    assert ws.protection.sheet is True
    assert ws.protection.deleteRows is True
    assert wb["Lists"].sheet_state == "hidden"
    assert wb["About"].sheet_state in (
        "hidden",
        "veryHidden",
    )  # LibreOffice turns very hidden into hidden
    assert any("NAL_Sex" in (dv.formula1 or "") for dv in ws.data_validations.dataValidation)


def test_typing_into_a_locked_cell_is_refused(office: Office, audit: Path, tmp_path: Path) -> None:
    doc = office.open(_fresh(audit, tmp_path))
    got = office.type(doc, "Form", "A1", "typed over the title")
    assert got["string"] == "Needs audit form" and got["locked"] is True
    office.close_doc(doc)
    doc = office.open(_fresh(audit, tmp_path))
    where = office.call("named_range", doc=doc, name="NA_CaseRef")
    got = office.type(doc, "Form", _a1(where["col1"], where["row1"]), "ZZ99")
    assert got["string"] == "00123"  # the pre-filled case ref cannot be typed over
    office.close_doc(doc)


def test_libreoffice_sees_the_validations(office: Office, audit: Path, tmp_path: Path) -> None:
    doc = office.open(_fresh(audit, tmp_path))
    sex = office.call("named_range", doc=doc, name="NA_Sex")
    v = office.call("validation", doc=doc, sheet="Form", cell=_a1(sex["col1"], sex["row1"]))
    assert (v["type"], v["formula1"], v["show_input"]) == ("LIST", "NAL_Sex", True)
    age = office.call("named_range", doc=doc, name="NA_Age")
    v = office.call("validation", doc=doc, sheet="Form", cell=_a1(age["col1"], age["row1"]))
    assert (v["type"], v["formula1"], v["formula2"]) == ("WHOLE", "0", "25")
    needs = office.call("named_range", doc=doc, name="NA_Needs")
    v = office.call("validation", doc=doc, sheet="Form", cell=_a1(needs["col1"] + 4, needs["row2"]))
    assert (v["type"], v["formula1"]) == ("LIST", "NAL_Seriousness")
    assert office.call("show_invalid", doc=doc, sheet="Form") is False
    office.type(
        doc, "Form", _a1(sex["col1"], sex["row1"]), "Banana"
    )  # the dispatcher skips validation
    assert office.call("show_invalid", doc=doc, sheet="Form") is True
    office.close_doc(doc)


def test_blank_form_shows_its_checks_before_any_recalculation(
    office: Office, audit: Path, tmp_path: Path
) -> None:
    """The values written with the formulas are what the formulas compute on a blank form."""
    doc = office.open(_fresh(audit, tmp_path))
    cells = ["A2", "J4", "J5", "J6", "J8", "J11", "J20", "J21", "J22", "J23"]
    cached = office.call("get_many", doc=doc, sheet="Form", cells=cells)
    office.call("recalc", doc=doc)
    fresh = office.call("get_many", doc=doc, sheet="Form", cells=cells)
    assert {c: v["string"] for c, v in cached.items()} == {c: v["string"] for c, v in fresh.items()}
    assert fresh["A2"]["string"] == completeness_blank(Texts(), 11)
    assert fresh["J4"]["string"] == "Missing: date age sex"
    office.close_doc(doc)


def test_wording_and_missing_answers_are_flagged_in_the_form(
    office: Office, audit: Path, tmp_path: Path
) -> None:
    doc = office.open(_fresh(audit, tmp_path))
    needs = office.call("named_range", doc=doc, name="NA_Needs")
    r = needs["row1"]
    office.type(doc, "Form", _a1(3, r), "Needs counselling, and a referral to CAMHS.")
    office.type(
        doc, "Form", _a1(3, r + 1), "Offered a self-service kiosk when the family visits the hub"
    )
    office.type(doc, "Form", _a1(3, r + 2), "To be safe")
    office.call("recalc", doc=doc)
    checks = office.call(
        "get_many", doc=doc, sheet="Form", cells=[f"J{r}", f"J{r + 1}", f"J{r + 2}"]
    )
    assert "Check wording" in checks[f"J{r}"]["string"]
    assert "Missing: who area seriousness outcome" in checks[f"J{r}"]["string"]
    assert "Check wording" not in checks[f"J{r + 1}"]["string"]  # self-service is not "service"
    assert "Too short" in checks[f"J{r + 2}"]["string"]
    assert "Check wording" in checks[f"J{r + 2}"]["string"]
    line = office.get(doc, "Form", "A2")["string"]
    assert "Need statements to review: 2" in line  # rows flagged, not flags
    office.close_doc(doc)


def test_blank_form_prints_on_one_a4_page(office: Office, audit: Path, tmp_path: Path) -> None:
    doc = office.open(_fresh(audit, tmp_path))
    pdf = tmp_path / "form.pdf"
    office.call("pdf", doc=doc, path=str(pdf), sheet="Form")
    office.close_doc(doc)
    pages, size = pdf_pages(pdf)
    assert pages == 1
    assert "A4" in size and "841.89 x 595.3" in size  # landscape
    # A readable scale: the bold 10 pt label printed at no less than 70% of its size.
    scale = printed_scale(office, pdf, "Case", tmp_path)
    assert 0.7 <= scale <= 1.0, scale


def printed_scale(office: Office, pdf: Path, label: str, tmp_path: Path) -> float:
    """How large the bold 10 pt ``label`` printed in ``pdf``, against the same label printed
    at 100% from a workbook of its own."""
    import xlsxwriter

    ref = tmp_path / "reference.xlsx"
    wb = xlsxwriter.Workbook(str(ref))
    wb.add_worksheet().write(
        "A1", label, wb.add_format({"bold": True, "font_name": "Arial", "font_size": 10})
    )
    wb.close()
    doc = office.open(ref)
    ref_pdf = tmp_path / "reference.pdf"
    office.call("pdf", doc=doc, path=str(ref_pdf))
    office.close_doc(doc)
    return word_height(pdf, label) / word_height(ref_pdf, label)


def word_height(pdf: Path, word: str) -> float:
    import re
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', out):
        if m[3] == word:
            return float(m[2]) - float(m[1])
    raise AssertionError(f"{word} not in {pdf.name}")
