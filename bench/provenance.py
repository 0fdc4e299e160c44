"""Where a shipped model came from, and whether a fresh training gives it back (shared by
bench/train_flags.py and bench/train_types.py)."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def commit(*paths: str) -> str:
    """The commit the model is trained at, marked when ``paths`` have uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", *paths],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+uncommitted" if dirty else "")


class Fitted(Protocol):
    """What the two shipped models have in common: where they came from and their numbers."""

    about: dict[str, Any]
    weights: Any
    intercepts: Any
    idf: Any


def differences(
    shipped: Fitted,
    fresh: Fitted,
    same: Sequence[tuple[str, Any, Any]],
    tolerance: float = 1e-3,
) -> list[str]:
    """How a shipped model differs from a fresh training: in what must be equal (``same``:
    what, shipped, fresh), in the training sets' hashes, or, when those agree, in a weight,
    intercept or idf by more than ``tolerance``."""
    out = [
        f"The shipped model's {what} differ from a fresh training." for what, a, b in same if a != b
    ]
    if shipped.about.get("trained_on") != fresh.about.get("trained_on"):
        out.append("The shipped model was trained on other sets (their hashes differ).")
    if not out:
        out = numbers_differ(
            (
                ("weights", shipped.weights, fresh.weights),
                ("intercepts", shipped.intercepts, fresh.intercepts),
                ("idf", shipped.idf, fresh.idf),
            ),
            tolerance,
        )
    return out


def numbers_differ(pairs: Sequence[tuple[str, Any, Any]], tolerance: float) -> list[str]:
    """For each (name, shipped, fresh) array pair that differs by more than ``tolerance``
    (another machine's floating point moves the last digits, never more), a sentence."""
    out = []
    for name, a, b in pairs:
        gap = float(np.abs(np.array(a) - np.array(b)).max(initial=0.0))
        if gap > tolerance:
            out.append(f"The shipped model's {name} differ from a fresh training by {gap:.2g}.")
    return out
