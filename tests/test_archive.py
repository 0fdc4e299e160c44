"""`needsaudit archive`: exactly the case-level files go, only with consent, and the archive
opens in 7-Zip (a tool councils have and nobody on this team wrote)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import pyzipper
from click.testing import CliRunner

from needsaudit.cli import main
from needsaudit.coordinator import build_coordinator
from needsaudit.shuffle import merge
from needsaudit.summary import summarise

from .builders import good_return
from .shuffle_helpers import decide, define_groups

PASSWORD = "correct horse battery staple"


def files(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def finished(audit: Path) -> Path:
    """An audit at its end: returns merged twice (so a backup exists), decisions made,
    summaries written, a coordinator workbook, and a file needsaudit did not write."""
    for ref in ("00123", "AB12", "X&Y"):
        good_return(audit, ref)
    merge(audit)
    define_groups(audit / "shuffle.xlsx", [("G1", "Family support")])
    decide(audit / "shuffle.xlsx", {"00123": {"Agreed group": "G1", "Status": "Agreed"}})
    good_return(audit, "C-77")
    merge(audit)
    summarise(audit)
    build_coordinator(audit, ".")
    (audit / "caseload export.csv").write_text("Case ref,Name\nAB12,A Person\n")
    return audit


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input, env=env)


def test_archive_takes_exactly_the_case_level_files(finished: Path, tmp_path: Path) -> None:
    before = files(finished)
    target = tmp_path / "vault" / "audit.zip"
    result = run(
        "archive",
        str(finished),
        "--to",
        str(target),
        input=f"{PASSWORD}\n{PASSWORD}\ny\n",
    )
    assert result.exit_code == 0, result.output
    after = files(finished)
    kept = {"summary.xlsx", "summary-public.xlsx", "caseload export.csv"}
    assert set(after) == kept
    assert all(after[name] == before[name] for name in kept)
    assert "caseload export.csv" in result.output  # listed for someone to decide about
    gone = set(before) - kept
    assert any(n.startswith(".needsaudit/backups/") for n in gone)
    assert {"setup.xlsx", "shuffle.xlsx", "needsaudit_coordinator.xlsm"} <= gone
    assert any(n.startswith("returns/") for n in gone) and any(n.startswith("forms/") for n in gone)
    with pyzipper.AESZipFile(target) as zf:
        zf.setpassword(PASSWORD.encode())
        assert sorted(zf.namelist()) == sorted(gone)
        for name in gone:
            assert hashlib.sha256(zf.read(name)).hexdigest() == before[name]
    assert not (finished / "returns").exists() and not (finished / ".needsaudit").exists()


def test_the_archive_opens_in_7zip_with_the_password_only(finished: Path, tmp_path: Path) -> None:
    seven = shutil.which("7z")
    if seven is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("7z (p7zip-full) must be installed in CI")
        pytest.skip("7z is not installed (Debian: p7zip-full)")
    target = tmp_path / "audit.zip"
    result = run(
        "archive",
        str(finished),
        "--to",
        str(target),
        "--yes",
        env={"NEEDSAUDIT_ARCHIVE_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 0, result.output
    listing = subprocess.run(
        [seven, "l", "-slt", f"-p{PASSWORD}", str(target)], capture_output=True, text=True
    )
    assert "Method = AES-256 Deflate" in listing.stdout
    ok = subprocess.run([seven, "t", f"-p{PASSWORD}", str(target)], capture_output=True, text=True)
    assert ok.returncode == 0 and "Everything is Ok" in ok.stdout
    wrong = subprocess.run([seven, "t", "-pwrong password", str(target)], capture_output=True)
    assert wrong.returncode != 0


@pytest.mark.parametrize(
    ("args", "answers"),
    [
        ((), f"{PASSWORD}\n{PASSWORD}\nn\n"),  # says no
        ((), f"{PASSWORD}\n{PASSWORD}\n"),  # no answer at all (a script, a closed terminal)
        (("--delete",), "not the name\n"),
        (("--delete",), ""),
    ],
)
def test_nothing_happens_without_consent(
    finished: Path, tmp_path: Path, args: tuple[str, ...], answers: str
) -> None:
    before = files(finished)
    target = tmp_path / "audit.zip"
    result = run("archive", str(finished), "--to", str(target), *args, input=answers)
    assert result.exit_code == 2, result.output
    assert "nothing was changed" in result.output
    assert files(finished) == before
    assert not target.exists()


def test_a_short_password_or_an_open_workbook_stops_it(finished: Path, tmp_path: Path) -> None:
    before = files(finished)
    short = run("archive", str(finished), "--yes", env={"NEEDSAUDIT_ARCHIVE_PASSWORD": "short"})
    assert short.exit_code == 2 and "at least 12 characters" in short.output
    (finished / "~$shuffle.xlsx").write_bytes(b"\x05Sam P" + b" " * 60)
    opened = run("archive", str(finished), "--yes", env={"NEEDSAUDIT_ARCHIVE_PASSWORD": PASSWORD})
    assert opened.exit_code == 2 and "shuffle.xlsx open in Excel" in opened.output
    (finished / "~$shuffle.xlsx").unlink()
    assert files(finished) == before


def test_dry_run_lists_and_delete_removes_without_archive(finished: Path) -> None:
    before = files(finished)
    listed = run("archive", str(finished), "--dry-run")
    assert listed.exit_code == 0
    # Four returns and the note init leaves for auditors in returns/.
    assert "returns/ (5 files)" in listed.output and "summary.xlsx" in listed.output
    assert files(finished) == before
    deleted = run("archive", str(finished), "--delete", input=f"{finished.name}\n")
    assert deleted.exit_code == 0, deleted.output
    assert set(files(finished)) == {"summary.xlsx", "summary-public.xlsx", "caseload export.csv"}
    assert not list(finished.glob("*.zip"))


def test_not_an_audit_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("hello")
    result = run("archive", str(tmp_path), "--dry-run")
    assert result.exit_code == 2 and "not an audit folder" in result.output
