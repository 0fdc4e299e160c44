"""A small writer for Microsoft compound files (MS-CFB, version 3, 512-byte sectors).

Excel keeps macros in ``xl/vbaProject.bin``, a compound file: a little file system of
storages and streams inside one file. This writes one from a list of streams; it is what the
coordinator workbook's macros need, and what the tests use to build the containers that
rights-managed (Microsoft 365 sensitivity label or IRM) workbooks arrive in. Reading is left
to olefile, which nobody on this team wrote.

Layout: header, directory, mini FAT, mini stream, large streams, FAT. Streams under 4,096
bytes live in the mini stream (64-byte sectors) as the format requires. Each storage's
children form a balanced binary search tree coloured as a valid red-black tree.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
MAX_NAME = 31
DIFAT_IN_HEADER = 109

STORAGE, STREAM, ROOT = 1, 2, 5
RED, BLACK = 0, 1


@dataclass(slots=True)
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    children: dict[str, _Entry] = field(default_factory=dict)
    index: int = 0
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    color: int = BLACK
    start: int = ENDOFCHAIN
    size: int = 0
    clsid: bytes = b"\x00" * 16


def _key(name: str) -> tuple[int, str]:
    # MS-CFB 2.6.4: shorter names first, then by upper-cased code units.
    return (len(name.encode("utf-16-le")), name.upper())


def _tree(entries: list[_Entry], depth: int, max_depth: int) -> int:
    """Link sorted siblings into a balanced tree; returns the root's index. Nodes on the
    deepest, incomplete level are red, so every path has the same number of black nodes."""
    if not entries:
        return NOSTREAM
    mid = len(entries) // 2
    node = entries[mid]
    node.left = _tree(entries[:mid], depth + 1, max_depth)
    node.right = _tree(entries[mid + 1 :], depth + 1, max_depth)
    node.color = RED if depth == max_depth and depth > 0 else BLACK
    return node.index


def _depth(n: int) -> int:
    d = 0
    while (1 << (d + 1)) - 1 < n:
        d += 1
    return d


def _perfect(n: int) -> bool:
    return (n + 1) & n == 0


def write_compound(
    streams: Iterable[tuple[Sequence[str], bytes]],
    clsids: dict[tuple[str, ...], bytes] | None = None,
) -> bytes:
    """A compound file holding ``streams`` (path of storage names ending with the stream's
    name, and its bytes). ``clsids`` optionally sets storages' class ids."""
    root = _Entry("Root Entry", ROOT)
    for path, data in streams:
        if not path:
            raise ValueError("a stream needs a name")
        node = root
        for part in path[:-1]:
            _check_name(part)
            child = node.children.get(part.upper())
            if child is None:
                child = node.children[part.upper()] = _Entry(part, STORAGE)
            node = child
        _check_name(path[-1])
        node.children[path[-1].upper()] = _Entry(path[-1], STREAM, bytes(data))
    for path, clsid in (clsids or {}).items():
        node = root
        for part in path:
            node = node.children[part.upper()]
        node.clsid = clsid

    # Directory order: breadth first from the root.
    order: list[_Entry] = [root]
    i = 0
    while i < len(order):
        order.extend(sorted(order[i].children.values(), key=lambda e: _key(e.name)))
        i += 1
    for index, entry in enumerate(order):
        entry.index = index
    for entry in order:
        kids = sorted(entry.children.values(), key=lambda e: _key(e.name))
        depth = _depth(len(kids))
        entry.child = _tree(kids, 0, depth if not _perfect(len(kids)) else -1)

    # Mini stream for small streams, regular sectors for the rest.
    mini = bytearray()
    mini_fat: list[int] = []
    large: list[_Entry] = []
    for entry in order:
        if entry.kind != STREAM:
            continue
        entry.size = len(entry.data)
        if entry.size == 0:
            entry.start = ENDOFCHAIN
        elif entry.size < MINI_CUTOFF:
            count = -(-entry.size // MINI_SECTOR)
            first = len(mini_fat)
            entry.start = first
            mini_fat.extend(range(first + 1, first + count))
            mini_fat.append(ENDOFCHAIN)
            mini += entry.data + b"\x00" * (count * MINI_SECTOR - entry.size)
        else:
            large.append(entry)

    dir_sectors = -(-len(order) // 4)
    minifat_sectors = -(-len(mini_fat) * 4 // SECTOR) if mini_fat else 0
    ministream_sectors = -(-len(mini) // SECTOR)
    large_sectors = [-(-e.size // SECTOR) for e in large]
    content = dir_sectors + minifat_sectors + ministream_sectors + sum(large_sectors)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < content + fat_sectors:
        fat_sectors += 1
    if fat_sectors > DIFAT_IN_HEADER:
        raise ValueError("compound file too large for this writer (about 7 MB)")

    fat: list[int] = []

    def chain(count: int) -> int:
        if count == 0:
            return ENDOFCHAIN
        first = len(fat)
        fat.extend(range(first + 1, first + count))
        fat.append(ENDOFCHAIN)
        return first

    dir_start = chain(dir_sectors)
    minifat_start = chain(minifat_sectors)
    ministream_start = chain(ministream_sectors)
    for entry, count in zip(large, large_sectors, strict=True):
        entry.start = chain(count)
    fat_start = len(fat)
    fat.extend([FATSECT] * fat_sectors)
    fat.extend([FREESECT] * (fat_sectors * (SECTOR // 4) - len(fat)))

    root.start = ministream_start if mini else ENDOFCHAIN
    root.size = len(mini)

    header = bytearray(SECTOR)
    struct.pack_into(
        "<8s16sHHHHH6sIIIIIIIII",
        header,
        0,
        MAGIC,
        b"\x00" * 16,
        0x003E,  # minor version
        0x0003,  # major version 3
        0xFFFE,  # little-endian
        9,  # 512-byte sectors
        6,  # 64-byte mini sectors
        b"\x00" * 6,
        0,  # directory sectors (always 0 in version 3)
        fat_sectors,
        dir_start,
        0,  # transaction signature
        MINI_CUTOFF,
        minifat_start if minifat_sectors else ENDOFCHAIN,
        minifat_sectors,
        ENDOFCHAIN,  # no DIFAT sectors
        0,
    )
    difat = [fat_start + k for k in range(fat_sectors)]
    difat += [FREESECT] * (DIFAT_IN_HEADER - len(difat))
    struct.pack_into(f"<{DIFAT_IN_HEADER}I", header, 76, *difat)

    out = bytearray(header)
    directory = b"".join(_dir_entry(e) for e in order)
    directory += _empty_entry() * (dir_sectors * 4 - len(order))
    out += directory
    if minifat_sectors:
        mf = list(mini_fat) + [FREESECT] * (minifat_sectors * (SECTOR // 4) - len(mini_fat))
        out += struct.pack(f"<{len(mf)}I", *mf)
    out += bytes(mini) + b"\x00" * (ministream_sectors * SECTOR - len(mini))
    for entry, count in zip(large, large_sectors, strict=True):
        out += entry.data + b"\x00" * (count * SECTOR - entry.size)
    out += struct.pack(f"<{len(fat)}I", *fat)
    return bytes(out)


def _check_name(name: str) -> None:
    if not name or len(name) > MAX_NAME or any(ch in name for ch in "/\\:!"):
        raise ValueError(f"not a compound file entry name: {name!r}")


def _dir_entry(e: _Entry) -> bytes:
    encoded = e.name.encode("utf-16-le") + b"\x00\x00"
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded,
        len(encoded),
        e.kind,
        e.color,
        e.left,
        e.right,
        e.child,
        e.clsid,
        0,  # state bits
        0,  # creation time
        0,  # modified time
        e.start,
        e.size,
    )


def _empty_entry() -> bytes:
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        b"",
        0,
        0,
        0,
        NOSTREAM,
        NOSTREAM,
        NOSTREAM,
        b"\x00" * 16,
        0,
        0,
        0,
        0,
        0,
    )
