"""Client for the UNO worker: one LibreOffice for the whole test session."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

WORKER = Path(__file__).with_name("uno_worker.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def unavailable_reason() -> str | None:
    """Why LibreOffice tests cannot run here, or None when they can."""
    if shutil.which("soffice") is None:
        return "soffice is not installed (Debian: libreoffice-calc-nogui)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        return "python3-uno is not installed for /usr/bin/python3"
    return None


class OfficeError(RuntimeError):
    pass


class Office:
    """Requests to the worker; each method is one operation of uno_worker.py."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        first = self._read()
        if first.get("result") != "ready":
            raise OfficeError(f"LibreOffice worker did not start: {first}")

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise OfficeError("LibreOffice worker exited")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def call(self, op: str, **kwargs: Any) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **kwargs}, default=str) + "\n")
        self.proc.stdin.flush()
        answer = self._read()
        if not answer["ok"]:
            raise OfficeError(answer["error"])
        return answer["result"]

    def open(self, path: Path, password: str | None = None) -> int:
        doc: int = self.call("open", path=str(path), password=password)
        return doc

    def close_doc(self, doc: int) -> None:
        self.call("close", doc=doc)

    def save(self, doc: int, path: Path, filter: str = "Calc MS Excel 2007 XML") -> None:
        self.call("save", doc=doc, path=str(path), filter=filter)

    def type(self, doc: int, sheet: str, cell: str, text: str) -> dict[str, Any]:
        result: dict[str, Any] = self.call("type", doc=doc, sheet=sheet, cell=cell, text=text)
        return result

    def get(self, doc: int, sheet: str, cell: str) -> dict[str, Any]:
        result: dict[str, Any] = self.call("get", doc=doc, sheet=sheet, cell=cell)
        return result

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()


def pdf_pages(pdf: Path) -> tuple[int, str]:
    """Page count and page size line of a PDF (poppler's pdfinfo)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line for line in out.splitlines() if line.startswith("Pages:")).split()[1])
    size = next(line for line in out.splitlines() if line.startswith("Page size:"))
    return pages, size
