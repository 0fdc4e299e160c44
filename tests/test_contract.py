"""docs/contract.md is what needsaudit.contract renders from the code, and says at least what
the design's contract (../shared/design/contract.md, the input spec) says."""

from __future__ import annotations

import re
from pathlib import Path

from needsaudit.cli import main
from needsaudit.contract import ALIASES, EXIT_WHEN, render

from .conftest import SHARED, skip_or_fail

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "contract.md"


def test_docs_contract_is_current() -> None:
    assert DOC.read_text("utf-8") == render(), "docs/contract.md is stale: run make contract"


def test_every_command_has_its_exit_statuses() -> None:
    assert set(EXIT_WHEN) | set(ALIASES) == set(main.commands)


def test_the_readme_links_the_project_contract_not_the_design_folder() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "](docs/contract.md)" in readme
    assert "](../" not in readme and "shared/design" not in readme  # nothing outside the project


def test_it_says_everything_the_design_contract_names() -> None:
    """Every name the input spec puts in backticks is in ours; its command synopses are
    rows of our command table (the command, and each of its options)."""
    spec = SHARED / "design" / "contract.md"
    if not spec.exists():
        skip_or_fail(f"the design contract is not at {spec}")
    ours = DOC.read_text("utf-8")
    rows = {
        line.split("`")[1].split()[0]: line for line in ours.splitlines() if line.startswith("| `")
    }
    missing = []
    for name in sorted(set(re.findall(r"`([^`\n]+)`", spec.read_text("utf-8")))):
        words = name.split()
        if words[0] in main.commands and len(words) > 1:
            row = rows.get(ALIASES.get(words[0], words[0]), "")
            missing += [f"{name}: {o}" for o in re.findall(r"--[a-z-]+", name) if o not in row]
            if not row:
                missing.append(name)
        elif name not in ours:
            missing.append(name)
    assert missing == []
