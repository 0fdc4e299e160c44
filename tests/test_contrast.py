"""Every text colour on its fill, from the workbooks' own styles, meets WCAG AA (4.5:1).

For every shown cell of every visible sheet: the cell's font colour on its fill; for every
conditional format, the colours it can give (its font on its fill, or the cells' font on
each stop of a colour scale), wherever it applies. Hidden rows, columns and sheets are left
out (the form's hidden helper cell is white on white on purpose).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import range_boundaries

WORKBOOKS = Path(__file__).resolve().parents[1] / "workbooks"
AA = 4.5
BLACK, WHITE = "000000", "FFFFFF"
# The Office theme's first colours (what a theme reference means when no theme overrides it).
THEME = {0: WHITE, 1: BLACK, 2: "E7E6E6", 3: "44546A"}


def luminance(rgb: str) -> float:
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(rgb[i : i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rgb(color: Any, default: str) -> str:
    """An openpyxl colour as RRGGBB; the default when unset or automatic."""
    if color is None:
        return default
    kind = getattr(color, "type", None)
    if kind == "rgb" and isinstance(color.rgb, str) and len(color.rgb) >= 6:
        return color.rgb[-6:].upper()
    if kind == "theme" and color.theme in THEME:
        return THEME[color.theme]
    if kind == "indexed":
        from openpyxl.styles.colors import COLOR_INDEX

        index = color.indexed
        if index == 64:  # the system's window text
            return default
        if isinstance(index, int) and index < len(COLOR_INDEX):
            return str(COLOR_INDEX[index])[-6:].upper()
    return default


def fill_of(fill: Any, default: str = WHITE) -> str:
    if fill is None or getattr(fill, "fill_type", None) != "solid":
        return default
    # A cell's solid fill is its fgColor; a conditional format's (dxf) is usually its bgColor.
    for color in (fill.fgColor, fill.bgColor):
        value = rgb(color, "")
        if value and not (color.type == "indexed" and color.indexed in (64, 65)):
            return value
    return default


def shown(ws: Any) -> Iterator[Any]:
    hidden_cols = {k for k, d in ws.column_dimensions.items() if d.hidden}
    hidden_rows = {k for k, d in ws.row_dimensions.items() if d.hidden}
    for row in ws.iter_rows():
        for cell in row:
            letter = openpyxl.utils.get_column_letter(cell.column)
            if cell.row in hidden_rows or letter in hidden_cols:
                continue
            yield cell


def low_contrast(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        fonts: dict[str, str] = {}
        fills: dict[str, str] = {}
        for cell in shown(ws):
            font, fill = rgb(cell.font.color, BLACK), fill_of(cell.fill)
            fonts[cell.coordinate], fills[cell.coordinate] = font, fill
            if cell.value not in (None, "") and contrast(font, fill) < AA:
                out.append(f"{ws.title}!{cell.coordinate}: #{font} on #{fill}")
        for cf in ws.conditional_formatting:
            cells = [
                f"{openpyxl.utils.get_column_letter(c)}{r}"
                for rng in cf.sqref.ranges
                for c, r in _cells(rng.coord)
            ]
            for rule in cf.rules:
                for font, fill in _rule_colours(rule, cells, fonts, fills):
                    if contrast(font, fill) < AA:
                        out.append(
                            f"{ws.title}!{cf.sqref} ({rule.type}): #{font} on #{fill}, "
                            f"{contrast(font, fill):.1f}:1"
                        )
    return sorted(set(out))


def _cells(coord: str) -> Iterator[tuple[int, int]]:
    c1, r1, c2, r2 = (int(x or 0) for x in range_boundaries(coord))
    for r in range(r1, min(r2, r1 + 2000) + 1):
        for c in range(c1, c2 + 1):
            yield c, r


def _rule_colours(
    rule: Any, cells: list[str], fonts: dict[str, str], fills: dict[str, str]
) -> set[tuple[str, str]]:
    """The (text, fill) pairs a conditional format can show on these cells."""
    cell_fonts = {fonts.get(c, BLACK) for c in cells} or {BLACK}
    if rule.type == "colorScale" and rule.colorScale is not None:
        stops = {rgb(color, WHITE) for color in rule.colorScale.color}
        return {(font, stop) for font in cell_fonts for stop in stops}
    dxf = rule.dxf
    if dxf is None:
        return set()
    font_color = dxf.font.color if dxf.font is not None else None
    pairs = set()
    for cell in cells or [""]:
        font = rgb(font_color, fonts.get(cell, BLACK))
        fill = fill_of(dxf.fill, fills.get(cell, WHITE)) if dxf.fill is not None else None
        pairs.add((font, fill or fills.get(cell, WHITE)))
    return pairs


def test_contrast_is_computed_as_wcag_does() -> None:
    assert contrast(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast("777777", WHITE) == pytest.approx(4.48, abs=0.01)  # just under AA
    assert contrast("767676", WHITE) >= AA  # the lightest grey AA allows on white


@pytest.mark.parametrize("name", sorted(p.name for p in WORKBOOKS.glob("*.xls*")))
def test_every_text_colour_on_its_fill_meets_wcag_aa(name: str) -> None:
    assert low_contrast(WORKBOOKS / name) == []


def test_a_low_contrast_cell_and_scale_are_found(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "low.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Low")
    ws.write(0, 0, "grey on white", wb.add_format({"font_color": "#999999"}))
    ws.write(1, 0, "fine", wb.add_format({"font_color": "#1A1A1A"}))
    for r in range(2, 6):
        ws.write(r, 1, r)
    ws.conditional_format(
        2, 1, 5, 1, {"type": "2_color_scale", "min_color": "#FFFFFF", "max_color": "#08306B"}
    )
    wb.close()
    found = low_contrast(path)
    assert any(line.startswith("Low!A1: #999999 on #FFFFFF") for line in found)
    assert not any(line.startswith("Low!A2") for line in found)
    assert any("colorScale" in line and "08306B" in line for line in found)
