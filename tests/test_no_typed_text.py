"""Nothing a return typed leaves the case-level workbooks.

A unique token is planted in every input cell of the returns (case ref, auditor, agency,
every answer, every dropdown typed over, every cell of the needs and services tables). Then
every command runs, from the command line and from the coordinator workbook (through the
xlwings stand-in), and every byte the tool wrote outside ``returns/`` and ``shuffle.xlsx``
(and the shuffle's own backups, which are copies of it) is searched for the token: forms,
``.needsaudit`` logs and state, stdout and stderr, ``check --json``, both summaries and the
coordinator workbook.

One place may quote what auditors wrote, by design: the internal summary's group sheets
quote need statements, outcomes and work (the commissioners read them; identifiers masked).
The test checks that the tokens it finds there are those and only there, and that the public
summary has none.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit import xl
from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.cli import main
from needsaudit.coordinator import build_coordinator
from needsaudit.forms import make_forms
from needsaudit.names import NA_C_FOLDER

from . import builders as b
from . import xlwings_standin as standin
from .conftest import write_csv
from .shuffle_helpers import decide, define_groups

TOKEN = "qzqtok"  # searched for ignoring case: a reader may fold the case of what it keeps
QUOTED = ("need", "outcome", "work")  # the internal summary may quote these kinds of cell


def planted(kind: str, n: int) -> str:
    return f"QzqTok{kind}{n}x and more words so it reads as a sentence"


def plant_return(setup: Any, ref: str, n: int, typed_ref: str | None = None) -> bytes:
    fields: dict[str, Any] = {
        name: planted(name, n)
        for name in (
            "NA_Auditor",
            "NA_Agency",
            "NA_AuditDate",
            "NA_Age",
            "NA_Sex",
            "NA_Ethnicity",
            "NA_Disability",
            "NA_LegalStatus",
            "NA_PrimaryNeed",
            "NA_Story",
            "NA_NoServices",
            "NA_OverallSeriousness",
            "NA_Matched",
            "NA_Notes",
        )
    }
    if typed_ref is not None:
        fields["NA_CaseRef"] = typed_ref
    columns = ("who", "area", "need", "ifnot", "level", "outcome", "work", "service", "met")
    needs = [[planted(c, n * 10 + r) for c in columns] for r in range(2)]
    services = [
        [planted(c, n * 10 + r) for c in ("svc", "provider", "open", "matched")] for r in range(2)
    ]
    return b.make_return(setup, ref, fields=fields, needs=needs, services=services)


@pytest.fixture
def planted_audit(tmp_path: Path) -> Path:
    folder = tmp_path / "audit"
    refs = [f"C{i:02d}" for i in range(12)]
    rows = "Case ref,Auditor,Agency\n" + "".join(
        f"{ref},{'Jo' if i % 2 else 'Sam'},{'Health' if i % 3 else 'Education'}\n"
        for i, ref in enumerate(refs)
    )
    init_audit(
        folder,
        write_csv(tmp_path / "sample.csv", rows),
        settings=Settings(audit_name="Planted", small_numbers=3, annual_number=500),
    )
    make_forms(folder)
    setup = read_setup(folder)
    for i, ref in enumerate(refs):
        b.write(folder, f"{ref}.xlsx", plant_return(setup, ref, i))
    # One return whose case ref itself was typed over (with a name and a date of birth).
    b.write(
        folder,
        "renamed.xlsx",
        plant_return(setup, refs[0], 99, typed_ref="QzqTokRef Jane Smith 01/02/2015"),
    )
    return folder


def _texts_of(path: Path) -> Iterator[tuple[str, bytes]]:
    """Every part of a file as bytes: the parts of a workbook, or the file itself."""
    data = path.read_bytes()
    if data[:2] == b"PK":
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                yield name, zf.read(name)
    else:
        yield "", data


def found_in(data: bytes | str) -> bool:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return TOKEN in text.casefold()


def test_no_typed_text_leaves_the_case_level_workbooks(
    planted_audit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = planted_audit
    runner = CliRunner()
    outputs: list[str] = []

    def run(*args: str) -> Any:
        result = runner.invoke(main, [*args])
        assert result.exception is None or isinstance(result.exception, SystemExit), result
        outputs.extend([result.stdout, result.stderr])
        return result

    run("forms", str(folder))
    run("status", str(folder))
    run("status", str(folder), "--json")
    run("check", str(folder))
    checked = run("check", str(folder), "--json")
    assert "personal-identifier" in checked.stdout or "not-in-list" in checked.stdout
    assert "case-not-in-sample" in checked.stdout and "agency-differs" in checked.stdout
    run("merge", str(folder))
    run("suggest", str(folder))
    shuffle = folder / "shuffle.xlsx"
    define_groups(shuffle, [("Alpha", "A group"), ("Beta", "Another")])
    decide(
        shuffle,
        {f"C{i:02d}": {"Agreed group": "Alpha" if i < 8 else "Beta"} for i in range(1, 12)},
    )
    run("merge", str(folder))
    run("summarise", str(folder))

    # The coordinator workbook, driven through the xlwings stand-in.
    monkeypatch.setitem(sys.modules, "xlwings", standin)
    monkeypatch.setattr(xl, "reveal", lambda path: None)
    xlsm, _ = build_coordinator(folder.parent / "office")
    app = standin.App()
    book = app.books.open(xlsm)
    book.set_mock_caller()
    try:
        book.names[NA_C_FOLDER].refers_to_range.value = str(folder)
        for step in (xl.status, xl.check, xl.merge, xl.summarise):
            step()
        assert not app.alerts, app.alerts
        coordinator_cells = [
            str(v)
            for ws in book.wb.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v is not None
        ]
        book.save()
    finally:
        standin.Book._mock_caller = None
    assert coordinator_cells and not any(found_in(v) for v in coordinator_cells)
    for line in [*app.status_log, *(a[1] for a in app.alerts)]:
        assert not found_in(line)

    leaks = [i for i, text in enumerate(outputs) if found_in(text)]
    assert leaks == [], [outputs[i][:300] for i in leaks]

    # The tokens really were typed and read: the case-level workbook holds them.
    assert any(found_in(data) for _, data in _texts_of(folder / "shuffle.xlsx"))
    assert any(found_in(data) for _, data in _texts_of(folder / "summary.xlsx"))
    checked_files = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel.startswith("returns/") or rel == "shuffle.xlsx":
            continue
        if rel.startswith(".needsaudit/backups/shuffle-"):
            continue  # copies of shuffle.xlsx, kept for the meeting's undo
        checked_files += 1
        for part, data in _texts_of(path):
            if not found_in(data):
                continue
            allowed = rel == "summary.xlsx" and part == "xl/sharedStrings.xml"
            assert allowed, f"{rel} {part} holds typed text"
    assert checked_files >= 12 + 4  # forms, setup, logs and state, both summaries

    # The internal summary quotes statements only where it says it does.
    wb = openpyxl.load_workbook(folder / "summary.xlsx")
    for ws in wb.worksheets:
        quoting = False
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value in (
                    "Defining needs (most typical first)",
                    "Desired outcomes",
                    "Work to plan and do",
                ):
                    quoting = True
                if isinstance(value, str) and found_in(value):
                    kinds = re.findall(r"qzqtok([a-z]+)\d", value.casefold())
                    assert quoting and re.match(r"G\d ", ws.title), (ws.title, cell.coordinate)
                    assert set(kinds) <= set(QUOTED), (ws.title, cell.coordinate, kinds)
    public = openpyxl.load_workbook(folder / "summary-public.xlsx")
    public_text = [
        str(v) for ws in public.worksheets for row in ws.iter_rows(values_only=True) for v in row
    ]
    assert public_text and not any(found_in(v) for v in public_text)
    # Typed-over answers were counted, as the list's "Other", not shown.
    texts = " ".join(
        str(v) for row in public["Need Groups"].iter_rows(values_only=True) for v in row if v
    )
    assert "Other (not in the list)" in texts


def test_check_names_the_sample_ref_only(planted_audit: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(planted_audit), "--json"])
    issues = json.loads(result.stdout)
    refs = {i["case_ref"] for i in issues}
    assert refs <= {None, *(f"C{i:02d}" for i in range(12))}
    renamed = [i for i in issues if i["file"] == "returns/renamed.xlsx"]
    assert renamed and all(i["case_ref"] is None for i in renamed)
