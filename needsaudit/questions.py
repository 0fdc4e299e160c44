"""Local questions: up to twelve of the council's own questions ("Was the child seen alone?"),
set on the ``Questions`` sheet of setup.xlsx, put on every form, read back, shown on the
shuffle's Cases sheet and tallied in the summaries like the built-in ones.

Each becomes a row of the one field table (``names.Field``, ``local=True``). Its defined name
comes from its words (``NA_Q_SeenAlone...``), so a form keeps meaning what it asked when the
sheet is reordered; a reworded question is a new question. A form records which local
questions it carries (``NA_QuestionsValue``), so a question added after forms went out is read
as not asked on the older returns, without a warning, and a question the form had whose cells
are gone is a broken field, as for any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .i18n import M
from .issues import Issue, issue
from .names import (
    FIELDS,
    LIST_HEADERS,
    MAX_AGE,
    S_CASES_HEADER,
    SH_FORM,
    SH_LISTS,
    SH_QUESTIONS,
    YES,
    YES_NO,
    Field,
    Kind,
)
from .styles import MUTED, RULE, SECTION_FILL, Formats, text_height
from .xlsxscan import col_letters

MAX_QUESTIONS = 12
QUESTIONS_HEADER = ("Question", "Type", "List", "Required", "Help")
# The types a coordinator may give, as typed on the sheet (ignoring case).
TYPES: dict[str, Kind] = {
    "text": Kind.TEXT,
    "whole number": Kind.NUMBER,
    "date": Kind.DATE,
    "yes-no": Kind.CHOICE,
    "list": Kind.LIST,
}
NAME_PREFIX = "NA_Q_"
NAME_CHARS = 48  # after the prefix: Excel allows 255, a reader of the name some fewer
LABEL_CHARS = 100  # the question as the form, the shuffle and the summary show it
HELP_CHARS = 255  # Excel's limit on an input message
LIST_VALUES = 200  # values a local list may have
# A named constant in each form: the names of the local questions it carries, comma-separated.
NA_QUESTIONS_VALUE = "NA_QuestionsValue"
NOT_ASKED = "Not asked"  # what a return of a form without the question answers
# Whole numbers are tallied in bands: a count of every distinct number would be mostly small.
NUMBER_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0", 0, 0),
    ("1", 1, 1),
    ("2", 2, 2),
    ("3 to 5", 3, 5),
    ("6 to 10", 6, 10),
    ("11 or more", 11, None),
)
# The Questions sheet of a new setup.xlsx: the header, and what to type in each column.
QUESTIONS_HELP = (
    "Up to 12 questions of your own, one a row. Type: " + ", ".join(TYPES) + ". List: for a "
    "list question, the name of a sheet in this workbook with the values in column A from row "
    "2 (add the sheet). Required: Yes or No. Help: shown when an auditor selects the answer. "
    "A question added after forms were sent is asked on new forms only."
)


def question_name(text: str) -> str:
    """The defined name of a question: its words' letters and digits, capitalised."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return NAME_PREFIX + "".join(w[:1].upper() + w[1:] for w in words)[:NAME_CHARS]


def number_band(value: int) -> str:
    for label, low, high in NUMBER_BANDS:
        if value >= low and (high is None or value <= high):
            return label
    return NUMBER_BANDS[0][0]  # never: no band is below 0, and no answer is


@dataclass(frozen=True, slots=True)
class Questions:
    """The audit's local questions, in the sheet's order, and what was wrong with the rest."""

    fields: tuple[Field, ...] = ()
    issues: tuple[Issue, ...] = ()

    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    @property
    def columns(self) -> tuple[str, ...]:
        """Their columns on the shuffle's Cases sheet, after the built-in ones."""
        return tuple(f.column for f in self.fields)

    def columns_of(self, *kinds: Kind) -> set[str]:
        return {f.column for f in self.fields if f.kind in kinds}


def _fold(text: object) -> str:
    return re.sub(r"[\s_\-.()]+", "", str(text or "")).casefold()


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def read_questions(
    rows: Sequence[Sequence[Any]] | None,
    sheet_rows: Callable[[str], Sequence[Sequence[Any]] | None],
    list_values: Callable[[str], list[str] | None],
) -> Questions:
    """The local questions on the Questions sheet (header in row 1). ``sheet_rows`` gives
    another sheet's rows (a local list); ``list_values`` a built-in list's values, or None.
    A row that cannot be asked is left out with a ``bad-question`` warning naming its row and
    why; nothing it holds is repeated."""
    if not rows:
        return Questions()
    header = [_fold(h) for h in rows[0]]
    col = {h: header.index(_fold(h)) for h in QUESTIONS_HEADER if _fold(h) in header}
    if "Question" not in col or "Type" not in col:
        why = M("question.why.header", "the sheet has no Question or Type column in row 1")
        return Questions((), (issue("bad-question", sheet=SH_QUESTIONS, row=1, why=why),))

    def get(row: Sequence[Any], name: str) -> str:
        i = col.get(name)
        return _text(row[i]) if i is not None and i < len(row) else ""

    fields: list[Field] = []
    problems: list[Issue] = []
    taken = {f.name for f in FIELDS} | {_fold(h) for h in S_CASES_HEADER}
    for number, row in enumerate(rows[1:], start=2):
        label = get(row, "Question")
        if not label:
            continue

        def refuse(why: str, number: int = number) -> None:
            problems.append(
                issue("bad-question", file=None, sheet=SH_QUESTIONS, row=number, why=why)
            )

        kind = TYPES.get(get(row, "Type").casefold().replace(" - ", "-"))
        name = question_name(label)
        if len(fields) == MAX_QUESTIONS:
            refuse(M("question.why.too-many", "a form has room for {n} questions", n=MAX_QUESTIONS))
            continue
        if kind is None:
            refuse(M("question.why.type", "its type is not one of {types}", types=", ".join(TYPES)))
            continue
        if len(label) > LABEL_CHARS:
            refuse(M("question.why.long", "it is longer than {n} characters", n=LABEL_CHARS))
            continue
        if name == NAME_PREFIX or name in taken or _fold(label) in taken:
            refuse(
                M(
                    "question.why.same",
                    "it has no letters, or is the same as another question or column",
                )
            )
            continue
        choices: tuple[str, ...] = YES_NO if kind is Kind.CHOICE else ()
        sheet = get(row, "List") if kind is Kind.LIST else ""
        if kind is Kind.LIST:
            values = (
                list_values(sheet) if sheet in LIST_HEADERS else _sheet_values(sheet_rows(sheet))
            )
            if not values:
                refuse(M("question.why.list", "a list question needs the sheet of its values"))
                continue
            choices = tuple(dict.fromkeys(values))[:LIST_VALUES]
        required = get(row, "Required").casefold() in (YES.casefold(), "y", "true", "1")
        help_text = get(row, "Help")[:HELP_CHARS] or _default_help(kind)
        taken |= {name, _fold(label)}
        fields.append(
            Field(
                name,
                label,
                kind,
                required,
                help_text,
                list_sheet=sheet or None,
                choices=choices,
                column=label,
                local=True,
            )
        )
    return Questions(tuple(fields), tuple(problems))


def _sheet_values(rows: Sequence[Sequence[Any]] | None) -> list[str]:
    if not rows:
        return []
    return [v for r in rows[1:] if r and (v := _text(r[0]))]


def _default_help(kind: Kind) -> str:
    return {
        Kind.NUMBER: M("question.help.number", "A whole number, such as 3."),
        Kind.DATE: M("question.help.date", "A date, e.g. 2026-11-20 or 20/11/2026."),
        Kind.CHOICE: M("question.help.yes-no", "Yes or No."),
        Kind.LIST: M("question.help.list", "Pick from the list."),
    }.get(kind, "")


MORE_QUESTIONS = M(
    "form.more-questions", "5  More questions  This audit's own questions (* required)."
)


def profile_categories(spec: Field, other: str, not_recorded: str) -> list[str] | None:
    """The categories a question is tallied in, per Need Group; None for one that is not
    tallied (free text is never counted or quoted; dates are not grouped)."""
    if spec.kind is Kind.CHOICE or spec.kind is Kind.LIST:
        return [*spec.choices, other, not_recorded, NOT_ASKED]
    if spec.kind is Kind.NUMBER:
        return [label for label, _, _ in NUMBER_BANDS] + [other, not_recorded, NOT_ASKED]
    return None


# --- on the form -------------------------------------------------------------------------------

LIST_NAME_PREFIX = "NAL_Q_"


def list_name(spec: Field) -> str:
    return LIST_NAME_PREFIX + spec.name.removeprefix(NAME_PREFIX)


def write_lists(wb: Any, ws: Any, fields: Sequence[Field], first_col: int, fmt: Formats) -> None:
    """The local lists' values on the form's hidden Lists sheet, each with a name the
    question's dropdown uses (so a long list is not limited to Excel's 255 characters)."""
    col = first_col
    for spec in fields:
        if spec.kind is not Kind.LIST:
            continue
        ws.write_string(0, col, spec.label[:255], fmt.header)
        for r, value in enumerate(spec.choices, start=1):
            ws.write_string(r, col, value)
        letter = col_letters(col + 1)
        last = max(len(spec.choices), 1) + 1
        wb.define_name(list_name(spec), f"={SH_LISTS}!${letter}$2:${letter}${last}")
        ws.set_column(col, col, 30)
        col += 1


def validation(spec: Field, list_source: str = "") -> dict[str, Any]:
    """A question's dropdown or rule, like the built-in ones'. ``list_source``: the defined
    name of a built-in list's values (a local list has its own)."""
    common = {
        "input_title": spec.label[:32],
        "input_message": spec.help[:HELP_CHARS],
        "error_type": "stop",
    }
    if spec.kind is Kind.LIST:
        return {
            **common,
            "validate": "list",
            "source": f"={list_source or list_name(spec)}",
            "error_title": "Pick from the list",
            "error_message": "Pick a value from the dropdown list.",
        }
    if spec.kind is Kind.CHOICE:
        return {
            **common,
            "validate": "list",
            "source": list(spec.choices),
            "error_title": "Pick from the list",
            "error_message": f"Pick one of {', '.join(spec.choices)}.",
        }
    if spec.kind is Kind.AGE:
        return {
            **common,
            "validate": "integer",
            "criteria": "between",
            "minimum": 0,
            "maximum": MAX_AGE,
            "error_title": "Age in whole years",
            "error_message": f"Type the child's age in whole years, 0 to {MAX_AGE}.",
        }
    if spec.kind is Kind.NUMBER:
        return {
            **common,
            "validate": "integer",
            "criteria": ">=",
            "value": 0,
            "error_title": "A whole number",
            "error_message": "Type a whole number, 0 or more.",
        }
    if spec.kind is Kind.DATE:
        return {
            **common,
            "validate": "date",
            "criteria": "between",
            "minimum": date(1900, 1, 1),
            "maximum": date(2099, 12, 31),
            "error_title": "A date",
            "error_message": "Type a date, e.g. 2026-11-20 or 20/11/2026.",
        }
    return {**common, "validate": "any"}


def rows(fields: Sequence[Field], first_row: int) -> list[int]:
    """The rows (1-based) of ``fields`` written by ``write_questions`` from ``first_row``."""
    return [first_row + i for i in range(1, len(fields) + 1)]


def write_questions(
    wb: Any,
    ws: Any,
    fields: Sequence[Field],
    first_row: int,
    fmt: Formats,
    list_source: Callable[[Field], str] = lambda spec: "",
    words: Callable[[str], str] = str,
) -> int:
    """Questions below the form's own layout from ``first_row`` (1-based): the audit's local
    questions, and any built-in field the layout does not place (so a new built-in question
    needs no layout of its own). A titled block that starts a printed page of its own, so the
    blank form still prints on one A4 page. Returns the last row used (0 when there is none).
    ``list_source``: the defined name of a built-in list's values; ``words``: the form's
    language(s) for the block's own words and the built-in fields' labels and help."""
    local = ",".join(f.name for f in fields if f.local)
    wb.define_name(NA_QUESTIONS_VALUE, f'="{local}"')
    if not fields:
        return 0
    unlocked = {"locked": False, "border": 1, "border_color": RULE, "text_wrap": True}
    formats = {
        Kind.TEXT: fmt(**unlocked, num_format="@", valign="top"),
        Kind.NUMBER: fmt(**unlocked, num_format="0", valign="top", align="left"),
        Kind.AGE: fmt(**unlocked, num_format="0", valign="top", align="left"),
        Kind.DATE: fmt(**unlocked, num_format="dd/mm/yyyy", valign="top", align="left"),
    }
    plain_input = fmt(**unlocked, valign="top")
    label_fmt = fmt(bold=True, valign="top", text_wrap=True, font_color="#1A1A1A")
    number_fmt = fmt(bold=True, valign="top", font_color=MUTED)
    help_fmt = fmt(italic=True, font_color=MUTED, text_wrap=True, valign="top", font_size=9)
    section = fmt(bold=True, font_color="#FFFFFF", bg_color=SECTION_FILL, valign="vcenter")
    title_row = first_row - 1  # 0-based
    ws.set_h_pagebreaks([title_row])
    ws.set_row(title_row, 16)
    ws.merge_range(
        title_row,
        0,
        title_row,
        8,
        words(MORE_QUESTIONS),
        section,
    )
    for spec, row in zip(fields, rows(fields, first_row), strict=True):
        r = row - 1  # 0-based
        i = row - first_row
        label = words(spec.label) + (" *" if spec.required else "")
        # As every input of the form: its label in the cell to its left (C, 28 wide).
        ws.set_row(r, max(30.0, text_height(label, 28), text_height(spec.help, 25 * 3, 9)))
        ws.merge_range(r, 0, r, 1, f"5.{i}", number_fmt)
        ws.write_string(r, 2, label, label_fmt)
        cell_fmt = formats.get(spec.kind, plain_input)
        ws.merge_range(r, 3, r, 5, "", cell_fmt)
        ws.merge_range(r, 6, r, 8, words(spec.help), help_fmt)
        ws.data_validation(r, 3, r, 5, validation(spec, list_source(spec)))
        wb.define_name(spec.name, f"={SH_FORM}!$D${r + 1}")  # (its check: forms.form_checks)
    return title_row + len(fields) + 1
