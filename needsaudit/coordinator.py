"""The coordinator workbook: run every step of the audit from Excel.

Two files are built from ``macros/*.bas`` and this module, never edited by hand:

- ``needsaudit_coordinator.xlsm``: a Control sheet with one button per step. Each button runs
  a VBA Sub (macros/NeedsAudit.bas) that calls ``needsaudit.xl`` through the xlwings add-in.
- ``needsaudit_coordinator.xlsx``: the same sheets without macros, for councils that block
  them. With the xlwings add-in, choose a step on the Control sheet and click "Run main" on
  the xlwings tab (xlwings imports the module named after the workbook:
  ``needsaudit_coordinator``, which hands over to ``needsaudit.xl.main``).

On a machine without Excel or Python, both still show, beside each step, the command that
does the same job from a terminal, built by a formula from the folder typed on the sheet.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from . import __version__
from .coordwords import SHEET_WORDS, STATUS_WORDS, STEP_LABELS, step_does, step_label
from .coordwords import sheet as coordinator_sheet
from .i18n import EN, M, Msg, Texts
from .names import (
    C_ISSUES_HEADER,
    C_STATUS_HEADER,
    COORDINATOR_STEM,
    EXCEL_STEPS,
    MAX_SUGGESTED,
    NA_C_AUDITOR,
    NA_C_CASES,
    NA_C_FOLDER,
    NA_C_GROUPS,
    NA_C_NO_PYTHON,
    NA_C_RESULT,
    NA_C_SAMPLE,
    NA_C_SEED,
    NA_C_STEP,
    NA_C_WHEN,
    NA_C_WORKING,
    SH_C_CONTROL,
    SH_C_HELP,
    SH_C_ISSUES,
    SH_C_STATUS,
    ExcelStep,
)
from .shufflewords import Words, quoted
from .styles import (
    INPUT_FILL,
    MUTED,
    RULE,
    SECTION_FILL,
    TEXT_STAYS_TEXT,
    Formats,
    print_table,
    text_height,
)
from .vba import Module, vba_project
from .workbook import atomic_write_bytes, now

# Inputs on the Control sheet: (defined name, row, label, hint). Rows are 0-based.
INPUTS: tuple[tuple[str, int, Msg, Msg], ...] = (
    (
        NA_C_FOLDER,
        3,
        M("coordinator.input.folder", "Audit folder"),
        M(
            "coordinator.input.folder.hint",
            "A full path, or a path relative to this workbook's folder ('.' is this folder).",
        ),
    ),
    (
        NA_C_AUDITOR,
        4,
        M("coordinator.input.auditor", "Only this auditor's forms"),
        M("coordinator.input.auditor.hint", "Optional, for Make forms."),
    ),
    (
        NA_C_CASES,
        5,
        M("coordinator.input.cases", "Cases list for a new audit"),
        M(
            "coordinator.input.cases.hint",
            "Optional, for New audit: a CSV or Excel list with Case ref, Auditor, Agency "
            "(and Family ref).",
        ),
    ),
    (
        NA_C_SAMPLE,
        6,
        M("coordinator.input.sample", "Draw a random sample of"),
        M(
            "coordinator.input.sample.hint",
            "Optional, for New audit: how many cases to draw at random from the list.",
        ),
    ),
    (
        NA_C_SEED,
        7,
        M("coordinator.input.seed", "Seed for the sample"),
        M("coordinator.input.seed.hint", "Same list and seed, same sample. Blank means 0."),
    ),
    (
        NA_C_GROUPS,
        9,
        M("coordinator.input.groups", "Number of groups to suggest"),
        M(
            "coordinator.input.groups.hint",
            "Optional, for Suggest groups: blank lets the data choose (and the result names "
            "the next best numbers to try).",
        ),
    ),
    (
        NA_C_STEP,
        8,
        M("coordinator.input.step", "Step for 'Run main'"),
        M(
            "coordinator.input.step.hint",
            "For the xlwings add-in without macros: choose a step, then click Run main on the "
            "xlwings tab.",
        ),
    ),
)
RESULT_ROW, WHEN_ROW, STEPS_HEADER_ROW = 10, 14, 16
# The macros' words (names.NA_C_WORKING, NA_C_NO_PYTHON) on a hidden row below the steps.
MACRO_WORDS_ROW = STEPS_HEADER_ROW + len(EXCEL_STEPS) + 2

WORKING = M("coordinator.working", "needsaudit: working...")
# {why} and {step} stay as they are: the macro fills them (Err.Description, the step's command).
# TRANSLATORS: no ŵ or ŷ here: Excel's message box (VBA MsgBox) shows only Windows-1252.
NO_PYTHON = M(
    "coordinator.no-python",
    "Excel could not run Python for this step ({why}).\n\nThe buttons need Python, needsaudit "
    "and the xlwings add-in on this computer: ask IT to install them (the README's Excel section "
    "says how).\n\nUntil then, the line beside each step on the {control} sheet does the same "
    "job when typed in a terminal: needsaudit {step} <audit folder>",
    why="{why}",
    step="{step}",
    control=SHEET_WORDS[SH_C_CONTROL],
)
MACROS_DIR = Path(__file__).resolve().parent.parent / "macros"


def macro_words(language: str) -> tuple[str, str]:
    """The status bar's words while a step runs, and the message when Python cannot start
    (bilingual: the whole Welsh message, a blank line, the whole English one)."""
    t = Texts(language)
    no_python = "\n\n".join(text for _, text in t.each(NO_PYTHON))
    return t.label(WORKING), no_python


def _q(ref: str) -> str:
    return f'""""&{ref}&""""'


def command_formula(step: ExcelStep) -> str:
    """An Excel formula showing the terminal command for ``step`` with the sheet's inputs."""
    folder = f'IF({NA_C_FOLDER}="","<audit folder>",{_q(NA_C_FOLDER)})'
    if step.entry == "demo":
        folder = f'IF({NA_C_FOLDER}="","",{_q(NA_C_FOLDER)})'
    extra = ""
    if step.entry == "forms":
        extra = f'&IF({NA_C_AUDITOR}="",""," --auditor "&{_q(NA_C_AUDITOR)})'
    elif step.entry == "init":
        extra = (
            f'&IF({NA_C_CASES}="",""," --cases "&{_q(NA_C_CASES)})'
            f'&IF({NA_C_SAMPLE}="",""," --sample "&{NA_C_SAMPLE}&" --seed "'
            f'&IF({NA_C_SEED}="",0,{NA_C_SEED}))'
        )
    elif step.entry == "suggest":
        extra = f'&IF({NA_C_GROUPS}="",""," --groups "&{NA_C_GROUPS})'
    return f'="needsaudit {step.command} "&{folder}{extra}'


def command_text(step: ExcelStep, folder: str = "", **options: Any) -> str:
    """What ``command_formula`` shows, computed here (cached values, messages)."""

    def q(text: object) -> str:
        return f'"{text}"'

    parts = ["needsaudit", step.command]
    if step.entry == "demo":
        parts.append(q(folder) if folder else "")
    else:
        parts.append(q(folder) if folder else "<audit folder>")
    if step.entry == "forms" and options.get("auditor"):
        parts.append(f"--auditor {q(options['auditor'])}")
    if step.entry == "init":
        if options.get("cases"):
            parts.append(f"--cases {q(options['cases'])}")
        if options.get("sample"):
            parts.append(f"--sample {options['sample']} --seed {options.get('seed') or 0}")
    if step.entry == "suggest" and options.get("groups"):
        parts.append(f"--groups {options['groups']}")
    return " ".join(parts)


def macro_sources(macros: Path | None = None) -> dict[str, str]:
    """The ``.bas`` files in ``macros/``: module name -> source text."""
    folder = macros or MACROS_DIR
    if not folder.is_dir():
        from .i18n import _
        from .issues import NeedsAuditError

        raise NeedsAuditError(
            _(
                "The VBA sources are not at {folder}: build the coordinator workbook from a "
                "copy of the needsaudit source, or use the ready-made one in its workbooks/ "
                "folder."
            ).format(folder=folder)
        )
    return {
        path.stem: path.read_text("ascii").replace("\r\n", "\n")
        for path in sorted(folder.glob("*.bas"))
    }


def coordinator_modules(macros: Path | None = None, sheets: tuple[str, ...] = ()) -> list[Module]:
    """Standard modules from ``macros/``, then the document modules Excel expects: one for
    the workbook and one per sheet, named by code name (empty: no event code)."""
    modules = [Module(name, source) for name, source in macro_sources(macros).items()]
    modules.append(Module("ThisWorkbook", "", "workbook"))
    modules += [Module(f"Sheet{i}", "", "sheet") for i in range(1, len(sheets) + 1)]
    return modules


def _write(macro_enabled: bool, folder: str, macros: Path | None, language: str = EN) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, **TEXT_STAYS_TEXT})
    wb.set_properties(
        {
            "title": "needsaudit coordinator",
            "subject": "Run a needs-led case audit from Excel",
            "author": "needsaudit",
            "comments": f"Built by needsaudit {__version__} from macros/; do not edit by hand",
            "created": now(),
        }
    )
    fmt = Formats(wb)
    t = Texts(language)
    sheet_names = (SH_C_CONTROL, SH_C_ISSUES, SH_C_STATUS, SH_C_HELP)
    control = wb.add_worksheet(coordinator_sheet(SH_C_CONTROL, language))
    issues = wb.add_worksheet(coordinator_sheet(SH_C_ISSUES, language))
    status = wb.add_worksheet(coordinator_sheet(SH_C_STATUS, language))
    help_ws = wb.add_worksheet(coordinator_sheet(SH_C_HELP, language))
    if macro_enabled:
        wb.set_vba_name("ThisWorkbook")
        for i, ws in enumerate((control, issues, status, help_ws), start=1):
            ws.set_vba_name(f"Sheet{i}")
        project = vba_project(coordinator_modules(macros, sheet_names))
        wb.add_vba_project(io.BytesIO(project), is_stream=True)

    _control_sheet(wb, control, fmt, t, macro_enabled, folder)
    issues_header = [Words(language).head(h) for h in C_ISSUES_HEADER]
    filled = M("coordinator.filled-in-by", "Filled in by {step}.")
    _table_sheet(
        issues,
        fmt,
        issues_header,
        (28, 10, 9, 6, 8, 18, 70, 16, 30),
        t.label(M(filled.key, filled.source, step=_either(t, "check", "merge"))),
    )
    _table_sheet(
        status,
        fmt,
        [t.label(STATUS_WORDS[h]) for h in C_STATUS_HEADER],
        (22, 7, 9, 11, 9, 40, 40),
        t.label(M(filled.key, filled.source, step=step_label("status", language))),
    )
    _help_sheet(help_ws, fmt, t)
    control.activate()
    wb.close()
    return buffer.getvalue()


def _short(t: Texts, message: str) -> str:
    """A validation title (Excel allows 32 characters)."""
    both = t.label(message)
    return both if len(both) <= 32 else Texts.one(t.primary, message)[:32]


def _either(t: Texts, one: str, other: str) -> str:
    """Two steps by their labels, as "Check returns or Merge returns"."""
    return t.label(
        M(
            "coordinator.either",
            "{one} or {other}",
            one=STEP_LABELS[one],
            other=STEP_LABELS[other],
        )
    )


def _control_sheet(
    wb: Any, ws: Any, fmt: Formats, t: Texts, macro_enabled: bool, folder: str
) -> None:
    title = fmt(bold=True, font_size=16, font_color=SECTION_FILL, valign="vcenter")
    label = fmt(bold=True)
    box = fmt(bg_color=INPUT_FILL, border=1, border_color=RULE)
    hint = fmt(italic=True, font_color=MUTED, text_wrap=True)
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 36)
    ws.set_column(2, 2, 52)
    ws.set_column(3, 3, 50)
    ws.hide_gridlines(2)
    ws.set_row(0, 26)
    language = t.setting
    here = quoted(ws.name)
    ws.write_string(0, 0, t.label(M("coordinator.title", "needsaudit: audit coordinator")), title)
    if macro_enabled:
        intro = M(
            "coordinator.intro.macros",
            "Run each step of the needs-led case audit from here. Click a button: Python does "
            "the work and writes the result below. Without Excel and Python, the command "
            "beside each step does the same job from a terminal. See the {help} sheet.",
            help=SHEET_WORDS[SH_C_HELP],
        )
    else:
        intro = M(
            "coordinator.intro.no-macros",
            "Run each step of the needs-led case audit from here. This copy has no macros: "
            "use the xlwings add-in's Run main (row 9), or the command beside each step. "
            "Without Excel and Python, the command beside each step does the same job from a "
            "terminal. See the {help} sheet.",
            help=SHEET_WORDS[SH_C_HELP],
        )
    intro_text = t.sentence(intro)
    ws.merge_range(1, 0, 1, 3, intro_text, fmt.wrap)
    ws.set_row(1, max(30.0, text_height(intro_text, 26 + 36 + 52 + 50)))
    for name, row, text, note in INPUTS:
        note_text, label_text = t.sentence(note), t.label(text)
        # Room for a two-line hint (a bilingual one: the Welsh, then the English) and label.
        ws.set_row(
            row, max(27.0, text_height(note_text, 52), text_height(label_text, 26 * BOLD_SHARE))
        )
        ws.write_string(row, 0, label_text, fmt(bold=True, text_wrap=True))
        if name == NA_C_FOLDER and folder:
            ws.write_string(row, 1, folder, box)
        else:
            ws.write_blank(row, 1, None, box)
        ws.write_string(row, 2, note_text, hint)
        wb.define_name(name, f"={here}!$B${row + 1}")
    step_row = next(row for name, row, *_ in INPUTS if name == NA_C_STEP)
    # The dropdown's labels: both languages where Excel's 255 characters allow, else the
    # first language's (Run main knows a step by its label in either language).
    choices = [step_label(st.entry, language) for st in EXCEL_STEPS]
    if len(",".join(choices)) > 255:
        choices = [step_label(st.entry, t.primary) for st in EXCEL_STEPS]
    ws.write_string(step_row, 1, choices[3], box)
    ws.data_validation(
        step_row,
        1,
        step_row,
        1,
        {
            "validate": "list",
            "source": choices,
            "input_title": _short(t, M("coordinator.step.title", "Step")),
            "input_message": t.sentence(
                M("coordinator.step.help", "The step Run main (xlwings tab) runs.")
            ),
        },
    )
    sample_row = next(row for name, row, *_ in INPUTS if name == NA_C_SAMPLE)
    ws.data_validation(
        sample_row,
        1,
        sample_row + 1,
        1,
        {
            "validate": "integer",
            "criteria": ">=",
            "value": 0,
            "error_message": t.sentence(M("coordinator.whole-number", "A whole number, or blank.")),
        },
    )
    groups_row = next(row for name, row, *_ in INPUTS if name == NA_C_GROUPS)
    ws.data_validation(
        groups_row,
        1,
        groups_row,
        1,
        {
            "validate": "integer",
            "criteria": "between",
            "minimum": 1,
            "maximum": MAX_SUGGESTED,
            "error_message": t.sentence(
                M(
                    "coordinator.groups-number",
                    "A whole number from 1 to {most}, or blank.",
                    most=MAX_SUGGESTED,
                )
            ),
        },
    )

    last_result = t.label(M("coordinator.last-result", "Last result"))
    ws.write_string(RESULT_ROW, 0, last_result, fmt(bold=True, text_wrap=True, valign="top"))
    ws.set_row(RESULT_ROW, max(15.0, text_height(last_result, 26 * BOLD_SHARE)))
    ws.merge_range(
        RESULT_ROW,
        1,
        RESULT_ROW + 3,
        3,
        t.sentence(M("coordinator.nothing-yet", "Nothing run yet.")),
        fmt(text_wrap=True, border=1, border_color=RULE, bg_color="#F7F9FC"),
    )
    wb.define_name(NA_C_RESULT, f"={here}!$B${RESULT_ROW + 1}")
    ws.write_string(WHEN_ROW, 0, t.label(M("coordinator.when", "When")), label)
    ws.write_blank(WHEN_ROW, 1, None, fmt(num_format="yyyy-mm-dd hh:mm", align="left"))
    wb.define_name(NA_C_WHEN, f"={here}!$B${WHEN_ROW + 1}")

    heads = [
        t.label(M("coordinator.col.step", "Step")),
        t.label(M("coordinator.col.button", "Button"))
        if macro_enabled
        else t.label(M("coordinator.col.how", "How to run")),
        t.label(M("coordinator.col.does", "What it does")),
        t.label(M("coordinator.col.command", "Command without Excel")),
    ]
    ws.write_row(STEPS_HEADER_ROW, 0, heads, fmt.header)
    for i, step in enumerate(EXCEL_STEPS):
        row = STEPS_HEADER_ROW + 1 + i
        step_name = step_label(step.entry, language)
        does = step_does(step.entry, language)
        how = t.sentence(
            M("coordinator.run-main", "Run main with '{step}' chosen in row 9", step=step_name)
        )
        ws.set_row(row, max(36.0, text_height(does, 52), text_height(how, 36)))
        ws.write_string(row, 0, step_name, fmt(bold=True, text_wrap=True))
        if macro_enabled:
            ws.insert_button(
                row,
                1,
                {
                    "macro": step.macro,
                    "caption": step_name,
                    "width": 200,
                    "height": 32,
                    "x_offset": 4,
                    "y_offset": 8,
                },
            )
        else:
            ws.write_string(row, 1, how, hint)
        ws.write_string(row, 2, does, fmt.wrap)
        ws.write_formula(
            row, 3, command_formula(step), fmt(font_name="Consolas"), command_text(step, folder)
        )
    working, no_python = macro_words(language)
    ws.set_row(MACRO_WORDS_ROW, None, None, {"hidden": True})
    ws.write_string(MACRO_WORDS_ROW, 0, working)
    ws.write_string(MACRO_WORDS_ROW, 1, no_python)
    wb.define_name(NA_C_WORKING, f"={here}!$A${MACRO_WORDS_ROW + 1}")
    wb.define_name(NA_C_NO_PYTHON, f"={here}!$B${MACRO_WORDS_ROW + 1}")
    ws.freeze_panes(1, 0)
    ws.set_landscape()
    ws.set_paper(9)
    # English on one page; Welsh and bilingual words take more room: as many pages as they
    # need, at a readable size.
    ws.fit_to_pages(1, 1 if t.setting == EN else 0)


def _table_sheet(
    ws: Any, fmt: Formats, header: list[str], widths: tuple[int, ...], filled: str
) -> None:
    ws.write_row(0, 0, header, fmt.header)
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.set_row(0, max(text_height(h, w, pad=4) for h, w in zip(header, widths, strict=True)))
    ws.write_string(1, 0, filled, fmt(italic=True, font_color=MUTED))
    ws.freeze_panes(1, 0)
    print_table(ws, 1, len(header) - 1)


HELP: tuple[tuple[Msg, bool], ...] = (
    (M("coordinator.help.how", "How it works"), True),
    (
        M(
            "coordinator.help.how.text",
            "Each button runs one step of the audit in Python (needsaudit), through the xlwings "
            "add-in. Python reads the audit folder on the Control sheet, does the work, writes "
            "the result there (issues on the Issues sheet, chasing on the Status sheet) and "
            "opens the workbook it made.",
        ),
        False,
    ),
    (
        M(
            "coordinator.help.merge",
            "Merge during the meeting: if shuffle.xlsx is open in this Excel, Merge saves it (so "
            "nothing typed is lost), closes it, merges, and reopens it at the sheet and cell you "
            "were on. If it is open on another computer or in LibreOffice, Merge stops and says "
            "who has it.",
        ),
        False,
    ),
    (M("coordinator.help.needs", "What the buttons need"), True),
    (
        M(
            "coordinator.help.needs.text",
            "Python 3.11 or later with needsaudit and xlwings installed, and the xlwings add-in "
            "(run 'xlwings addin install' once). On a council laptop this usually means asking "
            "IT.",
        ),
        False,
    ),
    (
        M(
            "coordinator.help.blocked",
            "If the workbook came by email or download, Windows marks it as from the internet "
            "and Excel blocks its macros: right-click the file, Properties, tick Unblock, OK; or "
            "keep it in a trusted location. Where only signed macros may run, use the "
            "macro-free needsaudit_coordinator.xlsx with the xlwings tab's Run main, or the "
            "commands.",
        ),
        False,
    ),
    (M("coordinator.help.without", "Without Excel or without Python on this computer"), True),
    (
        M(
            "coordinator.help.without.text",
            "The last column of the Control sheet shows the command for each step, built from "
            "the folder you typed. An analyst can run it in a terminal where needsaudit is "
            "installed: the result is the same.",
        ),
        False,
    ),
    (M("coordinator.help.data", "Data protection"), True),
    (
        M(
            "coordinator.help.data.text",
            "This workbook holds no case data, only the folder, the last result, and (after "
            "Check or Status) file names, case refs and issue messages, which never repeat what "
            "an auditor typed. Keep it with the audit folder, on the council's secure storage.",
        ),
        False,
    ),
)


HELP_WIDTH = 80  # portrait A4 at 100%
BOLD_SHARE = 0.85  # bold type fits about this share of a column's plain characters


def _help_sheet(ws: Any, fmt: Formats, t: Texts) -> None:
    ws.set_column(0, 0, HELP_WIDTH)
    ws.hide_gridlines(2)
    ws.set_paper(9)
    ws.set_portrait()
    ws.fit_to_pages(1, 0)
    row = 0
    for message, heading in HELP:
        text = t.label(message) if heading else t.sentence(message)
        ws.write_string(
            row, 0, text, fmt(bold=True, font_size=12, text_wrap=True) if heading else fmt.wrap
        )
        if heading:
            ws.set_row(row, max(20.0, text_height(text, HELP_WIDTH * BOLD_SHARE, 12)))
        else:
            ws.set_row(row, text_height(text, HELP_WIDTH))
        row += 1 if heading else 2
    ws.print_area(0, 0, row, 0)


def build_coordinator(
    out: Path, folder: str = "", macros: Path | None = None, language: str = EN
) -> tuple[Path, Path]:
    """Write ``needsaudit_coordinator.xlsm`` and ``.xlsx`` into ``out``; ``folder`` is typed
    into the Audit folder cell (a path, or '.' for the folder the workbooks are in); their
    words in ``language`` (en, cy or cy+en)."""
    xlsm = out / f"{COORDINATOR_STEM}.xlsm"
    xlsx = out / f"{COORDINATOR_STEM}.xlsx"
    from .workbook import refuse_if_open

    for path in (xlsm, xlsx):
        refuse_if_open(path)
    atomic_write_bytes(xlsm, _write(True, folder, macros, language))
    atomic_write_bytes(xlsx, _write(False, folder, macros, language))
    return xlsm, xlsx
