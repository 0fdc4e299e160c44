"""The real application with Welsh and bilingual forms: LibreOffice prints the blank forms on one
A4 page, and fills a Welsh audit's forms in Welsh from the dropdowns' own words, through to the
summaries. Names with Welsh diacritics (ŵ, ŷ, â) go through every path: folders, file names,
the audit's name, the group names that become sheet names and chart labels."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.cli import main
from needsaudit.forms import make_forms
from needsaudit.i18n import CY, CY_EN

from .conftest import write_csv
from .libreoffice import Office, pdf_pages
from .shuffle_helpers import case_rows, decide, define_groups
from .test_libreoffice_forms import printed_scale

pytestmark = pytest.mark.libreoffice

AUDITOR = "Siân Ŵyn"
REFS = ("Môn-01", "Môn-02", "Môn-03")


def _audit(tmp_path: Path, language: str) -> Path:
    folder = tmp_path / f"archwiliad-{language}"
    rows = "Case ref,Auditor,Agency\n" + "".join(
        f"{ref},{AUDITOR},Gwasanaethau Cymdeithasol\n" for ref in REFS
    )
    init_audit(
        folder,
        write_csv(tmp_path / f"sampl-{language}.csv", rows),
        settings=Settings(
            audit_name="Archwiliad anghenion Ŵyr a Ŷd 2026",
            language=language,
            annual_number=300,
            small_numbers=2,
        ),
    )
    make_forms(folder)
    return folder


def _a1(col: int, row: int) -> str:
    return f"{chr(64 + col)}{row}"


@pytest.mark.parametrize("language", [CY, CY_EN])
def test_blank_form_prints_on_one_a4_page(office: Office, tmp_path: Path, language: str) -> None:
    folder = _audit(tmp_path, language)
    form = folder / "forms" / AUDITOR / f"{REFS[0]}.xlsx"
    assert form.exists()
    copy = tmp_path / f"ffurflen-{language}.xlsx"
    shutil.copyfile(form, copy)
    doc = office.open(copy)
    pdf = tmp_path / f"ffurflen-{language}.pdf"
    office.call("pdf", doc=doc, path=str(pdf), sheet="Form")
    office.close_doc(doc)
    pages, size = pdf_pages(pdf)
    assert pages == 1
    assert "A4" in size and "841.89 x 595.3" in size  # landscape
    # Readable: the bold 10 pt Welsh label printed at no less than 70% of its size.
    scale = printed_scale(office, pdf, "Cyfeirnod", tmp_path)
    assert 0.7 <= scale <= 1.0, scale
    # Welsh first: the English label is there too in a bilingual form, after the Welsh.
    import subprocess

    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ffurflen archwilio anghenion" in text
    assert "Ŵyr a Ŷd" in text
    if language == CY_EN:
        assert text.index("Ffurflen archwilio anghenion") < text.index("Needs audit form")
        assert "Case ref" in text
    else:
        assert "Needs audit form" not in text


# What a Welsh-speaking auditor picks: the words of the Welsh form's own dropdowns.
WELSH_ANSWERS = {
    "NA_AuditDate": "2026-11-20",
    "NA_Age": "7",
    "NA_Sex": "Benyw",
    "NA_Ethnicity": "Gwyn",
    "NA_Disability": "Na",
    "NA_LegalStatus": "Cynllun gofal a chymorth",
    "NA_PrimaryNeed": "N1 Cam-drin neu esgeulustod",
    "NA_Story": "Mae'r fam wedi gadael partner treisgar; mae'r plentyn yn ofnus gyda'r nos.",
    "NA_OverallSeriousness": "3 Difrifol",
    "NA_Matched": "Yn rhannol",
}
WELSH_NEED = [
    "Mam",
    "Sicrhau diogelwch",
    "Mae angen i'r fam adnabod pan fo partner newydd yn ei rheoli hi",
    "Mae'r plentyn yn gweld trais eto",
    "4 Difrifol iawn",
    "Mae'r fam yn dod â chysylltiad â phartneriaid peryglus i ben",
    "Cynllunio diogelwch gyda gweithiwr cam-drin domestig",
    "Cymorth cam-drin domestig (dioddefwr)",
    "Wedi'i ddiwallu'n rhannol",
]
# A second need written as a service ("cwnsela"): the Welsh wording check flags it.
WELSH_SERVICE_NEED = [
    "Plentyn",
    "Datblygiad emosiynol ac ymddygiadol",
    "Mae angen cwnsela ar y plentyn i ddelio â'i ofn gyda'r nos",
    "Mae'r plentyn yn methu cysgu ac yn colli'r ysgol",
    "2 Cymedrol",
    "Mae'r plentyn yn cysgu drwy'r nos",
    "Gwaith uniongyrchol gyda'r plentyn",
    "Gwasanaethau iechyd meddwl plant a'r glasoed (CAMHS)",
    "Heb ei ddiwallu",
]
WELSH_SERVICE = ["Cymorth cam-drin domestig (dioddefwr)", "Cymorth i Fenywod", "Ie", "Ie"]


def test_a_welsh_audit_end_to_end(office: Office, tmp_path: Path) -> None:
    folder = _audit(tmp_path, CY)
    returns = folder / "returns" / AUDITOR
    returns.mkdir(parents=True)
    for ref in REFS:
        copy = tmp_path / f"{ref}.xlsx"
        shutil.copyfile(folder / "forms" / AUDITOR / f"{ref}.xlsx", copy)
        doc = office.open(copy)
        # The form is in Welsh, and its dropdowns offer the Welsh words.
        assert office.get(doc, "Form", "A1")["string"] == "Ffurflen archwilio anghenion"
        # Blank, its completeness line and Check column say what is missing, in Welsh.
        office.call("recalc", doc=doc)
        blank = office.call("get_many", doc=doc, sheet="Form", cells=["A2", "J4", "J8"])
        assert blank["A2"]["string"] == (
            "I'w wneud o hyd: 11 o atebion gofynnol ar goll (gweler y golofn Gwirio ar y dde)."
        )
        assert blank["J4"]["string"] == "Ar goll: dyddiad oed rhyw"
        assert blank["J8"]["string"] == "Ar goll: y stori"
        for name, text in WELSH_ANSWERS.items():
            where = office.call("named_range", doc=doc, name=name)
            got = office.type(doc, "Form", _a1(where["col1"], where["row1"]), text)
            assert got["string"] != "", name
        needs = office.call("named_range", doc=doc, name="NA_Needs")
        for i, row in enumerate((WELSH_NEED, WELSH_SERVICE_NEED)):
            for j, value in enumerate(row):
                office.type(doc, "Form", _a1(needs["col1"] + j, needs["row1"] + i), value)
        services = office.call("named_range", doc=doc, name="NA_Services")
        for j, value in enumerate(WELSH_SERVICE):
            office.type(doc, "Form", _a1(services["col1"] + j, services["row1"]), value)
        # Every answer is one the form's validations accept: the Welsh lists are the lists.
        assert office.call("show_invalid", doc=doc, sheet="Form") is False
        office.call("recalc", doc=doc)
        # LibreOffice's own recalculation of the Welsh checks: complete, and one need
        # statement to review (it names a service), in Welsh words only.
        done = office.call("get_many", doc=doc, sheet="Form", cells=["A2", "J11", "J12", "J21"])
        assert done["A2"]["string"] == (
            "Wedi'i chwblhau: mae pob ateb gofynnol wedi'i lenwi."
            "  Datganiadau angen i'w hadolygu: 1."
        ), done
        assert done["J11"]["string"] == "", done
        assert done["J12"]["string"] == "Gwiriwch y geiriad.", done
        assert done["J21"]["string"] == "", done
        office.save(doc, returns / f"{ref} wedi'i gwblhau.xlsx")
        office.close_doc(doc)

    runner = CliRunner()
    result = runner.invoke(main, ["check", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    import json

    issues = json.loads(result.stdout)
    assert not [i for i in issues if i["code"] in ("not-in-list", "missing-answer")], issues
    # Messages are the audit's language by default.
    result = runner.invoke(main, ["check", str(folder)])
    assert "Darllenwyd 3 ffeil: 3 achos yn barod i'w cyfuno" in result.stdout
    result = runner.invoke(main, ["merge", str(folder)])
    assert result.exit_code == 0, result.output
    shuffle = folder / "shuffle.xlsx"
    rows = case_rows(shuffle)
    assert {r["Sex"] for r in rows.values()} == {"Benyw"}
    assert {r["Legal status"] for r in rows.values()} == {"Cynllun gofal a chymorth"}
    assert {r["Highest seriousness"] for r in rows.values()} == {"4 Difrifol iawn"}
    setup = read_setup(folder)
    assert setup.lists.code_of("Sex", "Benyw") == "female"

    define_groups(shuffle, [("Grŵp Ŷ", "Ôl-effeithiau cam-drin domestig")])
    decide(shuffle, {ref: {"Agreed group": "Grŵp Ŷ", "Status": "Agreed"} for ref in REFS})
    result = runner.invoke(main, ["summarise", str(folder)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(folder / "summary.xlsx")
    assert any("Grŵp Ŷ" in name for name in wb.sheetnames)  # a profile sheet named after it
    # Both summaries are Welsh throughout: no English word of the tool's is left in a cell.
    english = re.compile(r"\b(the|and|of|with|cases?|interval|needs?|share|group)\b", re.I)
    for name in ("summary.xlsx", "summary-public.xlsx"):
        book = openpyxl.load_workbook(folder / name)
        left = [
            f"{ws.title}!{cell.coordinate}: {cell.value}"
            for ws in book.worksheets
            for row in ws.iter_rows()
            for cell in row
            # The shuffle's sheets keep their English names (the contract's), so do mentions.
            if isinstance(cell.value, str)
            and english.search(cell.value.replace("Need Groups", "").replace("Cases", ""))
        ]
        assert left == [], left[:5]
    # LibreOffice opens the summary, its Welsh sheet names and its chart.
    copy = tmp_path / "crynodeb.xlsx"
    shutil.copyfile(folder / "summary.xlsx", copy)
    doc = office.open(copy)
    names = [s["name"] for s in office.call("sheets", doc=doc)["sheets"]]
    assert any("Grŵp Ŷ" in n for n in names), names
    assert names[:5] == ["Trosolwg", "Grwpiau Angen", "Bylchau gwasanaeth", "Costau", "G1 Grŵp Ŷ"]
    charts = office.call("charts", doc=doc, sheet="Trosolwg")
    # The chart's title in Welsh, as LibreOffice reads it.
    assert [c["title"] for c in charts] == ["Grwpiau Angen: cyfran yr achosion, gyda chyfyngau 95%"]
    office.close_doc(doc)


# The required single answers, in the order the plural test leaves them out.
REQUIRED = (
    ("NA_AuditDate", "2026-11-20"),
    ("NA_Age", 7),
    ("NA_Sex", "Benyw"),
    ("NA_Ethnicity", "Gwyn"),
    ("NA_LegalStatus", "Cynllun gofal a chymorth"),
    ("NA_PrimaryNeed", "N1 Cam-drin neu esgeulustod"),
    ("NA_OverallSeriousness", "3 Difrifol"),
    ("NA_Matched", "Yn rhannol"),
)
# Welsh has six plural forms: what the completeness line says with n answers missing.
WELSH_LINES = {
    1: "I'w wneud o hyd: 1 ateb gofynnol ar goll (gweler y golofn Gwirio ar y dde).",
    2: "I'w wneud o hyd: 2 ateb gofynnol ar goll (gweler y golofn Gwirio ar y dde).",
    3: "I'w wneud o hyd: 3 ateb gofynnol ar goll (gweler y golofn Gwirio ar y dde).",
    6: "I'w wneud o hyd: 6 ateb gofynnol ar goll (gweler y golofn Gwirio ar y dde).",
    7: "I'w wneud o hyd: 7 o atebion gofynnol ar goll (gweler y golofn Gwirio ar y dde).",
}
ENGLISH_LINES = {
    1: "Still to do: 1 required answer missing (see the Check column on the right).",
    7: "Still to do: 7 required answers missing (see the Check column on the right).",
}


@pytest.mark.parametrize(("language", "counts"), [(CY, (1, 2, 3, 6, 7)), (CY_EN, (1, 7))])
def test_welsh_checks_store_what_libreoffice_computes(
    office: Office, tmp_path: Path, language: str, counts: tuple[int, ...]
) -> None:
    """Filled Welsh and bilingual forms: every check formula's stored value (the Python side of
    formchecks) is LibreOffice's own recalculation, the completeness line's number in each of
    Welsh's plural forms, a need flagged in both languages."""
    from needsaudit.filler import fill_form
    from needsaudit.forms import build_template

    from .cached import stale_formulas

    folder = _audit(tmp_path, language)
    setup = read_setup(folder)
    blank = build_template(setup).for_case(setup.cases[0])
    for n in counts:
        fields: dict[str, object] = dict(REQUIRED[n:])
        fields["NA_Story"] = "Stori fer am y teulu."
        fields["NA_NoServices"] = "Ie / Yes" if language == CY_EN else "Ie"
        path = tmp_path / f"llenwi-{language}-{n}.xlsx"
        path.write_bytes(fill_form(blank, fields, [WELSH_SERVICE_NEED]))
        compared, stale = stale_formulas(office, path)
        assert compared >= 23
        assert stale == []
        doc = office.open(path)
        got = office.call("get_many", doc=doc, sheet="Form", cells=["A2", "J11"])
        office.close_doc(doc)
        line = WELSH_LINES[n] + "  Datganiadau angen i'w hadolygu: 1."
        flag = "Gwiriwch y geiriad."
        if language == CY_EN:
            line += "\n" + ENGLISH_LINES[n] + "  Need statements to review: 1."
            flag += "\nCheck wording."
        assert got["A2"]["string"] == line
        assert got["J11"]["string"] == flag  # the need is in the table's first row
