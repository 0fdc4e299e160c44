"""Reading a shuffle workbook: what merge, suggest and summarise need from shuffle.xlsx as the
meeting left it (its decisions, its row and column order, the tool's tables), through the same
scanner as returns.

The public reader of the pipeline's middle: ``read_shuffle`` gives a ``ShuffleBook``; its
``needs()`` and ``services()`` give the Needs and Services sheets' rows with named parts
(``NeedsRow``, ``ServicesRow``), and ``table()`` any other sheet by header. "Group" means a
Need Group throughout; the people who meet and decide are "the meeting" (the contract's audit
group), and the columns and sheets they add are theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from .audit import Setup
from .files import Refused, read_file, real_root
from .issues import NeedsAuditError
from .limits import WORKBOOK
from .names import (
    BACKUPS_DIR,
    GROUPS_LIVE,
    GROUPS_TOTALS,
    S_CASES_HEADER,
    S_GROUPS_HEADER,
    S_NEEDS_HEADER,
    S_SERVICES_HEADER,
    SH_S_ABOUT,
    SH_S_CARDS,
    SH_S_CASES,
    SH_S_GROUPS,
    SH_S_ISSUES,
    SH_S_NEEDS,
    SH_S_RETURNS,
    SH_S_SERVICES,
    SHUFFLE_KIND,
    STATE_DIR,
    case_key,
)
from .values import date_to_serial
from .xlsxscan import Package, RawCell, ScanError, open_package

# The sheets merge writes every time; any other sheet is the meeting's or another command's,
# and is carried.
TOOL_SHEETS = (
    SH_S_CASES,
    SH_S_GROUPS,
    SH_S_NEEDS,
    SH_S_SERVICES,
    SH_S_CARDS,
    SH_S_RETURNS,
    SH_S_ISSUES,
)


class NeedsRow(NamedTuple):
    """A row of the Needs sheet, in its columns' order (names.S_NEEDS_HEADER, without the live
    ``Agreed group`` the writer adds): as merge writes it, and as it reads back."""

    case_ref: Any
    who: Any
    area: Any
    need: Any
    if_not_met: Any
    seriousness: Any
    outcome: Any
    work: Any
    best_service: Any
    met: Any
    quality: Any  # the need's quality codes, comma-separated (contract)


class ServicesRow(NamedTuple):
    """A row of the Services sheet, in its columns' order (names.S_SERVICES_HEADER)."""

    case_ref: Any
    service: Any
    provider: Any
    still_open: Any
    matched: Any


def comparable(value: Any) -> str:
    """Text that compares a value we wrote with what the workbook now holds."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return str(date_to_serial(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


def cell_value(cell: RawCell | None) -> Any:
    return None if cell is None else cell.value


def cell_text(cell: RawCell | None) -> str:
    """A cell as comparable text (see ``comparable``): "" for an empty one."""
    return comparable(cell_value(cell))


@dataclass(slots=True)
class CasesRow:
    """A row of the Cases sheet as the meeting left it."""

    row: int  # 1-based, on the sheet
    key: str  # "" for a row without a case ref
    cells: dict[str, RawCell | None]  # by header


Table = tuple[list[str], list[tuple[int, dict[int, RawCell]]]]


@dataclass(slots=True)
class ShuffleBook:
    """shuffle.xlsx as read: its Cases rows and Need Groups, what the meeting added, and the
    tool's tables on request."""

    data: bytes
    package: Package
    header: list[str]  # Cases header, in the meeting's column order
    rows: list[CasesRow]
    added_columns: list[tuple[int, str]]  # (1-based column, header) the meeting added on Cases
    groups_header: list[str]
    groups: list[dict[str, RawCell | None]]  # Need Groups rows, by header
    group_rows: list[int]  # the row (1-based) of each of those
    groups_added_columns: list[tuple[int, str]]  # columns the meeting added on Need Groups
    sheet_order: list[str]
    carried: list[str]  # sheets merge does not write: the meeting's and other commands'
    _long: dict[str, dict[str, list[list[Any]]]] = field(default_factory=dict)

    def needs(self, skip: Iterable[str] = ()) -> dict[str, list[NeedsRow]]:
        """The Needs sheet's rows by case key, read once. ``skip``: headers of columns left
        undecoded (None), for a reader that does not need their text."""
        rows = self._rows(SH_S_NEEDS, S_NEEDS_HEADER[: len(NeedsRow._fields)], skip)
        return {key: [NeedsRow(*r) for r in found] for key, found in rows.items()}

    def services(self, skip: Iterable[str] = ()) -> dict[str, list[ServicesRow]]:
        """The Services sheet's rows by case key (as ``needs``)."""
        rows = self._rows(SH_S_SERVICES, S_SERVICES_HEADER, skip)
        return {key: [ServicesRow(*r) for r in found] for key, found in rows.items()}

    def _rows(
        self, sheet: str, header: tuple[str, ...], skip: Iterable[str]
    ) -> dict[str, list[list[Any]]]:
        skip = tuple(skip)
        key = sheet + "|" + ",".join(skip)
        if key not in self._long:
            wanted = [h for h in header if h not in skip]
            self._long[key] = _rows_by_case(self.package, sheet, len(header), wanted)
        return self._long[key]

    def table(self, sheet: str, wanted: Iterable[str] | None = None) -> Table:
        """Any sheet as (header, rows of {column: cell}); see ``table``."""
        return table(self.package, sheet, wanted)


HEADER_WIDTH = 500  # columns looked at for headers (the tool's 25, and plenty for the meeting's)


def table(package: Package, sheet_name: str, wanted: Iterable[str] | None = None) -> Table:
    """A sheet as (header, rows of {column: cell}). With ``wanted`` header names, only those
    columns' cells are decoded below the header (a summary needs a few columns of big sheets)."""
    info = package.sheet(sheet_name)
    if info is None:
        return [], []
    columns = None
    if wanted is not None:
        head = package.cells(info, [(1, 1, 1, HEADER_WIDTH)])
        names = {cell_text(cell): c for (_, c), cell in head.items()}
        columns = {names[w] for w in wanted if w in names}
    cells = package.cells(info, None, columns)
    rows: dict[int, dict[int, RawCell]] = {}
    for (r, c), cell in cells.items():
        rows.setdefault(r, {})[c] = cell
    if wanted is not None:
        rows[1] = {c: cell for (_, c), cell in head.items()}
    header_cells = rows.pop(1, {})
    width = max(header_cells) if header_cells else 0
    header = [cell_text(header_cells.get(c)) for c in range(1, width + 1)]
    return header, sorted(rows.items())


def read_shuffle(
    path: Path, setup: Setup, cases_columns: Iterable[str] | None = None
) -> ShuffleBook:
    """The workbook as the meeting left it. Raises NeedsAuditError if it is not ours.
    ``cases_columns`` limits which Cases columns are decoded (all, for a merge)."""
    restore = f"restore it from {STATE_DIR}/{BACKUPS_DIR}/ or move it away to start a new one."
    try:
        data = read_file(path, real_root(path.parent), WORKBOOK.file_bytes).data
    except Refused as exc:
        what = {"outside-link": "a link out of the audit folder", "too-large": "too large"}
        raise NeedsAuditError(
            f"{path.name} is {what.get(exc.code, 'not an ordinary file')}: {restore}"
        ) from exc
    except OSError as exc:
        raise NeedsAuditError(f"{path.name} cannot be read ({exc.strerror}): {restore}") from exc
    try:
        return _read(data, path, setup, cases_columns)
    except ScanError as exc:
        raise NeedsAuditError(
            f"{path.name} cannot be read ({exc.why or exc.code}): {restore}"
        ) from exc


def _read(
    data: bytes, path: Path, setup: Setup, cases_columns: Iterable[str] | None
) -> ShuffleBook:
    package = open_package(data)
    _about_header, about_rows = table(package, SH_S_ABOUT)
    about = {cell_text(r.get(1)): cell_text(r.get(2)) for _, r in about_rows}
    if about.get("kind") != SHUFFLE_KIND:
        raise NeedsAuditError(
            f"{path.name} is not a needsaudit shuffle workbook: move it away (or rename it) and "
            f"run merge again."
        )
    if about.get("audit_id") != setup.settings.audit_id:
        raise NeedsAuditError(
            f"{path.name} belongs to another audit: move it away and run merge again."
        )
    if package.sheet(SH_S_CASES) is None or package.sheet(SH_S_GROUPS) is None:
        raise NeedsAuditError(
            f"{path.name} has lost its {SH_S_CASES} or {SH_S_GROUPS} sheet (renamed or deleted?): "
            f"give it its name back, or restore it from {STATE_DIR}/{BACKUPS_DIR}/."
        )
    header, rows = table(package, SH_S_CASES, cases_columns)
    col_of = {h: i + 1 for i, h in enumerate(header) if h}
    ref_col = col_of.get("Case ref")
    if ref_col is None:
        raise NeedsAuditError(
            f"{path.name}: the Cases sheet has no 'Case ref' column any more: give it its header "
            f"back, or restore the workbook from {STATE_DIR}/{BACKUPS_DIR}/."
        )
    known = set(S_CASES_HEADER) | set(setup.questions.columns)  # the tool's columns
    added_columns = [(i + 1, h) for i, h in enumerate(header) if h not in known and h]
    cases_rows = []
    for r, cells in rows:
        ref = cell_text(cells.get(ref_col))
        cases_rows.append(
            CasesRow(r, case_key(ref) if ref else "", {h: cells.get(c) for h, c in col_of.items()})
        )
    g_header, g_rows = table(package, SH_S_GROUPS)
    if GROUPS_TOTALS in g_header:  # the tool's totals block and right of it: not the meeting's
        g_header = g_header[: g_header.index(GROUPS_TOTALS)]
    g_cols = {h: i + 1 for i, h in enumerate(g_header) if h}
    groups = []
    group_rows = []
    for r, cells in g_rows:
        entry = {h: cells.get(c) for h, c in g_cols.items() if h not in GROUPS_LIVE}
        if any(cell_text(v) for v in entry.values()):
            groups.append(entry)
            group_rows.append(r)
    g_added = [(i + 1, h) for i, h in enumerate(g_header) if h and h not in S_GROUPS_HEADER]
    order = [s.name for s in package.sheets]
    carried = [s for s in order if s not in TOOL_SHEETS and s != SH_S_ABOUT]
    return ShuffleBook(
        data,
        package,
        header,
        cases_rows,
        added_columns,
        g_header,
        groups,
        group_rows,
        g_added,
        order,
        carried,
    )


def _rows_by_case(
    package: Package, sheet: str, width: int, wanted: Iterable[str] | None = None
) -> dict[str, list[list[Any]]]:
    _header, rows = table(package, sheet, wanted)
    out: dict[str, list[list[Any]]] = {}
    for _, cells in rows:
        values = [cell_value(cells.get(c)) for c in range(1, width + 1)]
        if values and values[0] not in (None, ""):
            out.setdefault(case_key(str(values[0])), []).append(values)
    return out
