"""Outputs that do not depend on the machine: the similarities suggest computes are exact
whatever order BLAS adds in, every ranking breaks ties by case ref, and suggest writes the
same workbook whatever the thread count and hash seed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

from needsaudit.examples import EPOCH
from needsaudit.suggest import CaseFeatures, explain, on_grid, ref_rank, similar_cases

from .workbook_content import differences


def _unit_rows(n: int, d: int, seed: int) -> np.ndarray:
    raw = np.random.default_rng(seed).standard_normal((n, d))
    out: np.ndarray = raw / np.linalg.norm(raw, axis=1, keepdims=True)
    return out


def _added_backwards(x: np.ndarray) -> np.ndarray:
    """x @ x.T summed one column at a time, last column first: an order no BLAS uses."""
    out = np.zeros((len(x), len(x)))
    for j in reversed(range(x.shape[1])):
        out += np.outer(x[:, j], x[:, j])
    return out


def test_similarities_on_the_grid_are_exact_in_any_order() -> None:
    x = on_grid(_unit_rows(300, 64, seed=1))
    assert np.array_equal(x @ x.T, _added_backwards(x))
    assert np.array_equal(x @ x.T, np.einsum("ik,jk->ij", x, x))
    # Off the grid the order shows in the last digits: the grid is what makes it exact.
    y = _unit_rows(300, 64, seed=1)
    assert not np.array_equal(y @ y.T, _added_backwards(y))


def test_equal_likenesses_are_ranked_by_case_ref() -> None:
    refs = ["C3", "A1", "D4", "B2"]
    same, other = [1.0, 0.0], [0.6, 0.8]
    x = on_grid(np.array([same, same, other, same]))
    similar = similar_cases(x, ref_rank(refs), top=3)
    named = [[(refs[j], likeness) for j, likeness in row] for row in similar]
    assert named[0] == [("A1", 1.0), ("B2", 1.0), ("D4", 0.6)]
    # For D4 the three others tie: case-ref order, however the partition fell.
    assert named[2] == [("A1", 0.6), ("B2", 0.6), ("C3", 0.6)]
    # A tie at the cut: the case first by ref gets the one place.
    assert [refs[j] for j, _ in similar_cases(x, ref_rank(refs), top=1)[2]] == ["A1"]


def test_likeness_is_written_as_read_to_three_places() -> None:
    x = on_grid(_unit_rows(40, 8, seed=2))
    for row in similar_cases(x, ref_rank([f"C{i:02}" for i in range(40)])):
        for _, likeness in row:
            assert likeness == round(likeness, 3)


def test_the_typical_case_of_a_tie_is_the_first_by_case_ref() -> None:
    refs = ["Z9", "M5", "A1"]
    features = CaseFeatures(["z9", "m5", "a1"], refs, [["x"], ["x"], ["x"]], ["", "", ""])
    x = on_grid(np.array([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0]]))
    (suggestion,) = explain(features, x, np.zeros(3, dtype=np.int64))
    assert refs[suggestion.typical] == "A1"


def test_suggest_writes_the_same_whatever_the_threads_and_hash_seed(
    demo: Path, tmp_path: Path
) -> None:
    """suggest in two fresh processes that differ in hash seed and BLAS/OpenMP threads."""
    runs = {
        "one": {"PYTHONHASHSEED": "1", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"},
        "two": {"PYTHONHASHSEED": "4242", "OMP_NUM_THREADS": "2", "OPENBLAS_NUM_THREADS": "2"},
    }
    for name, env in runs.items():
        folder = tmp_path / name
        shutil.copytree(demo, folder)
        subprocess.run(
            [sys.executable, "-m", "needsaudit", "suggest", str(folder)],
            env={
                **os.environ,
                **env,
                "MKL_NUM_THREADS": env["OMP_NUM_THREADS"],
                "SOURCE_DATE_EPOCH": EPOCH,
            },
            check=True,
            capture_output=True,
        )
    one, two = tmp_path / "one" / "shuffle.xlsx", tmp_path / "two" / "shuffle.xlsx"
    assert differences(one, two) == []
