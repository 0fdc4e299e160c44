"""Local questions (issue 16): a council's own questions on setup.xlsx's Questions sheet, a
question of every type followed from set-up to the summaries, a question added after forms
went out, and random field tables that survive a LibreOffice save."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.forms import completeness_blank, form_bytes, make_forms
from needsaudit.i18n import Texts
from needsaudit.names import FIELDS, NA_NEEDS, NA_SERVICES, Kind
from needsaudit.questions import NA_QUESTIONS_VALUE, NOT_ASKED, question_name
from needsaudit.returns import read_returns
from needsaudit.shuffle import merge
from needsaudit.summary import group_pages, summarise
from needsaudit.xlsxscan import open_package

from . import builders as b
from .conftest import write_csv
from .libreoffice import Office
from .pages import page_problems, render, sheet_budget
from .shuffle_helpers import case_rows, decide, define_groups

LIST_SHEET = "Disability types"
LIST_VALUES = ["None", "Physical", "Learning", "Sensory"]
QUESTIONS = [
    ("Date of last review", "date", "", "Yes", "The date of the last statutory review."),
    ("Was the child seen alone?", "yes-no", "", "Yes", ""),
    ("Number of moves in the last year", "whole number", "", "No", ""),
    ("Disability type", "list", LIST_SHEET, "Yes", "Pick the main one."),
    ("Who else was at the visit?", "text", "", "No", ""),
]
REVIEW, ALONE, MOVES, DISABILITY, OTHERS = (question_name(q[0]) for q in QUESTIONS)
REFS = [f"L{i:02d}" for i in range(1, 13)]
BLANK_MISSING = 11  # the built-in required answers of a blank form


def add_questions(folder: Path, rows: list[tuple[str, ...]], lists: bool = True) -> None:
    """What a coordinator does in Excel: rows on the Questions sheet, a sheet for a list."""
    path = folder / "setup.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Questions"]
    for row in rows:
        ws.append(list(row))
    if lists and LIST_SHEET not in wb.sheetnames:
        sheet = wb.create_sheet(LIST_SHEET)
        sheet.append(["Disability type"])
        for value in LIST_VALUES:
            sheet.append([value])
    wb.save(path)


@pytest.fixture
def local_audit(tmp_path: Path) -> Path:
    folder = tmp_path / "local"
    rows = "Case ref,Auditor,Agency\n" + "".join(
        f"{ref},{'Jo Bloggs' if i % 2 else 'Sam Patel'},Social care\n" for i, ref in enumerate(REFS)
    )
    init_audit(folder, write_csv(tmp_path / "s.csv", rows), settings=Settings(small_numbers=3))
    add_questions(folder, QUESTIONS)
    make_forms(folder)
    return folder


def test_the_questions_sheet_is_read_and_what_cannot_be_asked_is_said(local_audit: Path) -> None:
    setup = read_setup(local_audit)
    kinds = [(q.name, q.kind, q.required) for q in setup.questions.fields]
    assert kinds == [
        (REVIEW, Kind.DATE, True),
        (ALONE, Kind.CHOICE, True),
        (MOVES, Kind.NUMBER, False),
        (DISABILITY, Kind.LIST, True),
        (OTHERS, Kind.TEXT, False),
    ]
    assert setup.questions.by_name()[DISABILITY].choices == tuple(LIST_VALUES)
    assert setup.issues == []
    add_questions(
        local_audit,
        [
            ("Colour of the front door", "colour", "", "No", ""),  # row 7: no such type
            ("Placement type", "list", "No such sheet", "No", ""),  # row 8: no list
            ("Sex", "text", "", "No", ""),  # row 9: a built-in column already
            *[(f"Extra question {i}", "text", "", "No", "") for i in range(8)],  # 10-17
        ],
    )
    setup = read_setup(local_audit)
    assert len(setup.questions.fields) == 12  # five, then seven of the eight extra ones
    refused = {i.detail("row"): i.code for i in setup.issues}
    assert refused == dict.fromkeys((7, 8, 9, 17), "bad-question")
    assert all("Colour" not in i.message for i in setup.issues)  # nothing typed repeated


def _fill_local(office: Office, source: Path, out: Path, answers: dict[str, str]) -> bool:
    """LibreOffice types the local answers into a form, as an auditor does, and saves it;
    whether every cell then obeys its validation."""
    doc = office.open(source)
    for name, text in answers.items():
        where = office.call("named_range", doc=doc, name=name)
        office.type(doc, "Form", f"{chr(64 + where['col1'])}{where['row1']}", text)
    valid = office.call("show_invalid", doc=doc, sheet="Form") is False
    office.save(doc, out)
    office.close_doc(doc)
    return valid


@pytest.mark.libreoffice
def test_a_local_question_of_every_type_end_to_end(
    office: Office, local_audit: Path, tmp_path: Path
) -> None:
    setup = read_setup(local_audit)
    # The form: each question with its own name, input rule and help, on a page of its own.
    wb = openpyxl.load_workbook(local_audit / "forms" / "Jo Bloggs" / "L02.xlsx")
    form = wb["Form"]
    assert form.print_area == "'Form'!$A$1:$I$35"
    rules = {str(dv.sqref).split(":")[0]: dv for dv in form.data_validations.dataValidation}
    assert [rules[f"D{r}"].type for r in range(31, 36)] == ["date", "list", "whole", "list", None]
    assert "NAL_Q_DisabilityType" in (rules["D34"].formula1 or "")

    # Two auditors answer in LibreOffice: one well, one badly (typing is not refused by a
    # list or a rule in LibreOffice; check is what catches it).
    good, bad = tmp_path / "L01.xlsx", tmp_path / "L02.xlsx"
    for ref in ("L01", "L02"):
        (tmp_path / f"built-{ref}.xlsx").write_bytes(b.make_return(setup, ref))
    valid = _fill_local(
        office,
        tmp_path / "built-L01.xlsx",
        good,
        {
            REVIEW: "2026-10-01",
            ALONE: "Yes",
            MOVES: "2",
            DISABILITY: "Physical",
            OTHERS: "Grandmother, call her on 07700 900461",
        },
    )
    invalid = not _fill_local(
        office,
        tmp_path / "built-L02.xlsx",
        bad,
        {REVIEW: "last Tuesday", ALONE: "Maybe", MOVES: "lots", DISABILITY: "Other thing"},
    )
    assert valid and invalid
    for path in (good, bad):
        shutil.copyfile(path, local_audit / "returns" / path.name)
    # The rest of the sample, filled without a spreadsheet application.
    answers = {REVIEW: date(2026, 9, 1), ALONE: "Yes", MOVES: 0, DISABILITY: "None"}
    for ref in REFS[2:]:
        fields: dict[str, Any] = {**answers, MOVES: int(ref[1:])}
        if ref == "L11":
            fields.update({ALONE: None, DISABILITY: None, REVIEW: None})
        b.write(local_audit, f"{ref}.xlsx", b.make_return(setup, ref, fields=fields))

    # Check: each problem of a local question located, by cell and by the question's name.
    result = read_returns(local_audit, workers=1)
    local = {
        (i.file, i.code, i.cell, i.field)
        for i in result.issues
        if i.field is not None and i.field.startswith("NA_Q_")
    }
    assert local == {
        ("returns/L01.xlsx", "personal-identifier", "D35", OTHERS),
        ("returns/L02.xlsx", "bad-date", "D31", REVIEW),
        ("returns/L02.xlsx", "not-in-list", "D32", ALONE),
        ("returns/L02.xlsx", "not-a-number", "D33", MOVES),
        ("returns/L02.xlsx", "not-in-list", "D34", DISABILITY),
        ("returns/L11.xlsx", "missing-answer", "D31", REVIEW),
        ("returns/L11.xlsx", "missing-answer", "D32", ALONE),
        ("returns/L11.xlsx", "missing-answer", "D34", DISABILITY),
    }
    assert result.chosen["l01"].answers == {
        REVIEW: date(2026, 10, 1),
        ALONE: "Yes",
        MOVES: 2,
        DISABILITY: "Physical",
        OTHERS: "Grandmother, call her on 07700 900461",
    }

    # Merge: a column each on Cases, free text masked as the story is.
    merge(local_audit, workers=1)
    path = local_audit / "shuffle.xlsx"
    rows = case_rows(path)
    assert rows["l01"]["Date of last review"] == datetime(2026, 10, 1)
    assert rows["l01"]["Was the child seen alone?"] == "Yes"
    assert rows["l01"]["Number of moves in the last year"] == 2
    assert rows["l01"]["Disability type"] == "Physical"
    assert "07700" not in str(rows["l01"]["Who else was at the visit?"])
    assert rows["l03"]["Number of moves in the last year"] == 3

    # Summaries: tallied per Need Group; small counts hidden in the public copy.
    define_groups(path, [("Alpha", "Most of them"), ("Beta", "A few")])
    alpha, beta = REFS[:9], REFS[9:]
    decide(path, {ref: {"Agreed group": "Alpha", "Status": "Agreed"} for ref in alpha})
    decide(path, {ref: {"Agreed group": "Beta", "Status": "Agreed"} for ref in beta})
    summarise(local_audit)
    internal = _profile(local_audit / "summary.xlsx", "G1 Alpha")
    assert internal["Was the child seen alone? (children)"] == {
        "Yes": 8,  # L01 and L03-L09
        "No": 0,
        "Other (not in the list)": 1,  # L02's "Maybe"
        "Not recorded": 0,
        "Not asked": 0,
    }
    assert internal["Number of moves in the last year (children)"]["6 to 10"] == 4  # L06-L09
    assert internal["Disability type (children)"]["None"] == 7
    beta_alone = _profile(local_audit / "summary.xlsx", "G2 Beta")[
        "Was the child seen alone? (children)"
    ]
    assert (beta_alone["Yes"], beta_alone["Not recorded"]) == (2, 1)  # L10, L12; L11 blank
    public = _profile(local_audit / "summary-public.xlsx", "G1 Alpha")
    tallied = [
        f"{q[0]} (children)" for q in QUESTIONS if q[1] in ("yes-no", "whole number", "list")
    ]
    # The three tallied questions have a table each; the free-text one has none.
    assert {t for t in internal if t.endswith("? (children)") or t in tallied} == set(tallied)
    for title in tallied:
        counts, shown = internal[title], public[title]
        assert all(shown[c] in (n, "[c]") for c, n in counts.items()), title
        assert all(shown[c] == "[c]" for c, n in counts.items() if 0 < n < 3), title
    assert public["Was the child seen alone? (children)"]["Other (not in the list)"] == "[c]"
    texts = _all_text(local_audit / "summary-public.xlsx")
    assert "Who else was at the visit?" not in texts and "Grandmother" not in texts
    assert "Grandmother" not in _all_text(local_audit / "summary.xlsx")


def _profile(path: Path, sheet: str) -> dict[str, dict[str, Any]]:
    """A group sheet's tables: title -> {category: count}, both halves of each row."""
    ws = openpyxl.load_workbook(path)[sheet]
    tables: dict[str, dict[str, Any]] = {}
    for col in (1, 4):
        current: dict[str, Any] | None = None
        for row in range(1, ws.max_row + 1):
            label, value = ws.cell(row, col).value, ws.cell(row, col + 1).value
            if isinstance(label, str) and label.endswith(")") and value is None:
                current = tables.setdefault(label, {})
            elif current is not None and isinstance(label, str):
                current[label] = value
            else:
                current = None
    return tables


def _all_text(path: Path) -> str:
    wb = openpyxl.load_workbook(path)
    return " ".join(
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v
    )


def test_a_question_added_after_forms_went_out(local_audit: Path) -> None:
    """Older returns are read without a warning about the new question, which shows as not
    asked for them; a return of a newer form answers it; a form that had it and lost its
    cells is a broken field, as for any other."""
    old_setup = read_setup(local_audit)
    b.write(local_audit, "L01.xlsx", b.make_return(old_setup, "L01"))
    add_questions(local_audit, [("Is there a child protection plan?", "yes-no", "", "Yes", "")])
    setup = read_setup(local_audit)
    plan = question_name("Is there a child protection plan?")
    assert plan in setup.questions.by_name()
    b.write(local_audit, "L02.xlsx", b.make_return(setup, "L02", fields={plan: "No"}))
    lost = b.make_return(setup, "L03", fields={plan: "Yes"})
    lost = b.patch_part(lost, "xl/workbook.xml", lambda x: x.replace(f'name="{plan}"', 'name="X"'))
    b.write(local_audit, "L03.xlsx", lost)
    result = read_returns(local_audit, setup, workers=1)
    about_plan = [(i.file, i.code) for i in result.issues if i.field == plan]
    assert about_plan == [("returns/L03.xlsx", "broken-field")]
    assert result.chosen["l01"].answers[plan] == NOT_ASKED
    assert result.chosen["l02"].answers[plan] == "No"
    # L01's only problems are the older questions it left blank, never the new one.
    l01 = {(i.code, i.field) for i in result.issues if i.file == "returns/L01.xlsx"}
    assert l01 == {("missing-answer", name) for name in (REVIEW, ALONE, DISABILITY)}
    merge(local_audit, setup=setup, workers=1)
    rows = case_rows(local_audit / "shuffle.xlsx")
    assert rows["l01"]["Is there a child protection plan?"] == NOT_ASKED
    assert rows["l02"]["Is there a child protection plan?"] == "No"


# --- random field tables through LibreOffice ---------------------------------------------------

_WORDS = st.sampled_from(
    ["child", "seen", "alone", "moves", "school", "review", "plan", "carer", "visit", "Ŵyn"]
)
_QUESTION = st.tuples(
    st.lists(_WORDS, min_size=1, max_size=6).map(" ".join),
    st.sampled_from(["text", "whole number", "date", "yes-no", "list"]),
    st.booleans(),
)
_TYPED = {
    Kind.TEXT: "typed text",
    Kind.NUMBER: "4",
    Kind.DATE: "2026-11-20",
    Kind.CHOICE: "No",
    Kind.LIST: "Learning",
}


@pytest.mark.libreoffice
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(_QUESTION, min_size=0, max_size=12, unique_by=lambda q: q[0].casefold()))
def test_random_field_tables_make_forms_whose_inputs_survive_a_libreoffice_save(
    office: Office, audit: Path, tmp_path_factory: pytest.TempPathFactory, table: list[Any]
) -> None:
    folder = tmp_path_factory.mktemp("random") / "audit"
    shutil.copytree(audit, folder)
    rows = [
        (label, kind, LIST_SHEET if kind == "list" else "", "Yes" if required else "No", "")
        for label, kind, required in table
    ]
    add_questions(folder, rows)
    setup = read_setup(folder)
    assert len(setup.questions.fields) == len(table)
    case = setup.cases[0]
    source = folder / "blank.xlsx"
    source.write_bytes(form_bytes(setup, case))
    typed = {q.name: _TYPED[q.kind] for q in setup.questions.fields}
    required = [q for q in setup.questions.fields if q.required]
    doc = office.open(source)
    # The completeness line counts the required local questions, and each says it is missing
    # beside its input: as written (no recalculation yet), and as LibreOffice computes it.
    rows = {q.name: office.call("named_range", doc=doc, name=q.name)["row1"] for q in required}
    cells = ["A2", "K2", *(f"J{r}" for r in rows.values())]
    cached = office.call("get_many", doc=doc, sheet="Form", cells=cells)
    office.call("recalc", doc=doc)
    fresh = office.call("get_many", doc=doc, sheet="Form", cells=cells)
    assert {c: v["string"] for c, v in cached.items()} == {c: v["string"] for c, v in fresh.items()}
    assert fresh["K2"]["value"] == BLANK_MISSING + len(required)
    assert fresh["A2"]["string"] == completeness_blank(Texts(), BLANK_MISSING + len(required))
    assert all(fresh[f"J{r}"]["string"] == "Missing: this answer." for r in rows.values())
    for name, text in typed.items():
        where = office.call("named_range", doc=doc, name=name)
        office.type(doc, "Form", f"{chr(64 + where['col1'])}{where['row1']}", text)
    office.call("recalc", doc=doc)
    answered = office.call("get_many", doc=doc, sheet="Form", cells=cells)
    assert answered["K2"]["value"] == BLANK_MISSING  # the built-in answers are still blank
    assert all(answered[f"J{r}"]["string"] == "" for r in rows.values())
    out = folder / "saved.xlsx"
    office.save(doc, out)
    office.close_doc(doc)

    # A return filled without a spreadsheet (the demo's, the tests'): the values it stores
    # with its formulas are what LibreOffice computes, with half the local questions answered.
    half = {q.name: typed[q.name] for q in setup.questions.fields[::2]}
    filled = folder / "filled.xlsx"
    filled.write_bytes(b.make_return(setup, case.ref, fields=half))
    doc = office.open(filled)
    cached = office.call("get_many", doc=doc, sheet="Form", cells=cells)
    office.call("recalc", doc=doc)
    fresh = office.call("get_many", doc=doc, sheet="Form", cells=cells)
    office.close_doc(doc)
    assert {c: v["string"] for c, v in cached.items()} == {c: v["string"] for c, v in fresh.items()}
    assert fresh["K2"]["value"] == sum(1 for q in required if q.name not in half)

    # Every input of the table, built-in and local, is found again through its name.
    package = open_package(out.read_bytes())
    for name in [*(f.name for f in FIELDS), NA_NEEDS, NA_SERVICES, *typed]:
        area = package.area(name)
        assert area is not None and area.sheet == "Form", name
    carried = package.names[NA_QUESTIONS_VALUE].strip('="')
    assert carried.split(",") == [q.name for q in setup.questions.fields] or not typed
    # And read back as typed, through the reader every command uses.
    shutil.copyfile(out, folder / "returns" / "saved.xlsx")
    # (A blank form has no needs: its return is read, then rejected for that alone.)
    (ret,) = [r for r in read_returns(folder, setup, workers=1).returns if r.key == case.key]
    expected = {Kind.NUMBER: 4, Kind.DATE: date(2026, 11, 20)}
    for q in setup.questions.fields:
        assert ret.answers[q.name] == expected.get(q.kind, _TYPED[q.kind]), q.label


def test_a_built_in_field_newer_than_a_return_s_form_is_not_asked(
    audit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A built-in question added in a later form version: returns of older forms are read
    without a warning about it (the reader skips what their version did not have)."""
    import needsaudit.returns as returns_module
    from needsaudit.names import FORM_VERSION, YES_NO, Field

    newer = Field(
        "NA_InterpreterNeeded",
        "Interpreter needed",
        Kind.CHOICE,
        True,
        "Did the family need an interpreter?",
        choices=YES_NO,
        attr="notes",  # any Return attribute: it is never read from these returns
        since=FORM_VERSION + 1,
    )
    b.good_return(audit, "00123")
    monkeypatch.setattr(returns_module, "FIELDS", (*FIELDS, newer))
    ret = read_returns(audit, workers=1).chosen["00123"]
    assert ret.issues == [] and ret.notes == b.FIELDS["NA_Notes"]
    # The same question on a form of the returns' version, whose cells are gone: broken.
    monkeypatch.setattr(returns_module, "FIELDS", (*FIELDS, dataclasses.replace(newer, since=1)))
    ret = read_returns(audit, workers=1).chosen["00123"]
    assert [(i.code, i.field) for i in ret.issues] == [("broken-field", newer.name)]


@pytest.mark.libreoffice
@pytest.mark.parametrize(("count", "pages"), [(2, 1), (4, 2), (5, 2), (12, 3)])
def test_many_tallied_questions_print_at_a_readable_size(
    office: Office, tmp_path: Path, count: int, pages: int
) -> None:
    """A council's questions, every one tallied, on each Need Group's sheet: the tables take
    more pages, never smaller type (the page checks: type at least 8 pt, nothing overlapping or
    cut)."""
    folder = tmp_path / "many"
    rows = "Case ref,Auditor,Agency\n" + "".join(f"{ref},Jo Bloggs,Social care\n" for ref in REFS)
    init_audit(folder, write_csv(tmp_path / "s.csv", rows), settings=Settings(small_numbers=3))
    kinds = ["yes-no", "whole number", "list"]
    asked = [
        (f"Question number {i + 1} about the child's situation", kinds[i % 3], LIST_SHEET, "No", "")
        for i in range(count)
    ]
    add_questions(folder, [(q, k, s if k == "list" else "", r, h) for q, k, s, r, h in asked])
    setup = read_setup(folder)
    assert len(setup.questions.fields) == count
    answer = {"yes-no": "Yes", "whole number": 2, "list": "Physical"}
    for ref in REFS:
        fields = {q.name: answer[kinds[i % 3]] for i, q in enumerate(setup.questions.fields)}
        b.write(folder, f"{ref}.xlsx", b.make_return(setup, ref, fields=fields))
    merge(folder, workers=1)
    path = folder / "shuffle.xlsx"
    define_groups(path, [("Alpha", "All of them")])
    decide(path, {ref: {"Agreed group": "Alpha", "Status": "Agreed"} for ref in REFS})
    summarise(folder)
    assert group_pages(count) == pages
    budget = sheet_budget([(r"G\d+ .*", pages), (".*", 99)])
    for name in ("summary.xlsx", "summary-public.xlsx"):
        rendering = render(office, folder / name, tmp_path / f"{name}.pdf")
        assert page_problems(rendering, budget) == [], name
