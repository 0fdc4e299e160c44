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

from . import i18n
from .i18n import _, ngettext
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
    language: str | None = None,
) -> Report:
    from .audit import Settings, init_audit

    settings = Settings(language=language) if language else None
    result = init_audit(folder, cases_file, sample, seed, audit_name, settings=settings)
    setup = result.setup
    i18n.for_audit(setup.settings.language)
    n = len(setup.cases)
    how = (
        ngettext(
            "a simple random sample of {n} from {frame} (seed {seed})",
            "a simple random sample of {n} from {frame} (seed {seed})",
            n,
        ).format(n=n, frame=result.drawn_from, seed=seed or 0)
        if result.drawn_from is not None
        else ngettext("{n} case", "{n} cases", n).format(n=n)
    )
    auditors = ngettext("{n} auditor(s)", "{n} auditor(s)", len(setup.auditors)).format(
        n=len(setup.auditors)
    )
    if n == 0:
        line = _(
            "Created {setup} with no cases yet. {add} Then run: needsaudit forms {folder}"
        ).format(setup=folder / SETUP_FILE, add=ADD_CASES, folder=folder)
    else:
        line = _(
            "Created {setup}: {how}, {auditors}. Check the settings and lists there, then "
            "run: needsaudit forms {folder}"
        ).format(setup=folder / SETUP_FILE, how=how, auditors=auditors, folder=folder)
    return Report(
        "init",
        lines=[
            line,
            _("Auditors' completed forms go in {folder}.").format(folder=folder / RETURNS_DIR),
        ],
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
    i18n.for_audit(setup.settings.language)
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
    parts = [ngettext("{n} new", "{n} new", len(result.written)).format(n=len(result.written))]
    if result.rewritten:
        n = len(result.rewritten)
        parts.append(ngettext("{n} rewritten", "{n} rewritten", n).format(n=n))
    if result.unchanged:
        n = len(result.unchanged)
        parts.append(ngettext("{n} already there", "{n} already there", n).format(n=n))
    if result.kept:
        n = len(result.kept)
        parts.append(
            ngettext(
                "{n} changed by someone and kept", "{n} changed by someone and kept", n
            ).format(n=n)
        )
    report = Report(
        "forms",
        lines=[
            _("Forms in {folder}: {counts}.").format(
                folder=folder / FORMS_DIR, counts=", ".join(parts)
            )
        ],
        issues=list(result.issues),
        produced=[folder / FORMS_DIR],
    )
    if result.no_form:
        n = len(result.no_form)
        report.attention.append(
            ngettext(
                "{n} case got no form: see above.", "{n} cases got no form: see above.", n
            ).format(n=n)
        )
        report.exit_code = 1
    return report


def _read(
    folder: Path, passwords: Sequence[str], progress: Progress
) -> tuple[Setup, ReturnsResult]:
    from .audit import read_setup
    from .returns import read_returns

    setup = read_setup(folder)
    i18n.for_audit(setup.settings.language)
    result = read_returns(
        folder,
        setup,
        passwords,
        progress=lambda done, total: progress("Reading returns", done, total),
    )
    return setup, result


def check(folder: Path, passwords: Sequence[str] = (), progress: Progress = _quiet) -> Report:
    _setup, result = _read(folder, passwords, progress)
    items = sort_issues(result.issues)
    errors = sum(1 for i in items if i.is_error)
    files = {r.file for r in result.returns if r.has_errors}
    report = Report(
        "check",
        lines=[
            _(
                "{files} file(s) read: {ready} case(s) ready to merge, {bad} file(s) with errors "
                "({errors} error(s)), {warnings} warning(s)."
            ).format(
                files=len(result.returns),
                ready=len(result.chosen),
                bad=len(files),
                errors=errors,
                warnings=len(items) - errors,
            )
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
        _(
            "{sent} form(s) sent, {returned} returned, {outstanding} outstanding, {errors} "
            "returned with errors."
        ).format(sent=sent, returned=returned, outstanding=outstanding, errors=errors)
    )
    unread = [r for r in result.returns if not r.is_form]
    foreign = [r for r in result.returns if r.is_form and setup.case(r.case_ref) is None]
    if unread or foreign:
        report.lines.append(
            _(
                "{unread} file(s) could not be read as forms of this audit and {foreign} "
                "return(s) name cases not in the sample: see 'needsaudit check'."
            ).format(unread=len(unread), foreign=len(foreign))
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
    i18n.for_audit(setup.settings.language)
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
        ngettext("{n} new", "{n} new", len(result.new)).format(n=len(result.new)),
        ngettext("{n} changed", "{n} changed", len(result.changed)).format(n=len(result.changed)),
        ngettext("{n} unchanged", "{n} unchanged", len(result.unchanged)).format(
            n=len(result.unchanged)
        ),
    ]
    if result.missing:
        n = len(result.missing)
        parts.append(
            ngettext("{n} with its return missing", "{n} with their return missing", n).format(n=n)
        )
    report = Report(
        "merge",
        lines=[
            ngettext(
                "Wrote {path}: {n} case ({counts}).", "Wrote {path}: {n} cases ({counts}).", cases
            ).format(path=result.path, n=cases, counts=", ".join(parts))
        ],
        issues=list(result.issues),
        produced=[result.path],
    )
    if result.backup is not None:
        report.lines.append(_("The previous workbook is in {path}.").format(path=result.backup))
    if result.rejected:
        report.attention.append(
            _("{n} return(s) were rejected: run 'needsaudit check {folder}' to see why.").format(
                n=len(result.rejected), folder=folder
            )
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
