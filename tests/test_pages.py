"""Every sheet of every workbook the tool writes, read as printed pages.

The committed example workbooks (workbooks/, kept equal to what the code writes by
test_examples) are each printed once by LibreOffice for the whole session; every page of
every sheet is then checked as a reader would see it (tests/pages.py): no text over text, no
text cut off, no chart split over pages, type large enough, and no more pages than the sheet
needs. A small workbook made wrong on purpose shows each check can fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .libreoffice import Office
from .pages import Budget, Rendering, page_problems, render, sheet_budget

pytestmark = pytest.mark.libreoffice

WORKBOOKS = Path(__file__).resolve().parents[1] / "workbooks"

# Most pages each sheet may print, by workbook (regular expressions on sheet names, first
# match wins). The demo has 100 cases, 8 Need Groups and about 300 needs; each budget says
# why it is what it is, so a print set-up that falls apart shows here.
BUDGETS: dict[str, Budget] = {
    # 100 cases, 40 a page; about 245 English and 25 Welsh phrases the flags look for, a
    # reference list in portrait, about 50 a page
    "1 setup.xlsx": sheet_budget([("Cases", 4), ("Phrases", 6), (".*", 1)]),
    # The form itself on one A4 page (the contract; test_libreoffice_forms prints a form with
    # no local questions on one); the demo's own questions on a second page of their own.
    "2 audit form (blank).xlsx": sheet_budget([("Form", 2), (".*", 1)]),
    "3 audit form (filled in).xlsx": sheet_budget([("Form", 2), (".*", 1)]),
    "4 shuffle (after the meeting).xlsx": sheet_budget(
        [
            ("Cases", 20),  # a case a row at a readable size: five or more a page
            ("Need Groups", 1),  # the groups, not the empty rows ready for more
            ("Needs", 20),  # about 300 needs, fifteen or more a page
            ("Services", 8),
            ("Cards", 40),  # at 100%, none split: a card with four needs takes a third of a page
            ("Returns", 5),
            ("Issues", 3),  # every warning on the returns: 37 with the model trained on nine sets
            ("Suggestions", 1),
            ("Similar cases", 4),
            ("Sorting", 8),
            ("Group names", 2),
            ("Agreement", 4),  # the tables; the sorters' matrix is for the screen
            ("Actions", 1),  # the group's own sheet
        ]
    ),
    "5 summary.xlsx": sheet_budget(
        [
            # English, Welsh, or bilingual ("Trosolwg - Overview") sheet names
            ("Overview|Trosolwg", 1),
            ("Trosolwg - Overview", 2),  # bilingual: the text, then the chart on a page of its own
            ("(Grwpiau Angen - )?Need Groups|Grwpiau Angen", 1),
            ("Service Gaps", 3),
            ("Bylchau gwasanaeth", 5),  # Welsh or bilingual service names take two lines
            ("(Costau - )?Costs|Costau", 1),
            (r"G\d+ .*", 1),  # a group's profile on one page
            ("(Ansawdd data - )?Data Quality|Ansawdd data", 1),
        ]
    ),
    "needsaudit_coordinator.xlsx": sheet_budget([(".*", 1)]),
    "needsaudit_coordinator.xlsm": sheet_budget([(".*", 1)]),
}
BUDGETS["6 summary-public.xlsx"] = BUDGETS["5 summary.xlsx"]


@pytest.fixture(scope="session")
def renders(
    office: Office, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Rendering]]:
    """Each committed workbook printed once for the session."""
    out = tmp_path_factory.mktemp("pages")
    yield {
        name: render(office, WORKBOOKS / name, out / f"{Path(name).stem}.pdf") for name in BUDGETS
    }


def test_every_workbook_is_checked() -> None:
    committed = {p.name for p in WORKBOOKS.glob("*.xls*")}
    assert committed == set(BUDGETS)


@pytest.mark.parametrize("name", sorted(BUDGETS))
def test_every_page_reads_right(renders: dict[str, Rendering], name: str) -> None:
    rendering = renders[name]
    assert rendering.sheets, name
    assert page_problems(rendering, BUDGETS[name]) == []


def test_the_checks_find_what_is_wrong(office: Office, tmp_path: Path) -> None:
    """A workbook made wrong in each way the checks look for: each is reported."""
    import xlsxwriter

    path = tmp_path / "wrong.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Wrong")
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    ws.set_column(0, 1, 15)
    ws.write(0, 0, "Alpha beta gamma delta epsilon zeta eta theta")  # runs into B1: cut
    ws.write(0, 1, "Neighbour")
    ws.write(2, 0, "Wrapped one two three four five six seven eight nine ten eleven", wrap)
    ws.set_row(2, 15)  # too short for its wrapped lines: cut, and over the next row
    ws.write(3, 0, "Nextrow")
    ws.write(5, 3, 123456789012345.0, wb.add_format({"num_format": "#,##0"}))
    ws.set_column(3, 3, 5)  # too narrow for the number: ###
    for r in range(8, 160):
        ws.write(r, 0, r)
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": ["Wrong", 8, 0, 12, 0], "name": "Split"})
    chart.set_title({"name": "Across the break"})
    chart.set_size({"width": 400, "height": 600})
    ws.insert_chart(40, 4, chart)  # tall enough to cross the first page break
    wb.close()
    rendering = render(office, path, tmp_path / "wrong.pdf")
    found = "\n".join(page_problems(rendering, {"Wrong": 1}))
    assert "pages, budget 1" in found
    assert "A1: " in found and "epsilon" in found  # cut at the neighbour's edge
    assert "A3: " in found and "eleven" in found  # cut at the row's bottom
    assert "printed over each other" in found
    assert "###" in found
    assert "'Across the break' is split over pages" in found
