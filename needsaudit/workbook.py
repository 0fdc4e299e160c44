"""Small shared file helpers: atomic writes, lock files, backups, decryption, one-run locks."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import re
import socket
import stat
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .files import printable, read_head
from .i18n import N_, M, _, in_each_language
from .issues import Detail, NeedsAuditError, WorkbookLockedError
from .limits import RETURNS

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def now() -> datetime:
    """The current time, or SOURCE_DATE_EPOCH when set (reproducible example workbooks)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).replace(tzinfo=None)
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


# --- atomic writes --------------------------------------------------------------------------------


def atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """Write ``path`` so that a crash at any moment leaves the old file (or none) intact.

    ``write`` receives a temporary path in the same folder (same file system, so the final
    rename is atomic); it is renamed over ``path`` only once fully written and flushed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # mkstemp makes the file private; give it the mode a normal save would have.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        tmp.chmod(mode)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # not every platform can fsync a directory
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    atomic_write(path, lambda tmp: tmp.write_bytes(data))


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


# --- lock files of spreadsheet applications -------------------------------------------------------


def lock_files(path: Path) -> list[Path]:
    """Lock files Excel or LibreOffice keep beside ``path`` while it is open."""
    name = path.name
    candidates = [
        path.with_name(f".~lock.{name}#"),  # LibreOffice
        path.with_name(f"~${name}"),  # Excel
    ]
    # Excel shortens long names in its owner file by dropping leading characters.
    candidates += [path.with_name(f"~${name[i:]}") for i in (1, 2)]
    return [c for c in candidates if c.exists()]


def describe_lock(lock: Path) -> str:
    """Who holds a lock, as far as its file says, printable (the file is anyone's to write)."""
    return printable(_lock_holder(lock))


def _lock_holder(lock: Path) -> str:
    """Who holds a lock, as far as its file says (a user name, never document content)."""
    try:
        raw = read_head(lock, "", 512)
    except OSError:
        return "another program"
    if lock.name.startswith(".~lock."):
        # Fields: the user's name (Tools > Options > User Data, often blank), the system
        # user name, the host, the time, the profile URL.
        parts = [p.strip() for p in raw.decode("utf-8", "replace").split(",")]
        who = next((p for p in parts[:2] if p), "")
        return f"LibreOffice ({who})" if who else "LibreOffice"
    if raw:
        length = raw[0]
        who = raw[1 : 1 + length].decode("latin-1", "replace").strip()
        return f"Excel ({who})" if who and who.isprintable() else "Excel"
    return "Excel"


def refuse_if_open(path: Path, ignore_lock: bool = False) -> None:
    """Stop (exit 2) rather than replace a workbook that someone has open."""
    if ignore_lock or not path.exists():
        return
    locks = lock_files(path)
    if locks:
        holder = describe_lock(locks[0])
        raise WorkbookLockedError(
            _(
                "{name} is open in {holder}: save and close it, then run again (or use "
                "--ignore-lock if that program is no longer running: delete {lock})."
            ).format(name=printable(path.name), holder=holder, lock=printable(locks[0].name)),
            path,
            locks[0],
            holder,
        )


def refuse_if_read_only(path: Path) -> None:
    """Stop (exit 2) rather than replace a workbook someone marked read-only: replacing a
    file needs only the folder's permission, so a save would silently undo the mark."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise NeedsAuditError(
            _(
                "{name} is read-only (someone marked it so that it is not changed): make it "
                "writable again (Properties, untick Read-only) or move it away, then run again. "
                "Nothing was changed."
            ).format(name=printable(path.name))
        )


# --- one run at a time ----------------------------------------------------------------------------

# Descriptors of the run locks this process holds. A child forked while one is held (a worker
# reading returns) shares the open file, and an flock lasts as long as any process keeps it
# open: a worker orphaned by a killed merge used to hold merge.lock forever.
_HELD_LOCKS: set[int] = set()


def _drop_locks_in_child() -> None:
    """In a forked child, let go of the parent's run locks at once. The descriptor is pointed
    at the null device rather than closed, so that the inherited file object, when it is
    closed in its turn, cannot close a descriptor the child has reused since."""
    if not _HELD_LOCKS:
        return
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for fd in _HELD_LOCKS:
            with contextlib.suppress(OSError):
                os.dup2(null, fd)
    finally:
        os.close(null)
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):  # POSIX; on Windows children never inherit the handle
    os.register_at_fork(after_in_child=_drop_locks_in_child)


@contextlib.contextmanager
def run_lock(folder: Path, name: str) -> Iterator[None]:
    """Hold an exclusive OS lock on ``folder/name`` for the duration. The system releases it
    when this process ends, however it ends: only this process holds it (see above)."""
    folder.mkdir(parents=True, exist_ok=True)
    lock_path = folder / name
    fh = open(lock_path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
    try:
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows only
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise WorkbookLockedError(
                _(
                    "Another needsaudit {command} is running on this audit ({owner}): wait for "
                    "it to finish, then run again."
                ).format(command=name.removesuffix(".lock"), owner=_lock_owner(lock_path))
            ) from exc
        _HELD_LOCKS.add(fh.fileno())
        with contextlib.suppress(OSError):  # who holds it, for whoever finds it held
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()} {socket.gethostname()} {now():%Y-%m-%d %H:%M}\n")
            fh.flush()
        yield
    finally:
        _HELD_LOCKS.discard(fh.fileno())
        fh.close()


def _lock_owner(lock_path: Path) -> str:
    parts = read_head(lock_path, "", 200).decode("utf-8", "replace").split()
    if len(parts) >= 4:
        return printable(f"process {parts[0]} on {parts[1]}, since {parts[2]} {parts[3]}")
    return printable(socket.gethostname())


# --- backups --------------------------------------------------------------------------------------


def backup(path: Path, backups: Path, keep: int = 20) -> Path | None:
    """Copy ``path`` into ``backups`` (timestamped); keep the last ``keep`` and the first of
    each day, so a meeting's whole history survives many merges on one day."""
    if not path.exists():
        return None
    backups.mkdir(parents=True, exist_ok=True)
    data = path.read_bytes()
    existing = sorted(backups.glob(f"{path.stem}-*{path.suffix}"))
    # The newest backup may already hold these bytes: a merge that failed or was killed after
    # its backup. Another copy would push a real version out of the ones kept.
    if existing and existing[-1].stat().st_size == len(data) and existing[-1].read_bytes() == data:
        return existing[-1]
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"{path.stem}-{stamp}{path.suffix}"
    atomic_write_bytes(target, data)
    existing = sorted(backups.glob(f"{path.stem}-*{path.suffix}"))
    first_of_day: dict[str, Path] = {}
    for item in existing:
        day = item.name[len(path.stem) + 1 :][:8]
        first_of_day.setdefault(day, item)
    protected = set(existing[-keep:]) | set(first_of_day.values())
    for item in existing:
        if item not in protected:
            with contextlib.suppress(OSError):
                item.unlink()
    return target


_STALE_TEMPORARY = re.compile(r"\.(?P<stem>.+)\.[a-z0-9_]{8}\.tmp")  # what atomic_write names


def remove_stale_temporaries(folder: Path, stem: re.Pattern[str]) -> None:
    """Delete what atomic writes of files named like ``stem`` left in ``folder`` when their
    process was killed (hidden ``.<stem>.XXXXXXXX.tmp`` copies). Call only while holding the
    run lock that every writer of those files holds."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            m = _STALE_TEMPORARY.fullmatch(entry.name)
            if m and stem.fullmatch(m["stem"]) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    Path(entry.path).unlink()


def write_failure(exc: OSError, folder: Path) -> str:
    """One line for a write that failed: which file, why in plain words, what to do."""
    reasons = {
        errno.ENOSPC: N_("the disk is full"),
        errno.EDQUOT: N_("the disk quota is used up"),
        errno.EFBIG: N_("the file is too large for the disk or the account's limits"),
        errno.EACCES: N_("permission denied"),
        errno.EPERM: N_("permission denied"),
        errno.EROFS: N_("the disk is read-only"),
        errno.EEXIST: N_("a file is in the way of a folder"),
        errno.ENOTDIR: N_("a file is in the way of a folder"),
    }
    known = reasons.get(exc.errno or 0)
    name = printable(Path(exc.filename).name) if isinstance(exc.filename, str) else ""

    def say() -> str:
        reason = _(known) if known else exc.strerror or type(exc).__name__
        return _(
            "{name} could not be written ({reason}): free some space, or check that you may "
            "write in {folder}, then run again."
        ).format(name=name or _("A file"), reason=reason, folder=printable(str(folder)))

    return in_each_language(say)


# --- encrypted workbooks --------------------------------------------------------------------------


class PackageProblem(Exception):
    """A file cannot be opened as a workbook; ``code`` is an issue code."""

    def __init__(self, code: str, **values: Detail) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def ole_stream_names(data: bytes) -> list[str]:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile raises plain Exception subclasses for damaged files
        raise PackageProblem(
            "corrupt-file", why=M("why.container", "its container is damaged")
        ) from exc
    try:
        names = ["/".join(p) for p in ole.listdir(streams=True, storages=True)]
        # msoffcrypto parses the encryption description into a DOM: bound it first.
        limit = RETURNS.encryption_info_bytes
        if "EncryptionInfo" in names and ole.get_size("EncryptionInfo") > limit:
            raise PackageProblem(
                "corrupt-file", why=M("why.encryption", "its encryption cannot be read")
            )
        return names
    except PackageProblem:
        raise
    except Exception as exc:  # ditto, while listing a damaged directory
        raise PackageProblem(
            "corrupt-file", why=M("why.container", "its container is damaged")
        ) from exc
    finally:
        ole.close()


_DRM = re.compile(r"drm|irm|rightsmanagement", re.IGNORECASE)


def classify_ole(data: bytes) -> str:
    """'encrypted' (Excel's own password), 'rights-managed', or 'legacy' (an .xls or .doc)."""
    names = ole_stream_names(data)
    if any(_DRM.search(n) for n in names) or any(n.lower().endswith("drmcontent") for n in names):
        return "rights-managed"
    if "EncryptionInfo" in names and "EncryptedPackage" in names:
        return "encrypted"
    if "EncryptedPackage" in names:
        return "rights-managed"
    return "legacy"


# MS-OFFCRYPTO 2.3.4.11-13: block keys of the agile password verifier and key.
_BLOCK_VERIFIER_INPUT = bytes.fromhex("fea7d2763b4b9e79")
_BLOCK_VERIFIER_VALUE = bytes.fromhex("d7aa0f6d3061344e")
_BLOCK_KEY_VALUE = bytes.fromhex("146e0be7abacd0d6")


def _agile_secret_key(info: dict[str, Any], password: str) -> bytes | None:
    """The package key for ``password``, or None if it is the wrong one.

    Excel's agile encryption hashes the password 100,000 times on purpose. msoffcrypto
    derives that hash twice (once to verify, once for the key); this derives it once, which
    halves the time every protected return costs on every command.
    """
    import hashlib

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    algorithm = str(info["passwordHashAlgorithm"]).replace("-", "").lower()
    salt: bytes = info["passwordSalt"]
    spin: int = info["spinValue"]
    if info["passwordKeyBits"] not in (128, 192, 256):  # AES's; anything else is damage
        raise PackageProblem(
            "corrupt-file", why=M("why.encryption", "its encryption cannot be read")
        )
    key_bytes: int = info["passwordKeyBits"] // 8

    def digest(data: bytes) -> bytes:
        return hashlib.new(algorithm, data).digest()

    h = digest(salt + password.encode("utf-16-le"))
    # The spin loop is all the cost: the named constructor and int.to_bytes take a third of
    # the time hashlib.new and struct.pack do (0.05 s for Excel's 100,000 rounds).
    guaranteed = algorithm in hashlib.algorithms_guaranteed
    named = getattr(hashlib, algorithm, None) if guaranteed else None
    if named is not None:
        for i in range(spin):
            h = named(i.to_bytes(4, "little") + h).digest()
    else:
        for i in range(spin):
            h = digest(i.to_bytes(4, "little") + h)

    def key_for(block: bytes) -> bytes:
        key = digest(h + block)[:key_bytes]
        return key + b"\x36" * (key_bytes - len(key))

    def aes_decrypt(data: bytes, key: bytes) -> bytes:
        dec = Cipher(algorithms.AES(key), modes.CBC(salt[:16])).decryptor()
        return dec.update(data) + dec.finalize()

    verifier_input = aes_decrypt(info["encryptedVerifierHashInput"], key_for(_BLOCK_VERIFIER_INPUT))
    expected = aes_decrypt(info["encryptedVerifierHashValue"], key_for(_BLOCK_VERIFIER_VALUE))
    actual = digest(verifier_input)
    if expected[: len(actual)] != actual:
        return None
    return aes_decrypt(info["encryptedKeyValue"], key_for(_BLOCK_KEY_VALUE))


def decrypt(
    data: bytes, passwords: Sequence[str], max_spin: int = RETURNS.spin_count
) -> tuple[bytes, int]:
    """Decrypt an Excel-encrypted workbook, trying ``passwords`` in order.

    Returns the plain bytes and the index of the password that worked. Passwords are never
    logged or put in a message. The file says how many rounds of hashing each password costs;
    above ``max_spin`` (Excel asks for 100,000) it is refused before any is tried, since the
    format's own ceiling, 10,000,000, costs about 40 s a password.
    """
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, InvalidKeyError

    if not passwords:
        raise PackageProblem("encrypted-no-password")
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        kind = getattr(office, "type", None)
    except Exception as exc:  # msoffcrypto raises bare exceptions for odd containers
        raise PackageProblem(
            "corrupt-file", why=M("why.encryption", "its encryption cannot be read")
        ) from exc
    if kind == "agile":
        spin = office.info.get("spinValue")
        if not isinstance(spin, int) or spin < 0:
            raise PackageProblem(
                "corrupt-file", why=M("why.encryption", "its encryption cannot be read")
            )
        if spin > max_spin:
            raise PackageProblem("encryption-too-slow", spin=f"{spin:,}", max=f"{max_spin:,}")
    for index, password in enumerate(passwords):
        # First whether the password is right, then the contents: a right password whose
        # contents are no workbook is a damaged file, not a wrong password.
        try:
            if kind == "agile":
                secret = _agile_secret_key(office.info, password)
                if secret is None:
                    continue
            else:  # the older "standard" encryption (Excel 2007) is cheap to try
                office.load_key(password=password, verify_password=True)
        except (InvalidKeyError, DecryptionError):
            continue
        except PackageProblem:
            raise
        except Exception as exc:  # msoffcrypto raises bare exceptions for odd containers
            raise PackageProblem(
                "corrupt-file", why=M("why.encryption", "its encryption cannot be read")
            ) from exc
        try:
            if kind == "agile":
                from msoffcrypto.method.ecma376_agile import ECMA376Agile

                info = office.info
                with office.file.openstream("EncryptedPackage") as stream:
                    plain: bytes = ECMA376Agile.decrypt(
                        secret, info["keyDataSalt"], info["keyDataHashAlgorithm"], stream
                    )
            else:
                out = io.BytesIO()
                office.decrypt(out)
                plain = out.getvalue()
        except Exception as exc:  # msoffcrypto raises bare exceptions for odd containers
            raise PackageProblem(
                "corrupt-file",
                why=M("why.encrypted-contents", "its encrypted contents are damaged"),
            ) from exc
        if plain.startswith(OLE_MAGIC):  # the right password, and inside: another container
            raise PackageProblem(
                "corrupt-file", why=M("why.encrypted-twice", "it is password-protected twice over")
            )
        return plain, index
    raise PackageProblem("wrong-password", tried=len(passwords))


def encrypt(data: bytes, password: str) -> bytes:
    """Excel's own password encryption (agile), as Excel's 'Encrypt with Password' does."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


# --- deterministic zips ---------------------------------------------------------------------------

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def rezip(members: Sequence[tuple[str, bytes]], level: int = 6) -> bytes:
    """A zip of ``members`` with fixed timestamps, so the same content gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, payload in members:
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, payload, compresslevel=level)
    return out.getvalue()


def read_json(path: Path, default: object) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default
    except (OSError, ValueError) as exc:
        raise NeedsAuditError(
            _("{path} is damaged ({why}); restore it from a backup or delete it.").format(
                path=path, why=type(exc).__name__
            )
        ) from exc
