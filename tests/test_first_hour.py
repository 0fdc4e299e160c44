"""A new coordinator's first hour: the mistakes people make first, and what they are told."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit.audit import read_setup
from needsaudit.cli import main
from needsaudit.forms import load_record
from needsaudit.names import RETURNS_DIR, RETURNS_README, SHUFFLE_FILE, SUMMARY_FILE

from . import builders as b
from .conftest import write_csv


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_init_makes_returns_with_a_note_that_is_never_read_as_a_return(
    runner: CliRunner, audit: Path
) -> None:
    note = audit / RETURNS_DIR / RETURNS_README
    text = note.read_bytes().decode("utf-8")
    assert "Completed audit forms go in this folder" in text and "\r\n" in text
    b.good_return(audit, "00123")
    result = runner.invoke(main, ["check", str(audit), "--json"])
    assert result.exit_code == 0, result.output
    assert RETURNS_README not in result.stdout  # not a file with an issue: not read at all
    note.write_text("A coordinator's own words\n")
    result = runner.invoke(main, ["forms", str(audit)])
    assert note.read_text() == "A coordinator's own words\n"  # written once, then theirs


def test_an_audit_without_cases_says_how_to_add_them(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "a"
    result = runner.invoke(main, ["init", str(folder)])
    assert result.exit_code == 0
    assert "no cases yet" in result.stdout and "Cases sheet" in result.stdout
    assert (folder / RETURNS_DIR).is_dir()
    result = runner.invoke(main, ["forms", str(folder)])
    assert result.exit_code == 1 and result.stdout == ""
    assert "no cases yet" in result.stderr and "Case ref, Auditor, Agency" in result.stderr


def test_an_unknown_header_is_named_once_with_the_accepted_ones(
    runner: CliRunner, tmp_path: Path
) -> None:
    cases = write_csv(tmp_path / "s.csv", "Case ref,Social worker\nA1,Jo\nA2,Jo\nA3,Ann\n")
    result = runner.invoke(main, ["init", str(tmp_path / "a"), "--cases", str(cases)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if "Row" in line]
    assert len(lines) == 1  # not 'Row 2: no auditor' for every row
    assert "'Social worker'" in lines[0] and "'Auditor'" in lines[0]
    assert not (tmp_path / "a").exists()


def test_a_typo_in_the_folder_suggests_the_audit(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(main, ["init", str(tmp_path / "my-audit")]).exit_code == 0
    for command in ("forms", "status", "check", "merge", "suggest", "summarise", "archive"):
        result = runner.invoke(main, [command, str(tmp_path / "my-audti")])
        assert result.exit_code == 2, command
        assert "Did you mean" in result.stderr and "my-audit" in result.stderr, command
        assert "init" not in result.stderr, command  # not the wrong advice
    (tmp_path / "photos").mkdir()
    result = runner.invoke(main, ["merge", str(tmp_path / "photos")])
    assert "not an audit folder" in result.stderr and "needsaudit init" in result.stderr


def test_coordinator_refuses_a_folder_that_is_not_an_audit(
    runner: CliRunner, tmp_path: Path
) -> None:
    assert runner.invoke(main, ["init", str(tmp_path / "my-audit")]).exit_code == 0
    result = runner.invoke(main, ["coordinator", str(tmp_path / "my-audti")])
    assert result.exit_code == 2 and "Did you mean" in result.stderr
    assert not (tmp_path / "my-audti").exists()


def test_merge_with_nothing_to_merge_says_so(runner: CliRunner, audit: Path) -> None:
    result = runner.invoke(main, ["merge", str(audit)])
    assert result.exit_code == 1 and result.stdout == ""
    assert "No returns to merge" in result.stderr and "returns" in result.stderr
    assert not (audit / SHUFFLE_FILE).exists()
    (audit / RETURNS_DIR / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    result = runner.invoke(main, ["merge", str(audit)])
    assert result.exit_code == 1 and f"needsaudit check {audit}" in result.stderr
    assert not (audit / SHUFFLE_FILE).exists()


def test_suggest_and_summarise_with_too_few_cases_say_so(runner: CliRunner, audit: Path) -> None:
    b.good_return(audit, "00123")
    assert runner.invoke(main, ["merge", str(audit)]).exit_code == 0
    before = (audit / SHUFFLE_FILE).read_bytes()
    result = runner.invoke(main, ["suggest", str(audit)])
    assert result.exit_code == 1 and "needs 3 or more" in result.stderr
    assert (audit / SHUFFLE_FILE).read_bytes() == before
    wb = openpyxl.load_workbook(audit / SHUFFLE_FILE)
    wb["Cases"].delete_rows(2)  # the group deleted the only case
    wb.save(audit / SHUFFLE_FILE)
    result = runner.invoke(main, ["summarise", str(audit)])
    assert result.exit_code == 1 and "no cases to summarise" in result.stderr
    assert not (audit / SUMMARY_FILE).exists()
    for ref in ("AB12", "X&Y"):
        b.good_return(audit, ref)
    assert runner.invoke(main, ["merge", str(audit)]).exit_code == 0
    result = runner.invoke(main, ["suggest", str(audit)])
    assert result.exit_code == 0, result.output  # three cases: enough to group


REFS = ["2024/0123", "2024-0123", ".C2", "~$x", "~x", "CON", "AB?"]


def test_refs_windows_cannot_use_keep_their_ref_and_get_a_safe_file(
    runner: CliRunner, tmp_path: Path
) -> None:
    rows = "".join(f"{ref},Jo Bloggs,CSC\n" for ref in REFS)
    cases = write_csv(tmp_path / "s.csv", "Case ref,Auditor,Agency\n" + rows)
    folder = tmp_path / "a"
    result = runner.invoke(main, ["init", str(folder), "--cases", str(cases)])
    assert result.exit_code == 0, result.output
    assert [c.ref for c in read_setup(folder).cases] == REFS
    assert runner.invoke(main, ["forms", str(folder)]).exit_code == 0
    record = load_record(folder)
    names = [Path(record[ref.casefold()]["path"]).name for ref in REFS]
    assert names == [
        "2024-0123.xlsx",
        "2024-0123_2.xlsx",
        "_.C2.xlsx",
        "_~$x.xlsx",
        "_~x.xlsx",
        "_CON.xlsx",
        "AB-.xlsx",
    ]
    assert all((folder / record[ref.casefold()]["path"]).is_file() for ref in REFS)
    # Written again, every case keeps its name.
    assert "7 already there" in runner.invoke(main, ["forms", str(folder)]).stdout
    # Each form read back as a return (from its own file name, in returns/) is its own case.
    setup = read_setup(folder)
    for ref in REFS:
        form = (folder / record[ref.casefold()]["path"]).read_bytes()
        name = Path(record[ref.casefold()]["path"]).name
        b.write(folder, name, b.make_return(setup, ref, form=form))
    result = runner.invoke(main, ["merge", str(folder)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(folder / SHUFFLE_FILE, read_only=True)
    ws = wb["Cases"]
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    refs = [str(row[header.index("Case ref")]) for row in ws.iter_rows(min_row=2, values_only=True)]
    assert sorted(refs) == sorted(REFS)


def test_the_top_level_help_lists_every_command(runner: CliRunner) -> None:
    text = runner.invoke(main, ["--help"]).stdout
    usage = text.split("Options:")[0]
    for name in main.commands:
        if name == "summarize":
            continue  # the American spelling of summarise
        assert f"needsaudit {name} " in usage or (name == "demo" and "needsaudit demo" in usage)
