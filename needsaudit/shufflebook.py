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
from .i18n import EN, _, in_each_language, local, parse_language
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
from .shufflewords import VALUE_COLUMNS, Words, header_codes, sheet_codes, value_code
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


def tool_value(header: str, cell: RawCell | None) -> Any:
    """A tool cell of Cases as the tool wrote it, whatever the language it was written in: a
    Return or a Yes / Partly / No by its code (``Ie`` -> ``Yes``), anything else as it is."""
    value = cell_value(cell)
    return value_code(value, header) if header in VALUE_COLUMNS else value


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
    # The language the workbook was last written in (About), and its sheets' names: English
    # name -> the name in this workbook (the tool's sheets it has, in whatever language).
    language: str = "en"
    sheet_names: dict[str, str] = field(default_factory=dict)
    _long: dict[str, dict[str, list[list[Any]]]] = field(default_factory=dict)

    def sheet(self, name: str) -> str | None:
        """The name in this workbook of one of the tool's sheets (by its English name), or
        None when it has none."""
        return self.sheet_names.get(name)

    def code_of_sheet(self, actual: str) -> str | None:
        """The English name of a sheet of this workbook, when it is one of the tool's."""
        for code, name in self.sheet_names.items():
            if name == actual:
                return code
        return None

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
            actual = self.sheet(sheet) or sheet
            rows = _rows_by_case(self.package, actual, len(header), wanted, self.language)
            for found in rows.values():
                for values in found:
                    for i, h in enumerate(header):
                        if h in VALUE_COLUMNS:
                            values[i] = value_code(values[i], h)
            self._long[key] = rows
        return self._long[key]

    def table(self, sheet: str, wanted: Iterable[str] | None = None) -> Table:
        """Any sheet, by its English name or its own, as (header, rows of {column: cell});
        see ``table``."""
        return table(self.package, self.sheet(sheet) or sheet, wanted, self.language)


HEADER_WIDTH = 500  # columns looked at for headers (the tool's 25, and plenty for the meeting's)


def table(
    package: Package,
    sheet_name: str,
    wanted: Iterable[str] | None = None,
    language: str | None = None,
) -> Table:
    """A sheet as (header, rows of {column: cell}), the tool's headers by their English names
    whatever language they are in (``language``: the workbook's, whose names win a tie). With
    ``wanted`` header names, only those columns' cells are decoded below the header (a
    summary needs a few columns of big sheets)."""
    info = package.sheet(sheet_name)
    if info is None:
        return [], []
    columns = None
    if wanted is not None:
        head = package.cells(info, [(1, 1, 1, HEADER_WIDTH)])
        width = max((c for _, c in head), default=0)
        texts = [cell_text(head.get((1, c))) for c in range(1, width + 1)]
        names: dict[str, int] = {}
        for c, name in enumerate(header_codes(texts, language), start=1):
            names.setdefault(name, c)
        columns = {names[w] for w in wanted if w in names}
    cells = package.cells(info, None, columns)
    rows: dict[int, dict[int, RawCell]] = {}
    for (r, c), cell in cells.items():
        rows.setdefault(r, {})[c] = cell
    if wanted is not None:
        rows[1] = {c: cell for (_, c), cell in head.items()}
    header_cells = rows.pop(1, {})
    width = max(header_cells) if header_cells else 0
    header = header_codes([cell_text(header_cells.get(c)) for c in range(1, width + 1)], language)
    return header, sorted(rows.items())


def read_shuffle(
    path: Path, setup: Setup, cases_columns: Iterable[str] | None = None
) -> ShuffleBook:
    """The workbook as the meeting left it. Raises NeedsAuditError if it is not ours.
    ``cases_columns`` limits which Cases columns are decoded (all, for a merge)."""
    backups = f"{STATE_DIR}/{BACKUPS_DIR}/"
    try:
        data = read_file(path, real_root(path.parent), WORKBOOK.file_bytes).data
    except Refused as exc:
        if exc.code == "outside-link":
            message = _(
                "{name} is a link out of the audit folder: restore it from {backups} or move it "
                "away to start a new one."
            )
        elif exc.code == "too-large":
            message = _(
                "{name} is too large: restore it from {backups} or move it away to start a new one."
            )
        else:
            message = _(
                "{name} is not an ordinary file: restore it from {backups} or move it away to "
                "start a new one."
            )
        raise NeedsAuditError(message.format(name=path.name, backups=backups)) from exc
    except OSError as exc:
        raise NeedsAuditError(_cannot_read(path, str(exc.strerror), backups)) from exc
    try:
        return _read(data, path, setup, cases_columns)
    except ScanError as exc:
        raise NeedsAuditError(_cannot_read(path, exc.why or exc.code, backups)) from exc


def _cannot_read(path: Path, why: str, backups: str) -> str:
    return in_each_language(
        lambda: _(
            "{name} cannot be read ({why}): restore it from {backups} or move it away to start "
            "a new one."
        ).format(name=path.name, why=local(why), backups=backups)
    )


def _read(
    data: bytes, path: Path, setup: Setup, cases_columns: Iterable[str] | None
) -> ShuffleBook:
    package = open_package(data)
    _about_header, about_rows = table(package, SH_S_ABOUT)
    about = {cell_text(r.get(1)): cell_text(r.get(2)) for _, r in about_rows}
    if about.get("kind") != SHUFFLE_KIND:
        raise NeedsAuditError(
            _(
                "{name} is not a needsaudit shuffle workbook: move it away (or rename it) and "
                "run merge again."
            ).format(name=path.name)
        )
    if about.get("audit_id") != setup.settings.audit_id:
        raise NeedsAuditError(
            _("{name} belongs to another audit: move it away and run merge again.").format(
                name=path.name
            )
        )
    language = parse_language(about.get("language", "")) or EN
    order = [s.name for s in package.sheets]
    names = sheet_codes([n for n in order if n != SH_S_ABOUT], language)
    if SH_S_CASES not in names or SH_S_GROUPS not in names:
        words = Words(setup.settings.language)
        raise NeedsAuditError(
            _(
                "{name} has lost its {cases} or {groups} sheet (renamed or deleted?): give it its "
                "name back, or restore it from {backups}."
            ).format(
                name=path.name,
                cases=words.sheet(SH_S_CASES),
                groups=words.sheet(SH_S_GROUPS),
                backups=f"{STATE_DIR}/{BACKUPS_DIR}/",
            )
        )
    header, rows = table(package, names[SH_S_CASES], cases_columns, language)
    col_of: dict[str, int] = {}
    for i, h in enumerate(header):
        if h:
            col_of.setdefault(h, i + 1)
    ref_col = col_of.get("Case ref")
    if ref_col is None:
        words = Words(language)
        raise NeedsAuditError(
            _(
                "{name}: the {cases} sheet has no '{ref}' column any more: give it its header "
                "back, or restore the workbook from {backups}."
            ).format(
                name=path.name,
                cases=names[SH_S_CASES],
                ref=words.head("Case ref"),
                backups=f"{STATE_DIR}/{BACKUPS_DIR}/",
            )
        )
    known = set(S_CASES_HEADER) | set(setup.questions.columns)  # the tool's columns
    added_columns = [(i + 1, h) for i, h in enumerate(header) if h not in known and h]
    cases_rows = []
    for r, cells in rows:
        ref = cell_text(cells.get(ref_col))
        cases_rows.append(
            CasesRow(r, case_key(ref) if ref else "", {h: cells.get(c) for h, c in col_of.items()})
        )
    g_header, g_rows = table(package, names[SH_S_GROUPS], None, language)
    if GROUPS_TOTALS in g_header:
        # The tool's totals block (its labels and their counts) is not the meeting's; a column
        # the meeting added to the right of it is, and is kept (written left of the totals).
        at = g_header.index(GROUPS_TOTALS)
        g_header = [
            "" if at <= i <= at + 1 or h == GROUPS_TOTALS else h for i, h in enumerate(g_header)
        ]
    g_cols = {h: i + 1 for i, h in enumerate(g_header) if h}
    groups = []
    group_rows = []
    for r, cells in g_rows:
        entry = {h: cells.get(c) for h, c in g_cols.items() if h not in GROUPS_LIVE}
        if any(cell_text(v) for v in entry.values()):
            groups.append(entry)
            group_rows.append(r)
    g_added = [(i + 1, h) for i, h in enumerate(g_header) if h and h not in S_GROUPS_HEADER]
    tool_sheets = {names[s] for s in TOOL_SHEETS if s in names}
    carried = [s for s in order if s not in tool_sheets and s != SH_S_ABOUT]
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
        language,
        names,
    )


def _rows_by_case(
    package: Package,
    sheet: str,
    width: int,
    wanted: Iterable[str] | None = None,
    language: str | None = None,
) -> dict[str, list[list[Any]]]:
    _header, rows = table(package, sheet, wanted, language)
    out: dict[str, list[list[Any]]] = {}
    for _row, cells in rows:
        values = [cell_value(cells.get(c)) for c in range(1, width + 1)]
        if values and values[0] not in (None, ""):
            out.setdefault(case_key(str(values[0])), []).append(values)
    return out
