"""Issue 12's acceptance run: ``check`` and ``merge`` over a folder holding every hostile file
the issue found, at the issue's own sizes, beside 100 good returns (the demo's fictional
ones). Prints wall time, the peak memory of the whole process tree (the command and its worker
processes, sampled every 20 ms, shared pages counted in each process: an over-count), how many
of the 100 merged, and the same figures for the 100 good returns alone in the same run.

    python -m bench hostile
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD = 100
SPARE = 10  # cases with no good return, for the hostile files to claim

# Every builder of tests/hostile.py, at the size the issue measured (or larger).
ISSUE_SIZES: list[tuple[str, dict[str, int]]] = [
    ("invalid_utf8_sheet", {}),
    ("invalid_utf8_strings", {}),
    ("utf16_sheet", {}),
    ("utf16_strings", {}),
    ("date1904_overflow", {}),
    ("huge_needs_area", {}),
    ("huge_services_area", {}),
    ("huge_field_area", {}),
    ("wide_needs_area", {}),
    ("giant_shared_strings", {"megabytes": 250}),
    ("unclosed_cdata", {"n": 40_000}),
    ("unclosed_rows", {"n": 40_000}),
    ("unclosed_cells", {"n": 40_000}),
    ("unclosed_names", {"n": 40_000}),
    ("unclosed_strings", {"n": 40_000}),
    ("unclosed_runs", {"n": 40_000}),
    ("long_attributes", {"n": 400_000}),
    ("email_cells", {}),
    ("spin_count", {"spin": 10_000_000}),
    ("spin_count", {"spin": 2**32 - 1}),
    ("double_encrypted", {}),
    ("fifo", {}),
    ("dev_zero", {}),
    ("outside_link", {}),
    ("many_duplicates", {"n": 5_000}),
    ("many_need_rows", {"rows": 100_000}),
    ("non_utf8_name", {}),
    ("escape_name", {}),
    ("hidden_name", {}),
    ("lock_like_name", {}),
]


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    peak_mb: float
    exit_code: int


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text(encoding="ascii")
                todo.extend(int(c) for c in children.split())
        except OSError:
            continue
    return out


def measure(args: list[str], env: dict[str, str]) -> Run:
    """Run a command; its wall time and the peak of the summed RSS of its process tree."""
    peak = 0
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, sum(_rss_kb(p) for p in _tree(proc.pid)))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait(timeout=1800)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return Run(seconds, peak / 1024, code)


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "needsaudit", *args]


def build(root: Path) -> tuple[Path, list[str], Callable[[], None]]:
    """The audit with its good returns, the good refs, and a function adding the hostile files."""
    from needsaudit.audit import read_setup
    from needsaudit.demo import demo_cases, filled_return
    from needsaudit.forms import build_template
    from tests import hostile

    from .suites import _audit

    folder = _audit(root, GOOD + SPARE)
    setup = read_setup(folder)
    template = build_template(setup)
    cases = demo_cases(setup.cases, 5)
    saved = __import__("datetime").datetime(2026, 11, 20, 10, 0)
    good = setup.cases[:GOOD]
    for sc in good:
        data = filled_return(template.for_case(sc), cases[sc.ref], saved, sc.auditor)
        path = folder / "returns" / sc.auditor / f"{sc.ref}.xlsx"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    spare = [sc.ref for sc in setup.cases[GOOD:]]

    def add_hostile() -> None:
        for i, (name, kwargs) in enumerate(ISSUE_SIZES):
            hostile.REF = spare[i % SPARE]
            hostile.OTHER_REF = spare[(i + 3) % SPARE]
            hostile.DUP_REF = spare[(i + 7) % SPARE]
            getattr(hostile, name)(folder, **kwargs)

    return folder, [sc.ref for sc in good], add_hostile


def merged_good(folder: Path, refs: list[str]) -> int:
    """How many of the good returns' cases the shuffle workbook holds as merged."""
    import openpyxl

    wb = openpyxl.load_workbook(folder / "shuffle.xlsx", read_only=True)
    rows = list(wb["Returns"].iter_rows(values_only=True))
    header = list(rows[0])
    ref_col, result_col = header.index("Case ref"), header.index("Result")
    merged = {str(r[ref_col]) for r in rows[1:] if r[result_col] == "merged"}
    return len(merged & set(refs))


def hostile(sizes: list[int] | None = None, repeat: int = 1) -> list[str]:
    """check and merge with every hostile file of issue 12 beside 100 good returns."""
    from tests.hostile import PASSWORD

    if not sys.platform.startswith("linux"):
        return ["hostile: measures through /proc (Linux only); skipped"]
    env = {**os.environ, "NEEDSAUDIT_QUIET": "1", "NEEDSAUDIT_RETURNS_PASSWORD": PASSWORD}
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        folder, refs, add_hostile = build(Path(tmp))
        base = measure(_command("check", str(folder)), env)
        started = time.perf_counter()
        add_hostile()
        built = time.perf_counter() - started
        files = sum(1 for _ in (folder / "returns").rglob("*"))
        check = measure(_command("check", str(folder)), env)
        merge = measure(_command("merge", str(folder)), env)
        count = merged_good(folder, refs) if (folder / "shuffle.xlsx").exists() else 0
        shutil.rmtree(folder.parent / "elsewhere", ignore_errors=True)
    cores = os.cpu_count()
    lines.append(
        f"baseline: check over {GOOD} good returns alone: {base.seconds:.1f} s, "
        f"peak {base.peak_mb:.0f} MB (exit {base.exit_code}), {cores} cores"
    )
    lines.append(
        f"hostile folder: {len(ISSUE_SIZES)} kinds of hostile file ({files} entries in "
        f"returns/, built in {built:.0f} s) beside the {GOOD} good returns"
    )
    lines.append(
        f"check: {check.seconds:.1f} s = {check.seconds / base.seconds:.1f}x baseline, peak "
        f"{check.peak_mb:.0f} MB (exit {check.exit_code}; 1 = returns have errors)"
    )
    lines.append(
        f"merge: {merge.seconds:.1f} s, peak {merge.peak_mb:.0f} MB (exit {merge.exit_code}); "
        f"{count} of the {GOOD} good returns merged"
    )
    return lines
