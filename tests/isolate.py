"""Run one piece of work in a child process with a time limit and a memory ceiling.

Hostile files are meant to hang or exhaust a reader. A test that fed one to the reader in its
own process would hang the suite, or let the kernel kill it, before it could say what went
wrong. Here the work runs in a forked child whose address space is capped (so a runaway
allocation is a MemoryError in the child, not pressure on a machine others share) and which is
killed when its time is up; the parent gets back the value, the seconds it took and the child's
peak resident memory above where it started.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Outcome:
    value: Any  # what the work returned (None when it failed)
    seconds: float  # wall time of the work itself, measured in the child
    peak: int  # the child's peak resident memory above its starting point, in bytes
    error: str | None = None  # "timeout", or the exception's type and traceback

    def check(self, seconds: float, memory: int = 256 * MB) -> Any:
        """The value, after asserting the work ran clean within ``seconds`` and ``memory``."""
        assert self.error is None, self.error
        assert self.seconds < seconds, f"took {self.seconds:.2f} s (limit {seconds} s)"
        assert self.peak < memory, f"peaked at {self.peak / MB:.0f} MB (limit {memory / MB:.0f})"
        return self.value


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def run_isolated(work: Callable[[], Any], timeout: float = 20.0, memory: int = 512 * MB) -> Outcome:
    """``work()`` in a forked child: killed after ``timeout`` seconds, and unable to allocate
    more than ``memory`` bytes above what it started with (RLIMIT_AS)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the isolation harness reads /proc (Linux)")
    import resource

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        code = 0
        try:
            size = _status_kb("VmSize") * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size + memory, size + memory))
            with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
                fh.write("5")  # reset the peak (VmHWM) to the current size
            start_rss = _status_kb("VmRSS")
            started = time.perf_counter()
            try:
                value, error = work(), None
            except BaseException as exc:
                value = None
                error = f"{type(exc).__name__}\n{traceback.format_exc()}"
            seconds = time.perf_counter() - started
            peak = max(0, _status_kb("VmHWM") - start_rss) * 1024
            payload = pickle.dumps((value, seconds, peak, error))
            with os.fdopen(write_fd, "wb") as out:
                out.write(payload)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    with os.fdopen(read_fd, "rb") as pipe:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([pipe], [], [], left)[0]:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return Outcome(None, timeout, 0, f"timeout: still running after {timeout} s")
            chunk = os.read(pipe.fileno(), 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if not chunks:
        return Outcome(None, 0.0, 0, f"the child died (wait status {status})")
    value, seconds, peak, error = pickle.loads(b"".join(chunks))  # noqa: S301 - our own child
    return Outcome(value, seconds, peak, error)
