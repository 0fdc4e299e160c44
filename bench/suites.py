"""The benchmark suites. Each returns printable lines: seconds, throughput, and the ratio to
a baseline measured in the same run."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.demo import demo_case_rows
from needsaudit.forms import build_template, make_forms


def best_of(repeat: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def _audit(root: Path, n: int) -> Path:
    import csv

    sample = root / "sample.csv"
    with open(sample, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(demo_case_rows(n, seed=1))
    folder = root / f"audit-{n}"
    init_audit(folder, sample, settings=Settings(audit_name="Benchmark"))
    return folder


def forms(sizes: list[int] | None = None, repeat: int = 3) -> list[str]:
    """Forms a second, against two baselines from the same run:

    - floor: writing the same bytes to the same files (the disk, no workbook work);
    - naive: building every form from scratch with xlsxwriter (what templating saves).
    """
    return [_forms_once(n, repeat) for n in sizes or [100, 1000]]


def _forms_once(n: int, repeat: int) -> str:
    from needsaudit.workbook import atomic_write_bytes

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = _audit(root, n)
        setup = read_setup(folder)

        def run() -> None:
            shutil.rmtree(folder / "forms", ignore_errors=True)
            (folder / ".needsaudit" / "forms.json").unlink(missing_ok=True)
            make_forms(folder, setup=setup)

        ours = best_of(repeat, run)
        payloads = [p.read_bytes() for p in sorted((folder / "forms").rglob("*.xlsx"))]

        def floor() -> None:
            out = root / "floor"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            for i, data in enumerate(payloads):
                atomic_write_bytes(out / f"{i}.xlsx", data)

        floor_s = best_of(repeat, floor)
        sample = setup.cases[: min(50, n)]
        naive_each = best_of(1, lambda: [build_template(setup).for_case(c) for c in sample])
        naive = naive_each / len(sample) * n
        return (
            f"forms n={n}: {ours:.3f} s = {n / ours:.0f} forms/s; "
            f"floor (write same bytes) {floor_s:.3f} s -> {ours / floor_s:.1f}x floor; "
            f"naive (build each) ~{naive:.2f} s -> templating is {naive / ours:.1f}x faster"
        )


SUITES: dict[str, Callable[..., list[str]]] = {"forms": forms}
