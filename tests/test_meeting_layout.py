"""The shuffle workbook laid out for the meeting: what is frozen, aligned and printed, read back
from the committed example (the demo after its meeting, late returns merged in)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from needsaudit.demo import DEMO_QUESTIONS
from needsaudit.names import S_CASES_FROZEN, S_CASES_HEADER, S_CASES_PRINTED

SHUFFLE = Path(__file__).resolve().parents[1] / "workbooks" / "4 shuffle (after the meeting).xlsx"


@pytest.fixture(scope="module")
def wb() -> openpyxl.Workbook:
    return openpyxl.load_workbook(SHUFFLE)


def test_the_meeting_columns_come_first_and_stay_in_view(wb: openpyxl.Workbook) -> None:
    ws = wb["Cases"]
    header = [c.value for c in ws[1]]
    assert tuple(header[: len(S_CASES_HEADER)]) == S_CASES_HEADER
    # Then the audit's own questions, then the column the meeting added, kept.
    local = tuple(q[0] for q in DEMO_QUESTIONS)
    n = len(S_CASES_HEADER)
    assert tuple(header[n : n + len(local)]) == local
    assert header[n + len(local)] == "Priority"
    assert ws.freeze_panes == f"{openpyxl.utils.get_column_letter(len(S_CASES_FROZEN) + 1)}2"


def test_every_cell_of_a_case_sits_at_the_top_of_its_row(wb: openpyxl.Workbook) -> None:
    ws = wb["Cases"]
    misplaced = [
        cell.coordinate
        for row in ws.iter_rows(min_row=2)
        for cell in row
        if cell.value not in (None, "") and cell.alignment.vertical != "top"
    ]
    assert misplaced == []
    priority = next(c for c in ws[1] if c.value == "Priority").column
    assert any(ws.cell(r, priority).value for r in range(2, ws.max_row + 1))


def test_paper_gets_the_columns_read_and_only_the_groups(wb: openpyxl.Workbook) -> None:
    cases = wb["Cases"]
    last = openpyxl.utils.get_column_letter(len(S_CASES_PRINTED))
    assert cases.print_area == f"'Cases'!$A$1:${last}${cases.max_row}"
    assert cases.page_setup.orientation == "landscape" and cases.print_title_rows == "$1:$1"
    groups = wb["Need Groups"]
    defined = sum(1 for r in range(2, groups.max_row + 1) if groups.cell(r, 1).value)
    assert defined == 8
    assert groups.print_area == f"'Need Groups'!$A$1:$G${defined + 1}"


def test_a_header_that_wraps_has_room_for_its_lines(wb: openpyxl.Workbook) -> None:
    assert wb["Cases"].row_dimensions[1].height >= 28  # "Highest seriousness": two lines


def test_cards_show_ages_as_whole_years(wb: openpyxl.Workbook) -> None:
    titles = [c.value for c in wb["Cards"]["A"] if isinstance(c.value, str)]
    ages = [t for t in titles if t.startswith("Case ") and " · age " in t]
    assert ages and not any(".0 ·" in t for t in ages)


def test_a_sheet_carried_through_merges_keeps_its_print_set_up(wb: openpyxl.Workbook) -> None:
    # Sorting is written by the first suggest, filled in by the sorters and carried by every
    # later merge and suggest as their sheet.
    ws = wb["Sorting"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
