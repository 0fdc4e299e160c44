"""Write ``vbaProject.bin``: the macros of an ``.xlsm`` workbook, from VBA source text.

Excel keeps a workbook's VBA project in a compound file (see `cfb`) laid out by the MS-OVBA
specification. We write the smallest project Excel is documented to accept, built only from
the ``.bas`` sources in ``macros/`` so the workbook can be rebuilt on any machine:

- ``VBA/_VBA_PROJECT`` with version 0xFFFF and no performance cache (MS-OVBA 2.3.4.1): the
  host must compile the project from its source text, so no compiled p-code from one Office
  version can disagree with the source;
- ``VBA/dir``: the project information and one record set per module, compressed;
- one compressed stream per module, holding only its source (text offset 0);
- ``PROJECT`` (the text properties, with the protection fields encrypted as 2.4.3 requires,
  saying: not locked, no password, visible) and ``PROJECTwm`` (module name map).

The project has no references (not even stdole or Office): the macros use only VBA and
Excel's own objects, and a reference that is missing on a user's machine would stop every
macro from compiling. Output is deterministic: the project id and the encryption seeds are
derived from the module sources, so the same ``macros/`` give the same bytes.

This module's output is checked by tools nobody on the team wrote: oletools' ``olevba``
decompresses and lists every module, and LibreOffice loads the project into its Basic IDE.
Neither proves that Excel accepts the file; the README says so.
"""

from __future__ import annotations

import hashlib
import re
import struct
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from .cfb import write_compound

CODE_PAGE = 1252  # Windows Western European: the sources are plain ASCII
LCID = 0x0409
CHUNK = 4096

WORKBOOK_BASE = "0{00020819-0000-0000-C000-000000000046}"  # the Workbook object's class
SHEET_BASE = "0{00020820-0000-0000-C000-000000000046}"  # the Worksheet object's class
HOST_EXTENDER = "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000"


@dataclass(frozen=True, slots=True)
class Module:
    """A VBA module. ``document`` modules belong to the workbook or a sheet (code name)."""

    name: str
    source: str  # as in a .bas export, with or without the Attribute VB_Name line
    document: str | None = None  # None, "workbook" or "sheet"

    def stream_text(self) -> str:
        """The module's text as stored: attribute lines first, CRLF line endings."""
        body = strip_attributes(self.source)
        head = [f'Attribute VB_Name = "{self.name}"']
        if self.document:
            base = WORKBOOK_BASE if self.document == "workbook" else SHEET_BASE
            head += [
                f'Attribute VB_Base = "{base}"',
                "Attribute VB_GlobalNameSpace = False",
                "Attribute VB_Creatable = False",
                "Attribute VB_PredeclaredId = True",
                "Attribute VB_Exposed = True",
                "Attribute VB_TemplateDerived = False",
                "Attribute VB_Customizable = True",
            ]
        lines = head + body.split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        return "\r\n".join(lines) + "\r\n"


_ATTRIBUTE = re.compile(r"^Attribute VB_\w+\s*=.*$")


def strip_attributes(source: str) -> str:
    """Source text without ``Attribute VB_*`` lines, with ``\\n`` line endings."""
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line for line in text.split("\n") if not _ATTRIBUTE.match(line.strip()))


# --- compression (MS-OVBA 2.4.1) ----------------------------------------------------------------


def _bit_count(position: int) -> int:
    """Bits of a copy token's offset at ``position`` bytes into a chunk (2.4.1.3.19.1)."""
    bits = 4
    while (1 << bits) < position:
        bits += 1
    return bits


def _compress_chunk(data: bytes) -> bytes:
    """One compressed chunk (header + tokens) for up to 4,096 bytes of ``data``."""
    out = bytearray(b"\x00\x00")
    heads: dict[bytes, list[int]] = {}  # 3-byte prefix -> earlier positions, for matching
    pos, end = 0, len(data)
    while pos < end:
        flag_at = len(out)
        out.append(0)
        flags = 0
        for bit in range(8):
            if pos >= end:
                break
            best_len, best_at = 0, 0
            if pos >= 1 and pos + 3 <= end:
                bits = _bit_count(pos)
                max_len = (0xFFFF >> bits) + 3
                for cand in reversed(heads.get(data[pos : pos + 3], ())[-64:]):
                    length = 3
                    limit = min(max_len, end - pos)
                    while length < limit and data[cand + length] == data[pos + length]:
                        length += 1
                    if length > best_len:
                        best_len, best_at = length, cand
                        if length == limit:
                            break
            if best_len >= 3:
                bits = _bit_count(pos)
                token = ((pos - best_at - 1) << (16 - bits)) | (best_len - 3)
                out += struct.pack("<H", token)
                flags |= 1 << bit
                step = best_len
            else:
                out.append(data[pos])
                step = 1
            for p in range(pos, min(pos + step, end - 2)):
                heads.setdefault(data[p : p + 3], []).append(p)
            pos += step
        out[flag_at] = flags
    if len(out) - 2 > CHUNK:
        # Incompressible: a raw chunk must hold exactly 4,096 bytes, so only a full chunk can
        # be stored raw. Source text always compresses; anything else is refused, not padded.
        if len(data) != CHUNK:
            raise ValueError("cannot store a short incompressible chunk")
        return struct.pack("<H", 0x3000 | (CHUNK - 1)) + data
    struct.pack_into("<H", out, 0, 0xB000 | (len(out) - 3))
    return bytes(out)


def compress(data: bytes) -> bytes:
    """A CompressedContainer: signature byte 1, then a chunk per 4,096 bytes."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), CHUNK):
        out += _compress_chunk(data[start : start + CHUNK])
    return bytes(out)


# --- PROJECT stream encryption (MS-OVBA 2.4.3) ---------------------------------------------------


def encrypt(data: bytes, project_id: str, seed: int) -> str:
    """Data Encryption of 2.4.3.2 as the hex text the PROJECT stream holds."""
    version = 2
    proj_key = sum(project_id.encode("ascii")) & 0xFF
    version_enc = seed ^ version
    proj_key_enc = seed ^ proj_key
    out = bytearray([seed, version_enc, proj_key_enc])
    unencrypted_1, encrypted_1, encrypted_2 = proj_key, proj_key_enc, version_enc

    def put(byte: int) -> None:
        nonlocal unencrypted_1, encrypted_1, encrypted_2
        enc = byte ^ ((encrypted_2 + unencrypted_1) & 0xFF)
        out.append(enc)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, enc, byte

    for _ in range((seed & 6) // 2):
        put(0)  # ignored bytes: any value
    for byte in struct.pack("<I", len(data)):
        put(byte)
    for byte in data:
        put(byte)
    return out.hex().upper()


# --- streams --------------------------------------------------------------------------------------


def _record(ident: int, payload: bytes) -> bytes:
    return struct.pack("<HI", ident, len(payload)) + payload


def _text_record(ident: int, text: str, unicode_ident: int) -> bytes:
    mbcs = text.encode("cp1252")
    wide = text.encode("utf-16-le")
    return _record(ident, mbcs) + struct.pack("<HI", unicode_ident, len(wide)) + wide


def dir_stream(project: str, modules: Sequence[Module]) -> bytes:
    """The uncompressed ``dir`` stream (2.3.4.2)."""
    out = bytearray()
    out += _record(0x0001, struct.pack("<I", 1))  # SYSKIND: Win32 (the host recompiles anyway)
    out += _record(0x0002, struct.pack("<I", LCID))
    out += _record(0x0014, struct.pack("<I", LCID))  # LCIDINVOKE
    out += _record(0x0003, struct.pack("<H", CODE_PAGE))
    out += _record(0x0004, project.encode("cp1252"))  # NAME
    out += _text_record(0x0005, "", 0x0040)  # DOCSTRING
    out += _text_record(0x0006, "", 0x003D)  # HELPFILEPATH (both copies empty)
    out += _record(0x0007, struct.pack("<I", 0))  # HELPCONTEXT
    out += _record(0x0008, struct.pack("<I", 0))  # LIBFLAGS
    # VERSION: its size field is reserved as 4 although 6 bytes follow (2.3.4.2.1.10).
    out += struct.pack("<HIIH", 0x0009, 4, 1, 0)
    out += _text_record(0x000C, "", 0x003C)  # CONSTANTS
    # No REFERENCE records: see the module docstring.
    out += _record(0x000F, struct.pack("<H", len(modules)))  # PROJECTMODULES count
    out += _record(0x0013, struct.pack("<H", 0xFFFF))  # PROJECTCOOKIE
    for m in modules:
        out += _record(0x0019, m.name.encode("cp1252"))
        out += _record(0x0047, m.name.encode("utf-16-le"))
        out += _text_record(0x001A, m.name, 0x0032)  # STREAMNAME
        out += _text_record(0x001C, "", 0x0048)  # DOCSTRING
        out += _record(0x0031, struct.pack("<I", 0))  # OFFSET: no performance cache
        out += _record(0x001E, struct.pack("<I", 0))  # HELPCONTEXT
        out += _record(0x002C, struct.pack("<H", 0xFFFF))  # COOKIE
        out += struct.pack("<HI", 0x0022 if m.document else 0x0021, 0)  # TYPE
        out += struct.pack("<HI", 0x002B, 0)  # terminator
    out += struct.pack("<HI", 0x0010, 0)  # dir terminator
    return bytes(out)


def project_stream(project: str, project_id: str, modules: Sequence[Module], seed: int) -> bytes:
    """The ``PROJECT`` stream (2.3.1): text properties, CRLF, code page 1252."""
    unlocked, no_password, visible = b"\x00\x00\x00\x00", b"\x00", b"\xff"
    lines = [f'ID="{project_id}"']
    for m in modules:
        lines.append(f"Document={m.name}/&H00000000" if m.document else f"Module={m.name}")
    lines += [
        f'Name="{project}"',
        'HelpContextID="0"',
        'VersionCompatible32="393222000"',
        # Not locked, no password, visible: encrypted as the format requires.
        f'CMG="{encrypt(unlocked, project_id, seed)}"',
        f'DPB="{encrypt(no_password, project_id, (seed + 1) & 0xFF)}"',
        f'GC="{encrypt(visible, project_id, (seed + 2) & 0xFF)}"',
        "",
        "[Host Extender Info]",
        HOST_EXTENDER,
        "",
        "[Workspace]",
    ]
    for m in modules:
        lines.append(f"{m.name}=0, 0, 0, 0, C" if m.document else f"{m.name}=26, 26, 1200, 600, ")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def projectwm_stream(modules: Sequence[Module]) -> bytes:
    """``PROJECTwm`` (2.3.3): each module name in MBCS and in UTF-16, then a terminator."""
    out = bytearray()
    for m in modules:
        out += m.name.encode("cp1252") + b"\x00" + m.name.encode("utf-16-le") + b"\x00\x00"
    return bytes(out + b"\x00\x00")


def vba_project(modules: Sequence[Module], project: str = "VBAProject") -> bytes:
    """The bytes of ``vbaProject.bin`` holding ``modules``."""
    names = [m.name.casefold() for m in modules]
    if len(set(names)) != len(names):
        raise ValueError("module names must be unique (ignoring case)")
    for m in modules:
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,30}", m.name):
            raise ValueError(f"not a VBA module name: {m.name!r}")
        if not m.stream_text().isascii():
            raise ValueError(f"module {m.name} is not plain ASCII")
    digest = hashlib.sha256(
        "\x00".join(f"{m.name}\x01{m.stream_text()}" for m in modules).encode()
    ).digest()
    project_id = "{" + str(uuid.UUID(bytes=digest[:16], version=4)).upper() + "}"
    seed = digest[16]
    streams: list[tuple[tuple[str, ...], bytes]] = [
        (("PROJECT",), project_stream(project, project_id, modules, seed)),
        (("PROJECTwm",), projectwm_stream(modules)),
        (("VBA", "_VBA_PROJECT"), struct.pack("<HHBH", 0x61CC, 0xFFFF, 0, 0)),
        (("VBA", "dir"), compress(dir_stream(project, modules))),
    ]
    for m in modules:
        streams.append((("VBA", m.name), compress(m.stream_text().encode("cp1252"))))
    return write_compound(streams)
