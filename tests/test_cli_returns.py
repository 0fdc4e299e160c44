"""check and status through click's CliRunner: output, JSON and exit status."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from needsaudit.audit import read_setup
from needsaudit.cli import main
from needsaudit.workbook import encrypt

from . import builders as b

SECRET_STORY = "Mrs Featherstonehaugh was seen at SW1A 1AA and called 07700 900461."


def setup_returns(audit: Path) -> None:
    setup = read_setup(audit)
    b.good_return(audit, "00123")
    b.write(
        audit,
        "Jo Bloggs/AB12.xlsx",
        b.make_return(setup, "AB12", fields={"NA_Story": SECRET_STORY, "NA_Sex": None}),
    )
    b.write(audit, "broken.xlsx", b"PK\x03\x04broken")
    b.write(audit, "Sam Patel/X&Y.xlsx", encrypt(b.make_return(setup, "X&Y"), "pw-sam"))


def test_check_json_contract(audit: Path) -> None:
    setup_returns(audit)
    result = CliRunner().invoke(main, ["check", str(audit), "--json"])
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    keys = {"file", "case_ref", "sheet", "cell", "severity", "code", "message", "field", "details"}
    assert all(set(i) == keys for i in issues)
    files = [i["file"] for i in issues]
    assert files == sorted(files)  # ordered by file...
    for file in set(files):
        severities = [i["severity"] for i in issues if i["file"] == file]
        assert severities == sorted(severities)  # ...errors first ("error" < "warning")
    by_code = {(i["file"], i["code"]): i for i in issues}
    missing = by_code[("returns/Jo Bloggs/AB12.xlsx", "missing-answer")]
    assert (missing["sheet"], missing["cell"], missing["case_ref"]) == ("Form", "H4", "AB12")
    # Which answer, for scripts: the input's defined name and its label, never the message.
    assert missing["field"] == "NA_Sex" and missing["details"] == {"field": "Sex"}
    assert by_code[("returns/broken.xlsx", "corrupt-file")]["cell"] is None
    assert by_code[("returns/Sam Patel/X&Y.xlsx", "encrypted-no-password")]["severity"] == "error"
    kinds = sorted(i["details"]["kind"] for i in issues if i["code"] == "personal-identifier")
    assert kinds == ["UK postcode", "name (a title and surname)", "phone number"]
    for secret in ("Featherstonehaugh", "SW1A", "07700", "900461"):
        assert secret not in result.output  # never repeat what the user typed


def test_check_human_report_and_password_prompt(audit: Path) -> None:
    setup_returns(audit)
    result = CliRunner().invoke(main, ["check", str(audit), "--password-prompt"], input="pw-sam\n")
    assert result.exit_code == 1  # broken.xlsx is still an error
    assert "encrypted-no-password" not in result.stdout
    assert "returns/broken.xlsx\n  error corrupt-file" in result.stdout
    assert "Form!H4" in result.stdout
    assert "3 cases ready to merge" in result.stdout
    assert "pw-sam" not in result.stdout


def test_check_clean_exit_0(audit: Path) -> None:
    b.good_return(audit, "00123")
    result = CliRunner().invoke(main, ["check", str(audit)])
    assert result.exit_code == 0, result.output
    assert "1 case ready to merge, 0 files with errors" in result.stdout


def test_check_missing_audit_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "none")])
    assert result.exit_code == 2 and result.stdout == "" and "There is no folder" in result.stderr


def test_status_json_and_text(audit: Path) -> None:
    setup_returns(audit)
    b.write(audit, "AB12 v2.xlsx", b"PK\x03\x04still broken")
    result = CliRunner().invoke(main, ["status", str(audit), "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows == [
        {"auditor": "Jo Bloggs", "sent": 2, "returned": 2, "outstanding": [], "with_errors": []},
        {
            "auditor": "Sam Patel",
            "sent": 2,
            "returned": 0,
            "outstanding": ["X&Y", "C-77"],
            "with_errors": [],
        },
    ]
    text = (
        CliRunner()
        .invoke(main, ["status", str(audit), "--password-prompt"], input="pw-sam\n")
        .stdout
    )
    assert "Sam Patel (1): C-77" in text
    assert "Total" in text and "Not read as forms of this audit: 2 files." in text


def test_status_counts_returns_with_errors(audit: Path) -> None:
    setup = read_setup(audit)
    b.write(audit, "AB12.xlsx", b.make_return(setup, "AB12", needs=[]))
    rows = json.loads(CliRunner().invoke(main, ["status", str(audit), "--json"]).stdout)
    assert rows[0]["with_errors"] == ["AB12"] and rows[0]["returned"] == 1
