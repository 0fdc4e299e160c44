"""Problems in users' files are data: the Issue record, the code catalogue, the root exception.

Every code is public (JSON, the shuffle workbook's ``Issues`` sheet, users' scripts): add
codes, never reuse one for another meaning. Messages name the place and the kind of problem
and say what to do; they never repeat what the user typed (forms hold data about children).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from .i18n import SENTENCE_SEP, Msg, Texts, current


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class NeedsAuditError(Exception):
    """The one root exception: the command cannot go on (folder missing, setup unreadable...).

    The message is shown to the user as it is, so it must say what to do.
    """


class NothingToDo(NeedsAuditError):
    """The command found nothing to work on and wrote nothing (no returns to merge, no cases to
    group or summarise). Not a failure of the tool: the command exits 1 (contract: "done, but
    something needs your attention") with the message, which says what to do first."""


class WorkbookLockedError(NeedsAuditError):
    """A workbook we would write is open in Excel or LibreOffice (their lock file is there),
    or another run holds the audit. ``holder`` says who, as far as the lock file tells."""

    def __init__(
        self,
        message: str,
        path: Path | None = None,
        lock: Path | None = None,
        holder: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path, self.lock, self.holder = path, lock, holder


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    severity: Severity
    template: str


E, W = Severity.ERROR, Severity.WARNING

_CATALOGUE = [
    # --- files -------------------------------------------------------------------------------
    Code(
        "not-a-workbook", E, "This file is not a spreadsheet. Save the form as .xlsx and return it."
    ),
    Code(
        "unsupported-format",
        E,
        "This is a {fmt} file. Open it and use File > Save As > Excel Workbook (.xlsx), "
        "then return the .xlsx.",
    ),
    Code(
        "corrupt-file",
        E,
        "The file is damaged and cannot be read ({why}). Ask the auditor to open it in Excel, "
        "check it, save it again and send a fresh copy.",
    ),
    Code(
        "too-large",
        E,
        "The file holds {what}, far more than any audit form: it is not read. Ask the auditor "
        "for a fresh copy of the form.",
    ),
    Code(
        "encrypted-no-password",
        E,
        "The file is password-protected and no password was given. Put the password in "
        "setup.xlsx (Passwords or Settings > Returns password), set NEEDSAUDIT_RETURNS_PASSWORD, "
        "or run with --password-prompt.",
    ),
    Code(
        "wrong-password",
        E,
        "The file is password-protected and none of the {tried} password(s) tried opens it. "
        "Check the password with the auditor (by phone, never in the same email).",
    ),
    Code(
        "rights-managed",
        E,
        "The file is protected by a Microsoft 365 sensitivity label or rights management, which "
        "no tool outside Microsoft's can open. Ask the auditor to save a copy with a label that "
        "does not encrypt (or without protection) and send it by a secure route.",
    ),
    Code(
        "encryption-too-slow",
        E,
        "The file's password protection asks for {spin} rounds of hashing for each password "
        "tried, more than needsaudit allows ({max}; Excel uses 100,000), so it is not opened. "
        "Ask the auditor to save it again from Excel (File > Info > Protect Workbook > Encrypt "
        "with Password) or to send it unprotected by a secure route.",
    ),
    Code(
        "not-a-file",
        E,
        "This is not an ordinary file (it is {what}), so it is not read. Remove it from the "
        "audit folder; returns are ordinary .xlsx files.",
    ),
    Code(
        "outside-link",
        E,
        "This is a link to {what} outside the audit folder, and needsaudit never reads outside "
        "it. Copy the file itself into returns/ and delete the link.",
    ),
    Code(
        "read-failed",
        E,
        "needsaudit could not read this file (an unexpected problem; the details, without any "
        "of its contents, are in .needsaudit/errors.log). Ask the auditor to open it in Excel, "
        "save it again and send a fresh copy; if that does not help, send the log to whoever "
        "supports needsaudit.",
    ),
    Code(
        "not-a-form",
        E,
        "This workbook is not a needsaudit form (no {what}). Return the form made for the case, "
        "not a copy of its content in another workbook.",
    ),
    Code(
        "wrong-audit",
        E,
        "This form belongs to another audit. Check that it was sent to the right coordinator; "
        "if so, the auditor should fill the form made for this audit.",
    ),
    Code(
        "unsupported-version",
        E,
        "This form is version {version}, newer than this needsaudit understands ({ours}). "
        "Update needsaudit.",
    ),
    Code(
        "no-case-ref",
        E,
        "The case ref is empty. Ask the auditor which case this is, or use the form made for it.",
    ),
    Code(
        "no-needs",
        E,
        "No need is filled in. Each return needs at least one need statement.",
    ),
    Code(
        "duplicate-case",
        E,
        "Two different returns for case {case} cannot be told apart by when they were saved: "
        "{other}. Keep the right one in returns/ and move the other out.",
    ),
    # --- answers -----------------------------------------------------------------------------
    Code("missing-answer", W, "{field} is not answered. Ask the auditor to fill it in."),
    Code(
        "not-in-list",
        W,
        "{field} holds a value that is not in its list. Pick one from the dropdown (or add the "
        "value to the list in setup.xlsx).",
    ),
    Code(
        "age-out-of-range",
        W,
        "{field} is not a whole number of years from 0 to {max}. Check the child's age.",
    ),
    Code("bad-date", W, "{field} is not a date. Type it as 2026-11-20 or 20/11/2026."),
    Code(
        "need-no-seriousness",
        W,
        "Need {n} has no seriousness. Judge it from what is likely to happen if it is not met.",
    ),
    Code("need-no-outcome", W, "Need {n} has no desired outcome. Add a realistic, specific one."),
    Code(
        "need-incomplete",
        W,
        "Need {n} has no {what}. Pick it from the dropdown.",
    ),
    Code(
        "service-incomplete",
        W,
        "Service {n} has no answer for {what}.",
    ),
    Code(
        "service-terms",
        W,
        "Need {n} is written as a service. Describe what the child or parent needs, not the "
        "service that might meet it.",
    ),
    Code(
        "assessment-terms",
        W,
        "Need {n} is a need for an assessment. Describe the need the assessment is about.",
    ),
    Code(
        "universal-terms",
        W,
        "Need {n} is written in universal terms (true of every child). Describe this child's "
        "particular need.",
    ),
    Code(
        "too-short",
        W,
        "Need {n} has fewer than {words} words: too short to be specific. Say more precisely what "
        "is needed.",
    ),
    Code(
        "no-services-answer",
        W,
        "No services are listed and 'No services received' is not ticked. List the services "
        "received, or pick Yes there.",
    ),
    Code(
        "case-not-in-sample",
        W,
        "The case ref on this form is not in the sample in setup.xlsx. Check the case ref (it "
        "was made for the case its file is named after), or add the case to the sample.",
    ),
    Code(
        "auditor-differs",
        W,
        "The form names another auditor than the sample in setup.xlsx does for this case. "
        "Check who completed it; the sample's auditor is used.",
    ),
    Code(
        "identifier-masked",
        W,
        "What looks like a personal identifier in {fields} is shown masked in shuffle.xlsx "
        "(for example '[phone number removed]'); the return is unchanged. Remove it from the "
        "return.",
    ),
    Code(
        "agency-differs",
        W,
        "The form names another agency than the sample in setup.xlsx does for this case. The "
        "sample's agency is used; correct setup.xlsx if the case moved.",
    ),
    Code(
        "formula-in-input",
        W,
        "{field} holds a formula; its last calculated value is used. Type the answer instead.",
    ),
    Code(
        "text-too-long",
        W,
        "{field} is longer than Excel's {max} characters; the rest was cut. Shorten it.",
    ),
    Code(
        "personal-identifier",
        W,
        "{field} seems to hold a {kind}. Remove it: audit forms must not identify the child or "
        "family.",
    ),
    Code(
        "broken-field",
        W,
        "The form's '{field}' cells cannot be found (they were deleted or damaged). Ask the "
        "auditor to copy the answers into a fresh form.",
    ),
    Code(
        "superseded",
        W,
        "Another return for case {case} was saved later ({other}); that one is used and this one "
        "is not.",
    ),
    Code(
        "duplicate-copy",
        W,
        "An identical copy of {other}; only one is read.{hint}",
    ),
    Code("ignored-file", W, "Ignored: {why}."),
    Code(
        "more-warnings",
        W,
        "{n} more warning(s) in this file are not listed. Fix the ones listed and check again.",
    ),
    Code(
        "filled-in-place",
        W,
        "This form was filled in place under forms/ and is read as a return. When the auditor has "
        "finished, move it into returns/.",
    ),
    Code(
        "form-changed",
        W,
        "This form differs from what needsaudit wrote (it may have been filled in place), so it "
        "was not overwritten. Move it into returns/ if it is a return.",
    ),
    Code(
        "form-moved",
        W,
        "Case {case} now belongs to another auditor: a new form was written. Withdraw the old "
        "form at {other}.",
    ),
    Code(
        "no-form",
        E,
        "No form was written for this case: {why}.",
    ),
    Code(
        "typed-over-tool-cell",
        W,
        "{field} on case {case} was typed over in the shuffle workbook; the tool's value from the "
        "return is shown again. Change the return (or use Notes) instead.",
    ),
    Code(
        "undefined-group",
        W,
        "Case {case} is in a group that is not on the Need Groups sheet. Add the group there, or "
        "fix the name.",
    ),
    Code(
        "not-carried",
        W,
        "{what} on sheet {where} cannot be carried into the new workbook; the backup in {other} "
        "keeps it.",
    ),
    Code(
        "password-stored",
        W,
        "setup.xlsx holds returns passwords. Keep it in a restricted folder, or remove them and "
        "use --password-prompt.",
    ),
    Code(
        "extra-column",
        W,
        "Column {what} was not imported: the sample needs only case ref, auditor, agency and "
        "family ref. Keep names and dates of birth out of the audit folder.",
    ),
    Code("bad-sample-row", E, "Row {row}: {why}."),
    Code(
        "bad-question",
        W,
        "Row {row} of the Questions sheet in setup.xlsx is left off the forms: {why}. Correct "
        "it, then make the forms again.",
    ),
    Code(
        "not-a-number",
        W,
        "{field} is not a whole number of 0 or more. Type the number in digits, such as 3.",
    ),
]

CATALOGUE: dict[str, Code] = {c.code: c for c in _CATALOGUE}
# A file with one of these could not be read as a form of this audit at all.
UNREADABLE = frozenset(
    {
        "not-a-workbook",
        "unsupported-format",
        "corrupt-file",
        "too-large",
        "encrypted-no-password",
        "wrong-password",
        "rights-managed",
        "not-a-form",
        "wrong-audit",
        "unsupported-version",
        "encryption-too-slow",
        "not-a-file",
        "outside-link",
        "read-failed",
    }
)


# A count, a row, a label, a kind, a file name, columns' headers: never what anyone typed.
Detail = str | int | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Issue:
    """One located problem. ``cell`` is plain A1 (``C14``) in the file as the user has it.

    The message is for people; ``field`` and ``details`` say the same for programs, so that
    nothing ever has to read a message's words: ``field`` is the input the problem is in, by
    its defined name (``NA_Age``, or ``NA_Needs`` for a cell of the needs table, whose
    ``details`` then give its ``row`` and ``column``); ``details`` are the message's values by
    placeholder (``field`` there is the input's label as the form shows it)."""

    file: str | None
    case_ref: str | None
    sheet: str | None
    cell: str | None
    severity: Severity
    code: str
    message: str
    field: str | None = None
    # The message's values (a field's label, a count...), by placeholder: data for programs
    # (check --json, the Issues sheets) and what says the same in another language. A label is
    # a Msg, a str whose text is the English.
    details: tuple[tuple[str, Detail], ...] = dataclasses.field(
        default=(), compare=False, repr=False
    )

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "case_ref": self.case_ref,
            "sheet": self.sheet,
            "cell": self.cell,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "field": self.field,
            "details": dict(self.details),
        }

    def row(self) -> list[Any]:
        """The issue as a row of an ``Issues`` sheet (names.S_ISSUES_HEADER)."""
        details = json.dumps(dict(self.details), ensure_ascii=False) if self.details else None
        return [
            self.file,
            self.case_ref,
            self.sheet,
            self.cell,
            self.severity.value,
            self.code,
            self.message,
            self.field,
            details,
        ]

    def detail(self, name: str) -> Detail | None:
        return dict(self.details).get(name)

    def message_in(self, texts: Texts) -> str:
        """The message in another language (the shuffle workbook's, say)."""
        return render(self.code, dict(self.details), texts)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def where(self) -> str:
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet or ""


def render(code: str, values: Mapping[str, object], texts: Texts | None = None) -> str:
    """An issue's message in ``texts``' language (default: the current message language).
    Values that are marked strings (a field's label, a kind of identifier) are translated too;
    every other value is a count, a cell, a file name or a case ref."""
    texts = texts or current()
    template = CATALOGUE[code].template
    parts = []
    for lang in texts.languages:
        words = {k: Texts.one(lang, v) if isinstance(v, Msg) else v for k, v in values.items()}
        parts.append(Texts.one(lang, template, code).format(**words))
    if len(parts) == 2 and parts[0] == parts[1]:
        return parts[0]
    return SENTENCE_SEP.join(parts)


def issue(
    code: str,
    *,
    file: str | None = None,
    case_ref: str | None = None,
    sheet: str | None = None,
    cell: str | None = None,
    in_field: str | None = None,
    details: Mapping[str, Detail] | None = None,
    **values: Detail,
) -> Issue:
    """Build an Issue from the catalogue. Unknown codes are a programming error.

    The message's placeholders come from ``values`` (and ``details``, for callers that pass
    them along as a mapping); every value is kept as the issue's details, with any the
    message does not show (a table cell's ``row`` and ``column``). ``in_field``: the defined
    name of the input the problem is in (``Issue.field``).
    """
    entry = CATALOGUE[code]
    if details:
        values = {**details, **values}
    for name, value in values.items():
        # Details are data for programs: a number or a plain text, never an object.
        plain = isinstance(value, str | int) and not isinstance(value, bool)
        if not plain and not (isinstance(value, tuple) and all(isinstance(v, str) for v in value)):
            raise TypeError(f"issue {code}: detail {name} is a {type(value).__name__}")
    return Issue(
        file=file,
        case_ref=case_ref,
        sheet=sheet,
        cell=cell,
        severity=entry.severity,
        code=code,
        message=render(code, values),
        field=in_field,
        details=tuple(values.items()),
    )


def _cell_order(cell: str | None) -> tuple[int, str]:
    if not cell:
        return (0, "")
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell if ch.isdigit())
    return (int(digits or 0), letters.rjust(3))


def sort_issues(issues: Iterable[Issue]) -> list[Issue]:
    """Ordered by file, errors first, then by where they are (contract: ``check --json``)."""
    return sorted(
        issues,
        key=lambda i: (
            i.file or "",
            0 if i.is_error else 1,
            i.sheet or "",
            _cell_order(i.cell),
            i.code,
        ),
    )


def has_errors(issues: Iterable[Issue]) -> bool:
    return any(i.is_error for i in issues)
