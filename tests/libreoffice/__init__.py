"""Client for the UNO worker: one LibreOffice for the whole test session, that survives
LibreOffice.

LibreOffice 7.4 dies now and then under UNO, most often while closing a document it has just
saved after dispatcher typing, and more often on a loaded machine. The worker notices a dead
office and starts a fresh one. This client then makes the death invisible to the test only
where that is safe:

- died while closing a document whose save is on disk and complete (the worker checks the
  file): the job is done; go on with the fresh office.
- died anywhere else: every document the test has open is lost, so each is opened again on
  the fresh office and its job so far is replayed, request by request; every answer must equal
  the one the test already had, or the test fails. Then the request that met the death is
  sent again. After ``ATTEMPTS`` deaths for one request the test fails, saying it was
  LibreOffice.

A test never passes because the office died: it only ever sees answers from a live office, and
the failure raised when LibreOffice keeps dying is pytest's own ``Failed``, which no
``except Exception`` in a test can swallow.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

WORKER = Path(__file__).with_name("uno_worker.py")
SYSTEM_PYTHON = "/usr/bin/python3"
ATTEMPTS = 3  # deaths one request may meet before the test fails
ANSWER_TIMEOUT = 120.0  # seconds: a hung office counts as a dead one
START_TIMEOUT = 90.0  # seconds for the worker to start its office (about 1.5 s when quiet)
# Answers that legitimately differ between two offices (a lock file holds the time it was made),
# and requests after which a document's answers may (a macro may write the time, as the
# coordinator's buttons do): replayed, not compared.
UNREPEATABLE = frozenset({"lock_file"})
CLOCKED = frozenset({"run_macro"})


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
    """A request LibreOffice (alive) refused or could not do: the test's business."""


class _Died(Exception):
    """The office (or the worker) died during a request; the client recovers from it."""


@dataclass
class _Doc:
    """A document the test has open: how it was opened, and every request since."""

    opened: dict[str, Any]
    worker_id: int
    journal: list[tuple[dict[str, Any], Any]] = field(default_factory=list)


class Office:
    """Requests to the worker; each method is one operation of uno_worker.py."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.timeout = ANSWER_TIMEOUT
        self.attempts = ATTEMPTS
        self._buffer = b""
        self.docs: dict[int, _Doc] = {}
        self.next_id = 1
        self.lost = False  # the open documents died with an office and must be replayed
        self.deaths: list[str] = []  # what each death interrupted, for the report
        self.restarts: list[str] = []  # deaths after a complete save: nothing was redone
        for attempt in range(1, ATTEMPTS + 1):
            try:
                self._start_worker()
                return
            except _Died as died:
                self.deaths.append(f"start: {died}")
                if attempt == ATTEMPTS:
                    self._fail("start")

    # --- the worker process -------------------------------------------------------------

    def _start_worker(self) -> None:
        # Its own session, so that a hung worker and the soffice it started end together.
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            start_new_session=True,
        )
        self._buffer = b""
        first = self._read(START_TIMEOUT)
        if first.get("result") != "ready":
            raise _Died(f"the worker did not start: {first}")

    def _kill_worker(self) -> None:
        """End a hung or broken worker and every process it started (its soffice runs in a
        process group of its own, inside the worker's session), by their ids."""
        if self.proc is None:
            return
        for pid in _session_members(self.proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def _read(self, timeout: float | None = None) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        timeout = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    self._kill_worker()
                    raise _Died(f"no answer from LibreOffice in {timeout:.0f} s")
                chunk = os.read(fd, 65536)
                if not chunk:
                    self._kill_worker()
                    raise _Died("the LibreOffice worker exited")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        return answer

    def _send(self, request: dict[str, Any]) -> dict[str, Any]:
        """One request and its answer. Raises _Died when the office or the worker died; the
        worker has then started a fresh office (or the worker is restarted here)."""
        if self.proc is None or self.proc.poll() is not None:
            self._start_worker()
        assert self.proc is not None and self.proc.stdin is not None
        try:
            self.proc.stdin.write(json.dumps(request, default=str).encode() + b"\n")
            self.proc.stdin.flush()
        except BrokenPipeError as exc:
            self._kill_worker()
            raise _Died("the LibreOffice worker exited") from exc
        answer = self._read()
        if answer.get("died"):
            raise _Died(answer["error"])
        return answer

    # --- requests -----------------------------------------------------------------------

    def call(self, op: str, **kwargs: Any) -> Any:
        request = {"op": op, **kwargs}
        for attempt in range(1, self.attempts + 1):
            try:
                if self.lost:
                    self._replay()
                answer = self._send(self._wire(request))
            except _Died as died:
                self.deaths.append(f"{op}: {died}")
                self.lost = True
                if attempt == self.attempts:
                    self._fail(op)
                continue
            return self._done(request, answer)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wire(self, request: dict[str, Any]) -> dict[str, Any]:
        """The request with the client's document id replaced by the worker's."""
        if "doc" not in request:
            return request
        return {**request, "doc": self.docs[request["doc"]].worker_id}

    def _done(self, request: dict[str, Any], answer: dict[str, Any]) -> Any:
        if not answer["ok"]:
            raise OfficeError(answer["error"])
        result = answer["result"]
        op = request["op"]
        if op == "open":
            doc_id = self.next_id
            self.next_id += 1
            self.docs[doc_id] = _Doc(request, result)
            return doc_id
        if op == "close":
            del self.docs[request["doc"]]
        elif "doc" in request:
            self.docs[request["doc"]].journal.append((request, result))
        if "restarted" in answer:
            # Died closing a document whose save is whole: nothing to redo for it, but any
            # other open document went with that office.
            self.restarts.append(f"{op}: {answer['restarted']}")
            self.lost = bool(self.docs)
        return result

    def _replay(self) -> None:
        """Open every open document again on the fresh office and repeat its job so far."""
        for doc in self.docs.values():
            opened = self._send(doc.opened)
            if not opened["ok"]:
                raise OfficeError(f"reopening after LibreOffice died: {opened['error']}")
            doc.worker_id = opened["result"]
            clocked = False
            for request, result in doc.journal:
                again = self._send(self._wire(request))
                clocked = clocked or request["op"] in CLOCKED
                if request["op"] in UNREPEATABLE or (clocked and again["ok"]):
                    continue
                if not again["ok"] or again["result"] != result:
                    pytest.fail(
                        f"LibreOffice died; on a fresh LibreOffice, repeating {request['op']!r} "
                        f"answered {again.get('result', again.get('error'))!r}, not {result!r}",
                        pytrace=False,
                    )
        self.lost = False

    def _fail(self, op: str) -> None:
        pytest.fail(
            f"LibreOffice itself died {self.attempts} times running {op!r}, each time on a "
            f"fresh LibreOffice (not a failure of needsaudit): "
            + " | ".join(self.deaths[-self.attempts :]),
            pytrace=False,
        )

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
        if self.proc is not None and self.proc.poll() is None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.write(json.dumps({"op": "quit"}).encode() + b"\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self._kill_worker()


def _session_members(session: int) -> list[int]:
    """The processes of a session (Linux /proc; the LibreOffice tests run on Debian)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # it ended meanwhile
        if int(fields[3]) == session:  # after the name: state, ppid, pgrp, session
            pids.append(int(stat.parent.name))
    return pids


def pdf_pages(pdf: Path) -> tuple[int, str]:
    """Page count and page size line of a PDF (poppler's pdfinfo)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line for line in out.splitlines() if line.startswith("Pages:")).split()[1])
    size = next(line for line in out.splitlines() if line.startswith("Page size:"))
    return pages, size
