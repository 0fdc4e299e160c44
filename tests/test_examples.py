"""The workbooks committed in workbooks/ are what the current code writes (content, not bytes)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import openpyxl
import pytest

from needsaudit.examples import EXAMPLES, write_examples

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "workbooks"


def content(path: Path) -> dict[str, Any]:
    """What a reader sees: sheets, their states, every value, defined names, merged cells,
    data validations and the VBA project. Zip timestamps and ordering do not count."""
    wb = openpyxl.load_workbook(path)
    out: dict[str, Any] = {
        "sheets": [(ws.title, ws.sheet_state) for ws in wb.worksheets],
        "names": sorted((n, str(d.attr_text)) for n, d in wb.defined_names.items()),
    }
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        if ws.title == "Returns" and rows and "SHA-256" in rows[0]:
            # The demo's password-protected return is encrypted with a fresh random salt
            # each run (as encryption must be), so its hash differs every time.
            col = rows[0].index("SHA-256")
            rows = [r[:col] + r[col + 1 :] for r in rows]
        out[ws.title] = {
            "values": rows,
            "merged": sorted(map(str, ws.merged_cells.ranges)),
            "validations": sorted(
                (str(dv.sqref), dv.type, dv.formula1) for dv in ws.data_validations.dataValidation
            ),
        }
    with zipfile.ZipFile(path) as z:
        if "xl/vbaProject.bin" in z.namelist():
            out["vba"] = z.read("xl/vbaProject.bin")
    return out


@pytest.mark.slow
def test_committed_workbooks_are_current(tmp_path: Path) -> None:
    fresh = write_examples(tmp_path)
    assert sorted(p.name for p in fresh) == sorted(p.name for p in COMMITTED.glob("*.xls*")), (
        "workbooks/ differs from what the code writes: run make workbooks"
    )
    for path in fresh:
        assert content(path) == content(COMMITTED / path.name), (
            f"workbooks/{path.name} is stale: run make workbooks and commit the result"
        )


def test_the_readme_names_every_example() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in EXAMPLES:
        assert f"workbooks/{name}" in unquote(readme), name
