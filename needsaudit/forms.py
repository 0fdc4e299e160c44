"""Blank audit forms: one protected, printable, pre-filled workbook per sampled case.

One template is written per audit (xlsxwriter) with placeholders where the case ref,
auditor and agency go; each case's form is that template with the placeholders replaced in
two XML parts and re-zipped with fixed timestamps. That is ~20x faster than building every
workbook, and every form of an audit is identical but for its case, by construction.
"""

from __future__ import annotations

import functools
import io
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from . import __version__, questions
from .audit import Setup, file_stem, read_setup, write_returns_readme
from .formchecks import (
    PHRASES_NAME,
    SHORTEST_NAME,
    Answers,
    Check,
    as_text,
    blank,
    counta,
    countif_text,
    search,
    short_formula,
    too_short,
    trim,
    wording,
    wording_formula,
)
from .i18n import CY, CY_EN, EN, LABEL_SEP, NP, M, Plural, Texts
from .issues import Issue, issue
from .model import SampleCase
from .names import (
    ABOUT_HEADER,
    CHOICE_WORDS,
    FIELDS,
    FIELDS_BY_NAME,
    FORM_NEED_ROWS,
    FORM_SERVICE_ROWS,
    FORM_VERSION,
    FORMS_DIR,
    FORMS_RECORD,
    MAX_AGE,
    NA_ABOUT_AUDIT_ID,
    NA_ABOUT_VERSION,
    NA_AGE,
    NA_AGENCY,
    NA_AUDIT_DATE,
    NA_AUDIT_ID_VALUE,
    NA_AUDITOR,
    NA_CASE_REF,
    NA_DISABILITY,
    NA_ETHNICITY,
    NA_FORM_LANGUAGE_VALUE,
    NA_FORM_VERSION_VALUE,
    NA_LEGAL_STATUS,
    NA_MATCHED,
    NA_NEEDS,
    NA_NO_SERVICES,
    NA_NOTES,
    NA_OVERALL,
    NA_PRIMARY_NEED,
    NA_SERVICES,
    NA_SEX,
    NA_STORY,
    NEED_REQUIRED,
    NEEDS_COLUMNS,
    SERVICE_REQUIRED,
    SERVICES_COLUMNS,
    SETUP_FILE,
    SH_ABOUT,
    SH_AREAS,
    SH_ETHNICITY,
    SH_FORM,
    SH_GUIDANCE,
    SH_LEGAL_STATUS,
    SH_LISTS,
    SH_MET,
    SH_PRIMARY_NEED,
    SH_SERIOUSNESS,
    SH_SERVICES,
    SH_SEX,
    SH_WHO,
    STATE_DIR,
    AboutKey,
    Column,
    Field,
    Kind,
)
from .styles import (
    HEADER_FILL,
    LOCKED_FILL,
    MUTED,
    RULE,
    SECTION_FILL,
    TEXT_STAYS_TEXT,
    WARN_FILL,
    WARN_FONT,
    Formats,
)
from .workbook import atomic_write_bytes, now, read_json, rezip, sha256
from .xlsxscan import col_letters

# Placeholders in the template; replaced per case. Plain ASCII so no writer escapes them.
PH_CASE_REF = "NAPLACEHOLDERCASEREF7F3A"
PH_AUDITOR = "NAPLACEHOLDERAUDITOR7F3A"
PH_AGENCY = "NAPLACEHOLDERAGENCY7F3A"

# --- layout (1-based rows, column letters as Excel shows them) ---------------------------------
# Landscape A4, fitted to one page wide. Heights are budgeted so the blank form prints on one
# page at about 78%: openpyxl and xlsxwriter write no automatic heights, and wrapped text would
# otherwise spill over the next rows in print.

COL_WIDTHS = {
    "A": 15,
    "B": 17,
    "C": 28,
    "D": 24,
    "E": 13,
    "F": 24,
    "G": 25,
    "H": 20,
    "I": 10,
    "J": 24,  # the Check column: on screen only (outside the print area)
    "K": 4,  # hidden helper (the count behind the completeness line)
}
PRINT_LAST_COL = "I"

ROW_TITLE = 1
ROW_COMPLETE = 2
ROW_DETAILS = (3, 4, 5, 6)
ROW_STORY_HEAD = 7
ROW_STORY = 8
ROW_NEEDS_HEAD = 9
ROW_NEEDS_HEADER = 10
ROW_NEEDS_FIRST = 11
ROW_NEEDS_LAST = ROW_NEEDS_FIRST + FORM_NEED_ROWS - 1  # 18
ROW_SERV_HEAD = ROW_NEEDS_LAST + 1  # 19
ROW_SERV_HEADER = ROW_SERV_HEAD + 1  # 20
ROW_SERV_FIRST = ROW_SERV_HEADER + 1  # 21
ROW_SERV_LAST = ROW_SERV_FIRST + FORM_SERVICE_ROWS - 1  # 28

HEIGHTS = {
    ROW_TITLE: 22,
    ROW_COMPLETE: 17,
    **dict.fromkeys(ROW_DETAILS, 17),
    ROW_STORY_HEAD: 16,
    ROW_STORY: 60,
    ROW_NEEDS_HEAD: 16,
    ROW_NEEDS_HEADER: 27,
    **dict.fromkeys(range(ROW_NEEDS_FIRST, ROW_NEEDS_LAST + 1), 34),
    ROW_SERV_HEAD: 16,
    ROW_SERV_HEADER: 17,
    **dict.fromkeys(range(ROW_SERV_FIRST, ROW_SERV_LAST + 1), 20),
}

# Bilingual forms: each label holds the Welsh and, beneath it in smaller type, the English.
# The rows that hold labels grow; the tables' rows give back what they can, so the blank form
# still prints on one A4 page.
BILINGUAL_HEIGHTS = {
    **HEIGHTS,
    ROW_COMPLETE: 27,  # the Welsh line, the English beneath
    **dict.fromkeys(ROW_DETAILS, 26),
    ROW_STORY_HEAD: 28,
    ROW_STORY: 41,  # gives back what the two-line completeness line takes
    ROW_NEEDS_HEAD: 28,
    ROW_NEEDS_HEADER: 40,
    **dict.fromkeys(range(ROW_NEEDS_FIRST, ROW_NEEDS_LAST + 1), 25),
    ROW_SERV_HEAD: 28,
    ROW_SERV_HEADER: 28,
    **dict.fromkeys(range(ROW_SERV_FIRST, ROW_SERV_LAST + 1), 18),
    ROW_SERV_FIRST: 30,  # the Overall labels beside these two rows are two lines in each
    ROW_SERV_FIRST + 1: 30,
}
# Welsh labels are longer than English ones: two lines in the narrow label cells.
WELSH_HEIGHTS = {
    **HEIGHTS,
    **dict.fromkeys(ROW_DETAILS, 24),
    ROW_STORY: 54,
    ROW_NEEDS_HEADER: 36,
    **dict.fromkeys(range(ROW_NEEDS_FIRST, ROW_NEEDS_LAST + 1), 31),
    ROW_SERV_FIRST: 26,
    ROW_SERV_FIRST + 1: 26,
}
# Wider label column for Welsh words, taken from the need statement's column; a wider Check
# column (on screen only) for Welsh checks, and for bilingual ones with the English beneath.
WELSH_WIDTHS = {**COL_WIDTHS, "A": 18, "C": 25, "J": 32}
BILINGUAL_WIDTHS = {**WELSH_WIDTHS, "J": 36}

# Single inputs: defined name -> (label cell, input first cell, input last cell, check row)
DETAIL_CELLS: dict[str, tuple[str, str, str]] = {
    NA_CASE_REF: ("A3", "B3", "C3"),
    NA_AUDITOR: ("D3", "E3", "F3"),
    NA_AGENCY: ("G3", "H3", "I3"),
    NA_AUDIT_DATE: ("A4", "B4", "C4"),
    NA_AGE: ("D4", "E4", "F4"),
    NA_SEX: ("G4", "H4", "I4"),
    NA_ETHNICITY: ("A5", "B5", "C5"),
    NA_LEGAL_STATUS: ("D5", "E5", "F5"),
    NA_DISABILITY: ("G5", "H5", "I5"),
    NA_PRIMARY_NEED: ("A6", "B6", "C6"),
    NA_OVERALL: (f"G{ROW_SERV_HEADER}", f"H{ROW_SERV_HEADER}", f"I{ROW_SERV_HEADER}"),
    NA_MATCHED: (f"G{ROW_SERV_FIRST}", f"H{ROW_SERV_FIRST}", f"I{ROW_SERV_FIRST}"),
    NA_NO_SERVICES: (f"G{ROW_SERV_FIRST + 1}", f"H{ROW_SERV_FIRST + 1}", f"I{ROW_SERV_FIRST + 1}"),
}
STORY_CELL = f"A{ROW_STORY}"
STORY_LAST = f"I{ROW_STORY}"
NOTES_LABEL = f"G{ROW_SERV_FIRST + 2}"
NOTES_CELL = f"G{ROW_SERV_FIRST + 3}"
NOTES_LAST = f"I{ROW_SERV_LAST}"
NEEDS_FIRST_COL = "A"
SERVICES_FIRST_COL = "C"
CHECK_COL = "J"
HELPER_CELL = "K2"

FIRST_INPUT = DETAIL_CELLS[NA_AUDIT_DATE][1]
# The fields this layout places on the first page; every other field of the table (and the
# audit's local questions) goes below it, on a printed page of its own (questions.py).
PLACED = frozenset({*DETAIL_CELLS, NA_STORY, NA_NOTES})
QUESTIONS_FIRST_ROW = ROW_SERV_LAST + 2  # the title row of the questions below the layout

# Lists sheet: one column per list, a defined name each (NAL_*), used by validations and
# conditional formats so they keep working wherever the lists end.
LIST_COLUMNS: tuple[tuple[str, str], ...] = (
    (SH_WHO, "NAL_Who"),
    (SH_AREAS, "NAL_Areas"),
    (SH_SERIOUSNESS, "NAL_Seriousness"),
    (SH_MET, "NAL_Met"),
    (SH_LEGAL_STATUS, "NAL_LegalStatus"),
    (SH_PRIMARY_NEED, "NAL_PrimaryNeed"),
    (SH_SEX, "NAL_Sex"),
    (SH_ETHNICITY, "NAL_Ethnicity"),
    (SH_SERVICES, "NAL_Services"),
)
LIST_NAME = dict(LIST_COLUMNS)


def _cell(ref: str) -> tuple[int, int]:
    from xlsxwriter.utility import xl_cell_to_rowcol

    row, col = xl_cell_to_rowcol(ref)
    return int(row), int(col)


def _abs(ref: str) -> str:
    letters = "".join(ch for ch in ref if ch.isalpha())
    digits = "".join(ch for ch in ref if ch.isdigit())
    return f"${letters}${digits}"


# --- the live checks: formula and Python side by side (see formchecks) -------------------------

# Words of the form's Check column and completeness line, in the form's language(s). Formulas
# put them together, so each is a whole phrase or an item of a list after "Missing:"; no
# sentence is built from pieces, and the completeness line's number takes its plural form.
MISSING = M("check.missing", "Missing:")
CHECK_WORDING = M("check.wording", "Check wording.")
TOO_SHORT = M("check.too-short", "Too short.")
WRITE_NEED = M("check.write-need", "Write the need.")
PICK_SERVICE = M("check.pick-service", "Pick the service.")
MISSING_STORY = M("check.missing-story", "Missing: the story")
MISSING_OVERALL = M("check.missing-overall", "Missing: overall seriousness")
MISSING_MATCHED = M("check.missing-matched", "Missing: services matched to needs (overall).")
LIST_OR_NONE = M("check.list-or-none", "List services, or pick Yes for no services (overall).")
COMPLETE = M("check.complete", "Complete: every required answer is filled in.")
STILL_TO_DO = NP(
    "check.still-to-do",
    "Still to do: {n} required answer missing (see the Check column on the right).",
    "Still to do: {n} required answers missing (see the Check column on the right).",
)
TO_REVIEW = M("check.to-review", "Need statements to review: {n}.")
# Between a bilingual check's Welsh and its English: a new line in the cell.
CHECK_SEP = "\n"

MISSING_ANSWER = M("check.missing-answer", "Missing: this answer.")


def _detail_checks() -> tuple[tuple[int, tuple[tuple[str, str], ...]], ...]:
    """Required single answers of the details block, by the row of the Check column that
    names them when missing (the row of their input), with their words: from the field table
    (a required field placed there with a ``short`` word). Overall seriousness and matched
    have checks of their own beside the services."""
    rows: dict[int, list[tuple[str, str]]] = {}
    for f in FIELDS:
        if f.name in DETAIL_CELLS and f.required and not f.prefilled and f.short:
            rows.setdefault(_cell(DETAIL_CELLS[f.name][1])[0] + 1, []).append((f.name, f.short))
    return tuple((row, tuple(items)) for row, items in sorted(rows.items()))


@dataclass(frozen=True, slots=True)
class Asked:
    """A question below the form's own layout (a local question, or a built-in field the
    layout does not place): its defined name, its row, and whether an answer is required."""

    name: str
    row: int
    required: bool


# The word each required table column's check uses (names.NEED_REQUIRED, SERVICE_REQUIRED
# say which are required: a required column without a word here fails at import).
_CHECK_WORDS = {
    "who": M("check.item.who", "who"),
    "area": M("check.item.area", "area"),
    "seriousness": M("check.item.seriousness", "seriousness"),
    "outcome": M("check.item.outcome", "outcome"),
    "still_open": M("check.item.still-open", "still open"),
    "matched": M("check.item.matched", "matched"),
}
# Columns of the needs and services tables (0-based) a row requires, with their words.
NEED_CHECKED = tuple(
    (i, _CHECK_WORDS[c.key]) for i, c in enumerate(NEEDS_COLUMNS) if c.key in NEED_REQUIRED
)
SERVICE_CHECKED = tuple(
    (i, _CHECK_WORDS[c.key]) for i, c in enumerate(SERVICES_COLUMNS) if c.key in SERVICE_REQUIRED
)

# A check in one language: its formula (without "=") and the value that formula computes.
Part = tuple[str, Callable[[Answers], str]]


def _q(text: str) -> str:
    """A string literal for a formula."""
    return '"' + text.replace('"', '""') + '"'


def _words(lang: str) -> Callable[[str], str]:
    return lambda message: Texts.one(lang, message)


def _in_languages(t: Texts, build: Callable[[str], Part]) -> Part:
    """A check in the form's language(s). Bilingual: the Welsh, then the English on the next
    line of the cell; the two are blank together (the same conditions in other words)."""
    parts = [build(lang) for lang in t.languages]
    if len(parts) == 1:
        return parts[0]
    (first, first_value), (second, second_value) = parts
    formula = f'IF({first}="","",{first}&{_q(CHECK_SEP)}&{second})'

    def compute(a: Answers) -> str:
        value = first_value(a)
        return f"{value}{CHECK_SEP}{second_value(a)}" if value else ""

    return formula, compute


def _missing_expr(w: Callable[[str], str], cells: Sequence[tuple[str, str]]) -> str:
    """ "Missing: who area." as a formula: the heading, then each blank cell's word."""
    return (
        _q(w(MISSING))
        + "&"
        + "&".join(f'IF({cell}="",{_q(" " + w(word))},"")' for cell, word in cells)
    )


def _missing_text(w: Callable[[str], str], words: Sequence[str]) -> str:
    return w(MISSING) + "".join(f" {w(word)}" for word in words)


def _need_row_check(r: int, i: int, lang: str) -> Part:
    """The Check column of need row ``r`` (the ``i``-th row of the table), in ``lang``."""
    w = _words(lang)
    need = f"C{r}"
    cols = "ABCDEFGHI"
    cells = [(f"{cols[c]}{r}", word) for c, word in NEED_CHECKED]
    missing = (
        "IF(OR("
        + ",".join(f'{cell}=""' for cell, _ in cells)
        + "),"
        + _missing_expr(w, cells)
        + '&". ","")'
    )
    formula = (
        f'IF(LEN(TRIM({need}))=0,IF(COUNTA(A{r}:B{r},D{r}:I{r})>0,{_q(w(WRITE_NEED))},""),'
        f'TRIM({missing}&IF({wording_formula(need)},{_q(w(CHECK_WORDING) + " ")},"")&'
        f'IF({short_formula(need)},{_q(w(TOO_SHORT))},"")))'
    )

    def compute(a: Answers) -> str:
        row = [a.need(i, c) for c in range(len(NEEDS_COLUMNS))]
        if len(trim(as_text(row[2]))) == 0:
            return w(WRITE_NEED) if counta(row[:2] + row[3:]) > 0 else ""
        gaps = [word for c, word in NEED_CHECKED if blank(row[c])]
        text = (_missing_text(w, gaps) + ". ") if gaps else ""
        text += (w(CHECK_WORDING) + " ") if wording(row[2], a.phrases) else ""
        text += w(TOO_SHORT) if too_short(row[2], a.shortest) else ""
        return trim(text)

    return formula, compute


def _service_row_check(r: int, i: int, lang: str) -> Part:
    """Service row ``r``'s part of its Check cell (shared with the Overall box's checks)."""
    w = _words(lang)
    cells = [(f"{'CDEF'[c]}{r}", word) for c, word in SERVICE_CHECKED]
    blanks = ",".join(f'{cell}=""' for cell, _ in cells)
    formula = (
        f'IF(C{r}="",IF(COUNTA(D{r}:F{r})>0,{_q(w(PICK_SERVICE) + " ")},""),'
        f'IF(OR({blanks}),{_missing_expr(w, cells)}&". ",""))'
    )

    def compute(a: Answers) -> str:
        row = [a.service(i, c) for c in range(len(SERVICES_COLUMNS))]
        if blank(row[0]):
            return (w(PICK_SERVICE) + " ") if counta(row[1:]) > 0 else ""
        gaps = [word for c, word in SERVICE_CHECKED if blank(row[c])]
        return (_missing_text(w, gaps) + ". ") if gaps else ""

    return formula, compute


def _around(template: str, expr: str) -> str:
    """A formula joining a translated template's text around ``{n}`` with ``expr``: the
    translation decides where the number goes (or leaves it out)."""
    before, found, after = template.partition("{n}")
    if not found:
        return _q(template)
    parts = [_q(before)] if before else []
    parts.append(f"({expr})")
    if after:
        parts.append(_q(after))
    return "&".join(parts)


# Counts a plural formula spells out: every number whose form differs from the most common
# one (Welsh: 0, 1, 2, 3, 6; English: 1) is found below this.
PLURAL_SPAN = 200


def plural_formula(message: Plural, lang: str, expr: str) -> str:
    """A formula choosing ``message``'s plural form in ``lang`` for the number ``expr``."""
    forms = {n: message.template(lang, n) for n in range(PLURAL_SPAN)}
    other = Counter(forms.values()).most_common(1)[0][0]
    out = _around(other, expr)
    for n in sorted((n for n, text in forms.items() if text != other), reverse=True):
        out = f"IF({expr}={n},{_around(forms[n], expr)},{out})"
    return out


def _search_literal(text: str) -> str:
    """``text`` as SEARCH's find text, its wildcards escaped."""
    return text.replace("~", "~~").replace("?", "~?").replace("*", "~*")


def form_checks(t: Texts | None = None, asked: Sequence[Asked] = ()) -> list[Check]:
    """Every formula of the Form sheet in the form's language(s), in the order written;
    ``asked``: the questions below the form's own layout (their rows, and which are required)."""
    t = t or Texts(EN)
    checks: list[Check] = []

    def add(cell: str, build: Callable[[str], Part]) -> None:
        formula, compute = _in_languages(t, build)
        checks.append(Check(cell, "=" + formula, compute))

    for row, items in _detail_checks():

        def detail(lang: str, items: tuple[tuple[str, str], ...] = items) -> Part:
            w = _words(lang)
            cells = [(DETAIL_CELLS[name][1], word) for name, word in items]
            formula = (
                "IF(OR("
                + ",".join(f'{cell}=""' for cell, _ in cells)
                + "),"
                + _missing_expr(w, cells)
                + ',"")'
            )

            def compute(a: Answers) -> str:
                gaps = [word for name, word in items if blank(a.single(name))]
                return _missing_text(w, gaps) if gaps else ""

            return formula, compute

        add(f"J{row}", detail)

    def story(lang: str) -> Part:
        text = Texts.one(lang, MISSING_STORY)
        return (
            f'IF(LEN(TRIM({STORY_CELL}))=0,{_q(text)},"")',
            lambda a: text if not trim(as_text(a.single(NA_STORY))) else "",
        )

    add(f"J{ROW_STORY}", story)
    for i, r in enumerate(range(ROW_NEEDS_FIRST, ROW_NEEDS_LAST + 1)):
        add(f"J{r}", functools.partial(_need_row_check, r, i))
    overall = DETAIL_CELLS[NA_OVERALL][1]

    def overall_check(lang: str) -> Part:
        text = Texts.one(lang, MISSING_OVERALL)
        return (
            f'IF({overall}="",{_q(text)},"")',
            lambda a: text if blank(a.single(NA_OVERALL)) else "",
        )

    add(f"J{ROW_SERV_HEADER}", overall_check)
    matched = DETAIL_CELLS[NA_MATCHED][1]
    no_services = DETAIL_CELLS[NA_NO_SERVICES][1]
    first_s, last_s = ROW_SERV_FIRST, ROW_SERV_LAST
    for i, r in enumerate(range(first_s, last_s + 1)):

        def service_check(lang: str, r: int = r, i: int = i) -> Part:
            part, compute = _service_row_check(r, i, lang)
            # The Overall box shares these rows: its checks join the row's, in the same cell.
            if r == first_s:
                text = Texts.one(lang, MISSING_MATCHED)
                extra = f'IF({matched}="",{_q(text)},"")'

                def more(a: Answers) -> str:
                    return text if blank(a.single(NA_MATCHED)) else ""

            elif r == first_s + 1:
                text = Texts.one(lang, LIST_OR_NONE)
                extra = f'IF(AND(COUNTA(C{first_s}:C{last_s})=0,{no_services}=""),{_q(text)},"")'

                def more(a: Answers) -> str:
                    listed = counta([a.service(k, 0) for k in range(len(a.services))])
                    return text if listed == 0 and blank(a.single(NA_NO_SERVICES)) else ""

            else:
                extra = '""'

                def more(a: Answers) -> str:
                    return ""

            return f"TRIM({part}&{extra})", lambda a: trim(compute(a) + more(a))

        add(f"J{r}", service_check)

    # The helper counts through the defined names, so rows an auditor inserts inside a table
    # are counted too.
    need_col = f"INDEX({NA_NEEDS},0,3)"
    per_need = "+".join(f'(INDEX({NA_NEEDS},0,{c + 1})="")' for c, _ in NEED_CHECKED)
    svc_col = f"INDEX({NA_SERVICES},0,1)"
    per_svc = "+".join(f'(INDEX({NA_SERVICES},0,{c + 1})="")' for c, _ in SERVICE_CHECKED)
    # Every required answer of the field table that an auditor types or picks: blank as a
    # formula sees it; free text (the story, questions below the layout) blank when trimmed.
    required = [f.name for f in FIELDS if f.required and not f.prefilled and f.name in PLACED]
    singles = [n for n in required if FIELDS_BY_NAME[n].kind is not Kind.LONG_TEXT]
    texts = [n for n in required if FIELDS_BY_NAME[n].kind is Kind.LONG_TEXT]
    texts += [q.name for q in asked if q.required]
    for q in asked:
        if q.required:

            def asked_check(lang: str, name: str = q.name) -> Part:
                text = Texts.one(lang, MISSING_ANSWER)
                return (
                    f'IF(LEN(TRIM({name}&""))=0,{_q(text)},"")',
                    lambda a: text if not trim(as_text(a.single(name))) else "",
                )

            add(f"{CHECK_COL}{q.row}", asked_check)
    count = (
        "="
        + "+".join(f'({n}="")' for n in singles)
        + "".join(f'+(LEN(TRIM({n}&""))=0)' for n in texts)
        + f'+(COUNTIF({need_col},"?*")=0)'
        + f'+SUMPRODUCT(({need_col}<>"")*({per_need}))'
        + f'+SUMPRODUCT(({svc_col}<>"")*({per_svc}))'
        + f'+AND(COUNTIF({svc_col},"?*")=0,{NA_NO_SERVICES}="")'
    )

    def missing_count(a: Answers) -> int:
        """What the hidden helper cell counts: required answers still missing."""
        count = sum(1 for name in singles if blank(a.single(name)))
        count += sum(1 for name in texts if not trim(as_text(a.single(name))))
        need_col = [a.need(i, 2) for i in range(len(a.needs))]
        count += countif_text(need_col) == 0
        for i, value in enumerate(need_col):
            if not blank(value):
                count += sum(1 for c, _ in NEED_CHECKED if blank(a.need(i, c)))
        svc_col = [a.service(i, 0) for i in range(len(a.services))]
        for i, value in enumerate(svc_col):
            if not blank(value):
                count += sum(1 for c, _ in SERVICE_CHECKED if blank(a.service(i, c)))
        count += countif_text(svc_col) == 0 and blank(a.single(NA_NO_SERVICES))
        return count

    checks.append(Check(HELPER_CELL, count, missing_count))

    # Need rows flagged for review: their check holds the words for a wording or length flag
    # (in the form's first language, which every check starts with).
    flags = f"J{ROW_NEEDS_FIRST}:J{ROW_NEEDS_LAST}"
    first = t.languages[0]
    flag_words = [_search_literal(Texts.one(first, m)) for m in (CHECK_WORDING, TOO_SHORT)]
    flagged = "+".join(f"ISNUMBER(SEARCH({_q(word)},{flags}))" for word in flag_words)
    review = f"SUMPRODUCT(--(({flagged})>0))"
    need_rows = {f"J{r}" for r in range(ROW_NEEDS_FIRST, ROW_NEEDS_LAST + 1)}
    need_checks = [c for c in checks if c.cell in need_rows]

    def reviewed(a: Answers) -> int:
        return sum(
            1 for c in need_checks if any(search(word, str(c.value(a))) for word in flag_words)
        )

    def line(lang: str) -> Part:
        complete = Texts.one(lang, COMPLETE)
        review_text = "  " + Texts.one(lang, TO_REVIEW.source, TO_REVIEW.key)
        formula = (
            f"IF({HELPER_CELL}=0,{_q(complete)},{plural_formula(STILL_TO_DO, lang, HELPER_CELL)})"
            f'&IF({review}>0,{_around(review_text, review)},"")'
        )

        def compute(a: Answers) -> str:
            missing = missing_count(a)
            text = complete if missing == 0 else STILL_TO_DO.one(lang, missing)
            n = reviewed(a)
            return text + (review_text.format(n=n) if n else "")

        return formula, compute

    add(f"A{ROW_COMPLETE}", line)
    return checks


def completeness_blank(t: Texts, n: int) -> str:
    """The completeness line of a form with ``n`` required answers missing and no need
    statement flagged (a blank form's, say)."""
    return CHECK_SEP.join(STILL_TO_DO.one(lang, n) for lang in t.languages)


# --- template --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Template:
    """A form workbook with placeholders, as zip members, plus what identifies it."""

    members: tuple[tuple[str, bytes], ...]
    digest: str

    def for_case(self, case: SampleCase) -> bytes:
        values = {
            PH_CASE_REF: case.ref,
            PH_AUDITOR: case.auditor,
            PH_AGENCY: case.agency,
        }
        out = []
        for name, data in self.members:
            if name == "xl/sharedStrings.xml":
                for ph, value in values.items():
                    data = data.replace(ph.encode(), escape(value).encode("utf-8"))
            elif name.startswith("xl/worksheets/") and PH_CASE_REF.encode() in data:
                # The footer: '&' is a control character in Excel's header/footer codes.
                footer_ref = escape(case.ref.replace("&", "&&"))
                data = data.replace(PH_CASE_REF.encode(), footer_ref.encode("utf-8"))
            out.append((name, data))
        return rezip(out)


def build_template(setup: Setup) -> Template:
    """Write the audit's form template (in memory) and return its parts."""
    import xlsxwriter

    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, **TEXT_STAYS_TEXT})
    wb.set_properties(
        {
            "title": f"Needs audit form: {setup.settings.audit_name}",
            "subject": "Needs-led case audit form",
            "author": "needsaudit",
            "comments": f"Written by needsaudit {__version__}",
            "created": now(),
        }
    )
    fmt = Formats(wb)
    form = wb.add_worksheet(SH_FORM)
    guidance = wb.add_worksheet(SH_GUIDANCE)
    lists_ws = wb.add_worksheet(SH_LISTS)
    about = wb.add_worksheet(SH_ABOUT)

    # The form first: shared strings are numbered in the order they are written, and a
    # reader looks up the form's strings, not the lists'.
    _write_form(wb, form, setup, fmt)
    _write_about(wb, about, setup, fmt)
    _write_guidance(guidance, setup, fmt)
    _write_lists(wb, lists_ws, setup, fmt)
    wb.close()

    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as zf:
        members = []
        for info in zf.infolist():
            data = zf.read(info.filename)
            if info.filename == "xl/workbook.xml":
                # xlsxwriter cannot protect workbook structure: add it where the schema wants it.
                data = data.replace(
                    b"<bookViews>", b'<workbookProtection lockStructure="1"/><bookViews>', 1
                )
            members.append((info.filename, data))
    digest = sha256(b"".join(name.encode() + data for name, data in members))
    return Template(tuple(members), digest)


def choice_labels(choices: tuple[str, ...], t: Texts) -> list[str]:
    """A fixed answer's words as the form's dropdown shows them (``Ie / Yes``); read back to
    the answer's code (``Yes``) by the returns' matcher."""
    return [t.label(CHOICE_WORDS[c]) if c in CHOICE_WORDS else c for c in choices]


def below_layout(setup: Setup) -> list[Field]:
    """The questions a form asks below its own layout: built-in fields it does not place,
    then the audit's local questions, in the table's order."""
    return [*(f for f in FIELDS if f.name not in PLACED), *setup.questions.fields]


def blank_answers(setup: Setup) -> Answers:
    """The answers of a blank form, as its check formulas see them."""
    return Answers(
        {},
        [[None] * len(NEEDS_COLUMNS)] * FORM_NEED_ROWS,
        [[None] * len(SERVICES_COLUMNS)] * FORM_SERVICE_ROWS,
        [p.phrase for p in setup.lists.phrases],
        setup.settings.shortest_need,
    )


def _write_lists(wb: Any, ws: Any, setup: Setup, fmt: Formats) -> None:
    for col, (sheet, name) in enumerate(LIST_COLUMNS):
        values = setup.lists.values(sheet)
        ws.write_string(0, col, sheet, fmt.header)
        for r, value in enumerate(values, start=1):
            ws.write_string(r, col, value)
        last = max(len(values), 1) + 1
        letter = col_letters(1 + col)
        wb.define_name(name, f"={SH_LISTS}!${letter}$2:${letter}${last}")
        ws.set_column(col, col, 30)
    col = len(LIST_COLUMNS)
    phrases = setup.lists.phrases
    ws.write_string(0, col, "Phrase", fmt.header)
    ws.write_string(0, col + 1, "Kind", fmt.header)
    for r, p in enumerate(phrases, start=1):
        ws.write_string(r, col, p.phrase)
        ws.write_string(r, col + 1, p.kind)
    letter = col_letters(1 + col)
    wb.define_name(PHRASES_NAME, f"={SH_LISTS}!${letter}$2:${letter}${max(len(phrases), 1) + 1}")
    # The check formulas and the filler read the shortest need from the form itself.
    wb.define_name(SHORTEST_NAME, f"={setup.settings.shortest_need}")
    questions.write_lists(wb, ws, setup.questions.fields, col + 2, fmt)
    ws.hide()
    ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})


def _write_about(wb: Any, ws: Any, setup: Setup, fmt: Formats) -> None:
    rows = [
        (AboutKey.AUDIT_ID, setup.settings.audit_id),
        (AboutKey.FORM_VERSION, FORM_VERSION),
        (AboutKey.CASE_REF, PH_CASE_REF),
        (AboutKey.AUDITOR, PH_AUDITOR),
        (AboutKey.AGENCY, PH_AGENCY),
        (AboutKey.AUDIT_NAME, setup.settings.audit_name),
        (AboutKey.WRITTEN_BY, f"needsaudit {__version__}"),
    ]
    ws.write_row(0, 0, ABOUT_HEADER, fmt.header)
    for r, (key, value) in enumerate(rows, start=1):
        ws.write_string(r, 0, key.value)
        if isinstance(value, int):
            ws.write_number(r, 1, value)
        else:
            ws.write_string(r, 1, value)
    wb.define_name(NA_ABOUT_AUDIT_ID, f"={SH_ABOUT}!$B$2")
    wb.define_name(NA_ABOUT_VERSION, f"={SH_ABOUT}!$B$3")
    audit_id = setup.settings.audit_id.replace('"', '""')
    wb.define_name(NA_AUDIT_ID_VALUE, f'="{audit_id}"')
    wb.define_name(NA_FORM_VERSION_VALUE, f"={FORM_VERSION}")
    wb.define_name(NA_FORM_LANGUAGE_VALUE, f'="{setup.settings.language}"')
    ws.set_column(0, 1, 40)
    ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
    ws.very_hidden()


def _short(texts: Texts, message: str, limit: int, sep: str) -> str:
    """Text for a box with a length limit (Excel's validation titles and messages): both
    languages when they fit, else the first (Welsh) alone."""
    parts = [text for _, text in texts.each(message)]
    both = sep.join(parts)
    return both if len(both) <= limit else parts[0][:limit]


def _validation(field_or_col: Field | Column, t: Texts) -> dict[str, Any]:
    """The data validation for an input: dropdowns from the Lists names, number/date rules."""
    label_msg = field_or_col.label if isinstance(field_or_col, Field) else field_or_col.header
    title = _short(t, label_msg, 32, LABEL_SEP)
    message = _short(t, field_or_col.help, 255, "\n")
    common = {"input_title": title, "input_message": message, "error_type": "stop"}
    pick = _short(t, M("form.error.pick", "Pick from the list"), 32, LABEL_SEP)
    kind = field_or_col.kind
    if kind is Kind.LIST and field_or_col.list_sheet:
        name = LIST_NAME[field_or_col.list_sheet]
        out = {
            **common,
            "validate": "list",
            "source": f"={name}",
            "error_title": pick,
            "error_message": _short(
                t,
                M(
                    "form.error.pick-list",
                    "{label}: pick a value from the dropdown list.",
                    label=label_msg,
                ),
                255,
                "\n",
            ),
        }
        if field_or_col.list_sheet == SH_SERVICES:
            # A service outside the catalogue is allowed (check reports it), so warn only.
            out["error_type"] = "warning"
            out["error_message"] = _short(
                t,
                M(
                    "form.error.service",
                    "This service is not in the audit's list. Keep it only if no listed service "
                    "fits.",
                ),
                255,
                "\n",
            )
        return out
    if kind is Kind.CHOICE:
        return {
            **common,
            "validate": "list",
            "source": choice_labels(field_or_col.choices, t),
            "error_title": pick,
            "error_message": _short(
                t,
                M(
                    "form.error.pick-one",
                    "{label}: pick one of {choices}.",
                    label=label_msg,
                    choices=", ".join(choice_labels(field_or_col.choices, Texts(t.primary))),
                ),
                255,
                "\n",
            ),
        }
    if kind is Kind.AGE:
        return {
            **common,
            "validate": "integer",
            "criteria": "between",
            "minimum": 0,
            "maximum": MAX_AGE,
            "error_title": _short(
                t, M("form.error.age-title", "Age in whole years"), 32, LABEL_SEP
            ),
            "error_message": _short(
                t,
                M(
                    "form.error.age",
                    "Type the child's age in whole years, 0 to {max}.",
                    max=MAX_AGE,
                ),
                255,
                "\n",
            ),
        }
    if kind is Kind.DATE:
        from datetime import date

        return {
            **common,
            "validate": "date",
            "criteria": "between",
            "minimum": date(2000, 1, 1),
            "maximum": date(2099, 12, 31),
            "error_title": _short(t, M("form.error.date-title", "A date"), 32, LABEL_SEP),
            "error_message": _short(
                t, M("form.error.date", "Type a date, e.g. 2026-11-20 or 20/11/2026."), 255, "\n"
            ),
        }
    return {**common, "validate": "any"}


def _label_writer(ws: Any, fmt: Formats, t: Texts) -> Callable[..., None]:
    """Writes a label in the audit's language; bilingual: Welsh first, and the English
    beneath in smaller type (as Welsh bilingual forms do) in the same cell."""

    def put(
        cell: str,
        message: str,
        cell_fmt: Any,
        suffix: str = "",
        merge_to: str | None = None,
        props: dict[str, Any] | None = None,
    ) -> None:
        pairs = t.each(message)
        if merge_to:
            ws.merge_range(f"{cell}:{merge_to}", "", cell_fmt)
        if len(pairs) == 1:
            ws.write_string(cell, pairs[0][1] + suffix, cell_fmt)
            return
        base = dict(props or {})
        first = fmt(**{**base, "bold": base.get("bold", True)})
        second = fmt(**{**base, "bold": False, "italic": True, "font_size": 8})
        ws.write_rich_string(
            cell, first, pairs[0][1] + suffix, second, "\n" + pairs[1][1], cell_fmt
        )

    return put


def _write_form(wb: Any, ws: Any, setup: Setup, fmt: Formats) -> None:
    settings = setup.settings
    t = Texts(settings.language)
    bilingual = t.bilingual
    put = _label_writer(ws, fmt, t)
    case_word = t.label(M("form.footer.case", "Case"))
    version_words = t.label(
        M("form.footer.version", "Form version {version}", version=FORM_VERSION)
    )
    page_words = t.label(M("form.footer.page", "page {page} of {pages}", page="&P", pages="&N"))
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # one page wide; a filled form may run on to a second page
    ws.set_margins(left=0.4, right=0.4, top=0.4, bottom=0.5)
    ws.center_horizontally()
    ws.print_area(f"A1:{PRINT_LAST_COL}{ROW_SERV_LAST}")
    audit_name = settings.audit_name.replace("&", "&&")[:90]
    ws.set_footer(
        f"&L&8{case_word} {PH_CASE_REF}&C&8{audit_name}&R&8{version_words} · {page_words}",
        {"margin": 0.2},
    )
    ws.hide_gridlines(2)
    widths = {EN: COL_WIDTHS, CY: WELSH_WIDTHS, CY_EN: BILINGUAL_WIDTHS}[t.setting]
    for letter, width in widths.items():
        ws.set_column(f"{letter}:{letter}", width)
    ws.set_column("K:K", COL_WIDTHS["K"], None, {"hidden": True})
    heights = {EN: HEIGHTS, CY: WELSH_HEIGHTS, CY_EN: BILINGUAL_HEIGHTS}[t.setting]
    for row, height in heights.items():
        ws.set_row(row - 1, height)

    label_props = {"valign": "vcenter", "text_wrap": True, "font_color": "#1A1A1A"}
    label = fmt(bold=True, **label_props)
    prefilled = fmt(
        bg_color=LOCKED_FILL, border=1, border_color=RULE, valign="vcenter", num_format="@"
    )
    unlocked = {"locked": False, "border": 1, "border_color": RULE, "text_wrap": True}
    input_fmt = fmt(**unlocked, valign="vcenter")
    input_text = fmt(**unlocked, num_format="@", valign="vcenter")
    input_date = fmt(**unlocked, num_format="dd/mm/yyyy", valign="vcenter", align="left")
    input_int = fmt(**unlocked, num_format="0", valign="vcenter", align="left")
    section = fmt(
        bold=True, font_color="#FFFFFF", bg_color=SECTION_FILL, valign="vcenter", text_wrap=True
    )
    header = fmt(
        bold=True,
        bg_color=HEADER_FILL,
        border=1,
        border_color=RULE,
        text_wrap=True,
        valign="vcenter",
    )
    check = fmt(font_color=WARN_FONT, bold=True, text_wrap=True, font_size=9, valign="vcenter")
    muted = fmt(italic=True, font_color=MUTED, text_wrap=True, valign="vcenter", font_size=9)

    ws.merge_range(
        "A1:E1",
        t.label(M("form.title", "Needs audit form")),
        fmt(bold=True, font_size=14 if bilingual else 15, valign="vcenter"),
    )
    name_fmt = fmt(bold=True, font_color=MUTED, align="right", valign="vcenter", font_size=11)
    ws.merge_range(f"F1:{PRINT_LAST_COL}1", "", name_fmt)
    ws.write_string("F1", settings.audit_name, name_fmt)  # the coordinator's text: never a formula
    ws.write_string(
        f"{CHECK_COL}1",
        t.label(M("form.check-head", "Check (not printed)")),
        fmt(bold=True, font_color=MUTED, font_size=9, text_wrap=True),
    )

    # --- details ---
    for name, (label_cell, first, last) in DETAIL_CELLS.items():
        spec = FIELDS_BY_NAME[name]
        star = " *" if spec.required and not spec.prefilled else ""
        put(label_cell, spec.label, label, suffix=star, props=label_props)
        if spec.prefilled:
            value = {NA_CASE_REF: PH_CASE_REF, NA_AUDITOR: PH_AUDITOR, NA_AGENCY: PH_AGENCY}[name]
            cell_fmt = prefilled
        else:
            value = ""
            cell_fmt = {Kind.DATE: input_date, Kind.AGE: input_int}.get(spec.kind, input_fmt)
        if first != last:
            ws.merge_range(f"{first}:{last}", value, cell_fmt)
        else:
            ws.write(first, value, cell_fmt)
        wb.define_name(name, f"={SH_FORM}!{_abs(first)}")
        if not spec.prefilled:
            ws.data_validation(f"{first}:{last}", _validation(spec, t))

    put(
        "D6",
        M(
            "form.note",
            "* required. Hover over a cell for help; pick answers from the dropdowns. See the "
            "Guidance sheet before you write the needs.",
        ),
        muted,
        merge_to="I6",
        props={"italic": True, "font_color": MUTED, "font_size": 9, "bold": False},
    )

    # --- story ---
    section_props = {
        "bold": True,
        "font_color": "#FFFFFF",
        "bg_color": SECTION_FILL,
        "valign": "vcenter",
        "text_wrap": True,
    }
    put(
        f"A{ROW_STORY_HEAD}",
        M(
            "form.section.story",
            "1  The story *  What is happening for this child and family? No names, dates of "
            "birth, addresses or other identifiers.",
        ),
        section,
        merge_to=f"{PRINT_LAST_COL}{ROW_STORY_HEAD}",
        props=section_props,
    )
    ws.merge_range(f"{STORY_CELL}:{STORY_LAST}", "", fmt(**unlocked, num_format="@"))
    wb.define_name(NA_STORY, f"={SH_FORM}!{_abs(STORY_CELL)}")
    ws.data_validation(STORY_CELL, _validation(FIELDS_BY_NAME[NA_STORY], t))

    # --- needs ---
    put(
        f"A{ROW_NEEDS_HEAD}",
        M(
            "form.section.needs",
            "2  Needs  One row per need, in this order: whose need, what exactly is needed, what "
            "happens if it is not met, how serious that is, the outcome, the work.",
        ),
        section,
        merge_to=f"{PRINT_LAST_COL}{ROW_NEEDS_HEAD}",
        props=section_props,
    )
    header_props = {
        "bg_color": HEADER_FILL,
        "border": 1,
        "border_color": RULE,
        "text_wrap": True,
        "valign": "vcenter",
    }
    required_cols = {*NEED_REQUIRED, "need"}  # a row is a need when its statement is filled
    for c, col in enumerate(NEEDS_COLUMNS):
        star = " *" if col.key in required_cols else ""
        put(f"{col_letters(1 + c)}{ROW_NEEDS_HEADER}", col.header, header, star, props=header_props)
    check_word = t.label(M("form.check", "Check"))
    check_head = fmt(bold=True, font_color=MUTED, valign="vcenter", text_wrap=True)
    ws.write_string(f"J{ROW_NEEDS_HEADER}", check_word, check_head)
    first_n, last_n = ROW_NEEDS_FIRST, ROW_NEEDS_LAST
    for r in range(first_n, last_n + 1):
        for c, col in enumerate(NEEDS_COLUMNS):
            style = input_text if col.kind in (Kind.TEXT, Kind.LONG_TEXT) else input_fmt
            ws.write_blank(r - 1, c, None, style)
    wb.define_name(NA_NEEDS, f"={SH_FORM}!$A${first_n}:$I${last_n}")
    for c, col in enumerate(NEEDS_COLUMNS):
        if col.kind is not Kind.LONG_TEXT:
            ws.data_validation(first_n - 1, c, last_n - 1, c, _validation(col, t))
        else:
            ws.data_validation(
                first_n - 1,
                c,
                last_n - 1,
                c,
                {
                    "validate": "any",
                    "input_title": _short(t, col.header, 32, LABEL_SEP),
                    "input_message": _short(t, col.help, 255, "\n"),
                },
            )
    # Colour marks, always beside the text in the Check column (never colour alone).
    warn = wb.add_format({"bg_color": WARN_FILL, "font_color": WARN_FONT})
    for letter in ("ABCDEFGHI"[c] for c, _ in NEED_CHECKED):
        ws.conditional_format(
            f"{letter}{first_n}:{letter}{last_n}",
            {
                "type": "formula",
                "criteria": f"=AND(LEN(TRIM($C{first_n}))>0,LEN({letter}{first_n})=0)",
                "format": warn,
            },
        )
    ws.conditional_format(
        f"C{first_n}:C{last_n}",
        {
            "type": "formula",
            "criteria": f"=OR({wording_formula(f'C{first_n}')},{short_formula(f'C{first_n}')})",
            "format": warn,
        },
    )
    for name, (_, first, _) in DETAIL_CELLS.items():
        spec = FIELDS_BY_NAME[name]
        if spec.required and not spec.prefilled:
            ws.conditional_format(
                first, {"type": "formula", "criteria": f"=LEN({first})=0", "format": warn}
            )
    ws.conditional_format(
        STORY_CELL, {"type": "formula", "criteria": f"=LEN(TRIM({STORY_CELL}))=0", "format": warn}
    )

    # --- services and overall ---
    put(
        f"A{ROW_SERV_HEAD}",
        M(
            "form.section.services",
            "3  Services received  What the child and family actually received.",
        ),
        section,
        merge_to=f"F{ROW_SERV_HEAD}",
        props=section_props,
    )
    put(
        f"G{ROW_SERV_HEAD}",
        M("form.section.overall", "4  Overall"),
        section,
        merge_to=f"{PRINT_LAST_COL}{ROW_SERV_HEAD}",
        props=section_props,
    )
    # The labels' columns (A:B) carry no check: every check is in the Check column, unprinted.
    ws.merge_range(f"A{ROW_SERV_HEADER}:B{ROW_SERV_HEADER}", "", header)
    first_s, last_s = ROW_SERV_FIRST, ROW_SERV_LAST
    svc_col0 = _cell(f"{SERVICES_FIRST_COL}1")[1]
    for c, col in enumerate(SERVICES_COLUMNS):
        put(
            f"{col_letters(1 + svc_col0 + c)}{ROW_SERV_HEADER}",
            col.header,
            header,
            props=header_props,
        )
        style = (
            input_text
            if col.kind is Kind.TEXT
            else fmt(**{**unlocked, "shrink": True, "text_wrap": False}, valign="vcenter")
        )
        for r in range(first_s, last_s + 1):
            ws.write_blank(r - 1, svc_col0 + c, None, style)
        ws.data_validation(first_s - 1, svc_col0 + c, last_s - 1, svc_col0 + c, _validation(col, t))
    wb.define_name(NA_SERVICES, f"={SH_FORM}!$C${first_s}:$F${last_s}")
    service_label = fmt(font_color=MUTED, valign="vcenter", font_size=9, shrink=True)
    for i, r in enumerate(range(first_s, last_s + 1), start=1):
        ws.merge_range(
            f"A{r}:B{r}", t.label(M("form.service-n", "Service {n}", n=i)), service_label
        )
    for letter in ("CDEF"[c] for c, _ in SERVICE_CHECKED):
        ws.conditional_format(
            f"{letter}{first_s}:{letter}{last_s}",
            {
                "type": "formula",
                "criteria": f"=AND(LEN($C{first_s})>0,LEN({letter}{first_s})=0)",
                "format": warn,
            },
        )
    put(NOTES_LABEL, FIELDS_BY_NAME[NA_NOTES].label, label, props=label_props)
    ws.merge_range(f"{NOTES_CELL}:{NOTES_LAST}", "", fmt(**unlocked, num_format="@"))
    wb.define_name(NA_NOTES, f"={SH_FORM}!{_abs(NOTES_CELL)}")
    ws.data_validation(NOTES_CELL, _validation(FIELDS_BY_NAME[NA_NOTES], t))

    # --- every formula, written with the value it has on the blank form (formchecks) ---
    ws.merge_range(
        f"A{ROW_COMPLETE}:{PRINT_LAST_COL}{ROW_COMPLETE}", "", fmt(bold=True, valign="vcenter")
    )
    # The questions below the layout: their rows are known before they are written, so
    # their checks join the completeness line.
    more = below_layout(setup)
    asked = [
        Asked(f.name, row, f.required)
        for f, row in zip(more, questions.rows(more, QUESTIONS_FIRST_ROW), strict=True)
    ]
    answers = blank_answers(setup)
    styles = {
        HELPER_CELL: fmt(font_color="#FFFFFF"),  # in a hidden column: the count behind the line
        f"A{ROW_COMPLETE}": fmt(bold=True, valign="vcenter"),
    }
    for item in form_checks(t, asked):
        ws.write_formula(item.cell, item.formula, styles.get(item.cell, check), item.value(answers))
    ws.conditional_format(
        f"A{ROW_COMPLETE}",
        {"type": "formula", "criteria": f"={HELPER_CELL}>0", "format": warn},
    )
    # The audit's own questions, and any field of the table this layout does not place: a
    # printed page of their own after the form.
    end = questions.write_questions(
        wb,
        ws,
        more,
        QUESTIONS_FIRST_ROW,
        fmt,
        lambda spec: LIST_NAME.get(spec.list_sheet or "", "") if not spec.local else "",
        t.label,
    )
    ws.print_area(f"A1:{PRINT_LAST_COL}{max(end, ROW_SERV_LAST)}")

    ws.protect(
        "",
        {
            "select_locked_cells": True,
            "select_unlocked_cells": True,
            "format_rows": True,
            "insert_rows": True,
            "delete_rows": False,
            "delete_columns": False,
        },
    )
    ws.activate()
    ws.set_first_sheet()
    ws.set_selection(FIRST_INPUT)


GUIDANCE: tuple[tuple[str, str], ...] = (
    ("title", M("guidance.01", "How to complete the needs audit form")),
    (
        "text",
        M(
            "guidance.02",
            "This form asks you to think about one child in a particular order: first the needs, "
            "then how serious they are, then the outcomes wanted, and only then the work and the "
            "services. The audit group reads every form together and sorts them into Need Groups, "
            "so what you write here shapes the services the council commissions.",
        ),
    ),
    ("head", M("guidance.03", "1  The story")),
    (
        "text",
        M(
            "guidance.04",
            "A few sentences about what is happening for this child and family now. Do not "
            "write names, dates of birth, addresses, postcodes, phone numbers, NHS numbers or "
            "emails: the case ref is all the audit needs.",
        ),
    ),
    ("head", M("guidance.05", "2  Need: describe it specifically")),
    (
        "text",
        M(
            "guidance.06",
            "A need is what this child (or a parent) needs to be different, in plain words. It is "
            "not a service, not an assessment, and not something true of every child.",
        ),
    ),
    ("good", M("guidance.07", "Good: 'Child needs to be able to sit still in circle time.'")),
    (
        "good",
        M(
            "guidance.08",
            "Good: 'Mother needs to understand why her son cannot tell others what he wants, and "
            "to learn ways to communicate with him.'",
        ),
    ),
    (
        "good",
        M(
            "guidance.09",
            "Good: 'Young person needs a safe adult to go to when she goes missing at night.'",
        ),
    ),
    (
        "bad",
        M(
            "guidance.10",
            "Not a need (universal): 'Child needs to be safe.' / 'Needs to reach her potential.'",
        ),
    ),
    (
        "bad",
        M(
            "guidance.11",
            "Not a need (a service): 'Needs counselling.' / 'Needs a referral to CAMHS.' / "
            "'Needs a parenting course.'",
        ),
    ),
    ("bad", M("guidance.12", "Not a need (an assessment): 'Needs a paediatric assessment.'")),
    (
        "text",
        M(
            "guidance.13",
            "Needs can belong to a parent: say whose need it is in the Who column. Use one row per "
            "need. The Check column flags need statements that read like a service, an assessment "
            "or a universal phrase: reword them unless you are sure.",
        ),
    ),
    ("head", M("guidance.14", "3  Seriousness: judge it from what happens if the need is NOT met")),
    (
        "text",
        M(
            "guidance.15",
            "First write, under 'If not met', what is likely to happen to the child if nothing "
            "changes, weighing what is going well in the child's life. Then pick the level:",
        ),
    ),
    ("levels", ""),
    ("head", M("guidance.17", "4  Outcome, then the work")),
    (
        "text",
        M(
            "guidance.18",
            "The desired outcome is realistic, clear and specific, and tied to the need ('attends "
            "school every day for a term'). Only then describe the work to plan and do, and pick "
            "the service best placed to do it.",
        ),
    ),
    ("head", M("guidance.19", "5  Services received")),
    (
        "text",
        M(
            "guidance.20",
            "List what the child and family actually received, whether or not it matched a need. "
            "If they received nothing, pick Yes for 'No services received'.",
        ),
    ),
    ("head", M("guidance.21", "Practical points")),
    (
        "text",
        M(
            "guidance.22",
            "Fields marked * are required; the line under the title counts what is still missing, "
            "and the Check column (on screen, not printed) says what. Pick answers from the "
            "dropdowns. To add a need row, right-click a row inside the needs table (not its "
            "first row) and choose Insert. If text is hidden in a tall answer, double-click the "
            "row's lower border to fit it. The form works in Excel, Excel on the web and "
            "LibreOffice, with no macros.",
        ),
    ),
    (
        "text",
        M(
            "guidance.23",
            "Save the file as .xlsx (keep the file name if you can) and return it as the audit "
            "coordinator asked. If you protect it with a password, send the password separately "
            "(by phone), never in the same email.",
        ),
    ),
)


GUIDANCE_WIDTH = 78  # fits portrait A4 at 100%: LibreOffice does not shrink a lone wide column
GUIDANCE_CHARS_PER_LINE = 95


def _write_guidance(ws: Any, setup: Setup, fmt: Formats) -> None:
    """How to complete the form, in the audit's language(s)."""
    ws.set_column("A:A", GUIDANCE_WIDTH)
    ws.set_paper(9)
    ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.6, right=0.6, top=0.6, bottom=0.6)
    ws.hide_gridlines(2)
    styles = {
        "title": fmt(bold=True, font_size=15),
        "head": fmt(bold=True, font_size=11, font_color=SECTION_FILL),
        "text": fmt(text_wrap=True),
        "good": fmt(text_wrap=True, indent=1, font_color="#00582E"),
        "bad": fmt(text_wrap=True, indent=1, font_color="#7F1D1D"),
    }
    t = Texts(setup.settings.language)
    second = fmt(text_wrap=True, italic=True, font_color=MUTED, font_size=9)
    row = 0

    def line(text: str, style: Any, extra: int) -> None:
        nonlocal row
        ws.write_string(row, 0, text, style)
        # Approximate wrapped height (no application is there to fit it).
        lines = max(1, -(-len(text) // GUIDANCE_CHARS_PER_LINE))
        ws.set_row(row, 15 * lines + extra)
        row += 1

    for kind, message in GUIDANCE:
        if kind == "levels":
            lists = setup.lists
            for lv in sorted(lists.seriousness, key=lambda lv: lv.level):
                item = lists.item(SH_SERIOUSNESS, lv.value)
                for n, lang in enumerate(t.languages):
                    label = item.label(lang) if item.en else lv.label
                    meaning = item.more(lang) if item.more_en else lv.meaning
                    text = f"{lv.level} {label}: {meaning}"
                    if n == 0 or text != f"{lv.level} {lv.label}: {lv.meaning}":
                        line(text, fmt(text_wrap=True, indent=1) if n == 0 else second, 0)
            continue
        # Bilingual: each paragraph in Welsh, then in English beneath in smaller type.
        for n, (_, text) in enumerate(t.each(message)):
            line(text, styles[kind] if n == 0 else second, 6 if kind == "head" and n == 0 else 2)
    ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})


# --- writing forms ------------------------------------------------------------------------------


@dataclass(slots=True)
class FormsResult:
    written: list[Path] = field(default_factory=list)
    rewritten: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # differ from what we wrote: left alone
    issues: list[Issue] = field(default_factory=list)
    no_form: list[str] = field(default_factory=list)  # case refs that got no form

    @property
    def total(self) -> int:
        return len(self.written) + len(self.rewritten) + len(self.unchanged) + len(self.kept)


def form_paths(setup: Setup, record: dict[str, dict[str, str]]) -> dict[str, str]:
    """Where each case's form goes (relative to the audit folder, with /), by case key:
    forms/<file_stem(auditor)>/<file_stem(ref)>.xlsx. Refs that share a stem in one auditor's folder
    (2024/0123 and 2024-0123, or AB and ab on Windows and macOS) are told apart by a number,
    and a case keeps the name its form was written under, so names never shift between runs."""
    # One folder per auditor, spelt as first written (Windows and macOS ignore case), with
    # the name made safe for a folder ("Bev M." cannot end in a dot on Windows).
    folders: dict[str, str] = {}
    for c in setup.cases:
        folders.setdefault(c.auditor.casefold(), file_stem(c.auditor))
    taken: set[str] = set()
    out: dict[str, str] = {}

    def fits(case: SampleCase, rel: str) -> bool:
        where = f"{FORMS_DIR}/{folders[case.auditor.casefold()]}/"
        stem = rel.removeprefix(where).removesuffix(".xlsx")
        base = file_stem(case.ref)
        numbered = stem.startswith(base + "_") and stem[len(base) + 1 :].isdigit()
        return rel.startswith(where) and (stem == base or numbered)

    for case in setup.cases:  # names already given keep them
        rel = record.get(case.key, {}).get("path", "")
        if rel and fits(case, rel) and rel.casefold() not in taken:
            out[case.key] = rel
            taken.add(rel.casefold())
    for case in setup.cases:
        if case.key in out:
            continue
        where = f"{FORMS_DIR}/{folders[case.auditor.casefold()]}/"
        stem = file_stem(case.ref)
        rel, n = f"{where}{stem}.xlsx", 1
        while rel.casefold() in taken:
            n += 1
            rel = f"{where}{stem}_{n}.xlsx"
        out[case.key] = rel
        taken.add(rel.casefold())
    return out


def _record_path(folder: Path) -> Path:
    return folder / STATE_DIR / FORMS_RECORD


def load_record(folder: Path) -> dict[str, dict[str, str]]:
    """What ``forms`` wrote: case key -> {ref, auditor, path (relative, /), sha256}."""
    data = read_json(_record_path(folder), {"forms": {}})
    forms = data.get("forms", {}) if isinstance(data, dict) else {}
    return forms if isinstance(forms, dict) else {}


def _save_record(folder: Path, forms: dict[str, dict[str, str]]) -> None:
    import json

    payload = {"version": 1, "forms": dict(sorted(forms.items()))}
    atomic_write_bytes(
        _record_path(folder), json.dumps(payload, indent=1, ensure_ascii=False).encode("utf-8")
    )


def make_forms(
    folder: Path,
    auditor: str | None = None,
    force: bool = False,
    progress: Callable[[int], None] | None = None,
    setup: Setup | None = None,
) -> FormsResult:
    """Write one form per sampled case (or per case of one auditor).

    Never overwrites a form that differs from what was written (an auditor may have filled it
    in place), even with ``force``; ``force`` rewrites the untouched ones (after a list edit).
    """
    setup = setup or read_setup(folder)
    result = FormsResult()
    for problem in setup.issues:
        if problem.code == "bad-sample-row":
            # A row of Cases that cannot be used gets no form: say which, by its row.
            result.issues.append(problem)
            result.no_form.append(f"{SETUP_FILE} {problem.sheet}!{problem.cell}")
    cases = setup.cases
    if auditor is not None:
        wanted = auditor.strip().casefold()
        cases = [c for c in cases if c.auditor.casefold() == wanted]
        if not cases:
            from .i18n import _
            from .issues import NeedsAuditError

            raise NeedsAuditError(
                _("No case in {file} has the auditor '{auditor}'. Auditors there: {names}.").format(
                    file=SETUP_FILE, auditor=auditor, names=", ".join(setup.auditors) or "-"
                )
            )
    template = build_template(setup)
    record = load_record(folder)
    paths = form_paths(setup, record)
    # Auditors drop completed forms here (an audit made before init did this has none yet).
    write_returns_readme(folder)
    for done, case in enumerate(cases, start=1):
        rel = paths[case.key]
        path = folder / rel
        previous = record.get(case.key)
        if previous and previous.get("path") != rel:
            old = folder / previous["path"]
            if old.exists():
                result.issues.append(
                    issue(
                        "form-moved",
                        file=rel,
                        case_ref=case.ref,
                        case=case.ref,
                        other=previous["path"],
                    )
                )
            previous = None
        data = template.for_case(case)
        if path.exists():
            current = sha256(path.read_bytes())
            if previous is None or current != previous.get("sha256"):
                result.kept.append(path)
                result.issues.append(issue("form-changed", file=rel, case_ref=case.ref))
            elif force and sha256(data) != current:
                atomic_write_bytes(path, data)
                result.rewritten.append(path)
                record[case.key] = _entry(case, rel, data, template)
            else:
                result.unchanged.append(path)
        else:
            atomic_write_bytes(path, data)
            result.written.append(path)
            record[case.key] = _entry(case, rel, data, template)
        if progress is not None:
            progress(done)
    _save_record(folder, record)
    return result


def _entry(case: SampleCase, rel: str, data: bytes, template: Template) -> dict[str, str]:
    return {
        "ref": case.ref,
        "auditor": case.auditor,
        "path": rel,
        "sha256": sha256(data),
        "template": template.digest,
    }


def form_bytes(setup: Setup, case: SampleCase) -> bytes:
    """One case's form, in memory (tests, the demo and the benchmark use this)."""
    return build_template(setup).for_case(case)
