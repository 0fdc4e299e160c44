"""The last English words of a Welsh audit: the low-level reasons inside issues (why a file is
damaged or too large, what a path is, why a row of the sample is refused), the demo's report,
and the coordinator macros' own words (read back from the workbook on disk)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit.audit import InvalidListError, Settings, init_audit, read_setup
from needsaudit.cli import main
from needsaudit.coordinator import MACROS_DIR, NO_PYTHON, WORKING, build_coordinator
from needsaudit.i18n import CY, CY_EN, EN, Msg, Texts, messages_in
from needsaudit.issues import Issue
from needsaudit.names import NA_C_NO_PYTHON, NA_C_WORKING
from needsaudit.returns import read_returns

from . import builders as b
from . import hostile
from .conftest import DemoBuild, write_csv

# Issue details that name a reason or a kind of thing (never a file name, a count or a cell).
REASONS = ("why", "what", "fmt")


def _reasons_are_welsh(issues: list[Issue], codes: set[str]) -> None:
    """Every reason in these issues is a marked string with its own Welsh, the Welsh message
    holds the Welsh and not the English, and the details stay English for scripts."""
    seen = set()
    for item in issues:
        if item.code not in codes:
            continue
        for key in REASONS:
            value = item.detail(key)
            if value is None:
                continue
            assert isinstance(value, Msg), (item.code, key, value)
            welsh = Texts.one(CY, value)
            assert welsh and welsh != str(value), (item.code, str(value))
            assert welsh in item.message and str(value) not in item.message, item.message
            assert json.loads(json.dumps(item.to_json()))["details"][key] == str(value)
            seen.add(item.code)
    assert seen == codes, seen


def test_unreadable_returns_give_their_reasons_in_welsh(audit: Path) -> None:
    setup = read_setup(audit)
    good = b.make_return(setup, "AB12")
    b.write(audit, "cut short.xlsx", good[:3000])
    b.write(audit, "bomb.xlsx", b.zip_bomb_claim(b.make_return(setup, "X&Y")))
    hostile.invalid_utf8_strings(audit)
    hostile.unclosed_rows(audit)
    hostile.fifo(audit)
    hostile.outside_link(audit)
    with messages_in(CY):
        result = read_returns(audit, setup)
    issues = [i for r in result.returns for i in r.issues] + result.issues
    _reasons_are_welsh(issues, {"corrupt-file", "too-large", "not-a-file", "outside-link"})
    by_file = {i.file: i for i in issues if i.code in ("corrupt-file", "too-large")}
    assert "nid yw'n archif zip cyflawn" in by_file["returns/cut short.xlsx"].message
    assert "o resi mewn dalen" in by_file["returns/rows.xlsx"].message


def test_bilingual_reasons_are_welsh_then_english(audit: Path) -> None:
    setup = read_setup(audit)
    b.write(audit, "cut short.xlsx", b.make_return(setup, "AB12")[:3000])
    with messages_in(CY_EN):
        result = read_returns(audit, setup)
    (issue,) = [i for r in result.returns for i in r.issues if i.code == "corrupt-file"]
    welsh, english = issue.message.split("\n")
    assert "(nid yw'n archif zip cyflawn)" in welsh
    assert "(it is not a complete zip archive)" in english


def test_many_copies_of_a_case_are_counted_in_welsh(audit: Path) -> None:
    hostile.many_duplicates(audit, n=8)
    with messages_in(CY):
        result = read_returns(audit, read_setup(audit))
    tied = [i for r in result.returns for i in r.issues if i.code == "duplicate-case"]
    assert tied and all(re.search(r" a 4 arall\. ", i.message) for i in tied), tied[0].message
    assert all(str(i.detail("other")).endswith(" and 4 more") for i in tied)


@pytest.mark.parametrize("language", [CY, CY_EN])
def test_a_refused_sample_list_says_why_in_the_audits_language(
    tmp_path: Path, language: str
) -> None:
    """init --language cy speaks Welsh before any setup.xlsx holds the setting."""
    bad = write_csv(tmp_path / "bad.csv", "Ref,Name\nA1,Jo\n")
    result = CliRunner().invoke(
        main, ["init", str(tmp_path / "a"), "--cases", str(bad), "--language", language]
    )
    assert result.exit_code == 2
    assert "nid oes colofn â'r pennawd archwilydd" in result.output, result.output
    assert "'Auditor' neu 'Auditor name'" in result.output
    assert "Mae 1 broblem yn y rhestr achosion" in result.output
    assert ("The case list has 1 problem;" in result.output) is (language == CY_EN)
    assert "problem(s)" not in result.output
    assert not (tmp_path / "a").exists()

    rows = "Case ref,Auditor\nA1,Jo\na1,Sam\n,Ann\nB2,\n"
    with messages_in(language), pytest.raises(InvalidListError) as caught:
        init_audit(tmp_path / "b", write_csv(tmp_path / "rows.csv", rows))
    why = {i.detail("row"): i.detail("why") for i in caught.value.issues}
    assert Texts.one(CY, why[3]) == (
        "mae'r cyfeirnod achos yn ailadrodd rhes 2 (cymherir cyfeirnodau heb ystyried "
        "priflythrennau)"
    )
    assert [Texts.one(CY, why[r]) for r in (4, 5)] == ["dim cyfeirnod achos", "dim archwilydd"]
    assert str(caught.value).startswith("Mae 3 problem yn y rhestr achosion")
    with messages_in(EN), pytest.raises(InvalidListError) as caught:
        init_audit(tmp_path / "c", write_csv(tmp_path / "one.csv", "Case ref,Auditor\n,Jo\n"))
    assert str(caught.value).startswith("The case list has 1 problem; nothing was written.")


# --- the demo's report ------------------------------------------------------------------------


def test_the_demo_reports_in_english_with_plural_forms(demo_build: DemoBuild) -> None:
    lines = demo_build.output.splitlines()
    assert "1 error and 31 warnings" in lines[3], lines[3]
    assert lines[-1].endswith("7 forms were outstanding before the late returns")
    assert "(s)" not in demo_build.output


@pytest.mark.slow
def test_the_demo_reports_in_welsh_then_english(tmp_path: Path) -> None:
    result = CliRunner(env={"NEEDSAUDIT_LANG": "cy+en", "NEEDSAUDIT_QUIET": "1"}).invoke(
        main, ["demo", str(tmp_path / "demo"), "--cases", "60"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # Every line twice: the whole Welsh sentence, then the whole English one.
    welsh, english = lines[0::2], lines[1::2]
    assert len(welsh) == len(english) > 15
    assert welsh[0].startswith("Gosodwyd ") and welsh[0].endswith("60 o achosion ffuglennol.")
    assert english[0].endswith("60 fictional cases.")
    assert welsh[1].startswith("Ysgrifennwyd 60 o ffurflenni o dan ")
    assert any(line.startswith("  gosod:       ") for line in welsh)
    assert any(line.startswith("  set-up:   ") for line in english)
    assert welsh[-1].startswith("  statws:      roedd ") and "ffurflenni hwyr" in welsh[-1]
    for w, e in zip(welsh, english, strict=True):
        assert w != e, w


# --- the coordinator macros' words ----------------------------------------------------------


def _macro_words(path: Path) -> tuple[str, str, bool]:
    """The texts the names point at, and whether their row is hidden, read from disk."""
    wb = openpyxl.load_workbook(path)
    found = []
    for name in (NA_C_WORKING, NA_C_NO_PYTHON):
        ((sheet, ref),) = wb.defined_names[name].destinations
        found.append((sheet, ref.replace("$", "")))
    ws = wb[found[0][0]]
    row = int(re.sub(r"\D", "", found[0][1]))
    assert int(re.sub(r"\D", "", found[1][1])) == row
    hidden = bool(ws.row_dimensions[row].hidden)
    return ws[found[0][1]].value, ws[found[1][1]].value, hidden


def test_the_macros_words_are_in_the_workbooks_language(tmp_path: Path) -> None:
    texts = {}
    for language in (EN, CY, CY_EN):
        xlsm, xlsx = build_coordinator(tmp_path / language.replace("+", ""), language=language)
        for path in (xlsm, xlsx):
            working, no_python, hidden = _macro_words(path)
            assert hidden
            texts[language] = (working, no_python)
            # The macro fills these; each language's message has each once.
            n = len(Texts(language).languages)
            assert no_python.count("{why}") == no_python.count("{step}") == n
            # VBA's MsgBox shows only the Windows code page, and at most 1,024 characters
            # (with room for the error's description and the step).
            no_python.encode("cp1252")
            assert len(no_python) < 900
    assert texts[EN][0] == "needsaudit: working..."
    assert texts[EN][1].startswith("Excel could not run Python for this step ({why}).\n\n")
    assert "on the Control sheet" in texts[EN][1]
    assert texts[CY][0] == "needsaudit: wrthi'n gweithio..."
    assert texts[CY][1].startswith("Ni allai Excel redeg Python ar gyfer y cam hwn ({why}).")
    assert "ar y ddalen Rheoli" in texts[CY][1] and "Excel could" not in texts[CY][1]
    welsh, _ = texts[CY_EN][1].split("\n\nExcel could not run Python")
    assert welsh == texts[CY][1]
    assert texts[CY_EN][0] == "needsaudit: wrthi'n gweithio... / needsaudit: working..."


def test_the_macro_reads_the_names_the_workbook_defines() -> None:
    """The .bas asks for its words by the names the Python side writes, and keeps an English
    fallback identical to the English the workbook holds."""
    source = (MACROS_DIR / "NeedsAudit.bas").read_text("ascii")
    asked = set(re.findall(r'Words\("(NA_C_\w+)"', source))
    assert asked == {NA_C_WORKING, NA_C_NO_PYTHON}
    body = source[source.index("Function NoPythonInEnglish") :]
    body = body[: body.index("End Function")]
    parts = re.findall(r'"((?:[^"]|"")*)"|(vbLf)', body)
    fallback = "".join("\n" if lf else text for text, lf in parts)
    assert fallback == Texts.one(EN, NO_PYTHON)
    assert f'Private Const WORKING As String = "{Texts.one(EN, WORKING)}"' in source


def test_a_welsh_audits_coordinator_holds_welsh_macro_words(tmp_path: Path) -> None:
    folder = tmp_path / "archwiliad"
    init_audit(
        folder,
        write_csv(tmp_path / "c.csv", "Case ref,Auditor\nA1,Siân\n"),
        settings=Settings(language=CY),
    )
    result = CliRunner().invoke(main, ["coordinator", str(folder)])
    assert result.exit_code == 0, result.output
    working, no_python, _ = _macro_words(folder / "needsaudit_coordinator.xlsm")
    assert working == "needsaudit: wrthi'n gweithio..."
    assert no_python.startswith("Ni allai Excel redeg Python")


# --- the cards' heading rows ------------------------------------------------------------------


@pytest.mark.parametrize(("language", "lines"), [(EN, 1), (CY, 1), (CY_EN, 2)])
def test_the_cards_heading_rows_are_as_tall_as_their_words(
    tmp_path: Path, language: str, lines: int
) -> None:
    """The row above each card's needs holds "Difrifoldeb / Seriousness" on two lines in a
    bilingual shuffle (it was given four), one in Welsh or English; LibreOffice's print of the
    bilingual shuffle (test_libreoffice_welsh_shuffle) shows none of them cut."""
    from needsaudit.shuffle import merge
    from needsaudit.shufflewords import Words

    folder = tmp_path / "a"
    rows = "Case ref,Auditor\nC1,Siân\nC2,Siân\n"
    init_audit(folder, write_csv(tmp_path / "c.csv", rows), settings=Settings(language=language))
    from needsaudit.forms import make_forms

    make_forms(folder)
    setup = read_setup(folder)
    for ref in ("C1", "C2"):
        b.write(folder, f"{ref}.xlsx", b.make_return(setup, ref))
    merge(folder, workers=1)
    words = Words(language)
    ws = openpyxl.load_workbook(folder / "shuffle.xlsx")[words.sheet("Cards")]
    who = words.head("Who")
    heads = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == who]
    assert len(heads) == 2
    expected = 15.0 if language == EN else lines * 12.75 + 3  # English's fixed one line
    for r in heads:
        assert ws.row_dimensions[r].height == expected, r
    seriousness = ws.column_dimensions["C"].width
    assert seriousness > (11.5 if language != EN else 10.5)
