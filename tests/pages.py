"""Workbooks read as printed pages: LibreOffice prints one to PDF, poppler reads the PDF back.

``render`` prints a whole workbook once (so charts keep the data they draw from other sheets)
and pairs each printed sheet with its pages, the text LibreOffice says each printed cell
shows, and where its charts fall against the page breaks. ``page_problems`` then looks at the
pages as a reader would:

- text over text: two words whose boxes overlap (a cell's text running over its neighbour's,
  a wrapped line hidden behind the next row, a chart label over a cell);
- text cut: a word a printed cell holds that is on none of its sheet's pages (clipped at a
  cell edge, at a row too short for its wrapped lines, or shown as ###);
- too many pages for the sheet's budget, or type too small to read (a sheet squeezed onto
  a page);
- a chart split over two pages, or printing outside the sheet's print area.

docs/render.py makes the README's pictures from the same renders.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

from .libreoffice import Office

# A word's box is its font's full height (ascent to descent), which is taller than the line
# pitch of wrapped text: lines of one cell overlap by about a fifth of that height. Boxes are
# shrunk by this share at top and bottom before comparing, so only real overprinting counts.
SHRINK = 0.15
TOUCH = 0.5  # points of overlap, after shrinking, that count as text over text
# The median word on a page must be at least this tall (font box, points): about 7 pt type,
# the smallest a reader of a printed page can be asked to read.
SMALLEST_TYPE = 8.0


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def core(self) -> tuple[float, float, float, float]:
        h = (self.y1 - self.y0) * SHRINK
        return self.x0 + 0.3, self.y0 + h, self.x1 - 0.3, self.y1 - h


@dataclass(slots=True)
class Page:
    number: int  # 1-based, in the whole workbook's PDF
    width: float
    height: float
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    split: bool  # a page break falls inside it
    outside: bool  # part of it lies outside the printed range


@dataclass(slots=True)
class SheetPages:
    name: str
    pages: list[Page]
    cells: list[tuple[int, int, str]]  # (0-based row, column, text shown) of printed cells
    charts: list[Chart]


@dataclass(slots=True)
class Rendering:
    workbook: Path
    pdf: Path
    sheets: list[SheetPages]

    def sheet(self, name: str) -> SheetPages:
        return next(s for s in self.sheets if s.name == name)

    def page_with(self, sheet: str, marker: str) -> Page:
        return next(p for p in self.sheet(sheet).pages if marker in p.text)


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', re.S
)


def read_pdf(pdf: Path) -> list[Page]:
    """Every page's words with their boxes (poppler's pdftotext -bbox-layout)."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for number, m in enumerate(_PAGE.finditer(out), start=1):
        page = Page(number, float(m[1]), float(m[2]))
        for w in _WORD.finditer(m[3]):
            page.words.append(
                Word(unescape(w[5]), float(w[1]), float(w[2]), float(w[3]), float(w[4]))
            )
        pages.append(page)
    return pages


def render(office: Office, workbook: Path, pdf: Path) -> Rendering:
    """Print ``workbook`` to ``pdf`` in LibreOffice and pair every printed sheet with its
    pages (LibreOffice prints the visible sheets in order, each on its own pages)."""
    doc = office.open(workbook)
    try:
        layout = office.call("print_layout", doc=doc, path=str(pdf))
    finally:
        office.close_doc(doc)
    pages = read_pdf(pdf)
    if sum(s["pages"] for s in layout) != len(pages):
        raise AssertionError(
            f"{workbook.name}: LibreOffice counted {sum(s['pages'] for s in layout)} pages, "
            f"the PDF has {len(pages)}"
        )
    sheets = []
    start = 0
    for s in layout:
        sheets.append(
            SheetPages(
                s["name"],
                pages[start : start + s["pages"]],
                [(r, c, text) for r, c, text in s["cells"]],
                [Chart(ch["title"], ch["split"], ch["outside"]) for ch in s["charts"]],
            )
        )
        start += s["pages"]
    return Rendering(workbook, pdf, sheets)


# --- what a reader would see wrong ----------------------------------------------------------


def typical_size(page: Page) -> float | None:
    """The median height of the words on a page (points), or None for an empty page."""
    heights = sorted(w.y1 - w.y0 for w in page.words)
    return heights[len(heights) // 2] if heights else None


def overlapping(page: Page) -> list[tuple[Word, Word]]:
    """Pairs of words printed over each other."""
    boxes = sorted((w.core(), w) for w in page.words)
    found = []
    for i, ((x0, y0, x1, y1), a) in enumerate(boxes):
        for (u0, v0, u1, v1), b in boxes[i + 1 :]:
            if u0 >= x1 - TOUCH:
                break  # sorted by left edge: nothing further right can overlap this one
            if min(y1, v1) - max(y0, v0) > TOUCH and min(x1, u1) - max(x0, u0) > TOUCH:
                found.append((a, b))
    return found


_BREAK_AFTER = re.compile(r"(?<=[-/])(?=\w)")


def words(text: str) -> list[str]:
    """Words as a printed page holds them: LibreOffice may break a line after a hyphen or a
    slash, so "ex-partner" is compared as "ex-" and "partner" on both sides."""
    return [part for word in text.split() for part in _BREAK_AFTER.split(word)]


def cut_cells(sheet: SheetPages) -> list[tuple[int, int, list[str]]]:
    """Printed cells with words that are on none of the sheet's pages: (row, col, missing)."""
    printed = Counter(part for page in sheet.pages for w in page.words for part in words(w.text))
    wanted = Counter(word for _, _, text in sheet.cells for word in words(text))
    missing = wanted - printed
    out = []
    for r, c, text in sheet.cells:
        lost = [w for w in words(text) if missing.get(w)]
        if lost:
            out.append((r, c, lost))
    return out


def a1(row: int, col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row + 1}"


Budget = Callable[[str], int | None]


def page_problems(rendering: Rendering, budget: Budget | Mapping[str, int]) -> list[str]:
    """Everything a reader of the printed pages would find wrong, one line each."""
    limit: Budget = budget.get if isinstance(budget, Mapping) else budget
    name = rendering.workbook.name
    problems = []
    for sheet in rendering.sheets:
        where = f"{name} [{sheet.name}]"
        most = limit(sheet.name)
        if most is None:
            problems.append(f"{where}: no page budget for this sheet")
        elif len(sheet.pages) > most:
            problems.append(f"{where}: {len(sheet.pages)} pages, budget {most}")
        for page in sheet.pages:
            for a, b in overlapping(page)[:5]:
                problems.append(
                    f"{where} page {page.number}: {a.text!r} and {b.text!r} are printed over "
                    f"each other at ({a.x0:.0f}, {a.y0:.0f})"
                )
        for page in sheet.pages:
            size = typical_size(page)
            if size is not None and size < SMALLEST_TYPE:
                problems.append(
                    f"{where} page {page.number}: type too small to read (words {size:.1f} pt "
                    f"tall, at least {SMALLEST_TYPE} wanted)"
                )
            hashes = [w for w in page.words if set(w.text) == {"#"}]
            if hashes:
                problems.append(
                    f"{where} page {page.number}: {len(hashes)} number(s) too wide for their "
                    f"column print as ###"
                )
        for r, c, lost in cut_cells(sheet)[:10]:
            problems.append(
                f"{where} {a1(r, c)}: {len(lost)} word(s) not printed (cut off?): "
                f"{' '.join(lost[:6])!r}"
            )
        for chart in sheet.charts:
            if chart.split:
                problems.append(f"{where}: the chart {chart.title!r} is split over pages")
            if chart.outside:
                problems.append(f"{where}: the chart {chart.title!r} lies outside the print area")
    return problems


def sheet_budget(rules: Iterable[tuple[str, int]]) -> Budget:
    """A budget from (regular expression on the sheet name, most pages) rules, first match."""
    compiled = [(re.compile(pattern), most) for pattern, most in rules]

    def limit(sheet: str) -> int | None:
        return next((most for rx, most in compiled if rx.fullmatch(sheet)), None)

    return limit
