"""The coordinator workbooks in the real spreadsheet application: LibreOffice, headless.

LibreOffice is not Excel, but it reads the VBA project the way an independent application
would (its Basic IDE, in VBA compatibility mode) and can even run the button macros: with no
xlwings there, a button must say so on the Control sheet and name the command to use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from needsaudit.coordinator import build_coordinator
from needsaudit.i18n import CY, CY_EN
from needsaudit.names import EXCEL_STEPS, NA_C_FOLDER, NA_C_RESULT, SH_C_CONTROL
from needsaudit.workbook import describe_lock

from .libreoffice import Office
from .test_vba import bas_sources, normalise

pytestmark = pytest.mark.libreoffice


def test_libreoffice_loads_every_module_intact(office: Office, tmp_path: Path) -> None:
    xlsm, _ = build_coordinator(tmp_path)
    libraries = office.call("basic_modules", path=str(xlsm))
    modules = libraries["VBAProject"]
    for name, source in bas_sources().items():
        assert normalise(modules[name]) == normalise(source), name
    for document in ("ThisWorkbook", "Sheet1", "Sheet2", "Sheet3", "Sheet4"):
        assert normalise(modules[document]) == ""


def test_a_button_without_python_explains_and_names_the_command(
    office: Office, tmp_path: Path
) -> None:
    xlsm, _ = build_coordinator(tmp_path, folder="my-audit")
    doc = office.call("open", path=str(xlsm), macros=True)
    try:
        office.call("run_macro", doc=doc, macro="VBAProject.NeedsAudit.MergeReturns")
        result = office.get(doc, SH_C_CONTROL, "B11")["string"]
        when = office.get(doc, SH_C_CONTROL, "B15")
    finally:
        office.close_doc(doc)
    assert result.startswith("Excel could not run Python for this step")
    assert "needsaudit merge <audit folder>" in result
    assert when["type"] == "VALUE" and when["value"] > 46000  # a date: the macro's Now


@pytest.mark.parametrize(
    ("language", "control", "starts"),
    [
        (CY, "Rheoli", "Ni allai Excel redeg Python ar gyfer y cam hwn ("),
        (CY_EN, "Rheoli - Control", "Ni allai Excel redeg Python ar gyfer y cam hwn ("),
    ],
)
def test_a_button_without_python_explains_in_the_workbooks_language(
    office: Office, tmp_path: Path, language: str, control: str, starts: str
) -> None:
    """The macro takes its words from the workbook (Welsh first when bilingual) and fills in
    the error and the step."""
    xlsm, _ = build_coordinator(tmp_path, folder="archwiliad", language=language)
    doc = office.call("open", path=str(xlsm), macros=True)
    try:
        office.call("run_macro", doc=doc, macro="VBAProject.NeedsAudit.CheckReturns")
        result = office.get(doc, control, "B11")["string"]
    finally:
        office.close_doc(doc)
    assert result.startswith(starts), result
    assert "{why}" not in result and "{step}" not in result
    assert "ar y ddalen Rheoli" in result
    assert "needsaudit check <audit folder>" in result
    english = "\n\nExcel could not run Python for this step (" in result
    assert english is (language == CY_EN), result


def test_without_excel_each_step_shows_its_command(office: Office, tmp_path: Path) -> None:
    _, xlsx = build_coordinator(tmp_path)
    doc = office.open(xlsx)
    try:
        named = office.call("named_range", doc=doc, name=NA_C_FOLDER)
        assert (named["sheet"], named["row1"], named["col1"]) == (SH_C_CONTROL, 4, 2)
        office.call("set_string", doc=doc, sheet=SH_C_CONTROL, cell="B4", text="D:\\Audit 2026")
        office.call("recalc", doc=doc)
        shown = {
            step.command: office.get(doc, SH_C_CONTROL, f"D{18 + i}")["string"]
            for i, step in enumerate(EXCEL_STEPS)
        }
        result = office.call("named_range", doc=doc, name=NA_C_RESULT)
    finally:
        office.close_doc(doc)
    assert shown["merge"] == 'needsaudit merge "D:\\Audit 2026"'
    assert shown["init"] == 'needsaudit init "D:\\Audit 2026"'
    assert shown["demo"] == 'needsaudit demo "D:\\Audit 2026"'
    assert (result["row1"], result["col1"]) == (11, 2)


def test_libreoffice_lock_files_name_who_has_the_workbook(office: Office, tmp_path: Path) -> None:
    _, xlsx = build_coordinator(tmp_path)
    doc = office.open(xlsx)
    try:
        raw = bytes.fromhex(office.call("lock_file", doc=doc))
    finally:
        office.close_doc(doc)
    lock = tmp_path / ".~lock.x.xlsx#"
    lock.write_bytes(raw)
    who = describe_lock(lock)
    assert who.startswith("LibreOffice (") and who != "LibreOffice ()"
    fields = raw.decode().split(",")
    assert who == f"LibreOffice ({fields[0] or fields[1]})"
