"""Writing a shuffle workbook: the Cases sheet laid out for the meeting, Need Groups with
their live counts, the Needs, Services, Returns and Issues tables, the printable cards, and the
meeting's own sheets and columns carried over from the workbook it left (``carry``).

The merge (shuffle.py) decides what each sheet holds; this module only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import __version__
from .audit import Setup
from .carry import Cell as CarriedCell
from .carry import Sheet, Writer, load_subset, meeting_names, read_page_setup, read_sheet
from .fastsheet import BufferedSheet, inject
from .formchecks import as_text
from .i18n import EN, M, Texts
from .names import (
    ABOUT_HEADER,
    COL_AGREED,
    COL_NOTES,
    COL_RETURN,
    COL_STATUS,
    COL_SUGGESTED,
    GROUP_ROWS,
    GROUPS_LIVE,
    GROUPS_TOTALS,
    MEETING_COLUMNS,
    NA_S_AGREED,
    NA_S_CASE_REFS,
    NA_S_GROUP_NAMES,
    NA_S_STATUS,
    RETURN_CURRENT,
    S_CASES_FROZEN,
    S_CASES_HEADER,
    S_CASES_PRINTED,
    S_GROUPS_HEADER,
    S_ISSUES_HEADER,
    S_NEEDS_HEADER,
    S_RETURNS_HEADER,
    S_SERVICES_HEADER,
    SH_S_ABOUT,
    SH_S_CARDS,
    SH_S_CASES,
    SH_S_GROUPS,
    SH_S_ISSUES,
    SH_S_NEEDS,
    SH_S_RETURNS,
    SH_S_SERVICES,
    SHUFFLE_KIND,
    SHUFFLE_VERSION,
    STATUS_AGREED,
    STATUS_PARKED,
    STATUS_TO_DISCUSS,
    STATUSES,
    Kind,
    case_key,
    group_key,
)
from .shufflebook import (
    TOOL_SHEETS,
    CasesRow,
    NeedsRow,
    ServicesRow,
    ShuffleBook,
    cell_value,
    comparable,
)
from .shufflewords import (
    HEADER_WORDS,
    RENAMED_SHEETS,
    SHEET_WORDS,
    VALUE_COLUMNS,
    VALUE_WORDS,
    Words,
    is_parked,
    quoted,
    spellings,
)
from .styles import (
    HEADER_FILL,
    LINE_HEIGHT,
    MUTED,
    RULE,
    SCALE_LOW,
    TEXT_SCALE_HIGH,
    TEXT_SCALE_MID,
    TEXT_STAYS_TEXT,
    Formats,
    bold_label_lines,
    print_table,
    text_height,
)
from .values import safe_for_cell, serial_to_date
from .xlsxscan import RawCell, col_letters

# The names the tool defines on every merge; any other is the meeting's, and is carried.
TOOL_NAMES = frozenset((NA_S_CASE_REFS, NA_S_AGREED, NA_S_STATUS, NA_S_GROUP_NAMES))
BUFFERED = frozenset((SH_S_CASES, SH_S_NEEDS, SH_S_SERVICES, SH_S_CARDS, SH_S_RETURNS, SH_S_ISSUES))

DATE_COLUMNS = {"Audit date"}
# Widths (Excel's units) chosen so that the printed columns (names.S_CASES_PRINTED) fill a
# landscape A4 page at about 85%, one case a row, and the frozen columns leave the story and
# the needs on a projected screen beside them.
WIDTHS = {
    "Case ref": 10,
    COL_AGREED: 16,
    COL_STATUS: 10,
    "Highest seriousness": 11,
    "Story": 52,
    "Needs": 52,
    "Services received": 24,
    COL_NOTES: 30,
    COL_SUGGESTED: 11,
    "Age": 5,
    "Sex": 8,
    "Ethnicity": 14,
    "Legal status": 14,
    "Primary need": 18,
    "Auditor": 14,
    "Agency": 16,
    COL_RETURN: 14,
    "Overall seriousness": 12,
    "Matched": 9,
    "Family ref": 9,
    "Disability": 10,
    "No services": 9,
    "Audit date": 11,
    "Auditor's notes": 30,
    "File": 30,
}
# Every column that may hold more than a few words wraps; the row is made tall enough for it.
WRAPPED = {
    "Story",
    "Needs",
    "Services received",
    COL_NOTES,
    "Auditor's notes",
    "Ethnicity",
    "Legal status",
    "Primary need",
    "Auditor",
    "Agency",
    COL_RETURN,
    "Highest seriousness",
    "Overall seriousness",
    "File",
}
MAX_ROW_HEIGHT = 409.0  # Excel's tallest row
BOLD_SHARE = 0.85  # bold type fits about this share of a column's plain characters
# A case's Status parks it (1) or not (0), in any language the workbook was ever in: the
# contract's one rule, as shufflewords.is_parked reads it.
PARKED_FORMULA = (
    "("
    + "+".join(
        f'(UPPER(TRIM({NA_S_STATUS}))="{spelling.upper()}")'
        for spelling in spellings(STATUS_PARKED)
    )
    + ")"
)


@dataclass(slots=True)
class CaseRow:
    """A row of the Cases sheet to write: the tool's cells, and the meeting's as it left them."""

    key: str
    values: dict[str, Any]  # tool cells by header
    agreed: Any = ""
    status: Any = STATUS_TO_DISCUSS
    notes: Any = ""
    old_row: CasesRow | None = None  # where it was, for the meeting's own columns


@dataclass(slots=True)
class Content:
    """What the tool's sheets show: the Cases rows, and the other tables' rows ready to write."""

    rows: list[CaseRow]
    needs: list[NeedsRow]
    services: list[ServicesRow]
    returns: list[list[Any]]  # names.S_RETURNS_HEADER
    issues: list[list[Any]]  # names.S_ISSUES_HEADER (Issue.row)


# --- writing ------------------------------------------------------------------------------------


def _layout(old: ShuffleBook | None, setup: Setup) -> list[str]:
    """Cases columns: the meeting's order if there is one (so its formulas still point at the
    same cells), with any tool column it deleted added back at the end."""
    if old is None:
        return [*S_CASES_HEADER, *setup.questions.columns]
    header = list(old.header)
    while header and not header[-1]:
        header.pop()
    for name in (*S_CASES_HEADER, *setup.questions.columns):
        if name not in header:
            header.append(name)
    return header


def _height(
    values: dict[str, Any], widths: dict[str, float], headers: Iterable[str] = WRAPPED
) -> float:
    """A row height that shows all of its wrapped text: applications do not re-measure rows
    when they open a file (LibreOffice keeps the stored height; Excel often does too)."""
    height = LINE_HEIGHT + 3
    for header in headers:
        text = values.get(header)
        if isinstance(text, str) and text:
            height = max(height, text_height(text, widths.get(header, 16)))
    return min(MAX_ROW_HEIGHT, height)


ExtraSheets = Callable[[Any, Formats, Callable[[str], Any]], None]


def write_shuffle(
    target: Path,
    setup: Setup,
    content: Content,
    old: ShuffleBook | None,
    stamp: datetime,
    extra: ExtraSheets | None = None,
    replace: frozenset[str] = frozenset(),
) -> None:
    """Write the workbook. ``extra`` writes sheets another command owns (suggest), in place of
    the old ones named in ``replace``; it gets the workbook, the formats and a function that
    returns a sheet of that name (where the old one stood, or new at the end)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(target), TEXT_STAYS_TEXT)
    wb.set_properties(
        {"title": f"Shuffle: {setup.settings.audit_name}", "author": "needsaudit", "created": stamp}
    )
    fmt = Formats(wb)
    words = Words(setup.settings.language)
    entries = _sheet_entries(old, words, replace, extra is not None)
    renames = {
        actual: name
        for key, name in entries
        if old is not None
        and (actual := old.sheet(key) or key) != name
        and old.package.sheet(actual) is not None
    }
    carry = Writer(wb, renames)
    layout = _layout(old, setup)
    carried_sheets: dict[str, Sheet] = {}  # by their key (see _sheet_entries)
    added_cells: Sheet | None = None
    groups_added_columns: Sheet | None = None
    if old is not None:
        carried = {old.code_of_sheet(name) or name: name for name in old.carried}
        carried = {key: name for key, name in carried.items() if key not in replace}
        old_cases = old.sheet(SH_S_CASES) or SH_S_CASES
        old_groups = old.sheet(SH_S_GROUPS) or SH_S_GROUPS
        need = list(carried.values())
        if old.added_columns or old.groups_added_columns:
            need += [old_cases, old_groups]
        if need:
            subset = load_subset(old.data, need)
            for key, name in carried.items():
                info = old.package.sheet(name)
                cached = old.package.cells(info) if info else {}
                carried_sheets[key] = read_sheet(subset[name], cached)
                carried_sheets[key].page = read_page_setup(old.package, name)
            if old.added_columns:
                info = old.package.sheet(old_cases)
                cached = old.package.cells(info) if info else {}
                added_cells = read_sheet(
                    subset[old_cases], cached, [c for c, _ in old.added_columns]
                )
            if old.groups_added_columns:
                info = old.package.sheet(old_groups)
                cached = old.package.cells(info) if info else {}
                groups_added_columns = read_sheet(
                    subset[old_groups], cached, [c for c, _ in old.groups_added_columns]
                )

    sheets: dict[str, Any] = {}  # by key: the tool's sheets by their English names
    for key, name in entries:
        if key in TOOL_SHEETS or key in carried_sheets or (key in replace and extra is not None):
            ws = wb.add_worksheet(name)
            # The big tables go through a SheetBuffer (see fastsheet): same calls, much faster.
            sheets[key] = BufferedSheet(ws) if key in BUFFERED else ws
    names = dict(entries)

    rows = content.rows
    n = len(rows)
    last = max(n + 1, 2) + 200  # room below for the names the formulas use
    col = {h: i for i, h in enumerate(layout)}
    cases_sheet = quoted(names[SH_S_CASES])
    for name, header in (
        (NA_S_CASE_REFS, "Case ref"),
        (NA_S_AGREED, COL_AGREED),
        (NA_S_STATUS, COL_STATUS),
    ):
        letter = col_letters(col[header] + 1)
        wb.define_name(name, f"={cases_sheet}!${letter}$2:${letter}${last}")
    groups = old.groups if old else []
    group_rows = max(GROUP_ROWS, len(groups) + 50)
    wb.define_name(NA_S_GROUP_NAMES, f"={quoted(names[SH_S_GROUPS])}!$A$2:$A${group_rows + 1}")

    _write_cases(
        wb, sheets[SH_S_CASES], fmt, carry, setup, words, layout, rows, old, added_cells, last
    )
    members = _members(rows)
    cases_only = [row for row in rows if row.key]
    # The summary's words and rules: parked whatever its group; not grouped when no group is
    # typed and it is not parked; what is left is in a group or in one not defined.
    parked_cases = [is_parked(comparable(row.status)) for row in cases_only]
    parked = sum(parked_cases)
    not_grouped = sum(
        1
        for row, p in zip(cases_only, parked_cases, strict=True)
        if not p and not comparable(row.agreed)
    )
    _write_groups(
        sheets[SH_S_GROUPS],
        fmt,
        words,
        carry,
        groups,
        old,
        groups_added_columns,
        group_rows,
        members,
        len(cases_only),
        not_grouped,
        parked,
    )
    # What the Needs sheet's live Agreed group column shows: the cell as typed (INDEX()&"").
    agreed_of = {row.key: as_text(row.agreed) for row in rows if row.key}
    _write_needs(sheets[SH_S_NEEDS], fmt, words, content.needs, agreed_of)
    _write_services(sheets[SH_S_SERVICES], fmt, words, content.services)
    _write_cards(sheets[SH_S_CARDS], fmt, words, rows, content.needs)
    _write_returns(sheets[SH_S_RETURNS], fmt, words, content.returns)
    _write_issues(sheets[SH_S_ISSUES], fmt, words, content.issues)
    for key, sheet in carried_sheets.items():
        carry.sheet(sheets[key], sheet)
    if extra is not None:

        def sheet_for(name: str) -> Any:
            """One of the command's sheets, by its English name."""
            if name not in sheets:
                sheets[name] = wb.add_worksheet(_free(words.sheet(name), sheets.values()))
            return sheets[name]

        extra(wb, fmt, sheet_for)
    if old is not None:
        _define_meeting_names(wb, old, carry, sheets)
    about = wb.add_worksheet(SH_S_ABOUT)
    about_rows = [
        ("kind", SHUFFLE_KIND),
        ("version", str(SHUFFLE_VERSION)),
        ("audit_id", setup.settings.audit_id),
        ("audit_name", setup.settings.audit_name),
        ("written_by", f"needsaudit {__version__}"),
        ("merged_at", stamp.isoformat(timespec="seconds")),
        ("language", words.setting),
    ]
    about.write_row(0, 0, ABOUT_HEADER, fmt.header)
    for r, (k, v) in enumerate(about_rows, start=1):
        about.write_string(r, 0, k)
        about.write_string(r, 1, v)
    about.hide()
    sheets[SH_S_CASES].activate()
    buffered = [ws.buffer for ws in sheets.values() if isinstance(ws, BufferedSheet)]
    wb.close()
    inject(target, buffered)


def _define_meeting_names(wb: Any, old: ShuffleBook, carry: Writer, sheets: dict[str, Any]) -> None:
    """The names the meeting defined (a count, a range to chart), kept, and following the
    tool's sheets when they were renamed (a change of language): without them a formula that
    uses one would show #NAME?."""
    now = {_sheet_title(ws).casefold(): _sheet_title(ws) for ws in sheets.values()}
    for defined in meeting_names(old.package, TOOL_NAMES):
        formula = carry.formula(defined.formula)
        if defined.sheet is None:
            wb.define_name(defined.name, "=" + formula)
            continue
        sheet = carry.renames.get(defined.sheet, defined.sheet)
        if sheet.casefold() in now:  # a name local to a sheet that is gone goes with it
            wb.define_name(f"{quoted(now[sheet.casefold()])}!{defined.name}", "=" + formula)


def _free(name: str, taken: Iterable[Any]) -> str:
    """``name``, or a variant of it no other sheet has (a sheet the meeting added may already
    hold the name the tool's sheet has in another language)."""
    names = {_sheet_title(ws).casefold() for ws in taken}
    candidate, n = name, 2
    while candidate.casefold() in names:
        suffix = f" ({n})"
        candidate = name[: 31 - len(suffix)] + suffix
        n += 1
    return candidate


def _sheet_title(ws: Any) -> str:
    return str(ws.name)


def _sheet_entries(
    old: ShuffleBook | None, words: Words, replace: frozenset[str], extra: bool
) -> list[tuple[str, str]]:
    """The workbook's sheets in order, as (key, name): the tool's by their English names,
    named in the audit's language (the Sorting sheet, the sorters' once written, keeps its
    own); the meeting's by their own names. The old workbook's order is kept; the tool's
    sheets it lacks follow."""
    out: list[tuple[str, str]] = []
    for actual in old.sheet_order if old else []:
        code = old.code_of_sheet(actual) if old else None
        if code in TOOL_SHEETS or (code in replace and extra):
            out.append((code, words.sheet(code)))
        elif old is not None and actual in old.carried and code not in replace:
            key = code or actual
            out.append((key, words.sheet(code) if code in RENAMED_SHEETS else actual))
    keys = {key for key, _ in out}
    out += [(s, words.sheet(s)) for s in TOOL_SHEETS if s not in keys]
    # A name the tool would give may be a sheet of the meeting's already: the meeting's keep
    # theirs, and the tool's sheet takes its old name (or a numbered one).
    taken = {name.casefold() for key, name in out if key not in SHEET_WORDS}
    fixed = []
    for key, name in out:
        if key in SHEET_WORDS:
            if name.casefold() in taken:
                name = (old.sheet(key) if old else None) or key
            base, n = name, 2
            while name.casefold() in taken:
                suffix = f" ({n})"
                name = base[: 31 - len(suffix)] + suffix
                n += 1
            taken.add(name.casefold())
        fixed.append((key, name))
    return fixed


def _title(words: Words, message: str) -> str:
    """A validation's title: Excel allows 32 characters (bilingual when both fit, else the
    audit's first language)."""
    both = words.label(message)
    return both if len(both) <= 32 else Texts.one(words.t.primary, message)[:32]


def _top(cell: CarriedCell) -> CarriedCell:
    """A cell of a column the meeting added, aligned to the top of its row as every other cell
    of the sheet is (a new cell's default is the bottom, beside the next case's text)."""
    style = dict(cell.style)
    style.setdefault("valign", "top")
    return CarriedCell(cell.value, cell.formula, tuple(sorted(style.items())))


def _members(rows: Sequence[CaseRow]) -> dict[str, int]:
    """Cases a group has, by the contract's one rule (trimmed, ignoring case, not Parked)."""
    counts: dict[str, int] = {}
    for row in rows:
        if not row.key:
            continue
        agreed = group_key(comparable(row.agreed))
        if agreed and not is_parked(comparable(row.status)):
            counts[agreed] = counts.get(agreed, 0) + 1
    return counts


def _put(ws: Any, r: int, c: int, value: Any, cell_fmt: Any, fmt: Formats | None = None) -> None:
    """Write a value as the type it is; text is always text (never a formula, even when it
    starts with '=', '+', '-' or '@')."""
    if value.__class__ is str:
        if not value:
            ws.write_blank(r, c, None, cell_fmt)
            return
        if fmt is not None and value[0] in "=+-@":
            # Keep it text when someone edits the cell later, too (Excel's quote prefix).
            cell_fmt = fmt(quote_prefix=True, text_wrap=True)
        ws.write_string(r, c, safe_for_cell(value), cell_fmt)
    elif value is None:
        ws.write_blank(r, c, None, cell_fmt)
    elif isinstance(value, bool):
        ws.write_boolean(r, c, value, cell_fmt)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value, cell_fmt)
    elif isinstance(value, datetime | date):
        ws.write_datetime(r, c, value, cell_fmt)
    else:
        _put(ws, r, c, str(value), cell_fmt, fmt)


def _write_cases(
    wb: Any,
    ws: Any,
    fmt: Formats,
    carry: Writer,
    setup: Setup,
    words: Words,
    layout: list[str],
    rows: list[CaseRow],
    old: ShuffleBook | None,
    added_cells: Sheet | None,
    last: int,
) -> None:
    meeting_header_fmt = fmt(
        bold=True, bg_color="#FFF2CC", border=1, border_color=RULE, text_wrap=True
    )
    meeting_cell = fmt(bg_color="#FFFBEA", border=1, border_color="#E0D5A8", text_wrap=True)
    wrap = fmt(text_wrap=True)
    # The local questions' columns as the built-in ones of their kind (questions.py).
    dates = DATE_COLUMNS | setup.questions.columns_of(Kind.DATE)
    wrapped = WRAPPED | setup.questions.columns_of(Kind.TEXT)
    plain = fmt()
    date_fmt = fmt(num_format="yyyy-mm-dd")
    old_header_cols = {h: c for c, h in (old.added_columns if old else [])}
    widths: dict[str, float] = {h: WIDTHS.get(h, 16) for h in layout}
    titles = {h: h if h in old_header_cols else words.head(h) for h in layout}
    for c, header in enumerate(layout):
        if header in MEETING_COLUMNS:
            ws.write_string(0, c, titles[header], meeting_header_fmt)
        elif header in old_header_cols and added_cells is not None:
            cell = added_cells.cells.get((0, old_header_cols[header] - 1))
            if cell is not None:
                carry.cell(ws, 0, c, cell)
            else:
                ws.write_string(0, c, header, fmt.header)
        else:
            ws.write_string(0, c, titles[header], fmt.header)
        if header in old_header_cols and added_cells is not None:
            width = added_cells.widths.get(old_header_cols[header] - 1)
            widths[header] = width or 16
        ws.set_column(c, c, widths[header], None)
    # Headers wrap within their columns: the row is as tall as the tallest needs.
    ws.set_row(0, max(text_height(titles[h], widths[h], pad=4) for h in layout))
    for i, row in enumerate(rows, start=1):
        old_r = row.old_row.row - 1 if row.old_row is not None else None
        shown = {**row.values, COL_AGREED: row.agreed, COL_NOTES: row.notes}
        height = _height(shown, widths, (*wrapped, COL_AGREED)) if row.key else 15
        ws.set_row(i, height)
        for c, header in enumerate(layout):
            if header in MEETING_COLUMNS:
                raw = row.old_row.cells.get(header) if row.old_row is not None else None
                if raw is not None and raw.formula:
                    # The meeting wrote a formula here: it stays a formula, with the value it
                    # last showed, as in every other cell the meeting owns.
                    cached = raw.value if isinstance(raw.value, int | float | str | bool) else ""
                    formula = carry.formula(raw.formula)
                    ws.write_formula(i, c, "=" + formula, meeting_cell, cached)
                else:
                    decision = {COL_AGREED: row.agreed, COL_STATUS: row.status}
                    value = decision.get(header, row.notes)
                    if header == COL_STATUS and row.old_row is None:
                        # A new case's status, in the audit's language; the meeting's own
                        # (an existing case's) stays exactly as typed, in any language.
                        value = words.value(value)
                    _put(ws, i, c, value, meeting_cell, fmt)
            elif header in old_header_cols:
                if added_cells is not None and old_r is not None:
                    cell = added_cells.cells.get((old_r, old_header_cols[header] - 1))
                    if cell is not None:
                        carry.cell(ws, i, c, _top(cell))
            else:
                value = row.values.get(header)
                cell_fmt = date_fmt if header in dates else wrap if header in wrapped else plain
                if (
                    header in dates
                    and isinstance(value, int | float)
                    and not isinstance(value, bool)
                ):
                    value = serial_to_date(float(value))
                if header in VALUE_COLUMNS:
                    value = words.value(value)
                _put(ws, i, c, value, cell_fmt, fmt)
    if added_cells is not None:
        extras = Sheet(
            SH_S_CASES, validations=added_cells.validations, comments=added_cells.comments
        )
        carry.extras(ws, extras)
    n = len(rows)
    agreed_c, status_c = layout.index(COL_AGREED), layout.index(COL_STATUS)
    ws.data_validation(
        1,
        agreed_c,
        last - 1,
        agreed_c,
        {
            "validate": "list",
            "source": f"={NA_S_GROUP_NAMES}",
            "error_type": "warning",
            "error_title": _title(words, M("shuffle.agreed.error-title", "Not a Need Group yet")),
            "error_message": words.say(
                M(
                    "shuffle.agreed.error",
                    "This group is not on the {sheet} sheet. Add it there, or pick one from the "
                    "list.",
                    sheet=words.sheet(SH_S_GROUPS),
                )
            ),
            "input_title": _title(words, HEADER_WORDS[COL_AGREED]),
            "input_message": words.say(
                M("shuffle.agreed.help", "The Need Group the audit group agreed for this case.")
            ),
        },
    )
    ws.data_validation(
        1,
        status_c,
        last - 1,
        status_c,
        {
            "validate": "list",
            "source": [str(words.value(v)) for v in STATUSES],
            "input_title": _title(words, HEADER_WORDS[COL_STATUS]),
            "input_message": words.say(
                M(
                    "shuffle.status.help",
                    "{to_discuss}, {agreed}, or {parked} (parked cases are in no group).",
                    to_discuss=VALUE_WORDS[STATUS_TO_DISCUSS],
                    agreed=VALUE_WORDS[STATUS_AGREED],
                    parked=VALUE_WORDS[STATUS_PARKED],
                )
            ),
        },
    )
    if n:
        high = layout.index("Highest seriousness")
        levels = sorted(setup.lists.seriousness, key=lambda lv: lv.level)
        # Light enough for black text and for paper (a whole tall cell of navy is a lot of ink).
        shades = (
            {levels[-1].value: TEXT_SCALE_HIGH, levels[-2].value: TEXT_SCALE_MID}
            if len(levels) >= 2
            else {}
        )
        for value, shade in shades.items():
            ws.conditional_format(
                1,
                high,
                n,
                high,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": f'"{value}"',
                    "format": wb.add_format(
                        {
                            "bg_color": shade,
                            "font_color": "#000000",
                            "bold": True,
                        }
                    ),
                },
            )
        ret_c = layout.index(COL_RETURN)
        ws.conditional_format(
            1,
            ret_c,
            n,
            ret_c,
            {
                "type": "text",
                "criteria": "not containing",
                "value": str(words.value(RETURN_CURRENT)),
                "format": wb.add_format({"bg_color": SCALE_LOW, "italic": True}),
            },
        )
    # The meeting's columns stay in view while the meeting scrolls through story and needs.
    frozen = 0
    while frozen < len(layout) and layout[frozen] in S_CASES_FROZEN:
        frozen += 1
    ws.freeze_panes(1, max(frozen, layout.index("Case ref") + 1))
    ws.autofilter(0, 0, max(n, 1), len(layout) - 1)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_margins(left=0.3, right=0.3, top=0.4, bottom=0.5)
    printed = len(S_CASES_PRINTED)
    if tuple(layout[:printed]) == S_CASES_PRINTED:
        # One case a row at a readable size: the columns the meeting reads. A workbook made
        # before this layout keeps its own order (the meeting's formulas point at its cells)
        # and prints all its columns, as it always did.
        ws.print_area(0, 0, max(n, 1), printed - 1)
    page = words.label(M("shuffle.footer.page", "page &P of &N"))
    ws.set_footer(
        f"&L&8{setup.settings.audit_name.replace('&', '&&')[:80]}"
        f"&R&8{words.sheet(SH_S_CASES).replace('&', '&&')} · {page}"
    )


def _write_groups(
    ws: Any,
    fmt: Formats,
    words: Words,
    carry: Writer,
    groups: list[dict[str, RawCell | None]],
    old: ShuffleBook | None,
    extra: Sheet | None,
    rows: int,
    members: dict[str, int],
    n_cases: int,
    not_grouped: int,
    parked: int,
) -> None:
    header = list(S_GROUPS_HEADER)
    extra_cols = old.groups_added_columns if old else []
    for _, h in extra_cols:
        if h not in header:
            header.append(h)
    group_fmt = fmt(bg_color="#FFFBEA", border=1, border_color="#E0D5A8", text_wrap=True)
    live = fmt(bg_color="#F2F2F2", border=1, border_color=RULE)
    share_fmt = fmt(bg_color="#F2F2F2", border=1, border_color=RULE, num_format="0%")
    old_extra = {h: c for c, h in extra_cols}
    for c, h in enumerate(header):
        ws.write_string(
            0,
            c,
            h if h in old_extra else words.head(h),
            fmt.header
            if h in GROUPS_LIVE
            else fmt(bold=True, bg_color="#FFF2CC", border=1, border_color=RULE, text_wrap=True),
        )
    widths = {
        "Group": 20,
        "Description": 44,
        "Cases": 7 if words.setting == EN else 10,  # "Achosion"
        "Share": 7,
        "Realistic outcomes": 34,
        "Entry threshold": 26,
        "Services it should have": 30,
    }
    for c, h in enumerate(header):
        ws.set_column(c, c, widths.get(h, 20))
    ws.set_row(
        0,
        max(
            text_height(
                h if h in old_extra else words.head(h), widths.get(h, 20) * BOLD_SHARE, pad=4
            )
            for h in header
        ),
    )
    cases_c, share_c = header.index("Cases"), header.index("Share")
    row_heights: dict[int, float] = {}
    for i in range(rows):
        r = i + 1
        entry = groups[i] if i < len(groups) else {}
        if entry:
            # Rows the meeting has filled get room for their text; empty rows keep the
            # default height, which Excel grows as the meeting types.
            text = {h: cell_value(entry.get(h)) for h in header if h not in GROUPS_LIVE}
            row_heights[r] = _height(text, {h: widths.get(h, 20) for h in header}, text)
            ws.set_row(r, row_heights[r])
        for c, h in enumerate(header):
            if h in GROUPS_LIVE:
                continue
            if h in old_extra and extra is not None and entry:
                continue  # written below from the carried cells
            raw = entry.get(h) if entry else None
            if raw is not None and raw.formula:
                # The meeting's formula stays a formula (as on Cases), following the tool's
                # sheets if they were renamed, with the value it last showed.
                cached = raw.value if isinstance(raw.value, int | float | str | bool) else ""
                ws.write_formula(r, c, "=" + carry.formula(raw.formula), group_fmt, cached)
                continue
            _put(ws, r, c, cell_value(raw) if entry else None, group_fmt, fmt)
        name = comparable(cell_value(entry.get("Group"))) if entry else ""
        count = members.get(group_key(name), 0) if name else ""
        a = f"$A{r + 1}"
        ws.write_formula(
            r,
            cases_c,
            f'=IF(TRIM({a})="","",SUMPRODUCT((UPPER(TRIM({NA_S_AGREED}))=UPPER(TRIM({a})))*'
            f"(1-{PARKED_FORMULA})))",
            live,
            count,
        )
        share: float | str = (
            (count / n_cases) if (name and n_cases and isinstance(count, int)) else ""
        )
        ws.write_formula(
            r,
            share_c,
            f'=IF(OR(TRIM({a})="",COUNTA({NA_S_CASE_REFS})=0),"",'
            f"{col_letters(cases_c + 1)}{r + 1}/COUNTA({NA_S_CASE_REFS}))",
            share_fmt,
            share,
        )
    if extra is not None and old is not None:
        # The meeting's own columns, moved with their groups (empty rows are closed up).
        new_row = {old_r - 1: i + 1 for i, old_r in enumerate(old.group_rows)}
        new_row[0] = 0
        for (r, c), cell in extra.cells.items():
            name = old.groups_header[c] if c < len(old.groups_header) else ""
            if r in new_row and name in header:
                carry.cell(ws, new_row[r], header.index(name), cell)
    # Totals beside the table: tool-owned, restored on every merge.
    side = len(header) + 1
    # Counted from the group rows' own labels, once each (as the summary counts them).
    labels = {group_key(comparable(cell_value(g.get("Group")))) for g in groups[:rows]} - {""}
    grouped = sum(members.get(k, 0) for k in labels)
    cases_sum = f"SUM({col_letters(cases_c + 1)}2:{col_letters(cases_c + 1)}{rows + 1})"
    parked_formula = PARKED_FORMULA
    # The same four lines as the summary's Overview, adding up to the cases on Cases: a
    # parked case is counted once, under Parked, whatever its Agreed group says.
    totals = [
        (
            M("shuffle.totals.cases", "Cases on the {sheet} sheet", sheet=words.sheet(SH_S_CASES)),
            f"=COUNTA({NA_S_CASE_REFS})",
            n_cases,
        ),
        (
            M("shuffle.totals.grouped", "In a Need Group"),
            f"={cases_sum}",
            grouped,
        ),
        (
            M("shuffle.totals.not-grouped", "Not grouped yet"),
            f'=SUMPRODUCT((TRIM({NA_S_CASE_REFS})<>"")*(TRIM({NA_S_AGREED})="")*'
            f"(1-{parked_formula}))",
            not_grouped,
        ),
        (
            VALUE_WORDS[STATUS_PARKED],
            f'=SUMPRODUCT((TRIM({NA_S_CASE_REFS})<>"")*{parked_formula})',
            parked,
        ),
        (
            M("shuffle.totals.undefined", "In a group not defined"),
            # Typed a group, not parked, and not counted by any group row.
            f'=SUMPRODUCT((TRIM({NA_S_CASE_REFS})<>"")*(TRIM({NA_S_AGREED})<>"")*'
            f"(1-{parked_formula}))-{cases_sum}",
            n_cases - grouped - not_grouped - parked,
        ),
    ]
    ws.write_string(0, side, words.head(GROUPS_TOTALS), fmt.header)
    ws.write_string(0, side + 1, "", fmt.header)
    bold_wrap = fmt(bold=True, text_wrap=True)
    label_width = 26 if words.setting == EN else 34
    for i, (label, formula, cached) in enumerate(totals, start=1):
        shown = words.label(label)
        ws.write_string(i, side, shown, bold_wrap)
        tall = text_height(shown, label_width * BOLD_SHARE)
        if tall > row_heights.get(i, LINE_HEIGHT + 3):
            ws.set_row(i, tall)
        ws.write_formula(i, side + 1, formula, live, cached)
    ws.set_column(side, side, label_width)
    ws.set_column(side + 1, side + 1, 9)
    ws.write_string(
        7,
        side,
        words.say(
            M(
                "shuffle.groups.hint",
                "Type a short label in column A to add a group; the counts follow as cases are "
                "assigned.",
            )
        ),
        fmt(italic=True, font_color=MUTED),
    )
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_margins(left=0.3, right=0.3, top=0.4, bottom=0.5)
    # The groups defined so far, not the empty rows ready below them (nor the live totals
    # beside: their figures are on the Cases sheet). Groups added in Excel print after the
    # next merge or suggest, which set the print area again.
    ws.print_area(0, 0, max(len(groups), 1), len(header) - 1)
    ws.freeze_panes(1, 1)
    ws.data_validation(
        1,
        0,
        rows,
        0,
        {
            "validate": "length",
            "criteria": "<=",
            "value": 60,
            "ignore_blank": True,
            "error_type": "warning",
            "error_message": words.say(
                M(
                    "shuffle.groups.too-long",
                    "Keep the group label short; reword it in {description}.",
                    description=HEADER_WORDS["Description"],
                )
            ),
        },
    )


def _write_table(
    ws: Any,
    fmt: Formats,
    words: Words,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: dict[str, int],
    printed: int | None = None,
) -> int:
    """A plain table; ``printed``: how many of its columns print (all by default). Headers
    and the values of VALUE_COLUMNS in the audit's language."""
    titles = [words.head(h) for h in header]
    ws.write_row(0, 0, titles, fmt.header)
    wrap = fmt(text_wrap=True)
    quote = fmt(quote_prefix=True, text_wrap=True)
    width = [widths.get(h, 14) for h in header]
    printed = printed or len(header)
    translated = [i for i, h in enumerate(header) if h in VALUE_COLUMNS]
    n = 0
    for r, values in enumerate(rows, start=1):
        if translated and words.setting != EN:
            values = list(values)
            for i in translated:
                if i < len(values):
                    values[i] = words.value(values[i])
        ws.buffer.write_text_row(r, values, wrap, quote)
        shown = zip(values[:printed], width, strict=False)
        tall = max((text_height(v, w) for v, w in shown if isinstance(v, str)), default=0.0)
        if tall > LINE_HEIGHT + 3:
            ws.set_row(r, min(MAX_ROW_HEIGHT, tall))
        n = r
    for c, w in enumerate(width):
        ws.set_column(c, c, w)
    ws.set_row(0, max(text_height(h, w, pad=4) for h, w in zip(titles, width, strict=True)))
    ws.freeze_panes(1, 1)
    ws.autofilter(0, 0, max(n, 1), len(header) - 1)
    print_table(ws, max(n, 1), printed - 1)
    return n


def _write_needs(
    ws: Any, fmt: Formats, words: Words, needs: list[NeedsRow], agreed_of: dict[str, str]
) -> None:
    widths = {
        "Case ref": 9,
        "Who": 11,
        "Area": 15,
        "Need": 36,
        "If not met": 24,
        "Seriousness": 11,
        "Desired outcome": 24,
        "Work to plan and do": 24,
        "Best placed service": 18,
        "Met now": 8,
        "Quality": 12,
        "Agreed group": 14,
    }
    _write_table(ws, fmt, words, S_NEEDS_HEADER, needs, widths)
    live = fmt(bg_color="#F2F2F2")
    col = len(S_NEEDS_HEADER) - 1
    for r, values in enumerate(needs, start=1):
        a = f"$A{r + 1}"
        match = f"MATCH({a},{NA_S_CASE_REFS},0)"
        ws.write_formula(
            r,
            col,
            f'=IF(ISNUMBER({match}),INDEX({NA_S_AGREED},{match})&"","")',
            live,
            agreed_of.get(case_key(str(values.case_ref)), ""),
        )


def _write_services(ws: Any, fmt: Formats, words: Words, services: list[ServicesRow]) -> None:
    _write_table(
        ws,
        fmt,
        words,
        S_SERVICES_HEADER,
        services,
        {"Case ref": 10, "Service": 40, "Provider": 30, "Still open": 9, "Matched to needs": 10},
    )


def _write_returns(ws: Any, fmt: Formats, words: Words, rows: list[list[Any]]) -> None:
    _write_table(
        ws,
        fmt,
        words,
        S_RETURNS_HEADER,
        rows,
        {"File": 44, "Case ref": 10, "Result": 11, "Issues": 40, "Modified": 17, "SHA-256": 66},
        printed=len(S_RETURNS_HEADER) - 1,  # the fingerprint is for scripts, not for paper
    )


ISSUE_WIDTHS = {
    "File": 30,
    "Case ref": 10,
    "Sheet": 9,
    "Cell": 6,
    "Severity": 8,
    "Code": 18,
    "Message": 70,
    "Field": 16,
    "Details": 30,
}


# Field and Details are for scripts, not for paper (like the Returns' fingerprints).
ISSUES_PRINTED = S_ISSUES_HEADER.index("Message") + 1


def _write_issues(ws: Any, fmt: Formats, words: Words, rows: list[list[Any]]) -> None:
    _write_table(ws, fmt, words, S_ISSUES_HEADER, rows, ISSUE_WIDTHS, printed=ISSUES_PRINTED)


CARD_CASE = M("shuffle.card.case", "Case")
CARD_AGE = M("shuffle.card.age", "age")
CARD_HIGHEST = M("shuffle.card.highest", "highest")
CARD_COLUMNS = (13, 44, 11, 28)  # Who, Need, Seriousness, Desired outcome: portrait A4 at 100%
# Welsh and bilingual cards: "Difrifoldeb / Seriousness" and "2 Cymedrol / Moderate" need a
# wider Seriousness column (two lines, not four), taken from Need; the same width in all.
CARD_COLUMNS_WELSH = (13, 42, 13, 28)
CARD_PAGE = 740.0  # points of rows a portrait A4 page holds inside its margins, with a little spare
CARD_WIDTH = sum(CARD_COLUMNS)


def _write_cards(
    ws: Any, fmt: Formats, words: Words, rows: list[CaseRow], needs: list[NeedsRow]
) -> None:
    """One card per case for meetings that shuffle cards on paper; page breaks so none is split."""
    english = words.setting == EN
    columns = CARD_COLUMNS if english else CARD_COLUMNS_WELSH
    for col, width in enumerate(columns):
        ws.set_column(col, col, width)
    ws.set_portrait()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.5, bottom=0.5)
    ws.hide_gridlines(2)
    title = fmt(
        bold=True,
        font_size=12,
        bg_color=HEADER_FILL,
        border=1,
        border_color=RULE,
        valign="vcenter",
        text_wrap=True,
    )
    text = fmt(text_wrap=True, border=1, border_color=RULE)
    head = fmt(bold=True, font_color=MUTED, border=1, border_color=RULE, text_wrap=not english)
    by_case: dict[str, list[NeedsRow]] = {}
    for values in needs:
        by_case.setdefault(case_key(str(values.case_ref)), []).append(values)
    # The cards' own words: a bilingual card reads "Achos / Case C1", as its headings do.
    heads = tuple(words.head(h) for h in ("Who", "Need", "Seriousness", "Desired outcome"))
    # English headings fit on a line; Welsh and bilingual ones may wrap, and the row grows by
    # the lines they take, measured with the bold type's own widths (text_height's estimate
    # for running text made these rows three lines too tall).
    heads_height = max(
        15.0,
        *(
            15.0 if english else bold_label_lines(h, w) * LINE_HEIGHT + 3
            for h, w in zip(heads, columns, strict=True)
        ),
    )
    used = 0.0
    breaks: list[int] = []
    r = 0
    for row in rows:
        if not row.key:
            continue
        v = row.values
        card: list[tuple[str, Any, float]] = []
        age = v.get("Age")
        highest = v.get("Highest seriousness")
        # Labels and their values side by side (a bilingual label, then the value once).
        heading = " · ".join(
            str(x)
            for x in (
                f"{words.label(CARD_CASE)} {v.get('Case ref')}",
                f"{words.label(CARD_AGE)} {as_text(age)}" if age not in (None, "") else "",
                v.get("Sex"),
                v.get("Legal status"),
                v.get("Primary need"),
                f"{words.label(CARD_HIGHEST)}: {highest}" if highest else "",
            )
            if x
        )
        story = str(v.get("Story") or "")
        card.append(("title", heading, max(22.0, text_height(heading, CARD_WIDTH, 12, 6))))
        card.append(("story", story, min(MAX_ROW_HEIGHT, text_height(story, CARD_WIDTH))))
        card.append(("head", heads, heads_height))
        for need in by_case.get(row.key, []):
            cells = (need.who, need.need, need.seriousness, need.outcome)
            sized = zip(cells, columns, strict=True)
            tall = max(text_height(str(x or ""), w) for x, w in sized)
            card.append(("need", cells, tall))
        received = v.get("Services received")
        services = (
            str(received).replace("\n", "; ").replace("• ", "")
            if received
            else words.label(M("shuffle.card.none-recorded", "none recorded"))
        )
        line = f"{words.head('Services received')}: {services}"
        card.append(("services", line, text_height(line, CARD_WIDTH)))
        group_line = f"{words.head(COL_AGREED)}: ____________________"
        card.append(("group", group_line, max(18.0, text_height(group_line, CARD_WIDTH))))
        height = sum(h for _, _, h in card) + 14
        if used and used + height > CARD_PAGE:
            breaks.append(r)
            used = 0.0
        used += height
        for kind, content, h in card:
            ws.set_row(r, h)
            if kind == "title":
                ws.merge_range(r, 0, r, 3, content, title)
            elif kind in ("story", "services", "group"):
                ws.merge_range(r, 0, r, 3, safe_for_cell(str(content)), text)
            elif kind == "head":
                for c, label in enumerate(content):
                    ws.write_string(r, c, label, head)
            else:
                for c, value in enumerate(content):
                    _put(ws, r, c, value, text, fmt)
            r += 1
        ws.set_row(r, 14)
        r += 1
    if breaks:
        ws.set_h_pagebreaks(breaks[:1023])  # Excel's limit on manual page breaks
    ws.print_area(0, 0, max(r - 1, 0), 3)
