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
from .i18n import _, in_each_language, ngettext
from .issues import Issue, NothingToDo, sort_issues
from .names import (
    READING_RETURNS,
    RETURNS_DIR,
    SETUP_FILE,
    SH_CASES,
    SH_S_AGREEMENT,
    SH_S_GROUPS,
    SH_S_SORTING,
    SH_S_SUGGESTIONS,
    SHUFFLE_FILE,
    SUMMARY_FILE,
    WRITING_FORMS,
)
from .returns import AuditorStatus, ReturnsResult
from .shufflewords import Words

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


def add_cases() -> str:
    """How to add the sample, in the current message language."""
    return _(
        "Add the sample on its {sheet} sheet: a row per case with Case ref, Auditor, Agency, "
        "and a Family ref shared by siblings."
    ).format(sheet=SH_CASES)


# Counts that are part of a sentence: each takes its own plural form, in each language.
def files_(n: int) -> str:
    return ngettext("{n} file", "{n} files", n).format(n=n)


def cases_(n: int) -> str:
    return ngettext("{n} case", "{n} cases", n).format(n=n)


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
    if language:
        # The list's problems are reported before any setup.xlsx holds the language.
        i18n.for_audit(language)
    result = init_audit(folder, cases_file, sample, seed, audit_name, settings=settings)
    setup = result.setup
    i18n.for_audit(setup.settings.language)
    n = len(setup.cases)

    def line() -> str:
        how = (
            ngettext(
                "a simple random sample of {n} from {frame} (seed {seed})",
                "a simple random sample of {n} from {frame} (seed {seed})",
                n,
            ).format(n=n, frame=result.drawn_from, seed=seed or 0)
            if result.drawn_from is not None
            else cases_(n)
        )
        auditors = ngettext("{n} auditor", "{n} auditors", len(setup.auditors)).format(
            n=len(setup.auditors)
        )
        if n == 0:
            return _(
                "Created {setup} with no cases yet. {add} Then run: needsaudit forms {folder}"
            ).format(setup=folder / SETUP_FILE, add=add_cases(), folder=folder)
        return _(
            "Created {setup}: {how}, {auditors}. Check the settings and lists there, then "
            "run: needsaudit forms {folder}"
        ).format(setup=folder / SETUP_FILE, how=how, auditors=auditors, folder=folder)

    return Report(
        "init",
        lines=[
            in_each_language(line),
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
            in_each_language(
                lambda: _(
                    "{setup} has no cases yet, so no forms were written. {add} Then run: "
                    "needsaudit forms {folder}"
                ).format(setup=folder / SETUP_FILE, add=add_cases(), folder=folder)
            ),
        )
    result = make_forms(
        folder,
        auditor,
        force,
        progress=lambda done: progress(WRITING_FORMS, done, total),
        setup=setup,
    )

    def counts() -> str:
        n = len(result.written)
        parts = [ngettext("{n} new", "{n} new", n).format(n=n)]
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
        return _("Forms in {folder}: {counts}.").format(
            folder=folder / FORMS_DIR, counts=", ".join(parts)
        )

    report = Report(
        "forms",
        lines=[in_each_language(counts)],
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
        progress=lambda done, total: progress(READING_RETURNS, done, total),
    )
    return setup, result


def check(folder: Path, passwords: Sequence[str] = (), progress: Progress = _quiet) -> Report:
    _setup, result = _read(folder, passwords, progress)
    items = sort_issues(result.issues)
    errors = sum(1 for i in items if i.is_error)
    files = {r.file for r in result.returns if r.has_errors}

    def line() -> str:
        return _(
            "{files} read: {ready} ready to merge, {bad} with errors ({errors}), {warnings}."
        ).format(
            files=files_(len(result.returns)),
            ready=cases_(len(result.chosen)),
            bad=files_(len(files)),
            errors=ngettext("{n} error", "{n} errors", errors).format(n=errors),
            warnings=ngettext("{n} warning", "{n} warnings", len(items) - errors).format(
                n=len(items) - errors
            ),
        )

    report = Report(
        "check",
        lines=[in_each_language(line)],
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
        in_each_language(
            lambda: _(
                "Forms sent: {sent}; returned: {returned}; outstanding: {outstanding}; returned "
                "with errors: {errors}."
            ).format(sent=sent, returned=returned, outstanding=outstanding, errors=errors)
        )
    )
    unread = [r for r in result.returns if not r.is_form]
    foreign = [r for r in result.returns if r.is_form and setup.case(r.case_ref) is None]
    if unread or foreign:
        report.lines.append(
            in_each_language(
                lambda: _(
                    "Not read as forms of this audit: {unread}. Returns that name cases not in "
                    "the sample: {foreign}. See 'needsaudit check'."
                ).format(unread=files_(len(unread)), foreign=len(foreign))
            )
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
            progress=lambda done, total: progress(READING_RETURNS, done, total),
            setup=setup,
        )
    except NothingToDo as exc:
        return _nothing("merge", str(exc))
    cases = sum(1 for r in result.rows if r.key)

    def line() -> str:
        parts = [
            ngettext("{n} new", "{n} new", len(result.new)).format(n=len(result.new)),
            ngettext("{n} changed", "{n} changed", len(result.changed)).format(
                n=len(result.changed)
            ),
            ngettext("{n} unchanged", "{n} unchanged", len(result.unchanged)).format(
                n=len(result.unchanged)
            ),
        ]
        if result.missing:
            n = len(result.missing)
            parts.append(
                ngettext("{n} with its return missing", "{n} with their return missing", n).format(
                    n=n
                )
            )
        return ngettext(
            "Wrote {path}: {n} case ({counts}).", "Wrote {path}: {n} cases ({counts}).", cases
        ).format(path=result.path, n=cases, counts=", ".join(parts))

    report = Report(
        "merge",
        lines=[in_each_language(line)],
        issues=list(result.issues),
        produced=[result.path],
    )
    if result.backup is not None:
        report.lines.append(_("The previous workbook is in {path}.").format(path=result.backup))
    if result.rejected:
        n = len(result.rejected)
        report.attention.append(
            ngettext(
                "{n} return was rejected: run 'needsaudit check {folder}' to see why.",
                "{n} returns were rejected: run 'needsaudit check {folder}' to see why.",
                n,
            ).format(n=n, folder=folder)
        )
        report.exit_code = 1
    return report


def suggest(folder: Path, k: int | None = None, seed: int = 0) -> Report:
    from .audit import read_setup
    from .suggest import suggest as do_suggest

    setup = read_setup(folder)
    i18n.for_audit(setup.settings.language)
    try:
        result = do_suggest(folder, k=k, seed=seed, setup=setup)
    except NothingToDo as exc:
        return _nothing("suggest", str(exc))
    sizes = ", ".join(f"{s.label} ({len(s.members)})" for s in result.suggestions)

    def groups_(n: int) -> str:
        return ngettext("{n} group", "{n} groups", n).format(n=n)

    report = Report(
        "suggest",
        lines=[
            in_each_language(
                lambda: _("Wrote suggestions to {path}: {groups}: {sizes}.").format(
                    path=result.path, groups=groups_(result.k), sizes=sizes
                )
            )
        ],
        produced=[result.path],
    )
    if result.runners_up:
        # Separation changes little between neighbouring numbers of groups: say which others
        # the group might ask for, and how.
        first, *rest = result.runners_up
        report.lines.append(
            in_each_language(
                lambda: (
                    (
                        _("Next best separated: {first} groups, then {second}.").format(
                            first=first, second=rest[0]
                        )
                        if rest
                        else _("Next best separated: {first} groups.").format(first=first)
                    )
                    + " "
                    + _(
                        "To see {first} groups: 'needsaudit suggest {folder} --groups {first}'."
                    ).format(folder=folder, first=first)
                )
            )
        )
    between = sum(len(s.discuss) for s in result.suggestions)
    if between:
        # Where the suggestions are least sure: the group should read these cases first.
        report.lines.append(
            in_each_language(
                lambda: ngettext(
                    "{n} case sits between two suggestions: see '{column}' on {sheet}.",
                    "{n} cases sit between two suggestions: see '{column}' on {sheet}.",
                    between,
                ).format(
                    n=between,
                    column=Words(setup.settings.language).head("Cases to discuss"),
                    sheet=Words(setup.settings.language).sheet(SH_S_SUGGESTIONS),
                )
            )
        )
    if result.agreement is not None:
        a = result.agreement
        mean = sum(a.case_agreement) / len(a.case_agreement) if a.case_agreement else 0
        report.lines.append(
            in_each_language(
                lambda: _(
                    "{sorters}, {cases} sorted: mean agreement {mean}; consensus proposes "
                    "{groups} (sheet {sheet})."
                ).format(
                    sorters=ngettext("{n} sorter", "{n} sorters", len(result.sorters)).format(
                        n=len(result.sorters)
                    ),
                    cases=cases_(len(a.keys)),
                    mean=f"{mean:.0%}",
                    groups=groups_(len(a.consensus_names)),
                    sheet=Words(setup.settings.language).sheet(SH_S_AGREEMENT),
                )
            )
        )
    else:
        report.lines.append(
            _("No sorters yet: they can record their groupings on the {sheet} sheet.").format(
                sheet=Words(setup.settings.language).sheet(SH_S_SORTING)
            )
        )
    return report


def summarise(folder: Path, ignore_lock: bool = False) -> Report:
    from .audit import read_setup
    from .summary import summarise as do_summarise

    setup = read_setup(folder)
    i18n.for_audit(setup.settings.language)
    try:
        result = do_summarise(folder, setup=setup, ignore_lock=ignore_lock)
    except NothingToDo as exc:
        return _nothing("summarise", str(exc))
    s = result.summary
    grouped = sum(g.cases for g in s.groups)
    report = Report(
        "summarise",
        lines=[
            _("Wrote {internal} and {public}.").format(
                internal=result.paths[0], public=result.paths[1]
            ),
            in_each_language(
                lambda: _("{cases}: {grouped} in {groups}.").format(
                    cases=cases_(s.n),
                    grouped=grouped,
                    groups=ngettext("{n} Need Group", "{n} Need Groups", len(s.groups)).format(
                        n=len(s.groups)
                    ),
                )
            ),
        ],
        issues=list(result.issues),
        produced=list(result.paths),
    )
    for label, refs in (
        (_("Not grouped yet ({n}): {refs}"), result.not_grouped),
        (_("Parked ({n}): {refs}"), result.parked),
        (_("In a group that is not defined ({n}): {refs}"), result.undefined),
    ):
        if refs:
            report.lines.append(label.format(n=len(refs), refs=", ".join(refs)))
    if result.undefined:
        report.attention.append(
            _("Define these groups on the {sheet} sheet, or fix the names: {names}").format(
                sheet=Words(setup.settings.language).sheet(SH_S_GROUPS),
                names=", ".join(sorted(s.undefined)),
            )
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
