"""The quality bench runs end to end on a small slice of the hand-written set (the full run is
`python -m bench suggest-quality`, minutes, not part of the test suite)."""

from __future__ import annotations

import re

from bench.quality import BASELINES, METHODS, evaluate_flags, run


def test_bench_reports_ari_against_baselines_and_flag_precision() -> None:
    lines = run(limit=24, generated=0, resamples=2, ablation=False, audits=["northbrook"])
    text = "\n".join(lines)
    for method in (*METHODS, "suggest end to end"):
        assert "| northbrook | 24 |" in text and method in text
    rows = [line for line in lines if line.startswith("| northbrook | 24 |")]
    assert len(rows) == len(METHODS) + 1
    for row in rows:
        ari = float(row.split("|")[5])
        assert -1.0 <= ari <= 1.0
    assert re.search(
        r"against the best baseline \((" + "|".join(map(re.escape, BASELINES)) + r")\)", text
    )
    sets = [line for line in lines if line.startswith("Need-statement flags on ")]
    assert len(sets) >= 3  # every hand-written set in bench/eval
    flags = [line for line in lines if re.match(r"\| (service|assessment|universal) \| ", line)]
    assert len(flags) == 3 * len(sets)


def test_flag_counts_worked_by_hand() -> None:
    statements = [
        ("Needs a PRU place", "service"),
        ("Needs counselling about the loss of her grandmother", "service"),
        ("Archie needs to attend nursery every morning so that he hears language", "specific"),
        ("Needs a paediatric assessment of his growth", "assessment"),
        ("needs to be safe", "universal"),
        ("Marcus needs to be safe from the people who stabbed him", "specific"),
    ]
    result = evaluate_flags("hand", statements)
    assert result.counts["service"] == (2, 2, 2)
    assert result.counts["assessment"] == (1, 1, 1)
    assert result.counts["universal"] == (1, 1, 1)
    assert result.precision("service") == 1.0 and result.recall("universal") == 1.0
