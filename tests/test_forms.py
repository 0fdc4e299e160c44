"""Generated forms, read back from disk with openpyxl (a reader we did not write)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.cell import range_boundaries

from needsaudit.audit import Setup, read_setup
from needsaudit.forms import (
    LIST_NAME,
    PH_AGENCY,
    PH_AUDITOR,
    PH_CASE_REF,
    build_template,
    form_bytes,
    load_record,
    make_forms,
)
from needsaudit.issues import NeedsAuditError
from needsaudit.names import (
    FIELDS,
    FORM_NEED_ROWS,
    FORM_SERVICE_ROWS,
    FORM_VERSION,
    MAX_AGE,
    NA_NEEDS,
    NA_SERVICES,
    NEEDS_COLUMNS,
    SERVICES_COLUMNS,
    SETUP_FILE,
    Kind,
)

ALL_NAMES = [f.name for f in FIELDS] + [NA_NEEDS, NA_SERVICES]


def load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def resolve(wb: openpyxl.Workbook, name: str) -> tuple[str, tuple[int, int, int, int]]:
    """A workbook-scope defined name -> (sheet, (min_col, min_row, max_col, max_row))."""
    defined = wb.defined_names[name]
    ((sheet, ref),) = list(defined.destinations)
    bounds = range_boundaries(ref.replace("$", ""))
    return sheet, (int(bounds[0]), int(bounds[1]), int(bounds[2]), int(bounds[3]))  # type: ignore[arg-type]


def validation_at(ws, row: int, col: int):  # type: ignore[no-untyped-def]
    from openpyxl.utils import get_column_letter

    ref = f"{get_column_letter(col)}{row}"
    found = [dv for dv in ws.data_validations.dataValidation if ref in dv.sqref]
    assert len(found) == 1, f"{ref}: {len(found)} validations"
    return found[0]


def list_values(wb: openpyxl.Workbook, name: str) -> list[object]:
    sheet, (c1, r1, _c2, r2) = resolve(wb, name)
    ws = wb[sheet]
    return [ws.cell(r, c1).value for r in range(r1, r2 + 1)]


@pytest.fixture
def form(audit: Path) -> Path:
    return audit / "forms" / "Jo Bloggs" / "00123.xlsx"


def test_every_name_resolves_to_the_right_place(form: Path) -> None:
    wb = load(form)
    for name in ALL_NAMES:
        sheet, (c1, r1, c2, r2) = resolve(wb, name)
        assert sheet == "Form", name
        if name == NA_NEEDS:
            assert (c2 - c1 + 1, r2 - r1 + 1) == (len(NEEDS_COLUMNS), FORM_NEED_ROWS)
            header_row = [wb["Form"].cell(r1 - 1, c).value for c in range(c1, c2 + 1)]
            assert [h.rstrip(" *") for h in header_row] == [c.header for c in NEEDS_COLUMNS]
        elif name == NA_SERVICES:
            assert (c2 - c1 + 1, r2 - r1 + 1) == (len(SERVICES_COLUMNS), FORM_SERVICE_ROWS)
            header_row = [wb["Form"].cell(r1 - 1, c).value for c in range(c1, c2 + 1)]
            assert header_row == [c.header for c in SERVICES_COLUMNS]
        else:
            assert (c1, r1) == (c2, r2), f"{name} is one cell"
    ws = wb["Form"]
    cell = {n: resolve(wb, n)[1][:2] for n in ALL_NAMES}
    assert ws.cell(cell["NA_CaseRef"][1], cell["NA_CaseRef"][0]).value == "00123"
    assert ws.cell(cell["NA_Auditor"][1], cell["NA_Auditor"][0]).value == "Jo Bloggs"
    assert ws.cell(cell["NA_Agency"][1], cell["NA_Agency"][0]).value == "Children's social care"
    # Every single input sits to the right of a label that names it.
    for spec in FIELDS:
        col, row = cell[spec.name]
        if spec.name in ("NA_Story", "NA_Notes"):
            continue
        assert ws.cell(row, col - 1).value.rstrip(" *") == spec.label


def test_every_list_input_has_the_right_validation(form: Path, audit_setup: Setup) -> None:
    wb = load(form)
    ws = wb["Form"]
    for spec in FIELDS:
        if spec.prefilled or spec.kind in (Kind.TEXT, Kind.LONG_TEXT):
            continue
        _, (col, row, _, _) = resolve(wb, spec.name)
        dv = validation_at(ws, row, col)
        assert dv.showInputMessage and dv.prompt, spec.name
        if spec.kind is Kind.LIST:
            assert dv.type == "list"
            assert spec.list_sheet is not None
            assert dv.formula1 == LIST_NAME[spec.list_sheet]
            assert list_values(wb, dv.formula1) == audit_setup.lists.values(spec.list_sheet)
        elif spec.kind is Kind.CHOICE:
            assert dv.type == "list"
            assert dv.formula1 == '"' + ",".join(spec.choices) + '"'
        elif spec.kind is Kind.AGE:
            assert (dv.type, dv.operator, dv.formula1, dv.formula2) == (
                "whole",
                None,  # "between" is the schema default
                "0",
                str(MAX_AGE),
            )
        elif spec.kind is Kind.DATE:
            assert dv.type == "date"
    for table, columns in ((NA_NEEDS, NEEDS_COLUMNS), (NA_SERVICES, SERVICES_COLUMNS)):
        _, (c1, r1, _c2, r2) = resolve(wb, table)
        for offset, column in enumerate(columns):
            for row in (r1, r2):
                dv = validation_at(ws, row, c1 + offset)
                if column.kind is Kind.LIST:
                    assert column.list_sheet is not None
                    assert dv.formula1 == LIST_NAME[column.list_sheet]
                elif column.kind is Kind.CHOICE:
                    assert dv.formula1 == '"' + ",".join(column.choices) + '"'


def test_inputs_unlocked_everything_else_locked(form: Path) -> None:
    wb = load(form)
    ws = wb["Form"]
    inputs: set[tuple[int, int]] = set()
    for name in ALL_NAMES:
        spec = next((f for f in FIELDS if f.name == name), None)
        if spec is not None and spec.prefilled:
            continue
        _, (c1, r1, c2, r2) = resolve(wb, name)
        inputs |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    merged_inputs = set()
    for rng in ws.merged_cells.ranges:
        if (rng.min_row, rng.min_col) in inputs:
            merged_inputs |= {
                (r, c)
                for r in range(rng.min_row, rng.max_row + 1)
                for c in range(rng.min_col, rng.max_col + 1)
            }
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=11):
        for cell in row:
            where = (cell.row, cell.column)
            if where in inputs:
                assert cell.protection.locked is False, cell.coordinate
            elif where not in merged_inputs:
                assert cell.protection.locked is not False, cell.coordinate
    # The prefilled case details are locked.
    _, (col, row, _, _) = resolve(wb, "NA_CaseRef")
    assert ws.cell(row, col).protection.locked is not False


def test_protection_flags_as_the_contract_says(form: Path) -> None:
    wb = load(form)
    p = wb["Form"].protection
    assert p.sheet is True
    assert p.password is None
    assert p.selectUnlockedCells is False  # False = allowed
    assert p.formatRows is False
    assert p.insertRows is False
    assert p.deleteRows is True
    assert p.deleteColumns is True
    assert wb.security is not None and wb.security.lockStructure is True
    assert wb.security.workbookPassword is None
    states = [(ws.title, ws.sheet_state) for ws in wb.worksheets]
    assert states == [
        ("Form", "visible"),
        ("Guidance", "visible"),
        ("Lists", "hidden"),
        ("About", "veryHidden"),
    ]


def test_about_sheet(form: Path, audit_setup: Setup) -> None:
    wb = load(form)
    rows = {r[0].value: r[1].value for r in wb["About"].iter_rows(min_row=2)}
    assert rows["audit_id"] == audit_setup.settings.audit_id
    assert rows["form_version"] == FORM_VERSION
    assert rows["case_ref"] == "00123"
    assert rows["auditor"] == "Jo Bloggs"
    assert [c.value for c in wb["About"][1]] == ["Key", "Value"]


def test_print_setup_and_first_input(form: Path) -> None:
    wb = load(form)
    ws = wb["Form"]
    assert wb.active.title == "Form"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_area == "'Form'!$A$1:$I$28"
    footer = ws.oddFooter
    assert "00123" in footer.left.text
    assert "Test audit" in footer.center.text
    assert f"Form version {FORM_VERSION}" in footer.right.text
    _, (col, row, _, _) = resolve(wb, "NA_AuditDate")
    assert ws.sheet_view.selection[0].activeCell == f"{chr(64 + col)}{row}"
    # Rows are tall enough for what they hold (no writer computes heights for us).
    _, (_, r1, _, r2) = resolve(wb, NA_NEEDS)
    assert all((ws.row_dimensions[r].height or 0) >= 33 for r in range(r1, r2 + 1))
    _, (col, row, _, _) = resolve(wb, "NA_Story")
    assert (ws.row_dimensions[row].height or 0) >= 59
    guidance = [c.value for c in wb["Guidance"]["A"] if c.value]
    text = " ".join(guidance)
    for word in ("Good:", "Not a need", "Seriousness", "4 Very serious", "If not met"):
        assert word in text


def test_placeholders_replaced_everywhere(audit: Path) -> None:
    for path in (audit / "forms").rglob("*.xlsx"):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                data = zf.read(name)
                for ph in (PH_CASE_REF, PH_AUDITOR, PH_AGENCY):
                    assert ph.encode() not in data, (path.name, name)
    wb = load(audit / "forms" / "Sam Patel" / "X&Y.xlsx")
    footer = wb["Form"].oddFooter.left
    assert (footer.text, footer.size) == ("Case X&&Y", 8)  # "&" is a footer code: doubled
    assert wb["Form"]["B3"].value == "X&Y"


def test_deterministic_with_fixed_time(audit_setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    case = audit_setup.cases[0]
    assert form_bytes(audit_setup, case) == form_bytes(audit_setup, case)
    assert build_template(audit_setup).digest == build_template(audit_setup).digest


def test_forms_written_once_and_recorded(audit: Path) -> None:
    record = load_record(audit)
    assert sorted(v["path"] for v in record.values()) == [
        "forms/Jo Bloggs/00123.xlsx",
        "forms/Jo Bloggs/AB12.xlsx",
        "forms/Sam Patel/C-77.xlsx",
        "forms/Sam Patel/X&Y.xlsx",
    ]
    again = make_forms(audit)
    assert again.written == [] and len(again.unchanged) == 4 and again.issues == []


def test_never_overwrites_a_form_filled_in_place(audit: Path) -> None:
    path = audit / "forms" / "Jo Bloggs" / "AB12.xlsx"
    wb = load(path)
    wb["Form"]["A8"] = "typed by the auditor"
    wb.save(path)
    filled = path.read_bytes()
    result = make_forms(audit, force=True)
    assert path.read_bytes() == filled
    assert [i.code for i in result.issues] == ["form-changed"]
    assert result.kept == [path]


def test_force_rewrites_untouched_forms_after_a_list_edit(audit: Path) -> None:
    wb = openpyxl.load_workbook(audit / SETUP_FILE)
    wb["Sex"]["A5"] = "Prefer not to say"
    wb.save(audit / SETUP_FILE)
    assert make_forms(audit).rewritten == []
    result = make_forms(audit, force=True)
    assert len(result.rewritten) == 4
    wb = load(audit / "forms" / "Jo Bloggs" / "00123.xlsx")
    assert "Prefer not to say" in list_values(wb, "NAL_Sex")


def test_case_moved_to_another_auditor(audit: Path) -> None:
    wb = openpyxl.load_workbook(audit / SETUP_FILE)
    wb["Cases"]["B3"] = "Sam Patel"  # AB12 moves from Jo to Sam
    wb.save(audit / SETUP_FILE)
    result = make_forms(audit)
    assert (audit / "forms" / "Sam Patel" / "AB12.xlsx").exists()
    assert (audit / "forms" / "Jo Bloggs" / "AB12.xlsx").exists()  # the old one is left alone
    (moved,) = result.issues
    assert moved.code == "form-moved" and "forms/Jo Bloggs/AB12.xlsx" in moved.message


def test_one_auditor_only(tmp_path: Path, audit: Path) -> None:
    import shutil

    shutil.rmtree(audit / "forms")
    (audit / ".needsaudit" / "forms.json").unlink()
    result = make_forms(audit, auditor="sam patel")
    assert sorted(p.name for p in result.written) == ["C-77.xlsx", "X&Y.xlsx"]
    with pytest.raises(NeedsAuditError, match="No case"):
        make_forms(audit, auditor="Nobody")


def test_bad_row_in_setup_gets_no_form(audit: Path) -> None:
    wb = openpyxl.load_workbook(audit / SETUP_FILE)
    wb["Cases"].append(["X" * 101, "Jo Bloggs"])  # longer than any ref
    wb.save(audit / SETUP_FILE)
    result = make_forms(audit)
    assert result.no_form == ["setup.xlsx Cases!A6"]
    assert [i.code for i in result.issues] == ["bad-sample-row"]
    assert read_setup(audit).cases[-1].ref == "C-77"
