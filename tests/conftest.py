"""Shared fixtures: audit folders on disk, and one LibreOffice for the whole session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.forms import make_forms

from .libreoffice import Office, unavailable_reason

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "real-workbooks"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """LibreOffice 7.4 very occasionally crashes under UNO (the worker then restarts it). A
    test that met such a crash runs once more; any other failure fails at once, and reruns
    are listed in the report."""
    for item in items:
        if item.get_closest_marker("libreoffice"):
            item.add_marker(pytest.mark.flaky(reruns=1, only_rerun=["DisposedException"]))


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEEDSAUDIT_QUIET", "1")
    monkeypatch.delenv("NEEDSAUDIT_RETURNS_PASSWORD", raising=False)


@pytest.fixture(scope="session")
def office() -> Iterator[Office]:
    """The real spreadsheet application. Skips on a laptop without it; fails in CI (CI=true),
    so a broken install can never turn the real-application tests into silent skips."""
    reason = unavailable_reason()
    if reason is not None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"LibreOffice tests cannot run in CI: {reason}")
        pytest.skip(f"LibreOffice not available: {reason}")
    app = Office()
    try:
        yield app
    finally:
        app.close()


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


SAMPLE_CSV = """Case ref,Auditor,Agency,Family ref
00123,Jo Bloggs,Children's social care,F1
AB12,Jo Bloggs,Children's social care,F1
X&Y,Sam Patel,Health,
C-77,Sam Patel,Health,
"""


@pytest.fixture
def audit(tmp_path: Path) -> Path:
    """A small audit with setup.xlsx and its forms written."""
    folder = tmp_path / "audit"
    cases = write_csv(tmp_path / "sample.csv", SAMPLE_CSV)
    init_audit(folder, cases, settings=Settings(audit_name="Test audit", annual_number=400))
    make_forms(folder)
    return folder


@pytest.fixture
def audit_setup(audit: Path):  # type: ignore[no-untyped-def]
    return read_setup(audit)
