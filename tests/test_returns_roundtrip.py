"""Whatever an auditor types comes back as typed (after the contract's one normalisation):
written by applications we did not write (openpyxl, LibreOffice), read by ours."""

from __future__ import annotations

import io
import re
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needsaudit.audit import read_setup
from needsaudit.names import MAX_CELL_CHARS
from needsaudit.returns import ReadContext, read_return, read_returns
from needsaudit.values import clean_text, normalise_text

from . import builders as b
from .libreoffice import Office

# XML 1.0 characters (tab, LF, CR, and the rest outside the C0 controls and surrogates).
XML_CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(0x20) if c not in (9, 10, 13)]
    + ["\ufffe", "\uffff"],
)
# openpyxl writes '_x0041_'-like text unescaped, where Excel would write '_x005F_x0041_';
# readers (ours, openpyxl's, Excel) then decode it as an escape. That is openpyxl's writer,
# not a round-trip loss a user can cause, so such text is left out of the property.
ESCAPE_LIKE = re.compile(r"_x[0-9A-Fa-f]{4}_")


def test_normalisation_rule() -> None:
    assert clean_text("\u00a0 two\r\nlines\rhere \u00a0").text == "two\nlines\nhere"
    assert clean_text("a\x00b\x1fc\ufffe").text == "abc"
    long = clean_text("x" * (MAX_CELL_CHARS + 10))
    assert long.cut and len(long.text) == MAX_CELL_CHARS


@pytest.fixture(scope="module")
def blank_form(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, ReadContext]:
    from needsaudit.audit import Settings, init_audit

    from .conftest import SAMPLE_CSV, write_csv

    root = tmp_path_factory.mktemp("prop")
    init_audit(
        root / "a", write_csv(root / "s.csv", SAMPLE_CSV), settings=Settings(audit_id="prop")
    )
    setup = read_setup(root / "a")
    return b.blank(setup, "00123"), ReadContext(setup)


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(XML_CHARS, max_size=MAX_CELL_CHARS).filter(lambda t: not ESCAPE_LIKE.search(t)))
def test_any_text_comes_back_equal(blank_form: tuple[bytes, ReadContext], text: str) -> None:
    form, ctx = blank_form
    wb = openpyxl.load_workbook(io.BytesIO(form))
    cell = wb["Form"]["A8"]  # the story, written by openpyxl
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise write text starting with '=' as a formula
    buffer = io.BytesIO()
    wb.save(buffer)
    ret = read_return(buffer.getvalue(), "returns/x.xlsx", ctx)
    assert ret.story == normalise_text(text)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(XML_CHARS, min_size=1, max_size=2000))
def test_any_text_through_our_filler(blank_form: tuple[bytes, ReadContext], text: str) -> None:
    form, ctx = blank_form
    data = b.fill_form(form, {"NA_Notes": text})
    assert read_return(data, "returns/x.xlsx", ctx).notes == normalise_text(text)


@pytest.mark.libreoffice
def test_a_form_filled_in_libreoffice_reads_back_exactly(
    office: Office, audit: Path, tmp_path: Path
) -> None:
    src = tmp_path / "form.xlsx"
    shutil.copyfile(audit / "forms" / "Jo Bloggs" / "AB12.xlsx", src)
    doc = office.open(src)
    needs = office.call("named_range", doc=doc, name="NA_Needs")
    office.call("insert_rows", doc=doc, sheet="Form", row=needs["row1"] + 1)  # inside the table

    def cell(name: str, dr: int = 0, dc: int = 0) -> str:
        r = office.call("named_range", doc=doc, name=name)
        return f"{chr(64 + r['col1'] + dc)}{r['row1'] + dr}"

    welsh = "Mae'r plentyn yn byw gyda'i fam ger y môr; ŵyr, ŷd, â, ê, î, ô, û."
    long_text = ("Mother describes a long history of moves between relatives. " * 120).strip()
    typed = {
        "NA_AuditDate": "2026-11-20",
        "NA_Age": "12",
        "NA_Sex": "Male",
        "NA_Ethnicity": "Asian or Asian British",
        "NA_LegalStatus": "Looked after",
        "NA_PrimaryNeed": "N1 Abuse or neglect",
        "NA_OverallSeriousness": "3 Serious",
        "NA_Matched": "No",
        "NA_NoServices": "Yes",
    }
    for name, text in typed.items():
        office.type(doc, "Form", cell(name), text)
    # Pasted text (setString models a paste): line breaks, a leading '=', long text, Welsh.
    office.call(
        "set_string",
        doc=doc,
        sheet="Form",
        cell=cell("NA_Story"),
        text=welsh + "\nSecond line\n\nafter a blank line",
    )
    office.call(
        "set_string", doc=doc, sheet="Form", cell=cell("NA_Notes"), text="=not a formula, just text"
    )
    rows = [
        [
            "Child",
            "Health",
            "Child needs his inhaler in school every single day",
            "Attacks go untreated",
            "3 Serious",
            "Inhaler in school all term",
            long_text,
            "Health visiting or school nursing",
            "Not met",
        ],
        [
            "Mother",
            "Basic care",
            welsh,
            "Neglect continues",
            "4 Very serious",
            "Sober in the evenings",
            "Treatment",
            "Substance misuse service (adult)",
            "Partly met",
        ],
    ]
    for i, values in enumerate(rows):
        for j, value in enumerate(values):
            target = cell("NA_Needs", dr=i, dc=j)
            if j in (2, 6):
                office.call("set_string", doc=doc, sheet="Form", cell=target, text=value)
            else:
                office.type(doc, "Form", target, value)
    out = tmp_path / "returns" / "AB12.xlsx"
    out.parent.mkdir()
    office.save(doc, out)
    office.close_doc(doc)

    shutil.copytree(tmp_path / "returns", audit / "returns", dirs_exist_ok=True)
    result = read_returns(audit, workers=1)
    ret = result.chosen["ab12"]
    assert ret.audit_date == date(2026, 11, 20)
    assert (ret.age, ret.sex, ret.ethnicity, ret.legal_status) == (
        12,
        "Male",
        "Asian or Asian British",
        "Looked after",
    )
    assert (ret.primary_need, ret.overall, ret.matched, ret.no_services) == (
        "N1 Abuse or neglect",
        "3 Serious",
        "No",
        True,
    )
    assert ret.story == welsh + "\nSecond line\n\nafter a blank line"
    assert ret.notes == "=not a formula, just text"
    assert [n.need for n in ret.needs] == [rows[0][2], welsh]
    assert ret.needs[0].work == long_text
    assert ret.needs[1].cell == "C12"  # the second row of the table, which grew by one
    assert not any(i.code == "formula-in-input" for i in result.issues)
