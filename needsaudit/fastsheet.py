"""Cell data for big sheets, written as XML directly and put into xlsxwriter's package.

xlsxwriter writes about 100,000 cells a second from Python; a 10,000-case shuffle workbook
has over a million. For its big, plain tables the tool collects the cells here (the same
``write_*`` calls as an xlsxwriter worksheet, through BufferedSheet), lets xlsxwriter write
everything else (column widths, views, validations, conditional formats, print setup,
styles), and then replaces the sheet's ``<sheetData>`` with XML built here, several times
faster. Formats are ordinary xlsxwriter formats: each is used once on the sheet before
closing, so it gets its style index, and those placeholder cells go with the replaced data.

Each cell's XML is built when it is written. Its style index is the one xlsxwriter gives the
format: asked for as soon as the format is first used here (xlsxwriter's ``_get_xf_index``,
which it calls itself when it meets a format, and which keeps the index once given). Strings
are written inline (Excel turns them into shared strings when it saves); Excel's ``_xHHHH_``
escape is applied to text that would otherwise read as one.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from .names import MAX_CELL_CHARS
from .values import date_to_serial, safe_for_cell
from .workbook import FIXED_ZIP_TIME
from .xlsxscan import col_letters

_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _xml_text(text: str) -> str:
    if not (text.isascii() and text.isprintable()):
        text = safe_for_cell(text)
    elif len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS]
    if "_x" in text:
        text = _ESCAPE_LIKE.sub(r"_x005F_\1", text)
    return text.translate(_MARKUP)


def _serial(value: date | datetime | time) -> float:
    if isinstance(value, datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return date_to_serial(value.date()) + seconds / 86400
    if isinstance(value, date):
        return float(date_to_serial(value))
    return (value.hour * 3600 + value.minute * 60 + value.second) / 86400


class SheetBuffer:
    """Collects a sheet's cells as XML, with the xlsxwriter worksheet calls the tool uses."""

    def __init__(self, worksheet: Any) -> None:
        self.ws = worksheet
        self.rows: dict[int, list[tuple[int, str]]] = {}
        self.heights: dict[int, float] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.formats: list[Any] = []
        self._format_ids: dict[int, str] = {}
        self._letters: list[str] = []
        self.max_col = 0

    def _style(self, fmt: Any) -> str:
        if fmt is None:
            return ""
        attr = self._format_ids.get(id(fmt))
        if attr is None:
            self.formats.append(fmt)
            index = fmt._get_xf_index()
            attr = self._format_ids[id(fmt)] = f' s="{index}"' if index else ""
        return attr

    def _ref(self, row: int, col: int) -> str:
        while col >= len(self._letters):
            self._letters.append(col_letters(len(self._letters) + 1))
        if col > self.max_col:
            self.max_col = col
        return f"{self._letters[col]}{row + 1}"

    def _put(self, row: int, col: int, xml: str) -> None:
        cells = self.rows.get(row)
        if cells is None:
            self.rows[row] = [(col, xml)]
        else:
            cells.append((col, xml))

    # The xlsxwriter worksheet calls, for carry.Writer and the tool's own writers.
    def write_string(self, row: int, col: int, value: str, fmt: Any = None) -> None:
        text = _xml_text(str(value))
        space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
        ref, style = self._ref(row, col), self._style(fmt)
        self._put(row, col, f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>')

    def write_number(self, row: int, col: int, value: float, fmt: Any = None) -> None:
        ref, style = self._ref(row, col), self._style(fmt)
        self._put(row, col, f'<c r="{ref}"{style}><v>{value!r}</v></c>')

    def write_boolean(self, row: int, col: int, value: bool, fmt: Any = None) -> None:
        ref, style = self._ref(row, col), self._style(fmt)
        self._put(row, col, f'<c r="{ref}"{style} t="b"><v>{int(bool(value))}</v></c>')

    def write_blank(self, row: int, col: int, value: Any, fmt: Any = None) -> None:
        if fmt is not None:
            ref, style = self._ref(row, col), self._style(fmt)
            self._put(row, col, f'<c r="{ref}"{style}/>')

    def write_datetime(self, row: int, col: int, value: Any, fmt: Any = None) -> None:
        self.write_number(row, col, _serial(value), fmt)

    def write_formula(
        self, row: int, col: int, formula: str, fmt: Any = None, value: Any = 0
    ) -> None:
        ref, style, f = self._ref(row, col), self._style(fmt), _xml_text(formula.lstrip("="))
        if isinstance(value, bool):
            xml = f'<c r="{ref}"{style} t="b"><f>{f}</f><v>{int(value)}</v></c>'
        elif isinstance(value, int | float):
            xml = f'<c r="{ref}"{style}><f>{f}</f><v>{value!r}</v></c>'
        else:
            xml = f'<c r="{ref}"{style} t="str"><f>{f}</f><v>{_xml_text(str(value or ""))}</v></c>'
        self._put(row, col, xml)

    def write_row(self, row: int, col: int, values: Iterable[Any], fmt: Any = None) -> None:
        for offset, value in enumerate(values):
            self.write_string(row, col + offset, value, fmt)

    def write_text_row(self, row: int, values: Iterable[Any], fmt: Any, text_fmt: Any) -> None:
        """A table row in one go: text and numbers; empty cells are left out. Text that
        starts like a formula gets ``text_fmt`` (a quote-prefix format), so it stays text."""
        style, text_style = self._style(fmt), self._style(text_fmt)
        out = self.rows.setdefault(row, [])
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            ref = self._ref(row, col)
            if value.__class__ is str:
                text = _xml_text(value)
                st = text_style if value[0] in "=+-@" else style
                space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
                out.append(
                    (col, f'<c r="{ref}"{st} t="inlineStr"><is><t{space}>{text}</t></is></c>')
                )
            elif isinstance(value, bool):
                out.append((col, f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'))
            elif isinstance(value, int | float):
                out.append((col, f'<c r="{ref}"{style}><v>{value!r}</v></c>'))
            else:
                self.write_string(row, col, str(value), fmt)

    def set_row(self, row: int, height: float | None, *_: Any) -> None:
        if height is not None:
            self.heights[row] = height

    def merge_range(self, r1: int, c1: int, r2: int, c2: int, value: Any, fmt: Any = None) -> None:
        self.merges.append((r1, c1, r2, c2))
        if isinstance(value, str):
            self.write_string(r1, c1, value, fmt)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    self.write_blank(r, c, None, fmt)

    # --- rendering, after the workbook is closed ---

    def render(self) -> tuple[str, str, str]:
        """(sheetData XML, dimension ref, mergeCells XML)."""
        parts = ["<sheetData>"]
        rows = sorted(set(self.rows) | set(self.heights))
        for row in rows:
            height = self.heights.get(row)
            attrs = f' ht="{height}" customHeight="1"' if height is not None else ""
            cells = self.rows.get(row, [])
            if len(cells) > 1 and any(cells[i][0] > cells[i + 1][0] for i in range(len(cells) - 1)):
                cells = sorted(cells, key=lambda t: t[0])
            parts.append(f'<row r="{row + 1}"{attrs}>')
            parts.extend(xml for _, xml in cells)
            parts.append("</row>")
        parts.append("</sheetData>")
        sheet_data = "".join(parts)
        last_row = (rows[-1] + 1) if rows else 1
        dimension = f"A1:{col_letters(self.max_col + 1)}{last_row}"
        merges = ""
        if self.merges:
            items = "".join(
                f'<mergeCell ref="{col_letters(c1 + 1)}{r1 + 1}:{col_letters(c2 + 1)}{r2 + 1}"/>'
                for r1, c1, r2, c2 in self.merges
            )
            merges = f'<mergeCells count="{len(self.merges)}">{items}</mergeCells>'
        return sheet_data, dimension, merges


class BufferedSheet:
    """An xlsxwriter worksheet whose cell writes go to a SheetBuffer; everything else (widths,
    views, validations, formats, print setup) goes to the worksheet itself."""

    _BUFFERED = frozenset(
        (
            "write_string",
            "write_number",
            "write_boolean",
            "write_blank",
            "write_datetime",
            "write_formula",
            "write_row",
            "set_row",
            "merge_range",
        )
    )

    def __init__(self, worksheet: Any) -> None:
        self.buffer = SheetBuffer(worksheet)
        self.worksheet = worksheet

    def __getattr__(self, name: str) -> Any:
        if name in self._BUFFERED:
            return getattr(self.buffer, name)
        return getattr(self.worksheet, name)


_SHEET_DATA = re.compile(r"<sheetData>.*?</sheetData>|<sheetData/>", re.S)
_DIMENSION = re.compile(r'<dimension ref="[^"]*"/>')
# Elements that come after <mergeCells> in a worksheet (ECMA-376 CT_Worksheet order).
_AFTER_MERGES = (
    "<phoneticPr",
    "<conditionalFormatting",
    "<dataValidations",
    "<hyperlinks",
    "<printOptions",
    "<pageMargins",
    "<pageSetup",
    "<headerFooter",
    "<rowBreaks",
    "<drawing",
    "<legacyDrawing",
    "</worksheet>",
)


def inject(path: Any, buffers: list[SheetBuffer]) -> None:
    """Replace the sheet data of the closed workbook at ``path`` with the buffers' XML."""
    by_part = {f"xl/worksheets/sheet{b.ws.index + 1}.xml": b for b in buffers}
    out = io.BytesIO()
    with open(path, "rb") as fh:
        source = fh.read()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info.filename)
            buffer = by_part.get(info.filename)
            if buffer is not None:
                xml = data.decode("utf-8")
                sheet_data, dimension, merges = buffer.render()
                start = _SHEET_DATA.search(xml)
                if start is None:
                    raise ValueError(
                        f"{info.filename} has no sheetData"
                    )  # xlsxwriter always writes it
                xml = xml[: start.start()] + sheet_data + xml[start.end() :]
                xml = _DIMENSION.sub(f'<dimension ref="{dimension}"/>', xml, count=1)
                if merges:
                    at = min(i for i in (xml.find(tag) for tag in _AFTER_MERGES) if i >= 0)
                    xml = xml[:at] + merges + xml[at:]
                data = xml.encode("utf-8")
            item = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            item.compress_type = zipfile.ZIP_DEFLATED
            # Level 1: five times faster than the default on big sheets, files ~25% larger.
            zout.writestr(item, data, compresslevel=1)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
