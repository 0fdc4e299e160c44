"""Real workbooks nobody here wrote (Excel on Windows, Mac and the web, LibreOffice,
gnumeric, openpyxl; one encrypted, one corrupt), dropped into returns/ beside a good return:
each gets its code, none crashes check or status, the good return is still read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from needsaudit.cli import main
from needsaudit.returns import read_returns

from . import builders as b
from .conftest import CORPUS, skip_or_fail

EXPECTED = {
    "tests__pass_protected.xlsx": "encrypted-no-password",
    "tests__issue252.xlsx": "corrupt-file",
}


@pytest.fixture
def corpus_audit(audit: Path) -> Path:
    if not CORPUS.exists():
        skip_or_fail(f"the shared corpus is not at {CORPUS}")
    b.good_return(audit, "00123")
    target = audit / "returns" / "real"
    target.mkdir(parents=True)
    for path in sorted(CORPUS.glob("*.xls*")):
        shutil.copyfile(path, target / path.name)  # ../shared is read-only in CI
    return audit


def test_every_real_workbook_gets_its_code(corpus_audit: Path) -> None:
    listing = json.loads((CORPUS.parent / "real-workbooks.json").read_text())
    assert len(listing) == 69
    result = read_returns(corpus_audit, workers=1)
    by_file = {r.file: r for r in result.returns}
    assert len(by_file) == 70
    for entry in listing:
        name = "returns/real/" + entry["file"].replace("/", "__")
        ret = by_file[name]
        codes = [i.code for i in ret.issues]
        assert len(codes) == 1 and ret.result == "rejected", (name, codes)
        assert codes[0] == EXPECTED.get(Path(name).name, "not-a-form"), (name, codes)
    assert list(result.chosen) == ["00123"]


def test_check_and_status_survive_the_corpus(corpus_audit: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["check", str(corpus_audit), "--json"])
    assert result.exit_code == 1, result.output
    issues = json.loads(result.stdout)
    assert {i["code"] for i in issues} == {"not-a-form", "encrypted-no-password", "corrupt-file"}
    assert all(i["file"].startswith("returns/real/") for i in issues)
    result = runner.invoke(main, ["status", str(corpus_audit), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["auditor"]: r for r in json.loads(result.stdout)}
    assert rows["Jo Bloggs"]["returned"] == 1
