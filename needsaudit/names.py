"""Names shared by every writer and reader: sheets, headers, defined names, versions.

A form and the code that reads it back must never drift apart, so nothing below is spelt
anywhere else. These names are the product's public surface (see the README's "Contract"
section): change one only with a form-version bump and a migration note.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .i18n import M

#: The form layout version written into every form's ``About`` sheet. A reader accepts any
#: version up to its own.
FORM_VERSION = 1

# --- progress --------------------------------------------------------------------------------

# The labels of long steps' progress: marked, so a bar or status bar shows them in the message
# language (cli._Bars, xl.StatusBar).
WRITING_FORMS = M("progress.writing-forms", "Writing forms")
READING_RETURNS = M("progress.reading-returns", "Reading returns")
MERGING = M("progress.merging", "Merging")
MERGING_LATE = M("progress.merging-late", "Merging late returns")
FILLING_RETURNS = M("progress.filling-returns", "Filling in returns")
ARCHIVING = M("progress.archiving", "Archiving")
CHECKING_ARCHIVE = M("progress.checking-archive", "Checking the archive")


# --- the audit folder -------------------------------------------------------------------------

SETUP_FILE = "setup.xlsx"
FORMS_DIR = "forms"
RETURNS_DIR = "returns"
RETURNS_README = "README.txt"  # init's note for auditors in returns/ (not a return)
SHUFFLE_FILE = "shuffle.xlsx"
SUMMARY_FILE = "summary.xlsx"
SUMMARY_PUBLIC_FILE = "summary-public.xlsx"
STATE_DIR = ".needsaudit"
FORMS_RECORD = "forms.json"
BACKUPS_DIR = "backups"
MERGE_LOG = "merge-log.jsonl"
DEMO_MARKER = "demo.json"

# --- setup.xlsx -------------------------------------------------------------------------------

SH_SETTINGS = "Settings"
SH_CASES = "Cases"
SH_WHO = "Who"
SH_AREAS = "Areas"
SH_SERIOUSNESS = "Seriousness"
SH_MET = "Met"
SH_LEGAL_STATUS = "Legal status"
SH_PRIMARY_NEED = "Primary need"
SH_SEX = "Sex"
SH_ETHNICITY = "Ethnicity"
SH_SERVICES = "Services"
SH_PHRASES = "Phrases"
SH_PASSWORDS = "Passwords"
SH_QUESTIONS = "Questions"  # the council's local questions (questions.py)


class Setting(StrEnum):
    """Rows of the ``Settings`` sheet (column ``Setting``)."""

    AUDIT_NAME = "Audit name"
    LOCAL_AUTHORITY = "Local authority"
    LANGUAGE = "Language"  # en, cy or cy+en: forms, workbooks and messages
    SAMPLE_DESCRIPTION = "Sample description"
    SAMPLE_PERIOD = "Sample period"
    SAMPLE_METHOD = "Sample method"
    ANNUAL_NUMBER = "Annual number"
    SAMPLING_FRAME = "Sampling frame"
    SMALL_NUMBERS = "Small numbers"
    RETURNS_PASSWORD = "Returns password"  # noqa: S105 - a setting's name, not a password
    SHORTEST_NEED = "Shortest need (words)"
    AUDIT_ID = "Audit id"


SETTINGS_HEADER = ("Setting", "Value", "Notes")

# Setup ``Cases`` columns, in order. Matched in imported lists ignoring case and spaces.
CASE_REF = "Case ref"
AUDITOR = "Auditor"
AGENCY = "Agency"
FAMILY_REF = "Family ref"
SETUP_CASES_HEADER = (CASE_REF, AUDITOR, AGENCY, FAMILY_REF)

# List sheets: sheet name -> header row. Values start on row 2.
LIST_HEADERS: dict[str, tuple[str, ...]] = {
    SH_WHO: ("Who",),
    SH_AREAS: ("Domain", "Area"),
    SH_SERIOUSNESS: ("Level", "Label", "Meaning"),
    SH_MET: ("Met",),
    SH_LEGAL_STATUS: ("Legal status",),
    SH_PRIMARY_NEED: ("Primary need",),
    SH_SEX: ("Sex",),
    SH_ETHNICITY: ("Ethnicity",),
    SH_SERVICES: ("Service", "Unit cost", "Category"),
    SH_PHRASES: ("Phrase", "Kind"),
}
# Columns after those on every list sheet: the value's Welsh words and its stable code, by
# which returns in either language are matched (a blank code is the English label's).
CODE = "Code"
WELSH = "Cymraeg"
LIST_WORDS_HEADERS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (SH_WHO, SH_MET, SH_LEGAL_STATUS, SH_PRIMARY_NEED, SH_SEX, SH_ETHNICITY), (WELSH, CODE)
    ),
    SH_AREAS: ("Domain (Cymraeg)", "Area (Cymraeg)", CODE),
    SH_SERIOUSNESS: ("Label (Cymraeg)", "Meaning (Cymraeg)"),
    SH_SERVICES: (WELSH, CODE),
}
PASSWORDS_HEADER = ("Auditor", "Password")

PHRASE_KINDS = ("service", "assessment", "universal")

# --- the audit form ---------------------------------------------------------------------------

SH_FORM = "Form"
SH_GUIDANCE = "Guidance"
SH_LISTS = "Lists"
SH_ABOUT = "About"
ABOUT_HEADER = ("Key", "Value")


class AboutKey(StrEnum):
    """Keys of the form's ``About`` sheet."""

    AUDIT_ID = "audit_id"
    FORM_VERSION = "form_version"
    CASE_REF = "case_ref"
    AUDITOR = "auditor"
    AGENCY = "agency"
    AUDIT_NAME = "audit_name"
    WRITTEN_BY = "written_by"


YES = "Yes"
NO = "No"
PARTLY = "Partly"
NOT_KNOWN = "Not known"
# The fixed answers are stored in English (their code); forms show these words.
CHOICE_WORDS = {
    YES: M("choice.yes", "Yes"),
    NO: M("choice.no", "No"),
    PARTLY: M("choice.partly", "Partly"),
    NOT_KNOWN: M("choice.not-known", "Not known"),
}
YES_NO_NK = (YES, NO, NOT_KNOWN)
YES_NO = (YES, NO)
YES_PARTLY_NO = (YES, PARTLY, NO)
YES_ONLY = (YES,)


class Kind(StrEnum):
    """How a form input is read and validated."""

    TEXT = "text"
    LONG_TEXT = "long text"
    DATE = "date"
    AGE = "age"
    LIST = "list"  # one of a setup list (``Field.list_sheet``)
    CHOICE = "choice"  # one of a fixed tuple (``Field.choices``)
    NUMBER = "whole number"  # a local question's whole number, 0 or more


@dataclass(frozen=True, slots=True)
class Field:
    """One single-cell input of the form, found through its workbook-scope defined name.

    The one table of them (``FIELDS``, then the audit's local questions, ``questions.py``)
    drives the reader (each answer goes to ``attr`` of the Return, or to its ``answers`` for a
    local question), the shuffle's Cases columns (``column``) and the summary's profiles."""

    name: str
    label: str
    kind: Kind
    required: bool
    help: str
    list_sheet: str | None = None
    choices: tuple[str, ...] = ()  # a CHOICE's values; a local LIST's, read from its sheet
    prefilled: bool = False
    attr: str = ""  # the Return attribute it fills ("": its ``answers``, by name)
    column: str = ""  # its header on the shuffle's Cases sheet ("" when not shown there)
    since: int = 1  # the first form version that has it: older returns were not asked it
    local: bool = False  # one of the audit's own questions (setup.xlsx, Questions)
    # The word the form's Check column lists it by when a required answer is blank ("Missing:
    # date age sex"); a field without one is named "this answer" beside its own input.
    short: str = ""
    # The summaries' per-Need-Group tally of it ("" when it is not tallied): the key of its
    # published counts. Local lists, yes-no and whole numbers are tallied as "q:" + name.
    profile: str = ""


NA_CASE_REF = "NA_CaseRef"
NA_AUDITOR = "NA_Auditor"
NA_AGENCY = "NA_Agency"
NA_AUDIT_DATE = "NA_AuditDate"
NA_AGE = "NA_Age"
NA_SEX = "NA_Sex"
NA_ETHNICITY = "NA_Ethnicity"
NA_DISABILITY = "NA_Disability"
NA_LEGAL_STATUS = "NA_LegalStatus"
NA_PRIMARY_NEED = "NA_PrimaryNeed"
NA_STORY = "NA_Story"
NA_NEEDS = "NA_Needs"
NA_SERVICES = "NA_Services"
NA_NO_SERVICES = "NA_NoServices"
NA_OVERALL = "NA_OverallSeriousness"
NA_MATCHED = "NA_Matched"
NA_NOTES = "NA_Notes"
# Extra names (not in the original contract) that let a reader find About values even if a
# sheet was renamed by an application that ignores structure protection.
NA_ABOUT_AUDIT_ID = "NA_AboutAuditId"
NA_ABOUT_VERSION = "NA_AboutFormVersion"
# The same two values as constants in the workbook part itself: a reader that finds them needs
# no sheet but the form (Excel and LibreOffice keep named constants; where an application drops
# them, the About sheet is read instead).
NA_AUDIT_ID_VALUE = "NA_AuditIdValue"
NA_FORM_VERSION_VALUE = "NA_FormVersionValue"
# The form's language (en, cy or cy+en), a named constant: what its words and checks are in.
# Returns are read the same whatever it says; filling a form (the demo, tests) keeps its checks'
# words in it.
NA_FORM_LANGUAGE_VALUE = "NA_FormLanguageValue"

MAX_AGE = 25

FIELDS: tuple[Field, ...] = (
    Field(
        NA_CASE_REF,
        M("field.NA_CaseRef", "Case ref"),
        Kind.TEXT,
        True,
        M("field.NA_CaseRef.help", "Filled in for you."),
        prefilled=True,
        attr="case_ref",
        column="Case ref",
    ),
    Field(
        NA_AUDITOR,
        M("field.NA_Auditor", "Auditor"),
        Kind.TEXT,
        True,
        M("field.NA_Auditor.help", "Filled in for you."),
        prefilled=True,
        attr="auditor",
        column="Auditor",
    ),
    Field(
        NA_AGENCY,
        M("field.NA_Agency", "Agency"),
        Kind.TEXT,
        False,
        M("field.NA_Agency.help", "Filled in for you."),
        prefilled=True,
        attr="agency",
        column="Agency",
    ),
    Field(
        NA_AUDIT_DATE,
        M("field.NA_AuditDate", "Date completed"),
        Kind.DATE,
        True,
        M(
            "field.NA_AuditDate.help",
            "The date you complete this form, e.g. 2026-11-20 or 20/11/2026.",
        ),
        attr="audit_date",
        column="Audit date",
        short=M("check.item.date", "date"),
    ),
    Field(
        NA_AGE,
        M("field.NA_Age", "Age (years)"),
        Kind.AGE,
        True,
        M("field.NA_Age.help", "Child's age in whole years, 0 to 25."),
        attr="age",
        column="Age",
        short=M("check.item.age", "age"),
        profile="age",
    ),
    Field(
        NA_SEX,
        M("field.NA_Sex", "Sex"),
        Kind.LIST,
        True,
        M("field.NA_Sex.help", "Pick from the list."),
        list_sheet=SH_SEX,
        attr="sex",
        column="Sex",
        short=M("check.item.sex", "sex"),
    ),
    Field(
        NA_ETHNICITY,
        M("field.NA_Ethnicity", "Ethnicity"),
        Kind.LIST,
        True,
        M("field.NA_Ethnicity.help", "Major ethnic group. Pick from the list."),
        list_sheet=SH_ETHNICITY,
        attr="ethnicity",
        column="Ethnicity",
        short=M("check.item.ethnicity", "ethnicity"),
    ),
    Field(
        NA_DISABILITY,
        M("field.NA_Disability", "Disability"),
        Kind.CHOICE,
        False,
        M("field.NA_Disability.help", "Does the child have a disability?"),
        choices=YES_NO_NK,
        attr="disability",
        column="Disability",
    ),
    Field(
        NA_LEGAL_STATUS,
        M("field.NA_LegalStatus", "Legal status"),
        Kind.LIST,
        True,
        M("field.NA_LegalStatus.help", "The child's status at the time of the audit."),
        list_sheet=SH_LEGAL_STATUS,
        attr="legal_status",
        column="Legal status",
        short=M("check.item.legal-status", "legal status"),
        profile="legal",
    ),
    Field(
        NA_PRIMARY_NEED,
        M("field.NA_PrimaryNeed", "Primary need"),
        Kind.LIST,
        True,
        M("field.NA_PrimaryNeed.help", "The primary need code recorded for the case."),
        list_sheet=SH_PRIMARY_NEED,
        attr="primary_need",
        column="Primary need",
        short=M("check.item.primary-need", "primary need"),
    ),
    Field(
        NA_STORY,
        M("field.NA_Story", "The story"),
        Kind.LONG_TEXT,
        True,
        M(
            "field.NA_Story.help",
            "What is happening for this child and family? A few sentences, no names.",
        ),
        attr="story",
        column="Story",
    ),
    Field(
        NA_NO_SERVICES,
        M("field.NA_NoServices", "No services received"),
        Kind.CHOICE,
        False,
        M("field.NA_NoServices.help", "Pick Yes if the child and family received no services."),
        choices=YES_ONLY,
        attr="no_services",
        column="No services",
    ),
    Field(
        NA_OVERALL,
        M("field.NA_OverallSeriousness", "Overall seriousness"),
        Kind.LIST,
        True,
        M(
            "field.NA_OverallSeriousness.help",
            "Your overall judgement: what happens to the child if the needs are not met?",
        ),
        list_sheet=SH_SERIOUSNESS,
        attr="overall",
        column="Overall seriousness",
    ),
    Field(
        NA_MATCHED,
        M("field.NA_Matched", "Services matched to needs"),
        Kind.CHOICE,
        True,
        M("field.NA_Matched.help", "Were the services received matched to the needs?"),
        choices=YES_PARTLY_NO,
        attr="matched",
        column="Matched",
    ),
    Field(
        NA_NOTES,
        M("field.NA_Notes", "Notes"),
        Kind.LONG_TEXT,
        False,
        M("field.NA_Notes.help", "Anything else the audit group should know."),
        attr="notes",
        column="Auditor's notes",
    ),
)
FIELDS_BY_NAME = {f.name: f for f in FIELDS}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a form table (``NA_Needs`` or ``NA_Services``)."""

    key: str
    header: str
    kind: Kind
    help: str
    list_sheet: str | None = None
    choices: tuple[str, ...] = ()


NEEDS_COLUMNS: tuple[Column, ...] = (
    Column(
        "who",
        M("column.who", "Who"),
        Kind.LIST,
        M("column.who.help", "Whose need is it: the child's, or a parent's?"),
        SH_WHO,
    ),
    Column(
        "area",
        M("column.area", "Area"),
        Kind.LIST,
        M("column.area.help", "The Assessment Framework area."),
        SH_AREAS,
    ),
    Column(
        "need",
        M("column.need", "Need"),
        Kind.LONG_TEXT,
        M(
            "column.need.help",
            "Describe the need specifically: not a service, an assessment or 'to be safe'.",
        ),
    ),
    Column(
        "if_not_met",
        M("column.if_not_met", "If not met"),
        Kind.LONG_TEXT,
        M("column.if_not_met.help", "What is likely to happen to the child?"),
    ),
    Column(
        "seriousness",
        M("column.seriousness", "Seriousness"),
        Kind.LIST,
        M("column.seriousness.help", "Judged from what happens if the need is not met."),
        SH_SERIOUSNESS,
    ),
    Column(
        "outcome",
        M("column.outcome", "Desired outcome"),
        Kind.LONG_TEXT,
        M("column.outcome.help", "Realistic, clear, specific."),
    ),
    Column(
        "work",
        M("column.work", "Work to plan and do"),
        Kind.LONG_TEXT,
        M("column.work.help", "The work, and who is best placed."),
    ),
    Column(
        "best_service",
        M("column.best_service", "Best placed service"),
        Kind.LIST,
        M("column.best_service.help", "The service best placed to do the work."),
        SH_SERVICES,
    ),
    Column(
        "met",
        M("column.met", "Met now"),
        Kind.LIST,
        M("column.met.help", "Is the need met now?"),
        SH_MET,
    ),
)
NEED_REQUIRED = ("who", "area", "seriousness", "outcome")

SERVICES_COLUMNS: tuple[Column, ...] = (
    Column(
        "service",
        M("column.service", "Service"),
        Kind.LIST,
        M("column.service.help", "A service the child or family received."),
        SH_SERVICES,
    ),
    Column(
        "provider",
        M("column.provider", "Provider"),
        Kind.TEXT,
        M("column.provider.help", "Who provided it (team or agency, no names)."),
    ),
    Column(
        "still_open",
        M("column.still_open", "Still open"),
        Kind.CHOICE,
        M("column.still_open.help", "Is the service still open?"),
        choices=YES_NO,
    ),
    Column(
        "matched",
        M("column.matched", "Matched to needs"),
        Kind.CHOICE,
        M("column.matched.help", "Did the service match a need on this form?"),
        choices=YES_PARTLY_NO,
    ),
)
SERVICE_REQUIRED = ("still_open", "matched")

FORM_NEED_ROWS = 8
FORM_SERVICE_ROWS = 8

#: Excel's cell limit; longer text is cut and reported.
MAX_CELL_CHARS = 32_767

# --- shuffle.xlsx -----------------------------------------------------------------------------

SH_S_CASES = "Cases"
SH_S_NEEDS = "Needs"
SH_S_SERVICES = "Services"
SH_S_GROUPS = "Need Groups"
SH_S_RETURNS = "Returns"
SH_S_ISSUES = "Issues"
SH_S_CARDS = "Cards"
SH_S_SUGGESTIONS = "Suggestions"
SH_S_SIMILAR = "Similar cases"
SH_S_SORTING = "Sorting"
SH_S_GROUP_NAMES = "Group names"
SH_S_AGREEMENT = "Agreement"
SH_S_ABOUT = "About"

# The group's cells on Cases; everything else there is the tool's.
COL_SUGGESTED = "Suggested group"
COL_AGREED = "Agreed group"
COL_STATUS = "Status"
COL_NOTES = "Notes"
COL_RETURN = "Return"
MEETING_COLUMNS = (COL_AGREED, COL_STATUS, COL_NOTES)  # the audit group's: the meeting's

# The order a new shuffle workbook's Cases sheet has: the meeting's columns first (frozen at
# the left: the case, the group's decision, how serious), then what the group reads (the story
# and the needs), then the rest. Readers find every column by its header, never its position,
# and a merge keeps the order of an existing workbook (the group's formulas point at cells).
S_CASES_FROZEN = ("Case ref", COL_AGREED, COL_STATUS, "Highest seriousness")
_S_CASES_LAYOUT = (
    *S_CASES_FROZEN,
    "Story",
    "Needs",
    "Services received",
    COL_NOTES,
    COL_SUGGESTED,
    "Age",
    "Sex",
    "Ethnicity",
    "Legal status",
    "Primary need",
    "Auditor",
    "Agency",
    COL_RETURN,
    "Overall seriousness",
    "Matched",
    "Family ref",
    "Disability",
    "No services",
    "Audit date",
    "Auditor's notes",
    "File",
)
# A field of the table whose column is not laid out above goes at the end: adding a built-in
# question adds its column.
S_CASES_HEADER = (
    *_S_CASES_LAYOUT,
    *(f.column for f in FIELDS if f.column and f.column not in _S_CASES_LAYOUT),
)
# Printed on paper, one case a row at a readable size: the frozen columns and what is read.
S_CASES_PRINTED = (*S_CASES_FROZEN, "Story", "Needs", "Services received")
S_NEEDS_HEADER = (
    "Case ref",
    "Who",
    "Area",
    "Need",
    "If not met",
    "Seriousness",
    "Desired outcome",
    "Work to plan and do",
    "Best placed service",
    "Met now",
    "Quality",
    "Agreed group",
)
S_SERVICES_HEADER = ("Case ref", "Service", "Provider", "Still open", "Matched to needs")
S_GROUPS_HEADER = (
    "Group",
    "Description",
    "Cases",
    "Share",
    "Realistic outcomes",
    "Entry threshold",
    "Services it should have",
)
GROUPS_LIVE = ("Cases", "Share")  # formulas the tool keeps; every other cell is the group's
GROUPS_TOTALS = "Totals (live)"  # the tool's block beside the table, and everything right of it
GROUP_ROWS = 200  # rows with live formulas, ready for the groups the meeting adds
S_RETURNS_HEADER = ("File", "Case ref", "Result", "Issues", "Modified", "SHA-256")
S_ISSUES_HEADER = (
    "File",
    "Case ref",
    "Sheet",
    "Cell",
    "Severity",
    "Code",
    "Message",
    "Field",
    "Details",
)

# Defined names in shuffle.xlsx: the live formulas and the Agreed group dropdown use them, so
# they follow columns the group inserts and rows it sorts.
NA_S_CASE_REFS = "NA_S_CaseRefs"
NA_S_AGREED = "NA_S_Agreed"
NA_S_STATUS = "NA_S_Status"
NA_S_GROUP_NAMES = "NA_S_GroupNames"
SHUFFLE_KIND = "needsaudit shuffle"
SHUFFLE_VERSION = 1
SHUFFLE_STATE = "shuffle-state.json"
MERGE_LOCK = "merge.lock"

STATUS_TO_DISCUSS = "To discuss"
STATUS_AGREED = "Agreed"
STATUS_PARKED = "Parked"
STATUSES = (STATUS_TO_DISCUSS, STATUS_AGREED, STATUS_PARKED)

RETURN_CURRENT = "current"
RETURN_CHANGED = "changed since last merge"
RETURN_MISSING = "return missing"

RESULT_MERGED = "merged"
RESULT_REJECTED = "rejected"
RESULT_SUPERSEDED = "superseded"
RESULT_IGNORED = "ignored"

# --- summary.xlsx -----------------------------------------------------------------------------

SH_OVERVIEW = "Overview"
SH_SUM_GROUPS = "Need Groups"
SH_GAPS = "Service Gaps"
SH_COSTS = "Costs"
SH_QUALITY = "Data Quality"
NOT_GROUPED = "Not grouped or parked"
# The fixed columns of the summary's tables. Need Groups then has a profile column for each
# seriousness level ("Highest: 3 Serious"), age band ("Age 5-9") and legal status ("Legal: ...")
# in setup's lists.
SUM_GROUPS_HEADER = (
    "Group",
    "Description",
    "Cases",
    "Share",
    "Share low",
    "Share high",
    "Per year",
    "Per year low",
    "Per year high",
    "Most common areas of need",
    "Needs",
)
SUM_GAPS_HEADER = (
    "Group",
    "Service",
    "Cases needing",
    "Cases receiving",
    "Needing not receiving",
    "Receiving not needing",
)
SUM_COSTS_HEADER = (
    "Group",
    "Cases",
    "Received: sample",
    "Received: a year",
    "Needed: sample",
    "Needed: a year",
    "Needed minus received (a year)",
)
# Public and internal summaries show only the audit's list values: anything typed over a
# dropdown is counted under OTHER_VALUE, a blank under NOT_RECORDED.
OTHER_VALUE = "Other (not in the list)"
NOT_RECORDED = "Not recorded"
NO_SERIOUSNESS = "None recorded"
NOT_IN_SAMPLE = "Not in the sample"
HIDDEN_MARK = "[c]"  # a count hidden in summary-public.xlsx (the ONS's mark for confidential)


# --- the coordinator workbook (Excel buttons) ---------------------------------------------------

COORDINATOR_STEM = "needsaudit_coordinator"  # a Python module name: xlwings "Run main" imports it
SH_C_CONTROL = "Control"
SH_C_ISSUES = "Issues"
SH_C_STATUS = "Status"
SH_C_HELP = "Help"
C_ISSUES_HEADER = S_ISSUES_HEADER
C_STATUS_HEADER = (
    "Auditor",
    "Sent",
    "Returned",
    "Outstanding",
    "With errors",
    "Outstanding case refs",
    "Case refs with errors",
)
# Inputs and outputs on the Control sheet, by workbook-scope name so a user may move them.
NA_C_FOLDER = "NA_C_Folder"
NA_C_AUDITOR = "NA_C_Auditor"
NA_C_CASES = "NA_C_Cases"
NA_C_SAMPLE = "NA_C_Sample"
NA_C_SEED = "NA_C_Seed"
NA_C_STEP = "NA_C_Step"
NA_C_GROUPS = "NA_C_Groups"  # how many groups Suggest groups makes (blank: chosen)
MAX_SUGGESTED = 50  # the most groups suggest makes when asked (--groups, NA_C_Groups)
NA_C_RESULT = "NA_C_Result"
NA_C_WHEN = "NA_C_When"
# The macros' own words in the workbook's language, on a hidden row of the Control sheet (the
# VBA source is plain ASCII and has no catalogue): what the status bar says while a step runs,
# and the message when Excel cannot start Python ({why} and {step} are filled by the macro).
NA_C_WORKING = "NA_C_Working"
NA_C_NO_PYTHON = "NA_C_NoPython"
VBA_MODULE = "NeedsAudit"  # macros/NeedsAudit.bas


@dataclass(frozen=True, slots=True)
class ExcelStep:
    """One button: the Python entry point in needsaudit.xl, the VBA Sub that calls it, and
    the command that does the same without Excel."""

    entry: str
    macro: str
    label: str
    does: str
    command: str


EXCEL_STEPS = (
    ExcelStep(
        "init",
        "NewAudit",
        "New audit",
        "Create the audit folder and setup.xlsx, from the cases list if one is given.",
        "init",
    ),
    ExcelStep(
        "forms",
        "MakeForms",
        "Make forms",
        "One pre-filled form per sampled case, in forms/<auditor>/. Never overwrites a form.",
        "forms",
    ),
    ExcelStep(
        "status",
        "ShowStatus",
        "Status",
        "Per auditor: forms sent, returned, outstanding (sheet Status).",
        "status",
    ),
    ExcelStep(
        "check",
        "CheckReturns",
        "Check returns",
        "Every problem in every return, with file, cell and what to do (sheet Issues).",
        "check",
    ),
    ExcelStep(
        "merge",
        "MergeReturns",
        "Merge returns",
        "Write or update shuffle.xlsx for the meeting. Keeps every decision; if it is open "
        "here it is saved, updated and reopened where you were.",
        "merge",
    ),
    ExcelStep(
        "suggest",
        "SuggestGroups",
        "Suggest groups",
        "Suggested groups, similar cases and sorters' agreement in shuffle.xlsx (advice only).",
        "suggest",
    ),
    ExcelStep(
        "summarise",
        "WriteSummaries",
        "Write summaries",
        "summary.xlsx and summary-public.xlsx for the commissioners.",
        "summarise",
    ),
    ExcelStep(
        "demo",
        "TryDemo",
        "Try the demo",
        "A complete fictional audit in the folder above (default: needsaudit-demo here).",
        "demo",
    ),
)
EXCEL_MAIN = ExcelStep(
    "main", "RunChosenStep", "Run chosen step", "Runs the step chosen above.", "<step>"
)


def case_key(ref: str) -> str:
    """The one comparison key for case refs: trimmed and case-insensitive (contract)."""
    return ref.strip().casefold()


def group_key(name: str) -> str:
    """The one comparison key for Need Group labels and statuses.

    Trimmed and case-insensitive (contract), with inner runs of spaces collapsed: exactly what
    Excel's and LibreOffice's TRIM does, so the live counts in the workbook and every figure
    computed here agree on which case is in which group.
    """
    return " ".join(part for part in name.split(" ") if part).casefold()
