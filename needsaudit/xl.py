"""Excel entry points: what the coordinator workbook's buttons run, through xlwings.

Each button's VBA Sub (macros/NeedsAudit.bas) calls the xlwings add-in's RunPython with
``import needsaudit.xl; needsaudit.xl.<step>()``, so every entry point here takes no
arguments. It finds the workbook that called it, reads the audit folder and options from the
Control sheet's defined names, runs the step in `steps` (the code the command line runs, not a
copy of it), writes the result and the issues back into that workbook, and opens the workbook
the step produced.

Only these xlwings calls are used, so a small stand-in can provide exactly them in tests:
``Book.caller()``, ``book.names[name].refers_to_range``, ``range.value``, ``range.select()``,
``book.sheets[name]``, ``sheet.clear_contents()``, ``sheet.activate()``, ``book.fullname``,
``book.app``, ``app.books`` (iterate, ``open``), ``book.activate()``, ``book.selection``,
``book.sheets.active``, ``book.save()``, ``book.close()``, ``app.alert()`` and
``app.status_bar``. xlwings is imported only when a button is pressed: the command line and
the tests run where Excel cannot.

Nothing typed into a form reaches the coordinator workbook: results are counts, file names,
case refs and issue messages, which name cells and never repeat their contents.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from . import coordwords, steps
from .i18n import M, Texts, _, current, forget, in_each_language, ngettext
from .issues import NeedsAuditError, WorkbookLockedError
from .names import (
    C_ISSUES_HEADER,
    C_STATUS_HEADER,
    EXCEL_MAIN,
    EXCEL_STEPS,
    MAX_SUGGESTED,
    NA_C_AUDITOR,
    NA_C_CASES,
    NA_C_FOLDER,
    NA_C_GROUPS,
    NA_C_RESULT,
    NA_C_SAMPLE,
    NA_C_SEED,
    NA_C_STEP,
    NA_C_WHEN,
    SETUP_FILE,
    SH_C_ISSUES,
    SH_C_STATUS,
    SHUFFLE_FILE,
    STATE_DIR,
    SUMMARY_FILE,
    SUMMARY_PUBLIC_FILE,
)
from .shufflewords import Words, sheet_code, sheet_codes

ENTRY_POINTS = (*(s.entry for s in EXCEL_STEPS), EXCEL_MAIN.entry)
RESULT_LIMIT = 3000  # characters in the result cell; the rest is on the sheets
ERROR_LOG = "excel-errors.log"


# --- entry points: one per button, no arguments (RunPython calls them by name) --------------------


def init() -> None:
    """New audit: create the folder and setup.xlsx, then open setup.xlsx."""
    _run("init")


def forms() -> None:
    """Make forms, then show the forms folder."""
    _run("forms")


def status() -> None:
    """Status per auditor, onto the Status sheet."""
    _run("status")


def check() -> None:
    """Check every return, onto the Issues sheet."""
    _run("check")


def merge() -> None:
    """Merge returns into shuffle.xlsx; if it is open here, save, merge and reopen it."""
    _run("merge")


def suggest() -> None:
    """Suggest groups in shuffle.xlsx; if it is open here, save, suggest and reopen it."""
    _run("suggest")


def summarise() -> None:
    """Write the two summaries, then open summary.xlsx."""
    _run("summarise")


def demo() -> None:
    """Run the fictional demo audit, then open its shuffle workbook."""
    _run("demo")


def main() -> None:
    """The step chosen on the Control sheet: xlwings' "Run main" button for the macro-free
    workbook (through the module ``needsaudit_coordinator``) and the RunChosenStep macro."""
    _run(None)


# --- reading the Control sheet --------------------------------------------------------------------


@dataclass(slots=True)
class Options:
    folder: str
    auditor: str | None
    cases: str | None
    sample: int | None
    seed: int | None
    step: str


# Excel enters a string that starts with one of these as a formula (or tries to), through
# xlwings' range.value as when typed: a file name, case ref or auditor's name could be
# "=HYPERLINK(...)". A leading apostrophe is Excel's own "this is text" mark: it is not part of
# the value and is not shown.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def as_text(value: Any) -> Any:
    """A value as xlwings should write it so that Excel keeps a string as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel hands every number over as a float
    return str(value).strip()


def _whole(value: Any, what: str) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        number = -1.0
    if number < 0 or not number.is_integer():
        raise NeedsAuditError(
            _("{what} must be a whole number (or blank) on the Control sheet.").format(what=what)
        )
    return int(number)


class Control:
    """The coordinator workbook, through the defined names its Control sheet carries."""

    def __init__(self, book: Any) -> None:
        self.book = book
        try:
            self.sheet_names = [ws.name for ws in book.sheets]
        except Exception:  # a stand-in or an application without sheet names
            self.sheet_names = []
        # Its own words (headers, notes) in the language it was written in.
        self.language = coordwords.language_of(self.sheet_names)

    def cell(self, name: str) -> Any:
        try:
            return self.book.names[name].refers_to_range
        except Exception as exc:  # xlwings raises per platform; all mean "no such name"
            raise NeedsAuditError(
                _(
                    "This workbook has no cell named {name}: use a coordinator workbook made by "
                    "'needsaudit coordinator', or the one in needsaudit's workbooks/ folder."
                ).format(name=name)
            ) from exc

    def options(self) -> Options:
        return Options(
            folder=_text(self.cell(NA_C_FOLDER).value).strip('"'),
            auditor=_text(self.cell(NA_C_AUDITOR).value) or None,
            cases=_text(self.cell(NA_C_CASES).value).strip('"') or None,
            sample=_whole(self.cell(NA_C_SAMPLE).value, "The sample size"),
            seed=_whole(self.cell(NA_C_SEED).value, "The seed"),
            step=_text(self.cell(NA_C_STEP).value),
        )

    def groups(self) -> int | None:
        """How many groups Suggest groups should make, read only when it runs (a mistake
        there must not stop the other steps). A coordinator workbook made before the cell
        existed has no such name: the data chooses, as it always did there."""
        try:
            cell = self.book.names[NA_C_GROUPS].refers_to_range
        except Exception:  # xlwings raises per platform; all mean "no such name"
            return None
        groups = _whole(cell.value, "The number of groups")
        if groups is not None and not 1 <= groups <= MAX_SUGGESTED:
            raise NeedsAuditError(
                _("The number of groups must be from 1 to {most} (or blank).").format(
                    most=MAX_SUGGESTED
                )
            )
        return groups

    def resolve(self, text: str, what: str = "audit folder") -> Path:
        """A path typed on the sheet: absolute, or relative to this workbook's folder."""
        path = Path(os.path.expandvars(text)).expanduser()
        if path.is_absolute():
            return path
        home = str(self.book.fullname)
        if "://" in home:
            raise NeedsAuditError(
                _(
                    "This workbook is open from the web ({scheme}), so a relative {what} has no "
                    "meaning: type the full path of the {what}, or open the workbook from a "
                    "folder on this computer."
                ).format(scheme=home.split("://")[0], what=what)
            )
        return Path(home).parent / path

    def started(self, label: str) -> None:
        running = M("coordinator.running", "Running {step}...", step=label)
        self.cell(NA_C_RESULT).value = Texts(self.language).label(running)
        self.cell(NA_C_WHEN).value = datetime.now().replace(microsecond=0)

    def head(self, header: str) -> str:
        """A header of the Issues or Status sheet in the workbook's language."""
        return _head(self.language, header)

    def label(self, step: Any) -> str:
        """A step's label in the workbook's language."""
        return coordwords.step_label(step.entry, self.language)

    def finished(self, label: str, lines: list[str]) -> None:
        text = "\n".join([f"{label}:", *lines])
        if len(text) > RESULT_LIMIT:
            more = Texts(self.language).label(M("coordinator.see-sheets", "see the sheets"))
            text = text[: RESULT_LIMIT - 60].rsplit("\n", 1)[0] + f"\n... ({more})"
        self.cell(NA_C_RESULT).value = as_text(text)
        self.cell(NA_C_WHEN).value = datetime.now().replace(microsecond=0)

    def table(self, sheet: str, header: tuple[str, ...], rows: list[list[Any]], empty: str) -> Any:
        ws = self.book.sheets[coordwords.sheet_in(sheet, self.sheet_names)]
        ws.clear_contents()
        header = tuple(self.head(h) for h in header)
        ws.range("A1").value = [
            [as_text(v) for v in row] for row in [list(header), *(rows or [[empty]])]
        ]
        return ws


def _head(language: str, header: str) -> str:
    message = coordwords.STATUS_WORDS.get(header)
    if message is not None:
        return Texts(language).label(message)
    return Words(language).head(header)


def _issue_rows(report: steps.Report) -> list[list[Any]]:
    return [i.row() for i in report.issues]


def _status_rows(report: steps.Report) -> list[list[Any]]:
    return [
        [
            r.auditor,
            r.sent,
            r.returned,
            len(r.outstanding),
            len(r.with_errors),
            ", ".join(r.outstanding),
            ", ".join(r.with_errors),
        ]
        for r in report.status or []
    ]


# --- workbooks open in this Excel ---------------------------------------------------------------


def _local(fullname: Any) -> Path | None:
    """Where an open workbook is on this computer; None for one opened from the web."""
    text = str(fullname)
    if "://" in text:
        return None
    try:
        return Path(text).resolve()
    except OSError:
        return None


def find_open(app: Any, path: Path) -> Any | None:
    """The workbook ``path`` if it is open in this Excel."""
    for book in app.books:
        if _local(book.fullname) == path.resolve():
            return book
    return None


def open_book(app: Any, path: Path) -> Any:
    """Open ``path`` in this Excel, or bring it forward if it is already open."""
    book = find_open(app, path)
    if book is None:
        book = app.books.open(str(path))
    book.activate()
    return book


@contextlib.contextmanager
def released(app: Any, path: Path) -> Iterator[None]:
    """Around a step that rewrites ``path``: if it is open in this Excel, save it (no
    decision typed in the meeting is lost), close it, and afterwards reopen it at the sheet
    and cell the user was on, whether or not the step succeeded. If it is open elsewhere, its
    lock file stays and the step refuses, naming who has it."""
    book = find_open(app, path)
    if book is None:
        yield
        if path.exists():
            open_book(app, path)
        return
    book.activate()
    sheet = book.sheets.active.name
    selection = book.selection
    address = selection.address if selection is not None else "$A$1"
    book.save()
    book.close()
    try:
        yield
    finally:
        again = open_book(app, path)
        # A merge after the audit's language changed renames the tool's sheets: the same
        # sheet under its new name. The group may have deleted or renamed the sheet they were
        # on: then stay on the sheet Excel opens with.
        with contextlib.suppress(Exception):
            target = again.sheets[_same_sheet(sheet, [ws.name for ws in again.sheets])]
            target.activate()
            target.range(address).select()


def _same_sheet(name: str, names: list[str]) -> str:
    """The sheet that is ``name`` in a rewritten shuffle: itself, or the tool's sheet it was
    in another language (``Cases`` is now ``Achosion``)."""
    if name in names:
        return name
    code = sheet_code(name)
    if code is None:
        return name
    return sheet_codes(names).get(code, name)


def _refuse_if_open_here(app: Any, paths: tuple[Path, ...]) -> None:
    for path in paths:
        if find_open(app, path) is not None:
            raise NeedsAuditError(
                _(
                    "{name} is open in this Excel: close it (if you added to it, save a copy "
                    "under another name first), then click the button again. The summaries are "
                    "rewritten from shuffle.xlsx each time."
                ).format(name=path.name)
            )


# --- progress and opening folders --------------------------------------------------------------


class StatusBar:
    """steps.Progress on Excel's status bar, at most every 2% (each update is a call into
    Excel)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.shown: tuple[str, int] | None = None

    def __call__(self, label: str, done: int, total: int) -> None:
        if total <= 0:
            return
        percent = 100 * done // total
        if self.shown and self.shown[0] == label and percent - self.shown[1] < 2 and done < total:
            return
        self.app.status_bar = "needsaudit: " + current().label(
            M(
                "progress.status-bar",
                "{step} {done} of {total} ({percent}%)",
                step=label,
                done=done,
                total=total,
                percent=percent,
            )
        )
        self.shown = (label, percent)


def reveal(path: Path) -> None:
    """Show a folder in Explorer or Finder (forms are many files: there is no one workbook
    to open)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        os.startfile(path)  # type: ignore[attr-defined]  # noqa: S606 - a folder we wrote
    elif sys.platform == "darwin":  # pragma: no cover - macOS only
        subprocess.run(["open", str(path)], check=False)


# --- running a step -----------------------------------------------------------------------------


def _step_for(name: str | None, options: Options, language: str = "en") -> Any:
    if name is not None:
        return next(s for s in EXCEL_STEPS if s.entry == name)
    entry = coordwords.step_of(options.step)  # its label in any language, entry or command
    for step in EXCEL_STEPS:
        if step.entry == entry:
            return step
    labels = ", ".join(coordwords.step_label(s.entry, language) for s in EXCEL_STEPS)
    raise NeedsAuditError(
        _("Choose a step on the Control sheet (row 9): one of {labels}.").format(labels=labels)
    )


def _perform(step: Any, control: Control, options: Options) -> steps.Report:
    app = control.book.app
    bar = StatusBar(app)
    if step.entry == "demo":
        folder = control.resolve(options.folder or "needsaudit-demo")
        # The demo folder is replaced whole; Windows cannot delete a workbook Excel holds.
        for book in list(app.books):
            where = _local(book.fullname)
            if where is not None and where.is_relative_to(folder.resolve()):
                book.close()
        report = steps.demo(folder, progress=StatusBar(app))
        if not options.folder:
            control.cell(NA_C_FOLDER).value = as_text(str(folder))
        open_book(app, folder / SHUFFLE_FILE)
        return report
    if not options.folder:
        raise NeedsAuditError(
            _(
                "Type the audit folder on the Control sheet (row 4) first: a full path, or a "
                "path relative to this workbook's folder."
            )
        )
    folder = control.resolve(options.folder)
    if step.entry == "init":
        cases = control.resolve(options.cases, "cases list") if options.cases else None
        report = steps.init(folder, cases, options.sample, options.seed)
        open_book(app, folder / SETUP_FILE)
        return report
    if not (folder / SETUP_FILE).exists():
        raise NeedsAuditError(
            _(
                "{folder} is not an audit folder yet (no {file}): check the folder on the "
                "Control sheet, or click New audit."
            ).format(folder=folder, file=SETUP_FILE)
        )
    if step.entry == "forms":
        report = steps.forms(folder, options.auditor, progress=bar)
        reveal(report.produced[0])
        return report
    if step.entry in ("status", "check"):
        run = steps.status if step.entry == "status" else steps.check
        return run(folder, progress=bar)
    if step.entry in ("merge", "suggest"):
        with released(app, folder / SHUFFLE_FILE):
            if step.entry == "merge":
                return steps.merge(folder, progress=bar)
            return steps.suggest(folder, k=control.groups())
    if step.entry == "summarise":
        _refuse_if_open_here(app, (folder / SUMMARY_FILE, folder / SUMMARY_PUBLIC_FILE))
        report = steps.summarise(folder)
        open_book(app, folder / SUMMARY_FILE)
        return report
    raise AssertionError(f"no runner for {step.entry}")  # pragma: no cover - EXCEL_STEPS


def _show(control: Control, step: Any, report: steps.Report) -> None:
    lines = [*report.lines, *report.attention]
    if report.issues:
        lines.append(
            in_each_language(
                lambda: _("{errors} and {warnings}: see the {sheet} sheet.").format(
                    errors=ngettext("{n} error", "{n} errors", report.errors).format(
                        n=report.errors
                    ),
                    warnings=ngettext("{n} warning", "{n} warnings", report.warnings).format(
                        n=report.warnings
                    ),
                    sheet=coordwords.sheet_in(SH_C_ISSUES, control.sheet_names),
                )
            )
        )
    label = control.label(step)
    t = Texts(control.language)
    when = f"{datetime.now():%Y-%m-%d %H:%M}"
    control.finished(label, lines)
    issues = control.table(
        SH_C_ISSUES,
        C_ISSUES_HEADER,
        _issue_rows(report),
        t.sentence(
            M(
                "coordinator.no-issues",
                "No issues from {step} ({when}).",
                step=label,
                when=when,
            )
        ),
    )
    if step.entry == "status":
        control.table(
            SH_C_STATUS,
            C_STATUS_HEADER,
            _status_rows(report),
            t.sentence(M("coordinator.no-auditors", "No auditors in the sample.")),
        ).activate()
    elif step.entry == "check":
        issues.activate()


def _log_failure(options: Options | None, control: Control, exc: BaseException) -> Path:
    """Write the traceback where the coordinator can send it to support: the audit's own
    state folder (it may name files), else the temporary folder."""
    target = Path(tempfile.gettempdir()) / f"needsaudit-{ERROR_LOG}"
    if options is not None and options.folder:
        with contextlib.suppress(NeedsAuditError, OSError):
            state = control.resolve(options.folder) / STATE_DIR
            if state.is_dir():
                target = state / ERROR_LOG
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}\n")
        fh.write("".join(traceback.format_exception(exc)))
    return target


def _run(name: str | None) -> None:
    xw = _xlwings()
    book = xw.Book.caller()
    app = book.app
    control = Control(book)
    options: Options | None = None
    label = "needsaudit"
    try:
        options = control.options()
        step = _step_for(name, options, control.language)
        label = control.label(step)
        control.started(label)
        report = _perform(step, control, options)
    except WorkbookLockedError as exc:
        message = str(exc)
        if exc.lock is not None:
            message = (
                f"{exc.path.name if exc.path else 'The workbook'} is open in {exc.holder}: ask "
                f"them to save and close it, then click the button again. If nobody has it "
                f"open (a crash can leave the lock behind), delete {exc.lock} and try again."
            )
        _fail(control, app, label, message)
    except NeedsAuditError as exc:
        found = list(getattr(exc, "issues", []))  # a case list's bad rows, for New audit
        if found:
            control.table(
                SH_C_ISSUES, C_ISSUES_HEADER, _issue_rows(steps.Report(label, issues=found)), ""
            )
        _fail(control, app, label, str(exc))
    except Exception as exc:
        where = _log_failure(options, control, exc)
        _fail(
            control,
            app,
            label,
            f"needsaudit stopped unexpectedly ({type(exc).__name__}). No decision in the "
            f"shuffle workbook was lost: it is only ever replaced whole. The details are in "
            f"{where}: please send that file to whoever supports needsaudit.",
        )
    else:
        _show(control, step, report)
    finally:
        app.status_bar = False
        forget()  # the next button, maybe on another audit, starts from its own settings


def _fail(control: Control, app: Any, label: str, message: str) -> None:
    with contextlib.suppress(NeedsAuditError):  # the result cell itself may be gone
        control.finished(label, [message])
    app.alert(message, title=f"needsaudit: {label}", mode="critical")


def _xlwings() -> Any:
    import xlwings

    return xlwings
