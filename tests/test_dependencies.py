"""pyproject.toml says what the code uses: every package the code imports is declared, every
declared package is imported (or its one other use is shown working here)."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
import zipfile
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from needsaudit.cli import main

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
# Declared and not imported, each for a reason a test below shows.
USED_WITHOUT_IMPORT = {"defusedxml"}  # openpyxl parses with it


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()


def _distributions(paths: list[Path]) -> set[str]:
    """The distributions whose modules these files import (standard library left out)."""
    modules = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    owners = importlib.metadata.packages_distributions()
    return {
        owners[m][0].lower()
        for m in modules
        if m not in sys.stdlib_module_names and m != "needsaudit" and m in owners
    }


def test_the_package_imports_exactly_what_it_declares() -> None:
    code = [*(ROOT / "needsaudit").rglob("*.py"), ROOT / "needsaudit_coordinator.py"]
    imported = _distributions(code)
    declared = {_name(r) for r in PROJECT["dependencies"]}
    optional = {_name(r) for r in PROJECT["optional-dependencies"]["excel"]}
    assert imported - declared - optional == set(), "imported, not declared"
    assert declared - imported == USED_WITHOUT_IMPORT, "declared, not imported"


def test_the_tests_and_bench_import_only_what_dev_declares() -> None:
    code = [*(ROOT / "tests").rglob("*.py"), *(ROOT / "bench").rglob("*.py")]
    code = [p for p in code if p.name != "uno_worker.py"]  # Debian's /usr/bin/python3 runs it
    declared = {_name(r) for r in PROJECT["dependencies"]}
    dev = {_name(r) for r in PROJECT["optional-dependencies"]["dev"]}
    assert _distributions(code) - declared - dev == set()


def test_openpyxl_refuses_xml_entities_in_a_case_list(tmp_path: Path) -> None:
    """defusedxml at work: a case list whose sheet declares entities (the start of an entity
    bomb) is refused with exit 2, where openpyxl alone would expand them."""
    assert openpyxl.DEFUSEDXML
    wb = openpyxl.Workbook()
    wb.active.append(["Case ref", "Auditor", "Agency"])
    wb.active.append(["A1", "Jo Bloggs", "Health"])
    wb.save(tmp_path / "plain.xlsx")
    dtd = b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>'
    bomb = tmp_path / "cases.xlsx"
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as z, zipfile.ZipFile(bomb, "w") as out:
        for item in z.infolist():
            data = z.read(item.filename)
            out.writestr(item, dtd + data if item.filename.endswith("sheet1.xml") else data)
    result = CliRunner().invoke(main, ["init", str(tmp_path / "audit"), "--cases", str(bomb)])
    assert result.exit_code == 2 and "cannot be read as a workbook" in result.stderr
    assert not (tmp_path / "audit" / "setup.xlsx").exists()
