"""Fill a blank form as an auditor would, without a spreadsheet application.

The demo and the benchmarks need many realistic returns quickly: this writes answers into the
form's input cells (found through its defined names, like every reader) and stamps the time it
was "saved" in the core properties, as Excel does. The workbook is otherwise untouched.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from .names import NA_NEEDS, NA_SERVICES
from .values import date_to_serial
from .workbook import rezip
from .xlsxscan import a1, open_package

Value = str | int | float | date | None

_CELL = re.compile(r'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>.*?</c>)', re.S)
_STYLE = re.compile(r'\ss="\d+"')


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
