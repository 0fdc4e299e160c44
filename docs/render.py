"""Render the README's pictures from the committed example workbooks, in LibreOffice.

Run ``make docs`` after ``make workbooks``. Each workbook is printed whole to PDF by
LibreOffice, exactly as the page checks print it (tests/pages.py: charts keep the data they
draw from other sheets), and a sheet's page becomes a PNG of the whole page, never a crop: a
picture shows what a reader of that page sees. ``--check`` also runs the page checks on every
workbook it renders and stops on any problem.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import tempfile
import zlib
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
    target.write_bytes(smaller_png(stem.with_suffix(".png").read_bytes()))
    return number


def smaller_png(data: bytes) -> bytes:
    """The same image with its pixel data compressed at zlib's highest level (pdftoppm uses
    libpng's default): a page of small text is 5 to 10% smaller, nothing else changes."""
    signature, rest = data[:8], data[8:]
    chunks: list[tuple[bytes, bytes]] = []
    while rest:
        (length,) = struct.unpack(">I", rest[:4])
        kind, body = rest[4:8], rest[8 : 8 + length]
        chunks.append((kind, body))
        rest = rest[12 + length :]
    pixels = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    out = [signature]
    written = False
    for kind, body in chunks:
        if kind == b"IDAT":
            if written:  # all of the pixel data went into the first
                continue
            body, written = zlib.compress(pixels, 9), True
        crc = struct.pack(">I", zlib.crc32(kind + body))
        out += [struct.pack(">I", len(body)), kind, body, crc]
    return b"".join(out)


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
