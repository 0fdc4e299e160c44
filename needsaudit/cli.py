"""The command line: parses options, calls one library function per step, prints.

Exit status (contract): 0 done; 1 done, but something needs the user's attention (a case got
no form, a return has errors, returns were rejected...); 2 nothing was done, with one line on
stderr saying why and what to do.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from . import __version__, i18n
from .files import printable
from .i18n import _, current
from .issues import Issue, NeedsAuditError, sort_issues
from .names import MAX_SUGGESTED
from .steps import Report
from .workbook import write_failure

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
F = TypeVar("F", bound=Callable[..., Any])


def safe(text: object) -> str:
    """Text for the terminal: file names, lock owners and sheet names come from anyone's
    files, so control characters are shown escaped, never sent (line breaks are kept)."""
    return "\n".join(printable(line) for line in str(text).split("\n"))


class Stop(click.ClickException):
    """Exit 2 with one line on stderr (contract)."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"needsaudit: {printable(self.message)}", err=True)


class AuditGroup(click.Group):
    """Turns the package's root exception into a clear message and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NeedsAuditError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            for line in getattr(exc, "issues", []):
                if line.is_error:
                    where = f"{line.file}: " if line.file else ""
                    message = line.message.replace("\n", "\n    ")  # bilingual: English beneath
                    click.echo(safe(f"  {where}{_location(line)}{message}"), err=True)
            raise Stop(str(exc)) from exc
        except OSError as exc:
            # A full disk, a folder without permission: one line and exit 2, like any other
            # reason to stop (the library's writes are atomic, so nothing is half written).
            if ctx.obj and ctx.obj.get("debug"):
                raise
            folder = Path(exc.filename).parent if isinstance(exc.filename, str) else Path()
            raise Stop(write_failure(exc, folder)) from exc


@click.group(cls=AuditGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="needsaudit")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.option(
    "--lang",
    type=click.Choice(i18n.CHOICES),
    envvar=i18n.ENV,
    help="Messages in English (en), Welsh (cy) or both, Welsh first (cy+en). Default: the "
    "audit's Language setting. Or set NEEDSAUDIT_LANG.",
)
@click.pass_context
def main(ctx: click.Context, debug: bool, lang: str | None) -> None:
    """Run a needs-led case audit of children's services through Excel.

    \b
    The steps, each one command on the audit folder:
      needsaudit init my-audit --cases sample.csv     set up the audit
      needsaudit forms my-audit                       one form per case
      needsaudit status my-audit                      who has returned what
      needsaudit check my-audit                       every problem in every return
      needsaudit merge my-audit                       the shuffle workbook for the meeting
      needsaudit suggest my-audit                     suggested groups, similar cases (advice)
      needsaudit summarise my-audit                   the commissioners' summaries
      needsaudit coordinator my-audit                 workbooks to run every step from Excel
      needsaudit archive my-audit                     take the case-level files out at the end
    Try it all on a fictional audit with 'needsaudit demo'.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    i18n.forget()  # nothing left from an earlier command in this process (tests, Excel)
    i18n.choose(lang)
    ctx.call_on_close(i18n.forget)


def audit_dir(func: F) -> F:
    return click.argument(
        "folder",
        metavar="DIR",
        type=click.Path(file_okay=False, path_type=Path),
    )(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(func)


def _location(item: Issue) -> str:
    parts = []
    if item.sheet and item.cell:
        parts.append(f"{item.sheet}!{item.cell}")
    elif item.sheet:
        parts.append(item.sheet)
    return (" ".join(parts) + ": ") if parts else ""


def print_issues(items: Sequence[Issue], err: bool = True, limit: int | None = None) -> None:
    """Issues grouped by file, errors first, each with where it is and what to do."""
    current: str | None = None
    for shown, item in enumerate(sort_issues(items)):
        if limit is not None and shown >= limit:
            click.echo(
                "  " + _("... and {n} more (see --json)").format(n=len(items) - shown), err=err
            )
            break
        if item.file != current:
            current = item.file
            click.echo(click.style(safe(item.file or "(audit)"), bold=True), err=err)
        mark = (
            click.style(i18n.current().label(i18n.M("severity.error", "error")), fg="red")
            if item.is_error
            else click.style(
                i18n.current().label(i18n.M("severity.warning", "warning")), fg="yellow"
            )
        )
        ref = (
            f"[{item.case_ref}] "
            if item.case_ref and item.case_ref not in (item.file or "")
            else ""
        )
        message = item.message.replace("\n", "\n    ")  # bilingual: the English beneath
        text = safe(f"{item.code}: {ref}{_location(item)}{message}")
        click.echo(f"  {mark} {text}", err=err)  # the mark's colour codes are ours


class _Bars:
    """Progress for steps.Progress callbacks: one bar per label, on stderr, only on a terminal
    (quiet when piped or with NEEDSAUDIT_QUIET, so scripts and tests see clean output)."""

    def __init__(self) -> None:
        self.label: str | None = None
        self.bar: Any = None
        self.done = 0
        self.enabled = not os.environ.get("NEEDSAUDIT_QUIET") and sys.stderr.isatty()

    def __call__(self, label: str, done: int, total: int) -> None:
        if not self.enabled or total < 2:
            return
        if label != self.label or done < self.done or self.bar is None:
            self.close()
            self.label, self.done = label, 0
            self.bar = click.progressbar(
                length=total, label=current().label(label), file=sys.stderr, show_pos=True
            ).__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@contextmanager
def progress() -> Iterator[_Bars]:
    bars = _Bars()
    try:
        yield bars
    finally:
        bars.close()


def show(report: Report, issues_limit: int | None = None, issues_to_stderr: bool = True) -> None:
    """Print a step's report: issues, what happened, what needs attention; exit 1 if asked."""
    if report.issues:
        print_issues(report.issues, err=issues_to_stderr, limit=issues_limit)
    for line in report.lines:
        click.echo(safe(line))
    for line in report.attention:
        click.echo(safe(line), err=True)
    if report.exit_code:
        sys.exit(report.exit_code)


def fail(message: str) -> NoReturn:
    raise Stop(message)


# --- init ---------------------------------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@audit_dir
@click.option(
    "--cases",
    "cases_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="The sample list (CSV or XLSX): Case ref, Auditor, Agency, Family ref. With --sample, "
    "the caseload list to draw from.",
)
@click.option("--sample", type=click.IntRange(min=1), help="Draw a simple random sample of N.")
@click.option(
    "--seed", type=int, default=None, help="Seed for --sample (default 0): same seed, same sample."
)
@click.option("--name", "audit_name", help="The audit's name, shown on every form.")
@click.option(
    "--language",
    type=click.Choice(i18n.CHOICES),
    help="The audit's language: en (English, the default), cy (Cymraeg) or cy+en (bilingual, "
    "Welsh first). A Welsh or bilingual audit starts from Wales's lists (Children Receiving "
    "Care and Support). Stored on the Settings sheet.",
)
def init(
    folder: Path,
    cases_file: Path | None,
    sample: int | None,
    seed: int | None,
    audit_name: str | None,
    language: str | None,
) -> None:
    """Create an audit folder with setup.xlsx and the default lists.

    \b
    Examples:
      needsaudit init my-audit --cases sample.csv
      needsaudit init my-audit --cases caseload.csv --sample 100 --seed 7
      needsaudit init fy-archwiliad --cases sampl.csv --language cy

    Other columns in the list (names, dates of birth...) are not imported. Nothing is written
    if the list has a problem; every bad row is reported.
    """
    from . import steps

    report = steps.init(folder, cases_file, sample, seed, audit_name, language)
    for item in report.issues:
        click.echo(safe(f"warning {item.code}: {item.message}"), err=True)
    report.issues = []
    show(report)


# --- forms --------------------------------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@audit_dir
@click.option("--auditor", help="Only this auditor's forms.")
@click.option(
    "--force",
    is_flag=True,
    help="Rewrite forms that nobody has changed (after editing the lists). Forms that differ "
    "from what was written are never overwritten.",
)
def forms(folder: Path, auditor: str | None, force: bool) -> None:
    """Write one audit form per sampled case into DIR/forms/<auditor>/.

    \b
    Examples:
      needsaudit forms my-audit
      needsaudit forms my-audit --auditor "Sam Patel"

    Forms already written are skipped; a form an auditor filled in place is never overwritten.
    Exit status 1 when some cases got no form.
    """
    from . import steps

    with progress() as bar:
        report = steps.forms(folder, auditor, force, progress=bar)
    show(report)


# --- returns: check and status ------------------------------------------------------------------


def password_option(func: F) -> F:
    return click.option(
        "--password-prompt",
        is_flag=True,
        help="Ask for a password for protected returns (tried after those in setup.xlsx). "
        "Or set NEEDSAUDIT_RETURNS_PASSWORD.",
    )(func)


def _passwords(prompt: bool) -> list[str]:
    if not prompt:
        return []
    return [click.prompt("Password for protected returns", hide_input=True, err=True)]


@main.command(context_settings=CONTEXT)
@audit_dir
@json_option
@password_option
def check(folder: Path, as_json: bool, password_prompt: bool) -> None:
    """Read every return and report every problem, with file, sheet, cell and what to do.

    \b
    Examples:
      needsaudit check my-audit
      needsaudit check my-audit --json > issues.json

    Returns are read from DIR/returns (any sub-folder, any file name) and from forms filled in
    place under DIR/forms. Writes nothing. Exit status 1 when any return has an error.
    """
    from . import steps

    with progress() as bar:
        report = steps.check(folder, _passwords(password_prompt), progress=bar)
    if as_json:
        click.echo(dumps([i.to_json() for i in report.issues]))
        sys.exit(report.exit_code)
    show(report, issues_to_stderr=False)


@main.command(context_settings=CONTEXT)
@audit_dir
@json_option
@password_option
def status(folder: Path, as_json: bool, password_prompt: bool) -> None:
    """Per auditor: forms sent, returned, outstanding (with case refs), returns with errors.

    \b
    Examples:
      needsaudit status my-audit
      needsaudit status my-audit --json
    """
    from . import steps

    with progress() as bar:
        report = steps.status(folder, _passwords(password_prompt), progress=bar)
    rows = report.status or []
    if as_json:
        click.echo(dumps([r.to_json() for r in rows]))
        return
    t = i18n.current()
    heads = [
        t.label(i18n.M("status.auditor", "Auditor")),
        t.label(i18n.M("status.sent", "Sent")),
        t.label(i18n.M("status.returned", "Returned")),
        t.label(i18n.M("status.outstanding", "Outstanding")),
        t.label(i18n.M("status.errors", "Errors")),
    ]
    total_word = t.label(i18n.M("status.total", "Total"))
    width = max([len(heads[0]), len(total_word), *(len(r.auditor) for r in rows)])
    w = [max(n, len(h)) for n, h in zip((5, 8, 11, 6), heads[1:], strict=True)]
    click.echo(
        f"{heads[0]:<{width}}  {heads[1]:>{w[0]}}  {heads[2]:>{w[1]}}  {heads[3]:>{w[2]}}  "
        f"{heads[4]:>{w[3]}}"
    )
    for r in rows:
        click.echo(
            safe(
                f"{r.auditor:<{width}}  {r.sent:>{w[0]}}  {r.returned:>{w[1]}}  "
                f"{len(r.outstanding):>{w[2]}}  {len(r.with_errors):>{w[3]}}"
            )
        )
    total = (sum(r.sent for r in rows), sum(r.returned for r in rows))
    outstanding = sum(len(r.outstanding) for r in rows)
    errors = sum(len(r.with_errors) for r in rows)
    click.echo(
        f"{total_word:<{width}}  {total[0]:>{w[0]}}  {total[1]:>{w[1]}}  {outstanding:>{w[2]}}  "
        f"{errors:>{w[3]}}"
    )
    if outstanding:
        click.echo("\n" + _("Outstanding (to chase):"))
        for r in rows:
            if r.outstanding:
                click.echo(
                    safe(f"  {r.auditor} ({len(r.outstanding)}): {', '.join(r.outstanding)}")
                )
    if errors:
        click.echo("\n" + _("Returned with errors (see 'needsaudit check'):"))
        for r in rows:
            if r.with_errors:
                click.echo(safe(f"  {r.auditor}: {', '.join(r.with_errors)}"))
    for line in report.lines[1:]:  # the first repeats the Total row
        click.echo(f"\n{safe(line)}")


# --- merge ------------------------------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@audit_dir
@password_option
@click.option(
    "--ignore-lock",
    is_flag=True,
    help="Write shuffle.xlsx even though a lock file says it is open (only when the program "
    "that left the lock is no longer running).",
)
def merge(folder: Path, password_prompt: bool, ignore_lock: bool) -> None:
    """Merge every good return into DIR/shuffle.xlsx for the consensus meeting.

    \b
    Examples:
      needsaudit merge my-audit
      needsaudit merge my-audit --password-prompt

    Run it again whenever more returns arrive: the group's Agreed group, Status and Notes,
    every Need Groups row, and any sheet or column the group added are kept; new cases are
    added, changed returns update their case, and a case whose return disappeared stays,
    marked 'return missing'. A backup of the previous workbook goes to DIR/.needsaudit/backups/.
    Exit status 1 when returns were rejected or in conflict (see 'needsaudit check').
    """
    from . import steps

    with progress() as bar:
        report = steps.merge(folder, _passwords(password_prompt), ignore_lock, progress=bar)
    show(report, issues_limit=40)


# --- suggest ------------------------------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@audit_dir
@click.option(
    "--groups",
    "k",
    type=click.IntRange(1, MAX_SUGGESTED),
    help="How many groups to suggest (default: chosen from the data, 3 to 12).",
)
@click.option(
    "--seed",
    default=0,
    show_default=True,
    help="Seed for the grouping: same seed, same suggestions.",
)
def suggest(folder: Path, k: int | None, seed: int) -> None:
    """Suggest groups and similar cases, and measure agreement between sorters.

    \b
    Examples:
      needsaudit suggest my-audit
      needsaudit suggest my-audit --groups 8

    Fills the tool's 'Suggested group' column on Cases and writes the Suggestions, Similar
    cases, Sorting (once, for sorters to fill), Group names and Agreement sheets of
    DIR/shuffle.xlsx. Advice only: the group's Agreed group, Status and Notes are never
    touched. Run it again after merging new returns or after sorters fill the Sorting sheet.
    """
    from . import steps

    show(steps.suggest(folder, k=k, seed=seed))


# --- summarise ----------------------------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@audit_dir
@click.option(
    "--ignore-lock", is_flag=True, help="Write even though a lock file says a summary is open."
)
def summarise(folder: Path, ignore_lock: bool) -> None:
    """Write the commissioners' summary.xlsx and summary-public.xlsx from shuffle.xlsx.

    \b
    Examples:
      needsaudit summarise my-audit
      needsaudit summarize my-audit

    Reads the shuffle workbook as the group left it and the settings in setup.xlsx. The
    summaries hold no case ref and no auditor's name; the public one hides small numbers.
    Cases not in a group are listed here by case ref, never in the workbooks. Exit status 1
    when cases name groups that are not defined on the Need Groups sheet.
    """
    from . import steps

    show(steps.summarise(folder, ignore_lock=ignore_lock))


main.add_command(summarise, "summarize")


# --- coordinator ------------------------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@click.argument(
    "folder", metavar="[DIR]", required=False, type=click.Path(file_okay=False, path_type=Path)
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the workbooks (default: DIR, else the current folder).",
)
def coordinator(folder: Path | None, out: Path | None) -> None:
    """Write the coordinator workbooks, to run every step from Excel.

    \b
    Examples:
      needsaudit coordinator my-audit            into the audit folder, pointing at it
      needsaudit coordinator --out workbooks     blank: type the folder in Excel

    needsaudit_coordinator.xlsm has a button per step (it needs Python, needsaudit and the
    xlwings add-in on the computer running Excel). needsaudit_coordinator.xlsx has no macros,
    for councils that block them: use the xlwings tab's Run main. Both show, beside each step,
    the command that does the same without Excel. Built from macros/*.bas; never edit by hand.
    """
    from .audit import not_an_audit
    from .coordinator import build_coordinator
    from .names import SETUP_FILE

    if folder is not None and not (folder / SETUP_FILE).exists():
        # A typo must not make a folder: the workbooks would point at an audit that is not there.
        raise not_an_audit(folder)
    target = out or folder or Path()
    if folder is None:
        typed = ""
        language = i18n.current_setting()  # --lang or NEEDSAUDIT_LANG, else English
    else:
        from .audit import read_setup

        language = read_setup(folder).settings.language  # the audit's
        i18n.for_audit(language)
        typed = "." if target.resolve() == folder.resolve() else str(folder.resolve())
    paths = build_coordinator(target, typed, language=language)
    click.echo(
        i18n._("Wrote {xlsm} (buttons) and {xlsx} (no macros).").format(
            xlsm=paths[0], xlsx=paths[1]
        )
    )
    if typed:
        click.echo(
            i18n._("Their audit folder is {folder}; open one in Excel and click a button.").format(
                folder=folder
            )
        )
    else:
        click.echo(
            i18n._("Open one in Excel, type the audit folder on the Control sheet, click a button.")
        )


def _ask(question: Callable[[], object]) -> object:
    """A prompt; no answer (end of input, Ctrl+C) means no consent (exit 2, nothing done)."""
    try:
        return question()
    except click.Abort:
        fail("No answer: nothing was changed.")


# --- archive ----------------------------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@audit_dir
@click.option(
    "--to",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The archive to write (default: 'case-level archive <folder> <date>.zip' in DIR).",
)
@click.option(
    "--delete",
    "delete_only",
    is_flag=True,
    help="Delete the case-level files without keeping an archive (asks you to type the "
    "folder's name).",
)
@click.option("--dry-run", is_flag=True, help="Only list what would go and what would stay.")
@click.option("--yes", is_flag=True, help="Do not ask (for scripts, after a --dry-run).")
def archive(folder: Path, target: Path | None, delete_only: bool, dry_run: bool, yes: bool) -> None:
    """At the end of an audit, take the case-level files out of DIR.

    \b
    Examples:
      needsaudit archive my-audit --dry-run
      needsaudit archive my-audit --to "E:/Secure/needs audit 2026.zip"
      needsaudit archive my-audit --delete

    Case-level: returns, forms, shuffle.xlsx, setup.xlsx (the sample list), the backups, logs
    and state in .needsaudit/, and coordinator workbooks. They are packed into one AES-256
    encrypted zip (open it with 7-Zip or WinZip), every file is checked in the archive, and
    only then are the originals deleted. The summaries stay. Files needsaudit did not write
    are left alone and listed. Nothing happens without your consent. The password is asked
    twice, or read from NEEDSAUDIT_ARCHIVE_PASSWORD.
    """
    from .archive import (
        check_password,
        check_target,
        default_target,
        inventory,
        remove,
        write_archive,
    )
    from .workbook import now

    inv = inventory(folder)
    if inv.open_workbooks:
        fail(
            f"{', '.join(map(str, inv.open_workbooks))} open in Excel or LibreOffice (a lock "
            f"file is beside it): close it, then run again. Nothing was changed."
        )
    if not inv.case_level:
        click.echo(safe(f"No case-level files in {folder}: nothing to do."))
        return
    target = target or default_target(folder, f"{now():%Y-%m-%d}")
    if not delete_only and not dry_run:
        check_target(inv, target)
    click.echo(
        safe(f"Case-level files in {folder} ({len(inv.case_level)}, {inv.size / 1e6:.1f} MB):")
    )
    for line in inv.summary():
        click.echo(safe(f"  {line}"))
    click.echo(safe("Staying (aggregate): " + (", ".join(map(str, inv.aggregate)) or "none")))
    if inv.other:
        click.echo("Not written by needsaudit, left alone (check them yourself):")
        for path in inv.other:
            click.echo(safe(f"  {path.as_posix()}"))
    if inv.links:
        click.echo("Links, never followed, left alone (check where they lead yourself):")
        for path in inv.links:
            click.echo(safe(f"  {path.as_posix()}"))
    if dry_run:
        return
    if delete_only:
        if not yes:
            typed = _ask(
                lambda: click.prompt(
                    f"These files will be deleted for good, with no archive. Type the "
                    f"folder's name ({folder.resolve().name}) to go ahead",
                    default="",
                    show_default=False,
                )
            )
            if str(typed).strip() != folder.resolve().name:
                fail("Not confirmed: nothing was changed.")
        remove(inv)
        click.echo(f"Deleted {len(inv.case_level)} case-level files from {folder}.")
        return
    password = os.environ.get("NEEDSAUDIT_ARCHIVE_PASSWORD") or _ask(
        lambda: click.prompt(
            "Password for the archive", hide_input=True, confirmation_prompt=True, err=True
        )
    )
    check_password(str(password))
    if not yes and not _ask(
        lambda: click.confirm(
            f"Archive these {len(inv.case_level)} files into {target} and then delete them "
            f"from {folder}?",
            default=False,
        )
    ):
        fail("Not confirmed: nothing was changed.")
    with progress() as bar:
        write_archive(inv, target, str(password), progress=bar)
    remove(inv)
    click.echo(
        f"Archived {len(inv.case_level)} files into {target} (AES-256; every file checked), "
        f"then deleted them from {folder}. Keep the password apart from the archive."
    )


# --- demo ---------------------------------------------------------------------------------------


@main.command(context_settings=CONTEXT)
@click.argument(
    "folder",
    metavar="[DIR]",
    required=False,
    default=Path("needsaudit-demo"),
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option(
    "--cases",
    "n_cases",
    default=100,
    show_default=True,
    type=click.IntRange(60, 2000),
    help="How many fictional cases.",
)
@click.option("--seed", default=2026, show_default=True, help="Seed for the fictional audit.")
def demo(folder: Path, n_cases: int, seed: int) -> None:
    """Run a complete fictional audit in DIR (default ./needsaudit-demo).

    \b
    Example:
      needsaudit demo            then open needsaudit-demo/ in Excel or LibreOffice

    Every stage runs on invented cases (no real people, places or identifiers). DIR is
    replaced if it holds an earlier demo, and refused if it holds anything else.
    """
    from . import steps

    with progress() as bar:

        def echo(line: str) -> None:
            bar.close()  # finish a stage's bar before saying what the stage did
            click.echo(line)

        report = steps.demo(folder, n_cases=n_cases, seed=seed, echo=echo, progress=bar)
    show(report)


def run() -> None:  # pragma: no cover - console entry point
    main(prog_name="needsaudit")


def dumps(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)
