"""The merge: every good return combined into the shuffle workbook for the consensus meeting,
with every decision the meeting has made kept when new returns are merged later; the tool's
state and log of merges.

Ownership (contract): the meeting (the audit group) owns ``Agreed group``, ``Status`` and
``Notes`` on Cases, every row of Need Groups, and any sheet or column it adds; the tool owns
the rest. A merge reads the old workbook (shufflebook: decisions and row order with our
scanner; the meeting's own sheets and columns with their formats through ``carry``), backs it
up, and writes a new one atomically (shufflesheets). Existing cases keep their rows, so the
meeting's formulas still point where they did; new cases are added below; a case whose return
disappeared stays, marked ``return missing``.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import __version__
from .audit import Setup, read_setup
from .carry import CONDITIONAL_FORMATS, uncarryable
from .i18n import M, Msg, Texts, _, current, in_each_language, ngettext
from .issues import Issue, NeedsAuditError, NothingToDo, issue, sort_issues
from .model import Return
from .names import (
    BACKUPS_DIR,
    COL_AGREED,
    COL_NOTES,
    COL_RETURN,
    COL_STATUS,
    COL_SUGGESTED,
    FIELDS,
    MEETING_COLUMNS,
    MERGE_LOCK,
    MERGE_LOG,
    RESULT_REJECTED,
    RETURN_CHANGED,
    RETURN_CURRENT,
    RETURN_MISSING,
    RETURNS_DIR,
    S_CASES_HEADER,
    S_ISSUES_HEADER,
    S_RETURNS_HEADER,
    SH_S_AGREEMENT,
    SH_S_CASES,
    SH_S_GROUPS,
    SH_S_ISSUES,
    SH_S_RETURNS,
    SH_S_SIMILAR,
    SH_S_SUGGESTIONS,
    SHUFFLE_FILE,
    SHUFFLE_STATE,
    STATE_DIR,
    YES,
    Field,
    Kind,
    group_key,
)
from .quality import mask_identifiers
from .questions import NOT_ASKED
from .returns import ReturnsResult, read_returns
from .shufflebook import (
    CasesRow,
    NeedsRow,
    ServicesRow,
    ShuffleBook,
    cell_text,
    cell_value,
    comparable,
    read_shuffle,
    tool_value,
)
from .shufflesheets import CaseRow, Content, ExtraSheets, write_shuffle
from .shufflewords import Words, is_parked, status_code, value_code
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

OPEN = M("shuffle.service.open", "open")  # a service still open, after its name
NONE_RECEIVED = M("shuffle.service.none", "None received")

# Tool cells a merge keeps from the old workbook rather than recomputing from returns.
KEPT_TOOL_CELLS = (COL_SUGGESTED,)


# --- what the tool writes for a case ------------------------------------------------------------


def _lines(items: Iterable[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


def case_values(ret: Return, setup: Setup) -> dict[str, Any]:
    """The tool's cells of a case on the Cases sheet, by header: every field of the table that
    has a column (built-in, then local), and what the tool works out from the return."""
    case = setup.case(ret.case_ref)
    ranks = [(setup.lists.seriousness_rank(n.seriousness) or 0, n.seriousness) for n in ret.needs]
    highest = max(ranks)[1] if ranks and max(ranks)[0] > 0 else ""
    needs = _lines(
        f"{n.who or '?'}: {masked(n.need)}" + (f" [{n.seriousness}]" if n.seriousness else "")
        for n in ret.needs
    )
    words = Words(setup.settings.language)
    still_open = words.label(OPEN)
    services = _lines(
        s.service + (f" ({still_open})" if s.still_open == YES else "") for s in ret.services
    ) or (words.label(NONE_RECEIVED) if ret.no_services else "")
    values: dict[str, Any] = {
        "Needs": needs,
        "Highest seriousness": highest,
        "Services received": services,
        "Family ref": case.family_ref if case else "",
        "File": ret.file,
    }
    for spec in FIELDS:
        if spec.column:
            value = getattr(ret, spec.attr) if spec.attr else ret.answers.get(spec.name, NOT_ASKED)
            values[spec.column] = _shown(spec, value)
    for spec in setup.questions.fields:
        values[spec.column] = _shown(spec, ret.answers.get(spec.name, NOT_ASKED))
    return values


def _shown(spec: Field, value: Any) -> Any:
    """A field's answer as its Cases cell holds it: free text masked, a tick box as Yes."""
    if isinstance(value, bool):
        return YES if value else ""
    if isinstance(value, str) and spec.kind in (Kind.TEXT, Kind.LONG_TEXT) and not spec.prefilled:
        return masked(value)
    return value


def need_rows(ret: Return) -> list[NeedsRow]:
    return [
        NeedsRow(
            case_ref=ret.case_ref,
            who=n.who,
            area=n.area,
            need=masked(n.need),
            if_not_met=masked(n.if_not_met),
            seriousness=n.seriousness,
            outcome=masked(n.outcome),
            work=masked(n.work),
            best_service=n.best_service,
            met=n.met,
            quality=", ".join(n.quality),
        )
        for n in ret.needs
    ]


def service_rows(ret: Return) -> list[ServicesRow]:
    return [
        ServicesRow(ret.case_ref, s.service, masked(s.provider), s.still_open, s.matched)
        for s in ret.services
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


# --- the merge ----------------------------------------------------------------------------------


@dataclass(slots=True)
class MergeResult:
    path: Path
    rows: list[CaseRow]
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

    def content(self, old: ShuffleBook | None) -> Content:
        """What the tool's sheets will show."""
        needs, services = _long_rows(self, old)
        if self.kept_issues is not None:
            issues = self.kept_issues
        else:
            issues = [i.row() for i in self.all_issues]
        return Content(self.rows, needs, services, _returns_rows(self), issues)


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
    """Read every return and write or update shuffle.xlsx, keeping the meeting's decisions.

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
                # (In this command's context: its messages' language goes with it.)
                context = contextvars.copy_context()
                old_future = pool.submit(context.run, read_shuffle, path, setup)
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
            content = result.content(old)
            atomic_write(path, lambda tmp: write_shuffle(tmp, setup, content, old, stamp))
            replaced = True
            _save_state(folder, result, setup)
            _log(folder, result, stamp, setup)
    except OSError as exc:
        raise NeedsAuditError(_write_failure(exc, folder, replaced)) from exc
    return result


def _write_failure(exc: OSError, folder: Path, replaced: bool) -> str:
    if replaced:
        after = _(
            "{file} was written, but the record of this merge in {state} was not: merge again "
            "once that is fixed."
        ).format(file=SHUFFLE_FILE, state=STATE_DIR)
    else:
        after = _("{file} was not changed.").format(file=SHUFFLE_FILE)
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
            _(
                "No returns to merge: {returns} holds no completed forms yet. Auditors' forms go "
                "there (any sub-folder, any file name); then run 'needsaudit merge {folder}' "
                "again. Nothing was written."
            ).format(returns=folder / RETURNS_DIR, folder=folder)
        )
    n = len(returns.returns)
    return NothingToDo(
        in_each_language(
            lambda: ngettext(
                "{n} file in {returns} was read and cannot be merged: run 'needsaudit check "
                "{folder}' to see why. Nothing was written.",
                "{n} files in {returns} were read and none can be merged: run 'needsaudit "
                "check {folder}' to see why. Nothing was written.",
                n,
            ).format(n=n, returns=folder / RETURNS_DIR, folder=folder)
        )
    )


def _combine(
    path: Path,
    setup: Setup,
    old: ShuffleBook | None,
    returns: ReturnsResult,
    state: dict[str, Any],
) -> MergeResult:
    result = MergeResult(path, [], returns)
    tool_columns = {*S_CASES_HEADER, *setup.questions.columns}
    known_sha: dict[str, str] = {k: v.get("sha256", "") for k, v in state.get("cases", {}).items()}
    last_decisions: dict[str, list[str]] = state.get("decisions", {})
    seen: set[str] = set()
    if old is not None:
        for old_row in old.rows:
            if not old_row.key or old_row.key in seen:
                # A row without a case (or a copy of one): keep the meeting's cells in place.
                result.rows.append(
                    CaseRow(
                        "",
                        {h: cell_value(c) for h, c in old_row.cells.items() if h in ("Case ref",)},
                        cell_value(old_row.cells.get(COL_AGREED)) or "",
                        cell_value(old_row.cells.get(COL_STATUS)) or "",
                        cell_value(old_row.cells.get(COL_NOTES)) or "",
                        old_row,
                    )
                )
                continue
            seen.add(old_row.key)
            ret = returns.chosen.get(old_row.key)
            agreed = cell_value(old_row.cells.get(COL_AGREED)) or ""
            status = cell_value(old_row.cells.get(COL_STATUS)) or ""
            notes = cell_value(old_row.cells.get(COL_NOTES)) or ""
            if ret is None:
                values = {
                    h: tool_value(h, c)
                    for h, c in old_row.cells.items()
                    if h in tool_columns and h not in MEETING_COLUMNS
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
                    if old.language == setup.settings.language:
                        # (In another language every tool cell reads differently.)
                        _typed_over(result, ret, old_row, values)
            for kept in KEPT_TOOL_CELLS:
                values[kept] = cell_value(old_row.cells.get(kept)) or ""
            result.rows.append(CaseRow(old_row.key, values, agreed, status, notes, old_row))
            before = last_decisions.get(state_key(setup, old_row.key))
            # A status by its code: the same decision whatever language shows it.
            now_decision = [comparable(agreed), status_code(comparable(status))]
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
        result.rows.append(CaseRow(ret.key, values))
        result.new.append(ret.case_ref)
    defined = {
        group_key(cell_text(g.get("Group")))
        for g in (old.groups if old else [])
        if cell_text(g.get("Group"))
    }
    for row in result.rows:
        agreed = comparable(row.agreed)
        if agreed and group_key(agreed) not in defined and not is_parked(comparable(row.status)):
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
            if what is not CONDITIONAL_FORMATS  # ours: the tool writes its own again
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
    change: Callable[[ShuffleBook, list[CaseRow]], None],
    extra: ExtraSheets,
    replace: Iterable[str],
    ignore_lock: bool = False,
) -> MergeResult:
    """Write shuffle.xlsx again from its own contents, without reading returns: for commands
    that own a column or sheets in it (suggest). ``change`` may set tool cells of the rows
    (never the meeting's); ``extra`` writes the sheets named in ``replace``. Everything else,
    the meeting's decisions, sheets and columns included, is kept as merge keeps it."""
    path = folder / SHUFFLE_FILE
    if not path.exists():
        raise NeedsAuditError(no_shuffle(folder))
    state_dir = folder / STATE_DIR
    try:
        return _rewrite(folder, setup, change, extra, replace, ignore_lock, path, state_dir)
    except OSError as exc:
        raise NeedsAuditError(_write_failure(exc, folder, False)) from exc


def no_shuffle(folder: Path) -> str:
    """The stop message of a command that needs shuffle.xlsx before merge has written it."""
    return _("No {file} in {folder}: run 'needsaudit merge {folder}' first.").format(
        file=SHUFFLE_FILE, folder=folder
    )


def _rewrite(
    folder: Path,
    setup: Setup,
    change: Callable[[ShuffleBook, list[CaseRow]], None],
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
        old = read_shuffle(path, setup)
        tool_columns = {*S_CASES_HEADER, *setup.questions.columns}
        empty = ReturnsResult([], [], [], {})
        result = MergeResult(path, [], empty)
        for old_row in old.rows:
            values = {
                h: tool_value(h, c)
                for h, c in old_row.cells.items()
                if h in tool_columns and h not in MEETING_COLUMNS
            }
            result.rows.append(
                CaseRow(
                    old_row.key,
                    values,
                    cell_value(old_row.cells.get(COL_AGREED)) or "",
                    cell_value(old_row.cells.get(COL_STATUS)) or "",
                    cell_value(old_row.cells.get(COL_NOTES)) or "",
                    old_row,
                )
            )
        result.kept_returns = _sheet_rows(old, SH_S_RETURNS, S_RETURNS_HEADER)
        result.kept_issues = _sheet_rows(old, SH_S_ISSUES, S_ISSUES_HEADER)
        change(old, result.rows)
        stamp = now()
        result.backup = backup(path, state_dir / BACKUPS_DIR)
        names = frozenset(replace)
        content = result.content(old)
        atomic_write(path, lambda tmp: write_shuffle(tmp, setup, content, old, stamp, extra, names))
    return result


def _sheet_rows(old: ShuffleBook, sheet: str, header: Sequence[str]) -> list[list[Any]]:
    """A tool table's rows as they are, its values (Result, Severity) by their codes."""
    _header, rows = old.table(sheet)
    return [
        [value_code(cell_value(cells.get(c)), h) for c, h in enumerate(header, start=1)]
        for _, cells in rows
    ]


def _typed_over(
    result: MergeResult, ret: Return, old_row: CasesRow, values: dict[str, Any]
) -> None:
    """A tool cell of an unchanged return that now holds something else was typed over."""
    for header, expected in values.items():
        if header in (COL_RETURN, *KEPT_TOOL_CELLS) or header not in old_row.cells:
            continue
        current = old_row.cells[header]
        if (
            current is not None
            and current.formula is None
            and comparable(tool_value(header, current)) == comparable(expected)
        ):
            continue
        if current is None and comparable(expected) == "":
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
        state_key(setup, row.key): [comparable(row.agreed), status_code(comparable(row.status))]
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


def _long_rows(
    result: MergeResult, old: ShuffleBook | None
) -> tuple[list[NeedsRow], list[ServicesRow]]:
    needs: list[NeedsRow] = []
    services: list[ServicesRow] = []
    chosen = result.returns.chosen
    for row in result.rows:
        if not row.key:
            continue
        ret = chosen.get(row.key)
        if ret is not None:
            needs.extend(need_rows(ret))
            services.extend(service_rows(ret))
        elif old is not None:  # return missing: keep what the last merge had
            needs.extend(old.needs().get(row.key, []))
            services.extend(old.services().get(row.key, []))
    return needs, services


def _returns_rows(result: MergeResult) -> list[list[Any]]:
    """The Returns sheet: every file read (or, for a rewrite that read none, the old rows)."""
    if result.kept_returns is not None:
        return result.kept_returns
    rows: list[list[Any]] = []
    for ret in sorted(result.returns.returns, key=lambda r: r.file):
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
    for item in result.returns.ignored:
        rows.append([item.file or "", "", "ignored", item.code, "", ""])
    return rows
