"""The meeting in the real application: LibreOffice edits shuffle.xlsx, the counts follow,
and a later merge keeps every decision it saved."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from needsaudit.audit import read_setup
from needsaudit.names import S_CASES_HEADER
from needsaudit.shuffle import merge

from . import builders as b
from .libreoffice import Office
from .shuffle_helpers import case_rows, groups_table

pytestmark = pytest.mark.libreoffice


def col(header: str) -> str:
    return chr(65 + S_CASES_HEADER.index(header))


def test_the_meeting_in_libreoffice(office: Office, audit: Path, tmp_path: Path) -> None:
    setup = read_setup(audit)
    b.good_return(audit, "00123")
    b.write(
        audit,
        "AB12.xlsx",
        b.make_return(setup, "AB12", fields={"NA_Story": "=SUM(A1) is how the story starts"}),
    )
    b.write(audit, "X&Y.xlsx", b.make_return(setup, "X&Y"))
    merge(audit, workers=1)
    rows = case_rows(audit / "shuffle.xlsx")

    work = tmp_path / "meeting.xlsx"
    shutil.copyfile(audit / "shuffle.xlsx", work)
    doc = office.open(work)
    # Formula-looking text is text in the application too.
    story = office.get(doc, "Cases", f"{col('Story')}{rows['ab12']['_row']}")
    assert story["type"] == "TEXT" and story["string"].startswith("=SUM(A1)")
    # The Agreed group column's dropdown follows the Need Groups sheet.
    v = office.call("validation", doc=doc, sheet="Cases", cell=f"{col('Agreed group')}2")
    assert (v["type"], v["formula1"]) == ("LIST", "NA_S_GroupNames")
    # A group is added, and cases assigned (in other case and spacing, as people type).
    office.type(doc, "Need Groups", "A2", "Routines")
    office.type(doc, "Need Groups", "B2", "Bedtime and morning routines")
    for ref, group, status in (
        ("00123", "routines", "Agreed"),
        ("AB12", "Routines ", "Parked"),
        ("X&Y", "ROUTINES", "Agreed"),
    ):
        r = rows[ref.casefold()]["_row"]
        office.type(doc, "Cases", f"{col('Agreed group')}{r}", group)
        office.type(doc, "Cases", f"{col('Status')}{r}", status)
    office.call("recalc", doc=doc)
    totals = ["J2", "J3", "J4", "J5", "J6"]
    counts = office.call("get_many", doc=doc, sheet="Need Groups", cells=["C2", "D2", *totals])
    assert counts["C2"]["value"] == 2  # AB12 is parked: in no group
    assert round(counts["D2"]["value"], 4) == round(2 / 3, 4)
    # Cases, in a Need Group, not grouped yet, parked, in a group not defined: they add up.
    assert [counts[c]["value"] for c in totals] == [3, 2, 0, 1, 0]
    needs_group = office.get(doc, "Needs", "L2")["string"]
    assert needs_group in ("routines", "Routines ", "ROUTINES")  # follows Cases, live
    office.save(doc, audit / "shuffle.xlsx")  # the coordinator saves in place
    office.close_doc(doc)

    # More returns arrive; a return changes; the coordinator merges again.
    b.write(audit, "C-77.xlsx", b.make_return(setup, "C-77"))
    b.write(
        audit,
        "X&Y.xlsx",
        b.make_return(setup, "X&Y", fields={"NA_Age": 14}, saved=datetime(2026, 11, 26, 10)),
    )
    result = merge(audit, workers=1)
    after = case_rows(audit / "shuffle.xlsx")
    assert (after["00123"]["Agreed group"], after["00123"]["Status"]) == ("routines", "Agreed")
    assert (after["ab12"]["Agreed group"], after["ab12"]["Status"]) == ("Routines ", "Parked")
    assert (after["x&y"]["Agreed group"], after["x&y"]["Age"], after["x&y"]["Return"]) == (
        "ROUTINES",
        14,
        "changed since last merge",
    )
    assert after["c-77"]["Status"] == "To discuss"
    assert groups_table(audit / "shuffle.xlsx") == [("Routines", "Bedtime and morning routines")]
    assert [i for i in result.issues if i.code in ("undefined-group", "typed-over-tool-cell")] == []

    # And LibreOffice sees the counts again after the merge (cached for viewers, live on recalc).
    shutil.copyfile(audit / "shuffle.xlsx", tmp_path / "again.xlsx")
    doc = office.open(tmp_path / "again.xlsx")
    cached = office.get(doc, "Need Groups", "C2")["value"]
    office.call("recalc", doc=doc)
    assert cached == office.get(doc, "Need Groups", "C2")["value"] == 2
    # Parked with no group typed, and a group nobody defined: each counted once, and the five
    # totals still add up (set through the API: a user would clear the cell).
    rows = case_rows(tmp_path / "again.xlsx")
    for ref, text in (("ab12", ""), ("x&y", "Elsewhere")):
        cell = f"{col('Agreed group')}{rows[ref]['_row']}"
        office.call("set_string", doc=doc, sheet="Cases", cell=cell, text=text)
    office.call("recalc", doc=doc)
    totals = ["J2", "J3", "J4", "J5", "J6"]
    counts = office.call("get_many", doc=doc, sheet="Need Groups", cells=totals)
    assert [counts[c]["value"] for c in totals] == [4, 1, 1, 1, 1]
    office.close_doc(doc)
