"""Reading returns: values as typed after one normalisation, and one test per issue code, each
asserting the code, where it is, and that the other return in the folder is still read."""

from __future__ import annotations

import os
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from needsaudit.audit import read_setup, write_setup
from needsaudit.forms import make_forms
from needsaudit.issues import Issue
from needsaudit.names import FORM_VERSION
from needsaudit.returns import ReturnsResult, read_returns
from needsaudit.workbook import encrypt

from . import builders as b


def read(audit: Path, **kw) -> ReturnsResult:  # type: ignore[no-untyped-def]
    return read_returns(audit, workers=1, **kw)


def only(result: ReturnsResult, code: str) -> Issue:
    found = [i for i in result.issues if i.code == code]
    assert len(found) == 1, (code, [(i.code, i.file, i.cell) for i in result.issues])
    return found[0]


@pytest.fixture
def folder(audit: Path) -> Path:
    """An audit with one good return (00123) beside whatever a test adds."""
    b.good_return(audit, "00123")
    return audit


def still_reads_the_good_one(result: ReturnsResult) -> None:
    assert "00123" in result.chosen, "the other return must still be read"
    assert result.chosen["00123"].file == "returns/00123.xlsx"


# --- values ---------------------------------------------------------------------------------------


def test_a_clean_return_reads_back_every_value(folder: Path) -> None:
    result = read(folder)
    assert [i.code for i in result.issues] == []
    ret = result.chosen["00123"]
    assert (ret.case_ref, ret.auditor, ret.agency) == (
        "00123",
        "Jo Bloggs",
        "Children's social care",
    )
    assert ret.audit_date == date(2026, 11, 20)
    assert (ret.age, ret.sex, ret.ethnicity, ret.disability) == (9, "Female", "White", "No")
    assert ret.legal_status == "Child in need" and ret.primary_need == "N4 Family in acute stress"
    assert ret.story == b.FIELDS["NA_Story"]
    assert (ret.overall, ret.matched, ret.no_services) == ("2 Moderate", "Partly", False)
    assert [
        [
            getattr(n, k)
            for k in (
                "who",
                "area",
                "need",
                "if_not_met",
                "seriousness",
                "outcome",
                "work",
                "best_service",
                "met",
            )
        ]
        for n in ret.needs
    ] == b.NEEDS
    assert [n.cell for n in ret.needs] == ["C11", "C12"]
    assert [(s.service, s.provider, s.still_open, s.matched) for s in ret.services] == [
        tuple(r) for r in b.SERVICES
    ]
    assert ret.modified == datetime(2026, 11, 21, 9, 30)
    assert ret.result == "merged"


def test_values_typed_over_dropdowns_and_as_text(audit: Path) -> None:
    setup = read_setup(audit)
    data = b.make_return(
        setup,
        "AB12",
        fields={
            "NA_Sex": " female ",
            "NA_Age": "7",
            "NA_AuditDate": "20/11/2026",
            "NA_PrimaryNeed": "n4",
            "NA_OverallSeriousness": "4",
            "NA_Matched": "partly",
            "NA_Disability": "y",
            "NA_LegalStatus": "child IN need",
        },
        needs=[[*b.NEEDS[0][:4], "very serious", *b.NEEDS[0][5:8], "partly met"]],
    )
    b.write(audit, "AB12.xlsx", data)
    ret = read(audit).chosen["ab12"]
    assert (ret.sex, ret.age, ret.audit_date) == ("Female", 7, date(2026, 11, 20))
    assert (ret.primary_need, ret.overall, ret.matched) == (
        "N4 Family in acute stress",
        "4 Very serious",
        "Partly",
    )
    assert (ret.disability, ret.legal_status) == ("Yes", "Child in need")
    assert (ret.needs[0].seriousness, ret.needs[0].met) == ("4 Very serious", "Partly met")
    assert ret.issues == []


def test_1904_date_system_and_serials(audit: Path) -> None:
    setup = read_setup(audit)
    data = b.make_return(setup, "AB12")
    # The same serial means a different day in the 1904 system (Mac Excel 2011 and older).
    data = b.patch_part(
        data, "xl/workbook.xml", lambda x: x.replace("<workbookPr ", '<workbookPr date1904="1" ')
    )
    b.write(audit, "AB12.xlsx", data)
    ret = read(audit).chosen["ab12"]
    assert ret.audit_date == date(2030, 11, 21)  # 1462 days later than in the 1900 system


def test_case_ref_compared_trimmed_ignoring_case_and_shown_as_in_sample(audit: Path) -> None:
    setup = read_setup(audit)
    form = b.foreign_blank(setup, " ab12 ")  # a form whose ref was written differently
    b.write(audit, "x.xlsx", b.make_return(setup, "AB12", form=form))
    ret = read(audit).chosen["ab12"]
    assert ret.case_ref == "AB12"


# --- one test per code: files ---------------------------------------------------------------------


def test_not_a_workbook(folder: Path) -> None:
    b.write(folder, "notes.docx", b"PK\x03\x04 not really")
    b.write(folder, "scan.pdf", b"%PDF-1.4 fictional")
    result = read(folder)
    codes = sorted((i.file, i.code) for i in result.issues)
    assert codes == [("returns/notes.docx", "corrupt-file"), ("returns/scan.pdf", "not-a-workbook")]
    assert all(i.cell is None and i.sheet is None for i in result.issues)
    still_reads_the_good_one(result)


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("old.xls", b.legacy_xls(), "Excel 97-2003"),
        (
            "sheet.ods",
            b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "OpenDocument",
        ),
        ("export.csv", b"Case ref,Need\n00123,x\n", "CSV"),
    ],
)
def test_unsupported_format(folder: Path, name: str, data: bytes, fmt: str) -> None:
    b.write(folder, name, data)
    result = read(folder)
    problem = only(result, "unsupported-format")
    assert (
        problem.file == f"returns/{name}"
        and fmt in problem.message
        and "Save As" in problem.message
    )
    still_reads_the_good_one(result)


def test_corrupt_file_truncated_zip(folder: Path) -> None:
    good = (folder / "returns" / "00123.xlsx").read_bytes()
    b.write(folder, "AB12.xlsx", good[: len(good) // 2])
    result = read(folder)
    assert only(result, "corrupt-file").file == "returns/AB12.xlsx"
    still_reads_the_good_one(result)


def test_too_large_zip_bomb_refused_before_inflating(folder: Path) -> None:
    good = (folder / "returns" / "00123.xlsx").read_bytes()
    b.write(folder, "bomb.xlsx", b.zip_bomb_claim(good))
    result = read(folder)
    assert only(result, "too-large").file == "returns/bomb.xlsx"
    still_reads_the_good_one(result)


def test_encrypted_no_password_then_passwords_in_order(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = read_setup(folder)
    b.write(folder, "Sam Patel/X&Y.xlsx", encrypt(b.make_return(setup, "X&Y"), "sam-pw"))
    result = read(folder)
    assert only(result, "encrypted-no-password").file == "returns/Sam Patel/X&Y.xlsx"
    still_reads_the_good_one(result)
    # The per-auditor password in setup.xlsx opens it.
    setup.passwords = {"jo bloggs": "jo-pw", "sam patel": "sam-pw"}
    write_setup(folder / "setup.xlsx", setup)
    assert "x&y" in read(folder).chosen
    # So does the environment variable, tried after setup's.
    setup.passwords = {}
    write_setup(folder / "setup.xlsx", setup)
    monkeypatch.setenv("NEEDSAUDIT_RETURNS_PASSWORD", "sam-pw")
    assert "x&y" in read(folder).chosen


def test_passwords_tried_for_the_auditor_named_in_the_path_first() -> None:
    from needsaudit.audit import Lists, Settings, Setup
    from needsaudit.returns import ReadContext

    setup = Setup(
        Settings(audit_id="a", returns_password="shared"),
        [],
        Lists(),
        {"ann": "a1", "sam patel": "s1"},
    )
    ctx = ReadContext(setup, ("prompted",))
    assert ctx.passwords_for("returns/Sam Patel/x.xlsx") == ["s1", "a1", "shared", "prompted"]


def test_wrong_password(folder: Path) -> None:
    setup = read_setup(folder)
    b.write(folder, "X&Y.xlsx", encrypt(b.make_return(setup, "X&Y"), "right"))
    result = read(folder, passwords=["wrong-1", "wrong-2"])
    problem = only(result, "wrong-password")
    assert problem.file == "returns/X&Y.xlsx" and "2 password(s)" in problem.message
    assert "wrong-1" not in problem.message
    still_reads_the_good_one(result)


def test_rights_managed(folder: Path) -> None:
    b.write(folder, "labelled.xlsx", b.rights_managed())
    result = read(folder, passwords=["anything"])
    problem = only(result, "rights-managed")
    assert problem.file == "returns/labelled.xlsx" and "sensitivity label" in problem.message
    still_reads_the_good_one(result)


def test_not_a_form(folder: Path, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Case ref", "Need"])
    wb.active.append(["AB12", "copied into a new workbook"])
    path = tmp_path / "copy.xlsx"
    wb.save(path)
    b.write(folder, "AB12 copy.xlsx", path.read_bytes())
    result = read(folder)
    assert only(result, "not-a-form").file == "returns/AB12 copy.xlsx"
    still_reads_the_good_one(result)


CONSTANTS = r'<definedName name="NA_(AuditIdValue|FormVersionValue)">[^<]*</definedName>'


def test_about_sheet_is_read_when_the_named_constants_are_gone(folder: Path) -> None:
    """Google Sheets and others may drop named constants: the About sheet still tells."""
    setup = read_setup(folder)
    data = b.patch_part(
        b.make_return(setup, "AB12"),
        "xl/workbook.xml",
        lambda x: re.sub(
            r'<definedName name="NA_(AuditIdValue|FormVersionValue)">[^<]*</definedName>', "", x
        ),
    )
    assert b"NA_AuditIdValue" not in data
    b.write(folder, "AB12.xlsx", data)
    assert "ab12" in read(folder).chosen
    setup.settings.audit_id = "another"
    other = b.patch_part(
        b.make_return(setup, "X&Y"),
        "xl/workbook.xml",
        lambda x: re.sub(
            r'<definedName name="NA_(AuditIdValue|FormVersionValue)">[^<]*</definedName>', "", x
        ),
    )
    b.write(folder, "X&Y.xlsx", other)
    assert only(read(folder), "wrong-audit").file == "returns/X&Y.xlsx"


def test_wrong_audit(folder: Path, tmp_path: Path) -> None:
    setup = read_setup(folder)
    setup.settings.audit_id = "another-audit"
    b.write(folder, "AB12.xlsx", b.make_return(setup, "AB12"))
    result = read(folder)
    assert only(result, "wrong-audit").file == "returns/AB12.xlsx"
    still_reads_the_good_one(result)


def test_unsupported_version(folder: Path) -> None:
    setup = read_setup(folder)
    # The version is on the About sheet (sheet4) and a named constant: a newer form says a
    # higher number in both.
    data = b.patch_part(
        b.make_return(setup, "AB12"),
        "xl/worksheets/sheet4.xml",
        lambda x: x.replace(f"<v>{FORM_VERSION}</v>", f"<v>{FORM_VERSION + 1}</v>", 1),
    )
    data = b.patch_part(
        data,
        "xl/workbook.xml",
        lambda x: x.replace(
            f'"NA_FormVersionValue">{FORM_VERSION}<', f'"NA_FormVersionValue">{FORM_VERSION + 1}<'
        ),
    )
    b.write(folder, "AB12.xlsx", data)
    result = read(folder)
    problem = only(result, "unsupported-version")
    assert f"version {FORM_VERSION + 1}" in problem.message
    still_reads_the_good_one(result)


# --- one test per code: answers -------------------------------------------------------------------


def single(folder: Path, ref: str = "AB12", **kw) -> ReturnsResult:  # type: ignore[no-untyped-def]
    b.write(folder, f"{ref}.xlsx", b.make_return(read_setup(folder), ref, **kw))
    result = read(folder)
    still_reads_the_good_one(result)
    return result


def test_no_case_ref(folder: Path) -> None:
    setup = read_setup(folder)
    b.write(folder, "blank ref.xlsx", b.set_cell_xml(b.make_return(setup, "AB12"), "B3", ""))
    result = read(folder)
    problem = only(result, "no-case-ref")
    assert (problem.sheet, problem.cell, problem.severity.value) == ("Form", "B3", "error")
    still_reads_the_good_one(result)


def test_no_needs(folder: Path) -> None:
    result = single(folder, needs=[])
    problem = only(result, "no-needs")
    assert (problem.sheet, problem.cell) == ("Form", "C11")
    assert "ab12" not in result.chosen


def test_missing_answer(folder: Path) -> None:
    result = single(folder, fields={"NA_Sex": None, "NA_Story": ""})
    cells = sorted(str(i.cell) for i in result.issues if i.code == "missing-answer")
    assert cells == ["A8", "H4"]
    fields = sorted(str(i.field) for i in result.issues if i.code == "missing-answer")
    assert fields == ["NA_Sex", "NA_Story"]
    assert "ab12" in result.chosen  # warnings never block


def test_not_in_list(folder: Path) -> None:
    result = single(folder, fields={"NA_Ethnicity": "Martian"})
    problem = only(result, "not-in-list")
    assert (problem.cell, problem.case_ref) == ("B5", "AB12")
    assert "Martian" not in problem.message
    assert result.chosen["ab12"].ethnicity == "Martian"  # kept as typed, reported


def test_age_out_of_range(folder: Path) -> None:
    assert only(single(folder, fields={"NA_Age": 31}), "age-out-of-range").cell == "E4"


def test_bad_date(folder: Path) -> None:
    assert only(single(folder, fields={"NA_AuditDate": "last Tuesday"}), "bad-date").cell == "B4"


def test_need_no_seriousness_and_no_outcome_and_incomplete(folder: Path) -> None:
    need = list(b.NEEDS[0])
    need[0], need[4], need[5] = "", "", ""
    result = single(folder, needs=[need])
    assert only(result, "need-no-seriousness").cell == "E11"
    assert only(result, "need-no-outcome").cell == "F11"
    assert only(result, "need-incomplete").cell == "A11"
    # The same, as data for scripts: the table, the row and the column's header.
    located = {
        (i.code, i.field, i.detail("row"), i.detail("column"))
        for i in result.issues
        if i.field is not None
    }
    assert located == {
        ("need-no-seriousness", "NA_Needs", 11, "Seriousness"),
        ("need-no-outcome", "NA_Needs", 11, "Desired outcome"),
        ("need-incomplete", "NA_Needs", 11, "Who"),
    }


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        ("Needs counselling to help with her feelings about the separation", "service-terms"),
        ("Young person needs a referral to CAMHS for his low mood", "service-terms"),
        ("Child needs a paediatric assessment of her development and growth", "assessment-terms"),
        ("Child needs to be safe and well at home with his mother", "universal-terms"),
        ("Needs to reach her full potential at her new school", "universal-terms"),
        ("Child needs routine", "too-short"),
    ],
)
def test_need_statement_quality(folder: Path, statement: str, code: str) -> None:
    need = list(b.NEEDS[0])
    need[2] = statement
    result = single(folder, needs=[need])
    problem = only(result, code)
    assert problem.cell == "C11" and statement not in problem.message
    assert result.chosen["ab12"].needs[0].quality == tuple(
        sorted({i.code for i in result.issues if i.file == "returns/AB12.xlsx"})
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Mother needs to understand which bedtime her son preferred when he was younger",  # refer
        "Father needs to use the self-service kiosk to book contact times at the centre",  # service
        "Child needs to be safely strapped into a car seat on every journey",  # to be safe(ly)
    ],
)
def test_word_boundaries_do_not_misfire(folder: Path, statement: str) -> None:
    need = list(b.NEEDS[0])
    need[2] = statement
    result = single(folder, needs=[need])
    assert result.chosen["ab12"].needs[0].quality == ()


def test_case_not_in_sample(folder: Path) -> None:
    setup = read_setup(folder)
    b.write(folder, "ZZ9.xlsx", b.make_return(setup, "ZZ9", form=b.foreign_blank(setup, "ZZ9")))
    result = read(folder)
    problem = only(result, "case-not-in-sample")
    # The ref is what the form typed, not the sample's: no issue repeats it.
    assert problem.case_ref is None and problem.severity.value == "warning"
    assert "ZZ9" not in problem.message and problem.cell == "B3"
    still_reads_the_good_one(result)


def test_auditor_differs(folder: Path) -> None:
    setup = read_setup(folder)
    form = b.foreign_blank(setup, "AB12", auditor="Somebody Else")
    b.write(folder, "AB12.xlsx", b.make_return(setup, "AB12", form=form))
    result = read(folder)
    assert only(result, "auditor-differs").cell == "E3"
    assert result.chosen["ab12"].auditor == "Jo Bloggs"  # the sample's auditor is used
    still_reads_the_good_one(result)


def test_formula_in_input(folder: Path) -> None:
    setup = read_setup(folder)
    data = b.set_cell_xml(b.make_return(setup, "AB12"), "E4", "<f>3+4</f><v>7</v>")
    b.write(folder, "AB12.xlsx", data)
    result = read(folder)
    assert only(result, "formula-in-input").cell == "E4"
    assert result.chosen["ab12"].age == 7  # the cached value, never evaluated by us
    still_reads_the_good_one(result)


def test_text_too_long(folder: Path) -> None:
    result = single(folder, fields={"NA_Story": "word " * 7000})
    assert only(result, "text-too-long").cell == "A8"
    assert len(result.chosen["ab12"].story) <= 32_767


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("His NHS number is 943 476 5919 and he is seen at the clinic.", "NHS number"),
        ("The family moved to a flat in SW1A 1AA last month.", "UK postcode"),
        ("Mother can be reached on 07700 900123 in the mornings.", "phone number"),
        ("Contact mum at someone@example.org about the plan.", "email address"),
        ("Child (DOB 03/04/2015) lives with mother.", "date of birth"),
        ("Mrs Harrington looks after the children at weekends.", "name (a title and surname)"),
    ],
)
def test_personal_identifier(folder: Path, text: str, kind: str) -> None:
    result = single(folder, fields={"NA_Story": text})
    problem = only(result, "personal-identifier")
    assert problem.cell == "A8" and kind in problem.message
    for word in text.split():
        if any(ch.isdigit() for ch in word) or "@" in word or (word.istitle() and len(word) > 3):
            assert word.strip(".,()") not in problem.message, word


def test_superseded_and_duplicate_copy_and_sync_conflicts(folder: Path) -> None:
    setup = read_setup(folder)
    first = b.make_return(setup, "AB12", saved=datetime(2026, 11, 20, 9))
    later = b.make_return(
        setup, "AB12", fields={"NA_Notes": "changed"}, saved=datetime(2026, 11, 22, 9)
    )
    b.write(folder, "AB12.xlsx", first)
    b.write(folder, "Jo/AB12 (1).xlsx", first)  # byte-identical: one return
    b.write(folder, "AB12-DESKTOP-7Q2LK.xlsx", later)  # a sync client's conflict copy, saved later
    result = read(folder)
    copy = only(result, "duplicate-copy")
    assert copy.file == "returns/Jo/AB12 (1).xlsx" and "sync" in copy.message
    old = only(result, "superseded")
    assert old.file == "returns/AB12.xlsx" and "AB12-DESKTOP-7Q2LK.xlsx" in old.message
    assert result.chosen["ab12"].file == "returns/AB12-DESKTOP-7Q2LK.xlsx"
    results = {r.file: r.result for r in result.returns}
    assert results["returns/Jo/AB12 (1).xlsx"] == "ignored"
    assert results["returns/AB12.xlsx"] == "superseded"
    still_reads_the_good_one(result)


def test_duplicate_case_when_they_cannot_be_ordered(folder: Path) -> None:
    setup = read_setup(folder)
    when = datetime(2026, 11, 20, 9)
    b.write(
        folder, "AB12 a.xlsx", b.make_return(setup, "AB12", fields={"NA_Notes": "a"}, saved=when)
    )
    b.write(
        folder, "AB12 b.xlsx", b.make_return(setup, "AB12", fields={"NA_Notes": "b"}, saved=when)
    )
    result = read(folder)
    both = [i for i in result.issues if i.code == "duplicate-case"]
    assert sorted(str(i.file) for i in both) == ["returns/AB12 a.xlsx", "returns/AB12 b.xlsx"]
    assert all(i.is_error for i in both) and "ab12" not in result.chosen
    still_reads_the_good_one(result)


def test_file_time_orders_returns_without_core_properties(folder: Path) -> None:
    setup = read_setup(folder)
    strip = r"<dcterms:modified[^>]*>[^<]*</dcterms:modified>"
    import re

    a = b.patch_part(
        b.make_return(setup, "AB12", fields={"NA_Notes": "a"}),
        "docProps/core.xml",
        lambda x: re.sub(strip, "", x),
    )
    c = b.patch_part(
        b.make_return(setup, "AB12", fields={"NA_Notes": "c"}),
        "docProps/core.xml",
        lambda x: re.sub(strip, "", x),
    )
    pa, pc = b.write(folder, "a.xlsx", a), b.write(folder, "c.xlsx", c)
    os.utime(pa, (1_790_000_000, 1_790_000_000))
    os.utime(pc, (1_790_000_500, 1_790_000_500))
    result = read(folder)
    assert result.chosen["ab12"].notes == "c"
    assert only(result, "superseded").file == "returns/a.xlsx"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("~$00123.xlsx", "Excel lock file"),
        (".~lock.00123.xlsx#", "LibreOffice lock file"),
        ("~WRL0003.tmp", "temporary"),
        ("Thumbs.db", "system file"),
    ],
)
def test_ignored_file(folder: Path, name: str, reason: str) -> None:
    b.write(folder, name, b"\x00lock")
    result = read(folder)
    problem = only(result, "ignored-file")
    assert problem.file == f"returns/{name}" and reason in problem.message
    still_reads_the_good_one(result)


def test_hidden_files_are_skipped_silently(folder: Path) -> None:
    b.write(folder, ".DS_Store", b"mac")
    b.write(folder, ".hidden/AB12.xlsx", b"x")
    result = read(folder)
    assert result.issues == [] and len(result.returns) == 1


def test_filled_in_place(folder: Path) -> None:
    setup = read_setup(folder)
    path = folder / "forms" / "Sam Patel" / "C-77.xlsx"
    path.write_bytes(b.make_return(setup, "C-77", form=path.read_bytes()))
    result = read(folder)
    problem = only(result, "filled-in-place")
    assert problem.file == "forms/Sam Patel/C-77.xlsx" and "returns/" in problem.message
    assert "c-77" in result.chosen
    # Untouched forms are not returns.
    assert {r.file for r in result.returns} == {"returns/00123.xlsx", "forms/Sam Patel/C-77.xlsx"}
    still_reads_the_good_one(result)


def test_no_services_answer_and_service_incomplete(folder: Path) -> None:
    result = single(folder, services=[])
    assert only(result, "no-services-answer").cell == "C21"
    result = single(folder, "X&Y", services=[["Youth work", "", "", "Yes"]])
    problem = only(result, "service-incomplete")
    assert problem.cell == "C21" and problem.field == "NA_Services"
    assert (problem.detail("row"), problem.detail("columns")) == (21, ("Still open",))


def test_broken_field(folder: Path) -> None:
    setup = read_setup(folder)
    data = b.patch_part(
        b.make_return(setup, "AB12"),
        "xl/workbook.xml",
        lambda x: x.replace("Form!$B$5", "Form!#REF!"),
    )
    b.write(folder, "AB12.xlsx", data)
    result = read(folder)
    assert "Ethnicity" in only(result, "broken-field").message
    still_reads_the_good_one(result)


def test_password_stored_warning(folder: Path) -> None:
    setup = read_setup(folder)
    setup.settings.returns_password = "x"
    write_setup(folder / "setup.xlsx", setup)
    assert only(read(folder), "password-stored").file == "setup.xlsx"


def test_many_returns_read_in_parallel_match_serial(audit: Path) -> None:
    """Enough returns to take the parallel path: same results, same order."""
    from needsaudit.returns import ReadContext, discover, read_all

    setup = read_setup(audit)
    data = b.make_return(setup, "AB12")
    for i in range(220):
        b.write(audit, f"copies/AB12 {i:03d}.xlsx", data)
    candidates, _ = discover(audit)
    ctx = ReadContext(setup)
    serial = read_all(candidates, ctx, workers=1)
    parallel = read_all(candidates, ctx, workers=2)
    assert [(r.file, r.sha256, r.needs) for r in serial] == [
        (r.file, r.sha256, r.needs) for r in parallel
    ]


def test_forms_folder_is_not_read_when_untouched(audit: Path) -> None:
    shutil.rmtree(audit / "returns", ignore_errors=True)
    make_forms(audit)
    result = read(audit)
    assert result.returns == [] and result.chosen == {}
