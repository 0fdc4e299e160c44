"""Check every workbook of an audit folder as printed pages: ``python -m tests.check_pages DIR``.

The same checks and budgets as tests/test_pages.py, on a folder rather than the committed
examples: a fresh demo (``needsaudit demo``), say, with its setup, forms, returns, shuffle,
summaries and coordinator workbooks. Returns are sampled (``--returns N``, default 12).
Prints each workbook's pages and problems; exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .libreoffice import Office
from .pages import Budget, page_problems, render
from .test_pages import BUDGETS


def budget_for(folder: Path, path: Path) -> Budget | None:
    rel = path.relative_to(folder).as_posix()
    if rel == "setup.xlsx":
        return BUDGETS["1 setup.xlsx"]
    if rel.startswith("forms/"):
        return BUDGETS["2 audit form (blank).xlsx"]
    if rel.startswith("returns/"):
        return BUDGETS["3 audit form (filled in).xlsx"]
    if rel == "shuffle.xlsx":
        return BUDGETS["4 shuffle (after the meeting).xlsx"]
    if rel == "summary.xlsx":
        return BUDGETS["5 summary.xlsx"]
    if rel == "summary-public.xlsx":
        return BUDGETS["6 summary-public.xlsx"]
    if rel.startswith("needsaudit_coordinator."):
        return BUDGETS[f"needsaudit_coordinator{path.suffix}"]
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--returns", type=int, default=12)
    args = parser.parse_args()
    folder: Path = args.folder
    found = sorted(
        p
        for p in folder.rglob("*.xls[xm]")
        # Workbooks only: not the backups, lock files or password-protected returns.
        if ".needsaudit" not in p.parts and p.read_bytes()[:2] == b"PK"
    )
    returns = [p for p in found if "returns" in p.parts]
    forms = [p for p in found if "forms" in p.parts]
    chosen = [p for p in found if p not in returns and p not in forms]
    chosen += forms[:2] + returns[: args.returns]
    office = Office()
    bad = 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for i, path in enumerate(chosen):
                budget = budget_for(folder, path)
                if budget is None:
                    continue
                rendering = render(office, path, Path(tmp) / f"{i}.pdf")
                problems = page_problems(rendering, budget)
                pages = ", ".join(f"{s.name} {len(s.pages)}" for s in rendering.sheets)
                print(f"{path.relative_to(folder)}: {pages}")
                for line in problems:
                    print(f"  {line}")
                bad += len(problems)
    finally:
        office.close()
    print(f"{len(chosen)} workbook(s) checked, {bad} problem(s).")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
