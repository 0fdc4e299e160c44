"""The shuffle workbook in Welsh, English or both: its names, the meeting's decisions typed in
any language, merges that keep every one of them (also when the audit's language changes
between merges), and suggest and summarise reading a Welsh workbook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.carry import renamed
from needsaudit.forms import make_forms
from needsaudit.i18n import CY, CY_EN, EN, Texts
from needsaudit.names import (
    S_CASES_HEADER,
    S_GROUPS_HEADER,
    S_ISSUES_HEADER,
    S_NEEDS_HEADER,
    S_RETURNS_HEADER,
    S_SERVICES_HEADER,
)
from needsaudit.shuffle import merge
from needsaudit.shufflebook import read_shuffle
from needsaudit.shufflewords import (
    HEADER_WORDS,
    SHEET_WORDS,
    VALUE_WORDS,
    Words,
    header_code,
    header_codes,
    is_parked,
    sheet_code,
    status_code,
)
from needsaudit.suggest import suggest
from needsaudit.summary import load, summarise

from . import builders as b
from .conftest import write_csv
from .shuffle_helpers import case_rows, decide, define_groups, header, sheet

REFS = ("Môn-01", "Môn-02", "Môn-03", "Môn-04", "Môn-05")


# --- the names ------------------------------------------------------------------------------


def test_every_name_has_one_welsh_name_and_none_is_shared() -> None:
    """A reader tells every header, sheet and value from every other in every language."""
    for words, kind in ((HEADER_WORDS, "header"), (SHEET_WORDS, "sheet"), (VALUE_WORDS, "value")):
        seen: dict[str, str] = {}
        for name, message in words.items():
            welsh = Texts.one(CY, message).casefold()
            assert welsh != "" and "{" not in welsh, (kind, name)
            assert seen.setdefault(welsh, name) == name, (kind, name, seen[welsh])
    for name in (*S_CASES_HEADER, *S_NEEDS_HEADER, *S_SERVICES_HEADER, *S_GROUPS_HEADER):
        assert name in HEADER_WORDS, name
    for name in (*S_RETURNS_HEADER, *S_ISSUES_HEADER):
        assert name in HEADER_WORDS or name == "SHA-256", name  # the same in every language
    for setting in (EN, CY, CY_EN):
        w = Words(setting)
        for name in SHEET_WORDS:
            shown = w.sheet(name)
            assert len(shown) <= 31 and not set(shown) & set("[]:*?/\\"), shown
            assert sheet_code(shown) == name
        for name in HEADER_WORDS:
            assert header_code(w.head(name)) == name


def test_values_in_any_language_are_their_code() -> None:
    assert status_code("Cytunwyd") == "Agreed"
    assert status_code("  cytunwyd ") == "Agreed"
    assert status_code("Cytunwyd / Agreed") == "Agreed"
    assert status_code("I'w drafod") == "To discuss"
    assert is_parked("Wedi'i barcio") and is_parked("Wedi’i barcio") and is_parked("PARKED")
    assert is_parked("Wedi'i barcio / Parked")
    assert not is_parked("Cytunwyd") and not is_parked("") and not is_parked(None)
    assert status_code("Something else") == "Something else"


def test_a_header_in_the_workbook_language_wins_a_tie() -> None:
    """A column the meeting added with a word that is the tool's name in the other language
    stays the meeting's."""
    # An English workbook where the meeting added a column called "Nodiadau" (Notes in Welsh).
    assert header_codes(["Case ref", "Notes", "Nodiadau"], EN) == ["Case ref", "Notes", "Nodiadau"]
    # A Welsh one where the meeting added "Notes": the tool's is the Welsh one.
    assert header_codes(["Nodiadau", "Notes"], CY)[0] == "Notes"
    assert header_codes(["Notes", "Nodiadau"], CY)[1] == "Notes"


def test_formulas_follow_renamed_sheets() -> None:
    renames = {"Cases": "Achosion", "Need Groups": "Grwpiau Angen"}
    assert renamed("Cases!I2", renames) == "Achosion!I2"
    assert renamed("'Need Groups'!A2&\"Cases!\"", renames) == "'Grwpiau Angen'!A2&\"Cases!\""
    assert renamed("MyCases!A1+cases!b2", renames) == "MyCases!A1+Achosion!b2"


# --- an audit in Welsh --------------------------------------------------------------------------


def _audit(tmp_path: Path, language: str, name: str = "archwiliad") -> Path:
    folder = tmp_path / name
    rows = "Case ref,Auditor,Agency\n" + "".join(
        f"{ref},Siân Ŵyn,Gwasanaethau Cymdeithasol\n" for ref in REFS
    )
    init_audit(
        folder,
        write_csv(tmp_path / f"{name}.csv", rows),
        settings=Settings(
            audit_name="Archwiliad Ŵyr", language=language, annual_number=300, small_numbers=2
        ),
        audit_id=f"audit-{name}",
    )
    make_forms(folder)
    return folder


def _return(folder: Path, ref: str, story: str = "") -> None:
    setup = read_setup(folder)
    fields: dict[str, Any] = {"NA_Disability": "Yes", "NA_Matched": "Partly"}
    if story:
        fields["NA_Story"] = story
    b.write(folder, f"{ref}.xlsx", b.make_return(setup, ref, fields=fields))


def _decisions(path: Path) -> dict[str, tuple[Any, Any, Any]]:
    return {
        k: (r.get("Agreed group"), r.get("Status"), r.get("Notes"))
        for k, r in case_rows(path).items()
    }


def _set_language(folder: Path, language: str) -> None:
    """The coordinator changes Language on setup.xlsx's Settings sheet."""
    path = folder / "setup.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Settings"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "Language":
            row[1].value = language
    wb.save(path)


def _group_counts(path: Path) -> dict[str, Any]:
    """Need Groups' live counts as the workbook stores them (what a viewer sees)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = sheet(wb, "Need Groups")
    head = header(ws)
    return {
        ws.cell(r, 1).value: ws.cell(r, head.index("Cases") + 1).value
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, 1).value
    }


def test_a_welsh_audit_keeps_every_decision_through_merges(tmp_path: Path) -> None:
    folder = _audit(tmp_path, CY)
    for ref in REFS[:4]:
        _return(folder, ref)
    merge(folder, workers=1)
    path = folder / "shuffle.xlsx"
    wb = openpyxl.load_workbook(path)
    # Welsh sheet names, headers and values; the contract's English names are the codes.
    assert wb.sheetnames[:7] == [
        "Achosion",
        "Grwpiau Angen",
        "Anghenion",
        "Gwasanaethau",
        "Cardiau",
        "Ffurflenni a gafwyd",
        "Problemau",
    ]
    cases = wb["Achosion"]
    assert [c.value for c in cases[1]][:4] == [
        "Cyfeirnod yr achos",
        "Grŵp a gytunwyd",
        "Statws",
        "Difrifoldeb uchaf",
    ]
    rows = case_rows(path)
    assert {r["Status"] for r in rows.values()} == {"I'w drafod"}
    assert {r["Return"] for r in rows.values()} == {"cyfredol"}
    assert {r["Matched"] for r in rows.values()} == {"Yn rhannol"}
    assert {r["Disability"] for r in rows.values()} == {"Ie"}
    assert wb.defined_names["NA_S_Status"].attr_text.startswith("Achosion!$C$2:")
    dv = {d.formula1 for d in cases.data_validations.dataValidation}
    assert "\"I'w drafod,Cytunwyd,Wedi'i barcio\"" in dv
    returns = wb["Ffurflenni a gafwyd"]
    assert {returns.cell(r, 3).value for r in range(2, returns.max_row + 1)} == {"cyfunwyd"}
    assert wb["Cardiau"]["A1"].value.startswith("Achos Môn-0")
    assert wb["Grwpiau Angen"].cell(1, len(S_GROUPS_HEADER) + 2).value == "Cyfansymiau (byw)"

    # The meeting decides, typing in Welsh (and one status in English, as someone might).
    define_groups(path, [("Grŵp Ŷ", "Ôl-effeithiau cam-drin domestig"), ("Tai", "Tai gwael")])
    typed = {
        REFS[0]: {"Agreed group": "Grŵp Ŷ", "Status": "Cytunwyd", "Notes": "Trafodwyd"},
        REFS[1]: {"Agreed group": "grŵp ŷ ", "Status": "Wedi'i barcio"},
        REFS[2]: {"Agreed group": "Tai", "Status": "Agreed"},
        REFS[3]: {"Agreed group": "Grŵp Ŷ", "Status": "Cytunwyd / Agreed"},
    }
    decide(path, typed)
    before = _decisions(path)
    # New returns: a fifth case, and a changed return for the first.
    _return(folder, REFS[4])
    _return(folder, REFS[0], story="Mae'r fam yn gofalu ar ei phen ei hun am dri o blant.")
    result = merge(folder, workers=1)
    assert result.new == [REFS[4]] and result.changed == [REFS[0]]
    after = _decisions(path)
    for ref, decision in before.items():
        assert after[ref] == decision, ref  # exactly as typed, in the language typed
    assert after["môn-05"][1] == "I'w drafod"
    # The one rule, in every language: Grŵp Ŷ has two cases (one is parked), Tai one.
    assert _group_counts(path) == {"Grŵp Ŷ": 2, "Tai": 1}
    totals = _totals(path)
    assert totals == [5, 3, 1, 1, 0], totals
    # The reader gives the codes.
    book = read_shuffle(path, read_setup(folder))
    statuses = {row.key: status_code(row.cells["Status"].value) for row in book.rows if row.key}
    assert statuses["môn-01"] == "Agreed" and statuses["môn-02"] == "Parked"
    assert {s.matched for rows in book.services().values() for s in rows} <= {"Yes", "Partly", "No"}
    # The merge log records the decisions made since the last merge, statuses by their codes
    # (the untouched new case's Welsh "I'w drafod" is the "To discuss" it was given).
    log = (folder / ".needsaudit" / "merge-log.jsonl").read_text("utf-8").splitlines()
    changed = {d["case"]: d["status"] for d in json.loads(log[-1])["decisions_changed"]}
    assert changed == {
        REFS[0]: ["To discuss", "Agreed"],
        REFS[1]: ["To discuss", "Parked"],
        REFS[2]: ["To discuss", "Agreed"],
        REFS[3]: ["To discuss", "Agreed"],
    }

    # suggest reads the Welsh workbook and writes its sheets in Welsh; decisions stay.
    suggested = suggest(folder)
    assert suggested.k >= 1
    wb = openpyxl.load_workbook(path)
    for name in ("Awgrymiadau", "Achosion tebyg", "Didoli", "Enwau grwpiau", "Cytundeb"):
        assert name in wb.sheetnames, wb.sheetnames
    assert _decisions(path) == after
    # Sorters write their groups on the Welsh Sorting sheet: its Welsh fixed columns are not
    # sorters.
    ws = wb["Didoli"]
    assert [c.value for c in ws[1]][:4] == [
        "Cyfeirnod yr achos",
        "Oed",
        "Prif angen",
        "Stori (dechrau)",
    ]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 5, "Grŵp A" if r % 2 else "Grŵp B")
        ws.cell(r, 6, "A" if r % 2 else "B")
    wb.save(path)
    again = suggest(folder)
    assert again.sorters == ["Didolwr 1", "Didolwr 2"]
    assert again.agreement is not None and len(again.agreement.keys) == 5
    assert _decisions(path) == after

    # summarise reads it: parked in no group, the rest where the meeting put them.
    data = load(folder, read_setup(folder))
    grouped = {c.key: (c.group, c.why_not) for c in data.cases}
    assert grouped["môn-01"] == ("Grŵp Ŷ", "")
    assert grouped["môn-02"] == (None, "parked")
    assert grouped["môn-03"] == ("Tai", "")
    assert grouped["môn-04"] == ("Grŵp Ŷ", "")
    assert grouped["môn-05"] == (None, "not grouped")
    result_summary = summarise(folder, setup=read_setup(folder))
    assert result_summary.parked == [REFS[1]]
    # And a merge after suggest keeps everything again, and finds nothing changed.
    merge(folder, workers=1)
    assert _decisions(path) == after
    log = (folder / ".needsaudit" / "merge-log.jsonl").read_text("utf-8").splitlines()
    assert json.loads(log[-1])["decisions_changed"] == []


def _totals(path: Path) -> list[Any]:
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = sheet(wb, "Need Groups")
    side = len(S_GROUPS_HEADER) + 2
    return [ws.cell(r, side + 1).value for r in range(2, 7)]


def test_a_shuffle_whose_language_changed_between_merges(tmp_path: Path) -> None:
    folder = _audit(tmp_path, EN, "changed")
    for ref in REFS[:3]:
        _return(folder, ref)
    merge(folder, workers=1)
    path = folder / "shuffle.xlsx"
    define_groups(path, [("Housing", "Poor housing")])
    decide(
        path,
        {
            REFS[0]: {"Agreed group": "Housing", "Status": "Agreed", "Notes": "Seen"},
            REFS[1]: {"Agreed group": "Housing", "Status": "Parked"},
        },
    )
    # The meeting's own sheet, with a formula on the tool's Cases sheet, and its own column;
    # and an Agreed group that is a formula taking the suggested group's cell.
    wb = openpyxl.load_workbook(path)
    mine = wb.create_sheet("Actions")
    mine["A1"] = "Cases sheet first ref"
    mine["B1"] = "=Cases!A2"
    cases = wb["Cases"]
    cases.cell(1, cases.max_column + 1, "Nodiadau")  # the meeting's, a Welsh word
    cases.cell(2, cases.max_column, "ein nodyn")
    wb.save(path)
    before = _decisions(path)

    _set_language(folder, "cy")
    _return(folder, REFS[3])
    merge(folder, workers=1)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Achosion", "Grwpiau Angen"] and "Actions" in wb.sheetnames
    assert wb["Actions"]["B1"].value == "=Achosion!A2"
    rows = case_rows(path)
    assert rows["môn-01"]["Nodiadau"] == "ein nodyn"  # the meeting's column, as it was
    assert header(wb["Achosion"]).count("Notes") == 1
    after = _decisions(path)
    for ref, decision in before.items():
        assert after[ref] == decision, ref  # "Agreed" and "Parked" stay as typed, in English
    assert after["môn-04"][1] == "I'w drafod"
    assert _group_counts(path) == {"Housing": 1}  # the English "Parked" still parks
    assert {rows[k]["Return"] for k in rows} == {"cyfredol"}  # the tool's words, in Welsh
    book = read_shuffle(path, read_setup(folder))
    assert book.language == CY
    assert [k for k in book.header if k == "Nodiadau"] == ["Nodiadau"]

    # Then bilingual: Welsh first.
    _set_language(folder, "cy+en")
    merge(folder, workers=1)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Achosion - Cases", "Grwpiau Angen - Need Groups"]
    assert [c.value for c in wb["Achosion - Cases"][1]][:3] == [
        "Cyfeirnod yr achos / Case ref",
        "Grŵp a gytunwyd / Agreed group",
        "Statws / Status",
    ]
    assert wb["Actions"]["B1"].value == "='Achosion - Cases'!A2"
    assert _decisions(path) == after
    assert _group_counts(path) == {"Housing": 1}
    assert case_rows(path)["môn-01"]["Nodiadau"] == "ein nodyn"

    # And back to English: the names the contract first listed.
    _set_language(folder, "en")
    merge(folder, workers=1)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Cases", "Need Groups"]
    assert [c.value for c in wb["Cases"][1]][:3] == ["Case ref", "Agreed group", "Status"]
    assert wb["Actions"]["B1"].value == "=Cases!A2"
    assert _decisions(path) == after
    data = load(folder, read_setup(folder))
    assert sorted(c.why_not or c.group or "" for c in data.cases) == [
        "Housing",
        "not grouped",
        "not grouped",
        "parked",
    ]


def _meeting_names(path: Path) -> dict[tuple[str | None, str], str]:
    """The workbook's defined names as (sheet or None, name) -> formula, read from disk."""
    wb = openpyxl.load_workbook(path)
    names: dict[tuple[str | None, str], str] = {
        (None, n): d.attr_text for n, d in wb.defined_names.items()
    }
    for ws in wb.worksheets:
        names.update({(ws.title, n): d.attr_text for n, d in ws.defined_names.items()})
    return names


def test_the_meetings_names_and_formulas_follow_a_renamed_sheet(tmp_path: Path) -> None:
    """Names the meeting defined (a count over Cases, a range of Need Groups, one local to its
    own sheet and one local to Cases) and its formulas on Need Groups are kept by every merge
    and follow the tool's sheets when the language renames them."""
    from openpyxl.workbook.defined_name import DefinedName

    folder = _audit(tmp_path, EN, "names")
    for ref in REFS[:2]:
        _return(folder, ref)
    merge(folder, workers=1)
    path = folder / "shuffle.xlsx"
    define_groups(path, [("Housing", "Poor housing")])
    wb = openpyxl.load_workbook(path)
    wb.defined_names["AgreedCount"] = DefinedName(
        "AgreedCount", attr_text='COUNTIF(Cases!$C$2:$C$100,"Agreed")'
    )
    wb.defined_names["GroupList"] = DefinedName("GroupList", attr_text="'Need Groups'!$A$2:$A$20")
    actions = wb.create_sheet("Actions")
    actions["A1"] = "=AgreedCount"
    actions["A2"] = "=ROWS(GroupList)"
    actions["A3"] = "=FirstRef"
    actions.defined_names["FirstRef"] = DefinedName("FirstRef", attr_text="Cases!$A$2")
    wb["Cases"].defined_names["Here"] = DefinedName("Here", attr_text="Cases!$A$2:$A$3")
    wb["Need Groups"]["B2"] = '=\'Need Groups\'!A2&" (see "&Cases!A2&")"'
    wb.save(path)

    expected = {
        EN: ("Cases", "'Need Groups'", "Cases", "Need Groups"),
        CY: ("Achosion", "'Grwpiau Angen'", "Achosion", "Grwpiau Angen"),
        CY_EN: (
            "'Achosion - Cases'",
            "'Grwpiau Angen - Need Groups'",
            "Achosion - Cases",
            "Grwpiau Angen - Need Groups",
        ),
    }
    for language in (EN, CY, CY_EN, EN):
        _set_language(folder, language)
        merge(folder, workers=1)
        cases, groups, cases_sheet, groups_sheet = expected[language]
        names = _meeting_names(path)
        assert names[(None, "AgreedCount")] == f'COUNTIF({cases}!$C$2:$C$100,"Agreed")'
        assert names[(None, "GroupList")] == f"{groups}!$A$2:$A$20"
        assert names[("Actions", "FirstRef")] == f"{cases}!$A$2"
        assert names[(cases_sheet, "Here")] == f"{cases}!$A$2:$A$3"
        wb = openpyxl.load_workbook(path)
        assert [wb["Actions"][c].value for c in ("A1", "A2", "A3")] == [
            "=AgreedCount",
            "=ROWS(GroupList)",
            "=FirstRef",
        ]
        assert wb[groups_sheet]["B2"].value == f'={groups}!A2&" (see "&{cases}!A2&")"'
        # The tool's own names are the tool's, once each.
        assert sorted(n for s, n in names if n.startswith("NA_S_")) == [
            "NA_S_Agreed",
            "NA_S_CaseRefs",
            "NA_S_GroupNames",
            "NA_S_Status",
        ]


@pytest.mark.parametrize("language", [CY, CY_EN])
def test_a_welsh_workbook_is_welsh_throughout(tmp_path: Path, language: str) -> None:
    """No English word of the tool's left in a Welsh shuffle's headings and values (the
    bilingual one holds both)."""
    folder = _audit(tmp_path, language, f"iaith-{language}")
    for ref in REFS:
        _return(folder, ref)
    merge(folder, workers=1)
    suggest(folder)
    wb = openpyxl.load_workbook(folder / "shuffle.xlsx")
    english = {*S_CASES_HEADER, *S_NEEDS_HEADER, *S_GROUPS_HEADER, "To discuss", "current"}
    english -= {"Cell", "Code"}  # the same word in Welsh
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        assert ws.title not in SHEET_WORDS, ws.title
        for cell in ws[1]:
            if isinstance(cell.value, str) and language == CY:
                assert cell.value not in english, (ws.title, cell.value)
    if language == CY_EN:
        first = [c.value for c in sheet(wb, "Cases")[1]]
        assert all(" / " in str(v) for v in first[:25]), first


def test_the_coordinator_returns_to_the_same_sheet_renamed() -> None:
    from needsaudit.xl import _same_sheet

    names = ["Achosion", "Grwpiau Angen", "Actions"]
    assert _same_sheet("Need Groups", names) == "Grwpiau Angen"
    assert _same_sheet("Actions", names) == "Actions"
    assert _same_sheet("Gone", names) == "Gone"


def test_stop_messages_in_welsh(tmp_path: Path) -> None:
    """What stops a command, in the message language (the audit's, --lang or the
    environment): here a Welsh audit with no shuffle yet, and a folder that is no audit."""
    from click.testing import CliRunner

    from needsaudit.cli import main

    folder = _audit(tmp_path, CY, "stop")
    runner = CliRunner()
    result = runner.invoke(main, ["summarise", str(folder)])
    assert result.exit_code == 2
    assert "rhedwch 'needsaudit merge" in result.output, result.output
    result = runner.invoke(main, ["--lang", "cy", "merge", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "Nid oes ffolder" in result.output, result.output
    result = runner.invoke(main, ["--lang", "cy+en", "merge", str(tmp_path / "nowhere")])
    assert "Nid oes ffolder" in result.output and "There is no folder" in result.output
    (folder / "shuffle.xlsx").write_bytes(b"not a workbook")
    result = runner.invoke(main, ["merge", str(folder)])
    assert result.exit_code == 2
    assert "Ni ellir darllen shuffle.xlsx" in result.output, result.output


# --- the coordinator workbooks ------------------------------------------------------------------


def test_a_welsh_audits_coordinator_is_welsh_and_runs_its_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``needsaudit coordinator DIR`` writes the workbooks in the audit's language; the Excel
    entry points find its Welsh sheets, and a step chosen by its Welsh label."""
    import sys

    from click.testing import CliRunner

    from needsaudit import xl
    from needsaudit.cli import main
    from needsaudit.names import NA_C_FOLDER, NA_C_RESULT, NA_C_STEP

    from . import xlwings_standin as standin

    folder = _audit(tmp_path, CY, "cydlynu")
    result = CliRunner().invoke(main, ["coordinator", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Ysgrifennwyd" in result.output
    for suffix in (".xlsm", ".xlsx"):
        wb = openpyxl.load_workbook(folder / f"needsaudit_coordinator{suffix}")
        assert wb.sheetnames == ["Rheoli", "Problemau", "Statws", "Cymorth"]
        control = wb["Rheoli"]
        assert control["A1"].value == "needsaudit: cydlynydd yr archwiliad"
        assert control["A4"].value == "Ffolder yr archwiliad"
        assert [c.value for c in wb["Statws"][1]][:2] == ["Archwilydd", "Wedi'u hanfon"]
    _return(folder, REFS[0])
    monkeypatch.setitem(sys.modules, "xlwings", standin)
    monkeypatch.setattr(xl, "reveal", lambda path: None)
    app = standin.App()
    book = app.books.open(folder / "needsaudit_coordinator.xlsm")
    book.set_mock_caller()
    try:
        book.names[NA_C_FOLDER].refers_to_range.value = str(folder)
        book.names[NA_C_STEP].refers_to_range.value = "Gwirio ffurflenni"
        xl.main()
        assert not app.alerts, app.alerts
        shown = str(book.names[NA_C_RESULT].refers_to_range.value)
        assert shown.startswith("Gwirio ffurflenni:"), shown
        issues = book.wb["Problemau"]
        assert [c.value for c in issues[1]][:2] == ["Ffeil", "Cyfeirnod yr achos"]
        xl.status()
        assert book.sheets.active.name == "Statws"
        assert book.wb["Statws"]["A1"].value == "Archwilydd"
        book.names[NA_C_STEP].refers_to_range.value = "Gwneud te"
        xl.main()
        assert "Gwirio ffurflenni" in app.alerts[-1][1]  # the steps it knows, in Welsh
    finally:
        standin.Book._mock_caller = None
