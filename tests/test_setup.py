"""Set-up: setup.xlsx as the contract describes it, sample lists, the random draw."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from needsaudit import defaults
from needsaudit.audit import (
    InvalidListError,
    draw_sample,
    file_stem,
    init_audit,
    load_case_list,
    read_setup,
    ref_problem,
)
from needsaudit.issues import NeedsAuditError
from needsaudit.names import LIST_HEADERS, SETUP_FILE, Setting

from .conftest import SAMPLE_CSV, write_csv


def test_setup_workbook_has_contract_sheets_and_defaults(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    init_audit(folder, write_csv(tmp_path / "s.csv", SAMPLE_CSV))
    wb = openpyxl.load_workbook(folder / SETUP_FILE)
    assert wb.sheetnames[:2] == ["Settings", "Cases"]
    for sheet, header in LIST_HEADERS.items():
        ws = wb[sheet]
        assert tuple(c.value for c in ws[1][: len(header)]) == header, sheet
    settings = {r[0].value: r[1].value for r in wb["Settings"].iter_rows(min_row=2)}
    for key in Setting:
        assert key.value in settings
    assert settings["Small numbers"] == 5
    assert settings["Shortest need (words)"] == 5
    assert len(settings["Audit id"]) == 32
    assert [r[0].value for r in wb["Who"].iter_rows(min_row=2)] == list(defaults.WHO)
    assert [(r[0].value, r[1].value) for r in wb["Areas"].iter_rows(min_row=2)] == list(
        defaults.AREAS
    )
    levels = [(r[0].value, r[1].value) for r in wb["Seriousness"].iter_rows(min_row=2)]
    assert levels == [(1, "Low"), (2, "Moderate"), (3, "Serious"), (4, "Very serious")]
    assert wb["Primary need"]["A2"].value == "N1 Abuse or neglect"
    assert len(list(wb["Services"].iter_rows(min_row=2))) == len(defaults.SERVICES)
    kinds = {r[1].value for r in wb["Phrases"].iter_rows(min_row=2)}
    assert kinds == {"service", "assessment", "universal"}
    assert [c.value for c in wb["Passwords"][1][:2]] == ["Auditor", "Password"]
    # The sample, refs kept as text.
    cases = [[c.value for c in r[:4]] for r in wb["Cases"].iter_rows(min_row=2)]
    assert cases[0] == ["00123", "Jo Bloggs", "Children's social care", "F1"]
    assert wb["Cases"]["A2"].data_type == "s"


def test_read_setup_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    init_audit(folder, write_csv(tmp_path / "s.csv", SAMPLE_CSV), audit_name="Round trip")
    setup = read_setup(folder)
    assert setup.settings.audit_name == "Round trip"
    assert [c.ref for c in setup.cases] == ["00123", "AB12", "X&Y", "C-77"]
    assert setup.lists.values("Seriousness") == [
        "1 Low",
        "2 Moderate",
        "3 Serious",
        "4 Very serious",
    ]
    assert setup.lists.seriousness_rank("4 Very serious") == 4
    assert setup.auditors == ["Jo Bloggs", "Sam Patel"]
    assert setup.issues == []


def test_edited_lists_and_order_from_level(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    init_audit(folder, write_csv(tmp_path / "s.csv", SAMPLE_CSV))
    wb = openpyxl.load_workbook(folder / SETUP_FILE)
    ws = wb["Seriousness"]
    # A council relabels and reorders rows: the order still comes from Level.
    ws["A2"], ws["B2"] = 4, "Critical"
    ws["A5"], ws["B5"] = 1, "Minor"
    wb["Who"]["A9"] = "Grandparent"
    wb["Services"]["B2"] = 2400
    pw = wb["Passwords"]
    pw["A2"], pw["B2"] = "Jo Bloggs", "s3cret"
    wb.save(folder / SETUP_FILE)
    setup = read_setup(folder)
    assert setup.lists.values("Seriousness")[0] == "1 Minor"
    assert setup.lists.values("Seriousness")[-1] == "4 Critical"
    assert "Grandparent" in setup.lists.who
    assert setup.lists.services[0].unit_cost == 2400
    assert setup.passwords == {"jo bloggs": "s3cret"}
    assert [i.code for i in setup.issues] == ["password-stored"]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", "Case ref,Auditor,Agency\n00123,Siân Ŵyn,Health\n"),
        ("utf-8-sig", "Case ref,Auditor,Agency\n00123,Siân Ŵyn,Health\n"),
        ("cp1252", "case REF;auditor;AGENCY\n00123;Siân Wyn;Health\n"),
    ],
)
def test_csv_encodings_delimiters_and_headers(tmp_path: Path, encoding: str, text: str) -> None:
    loaded = load_case_list(write_csv(tmp_path / "s.csv", text, encoding))
    assert loaded.errors == []
    (case,) = loaded.cases
    assert case.ref == "00123"
    assert case.auditor.startswith("Siân")
    assert case.agency == "Health"


def test_xlsx_list_from_cases_sheet_or_first_visible(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Notes"
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Export")
    ws.append(["Child name", "Case Ref", "AUDITOR", "Date of birth"])
    ws.append(["Alice", "00777", "Jo", "2015-01-02"])
    ws.append(["Bob", 778, "Jo", "2016-01-02"])
    path = tmp_path / "list.xlsx"
    wb.save(path)
    loaded = load_case_list(path)
    assert [c.ref for c in loaded.cases] == ["00777", "778"]
    assert sorted(i.code for i in loaded.issues) == ["extra-column", "extra-column"]
    wb.create_sheet("Cases").append(["Case ref", "Auditor"])
    wb["Cases"].append(["Z1", "Ann"])
    wb.save(path)
    assert [c.ref for c in load_case_list(path).cases] == ["Z1"]


def test_bad_rows_reported_with_row_numbers(tmp_path: Path) -> None:
    text = (
        "Case ref,Auditor\n"
        "A1,Jo\n"  # row 2 ok
        "a1 ,Jo\n"  # row 3 duplicate of row 2 ignoring case and spaces
        "A2,\n"  # row 4 blank auditor
        "A:3,Jo\n"  # row 5: a ref Windows cannot use as a file name is kept (safe file name)
        "CON,Jo\n"  # row 6: so is a name Windows reserves
        "A4.,Jo\n"  # row 7: and a trailing dot
        f"{'x' * 101},Jo\n"  # row 8 too long
        "A5,Jo/Ann\n"  # row 9: an auditor's name is kept too; the folder is made safe
        ",,\n"  # blank line: skipped
        "A6,Jo\n"
    )
    loaded = load_case_list(write_csv(tmp_path / "s.csv", text))
    rows = {int(str(i.detail("row"))): i.message for i in loaded.errors}
    assert sorted(rows) == [3, 4, 8]
    assert "repeats row 2" in rows[3]
    assert "no auditor" in rows[4]
    assert "longer than 100" in rows[8]
    assert [c.ref for c in loaded.cases] == ["A1", "A:3", "CON", "A4.", "A5", "A6"]
    assert [c.auditor for c in loaded.cases][-2] == "Jo/Ann"


def test_invalid_list_writes_nothing(tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "s.csv", "Case ref,Auditor\nA1,\n")
    with pytest.raises(InvalidListError) as info:
        init_audit(tmp_path / "a", bad)
    assert [i.code for i in info.value.issues] == ["bad-sample-row"]
    assert not (tmp_path / "a").exists()


def test_init_never_overwrites(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    init_audit(folder, write_csv(tmp_path / "s.csv", SAMPLE_CSV))
    before = (folder / SETUP_FILE).read_bytes()
    with pytest.raises(NeedsAuditError, match="already an audit"):
        init_audit(folder)
    assert (folder / SETUP_FILE).read_bytes() == before


def test_random_sample_is_reproducible_and_recorded(tmp_path: Path) -> None:
    lines = ["Case ref,Auditor,Agency"] + [f"R{i:04d},Aud{i % 5},Agency" for i in range(500)]
    caseload = write_csv(tmp_path / "caseload.csv", "\n".join(lines) + "\n")
    a = init_audit(tmp_path / "a", caseload, sample=100, seed=7)
    b = init_audit(tmp_path / "b", caseload, sample=100, seed=7)
    c = init_audit(tmp_path / "c", caseload, sample=100, seed=8)
    refs_a = [x.ref for x in a.setup.cases]
    assert refs_a == [x.ref for x in b.setup.cases]
    assert refs_a != [x.ref for x in c.setup.cases]
    assert len(set(refs_a)) == 100
    assert refs_a == sorted(refs_a)  # kept in caseload order
    setup = read_setup(tmp_path / "a")
    assert setup.settings.sample_method.startswith("random: simple random sample of 100 from 500")
    assert "seed 7" in setup.settings.sample_method
    assert "100 of the 500" in setup.settings.sample_description


def test_sample_needs_auditors_only_on_drawn_rows(tmp_path: Path) -> None:
    lines = ["Case ref,Auditor"] + [f"R{i},{'Jo' if i < 10 else ''}" for i in range(50)]
    caseload = write_csv(tmp_path / "caseload.csv", "\n".join(lines) + "\n")
    with pytest.raises(InvalidListError) as info:
        init_audit(tmp_path / "a", caseload, sample=20, seed=1)
    assert info.value.issues and all("no auditor" in i.message for i in info.value.issues)
    assert not (tmp_path / "a").exists()


def test_sample_larger_than_list(tmp_path: Path) -> None:
    with pytest.raises(NeedsAuditError, match="more than the 4"):
        init_audit(tmp_path / "a", write_csv(tmp_path / "s.csv", SAMPLE_CSV), sample=10)


def test_draw_sample_uses_only_seed() -> None:
    from needsaudit.model import SampleCase

    cases = [SampleCase(f"R{i}", "a") for i in range(30)]
    assert draw_sample(cases, 5, 3) == draw_sample(list(cases), 5, 3)


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("AB12", True),
        ("00123", True),
        ("X&Y", True),
        ("a<b", True),
        ("lpt1", True),
        ("com9.x", True),
        ("con", True),
        ("ends.", True),
        ("Bev M.", True),
        (".C2", True),
        ("~$x", True),
        ("2024/0123", True),
        ("tab\there", False),
        ("x" * 100, True),
        ("x" * 101, False),
        ("", False),
    ],
)
def test_any_ref_or_auditor_gets_a_safe_file_name(name: str, usable: bool) -> None:
    """Refs and auditors' names are kept as written; the file and folder names made from them
    are ones Windows, macOS and Linux accept and never take for hidden, lock or device files."""
    assert (ref_problem(name) is None) is usable
    if not usable:
        return
    stem = file_stem(name)
    assert stem and not re.search(r'[<>:"/\\|?*\x00-\x1f]', stem)
    assert not stem.endswith((".", " ")) and not stem.startswith((".", "~"))
    reserved = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(10)}
    assert stem.split(".")[0].strip().upper() not in reserved
