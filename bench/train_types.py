"""Train the need-type model suggest reads kinds of need with (needsaudit/needtypes.py).

    python -m bench train-types            # leave one audit out, train, write the model
    python -m bench train-types --check    # the same, and fail if the shipped model differs

A multinomial logistic regression (L2) on each case's words and themes as suggest counts them
(``grouping.text_bags``, ``needtypes.case_bag``), TF-IDF with sublinear counts, fitted from zero
by scipy's L-BFGS: numpy and scipy only, deterministic. The labels are the hand-written audits'
own patterns in bench/eval, each mapped by hand to a kind shared across audits
(bench/pattern_types.json). Only terms found in MIN_AUDITS audits or more are read: a town's
name or one writer's habit says nothing about the next audit.

What it reports, per audit, trained on all the others: how many of its cases the model puts in
their own kind (where the kind is one the others have), and how far grouping by the model's
likeliest kind alone agrees with the audit's patterns (ARI). ``python -m bench
suggest-quality`` measures suggest on each audit with the model trained without it.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from needsaudit import grouping
from needsaudit.needtypes import MODEL_FILE, TypeModel, case_bag
from needsaudit.suggest import adjusted_rand

from . import provenance
from .handwritten import EVAL_DIR, EvalAudit, load_audit

ROOT = Path(__file__).resolve().parents[1]
PATTERN_TYPES = Path(__file__).resolve().parent / "pattern_types.json"
LAMBDA = 1e-5  # L2 on the weights, against the mean cross-entropy per case
MIN_AUDITS = 3  # a term in fewer training audits is not in the vocabulary
DIGITS = 5  # significant digits kept of each weight


@dataclass(slots=True)
class Audit:
    name: str
    bags: list[dict[str, float]]
    kinds: list[str]  # each case's kind (its pattern's, by pattern_types.json)
    patterns: list[str]


@cache
def mapping() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PATTERN_TYPES.read_text("utf-8"))
    return data


def records(audit: EvalAudit) -> list[grouping.CaseRecord]:
    """The cases as suggest reads them from shuffle.xlsx, straight from audit.json (only the
    text the model reads: the story, the notes, each need and its details; whitespace as the
    workbook reader leaves it)."""
    out = []
    for c in audit.cases:
        d = c.case
        needs = [
            grouping.NeedRow(
                grouping._s(n[0]),
                grouping._s(n[1]),
                grouping._s(n[2]),
                grouping._s(n[3]),
                None,
                grouping._s(n[5]),
                grouping._s(n[6]),
                grouping._s(n[7]),
            )
            for n in d.needs
        ]
        out.append(
            grouping.CaseRecord(
                c.ref.casefold(),
                c.ref,
                grouping._s(d.story),
                needs,
                [],
                d.primary_need,
                d.legal_status,
                None,
                d.disability,
                grouping._s(d.notes),
                c.auditor,
            )
        )
    return out


def bags(cases: Sequence[grouping.CaseRecord]) -> list[dict[str, float]]:
    return [case_bag(*grouping.text_bags(c)) for c in cases]


def load(names: Sequence[str] | None = None) -> dict[str, Audit]:
    """The mapped audits in bench/eval (all of them unless ``names``)."""
    audits = mapping()["audits"]
    out = {}
    for name in names or sorted(audits):
        audit = load_audit(EVAL_DIR / name / "audit.json", name)
        kinds = audits[name]
        missing = {c.pattern for c in audit.cases} - set(kinds)
        if missing:
            raise ValueError(f"{name}: patterns with no kind in pattern_types.json: {missing}")
        out[name] = Audit(
            name,
            bags(records(audit)),
            [kinds[c.pattern] for c in audit.cases],
            [c.pattern for c in audit.cases],
        )
    return out


def set_hash(name: str) -> str:
    return hashlib.sha256((EVAL_DIR / name / "audit.json").read_bytes()).hexdigest()


def _round(values: np.ndarray[Any, Any]) -> list[Any]:
    return (
        [float(f"{v:.{DIGITS}g}") for v in values.ravel()]
        if values.ndim == 1
        else [_round(row) for row in values]
    )


def train(audits: Sequence[Audit], lam: float = LAMBDA, min_audits: int = MIN_AUDITS) -> TypeModel:
    """The model of the kinds in ``audits``: vocabulary, idf, weights, intercepts."""
    seen: dict[str, set[str]] = {}
    for a in audits:
        for bag in a.bags:
            for term in bag:
                seen.setdefault(term, set()).add(a.name)
    terms = sorted(t for t, s in seen.items() if len(s) >= min_audits)
    rows = [bag for a in audits for bag in a.bags]
    df: Counter[str] = Counter(t for bag in rows for t in bag)
    n = len(rows)
    idf = [math.log((1 + n) / (1 + df[t])) + 1 for t in terms]
    names = mapping()["kinds"]
    kinds = sorted({k for a in audits for k in a.kinds})
    shell = TypeModel(
        tuple(names[k] for k in kinds),
        {t: i for i, t in enumerate(terms)},
        idf,
        [[0.0] * len(kinds) for _ in terms],
        [0.0] * len(kinds),
        {},
    )
    x = shell.features(rows)
    y = np.eye(len(kinds))[[kinds.index(k) for a in audits for k in a.kinds]]
    d, k = x.shape[1], len(kinds)

    def loss(w: np.ndarray[Any, Any]) -> tuple[float, np.ndarray[Any, Any]]:
        weights, intercepts = w[: d * k].reshape(d, k), w[d * k :]
        z = x @ weights + intercepts
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        value = -float(np.sum(y * np.log(np.maximum(p, 1e-300)))) / n
        value += lam * float(np.sum(weights * weights)) / 2
        g = (p - y) / n
        grad = np.concatenate([(x.T @ g + lam * weights).ravel(), g.sum(axis=0)])
        return value, grad

    fitted = minimize(
        loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 1000}
    )
    weights, intercepts = fitted.x[: d * k].reshape(d, k), fitted.x[d * k :]
    return TypeModel(
        shell.types,
        shell.vocabulary,
        _round(np.array(idf)),
        _round(weights),
        _round(intercepts),
        {},
    )


@cache
def without(name: str) -> TypeModel:
    """The model trained on every mapped audit but ``name`` (the bench measures ``name`` with
    it)."""
    return train([a for n, a in load().items() if n != name])


def leave_one_out(audits: dict[str, Audit]) -> dict[str, TypeModel]:
    """For each audit, the model trained on all the others."""
    return {name: train([a for n, a in audits.items() if n != name]) for name in audits}


def report(audits: dict[str, Audit], models: dict[str, TypeModel]) -> list[str]:
    names = mapping()["kinds"]
    lines = [
        "Leave one audit out (trained on the others): cases put in their own kind, of those "
        "whose kind the others have; ARI of grouping by the likeliest kind alone.",
        "",
        "| audit | cases | kind known to the others | right kind | ARI, likeliest kind |",
        "|---|---|---|---|---|",
    ]
    for name, audit in audits.items():
        model = models[name]
        p = model.probabilities(audit.bags)
        likeliest = [model.types[int(row.argmax())] for row in p]
        truth = [names[k] for k in audit.kinds]
        known = [i for i, t in enumerate(truth) if t in model.types]
        right = sum(likeliest[i] == truth[i] for i in known)
        share = f"{right / len(known):.0%}" if known else "-"
        ari = adjusted_rand(audit.patterns, likeliest)
        lines.append(f"| {name} | {len(truth)} | {len(known)} | {share} | {ari:.2f} |")
    return lines


def compare(shipped: TypeModel, fresh: TypeModel, tolerance: float = 1e-3) -> list[str]:
    """How a shipped model differs from a fresh training: its kinds, vocabulary or audits, or
    a weight by more than ``tolerance`` (another machine's floating point moves the last
    digits, never more)."""
    return provenance.differences(
        shipped,
        fresh,
        (
            ("kinds", shipped.types, fresh.types),
            ("vocabulary", shipped.vocabulary, fresh.vocabulary),
        ),
        tolerance,
    )


def fresh(audits: dict[str, Audit]) -> TypeModel:
    """The model trained on every audit, saying where it came from."""
    model = train(list(audits.values()))
    about = {
        "trained_on": {
            name: {"sha256": set_hash(name), "cases": len(a.kinds)} for name, a in audits.items()
        },
        "commit": provenance.commit("bench", "needsaudit/needtypes.py"),
        "regression": {"lambda": LAMBDA, "solver": "scipy L-BFGS-B", "min_audits": MIN_AUDITS},
        "features": "grouping.text_bags: words (stemmed, abbreviations spelled out) and themes",
    }
    return TypeModel(
        model.types, model.vocabulary, model.idf, model.weights, model.intercepts, about
    )


def run(output: Path | None = None, check: bool = False) -> list[str]:
    """Leave one audit out, train on every audit and write the model."""
    audits = load()
    lines = report(audits, leave_one_out(audits))
    model = fresh(audits)
    target = output or ROOT / "needsaudit" / MODEL_FILE
    if check:
        differences = compare(TypeModel.loads(target.read_bytes()), model)
        lines += ["", *(differences or ["The shipped model matches a fresh training."])]
        if differences:
            raise SystemExit("\n".join(lines))
    else:
        data = model.dumps()
        target.write_bytes(data)
        shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
        lines += [
            "",
            f"Wrote {shown}: {len(data):,} bytes, {len(model.types)} kinds, "
            f"{len(model.vocabulary):,} terms.",
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.train_types", description=__doc__)
    parser.add_argument(
        "--output", type=Path, help=f"where to write (default needsaudit/{MODEL_FILE})"
    )
    parser.add_argument("--check", action="store_true", help="fail if the shipped model differs")
    args = parser.parse_args(argv)
    for line in run(args.output, args.check):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
