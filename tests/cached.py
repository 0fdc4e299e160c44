"""Formulas' stored values against LibreOffice's own recalculation.

Excel's Protected View, Excel on the web's previews and LibreOffice (for files that say Excel
wrote them) show the value stored with each formula, not a fresh one: a stored value that is
not what the formula computes is what the reader sees. ``stale_formulas`` lists every formula
cell of a workbook whose stored value differs from what LibreOffice computes after
recalculating everything.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from needsaudit.xlsxscan import a1, open_package

from .libreoffice import Office


def stored_formulas(path: Path) -> dict[tuple[str, int, int], Any]:
    """Every formula cell's stored value, by (sheet, 1-based row, column)."""
    package = open_package(path.read_bytes())
    out: dict[tuple[str, int, int], Any] = {}
    for info in package.sheets:
        for (r, c), cell in package.cells(info).items():
            if cell.formula is not None:
                out[(info.name, r, c)] = cell.error if cell.error else cell.value
    return out


def _same(stored: Any, fresh: Any) -> bool:
    if isinstance(stored, bool):
        stored = float(stored)
    if stored is None:
        stored = ""
    if isinstance(stored, float) and isinstance(fresh, float):
        return math.isclose(stored, fresh, rel_tol=1e-9, abs_tol=1e-9)
    return bool(stored == fresh)


def stale_formulas(office: Office, path: Path) -> tuple[int, list[str]]:
    """(formula cells compared, one line per cell whose stored value is not LibreOffice's)."""
    stored = stored_formulas(path)
    doc = office.open(path)
    try:
        fresh = office.call("formula_values", doc=doc)
    finally:
        office.close_doc(doc)
    problems = []
    seen = set()
    for sheet, cells in fresh.items():
        for r, c, value in cells:
            key = (sheet, r + 1, c + 1)
            seen.add(key)
            if key not in stored:
                where = a1(r + 1, c + 1)
                problems.append(f"{sheet}!{where}: LibreOffice sees a formula we did not")
            elif not _same(stored[key], value):
                problems.append(
                    f"{sheet}!{a1(r + 1, c + 1)}: stored {stored[key]!r}, computes {value!r}"
                )
    problems += [
        f"{sheet}!{a1(r, c)}: a formula LibreOffice does not see"
        for sheet, r, c in sorted(set(stored) - seen)
    ]
    return len(stored), problems
