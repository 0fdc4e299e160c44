"""The LibreOffice harness itself: a death is recovered from only where that is safe, and a
test fails, saying it was LibreOffice, when the office keeps dying. Deaths are made on
purpose here by killing this module's own soffice; LibreOffice may also die on its own
meanwhile (it does, under load), so counts are checked as at least what was made."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from .conftest import skip_or_fail
from .libreoffice import ATTEMPTS, Office, unavailable_reason
from .test_forms import resolve

pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def own_office() -> Iterator[Office]:
    """An office of its own, so the deaths made here are not the session office's."""
    reason = unavailable_reason()
    if reason is not None:
        skip_or_fail(f"LibreOffice not available: {reason}")
    app = Office()  # not in the session's report: the deaths here are made on purpose
    try:
        yield app
    finally:
        app.close()


def _form(audit: Path, tmp_path: Path) -> Path:
    target = tmp_path / "form.xlsx"
    shutil.copyfile(audit / "forms" / "Jo Bloggs" / "00123.xlsx", target)
    return target


def _age_cell(office: Office, doc: int) -> str:
    where = office.call("named_range", doc=doc, name="NA_Age")
    return f"{chr(64 + where['col1'])}{where['row1']}"


def test_a_death_mid_job_replays_the_job_on_a_fresh_office(
    own_office: Office, audit: Path, tmp_path: Path
) -> None:
    office = own_office
    deaths = len(office.deaths)
    doc = office.open(_form(audit, tmp_path))
    cell = _age_cell(office, doc)
    office.type(doc, "Form", cell, "7")
    office.call("kill_office")  # soffice dies between two requests, the document with it
    assert office.get(doc, "Form", cell)["value"] == 7  # typed again on the fresh office
    assert len(office.deaths) >= deaths + 1
    out = tmp_path / "saved.xlsx"
    office.save(doc, out)
    office.close_doc(doc)
    wb = openpyxl.load_workbook(out)
    _, (col, row, _, _) = resolve(wb, "NA_Age")
    assert wb["Form"].cell(row, col).value == 7


def test_a_death_closing_a_complete_saved_file_goes_on(
    own_office: Office, audit: Path, tmp_path: Path
) -> None:
    office = own_office
    restarts = len(office.restarts)
    other = office.open(_form(audit, tmp_path))  # open beside it: lost, then replayed
    other_cell = _age_cell(office, other)
    office.type(other, "Form", other_cell, "9")
    doc = office.open(_form(audit, tmp_path))
    cell = _age_cell(office, doc)
    office.type(doc, "Form", cell, "12")
    out = tmp_path / "saved.xlsx"
    office.save(doc, out)
    office.call("kill_office")
    office.close_doc(doc)  # dies closing; the saved file is whole, so nothing is redone
    assert len(office.restarts) >= restarts + 1 and office.restarts[-1].startswith("close:")
    wb = openpyxl.load_workbook(out)
    _, (col, row, _, _) = resolve(wb, "NA_Age")
    assert wb["Form"].cell(row, col).value == 12
    # The other document went with that office and comes back as the test left it.
    assert office.get(other, "Form", other_cell)["value"] == 9
    office.close_doc(other)


def test_an_office_that_keeps_dying_fails_the_test_naming_libreoffice(
    own_office: Office,
) -> None:
    deaths = len(own_office.deaths)
    with pytest.raises(pytest.fail.Exception, match="LibreOffice itself died 3 times"):
        own_office.call("crash")
    assert len(own_office.deaths) >= deaths + ATTEMPTS
    assert all(d.startswith("crash:") for d in own_office.deaths[-ATTEMPTS:])
    assert own_office.call("ping") == "pong"  # and the next test has a working office


def test_a_hung_office_counts_as_a_dead_one(own_office: Office) -> None:
    own_office.timeout, own_office.attempts = 1.0, 1  # one death is enough to show it
    try:
        with pytest.raises(pytest.fail.Exception, match="no answer from LibreOffice in 1 s"):
            own_office.call("sleep", seconds=30)
    finally:
        own_office.timeout, own_office.attempts = 120.0, ATTEMPTS
    assert own_office.call("ping") == "pong"


def test_a_replay_that_answers_differently_fails_the_test(
    own_office: Office, audit: Path, tmp_path: Path
) -> None:
    """The replay must see what the test saw: here the file changed under the test between the
    first answer and the death, and the test fails rather than go on with other data."""
    office = own_office
    form = _form(audit, tmp_path)
    doc = office.open(form)
    assert office.get(doc, "Form", "A1")["string"] == "Needs audit form"
    office.call("kill_office")
    wb = openpyxl.load_workbook(form)
    wb["Form"]["A1"] = "Another title"
    wb.save(form)
    with pytest.raises(pytest.fail.Exception, match="repeating 'get' answered"):
        office.get(doc, "Form", "A2")
    office.docs.clear()  # that document is gone with the failed test
    office.lost = False
