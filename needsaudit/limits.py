"""How much work one returned file may cost: the bounds of the contract, enforced before work.

Returns come from many people and machines, and one of them may be broken or built to hurt.
Each bound below is a generous multiple of what a needsaudit form holds (a form is about 40 kB
on disk and 60 kB unpacked, one sheet of about 30 rows, 8 need rows and 8 service rows, a few
hundred shared strings, no cell over Excel's 32,767 characters), so a real return never meets
one, and a file that does is refused with an issue naming it instead of stopping the audit.

The tool's own workbooks (setup.xlsx, shuffle.xlsx) are read with ``WORKBOOK`` bounds: a
10,000-case shuffle workbook unpacks to about 150 MB.

Each field carries its meaning in ``metadata["doc"]``, so the contract's documentation can be
generated from this one place (see ``rows()``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

MB = 1024 * 1024


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on reading one workbook. ``None`` means no bound of that kind."""

    file_bytes: int = field(
        default=32 * MB,
        metadata=_doc("a returned file is read only up to this size (plus one byte, to know)"),
    )
    part_bytes: int = field(
        default=16 * MB, metadata=_doc("any one part of the workbook, once unpacked")
    )
    package_bytes: int = field(
        default=64 * MB, metadata=_doc("all the parts together, as the zip declares them")
    )
    zip_directory_bytes: int = field(
        default=1 * MB,
        metadata=_doc("the zip's table of contents (a form's: about 1 kB)"),
    )
    compression_ratio: int = field(
        default=1000,
        metadata=_doc("unpacked over packed size of a part above 10 MB (a zip bomb's mark)"),
    )
    sheet_rows: int | None = field(
        default=5_000, metadata=_doc("row elements in one sheet that is read (a form: ~30)")
    )
    sheet_cells: int | None = field(
        default=200_000, metadata=_doc("cell elements in one sheet that is read (a form: ~400)")
    )
    shared_strings: int | None = field(
        default=100_000, metadata=_doc("entries in the shared strings (a form: ~250)")
    )
    string_bytes: int | None = field(
        default=1 * MB,
        metadata=_doc("the XML of one string, shared or inline (a full cell: ~32,767 characters)"),
    )
    area_rows: int | None = field(
        default=1_000, metadata=_doc("rows of the area any NA_ name refers to")
    )
    area_columns: int | None = field(
        default=26, metadata=_doc("columns of the area any NA_ name refers to (a form: 11)")
    )
    table_rows: int | None = field(
        default=250,
        metadata=_doc("rows of the needs or the services table (a form: 8, plus inserted rows)"),
    )
    warnings_per_file: int | None = field(
        default=100, metadata=_doc("warnings listed for one file; the rest are counted")
    )
    encryption_info_bytes: int = field(
        default=64 * 1024,
        metadata=_doc("the description of a password-protected file's encryption (Excel's: 1 kB)"),
    )
    spin_count: int = field(
        default=500_000,
        metadata=_doc(
            "rounds of password hashing an encrypted return may ask for (Excel and LibreOffice "
            "write 100,000; the file format allows 10,000,000, about 40 s a password)"
        ),
    )


#: Returned files (returns/ and forms filled in place).
RETURNS = Limits()

#: The tool's own workbooks, which people edit in Excel (setup.xlsx, shuffle.xlsx).
WORKBOOK = Limits(
    file_bytes=1024 * MB,
    part_bytes=256 * MB,
    package_bytes=512 * MB,
    sheet_rows=None,
    sheet_cells=None,
    shared_strings=None,
    string_bytes=None,
    area_rows=None,
    area_columns=None,
    table_rows=None,
    warnings_per_file=None,
)

#: Text that means a number or a date is never longer than this; longer text is not a number.
NUMBER_TEXT_CHARS = 64

#: A message about one file names at most this many others ("... and 12 more").
OTHER_FILES_LISTED = 3

#: Excel's grid: no reference goes beyond it.
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384


def rows() -> list[tuple[str, str, str]]:
    """The bounds on returns as (name, value, meaning), for the contract's documentation."""
    out = []
    for f in fields(Limits):
        value = getattr(RETURNS, f.name)
        if f.name.endswith("_bytes"):
            shown = f"{value // MB} MB" if value >= MB else f"{value // 1024} kB"
        else:
            shown = f"{value:,}"
        out.append((f.name, shown, f.metadata["doc"]))
    out.append(("number_text_chars", f"{NUMBER_TEXT_CHARS}", "text read as a number or date"))
    out.append(("other_files_listed", f"{OTHER_FILES_LISTED}", "other files a message names"))
    return out
