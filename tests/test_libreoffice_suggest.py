"""The advice sheets open in LibreOffice with their colour scales."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from needsaudit.suggest import suggest

from .libreoffice import Office
from .test_suggest import built_demo as built_demo  # the module's demo audit, shared
from .test_suggest import demo_folder as demo_folder

pytestmark = pytest.mark.libreoffice


def test_colour_scales_in_libreoffice(office: Office, demo_folder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, _ = demo_folder
    suggest(folder)
    copy = tmp_path / "s.xlsx"
    shutil.copyfile(folder / "shuffle.xlsx", copy)
    doc = office.open(copy)
    for sheet in ("Similar cases", "Agreement"):
        assert office.call("conditional_formats", doc=doc, sheet=sheet) >= 1, sheet
    sheets = {s["name"]: s["visible"] for s in office.call("sheets", doc=doc)["sheets"]}
    assert sheets["Suggestions"] and sheets["Agreement"] and not sheets["About"]
    office.close_doc(doc)
