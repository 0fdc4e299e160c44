"""Hand-written evaluation audits, turned into real returns through the project's own pipeline.

An evaluation audit is a JSON file (``audit.json``) written by someone who never saw the
project's generator: ``{"cases": [{"ref", "pattern", "hard", "auditor", "agency", "age",
"sex", "ethnicity", "disability", "legal_status", "primary_need", "story", "needs": [{"who",
"area", "need", "if_not_met", "seriousness", "outcome", "work", "best_service", "met"}],
"services": [{"service", "provider", "still_open", "matched"}], "no_services", "overall",
"matched", "notes"}]}``. ``build_audit`` inits an audit with those refs and auditors, fills
each blank form with the project's filler (as the demo does), and merges: what suggest then
reads is what a user's audit would hold.

Need statements for the flags are ``needs.json``: ``[{"text", "label", "who"}]`` with label
``universal``, ``service``, ``assessment`` or ``specific``.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.demo import filled_return
from needsaudit.demo_data import DemoCase
from needsaudit.forms import build_template
from needsaudit.shuffle import merge
from needsaudit.workbook import atomic_write_bytes

EVAL_DIR = Path(__file__).resolve().parent / "eval"
NORTHBROOK = EVAL_DIR / "northbrook"
SAVED = datetime(2026, 11, 20, 10, 0)


@dataclass(slots=True)
class EvalCase:
    ref: str
    auditor: str
    agency: str
    pattern: str
    hard: bool
    case: DemoCase


@dataclass(slots=True)
class EvalAudit:
    name: str
    cases: list[EvalCase]

    @property
    def truth(self) -> dict[str, str]:
        """Case key (folded ref) -> pattern."""
        return {c.ref.strip().casefold(): c.pattern for c in self.cases}

    def subset(self, refs: set[str]) -> EvalAudit:
        return EvalAudit(self.name, [c for c in self.cases if c.ref in refs])


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def load_audit(path: Path, name: str | None = None) -> EvalAudit:
    data = json.loads(path.read_text("utf-8"))
    cases = []
    for raw in data["cases"]:
        needs = [
            (
                _s(n.get("who")),
                _s(n.get("area")),
                _s(n.get("need")),
                _s(n.get("if_not_met")),
                _s(n.get("seriousness")),
                _s(n.get("outcome")),
                _s(n.get("work")),
                _s(n.get("best_service")),
                _s(n.get("met")),
            )
            for n in raw.get("needs", [])
        ]
        services = [
            (
                _s(s.get("service")),
                _s(s.get("provider")),
                _s(s.get("still_open")),
                _s(s.get("matched")),
            )
            for s in raw.get("services", [])
        ]
        demo = DemoCase(
            pattern=raw["pattern"],
            age=raw.get("age"),  # None: unborn, left blank as an auditor would
            sex=_s(raw.get("sex")),
            ethnicity=_s(raw.get("ethnicity")),
            disability=_s(raw.get("disability")),
            legal_status=_s(raw.get("legal_status")),
            primary_need=_s(raw.get("primary_need")),
            story=_s(raw.get("story")),
            needs=needs,
            services=services,
            no_services=bool(raw.get("no_services")),
            overall=_s(raw.get("overall")),
            matched=_s(raw.get("matched")),
            notes=_s(raw.get("notes")),
        )
        cases.append(
            EvalCase(
                raw["ref"],
                _s(raw.get("auditor")) or "Auditor",
                _s(raw.get("agency")),
                raw["pattern"],
                bool(raw.get("hard")),
                demo,
            )
        )
    return EvalAudit(name or path.parent.name, cases)


def load_statements(path: Path) -> list[tuple[str, str]]:
    """(statement, label) pairs."""
    return [(s["text"], s["label"]) for s in json.loads(path.read_text("utf-8"))]


def build_audit(root: Path, audit: EvalAudit) -> Path:
    """An audit folder holding one filled return per case, merged into shuffle.xlsx."""
    root.mkdir(parents=True, exist_ok=True)
    sample = root / f"{audit.name}-sample.csv"
    with open(sample, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Case ref", "Auditor", "Agency"])
        for c in audit.cases:
            writer.writerow([c.ref, c.auditor, c.agency])
    folder = root / audit.name
    init_audit(folder, sample, settings=Settings(audit_name=f"Evaluation: {audit.name}"))
    setup = read_setup(folder)
    template = build_template(setup)
    by_ref = {c.ref: c for c in audit.cases}
    for sc in setup.cases:
        case = by_ref[sc.ref]
        data = filled_return(template.for_case(sc), case.case, SAVED, sc.auditor)
        atomic_write_bytes(folder / "returns" / f"{sc.ref}.xlsx", data)
    merge(folder)
    return folder
