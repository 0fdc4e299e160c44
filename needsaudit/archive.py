"""The audit's last day: take the case-level files out of the audit folder.

An audit folder ends up holding special category data about children in many places: the
returns, the forms (some filled in place), the shuffle workbook, its backups and the merge
log, the sample list in setup.xlsx, and the coordinator workbook's Issues and Status sheets.
The commissioners' summaries are aggregate and stay. `archive` lists what goes, asks, packs the
case-level files into one AES-256 encrypted zip (readable by 7-Zip, WinZip and the like),
checks every file in it against the original, and only then deletes the originals. With
``delete=True`` it deletes them without an archive, after a stronger confirmation.

Files needsaudit did not write (a caseload export saved in the folder, say) are never touched:
they are listed so that someone decides about them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .files import printable
from .i18n import _
from .issues import NeedsAuditError
from .names import (
    ARCHIVING,
    CHECKING_ARCHIVE,
    COORDINATOR_STEM,
    FORMS_DIR,
    RETURNS_DIR,
    SETUP_FILE,
    SHUFFLE_FILE,
    STATE_DIR,
    SUMMARY_FILE,
    SUMMARY_PUBLIC_FILE,
)
from .workbook import atomic_write, lock_files

MIN_PASSWORD = 12
CASE_LEVEL_DIRS = (RETURNS_DIR, FORMS_DIR, STATE_DIR)
CASE_LEVEL_FILES = (
    SETUP_FILE,
    SHUFFLE_FILE,
    f"{COORDINATOR_STEM}.xlsm",
    f"{COORDINATOR_STEM}.xlsx",
)
AGGREGATE_FILES = (SUMMARY_FILE, SUMMARY_PUBLIC_FILE)
ARCHIVE_PREFIX = "case-level archive"


@dataclass(slots=True)
class Inventory:
    folder: Path
    case_level: list[Path] = field(default_factory=list)  # relative paths, sorted
    aggregate: list[Path] = field(default_factory=list)
    other: list[Path] = field(default_factory=list)  # not ours: left alone
    open_workbooks: list[Path] = field(default_factory=list)  # lock files beside them
    # Links (to files or folders, wherever they lead): never followed, packed or deleted, so
    # nothing outside the audit folder is ever read or removed through one.
    links: list[Path] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum((self.folder / p).stat().st_size for p in self.case_level)

    def summary(self) -> list[str]:
        """What goes, grouped by top-level folder, for the confirmation."""
        groups: dict[str, int] = {}
        for path in self.case_level:
            top = path.parts[0] + ("/" if len(path.parts) > 1 else "")
            groups[top] = groups.get(top, 0) + 1
        return [
            f"{top} ({count} files)" if top.endswith("/") else top
            for top, count in sorted(groups.items())
        ]


def _is_lock(name: str) -> bool:
    return name.startswith(("~$", ".~lock.")) and not name.endswith(".tmp")


def inventory(folder: Path) -> Inventory:
    """Sort every file in the audit folder into case-level, aggregate and not ours."""
    if not (folder / SETUP_FILE).exists() and not (folder / SHUFFLE_FILE).exists():
        from .audit import not_an_audit

        raise NeedsAuditError(f"{not_an_audit(folder)} {_('Nothing was changed.')}")
    inv = Inventory(folder)
    for root, dirs, files in os.walk(folder):  # never enters a link to a folder
        dirs.sort()
        for name in dirs:
            if (Path(root) / name).is_symlink():
                inv.links.append((Path(root) / name).relative_to(folder))
        for name in sorted(files):
            rel = (Path(root) / name).relative_to(folder)
            if (folder / rel).is_symlink():
                inv.links.append(rel)
                continue
            if _is_lock(name):
                continue
            if rel.parts[0] in CASE_LEVEL_DIRS or str(rel) in CASE_LEVEL_FILES:
                inv.case_level.append(rel)
            elif str(rel) in AGGREGATE_FILES:
                inv.aggregate.append(rel)
            else:
                inv.other.append(rel)
    for rel in [*inv.case_level, *inv.aggregate]:
        if rel.suffix in (".xlsx", ".xlsm") and lock_files(folder / rel):
            inv.open_workbooks.append(rel)
    return inv


def check_target(inv: Inventory, target: Path) -> None:
    """Refuse an archive that would land inside what archive packs or deletes (it would be
    deleted with them, or written over one of them), or replace any file already there."""
    folder = inv.folder.resolve()
    where = target.resolve()
    inside = [folder / d for d in CASE_LEVEL_DIRS]
    known = {(inv.folder / p).resolve() for p in [*inv.case_level, *inv.aggregate, *inv.other]}
    if (
        where == folder
        or any(where == d or d in where.parents for d in inside)
        or where in known
        or where.exists()
        or target.is_symlink()
    ):
        raise NeedsAuditError(
            _(
                "The archive cannot be written to {target}: it would replace a file that is "
                "there, or be inside what archive takes out of the audit folder. Choose a new "
                "name, outside {folders}. Nothing was changed."
            ).format(
                target=printable(str(target)),
                folders=", ".join(d + "/" for d in CASE_LEVEL_DIRS),
            )
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise NeedsAuditError(
            _(
                "The archive password must be at least {n} characters (a passphrase of three "
                "or four words is good): nothing was changed."
            ).format(n=MIN_PASSWORD)
        )


def write_archive(
    inv: Inventory,
    target: Path,
    password: str,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Write the case-level files into an AES-256 zip at ``target`` and check each one in it
    against its original. Raises (and leaves no archive) if anything differs."""
    import pyzipper

    check_password(password)
    check_target(inv, target)
    total = len(inv.case_level)
    originals = {p.as_posix(): _sha256(inv.folder / p) for p in inv.case_level}

    def write(tmp: Path) -> None:
        with pyzipper.AESZipFile(
            tmp, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        ) as zf:
            zf.setpassword(password.encode("utf-8"))
            zf.setencryption(pyzipper.WZ_AES, nbits=256)
            for i, rel in enumerate(inv.case_level, start=1):
                zf.write(inv.folder / rel, rel.as_posix())
                if progress:
                    progress(ARCHIVING, i, total)
        # Read everything back with the password before anything is deleted.
        with pyzipper.AESZipFile(tmp) as zf:
            zf.setpassword(password.encode("utf-8"))
            names = zf.namelist()
            if sorted(names) != sorted(originals):
                raise NeedsAuditError(
                    _("The archive does not list every file: nothing was deleted.")
                )
            for i, name in enumerate(names, start=1):
                if hashlib.sha256(zf.read(name)).hexdigest() != originals[name]:
                    raise NeedsAuditError(
                        _(
                            "{name} in the archive differs from the original: nothing was deleted."
                        ).format(name=name)
                    )
                if progress:
                    progress(CHECKING_ARCHIVE, i, total)

    atomic_write(target, write)


def remove(inv: Inventory) -> None:
    """Delete the case-level files, then the folders needsaudit made that are left empty.
    Never through a link: a linked folder is neither walked nor removed."""
    for rel in inv.case_level:
        (inv.folder / rel).unlink()
    for top in CASE_LEVEL_DIRS:
        base = inv.folder / top
        if base.is_symlink() or not base.is_dir():
            continue
        for root, _dirs, _files in sorted(os.walk(base), key=lambda t: -len(t[0])):
            path = Path(root)
            if not path.is_symlink() and not any(path.iterdir()):
                path.rmdir()


def default_target(folder: Path, when: str) -> Path:
    return folder / f"{ARCHIVE_PREFIX} {folder.resolve().name} {when}.zip"
