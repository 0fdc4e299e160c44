"""No return can stop an audit (issue 12), at the level of the audit folder and its commands:
a killed merge, a full disk, an unwritable or lost .needsaudit, a read-only shuffle.xlsx,
names and lock files that would write to the terminal, a reader that fails or dies."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from needsaudit.audit import read_setup
from needsaudit.cli import main
from needsaudit.returns import read_returns
from needsaudit.shuffle import merge
from needsaudit.workbook import encrypt

from . import builders as b
from . import hostile

ESC = "\x1b"


def cli(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def run_needsaudit(  # type: ignore[no-untyped-def]
    *args: str, limit_file_size: int | None = None, env: dict[str, str] | None = None, **kw
):
    """The command as a user runs it: its own process, its own stdout encoding."""

    def limits() -> None:  # pragma: no cover - in the child
        import resource

        if limit_file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # then a write fails with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.run(
        [sys.executable, "-m", "needsaudit", *args],
        capture_output=True,
        preexec_fn=limits,  # sets a resource limit in the child; no threads involved
        env={**os.environ, "NEEDSAUDIT_QUIET": "1", **(env or {})},
        timeout=120,
        check=False,
        **kw,
    )


def one_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("needsaudit: "), lines
    return lines[0]


def temporary_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.tmp"))


@pytest.fixture
def merged(audit: Path) -> Path:
    """An audit with two returns merged into shuffle.xlsx."""
    b.good_return(audit, "00123")
    b.good_return(audit, "AB12")
    merge(audit, workers=1)
    return audit


# --- status: the sample is the truth --------------------------------------------------------------


def test_status_counts_from_the_sample_when_the_state_folder_is_lost(audit: Path) -> None:
    b.good_return(audit, "00123")
    shutil.rmtree(audit / ".needsaudit")  # a copy of the folder without hidden folders
    result = cli("status", str(audit), "--json")
    assert result.exit_code == 0, result.output
    rows = {r["auditor"]: r for r in json.loads(result.stdout)}
    assert rows["Jo Bloggs"]["returned"] == 1
    assert rows["Jo Bloggs"]["outstanding"] == ["AB12"]
    assert rows["Sam Patel"]["outstanding"] == ["X&Y", "C-77"]
    assert rows["Jo Bloggs"]["sent"] >= 1


# --- writing: read-only, full disk, unwritable state ---------------------------------------------


def test_a_read_only_shuffle_is_not_replaced(merged: Path) -> None:
    shuffle = merged / "shuffle.xlsx"
    before = shuffle.read_bytes()
    shuffle.chmod(0o444)
    b.good_return(merged, "X&Y")
    result = cli("merge", str(merged))
    assert result.exit_code == 2, result.output
    assert "read-only" in result.stderr
    assert shuffle.read_bytes() == before
    assert shuffle.stat().st_mode & 0o777 == 0o444


def test_a_full_disk_is_one_line_and_exit_2_with_the_old_shuffle_intact(merged: Path) -> None:
    shuffle = merged / "shuffle.xlsx"
    before = shuffle.read_bytes()
    b.good_return(merged, "X&Y")
    # Any write past 20 kB fails as on a full disk (the shuffle workbook is larger).
    result = run_needsaudit("merge", str(merged), limit_file_size=20_000)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr.decode()
    line = one_line(result.stderr)
    assert "space" in line or "too large" in line.lower() or "could not be written" in line
    assert result.stdout == b""
    assert shuffle.read_bytes() == before
    assert temporary_files(merged) == []


def test_an_unwritable_state_folder_is_one_line_and_exit_2(merged: Path) -> None:
    shuffle = merged / "shuffle.xlsx"
    before = shuffle.read_bytes()
    shutil.rmtree(merged / ".needsaudit")
    (merged / ".needsaudit").write_text("not a folder")  # what root cannot write either
    result = run_needsaudit("merge", str(merged))
    assert result.returncode == 2, result.stderr
    one_line(result.stderr)
    assert shuffle.read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_state_folder_is_one_line_and_exit_2(merged: Path) -> None:
    (merged / ".needsaudit").chmod(0o555)
    try:
        result = run_needsaudit("merge", str(merged))
    finally:
        (merged / ".needsaudit").chmod(0o755)
    assert result.returncode == 2, result.stderr
    one_line(result.stderr)


# --- killed merges --------------------------------------------------------------------------------


def test_temporary_files_of_a_killed_merge_are_cleaned_at_the_next(merged: Path) -> None:
    state = merged / ".needsaudit"
    left = [
        merged / ".shuffle.k1ll3d0a.tmp",
        state / ".shuffle-state.k1ll3d0b.tmp",
        state / "backups" / ".shuffle-20261128-090000-000001.k1ll3d0c.tmp",
    ]
    left[-1].parent.mkdir(parents=True, exist_ok=True)
    for path in left:
        path.write_bytes(b"half a workbook")
    mine = merged / "returns" / "notes.tmp"  # not one of ours: left alone (and ignored)
    mine.write_bytes(b"x")
    merge(merged, workers=1)
    assert temporary_files(merged) == [mine]


def test_failed_merges_do_not_push_real_history_out_of_the_backups(
    merged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = merged / ".needsaudit" / "backups"
    backups.mkdir(parents=True, exist_ok=True)
    history = []
    for i in range(20):
        path = backups / f"shuffle-20200101-0000{i:02d}-000000.xlsx"
        path.write_bytes(f"version {i}".encode())
        history.append(path)

    def full_disk(*args: object, **kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("needsaudit.shuffle.write_shuffle", full_disk)
    for _ in range(5):
        result = cli("merge", str(merged))
        assert result.exit_code == 2, result.output
    assert all(p.exists() for p in history), [p.name for p in history if not p.exists()]
    assert len(list(backups.glob("*.xlsx"))) == 21  # and one copy of the current workbook


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_merge_leaves_no_workers_and_no_lock(audit: Path) -> None:
    """SIGKILL a merge while its workers read returns: the workers end with it, and the next
    merge runs (they used to hold merge.lock forever)."""
    b.good_return(audit, "00123")
    hostile.spin_count(audit, spin=400_000)  # about 0.3 s a read: a slow, realistic return
    slow = audit / "returns" / "spin 400000.xlsx"
    for i in range(30):
        shutil.copyfile(slow, audit / "returns" / f"slow {i}.xlsx")
    proc = subprocess.Popen(
        [sys.executable, "-m", "needsaudit", "merge", str(audit)],
        env={**os.environ, "NEEDSAUDIT_QUIET": "1", "NEEDSAUDIT_RETURNS_PASSWORD": "pw"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(workers) < 2:
            workers = _children(proc.pid)
            time.sleep(0.05)
        assert workers, "the merge never started its workers"
        time.sleep(0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.05)
        orphans = [w for w in workers if _alive(w)]
        assert orphans == [], "workers outlived the merge"
    finally:
        for pid in workers:  # never leave our own orphans behind, whatever happened
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    result = cli("merge", str(audit))
    assert "Another needsaudit merge" not in result.output
    assert (audit / "shuffle.xlsx").exists()


# --- the reader fails, or dies ------------------------------------------------------------


def test_an_unexpected_failure_is_logged_without_contents(
    audit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b.good_return(audit, "00123")
    b.good_return(audit, "AB12")
    secret = "Mrs Featherstonehaugh, 07700 900461"
    original = __import__("needsaudit.returns", fromlist=["_FormReader"])._FormReader.read_needs

    def boom(self, area):  # type: ignore[no-untyped-def]
        if self.ret.case_ref == "AB12":
            raise ValueError(f"cannot read {secret}")
        return original(self, area)

    monkeypatch.setattr("needsaudit.returns._FormReader.read_needs", boom)
    result = read_returns(audit, workers=1)
    failed = [i for i in result.issues if i.code == "read-failed"]
    assert [i.file for i in failed] == ["returns/AB12.xlsx"]
    assert "00123" in result.chosen and "ab12" not in result.chosen
    log = (audit / ".needsaudit" / "errors.log").read_text()
    assert "returns/AB12.xlsx" in log and "ValueError" in log and "read_needs" in log
    assert "Featherstonehaugh" not in log and "07700" not in log


def test_a_reader_process_that_dies_fails_only_its_file(
    audit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = read_setup(audit)
    b.good_return(audit, "00123")
    b.write(audit, "AB12.xlsx", encrypt(b.make_return(setup, "AB12"), "pw"))
    b.good_return(audit, "X&Y", name="kill.xlsx")
    import needsaudit.returns as returns

    original = returns.read_return

    def dies(data, rel, *args, **kw):  # type: ignore[no-untyped-def]
        if rel.endswith("kill.xlsx"):
            os._exit(9)  # as the system's out-of-memory killer would end it
        return original(data, rel, *args, **kw)

    monkeypatch.setattr(returns, "read_return", dies)
    result = read_returns(audit, setup, ["pw"], workers=2)
    codes = {i.file: i.code for i in result.issues}
    assert codes == {"returns/kill.xlsx": "read-failed"}, codes
    assert sorted(result.chosen) == ["00123", "ab12"]


# --- what reaches the terminal ------------------------------------------------------------


def test_escape_codes_in_a_lock_file_are_not_printed(merged: Path) -> None:
    (merged / ".~lock.shuffle.xlsx#").write_text(f"{ESC}]0;pwned\a{ESC}[2J,jo,host,now,")
    result = cli("merge", str(merged))
    assert result.exit_code == 2
    assert ESC not in result.output and "\a" not in result.output
    assert "\\x1b" in result.output


def test_names_reach_the_terminal_and_json_escaped(audit: Path) -> None:
    b.good_return(audit, "00123")
    hostile.escape_name(audit)
    hostile.non_utf8_name(audit)
    b.write(audit, f"{ESC}[31m.xlsx", b"not a workbook")
    result = run_needsaudit("check", str(audit))
    assert result.returncode == 1, result.stderr
    out = result.stdout.decode("utf-8")
    assert ESC.encode() not in result.stdout + result.stderr
    assert "returns/\\x1b[31m.xlsx" in out and "caf\\xe9 X.xlsx" in out
    result = run_needsaudit("check", str(audit), "--json")
    files = {i["file"] for i in json.loads(result.stdout)}
    assert "returns/\\x1b[31m.xlsx" in files


def test_a_name_that_is_not_utf8_merges_again_without_typed_over(audit: Path) -> None:
    b.good_return(audit, "00123")
    hostile.non_utf8_name(audit)
    b.write(audit, f"{ESC}[31m C.xlsx", b.make_return(read_setup(audit), "C-77"))
    first = merge(audit, workers=1)
    assert first.returns.chosen["x&y"].file == "returns/caf\\xe9 X.xlsx"
    assert first.returns.chosen["c-77"].file == "returns/\\x1b[31m C.xlsx"
    again = merge(audit, workers=1)
    assert [i for i in again.issues if i.code == "typed-over-tool-cell"] == []
