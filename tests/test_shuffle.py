"""The shuffle workbook: what a merge writes, and that a re-merge keeps every decision."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit.audit import read_setup
from needsaudit.cli import main
from needsaudit.issues import NeedsAuditError
from needsaudit.names import (
    S_CASES_HEADER,
    S_GROUPS_HEADER,
    S_ISSUES_HEADER,
    S_NEEDS_HEADER,
    S_RETURNS_HEADER,
    S_SERVICES_HEADER,
)
from needsaudit.shuffle import merge
from needsaudit.shufflebook import NeedsRow, ServicesRow, read_shuffle
from needsaudit.workbook import backup, run_lock

from . import builders as b
from .shuffle_helpers import case_rows, decide, define_groups, groups_table, header


@pytest.fixture
def merged(audit: Path) -> Path:
    """An audit with three good returns, one rejected file, and a first merge done."""
    setup = read_setup(audit)
    b.good_return(audit, "00123")
    b.write(
        audit,
        "AB12.xlsx",
        b.make_return(setup, "AB12", fields={"NA_Story": "=SUM(A1:A9) is what the mother wrote"}),
    )
    b.write(audit, "X&Y.xlsx", b.make_return(setup, "X&Y", needs=[b.NEEDS[1]], services=[]))
    b.write(audit, "broken.xlsx", b"PK\x03\x04 broken")
    merge(audit, workers=1)
    return audit


def test_first_merge_writes_the_contract_workbook(merged: Path) -> None:
    wb = openpyxl.load_workbook(merged / "shuffle.xlsx")
    assert wb.sheetnames == [
        "Cases",
        "Need Groups",
        "Needs",
        "Services",
        "Cards",
        "Returns",
        "Issues",
        "About",
    ]
    assert wb["About"].sheet_state == "hidden"
    assert tuple(header(wb["Cases"])) == S_CASES_HEADER
    assert tuple(header(wb["Needs"])) == S_NEEDS_HEADER
    assert tuple(header(wb["Services"])) == S_SERVICES_HEADER
    assert tuple(header(wb["Returns"])) == S_RETURNS_HEADER
    assert tuple(header(wb["Issues"])) == S_ISSUES_HEADER
    assert tuple(header(wb["Need Groups"])[: len(S_GROUPS_HEADER)]) == S_GROUPS_HEADER
    rows = case_rows(merged / "shuffle.xlsx")
    assert sorted(rows) == ["00123", "ab12", "x&y"]
    first = rows["00123"]
    assert (first["Age"], first["Sex"], first["Status"], first["Return"]) == (
        9,
        "Female",
        "To discuss",
        "current",
    )
    assert first["Highest seriousness"] == "2 Moderate"
    assert "Mother: Mother needs to get the three children to bed" in first["Needs"]
    assert first["Services received"] == "• Early help family support (open)"
    assert rows["x&y"]["Services received"] is None  # neither listed nor 'no services'
    # Formula-looking text is text, with Excel's quote prefix so an edit keeps it text.
    ws = wb["Cases"]
    story = ws.cell(rows["ab12"]["_row"], S_CASES_HEADER.index("Story") + 1)
    assert story.data_type == "s" and story.value.startswith("=SUM(") and story.quotePrefix
    needs = list(wb["Needs"].iter_rows(min_row=2, values_only=True))
    assert len(needs) == 5 and {n[0] for n in needs} == {"00123", "AB12", "X&Y"}
    results = {r[0]: r[2] for r in wb["Returns"].iter_rows(min_row=2, values_only=True)}
    assert (
        results["returns/broken.xlsx"] == "rejected" and results["returns/00123.xlsx"] == "merged"
    )
    issues = {(r[0], r[5]) for r in wb["Issues"].iter_rows(min_row=2, values_only=True)}
    assert ("returns/broken.xlsx", "corrupt-file") in issues


def test_dropdowns_and_live_formulas(merged: Path) -> None:
    wb = openpyxl.load_workbook(merged / "shuffle.xlsx")
    ws = wb["Cases"]
    agreed_col = S_CASES_HEADER.index("Agreed group") + 1
    dvs = {dv.formula1: dv for dv in ws.data_validations.dataValidation}
    assert (
        dvs["NA_S_GroupNames"].errorStyle == "warning"
    )  # a group may be named before it is defined
    assert str(dvs["NA_S_GroupNames"].sqref).startswith(
        f"{openpyxl.utils.get_column_letter(agreed_col)}2:"
    )
    assert dvs['"To discuss,Agreed,Parked"'].type == "list"
    names = {
        n: wb.defined_names[n].attr_text
        for n in ("NA_S_CaseRefs", "NA_S_Agreed", "NA_S_Status", "NA_S_GroupNames")
    }
    agreed = openpyxl.utils.get_column_letter(S_CASES_HEADER.index("Agreed group") + 1)
    assert names["NA_S_Agreed"].startswith(f"Cases!${agreed}$2:${agreed}$")
    assert names["NA_S_GroupNames"] == "'Need Groups'!$A$2:$A$201"
    g = wb["Need Groups"]
    assert (
        "SUMPRODUCT" in g["C2"].value
        and "NA_S_Agreed" in g["C2"].value
        and "PARKED" in g["C2"].value
    )
    assert g.max_row >= 201  # formula rows ready for the groups the meeting adds
    needs = wb["Needs"]
    assert needs["L2"].value.startswith("=IF(ISNUMBER(MATCH($A2,NA_S_CaseRefs,0))")


def test_remerge_keeps_every_decision(merged: Path) -> None:
    path = merged / "shuffle.xlsx"
    setup = read_setup(merged)
    define_groups(
        path, [("Low-level", "Several small needs"), ("Routines", "Bedtime and mornings")]
    )
    decide(
        path,
        {
            "00123": {"Agreed group": " low-LEVEL ", "Status": "Agreed", "Notes": "Clear fit"},
            "AB12": {"Agreed group": "Unheard of", "Status": "To discuss"},
            "X&Y": {"Status": "Parked", "Notes": "Ask the school"},
        },
    )
    before = case_rows(path)
    # New, changed and removed returns.
    b.write(merged, "C-77.xlsx", b.make_return(setup, "C-77"))
    b.write(
        merged,
        "X&Y.xlsx",
        b.make_return(setup, "X&Y", fields={"NA_Age": 15}, saved=datetime(2026, 11, 25, 9)),
    )
    (merged / "returns" / "AB12.xlsx").unlink()
    result = merge(merged, workers=1)
    after = case_rows(path)
    for key in ("00123", "ab12", "x&y"):
        for cell in ("Agreed group", "Status", "Notes"):
            assert after[key][cell] == before[key][cell], (key, cell)
        assert after[key]["_row"] == before[key]["_row"]  # existing cases keep their rows
    assert after["c-77"]["_row"] == 5 and after["c-77"]["Status"] == "To discuss"
    assert after["x&y"]["Return"] == "changed since last merge" and after["x&y"]["Age"] == 15
    assert after["ab12"]["Return"] == "return missing"
    assert after["ab12"]["Story"].startswith("=SUM(")  # the missing case keeps what it had
    wb = openpyxl.load_workbook(path)
    assert {r[0] for r in wb["Needs"].iter_rows(min_row=2, values_only=True)} >= {"AB12"}
    assert groups_table(path) == [
        ("Low-level", "Several small needs"),
        ("Routines", "Bedtime and mornings"),
    ]
    assert (result.new, result.changed, result.missing) == (["C-77"], ["X&Y"], ["AB12"])
    undefined = [i for i in result.issues if i.code == "undefined-group"]
    assert [i.case_ref for i in undefined] == ["AB12"]  # 'low-LEVEL' matches; parked X&Y is fine
    g = wb["Need Groups"]
    assert g["C2"].value.startswith("=IF(")  # live formula, with its cached value for viewers
    log = [
        json.loads(line)
        for line in (merged / ".needsaudit" / "merge-log.jsonl").read_text().splitlines()
    ]
    changed = {d["case"]: d for d in log[-1]["decisions_changed"]}
    assert changed["00123"]["agreed_group"] == ["", "low-LEVEL"]
    assert changed["X&Y"]["status"] == ["To discuss", "Parked"]
    assert "Clear fit" not in json.dumps(log) and "Mother" not in json.dumps(log)  # no free text


def test_live_counts_are_cached_for_viewers_without_recalculation(merged: Path) -> None:
    path = merged / "shuffle.xlsx"
    define_groups(path, [("Low-level", "x")])
    decide(
        path,
        {
            "00123": {"Agreed group": "low-level", "Status": "Agreed"},
            "AB12": {"Agreed group": "Low-level", "Status": "Parked"},
        },
    )
    merge(merged, workers=1)
    wb = openpyxl.load_workbook(path, data_only=True)
    g = wb["Need Groups"]
    assert (g["A2"].value, g["C2"].value, round(g["D2"].value, 3)) == (
        "Low-level",
        1,
        round(1 / 3, 3),
    )
    totals = {g.cell(r, 9).value: g.cell(r, 10).value for r in range(2, 7)}
    # The summary's words; a parked case is counted once, and the lines add up to the cases.
    assert totals == {
        "Cases on the Cases sheet": 3,
        "In a Need Group": 1,
        "Not grouped yet": 1,
        "Parked": 1,
        "In a group not defined": 0,
    }
    # A parked case with no group typed was counted twice (Not yet grouped and Parked).
    decide(path, {"AB12": {"Agreed group": "", "Status": "Parked"}})
    decide(path, {"00123": {"Agreed group": "Elsewhere", "Status": "Agreed"}})
    merge(merged, workers=1)
    g = openpyxl.load_workbook(path, data_only=True)["Need Groups"]
    totals = {g.cell(r, 9).value: g.cell(r, 10).value for r in range(2, 7)}
    assert totals == {
        "Cases on the Cases sheet": 3,
        "In a Need Group": 0,
        "Not grouped yet": 1,
        "Parked": 1,
        "In a group not defined": 1,
    }


def test_group_columns_and_sheets_are_carried(merged: Path) -> None:
    path = merged / "shuffle.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Cases"]
    col = ws.max_column + 1
    ws.cell(1, col, "Priority")
    ws.cell(2, col, "High").font = openpyxl.styles.Font(bold=True, color="FFC00000")
    ws.cell(3, col, "=D3*2")  # a formula of the group's
    ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = 33
    own = wb.create_sheet("Actions", 1)
    own["A1"], own["B1"] = "Action", "Due"
    own["A2"] = "Ask for the waiting list"
    own["B2"] = datetime(2026, 12, 1)
    own["B2"].number_format = "dd mmm yyyy"
    own["C2"] = "=LEN(A2)"
    own.merge_cells("A4:C4")
    own["A4"] = "Merged note"
    own["A4"].fill = openpyxl.styles.PatternFill("solid", fgColor="FFFFF2CC")
    own.column_dimensions["A"].width = 44
    own.row_dimensions[4].height = 30
    wb.save(path)
    # A spreadsheet application saves formulas with their last values; openpyxl does not.
    index = wb.sheetnames.index("Actions") + 1
    data = b.patch_part(
        path.read_bytes(),
        f"xl/worksheets/sheet{index}.xml",
        lambda x: re.sub(r"<f>LEN\(A2\)</f>(<v>\s*</v>)?", "<f>LEN(A2)</f><v>24</v>", x),
    )
    path.write_bytes(data)
    b.write(merged, "C-77.xlsx", b.make_return(read_setup(merged), "C-77"))
    merge(merged, workers=1)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Cases", "Actions"]  # where the group put it
    ws = wb["Cases"]
    assert ws.cell(1, col).value == "Priority"
    assert (
        ws.cell(2, col).value == "High"
        and ws.cell(2, col).font.b
        and ws.cell(2, col).font.color.rgb.endswith("C00000")
    )
    assert ws.cell(3, col).value == "=D3*2"
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width == pytest.approx(
        33, abs=1
    )
    own = wb["Actions"]
    assert own["A2"].value == "Ask for the waiting list"
    assert own["B2"].value == datetime(2026, 12, 1) and own["B2"].number_format == "dd mmm yyyy"
    assert own["C2"].value == "=LEN(A2)"
    assert "A4:C4" in {str(r) for r in own.merged_cells.ranges}
    assert own["A4"].fill.fgColor.rgb.endswith("FFF2CC")
    assert own.column_dimensions["A"].width == pytest.approx(44, abs=1)
    assert own.row_dimensions[4].height == 30
    cached = openpyxl.load_workbook(path, data_only=True)
    assert cached["Actions"]["C2"].value == 24  # its last value, for viewers without recalculation
    assert cached["Cases"].cell(3, col).value in ("", None)  # no last value: none is made up


def test_what_cannot_be_carried_is_reported_and_kept_in_the_backup(merged: Path) -> None:
    from openpyxl.chart import BarChart, Reference

    path = merged / "shuffle.xlsx"
    wb = openpyxl.load_workbook(path)
    sheet = wb.create_sheet("Chart")
    sheet.append(["Group", "Cases"])
    sheet.append(["A", 3])
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=2), titles_from_data=True)
    sheet.add_chart(chart, "D2")
    wb.save(path)
    result = merge(merged, workers=1)
    problem = next(i for i in result.issues if i.code == "not-carried")
    assert problem.sheet == "Chart" and "Charts" in problem.message and "backups" in problem.message
    assert result.backup is not None
    import zipfile

    assert any("chart" in n for n in zipfile.ZipFile(result.backup).namelist())
    assert openpyxl.load_workbook(path)["Chart"]["B2"].value == 3  # the cells are carried


def test_typed_over_tool_cell_is_reported_and_restored(merged: Path) -> None:
    path = merged / "shuffle.xlsx"
    decide(path, {"00123": {"Story": "the group typed here", "Age": 99}})
    result = merge(merged, workers=1)
    typed = sorted(
        (i.case_ref, i.detail("field")) for i in result.issues if i.code == "typed-over-tool-cell"
    )
    assert typed == [("00123", "Age"), ("00123", "Story")]
    row = case_rows(path)["00123"]
    assert row["Age"] == 9 and row["Story"] == b.FIELDS["NA_Story"]


def test_backups_and_retention(merged: Path, tmp_path: Path) -> None:
    merge(merged, workers=1)
    backups = list((merged / ".needsaudit" / "backups").glob("shuffle-*.xlsx"))
    assert len(backups) == 1
    source = tmp_path / "x.xlsx"
    target = tmp_path / "b"
    for i in range(25):
        source.write_bytes(f"content {i}".encode())
        backup(source, target)
    kept = sorted(p.name for p in target.iterdir())
    made = 25
    assert len(kept) == 21  # the last 20, and the first of the day
    assert made - len(kept) == 4
    # The same bytes again (a merge that failed after its backup) make no second copy.
    assert backup(source, target) == target / kept[-1]
    assert len(list(target.iterdir())) == 21


def test_refuses_a_workbook_open_in_excel_or_libreoffice(merged: Path) -> None:
    path = merged / "shuffle.xlsx"
    before = path.read_bytes()
    for lock in ("~$shuffle.xlsx", ".~lock.shuffle.xlsx#"):
        (merged / lock).write_text("Jo Bloggs,host,2026")
        result = CliRunner().invoke(main, ["merge", str(merged)])
        assert result.exit_code == 2 and result.stdout == ""
        assert "open in" in result.stderr and "--ignore-lock" in result.stderr
        assert path.read_bytes() == before
        (merged / lock).unlink()
    (merged / "~$shuffle.xlsx").write_text("x")
    result = CliRunner().invoke(main, ["merge", str(merged), "--ignore-lock"])
    assert result.exit_code == 1  # broken.xlsx is still rejected, but it merged
    assert (
        "Wrote" in result.stdout and len(list((merged / ".needsaudit" / "backups").iterdir())) == 1
    )


def test_two_merges_at_once(merged: Path) -> None:
    with run_lock(merged / ".needsaudit", "merge.lock"):
        result = CliRunner().invoke(main, ["merge", str(merged)])
    assert result.exit_code == 2 and "Another needsaudit merge is running" in result.stderr


def test_not_ours(merged: Path, tmp_path: Path) -> None:
    path = merged / "shuffle.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Cases"
    wb.save(path)
    result = CliRunner().invoke(main, ["merge", str(merged)])
    assert result.exit_code == 2 and "not a needsaudit shuffle workbook" in result.stderr
    path.write_bytes(b"garbage")
    result = CliRunner().invoke(main, ["merge", str(merged)])
    assert result.exit_code == 2 and "cannot be read" in result.stderr


def test_a_crash_while_writing_leaves_the_old_workbook(
    merged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = merged / "shuffle.xlsx"
    before = path.read_bytes()
    import needsaudit.shuffle as shuffle_module

    def broken(target: Path, *args: object) -> None:
        target.write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(shuffle_module, "write_shuffle", broken)
    with pytest.raises(NeedsAuditError, match=r"shuffle\.xlsx was not changed"):
        merge(merged, workers=1)
    assert path.read_bytes() == before
    assert not list(merged.glob(".shuffle.*.tmp"))
    openpyxl.load_workbook(path)


def test_a_killed_merge_leaves_the_old_workbook(merged: Path) -> None:
    """Kill the process in the middle of writing (SIGKILL: no clean-up can run)."""
    import signal
    import subprocess
    import sys
    import time

    path = merged / "shuffle.xlsx"
    before = path.read_bytes()
    script = (
        "import sys, time\n"
        "import needsaudit.shuffle as s\n"
        "real = s.write_shuffle\n"
        "def slow(target, *a):\n"
        "    real(target, *a)\n"
        "    print('written', flush=True)\n"
        "    time.sleep(60)\n"
        "s.write_shuffle = slow\n"
        "s.merge(__import__('pathlib').Path(sys.argv[1]), workers=1)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(merged)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "written"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert path.read_bytes() == before  # the new workbook never replaced the old one
    leftovers = list(merged.glob(".shuffle.*.tmp"))
    assert leftovers  # the half-finished file is there...
    time.sleep(0.01)
    merge(merged, workers=1)  # ...and the next merge clears it
    assert not list(merged.glob(".shuffle.*.tmp"))


def test_cli_merge(merged: Path) -> None:
    result = CliRunner().invoke(main, ["merge", str(merged)])
    assert result.exit_code == 1  # broken.xlsx
    assert "3 cases (0 new, 0 changed, 3 unchanged)" in result.stdout
    assert "rejected" in result.stderr
    (merged / "returns" / "broken.xlsx").unlink()
    result = CliRunner().invoke(main, ["merge", str(merged)])
    assert result.exit_code == 0 and "previous workbook is in" in result.stdout


def test_corpus_is_rejected_and_good_returns_merged(audit: Path) -> None:
    from .conftest import CORPUS

    if not CORPUS.exists():
        pytest.skip("no shared corpus")
    b.good_return(audit, "00123")
    target = audit / "returns" / "real"
    target.mkdir(parents=True)
    for path in sorted(CORPUS.glob("*.xls*")):
        shutil.copyfile(path, target / path.name)
    result = merge(audit, workers=1)
    assert [r.key for r in result.rows] == ["00123"]
    assert len(result.rejected) == 69
    assert {i.code for r in result.rejected for i in r.issues} == {
        "not-a-form",
        "encrypted-no-password",
        "corrupt-file",
    }
    wb = openpyxl.load_workbook(audit / "shuffle.xlsx")
    assert (
        sum(1 for r in wb["Returns"].iter_rows(min_row=2, values_only=True) if r[2] == "rejected")
        == 69
    )


def test_needs_audit_error_when_cases_sheet_renamed(merged: Path) -> None:
    path = merged / "shuffle.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["Cases"].title = "Our cases"
    wb.save(path)
    with pytest.raises(NeedsAuditError, match="lost its Cases"):
        merge(merged, workers=1)


def test_identifiers_are_masked_in_the_meetings_workbook(audit: Path) -> None:
    """A phone number check found in a story is not projected at the meeting; the return
    keeps it (it is the auditor's to remove) and Issues says what was done."""
    setup = read_setup(audit)
    story = "Mum asked to be called on 07700 900123 after school; Mrs Smith at the school agreed"
    path = b.write(audit, "AB12.xlsx", b.make_return(setup, "AB12", fields={"NA_Story": story}))
    before = path.read_bytes()
    merge(audit, workers=1)
    rows = case_rows(audit / "shuffle.xlsx")
    shown = rows["ab12"]["Story"]
    assert "07700" not in shown and "Smith" not in shown
    assert "[phone number removed]" in shown and "after school" in shown
    assert "[name (a title and surname) removed]" in shown
    wb = openpyxl.load_workbook(audit / "shuffle.xlsx")
    cards = " ".join(str(v) for row in wb["Cards"].iter_rows(values_only=True) for v in row if v)
    assert "07700" not in cards
    issues = [r for r in wb["Issues"].iter_rows(values_only=True) if r[5] == "identifier-masked"]
    assert len(issues) == 1 and issues[0][0] == "returns/AB12.xlsx" and issues[0][1] == "AB12"
    assert "The story" in issues[0][6] and "07700" not in issues[0][6]
    assert path.read_bytes() == before


def test_the_reader_gives_named_rows(merged: Path) -> None:
    """shufflebook is what suggest and summarise read the workbook through: the Needs and
    Services sheets' rows by case, with named parts in the sheets' own column order."""
    book = read_shuffle(merged / "shuffle.xlsx", read_setup(merged))
    assert len(ServicesRow._fields) == len(S_SERVICES_HEADER)
    assert len(NeedsRow._fields) == len(S_NEEDS_HEADER) - 1  # the live Agreed group is not data
    (need,) = book.needs()["x&y"]
    assert (need.case_ref, need.who, need.need, need.best_service, need.met) == (
        "X&Y",
        *(b.NEEDS[1][i] for i in (0, 2, 7, 8)),
    )
    (service,) = book.services()["00123"]
    assert service == ServicesRow("00123", *b.SERVICES[0])
    skipped = book.needs(skip=("Need", "If not met"))["x&y"][0]
    assert skipped.need is None and skipped.who == need.who  # not decoded when not wanted
    header, rows = book.table("Issues", ("Code", "Field"))
    assert header == list(S_ISSUES_HEADER) and rows


def test_no_module_imports_another_s_private_names() -> None:
    """Modules meet through public names only (the shuffle reader is public for that)."""
    import ast

    import needsaudit

    found = []
    for path in sorted(Path(needsaudit.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module is not None:
                # ``_`` alone is gettext's name for "translate", public by convention.
                private = [a.name for a in node.names if a.name.startswith("_") and a.name != "_"]
                if private and (node.level or node.module.startswith("needsaudit")):
                    found.append(f"{path.name}: {node.module} {private}")
    assert found == []


def test_a_column_the_meeting_adds_right_of_the_totals_is_kept(merged: Path) -> None:
    """The meeting types a column of its own beyond the live totals (the first empty place it
    sees): merged again, it is kept with its group, left of the totals, which stay whole."""
    path = merged / "shuffle.xlsx"
    define_groups(path, [("Low-level", "x"), ("Routines", "y")])
    wb = openpyxl.load_workbook(path)
    g = wb["Need Groups"]
    totals_col = next(c.column for c in g[1] if c.value == "Totals (live)")
    g.cell(1, totals_col + 3, "Lead")
    g.cell(2, totals_col + 3, "Ms Price")
    g.cell(3, totals_col + 3, "Mr Shah")
    wb.save(path)
    merge(merged, workers=1)
    g = openpyxl.load_workbook(path)["Need Groups"]
    head = [c.value for c in g[1]]
    lead = head.index("Lead") + 1
    assert lead < head.index("Totals (live)") + 1
    assert [(g.cell(r, 1).value, g.cell(r, lead).value) for r in (2, 3)] == [
        ("Low-level", "Ms Price"),
        ("Routines", "Mr Shah"),
    ]
    assert head.count("Lead") == 1 and head.count("Totals (live)") == 1
    labels = [g.cell(r, head.index("Totals (live)") + 1).value for r in range(2, 7)]
    assert labels[0] == "Cases on the Cases sheet" and "Parked" in labels
    merge(merged, workers=1)  # and again: nothing moves twice
    g = openpyxl.load_workbook(path)["Need Groups"]
    assert [c.value for c in g[1]] == head
