"""Benchmarks: each figure beside a baseline measured in the same run, on the same machine.

    python -m bench forms --cases 1000
    python -m bench all

Absolute seconds vary between machines; the ratios against the in-run baselines are what the
closing notes quote.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from . import suites


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("suite", choices=[*suites.SUITES, "all"])
    parser.add_argument("--cases", type=int, nargs="*", help="sizes to run (default per suite)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (default 3)")
    parser.add_argument(
        "--eval",
        type=Path,
        action="append",
        default=[],
        help="suggest-quality: another evaluation folder (audit.json, needs.json) to measure on",
    )
    parser.add_argument(
        "--resamples", type=int, default=20, help="suggest-quality: resampled halves (default 20)"
    )
    args = parser.parse_args(argv)
    suites.EXTRA_EVAL[:] = args.eval
    suites.RESAMPLES = args.resamples
    # "all" measures; it does not train (train-flags and train-types write shipped models).
    every = [name for name in suites.SUITES if not name.startswith("train-")]
    names = every if args.suite == "all" else [args.suite]
    for name in names:
        suite: Callable[..., list[str]] = suites.SUITES[name]
        started = time.perf_counter()
        lines = suite(sizes=args.cases, repeat=args.repeat)
        print(f"## {name} ({time.perf_counter() - started:.1f} s)")
        for line in lines:
            print(line)
        print()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
