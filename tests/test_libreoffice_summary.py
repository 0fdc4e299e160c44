"""LibreOffice opens both summaries, sees their charts, and prints Overview and a group
sheet on one page each."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from needsaudit.summary import summarise

from .libreoffice import Office, pdf_pages
from .test_summary import small_audit as small_audit  # the fixture, shared

pytestmark = pytest.mark.libreoffice


def test_summaries_open_with_their_charts_and_print(
    office: Office, small_audit: Path, tmp_path: Path
) -> None:
    summarise(small_audit)
    for name in ("summary.xlsx", "summary-public.xlsx"):
        copy = tmp_path / name
        shutil.copyfile(small_audit / name, copy)
        doc = office.open(copy)
        charts = office.call("charts", doc=doc, sheet="Overview")
        assert [c["diagram"] for c in charts] == ["com.sun.star.chart.BarDiagram"]
        assert len(office.call("charts", doc=doc, sheet="Service Gaps")) == 1
        assert len(office.call("charts", doc=doc, sheet="Costs")) == 1
        office.close_doc(doc)
        for sheet in ("Overview", "G1 Alpha"):
            doc = office.open(copy)
            pdf = tmp_path / f"{name}-{sheet}.pdf"
            office.call("pdf", doc=doc, path=str(pdf), sheet=sheet)
            office.close_doc(doc)
            pages, size = pdf_pages(pdf)
            assert pages == 1, (name, sheet)
            assert "A4" in size
