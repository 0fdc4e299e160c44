"""What a reader sees in a workbook, for comparing workbooks by content rather than bytes.

``python -m tests.workbook_content A B`` compares every workbook in folder A with the one of
the same name in folder B and exits 1 on any difference (how two ``make workbooks`` runs on
different machines or settings are compared).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl


def content(path: Path) -> dict[str, Any]:
    """Sheets, their states, every value, defined names, merged cells, data validations and
    the VBA project. Zip timestamps and ordering do not count."""
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


def differences(a: Path, b: Path, limit: int = 10) -> list[str]:
    """Where two workbooks differ in content: sheet, cell and both values."""
    ca, cb = content(a), content(b)
    out = [f"{key}: differs" for key in ("sheets", "names", "vba") if ca.get(key) != cb.get(key)]
    for sheet in sorted(set(ca) & set(cb) - {"sheets", "names", "vba"}):
        for part in ("merged", "validations"):
            if ca[sheet][part] != cb[sheet][part]:
                out.append(f"{sheet}: {part} differ")
        va, vb = ca[sheet]["values"], cb[sheet]["values"]
        for r in range(max(len(va), len(vb))):
            ra = va[r] if r < len(va) else []
            rb = vb[r] if r < len(vb) else []
            for c in range(max(len(ra), len(rb))):
                x = ra[c] if c < len(ra) else None
                y = rb[c] if c < len(rb) else None
                if x != y:
                    out.append(f"{sheet}!R{r + 1}C{c + 1}: {x!r} != {y!r}")
    return out[:limit] if len(out) <= limit else [*out[:limit], f"... {len(out) - limit} more"]


def compare_folders(a: Path, b: Path) -> int:
    names = sorted(p.name for p in a.glob("*.xls*"))
    if names != sorted(p.name for p in b.glob("*.xls*")):
        print(f"the folders hold different workbooks: {names}")
        return 1
    failed = 0
    for name in names:
        diff = differences(a / name, b / name)
        print(f"{'same content' if not diff else 'DIFFERENT'}: {name}")
        for line in diff:
            print(f"  {line}")
        failed += bool(diff)
    print(f"{len(names) - failed} of {len(names)} workbooks equal in content")
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover - a command for people
    sys.exit(compare_folders(Path(sys.argv[1]), Path(sys.argv[2])))
