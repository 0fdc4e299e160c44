"""A minimal stand-in for the xlwings calls that needsaudit.xl makes, backed by files on disk.

Books are openpyxl workbooks loaded from disk and saved back by openpyxl. Opening a book
leaves an Excel owner file (``~$name``) beside it, as Excel does, and closing removes it, so
needsaudit's own lock checks see what they would see next to Excel. Alerts and status-bar
text are recorded for the tests to read.

What it does not prove: that Excel runs the VBA, that the xlwings add-in finds Python, that
Excel's own save keeps everything (openpyxl drops what it does not understand, such as
charts), or how Excel treats read-only and cloud (OneDrive) workbooks. test_xl checks that
every name here exists, with compatible parameters, on the real xlwings classes, so the
stand-in cannot drift into an API that xlwings does not have.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import column_index_from_string, get_column_letter

USER = "Coordinator"


def _owner_file(user: str) -> bytes:
    # Excel's owner file: the user's name, length-prefixed, padded.
    name = user.encode("latin-1")
    return bytes([len(name)]) + name + b" " * (53 - len(name)) + b"\x00" * 111


class App:
    def __init__(self) -> None:
        self._books = Books(self)
        # Recorded for the tests (not xlwings API):
        self.alerts: list[tuple[str | None, str, str | None]] = []
        self.status_log: list[str] = []
        self._status: Any = False

    @property
    def books(self) -> Books:
        return self._books

    @property
    def status_bar(self) -> Any:
        return self._status

    @status_bar.setter
    def status_bar(self, value: Any) -> None:
        self._status = value
        if value:
            self.status_log.append(str(value))

    def alert(
        self,
        prompt: str,
        title: str | None = None,
        buttons: str = "ok",
        mode: str | None = None,
        callback: str | None = None,
    ) -> str:
        self.alerts.append((title, prompt, mode))
        return "ok"


class Books:
    def __init__(self, app: App) -> None:
        self._app = app
        self._open: list[Book] = []
        self.active: Book | None = None

    def __iter__(self) -> Any:
        return iter(list(self._open))

    def __len__(self) -> int:
        return len(self._open)

    def open(self, fullname: str | Path) -> Book:
        path = Path(fullname)
        owner = path.with_name(f"~${path.name}")
        read_only = owner.exists()  # someone else has it: Excel opens a read-only copy
        wb = openpyxl.load_workbook(path, keep_vba=path.suffix == ".xlsm", rich_text=False)
        book = Book(self._app, path, wb, read_only)
        if not read_only:
            owner.write_bytes(_owner_file(USER))
        self._open.append(book)
        self.active = book
        return book


class Book:
    _mock_caller: Book | None = None

    def __init__(self, app: App, path: Path, wb: Any, read_only: bool) -> None:
        self._app = app
        self.path = path  # the stand-in's own: where the workbook lives
        self.wb = wb  # the stand-in's own: the openpyxl workbook, for tests to inspect
        self.read_only = read_only
        self._selection: dict[str, str] = {}

    @property
    def app(self) -> App:
        return self._app

    @property
    def sheets(self) -> Sheets:
        return Sheets(self)

    @property
    def names(self) -> Names:
        return Names(self)

    @classmethod
    def caller(cls) -> Book:
        if cls._mock_caller is None:
            raise RuntimeError("no calling book: use set_mock_caller()")
        return cls._mock_caller

    def set_mock_caller(self) -> None:
        Book._mock_caller = self

    @property
    def fullname(self) -> str:
        return str(self.path)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def selection(self) -> Range | None:
        sheet = self.sheets.active
        return Range(sheet, self._selection.get(sheet.name, "$A$1"))

    def activate(self) -> None:
        self._app.books.active = self

    def save(self) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path.name} is read-only")
        self.wb.save(self.path)

    def close(self) -> None:
        owner = self.path.with_name(f"~${self.path.name}")
        if not self.read_only and owner.exists():
            owner.unlink()
        self._app.books._open.remove(self)
        if self._app.books.active is self:
            self._app.books.active = None


class Sheets:
    def __init__(self, book: Book) -> None:
        self.book = book

    def __getitem__(self, key: str | int) -> Sheet:
        ws = self.book.wb.worksheets[key] if isinstance(key, int) else self.book.wb[key]
        return Sheet(self.book, ws)

    def __iter__(self) -> Any:
        return iter(Sheet(self.book, ws) for ws in self.book.wb.worksheets)

    @property
    def active(self) -> Sheet:
        return Sheet(self.book, self.book.wb.active)


class Sheet:
    def __init__(self, book: Book, ws: Any) -> None:
        self.book = book
        self.ws = ws

    @property
    def name(self) -> str:
        return str(self.ws.title)

    def range(self, cell1: str) -> Range:
        return Range(self, cell1)

    def activate(self) -> None:
        self.book.wb.active = self.book.wb.worksheets.index(self.ws)
        self.book.activate()

    def clear_contents(self) -> None:
        for row in self.ws.iter_rows():
            for cell in row:
                if not isinstance(cell, MergedCell):
                    cell.value = None


_A1 = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")


def _enter(cell: Any, text: str) -> None:
    """A string as Excel enters it through range.value, as if typed: a leading apostrophe
    makes it text (and is not kept); "=..." is a formula; "+...", "-..." and "@..." that are
    not numbers become formulas too."""
    if text.startswith("'"):
        cell.value = text[1:]
        cell.data_type = "s"
        cell.quotePrefix = True
        return
    if text[:1] in ("+", "-", "@") and not re.fullmatch(r"[+-]?\d+(\.\d+)?", text):
        cell.value = "=" + text.lstrip("@")
        return
    cell.value = text  # openpyxl, like Excel, takes "=..." as a formula


class Range:
    def __init__(self, sheet: Sheet, address: str) -> None:
        match = _A1.match(address.split(":")[0].upper())
        if match is None:
            raise ValueError(f"the stand-in reads single A1 addresses, not {address!r}")
        self.sheet = sheet
        self.column = column_index_from_string(match.group(1))
        self.row = int(match.group(2))

    @property
    def address(self) -> str:
        return f"${get_column_letter(self.column)}${self.row}"

    @property
    def value(self) -> Any:
        value = self.sheet.ws.cell(self.row, self.column).value
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return float(value)  # Excel hands every number over as a float
        return value

    @value.setter
    def value(self, data: Any) -> None:
        rows = data if isinstance(data, list) else [[data]]
        if rows and not isinstance(rows[0], list):
            rows = [rows]
        for r, values in enumerate(rows):
            for c, item in enumerate(values):
                cell = self.sheet.ws.cell(self.row + r, self.column + c)
                if isinstance(item, str):
                    _enter(cell, item)
                else:
                    cell.value = item.replace(tzinfo=None) if isinstance(item, datetime) else item

    def clear_contents(self) -> None:
        self.sheet.ws.cell(self.row, self.column).value = None

    def select(self) -> None:
        self.sheet.activate()
        self.sheet.book._selection[self.sheet.name] = self.address


class Names:
    def __init__(self, book: Book) -> None:
        self.book = book

    def __getitem__(self, item: str) -> Name:
        defined = self.book.wb.defined_names.get(item)
        if defined is None:
            raise KeyError(item)
        return Name(self.book, defined)


class Name:
    def __init__(self, book: Book, defined: Any) -> None:
        self.book = book
        self.defined = defined

    @property
    def refers_to_range(self) -> Range:
        sheet, coord = next(iter(self.defined.destinations))
        return Range(Sheet(self.book, self.book.wb[sheet]), coord.split(":")[0])
