"""The Excel entry points, run against a stand-in for the xlwings calls they make.

Everything below Excel runs for real: the coordinator workbook built by the package, the
defined names on its Control sheet, the steps, the files they write, the lock files Excel
would leave. tests/xlwings_standin.py says what the stand-in cannot prove.
"""

from __future__ import annotations

import inspect
import re
import shutil
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from needsaudit import steps, xl
from needsaudit.coordinator import MACROS_DIR, build_coordinator
from needsaudit.names import (
    C_ISSUES_HEADER,
    EXCEL_MAIN,
    EXCEL_STEPS,
    NA_C_CASES,
    NA_C_FOLDER,
    NA_C_GROUPS,
    NA_C_RESULT,
    NA_C_SAMPLE,
    NA_C_STEP,
    NA_C_WHEN,
    SH_C_ISSUES,
    SH_C_STATUS,
    SHUFFLE_FILE,
    SUMMARY_FILE,
)

from . import xlwings_standin as standin
from .builders import good_return
from .conftest import SAMPLE_CSV, DemoBuild, write_csv
from .shuffle_helpers import case_rows, define_groups

RUN_PYTHON = re.compile(r'"import needsaudit\.xl; needsaudit\.xl\.(\w+)\(\)"')


# --- the contract between macros/ and needsaudit.xl ---------------------------------------------


def _bas() -> str:
    return "\n".join(p.read_text("ascii") for p in sorted(MACROS_DIR.glob("*.bas")))


def test_every_runpython_call_names_an_entry_point_without_arguments() -> None:
    called = RUN_PYTHON.findall(_bas())
    assert called, "no RunPython calls found in macros/*.bas"
    for name in called:
        func = getattr(xl, name, None)
        assert callable(func), f"macros call needsaudit.xl.{name}, which does not exist"
        assert not inspect.signature(func).parameters, f"{name} must take no arguments"
    # Every entry point is called by a macro, and only through the add-in's RunPython.
    assert sorted(called) == sorted(xl.ENTRY_POINTS)
    runs = re.findall(r"Application\.Run\s+(\w+)", _bas())
    assert runs == ["RUN_PYTHON"]
    assert "\"'xlwings.xlam'!RunPython\"" in _bas()


def test_every_button_has_its_sub_and_calls_its_step(tmp_path: Path) -> None:
    source = _bas()
    subs = dict(re.findall(r"Public Sub (\w+)\(\)\s*\n\s*RunStep \"[^\"]*xl\.(\w+)\(\)\"", source))
    for step in (*EXCEL_STEPS, EXCEL_MAIN):
        assert subs.get(step.macro) == step.entry, step
    xlsm, xlsx = build_coordinator(tmp_path)
    with zipfile.ZipFile(xlsm) as z:
        vml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".vml"))
        assert "xl/vbaProject.bin" in z.namelist()
    buttons = re.findall(r"<x:FmlaMacro>\[0\]!(\w+)</x:FmlaMacro>", vml)
    assert buttons == [s.macro for s in EXCEL_STEPS]
    with zipfile.ZipFile(xlsx) as z:
        assert not any("vba" in n.lower() or n.endswith(".vml") for n in z.namelist())


STANDIN_TO_REAL = {
    "App": "App",
    "Books": "main.Books",
    "Book": "Book",
    "Sheets": "main.Sheets",
    "Sheet": "Sheet",
    "Range": "Range",
    "Names": "main.Names",
    "Name": "main.Name",
}


def test_the_standin_only_offers_what_xlwings_has() -> None:
    xlwings = pytest.importorskip("xlwings")
    for ours, theirs in STANDIN_TO_REAL.items():
        real: Any = xlwings
        for part in theirs.split("."):
            real = getattr(real, part)
        mine = getattr(standin, ours)
        for attr, value in vars(mine).items():
            if attr.startswith("_") and attr not in ("__getitem__", "__iter__", "__len__"):
                continue
            assert hasattr(real, attr), f"xlwings {theirs} has no {attr}"
            if callable(value) and not isinstance(value, type):
                real_params = inspect.signature(getattr(real, attr)).parameters
                for param in inspect.signature(value).parameters:
                    assert param in real_params, f"xlwings {theirs}.{attr} takes no {param}"


# --- fixtures ------------------------------------------------------------------------------------


class Excel:
    """The stand-in app with the coordinator workbook open and calling."""

    def __init__(self, coordinator: Path) -> None:
        self.app = standin.App()
        self.book = self.app.books.open(coordinator)
        self.book.set_mock_caller()

    def set(self, name: str, value: Any) -> None:
        self.book.names[name].refers_to_range.value = value

    def get(self, name: str) -> Any:
        return self.book.names[name].refers_to_range.value

    @property
    def result(self) -> str:
        return str(self.get(NA_C_RESULT))

    def table(self, sheet: str) -> list[list[Any]]:
        ws = self.book.wb[sheet]
        return [list(r) for r in ws.iter_rows(min_row=2, values_only=True) if any(r)]

    def open_names(self) -> list[str]:
        return [b.name for b in self.app.books]


@pytest.fixture
def excel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Excel]:
    monkeypatch.setitem(sys.modules, "xlwings", standin)
    revealed: list[Path] = []
    monkeypatch.setattr(xl, "reveal", revealed.append)
    xlsm, _ = build_coordinator(tmp_path / "office")
    e = Excel(xlsm)
    e.revealed = revealed  # type: ignore[attr-defined]
    yield e
    standin.Book._mock_caller = None


@pytest.fixture
def excel_audit(excel: Excel, audit: Path) -> tuple[Excel, Path]:
    excel.set(NA_C_FOLDER, str(audit))
    return excel, audit


@pytest.fixture
def excel_merged(excel_audit: tuple[Excel, Path]) -> tuple[Excel, Path]:
    """Four good returns, merged from Excel."""
    excel, audit = excel_audit
    for ref in ("00123", "AB12", "X&Y", "C-77"):
        good_return(audit, ref)
    xl.merge()
    return excel, audit


# --- the steps from Excel -----------------------------------------------------------------------


def test_new_audit_from_a_relative_folder_opens_setup(excel: Excel, tmp_path: Path) -> None:
    cases = write_csv(tmp_path / "office" / "sample.csv", SAMPLE_CSV)
    excel.set(NA_C_FOLDER, "my-audit")  # relative to the coordinator workbook's folder
    excel.set(NA_C_CASES, cases.name)
    xl.init()
    assert not excel.app.alerts
    folder = tmp_path / "office" / "my-audit"
    assert (folder / "setup.xlsx").exists()
    assert excel.result.startswith("New audit:\nCreated")
    assert "4 cases" in excel.result
    assert "setup.xlsx" in excel.open_names()
    # Run again: the folder is an audit now, nothing is overwritten, the user is told why.
    before = (folder / "setup.xlsx").read_bytes()
    xl.init()
    assert "already an audit" in excel.app.alerts[-1][1]
    assert (folder / "setup.xlsx").read_bytes() == before


def test_a_bad_case_list_shows_each_bad_row_on_the_issues_sheet(
    excel: Excel, tmp_path: Path
) -> None:
    bad = write_csv(tmp_path / "bad.csv", "Case ref,Auditor,Agency\nA1,,Health\nA1,Jo,Health\n")
    excel.set(NA_C_FOLDER, str(tmp_path / "new"))
    excel.set(NA_C_CASES, str(bad))
    xl.init()
    assert "nothing was written" in excel.app.alerts[-1][1]
    rows = excel.table(SH_C_ISSUES)
    assert len(rows) >= 2 and all(r[4] == "error" for r in rows)
    assert not (tmp_path / "new" / "setup.xlsx").exists()


def test_forms_status_and_check_fill_the_workbook(excel_audit: tuple[Excel, Path]) -> None:
    excel, audit = excel_audit
    xl.forms()
    assert excel.result.startswith("Make forms:\nForms in")
    assert excel.revealed == [audit / "forms"]  # type: ignore[attr-defined]
    good_return(audit, "00123")
    (audit / "returns" / "broken.xlsx").write_bytes(b"not a workbook")
    xl.status()
    expected = steps.status(audit)
    status_rows = excel.table(SH_C_STATUS)
    assert [r[0] for r in status_rows] == [s.auditor for s in expected.status or []]
    assert [r[1:3] for r in status_rows] == [[s.sent, s.returned] for s in expected.status or []]
    assert excel.book.sheets.active.name == SH_C_STATUS
    xl.check()
    expected = steps.check(audit)
    rows = excel.table(SH_C_ISSUES)
    assert [r[5] for r in rows] == [i.code for i in expected.issues]
    assert "not-a-workbook" in [r[5] for r in rows]
    assert excel.book.sheets.active.name == SH_C_ISSUES
    assert "see the Issues sheet" in excel.result
    assert excel.app.status_bar is False  # cleared after the step
    assert not excel.app.alerts


def test_progress_reaches_the_status_bar(excel_audit: tuple[Excel, Path]) -> None:
    excel, audit = excel_audit
    for ref in ("00123", "AB12", "X&Y"):
        good_return(audit, ref)
    xl.check()
    shown = [s for s in excel.app.status_log if "Reading returns" in s]
    assert shown and shown[-1].endswith("3 of 3 (100%)")


def test_merge_saves_the_open_shuffle_keeps_what_was_typed_and_returns_to_it(
    excel_audit: tuple[Excel, Path],
) -> None:
    excel, audit = excel_audit
    good_return(audit, "00123")
    xl.merge()
    shuffle_path = audit / SHUFFLE_FILE
    assert SHUFFLE_FILE in excel.open_names()
    assert (audit / f"~${SHUFFLE_FILE}").exists()  # Excel's lock, as the stand-in leaves it

    # The meeting types a decision and moves on, without saving.
    shuffle = next(b for b in excel.app.books if b.name == SHUFFLE_FILE)
    ws = shuffle.wb["Cases"]
    header = [c.value for c in ws[1]]
    agreed = header.index("Agreed group") + 1
    ws.cell(2, agreed).value = "Neglect"
    shuffle.sheets["Cases"].range(f"$B${2}").select()
    assert not case_rows(shuffle_path)["00123"]["Agreed group"]  # typed, not yet saved

    good_return(audit, "AB12")  # a late return
    excel.book.activate()  # the user goes back to the coordinator and clicks Merge
    xl.merge()
    assert not excel.app.alerts, excel.app.alerts
    rows = case_rows(shuffle_path)
    assert rows["00123"]["Agreed group"] == "Neglect"  # saved before the merge, kept by it
    assert "ab12" in rows
    reopened = next(b for b in excel.app.books if b.name == SHUFFLE_FILE)
    assert reopened is not shuffle
    assert reopened.sheets.active.name == "Cases"
    assert reopened.selection is not None and reopened.selection.address == "$B$2"
    assert "1 new" in excel.result


def test_merge_stops_when_the_shuffle_is_open_elsewhere(
    excel_audit: tuple[Excel, Path],
) -> None:
    excel, audit = excel_audit
    good_return(audit, "00123")
    xl.merge()
    shuffle = next(b for b in excel.app.books if b.name == SHUFFLE_FILE)
    shuffle.close()
    lock = audit / f".~lock.{SHUFFLE_FILE}#"
    lock.write_text(
        "Sam Patel,sam,laptop-7,26.11.2026 10:00,file:///home/sam/.config/libreoffice/4;"
    )
    before = (audit / SHUFFLE_FILE).read_bytes()
    good_return(audit, "AB12")
    xl.merge()
    title, message, mode = excel.app.alerts[-1]
    assert mode == "critical" and title == "needsaudit: Merge returns"
    assert "open in LibreOffice (Sam Patel)" in message and str(lock) in message
    assert "--ignore-lock" not in message  # a command-line option means nothing in Excel
    assert message in excel.result
    assert (audit / SHUFFLE_FILE).read_bytes() == before
    assert SHUFFLE_FILE not in excel.open_names()


def test_suggest_and_summarise_open_what_they_wrote(excel_merged: tuple[Excel, Path]) -> None:
    excel, audit = excel_merged
    xl.suggest()
    assert not excel.app.alerts, excel.app.alerts
    assert excel.result.startswith("Suggest groups:\nWrote suggestions")
    assert [b.name for b in excel.app.books].count(SHUFFLE_FILE) == 1
    shuffle = next(b for b in excel.app.books if b.name == SHUFFLE_FILE)
    shuffle.close()
    define_groups(audit / SHUFFLE_FILE, [("G1", "A group")])
    xl.summarise()
    assert not excel.app.alerts, excel.app.alerts
    assert SUMMARY_FILE in excel.open_names()
    assert "Not grouped yet (4)" in excel.result
    # With the summary open here, it is not rewritten behind the reader's back.
    before = (audit / SUMMARY_FILE).read_bytes()
    xl.summarise()
    assert "summary.xlsx is open in this Excel" in excel.app.alerts[-1][1]
    assert (audit / SUMMARY_FILE).read_bytes() == before


def test_suggest_makes_the_number_of_groups_typed_on_the_control_sheet(
    excel_merged: tuple[Excel, Path],
) -> None:
    excel, _ = excel_merged
    excel.set(NA_C_GROUPS, 2)
    xl.suggest()
    assert not excel.app.alerts, excel.app.alerts
    assert "Wrote suggestions to " in excel.result and ": 2 groups: S1 (" in excel.result
    assert "Next best separated" not in excel.result  # asked for, not chosen
    for typed, expected in (("ten", "must be a whole number"), (0, "must be from 1 to 50")):
        excel.set(NA_C_GROUPS, typed)
        xl.suggest()
        assert expected in excel.app.alerts[-1][1]
        alerts = len(excel.app.alerts)
        xl.check()  # a mistake in the number of groups stops only Suggest groups
        assert len(excel.app.alerts) == alerts and excel.result.startswith("Check returns:")


def test_a_coordinator_made_before_the_groups_cell_still_suggests(
    excel_merged: tuple[Excel, Path],
) -> None:
    excel, _ = excel_merged
    del excel.book.wb.defined_names[NA_C_GROUPS]
    xl.suggest()
    assert not excel.app.alerts, excel.app.alerts
    assert excel.result.startswith("Suggest groups:\nWrote suggestions")


def test_run_main_runs_the_step_chosen_on_the_sheet(excel_audit: tuple[Excel, Path]) -> None:
    excel, audit = excel_audit
    good_return(audit, "00123")
    excel.set(NA_C_STEP, "Check returns")
    xl.main()
    assert excel.result.startswith("Check returns:")
    excel.set(NA_C_STEP, "Make tea")
    xl.main()
    assert "Choose a step on the Control sheet" in excel.app.alerts[-1][1]


@pytest.mark.parametrize(
    ("folder", "sample", "expected"),
    [
        (None, None, "Type the audit folder on the Control sheet"),
        ("nowhere", None, "is not an audit folder yet"),
        ("x", "ten", "sample size must be a whole number"),
        ("x", 2.5, "sample size must be a whole number"),
    ],
)
def test_mistakes_on_the_control_sheet_get_a_clear_message(
    excel: Excel, folder: str | None, sample: Any, expected: str
) -> None:
    excel.set(NA_C_FOLDER, folder)
    excel.set(NA_C_SAMPLE, sample)
    xl.check()
    _, message, _ = excel.app.alerts[-1]
    assert expected in message
    assert excel.result.endswith(message)
    assert excel.get(NA_C_WHEN) is not None


def test_an_unexpected_failure_is_logged_not_shown(
    excel_audit: tuple[Excel, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    excel, audit = excel_audit

    def broken(*args: Any, **kwargs: Any) -> steps.Report:
        raise RuntimeError("could not parse 'Jane Doe, 12 Acacia Road'")

    monkeypatch.setattr(steps, "check", broken)
    xl.check()
    message = excel.app.alerts[-1][1]
    log = audit / ".needsaudit" / "excel-errors.log"
    assert "stopped unexpectedly (RuntimeError)" in message and str(log) in message
    assert "Jane Doe" not in message and "Jane Doe" not in excel.result
    assert "Traceback" in log.read_text()
    assert excel.app.status_bar is False


def test_a_workbook_that_is_not_a_coordinator_is_told_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "xlwings", standin)
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    app = standin.App()
    app.books.open(other).set_mock_caller()
    try:
        xl.merge()
    finally:
        standin.Book._mock_caller = None
    assert "no cell named NA_C_Folder" in app.alerts[-1][1]


def test_try_the_demo_from_excel(
    excel: Excel, demo_build: DemoBuild, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Excel side of the demo button, on the session's demo: building it again here
    would test nothing more (the session built it with the same command)."""
    from needsaudit import demo as demo_module

    def built(folder: Path, progress: Any = None, **_: Any) -> demo_module.DemoResult:
        demo_module.prepare_folder(folder)
        shutil.copytree(demo_build.folder, folder, dirs_exist_ok=True)
        if progress is not None:
            progress("Building the demo", 1, 1)
        return demo_module.DemoResult(folder, list(demo_build.report), dict(demo_build.truth))

    monkeypatch.setattr(demo_module, "run_demo", built)
    xl.demo()
    folder = tmp_path / "office" / "needsaudit-demo"
    assert not excel.app.alerts, excel.app.alerts
    assert excel.get(NA_C_FOLDER) == str(folder)
    assert (folder / SUMMARY_FILE).exists()
    assert SHUFFLE_FILE in excel.open_names()
    assert "Headline figures (fictional):" in excel.result


def test_issue_table_header_matches_the_shuffle_issues_sheet(excel: Excel) -> None:
    ws = excel.book.wb[SH_C_ISSUES]
    assert tuple(c.value for c in ws[1]) == C_ISSUES_HEADER


def test_coordinator_command_writes_both_workbooks(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from needsaudit.cli import main

    runner = CliRunner()
    audit = tmp_path / "my-audit"
    assert runner.invoke(main, ["init", str(audit)]).exit_code == 0
    result = runner.invoke(main, ["coordinator", str(audit)])
    assert result.exit_code == 0, result.output
    assert "needsaudit_coordinator.xlsm (buttons)" in result.output
    for suffix in (".xlsm", ".xlsx"):
        wb = openpyxl.load_workbook(audit / f"needsaudit_coordinator{suffix}")
        sheet, cell = next(iter(wb.defined_names[NA_C_FOLDER].destinations))
        assert wb[sheet][cell].value == "."  # the folder the workbook is in
    result = runner.invoke(main, ["coordinator", str(audit), "--out", str(tmp_path / "office")])
    wb = openpyxl.load_workbook(tmp_path / "office" / "needsaudit_coordinator.xlsx")
    sheet, cell = next(iter(wb.defined_names[NA_C_FOLDER].destinations))
    assert wb[sheet][cell].value == str(audit.resolve())
    result = runner.invoke(main, ["coordinator", "--help"])
    assert "Run main" in result.output and "Examples" in result.output


def test_progress_on_the_status_bar_in_the_message_language() -> None:
    """The status bar's words follow the message language (the step's label and "of")."""
    from needsaudit.i18n import CY, messages_in
    from needsaudit.names import READING_RETURNS

    class App:
        status_bar: object = None

    app = App()
    with messages_in(CY):
        xl.StatusBar(app)(READING_RETURNS, 3, 4)
    assert app.status_bar == "needsaudit: Darllen y ffurflenni a gafwyd 3 o 4 (75%)"
    with messages_in("en"):
        xl.StatusBar(app)(READING_RETURNS, 4, 4)
    assert app.status_bar == "needsaudit: Reading returns 4 of 4 (100%)"
