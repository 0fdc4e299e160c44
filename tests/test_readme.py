"""The README's promises: its transcript runs and prints what it shows, its Python example
prints what it shows, every issue code is in its troubleshooting table, every picture exists."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from needsaudit.cli import main
from needsaudit.examples import EPOCH
from needsaudit.issues import CATALOGUE

from .conftest import DemoBuild

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", README, flags=re.S)


def transcript() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) from the ```console blocks, in order."""
    steps: list[tuple[str, list[str]]] = []
    for block in blocks("console"):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            else:
                steps[-1][1].append(line)
    return steps


def pattern(expected: list[str]) -> re.Pattern[str]:
    """A line of '...' stands for any lines; '...' inside a line for any text."""
    parts = []
    for line in expected:
        if line == "...":
            parts.append(r"(?:.*\n)*?")
        else:
            parts.append(".*?".join(map(re.escape, line.split("..."))) + r"\n")
    return re.compile("".join(parts))


def test_the_transcript_is_real(
    demo_build: DemoBuild, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every command runs here, in order, except ``needsaudit demo``: the session ran that
    very command once (the same words, in a fresh directory, on the same clock), and its output
    and folder stand in for it, so the demo is built once a session rather than once a test."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    (tmp_path / "docs").mkdir()
    shutil.copyfile(ROOT / "docs" / "sample.csv", tmp_path / "docs" / "sample.csv")
    steps = transcript()
    assert len(steps) >= 10
    runner = CliRunner()
    for command, expected in steps:
        words = command.split()
        assert words[0] == "needsaudit"
        if command == "needsaudit demo":
            shutil.copytree(demo_build.folder, tmp_path / demo_build.folder.name, symlinks=True)
            output = demo_build.output
        else:
            result = runner.invoke(main, words[1:])
            assert result.exception is None or isinstance(result.exception, SystemExit), command
            assert result.exit_code in (0, 1), (command, result.output)
            output = result.output
        assert pattern(expected).fullmatch(output), (
            f"README shows for '{command}':\n" + "\n".join(expected) + f"\n\nit printed:\n{output}"
        )
    # And the Python example, on the demo the transcript made.
    code, shown = blocks("python")[0], blocks("text")[0]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own example
    assert out.getvalue() == shown


def test_every_issue_code_has_a_troubleshooting_row() -> None:
    rows = set(re.findall(r"^\| `([a-z-]+)` \| (error|warning) \|", README, flags=re.M))
    assert {(c.code, c.severity.value) for c in CATALOGUE.values()} <= rows
    assert {code for code, _ in rows} <= set(CATALOGUE), "the table names a code that is gone"


def test_every_picture_and_link_exists() -> None:
    for target in re.findall(r"\]\(((?:docs|workbooks|macros)/[^)]+)\)", README):
        path = ROOT / unquote(target)
        assert path.exists(), target
        if path.suffix == ".png":
            assert path.stat().st_size < 250_000, f"{target} is too big for a README"


def test_every_command_is_documented_with_help() -> None:
    runner = CliRunner()
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, name
        if name != "summarize":
            assert f"needsaudit {name}" in README, name
