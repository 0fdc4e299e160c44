"""A small, fast, defensive reader for the parts of an .xlsx that needsaudit reads.

Why not openpyxl? Reading returns is the hot path of every command (``check``, ``merge``,
``status``): openpyxl builds a whole workbook object model and reads 76-120x slower than
simply inflating the parts. We need cell values, cached formula results, defined names and the
date system, nothing else. Every part (workbook, relationships, core properties, sheet data,
shared strings) is scanned with regular expressions that never expand entities, after refusing
any DTD outright, so entity bombs and external entities cannot reach us.

The scanner accepts what real applications write: Excel (desktop, web, Mac), LibreOffice,
gnumeric, openpyxl, xlsxwriter; namespace prefixes (``<x:c>``), cells and rows without ``r``
attributes, inline and rich text, phonetic runs, CDATA, ``_xHHHH_`` escapes, line ends and
white space as XML and Excel read them, the 1904 date system, Strict OOXML namespaces, part
names in any case, and parts in UTF-8 or UTF-16. tests/test_xlsxscan.py holds a package of
each, and compares every value with python-calamine's on the shared corpus of real workbooks.

It also takes what a hostile file can hold, in linear time and bounded memory (``limits``):
no expression may run past the end of the element it reads (an element's content cannot
contain the start of another element of the same name, and is matched possessively), so an
opening tag that never closes costs the text up to the next one, never the rest of the part.
Sizes, counts and references are checked against the bounds before any work is done.
"""

from __future__ import annotations

import functools
import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO

from .i18n import M, Msg
from .limits import EXCEL_COLUMNS, EXCEL_ROWS, MB, NUMBER_TEXT_CHARS, WORKBOOK, Limits


class ScanError(Exception):
    """The package cannot be read. ``code`` is an issue code; ``why`` names the problem (a
    marked string: the issue shows it in the message language, its English is the detail)."""

    def __init__(self, code: str, why: str = "") -> None:
        super().__init__(why or code)
        self.code = code
        self.why = why


def _too_large(what: Msg) -> ScanError:
    return ScanError("too-large", what)


def _thousands(n: int) -> str:
    """A count as people read it (5,000): a value for a marked message."""
    return f"{n:,}"


def _megabytes(limit: int) -> Msg:
    if limit >= MB:
        return M("size.megabytes", "{n} MB", n=_thousands(limit // MB))
    return M("size.bytes", "{n} bytes", n=_thousands(limit))


def _long_text(limit: int) -> Msg:
    return M("what.long-text", "a text of more than {size}", size=_megabytes(limit))


def _big_part(limit: int) -> Msg:
    return M("what.big-part", "a part of more than {size} once unpacked", size=_megabytes(limit))


def _not_text(what: Msg) -> Msg:
    return M("why.not-text", "{what} is not valid text", what=what)


# --- references -------------------------------------------------------------------------------

_A1 = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
_REFERENCE_CHARS = 300  # a sheet name (31 characters, quoted and escaped) and two cells


def col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def col_letters(index: int) -> str:
    out = ""
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


@functools.lru_cache(maxsize=4096)
def a1(row: int, col: int) -> str:
    return f"{col_letters(col)}{row}"


@dataclass(frozen=True, slots=True)
class Area:
    """A rectangular range on a named sheet (1-based, inclusive)."""

    sheet: str
    row1: int
    col1: int
    row2: int
    col2: int

    @property
    def top_left(self) -> str:
        return a1(self.row1, self.col1)

    @property
    def rows(self) -> int:
        return self.row2 - self.row1 + 1

    @property
    def columns(self) -> int:
        return self.col2 - self.col1 + 1


def parse_reference(text: str) -> Area | None:
    """``'My form'!$A$14:$I$22`` -> Area; None for ``#REF!``, external or odd references, and
    for anything outside Excel's grid."""
    if len(text) > _REFERENCE_CHARS:  # no reference is this long; and long keys stay uncached
        return None
    return _parse_reference(text)


@functools.lru_cache(maxsize=1024)
def _parse_reference(text: str) -> Area | None:
    text = text.strip().lstrip("=")
    if "," in text:  # several areas: the first is the one we wrote
        text = text.split(",", 1)[0]
    if "!" not in text:
        return None
    sheet_part, _, cells = text.rpartition("!")
    if sheet_part.startswith("'") and sheet_part.endswith("'"):
        sheet = sheet_part[1:-1].replace("''", "'")
    else:
        sheet = sheet_part
    if not sheet or "#REF" in cells or sheet.startswith("["):
        return None
    first, _, last = cells.partition(":")
    m1 = _A1.match(first)
    m2 = _A1.match(last) if last else m1
    if not m1 or not m2:
        return None
    r1, c1 = int(m1[2]), col_index(m1[1])
    r2, c2 = int(m2[2]), col_index(m2[1])
    if not (min(r1, r2) >= 1 and max(r1, r2) <= EXCEL_ROWS and max(c1, c2) <= EXCEL_COLUMNS):
        return None
    return Area(sheet, min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))


# --- XML text -----------------------------------------------------------------------------------

_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_ESCAPED_CHAR = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CDATA_START, _CDATA_END = "<![CDATA[", "]]>"


def _entity(m: re.Match[str]) -> str:
    name = m[1]
    if name[0] == "#":
        try:
            return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
        except (ValueError, OverflowError):
            return ""
    return _NAMED[name]


def _cdata(raw: str) -> str:
    """CDATA sections as escaped text, by one forward pass (an expression would look for the
    end of each section from every start, to the end of the text, when none closes)."""
    out = []
    pos = 0
    while (start := raw.find(_CDATA_START, pos)) >= 0:
        end = raw.find(_CDATA_END, start + len(_CDATA_START))
        if end < 0:
            raise ScanError(
                "corrupt-file",
                M("why.cdata", "a text holds a CDATA section that never ends"),
            )
        out.append(raw[pos:start])
        out.append(raw[start + len(_CDATA_START) : end].replace("&", "&amp;").replace("<", "&lt;"))
        pos = end + len(_CDATA_END)
    out.append(raw[pos:])
    return "".join(out)


_XML_SPACE = " \t\n\r"  # the white space XML and Excel trim: never a no-break space


def xml_text(raw: str, trim: bool = False) -> str:
    """Character data of an element as a string: line ends, CDATA, entities and OOXML
    ``_xHHHH_``, in the order XML and OOXML define them.

    A literal CR LF or CR is read as LF, as every XML parser does before anything else (a CR
    a writer meant is escaped, ``&#13;`` or ``_x000D_``). ``trim``: the text of a ``<t>``
    without ``xml:space="preserve"``, whose leading and trailing white space Excel drops
    (escaped ``_xHHHH_`` characters are not white space to it, so they are decoded after)."""
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if _CDATA_START in raw:
        raw = _cdata(raw)
    if "&" in raw:
        raw = _ENTITY.sub(_entity, raw)
    if trim:
        raw = raw.strip(_XML_SPACE)
    if "_x" in raw:
        raw = _ESCAPED_CHAR.sub(lambda m: chr(int(m[1], 16)), raw)
    return raw


def _preserves(attrs: str) -> bool:
    """Whether a ``<t>``'s attributes say ``xml:space="preserve"`` (any quote, any spacing)."""
    return "preserve" in attrs and _SPACE_PRESERVE.search(attrs) is not None


_SPACE_PRESERVE = re.compile(r"""\bspace\s*=\s*["']preserve["']""")


_P = r"(?:[A-Za-z_][\w.\-]*:)?"  # an optional namespace prefix


def _content(tag: str) -> str:
    """An element's content: anything but the start of another element of the same name or
    its own end tag, matched possessively. So a match stops at the element's end (or fails at
    the next element of that name), and a failed match never backtracks: linear time.

    A CDATA section is taken whole, so a tag inside one is text, as XML says; but it may not
    hold the element's own end tag or the start of another section (no writer puts either
    there), so that a section that never closes is looked through only up to the next one
    or the element's end: each stretch of text is read once, however many there are."""
    cdata = rf"<!\[CDATA\[(?:[^\]<]++|\](?!\]>)|<(?!/{_P}{tag}>|!\[CDATA\[))*+\]\]>"
    return rf"(?:[^<]++|{cdata}|<(?!{_P}{tag}[\s/>]|/{_P}{tag}>))*+"


def _element(tag: str, content: bool = True) -> re.Pattern[str]:
    """``<tag attrs/>`` or ``<tag attrs>content</tag>``: attributes in group 1, content in 2.
    Attributes cannot hold ``<`` or ``>`` in XML, so they never run into the next tag."""
    inner = f"({_content(tag)})" if content else "([^<]*+)"
    return re.compile(rf"<{_P}{tag}\b([^<>]*?)(?:/>|>{inner}</{_P}{tag}>)")


_T_RUN = re.compile(rf"<{_P}t(\s[^<>]*?)?(?:/>|>({_content('t')})</{_P}t>)")
_RPH = _element("rPh")


def rich_text(inner: str) -> str:
    """The text of an ``<si>`` or ``<is>``: its ``<t>`` runs, without phonetic guides, each
    trimmed as Excel trims it unless it says ``xml:space="preserve"``."""
    if inner.startswith("<t") and inner.endswith("</t>") and inner.count("<t") == 1:
        start = inner.find(">") + 1  # the common case: one run, <t> or <t xml:space=...>
        if inner[start - 2] == "/":
            return ""
        return xml_text(inner[start:-4], trim=not _preserves(inner[2 : start - 1]))
    if "rPh" in inner:
        inner = _RPH.sub("", inner)
    return "".join(
        xml_text(m[2] or "", trim=not _preserves(m[1] or "")) for m in _T_RUN.finditer(inner)
    )


# --- cells --------------------------------------------------------------------------------------


@dataclass(slots=True)
class RawCell:
    """A cell as stored: ``value`` is str, float, bool or None; ``formula`` its text if any."""

    value: str | float | bool | None
    formula: str | None = None
    error: str | None = None  # '#N/A', '#REF!'... for error cells
    date_text: bool = False  # t="d": the value is an ISO 8601 date string


_ROW = _element("row")
_CELL = _element("c")
_ATTR_R = re.compile(r'(?:^|\s)r\s*=\s*["\']([A-Za-z]{1,3})?(\d{1,7})["\']', re.ASCII)
_ATTR_ROW_R = re.compile(r'(?:^|\s)r\s*=\s*["\'](\d{1,7})["\']', re.ASCII)
_ATTR_T = re.compile(r'(?:^|\s)t\s*=\s*["\'](\w+)["\']')
_V = re.compile(rf"<{_P}v(?:\s[^<>]*?)?>({_content('v')})</{_P}v>")
_F = re.compile(rf"<{_P}f(?:\s[^<>]*?)?(?:/>|>({_content('f')})</{_P}f>)")
_IS = re.compile(rf"<{_P}is>({_content('is')})</{_P}is>")
_SI = _element("si")


def _small_int(text: str) -> int | None:
    """A row number, column or string index written in ASCII digits; None for anything else
    (Unicode digits, or more digits than any real index, which int() would be slow on)."""
    return int(text) if 0 < len(text) <= 9 and text.isascii() and text.isdigit() else None


def _refuse_dtd(text: str, part: str) -> None:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ScanError(
            "corrupt-file",
            M("why.dtd", "{part} declares a DTD, which no spreadsheet writes", part=part),
        )


def _count_tag(xml: str, tag: str) -> int:
    """Elements named ``tag`` (with or without a prefix), counted at C speed: a generous
    over-count is fine for a bound."""
    return xml.count(f"<{tag}") + xml.count(f":{tag} ") + xml.count(f":{tag}>")


class SharedStrings:
    """The shared string table, decoded lazily: a form's table holds all its guidance text
    and lists, and a return reads only a few dozen strings from it."""

    def __init__(self, xml: str, limits: Limits = WORKBOOK) -> None:
        _refuse_dtd(xml, "sharedStrings")
        self._cache: dict[int, str] = {}
        self._limit = limits.string_bytes
        if limits.shared_strings is not None and _count_tag(xml, "si") > limits.shared_strings:
            raise _too_large(
                M(
                    "what.shared-strings",
                    "more than {n} shared strings",
                    n=_thousands(limits.shared_strings),
                )
            )
        # The common form (plain <si> tags, as Excel, LibreOffice and Google write) is split
        # in one C-level pass; anything else (prefixes, attributes, <si/>) by expression.
        if "<si/>" not in xml and "<si " not in xml and ":si>" not in xml:
            self._items: list[str] = xml.split("<si>")[1:]
            self._plain = True
        else:
            self._items = [m[2] or "" for m in _SI.finditer(xml)]
            self._plain = False

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> str:
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        if not 0 <= index < len(self._items):
            raise ScanError(
                "corrupt-file", M("why.string-outside", "a cell points outside the shared strings")
            )
        item = self._items[index]
        if self._plain:
            end = item.find("</si>")
            item = item[:end] if end >= 0 else item
        if self._limit is not None and len(item) > self._limit:
            raise _too_large(_long_text(self._limit))
        text = rich_text(item)
        self._cache[index] = text
        return text


Window = tuple[int, int, int, int]  # first row, last row, first column, last column


def scan_cells(
    xml: str,
    strings: SharedStrings | None,
    windows: Iterable[Window] | None = None,
    columns: set[int] | None = None,
    limits: Limits = WORKBOOK,
) -> dict[tuple[int, int], RawCell]:
    """Every non-empty cell of a worksheet part as ``{(row, col): RawCell}``.

    ``windows``: optional rectangles to keep; other rows are skipped unparsed and other cells
    undecoded (a form's check formulas are long, and a return reads only its inputs).
    """
    _refuse_dtd(xml, "worksheet")
    # Only sheetData holds cells; validations and conditional formats after it can be as
    # long again.
    data_start = xml.find("sheetData")
    data_end = xml.rfind("sheetData>")
    if 0 <= data_start < data_end:
        xml = xml[data_start:data_end]
    layout = _Layout.of(xml)
    if limits.sheet_rows is not None and layout.rows > limits.sheet_rows:
        raise _too_large(
            M("what.rows", "more than {n} rows in a sheet", n=_thousands(limits.sheet_rows))
        )
    if limits.sheet_cells is not None and layout.cells > limits.sheet_cells:
        raise _too_large(
            M("what.cells", "more than {n} cells in a sheet", n=_thousands(limits.sheet_cells))
        )
    wins = list(windows) if windows is not None else None
    if wins is not None:
        if layout.common and layout.rows_numbered:
            fast = _scan_targeted(xml, strings, wins, limits)
            if fast is not None:
                return fast
    elif layout.common:
        return _scan_all(xml, strings, columns, limits)
    out: dict[tuple[int, int], RawCell] = {}
    row_no = 0
    for rm in _ROW.finditer(xml):
        attrs, body = rm[1], rm[2]
        pos = attrs.find(' r="')
        number = _small_int(attrs[pos + 4 : attrs.find('"', pos + 4)]) if pos >= 0 else None
        if number is None and (m := _ATTR_ROW_R.search(attrs)):
            number = int(m[1])
        row_no = number if number is not None else row_no + 1
        if not body:
            continue
        cols: list[tuple[int, int]] | None = None
        if wins is not None:
            cols = [(c1, c2) for r1, r2, c1, c2 in wins if r1 <= row_no <= r2]
            if not cols:
                continue
        col_no = 0
        for cm in _CELL.finditer(body):
            cattrs, inner = cm[1], cm[2]
            if (m := _ATTR_R.search(cattrs)) and m[1]:
                col_no = col_index(m[1])
            else:
                col_no += 1
            if not inner:
                continue
            if cols is not None and not any(c1 <= col_no <= c2 for c1, c2 in cols):
                continue
            cell = _decode_cell(cattrs, inner, strings, limits)
            if cell is not None:
                out[(row_no, col_no)] = cell
    return out


@dataclass(frozen=True, slots=True)
class _Layout:
    """What a sheet's data looks like, from a few passes of str.count at C speed."""

    rows: int  # row elements (a generous count, for the bound)
    cells: int  # cell elements, likewise
    common: bool  # every cell has an r attribute, no namespace prefixes
    rows_numbered: bool  # every row has an r attribute

    @classmethod
    def of(cls, xml: str) -> _Layout:
        cells, rows = xml.count("<c "), xml.count("<row ")
        prefixed = _PREFIXED.search(xml) is not None
        bare = _BARE.search(xml) is not None  # rare: counted only when there
        bare_cells = xml.count("<c>") if bare else 0
        bare_rows = xml.count("<row>") if bare else 0
        extra_rows = xml.count(":row") if prefixed else 0
        extra_cells = xml.count(":c ") + xml.count(":c>") if prefixed else 0
        # The fast paths find tags with str.find, which cannot tell one inside a CDATA section.
        common = (
            not prefixed
            and not bare_cells
            and xml.count('<c r="') == cells
            and _CDATA_START not in xml
        )
        return cls(
            rows + bare_rows + extra_rows,
            cells + bare_cells + extra_cells,
            common,
            not bare_rows and xml.count('<row r="') == rows,
        )


_PREFIXED = re.compile(r":(?:c[ >]|row)")
_BARE = re.compile(r"<(?:c|row)>")


_WANTED_CELLS = 100_000  # cells a window list may name before it is refused (a form: ~2,500)


@functools.lru_cache(maxsize=64)
def _wanted(windows: tuple[Window, ...]) -> dict[int, tuple[tuple[str, int], ...]]:
    """The cells inside the windows by row, each as the text that starts it in the XML, in
    row-major order. Every form of an audit asks for the same windows: built once."""
    if sum((r2 - r1 + 1) * (c2 - c1 + 1) for r1, r2, c1, c2 in windows) > _WANTED_CELLS:
        raise _too_large(
            M("what.area", "an area of more than {n} cells", n=_thousands(_WANTED_CELLS))
        )
    rows: dict[int, set[int]] = {}
    for r1, r2, c1, c2 in windows:
        for r in range(r1, r2 + 1):
            rows.setdefault(r, set()).update(range(c1, c2 + 1))
    return {
        r: tuple((f'<c r="{col_letters(c)}{r}"', c) for c in sorted(cols))
        for r, cols in sorted(rows.items())
    }


def _scan_targeted(
    xml: str, strings: SharedStrings | None, windows: list[Window], limits: Limits
) -> dict[tuple[int, int], RawCell] | None:
    """The fast path for the common layout (every row and cell has an ``r`` attribute, no
    namespace prefix, in the row-major order the format requires, as Excel, LibreOffice,
    Google Sheets and our writers write them): walk the row start tags, and within each
    wanted row find each wanted cell, decoding only those that hold something. No search
    runs past the start of the next row, nor a cell's content past the next cell. None if
    the layout differs."""
    wanted = _wanted(tuple(windows))
    last = max(wanted, default=0)
    out: dict[tuple[int, int], RawCell] = {}
    start = xml.find('<row r="')
    while start >= 0:
        number_at = start + 8  # len('<row r="')
        quote = xml.find('"', number_at, number_at + 10)
        following = xml.find('<row r="', number_at)
        number = xml[number_at:quote] if quote > 0 else ""
        if not (number.isdigit() and number.isascii()):
            return None
        row = int(number)
        if row > last:
            break
        cells = wanted.get(row)
        start = following
        if cells is None:
            continue
        limit = following if following >= 0 else len(xml)
        row_end = xml.find("</row>", quote, limit)
        row_end = row_end if row_end >= 0 else limit
        cell_pos = quote
        for start_tag, col in cells:
            found = xml.find(start_tag, cell_pos, row_end)
            if found < 0:
                continue  # no such cell (it is empty)
            after = found + len(start_tag)
            close = xml.find(">", after, row_end)
            if close < 0:
                return None
            cell_pos = close
            if xml[close - 1] == "/":
                continue  # an empty, formatted cell
            finish = xml.find("</c>", close, row_end)
            # A cell that never closes: its end tag found is another cell's.
            if finish < 0 or xml.find("<c ", close, finish) >= 0:
                return None
            attrs = xml[after:close]
            if (
                strings is not None
                and attrs.endswith(' t="s"')
                and xml.startswith("<v>", close + 1)
            ):
                # The commonest cell of all, a shared string: decoded here.
                end = xml.find("</v>", close + 4, finish)
                index = xml[close + 4 : end] if end > 0 else ""
                if index.isdigit() and index.isascii() and len(index) < 10:
                    out[(row, col)] = RawCell(strings[int(index)])
                    continue
            cell = _decode_cell(attrs, xml[close + 1 : finish], strings, limits)
            if cell is not None:
                out[(row, col)] = cell
    return out


_FULL_CELL = re.compile(
    rf'<c r="([A-Z]{{1,3}})(\d{{1,7}})"([^<>]*?)(?<!/)>({_content("c")})</c>', re.ASCII
)


def _scan_all(
    xml: str, strings: SharedStrings | None, columns: set[int] | None, limits: Limits
) -> dict[tuple[int, int], RawCell]:
    """Every cell that holds something (in ``columns``, if given), for the common layout
    (see _scan_targeted): one expression, which skips empty formatted cells without a
    Python step each; cells of other columns are never decoded."""
    out: dict[tuple[int, int], RawCell] = {}
    col_cache: dict[str, int] = {}
    for m in _FULL_CELL.finditer(xml):
        letters = m[1]
        col = col_cache.get(letters)
        if col is None:
            col = col_cache[letters] = col_index(letters)
        if columns is not None and col not in columns:
            continue
        cell = _decode_cell(m[3], m[4], strings, limits)
        if cell is not None:
            out[(int(m[2]), col)] = cell
    return out


def _decode_cell(
    attrs: str, inner: str, strings: SharedStrings | None, limits: Limits = WORKBOOK
) -> RawCell | None:
    # Plain str.find on the common unprefixed form; regular expressions otherwise.
    pos = attrs.find(' t="')
    if pos >= 0:
        kind = attrs[pos + 4 : attrs.find('"', pos + 4)]
    elif "t=" in attrs and (t_match := _ATTR_T.search(attrs)):
        kind = t_match[1]
    else:
        kind = "n"
    formula = None
    if ("<f" in inner or ":f" in inner) and (fm := _F.search(inner)):
        formula = xml_text(fm[1]) if fm[1] is not None else ""
    if kind == "inlineStr":
        if limits.string_bytes is not None and len(inner) > limits.string_bytes:
            raise _too_large(_long_text(limits.string_bytes))
        if inner.startswith("<is><t") and inner.endswith("</t></is>") and inner.count("<t") == 1:
            start = inner.find(">", 5) + 1  # one plain run: <is><t>..</t></is>, ours and Excel's
            if inner[start - 2] == "/":
                return RawCell("", formula)
            text = xml_text(inner[start:-9], trim=not _preserves(inner[6 : start - 1]))
            return RawCell(text, formula)
        im = _IS.search(inner)
        return RawCell(rich_text(im[1]) if im else "", formula)
    start = inner.find("<v>")
    if start >= 0 and (end := inner.find("</v>", start)) >= 0:
        raw = inner[start + 3 : end]
    elif vm := _V.search(inner):
        raw = vm[1]
    else:
        return RawCell(None, formula) if formula is not None else None
    if kind == "s":
        if strings is None:
            raise ScanError(
                "corrupt-file",
                M("why.no-strings", "a cell uses shared strings but there are none"),
            )
        index = _small_int(raw.strip())
        if index is None:
            raise ScanError(
                "corrupt-file", M("why.string-index", "a shared string index is not a number")
            )
        return RawCell(strings[index], formula)
    if kind in ("str", "e"):
        text = xml_text(raw)
        return RawCell(None, formula, error=text) if kind == "e" else RawCell(text, formula)
    if kind == "b":
        return RawCell(raw.strip() in ("1", "true"), formula)
    if kind == "d":
        return RawCell(xml_text(raw), formula, date_text=True)
    if len(raw) > NUMBER_TEXT_CHARS:  # no number is this long: it is text
        return RawCell(xml_text(raw), formula)
    try:
        return RawCell(float(raw), formula)
    except ValueError:
        return RawCell(xml_text(raw), formula)


# --- the package --------------------------------------------------------------------------------

_OFFICE_DOC = ("/officeDocument", "/officedocument")


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    part: str
    state: str  # visible, hidden, veryHidden


@dataclass(slots=True)
class Package:
    """An opened .xlsx: sheets, workbook-scope defined names, date system, core properties."""

    zf: zipfile.ZipFile
    sheets: list[SheetInfo]
    names: dict[str, str]
    date1904: bool
    modified: datetime | None
    strings_part: str | None
    limits: Limits = WORKBOOK
    _strings: SharedStrings | None = field(default=None, repr=False)
    _areas: dict[str, Area | None] = field(default_factory=dict, repr=False)

    def sheet(self, name: str) -> SheetInfo | None:
        for info in self.sheets:
            if info.name == name:
                return info
        folded = name.casefold()
        for info in self.sheets:
            if info.name.casefold() == folded:
                return info
        return None

    def shared_strings(self) -> SharedStrings | None:
        if self._strings is None and self.strings_part:
            text = decode_part(
                read_part(self.zf, self.strings_part, self.limits),
                M("part.shared-strings", "the shared strings"),
            )
            self._strings = SharedStrings(text, self.limits)
        return self._strings

    def cells(
        self,
        sheet: SheetInfo,
        windows: Iterable[Window] | None = None,
        columns: set[int] | None = None,
    ) -> dict[tuple[int, int], RawCell]:
        xml = decode_part(read_part(self.zf, sheet.part, self.limits), M("part.sheet", "a sheet"))
        strings = self.shared_strings() if ('t="s"' in xml or "t='s'" in xml) else None
        cells = scan_cells(xml, strings, windows, columns, self.limits)
        if columns is not None and windows is None:
            cells = {k: v for k, v in cells.items() if k[1] in columns}  # the slow path too
        return cells

    def area(self, name: str) -> Area | None:
        if name not in self._areas:
            ref = self.names.get(name)
            self._areas[name] = parse_reference(ref) if ref is not None else None
        return self._areas[name]


# An attribute starts where no name character precedes it: without the look-behind, a long run
# of name characters with no "=" after it would be tried from each of its characters in turn.
_ATTRIBUTE = re.compile(r"(?<![\w:.\-])([\w:.\-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ELEMENT_CACHE: dict[str, re.Pattern[str]] = {}
_DEFINED_NAME = _element("definedName", content=False)
_NAME_ATTR = re.compile(r"""\bname\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CACHED_PART_CHARS = 64 * 1024  # structural parts up to this size are parsed once per text


def _unescape(raw: str) -> str:
    return _ENTITY.sub(_entity, raw) if "&" in raw else raw


def _elements(xml: str, local: str) -> Iterator[tuple[dict[str, str], str | None]]:
    """Elements with this local name (any prefix): their attributes by local name, and their
    text. Used for the small structural parts, which hold no nested elements of interest."""
    pattern = _ELEMENT_CACHE.get(local)
    if pattern is None:
        pattern = _ELEMENT_CACHE[local] = _element(local)
    for m in pattern.finditer(xml):
        attrs = {
            key.rsplit(":", 1)[-1]: _unescape(double or single)
            for key, double, single in reversed(_ATTRIBUTE.findall(m[1]))
        }
        yield attrs, (_unescape(m[2]) if m[2] is not None else None)


def decode_part(data: bytes, what: Msg) -> str:
    """A part's bytes as text: UTF-8 (with or without its byte order mark), or UTF-16 with
    one, as XML allows. Anything else is a damaged file, not a crash. ``what`` names the part
    in the message (never the file's own name for it, which the file could make anything)."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScanError("corrupt-file", _not_text(what)) from exc


def _xml_part(zf: zipfile.ZipFile, name: str, limits: Limits) -> str:
    """A structural part as text, refusing DTDs. These parts are scanned, never handed to an
    XML parser, so no entity but the five predefined ones and character references is ever
    expanded: the protection defusedxml gives, at a fraction of the cost on the hot path."""
    text = decode_part(
        read_part(zf, name, limits),
        M("part.workbook", "a part that describes the workbook"),
    )
    _refuse_dtd(text, name)
    return text


_EOCD = b"PK\x05\x06"
_ZIP64_EOCD = b"PK\x06\x06"


def check_directory(data: bytes, limits: Limits = WORKBOOK) -> None:
    """Refuse a zip whose table of contents is larger than any workbook's, before zipfile
    builds an object for each of its entries (a few MB can declare millions)."""
    import struct

    tail_start = max(0, len(data) - 65_557)
    end = data.rfind(_EOCD, tail_start)
    if end < 0 or end + 22 > len(data):
        return  # zipfile will say what is wrong
    size = struct.unpack_from("<I", data, end + 12)[0]
    if size == 0xFFFFFFFF:
        z64 = data.rfind(_ZIP64_EOCD, max(0, end - 1024), end)
        if z64 >= 0 and z64 + 56 <= len(data):
            size = struct.unpack_from("<Q", data, z64 + 40)[0]
    if size > limits.zip_directory_bytes:
        raise _too_large(
            M(
                "what.zip-directory",
                "a zip directory of more than {size}",
                size=_megabytes(limits.zip_directory_bytes),
            )
        )


_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def check_sizes(zf: zipfile.ZipFile, limits: Limits = WORKBOOK) -> None:
    """Refuse a zip bomb before inflating anything, from the sizes the archive declares.

    zipfile never inflates a part beyond its declared size (it stops and fails the checksum),
    so these bound what reading can cost. Only the compressions spreadsheets use are accepted:
    zipfile inflates bzip2 and LZMA in one call, whatever the result's size."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.part_bytes:
            raise _too_large(_big_part(limits.part_bytes))
        if total > limits.package_bytes:
            raise _too_large(
                M(
                    "what.unpacked",
                    "more than {size} once unpacked",
                    size=_megabytes(limits.package_bytes),
                )
            )
        if info.file_size > 10_000_000 and ratio > limits.compression_ratio:
            raise _too_large(M("what.zip-bomb", "a part packed as only zip bombs are"))
        if info.compress_type not in _COMPRESSIONS:
            raise ScanError(
                "corrupt-file",
                M("why.compression", "a part uses a compression spreadsheets do not use"),
            )
        if info.flag_bits & 0x1:
            raise ScanError(
                "corrupt-file", M("why.zip-encrypted", "a part is encrypted inside the zip")
            )


def read_part(zf: zipfile.ZipFile, name: str, limits: Limits = WORKBOOK) -> bytes:
    """Inflate one part, never more than the part limit whatever its header claims."""
    try:
        with zf.open(name) as fh:
            data = fh.read(limits.part_bytes + 1)
    except KeyError as exc:
        raise ScanError(
            "corrupt-file", M("why.part-missing", "the part {name} is missing", name=name)
        ) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, RuntimeError) as exc:
        raise ScanError(
            "corrupt-file",
            M("why.part-unpack", "the part {name} cannot be unpacked", name=name),
        ) from exc
    except NotImplementedError as exc:
        raise ScanError(
            "corrupt-file",
            M("why.part-compression", "the part {name} uses an unknown compression", name=name),
        ) from exc
    if len(data) > limits.part_bytes:
        raise _too_large(_big_part(limits.part_bytes))
    return data


def _resolve(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    folder = posixpath.dirname(base_part)
    return posixpath.normpath(posixpath.join(folder, target))


def _find(zf: zipfile.ZipFile, name: str) -> str:
    """The name a part is stored under. Part names compare ignoring ASCII case (OPC, ECMA-376
    part 2): Excel opens a package whose relationship says ``sharedStrings.xml`` for a part
    stored as ``SharedStrings.xml``, so we do too (open_package registers the folded names)."""
    if name in zf.NameToInfo:
        return name
    folded = _fold_part(name)
    return folded if folded in zf.NameToInfo else name


def _fold_part(name: str) -> str:
    return "\0" + name.lower()  # a prefix no stored name can have: aliases never shadow a part


def _rels(zf: zipfile.ZipFile, part: str, limits: Limits) -> dict[str, tuple[str, str]]:
    """Relationships of a part: id -> (type, resolved target)."""
    folder, base = posixpath.split(part)
    rels_name = _find(zf, posixpath.join(folder, "_rels", base + ".rels"))
    if rels_name not in zf.NameToInfo:
        return {}
    xml = _xml_part(zf, rels_name, limits)
    if len(xml) > _CACHED_PART_CHARS:  # a real one is a few hundred bytes; never cache a huge one
        rels = _parse_rels.__wrapped__(xml, part)
    else:
        rels = _parse_rels(xml, part)
    return {rid: (rtype, _find(zf, target)) for rid, (rtype, target) in rels}


@functools.lru_cache(maxsize=256)
def _parse_rels(xml: str, part: str) -> tuple[tuple[str, tuple[str, str]], ...]:
    # Cached on the text: every form of an audit has the same relationship parts.
    out = []
    for attrs, _ in _elements(xml, "Relationship"):
        rid, rtype, target = attrs.get("Id"), attrs.get("Type", ""), attrs.get("Target", "")
        if rid and attrs.get("TargetMode") != "External":
            out.append((rid, (rtype, _resolve(part, target.replace("\\", "/")))))
    return tuple(out)


def _core_modified(zf: zipfile.ZipFile, limits: Limits) -> datetime | None:
    name = _find(zf, "docProps/core.xml")
    if name not in zf.NameToInfo:
        return None
    for _, text in _elements(_xml_part(zf, name, limits), "modified"):
        if text and len(text) <= NUMBER_TEXT_CHARS:
            try:
                return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
            except ValueError:
                return None
    return None


# What a malformed zip makes zipfile raise while it reads the directory.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    ValueError,
    EOFError,
    OverflowError,
    IndexError,
    NotImplementedError,  # a zip version or feature zipfile does not read
    RuntimeError,  # an encrypted entry
)


def open_package(data: bytes, limits: Limits = WORKBOOK) -> Package:
    """Open .xlsx bytes; raise ScanError with an issue code when that cannot be done."""
    import struct

    check_directory(data, limits)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (*_ZIP_ERRORS, struct.error) as exc:
        raise ScanError(
            "corrupt-file", M("why.zip-incomplete", "it is not a complete zip archive")
        ) from exc
    check_sizes(zf, limits)
    for info in zf.infolist():  # some writers use Windows separators in part names
        if "\\" in info.filename:
            zf.NameToInfo.setdefault(info.filename.replace("\\", "/"), info)
        zf.NameToInfo.setdefault(_fold_part(info.filename.replace("\\", "/")), info)
    root_rels = _rels(zf, "", limits)
    workbook_part = next(
        (t for rtype, t in root_rels.values() if rtype.endswith(_OFFICE_DOC)), None
    )
    if workbook_part is None:
        if _find(zf, "xl/workbook.xml") in zf.NameToInfo:
            workbook_part = _find(zf, "xl/workbook.xml")
        else:
            raise ScanError("not-a-workbook", "")
    if workbook_part not in zf.NameToInfo:
        raise ScanError("corrupt-file", M("why.workbook-missing", "the workbook part is missing"))
    if not workbook_part.endswith(".xml"):
        raise ScanError("unsupported-format", M("format.xlsb", "Excel binary (.xlsb)"))
    wb = _xml_part(zf, workbook_part, limits)
    rels = tuple(sorted(_rels(zf, workbook_part, limits).items()))
    if len(wb) > _CACHED_PART_CHARS:  # a form's is 3 kB; never keep a huge one in the cache
        sheets, names, date1904 = _parse_workbook.__wrapped__(wb, rels)
    else:
        sheets, names, date1904 = _parse_workbook(wb, rels)
    strings_part = next(
        (t for rtype, t in dict(rels).values() if rtype.endswith("/sharedStrings")), None
    )
    if strings_part is not None and strings_part not in zf.NameToInfo:
        strings_part = None
    modified = _core_modified(zf, limits)
    return Package(zf, list(sheets), dict(names), date1904, modified, strings_part, limits)


@functools.lru_cache(maxsize=256)
def _parse_workbook(
    wb: str, rel_items: tuple[tuple[str, tuple[str, str]], ...]
) -> tuple[tuple[SheetInfo, ...], tuple[tuple[str, str], ...], bool]:
    """Sheets, defined names and date system of a workbook part. Cached on the text: every
    form of an audit has the same workbook part until someone inserts rows."""
    if not re.search(rf"<{_P}workbook\b", wb):
        raise ScanError("not-a-workbook", "")
    rels = dict(rel_items)
    date1904 = any(
        a.get("date1904", "").lower() in ("1", "true") for a, _ in _elements(wb, "workbookPr")
    )
    sheets: list[SheetInfo] = []
    for attrs, _ in _elements(wb, "sheet"):
        target = rels.get(attrs.get("id", ""))
        if target and target[0].endswith("/worksheet"):
            sheets.append(
                SheetInfo(attrs.get("name", ""), target[1], attrs.get("state", "visible"))
            )
    names: dict[str, str] = {}
    local_names: dict[str, str] = {}
    for m in _DEFINED_NAME.finditer(wb):
        raw_attrs, text = m[1], _unescape(m[2] or "")
        found = _NAME_ATTR.search(raw_attrs)
        name = _unescape(found[1] if found[1] is not None else found[2]) if found else ""
        if "localSheetId" not in raw_attrs:
            names[name] = text
        else:
            local_names.setdefault(name, text)
    for name, ref in local_names.items():
        names.setdefault(name, ref)  # a sheet-scope name is second best, but still ours
    return tuple(sheets), tuple(names.items()), date1904


def iter_rows(
    cells: dict[tuple[int, int], RawCell],
) -> Iterator[tuple[int, dict[int, RawCell]]]:
    """Cells grouped by row, in row order."""
    rows: dict[int, dict[int, RawCell]] = {}
    for (r, c), cell in cells.items():
        rows.setdefault(r, {})[c] = cell
    for r in sorted(rows):
        yield r, rows[r]


def read_bytes(fh: IO[bytes], limit: int) -> bytes:
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise _too_large(M("what.file-size", "a file of more than {size}", size=_megabytes(limit)))
    return data


def named_constant(formula: str | None) -> str:
    """The value of a named constant (``"abc"`` or ``1``), or "" for anything else."""
    if not formula:
        return ""
    text = formula.strip().lstrip("=")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1].replace('""', '"')
    return text if text.replace(".", "", 1).isdigit() else ""
