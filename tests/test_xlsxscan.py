"""The XML scanner (needsaudit/xlsxscan.py) on its own: a package built from XML strings for
each layout it claims to read, workbooks written here by openpyxl and xlsxwriter, and its
values against python-calamine's on every sheet of the shared corpus of real workbooks.

Where the scanner and calamine differ on purpose the comparison says so, one rule each
(``_same``): calamine types numbers by their number format (a date, a time) where the scanner
keeps the serial number; it shows an error cell as empty where the scanner keeps the code; it
lists chart sheets, which hold no cells. Nothing else may differ."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from needsaudit.xlsxscan import (
    Area,
    Package,
    RawCell,
    ScanError,
    a1,
    open_package,
    parse_reference,
    xml_text,
)

from .conftest import CORPUS, skip_or_fail

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
# ISO/IEC 29500 Strict: other namespaces and relationship types, the same shapes.
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def _rels(rels: list[tuple[str, str]], rel_ns: str = REL) -> str:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{rel_ns}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(rels, 1)
    )
    return f'<?xml version="1.0"?><Relationships xmlns="{PKG_REL}">{items}</Relationships>'


def build(
    sheet_data: str,
    strings: str | None = None,
    *,
    workbook: str | None = None,
    main: str = MAIN,
    rel_ns: str = REL,
    prefix: str = "",
    encoding: str = "utf-8",
    parts: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
) -> bytes:
    """A package with one sheet ``Sheet1`` whose ``<sheetData>`` holds ``sheet_data`` (and a
    shared string table of ``strings``, ``<si>`` items, when given). ``prefix``: write every
    element of the sheet and the strings with that namespace prefix, as some libraries do.
    ``parts`` replace or add parts by name; ``encoding`` is the sheet's and the strings'."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{main}"' if prefix else f'xmlns="{main}"'
    if workbook is None:
        workbook = (
            f'<workbook xmlns="{main}" xmlns:r="{rel_ns}"><sheets>'
            f'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        )
    wb_rels = [("worksheet", "worksheets/sheet1.xml")]
    files = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"/>',
        "_rels/.rels": _rels([("officeDocument", "xl/workbook.xml")], rel_ns),
        "xl/workbook.xml": workbook,
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="{encoding}"?>'
        f"<{p}worksheet {xmlns}><{p}sheetData>{sheet_data}</{p}sheetData></{p}worksheet>",
    }
    if strings is not None:
        wb_rels.append(("sharedStrings", "sharedStrings.xml"))
        files["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="{encoding}"?><{p}sst {xmlns}>{strings}</{p}sst>'
        )
    files["xl/_rels/workbook.xml.rels"] = _rels(wb_rels, rel_ns)
    files.update(parts or {})
    if names:
        defined = "".join(
            f"<definedName name={json.dumps(k)}>{v}</definedName>" for k, v in names.items()
        )
        files["xl/workbook.xml"] = files["xl/workbook.xml"].replace(
            "</workbook>", f"<definedNames>{defined}</definedNames></workbook>"
        )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            bom = b"\xef\xbb\xbf" if encoding == "utf-8-sig" else b""
            codec = "utf-16" if encoding == "utf-16" else "utf-8"
            data = bom + text.encode(codec) if name.startswith("xl/") else text.encode()
            if encoding == "utf-16-be" and name.startswith("xl/"):
                data = b"\xfe\xff" + text.encode("utf-16-be")
            zf.writestr(name, data)
    return buf.getvalue()


def cells(data: bytes, sheet: str = "Sheet1") -> dict[str, RawCell]:
    """Every cell of a sheet by A1, read both ways the scanner can: the whole sheet, and through
    a window over it (the path returns take), which must agree."""
    package = open_package(data)
    info = package.sheet(sheet)
    assert info is not None
    whole = package.cells(info)
    rows = max((r for r, _ in whole), default=1)
    columns = max((c for _, c in whole), default=1)
    assert package.cells(info, windows=[(1, rows, 1, columns)]) == whole
    return {a1(r, c): cell for (r, c), cell in sorted(whole.items())}


def values(data: bytes, sheet: str = "Sheet1") -> dict[str, object]:
    return {ref: cell.value for ref, cell in cells(data, sheet).items()}


def si(*texts: str) -> str:
    return "".join(f"<si><t>{t}</t></si>" for t in texts)


# --- the layouts real applications write ----------------------------------------------------


def test_excel_layout_every_kind_of_cell() -> None:
    """As Excel writes a sheet: spans, styles, empty formatted cells, shared strings, numbers,
    booleans, errors, formulas with their cached results, formula strings."""
    data = build(
        '<row r="1" spans="1:6" x14ac:dyDescent="0.25">'
        '<c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1"><v>42.5</v></c>'
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c>'
        '<c r="F1"><f>C1*2</f><v>85</v></c></row>'
        '<row r="3"><c r="A3" t="str"><f>A1&amp;"!"</f><v>Hello!</v></c>'
        '<c r="B3" t="b"><v>0</v></c><c r="C3"><v>-1.5E-3</v></c><c r="D3"><f>NOW()</f></c></row>',
        si("Hello"),
    )
    got = cells(data)
    assert {k: c.value for k, c in got.items()} == {
        "A1": "Hello",
        "C1": 42.5,
        "D1": True,
        "E1": None,
        "F1": 85.0,
        "A3": "Hello!",
        "B3": False,
        "C3": -0.0015,
        "D3": None,  # a formula never calculated holds no value
    }
    assert got["E1"].error == "#N/A"
    assert got["F1"].formula == "C1*2" and got["A3"].formula == 'A1&"!"'
    assert got["D3"].formula == "NOW()"


def test_namespace_prefixes() -> None:
    """``<x:c>``, ``<x:v>``, ``<x:si>``: as the Open XML SDK and some .NET libraries write."""
    data = build(
        '<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c>'
        '<x:c r="C1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row>',
        "<x:si><x:t>zero</x:t></x:si><x:si><x:r><x:t xml:space='preserve'>one </x:t></x:r>"
        "<x:r><x:t>and more</x:t></x:r></x:si>",
        prefix="x",
    )
    assert values(data) == {"A1": "one and more", "B1": 7.0, "C1": "inline"}


def test_rows_and_cells_without_references() -> None:
    """The ``r`` attribute is optional: a cell without one follows the cell before it, a row
    without one follows the row before it (some generators write none at all)."""
    data = build(
        "<row><c><v>1</v></c><c><v>2</v></c></row>"
        '<row><c r="C2"><v>3</v></c><c><v>4</v></c></row>'
        '<row r="5"><c><v>5</v></c></row><row><c t="inlineStr"><is><t>six</t></is></c></row>'
    )
    assert values(data) == {"A1": 1.0, "B1": 2.0, "C2": 3.0, "D2": 4.0, "A5": 5.0, "A6": "six"}


def test_inline_and_rich_text() -> None:
    data = build(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>plain</t></is></c>'
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>bold</t></r>'
        '<r><t xml:space="preserve"> then plain</t></r></is></c>'
        '<c r="C1" t="inlineStr"><is><t/></is></c>'
        '<c r="D1" t="s"><v>0</v></c></row>',
        '<si><r><rPr><i/></rPr><t xml:space="preserve">Not </t></r><r><t>met</t></r></si>',
    )
    assert values(data) == {"A1": "plain", "B1": "bold then plain", "C1": "", "D1": "Not met"}


def test_phonetic_runs_are_not_text() -> None:
    """Japanese Excel stores a reading guide (``<rPh>``) beside the text: not part of it."""
    data = build(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
    )
    assert values(data) == {"A1": "東京"}


def test_cdata_sections() -> None:
    data = build(
        '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a < b & <c>]]> after</t></is></c></row>'
    )
    assert values(data) == {"A1": "a < b & <c> after"}
    with pytest.raises(ScanError) as caught:
        values(build('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[never</t></is></c></row>'))
    assert caught.value.code == "corrupt-file"


def test_entities_and_escaped_characters() -> None:
    """The five XML entities and character references; OOXML's ``_xHHHH_`` for characters
    XML cannot hold (``_x005F_`` escapes the underscore of a literal ``_x..._``)."""
    data = build(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c></row>',
        si("&lt;&amp;&gt;&quot;&apos;&#233;&#x1F600;", "tab_x0009_bell_x0007_", "_x005F_x0041_"),
    )
    assert values(data) == {"A1": "<&>\"'é😀", "B1": "tab\tbell\x07", "C1": "_x0041_"}


def test_line_ends_as_xml_reads_them() -> None:
    """A literal CR LF (or CR) in a part is one LF, as every XML parser reads it; a CR the
    writer meant is escaped (``&#13;``, ``_x000D_``) and stays."""
    data = build(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="inlineStr"><is><t>one\r\ntwo\rthree</t></is></c></row>',
        si("a\r\nb", "c&#13;\nd_x000D_\r\ne"),
    )
    assert values(data) == {"A1": "a\nb", "B1": "c\r\nd\r\ne", "C1": "one\ntwo\nthree"}


def test_white_space_is_trimmed_as_excel_trims_it() -> None:
    """Excel drops leading and trailing white space (space, tab, line ends, character
    references to them) of a ``<t>`` without ``xml:space="preserve"``; never a no-break
    space, nor an escaped ``_x0020_``, nor the white space inside."""
    data = build(
        '<row r="1">'
        + "".join(f'<c r="{a1(1, i)}" t="s"><v>{i - 1}</v></c>' for i in range(1, 7))
        + '<c r="G1" t="inlineStr"><is><t>  inline  </t></is></c>'
        '<c r="H1" t="inlineStr"><is><t xml:space="preserve">  kept  </t></is></c></row>',
        si("  trimmed\t\n", "&#xA; refs &#32;", " \t\n", "\u00a0nbsp\u00a0", "_x0020_x_x0020_")
        + '<si><t xml:space="preserve">  a\n b  </t></si>',
    )
    assert values(data) == {
        "A1": "trimmed",
        "B1": "refs",
        "C1": "",
        "D1": "\u00a0nbsp\u00a0",
        "E1": " x ",
        "F1": "  a\n b  ",
        "G1": "inline",
        "H1": "  kept  ",
    }


def test_iso_dates() -> None:
    """``t="d"``: an ISO 8601 date as text, marked so (Excel writes these in Strict files)."""
    got = cells(
        build('<row r="1"><c r="A1" t="d"><v>2026-11-20</v></c><c r="B1"><v>46346</v></c></row>')
    )
    assert got["A1"] == RawCell("2026-11-20", date_text=True)
    assert got["B1"] == RawCell(46346.0)


@pytest.mark.parametrize(("attribute", "expected"), [("1", True), ("true", True), ("0", False)])
def test_the_1904_date_system(attribute: str, expected: bool) -> None:
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="{attribute}"/>'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    assert open_package(build("", workbook=workbook)).date1904 is expected
    assert open_package(build("")).date1904 is False


def test_strict_ooxml() -> None:
    data = build(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>',
        si("strict"),
        main=STRICT_MAIN,
        rel_ns=STRICT_REL,
    )
    assert values(data) == {"A1": "strict", "B1": 2.0}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be"])
def test_part_encodings(encoding: str) -> None:
    data = build(
        '<row r="1"><c r="A1" t="s"><v>0</v></c>'
        '<c r="B1" t="inlineStr"><is><t>Ŵ</t></is></c></row>',
        si("Gwasanaethau’r plant"),
        encoding=encoding,
    )
    assert values(data) == {"A1": "Gwasanaethau’r plant", "B1": "Ŵ"}


def test_a_part_that_is_not_text_is_a_damaged_file() -> None:
    buf = io.BytesIO(build('<row r="1"><c r="A1"><v>1</v></c></row>'))
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            body = zin.read(item)
            zout.writestr(item, b"\xc3\x28" + body if "sheet1" in item.filename else body)
    with pytest.raises(ScanError) as caught:
        values(out.getvalue())
    assert caught.value.code == "corrupt-file"


def test_part_names_ignore_case() -> None:
    """Part names compare ignoring case (OPC): Excel writes a relationship to
    ``sharedStrings.xml`` and opens a package that stores ``SharedStrings.xml``."""
    plain = build('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', si("found"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            name = {"xl/sharedStrings.xml": "xl/SharedStrings.xml"}.get(item.filename)
            name = {"xl/worksheets/sheet1.xml": "XL/Worksheets/Sheet1.XML"}.get(
                item.filename, name or item.filename
            )
            zout.writestr(name, zin.read(item))
    assert values(out.getvalue()) == {"A1": "found"}


def test_windows_separators_in_part_names() -> None:
    plain = build('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', si("found"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item.filename.replace("/", "\\"), zin.read(item))
    assert values(out.getvalue()) == {"A1": "found"}


def test_sheets_their_states_and_defined_names() -> None:
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        '<sheet name="Form" sheetId="1" r:id="rId1"/>'
        '<sheet name="About" sheetId="2" state="veryHidden" r:id="rId1"/>'
        '<sheet name="Chart" sheetId="3" r:id="rId9"/></sheets></workbook>'
    )
    names = {
        "NA_Story": "'Form'!$A$8",
        "NA_Needs": "Form!$A$14:$I$21",
        "NA_Gone": "#REF!",
        "NA_Far": "[1]Form!$A$1",
    }
    data = build(
        "",
        workbook=workbook,
        names=names,
        parts={
            "xl/_rels/workbook.xml.rels": _rels(
                [("worksheet", "worksheets/sheet1.xml")]
                + [("styles", "styles.xml")] * 7
                + [("chartsheet", "chartsheets/sheet1.xml")]
            )
        },
    )
    package = open_package(data)
    assert [(s.name, s.state) for s in package.sheets] == [
        ("Form", "visible"),
        ("About", "veryHidden"),
    ]  # a chart sheet holds no cells
    assert package.sheet("form") is package.sheets[0]  # as Excel, ignoring case
    assert package.area("NA_Story") == Area("Form", 8, 1, 8, 1)
    assert package.area("NA_Needs") == Area("Form", 14, 1, 21, 9)
    assert package.area("NA_Gone") is None and package.area("NA_Far") is None
    assert package.area("NA_Missing") is None


def test_a_workbook_scope_name_wins_over_a_sheet_scope_one() -> None:
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets><definedNames>'
        '<definedName name="NA_Age" localSheetId="0">Sheet1!$B$2</definedName>'
        '<definedName name="NA_Age">Sheet1!$C$3</definedName>'
        '<definedName name="NA_Sex" localSheetId="0">Sheet1!$D$4</definedName>'
        "</definedNames></workbook>"
    )
    package = open_package(build("", workbook=workbook))
    assert package.names == {"NA_Age": "Sheet1!$C$3", "NA_Sex": "Sheet1!$D$4"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'It''s'!$B$2", Area("It's", 2, 2, 2, 2)),
        ("Form!$C$9:$A$1", Area("Form", 1, 1, 9, 3)),
        ("=Form!A1:B2,Form!D4", Area("Form", 1, 1, 2, 2)),  # the first area, the one we wrote
        ("Form!$A$1048577", None),  # outside Excel's grid
        ("Form!XFE1", None),
        ("$A$1", None),  # no sheet
        ("Form!A1:ZZ", None),
    ],
)
def test_references(text: str, expected: Area | None) -> None:
    assert parse_reference(text) == expected


@pytest.mark.parametrize(
    ("part", "text"),
    [
        ("xl/worksheets/sheet1.xml", '<!DOCTYPE x [<!ENTITY e "boom">]><worksheet/>'),
        ("xl/sharedStrings.xml", '<!DOCTYPE sst [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst/>'),
        ("xl/workbook.xml", "<!DOCTYPE workbook><workbook/>"),
    ],
)
def test_a_dtd_is_refused(part: str, text: str) -> None:
    data = build('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', si("x"), parts={part: text})
    with pytest.raises(ScanError) as caught:
        values(data)
    assert caught.value.code == "corrupt-file"


def test_what_is_not_an_xlsx() -> None:
    with pytest.raises(ScanError) as caught:
        open_package(build("", parts={"_rels/.rels": _rels([("officeDocument", "xl/wb.bin")])}))
    assert caught.value.code == "corrupt-file"  # the target is missing
    binary = build(
        "",
        parts={
            "_rels/.rels": _rels([("officeDocument", "xl/workbook.bin")]),
            "xl/workbook.bin": "",
        },
    )
    with pytest.raises(ScanError) as caught:
        open_package(binary)
    assert caught.value.code == "unsupported-format"
    with pytest.raises(ScanError) as caught:
        open_package(build("", parts={"xl/workbook.xml": "<document/>"}))
    assert caught.value.code == "not-a-workbook"


def test_windows_and_columns_keep_only_what_is_asked() -> None:
    data = build(
        "".join(
            f'<row r="{r}">'
            + "".join(f'<c r="{a1(r, c)}"><v>{r * 10 + c}</v></c>' for c in range(1, 6))
            + "</row>"
            for r in range(1, 6)
        )
    )
    package = open_package(data)
    info = package.sheets[0]
    window = package.cells(info, windows=[(2, 3, 2, 3), (5, 5, 5, 5)])
    assert {k: v.value for k, v in window.items()} == {
        (2, 2): 22.0,
        (2, 3): 23.0,
        (3, 2): 32.0,
        (3, 3): 33.0,
        (5, 5): 55.0,
    }
    columns = package.cells(info, columns={4})
    assert sorted(columns) == [(r, 4) for r in range(1, 6)]


def test_xml_text_alone() -> None:
    assert xml_text("a&amp;b_x000A_") == "a&b\n"
    assert xml_text("  a  ", trim=True) == "a"
    assert xml_text("_x0020_a_x0020_", trim=True) == " a "


# --- workbooks written by real libraries -----------------------------------------------------

TYPED = ["  two spaces  ", "line\none", "tab\there", "=not a formula", "Ŵŷ ’", "1.50"]


def test_openpyxl_workbook(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    for i, text in enumerate(TYPED, 1):
        ws.cell(i, 1).value = text
        ws.cell(i, 2).value = i * 1.25
        ws.cell(i, 3).value = i % 2 == 0
    ws["D1"] = datetime(2026, 11, 20)
    ws["D2"] = "=B1+B2"
    ws.cell(1, 1).data_type = "s"
    ws["A4"].data_type = "s"  # openpyxl would store '=...' as a formula
    wb.create_sheet("Second")["B7"] = "later"
    wb.save(tmp_path / "o.xlsx")
    data = (tmp_path / "o.xlsx").read_bytes()
    got = values(data, "Data")
    for i, text in enumerate(TYPED, 1):
        assert got[f"A{i}"] == text
        assert got[f"B{i}"] == i * 1.25
        assert got[f"C{i}"] is (i % 2 == 0)
    assert got["D1"] == 46346.0  # a serial number: the form's reader knows the cell is a date
    assert got["D2"] is None and cells(data, "Data")["D2"].formula == "B1+B2"
    assert values(data, "Second") == {"B7": "later"}


def test_xlsxwriter_workbook(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "x.xlsx"
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "in_memory": True})
    sheet = book.add_worksheet("Data")
    for i, text in enumerate(TYPED):
        sheet.write_string(i, 0, text)
        sheet.write_number(i, 1, (i + 1) * 1.25)
        sheet.write_boolean(i, 2, i % 2 == 1)
    sheet.write_formula("D1", "=B1+B2", None, 3.75)
    sheet.write_rich_string("E1", "plain ", book.add_format({"bold": True}), "bold", " end")
    book.close()
    got = values(path.read_bytes(), "Data")
    for i, text in enumerate(TYPED, 1):
        assert got[f"A{i}"] == text
        assert got[f"B{i}"] == i * 1.25
        assert got[f"C{i}"] is (i % 2 == 0)
    assert got["D1"] == 3.75
    assert got["E1"] == "plain bold end"


# --- against python-calamine on the shared corpus ------------------------------------------

# Files no reader opens, and what the scanner says.
UNREADABLE = {
    "tests__issue252.xlsx": "corrupt-file",  # a part longer than declared (bad CRC)
    "tests__pass_protected.xlsx": "corrupt-file",  # encrypted: an OLE file (returns.py says so)
}
_EPOCHS = {False: datetime(1899, 12, 30), True: datetime(1904, 1, 1)}
_STATES = {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "veryHidden"}


def _serial(value: date | time | timedelta, date1904: bool) -> float:
    """What Excel stores for calamine's date, time or duration."""
    if isinstance(value, timedelta):
        return value.total_seconds() / 86400
    if isinstance(value, time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    when = value if isinstance(value, datetime) else datetime.combine(value, time())
    return (when - _EPOCHS[date1904]).total_seconds() / 86400


def _same(mine: RawCell | None, theirs: object, date1904: bool) -> bool:
    """Whether the scanner's cell and calamine's value agree, allowing only the differences
    of design listed in the module's docstring."""
    if mine is not None and mine.error is not None:
        return theirs in (None, "")  # calamine's to_python shows an error cell as empty
    value = mine.value if mine is not None else None
    if value in (None, "") or theirs in (None, ""):
        return value in (None, "") and theirs in (None, "")
    if mine is not None and mine.date_text:
        assert isinstance(value, str)
        parse = time.fromisoformat if isinstance(theirs, time) else datetime.fromisoformat
        expected = parse(value)
        if isinstance(theirs, date) and not isinstance(theirs, datetime):
            return isinstance(expected, datetime) and expected == datetime.combine(theirs, time())
        return expected == theirs
    if isinstance(theirs, date | time | timedelta):
        # calamine applies the number format; the scanner keeps the serial number.
        return (
            isinstance(value, float)
            and not isinstance(value, bool)
            and abs(value - _serial(theirs, date1904)) < 1e-6
        )
    if isinstance(value, bool) or isinstance(theirs, bool):
        return value is theirs
    if isinstance(value, float) and isinstance(theirs, int | float):
        return value == theirs
    return value == theirs


def test_the_scanner_reads_every_sheet_of_the_corpus_as_calamine_does() -> None:
    if not CORPUS.exists():
        skip_or_fail(f"the shared corpus is not at {CORPUS}")
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum

    listing = json.loads((CORPUS.parent / "real-workbooks.json").read_text())
    files = [CORPUS / entry["file"].replace("/", "__") for entry in listing]
    assert len(files) == 69
    differences: list[str] = []
    compared = cells_compared = 0
    for path in files:
        data = path.read_bytes()
        if path.name in UNREADABLE:
            with pytest.raises(ScanError) as caught:
                open_package(data)
            assert caught.value.code == UNREADABLE[path.name]
            with pytest.raises(CalamineError):
                CalamineWorkbook.from_path(str(path))
            continue
        package: Package = open_package(data)
        book = CalamineWorkbook.from_path(str(path))
        worksheets = [m for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        others = [str(m.typ) for m in book.sheets_metadata if m not in worksheets]
        assert set(others) <= {str(SheetTypeEnum.ChartSheet)}, (path.name, others)
        assert [(s.name, s.state) for s in package.sheets] == [
            (m.name, _STATES[str(m.visible).rpartition(".")[2]]) for m in worksheets
        ], path.name
        for info in package.sheets:
            mine = package.cells(info)
            rows = book.get_sheet_by_name(info.name).to_python(skip_empty_area=False)
            theirs = {
                (r, c): value
                for r, row in enumerate(rows, 1)
                for c, value in enumerate(row, 1)
                if value not in (None, "")
            }
            for key in sorted(set(mine) | set(theirs)):
                cells_compared += 1
                if not _same(mine.get(key), theirs.get(key), package.date1904):
                    differences.append(
                        f"{path.name} {info.name}!{a1(*key)}: scanner "
                        f"{mine.get(key)!r}, calamine {theirs.get(key)!r}"
                    )
        compared += 1
    assert differences == []
    assert compared == 67 and cells_compared > 10_000
