"""The example workbooks committed in ``workbooks/``, so anyone can open them without installing.

``python -m needsaudit.examples workbooks`` (or ``make workbooks``) runs the fictional demo
with a fixed clock (SOURCE_DATE_EPOCH) and copies out one of each kind of workbook, plus the
coordinator workbooks. tests/test_examples.py rebuilds them and compares their content with
the committed files, so they never drift from what the code writes.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .coordinator import build_coordinator
from .names import SETUP_FILE, SHUFFLE_FILE, SUMMARY_FILE, SUMMARY_PUBLIC_FILE

EPOCH = "1795608000"  # 25 November 2026, 12:00 UTC: the demo audit's "today"
EXAMPLES = {
    "1 setup.xlsx": "the coordinator's set-up workbook: settings, the sample, the lists",
    "2 audit form (blank).xlsx": "one case's form as the auditor receives it",
    "3 audit form (filled in).xlsx": "the same form as the auditor returned it",
    "4 shuffle (after the meeting).xlsx": "every return merged, grouped by the audit group",
    "5 summary.xlsx": "for commissioners (internal)",
    "6 summary-public.xlsx": "the same with small numbers hidden, for wider circulation",
}


def _example_case(folder: Path) -> tuple[Path, Path]:
    """A blank form and its return: the first case (by ref) whose return is clean and has
    three or more needs, so the pair shows a good form well filled in."""
    from .audit import read_setup
    from .forms import load_record
    from .returns import read_returns

    setup = read_setup(folder)
    result = read_returns(folder, setup, workers=1)
    record = load_record(folder)
    clean = sorted(
        (r for r in result.returns if r.is_form and not r.issues and len(r.needs) >= 3),
        key=lambda r: r.case_ref,
    )
    for ret in clean:
        sent = record.get(ret.key)
        if sent:
            return folder / sent["path"], folder / ret.file
    raise RuntimeError("the demo has no clean return to show")  # pragma: no cover


@contextmanager
def fixed_clock() -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to the demo audit's "today" for the duration."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def copy_examples(folder: Path, out: Path) -> list[Path]:
    """Copy one of each kind of workbook out of a demo audit built on the fixed clock (what
    ``needsaudit demo`` writes with SOURCE_DATE_EPOCH=EPOCH), and write the coordinator
    workbooks beside them; returns the files written."""
    blank, filled = _example_case(folder)
    sources = [
        folder / SETUP_FILE,
        blank,
        filled,
        folder / SHUFFLE_FILE,
        folder / SUMMARY_FILE,
        folder / SUMMARY_PUBLIC_FILE,
    ]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, source in zip(EXAMPLES, sources, strict=True):
        shutil.copyfile(source, out / name)
        written.append(out / name)
    with fixed_clock():
        written += build_coordinator(out)
    return written


def write_examples(out: Path) -> list[Path]:
    """Run the demo on the fixed clock and copy its workbooks into ``out``."""
    from .demo import run_demo

    with fixed_clock(), tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "needsaudit-demo"
        run_demo(folder)
        return copy_examples(folder, out)


if __name__ == "__main__":  # pragma: no cover - run by make workbooks
    for path in write_examples(Path(sys.argv[1] if len(sys.argv) > 1 else "workbooks")):
        print(path)
