"""The demo end to end through CliRunner in a temporary folder, asserting what it wrote."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from needsaudit.cli import main
from needsaudit.demo import run_demo
from needsaudit.names import SETUP_FILE
from needsaudit.returns import read_returns


def test_demo_end_to_end(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = CliRunner().invoke(main, ["demo", str(folder), "--cases", "60"])
    assert result.exit_code == 0, result.output
    assert f"Demo audit in {folder}" in result.stdout
    assert (folder / SETUP_FILE).exists()
    assert len(list((folder / "forms").rglob("*.xlsx"))) == 60
    returns = read_returns(folder)
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
    assert (
        "encrypted-no-password" not in codes
    )  # the protected returns opened with setup's password
    assert len(returns.chosen) >= 50
    # The meeting happened and late returns were merged after it: every decision survived.
    import openpyxl

    wb = openpyxl.load_workbook(folder / "shuffle.xlsx")
    assert "Actions" in wb.sheetnames  # the group's own sheet
    cases = wb["Cases"]
    head = [c.value for c in cases[1]]
    assert head[-1] == "Priority"  # the group's own column
    agreed = [r[head.index("Agreed group")] for r in cases.iter_rows(min_row=2, values_only=True)]
    assert sum(1 for a in agreed if a) >= 45
    groups = [r[0] for r in wb["Need Groups"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert len(groups) == 8
    log = (folder / ".needsaudit" / "merge-log.jsonl").read_text().splitlines()
    assert len(log) == 2 and json.loads(log[1])["new"]  # the late returns
    status = json.loads(CliRunner().invoke(main, ["status", str(folder), "--json"]).stdout)
    assert sum(len(r["outstanding"]) for r in status) == 0
    # Running it again replaces the earlier demo.
    again = CliRunner().invoke(main, ["demo", str(folder), "--cases", "60"])
    assert again.exit_code == 0


def test_demo_is_deterministic(tmp_path: Path) -> None:
    a = run_demo(tmp_path / "a", n_cases=60, seed=3)
    b = run_demo(tmp_path / "b", n_cases=60, seed=3)
    assert a.truth == b.truth
    files_a = sorted(
        p.relative_to(tmp_path / "a").as_posix() for p in (tmp_path / "a" / "returns").rglob("*")
    )
    files_b = sorted(
        p.relative_to(tmp_path / "b").as_posix() for p in (tmp_path / "b" / "returns").rglob("*")
    )
    assert files_a == files_b
    # Fictional: no identifier-shaped text in any story but the one planted on purpose.
    flagged = [i for i in read_returns(tmp_path / "a").issues if i.code == "personal-identifier"]
    assert len(flagged) == 1
