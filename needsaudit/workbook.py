"""Small shared file helpers: atomic writes, lock files, backups, decryption, one-run locks."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import socket
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .i18n import M
from .issues import NeedsAuditError, WorkbookLockedError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ZIP_EMPTY_MAGIC = b"PK\x05\x06"


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
    """Who holds a lock, as far as its file says (a user name, never document content)."""
    try:
        raw = lock.read_bytes()[:512]
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
            f"{path.name} is open in {holder}: save and close it, then run "
            f"again (or use --ignore-lock if that program is no longer running: "
            f"delete {locks[0].name}).",
            path,
            locks[0],
            holder,
        )


# --- one run at a time ----------------------------------------------------------------------------


@contextlib.contextmanager
def run_lock(folder: Path, name: str) -> Iterator[None]:
    """Hold an exclusive OS lock on ``folder/name`` for the duration (released on crash)."""
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
                f"Another needsaudit {name.removesuffix('.lock')} is running on this audit "
                f"({socket.gethostname()}): wait for it to finish, then run again."
            ) from exc
        yield
    finally:
        fh.close()


# --- backups --------------------------------------------------------------------------------------


def backup(path: Path, backups: Path, keep: int = 20) -> Path | None:
    """Copy ``path`` into ``backups`` (timestamped); keep the last ``keep`` and the first of
    each day, so a meeting's whole history survives many merges on one day."""
    if not path.exists():
        return None
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"{path.stem}-{stamp}{path.suffix}"
    atomic_write_bytes(target, path.read_bytes())
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


# --- encrypted workbooks --------------------------------------------------------------------------


class PackageProblem(Exception):
    """A file cannot be opened as a workbook; ``code`` is an issue code."""

    def __init__(self, code: str, **values: object) -> None:
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
        return ["/".join(p) for p in ole.listdir(streams=True, storages=True)]
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
    import struct

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    algorithm = str(info["passwordHashAlgorithm"]).replace("-", "").lower()
    salt: bytes = info["passwordSalt"]
    spin: int = info["spinValue"]
    key_bytes: int = info["passwordKeyBits"] // 8

    def digest(data: bytes) -> bytes:
        return hashlib.new(algorithm, data).digest()

    h = digest(salt + password.encode("utf-16-le"))
    for i in range(spin):
        h = digest(struct.pack("<I", i) + h)

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


def decrypt(data: bytes, passwords: Sequence[str]) -> tuple[bytes, int]:
    """Decrypt an Excel-encrypted workbook, trying ``passwords`` in order.

    Returns the plain bytes and the index of the password that worked. Passwords are never
    logged or put in a message.
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
    for index, password in enumerate(passwords):
        try:
            if kind == "agile":
                secret = _agile_secret_key(office.info, password)
                if secret is None:
                    continue
                office.load_key(secret_key=secret)
            else:  # the older "standard" encryption (Excel 2007) is cheap to try
                office.load_key(password=password, verify_password=True)
            out = io.BytesIO()
            office.decrypt(out)
        except (InvalidKeyError, DecryptionError):
            continue
        except Exception as exc:  # msoffcrypto raises bare exceptions for odd containers
            raise PackageProblem(
                "corrupt-file", why=M("why.encryption", "its encryption cannot be read")
            ) from exc
        return out.getvalue(), index
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
            f"{path} is damaged ({type(exc).__name__}); restore it from a backup or delete it."
        ) from exc
