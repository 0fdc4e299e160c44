"""The shuffle workbook's public names in each language: sheets, headers and the values the
tool and the meeting write (statuses, the Return and Result columns, Yes / Partly / No).

The English names (names.py) are the codes: every reader works with them. A workbook is
written in its audit's language (``en``, ``cy``, or ``cy+en``: Welsh first), and read back
whatever its language was when it was written, or when each cell was typed: a header, sheet
name or value in English, in Welsh, or bilingual is the same name. So a Status of
``Cytunwyd`` is ``Agreed``, a ``Grŵp a gytunwyd`` column is ``Agreed group``, and a workbook
whose audit changed language between merges keeps every decision.

Bilingual layout (the summary's too): headers and values ``Cymraeg / English``; sheet names
``Cymraeg - English`` (Excel allows no ``/`` in a sheet name) when both fit in its 31
characters, else the Welsh.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from .i18n import CHOICES, CY, CY_EN, EN, M, Msg, Texts
from .names import (
    CHOICE_WORDS,
    COL_AGREED,
    COL_NOTES,
    COL_RETURN,
    COL_STATUS,
    COL_SUGGESTED,
    FIELDS,
    GROUPS_TOTALS,
    NO,
    NOT_KNOWN,
    PARTLY,
    RESULT_IGNORED,
    RESULT_MERGED,
    RESULT_REJECTED,
    RESULT_SUPERSEDED,
    RETURN_CHANGED,
    RETURN_CURRENT,
    RETURN_MISSING,
    SH_S_AGREEMENT,
    SH_S_CARDS,
    SH_S_CASES,
    SH_S_GROUP_NAMES,
    SH_S_GROUPS,
    SH_S_ISSUES,
    SH_S_NEEDS,
    SH_S_RETURNS,
    SH_S_SERVICES,
    SH_S_SIMILAR,
    SH_S_SORTING,
    SH_S_SUGGESTIONS,
    STATUS_AGREED,
    STATUS_PARKED,
    STATUS_TO_DISCUSS,
    YES,
    Kind,
    group_key,
)

SHEET_SEP = " - "  # between the Welsh and the English of a bilingual sheet name
MAX_SHEET = 31  # Excel's longest sheet name

SHEET_WORDS: dict[str, Msg] = {
    SH_S_CASES: M("shuffle.sheet.cases", "Cases"),
    SH_S_NEEDS: M("shuffle.sheet.needs", "Needs"),
    SH_S_SERVICES: M("shuffle.sheet.services", "Services"),
    SH_S_GROUPS: M("shuffle.sheet.need-groups", "Need Groups"),
    SH_S_RETURNS: M("shuffle.sheet.returns", "Returns"),
    SH_S_ISSUES: M("shuffle.sheet.issues", "Issues"),
    SH_S_CARDS: M("shuffle.sheet.cards", "Cards"),
    SH_S_SUGGESTIONS: M("shuffle.sheet.suggestions", "Suggestions"),
    SH_S_SIMILAR: M("shuffle.sheet.similar", "Similar cases"),
    SH_S_SORTING: M("shuffle.sheet.sorting", "Sorting"),
    SH_S_GROUP_NAMES: M("shuffle.sheet.group-names", "Group names"),
    SH_S_AGREEMENT: M("shuffle.sheet.agreement", "Agreement"),
}

# Every header of every sheet of the workbook (one English name has one Welsh name, whichever
# sheet it is on; no two names share their Welsh: a test keeps it so).
HEADER_WORDS: dict[str, Msg] = {
    # Cases
    "Case ref": M("shuffle.col.case-ref", "Case ref"),
    COL_AGREED: M("shuffle.col.agreed-group", "Agreed group"),
    COL_STATUS: M("shuffle.col.status", "Status"),
    "Highest seriousness": M("shuffle.col.highest-seriousness", "Highest seriousness"),
    "Story": M("shuffle.col.story", "Story"),
    "Needs": M("shuffle.col.needs", "Needs"),
    "Services received": M("shuffle.col.services-received", "Services received"),
    COL_NOTES: M("shuffle.col.notes", "Notes"),
    COL_SUGGESTED: M("shuffle.col.suggested-group", "Suggested group"),
    "Age": M("shuffle.col.age", "Age"),
    "Sex": M("shuffle.col.sex", "Sex"),
    "Ethnicity": M("shuffle.col.ethnicity", "Ethnicity"),
    "Legal status": M("shuffle.col.legal-status", "Legal status"),
    "Primary need": M("shuffle.col.primary-need", "Primary need"),
    "Auditor": M("shuffle.col.auditor", "Auditor"),
    "Agency": M("shuffle.col.agency", "Agency"),
    COL_RETURN: M("shuffle.col.return", "Return"),
    "Overall seriousness": M("shuffle.col.overall-seriousness", "Overall seriousness"),
    "Matched": M("shuffle.col.matched", "Matched"),
    "Family ref": M("shuffle.col.family-ref", "Family ref"),
    "Disability": M("shuffle.col.disability", "Disability"),
    "No services": M("shuffle.col.no-services", "No services"),
    "Audit date": M("shuffle.col.audit-date", "Audit date"),
    "Auditor's notes": M("shuffle.col.auditors-notes", "Auditor's notes"),
    "File": M("shuffle.col.file", "File"),
    # Needs and Services
    "Who": M("shuffle.col.who", "Who"),
    "Area": M("shuffle.col.area", "Area"),
    "Need": M("shuffle.col.need", "Need"),
    "If not met": M("shuffle.col.if-not-met", "If not met"),
    "Seriousness": M("shuffle.col.seriousness", "Seriousness"),
    "Desired outcome": M("shuffle.col.desired-outcome", "Desired outcome"),
    "Work to plan and do": M("shuffle.col.work", "Work to plan and do"),
    "Best placed service": M("shuffle.col.best-placed-service", "Best placed service"),
    "Met now": M("shuffle.col.met-now", "Met now"),
    "Quality": M("shuffle.col.quality", "Quality"),
    "Service": M("shuffle.col.service", "Service"),
    "Provider": M("shuffle.col.provider", "Provider"),
    "Still open": M("shuffle.col.still-open", "Still open"),
    "Matched to needs": M("shuffle.col.matched-to-needs", "Matched to needs"),
    # Need Groups
    "Group": M("shuffle.col.group", "Group"),
    "Description": M("shuffle.col.description", "Description"),
    "Cases": M("shuffle.col.cases", "Cases"),
    "Share": M("shuffle.col.share", "Share"),
    "Realistic outcomes": M("shuffle.col.realistic-outcomes", "Realistic outcomes"),
    "Entry threshold": M("shuffle.col.entry-threshold", "Entry threshold"),
    "Services it should have": M("shuffle.col.services-it-should-have", "Services it should have"),
    GROUPS_TOTALS: M("shuffle.col.totals", "Totals (live)"),
    # Returns and Issues
    "Result": M("shuffle.col.result", "Result"),
    "Issues": M("shuffle.col.issues", "Issues"),
    "Modified": M("shuffle.col.modified", "Modified"),
    "Sheet": M("shuffle.col.sheet", "Sheet"),
    "Cell": M("shuffle.col.cell", "Cell"),
    "Severity": M("shuffle.col.severity", "Severity"),
    "Code": M("shuffle.col.code", "Code"),
    "Message": M("shuffle.col.message", "Message"),
    "Field": M("shuffle.col.field", "Field"),
    "Details": M("shuffle.col.details", "Details"),
    # suggest's sheets
    "Story (start)": M("shuffle.col.story-start", "Story (start)"),
    "Sorter": M("shuffle.col.sorter", "Sorter"),
    "Name as written": M("shuffle.col.name-as-written", "Name as written"),
    "Standard name": M("shuffle.col.standard-name", "Standard name"),
    "Suggestion": M("shuffle.col.suggestion", "Suggestion"),
    "Stability": M("shuffle.col.stability", "Stability"),
    "How sure": M("shuffle.col.how-sure", "How sure"),
    "Cases to discuss": M("shuffle.col.discuss", "Cases to discuss"),
    "What its cases share most": M("shuffle.col.shared", "What its cases share most"),
    "Typical case": M("shuffle.col.typical-case", "Typical case"),
    "Typical story (start)": M("shuffle.col.typical-story", "Typical story (start)"),
    "Sorted by": M("shuffle.col.sorted-by", "Sorted by"),
    "Most common group": M("shuffle.col.most-common-group", "Most common group"),
    "Agreement": M("shuffle.col.agreement", "Agreement"),
    "Consensus group": M("shuffle.col.consensus-group", "Consensus group"),
    "Group (standard name)": M("shuffle.col.group-standard-name", "Group (standard name)"),
}

# Values in cells: the meeting's statuses, the tool's Return and Result words, the fixed answers.
VALUE_WORDS: dict[str, Msg] = {
    STATUS_TO_DISCUSS: M("shuffle.status.to-discuss", "To discuss"),
    STATUS_AGREED: M("shuffle.status.agreed", "Agreed"),
    STATUS_PARKED: M("shuffle.status.parked", "Parked"),
    RETURN_CURRENT: M("shuffle.return.current", "current"),
    RETURN_CHANGED: M("shuffle.return.changed", "changed since last merge"),
    RETURN_MISSING: M("shuffle.return.missing", "return missing"),
    RESULT_MERGED: M("shuffle.result.merged", "merged"),
    RESULT_REJECTED: M("shuffle.result.rejected", "rejected"),
    RESULT_SUPERSEDED: M("shuffle.result.superseded", "superseded"),
    RESULT_IGNORED: M("shuffle.result.ignored", "ignored"),
    **{value: CHOICE_WORDS[value] for value in (YES, NO, PARTLY, NOT_KNOWN)},
    "error": M("severity.error", "error"),
    "warning": M("severity.warning", "warning"),
}
STATUS_VALUES = (STATUS_TO_DISCUSS, STATUS_AGREED, STATUS_PARKED)
RETURN_VALUES = (RETURN_CURRENT, RETURN_CHANGED, RETURN_MISSING)
RESULT_VALUES = (RESULT_MERGED, RESULT_REJECTED, RESULT_SUPERSEDED, RESULT_IGNORED)
CHOICE_VALUES = (YES, NO, PARTLY, NOT_KNOWN)
# The columns whose cells hold one of those values, read back as the code.
VALUE_COLUMNS: dict[str, tuple[str, ...]] = {
    COL_STATUS: STATUS_VALUES,
    COL_RETURN: RETURN_VALUES,
    "Result": RESULT_VALUES,
    "Matched": CHOICE_VALUES,
    "Disability": CHOICE_VALUES,
    "No services": CHOICE_VALUES,
    "Still open": CHOICE_VALUES,
    "Matched to needs": CHOICE_VALUES,
    "Severity": ("error", "warning"),
}
# A built-in field's Cases column that has no words of its own above is named by the field's
# label (the form's words for it), and its fixed answers are read back as their codes: a new
# field of the table (names.FIELDS) needs nothing here.
HEADER_WORDS.update(
    {
        f.column: f.label
        for f in FIELDS
        if f.column and f.column not in HEADER_WORDS and isinstance(f.label, Msg)
    }
)
VALUE_COLUMNS.update(
    {f.column: CHOICE_VALUES for f in FIELDS if f.column and f.kind is Kind.CHOICE} | VALUE_COLUMNS
)

# The tool's own sheets it renames when the audit's language changes; the sorters' Sorting
# sheet is theirs once written, and keeps the name it has.
RENAMED_SHEETS = frozenset(SHEET_WORDS) - {SH_S_SORTING}


def _fold(text: str) -> str:
    """As names are compared: trimmed, ignoring case, inner spaces collapsed (group_key), with
    a typographic apostrophe read as a plain one (Wedi’i is Wedi'i)."""
    return group_key(text.replace("\u2019", "'").replace("\u00a0", " ").replace("\n", " / "))


def bilingual_sheet(name: str, message: str, setting: str) -> str:
    """A sheet's name in a language setting: its English ``name``, its Welsh, or both
    (``Cymraeg - English`` where Excel's 31 characters allow, else the Welsh)."""
    if setting not in (CY, CY_EN):
        return name
    names = [Texts.one(lang, message) for lang in (CY, EN)[: 2 if setting == CY_EN else 1]]
    if len(names) == 2 and names[0] != names[1]:
        both = SHEET_SEP.join(names)
        if len(both) <= MAX_SHEET:
            return both
    return names[0][:MAX_SHEET]


def fold(text: str) -> str:
    """Names as compared (public): see ``_fold``."""
    return _fold(text)


class Words:
    """The workbook's words in one language setting (``en``, ``cy`` or ``cy+en``)."""

    __slots__ = ("setting", "t")

    def __init__(self, setting: str = EN) -> None:
        self.setting = setting if setting in CHOICES else EN
        self.t = Texts(self.setting)

    def sheet(self, name: str) -> str:
        """A sheet's name as written; a name this module does not know, as it is."""
        message = SHEET_WORDS.get(name)
        return name if message is None else bilingual_sheet(name, message, self.setting)

    def head(self, name: str) -> str:
        """A header as written (a local question's column is its question, as it is)."""
        message = HEADER_WORDS.get(name)
        return self.t.label(message) if message is not None else name

    def value(self, value: object) -> object:
        """A cell value as written: a status, Return, Result or fixed answer in the language;
        anything else as it is."""
        if isinstance(value, str):
            message = VALUE_WORDS.get(value)
            if message is not None:
                return self.t.label(message)
        return value

    def say(self, message: str) -> str:
        """A sentence (a note, a hint) in the language: bilingual, Welsh then English."""
        return self.t.sentence(message)

    def label(self, message: str) -> str:
        return self.t.label(message)


@cache
def _spellings(words: tuple[tuple[str, Msg], ...], sheets: bool) -> dict[str, str]:
    """Folded spelling -> English name, for every language setting."""
    out: dict[str, str] = {}
    for setting in (EN, CY, CY_EN):
        w = Words(setting)
        for name, _message in words:
            shown = w.sheet(name) if sheets else w.head(name)
            out.setdefault(_fold(shown), name)
            if sheets and setting == CY_EN:
                # The bilingual name whole, even where Excel's limit cut it to the Welsh.
                welsh = Texts.one(CY, SHEET_WORDS[name])
                out.setdefault(_fold(welsh + SHEET_SEP + name), name)
    return out


def _header_spellings() -> dict[str, str]:
    return _spellings(tuple(HEADER_WORDS.items()), False)


def _sheet_spellings() -> dict[str, str]:
    return _spellings(tuple(SHEET_WORDS.items()), True)


@cache
def _value_spellings() -> dict[str, str]:
    out: dict[str, str] = {}
    for setting in (EN, CY, CY_EN):
        w = Words(setting)
        for name in VALUE_WORDS:
            out.setdefault(_fold(str(w.value(name))), name)
    return out


def spellings(value: str) -> tuple[str, ...]:
    """Every way the workbook may show a value (English, Welsh, bilingual), as written: what
    the live formulas compare a cell with."""
    out: list[str] = []
    for setting in (EN, CY, CY_EN):
        shown = str(Words(setting).value(value))
        if shown not in out:
            out.append(shown)
        if "'" in shown and shown.replace("'", "\u2019") not in out:
            out.append(shown.replace("'", "\u2019"))
    return tuple(out)


def value_code(text: object, column: str | None = None) -> object:
    """The code (English name) of a value in any language, when it is one of ``column``'s
    values (any known value without a column); anything else as it is."""
    if not isinstance(text, str) or not text:
        return text
    code = _value_spellings().get(_fold(text))
    if code is None:
        return text
    if column is not None and code not in VALUE_COLUMNS.get(column, ()):
        return text
    return code


def status_code(text: object) -> str:
    """A Status cell's code (``Cytunwyd`` -> ``Agreed``); other text trimmed, as typed."""
    if text is None:
        return ""
    code = value_code(str(text).strip(), COL_STATUS)
    return str(code)


def is_parked(text: object) -> bool:
    """A Status that parks the case (in any language): the one rule of the contract, the same
    as the live formulas'."""
    return status_code(text) == STATUS_PARKED


def header_code(text: str) -> str | None:
    """The English name of a header in any language, or None."""
    return _header_spellings().get(_fold(text))


def sheet_code(text: str) -> str | None:
    """The English name of one of the workbook's sheets from its name in any language."""
    return _sheet_spellings().get(_fold(text))


def _prefer(texts: Sequence[str], code_of: dict[str, str], own: dict[str, str]) -> list[str]:
    """Each text's English name where it is one, each name once: a text in the workbook's own
    language first, then any other language, then the first of equals. A text left over (a
    second column with the same name) stays as it is, the meeting's."""
    out = list(texts)
    taken: set[str] = set()
    for strict in (True, False):
        for i, text in enumerate(texts):
            folded = _fold(text)
            code = own.get(folded) if strict else code_of.get(folded)
            if code is None or code in taken or out[i] != text:
                continue
            out[i] = code
            taken.add(code)
    return out


def header_codes(texts: Sequence[str], setting: str | None = None) -> list[str]:
    """A header row with each header's English name where it is one of the tool's (a header
    in the workbook's language ``setting`` wins over the same name in another)."""
    own = {_fold(Words(setting).head(n)): n for n in HEADER_WORDS} if setting else {}
    return _prefer(texts, _header_spellings(), own)


def sheet_codes(names: Sequence[str], setting: str | None = None) -> dict[str, str]:
    """English name -> the sheet's name in this workbook, for the tool's sheets it has."""
    own = {_fold(Words(setting).sheet(n)): n for n in SHEET_WORDS} if setting else {}
    codes = _prefer(names, _sheet_spellings(), own)
    return {code: name for code, name in zip(codes, names, strict=True) if code in SHEET_WORDS}


def all_spellings(names: Iterable[str]) -> set[str]:
    """Every spelling of these headers, folded (to tell the tool's columns from others)."""
    wanted = set(names)
    return {s for s, n in _header_spellings().items() if n in wanted}


def quoted(sheet: str) -> str:
    """A sheet name as a formula refers to it: as it is when it is a plain word (``Cases``),
    else in quotes (``'Grwpiau Angen'``)."""
    if re.fullmatch(r"[A-Za-z_]+", sheet):
        return sheet
    return "'" + sheet.replace("'", "''") + "'"
