"""`needsaudit archive` never destroys what it should keep (issue 12): it refuses a target
inside what it archives or deletes, and never follows a link out of the audit folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import pyzipper
from click.testing import CliRunner

from needsaudit.cli import main
from needsaudit.shuffle import merge

from .builders import good_return

PASSWORD = "correct horse battery staple"


def files(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), env={"NEEDSAUDIT_ARCHIVE_PASSWORD": PASSWORD})


@pytest.fixture
def ended(audit: Path) -> Path:
    good_return(audit, "00123")
    merge(audit, workers=1)
    (audit / "summary.xlsx").write_bytes(b"aggregate")
    return audit


@pytest.mark.parametrize(
    "target",
    [
        "setup.xlsx",
        "shuffle.xlsx",
        "summary.xlsx",
        "returns/archive.zip",
        "forms/Jo Bloggs/archive.zip",
        ".needsaudit/archive.zip",
    ],
)
def test_a_target_inside_what_goes_is_refused(ended: Path, target: str) -> None:
    before = files(ended)
    result = run("archive", str(ended), "--to", str(ended / target), "--yes")
    assert result.exit_code == 2, result.output
    assert "Nothing was changed" in result.output
    assert files(ended) == before


@pytest.fixture
def linked(ended: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """forms/ is a link to a folder elsewhere, and returns/ holds a link to a file elsewhere."""
    outside = tmp_path / "elsewhere"
    (outside / "empty").mkdir(parents=True)
    (outside / "keep.xlsx").write_bytes(b"not the audit's")
    other = tmp_path / "other.xlsx"
    other.write_bytes(b"somebody else's")
    (ended / "forms").rename(tmp_path / "forms moved")
    (ended / "forms").symlink_to(outside, target_is_directory=True)
    (ended / "returns" / "linked.xlsx").symlink_to(other)
    return ended, outside, other


def test_archive_lists_links_and_never_packs_what_they_lead_to(
    linked: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    ended, outside, other = linked
    listed = run("archive", str(ended), "--dry-run")
    assert listed.exit_code == 0, listed.output
    assert "forms" in listed.output and "returns/linked.xlsx" in listed.output
    target = tmp_path / "out.zip"
    result = run("archive", str(ended), "--to", str(target), "--yes")
    assert result.exit_code == 0, result.output
    with pyzipper.AESZipFile(target) as zf:
        names = zf.namelist()
    assert any(n.startswith("returns/") for n in names)
    assert not any(n.startswith("forms/") or n.endswith("linked.xlsx") for n in names), names
    assert (outside / "empty").is_dir() and (outside / "keep.xlsx").exists()
    assert other.read_bytes() == b"somebody else's"
    assert (ended / "forms").is_symlink() and (ended / "returns" / "linked.xlsx").is_symlink()


def test_delete_never_reaches_through_a_link(linked: tuple[Path, Path, Path]) -> None:
    ended, outside, other = linked
    deleted = run("archive", str(ended), "--delete", "--yes")
    assert deleted.exit_code == 0, deleted.output
    assert (outside / "empty").is_dir() and (outside / "keep.xlsx").read_bytes()
    assert other.read_bytes() == b"somebody else's"
    assert (ended / "forms").is_symlink()  # links are left for someone to decide about
    assert not (ended / "setup.xlsx").exists() and not (ended / "shuffle.xlsx").exists()
