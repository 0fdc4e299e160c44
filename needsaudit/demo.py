"""A complete fictional audit, from set-up to summary, with nothing to type.

Every name, place and story here is invented. The demo drives the same library functions the
commands use, so it is also the quickest end-to-end check of the whole pipeline.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .audit import Settings, init_audit
from .forms import make_forms
from .issues import NeedsAuditError
from .names import DEMO_MARKER, FORMS_DIR, SETUP_FILE, STATE_DIR

AUDITORS: tuple[tuple[str, str], ...] = (
    ("Jordan Kell", "Children's social care"),
    ("Amira Stone", "Children's social care"),
    ("Tom Wade", "Early help"),
    ("Grace Osei", "Health"),
    ("Ravi Pillai", "Education"),
    ("Nia Evans", "Youth justice"),
)


@dataclass(slots=True)
class DemoResult:
    folder: Path
    report: list[str] = field(default_factory=list)


def prepare_folder(folder: Path) -> None:
    """Refuse a folder that holds anything but an earlier demo; clear an earlier demo."""
    if folder.exists() and any(folder.iterdir()):
        if not (folder / STATE_DIR / DEMO_MARKER).exists():
            raise NeedsAuditError(
                f"{folder} exists and is not a needsaudit demo: choose another folder (the "
                f"demo never touches other files)."
            )
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)


def demo_case_rows(n_cases: int, seed: int) -> list[list[str]]:
    """A fictional sample list (header first): pseudonymous refs, auditors, agencies,
    sibling pairs sharing a family ref."""
    import random

    rng = random.Random(seed)
    rows = [["Case ref", "Auditor", "Agency", "Family ref"]]
    refs = rng.sample(range(10_000, 99_999), n_cases)
    family = 0
    i = 0
    while i < n_cases:
        auditor, agency = AUDITORS[rng.randrange(len(AUDITORS))]
        siblings = 2 if rng.random() < 0.12 and i + 1 < n_cases else 1
        fam = ""
        if siblings == 2:
            family += 1
            fam = f"F{family:03d}"
        for _ in range(siblings):
            rows.append([f"C{refs[i]}", auditor, agency, fam])
            i += 1
    return rows


def run_demo(
    folder: Path,
    n_cases: int = 100,
    seed: int = 2026,
    echo: Callable[[str], None] | None = None,
) -> DemoResult:
    """Build the fictional audit in ``folder``. Deterministic for a given seed."""
    say = echo or (lambda line: None)
    prepare_folder(folder)
    state = folder / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    (state / DEMO_MARKER).write_text(json.dumps({"seed": seed, "cases": n_cases}), "utf-8")
    result = DemoResult(folder)

    settings = Settings(
        audit_name="Fictional needs audit 2026",
        local_authority="Anyshire County Council (fictional)",
        sample_description=f"A simple random sample of {n_cases} children in need open on "
        f"1 October 2026 (fictional).",
        sample_period="Open on 1 October 2026",
        annual_number=1400,
    )
    init = init_audit(
        folder,
        cases_file=_write_sample(state, n_cases, seed),
        settings=settings,
        audit_id=f"demo-{seed}",
    )
    say(f"Set up {folder / SETUP_FILE}: {len(init.setup.cases)} fictional cases.")
    forms = make_forms(folder, setup=init.setup)
    say(f"Wrote {len(forms.written)} forms under {folder / FORMS_DIR}.")
    result.report.append(f"Demo audit in {folder}")
    result.report.append(f"  forms:  {folder / FORMS_DIR}/<auditor>/<case ref>.xlsx")
    result.report.append(f"  set-up: {folder / SETUP_FILE}")
    return result


def _write_sample(folder: Path, n_cases: int, seed: int) -> Path:
    import csv

    path = folder / "demo-sample.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(demo_case_rows(n_cases, seed))
    return path
