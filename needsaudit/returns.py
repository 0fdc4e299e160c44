"""Completed forms -> Return records with every problem located; a folder of returns.

A return is read through the form's defined names (``NA_*``) and its ``About`` values, so it
still reads after the auditor inserted rows, renamed a sheet, or saved it from LibreOffice,
Excel on the web or Google Sheets. Values go through ``values`` (the one normalisation);
problems become Issues with the file, sheet and cell as the auditor has them, and a message
that never repeats what they typed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from .audit import Setup, read_setup
from .files import (
    A_FOLDER,
    Refused,
    is_inside,
    kind_of,
    printable,
    read_file,
    read_head,
    real_root,
    relative_name,
)
from .forms import load_record
from .i18n import CHOICES, M, Msg, Texts
from .issues import Detail, Issue, issue
from .limits import OTHER_FILES_LISTED, RETURNS, Limits
from .model import Need, Return, ServiceReceived
from .names import (
    CHOICE_WORDS,
    FIELDS,
    FORM_VERSION,
    FORMS_DIR,
    MAX_AGE,
    NA_ABOUT_AUDIT_ID,
    NA_ABOUT_VERSION,
    NA_AGENCY,
    NA_AUDIT_ID_VALUE,
    NA_AUDITOR,
    NA_CASE_REF,
    NA_FORM_VERSION_VALUE,
    NA_NEEDS,
    NA_SERVICES,
    NEED_REQUIRED,
    NEEDS_COLUMNS,
    RESULT_IGNORED,
    RESULT_MERGED,
    RESULT_REJECTED,
    RESULT_SUPERSEDED,
    RETURNS_DIR,
    RETURNS_README,
    SERVICE_REQUIRED,
    SERVICES_COLUMNS,
    SH_ABOUT,
    STATE_DIR,
    YES,
    YES_ONLY,
    AboutKey,
    Column,
    Field,
    Kind,
)
from .quality import NeedChecker, identifiers
from .questions import NA_QUESTIONS_VALUE, NOT_ASKED
from .values import Matcher, clean_text, to_date, to_whole_number
from .workbook import OLE_MAGIC, ZIP_MAGIC, PackageProblem, classify_ole, decrypt, sha256
from .xlsxscan import Area, Package, RawCell, ScanError, a1, named_constant, open_package

ERRORS_LOG = "errors.log"

# Other spreadsheet formats: the auditor should save as .xlsx.
OTHER_FORMATS = {
    ".xls": M("format.xls", "Excel 97-2003 (.xls)"),
    ".xlsb": M("format.xlsb", "Excel binary (.xlsb)"),
    ".xltx": M("format.xltx", "Excel template (.xltx)"),
    ".xltm": M("format.xltm", "Excel template (.xltm)"),
    ".ods": M("format.ods", "OpenDocument spreadsheet (.ods)"),
    ".fods": M("format.fods", "OpenDocument spreadsheet (.fods)"),
    ".csv": M("format.csv", "CSV"),
    ".tsv": M("format.tsv", "tab-separated text"),
    ".numbers": M("format.numbers", "Apple Numbers"),
    ".gsheet": M("format.gsheet", "Google Sheets shortcut (download it as .xlsx instead)"),
}
_SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store", "icon\r"}
# Copies sync clients make: "AB12 (1).xlsx", "AB12-DESKTOP-7Q2.xlsx",
# "AB12 (Jo's conflicted copy 2026-11-20).xlsx", "AB12-LAPTOP-1 (2).xlsx".
_SYNC_COPY = re.compile(
    r"(\(\d+\)|conflict|-(DESKTOP|LAPTOP|PC|MAC)[-\w]*|\bcopy\b)",
    re.IGNORECASE,
)

# --- the context a return is read in ------------------------------------------------------------


@dataclass(slots=True)
class ReadContext:
    """What reading needs besides the file: the set-up, passwords, the need checker."""

    setup: Setup
    extra_passwords: tuple[str, ...] = ()  # --password-prompt, NEEDSAUDIT_RETURNS_PASSWORD
    limits: Limits = RETURNS
    checker: NeedChecker = field(init=False)
    matchers: dict[str, Matcher] = field(init=False)

    def __post_init__(self) -> None:
        s = self.setup
        self.checker = NeedChecker.from_setup(s.lists.phrases, s.settings.shortest_need)
        self.matchers = {}
        specs: list[Field | Column] = [
            *FIELDS,
            *s.questions.fields,
            *NEEDS_COLUMNS,
            *SERVICES_COLUMNS,
        ]
        for spec in specs:
            key = spec.list_sheet or ",".join(spec.choices)
            if key and key not in self.matchers:
                if spec.list_sheet and isinstance(spec, Field) and spec.local:
                    self.matchers[key] = Matcher(spec.choices)  # a local list, read with setup
                elif spec.list_sheet:
                    # Answers in either language (or by code) mean the same value.
                    self.matchers[key] = s.lists.matcher(spec.list_sheet)
                else:
                    self.matchers[key] = Matcher(
                        spec.choices, synonyms=True, codes=False, aliases=choice_aliases()
                    )

    def matcher(self, spec: Field | Column) -> Matcher:
        return self.matchers[spec.list_sheet or ",".join(spec.choices)]

    def passwords_for(self, rel: str) -> list[str]:
        """Candidates in the contract's order: per auditor (the auditor the path names first),
        the setup's Returns password, then the prompt or environment."""
        folded = rel.casefold()
        per = sorted(self.setup.passwords.items(), key=lambda kv: (kv[0] not in folded, kv[0]))
        out: list[str] = []
        for pw in [p for _, p in per] + [
            self.setup.settings.returns_password,
            *self.extra_passwords,
        ]:
            if pw and pw not in out:
                out.append(pw)
        return out


# --- one file -----------------------------------------------------------------------------------


def read_return(
    data: bytes,
    rel: str,
    ctx: ReadContext,
    file_time: datetime | None = None,
    in_place: bool = False,
) -> Return:
    """Read one returned file. Never raises for a bad file: problems are in ``issues``.

    Whatever goes wrong while reading one file fails only that file: an exception nobody
    expected becomes a ``read-failed`` issue, and its traceback (never the file's contents,
    nor the exception's message, which could quote them) travels in ``read_error`` for the
    errors log.
    """
    ret = Return(file=rel, sha256=sha256(data), size=len(data), modified=file_time)
    ret.modified_from_file = True
    ret.in_place = in_place
    try:
        _read_into(ret, data, rel, ctx)
    except Exception as exc:  # one file may only ever fail itself
        ret.issues = [issue("read-failed", file=rel)]
        ret.read_error = describe_failure(exc)
        ret.needs, ret.services = [], []
    _cap_warnings(ret, ctx.limits)
    return ret


def _read_into(ret: Return, data: bytes, rel: str, ctx: ReadContext) -> None:
    def file_issue(code: str, **values: Detail) -> None:
        ret.issues.append(issue(code, file=rel, details=values))

    suffix = Path(rel).suffix.lower()
    try:
        if data.startswith(OLE_MAGIC):
            kind = classify_ole(data)
            if kind == "legacy":
                if suffix in (".xls", ".xlsx", ".xlsm"):
                    raise PackageProblem("unsupported-format", fmt=OTHER_FORMATS[".xls"])
                raise PackageProblem("not-a-workbook")
            if kind == "rights-managed":
                raise PackageProblem("rights-managed")
            data, _ = decrypt(data, ctx.passwords_for(rel), ctx.limits.spin_count)
        elif not data.startswith(b"PK"):
            if suffix in OTHER_FORMATS:
                raise PackageProblem("unsupported-format", fmt=OTHER_FORMATS[suffix])
            raise PackageProblem("not-a-workbook")
        elif suffix in (".ods", ".numbers"):
            raise PackageProblem("unsupported-format", fmt=OTHER_FORMATS[suffix])
        try:
            package = open_package(data, ctx.limits)
        except ScanError as exc:
            if exc.code == "not-a-workbook" and suffix in OTHER_FORMATS:
                raise PackageProblem("unsupported-format", fmt=OTHER_FORMATS[suffix]) from exc
            raise
        if package.modified is not None:
            ret.modified = _naive_utc(package.modified)
            ret.modified_from_file = False
        _FormReader(package, ret, ctx).read()
    except PackageProblem as exc:
        file_issue(exc.code, **exc.values)
    except ScanError as exc:
        if exc.code == "too-large":
            file_issue("too-large", what=exc.why or M("what.too-much", "more than any form could"))
        elif exc.code == "corrupt-file":
            file_issue("corrupt-file", why=exc.why or M("why.damaged", "its contents are damaged"))
        elif exc.code == "unsupported-format":
            file_issue("unsupported-format", fmt=exc.why)
        else:
            file_issue(exc.code)


def describe_failure(exc: BaseException) -> str:
    """An unexpected failure for the errors log: the exception's type and where it was raised
    (file, line, function and source line of each frame), never its message or any value."""
    kind = type(exc)
    lines = [f"{kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines)


def _cap_warnings(ret: Return, limits: Limits) -> None:
    """Keep every error and the first warnings; count the rest (a crafted file can hold
    thousands, and each would be a line on the coordinator's screen)."""
    cap = limits.warnings_per_file
    if cap is None:
        return
    warnings = [i for i in ret.issues if not i.is_error]
    if len(warnings) <= cap:
        return
    kept = set(map(id, warnings[:cap]))
    ret.issues = [i for i in ret.issues if i.is_error or id(i) in kept]
    ret.issues.append(
        issue("more-warnings", file=ret.file, case_ref=ret.case_ref or None, n=len(warnings) - cap)
    )


def _naive_utc(when: datetime) -> datetime:
    if when.tzinfo is not None:
        return when.astimezone(UTC).replace(tzinfo=None)
    return when


def _text(cell: RawCell | None) -> str:
    if cell is None or cell.value is None:
        return ""
    value = cell.value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return value


class _Input(NamedTuple):
    """The input a problem is in, as its issue carries it (Issue.field and details)."""

    name: str  # its defined name; a table's for a table cell
    label: str  # as the form shows it: the message's {field}
    row: int = 0  # a table cell's row on the sheet
    column: str = ""  # and its column's header

    def details(self) -> dict[str, Detail]:
        if not self.column:
            return {"field": self.label}
        return {"field": self.label, "row": self.row, "column": self.column}


class _FormReader:
    """Reads one opened package as a form, filling ``ret``."""

    def __init__(self, package: Package, ret: Return, ctx: ReadContext) -> None:
        self.pkg = package
        self.ret = ret
        self.ctx = ctx
        self.cells: dict[str, dict[tuple[int, int], RawCell]] = {}

    # --- helpers ---

    def add(
        self,
        code: str,
        area_sheet: str | None = None,
        cell: str | None = None,
        in_field: str | None = None,
        **values: Detail,
    ) -> None:
        self.ret.issues.append(
            issue(
                code,
                file=self.ret.file,
                case_ref=self.ret.case_ref if self.ret.in_sample else None,
                sheet=area_sheet,
                cell=cell,
                in_field=in_field,
                details=values,
            )
        )

    def load(self, areas: Iterable[Area]) -> None:
        windows: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
        for area in areas:
            windows[area.sheet].append((area.row1, area.row2, area.col1, area.col2))
        for sheet_name, wins in windows.items():
            info = self.pkg.sheet(sheet_name)
            if info is None:
                continue
            self.cells[sheet_name] = self.pkg.cells(info, wins)

    def raw(self, sheet: str, row: int, col: int) -> RawCell | None:
        return self.cells.get(sheet, {}).get((row, col))

    # --- reading ---

    def read(self) -> None:
        pkg, ret = self.pkg, self.ret
        fields = (*FIELDS, *self.ctx.setup.questions.fields)  # the one table: built-in, local
        # Areas larger than a form could be are broken fields, found before anything is read.
        areas = {f.name: self.bounded(pkg.area(f.name)) for f in fields}
        areas[NA_NEEDS] = self.bounded(pkg.area(NA_NEEDS), len(NEEDS_COLUMNS))
        areas[NA_SERVICES] = self.bounded(pkg.area(NA_SERVICES), len(SERVICES_COLUMNS))
        about = self.read_about()
        if NA_CASE_REF not in pkg.names and not about:
            raise PackageProblem(
                "not-a-form", what=M("what.no-case-ref", "NA_CaseRef name or About sheet")
            )
        if not about.get(AboutKey.AUDIT_ID.value):
            raise PackageProblem(
                "not-a-form", what=M("what.no-audit-id", "audit id on an About sheet")
            )
        if about[AboutKey.AUDIT_ID.value] != self.ctx.setup.settings.audit_id:
            raise PackageProblem("wrong-audit")
        version = to_whole_number(about.get(AboutKey.FORM_VERSION.value, ""))
        if version is None or version < 1:
            raise PackageProblem("not-a-form", what=M("what.no-version", "form version"))
        if version > FORM_VERSION:
            raise PackageProblem("unsupported-version", version=version, ours=FORM_VERSION)
        ret.audit_id = about[AboutKey.AUDIT_ID.value]
        ret.form_version = version
        tables = (NA_NEEDS, NA_SERVICES)
        self.load(
            a if name in tables else Area(a.sheet, a.row1, a.col1, a.row1, a.col1)
            for name, a in areas.items()
            if a is not None
        )

        # Case ref first: every later issue carries it.
        ref_area = areas[NA_CASE_REF]
        ref = (
            clean_text(_text(self.raw(ref_area.sheet, ref_area.row1, ref_area.col1))).text
            if ref_area
            else ""
        )
        ret.case_ref = ref or about.get(AboutKey.CASE_REF.value, "")
        if not ret.case_ref:
            self.add(
                "no-case-ref",
                ref_area.sheet if ref_area else None,
                ref_area.top_left if ref_area else None,
            )
            return
        sample = self.ctx.setup.case(ret.case_ref)
        if sample is not None:
            ret.case_ref = sample.ref  # shown as written in the sample
            ret.in_sample = True
        # The local questions the form was written with; one added since was not asked.
        carried = set(named_constant(pkg.names.get(NA_QUESTIONS_VALUE)).split(","))
        for spec in fields:
            if spec.name == NA_CASE_REF or spec.since > version:
                continue  # read above; or newer than the return's form: not asked, no warning
            area = areas[spec.name]
            not_on_form = spec.name not in carried and spec.name not in pkg.names
            if area is None and spec.local and not_on_form:
                ret.answers[spec.name] = NOT_ASKED
                continue
            if area is None:
                self.add("broken-field", in_field=spec.name, field=spec.label)
                continue
            self.read_field(spec, area)
        self.read_needs(areas[NA_NEEDS])
        self.read_services(areas[NA_SERVICES])
        self.check_sample()

    def bounded(self, area: Area | None, width: int | None = None) -> Area | None:
        """The area, or None when it is larger than any form's: a single field's area (of
        which only the top-left cell is read) within the area bounds, a table's no wider than
        its columns and no longer than the table bound."""
        if area is None:
            return None
        lim = self.ctx.limits
        if (lim.area_rows is not None and area.rows > lim.area_rows) or (
            lim.area_columns is not None and area.columns > lim.area_columns
        ):
            return None
        if width is not None:
            if area.columns > width:
                return None
            if lim.table_rows is not None and area.rows > lim.table_rows:
                return None
        return area

    def read_about(self) -> dict[str, str]:
        """About values: through the defined names when they are there (two cells), else
        the sheet's Key/Value rows, found by the sheet's name."""
        pkg = self.pkg
        constant_id = named_constant(pkg.names.get(NA_AUDIT_ID_VALUE))
        constant_version = named_constant(pkg.names.get(NA_FORM_VERSION_VALUE))
        if constant_id and constant_version:
            return {
                AboutKey.AUDIT_ID.value: constant_id,
                AboutKey.FORM_VERSION.value: constant_version,
            }
        id_area, version_area = pkg.area(NA_ABOUT_AUDIT_ID), pkg.area(NA_ABOUT_VERSION)
        if id_area is not None and version_area is not None and id_area.sheet == version_area.sheet:
            info = pkg.sheet(id_area.sheet)
            if info is not None:
                cells = pkg.cells(
                    info,
                    [
                        (id_area.row1, id_area.row1, id_area.col1, id_area.col1),
                        (
                            version_area.row1,
                            version_area.row1,
                            version_area.col1,
                            version_area.col1,
                        ),
                    ],
                )
                audit_id = _text(cells.get((id_area.row1, id_area.col1))).strip()
                version = _text(cells.get((version_area.row1, version_area.col1))).strip()
                if audit_id and version:
                    return {AboutKey.AUDIT_ID.value: audit_id, AboutKey.FORM_VERSION.value: version}
        info = pkg.sheet(SH_ABOUT)
        if info is None:
            return {}
        cells = pkg.cells(info, [(1, 50, 1, 2)])
        out: dict[str, str] = {}
        for (r, c), cell in sorted(cells.items()):
            if c == 1 and (key := _text(cell).strip()):
                out[key] = _text(cells.get((r, 2))).strip()
        return out

    def text_value(
        self,
        at: _Input,
        sheet: str,
        row: int,
        col: int,
        check_pii: bool = True,
        raw: RawCell | None = None,
    ) -> str:
        # The hot path of every command: locations are built only for problems.
        if raw is None:
            raw = self.raw(sheet, row, col)
            if raw is None:
                return ""
        if raw.formula is not None:
            self.add("formula-in-input", sheet, a1(row, col), at.name, **at.details())
        cleaned = clean_text(_text(raw))
        if cleaned.cut:
            self.add("text-too-long", sheet, a1(row, col), at.name, **at.details(), max="32,767")
        if check_pii and cleaned.text:
            for kind in identifiers(cleaned.text):
                self.add(
                    "personal-identifier", sheet, a1(row, col), at.name, **at.details(), kind=kind
                )
        return cleaned.text

    def list_value(
        self, at: _Input, spec: Field | Column, text: str, sheet: str, where: str | tuple[int, int]
    ) -> str:
        if not text:
            return ""
        matched = self.ctx.matcher(spec)(text)
        if matched is None:
            cell = a1(*where) if isinstance(where, tuple) else where
            self.add("not-in-list", sheet, cell, at.name, **at.details())
            return text
        return matched

    def read_field(self, spec: Field, area: Area) -> None:
        """One input, read as its kind in the field table says, into the Return."""
        sheet, row, col = area.sheet, area.row1, area.col1
        where = a1(row, col)
        raw = self.raw(sheet, row, col)
        at = _Input(spec.name, spec.label)
        asked = spec.required and not spec.prefilled
        if spec.kind in (Kind.DATE, Kind.AGE, Kind.NUMBER):
            if raw is not None and raw.formula is not None:
                self.add("formula-in-input", sheet, where, at.name, **at.details())
            value = None if raw is None else raw.value
            if value in (None, ""):
                if asked:
                    self.add("missing-answer", sheet, where, at.name, **at.details())
                self.store(spec, None)
                return
            if spec.kind is Kind.DATE:
                when = to_date(value, self.pkg.date1904)
                if when is None:
                    self.add("bad-date", sheet, where, at.name, **at.details())
                self.store(spec, when)
                return
            number = to_whole_number(value)
            if spec.kind is Kind.AGE and (number is None or not 0 <= number <= MAX_AGE):
                self.add("age-out-of-range", sheet, where, at.name, **at.details(), max=MAX_AGE)
                number = None
            elif spec.kind is Kind.NUMBER and (number is None or number < 0):
                self.add("not-a-number", sheet, where, at.name, **at.details())
                number = None
            self.store(spec, number)
            return
        pii = spec.kind is Kind.LONG_TEXT or spec.kind is Kind.TEXT
        text = self.text_value(at, sheet, row, col, check_pii=pii and not spec.prefilled)
        if spec.kind in (Kind.LIST, Kind.CHOICE):
            if isinstance(raw.value if raw else None, bool) and spec.kind is Kind.CHOICE:
                text = YES if raw and raw.value else "No"
            text = self.list_value(at, spec, text, sheet, where)
        if not text and asked:
            self.add("missing-answer", sheet, where, at.name, **at.details())
        # A tick box (Yes or blank) is a flag on the Return.
        self.store(spec, text == YES if spec.choices == YES_ONLY else text)

    def store(self, spec: Field, value: str | int | date | bool | None) -> None:
        """An answer into the Return: the attribute the table names, or a local question's."""
        if spec.local or not spec.attr:  # a built-in field without an attribute of its own
            self.ret.answers[spec.name] = None if isinstance(value, bool) else value
            return
        if spec.attr not in _RETURN_ATTRS:  # a table row no Return can hold: a bug, never data
            raise AssertionError(f"{spec.name}: Return has no attribute {spec.attr!r}")
        if spec.attr == "age" or spec.attr == "audit_date":
            setattr(self.ret, spec.attr, value)
        else:
            setattr(self.ret, spec.attr, "" if value is None else value)

    def table_rows(self, area: Area) -> dict[int, dict[int, RawCell]]:
        """The table's non-empty cells by row, columns counted from 0 (only those present:
        most of a form's table rows are blank)."""
        rows: dict[int, dict[int, RawCell]] = {}
        for (r, c), cell in self.cells.get(area.sheet, {}).items():
            if area.row1 <= r <= area.row2 and area.col1 <= c <= area.col2:
                rows.setdefault(r, {})[c - area.col1] = cell
        return rows

    def row_values(
        self,
        table: str,
        area: Area,
        row: int,
        present: dict[int, RawCell],
        columns: tuple[Column, ...],
    ) -> dict[str, str]:
        values = dict.fromkeys(_KEYS[columns], "")
        for offset, raw in present.items():
            column = columns[offset]
            free = column.kind is Kind.TEXT or column.kind is Kind.LONG_TEXT
            label = M("field.table-cell", "{column} (row {row})", column=column.header, row=row)
            at = _Input(table, label, row, column.header)
            col = area.col1 + offset
            text = self.text_value(at, area.sheet, row, col, check_pii=free, raw=raw)
            if not free:
                text = self.list_value(at, column, text, area.sheet, (row, col))
            values[column.key] = text
        return values

    def read_needs(self, area: Area | None) -> None:
        if area is None:
            self.add("broken-field", in_field=NA_NEEDS, field=M("field.needs-table", "Needs table"))
            self.add("no-needs")
            return
        checker = self.ctx.checker
        col_of = {c.key: area.col1 + i for i, c in enumerate(NEEDS_COLUMNS)}
        column = {c.key: c for c in NEEDS_COLUMNS}
        n = 0
        for row, present in sorted(self.table_rows(area).items()):
            values = self.row_values(NA_NEEDS, area, row, present, NEEDS_COLUMNS)
            if not any(values.values()):
                continue
            need_cell = a1(row, col_of["need"])
            need = column["need"].header
            if not values["need"]:
                self.add(
                    "missing-answer",
                    area.sheet,
                    need_cell,
                    NA_NEEDS,
                    field=M("field.need-row", "The need statement in row {row}", row=row),
                    row=row,
                    column=need,
                )
                continue
            n += 1
            quality = checker.codes(values["need"])
            for code in quality:
                self.add(
                    code,
                    area.sheet,
                    need_cell,
                    NA_NEEDS,
                    n=n,
                    words=checker.shortest,
                    row=row,
                    column=need,
                )
            for key in NEED_REQUIRED:
                code = _NEED_CODES.get(key, "need-incomplete")
                if not values[key]:
                    header = column[key].header
                    cell = a1(row, col_of[key])
                    what: dict[str, Detail] = {"what": header} if code == "need-incomplete" else {}
                    self.add(code, area.sheet, cell, NA_NEEDS, n=n, row=row, column=header, **what)
            self.ret.needs.append(
                Need(
                    who=values["who"],
                    area=values["area"],
                    need=values["need"],
                    if_not_met=values["if_not_met"],
                    seriousness=values["seriousness"],
                    outcome=values["outcome"],
                    work=values["work"],
                    best_service=values["best_service"],
                    met=values["met"],
                    quality=quality,
                    cell=need_cell,
                )
            )
        if n == 0:
            self.add("no-needs", area.sheet, a1(area.row1, col_of["need"]))

    def read_services(self, area: Area | None) -> None:
        if area is None:
            self.add(
                "broken-field",
                in_field=NA_SERVICES,
                field=M("field.services-table", "Services table"),
            )
            return
        n = 0
        for row, present in sorted(self.table_rows(area).items()):
            values = self.row_values(NA_SERVICES, area, row, present, SERVICES_COLUMNS)
            if not any(values.values()):
                continue
            service_cell = a1(row, area.col1)
            first = SERVICES_COLUMNS[0].header
            if not values["service"]:
                self.add(
                    "missing-answer",
                    area.sheet,
                    service_cell,
                    NA_SERVICES,
                    field=M("field.service-row", "The service in row {row}", row=row),
                    row=row,
                    column=first,
                )
                continue
            n += 1
            missing = _SERVICE_MISSING.get((not values["still_open"], not values["matched"]))
            if missing is not None:
                # Located on the service's cell, as before; ``columns`` says which are blank.
                blank = tuple(
                    c.header
                    for c in SERVICES_COLUMNS
                    if c.key in SERVICE_REQUIRED and not values[c.key]
                )
                self.add(
                    "service-incomplete",
                    area.sheet,
                    service_cell,
                    NA_SERVICES,
                    n=n,
                    what=missing,
                    row=row,
                    column=first,
                    columns=blank,
                )
            self.ret.services.append(
                ServiceReceived(
                    values["service"],
                    values["provider"],
                    values["still_open"],
                    values["matched"],
                    service_cell,
                )
            )
        if n == 0 and not self.ret.no_services:
            self.add("no-services-answer", area.sheet, a1(area.row1, area.col1))

    def check_sample(self) -> None:
        ret = self.ret
        case = self.ctx.setup.case(ret.case_ref)
        if case is None:
            area = self.pkg.area(NA_CASE_REF)
            self.add(
                "case-not-in-sample", area.sheet if area else None, area.top_left if area else None
            )
            return
        if (
            ret.auditor
            and " ".join(ret.auditor.split()).casefold()
            != " ".join(case.auditor.split()).casefold()
        ):
            area = self.pkg.area(NA_AUDITOR)
            self.add(
                "auditor-differs", area.sheet if area else None, area.top_left if area else None
            )
        ret.auditor = case.auditor
        # The agency is the sample's: a return that names another one is told so, never
        # believed (what it typed could be anything, and the summaries count by agency).
        if (
            ret.agency
            and case.agency
            and " ".join(ret.agency.split()).casefold() != " ".join(case.agency.split()).casefold()
        ):
            area = self.pkg.area(NA_AGENCY)
            self.add(
                "agency-differs", area.sheet if area else None, area.top_left if area else None
            )
        ret.agency = case.agency


# The answers a service row lacks, as one phrase (joined words would not translate).
_SERVICE_MISSING = {
    (True, False): SERVICES_COLUMNS[2].header,
    (False, True): SERVICES_COLUMNS[3].header,
    (True, True): M("what.open-and-matched", "Still open and Matched to needs"),
}


def choice_aliases() -> list[tuple[str, str]]:
    """The fixed answers' words in each language and bilingual, as the form's dropdowns
    show them (``Ie`` -> ``Yes``)."""
    out = []
    for value, words in CHOICE_WORDS.items():
        for setting in CHOICES:
            out.append((Texts(setting).label(words), value))
    return out


# The codes of a need's required columns left blank ("need-incomplete" for the others).
_NEED_CODES = {"seriousness": "need-no-seriousness", "outcome": "need-no-outcome"}
_KEYS = {cols: tuple(c.key for c in cols) for cols in (NEEDS_COLUMNS, SERVICES_COLUMNS)}

# What a field table row may fill: a Return's own answers (the rest is the tool's bookkeeping).
_RETURN_ATTRS = frozenset(
    f.name
    for f in dataclasses.fields(Return)
    if f.name not in ("file", "sha256", "size", "modified", "issues", "answers", "needs")
)


# --- a folder of returns --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    path: Path
    rel: str  # as shown: relative to the audit folder, "/" separators, printable
    in_place: bool = False
    root: str = ""  # the audit folder, resolved: nothing outside it is read
    refusal: tuple[str, Mapping[str, Detail]] | None = None  # not read at all, and why
    plain: bool = False  # a regular file, no link, found walking the audit (see read_file)


@dataclass(slots=True)
class ReturnsResult:
    """Every file looked at, what became of it, and every issue."""

    returns: list[Return]
    ignored: list[Issue]
    setup_issues: list[Issue]
    chosen: dict[str, Return]  # case key -> the return to merge

    @property
    def issues(self) -> list[Issue]:
        out = list(self.setup_issues) + list(self.ignored)
        for ret in self.returns:
            out.extend(ret.issues)
        return out

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.issues)


def ignore_reason(name: str) -> Msg | None:
    """Why a file in returns/ is not a return at all (lock, temporary and system files)."""
    lower = name.lower()
    if name.startswith("~$"):
        return M("why.excel-lock", "an Excel lock file (the workbook is open somewhere)")
    if name.startswith(".~lock.") and name.endswith("#"):
        return M("why.libreoffice-lock", "a LibreOffice lock file (the workbook is open somewhere)")
    if lower in _SYSTEM_FILES:
        return M("why.system-file", "a system file")
    if name.startswith("."):
        return M("why.hidden-file", "a hidden file")
    if name.startswith("~") or lower.endswith((".tmp", "~", ".crdownload", ".part")):
        return M("why.temporary-file", "a temporary file")
    return None


def _workbook_named_like_junk(path: Path, name: str, root: str) -> bool:
    """A file named like a lock, hidden or temporary file that is in fact a workbook (a case
    ref can start with "~" or "."): it is read, not ignored. Excel's and LibreOffice's own
    lock files are never zips, and macOS's "._" companions never are either."""
    if name.startswith("._") or not name.lower().endswith((".xlsx", ".xlsm")):
        return False
    return read_head(path, root, 4) == ZIP_MAGIC


def _walk(top: Path) -> Iterator[os.DirEntry[str]]:
    """Every entry under ``top`` but folders, in name order, a folder's own before those of
    its sub-folders; links to folders are yielded, never entered; hidden folders and macOS's
    __MACOSX are skipped. Directory entries say what each is without a system call each."""
    stack = [str(top)]
    while stack:
        try:
            with os.scandir(stack.pop()) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if not entry.name.startswith(".") and entry.name != "__MACOSX":
                    subfolders.append(entry.path)
            else:
                yield entry
        stack.extend(reversed(subfolders))


def discover(folder: Path) -> tuple[list[Candidate], list[Issue]]:
    """Files to read under returns/ (any depth) and forms filled in place under forms/.

    Links to folders are never followed; links that lead out of the audit folder, and the
    folders returns/ and forms/ themselves if they do, are listed to be refused, not read.
    """
    candidates: list[Candidate] = []
    ignored: list[Issue] = []
    root = real_root(folder)

    def refuse(path: Path, code: str, **values: Detail) -> None:
        candidates.append(
            Candidate(path, relative_name(path, folder) + "/", root=root, refusal=(code, values))
        )

    returns_dir = folder / RETURNS_DIR
    if os.path.lexists(returns_dir) and not is_inside(returns_dir, root):
        refuse(returns_dir, "outside-link", what=A_FOLDER)
    elif returns_dir.is_dir():
        for item in _walk(returns_dir):
            path = Path(item.path)
            name = item.name
            if item.is_symlink() and item.is_dir():
                if is_inside(path, root):
                    reason = M(
                        "why.folder-link",
                        "a link to another folder (links to folders are not followed)",
                    )
                    ignored.append(
                        issue("ignored-file", file=relative_name(path, folder) + "/", why=reason)
                    )
                else:
                    refuse(path, "outside-link", what=A_FOLDER)
                continue
            rel = relative_name(path, folder)
            if rel == f"{RETURNS_DIR}/{RETURNS_README}":
                continue  # init's note for auditors
            plain = item.is_file(follow_symlinks=False)
            if not plain and not item.is_symlink():
                what = kind_of(item)  # a pipe, socket or device: never opened
                candidates.append(
                    Candidate(path, rel, root=root, refusal=("not-a-file", {"what": what}))
                )
                continue
            why = ignore_reason(name)
            if why is not None and not _workbook_named_like_junk(path, name, root):
                if not name.startswith(".") or name.startswith(".~lock."):
                    ignored.append(issue("ignored-file", file=rel, why=why))
                continue
            candidates.append(Candidate(path, rel, root=root, plain=plain))
    forms_dir = folder / FORMS_DIR
    forms_outside = os.path.lexists(forms_dir) and not is_inside(forms_dir, root)
    if forms_outside:
        refuse(forms_dir, "outside-link", what=A_FOLDER)
    for entry in load_record(folder).values():
        where = entry.get("path") if isinstance(entry, dict) else None
        if (
            forms_outside
            or not isinstance(where, str)
            or not where.startswith(FORMS_DIR + "/")
            or ".." in where.split("/")
        ):
            continue
        path = folder / where
        try:
            got = read_file(path, root, RETURNS.file_bytes)
        except Refused as exc:
            if exc.code == "outside-link":
                candidates.append(
                    Candidate(path, printable(where), True, root, (exc.code, exc.values))
                )
            continue
        except OSError:
            continue  # not there (any more): nothing filled in place
        if sha256(got.data) != entry.get("sha256"):
            candidates.append(Candidate(path, printable(where), in_place=True, root=root))
    return candidates, ignored


def _unread(cand: Candidate, code: str, values: Mapping[str, Detail], size: int = 0) -> Return:
    ret = Return(file=cand.rel, sha256="", size=size, modified=None, in_place=cand.in_place)
    ret.issues.append(issue(code, file=cand.rel, details=values))
    return ret


def _file_time(mtime: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(mtime, UTC).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):  # a time set far outside the calendar
        return None


def _read_candidate(cand: Candidate, ctx: ReadContext) -> Return:
    """One candidate, read only if it is an ordinary file inside the audit, never more than
    the size limit (plus one byte). Nothing here can fail more than this one file."""
    if cand.refusal is not None:
        return _unread(cand, *cand.refusal)
    try:
        try:
            got = read_file(cand.path, cand.root, ctx.limits.file_bytes, cand.plain)
        except Refused as exc:
            return _unread(cand, exc.code, exc.values)
        except OSError as exc:
            why = f"it cannot be opened ({exc.strerror or type(exc).__name__})"
            return _unread(cand, "corrupt-file", {"why": why})
        ret = read_return(got.data, cand.rel, ctx, _file_time(got.mtime), cand.in_place)
        if cand.in_place and ret.is_form:
            ret.issues.append(
                issue(
                    "filled-in-place",
                    file=cand.rel,
                    case_ref=ret.case_ref if ret.in_sample else None,
                )
            )
        return ret
    except Exception as exc:  # one file may only ever fail itself
        ret = _unread(cand, "read-failed", {})
        ret.read_error = describe_failure(exc)
        return ret


def _is_ole(cand: Candidate) -> bool:
    return read_head(cand.path, cand.root, 8, cand.plain) == OLE_MAGIC


_WORKER_CTX: ReadContext | None = None
_ORPHAN_EXIT = 70  # a worker whose parent died exits with this


def _init_worker(ctx: ReadContext) -> None:
    # Once per worker process: the context holds compiled expressions and lists that would
    # otherwise be pickled, sent and rebuilt with every batch.
    global _WORKER_CTX
    _WORKER_CTX = ctx
    _die_with_parent()


def _die_with_parent() -> None:
    """Workers end when the process that started them ends, on every platform: a watcher
    thread waits on the parent's sentinel (a handle on Windows, a pipe elsewhere) and, where
    that is not enough (a forked sibling can hold the pipe open), polls the parent's pid,
    which changes on POSIX when the parent dies. Without this, a merge killed with SIGKILL
    left workers reading forever, holding merge.lock."""
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    ppid = os.getppid()

    def watch() -> None:
        while True:
            if parent is not None:
                parent.join(0.5)  # returns at once when the parent has gone
                gone = not parent.is_alive()
            else:
                threading.Event().wait(0.5)
                gone = False
            if gone or os.getppid() != ppid:
                os._exit(_ORPHAN_EXIT)

    threading.Thread(target=watch, name="needsaudit-parent-watch", daemon=True).start()


def _read_batch(batch: Sequence[Candidate]) -> list[Return]:
    assert _WORKER_CTX is not None
    return [_read_candidate(c, _WORKER_CTX) for c in batch]


def read_all(
    candidates: Sequence[Candidate],
    ctx: ReadContext,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> list[Return]:
    """Read every candidate; in parallel processes when there are many (reading is the hot
    path of check, status and merge). Results keep the candidates' order."""
    n = len(candidates)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    # A password-protected return costs about as much as 200 plain ones (Excel's encryption
    # is slow on purpose): count them when deciding whether processes pay off.
    cost = n + 200 * sum(1 for c in candidates if _is_ole(c))
    if n < 2 or cost < 200 or workers < 2:
        out = []
        for i, cand in enumerate(candidates, start=1):
            out.append(_read_candidate(cand, ctx))
            if progress is not None:
                progress(i)
        return out
    import concurrent.futures
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    chunk = max(1, min(25, n // (workers * 4)))
    batches = [candidates[i : i + chunk] for i in range(0, n, chunk)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    mp = multiprocessing.get_context(method)
    results: list[list[Return] | None] = [None] * len(batches)
    done = 0
    try:
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=mp, initializer=_init_worker, initargs=(ctx,)
        ) as pool:
            futures = {pool.submit(_read_batch, b): i for i, b in enumerate(batches)}
            for future in concurrent.futures.as_completed(futures):
                index = futures[future]
                batch_result = future.result()
                results[index] = batch_result
                done += len(batch_result)
                if progress is not None:
                    progress(done)
    except BrokenProcessPool:
        # A worker died (the system killed it, or a library crashed it): read each file not
        # yet read in a process of its own, so the one that kills its reader fails alone.
        for index, batch in enumerate(batches):
            if results[index] is None:
                results[index] = [_read_alone(c, ctx, mp) for c in batch]
                done += len(batch)
                if progress is not None:
                    progress(done)
    return [r for batch_result in results if batch_result is not None for r in batch_result]


def _read_alone(cand: Candidate, ctx: ReadContext, mp: Any, timeout: float = 120.0) -> Return:
    """One file in a process of its own; ``read-failed`` if that process dies or hangs."""
    receive, send = mp.Pipe(duplex=False)
    child = mp.Process(target=_read_and_send, args=(cand, ctx, send), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(timeout):
            result: Return = receive.recv()
            return result
    except (EOFError, OSError):
        pass
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    ret = _unread(cand, "read-failed", {})
    ret.read_error = f"the process reading this file stopped (exit code {child.exitcode})"
    return ret


def _read_and_send(cand: Candidate, ctx: ReadContext, send: Any) -> None:
    _die_with_parent()
    send.send(_read_candidate(cand, ctx))
    send.close()


def write_errors_log(folder: Path, returns: Iterable[Return]) -> None:
    """Unexpected failures, for whoever supports needsaudit: when, which file, the
    traceback. Never a cell's contents or an exception's message. Best effort: a log that
    cannot be written must not stop a check."""
    failed = [r for r in returns if r.read_error]
    if not failed:
        return
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    text = "".join(f"{stamp} {printable(r.file)}\n{r.read_error}\n\n" for r in failed)
    with contextlib.suppress(OSError):
        (folder / STATE_DIR).mkdir(exist_ok=True)
        with open(folder / STATE_DIR / ERRORS_LOG, "a", encoding="utf-8") as fh:
            fh.write(text)


def _named(ret: Return) -> str:
    """A case as a message names it: the sample's ref, never one a return typed."""
    return ret.case_ref if ret.in_sample else "(a ref not in the sample)"


def resolve_duplicates(returns: Sequence[Return]) -> dict[str, Return]:
    """Apply the contract's rule to returns of one case, set every ``result``, and return the
    return to merge per case key (only those without errors)."""
    by_case: dict[str, list[Return]] = defaultdict(list)
    for ret in returns:
        if ret.is_form:
            by_case[ret.key].append(ret)
        else:
            ret.result = RESULT_REJECTED
    chosen: dict[str, Return] = {}
    for key, group in by_case.items():
        # Identical bytes are one return: keep the copy in returns/ (then the first by name).
        unique: dict[str, Return] = {}

        # Prefer the copy in returns/, then the one that is not named like a copy.
        def preference(r: Return) -> tuple[bool, bool, str]:
            return (r.in_place, bool(_SYNC_COPY.search(Path(r.file).stem)), r.file)

        for ret in sorted(group, key=preference):
            first = unique.get(ret.sha256)
            if first is None:
                unique[ret.sha256] = ret
                continue
            hint = (
                M(
                    "hint.sync-copy",
                    " It looks like a copy a sync client or email program made; you can delete it.",
                )
                if _SYNC_COPY.search(Path(ret.file).stem)
                else ""
            )
            ret.issues.append(
                issue(
                    "duplicate-copy",
                    file=ret.file,
                    case_ref=ret.case_ref if ret.in_sample else None,
                    other=first.file,
                    hint=hint,
                )
            )
            ret.result = RESULT_IGNORED
        distinct = list(unique.values())
        if len(distinct) > 1:
            stamp = {id(r): r.modified or datetime.min for r in distinct}
            distinct.sort(key=lambda r: stamp[id(r)], reverse=True)
            latest = stamp[id(distinct[0])]
            tied = [r for r in distinct if stamp[id(r)] == latest]
            if len(tied) > 1:
                for ret in tied:
                    others = _others(tied, ret)
                    ret.issues.append(
                        issue(
                            "duplicate-case",
                            file=ret.file,
                            case_ref=ret.case_ref if ret.in_sample else None,
                            case=_named(ret),
                            other=others,
                        )
                    )
                    ret.result = RESULT_REJECTED
                for ret in distinct[len(tied) :]:
                    ret.issues.append(
                        issue(
                            "superseded",
                            file=ret.file,
                            case_ref=ret.case_ref if ret.in_sample else None,
                            case=_named(ret),
                            other=tied[0].file,
                        )
                    )
                    ret.result = RESULT_SUPERSEDED
                continue
            for ret in distinct[1:]:
                ret.issues.append(
                    issue(
                        "superseded",
                        file=ret.file,
                        case_ref=ret.case_ref if ret.in_sample else None,
                        case=_named(ret),
                        other=distinct[0].file,
                    )
                )
                ret.result = RESULT_SUPERSEDED
        winner = distinct[0]
        if winner.has_errors:
            winner.result = RESULT_REJECTED
        else:
            winner.result = RESULT_MERGED
            chosen[key] = winner
    return chosen


def _others(group: Sequence[Return], ret: Return) -> str:
    """The other files of a group, a handful by name: 5,000 copies of a case must not make
    every message name all the others (that printed 811 MB)."""
    named = [o.file for o in group[: OTHER_FILES_LISTED + 1] if o is not ret][:OTHER_FILES_LISTED]
    more = len(group) - 1 - len(named)
    files = ", ".join(named)
    if not more:
        return files
    # "more" and the Welsh "arall" do not change with the number: no plural forms needed.
    return M("files.and-more", "{files} and {n} more", files=files, n=more)


def read_returns(
    folder: Path,
    setup: Setup | None = None,
    passwords: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> ReturnsResult:
    """Read every return of an audit: the library function behind check, status and merge."""
    setup = setup or read_setup(folder)
    env = os.environ.get("NEEDSAUDIT_RETURNS_PASSWORD")
    extra = tuple(p for p in (*passwords, env) if p)
    ctx = ReadContext(setup, extra)
    candidates, ignored = discover(folder)
    total = len(candidates)
    returns = read_all(
        candidates,
        ctx,
        (lambda done: progress(done, total)) if progress is not None else None,
        workers,
    )
    write_errors_log(folder, returns)
    chosen = resolve_duplicates(returns)
    return ReturnsResult(returns, ignored, list(setup.issues), chosen)


@dataclass(frozen=True, slots=True)
class AuditorStatus:
    auditor: str
    sent: int
    returned: int
    outstanding: list[str]
    with_errors: list[str]

    def to_json(self) -> dict[str, object]:
        return {
            "auditor": self.auditor,
            "sent": self.sent,
            "returned": self.returned,
            "outstanding": self.outstanding,
            "with_errors": self.with_errors,
        }


def auditor_status(folder: Path, setup: Setup, result: ReturnsResult) -> list[AuditorStatus]:
    """Per auditor: forms sent, cases returned, cases outstanding, returns with errors.

    The sample in setup.xlsx is the truth for what is outstanding: every case of it without a
    return, whether or not the record of written forms survives (a copy of the audit folder
    without its hidden .needsaudit/ has none). The record only adds to what was sent: a case
    with a return was certainly sent.
    """
    record = load_record(folder)
    returned_keys = {r.key for r in result.returns if r.is_form}
    out = []
    for auditor in setup.auditors:
        cases = [c for c in setup.cases if c.auditor.casefold() == auditor.casefold()]
        sent = [c for c in cases if c.key in record or c.key in returned_keys]
        returned = [c for c in cases if c.key in returned_keys]
        outstanding = [c.ref for c in cases if c.key not in returned_keys]
        with_errors = [c.ref for c in returned if c.key not in result.chosen]
        out.append(AuditorStatus(auditor, len(sent), len(returned), outstanding, with_errors))
    return out
