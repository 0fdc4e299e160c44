"""Render the README's pictures from the committed example workbooks, in LibreOffice.

Run ``make docs`` after ``make workbooks``. Each workbook is printed whole to PDF by
LibreOffice (so charts keep the data they refer to on other sheets); the page that holds a
picture's marker text becomes a small PNG through poppler's pdftoppm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.libreoffice import Office  # noqa: E402 - after the path is set

# (workbook, text on the page to show, picture, None or (scaled page width, then the top-left
# width and height kept), for sheets whose interesting part is small on the printed page)
PICTURES = [
    ("2 audit form (blank).xlsx", "Needs audit form", "form.png", None),
    ("3 audit form (filled in).xlsx", "Needs audit form", "form-filled.png", None),
    ("4 shuffle (after the meeting).xlsx", "Highest", "shuffle-cases.png", (3200, 1000, 520)),
    (
        "4 shuffle (after the meeting).xlsx",
        "Totals (live)",
        "shuffle-groups.png",
        (1900, 1000, 300),
    ),
    ("5 summary.xlsx", "Key findings", "summary-overview.png", None),
    ("6 summary-public.xlsx", "Description", "summary-public-groups.png", None),
    ("needsaudit_coordinator.xlsx", "audit coordinator", "coordinator.png", None),
]
WIDTH = 1000


def page_with(pdf: Path, marker: str) -> int:
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if marker in text:
            return page
    raise SystemExit(f"{marker!r} is on no page of {pdf.name}")


def main() -> None:
    office = Office()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for workbook, marker, picture, crop in PICTURES:
                doc = office.open(ROOT / "workbooks" / workbook)
                pdf = Path(tmp) / f"{picture}.pdf"
                office.call("pdf", doc=doc, path=str(pdf))
                office.close_doc(doc)
                page = page_with(pdf, marker)
                stem = Path(tmp) / picture.removesuffix(".png")
                size = ["-scale-to-x", str(crop[0] if crop else WIDTH), "-scale-to-y", "-1"]
                if crop:
                    size += ["-x", "40", "-y", "40", "-W", str(crop[1]), "-H", str(crop[2])]
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-f",
                        str(page),
                        "-l",
                        str(page),
                        "-singlefile",
                        *size,
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
                target = ROOT / "docs" / picture
                target.write_bytes(stem.with_suffix(".png").read_bytes())
                print(target.relative_to(ROOT), f"page {page}", target.stat().st_size // 1024, "kB")
    finally:
        office.close()


if __name__ == "__main__":
    main()
