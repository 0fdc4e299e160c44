"""Small builders for returns, good and broken, used across the tests."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from datetime import date, datetime
from pathlib import Path

from needsaudit.audit import Setup, read_setup
from needsaudit.cfb import write_compound
from needsaudit.filler import Value, fill_form
from needsaudit.forms import build_template
from needsaudit.model import SampleCase
from needsaudit.workbook import rezip

FIELDS: dict[str, Value] = {
    "NA_AuditDate": date(2026, 11, 20),
    "NA_Age": 9,
    "NA_Sex": "Female",
    "NA_Ethnicity": "White",
    "NA_Disability": "No",
    "NA_LegalStatus": "Child in need",
    "NA_PrimaryNeed": "N4 Family in acute stress",
    "NA_Story": "Mother cares alone for three children after a separation and is exhausted.",
    "NA_OverallSeriousness": "2 Moderate",
    "NA_Matched": "Partly",
    "NA_Notes": "",
}
NEEDS: list[list[Value]] = [
    [
        "Child",
        "Education",
        "Child needs to arrive at school on time every day this term",
        "Falls behind with reading",
        "2 Moderate",
        "On time 95% of days",
        "Morning routine plan",
        "Early help family support",
        "Partly met",
    ],
    [
        "Mother",
        "Guidance and boundaries",
        "Mother needs to get the three children to bed by 8pm on school nights",
        "Tired children and more arguments",
        "1 Low",
        "In bed by 8pm most nights",
        "Tips at the family hub",
        "Family hub or children's centre",
        "Not met",
    ],
]
SERVICES: list[list[Value]] = [
    ["Early help family support", "Early help team", "Yes", "Yes"],
]


def blank(setup: Setup, ref: str) -> bytes:
    case = setup.case(ref)
    assert case is not None, ref
    return build_template(setup).for_case(case)


def foreign_blank(setup: Setup, ref: str, auditor: str = "Jo Bloggs") -> bytes:
    return build_template(setup).for_case(SampleCase(ref, auditor))


def make_return(
    setup: Setup,
    ref: str,
    fields: dict[str, Value] | None = None,
    needs: list[list[Value]] | None = None,
    services: list[list[Value]] | None = None,
    saved: datetime | None = datetime(2026, 11, 21, 9, 30),
    form: bytes | None = None,
) -> bytes:
    values = dict(FIELDS)
    values.update(fields or {})
    return fill_form(
        form if form is not None else blank(setup, ref),
        values,
        NEEDS if needs is None else needs,
        SERVICES if services is None else services,
        saved=saved,
    )


def write(audit: Path, name: str, data: bytes) -> Path:
    path = audit / "returns" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def good_return(audit: Path, ref: str = "00123", name: str | None = None) -> Path:
    return write(audit, name or f"{ref}.xlsx", make_return(read_setup(audit), ref))


def patch_part(data: bytes, part: str, change) -> bytes:  # type: ignore[no-untyped-def]
    """The workbook with one part's text changed by ``change(text) -> text``."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = [
            (n, change(zf.read(n).decode("utf-8")).encode("utf-8") if n == part else zf.read(n))
            for n in zf.namelist()
        ]
    return rezip(members)


def set_cell_xml(data: bytes, ref: str, inner: str, attrs: str = "") -> bytes:
    """Replace a Form cell's XML (say, to put a formula with a cached value in it)."""

    def change(xml: str) -> str:
        pattern = re.compile(rf'<c r="{ref}"([^>]*?)(/>|>.*?</c>)', re.S)
        m = pattern.search(xml)
        assert m, ref
        style = re.search(r'\ss="\d+"', m[1])
        return (
            xml[: m.start()]
            + f'<c r="{ref}"{style[0] if style else ""}{attrs}>{inner}</c>'
            + xml[m.end() :]
        )

    return patch_part(data, "xl/worksheets/sheet1.xml", change)


def zip_bomb_claim(data: bytes) -> bytes:
    """Central directory entries claiming 3 GB unpacked (a zip bomb's signature)."""
    out = bytearray(data)
    pos = 0
    while (pos := out.find(b"PK\x01\x02", pos)) >= 0:
        struct.pack_into("<I", out, pos + 24, 3_000_000_000)  # uncompressed size
        pos += 4
    return bytes(out)


def rights_managed() -> bytes:
    """A container shaped like a Microsoft 365 sensitivity-label (IRM) protected workbook."""
    dataspace_map = "DRMEncryptedDataSpace".encode("utf-16-le")
    return write_compound(
        [
            (
                ("\x06DataSpaces", "Version"),
                b"\x3c\x00\x00\x00" + "Microsoft.Container.DataSpaces".encode("utf-16-le"),
            ),
            (
                ("\x06DataSpaces", "DataSpaceMap"),
                b"\x08\x00\x00\x00\x01\x00\x00\x00" + dataspace_map,
            ),
            (
                ("\x06DataSpaces", "DataSpaceInfo", "DRMEncryptedDataSpace"),
                b"\x08\x00\x00\x00\x01\x00\x00\x00",
            ),
            (
                ("\x06DataSpaces", "TransformInfo", "DRMEncryptedTransform", "\x06Primary"),
                b"<XrML>fictional licence</XrML>" * 20,
            ),
            (("EncryptedPackage",), b"\x00" * 5000),
        ]
    )


def legacy_xls() -> bytes:
    """An Excel 97-2003 container (a Workbook stream in a compound file)."""
    return write_compound(
        [
            (("Workbook",), b"\x09\x08" + b"\x00" * 6000),
            (("\x05SummaryInformation",), b"\x00" * 200),
        ]
    )
