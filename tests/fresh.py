"""A fresh copy of the small test audit for each test, built once per module.

Building an audit (setup.xlsx and its forms) costs more than most of the hostile-file tests
themselves; copying one takes a few milliseconds. A module defines its ``audit`` fixture with
these, and gets the same audit as conftest's, in a folder of its own for each test.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from needsaudit.audit import Settings, init_audit
from needsaudit.forms import make_forms

from .conftest import SAMPLE_CSV, write_csv


def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    folder = root / "audit"
    cases = write_csv(root / "sample.csv", SAMPLE_CSV)
    init_audit(folder, cases, settings=Settings(audit_name="Test audit", annual_number=400))
    make_forms(folder)
    return folder


def copy(source: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "audit"
    shutil.copytree(source, folder, symlinks=True)
    return folder
