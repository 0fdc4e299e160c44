"""Where a shipped model came from, and whether a fresh training gives it back (shared by
bench/train_flags.py and bench/train_types.py)."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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


def numbers_differ(pairs: Sequence[tuple[str, Any, Any]], tolerance: float) -> list[str]:
    """For each (name, shipped, fresh) array pair that differs by more than ``tolerance``
    (another machine's floating point moves the last digits, never more), a sentence."""
    out = []
    for name, a, b in pairs:
        gap = float(np.abs(np.array(a) - np.array(b)).max(initial=0.0))
        if gap > tolerance:
            out.append(f"The shipped model's {name} differ from a fresh training by {gap:.2g}.")
    return out
