"""Hostile and odd returns, built from a real return of the audit: one builder per failure
that issue 12 found, used by the tests (small sizes) and by ``bench`` (the issue's sizes).

Each builder takes the audit folder and writes its file(s) under ``returns/`` (or beside the
audit, for links that lead out of it). ``scale`` multiplies whatever makes the file costly, so
the doubling test can ask for twice the trouble.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from needsaudit.audit import read_setup
from needsaudit.cfb import write_compound
from needsaudit.workbook import encrypt, rezip

from . import builders as b

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
WORKBOOK = "xl/workbook.xml"
PASSWORD = "correct horse"

# --- byte-level helpers ---------------------------------------------------------------------


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(n, zf.read(n)) for n in zf.namelist()]


def patch_bytes(data: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    return rezip([(n, change(p) if n == part else p) for n, p in members(data)])


def patch_text(data: bytes, part: str, change: Callable[[str], str]) -> bytes:
    return patch_bytes(data, part, lambda p: change(p.decode("utf-8")).encode("utf-8"))


def set_name(data: bytes, name: str, ref: str) -> bytes:
    """Redefine a workbook-scope defined name, as a user or a tool could."""

    def change(xml: str) -> str:
        new, n = re.subn(
            rf'(<definedName name="{name}">)[^<]*(</definedName>)', rf"\g<1>{ref}\g<2>", xml
        )
        assert n == 1, name
        return new

    return patch_text(data, WORKBOOK, change)


# The cases hostile files are made from. The tests' audit has these; the benchmark, which
# puts every hostile file beside 100 good returns, points them at cases of its own.
REF = "AB12"
OTHER_REF = "X&Y"
DUP_REF = "C-77"


def good(audit: Path, ref: str | None = None, **kw: object) -> bytes:
    return b.make_return(read_setup(audit), ref or REF, **kw)  # type: ignore[arg-type]


def put(audit: Path, name: str | bytes, data: bytes) -> Path:
    # A bytes name may be no valid UTF-8: os.fsdecode keeps its bytes (surrogateescape).
    path = audit / "returns" / (os.fsdecode(name) if isinstance(name, bytes) else name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _cell(xml: str, ref: str, replacement: str) -> str:
    pattern = re.compile(rf'<c r="{ref}"([^>]*?)(/>|>.*?</c>)', re.S)
    m = pattern.search(xml)
    assert m, ref
    return xml[: m.start()] + replacement + xml[m.end() :]


def inline_cell(data: bytes, ref: str, raw_text: str) -> bytes:
    """A Form cell holding ``raw_text`` as an inline string, exactly as given (raw XML)."""
    return patch_text(
        data,
        SHEET,
        lambda xml: _cell(xml, ref, f'<c r="{ref}" t="inlineStr"><is><t>{raw_text}</t></is></c>'),
    )


# --- the failures of issue 12 ---------------------------------------------------------------


def invalid_utf8_sheet(audit: Path, scale: int = 1) -> None:
    data = patch_bytes(
        good(audit), SHEET, lambda p: p.replace(b"<sheetData>", b"<sheetData>\xff\xfe", 1)
    )
    put(audit, "bad utf-8 sheet.xlsx", data)


def invalid_utf8_strings(audit: Path, scale: int = 1) -> None:
    data = patch_bytes(good(audit), STRINGS, lambda p: p.replace(b"<si><t>", b"<si><t>\xc3\x28", 1))
    put(audit, "bad utf-8 strings.xlsx", data)


def _utf16(part: bytes) -> bytes:
    text = part.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
    return b"\xff\xfe" + text.encode("utf-16-le")


def utf16_sheet(audit: Path, scale: int = 1) -> None:
    put(audit, "utf-16 sheet.xlsx", patch_bytes(good(audit), SHEET, _utf16))


def utf16_strings(audit: Path, scale: int = 1) -> None:
    put(audit, "utf-16 strings.xlsx", patch_bytes(good(audit), STRINGS, _utf16))


def date1904_overflow(audit: Path, scale: int = 1) -> None:
    data = patch_text(
        good(audit), WORKBOOK, lambda x: x.replace("<workbookPr ", '<workbookPr date1904="1" ', 1)
    )
    data = patch_text(data, SHEET, lambda x: _cell(x, "B4", '<c r="B4"><v>2958465</v></c>'))
    put(audit, "1904 overflow.xlsx", data)


def huge_needs_area(audit: Path, scale: int = 1) -> None:
    put(audit, "huge needs.xlsx", set_name(good(audit), "NA_Needs", "Form!$A$1:$I$1048576"))


def huge_services_area(audit: Path, scale: int = 1) -> None:
    put(audit, "huge services.xlsx", set_name(good(audit), "NA_Services", "Form!$A$1:$XFD$1048576"))


def huge_field_area(audit: Path, scale: int = 1) -> None:
    put(audit, "huge story.xlsx", set_name(good(audit), "NA_Story", "Form!$A$8:$XFD$1048576"))


def wide_needs_area(audit: Path, scale: int = 1) -> None:
    put(audit, "wide needs.xlsx", set_name(good(audit), "NA_Needs", "Form!$A$11:$Z$18"))


def giant_shared_strings(audit: Path, scale: int = 1, megabytes: int = 100) -> None:
    """A small file whose shared strings inflate to ``megabytes`` (the issue's: 250 MB from a
    0.8 MB return), compressing about 200:1, under any zip bomb ratio test."""
    item = "<si><t>" + "a" * 3000 + "{}</t></si>"
    count = megabytes * scale * 1024 * 1024 // len(item)
    extra = "".join(item.format(f"{i:08x}") for i in range(count)).encode("ascii")
    data = patch_bytes(good(audit), STRINGS, lambda p: p.replace(b"</sst>", extra + b"</sst>"))
    put(audit, "giant strings.xlsx", data)


def unclosed_cdata(audit: Path, scale: int = 1, n: int = 20_000) -> None:
    """The story as inline text with ``n`` CDATA sections that never close (issue: 20k, 29 s)."""
    put(audit, "cdata.xlsx", inline_cell(good(audit), "A8", "<![CDATA[x" * (n * scale)))


def unclosed_rows(audit: Path, scale: int = 1, n: int = 40_000) -> None:
    """``n`` row elements that never close, at the end of the sheet data, in a sheet whose
    layout sends the reader down its general path (a cell without its reference)."""

    def change(xml: str) -> str:
        xml = xml.replace('<c r="J1" ', "<c ", 1)
        return xml.replace("</sheetData>", "<row>" * (n * scale) + "</sheetData>", 1)

    put(audit, "rows.xlsx", patch_text(good(audit), SHEET, change))


def unclosed_cells(audit: Path, scale: int = 1, n: int = 40_000) -> None:
    """A needs row ending in ``n`` cells that never close, in a sheet whose layout sends the
    reader down its general path."""

    def change(xml: str) -> str:
        xml = xml.replace('<c r="J1" ', "<c ", 1)
        start = xml.index('<row r="13" ')
        end = xml.index("</row>", start)
        return xml[:end] + '<c r="Z13">' * (n * scale) + xml[end:]

    put(audit, "cells.xlsx", patch_text(good(audit), SHEET, change))


def unclosed_names(audit: Path, scale: int = 1, n: int = 40_000) -> None:
    """Defined names that never close, after the real ones in the workbook part."""
    junk = '<definedName name="x' * (n * scale)
    data = patch_text(
        good(audit), WORKBOOK, lambda x: x.replace("</definedNames>", junk + "</definedNames>", 1)
    )
    put(audit, "names.xlsx", data)


def unclosed_strings(audit: Path, scale: int = 1, n: int = 40_000) -> None:
    """Shared strings with attributes (the reader's general path) that never close."""
    extra = '<si a="1"><t>' * (n * scale)
    put(
        audit,
        "si.xlsx",
        patch_text(good(audit), STRINGS, lambda x: x.replace("</sst>", extra + "</sst>", 1)),
    )


def unclosed_runs(audit: Path, scale: int = 1, n: int = 40_000) -> None:
    """The story as rich inline text whose runs never close."""
    cell = '<c r="A8" t="inlineStr"><is><r><t>a</t></r>' + "<r><t>" * (n * scale) + "</is></c>"
    put(audit, "runs.xlsx", patch_text(good(audit), SHEET, lambda x: _cell(x, "A8", cell)))


def long_attributes(audit: Path, scale: int = 1, n: int = 400_000) -> None:
    """A sheet element with one attribute name that runs on and on, in the workbook part."""
    put(
        audit,
        "attrs.xlsx",
        patch_text(
            good(audit),
            WORKBOOK,
            lambda x: x.replace("<sheet ", "<sheet " + "a" * (n * scale) + " ", 1),
        ),
    )


EMAILISH = "a" * 16383 + "@" + "b" * 16383


def email_cells(audit: Path, scale: int = 1) -> None:
    """Every free-text cell holding the e-mail pattern's worst case (issue: about 20 s a
    cell, and a form has about 40)."""
    need = [*b.NEEDS[0][:2], EMAILISH, EMAILISH, b.NEEDS[0][4], EMAILISH, EMAILISH, *b.NEEDS[0][7:]]
    service = [b.SERVICES[0][0], EMAILISH, *b.SERVICES[0][2:]]
    data = good(
        audit,
        fields={"NA_Story": EMAILISH, "NA_Notes": EMAILISH},
        needs=[need] * 8,
        services=[service] * 8,
    )
    put(audit, "email.xlsx", data)


def _with_encryption_info(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    streams = []
    for path in ole.listdir(streams=True, storages=False):
        payload = ole.openstream(path).read()
        if path == ["EncryptionInfo"]:
            payload = change(payload)
        streams.append((tuple(path), payload))
    ole.close()
    return write_compound(streams)


def spin_count(audit: Path, scale: int = 1, spin: int = 10_000_000) -> None:
    """An encrypted return whose key derivation asks for ``spin`` rounds (Excel: 100,000)."""
    data = encrypt(good(audit), PASSWORD)
    data = _with_encryption_info(
        data, lambda info: re.sub(rb'spinCount="\d+"', f'spinCount="{spin}"'.encode(), info)
    )
    put(audit, f"spin {spin}.xlsx", data)


def double_encrypted(audit: Path, scale: int = 1) -> None:
    from msoffcrypto.method.ecma376_agile import ECMA376Agile

    inner = encrypt(good(audit), PASSWORD)
    put(audit, "twice.xlsx", ECMA376Agile.encrypt(PASSWORD, io.BytesIO(inner)))


def fifo(audit: Path, scale: int = 1) -> None:
    (audit / "returns").mkdir(parents=True, exist_ok=True)
    os.mkfifo(audit / "returns" / "y.xlsx")


def dev_zero(audit: Path, scale: int = 1) -> None:
    (audit / "returns").mkdir(parents=True, exist_ok=True)
    (audit / "returns" / "zero.xlsx").symlink_to("/dev/zero")


def outside_link(audit: Path, scale: int = 1) -> None:
    """A link to a good return of this audit kept outside the audit folder."""
    outside = audit.parent / "elsewhere"
    outside.mkdir(exist_ok=True)
    (outside / "X.xlsx").write_bytes(good(audit, OTHER_REF))
    (audit / "returns").mkdir(parents=True, exist_ok=True)
    (audit / "returns" / "linked.xlsx").symlink_to(outside / "X.xlsx")


def many_duplicates(audit: Path, scale: int = 1, n: int = 50) -> None:
    """``n`` different returns for one case, all saved at the same moment."""
    base = good(audit, DUP_REF, saved=datetime(2026, 11, 21, 9, 30))
    for i in range(n * scale):

        def mark(xml: str, i: int = i) -> str:
            return xml.replace("</Properties>", f"<!-- {i} --></Properties>")

        put(audit, f"dup/copy {i:05d}.xlsx", patch_text(base, "docProps/app.xml", mark))


def many_need_rows(audit: Path, scale: int = 1, rows: int = 2_000) -> None:
    """A needs table stretched over ``rows`` filled rows (issue: 100,000)."""
    need = b.NEEDS[0]
    needs = [need] * (rows * scale)
    data = good(audit, needs=needs[:8])
    last = 10 + rows * scale

    def change(xml: str) -> str:
        body = "".join(
            f'<row r="{r}">'
            + "".join(
                f'<c r="{c}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
                for c, v in zip("ABCDEFGHI", need, strict=True)
            )
            + "</row>"
            for r in range(30, last + 30)
        )
        return xml.replace("</sheetData>", body + "</sheetData>", 1)

    data = patch_text(data, SHEET, change)
    put(audit, "rows galore.xlsx", set_name(data, "NA_Needs", f"Form!$A$30:$I${last + 29}"))


def non_utf8_name(audit: Path, scale: int = 1) -> None:
    put(audit, b"caf\xe9 X.xlsx", good(audit, OTHER_REF))


ESCAPE = "\x1b[31mred\x1b[0m\x1b]0;title\x07"


def escape_name(audit: Path, scale: int = 1) -> None:
    put(audit, f"{ESCAPE}.xlsx", good(audit, OTHER_REF))


def hidden_name(audit: Path, scale: int = 1) -> None:
    put(audit, ".C2.xlsx", good(audit, OTHER_REF))


def lock_like_name(audit: Path, scale: int = 1) -> None:
    put(audit, "~$x.xlsx", good(audit, OTHER_REF))


@dataclass(frozen=True, slots=True)
class Hostile:
    name: str
    build: Callable[..., None]
    file: str | None  # the file the issue must name (relative), None when several
    codes: frozenset[str]  # issue codes expected on that file (errors and warnings)
    merged: bool  # whether the hostile file itself is still merged


def H(
    name: str, build: Callable[..., None], file: str | None, *codes: str, merged: bool = False
) -> Hostile:
    return Hostile(name, build, file, frozenset(codes), merged)


CASES = [
    H(
        "invalid UTF-8 in a sheet",
        invalid_utf8_sheet,
        "returns/bad utf-8 sheet.xlsx",
        "corrupt-file",
    ),
    H(
        "invalid UTF-8 in shared strings",
        invalid_utf8_strings,
        "returns/bad utf-8 strings.xlsx",
        "corrupt-file",
    ),
    H("a sheet in UTF-16", utf16_sheet, "returns/utf-16 sheet.xlsx", merged=True),
    H("shared strings in UTF-16", utf16_strings, "returns/utf-16 strings.xlsx", merged=True),
    H(
        "1904 dates at the top of the range",
        date1904_overflow,
        "returns/1904 overflow.xlsx",
        "bad-date",
        merged=True,
    ),
    H(
        "NA_Needs over a whole sheet's height",
        huge_needs_area,
        "returns/huge needs.xlsx",
        "broken-field",
        "no-needs",
    ),
    H(
        "NA_Services over a whole sheet",
        huge_services_area,
        "returns/huge services.xlsx",
        "broken-field",
        merged=True,
    ),
    H(
        "a field over a whole sheet",
        huge_field_area,
        "returns/huge story.xlsx",
        "broken-field",
        merged=True,
    ),
    H(
        "NA_Needs wider than the table",
        wide_needs_area,
        "returns/wide needs.xlsx",
        "broken-field",
        "no-needs",
    ),
    H(
        "a 100 MB shared-strings part",
        giant_shared_strings,
        "returns/giant strings.xlsx",
        "too-large",
    ),
    H("20,000 unclosed CDATA sections", unclosed_cdata, "returns/cdata.xlsx", "corrupt-file"),
    H("40,000 unclosed rows", unclosed_rows, "returns/rows.xlsx", "too-large"),
    H("40,000 unclosed cells", unclosed_cells, "returns/cells.xlsx", merged=True),
    H("40,000 unclosed defined names", unclosed_names, "returns/names.xlsx", merged=True),
    H("40,000 unclosed shared strings", unclosed_strings, "returns/si.xlsx", merged=True),
    H("40,000 unclosed text runs", unclosed_runs, "returns/runs.xlsx", merged=True),
    H("an attribute name 400,000 long", long_attributes, "returns/attrs.xlsx", merged=True),
    H("the e-mail pattern's worst case", email_cells, "returns/email.xlsx", merged=True),
    H("spin count 10,000,000", spin_count, "returns/spin 10000000.xlsx", "encryption-too-slow"),
    H(
        "spin count 2^32-1",
        lambda a, scale=1: spin_count(a, spin=2**32 - 1),
        "returns/spin 4294967295.xlsx",
        "corrupt-file",
    ),
    H("encrypted twice", double_encrypted, "returns/twice.xlsx", "corrupt-file"),
    H("a FIFO", fifo, "returns/y.xlsx", "not-a-file"),
    H("a link to /dev/zero", dev_zero, "returns/zero.xlsx", "outside-link"),
    H("a link out of the audit", outside_link, "returns/linked.xlsx", "outside-link"),
    H("2,000 need rows", many_need_rows, "returns/rows galore.xlsx", "broken-field", "no-needs"),
    H("a file name that is not UTF-8", non_utf8_name, "returns/caf\\xe9 X.xlsx", merged=True),
    H(
        "escape codes in a file name",
        escape_name,
        "returns/\\x1b[31mred\\x1b[0m\\x1b]0;title\\x07.xlsx",
        merged=True,
    ),
    H("a hidden file name", hidden_name, "returns/.C2.xlsx", merged=True),
    H("a lock-file name", lock_like_name, "returns/~$x.xlsx", merged=True),
]
