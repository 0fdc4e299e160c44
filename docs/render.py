"""Render the README's pictures from the committed example workbooks, in LibreOffice.

Run ``make docs`` after ``make workbooks``. Each workbook is printed whole to PDF by
LibreOffice, exactly as the page checks print it (tests/pages.py: charts keep the data they
draw from other sheets), and a sheet's page becomes a PNG of the whole page, never a crop: a
picture shows what a reader of that page sees. ``--check`` also runs the page checks on every
workbook it renders and stops on any problem.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.libreoffice import Office  # noqa: E402 - after the path is set
from tests.pages import Rendering, render  # noqa: E402

# (workbook, sheet, page of that sheet (1-based), picture)
PICTURES = [
    ("2 audit form (blank).xlsx", "Form", 1, "form.png"),
    ("3 audit form (filled in).xlsx", "Form", 1, "form-filled.png"),
    ("4 shuffle (after the meeting).xlsx", "Cases", 1, "shuffle-cases.png"),
    ("4 shuffle (after the meeting).xlsx", "Need Groups", 1, "shuffle-groups.png"),
    ("4 shuffle (after the meeting).xlsx", "Cards", 1, "shuffle-cards.png"),
    ("5 summary.xlsx", "Overview", 1, "summary-overview.png"),
    ("5 summary.xlsx", "G1 DA aftermath", 1, "summary-group.png"),
    ("6 summary-public.xlsx", "Need Groups", 1, "summary-public-groups.png"),
    ("needsaudit_coordinator.xlsx", "Control", 1, "coordinator.png"),
]
LONGEST = 1200  # pixels along a page's longer side: a landscape page's text stays legible


def picture(rendering: Rendering, sheet: str, page: int, target: Path, work: Path) -> int:
    """The whole page as a PNG; returns its page number in the workbook's PDF."""
    number = rendering.sheet(sheet).pages[page - 1].number
    stem = work / target.stem
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-f",
            str(number),
            "-l",
            str(number),
            "-singlefile",
            "-scale-to",
            str(LONGEST),
            str(rendering.pdf),
            str(stem),
        ],
        check=True,
    )
    target.write_bytes(stem.with_suffix(".png").read_bytes())
    return number


def main() -> None:
    office = Office()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            renders: dict[str, Rendering] = {}
            for workbook, sheet, page, name in PICTURES:
                if workbook not in renders:
                    pdf = work / f"{Path(workbook).stem}.pdf"
                    renders[workbook] = render(office, ROOT / "workbooks" / workbook, pdf)
                target = ROOT / "docs" / name
                number = picture(renders[workbook], sheet, page, target, work)
                print(
                    target.relative_to(ROOT),
                    f"{workbook} [{sheet}] page {number}",
                    target.stat().st_size // 1024,
                    "kB",
                )
    finally:
        office.close()


if __name__ == "__main__":
    main()
