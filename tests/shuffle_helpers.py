"""Acting as the audit group on shuffle.xlsx (through openpyxl, as a spreadsheet would), in
whatever language the workbook is: sheets and headers by their English names (the codes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from needsaudit.names import case_key
from needsaudit.shufflewords import header_codes, sheet_codes


def sheet(wb: Any, name: str) -> Any:
    """One of the tool's sheets by its English name, whatever it is called in this workbook."""
    return wb[sheet_codes(wb.sheetnames).get(name, name)]


def header(ws: Any) -> list[str]:
    """The header row with the tool's headers by their English names."""
    return header_codes([c.value if isinstance(c.value, str) else "" for c in ws[1]])


def case_rows(path: Path) -> dict[str, dict[str, Any]]:
    """Cases sheet rows by case key: header -> value, plus '_row'."""
    wb = openpyxl.load_workbook(path)
    ws = sheet(wb, "Cases")
    head = header(ws)
    out = {}
    for r in range(2, ws.max_row + 1):
        values = {h: ws.cell(r, i + 1).value for i, h in enumerate(head) if h}
        if values.get("Case ref"):
            values["_row"] = r
            out[case_key(str(values["Case ref"]))] = values
    return out


def decide(path: Path, decisions: dict[str, dict[str, Any]]) -> None:
    """Set group cells (or any cells) on Cases by case ref."""
    wb = openpyxl.load_workbook(path)
    ws = sheet(wb, "Cases")
    head = header(ws)
    rows = {
        case_key(str(ws.cell(r, head.index("Case ref") + 1).value or "")): r
        for r in range(2, ws.max_row + 1)
    }
    for ref, cells in decisions.items():
        for name, value in cells.items():
            if name not in head:
                head.append(name)
                ws.cell(1, len(head), name)
            ws.cell(rows[case_key(ref)], head.index(name) + 1, value)
    wb.save(path)


def define_groups(path: Path, groups: list[tuple[str, str]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = sheet(wb, "Need Groups")
    row = 2
    while ws.cell(row, 1).value:
        row += 1
    for label, description in groups:
        ws.cell(row, 1, label)
        ws.cell(row, 2, description)
        row += 1
    wb.save(path)


def groups_table(path: Path) -> list[tuple[object, object]]:
    wb = openpyxl.load_workbook(path)
    ws = sheet(wb, "Need Groups")
    return [
        (ws.cell(r, 1).value, ws.cell(r, 2).value)
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, 1).value or ws.cell(r, 2).value
    ]
