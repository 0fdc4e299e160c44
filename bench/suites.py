"""The benchmark suites. Each returns printable lines: seconds, throughput, and the ratio to
a baseline measured in the same run."""

from __future__ import annotations

import io
import shutil
import tempfile
import time
import zipfile
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


def make_returns(root: Path, n: int, seed: int = 5) -> Path:
    """An audit of ``n`` cases with a realistic filled return for each, on disk."""
    from needsaudit.demo import demo_cases, filled_return
    from needsaudit.workbook import atomic_write_bytes

    folder = _audit(root, n)
    setup = read_setup(folder)
    template = build_template(setup)
    cases = demo_cases(setup.cases, seed)
    saved = __import__("datetime").datetime(2026, 11, 20, 10, 0)
    for sc in setup.cases:
        data = filled_return(template.for_case(sc), cases[sc.ref], saved, sc.auditor)
        atomic_write_bytes(folder / "returns" / sc.auditor / f"{sc.ref}.xlsx", data)
    return folder


# Exactly the parts the reader reads from a form (the About values come from the named
# constants in the workbook part, so the About sheet is not read).
READ_PARTS = (
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "docProps/core.xml",
    "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml",
)


def read_floor(paths: list[Path]) -> None:
    """The floor: read each file, open its zip and inflate exactly the parts the reader
    reads (workbook, relationships, core properties, the Form sheet, shared strings)."""
    import io
    import zipfile

    for path in paths:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
            for part in READ_PARTS:
                zf.read(part)


def read(sizes: list[int] | None = None, repeat: int = 3) -> list[str]:
    """Reading returns (the hot path of check, status and merge) against the floor, one
    process and two; and check end to end (the command's library call)."""
    return [_read_once(n, repeat) for n in sizes or [1000]]


def _read_once(n: int, repeat: int) -> str:
    from needsaudit.returns import ReadContext, discover, read_all, read_returns

    with tempfile.TemporaryDirectory() as tmp:
        folder = make_returns(Path(tmp), n)
        setup = read_setup(folder)
        candidates, _ = discover(folder)
        paths = [c.path for c in candidates]
        ctx = ReadContext(setup)
        floor_s = one_s = two_s = check_s = float("inf")
        for _ in range(repeat):  # interleaved, so drift hits all alike
            floor_s = min(floor_s, best_of(1, lambda: read_floor(paths)))
            one_s = min(one_s, best_of(1, lambda: read_all(candidates, ctx, workers=1)))
            two_s = min(two_s, best_of(1, lambda: read_all(candidates, ctx, workers=2)))
            check_s = min(check_s, best_of(1, lambda: read_returns(folder, setup)))
        result = read_returns(folder, setup)
        assert len(result.chosen) == n, "every benchmark return must read cleanly"
        return (
            f"read n={n}: floor {floor_s:.3f} s ({floor_s / n * 1e3:.2f} ms each); "
            f"one process {one_s:.3f} s = {one_s / floor_s:.1f}x floor; "
            f"two processes {two_s:.3f} s = {two_s / floor_s:.1f}x floor; "
            f"check (read_returns, 2 cores) {check_s:.3f} s"
        )


def read_reference(n: int = 50) -> list[str]:
    """openpyxl and python-calamine on the same returns, for context (not run by 'all')."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    with tempfile.TemporaryDirectory() as tmp:
        folder = make_returns(Path(tmp), n)
        paths = sorted((folder / "returns").rglob("*.xlsx"))
        floor_s = best_of(3, lambda: read_floor(paths))
        opx = best_of(1, lambda: [openpyxl.load_workbook(p, data_only=True) for p in paths])
        cal = best_of(
            3,
            lambda: [
                CalamineWorkbook.from_path(str(p)).get_sheet_by_name("Form").to_python()
                for p in paths
            ],
        )
        return [
            f"reference n={n}: openpyxl {opx / floor_s:.0f}x floor; calamine (Form sheet values "
            f"only) {cal / floor_s:.1f}x floor"
        ]


def merge(sizes: list[int] | None = None, repeat: int = 3) -> list[str]:
    """merge (read every return, write shuffle.xlsx) against the reading floor: first merge,
    and a re-merge of an unchanged audit (which also reads the old workbook)."""
    return [_merge_once(n, repeat) for n in sizes or [100, 1000, 10000]]


def _merge_once(n: int, repeat: int) -> str:
    import tracemalloc

    from needsaudit.returns import discover
    from needsaudit.shuffle import merge as do_merge

    with tempfile.TemporaryDirectory() as tmp:
        folder = make_returns(Path(tmp), n)
        setup = read_setup(folder)
        paths = [c.path for c in discover(folder)[0]]
        shuffle = folder / "shuffle.xlsx"

        def first() -> None:
            shuffle.unlink(missing_ok=True)
            do_merge(folder, setup=setup)

        floor_s = first_s = again_s = float("inf")
        for _ in range(repeat):
            floor_s = min(floor_s, best_of(1, lambda: read_floor(paths)))
            first_s = min(first_s, best_of(1, first))
            again_s = min(again_s, best_of(1, lambda: do_merge(folder, setup=setup)))
        tracemalloc.start()
        do_merge(folder, setup=setup)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        size = shuffle.stat().st_size
        return (
            f"merge n={n}: floor {floor_s:.3f} s; first merge {first_s:.2f} s = "
            f"{first_s / floor_s:.1f}x floor; re-merge {again_s:.2f} s = {again_s / floor_s:.1f}x "
            f"floor; peak Python memory {peak / 1e6:.0f} MB ({peak / n / 1e3:.0f} kB a case); "
            f"shuffle.xlsx {size / 1e6:.1f} MB"
        )


def assign_groups(path: Path, groups: list[str]) -> None:
    """The meeting, at benchmark scale: define ``groups`` and give every case one, by editing
    the workbook's XML directly (openpyxl would take longer than the summary itself)."""
    import re

    from needsaudit.names import COL_AGREED, COL_STATUS, S_CASES_HEADER
    from needsaudit.workbook import rezip
    from needsaudit.xlsxscan import col_letters

    agreed = col_letters(S_CASES_HEADER.index(COL_AGREED) + 1)
    status = col_letters(S_CASES_HEADER.index(COL_STATUS) + 1)

    def text(ref: str, style: str, value: str) -> str:
        return f'<c r="{ref}"{style} t="inlineStr"><is><t>{value}</t></is></c>'

    def cases(xml: str) -> str:
        def one(m: re.Match[str]) -> str:
            row = int(m[2])
            if m[1] == agreed:
                return text(f"{agreed}{row}", m[3], groups[row % len(groups)])
            return text(f"{status}{row}", m[3], "Agreed")

        pattern = rf'<c r="({agreed}|{status})(\d+)"( s="\d+")?(?:/>|>.*?</c>)'
        return re.sub(pattern, lambda m: one(m) if int(m[2]) > 1 else m[0], xml, flags=re.S)

    def need_groups(xml: str) -> str:
        def one(m: re.Match[str]) -> str:
            row = int(m[1])
            return (
                text(f"A{row}", m[2] or "", groups[row - 2]) if 2 <= row < len(groups) + 2 else m[0]
            )

        return re.sub(r'<c r="A(\d+)"( s="\d+")?/>', one, xml)

    with zipfile.ZipFile(path) as zf:
        members = [(n, zf.read(n)) for n in zf.namelist()]
    out = []
    for name, data in members:
        if name == "xl/worksheets/sheet1.xml":
            data = cases(data.decode()).encode()
        elif name == "xl/worksheets/sheet2.xml":
            data = need_groups(data.decode()).encode()
        out.append((name, data))
    path.write_bytes(rezip(out))


def summary(sizes: list[int] | None = None, repeat: int = 3) -> list[str]:
    """summarise (read shuffle.xlsx, compute, write both workbooks) against the floor of
    inflating the shuffle workbook's parts it reads."""
    return [_summary_once(n, repeat) for n in sizes or [1000, 10000]]


def _summary_once(n: int, repeat: int) -> str:
    from needsaudit.shuffle import merge as do_merge
    from needsaudit.summary import summarise

    with tempfile.TemporaryDirectory() as tmp:
        folder = make_returns(Path(tmp), n)
        do_merge(folder)
        path = folder / "shuffle.xlsx"
        assign_groups(path, [f"Group {i}" for i in range(1, 9)])
        data = path.read_bytes()

        def floor() -> None:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for name in zf.namelist():
                    if name.startswith("xl/worksheets/") or name == "xl/workbook.xml":
                        zf.read(name)

        floor_s = run_s = float("inf")
        for _ in range(repeat):
            floor_s = min(floor_s, best_of(1, floor))
            run_s = min(run_s, best_of(1, lambda: summarise(folder)))
        result = summarise(folder)
        grouped = sum(g.cases for g in result.summary.groups)
        assert grouped == n, "every benchmark case is in a group"
        return f"summary n={n}: {run_s:.2f} s ({floor_s:.2f} s to unzip the shuffle workbook)"


def audit_from_cases(root: Path, cases: list, name: str) -> tuple[Path, dict[str, str]]:  # type: ignore[type-arg]
    """An audit whose returns are ``cases`` (DemoCase), merged; and its true patterns."""
    from needsaudit.demo import filled_return
    from needsaudit.shuffle import merge as do_merge
    from needsaudit.workbook import atomic_write_bytes

    (root / name).mkdir(parents=True, exist_ok=True)
    folder = _audit(root / name, len(cases))
    setup = read_setup(folder)
    template = build_template(setup)
    saved = __import__("datetime").datetime(2026, 11, 20, 10, 0)
    truth = {}
    for sc, case in zip(setup.cases, cases, strict=True):
        data = filled_return(template.for_case(sc), case, saved, sc.auditor)
        atomic_write_bytes(folder / "returns" / f"{sc.ref}.xlsx", data)
        truth[sc.key] = case.pattern
    do_merge(folder)
    return folder, truth


# Evaluation folders added on the command line (--eval), beside those in bench/eval/.
EXTRA_EVAL: list[Path] = []
RESAMPLES = 20


def suggest_quality(sizes: list[int] | None = None, repeat: int = 1) -> list[str]:
    """How well suggested groups recover the patterns cases were written from (adjusted Rand
    index) against the obvious baselines, on the hand-written evaluation audits and the
    generated ones, with the spread over resampled halves and a feature ablation; and the
    need-statement flags' precision and recall (bench/quality.py)."""
    from .quality import run

    del repeat
    return run(EXTRA_EVAL, generated=(sizes or [100])[0], resamples=RESAMPLES)


def suggest_speed(sizes: list[int] | None = None, repeat: int = 1) -> list[str]:
    """Time to suggest (read shuffle.xlsx, group, find similar cases, write) beside a merge of
    the same audit in the same run."""
    from needsaudit.shuffle import merge as do_merge
    from needsaudit.suggest import suggest

    def once(n: int) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            folder = make_returns(Path(tmp), n)
            merge_s = best_of(repeat, lambda: do_merge(folder))
            suggest_s = best_of(repeat, lambda: suggest(folder))
        return f"suggest n={n}: {suggest_s:.2f} s (a re-merge of the same audit: {merge_s:.2f} s)"

    return [once(n) for n in sizes or [1000, 10000]]


def hostile(sizes: list[int] | None = None, repeat: int = 1) -> list[str]:
    """Issue 12: check and merge with every hostile file beside 100 good returns."""
    from .hostile import hostile as run

    return run(sizes, repeat)


def train_flags(sizes: list[int] | None = None, repeat: int = 1) -> list[str]:
    """Cross-validate and train the need-statement model (bench/train_flags.py), and write it
    to needsaudit/flagmodel.json.gz (``--cases N`` keeps N n-grams)."""
    from .train_flags import FEATURES, run

    del repeat
    return run(features=(sizes or [FEATURES])[0])


def train_types(sizes: list[int] | None = None, repeat: int = 1) -> list[str]:
    """Leave one audit out and train the need-type model suggest reads kinds of need with
    (bench/train_types.py), and write it to needsaudit/typemodel.json.gz."""
    from .train_types import run

    del sizes, repeat
    return run()


SUITES: dict[str, Callable[..., list[str]]] = {
    "hostile": hostile,
    "suggest-quality": suggest_quality,
    "train-flags": train_flags,
    "train-types": train_types,
    "suggest": suggest_speed,
    "forms": forms,
    "read": read,
    "merge": merge,
    "summary": summary,
}
