"""One function per step of the audit, shared by the command line and the Excel buttons.

Each step calls the library, then says what happened in a `Report`: the lines to show, the
issues found, the exit status the contract gives it, and the workbooks it wrote. The command
line prints a report; `needsaudit.xl` writes the same report into the coordinator workbook.
Keeping the wording here means a coordinator in Excel and an analyst at a terminal read the
same sentences, and neither route is a second implementation of the other.

Reports never hold free text from a form: only counts, case refs, file names and issue
messages (which name cells, never their contents).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .issues import Issue, NothingToDo, sort_issues
from .names import RETURNS_DIR, SETUP_FILE, SH_CASES, SHUFFLE_FILE, SUMMARY_FILE
from .returns import AuditorStatus, ReturnsResult

if TYPE_CHECKING:
    from .audit import Setup

# (label, done, total): how far a long step has gone. The CLI draws a bar, Excel a status bar.
Progress = Callable[[str, int, int], None]


def _quiet(label: str, done: int, total: int) -> None:
    return None


@dataclass(slots=True)
class Report:
    step: str
    lines: list[str] = field(default_factory=list)  # what happened, for stdout
    attention: list[str] = field(default_factory=list)  # what needs the user, for stderr
    issues: list[Issue] = field(default_factory=list)
    exit_code: int = 0  # 0 done; 1 done but needs attention (contract)
    produced: list[Path] = field(default_factory=list)  # workbooks written, most useful first
    status: list[AuditorStatus] | None = None

    @property
    def errors(self) -> int:
        return sum(1 for i in self.issues if i.is_error)

    @property
    def warnings(self) -> int:
        return len(self.issues) - self.errors


ADD_CASES = (
    f"Add the sample on its {SH_CASES} sheet: a row per case with Case ref, Auditor, Agency, "
    f"and a Family ref shared by siblings."
)


def _nothing(step: str, message: str) -> Report:
    """A step with nothing to work on: it wrote nothing and says what to do first (exit 1)."""
    return Report(step, attention=[message], exit_code=1)


def init(
    folder: Path,
    cases_file: Path | None = None,
    sample: int | None = None,
    seed: int | None = None,
    audit_name: str | None = None,
) -> Report:
    from .audit import init_audit

    result = init_audit(folder, cases_file, sample, seed, audit_name)
    setup = result.setup
    n = len(setup.cases)
    how = (
        f"a simple random sample of {n} from {result.drawn_from} (seed {seed or 0})"
        if result.drawn_from is not None
        else f"{n} cases"
    )
    if n == 0:
        line = (
            f"Created {folder / SETUP_FILE} with no cases yet. {ADD_CASES} Then run: "
            f"needsaudit forms {folder}"
        )
    else:
        line = (
            f"Created {folder / SETUP_FILE}: {how}, {len(setup.auditors)} auditor(s). "
            f"Check the settings and lists there, then run: needsaudit forms {folder}"
        )
    return Report(
        "init",
        lines=[line, f"Auditors' completed forms go in {folder / RETURNS_DIR}."],
        issues=list(result.issues),
        produced=[folder / SETUP_FILE],
    )


def forms(
    folder: Path, auditor: str | None = None, force: bool = False, progress: Progress = _quiet
) -> Report:
    from .audit import read_setup
    from .forms import make_forms
    from .names import FORMS_DIR

    setup = read_setup(folder)
    total = len(setup.cases)
    if total == 0 and not any(i.code == "bad-sample-row" for i in setup.issues):
        return _nothing(
            "forms",
            f"{folder / SETUP_FILE} has no cases yet, so no forms were written. {ADD_CASES} "
            f"Then run: needsaudit forms {folder}",
        )
    result = make_forms(
        folder,
        auditor,
        force,
        progress=lambda done: progress("Writing forms", done, total),
        setup=setup,
    )
    parts = [f"{len(result.written)} new"]
    if result.rewritten:
        parts.append(f"{len(result.rewritten)} rewritten")
    if result.unchanged:
        parts.append(f"{len(result.unchanged)} already there")
    if result.kept:
        parts.append(f"{len(result.kept)} changed by someone and kept")
    report = Report(
        "forms",
        lines=[f"Forms in {folder / FORMS_DIR}: {', '.join(parts)}."],
        issues=list(result.issues),
        produced=[folder / FORMS_DIR],
    )
    if result.no_form:
        report.attention.append(f"{len(result.no_form)} case(s) got no form: see above.")
        report.exit_code = 1
    return report


def _read(
    folder: Path, passwords: Sequence[str], progress: Progress
) -> tuple[Setup, ReturnsResult]:
    from .audit import read_setup
    from .returns import read_returns

    setup = read_setup(folder)
    result = read_returns(
        folder,
        setup,
        passwords,
        progress=lambda done, total: progress("Reading returns", done, total),
    )
    return setup, result


def check(folder: Path, passwords: Sequence[str] = (), progress: Progress = _quiet) -> Report:
    _, result = _read(folder, passwords, progress)
    items = sort_issues(result.issues)
    errors = sum(1 for i in items if i.is_error)
    files = {r.file for r in result.returns if r.has_errors}
    report = Report(
        "check",
        lines=[
            f"{len(result.returns)} file(s) read: {len(result.chosen)} case(s) ready to merge, "
            f"{len(files)} file(s) with errors ({errors} error(s)), "
            f"{len(items) - errors} warning(s)."
        ],
        issues=items,
    )
    report.exit_code = 1 if result.has_errors else 0
    return report


def status(folder: Path, passwords: Sequence[str] = (), progress: Progress = _quiet) -> Report:
    from .returns import auditor_status

    setup, result = _read(folder, passwords, progress)
    rows = auditor_status(folder, setup, result)
    report = Report("status", status=rows, issues=sort_issues(result.issues))
    sent = sum(r.sent for r in rows)
    returned = sum(r.returned for r in rows)
    outstanding = sum(len(r.outstanding) for r in rows)
    errors = sum(len(r.with_errors) for r in rows)
    report.lines.append(
        f"{sent} form(s) sent, {returned} returned, {outstanding} outstanding, "
        f"{errors} returned with errors."
    )
    unread = [r for r in result.returns if not r.is_form]
    foreign = [r for r in result.returns if r.is_form and setup.case(r.case_ref) is None]
    if unread or foreign:
        report.lines.append(
            f"{len(unread)} file(s) could not be read as forms of this audit and "
            f"{len(foreign)} return(s) name cases not in the sample: see 'needsaudit check'."
        )
    return report


def merge(
    folder: Path,
    passwords: Sequence[str] = (),
    ignore_lock: bool = False,
    progress: Progress = _quiet,
) -> Report:
    from .audit import read_setup
    from .shuffle import merge as do_merge

    setup = read_setup(folder)
    try:
        result = do_merge(
            folder,
            passwords,
            ignore_lock,
            progress=lambda done, total: progress("Reading returns", done, total),
            setup=setup,
        )
    except NothingToDo as exc:
        return _nothing("merge", str(exc))
    cases = sum(1 for r in result.rows if r.key)
    parts = [
        f"{len(result.new)} new",
        f"{len(result.changed)} changed",
        f"{len(result.unchanged)} unchanged",
    ]
    if result.missing:
        parts.append(f"{len(result.missing)} with their return missing")
    report = Report(
        "merge",
        lines=[f"Wrote {result.path}: {cases} cases ({', '.join(parts)})."],
        issues=list(result.issues),
        produced=[result.path],
    )
    if result.backup is not None:
        report.lines.append(f"The previous workbook is in {result.backup}.")
    if result.rejected:
        report.attention.append(
            f"{len(result.rejected)} return(s) were rejected: run 'needsaudit check {folder}' "
            f"to see why."
        )
        report.exit_code = 1
    return report


def suggest(folder: Path, k: int | None = None, seed: int = 0) -> Report:
    from .suggest import suggest as do_suggest

    try:
        result = do_suggest(folder, k=k, seed=seed)
    except NothingToDo as exc:
        return _nothing("suggest", str(exc))
    sizes = ", ".join(f"{s.label} ({len(s.members)})" for s in result.suggestions)
    report = Report(
        "suggest",
        lines=[f"Wrote suggestions to {result.path}: {result.k} groups: {sizes}."],
        produced=[result.path],
    )
    if result.agreement is not None:
        a = result.agreement
        mean = sum(a.case_agreement) / len(a.case_agreement) if a.case_agreement else 0
        report.lines.append(
            f"{len(result.sorters)} sorter(s), {len(a.keys)} cases sorted: mean agreement "
            f"{mean:.0%}; consensus proposes {len(a.consensus_names)} groups (sheet Agreement)."
        )
    else:
        report.lines.append("No sorters yet: they can record their groupings on the Sorting sheet.")
    return report


def summarise(folder: Path, ignore_lock: bool = False) -> Report:
    from .summary import summarise as do_summarise

    try:
        result = do_summarise(folder, ignore_lock=ignore_lock)
    except NothingToDo as exc:
        return _nothing("summarise", str(exc))
    s = result.summary
    grouped = sum(g.cases for g in s.groups)
    report = Report(
        "summarise",
        lines=[
            f"Wrote {result.paths[0]} and {result.paths[1]}.",
            f"{s.n} cases: {grouped} in {len(s.groups)} Need Group(s).",
        ],
        issues=list(result.issues),
        produced=list(result.paths),
    )
    for label, refs in (
        ("Not grouped yet", result.not_grouped),
        ("Parked", result.parked),
        ("In a group that is not defined", result.undefined),
    ):
        if refs:
            report.lines.append(f"{label} ({len(refs)}): {', '.join(refs)}")
    if result.undefined:
        report.attention.append(
            "Define these groups on the Need Groups sheet, or fix the names: "
            + ", ".join(sorted(s.undefined))
        )
        report.exit_code = 1
    return report


def demo(
    folder: Path,
    n_cases: int = 100,
    seed: int = 2026,
    echo: Callable[[str], None] | None = None,
    progress: Progress = _quiet,
) -> Report:
    from .demo import run_demo

    result = run_demo(folder, n_cases=n_cases, seed=seed, echo=echo, progress=progress)
    return Report(
        "demo",
        lines=list(result.report),
        produced=[folder / SHUFFLE_FILE, folder / SUMMARY_FILE],
    )
