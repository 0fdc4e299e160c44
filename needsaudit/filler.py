"""Fill a blank form as an auditor would, without a spreadsheet application.

The demo and the benchmarks need many realistic returns quickly: this writes answers into the
form's input cells (found through its defined names, like every reader), stores with every
formula the value it now has (as Excel does on save: Protected View and LibreOffice show those
values), makes rows tall enough for what was typed (as an auditor double-clicking a row's
border does), and stamps the time it was "saved" in the core properties, as Excel does.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from .formchecks import PHRASES_NAME, SHORTEST_NAME, Answers
from .i18n import EN, Texts, parse_language
from .names import (
    FIELDS,
    FORM_NEED_ROWS,
    FORM_SERVICE_ROWS,
    NA_FORM_LANGUAGE_VALUE,
    NA_NEEDS,
    NA_NOTES,
    NA_SERVICES,
    NA_STORY,
    NEEDS_COLUMNS,
    SERVICES_COLUMNS,
)
from .questions import NA_QUESTIONS_VALUE
from .styles import text_height
from .values import date_to_serial
from .workbook import rezip
from .xlsxscan import Package, RawCell, a1, col_index, named_constant, open_package

if TYPE_CHECKING:
    from .forms import Asked

Value = str | int | float | date | None

_CELL = re.compile(r'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>.*?</c>)', re.S)
_STYLE = re.compile(r'\ss="\d+"')
_FORMULA = re.compile(r'<c r="([A-Z]+\d+)"([^>]*?)><f>(.*?)</f>(?:<v>.*?</v>|<v/>)?</c>', re.S)
_ROW = re.compile(r'<row r="(\d+)"([^>]*)>')


class _Strings:
    """The workbook's shared string table, extended as Excel does when a user types text."""

    def __init__(self, xml: str) -> None:
        self.xml = xml
        self.count = len(re.findall(r"<si[ >/]", xml))
        self.added: list[str] = []

    def index(self, text: str) -> int:
        self.added.append(text)
        return self.count + len(self.added) - 1

    def render(self) -> str:
        if not self.added:
            return self.xml
        items = "".join(
            f'<si><t xml:space="preserve">{escape(t).replace(chr(13), "_x000D_")}</t></si>'
            for t in self.added
        )
        total = self.count + len(self.added)
        xml = re.sub(r'(<sst\b[^>]*?)\scount="\d+"', rf'\g<1> count="{total}"', self.xml, count=1)
        xml = re.sub(
            r'(<sst\b[^>]*?)\suniqueCount="\d+"', rf'\g<1> uniqueCount="{total}"', xml, count=1
        )
        return xml.replace("</sst>", items + "</sst>")


def _cell_xml(ref: str, attrs: str, value: Value, strings: _Strings) -> str:
    style = m[0] if (m := _STYLE.search(attrs)) else ""
    if value is None or value == "":
        return f'<c r="{ref}"{style}/>'
    if isinstance(value, date):
        return f'<c r="{ref}"{style}><v>{date_to_serial(value)}</v></c>'
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    return f'<c r="{ref}"{style} t="s"><v>{strings.index(str(value))}</v></c>'


def fill_form(
    blank: bytes,
    fields: Mapping[str, Value],
    needs: Sequence[Sequence[Value]] = (),
    services: Sequence[Sequence[Value]] = (),
    saved: datetime | None = None,
    saved_by: str = "Auditor",
) -> bytes:
    """The form with answers in its inputs. ``fields`` maps NA_* names to values; ``needs`` and
    ``services`` are rows of the tables, in column order."""
    package = open_package(blank)
    targets: dict[str, dict[str, Value]] = {}

    def put(name: str, row_offset: int, col_offset: int, value: Value) -> None:
        area = package.area(name)
        if area is None:
            raise KeyError(name)
        info = package.sheet(area.sheet)
        if info is None:
            raise KeyError(area.sheet)
        targets.setdefault(info.part, {})[a1(area.row1 + row_offset, area.col1 + col_offset)] = (
            value
        )

    for name, value in fields.items():
        put(name, 0, 0, value)
    for table, rows in ((NA_NEEDS, needs), (NA_SERVICES, services)):
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                put(table, r, c, value)
    form = _form_part(package)
    answers = _answers(package, fields, needs, services)
    # The checks' words in the form's own language (a form from before languages: English).
    language = parse_language(named_constant(package.names.get(NA_FORM_LANGUAGE_VALUE))) or EN

    members = []
    with zipfile.ZipFile(io.BytesIO(blank)) as zf:
        strings = _Strings(zf.read("xl/sharedStrings.xml").decode("utf-8"))
        for info in zf.infolist():
            data = zf.read(info.filename)
            wanted = targets.get(info.filename)
            if wanted:
                xml = data.decode("utf-8")
                seen: set[str] = set()

                def swap(
                    m: re.Match[str], wanted: dict[str, Value] = wanted, seen: set[str] = seen
                ) -> str:
                    ref = m[1]
                    if ref not in wanted:
                        return m[0]
                    seen.add(ref)
                    return _cell_xml(ref, m[2], wanted[ref], strings)

                xml = _CELL.sub(swap, xml)
                missing = set(wanted) - seen
                if missing:  # the template writes every input cell, so this is a bug
                    raise KeyError(f"cells not in the form: {sorted(missing)}")
                if info.filename == form and answers is not None:
                    checks = _calculated(xml, answers, language, _asked(package))
                    xml = _heights(checks, fields, needs)
                data = xml.encode("utf-8")
            elif info.filename == "docProps/core.xml" and saved is not None:
                data = _stamp(data, saved, saved_by)
            members.append((info.filename, data))
    # The string table is written last, once every sheet has added its strings.
    members = [
        (name, strings.render().encode("utf-8") if name == "xl/sharedStrings.xml" else data)
        for name, data in members
    ]
    return rezip(members)


def _form_part(package: Package) -> str | None:
    area = package.area(NA_NEEDS)
    info = package.sheet(area.sheet) if area is not None else None
    return info.part if info is not None else None


def _answers(
    package: Package,
    fields: Mapping[str, Value],
    needs: Sequence[Sequence[Value]],
    services: Sequence[Sequence[Value]],
) -> Answers | None:
    """The answers as the form's formulas will see them, with the phrase list and shortest
    need the form itself holds; None for a form not laid out as this version writes them (its
    formulas are then left as they were)."""
    from .forms import ROW_NEEDS_FIRST

    area = package.area(NA_NEEDS)
    shortest = package.names.get(SHORTEST_NAME, "").lstrip("=")
    phrases_at = package.area(PHRASES_NAME)
    if area is None or area.row1 != ROW_NEEDS_FIRST or not shortest.isdigit() or not phrases_at:
        return None
    info = package.sheet(phrases_at.sheet)
    cells = package.cells(info) if info is not None else {}
    phrases = [
        str(cell.value)
        for (r, c), cell in sorted(cells.items())
        if phrases_at.row1 <= r <= phrases_at.row2 and c == phrases_at.col1 and cell.value
    ]

    def table(rows: Sequence[Sequence[Value]], n: int, width: int) -> list[list[Value]]:
        out = [list(row) + [None] * (width - len(row)) for row in rows]
        return out + [[None] * width for _ in range(n - len(out))]

    return Answers(
        dict(fields),
        table(needs, FORM_NEED_ROWS, len(NEEDS_COLUMNS)),
        table(services, FORM_SERVICE_ROWS, len(SERVICES_COLUMNS)),
        phrases,
        int(shortest),
    )


def _asked(package: Package) -> list[Asked]:
    """The questions the form asks below its own layout, as ``forms.form_checks`` takes them:
    required where the form checks them (a formula in the Check column beside the input)."""
    from .forms import CHECK_COL, PLACED, Asked

    local = named_constant(package.names.get(NA_QUESTIONS_VALUE)).split(",")
    cells: dict[str, dict[tuple[int, int], RawCell]] = {}  # each sheet scanned once
    out = []
    for name in [*(f.name for f in FIELDS if f.name not in PLACED), *filter(None, local)]:
        area = package.area(name)
        info = package.sheet(area.sheet) if area is not None else None
        if area is None or info is None:
            continue
        if info.part not in cells:
            cells[info.part] = package.cells(info)
        check = cells[info.part].get((area.row1, col_index(CHECK_COL)))
        out.append(Asked(name, area.row1, check is not None and check.formula is not None))
    return out


def _calculated(xml: str, answers: Answers, language: str, asked: Sequence[Asked]) -> str:
    """Every check formula's stored value set to what it computes for these answers."""
    from .forms import form_checks

    checks = form_checks(Texts(language), asked)
    values = {check.cell: check.value(answers) for check in checks}

    def swap(m: re.Match[str]) -> str:
        ref, attrs, formula = m[1], m[2], m[3]
        if ref not in values:
            return m[0]
        value = values[ref]
        attrs = re.sub(r'\st="\w+"', "", attrs)
        if isinstance(value, int):
            return f'<c r="{ref}"{attrs}><f>{formula}</f><v>{value}</v></c>'
        return f'<c r="{ref}"{attrs} t="str"><f>{formula}</f><v>{escape(value)}</v></c>'

    return _FORMULA.sub(swap, xml)


def _heights(xml: str, fields: Mapping[str, Value], needs: Sequence[Sequence[Value]]) -> str:
    """Rows fitted to the text typed in them, as Excel's AutoFit (a double-click on the row's
    border) makes them; rows left empty keep the form's heights, room to write by hand."""
    from .forms import COL_WIDTHS, HEIGHTS, NOTES_CELL, ROW_NEEDS_FIRST, ROW_SERV_LAST, ROW_STORY

    letters = "ABCDEFGHI"
    wanted: dict[int, float] = {}
    for i, row in enumerate(needs):
        r = ROW_NEEDS_FIRST + i
        for c, value in enumerate(row):
            if isinstance(value, str) and value:
                need = text_height(value, COL_WIDTHS[letters[c]])
                wanted[r] = max(wanted.get(r, 0.0), need)
    story = fields.get(NA_STORY)
    if isinstance(story, str) and story:
        width = sum(COL_WIDTHS[x] for x in letters)
        wanted[ROW_STORY] = text_height(story, width)
    notes = fields.get(NA_NOTES)
    if isinstance(notes, str) and notes:
        # The notes box spans rows to the end of the services table: only its last row grows.
        first = int(NOTES_CELL[1:])
        box = sum(HEIGHTS[r] for r in range(first, ROW_SERV_LAST + 1))
        extra = text_height(notes, sum(COL_WIDTHS[x] for x in "GHI")) - box
        if extra > 0:
            wanted[ROW_SERV_LAST] = HEIGHTS[ROW_SERV_LAST] + extra

    def swap(m: re.Match[str]) -> str:
        r = int(m[1])
        if r not in wanted:
            return m[0]
        attrs = re.sub(r'\s(?:ht|customHeight)="[^"]*"', "", m[2])
        return f'<row r="{r}"{attrs} ht="{wanted[r]:.2f}" customHeight="1">'

    return _ROW.sub(swap, xml)


def _stamp(core: bytes, saved: datetime, saved_by: str) -> bytes:
    """Core properties as Excel leaves them on save: modified time (UTC) and who saved."""
    when = saved.astimezone(UTC) if saved.tzinfo else saved
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    text = core.decode("utf-8")
    text = re.sub(
        r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text
    )
    text = re.sub(r"<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>|<cp:lastModifiedBy/>", "", text)
    who = f"<cp:lastModifiedBy>{escape(saved_by)}</cp:lastModifiedBy>"
    return text.replace("</cp:coreProperties>", who + "</cp:coreProperties>").encode("utf-8")
