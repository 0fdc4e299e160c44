"""The demo end to end, through the command line, asserting what it wrote."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from needsaudit.cli import main
from needsaudit.demo import prepare_folder
from needsaudit.issues import NeedsAuditError
from needsaudit.names import DEMO_MARKER, SETUP_FILE, STATE_DIR
from needsaudit.returns import read_returns

from .conftest import DemoBuild


def test_demo_end_to_end(demo_build: DemoBuild, demo: Path) -> None:
    assert f"Demo audit in {demo_build.folder.name}" in demo_build.output
    assert (demo / SETUP_FILE).exists()
    assert len(list((demo / "forms").rglob("*.xlsx"))) == 100
    returns = read_returns(demo)
    codes = {i.code for i in returns.issues}
    # The imperfect returns a real audit gets, each recognised.
    for code in (
        "duplicate-copy",
        "superseded",
        "missing-answer",
        "not-in-list",
        "personal-identifier",
        "ignored-file",
        "not-a-workbook",
        "filled-in-place",
        "password-stored",
    ):
        assert code in codes, code
    # The protected returns opened with setup's password.
    assert "encrypted-no-password" not in codes
    assert len(returns.chosen) == 100
    # The meeting happened and late returns were merged after it: every decision survived.
    wb = openpyxl.load_workbook(demo / "shuffle.xlsx")
    assert "Actions" in wb.sheetnames  # the group's own sheet
    cases = wb["Cases"]
    head = [c.value for c in cases[1]]
    assert head[-1] == "Priority"  # the group's own column
    agreed = [r[head.index("Agreed group")] for r in cases.iter_rows(min_row=2, values_only=True)]
    assert sum(1 for a in agreed if a) >= 80
    groups = [r[0] for r in wb["Need Groups"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert len(groups) == 8
    log = (demo / ".needsaudit" / "merge-log.jsonl").read_text().splitlines()
    assert len(log) == 2 and json.loads(log[1])["new"]  # the late returns
    status = json.loads(CliRunner().invoke(main, ["status", str(demo), "--json"]).stdout)
    assert sum(len(r["outstanding"]) for r in status) == 0


def test_the_demo_is_fictional(demo: Path) -> None:
    """No identifier-shaped text in any story but the one planted on purpose."""
    flagged = [i for i in read_returns(demo).issues if i.code == "personal-identifier"]
    assert len(flagged) == 1


def test_a_new_demo_replaces_an_earlier_one_and_nothing_else(tmp_path: Path) -> None:
    earlier = tmp_path / "earlier"
    (earlier / STATE_DIR).mkdir(parents=True)
    (earlier / STATE_DIR / DEMO_MARKER).write_text("{}")
    (earlier / "shuffle.xlsx").write_bytes(b"an earlier demo's workbook")
    prepare_folder(earlier)
    assert earlier.is_dir() and list(earlier.iterdir()) == []
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("someone's own file")
    with pytest.raises(NeedsAuditError, match="not a needsaudit demo"):
        prepare_folder(foreign)
    assert (foreign / "notes.txt").read_text() == "someone's own file"


def test_the_demo_s_filler_answers_only_the_questions_a_form_asks(audit: Path) -> None:
    """A form of an audit without the demo's own questions (the bench's hand-written audits)
    is filled without them, even for a case whose age was left blank."""
    from datetime import datetime

    from needsaudit.audit import read_setup
    from needsaudit.demo import SEEN_ALONE, filled_return
    from needsaudit.demo_data import DemoCase
    from needsaudit.xlsxscan import open_package

    from . import builders as b

    setup = read_setup(audit)
    ref = setup.cases[0].ref
    case = DemoCase("p", None, "Male", "White", "No", "Child in need", "N1 Abuse or neglect", "S.")  # type: ignore[arg-type]
    data = filled_return(b.blank(setup, ref), case, datetime(2026, 11, 20, 9), "Jo Bloggs")
    assert SEEN_ALONE not in open_package(data).names
