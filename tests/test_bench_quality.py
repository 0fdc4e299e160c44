"""The quality bench runs end to end on a small slice of the hand-written set (the full run is
`python -m bench suggest-quality`, minutes, not part of the test suite)."""

from __future__ import annotations

import math
import re
import shutil
from collections import Counter
from pathlib import Path

import numpy as np

from bench.handwritten import EVAL_DIR
from bench.quality import (
    BASELINES,
    ENGLISH_STOP,
    METHODS,
    evaluate_flags,
    plain_tfidf,
    run,
    small_draws,
)


def test_bench_reports_ari_against_baselines_and_flag_precision() -> None:
    lines = run(limit=24, generated=0, resamples=2, ablation=False, audits=["northbrook"])
    text = "\n".join(lines)
    for method in (*METHODS, "suggest end to end"):
        assert "| northbrook | 24 |" in text and method in text
    rows = [line for line in lines if line.startswith("| northbrook | 24 |")]
    assert len(rows) == len(METHODS) + 1
    for row in rows:
        assert row.count("|") == 8  # set, n, true k, method, ARI, halves, small audits
        ari = float(row.split("|")[5])
        assert -1.0 <= ari <= 1.0
    assert re.search(
        r"against the best baseline \((" + "|".join(map(re.escape, BASELINES)) + r")\)", text
    )
    # 24 cases are offered 3 to 6 groups; the slice holds 8 of the writers' patterns.
    assert re.search(
        r"^northbrook: number of groups: [3-6] chosen, 8 written, outside the 3 to 6 tried; "
        r"next best named: [3-6], [3-6]$",
        text,
        re.M,
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


def test_tuned_tfidf_worked_by_hand() -> None:
    """Stop words out, 1 + log(count), words in fewer than two texts dropped, smoothed idf."""
    x = plain_tfidf(
        ["The cat sat", "the cat ran ran, ran", "dog ran"],
        frozenset({"the"}),
        sublinear=True,
        min_df=2,
    )
    # Left: cat (in 2 of 3 texts) and ran (2 of 3): idf = ln(4/3) + 1 for both.
    assert x.shape == (3, 2)
    assert x[0].tolist() == [1.0, 0.0]  # cat once; "sat" is in one text only
    tf_ran = 1 + math.log(3)
    assert np.allclose(x[1], np.array([1.0, tf_ran]) / math.hypot(1.0, tf_ran))
    assert x[2].tolist() == [0.0, 1.0]
    assert plain_tfidf(["the a", "the"], ENGLISH_STOP, min_df=1).tolist() == [[0.0], [0.0]]


def test_small_audits_are_four_cases_of_five_patterns() -> None:
    y = ["a"] * 6 + ["b"] * 5 + ["c"] * 4 + ["d"] * 4 + ["e"] * 4 + ["f"] * 3
    draws = small_draws(y, 10, np.random.default_rng(1))
    assert len(draws) == 10
    for idx in draws:
        assert len(idx) == len(set(idx)) == 20
        counts = Counter(y[i] for i in idx)
        assert set(counts) == {"a", "b", "c", "d", "e"} and set(counts.values()) == {4}
    assert len({tuple(d) for d in draws}) > 1  # drawn, not the same cases every time
    assert small_draws(y[:19], 10, np.random.default_rng(1)) == []  # only four patterns of 4


def test_an_extra_set_named_like_one_of_ours_is_built_apart(tmp_path: Path) -> None:
    """`--eval DIR` whose folder name is also a set in bench/eval: both are measured (they
    were once built in the same folder, and the second build stopped the run)."""
    extra = tmp_path / "northbrook"
    extra.mkdir()
    shutil.copy(EVAL_DIR / "northbrook" / "audit.json", extra / "audit.json")
    lines = run(
        extra=[extra], limit=12, generated=0, resamples=2, ablation=False, audits=["northbrook"]
    )
    rows = [line for line in lines if line.startswith("| northbrook | 12 | ")]
    assert len(rows) == 2 * (len(METHODS) + 1)
