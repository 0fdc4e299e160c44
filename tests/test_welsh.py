"""Welsh and bilingual audits: the catalogue, the lists' codes, answers in either language, and a
mixed audit counted the same as one in a single language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit import i18n
from needsaudit.audit import Lists, Settings, init_audit, preset_items, read_setup
from needsaudit.cli import main
from needsaudit.forms import build_template, choice_labels
from needsaudit.i18n import CY, CY_EN, EN, Texts
from needsaudit.names import (
    CHOICE_WORDS,
    FIELDS,
    NEEDS_COLUMNS,
    SERVICES_COLUMNS,
    SH_SERVICES,
    SH_SEX,
    SH_WHO,
)
from needsaudit.returns import read_returns
from needsaudit.shuffle import merge
from needsaudit.summary import summarise
from needsaudit.translations import REVIEW_FLAG, check

from . import builders as b
from .conftest import write_csv
from .shuffle_helpers import decide, define_groups

# --- the catalogue -----------------------------------------------------------------------------


def test_catalogue_is_complete_and_has_nothing_unused() -> None:
    """Every string the source marks (pybabel's extraction) has its Welsh, in every plural
    form, with the same placeholders; the catalogue holds nothing the source no longer uses."""
    problems = check(CY)
    assert problems.missing == []
    assert problems.unused == []
    assert problems.fuzzy == []
    assert problems.placeholders == []
    assert problems.plural_forms.startswith("nplurals=6;")


def test_every_marked_string_is_extracted() -> None:
    """pybabel skips a marked string in some nestings (a plural marked inside another marked
    string's values): every M, NP and Code key in the source reaches the template, so the
    completeness test above sees it."""
    import ast

    from needsaudit.translations import PACKAGE, extract

    keys = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            first = node.args[0]
            if (
                name in ("M", "NP", "Code")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                keys.add(first.value)
    assert len(keys) > 400
    extracted = {m.context for m in extract() if m.id}
    assert sorted(keys - extracted) == []


def test_every_welsh_string_waits_for_a_welsh_speaking_reviewer() -> None:
    from babel.messages.pofile import read_po

    with open(i18n.po_path(CY), "rb") as fh:
        catalog = read_po(fh, locale=CY)
    entries = [m for m in catalog if m.id]
    assert entries
    # Until a reviewer removes it; never the fuzzy flag, which gettext would ignore.
    assert all(REVIEW_FLAG in m.flags and not m.fuzzy for m in entries)


def test_welsh_has_six_plural_forms() -> None:
    cy = Texts(CY)
    forms = {n: cy.ngettext("{n} case", "{n} cases", n).format(n=n) for n in (0, 1, 2, 3, 6, 4)}
    assert forms == {
        0: "dim achosion",
        1: "1 achos",
        2: "2 achos",
        3: "3 achos",
        6: "6 achos",
        4: "4 o achosion",
    }
    en = Texts(EN)
    assert en.ngettext("{n} case", "{n} cases", 1).format(n=1) == "1 case"
    assert en.ngettext("{n} case", "{n} cases", 2).format(n=2) == "2 cases"


def test_a_stale_compiled_catalogue_is_never_used(tmp_path: Path) -> None:
    data = i18n.po_path(CY).read_bytes()
    compiled = i18n.compile_po(data, CY)
    assert i18n._mo_stamp(compiled) == i18n._stamp(data)
    edited = data.replace(b'msgstr "Plentyn"', b'msgstr "Plentyn bach"')
    assert edited != data
    assert i18n._mo_stamp(compiled) != i18n._stamp(edited)


def test_bilingual_text_is_welsh_first() -> None:
    t = Texts(CY_EN)
    assert t.label(FIELDS[5].label) == "Rhyw / Sex"
    assert t.gettext("The previous workbook is in {path}.").split("\n")[1].startswith("The ")
    assert choice_labels(("Yes", "No"), t) == ["Ie / Yes", "Na / No"]


# --- the lists -----------------------------------------------------------------------------------


@pytest.mark.parametrize("wales", [False, True])
def test_every_preset_value_has_a_code_and_welsh_words(wales: bool) -> None:
    for sheet, items in preset_items(wales).items():
        codes = [i.code for i in items]
        assert all(codes) and len(set(codes)) == len(codes), sheet
        welsh = [i.cy for i in items]
        assert all(welsh) and len(set(welsh)) == len(welsh), sheet


def test_a_welsh_audit_starts_from_wales_lists_in_welsh(tmp_path: Path) -> None:
    folder = tmp_path / "archwiliad"
    init_audit(folder, settings=Settings(language=CY))
    setup = read_setup(folder)
    assert setup.settings.language == CY
    lists = setup.lists
    assert lists.who[0] == "Plentyn"
    assert "Cynllun gofal a chymorth" in lists.legal_status  # Wales's census term
    assert lists.values("Seriousness")[3] == "4 Difrifol iawn"
    # setup.xlsx keeps both languages and the codes, for the coordinator to edit.
    wb = openpyxl.load_workbook(folder / "setup.xlsx")
    assert [c.value for c in wb["Who"][1]] == ["Who", "Cymraeg", "Code"]
    assert [c.value for c in wb["Who"][2]] == ["Child", "Plentyn", "child"]
    settings = {r[0].value: r[1].value for r in wb["Settings"].iter_rows(min_row=2)}
    assert settings["Language"] == "cy"


def test_an_older_setup_without_welsh_or_codes_gets_them(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    init_audit(folder)
    wb = openpyxl.load_workbook(folder / "setup.xlsx")
    ws = wb["Sex"]
    ws.delete_cols(2, 2)  # as written before lists had Welsh words and codes
    ws.append(["Another"])  # and a value the council added
    wb.save(folder / "setup.xlsx")
    lists = read_setup(folder).lists
    assert lists.item(SH_SEX, "Female").cy == "Benyw"
    assert lists.item(SH_SEX, "Female").code == "female"
    assert lists.code_of(SH_SEX, "Benyw") == "female"
    assert lists.code_of(SH_SEX, "another") == "another"


def test_answers_in_either_language_are_the_same_value() -> None:
    lists = Lists.preset(EN, wales=False)
    sex = lists.matcher(SH_SEX)
    assert sex("Benyw") == sex("Female") == sex("Benyw / Female") == sex("female") == "Female"
    seriousness = lists.matcher("Seriousness")
    assert seriousness("4 Difrifol iawn") == seriousness("4 Very serious") == "4 Very serious"
    assert seriousness("Difrifol iawn") == "4 Very serious"
    services = lists.matcher(SH_SERVICES)
    assert (
        services("Cymorth cam-drin domestig (dioddefwr)")
        == services("Domestic abuse support (victim)")
        == "Domestic abuse support (victim)"
    )
    welsh = Lists.preset(CY)
    assert welsh.matcher(SH_WHO)("Mother") == "Mam"


# --- a mixed audit -------------------------------------------------------------------------------

REFS = [f"C{i:02d}" for i in range(1, 13)]
SEXES = ["Female", "Male", "Female", "Not known"]
LEGAL = ["Child in need", "Child protection plan", "Looked after", "Early help"]
NEED_ROWS = [
    ["Child", "Education", "4 Very serious", "Youth work", "Not met"],
    ["Mother", "Basic care", "3 Serious", "Adult mental health", "Partly met"],
    ["Father", "Housing", "2 Moderate", "Housing support", "Met"],
]
CHOICE_FIELDS = ("NA_Disability", "NA_Matched")


def _case_answers(i: int) -> tuple[dict[str, Any], list[list[Any]], list[list[Any]]]:
    fields: dict[str, Any] = {
        "NA_Age": 3 + i,
        "NA_Sex": SEXES[i % 4],
        "NA_LegalStatus": LEGAL[i % 4],
        "NA_OverallSeriousness": ["2 Moderate", "3 Serious", "4 Very serious"][i % 3],
        "NA_Disability": ["Yes", "No", "Not known"][i % 3],
        "NA_Matched": ["Yes", "Partly", "No"][i % 3],
    }
    needs = []
    for k, (who, area, level, service, met) in enumerate(NEED_ROWS[: 1 + i % 3]):
        needs.append(
            [
                who,
                area,
                f"{who} needs something specific to change at home this term (case {i}, need {k})",
                "Things get worse",
                level,
                "A clear outcome",
                "Some work",
                service,
                met,
            ]
        )
    services = [["Youth work", "Team", "Yes", "Yes"]] if i % 2 else []
    if not services:
        fields["NA_NoServices"] = "Yes"
    return fields, needs, services


def _in_welsh(lists: Lists, sheet: str | None, value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if sheet is None:
        return Texts.one(CY, CHOICE_WORDS[value]) if value in CHOICE_WORDS else value
    item = lists.item(sheet, value)
    if sheet == "Seriousness":
        return f"{item.code} {item.cy}"
    return item.cy


def _welsh_answers(
    lists: Lists, fields: dict[str, Any], needs: list[list[Any]], services: list[list[Any]]
) -> tuple[dict[str, Any], list[list[Any]], list[list[Any]]]:
    """The same answers as a Welsh form's dropdowns give them."""
    sheet_of = {f.name: f.list_sheet for f in FIELDS}
    out = {k: _in_welsh(lists, sheet_of.get(k), v) for k, v in fields.items()}
    return (
        out,
        [
            [
                _in_welsh(lists, c.list_sheet, v) if c.list_sheet else v
                for c, v in zip(NEEDS_COLUMNS, row, strict=True)
            ]
            for row in needs
        ],
        [
            [
                _in_welsh(lists, c.list_sheet, v) if c.list_sheet or c.choices else v
                for c, v in zip(SERVICES_COLUMNS, row, strict=True)
            ]
            for row in services
        ],
    )


def _audit(tmp_path: Path, name: str, welsh_half: bool) -> Path:
    folder = tmp_path / name
    rows = "Case ref,Auditor,Agency\n" + "".join(f"{r},Siân,Social care\n" for r in REFS)
    source = tmp_path / f"{name}-list"
    source.mkdir()
    init_audit(
        folder,
        write_csv(source / "sample.csv", rows),  # one name: the summary says where it came from
        settings=Settings(audit_name="Mixed audit", annual_number=500, small_numbers=2),
        audit_id="mixed-audit",
    )
    setup = read_setup(folder)
    template = build_template(setup)
    for i, ref in enumerate(REFS):
        fields, needs, services = _case_answers(i)
        if welsh_half and i % 2:
            fields, needs, services = _welsh_answers(setup.lists, fields, needs, services)
        case = setup.case(ref)
        assert case is not None
        form = template.for_case(case)
        b.write(
            folder,
            f"{ref}.xlsx",
            b.make_return(setup, ref, fields=fields, needs=needs, services=services, form=form),
        )
    result = read_returns(folder, setup, workers=1)
    assert not [i for i in result.issues if i.code == "not-in-list"]
    merge(folder, workers=1)
    path = folder / "shuffle.xlsx"
    define_groups(path, [("Alpha", "First"), ("Beta", "Second")])
    decide(
        path,
        {
            ref: {"Agreed group": "Alpha" if i % 3 else "Beta", "Status": "Agreed"}
            for i, ref in enumerate(REFS)
        },
    )
    summarise(folder)
    return folder


def _values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def test_a_mixed_audit_counts_welsh_and_english_answers_as_one(tmp_path: Path) -> None:
    english = _audit(tmp_path, "english", welsh_half=False)
    mixed = _audit(tmp_path, "mixed", welsh_half=True)
    # The meeting sees the same values, and every figure of both summaries is the same.
    for name in ("summary.xlsx", "summary-public.xlsx"):
        assert _values(mixed / name) == _values(english / name), name
    one, other = _values(english / "shuffle.xlsx"), _values(mixed / "shuffle.xlsx")
    for sheet in ("Cases", "Needs", "Services", "Need Groups"):
        strip = (lambda rows: [r for r in rows if "File" not in r]) if sheet == "Cases" else list
        assert strip(one[sheet]) == strip(other[sheet]), sheet


# --- the command line ---------------------------------------------------------------------------


def test_messages_in_welsh_by_option_or_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = write_csv(tmp_path / "s.csv", "Case ref,Auditor\nA1,Siân\nA2,Siân\nA3,Dafydd\n")
    runner = CliRunner()
    result = runner.invoke(
        main, ["--lang", "cy", "init", str(tmp_path / "a"), "--cases", str(cases)]
    )
    assert result.exit_code == 0, result.output
    assert (
        "Crëwyd" in result.stdout and "3 achos" in result.stdout and "2 archwilydd" in result.stdout
    )
    monkeypatch.setenv("NEEDSAUDIT_LANG", "cy+en")
    result = runner.invoke(main, ["status", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Archwilydd / Auditor")
    monkeypatch.delenv("NEEDSAUDIT_LANG")
    # The audit's own setting, when nothing else is chosen.
    result = runner.invoke(
        main, ["init", str(tmp_path / "b"), "--cases", str(cases), "--language", "cy"]
    )
    assert "Crëwyd" in result.stdout
    result = runner.invoke(main, ["status", str(tmp_path / "b")])
    assert result.stdout.startswith("Archwilydd")
    assert read_setup(tmp_path / "b").lists.legal_status[1] == "Cynllun gofal a chymorth"
    # A command's language ends with it: the next caller in this process starts in English.
    assert i18n.current_setting() == EN


def test_bilingual_messages_are_whole_sentences_in_each_language(tmp_path: Path) -> None:
    """Counts take their own plural form in each language: the Welsh sentence holds Welsh
    words only, then the English sentence follows (never a Welsh sentence with English plurals
    inside it)."""
    cases = write_csv(tmp_path / "s.csv", "Case ref,Auditor\nA1,Siân\nA2,Siân\nA3,Dafydd\n")
    runner = CliRunner()
    folder = tmp_path / "a"
    result = runner.invoke(main, ["--lang", "cy+en", "init", str(folder), "--cases", str(cases)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"Crëwyd {folder}/setup.xlsx: 3 achos, 2 archwilydd. Gwiriwch y gosodiadau a'r "
        f"rhestrau yno, yna rhedwch: needsaudit forms {folder}"
    )
    assert lines[1] == (
        f"Created {folder}/setup.xlsx: 3 cases, 2 auditors. Check the settings and lists there, "
        f"then run: needsaudit forms {folder}"
    )
    runner.invoke(main, ["forms", str(folder)])
    result = runner.invoke(main, ["--lang", "cy+en", "check", str(folder)])
    assert result.stdout.splitlines()[-2:] == [
        "Darllenwyd dim ffeiliau: dim achosion yn barod i'w cyfuno, dim ffeiliau gyda gwallau "
        "(dim gwallau), dim rhybuddion.",
        "0 files read: 0 cases ready to merge, 0 files with errors (0 errors), 0 warnings.",
    ]
    # English plurals: one and many.
    one = Texts(EN).ngettext("{n} warning", "{n} warnings", 1).format(n=1)
    assert (one, Texts(CY).ngettext("{n} warning", "{n} warnings", 11).format(n=11)) == (
        "1 warning",
        "11 o rybuddion",
    )
