"""The shuffle workbook: every good return merged for the consensus meeting, and every decision
the group has made kept when new returns are merged later.

Ownership (contract): the group owns ``Agreed group``, ``Status`` and ``Notes`` on Cases,
every row of Need Groups, and any sheet or column it adds; the tool owns the rest. A merge
reads the old workbook (decisions and row order with our scanner; the group's own sheets and
columns with their formats through ``carry``), backs it up, and writes a new one atomically.
Existing cases keep their rows, so the group's formulas still point where they did; new cases
are added below; a case whose return disappeared stays, marked ``return missing``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import __version__
from .audit import Setup, read_setup
from .carry import Cell as CarriedCell
from .carry import Sheet, Writer, load_subset, read_page_setup, read_sheet, uncarryable
from .fastsheet import BufferedSheet, inject
from .files import Refused, read_file, real_root
from .i18n import Msg, Texts, current
from .issues import Issue, NeedsAuditError, NothingToDo, issue, sort_issues
from .limits import WORKBOOK
from .model import Return
from .names import (
    BACKUPS_DIR,
    COL_AGREED,
    COL_NOTES,
    COL_RETURN,
    COL_STATUS,
    COL_SUGGESTED,
    GROUP_ROWS,
    GROUPS_LIVE,
    GROUPS_TOTALS,
    MERGE_LOCK,
    MERGE_LOG,
    NA_S_AGREED,
    NA_S_CASE_REFS,
    NA_S_GROUP_NAMES,
    NA_S_STATUS,
    RESULT_REJECTED,
    RETURN_CHANGED,
    RETURN_CURRENT,
    RETURN_MISSING,
    RETURNS_DIR,
    S_CASES_FROZEN,
    S_CASES_HEADER,
    S_CASES_PRINTED,
    S_GROUPS_HEADER,
    S_ISSUES_HEADER,
    S_NEEDS_HEADER,
    S_RETURNS_HEADER,
    S_SERVICES_HEADER,
    SH_S_ABOUT,
    SH_S_AGREEMENT,
    SH_S_CARDS,
    SH_S_CASES,
    SH_S_GROUPS,
    SH_S_ISSUES,
    SH_S_NEEDS,
    SH_S_RETURNS,
    SH_S_SERVICES,
    SH_S_SIMILAR,
    SH_S_SUGGESTIONS,
    SHUFFLE_FILE,
    SHUFFLE_KIND,
    SHUFFLE_STATE,
    SHUFFLE_VERSION,
    STATE_DIR,
    STATUS_PARKED,
    STATUS_TO_DISCUSS,
    STATUSES,
    case_key,
    group_key,
)
from .quality import mask_identifiers
from .returns import ReturnsResult, read_returns
from .styles import (
    HEADER_FILL,
    LINE_HEIGHT,
    MUTED,
    RULE,
    SCALE_LOW,
    TEXT_SCALE_HIGH,
    TEXT_SCALE_MID,
    TEXT_STAYS_TEXT,
    Formats,
    print_table,
    text_height,
)
from .values import date_to_serial, safe_for_cell, serial_to_date
from .workbook import (
    atomic_write,
    backup,
    now,
    read_json,
    refuse_if_open,
    refuse_if_read_only,
    remove_stale_temporaries,
    run_lock,
    write_failure,
)
from .xlsxscan import Package, RawCell, ScanError, col_letters, open_package

TOOL_SHEETS = (
    SH_S_CASES,
    SH_S_GROUPS,
    SH_S_NEEDS,
    SH_S_SERVICES,
    SH_S_CARDS,
    SH_S_RETURNS,
    SH_S_ISSUES,
)
BUFFERED = frozenset((SH_S_CASES, SH_S_NEEDS, SH_S_SERVICES, SH_S_CARDS, SH_S_RETURNS, SH_S_ISSUES))
GROUP_CELLS = (COL_AGREED, COL_STATUS, COL_NOTES)
# Tool cells a merge keeps from the old workbook rather than recomputing from returns.
KEPT_TOOL_CELLS = (COL_SUGGESTED,)
NUMBER_COLUMNS = {"Age"}
DATE_COLUMNS = {"Audit date"}
# Widths (Excel's units) chosen so that the printed columns (names.S_CASES_PRINTED) fill a
# landscape A4 page at about 85%, one case a row, and the frozen columns leave the story and
# the needs on a projected screen beside them.
WIDTHS = {
    "Case ref": 10,
    COL_AGREED: 16,
    COL_STATUS: 10,
    "Highest seriousness": 11,
    "Story": 52,
    "Needs": 52,
    "Services received": 24,
    COL_NOTES: 30,
    COL_SUGGESTED: 11,
    "Age": 5,
    "Sex": 8,
    "Ethnicity": 14,
    "Legal status": 14,
    "Primary need": 18,
    "Auditor": 14,
    "Agency": 16,
    COL_RETURN: 14,
    "Overall seriousness": 12,
    "Matched": 9,
    "Family ref": 9,
    "Disability": 10,
    "No services": 9,
    "Audit date": 11,
    "Auditor's notes": 30,
    "File": 30,
}
# Every column that may hold more than a few words wraps; the row is made tall enough for it.
WRAPPED = {
    "Story",
    "Needs",
    "Services received",
    COL_NOTES,
    "Auditor's notes",
    "Ethnicity",
    "Legal status",
    "Primary need",
    "Auditor",
    "Agency",
    COL_RETURN,
    "Highest seriousness",
    "Overall seriousness",
    "File",
}
MAX_ROW_HEIGHT = 409.0  # Excel's tallest row


# --- what the tool writes for a case ------------------------------------------------------------


def _lines(items: Iterable[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


def case_values(ret: Return, setup: Setup) -> dict[str, Any]:
    """The tool's cells of a case on the Cases sheet, by header."""
    case = setup.case(ret.case_ref)
    ranks = [(setup.lists.seriousness_rank(n.seriousness) or 0, n.seriousness) for n in ret.needs]
    highest = max(ranks)[1] if ranks and max(ranks)[0] > 0 else ""
    needs = _lines(
        f"{n.who or '?'}: {masked(n.need)}" + (f" [{n.seriousness}]" if n.seriousness else "")
        for n in ret.needs
    )
    services = _lines(
        s.service + (" (open)" if s.still_open == "Yes" else "") for s in ret.services
    ) or ("None received" if ret.no_services else "")
    return {
        "Case ref": ret.case_ref,
        "Auditor": ret.auditor,
        "Agency": ret.agency,
        "Age": ret.age,
        "Sex": ret.sex,
        "Ethnicity": ret.ethnicity,
        "Legal status": ret.legal_status,
        "Primary need": ret.primary_need,
        "Story": masked(ret.story),
        "Needs": needs,
        "Highest seriousness": highest,
        "Services received": services,
        "Overall seriousness": ret.overall,
        "Matched": ret.matched,
        "Family ref": case.family_ref if case else "",
        "Disability": ret.disability,
        "No services": "Yes" if ret.no_services else "",
        "Audit date": ret.audit_date,
        "Auditor's notes": masked(ret.notes),
        "File": ret.file,
    }


def need_rows(ret: Return) -> list[list[Any]]:
    return [
        [
            ret.case_ref,
            n.who,
            n.area,
            masked(n.need),
            masked(n.if_not_met),
            n.seriousness,
            masked(n.outcome),
            masked(n.work),
            n.best_service,
            n.met,
            ", ".join(n.quality),
        ]
        for n in ret.needs
    ]


def service_rows(ret: Return) -> list[list[Any]]:
    return [
        [ret.case_ref, s.service, masked(s.provider), s.still_open, s.matched] for s in ret.services
    ]


def masked(text: str) -> str:
    """Free text as the meeting sees it: what check found as a personal identifier is shown as
    "[phone number removed]" (and so on). The return itself is never changed."""
    return mask_identifiers(text)[0] if text else text


def masking_issues(ret: Return) -> list[Issue]:
    """One note on Issues for each return whose text was masked in this workbook."""
    found = sorted(
        {
            Texts.one(lang, field) if isinstance(field, Msg) else str(field)
            for i in ret.issues
            if i.code == "personal-identifier" and (field := i.detail("field")) is not None
            for lang in current().languages[:1]
        }
    )
    if not found:
        return []
    return [
        issue(
            "identifier-masked",
            file=ret.file,
            case_ref=ret.case_ref if ret.in_sample else None,
            fields=", ".join(found),
        )
    ]


def _comparable(value: Any) -> str:
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


# --- the old workbook ---------------------------------------------------------------------------


@dataclass(slots=True)
class OldRow:
    row: int  # 1-based, in the old Cases sheet
    key: str  # "" for a row without a case ref
    cells: dict[str, RawCell | None]  # by header


@dataclass(slots=True)
class OldShuffle:
    data: bytes
    package: Package
    header: list[str]  # Cases header, in the group's column order
    rows: list[OldRow]
    group_columns: list[tuple[int, str]]  # (1-based column, header) the group added on Cases
    groups_header: list[str]
    groups: list[dict[str, RawCell | None]]  # Need Groups rows, by header
    group_rows: list[int]  # the old row (1-based) of each of those
    groups_extra: list[tuple[int, str]]  # columns the group added on Need Groups
    sheet_order: list[str]
    carried: list[str]  # sheets merge does not write: the group's and other commands'
    _long: dict[str, dict[str, list[list[Any]]]] = field(default_factory=dict)

    def old_rows(self, sheet: str, skip: Iterable[str] = ()) -> dict[str, list[list[Any]]]:
        """The old Needs or Services rows by case key (for cases whose return went missing,
        and for the summary); read only when needed. ``skip``: columns left undecoded (None)."""
        key = sheet + "|" + ",".join(skip)
        if key not in self._long:
            header = S_NEEDS_HEADER[:-1] if sheet == SH_S_NEEDS else S_SERVICES_HEADER
            wanted = [h for h in header if h not in skip]
            self._long[key] = _old_rows_by_case(self.package, sheet, len(header), wanted)
        return self._long[key]


def _value(cell: RawCell | None) -> Any:
    return None if cell is None else cell.value


def _text(cell: RawCell | None) -> str:
    return _comparable(_value(cell))


HEADER_WIDTH = 500  # columns looked at for headers (the tool's 25, and plenty for the group's)


def _table(
    package: Package, sheet_name: str, wanted: Iterable[str] | None = None
) -> tuple[list[str], list[tuple[int, dict[int, RawCell]]]]:
    """A sheet as (header, rows of {column: cell}). With ``wanted`` header names, only those
    columns' cells are decoded below the header (a summary needs a few columns of big sheets)."""
    info = package.sheet(sheet_name)
    if info is None:
        return [], []
    columns = None
    if wanted is not None:
        head = package.cells(info, [(1, 1, 1, HEADER_WIDTH)])
        names = {_text(cell): c for (_, c), cell in head.items()}
        columns = {names[w] for w in wanted if w in names}
    cells = package.cells(info, None, columns)
    rows: dict[int, dict[int, RawCell]] = {}
    for (r, c), cell in cells.items():
        rows.setdefault(r, {})[c] = cell
    if wanted is not None:
        rows[1] = {c: cell for (_, c), cell in head.items()}
    header_cells = rows.pop(1, {})
    width = max(header_cells) if header_cells else 0
    header = [_text(header_cells.get(c)) for c in range(1, width + 1)]
    return header, sorted(rows.items())


def read_old(path: Path, setup: Setup, cases_columns: Iterable[str] | None = None) -> OldShuffle:
    """The workbook as the group left it. Raises NeedsAuditError if it is not ours.
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
        return _read_old(data, path, setup, cases_columns)
    except ScanError as exc:
        raise NeedsAuditError(
            f"{path.name} cannot be read ({exc.why or exc.code}): {restore}"
        ) from exc


def _read_old(
    data: bytes, path: Path, setup: Setup, cases_columns: Iterable[str] | None
) -> OldShuffle:
    package = open_package(data)
    _about_header, about_rows = _table(package, SH_S_ABOUT)
    about = {_text(r.get(1)): _text(r.get(2)) for _, r in about_rows}
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
    header, rows = _table(package, SH_S_CASES, cases_columns)
    col_of = {h: i + 1 for i, h in enumerate(header) if h}
    ref_col = col_of.get("Case ref")
    if ref_col is None:
        raise NeedsAuditError(
            f"{path.name}: the Cases sheet has no 'Case ref' column any more: give it its header "
            f"back, or restore the workbook from {STATE_DIR}/{BACKUPS_DIR}/."
        )
    known = set(S_CASES_HEADER)
    group_columns = [(i + 1, h) for i, h in enumerate(header) if h not in known and h]
    old_rows = []
    for r, cells in rows:
        ref = _text(cells.get(ref_col))
        old_rows.append(
            OldRow(r, case_key(ref) if ref else "", {h: cells.get(c) for h, c in col_of.items()})
        )
    g_header, g_rows = _table(package, SH_S_GROUPS)
    if GROUPS_TOTALS in g_header:  # the tool's totals block and right of it: not the group's
        g_header = g_header[: g_header.index(GROUPS_TOTALS)]
    g_cols = {h: i + 1 for i, h in enumerate(g_header) if h}
    groups = []
    group_rows = []
    for r, cells in g_rows:
        entry = {h: cells.get(c) for h, c in g_cols.items() if h not in GROUPS_LIVE}
        if any(_text(v) for v in entry.values()):
            groups.append(entry)
            group_rows.append(r)
    g_extra = [(i + 1, h) for i, h in enumerate(g_header) if h and h not in S_GROUPS_HEADER]
    order = [s.name for s in package.sheets]
    carried = [s for s in order if s not in TOOL_SHEETS and s != SH_S_ABOUT]
    return OldShuffle(
        data,
        package,
        header,
        old_rows,
        group_columns,
        g_header,
        groups,
        group_rows,
        g_extra,
        order,
        carried,
    )


def _old_rows_by_case(
    package: Package, sheet: str, width: int, wanted: Iterable[str] | None = None
) -> dict[str, list[list[Any]]]:
    _header, rows = _table(package, sheet, wanted)
    out: dict[str, list[list[Any]]] = {}
    for _, cells in rows:
        values = [_value(cells.get(c)) for c in range(1, width + 1)]
        if values and values[0] not in (None, ""):
            out.setdefault(case_key(str(values[0])), []).append(values)
    return out


# --- the merge ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """A row of the new Cases sheet."""

    key: str
    values: dict[str, Any]  # tool cells by header
    agreed: Any = ""
    status: Any = STATUS_TO_DISCUSS
    notes: Any = ""
    old_row: OldRow | None = None  # where it was, for the group's own columns


@dataclass(slots=True)
class MergeResult:
    path: Path
    rows: list[Row]
    returns: ReturnsResult
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)  # merge's own (typed over, undefined...)
    backup: Path | None = None
    decisions_changed: list[dict[str, Any]] = field(default_factory=list)
    # A rewrite that read no returns keeps the Returns and Issues sheets as they were.
    kept_returns: list[list[Any]] | None = None
    kept_issues: list[list[Any]] | None = None

    @property
    def all_issues(self) -> list[Issue]:
        masking = [i for ret in self.returns.chosen.values() for i in masking_issues(ret)]
        return sort_issues([*self.returns.issues, *self.issues, *masking])

    @property
    def rejected(self) -> list[Return]:
        return [r for r in self.returns.returns if r.result == RESULT_REJECTED]


def _state_path(folder: Path) -> Path:
    return folder / STATE_DIR / SHUFFLE_STATE


def merge(
    folder: Path,
    passwords: Sequence[str] = (),
    ignore_lock: bool = False,
    progress: Callable[[int, int], None] | None = None,
    setup: Setup | None = None,
    workers: int | None = None,
) -> MergeResult:
    """Read every return and write or update shuffle.xlsx, keeping the group's decisions.

    A write that fails (a full disk, no permission) stops with one line and leaves the old
    workbook as it was: the new one is written beside it and replaces it only when complete.
    """
    setup = setup or read_setup(folder)
    path = folder / SHUFFLE_FILE
    state_dir = folder / STATE_DIR
    replaced = False
    try:
        with run_lock(state_dir, MERGE_LOCK):
            refuse_if_open(path, ignore_lock)
            refuse_if_read_only(path)
            _remove_stale_temporaries(folder)
            old_future = None
            if path.exists():
                # Read the old workbook in a thread while worker processes read the returns:
                # the main process only waits for them, so this costs no extra time.
                import concurrent.futures

                pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
                old_future = pool.submit(read_old, path, setup)
                pool.shutdown(wait=False)
            try:
                returns = read_returns(folder, setup, passwords, progress, workers)
            finally:
                old = old_future.result() if old_future is not None else None
            state = read_json(_state_path(folder), {})
            state = state if isinstance(state, dict) else {}
            result = _combine(path, setup, old, returns, state)
            if old is None and not any(row.key for row in result.rows):
                raise _nothing_to_merge(folder, returns)
            stamp = now()
            if old is not None:
                result.backup = backup(path, state_dir / BACKUPS_DIR)
            atomic_write(path, lambda tmp: write_shuffle(tmp, setup, result, old, stamp))
            replaced = True
            _save_state(folder, result, setup)
            _log(folder, result, stamp, setup)
    except OSError as exc:
        raise NeedsAuditError(_write_failure(exc, folder, replaced)) from exc
    return result


def _write_failure(exc: OSError, folder: Path, replaced: bool) -> str:
    if replaced:
        after = (
            f"{SHUFFLE_FILE} was written, but the record of this merge in {STATE_DIR} was not: "
            f"merge again once that is fixed."
        )
    else:
        after = f"{SHUFFLE_FILE} was not changed."
    return f"{write_failure(exc, folder)} {after}"


_BACKUP_STEM = re.compile(re.escape(Path(SHUFFLE_FILE).stem) + r"-\d{8}-\d{6}-\d{6}")


def _remove_stale_temporaries(folder: Path) -> None:
    """What merges killed mid-write left: the workbook, its backup and its state file."""
    stem = Path(SHUFFLE_FILE).stem
    remove_stale_temporaries(folder, re.compile(re.escape(stem)))
    state = Path(SHUFFLE_STATE).stem
    remove_stale_temporaries(folder / STATE_DIR, re.compile(re.escape(state)))
    remove_stale_temporaries(folder / STATE_DIR / BACKUPS_DIR, _BACKUP_STEM)


def _nothing_to_merge(folder: Path, returns: ReturnsResult) -> NothingToDo:
    if not returns.returns:
        return NothingToDo(
            f"No returns to merge: {folder / RETURNS_DIR} holds no completed forms yet. "
            f"Auditors' forms go there (any sub-folder, any file name); then run "
            f"'needsaudit merge {folder}' again. Nothing was written."
        )
    return NothingToDo(
        f"{len(returns.returns)} file(s) in {folder / RETURNS_DIR} were read and none can be "
        f"merged: run 'needsaudit check {folder}' to see why. Nothing was written."
    )


def _combine(
    path: Path,
    setup: Setup,
    old: OldShuffle | None,
    returns: ReturnsResult,
    state: dict[str, Any],
) -> MergeResult:
    result = MergeResult(path, [], returns)
    known_sha: dict[str, str] = {k: v.get("sha256", "") for k, v in state.get("cases", {}).items()}
    last_decisions: dict[str, list[str]] = state.get("decisions", {})
    seen: set[str] = set()
    if old is not None:
        for old_row in old.rows:
            if not old_row.key or old_row.key in seen:
                # A row without a case (or a copy of one): keep the group's cells in place.
                result.rows.append(
                    Row(
                        "",
                        {h: _value(c) for h, c in old_row.cells.items() if h in ("Case ref",)},
                        _value(old_row.cells.get(COL_AGREED)) or "",
                        _value(old_row.cells.get(COL_STATUS)) or "",
                        _value(old_row.cells.get(COL_NOTES)) or "",
                        old_row,
                    )
                )
                continue
            seen.add(old_row.key)
            ret = returns.chosen.get(old_row.key)
            agreed = _value(old_row.cells.get(COL_AGREED)) or ""
            status = _value(old_row.cells.get(COL_STATUS)) or ""
            notes = _value(old_row.cells.get(COL_NOTES)) or ""
            if ret is None:
                values = {
                    h: _value(c)
                    for h, c in old_row.cells.items()
                    if h in S_CASES_HEADER and h not in GROUP_CELLS
                }
                values[COL_RETURN] = RETURN_MISSING
                result.missing.append(str(values.get("Case ref") or old_row.key))
            else:
                values = case_values(ret, setup)
                previous = known_sha.get(state_key(setup, old_row.key))
                if previous and previous != ret.sha256:
                    values[COL_RETURN] = RETURN_CHANGED
                    result.changed.append(ret.case_ref)
                else:
                    values[COL_RETURN] = RETURN_CURRENT
                    result.unchanged.append(ret.case_ref)
                    _typed_over(result, ret, old_row, values)
            for kept in KEPT_TOOL_CELLS:
                values[kept] = _value(old_row.cells.get(kept)) or ""
            result.rows.append(Row(old_row.key, values, agreed, status, notes, old_row))
            before = last_decisions.get(state_key(setup, old_row.key))
            now_decision = [_comparable(agreed), _comparable(status)]
            if before is not None and list(before) != now_decision:
                result.decisions_changed.append(
                    {
                        "case": shown_ref(setup, old_row.key),
                        "agreed_group": [before[0], now_decision[0]],
                        "status": [before[1], now_decision[1]],
                    }
                )
    order = {c.key: i for i, c in enumerate(setup.cases)}
    fresh = sorted(
        (r for k, r in returns.chosen.items() if k not in seen),
        key=lambda r: (order.get(r.key, len(order)), r.key),
    )
    for ret in fresh:
        values = case_values(ret, setup)
        values[COL_RETURN] = RETURN_CURRENT
        values[COL_SUGGESTED] = ""
        result.rows.append(Row(ret.key, values))
        result.new.append(ret.case_ref)
    defined = {
        group_key(_text(g.get("Group")))
        for g in (old.groups if old else [])
        if _text(g.get("Group"))
    }
    for row in result.rows:
        agreed = _comparable(row.agreed)
        if (
            agreed
            and group_key(agreed) not in defined
            and group_key(_comparable(row.status)) != group_key(STATUS_PARKED)
        ):
            result.issues.append(
                issue(
                    "undefined-group",
                    file=SHUFFLE_FILE,
                    case_ref=str(row.values.get("Case ref") or ""),
                    sheet=SH_S_CASES,
                    case=str(row.values.get("Case ref") or ""),
                )
            )
    if old is not None:
        # Sheets suggest writes again are not reported: running it again restores them whole.
        regenerated = (SH_S_SUGGESTIONS, SH_S_SIMILAR, SH_S_AGREEMENT)
        lost = uncarryable(old.package, [s for s in old.carried if s not in regenerated]) + [
            (sheet, what)
            for sheet, what in uncarryable(old.package, [SH_S_CASES, SH_S_GROUPS])
            if "Conditional" not in what  # ours: the tool writes its own again
        ]
        for sheet, what in lost:
            result.issues.append(
                issue(
                    "not-carried",
                    file=SHUFFLE_FILE,
                    sheet=sheet,
                    what=what,
                    where=sheet,
                    other=f"{STATE_DIR}/{BACKUPS_DIR}/",
                )
            )
    return result


def rewrite(
    folder: Path,
    setup: Setup,
    change: Callable[[OldShuffle, list[Row]], None],
    extra: ExtraSheets,
    replace: Iterable[str],
    ignore_lock: bool = False,
) -> MergeResult:
    """Write shuffle.xlsx again from its own contents, without reading returns: for commands
    that own a column or sheets in it (suggest). ``change`` may set tool cells of the rows
    (never the group's); ``extra`` writes the sheets named in ``replace``. Everything else,
    the group's decisions, sheets and columns included, is kept as merge keeps it."""
    path = folder / SHUFFLE_FILE
    if not path.exists():
        raise NeedsAuditError(
            f"No {SHUFFLE_FILE} in {folder}: run 'needsaudit merge {folder}' first."
        )
    state_dir = folder / STATE_DIR
    try:
        return _rewrite(folder, setup, change, extra, replace, ignore_lock, path, state_dir)
    except OSError as exc:
        raise NeedsAuditError(_write_failure(exc, folder, False)) from exc


def _rewrite(
    folder: Path,
    setup: Setup,
    change: Callable[[OldShuffle, list[Row]], None],
    extra: ExtraSheets,
    replace: Iterable[str],
    ignore_lock: bool,
    path: Path,
    state_dir: Path,
) -> MergeResult:
    with run_lock(state_dir, MERGE_LOCK):
        refuse_if_open(path, ignore_lock)
        refuse_if_read_only(path)
        _remove_stale_temporaries(folder)
        old = read_old(path, setup)
        empty = ReturnsResult([], [], [], {})
        result = MergeResult(path, [], empty)
        for old_row in old.rows:
            values = {
                h: _value(c)
                for h, c in old_row.cells.items()
                if h in S_CASES_HEADER and h not in GROUP_CELLS
            }
            result.rows.append(
                Row(
                    old_row.key,
                    values,
                    _value(old_row.cells.get(COL_AGREED)) or "",
                    _value(old_row.cells.get(COL_STATUS)) or "",
                    _value(old_row.cells.get(COL_NOTES)) or "",
                    old_row,
                )
            )
        result.kept_returns = _sheet_rows(old.package, SH_S_RETURNS, len(S_RETURNS_HEADER))
        result.kept_issues = _sheet_rows(old.package, SH_S_ISSUES, len(S_ISSUES_HEADER))
        change(old, result.rows)
        stamp = now()
        result.backup = backup(path, state_dir / BACKUPS_DIR)
        names = frozenset(replace)
        atomic_write(path, lambda tmp: write_shuffle(tmp, setup, result, old, stamp, extra, names))
    return result


def _sheet_rows(package: Package, sheet: str, width: int) -> list[list[Any]]:
    _header, rows = _table(package, sheet)
    return [[_value(cells.get(c)) for c in range(1, width + 1)] for _, cells in rows]


def _typed_over(result: MergeResult, ret: Return, old_row: OldRow, values: dict[str, Any]) -> None:
    """A tool cell of an unchanged return that now holds something else was typed over."""
    for header, expected in values.items():
        if header in (COL_RETURN, *KEPT_TOOL_CELLS) or header not in old_row.cells:
            continue
        current = old_row.cells[header]
        if (
            current is not None
            and current.formula is None
            and _text(current) == _comparable(expected)
        ):
            continue
        if current is None and _comparable(expected) == "":
            continue
        result.issues.append(
            issue(
                "typed-over-tool-cell",
                file=SHUFFLE_FILE,
                case_ref=ret.case_ref if ret.in_sample else None,
                sheet=SH_S_CASES,
                cell=None,
                field=header,
                case=ret.case_ref if ret.in_sample else "(not in the sample)",
            )
        )


def state_key(setup: Setup, key: str) -> str:
    """A case's key in the tool's own state: its key when it is in the sample, else a hash of
    what the return typed (so no typed ref is ever written outside the shuffle workbook)."""
    if setup.case(key) is not None:
        return key
    return "not-in-sample:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def shown_ref(setup: Setup, key: str) -> str:
    """How logs and messages name a case: the sample's ref, never what a return typed."""
    case = setup.case(key)
    return case.ref if case is not None else "a case not in the sample"


def _save_state(folder: Path, result: MergeResult, setup: Setup) -> None:
    from .workbook import atomic_write_text

    chosen = result.returns.chosen
    cases = {state_key(setup, k): {"sha256": r.sha256, "file": r.file} for k, r in chosen.items()}
    decisions = {
        state_key(setup, row.key): [_comparable(row.agreed), _comparable(row.status)]
        for row in result.rows
        if row.key
    }
    atomic_write_text(
        _state_path(folder),
        json.dumps(
            {"version": 1, "cases": cases, "decisions": decisions}, indent=1, sort_keys=True
        ),
    )


def _log(folder: Path, result: MergeResult, stamp: datetime, setup: Setup) -> None:
    """One JSON line per merge, with no free text: what was merged and which decisions
    changed since the last merge (the meeting's minutes can rely on it). Cases by the
    sample's refs; cases not in the sample only counted."""

    def refs(keys: list[str]) -> list[str]:
        return [c.ref for c in (setup.case(k) for k in keys) if c is not None]

    def outside(keys: list[str]) -> int:
        return sum(1 for k in keys if setup.case(k) is None)

    entry = {
        "time": stamp.isoformat(timespec="seconds"),
        "by": f"needsaudit {__version__}",
        "cases": len([r for r in result.rows if r.key]),
        "new": refs(result.new),
        "changed": refs(result.changed),
        "missing": refs(result.missing),
        "not_in_sample": {
            "new": outside(result.new),
            "changed": outside(result.changed),
            "missing": outside(result.missing),
        },
        "rejected": sorted(r.file for r in result.rejected),
        "decisions_changed": result.decisions_changed,
        "backup": result.backup.relative_to(folder).as_posix() if result.backup else None,
    }
    log = folder / STATE_DIR / MERGE_LOG
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


# --- writing ------------------------------------------------------------------------------------


def _layout(old: OldShuffle | None) -> list[str]:
    """Cases columns: the group's order if there is one (so its formulas still point at the
    same cells), with any tool column it deleted added back at the end."""
    if old is None:
        return list(S_CASES_HEADER)
    header = list(old.header)
    while header and not header[-1]:
        header.pop()
    for name in S_CASES_HEADER:
        if name not in header:
            header.append(name)
    return header


def _height(
    values: dict[str, Any], widths: dict[str, float], headers: Iterable[str] = WRAPPED
) -> float:
    """A row height that shows all of its wrapped text: applications do not re-measure rows
    when they open a file (LibreOffice keeps the stored height; Excel often does too)."""
    height = LINE_HEIGHT + 3
    for header in headers:
        text = values.get(header)
        if isinstance(text, str) and text:
            height = max(height, text_height(text, widths.get(header, 16)))
    return min(MAX_ROW_HEIGHT, height)


ExtraSheets = Callable[[Any, Formats, Callable[[str], Any]], None]


def write_shuffle(
    target: Path,
    setup: Setup,
    result: MergeResult,
    old: OldShuffle | None,
    stamp: datetime,
    extra: ExtraSheets | None = None,
    replace: frozenset[str] = frozenset(),
) -> None:
    """Write the workbook. ``extra`` writes sheets another command owns (suggest), in place of
    the old ones named in ``replace``; it gets the workbook, the formats and a function that
    returns a sheet of that name (where the old one stood, or new at the end)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(target), TEXT_STAYS_TEXT)
    wb.set_properties(
        {"title": f"Shuffle: {setup.settings.audit_name}", "author": "needsaudit", "created": stamp}
    )
    fmt = Formats(wb)
    carry = Writer(wb)
    layout = _layout(old)
    carried_sheets: dict[str, Sheet] = {}
    group_col_cells: Sheet | None = None
    groups_extra: Sheet | None = None
    if old is not None:
        need = [name for name in old.carried if name not in replace]
        if old.group_columns or old.groups_extra:
            need += [SH_S_CASES, SH_S_GROUPS]
        if need:
            subset = load_subset(old.data, need)
            for name in old.carried:
                if name in replace:
                    continue
                info = old.package.sheet(name)
                cached = old.package.cells(info) if info else {}
                carried_sheets[name] = read_sheet(subset[name], cached)
                carried_sheets[name].page = read_page_setup(old.package, name)
            if old.group_columns:
                info = old.package.sheet(SH_S_CASES)
                cached = old.package.cells(info) if info else {}
                group_col_cells = read_sheet(
                    subset[SH_S_CASES], cached, [c for c, _ in old.group_columns]
                )
            if old.groups_extra:
                info = old.package.sheet(SH_S_GROUPS)
                cached = old.package.cells(info) if info else {}
                groups_extra = read_sheet(
                    subset[SH_S_GROUPS], cached, [c for c, _ in old.groups_extra]
                )

    order = list(old.sheet_order) if old else []
    order = [s for s in order if s in TOOL_SHEETS or s in carried_sheets or s in replace]
    order += [s for s in TOOL_SHEETS if s not in order]
    sheets: dict[str, Any] = {}
    for name in order:
        if name in replace and extra is None:
            continue
        ws = wb.add_worksheet(name)
        # The big tables go through a SheetBuffer (see fastsheet): same calls, much faster.
        sheets[name] = BufferedSheet(ws) if name in BUFFERED else ws

    rows = result.rows
    n = len(rows)
    last = max(n + 1, 2) + 200  # room below for the names the formulas use
    col = {h: i for i, h in enumerate(layout)}
    for name, header in (
        (NA_S_CASE_REFS, "Case ref"),
        (NA_S_AGREED, COL_AGREED),
        (NA_S_STATUS, COL_STATUS),
    ):
        letter = col_letters(col[header] + 1)
        wb.define_name(name, f"={SH_S_CASES}!${letter}$2:${letter}${last}")
    groups = old.groups if old else []
    group_rows = max(GROUP_ROWS, len(groups) + 50)
    wb.define_name(NA_S_GROUP_NAMES, f"='{SH_S_GROUPS}'!$A$2:$A${group_rows + 1}")

    _write_cases(
        wb, sheets[SH_S_CASES], fmt, carry, setup, layout, rows, old, group_col_cells, last
    )
    members = _members(rows)
    cases_only = [row for row in rows if row.key]
    # The summary's words and rules: parked whatever its group; not grouped when no group is
    # typed and it is not parked; what is left is in a group or in one not defined.
    is_parked = [
        group_key(_comparable(row.status)) == group_key(STATUS_PARKED) for row in cases_only
    ]
    parked = sum(is_parked)
    not_grouped = sum(
        1
        for row, p in zip(cases_only, is_parked, strict=True)
        if not p and not _comparable(row.agreed)
    )
    _write_groups(
        sheets[SH_S_GROUPS],
        fmt,
        carry,
        groups,
        old,
        groups_extra,
        group_rows,
        members,
        len(cases_only),
        not_grouped,
        parked,
    )
    # What the Needs sheet's live Agreed group column shows: the cell as typed (INDEX()&"").
    agreed_of = {row.key: _shown(row.agreed) for row in rows if row.key}
    needs, services = _long_rows(result, old)
    _write_needs(sheets[SH_S_NEEDS], fmt, needs, agreed_of)
    _write_services(sheets[SH_S_SERVICES], fmt, services)
    _write_cards(sheets[SH_S_CARDS], fmt, rows, needs)
    _write_returns(sheets[SH_S_RETURNS], fmt, result)
    if result.kept_issues is not None:
        _write_table(sheets[SH_S_ISSUES], fmt, S_ISSUES_HEADER, result.kept_issues, ISSUE_WIDTHS)
    else:
        _write_issues(sheets[SH_S_ISSUES], fmt, result.all_issues)
    for name, sheet in carried_sheets.items():
        carry.sheet(sheets[name], sheet)
    if extra is not None:

        def sheet_for(name: str) -> Any:
            if name not in sheets:
                sheets[name] = wb.add_worksheet(name)
            return sheets[name]

        extra(wb, fmt, sheet_for)
    about = wb.add_worksheet(SH_S_ABOUT)
    about_rows = [
        ("kind", SHUFFLE_KIND),
        ("version", str(SHUFFLE_VERSION)),
        ("audit_id", setup.settings.audit_id),
        ("audit_name", setup.settings.audit_name),
        ("written_by", f"needsaudit {__version__}"),
        ("merged_at", stamp.isoformat(timespec="seconds")),
    ]
    about.write_row(0, 0, ("Key", "Value"), fmt.header)
    for r, (k, v) in enumerate(about_rows, start=1):
        about.write_string(r, 0, k)
        about.write_string(r, 1, v)
    about.hide()
    sheets[SH_S_CASES].activate()
    buffered = [ws.buffer for ws in sheets.values() if isinstance(ws, BufferedSheet)]
    wb.close()
    inject(target, buffered)


def _top(cell: CarriedCell) -> CarriedCell:
    """A cell of a column the group added, aligned to the top of its row as every other cell
    of the sheet is (a new cell's default is the bottom, beside the next case's text)."""
    style = dict(cell.style)
    style.setdefault("valign", "top")
    return CarriedCell(cell.value, cell.formula, tuple(sorted(style.items())))


def _shown(value: Any) -> str:
    """A cell's value as a formula's ``&""`` turns it into text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _members(rows: Sequence[Row]) -> dict[str, int]:
    """Cases a group has, by the contract's one rule (trimmed, ignoring case, not Parked)."""
    counts: dict[str, int] = {}
    for row in rows:
        if not row.key:
            continue
        agreed = group_key(_comparable(row.agreed))
        if agreed and group_key(_comparable(row.status)) != group_key(STATUS_PARKED):
            counts[agreed] = counts.get(agreed, 0) + 1
    return counts


def _put(ws: Any, r: int, c: int, value: Any, cell_fmt: Any, fmt: Formats | None = None) -> None:
    """Write a value as the type it is; text is always text (never a formula, even when it
    starts with '=', '+', '-' or '@')."""
    if value.__class__ is str:
        if not value:
            ws.write_blank(r, c, None, cell_fmt)
            return
        if fmt is not None and value[0] in "=+-@":
            # Keep it text when someone edits the cell later, too (Excel's quote prefix).
            cell_fmt = fmt(quote_prefix=True, text_wrap=True)
        ws.write_string(r, c, safe_for_cell(value), cell_fmt)
    elif value is None:
        ws.write_blank(r, c, None, cell_fmt)
    elif isinstance(value, bool):
        ws.write_boolean(r, c, value, cell_fmt)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value, cell_fmt)
    elif isinstance(value, datetime | date):
        ws.write_datetime(r, c, value, cell_fmt)
    else:
        _put(ws, r, c, str(value), cell_fmt, fmt)


def _write_cases(
    wb: Any,
    ws: Any,
    fmt: Formats,
    carry: Writer,
    setup: Setup,
    layout: list[str],
    rows: list[Row],
    old: OldShuffle | None,
    group_cells: Sheet | None,
    last: int,
) -> None:
    group_header_fmt = fmt(
        bold=True, bg_color="#FFF2CC", border=1, border_color=RULE, text_wrap=True
    )
    group_cell = fmt(bg_color="#FFFBEA", border=1, border_color="#E0D5A8", text_wrap=True)
    wrap = fmt(text_wrap=True)
    plain = fmt()
    date_fmt = fmt(num_format="yyyy-mm-dd")
    old_header_cols = {h: c for c, h in (old.group_columns if old else [])}
    widths: dict[str, float] = {h: WIDTHS.get(h, 16) for h in layout}
    for c, header in enumerate(layout):
        if header in GROUP_CELLS:
            ws.write_string(0, c, header, group_header_fmt)
        elif header in old_header_cols and group_cells is not None:
            cell = group_cells.cells.get((0, old_header_cols[header] - 1))
            if cell is not None:
                carry.cell(ws, 0, c, cell)
            else:
                ws.write_string(0, c, header, fmt.header)
        else:
            ws.write_string(0, c, header, fmt.header)
        if header in old_header_cols and group_cells is not None:
            width = group_cells.widths.get(old_header_cols[header] - 1)
            widths[header] = width or 16
        ws.set_column(c, c, widths[header], None)
    # Headers wrap within their columns: the row is as tall as the tallest needs.
    ws.set_row(0, max(text_height(h, widths[h], pad=4) for h in layout))
    for i, row in enumerate(rows, start=1):
        old_r = row.old_row.row - 1 if row.old_row is not None else None
        shown = {**row.values, COL_AGREED: row.agreed, COL_NOTES: row.notes}
        height = _height(shown, widths, (*WRAPPED, COL_AGREED)) if row.key else 15
        ws.set_row(i, height)
        for c, header in enumerate(layout):
            if header in GROUP_CELLS:
                raw = row.old_row.cells.get(header) if row.old_row is not None else None
                if raw is not None and raw.formula:
                    # The group wrote a formula here: it stays a formula, with the value it
                    # last showed, as in every other cell the group owns.
                    cached = raw.value if isinstance(raw.value, int | float | str | bool) else ""
                    ws.write_formula(i, c, "=" + raw.formula, group_cell, cached)
                else:
                    decision = {COL_AGREED: row.agreed, COL_STATUS: row.status}
                    _put(ws, i, c, decision.get(header, row.notes), group_cell, fmt)
            elif header in old_header_cols:
                if group_cells is not None and old_r is not None:
                    cell = group_cells.cells.get((old_r, old_header_cols[header] - 1))
                    if cell is not None:
                        carry.cell(ws, i, c, _top(cell))
            else:
                value = row.values.get(header)
                cell_fmt = (
                    date_fmt if header in DATE_COLUMNS else wrap if header in WRAPPED else plain
                )
                if (
                    header in DATE_COLUMNS
                    and isinstance(value, int | float)
                    and not isinstance(value, bool)
                ):
                    value = serial_to_date(float(value))
                _put(ws, i, c, value, cell_fmt, fmt)
    if group_cells is not None:
        extras = Sheet(
            SH_S_CASES, validations=group_cells.validations, comments=group_cells.comments
        )
        carry.extras(ws, extras)
    n = len(rows)
    agreed_c, status_c = layout.index(COL_AGREED), layout.index(COL_STATUS)
    ws.data_validation(
        1,
        agreed_c,
        last - 1,
        agreed_c,
        {
            "validate": "list",
            "source": f"={NA_S_GROUP_NAMES}",
            "error_type": "warning",
            "error_title": "Not a Need Group yet",
            "error_message": "This group is not on the Need Groups sheet. Add it there, or pick "
            "one from the list.",
            "input_title": "Agreed group",
            "input_message": "The Need Group the audit group agreed for this case.",
        },
    )
    ws.data_validation(
        1,
        status_c,
        last - 1,
        status_c,
        {
            "validate": "list",
            "source": list(STATUSES),
            "input_title": "Status",
            "input_message": "To discuss, Agreed, or Parked (parked cases are in no group).",
        },
    )
    if n:
        high = layout.index("Highest seriousness")
        levels = sorted(setup.lists.seriousness, key=lambda lv: lv.level)
        # Light enough for black text and for paper (a whole tall cell of navy is a lot of ink).
        shades = (
            {levels[-1].value: TEXT_SCALE_HIGH, levels[-2].value: TEXT_SCALE_MID}
            if len(levels) >= 2
            else {}
        )
        for value, shade in shades.items():
            ws.conditional_format(
                1,
                high,
                n,
                high,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": f'"{value}"',
                    "format": wb.add_format(
                        {
                            "bg_color": shade,
                            "font_color": "#000000",
                            "bold": True,
                        }
                    ),
                },
            )
        ret_c = layout.index(COL_RETURN)
        ws.conditional_format(
            1,
            ret_c,
            n,
            ret_c,
            {
                "type": "text",
                "criteria": "not containing",
                "value": RETURN_CURRENT,
                "format": wb.add_format({"bg_color": SCALE_LOW, "italic": True}),
            },
        )
    # The meeting's columns stay in view while the group scrolls through story and needs.
    frozen = 0
    while frozen < len(layout) and layout[frozen] in S_CASES_FROZEN:
        frozen += 1
    ws.freeze_panes(1, max(frozen, layout.index("Case ref") + 1))
    ws.autofilter(0, 0, max(n, 1), len(layout) - 1)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_margins(left=0.3, right=0.3, top=0.4, bottom=0.5)
    printed = len(S_CASES_PRINTED)
    if tuple(layout[:printed]) == S_CASES_PRINTED:
        # One case a row at a readable size: the columns the group reads. A workbook made
        # before this layout keeps its own order (the group's formulas point at its cells)
        # and prints all its columns, as it always did.
        ws.print_area(0, 0, max(n, 1), printed - 1)
    ws.set_footer(
        f"&L&8{setup.settings.audit_name.replace('&', '&&')[:80]}&R&8Cases · page &P of &N"
    )


def _write_groups(
    ws: Any,
    fmt: Formats,
    carry: Writer,
    groups: list[dict[str, RawCell | None]],
    old: OldShuffle | None,
    extra: Sheet | None,
    rows: int,
    members: dict[str, int],
    n_cases: int,
    not_grouped: int,
    parked: int,
) -> None:
    header = list(S_GROUPS_HEADER)
    extra_cols = old.groups_extra if old else []
    for _, h in extra_cols:
        if h not in header:
            header.append(h)
    group_fmt = fmt(bg_color="#FFFBEA", border=1, border_color="#E0D5A8", text_wrap=True)
    live = fmt(bg_color="#F2F2F2", border=1, border_color=RULE)
    share_fmt = fmt(bg_color="#F2F2F2", border=1, border_color=RULE, num_format="0%")
    for c, h in enumerate(header):
        ws.write_string(
            0,
            c,
            h,
            fmt.header
            if h in GROUPS_LIVE
            else fmt(bold=True, bg_color="#FFF2CC", border=1, border_color=RULE, text_wrap=True),
        )
    widths = {
        "Group": 20,
        "Description": 44,
        "Cases": 7,
        "Share": 7,
        "Realistic outcomes": 34,
        "Entry threshold": 26,
        "Services it should have": 30,
    }
    for c, h in enumerate(header):
        ws.set_column(c, c, widths.get(h, 20))
    old_extra = {h: c for c, h in extra_cols}
    cases_c, share_c = header.index("Cases"), header.index("Share")
    for i in range(rows):
        r = i + 1
        entry = groups[i] if i < len(groups) else {}
        if entry:
            # Rows the group has filled get room for their text; empty rows keep the
            # default height, which Excel grows as the group types.
            text = {h: _value(entry.get(h)) for h in header if h not in GROUPS_LIVE}
            ws.set_row(r, _height(text, {h: widths.get(h, 20) for h in header}, text))
        for c, h in enumerate(header):
            if h in GROUPS_LIVE:
                continue
            if h in old_extra and extra is not None and entry:
                continue  # written below from the carried cells
            _put(ws, r, c, _value(entry.get(h)) if entry else None, group_fmt, fmt)
        name = _comparable(_value(entry.get("Group"))) if entry else ""
        count = members.get(group_key(name), 0) if name else ""
        a = f"$A{r + 1}"
        ws.write_formula(
            r,
            cases_c,
            f'=IF(TRIM({a})="","",SUMPRODUCT((UPPER(TRIM({NA_S_AGREED}))=UPPER(TRIM({a})))*'
            f'(UPPER(TRIM({NA_S_STATUS}))<>"{STATUS_PARKED.upper()}")))',
            live,
            count,
        )
        share: float | str = (
            (count / n_cases) if (name and n_cases and isinstance(count, int)) else ""
        )
        ws.write_formula(
            r,
            share_c,
            f'=IF(OR(TRIM({a})="",COUNTA({NA_S_CASE_REFS})=0),"",'
            f"{col_letters(cases_c + 1)}{r + 1}/COUNTA({NA_S_CASE_REFS}))",
            share_fmt,
            share,
        )
    if extra is not None and old is not None:
        # The group's own columns, moved with their groups (empty rows are closed up).
        new_row = {old_r - 1: i + 1 for i, old_r in enumerate(old.group_rows)}
        new_row[0] = 0
        for (r, c), cell in extra.cells.items():
            name = old.groups_header[c] if c < len(old.groups_header) else ""
            if r in new_row and name in header:
                carry.cell(ws, new_row[r], header.index(name), cell)
    # Totals beside the table: tool-owned, restored on every merge.
    side = len(header) + 1
    # Counted from the group rows' own labels, once each (as the summary counts them).
    labels = {group_key(_comparable(_value(g.get("Group")))) for g in groups[:rows]} - {""}
    grouped = sum(members.get(k, 0) for k in labels)
    cases_sum = f"SUM({col_letters(cases_c + 1)}2:{col_letters(cases_c + 1)}{rows + 1})"
    parked_formula = f'(UPPER(TRIM({NA_S_STATUS}))="{STATUS_PARKED.upper()}")'
    # The same four lines as the summary's Overview, adding up to the cases on Cases: a
    # parked case is counted once, under Parked, whatever its Agreed group says.
    totals = [
        ("Cases on the Cases sheet", f"=COUNTA({NA_S_CASE_REFS})", n_cases),
        (
            "In a Need Group",
            f"={cases_sum}",
            grouped,
        ),
        (
            "Not grouped yet",
            f'=SUMPRODUCT((TRIM({NA_S_CASE_REFS})<>"")*(TRIM({NA_S_AGREED})="")*'
            f"(1-{parked_formula}))",
            not_grouped,
        ),
        (
            "Parked",
            f'=SUMPRODUCT((TRIM({NA_S_CASE_REFS})<>"")*{parked_formula})',
            parked,
        ),
        (
            "In a group not defined",
            # Typed a group, not parked, and not counted by any group row.
            f'=SUMPRODUCT((TRIM({NA_S_CASE_REFS})<>"")*(TRIM({NA_S_AGREED})<>"")*'
            f"(1-{parked_formula}))-{cases_sum}",
            n_cases - grouped - not_grouped - parked,
        ),
    ]
    ws.write_string(0, side, GROUPS_TOTALS, fmt.header)
    ws.write_string(0, side + 1, "", fmt.header)
    for i, (label, formula, cached) in enumerate(totals, start=1):
        ws.write_string(i, side, label, fmt(bold=True))
        ws.write_formula(i, side + 1, formula, live, cached)
    ws.set_column(side, side, 26)
    ws.set_column(side + 1, side + 1, 9)
    ws.write_string(
        7,
        side,
        "Type a short label in column A to add a group; the counts follow as cases are assigned.",
        fmt(italic=True, font_color=MUTED),
    )
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_margins(left=0.3, right=0.3, top=0.4, bottom=0.5)
    # The groups defined so far, not the empty rows ready below them (nor the live totals
    # beside: their figures are on the Cases sheet). Groups added in Excel print after the
    # next merge or suggest, which set the print area again.
    ws.print_area(0, 0, max(len(groups), 1), len(header) - 1)
    ws.freeze_panes(1, 1)
    ws.data_validation(
        1,
        0,
        rows,
        0,
        {
            "validate": "length",
            "criteria": "<=",
            "value": 60,
            "ignore_blank": True,
            "error_type": "warning",
            "error_message": "Keep the group label short; reword it in Description.",
        },
    )


def _long_rows(
    result: MergeResult, old: OldShuffle | None
) -> tuple[list[list[Any]], list[list[Any]]]:
    needs: list[list[Any]] = []
    services: list[list[Any]] = []
    chosen = result.returns.chosen
    for row in result.rows:
        if not row.key:
            continue
        ret = chosen.get(row.key)
        if ret is not None:
            needs.extend(need_rows(ret))
            services.extend(service_rows(ret))
        elif old is not None:  # return missing: keep what the last merge had
            needs.extend(old.old_rows(SH_S_NEEDS).get(row.key, []))
            services.extend(old.old_rows(SH_S_SERVICES).get(row.key, []))
    return needs, services


def _write_table(
    ws: Any,
    fmt: Formats,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: dict[str, int],
    printed: int | None = None,
) -> int:
    """A plain table; ``printed``: how many of its columns print (all by default)."""
    ws.write_row(0, 0, header, fmt.header)
    wrap = fmt(text_wrap=True)
    quoted = fmt(quote_prefix=True, text_wrap=True)
    width = [widths.get(h, 14) for h in header]
    printed = printed or len(header)
    n = 0
    for r, values in enumerate(rows, start=1):
        ws.buffer.write_text_row(r, values, wrap, quoted)
        shown = zip(values[:printed], width, strict=False)
        tall = max((text_height(v, w) for v, w in shown if isinstance(v, str)), default=0.0)
        if tall > LINE_HEIGHT + 3:
            ws.set_row(r, min(MAX_ROW_HEIGHT, tall))
        n = r
    for c, w in enumerate(width):
        ws.set_column(c, c, w)
    ws.set_row(0, max(text_height(h, w, pad=4) for h, w in zip(header, width, strict=True)))
    ws.freeze_panes(1, 1)
    ws.autofilter(0, 0, max(n, 1), len(header) - 1)
    print_table(ws, max(n, 1), printed - 1)
    return n


def _write_needs(ws: Any, fmt: Formats, needs: list[list[Any]], agreed_of: dict[str, str]) -> None:
    widths = {
        "Case ref": 9,
        "Who": 11,
        "Area": 15,
        "Need": 36,
        "If not met": 24,
        "Seriousness": 11,
        "Desired outcome": 24,
        "Work to plan and do": 24,
        "Best placed service": 18,
        "Met now": 8,
        "Quality": 12,
        "Agreed group": 14,
    }
    _write_table(ws, fmt, S_NEEDS_HEADER, needs, widths)
    live = fmt(bg_color="#F2F2F2")
    col = len(S_NEEDS_HEADER) - 1
    for r, values in enumerate(needs, start=1):
        a = f"$A{r + 1}"
        match = f"MATCH({a},{NA_S_CASE_REFS},0)"
        ws.write_formula(
            r,
            col,
            f'=IF(ISNUMBER({match}),INDEX({NA_S_AGREED},{match})&"","")',
            live,
            agreed_of.get(case_key(str(values[0])), ""),
        )


def _write_services(ws: Any, fmt: Formats, services: list[list[Any]]) -> None:
    _write_table(
        ws,
        fmt,
        S_SERVICES_HEADER,
        services,
        {"Case ref": 10, "Service": 40, "Provider": 30, "Still open": 9, "Matched to needs": 10},
    )


def _write_returns(ws: Any, fmt: Formats, result: MergeResult) -> None:
    rows: list[list[Any]] = []
    if result.kept_returns is not None:
        rows = result.kept_returns
    for ret in sorted(result.returns.returns, key=lambda r: r.file) if not rows else ():
        codes = sorted({i.code for i in ret.issues})
        rows.append(
            [
                ret.file,
                ret.case_ref,
                ret.result,
                ", ".join(codes),
                ret.modified.strftime("%Y-%m-%d %H:%M") if ret.modified else "",
                ret.sha256,
            ]
        )
    for item in result.returns.ignored if result.kept_returns is None else ():
        rows.append([item.file or "", "", "ignored", item.code, "", ""])
    _write_table(
        ws,
        fmt,
        S_RETURNS_HEADER,
        rows,
        {"File": 44, "Case ref": 10, "Result": 11, "Issues": 40, "Modified": 17, "SHA-256": 66},
        printed=len(S_RETURNS_HEADER) - 1,  # the fingerprint is for scripts, not for paper
    )


ISSUE_WIDTHS = {
    "File": 30,
    "Case ref": 10,
    "Sheet": 9,
    "Cell": 6,
    "Severity": 8,
    "Code": 18,
    "Message": 70,
}


def _write_issues(ws: Any, fmt: Formats, issues: list[Issue]) -> None:
    rows = [
        [i.file, i.case_ref, i.sheet, i.cell, i.severity.value, i.code, i.message] for i in issues
    ]
    _write_table(ws, fmt, S_ISSUES_HEADER, rows, ISSUE_WIDTHS)


CARD_COLUMNS = (13, 44, 11, 28)  # Who, Need, Seriousness, Desired outcome: portrait A4 at 100%
CARD_PAGE = 740.0  # points of rows a portrait A4 page holds inside its margins, with a little spare
CARD_WIDTH = sum(CARD_COLUMNS)


def _write_cards(ws: Any, fmt: Formats, rows: list[Row], needs: list[list[Any]]) -> None:
    """One card per case for groups that shuffle on paper; page breaks so none is split."""
    for col, width in enumerate(CARD_COLUMNS):
        ws.set_column(col, col, width)
    ws.set_portrait()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.5, bottom=0.5)
    ws.hide_gridlines(2)
    title = fmt(
        bold=True,
        font_size=12,
        bg_color=HEADER_FILL,
        border=1,
        border_color=RULE,
        valign="vcenter",
        text_wrap=True,
    )
    text = fmt(text_wrap=True, border=1, border_color=RULE)
    head = fmt(bold=True, font_color=MUTED, border=1, border_color=RULE)
    by_case: dict[str, list[list[Any]]] = {}
    for values in needs:
        by_case.setdefault(case_key(str(values[0])), []).append(values)
    used = 0.0
    breaks: list[int] = []
    r = 0
    for row in rows:
        if not row.key:
            continue
        v = row.values
        card: list[tuple[str, Any, float]] = []
        heading = " · ".join(
            str(x)
            for x in (
                f"Case {v.get('Case ref')}",
                f"age {_shown(v.get('Age'))}" if v.get("Age") not in (None, "") else "",
                v.get("Sex"),
                v.get("Legal status"),
                v.get("Primary need"),
                f"highest: {v.get('Highest seriousness')}" if v.get("Highest seriousness") else "",
            )
            if x
        )
        story = str(v.get("Story") or "")
        card.append(("title", heading, max(22.0, text_height(heading, CARD_WIDTH, 12, 6))))
        card.append(("story", story, min(MAX_ROW_HEIGHT, text_height(story, CARD_WIDTH))))
        card.append(("head", ("Who", "Need", "Seriousness", "Desired outcome"), 15.0))
        for need in by_case.get(row.key, []):
            cells = (need[1], need[3], need[5], need[6])
            sized = zip(cells, CARD_COLUMNS, strict=True)
            tall = max(text_height(str(x or ""), w) for x, w in sized)
            card.append(("need", cells, tall))
        services = (
            str(v.get("Services received") or "none recorded").replace("\n", "; ").replace("• ", "")
        )
        line = f"Services received: {services}"
        card.append(("services", line, text_height(line, CARD_WIDTH)))
        card.append(("group", "Agreed group: ____________________", 18.0))
        height = sum(h for _, _, h in card) + 14
        if used and used + height > CARD_PAGE:
            breaks.append(r)
            used = 0.0
        used += height
        for kind, content, h in card:
            ws.set_row(r, h)
            if kind == "title":
                ws.merge_range(r, 0, r, 3, content, title)
            elif kind in ("story", "services", "group"):
                ws.merge_range(r, 0, r, 3, safe_for_cell(str(content)), text)
            elif kind == "head":
                for c, label in enumerate(content):
                    ws.write_string(r, c, label, head)
            else:
                for c, value in enumerate(content):
                    _put(ws, r, c, value, text, fmt)
            r += 1
        ws.set_row(r, 14)
        r += 1
    if breaks:
        ws.set_h_pagebreaks(breaks[:1023])  # Excel's limit on manual page breaks
    ws.print_area(0, 0, max(r - 1, 0), 3)
