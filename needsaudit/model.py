"""The records that flow through the pipeline: sample cases, returns, needs, services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .issues import UNREADABLE, Issue
from .names import case_key


@dataclass(frozen=True, slots=True)
class SampleCase:
    """One case of the sample (setup.xlsx ``Cases``). ``row`` is its row in that sheet."""

    ref: str
    auditor: str
    agency: str = ""
    family_ref: str = ""
    row: int = 0

    @property
    def key(self) -> str:
        return case_key(self.ref)


@dataclass(frozen=True, slots=True)
class Need:
    """One row of the form's needs table, in the order the framework thinks."""

    who: str
    area: str
    need: str
    if_not_met: str
    seriousness: str
    outcome: str
    work: str
    best_service: str
    met: str
    quality: tuple[str, ...] = ()  # the need's quality codes (service-terms...), sorted
    cell: str = ""  # where the Need statement is, in the return


@dataclass(frozen=True, slots=True)
class ServiceReceived:
    service: str
    provider: str
    still_open: str
    matched: str
    cell: str = ""


@dataclass(slots=True)
class Return:
    """One completed form as read back: values normalised, problems in ``issues``."""

    file: str  # relative to the audit folder, with / separators
    sha256: str
    size: int
    modified: datetime | None  # dcterms:modified, else the file's time
    modified_from_file: bool = False
    audit_id: str = ""
    form_version: int = 0
    case_ref: str = ""
    auditor: str = ""
    agency: str = ""
    audit_date: date | None = None
    age: int | None = None
    sex: str = ""
    ethnicity: str = ""
    disability: str = ""
    legal_status: str = ""
    primary_need: str = ""
    story: str = ""
    needs: list[Need] = field(default_factory=list)
    services: list[ServiceReceived] = field(default_factory=list)
    no_services: bool = False
    overall: str = ""
    matched: str = ""
    notes: str = ""
    # The local questions' answers by defined name: text, a whole number or a date, None
    # when blank, questions.NOT_ASKED when the return's form did not have the question.
    answers: dict[str, str | int | date | None] = field(default_factory=dict)
    in_place: bool = False  # found under forms/, not returns/
    # True when the case ref matches the sample (case_ref is then the sample's spelling).
    # A ref that does not match is what the return typed: it never leaves the shuffle workbook.
    in_sample: bool = False
    result: str = ""  # merged, rejected, superseded or ignored (names.RESULT_*)
    issues: list[Issue] = field(default_factory=list)
    # An unexpected failure while reading: its traceback (no contents), for the errors log.
    read_error: str = ""

    @property
    def key(self) -> str:
        return case_key(self.case_ref)

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.issues)

    @property
    def is_form(self) -> bool:
        """A needsaudit form of this audit whose case is known (possibly with warnings)."""
        return bool(self.case_ref) and not any(i.code in UNREADABLE for i in self.issues)
