"""Shared fixtures: audit folders on disk, the demo audit built once a session, and one
LibreOffice for the whole session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.forms import make_forms

from .libreoffice import Office, unavailable_reason

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "real-workbooks"
_offices: list[Office] = []


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def skip_or_fail(reason: str) -> None:
    """Skip on a developer's machine; fail in CI (CI=true), so that a missing install or a
    missing corpus can never turn tests into silent skips there."""
    if in_ci():
        pytest.fail(f"cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs the demo audit is slow (the first one builds it): ``make check``
    leaves them out, ``make test`` runs them. Under pytest-xdist (``make test`` runs two
    workers) every LibreOffice test goes to one worker, so one LibreOffice serves them all."""
    for item in items:
        if "demo_build" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
        if item.get_closest_marker("libreoffice"):
            item.add_marker(pytest.mark.xdist_group("libreoffice"))


_office_events: dict[str, int] = {"deaths": 0, "restarts": 0}  # seen by this process's offices
_office_report: dict[str, list[str]] = {"deaths": [], "restarts": []}  # nodeids, for the summary


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Tag each report with the LibreOffice deaths met during that phase of the test: the
    report travels to the controller under xdist, where the summary below counts them."""
    report = yield
    for kind in ("deaths", "restarts"):
        total = sum(len(getattr(app, kind)) for app in _offices)
        if total > _office_events[kind]:
            report.user_properties.append((f"libreoffice_{kind}", total - _office_events[kind]))
            _office_events[kind] = total
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, value in report.user_properties:
        if name in ("libreoffice_deaths", "libreoffice_restarts"):
            _office_report[name.removeprefix("libreoffice_")] += [report.nodeid] * int(value)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say when the session's LibreOffice died and the harness recovered, so it is seen, not
    hidden (the deaths the harness's own tests make on purpose are not counted)."""
    deaths, restarts = _office_report["deaths"], _office_report["restarts"]
    if deaths or restarts:
        terminalreporter.write_line(
            f"LibreOffice died {len(deaths)} time(s) mid-job (the job replayed on a fresh "
            f"LibreOffice) and {len(restarts)} time(s) closing a complete saved file (restarted): "
            + ", ".join(sorted(set(deaths + restarts))),
            yellow=True,
        )


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEEDSAUDIT_QUIET", "1")
    monkeypatch.delenv("NEEDSAUDIT_RETURNS_PASSWORD", raising=False)
    # Each test starts in English unless it chooses: no language left by an earlier one.
    monkeypatch.delenv("NEEDSAUDIT_LANG", raising=False)
    from needsaudit import i18n

    i18n.forget()


@pytest.fixture(scope="session")
def office() -> Iterator[Office]:
    """The real spreadsheet application. Skips on a laptop without it; fails in CI (CI=true),
    so a broken install can never turn the real-application tests into silent skips."""
    reason = unavailable_reason()
    if reason is not None:
        skip_or_fail(f"LibreOffice not available: {reason}")
    app = Office()
    _offices.append(app)
    try:
        yield app
    finally:
        app.close()


@dataclass(frozen=True)
class DemoBuild:
    folder: Path  # the built demo: never change it, copy it (the ``demo`` fixture does)
    output: str  # what ``needsaudit demo`` printed
    truth: dict[str, str]  # case ref -> the pattern its fictional case was written from
    report: list[str]  # what each stage said (run_demo's DemoResult.report)


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory: pytest.TempPathFactory) -> DemoBuild:
    """``needsaudit demo`` run once a session exactly as the README runs it (default folder,
    in a fresh directory) on the example workbooks' fixed clock: the README transcript, the
    committed examples and the suggest and summary tests all use this one build."""
    from needsaudit import demo as demo_module
    from needsaudit.cli import main
    from needsaudit.examples import EPOCH

    root = tmp_path_factory.mktemp("demo-build")
    built: list[Any] = []
    real = demo_module.run_demo

    def recorded(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        built.append(result)  # its truth stays in memory only: keep it for the tests
        return result

    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        mp.setenv("NEEDSAUDIT_QUIET", "1")
        mp.delenv("NEEDSAUDIT_RETURNS_PASSWORD", raising=False)
        mp.setattr(demo_module, "run_demo", recorded)
        result = CliRunner().invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    return DemoBuild(root / "needsaudit-demo", result.output, built[0].truth, built[0].report)


@pytest.fixture
def demo(demo_build: DemoBuild, tmp_path: Path) -> Path:
    """A private copy of the session's demo audit, as ``tmp_path/needsaudit-demo``."""
    target = tmp_path / "needsaudit-demo"
    shutil.copytree(demo_build.folder, target, symlinks=True)
    return target


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


SAMPLE_CSV = """Case ref,Auditor,Agency,Family ref
00123,Jo Bloggs,Children's social care,F1
AB12,Jo Bloggs,Children's social care,F1
X&Y,Sam Patel,Health,
C-77,Sam Patel,Health,
"""


@pytest.fixture(scope="session")
def audit_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small audit, set up once a session; each test gets a copy (``audit``)."""
    root = tmp_path_factory.mktemp("audit-template")
    folder = root / "audit"
    cases = write_csv(root / "sample.csv", SAMPLE_CSV)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEEDSAUDIT_QUIET", "1")
        init_audit(folder, cases, settings=Settings(audit_name="Test audit", annual_number=400))
        make_forms(folder)
    return folder


@pytest.fixture
def audit(audit_template: Path, tmp_path: Path) -> Path:
    """A small audit with setup.xlsx and its forms written (a copy of the session's, with
    the files' times: what init and forms write there is the same every time)."""
    write_csv(tmp_path / "sample.csv", SAMPLE_CSV)
    folder = tmp_path / "audit"
    shutil.copytree(audit_template, folder, symlinks=True)
    return folder


@pytest.fixture
def audit_setup(audit: Path):  # type: ignore[no-untyped-def]
    return read_setup(audit)
