"""The workbooks committed in workbooks/ are what the current code writes (content, not bytes)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from needsaudit.examples import EXAMPLES, copy_examples

from .conftest import DemoBuild
from .workbook_content import content, differences

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "workbooks"


def test_committed_workbooks_are_current(demo_build: DemoBuild, tmp_path: Path) -> None:
    """The session's demo is built exactly as make workbooks builds it (same clock, default
    seed), in a new process with its own hash seed: the committed files, built elsewhere,
    must come out equal."""
    fresh = copy_examples(demo_build.folder, tmp_path)
    assert sorted(p.name for p in fresh) == sorted(p.name for p in COMMITTED.glob("*.xls*")), (
        "workbooks/ differs from what the code writes: run make workbooks"
    )
    for path in fresh:
        assert content(path) == content(COMMITTED / path.name), (
            f"workbooks/{path.name} is stale: run make workbooks and commit the result. "
            + "; ".join(differences(path, COMMITTED / path.name))
        )


def test_the_readme_names_every_example() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in EXAMPLES:
        assert f"workbooks/{name}" in unquote(readme), name
