"""Files in the audit folder, treated as hostile until read.

Anyone who can drop a file into ``returns/`` (or a sync client, or a mistake) decides what is
there: a pipe that blocks whoever opens it, a link to ``/dev/zero`` or to a file elsewhere on
the computer, a name with bytes that are not UTF-8, or with terminal escape codes that would
repaint the coordinator's screen. Everything here reads only ordinary files inside the audit,
never more than a stated number of bytes, and turns names into text that is safe to print,
to write into a workbook and to compare between runs.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .i18n import M, Msg

# Characters that move a terminal's cursor or change what it shows (C0 and C1 controls,
# DEL), reorder text (bidirectional controls), break lines, or stand for bytes that were not
# UTF-8 (lone surrogates from os.fsdecode).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(m: re.Match[str]) -> str:
    ch = m[0]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control characters and undecodable bytes written as ``\\x1b``-style
    escapes: safe on a terminal, in JSON and in a workbook cell, and the same on every run."""
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub(_escape, text)


class Refused(Exception):
    """A path that is not read: ``code`` is an issue code, ``values`` fill its message."""

    def __init__(self, code: str, **values: str | int) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def real_root(folder: Path) -> str:
    """The audit folder as the system resolves it (links in the path leading to it are fine:
    only links inside it may not lead out)."""
    return os.path.realpath(folder)


def is_inside(path: str | Path, root: str) -> bool:
    """Whether ``path`` resolves to ``root`` or somewhere below it."""
    return _within(os.path.realpath(path), root)


def _within(real: str, root: str) -> bool:
    if real == root or real.startswith(root.rstrip(os.sep) + os.sep):
        return True
    try:
        return os.path.commonpath([real, root]) == root
    except ValueError:  # another drive (Windows)
        return False


# What a path is, in the issues that refuse it (outside-link, not-a-file).
A_FOLDER = M("kind.folder", "a folder")
A_FILE = M("kind.file", "a file")


def _kind(mode: int) -> Msg:
    if stat.S_ISDIR(mode):
        return A_FOLDER
    if stat.S_ISFIFO(mode):
        return M("kind.pipe", "a pipe")
    if stat.S_ISSOCK(mode):
        return M("kind.socket", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return M("kind.device", "a device")
    return M("kind.special", "a special file")


def _thousands(n: int) -> str:
    """A count as people read it (5,000): a value for a marked message."""
    return f"{n:,}"


def _megabytes(size: int) -> Msg:
    return M("size.megabytes", "{n} MB", n=_thousands(size // (1024 * 1024)))


@dataclass(frozen=True, slots=True)
class FileData:
    data: bytes
    size: int  # the size on disk
    mtime: float


# Open without following a final link (it was resolved already, and a link swapped in since
# is refused), and without blocking on a pipe that was swapped in.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_file(path: Path, root: str, limit: int, plain: bool = False) -> FileData:
    """The bytes of an ordinary file inside the audit, at most ``limit`` of them.

    ``plain``: the path is a directory entry already known to be a regular file and no link,
    found by walking the audit folder without following links; then it is opened as it is
    (refusing a link swapped in since) instead of first being resolved: most returns are.

    Raises Refused (``outside-link``, ``not-a-file``, ``too-large``) for what is not read,
    and OSError when the file cannot be opened or read.
    """
    if plain:
        target = str(path)
    else:
        target = os.path.realpath(path)
        if root and not _within(target, root):
            what = A_FOLDER if Path(target).is_dir() else A_FILE
            raise Refused("outside-link", what=what)
        info = Path(target).stat()
        if not stat.S_ISREG(info.st_mode):
            raise Refused("not-a-file", what=_kind(info.st_mode))  # never opened: it may block
        if info.st_size > limit:
            raise Refused("too-large", what=_megabytes(info.st_size))
    fd = os.open(target, _OPEN_FLAGS)
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):  # swapped since it was looked at
            raise Refused("not-a-file", what=_kind(opened.st_mode))
        if opened.st_size > limit:
            raise Refused("too-large", what=_megabytes(opened.st_size))
        chunks = []
        left = limit + 1  # one byte more than allowed tells a file that grew since
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise Refused(
            "too-large", what=M("what.more-than", "more than {size}", size=_megabytes(limit))
        )
    return FileData(data, opened.st_size, opened.st_mtime)


def kind_of(entry: os.DirEntry[str]) -> Msg:
    """What a directory entry that is no regular file, folder or link is ("a pipe"...)."""
    try:
        return _kind(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return M("kind.special", "a special file")


def relative_name(path: Path, folder: Path) -> str:
    """``path`` relative to the audit folder, with ``/``, safe to show (see printable)."""
    return printable(path.relative_to(folder).as_posix())


def read_head(path: Path, root: str, n: int = 8, plain: bool = False) -> bytes:
    """The first ``n`` bytes of an ordinary file inside the audit; b"" for anything else (a
    pipe, a link out of the audit, a file that cannot be opened). Never blocks. ``plain``
    as for read_file."""
    try:
        if plain:
            target = str(path)
        else:
            target = os.path.realpath(path)
            if (root and not _within(target, root)) or not stat.S_ISREG(
                Path(target).stat().st_mode
            ):
                return b""
        fd = os.open(target, _OPEN_FLAGS)
        try:
            return os.read(fd, n) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
        finally:
            os.close(fd)
    except OSError:
        return b""
