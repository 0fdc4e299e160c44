"""init, forms and demo through click's CliRunner: output, messages and exit status."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit.cli import main
from needsaudit.names import SETUP_FILE

from .conftest import SAMPLE_CSV, write_csv


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_help_everywhere_with_examples(runner: CliRunner) -> None:
    result = runner.invoke(main, ["-h"])
    assert result.exit_code == 0 and "needsaudit init" in result.output
    for command in main.commands:
        for flag in ("-h", "--help"):
            result = runner.invoke(main, [command, flag])
            assert result.exit_code == 0, command
            assert "Example" in result.output, command


def test_init_then_forms(runner: CliRunner, tmp_path: Path) -> None:
    cases = write_csv(tmp_path / "sample.csv", SAMPLE_CSV)
    folder = tmp_path / "my-audit"
    result = runner.invoke(main, ["init", str(folder), "--cases", str(cases)])
    assert result.exit_code == 0, result.output
    assert "4 cases, 2 auditors" in result.stdout
    result = runner.invoke(main, ["forms", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("4 new.")
    assert len(list((folder / "forms").rglob("*.xlsx"))) == 4
    result = runner.invoke(main, ["forms", str(folder)])
    assert "0 new, 4 already there" in result.stdout


def test_init_bad_list_exit_2_one_line_per_bad_row(runner: CliRunner, tmp_path: Path) -> None:
    cases = write_csv(
        tmp_path / "s.csv", "Case ref,Auditor,Name\nA1,Jo,Alice\nA1,Jo,Bob\nB?,,Carol\n"
    )
    folder = tmp_path / "a"
    result = runner.invoke(main, ["init", str(folder), "--cases", str(cases)])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("  s.csv: Row 3: case ref repeats row 2")
    assert lines[1].startswith("  s.csv: Row 4:") and "no auditor" in lines[1]
    assert "character" not in lines[1]  # B? is a ref like any other: its form gets a safe name
    assert lines[-1].startswith("needsaudit: The case list has 2 problems; nothing was written")
    assert "Alice" not in result.output and "Carol" not in result.output  # never echo free text
    assert not folder.exists()


def test_init_existing_audit_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    cases = write_csv(tmp_path / "s.csv", SAMPLE_CSV)
    runner.invoke(main, ["init", str(tmp_path / "a"), "--cases", str(cases)])
    result = runner.invoke(main, ["init", str(tmp_path / "a"), "--cases", str(cases)])
    assert result.exit_code == 2 and result.stdout == ""
    assert "already an audit" in result.stderr


def test_init_sample_and_extra_column_warning(runner: CliRunner, tmp_path: Path) -> None:
    lines = ["Case ref,Auditor,Date of birth"] + [
        f"R{i},Jo,2015-01-0{1 + i % 9}" for i in range(40)
    ]
    caseload = write_csv(tmp_path / "c.csv", "\n".join(lines))
    folder = tmp_path / "a"
    result = runner.invoke(
        main, ["init", str(folder), "--cases", str(caseload), "--sample", "10", "--seed", "7"]
    )
    assert result.exit_code == 0, result.output
    assert "a simple random sample of 10 from 40 (seed 7)" in result.stdout
    assert "extra-column" in result.stderr and "2015" not in result.output
    wb = openpyxl.load_workbook(folder / SETUP_FILE)
    assert wb["Cases"].max_row == 11
    assert [c.value for c in wb["Cases"][1]] == ["Case ref", "Auditor", "Agency", "Family ref"]


def test_forms_without_setup_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["forms", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and result.stdout == ""
    assert "There is no folder" in result.stderr and "needsaudit init" in result.stderr


def test_forms_unreadable_setup_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / SETUP_FILE).write_bytes(b"not a workbook")
    result = runner.invoke(main, ["forms", str(folder)])
    assert result.exit_code == 2 and "cannot be read" in result.stderr


def test_forms_filled_in_place_warns_and_keeps(runner: CliRunner, audit: Path) -> None:
    path = audit / "forms" / "Sam Patel" / "C-77.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["Form"]["A8"] = "filled on the shared drive"
    wb.save(path)
    before = path.read_bytes()
    result = runner.invoke(main, ["forms", str(audit), "--force"])
    assert result.exit_code == 0
    assert "form-changed" in result.stderr and "forms/Sam Patel/C-77.xlsx" in result.stderr
    assert "filled on the shared drive" not in result.output
    assert path.read_bytes() == before


def test_forms_for_auditors_and_refs_windows_cannot_name(runner: CliRunner, audit: Path) -> None:
    wb = openpyxl.load_workbook(audit / SETUP_FILE)
    wb["Cases"].append(["LPT1", "Jo/Bloggs."])  # kept as written; file names made safe
    wb.save(audit / SETUP_FILE)
    result = runner.invoke(main, ["forms", str(audit)])
    assert result.exit_code == 0, result.stderr
    assert (audit / "forms" / "Jo-Bloggs" / "_LPT1.xlsx").is_file()


def test_debug_shows_traceback(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["--debug", "forms", str(tmp_path / "x")])
    assert result.exit_code == 1 and result.exception is not None


def test_demo_refuses_a_foreign_folder(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me")
    result = runner.invoke(main, ["demo", str(tmp_path)])
    assert result.exit_code == 2 and "not a needsaudit demo" in result.stderr
    assert (tmp_path / "mine.txt").read_text() == "keep me"
