"""The Welsh and bilingual shuffle workbook in the real application: LibreOffice recalculates
the Welsh Need Groups' live counts from statuses typed in Welsh (and in English, and as its
autocorrect leaves them), a merge keeps what it saved, and the bilingual workbook's pages read
right on paper."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from needsaudit.i18n import CY, CY_EN
from needsaudit.names import S_GROUPS_HEADER
from needsaudit.shuffle import merge
from needsaudit.suggest import suggest
from needsaudit.xlsxscan import col_letters

from .libreoffice import Office
from .pages import page_problems, render, sheet_budget
from .shuffle_helpers import case_rows, decide, define_groups, header, sheet
from .test_welsh_shuffle import REFS, _audit, _return

pytestmark = pytest.mark.libreoffice


def test_libreoffice_recalculates_the_welsh_need_groups(office: Office, tmp_path: Path) -> None:
    folder = _audit(tmp_path, CY, "cyfrif")
    for ref in REFS[:4]:
        _return(folder, ref)
    merge(folder, workers=1)
    path = folder / "shuffle.xlsx"
    rows = case_rows(path)
    head = header(sheet(openpyxl.load_workbook(path), "Cases"))

    def col(name: str) -> str:
        return col_letters(head.index(name) + 1)

    work = tmp_path / "cyfarfod.xlsx"
    shutil.copyfile(path, work)
    doc = office.open(work)
    names = [s["name"] for s in office.call("sheets", doc=doc)["sheets"]]
    assert names[:2] == ["Achosion", "Grwpiau Angen"], names
    office.type(doc, "Grwpiau Angen", "A2", "Grŵp Ŷ")
    office.type(doc, "Grwpiau Angen", "B2", "Ôl-effeithiau cam-drin domestig")
    # Statuses as a Welsh meeting types them (LibreOffice may turn ' into ’), and one in
    # English: each is the status it says.
    for ref, group, status in (
        (REFS[0], "grŵp ŷ", "Cytunwyd"),
        (REFS[1], "Grŵp Ŷ ", "Wedi'i barcio"),
        (REFS[2], "GRŴP Ŷ", "Agreed"),
        (REFS[3], "Grŵp Ŷ", "Parked"),
    ):
        r = rows[ref.casefold()]["_row"]
        office.type(doc, "Achosion", f"{col('Agreed group')}{r}", group)
        office.type(doc, "Achosion", f"{col('Status')}{r}", status)
    office.call("recalc", doc=doc)
    side = col_letters(len(S_GROUPS_HEADER) + 3)
    totals = [f"{side}{r}" for r in range(2, 7)]
    counts = office.call("get_many", doc=doc, sheet="Grwpiau Angen", cells=["C2", "D2", *totals])
    assert counts["C2"]["value"] == 2  # two parked (one in Welsh, one in English)
    assert round(counts["D2"]["value"], 4) == 0.5
    # Cases, in a Need Group, not grouped yet, parked, in a group not defined: they add up.
    assert [counts[c]["value"] for c in totals] == [4, 2, 0, 2, 0]
    typed = office.get(doc, "Achosion", f"{col('Status')}{rows['môn-02']['_row']}")["string"]
    office.save(doc, path)
    office.close_doc(doc)

    # A later merge keeps every decision LibreOffice saved, in the words it saved them.
    _return(folder, REFS[4])
    merge(folder, workers=1)
    after = case_rows(path)
    assert after["môn-02"]["Status"] == typed
    assert [after[r.casefold()]["Agreed group"] for r in REFS[:4]] == [
        "grŵp ŷ",
        "Grŵp Ŷ ",
        "GRŴP Ŷ",
        "Grŵp Ŷ",
    ]
    assert after["môn-05"]["Status"] == "I'w drafod"
    wb = openpyxl.load_workbook(path, data_only=True)
    assert wb["Grwpiau Angen"]["C2"].value == 2  # the cached count a viewer sees, as LibreOffice


def test_the_bilingual_shuffle_reads_right_on_paper(office: Office, tmp_path: Path) -> None:
    """Every sheet of a bilingual shuffle (after merge, the meeting and suggest), printed by
    LibreOffice: no text over text or cut at a cell's edge, type large enough, pages in
    budget."""
    folder = _audit(tmp_path, CY_EN, "dwyieithog")
    for ref in REFS:
        _return(folder, ref)
    merge(folder, workers=1)
    path = folder / "shuffle.xlsx"
    define_groups(path, [("Grŵp Ŷ", "Ôl-effeithiau cam-drin domestig"), ("Tai", "Tai gwael")])
    decide(
        path,
        {
            REFS[0]: {"Agreed group": "Grŵp Ŷ", "Status": "Cytunwyd / Agreed"},
            REFS[1]: {"Agreed group": "Tai", "Status": "Wedi'i barcio / Parked"},
        },
    )
    suggest(folder)
    merge(folder, workers=1)
    rendering = render(office, path, tmp_path / "dwyieithog.pdf")
    names = {s.name for s in rendering.sheets}
    assert {"Achosion - Cases", "Grwpiau Angen - Need Groups", "Cardiau - Cards"} <= names, names
    budget = sheet_budget(
        [
            ("Achosion - Cases", 2),
            ("Cardiau - Cards", 5),
            ("Anghenion - Needs", 3),
            (".*", 1),
        ]
    )
    assert page_problems(rendering, budget) == []


def test_the_bilingual_coordinator_reads_right_on_paper(office: Office, tmp_path: Path) -> None:
    from needsaudit.coordinator import build_coordinator

    xlsm, xlsx = build_coordinator(tmp_path, "archwiliad", language=CY_EN)
    for path in (xlsm, xlsx):
        rendering = render(office, path, tmp_path / f"{path.suffix[1:]}.pdf")
        names = [s.name for s in rendering.sheets]
        assert names == [
            "Rheoli - Control",
            "Problemau - Issues",
            "Statws - Status",
            "Cymorth - Help",
        ]
        assert (
            page_problems(
                rendering, sheet_budget([("Rheoli - Control|Cymorth - Help", 2), (".*", 1)])
            )
            == []
        )
