"""Carry what the audit group added to shuffle.xlsx into the rewritten workbook.

The tool rewrites shuffle.xlsx on every merge (xlsxwriter, fast), so sheets and columns the
group added must be read from the old file and written again: values, formulas with their
last calculated values, formats, widths, heights, merged cells, validations and comments.
openpyxl reads the structure and formats (from a copy of the package holding only the sheets
needed, so a 10,000-case workbook does not have to be loaded whole); our own scanner reads
the cached formula values openpyxl cannot give together with the formulas. What neither can
carry (charts, images, pivot tables, conditional formats) is listed, and the backup keeps it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from .i18n import M, Msg
from .shufflewords import quoted
from .workbook import rezip
from .xlsxscan import Package, RawCell, read_part

_BORDERS = {
    "thin": 1,
    "medium": 2,
    "dashed": 3,
    "dotted": 4,
    "thick": 5,
    "double": 6,
    "hair": 7,
    "mediumDashed": 8,
    "dashDot": 9,
    "mediumDashDot": 10,
    "dashDotDot": 11,
    "mediumDashDotDot": 12,
    "slantDashDot": 13,
}
_VALIGN = {
    "top": "top",
    "center": "vcenter",
    "bottom": "bottom",
    "justify": "vjustify",
    "distributed": "vdistributed",
}


@dataclass(slots=True)
class Cell:
    value: Any  # str, float, int, bool, datetime, date, time or None
    formula: str | None = None  # without the leading '='
    style: tuple[tuple[str, Any], ...] = ()  # xlsxwriter format properties


@dataclass(slots=True)
class Sheet:
    """One sheet's content as the group left it (0-based rows and columns)."""

    name: str
    state: str = "visible"
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    hidden_cols: set[int] = field(default_factory=set)
    heights: dict[int, float] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    validations: list[tuple[tuple[int, int, int, int], dict[str, Any]]] = field(
        default_factory=list
    )
    comments: list[tuple[int, int, str, str]] = field(default_factory=list)
    freeze: tuple[int, int] | None = None
    tab_color: str | None = None
    page: PageSetup | None = None


@dataclass(slots=True)
class PageSetup:
    """How a sheet prints, as the group left it (so a rewrite prints it the same way)."""

    landscape: bool | None = None
    paper: int | None = None
    fit: tuple[int, int] | None = None  # pages wide, pages tall (0: as many as needed)
    scale: int | None = None
    margins: dict[str, float] = field(default_factory=dict)
    header: str = ""
    footer: str = ""
    area: str | None = None  # A1 range
    title_rows: tuple[int, int] | None = None  # 0-based first and last


def _color(color: Any) -> str | None:
    rgb = getattr(color, "rgb", None)
    if isinstance(rgb, str) and len(rgb) in (6, 8) and getattr(color, "type", "rgb") == "rgb":
        return "#" + rgb[-6:]
    return None  # theme and indexed colours are left to the default


def style_of(cell: Any) -> tuple[tuple[str, Any], ...]:
    """An openpyxl cell's format as xlsxwriter properties (what the group would see)."""
    props: dict[str, Any] = {}
    font = cell.font
    if font is not None:
        if font.name:
            props["font_name"] = font.name
        if font.sz:
            props["font_size"] = float(font.sz)
        if font.b:
            props["bold"] = True
        if font.i:
            props["italic"] = True
        if font.u:
            props["underline"] = 2 if font.u == "double" else 1
        if font.strike:
            props["font_strikeout"] = True
        if (c := _color(font.color)) is not None:
            props["font_color"] = c
    fill = cell.fill
    solid = fill is not None and getattr(fill, "fill_type", None) == "solid"
    if solid and (c := _color(fill.fgColor)) is not None:
        props["bg_color"] = c
    border = cell.border
    if border is not None:
        for side in ("left", "right", "top", "bottom"):
            edge = getattr(border, side)
            if edge is not None and edge.style in _BORDERS:
                props[side] = _BORDERS[edge.style]
                if (c := _color(edge.color)) is not None:
                    props[f"{side}_color"] = c
    al = cell.alignment
    if al is not None:
        if al.horizontal and al.horizontal != "general":
            props["align"] = (
                "center_across" if al.horizontal == "centerContinuous" else al.horizontal
            )
        if al.vertical in _VALIGN:
            props["valign"] = _VALIGN[al.vertical]
        if al.wrap_text:
            props["text_wrap"] = True
        if al.shrink_to_fit:
            props["shrink"] = True
        if al.indent:
            props["indent"] = int(al.indent)
        if al.text_rotation:
            props["rotation"] = int(al.text_rotation)
    if cell.number_format and cell.number_format != "General":
        props["num_format"] = cell.number_format
    prot = cell.protection
    if prot is not None:
        if prot.locked is False:
            props["locked"] = False
        if prot.hidden:
            props["hidden"] = True
    return tuple(sorted(props.items()))


_XML_ATTR = re.compile(r'([\w:]+)="([^"]*)"')


def _attrs(xml: str, element: str) -> dict[str, str]:
    m = re.search(rf"<(?:\w+:)?{element}\b([^>]*?)/?>", xml)
    return {k.split(":")[-1]: v for k, v in _XML_ATTR.findall(m[1])} if m else {}


def read_page_setup(package: Package, name: str) -> PageSetup | None:
    """A sheet's print set-up from its XML and the workbook's print names (print area,
    titles), which openpyxl's partial load cannot give."""
    from xml.sax.saxutils import unescape

    info = package.sheet(name)
    if info is None:
        return None
    xml = read_part(package.zf, info.part).decode("utf-8", "replace")
    setup = _attrs(xml, "pageSetup")
    page = PageSetup()
    if setup.get("orientation") in ("landscape", "portrait"):
        page.landscape = setup["orientation"] == "landscape"
    if setup.get("paperSize", "").isdigit():
        page.paper = int(setup["paperSize"])
    if _attrs(xml, "pageSetUpPr").get("fitToPage") in ("1", "true"):
        wide, tall = setup.get("fitToWidth", "1"), setup.get("fitToHeight", "1")
        page.fit = (int(wide) if wide.isdigit() else 1, int(tall) if tall.isdigit() else 1)
    elif setup.get("scale", "").isdigit():
        page.scale = int(setup["scale"])
    for key, value in _attrs(xml, "pageMargins").items():
        try:
            page.margins[key] = float(value)
        except ValueError:
            continue
    for attr, tag in (("header", "oddHeader"), ("footer", "oddFooter")):
        m = re.search(rf"<(?:\w+:)?{tag}>(.*?)</(?:\w+:)?{tag}>", xml, re.S)
        if m:
            setattr(page, attr, unescape(m[1]))
    index = package.sheets.index(info)
    wb_part = next(iter(n for n in package.zf.namelist() if n.endswith("workbook.xml")), "")
    wb_xml = read_part(package.zf, wb_part).decode("utf-8", "replace") if wb_part else ""
    for m in re.finditer(r"<(?:\w+:)?definedName\b([^>]*)>([^<]*)<", wb_xml):
        attrs = dict(_XML_ATTR.findall(m[1]))
        if attrs.get("localSheetId") != str(index):
            continue
        refs = [part.split("!")[-1].replace("$", "") for part in unescape(m[2]).split(",")]
        area = re.fullmatch(r"[A-Z]+\d+:[A-Z]+\d+", refs[0])
        if attrs.get("name") == "_xlnm.Print_Area" and area:
            page.area = refs[0]
        elif attrs.get("name") == "_xlnm.Print_Titles":
            rows = [r for r in refs if re.fullmatch(r"\d+:\d+", r)]
            if rows:
                first, last = (int(x) - 1 for x in rows[0].split(":"))
                page.title_rows = (first, last)
    return page


@dataclass(frozen=True, slots=True)
class DefinedName:
    """A name the group defined in the workbook: its formula (without '='), and the sheet it
    belongs to when it is local to one (None: the whole workbook)."""

    name: str
    formula: str
    sheet: str | None = None


def meeting_names(package: Package, tool_names: Iterable[str]) -> list[DefinedName]:
    """The defined names the group added (``tool_names`` and the applications' own, hidden or
    ``_xlnm.`` built-ins such as print areas, which the sheets' page set-up carries, are
    left out)."""
    from xml.sax.saxutils import unescape

    wb_part = next(iter(n for n in package.zf.namelist() if n.endswith("workbook.xml")), "")
    if not wb_part:
        return []
    wb_xml = read_part(package.zf, wb_part).decode("utf-8", "replace")
    entities = {"&quot;": '"', "&apos;": "'"}
    # localSheetId counts every sheet in the workbook's order, chart sheets too.
    order = [
        unescape(m[1], entities)
        for m in re.finditer(r'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"', wb_xml)
    ]
    ours = {n.casefold() for n in tool_names}
    out = []
    for m in re.finditer(r"<(?:\w+:)?definedName\b([^>]*)>([^<]*)<", wb_xml):
        attrs = {k.split(":")[-1]: v for k, v in _XML_ATTR.findall(m[1])}
        name = unescape(attrs.get("name", ""), entities)
        if (
            not name
            or name.casefold() in ours
            or name.startswith("_xl")
            or attrs.get("hidden") in ("1", "true")
        ):
            continue
        local = attrs.get("localSheetId")
        sheet = None
        if local is not None:
            if not local.isdigit() or int(local) >= len(order):
                continue
            sheet = order[int(local)]
        formula = unescape(m[2], entities).lstrip("=")
        if formula:
            out.append(DefinedName(name, formula, sheet))
    return out


def load_subset(data: bytes, wanted: Iterable[str]) -> Any:
    """openpyxl's view of just the ``wanted`` sheets: the package is copied with the other
    sheets, defined names and the calculation chain left out, so loading takes the time those
    sheets need, not the whole workbook's."""
    import openpyxl

    keep = set(wanted)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist() if n != "xl/calcChain.xml"}
    wb_xml = members["xl/workbook.xml"].decode("utf-8")

    def sheet_tag(m: re.Match[str]) -> str:
        name = re.search(r'name="([^"]*)"', m[0])
        from xml.sax.saxutils import unescape

        return m[0] if name and unescape(name[1], {"&quot;": '"', "&apos;": "'"}) in keep else ""

    wb_xml = re.sub(r"<sheet\b[^>]*/>", sheet_tag, wb_xml)
    wb_xml = re.sub(r"<definedNames>.*?</definedNames>", "", wb_xml, flags=re.S)
    members["xl/workbook.xml"] = wb_xml.encode("utf-8")
    for name in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
        members[name] = re.sub(rb"<[^>]*calcChain[^>]*/>", b"", members[name])
    return openpyxl.load_workbook(io.BytesIO(rezip(list(members.items()))), rich_text=False)


def read_sheet(
    ws: Any, cached: dict[tuple[int, int], RawCell], columns: Sequence[int] | None = None
) -> Sheet:
    """Everything carryable of an openpyxl sheet (or only ``columns``, 1-based, of it).
    ``cached`` holds the scanner's cells of the same sheet, for formulas' last values."""
    from openpyxl.utils import column_index_from_string

    sheet = Sheet(ws.title, ws.sheet_state)
    wanted = set(columns) if columns is not None else None
    for row in ws.iter_rows():
        for cell in row:
            if wanted is not None and cell.column not in wanted:
                continue
            value = cell.value
            style = style_of(cell) if cell.has_style else ()
            if value is None and not style:
                continue
            formula = None
            if cell.data_type == "f":
                text = value.text if hasattr(value, "text") else str(value)
                formula = text[1:] if text.startswith("=") else text
                raw = cached.get((cell.row, cell.column))
                value = raw.value if raw is not None else None
            sheet.cells[(cell.row - 1, cell.column - 1)] = Cell(value, formula, style)
    for letter, dim in ws.column_dimensions.items():
        try:
            first = column_index_from_string(letter)
        except ValueError:
            continue
        last = dim.max or first
        for col in range(first, last + 1):
            if wanted is not None and col not in wanted:
                continue
            if dim.width:
                sheet.widths[col - 1] = float(dim.width)
            if dim.hidden:
                sheet.hidden_cols.add(col - 1)
    if wanted is None:
        for index, dim in ws.row_dimensions.items():
            if dim.height:
                sheet.heights[index - 1] = float(dim.height)
            if dim.hidden:
                sheet.hidden_rows.add(index - 1)
        for rng in ws.merged_cells.ranges:
            sheet.merged.append(
                (rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1)
            )
        if ws.freeze_panes:
            from openpyxl.utils.cell import coordinate_from_string

            letters, number = coordinate_from_string(ws.freeze_panes)
            sheet.freeze = (number - 1, column_index_from_string(letters) - 1)
        color = getattr(ws.sheet_properties, "tabColor", None)
        sheet.tab_color = _color(color) if color is not None else None
    for dv in ws.data_validations.dataValidation:
        options = _validation(dv)
        if options is None:
            continue
        for rng in dv.sqref.ranges:
            if wanted is not None and not any(rng.min_col <= c <= rng.max_col for c in wanted):
                continue
            sheet.validations.append(
                ((rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1), options)
            )
    for row in ws.iter_rows():
        for cell in row:
            if cell.comment is not None and (wanted is None or cell.column in wanted):
                sheet.comments.append(
                    (cell.row - 1, cell.column - 1, cell.comment.text, cell.comment.author or "")
                )
    return sheet


_DV_TYPES = {
    "list": "list",
    "whole": "integer",
    "decimal": "decimal",
    "date": "date",
    "time": "time",
    "textLength": "length",
    "custom": "custom",
}
_DV_OPERATORS = {
    None: "between",
    "between": "between",
    "notBetween": "not between",
    "equal": "==",
    "notEqual": "!=",
    "greaterThan": ">",
    "lessThan": "<",
    "greaterThanOrEqual": ">=",
    "lessThanOrEqual": "<=",
}


def _validation(dv: Any) -> dict[str, Any] | None:
    kind = _DV_TYPES.get(dv.type)
    if kind is None or dv.formula1 is None:
        return None
    options: dict[str, Any] = {"validate": kind, "ignore_blank": bool(dv.allow_blank)}
    f1 = str(dv.formula1)
    if kind == "list":
        options["source"] = f1 if f1.startswith('"') is False else f1.strip('"').split(",")
        if isinstance(options["source"], str) and not options["source"].startswith("="):
            options["source"] = "=" + options["source"]
    elif kind == "custom":
        options["value"] = "=" + f1.lstrip("=")
    else:
        options["criteria"] = _DV_OPERATORS.get(dv.operator, "between")
        key = "minimum" if options["criteria"] in ("between", "not between") else "value"
        options[key] = "=" + f1.lstrip("=") if not _number(f1) else float(f1)
        if dv.formula2 is not None and key == "minimum":
            f2 = str(dv.formula2)
            options["maximum"] = "=" + f2.lstrip("=") if not _number(f2) else float(f2)
    if dv.prompt:
        options["input_message"] = str(dv.prompt)[:255]
        options["input_title"] = str(dv.promptTitle or "")[:32]
    if dv.error:
        options["error_message"] = str(dv.error)[:255]
        options["error_title"] = str(dv.errorTitle or "")[:32]
    options["error_type"] = {"warning": "warning", "information": "information"}.get(
        dv.errorStyle or "", "stop"
    )
    return options


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# What a rewrite cannot carry, as the not-carried issue names it.
DRAWINGS = M("what.drawings", "Charts, pictures or shapes")
PIVOT_TABLE = M("what.pivot-table", "A pivot table")
EXCEL_TABLE = M("what.excel-table", "An Excel table (its cells are kept, not the table)")
CONDITIONAL_FORMATS = M("what.conditional-formats", "Conditional formatting")


def uncarryable(package: Package, sheets: Iterable[str]) -> list[tuple[str, Msg]]:
    """(sheet, what) for content a rewrite would lose: drawings (charts, images, shapes),
    pivot tables, conditional formats, tables."""
    import posixpath

    out: list[tuple[str, Msg]] = []
    for name in sheets:
        info = package.sheet(name)
        if info is None:
            continue
        folder, base = posixpath.split(info.part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        rels = (
            read_part(package.zf, rels_name).decode("utf-8", "replace")
            if rels_name in package.zf.NameToInfo
            else ""
        )
        xml = read_part(package.zf, info.part).decode("utf-8", "replace")
        if '/drawing"' in rels or "/relationships/drawing" in rels:
            out.append((name, DRAWINGS))
        if "pivotTable" in rels:
            out.append((name, PIVOT_TABLE))
        if '/table"' in rels or "relationships/table" in rels:
            out.append((name, EXCEL_TABLE))
        if "<conditionalFormatting" in xml:
            out.append((name, CONDITIONAL_FORMATS))
    return out


_STRING = re.compile(r'"(?:[^"]|"")*"')


def renamed(formula: str, renames: dict[str, str]) -> str:
    """A formula with its references to sheets that were renamed (``Cases!B2``,
    ``'Need Groups'!A2``) pointing at their new names; text inside string literals is left as
    it is."""
    if not renames:
        return formula
    alternatives = []
    for old in sorted(renames, key=len, reverse=True):
        alternatives.append("'" + re.escape(old.replace("'", "''")) + "'")
        alternatives.append(re.escape(old))
    pattern = re.compile(r"(?<![\w.'])(" + "|".join(alternatives) + r")!", re.IGNORECASE)
    folded = {old.casefold(): new for old, new in renames.items()}

    def one(m: re.Match[str]) -> str:
        name = m[1]
        if name.startswith("'"):
            name = name[1:-1].replace("''", "'")
        return quoted(folded[name.casefold()]) + "!"

    out, last = [], 0
    for literal in _STRING.finditer(formula):
        out.append(pattern.sub(one, formula[last : literal.start()]))
        out.append(literal[0])
        last = literal.end()
    out.append(pattern.sub(one, formula[last:]))
    return "".join(out)


class Writer:
    """Writes carried cells into an xlsxwriter worksheet, reusing formats. ``renames``: sheets
    renamed in the new workbook (old name -> new), which the carried formulas follow."""

    def __init__(self, workbook: Any, renames: dict[str, str] | None = None) -> None:
        self.wb = workbook
        self.formats: dict[tuple[tuple[str, Any], ...], Any] = {}
        self.renames = dict(renames or {})

    def formula(self, formula: str) -> str:
        """A carried formula (without its '='), following renamed sheets."""
        return renamed(formula, self.renames)

    def fmt(self, style: tuple[tuple[str, Any], ...]) -> Any:
        if not style:
            return None
        found = self.formats.get(style)
        if found is None:
            found = self.formats[style] = self.wb.add_format(dict(style))
        return found

    def cell(self, ws: Any, row: int, col: int, cell: Cell) -> None:
        fmt = self.fmt(cell.style)
        value = cell.value
        if cell.formula is not None:
            # The last value the group's application calculated, if any; never a made-up 0.
            cached = value if isinstance(value, int | float | str | bool) else ""
            ws.write_formula(row, col, "=" + self.formula(cell.formula), fmt, cached)
        elif value is None:
            ws.write_blank(row, col, None, fmt)
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value, fmt)
        elif isinstance(value, int | float):
            ws.write_number(row, col, value, fmt)
        elif isinstance(value, datetime | date | time):
            if fmt is None:
                fmt = self.fmt((("num_format", "yyyy-mm-dd"),))
            ws.write_datetime(row, col, value, fmt)
        else:
            ws.write_string(row, col, str(value), fmt)

    def sheet(self, ws: Any, sheet: Sheet) -> None:
        merged_tops = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in sheet.merged}
        covered = {
            (r, c)
            for r1, c1, r2, c2 in sheet.merged
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
            if (r, c) != (r1, c1)
        }
        for (row, col), cell in sorted(sheet.cells.items()):
            if (row, col) in covered:
                continue
            if (row, col) in merged_tops:
                r1, c1, r2, c2 = merged_tops[(row, col)]
                ws.merge_range(r1, c1, r2, c2, "", self.fmt(cell.style))
            self.cell(ws, row, col, cell)
        for r1, c1, r2, c2 in sheet.merged:
            if (r1, c1) not in sheet.cells:
                ws.merge_range(r1, c1, r2, c2, "", None)
        self.columns(ws, sheet)
        for row, height in sheet.heights.items():
            ws.set_row(row, height, None, {"hidden": row in sheet.hidden_rows})
        for row in sheet.hidden_rows - set(sheet.heights):
            ws.set_row(row, None, None, {"hidden": True})
        self.extras(ws, sheet)
        if sheet.page is not None:
            self.page(ws, sheet.page)
        if sheet.freeze is not None:
            ws.freeze_panes(*sheet.freeze)
        if sheet.tab_color:
            ws.set_tab_color(sheet.tab_color)
        if sheet.state == "hidden":
            ws.hide()

    def page(self, ws: Any, page: PageSetup) -> None:
        if page.landscape is True:
            ws.set_landscape()
        elif page.landscape is False:
            ws.set_portrait()
        if page.paper:
            ws.set_paper(page.paper)
        if page.fit is not None:
            ws.fit_to_pages(*page.fit)
        elif page.scale:
            ws.set_print_scale(page.scale)
        if page.margins:
            ws.set_margins(
                **{k: v for k, v in page.margins.items() if k in ("left", "right", "top", "bottom")}
            )
        if page.header:
            ws.set_header(page.header)
        if page.footer:
            ws.set_footer(page.footer)
        if page.area:
            ws.print_area(page.area)
        if page.title_rows is not None:
            ws.repeat_rows(*page.title_rows)

    def columns(self, ws: Any, sheet: Sheet) -> None:
        for col, width in sheet.widths.items():
            ws.set_column(col, col, width, None, {"hidden": col in sheet.hidden_cols})
        for col in sheet.hidden_cols - set(sheet.widths):
            ws.set_column(col, col, None, None, {"hidden": True})

    def extras(self, ws: Any, sheet: Sheet) -> None:
        for (r1, c1, r2, c2), options in sheet.validations:
            source = options.get("source")
            if isinstance(source, str) and source.startswith("="):
                options = {**options, "source": "=" + self.formula(source[1:])}
            ws.data_validation(r1, c1, r2, c2, options)
        for row, col, text, author in sheet.comments:
            ws.write_comment(row, col, text, {"author": author} if author else {})
