"""The coordinator workbooks' words in each language: sheet names, the steps' labels and what
they do, the Status sheet's headers. As in the shuffle workbook (shufflewords), the English
names (names.py) are the codes: the Excel entry points (xl.py) find a sheet, and a step
chosen on the Control sheet, by its name in any language."""

from __future__ import annotations

from .i18n import CY, CY_EN, EN, M, Msg, Texts
from .names import C_STATUS_HEADER, EXCEL_STEPS, SH_C_CONTROL, SH_C_HELP, SH_C_ISSUES, SH_C_STATUS
from .shufflewords import bilingual_sheet, fold

SHEET_WORDS: dict[str, Msg] = {
    SH_C_CONTROL: M("coordinator.sheet.control", "Control"),
    SH_C_ISSUES: M("coordinator.sheet.issues", "Issues"),
    SH_C_STATUS: M("coordinator.sheet.status", "Status"),
    SH_C_HELP: M("coordinator.sheet.help", "Help"),
}
# Each step's button label and what it does, by its entry point (names.EXCEL_STEPS).
STEP_LABELS: dict[str, Msg] = {
    "init": M("coordinator.step.init", "New audit"),
    "forms": M("coordinator.step.forms", "Make forms"),
    "status": M("coordinator.step.status", "Status"),
    "check": M("coordinator.step.check", "Check returns"),
    "merge": M("coordinator.step.merge", "Merge returns"),
    "suggest": M("coordinator.step.suggest", "Suggest groups"),
    "summarise": M("coordinator.step.summarise", "Write summaries"),
    "demo": M("coordinator.step.demo", "Try the demo"),
}
STEP_DOES: dict[str, Msg] = {
    "init": M(
        "coordinator.does.init",
        "Create the audit folder and setup.xlsx, from the cases list if one is given.",
    ),
    "forms": M(
        "coordinator.does.forms",
        "One pre-filled form per sampled case, in forms/<auditor>/. Never overwrites a form.",
    ),
    "status": M(
        "coordinator.does.status",
        "Per auditor: forms sent, returned, outstanding (sheet Status).",
    ),
    "check": M(
        "coordinator.does.check",
        "Every problem in every return, with file, cell and what to do (sheet Issues).",
    ),
    "merge": M(
        "coordinator.does.merge",
        "Write or update shuffle.xlsx for the meeting. Keeps every decision; if it is open here "
        "it is saved, updated and reopened where you were.",
    ),
    "suggest": M(
        "coordinator.does.suggest",
        "Suggested groups, similar cases and sorters' agreement in shuffle.xlsx (advice only).",
    ),
    "summarise": M(
        "coordinator.does.summarise",
        "summary.xlsx and summary-public.xlsx for the commissioners.",
    ),
    "demo": M(
        "coordinator.does.demo",
        "A complete fictional audit in the folder above (default: needsaudit-demo here).",
    ),
}
STATUS_WORDS: dict[str, Msg] = {
    "Auditor": M("coordinator.col.auditor", "Auditor"),
    "Sent": M("coordinator.col.sent", "Sent"),
    "Returned": M("coordinator.col.returned", "Returned"),
    "Outstanding": M("coordinator.col.outstanding", "Outstanding"),
    "With errors": M("coordinator.col.with-errors", "With errors"),
    "Outstanding case refs": M("coordinator.col.outstanding-refs", "Outstanding case refs"),
    "Case refs with errors": M("coordinator.col.refs-with-errors", "Case refs with errors"),
}
assert tuple(STATUS_WORDS) == C_STATUS_HEADER
assert set(STEP_LABELS) == set(STEP_DOES) == {s.entry for s in EXCEL_STEPS}


def sheet(name: str, setting: str) -> str:
    """A coordinator sheet's name in a language setting."""
    return bilingual_sheet(name, SHEET_WORDS[name], setting)


def sheet_code(text: str) -> str | None:
    """The English name of a coordinator sheet from its name in any language."""
    folded = fold(text)
    for name in SHEET_WORDS:
        if any(fold(sheet(name, s)) == folded for s in (EN, CY, CY_EN)):
            return name
    return None


def step_label(entry: str, setting: str) -> str:
    return Texts(setting).label(STEP_LABELS[entry])


def step_does(entry: str, setting: str) -> str:
    return Texts(setting).sentence(STEP_DOES[entry])


def step_of(text: str) -> str | None:
    """The entry point of a step chosen by its label in any language (or its entry point or
    command), or None."""
    folded = fold(text)
    for step in EXCEL_STEPS:
        names = {step.entry, step.command, *(step_label(step.entry, s) for s in (EN, CY, CY_EN))}
        names |= {Texts.one(CY, STEP_LABELS[step.entry])}
        if folded in {fold(n) for n in names}:
            return step.entry
    return None


def language_of(sheet_names: list[str]) -> str:
    """The language a coordinator workbook was written in, from its Control sheet's name
    (English for a workbook whose sheets were renamed)."""
    for name in sheet_names:
        for setting in (CY_EN, CY, EN):
            if name == sheet(SH_C_CONTROL, setting):
                return setting
    return EN


def sheet_in(name: str, sheet_names: list[str]) -> str:
    """The name in this workbook of one of its sheets (by its English name)."""
    for actual in sheet_names:
        if sheet_code(actual) == name:
            return actual
    return name
