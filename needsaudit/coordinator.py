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
from .names import (
    C_ISSUES_HEADER,
    C_STATUS_HEADER,
    COORDINATOR_STEM,
    EXCEL_STEPS,
    NA_C_AUDITOR,
    NA_C_CASES,
    NA_C_FOLDER,
    NA_C_RESULT,
    NA_C_SAMPLE,
    NA_C_SEED,
    NA_C_STEP,
    NA_C_WHEN,
    SH_C_CONTROL,
    SH_C_HELP,
    SH_C_ISSUES,
    SH_C_STATUS,
    ExcelStep,
)
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
INPUTS = (
    (
        NA_C_FOLDER,
        3,
        "Audit folder",
        "A full path, or a path relative to this workbook's folder ('.' is this folder).",
    ),
    (NA_C_AUDITOR, 4, "Only this auditor's forms", "Optional, for Make forms."),
    (
        NA_C_CASES,
        5,
        "Cases list for a new audit",
        "Optional, for New audit: a CSV or Excel list with Case ref, Auditor, Agency "
        "(and Family ref).",
    ),
    (
        NA_C_SAMPLE,
        6,
        "Draw a random sample of",
        "Optional, for New audit: how many cases to draw at random from the list.",
    ),
    (NA_C_SEED, 7, "Seed for the sample", "Same list and seed, same sample. Blank means 0."),
    (
        NA_C_STEP,
        8,
        "Step for 'Run main'",
        "For the xlwings add-in without macros: choose a step, then click Run main on the "
        "xlwings tab.",
    ),
)
RESULT_ROW, WHEN_ROW, STEPS_HEADER_ROW = 10, 14, 16
MACROS_DIR = Path(__file__).resolve().parent.parent / "macros"


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


def _write(macro_enabled: bool, folder: str, macros: Path | None) -> bytes:
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
    sheet_names = (SH_C_CONTROL, SH_C_ISSUES, SH_C_STATUS, SH_C_HELP)
    control = wb.add_worksheet(SH_C_CONTROL)
    issues = wb.add_worksheet(SH_C_ISSUES)
    status = wb.add_worksheet(SH_C_STATUS)
    help_ws = wb.add_worksheet(SH_C_HELP)
    if macro_enabled:
        wb.set_vba_name("ThisWorkbook")
        for i, ws in enumerate((control, issues, status, help_ws), start=1):
            ws.set_vba_name(f"Sheet{i}")
        project = vba_project(coordinator_modules(macros, sheet_names))
        wb.add_vba_project(io.BytesIO(project), is_stream=True)

    _control_sheet(wb, control, fmt, macro_enabled, folder)
    _table_sheet(issues, fmt, C_ISSUES_HEADER, (28, 10, 9, 6, 8, 18, 70, 16, 30), "check or merge")
    _table_sheet(status, fmt, C_STATUS_HEADER, (22, 7, 9, 11, 9, 40, 40), "status")
    _help_sheet(help_ws, fmt)
    control.activate()
    wb.close()
    return buffer.getvalue()


def _control_sheet(wb: Any, ws: Any, fmt: Formats, macro_enabled: bool, folder: str) -> None:
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
    ws.write_string(0, 0, "needsaudit: audit coordinator", title)
    ws.merge_range(
        1,
        0,
        1,
        3,
        "Run each step of the needs-led case audit from here. "
        + (
            "Click a button: Python does the work and writes the result below. "
            if macro_enabled
            else "This copy has no macros: use the xlwings add-in's Run main (row 9), or "
            "the command beside each step. "
        )
        + "Without Excel and Python, the command beside each step does the same job from a "
        "terminal. See the Help sheet.",
        fmt.wrap,
    )
    ws.set_row(1, 30)
    for name, row, text, note in INPUTS:
        ws.set_row(row, 27)  # room for a two-line hint
        ws.write_string(row, 0, text, label)
        if name == NA_C_FOLDER and folder:
            ws.write_string(row, 1, folder, box)
        else:
            ws.write_blank(row, 1, None, box)
        ws.write_string(row, 2, note, hint)
        wb.define_name(name, f"='{SH_C_CONTROL}'!$B${row + 1}")
    step_row = next(row for name, row, *_ in INPUTS if name == NA_C_STEP)
    ws.write_string(step_row, 1, EXCEL_STEPS[3].label, box)
    ws.data_validation(
        step_row,
        1,
        step_row,
        1,
        {
            "validate": "list",
            "source": [s.label for s in EXCEL_STEPS],
            "input_title": "Step",
            "input_message": "The step Run main (xlwings tab) runs.",
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
            "error_message": "A whole number, or blank.",
        },
    )

    ws.write_string(RESULT_ROW, 0, "Last result", label)
    ws.merge_range(
        RESULT_ROW,
        1,
        RESULT_ROW + 3,
        3,
        "Nothing run yet.",
        fmt(text_wrap=True, border=1, border_color=RULE, bg_color="#F7F9FC"),
    )
    wb.define_name(NA_C_RESULT, f"='{SH_C_CONTROL}'!$B${RESULT_ROW + 1}")
    ws.write_string(WHEN_ROW, 0, "When", label)
    ws.write_blank(WHEN_ROW, 1, None, fmt(num_format="yyyy-mm-dd hh:mm", align="left"))
    wb.define_name(NA_C_WHEN, f"='{SH_C_CONTROL}'!$B${WHEN_ROW + 1}")

    ws.write_row(
        STEPS_HEADER_ROW,
        0,
        (
            "Step",
            "Button" if macro_enabled else "How to run",
            "What it does",
            "Command without Excel",
        ),
        fmt.header,
    )
    for i, step in enumerate(EXCEL_STEPS):
        row = STEPS_HEADER_ROW + 1 + i
        ws.set_row(row, 36)
        ws.write_string(row, 0, step.label, label)
        if macro_enabled:
            ws.insert_button(
                row,
                1,
                {
                    "macro": step.macro,
                    "caption": step.label,
                    "width": 200,
                    "height": 32,
                    "x_offset": 4,
                    "y_offset": 8,
                },
            )
        else:
            ws.write_string(row, 1, f"Run main with '{step.label}' chosen in row 9", hint)
        ws.write_string(row, 2, step.does, fmt.wrap)
        ws.write_formula(
            row, 3, command_formula(step), fmt(font_name="Consolas"), command_text(step, folder)
        )
    ws.freeze_panes(1, 0)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 1)


def _table_sheet(
    ws: Any, fmt: Formats, header: tuple[str, ...], widths: tuple[int, ...], step: str
) -> None:
    ws.write_row(0, 0, header, fmt.header)
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.set_row(0, max(text_height(h, w, pad=4) for h, w in zip(header, widths, strict=True)))
    ws.write_string(1, 0, f"Filled in by {step}.", fmt(italic=True, font_color=MUTED))
    ws.freeze_panes(1, 0)
    print_table(ws, 1, len(header) - 1)


HELP = (
    ("How it works", True),
    (
        "Each button runs one step of the audit in Python (needsaudit), through the xlwings "
        "add-in. Python reads the audit folder on the Control sheet, does the work, writes the "
        "result there (issues on the Issues sheet, chasing on the Status sheet) and opens the "
        "workbook it made.",
        False,
    ),
    (
        "Merge during the meeting: if shuffle.xlsx is open in this Excel, Merge saves it (so "
        "nothing typed is lost), closes it, merges, and reopens it at the sheet and cell you "
        "were on. If it is open on another computer or in LibreOffice, Merge stops and says "
        "who has it.",
        False,
    ),
    ("What the buttons need", True),
    (
        "Python 3.11 or later with needsaudit and xlwings installed, and the xlwings add-in "
        "(run 'xlwings addin install' once). On a council laptop this usually means asking IT.",
        False,
    ),
    (
        "If the workbook came by email or download, Windows marks it as from the internet and "
        "Excel blocks its macros: right-click the file, Properties, tick Unblock, OK; or keep it "
        "in a trusted location. Where only signed macros may run, use the macro-free "
        "needsaudit_coordinator.xlsx with the xlwings tab's Run main, or the commands.",
        False,
    ),
    ("Without Excel or without Python on this computer", True),
    (
        "The last column of the Control sheet shows the command for each step, built from the "
        "folder you typed. An analyst can run it in a terminal where needsaudit is installed: "
        "the result is the same.",
        False,
    ),
    ("Data protection", True),
    (
        "This workbook holds no case data, only the folder, the last result, and (after Check "
        "or Status) file names, case refs and issue messages, which never repeat what an "
        "auditor typed. Keep it with the audit folder, on the council's secure storage.",
        False,
    ),
)


HELP_WIDTH = 80  # portrait A4 at 100%


def _help_sheet(ws: Any, fmt: Formats) -> None:
    ws.set_column(0, 0, HELP_WIDTH)
    ws.hide_gridlines(2)
    ws.set_paper(9)
    ws.set_portrait()
    ws.fit_to_pages(1, 0)
    row = 0
    for text, heading in HELP:
        ws.write_string(row, 0, text, fmt(bold=True, font_size=12) if heading else fmt.wrap)
        if heading:
            ws.set_row(row, 20)
        else:
            ws.set_row(row, text_height(text, HELP_WIDTH))
        row += 1 if heading else 2
    ws.print_area(0, 0, row, 0)


def build_coordinator(out: Path, folder: str = "", macros: Path | None = None) -> tuple[Path, Path]:
    """Write ``needsaudit_coordinator.xlsm`` and ``.xlsx`` into ``out``; ``folder`` is typed
    into the Audit folder cell (a path, or '.' for the folder the workbooks are in)."""
    xlsm = out / f"{COORDINATOR_STEM}.xlsm"
    xlsx = out / f"{COORDINATOR_STEM}.xlsx"
    from .workbook import refuse_if_open

    for path in (xlsm, xlsx):
        refuse_if_open(path)
    atomic_write_bytes(xlsm, _write(True, folder, macros))
    atomic_write_bytes(xlsx, _write(False, folder, macros))
    return xlsm, xlsx
