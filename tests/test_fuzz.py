"""Fuzzing the reader with mutations of real returns (issue 12).

Each example takes a real return (a form filled as auditors fill it, the same return
password-protected, and a few workbooks from the shared corpus written by other applications)
and breaks it one way: its bytes, the XML of a part, a defined name, the zip directory, or the
encryption header. Every mutated file must be read without an unexpected failure (a specific
issue code, never ``read-failed``), with every issue naming the file, in under 2 s and 256 MB;
and merged beside good returns, it must leave every one of them merged with the group's
decisions kept.

The normal test run tries a fixed, small set of examples (the same every run). ``make fuzz``
tries many more, new ones each time: NEEDSAUDIT_FUZZ_EXAMPLES sets how many per kind.
"""

from __future__ import annotations

import io
import os
import re
import struct
import time
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needsaudit.audit import Settings, init_audit, read_setup
from needsaudit.cfb import write_compound
from needsaudit.forms import make_forms
from needsaudit.model import Return
from needsaudit.returns import ReadContext, read_return
from needsaudit.shuffle import merge
from needsaudit.workbook import encrypt, rezip

from . import builders as b
from .conftest import CORPUS, SAMPLE_CSV, write_csv
from .shuffle_helpers import decide, define_groups

# Hypothesis would print each failing example's drawn bytes in full (hundreds of kB).
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")

FUZZING = "NEEDSAUDIT_FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("NEEDSAUDIT_FUZZ_EXAMPLES", "25"))
PASSWORD = "correct horse"
MB = 1024 * 1024
SECONDS, MEMORY = 2.0, 256 * MB

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # each example checks its own time, with the issue's ceiling
    derandomize=not FUZZING,  # the same examples in every normal run; new ones in make fuzz
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)

# --- the real returns the mutations start from ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seeds:
    folder: Path
    plain: bytes = field(repr=False)  # a return as an auditor fills it
    encrypted: bytes = field(repr=False)  # the same, password-protected as Excel does
    others: tuple[bytes, ...] = field(repr=False)  # other applications' workbooks (corpus)


# Mutations start from these by name: a strategy's arguments are part of its description, and
# hypothesis builds descriptions often enough that hundreds of kB in one slows every example.
BASES: dict[str, bytes] = {}


@cache
def seeds(root: str) -> Seeds:
    folder = Path(root) / "audit"
    if not folder.exists():
        init_audit(
            folder,
            write_csv(Path(root) / "sample.csv", SAMPLE_CSV),
            settings=Settings(audit_name="Fuzz", returns_password=PASSWORD),
        )
        make_forms(folder)
    setup = read_setup(folder)
    plain = b.make_return(setup, "AB12")
    names = ("tests__richtext-namespaced.xlsx", "tests__date_1904.xlsx", "tests__rph.xlsx")
    others = tuple((CORPUS / n).read_bytes() for n in names if (CORPUS / n).exists())
    seed = Seeds(folder, plain, encrypt(plain, PASSWORD), others)
    BASES.update({"plain": seed.plain, "encrypted": seed.encrypted})
    BASES.update({f"other {i}": data for i, data in enumerate(seed.others)})
    return seed


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    return seeds(str(tmp_path_factory.mktemp("fuzz")))


@cache
def context(folder: str) -> ReadContext:
    return ReadContext(read_setup(Path(folder)))


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(n, zf.read(n)) for n in zf.namelist()]


# --- the check every mutated file must pass -------------------------------------------------------


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(field + ":"))


def _measured(read: Callable[[], Return]) -> tuple[Return, float, int]:
    """The read, its seconds and its peak memory above where it started. On Linux the peak
    is the process's own (reset before each read, through /proc), which costs nothing while
    it runs; elsewhere tracemalloc's, which slows reading and counts Python's memory only."""
    clear = Path("/proc/self/clear_refs")
    if clear.exists():
        clear.write_text("5")  # the peak resident size starts again from the current one
        before = _status_kb("VmRSS")
        started = time.perf_counter()
        ret = read()
        seconds = time.perf_counter() - started
        return ret, seconds, max(0, _status_kb("VmHWM") - before) * 1024
    tracemalloc.start()
    try:
        started = time.perf_counter()
        ret = read()
        seconds = time.perf_counter() - started
        return ret, seconds, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def read_checked(seed: Seeds, data: bytes) -> Return:
    rel = "returns/fuzzed.xlsx"
    ret, seconds, peak = _measured(lambda: read_return(data, rel, context(str(seed.folder))))
    codes = [i.code for i in ret.issues]
    assert "read-failed" not in codes, ret.read_error  # every failure has its own code
    assert all(i.file == rel for i in ret.issues), codes  # every issue names the file
    if not ret.is_form:
        assert any(i.is_error for i in ret.issues), codes  # a file not read says why
    assert seconds < SECONDS, f"{seconds:.2f} s"
    assert peak < MEMORY, f"{peak / MB:.0f} MB"
    return ret


# --- mutations ------------------------------------------------------------------------------------

SIZES = st.sampled_from([1, 2, 10, 100, 1000, 20_000])


@st.composite
def byte_mutation(draw: st.DrawFn, base: str) -> bytes:
    return _mutate_bytes(draw, BASES[base])


def _mutate_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            break
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat"]))
        pos = draw(st.integers(0, max(0, len(out) - 1)))
        if kind == "flip":
            out[pos] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            out[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "delete":
            del out[pos : pos + draw(st.integers(1, 256))]
        elif kind == "truncate":
            del out[pos:]
        else:
            chunk = bytes(out[pos : pos + draw(st.integers(1, 64))])
            out[pos:pos] = chunk * draw(SIZES)
    return bytes(out)


def _xml_edits() -> list[tuple[str, Callable[[str, int, int], str]]]:
    """Edits of a part's text at a position, repeated ``n`` times where that makes sense."""

    def at(text: str, pos: int, insert: str) -> str:
        return text[:pos] + insert + text[pos:]

    def drop_close(text: str, pos: int, n: int) -> str:
        close = text.find("</", pos)
        return text if close < 0 else text[:close] + text[text.find(">", close) + 1 :]

    def repeat_open(text: str, pos: int, n: int) -> str:
        m = re.compile(r"<[A-Za-z][^<>/]*>").search(text, pos)
        return text if m is None else at(text, m.start(), m[0] * n)

    def long_attribute(text: str, pos: int, n: int) -> str:
        m = re.compile(r"<[A-Za-z][\w:]*").search(text, pos)
        return text if m is None else at(text, m.end(), " " + "a" * (n * 10) + '="1"')

    return [
        ("drop a closing tag", drop_close),
        ("repeat an opening tag", repeat_open),
        ("unclosed CDATA", lambda t, p, n: at(t, p, "<![CDATA[x" * n)),
        ("a long attribute", long_attribute),
        ("entities", lambda t, p, n: at(t, p, "&#x110000;&#99999999999;&bogus;&amp" * n)),
        ("a DTD", lambda t, p, n: at(t, p, '<!DOCTYPE x [<!ENTITY e "e">]>')),
        ("cut", lambda t, p, n: t[:p]),
        ("a huge number", lambda t, p, n: at(t, p, "9" * (n * 5))),
        ("nested rows", lambda t, p, n: at(t, p, '<row r="3"><c r="A3"><v>' * min(n, 2000))),
        ("a prefix", lambda t, p, n: t.replace("<c ", "<x:c ").replace("</c>", "</x:c>")),
        ("escaped characters", lambda t, p, n: at(t, p, "_x0000__xD800__xFFFF_" * n)),
    ]


XML_EDITS = _xml_edits()
PARTS = [
    "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "_rels/.rels",
    "docProps/core.xml",
    "xl/worksheets/sheet4.xml",  # About
]


@st.composite
def xml_mutation(draw: st.DrawFn, base: str) -> bytes:
    data = BASES[base]
    parts = members(data)
    names = [n for n, _ in parts]
    part = draw(st.sampled_from([p for p in PARTS if p in names] or names))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "latin-1 bytes", "bad bytes"]))
    _, edit = draw(st.sampled_from(XML_EDITS))
    out = []
    for name, payload in parts:
        if name == part:
            text = payload.decode("utf-8", "replace")
            text = edit(text, draw(st.integers(0, len(text))), draw(SIZES))
            if encoding == "utf-16":
                payload = b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass")
            elif encoding == "latin-1 bytes":
                payload = text.encode("latin-1", "replace")
            elif encoding == "bad bytes":
                raw = text.encode("utf-8", "surrogatepass")
                cut = draw(st.integers(0, len(raw)))
                payload = raw[:cut] + b"\xc3\x28\xff" + raw[cut:]
            else:
                payload = text.encode("utf-8", "surrogatepass")
        out.append((name, payload))
    return rezip(out)


REFERENCES = st.one_of(
    st.sampled_from(
        [
            "Form!$A$1:$XFD$1048576",
            "Form!$A$1:$I$1048576",
            "Form!$A$11:$Z$18",
            "Form!$A$11:$I$1000",
            "Form!$A$0",
            "Form!$ZZZ$9999999",
            "#REF!",
            "Form!#REF!",
            "[1]Form!$A$1",
            "About!$A$1:$B$50",
            "Lists!$A$1:$J$40",
            "Nowhere!$A$1",
            "'Form''s'!$A$1",
            "Form!$A$11:$I$18,Form!$A$1",
            '"a constant"',
            "",
            "Form!" + "A" * 5000,
        ]
    ),
    st.builds(
        lambda r1, c1, r2, c2: f"Form!${c1}${r1}:${c2}${r2}",
        st.integers(0, 1_100_000),
        st.sampled_from(["A", "C", "I", "Z", "AA", "XFD", "XFE"]),
        st.integers(0, 1_100_000),
        st.sampled_from(["A", "C", "I", "Z", "AA", "XFD", "XFE"]),
    ),
    st.text(max_size=50),
)
NAMES = [
    "NA_Needs",
    "NA_Services",
    "NA_Story",
    "NA_CaseRef",
    "NA_AuditDate",
    "NA_Age",
    "NA_AboutAuditId",
    "NA_AboutFormVersion",
    "NA_AuditIdValue",
    "NA_FormVersionValue",
]


@st.composite
def name_mutation(draw: st.DrawFn, base: str) -> bytes:
    from xml.sax.saxutils import escape

    data = BASES[base]
    changes = draw(st.dictionaries(st.sampled_from(NAMES), REFERENCES, min_size=1, max_size=4))

    def change(xml: str) -> str:
        for name, ref in changes.items():
            pattern = re.compile(rf'(<definedName name="{name}">)[^<]*(</definedName>)')
            m = pattern.search(xml)
            if m is not None:
                xml = xml[: m.end(1)] + escape(ref) + xml[m.start(2) :]
        return xml

    return b.patch_part(data, "xl/workbook.xml", change)


# Fields of the zip structures: (signature, offset, width in bytes).
ZIP_FIELDS = (
    [
        (b"PK\x01\x02", off, width)
        for off, width in [
            (6, 2),
            (8, 2),
            (10, 2),
            (16, 4),
            (20, 4),
            (24, 4),
            (28, 2),
            (30, 2),
            (32, 2),
            (34, 2),
            (42, 4),
        ]
    ]
    + [
        (b"PK\x03\x04", off, width)
        for off, width in [(6, 2), (8, 2), (14, 4), (18, 4), (22, 4), (26, 2), (28, 2)]
    ]
    + [(b"PK\x05\x06", off, width) for off, width in [(8, 2), (10, 2), (12, 4), (16, 4), (20, 2)]]
)


@st.composite
def zip_mutation(draw: st.DrawFn, base: str) -> bytes:
    data = BASES[base]
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["field", "field", "drop part", "duplicate part"]))
        if kind == "field":
            signature, offset, width = draw(st.sampled_from(ZIP_FIELDS))
            found = [m.start() for m in re.finditer(re.escape(signature), bytes(out))]
            if not found:
                continue
            at = draw(st.sampled_from(found)) + offset
            if at + width > len(out):
                continue
            top = (1 << (8 * width)) - 1
            value = draw(
                st.one_of(st.sampled_from([0, 1, 12, 14, 99, top, top // 2]), st.integers(0, top))
            )
            struct.pack_into("<H" if width == 2 else "<I", out, at, value)
        else:
            parts = _members_if_whole(bytes(out))
            if not parts:
                continue
            index = draw(st.integers(0, len(parts) - 1))
            if kind == "drop part":
                del parts[index]
            else:
                parts.append((parts[index][0], draw(st.binary(max_size=200))))
            out = bytearray(_rezip_any(parts))
    return bytes(out)


def _members_if_whole(data: bytes) -> list[tuple[str, bytes]] | None:
    try:
        return members(data)
    except Exception:  # any damage: the mutation goes on with the bytes it has
        return None


def _rezip_any(parts: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicate name is written twice, as a tool could
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, payload in parts:
                zf.writestr(name, payload)
    return buf.getvalue()


ENCRYPTION_ATTRIBUTES = {
    "spinCount": [
        "0",
        "1",
        "100000",
        "500000",
        "500001",
        "10000000",
        "10000001",
        "4294967295",
        "-1",
        "x",
    ],
    "keyBits": ["0", "8", "128", "192", "256", "512", "99999999999"],
    "saltSize": ["0", "1", "16", "100000"],
    "blockSize": ["0", "1", "16", "64"],
    "hashSize": ["0", "1", "64", "100000"],
    "hashAlgorithm": ["SHA512", "SHA1", "MD5", "SHAKE128", "bogus", ""],
    "saltValue": ["", "AAAA", "!!!", "A" * 10_000],
    "cipherAlgorithm": ["AES", "RC4", "DES", ""],
    "encryptedKeyValue": ["", "AAAA", "A" * 1000],
}


@st.composite
def encryption_mutation(draw: st.DrawFn, base: str) -> bytes:
    data = BASES[base]
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    streams = [(tuple(p), ole.openstream(p).read()) for p in ole.listdir(streams=True)]
    ole.close()
    kind = draw(st.sampled_from(["attribute", "attribute", "header", "bytes", "package size"]))
    out = []
    for path, payload in streams:
        if path == ("EncryptionInfo",) and kind == "attribute":
            attr = draw(st.sampled_from(sorted(ENCRYPTION_ATTRIBUTES)))
            value = draw(st.sampled_from(ENCRYPTION_ATTRIBUTES[attr]))
            payload = re.sub(rf'{attr}="[^"]*"'.encode(), f'{attr}="{value}"'.encode(), payload)
        elif path == ("EncryptionInfo",) and kind == "header":
            payload = (
                struct.pack(
                    "<HH", *draw(st.sampled_from([(4, 4), (3, 2), (4, 3), (1, 1), (65535, 65535)]))
                )
                + payload[4:]
            )
        elif path == ("EncryptionInfo",) and kind == "bytes":
            payload = _mutate_bytes(draw, payload)
        elif path == ("EncryptedPackage",) and kind == "package size":
            size = draw(st.sampled_from([0, 1, 4096, 2**32, 2**63 - 1]))
            payload = struct.pack("<Q", size) + payload[8:]
        out.append((path, payload))
    return write_compound(out)


def start(draw: st.DrawFn, seed: Seeds) -> str:
    others = [f"other {i}" for i in range(len(seed.others))]
    return draw(st.sampled_from(["plain", "plain", "plain", *others]))


# --- the properties -------------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_mutated_bytes(seed: Seeds, data: st.DataObject) -> None:
    base = data.draw(st.sampled_from(sorted(BASES)))
    read_checked(seed, data.draw(byte_mutation(base)))


@FUZZ
@given(data=st.data())
def test_mutated_xml(seed: Seeds, data: st.DataObject) -> None:
    read_checked(seed, data.draw(xml_mutation(start(data.draw, seed))))


@FUZZ
@given(data=st.data())
def test_mutated_defined_names(seed: Seeds, data: st.DataObject) -> None:
    read_checked(seed, data.draw(name_mutation("plain")))


@FUZZ
@given(data=st.data())
def test_mutated_zip_directory(seed: Seeds, data: st.DataObject) -> None:
    read_checked(seed, data.draw(zip_mutation(start(data.draw, seed))))


@settings(FUZZ, max_examples=max(5, EXAMPLES // 2))  # each costs a key derivation (~0.1 s)
@given(data=st.data())
def test_mutated_encryption(seed: Seeds, data: st.DataObject) -> None:
    read_checked(seed, data.draw(encryption_mutation("encrypted")))


# --- and beside good returns, in a merge ----------------------------------------------------------

MUTATIONS = [byte_mutation, xml_mutation, name_mutation, zip_mutation]


@pytest.fixture(scope="module")
def meeting(tmp_path_factory: pytest.TempPathFactory, seed: Seeds) -> Path:
    """An audit whose good returns were merged and whose group made decisions."""
    folder = tmp_path_factory.mktemp("meeting") / "audit"
    init_audit(folder, write_csv(folder.parent / "sample.csv", SAMPLE_CSV))
    make_forms(folder)
    for ref in ("00123", "X&Y", "C-77"):
        b.good_return(folder, ref)
    merge(folder, workers=1)
    define_groups(folder / "shuffle.xlsx", [("G1", "Family support")])
    decide(folder / "shuffle.xlsx", {"00123": {"Agreed group": "G1", "Status": "Agreed"}})
    decide(folder / "shuffle.xlsx", {"C-77": {"Agreed group": "G1", "Status": "Parked"}})
    return folder


@settings(FUZZ, max_examples=max(3, EXAMPLES // 25))
@given(data=st.data())
def test_a_mutated_return_beside_good_ones_leaves_them_merged(
    meeting: Path, seed: Seeds, data: st.DataObject
) -> None:
    mutate = data.draw(st.sampled_from(MUTATIONS))
    bad = data.draw(mutate("plain"))
    b.write(meeting, "fuzzed.xlsx", bad)
    result = merge(meeting, workers=1)
    assert {"00123", "x&y", "c-77"} <= set(result.returns.chosen)
    rows = {r.key: r for r in result.rows}
    assert (rows["00123"].agreed, rows["00123"].status) == ("G1", "Agreed")
    assert (rows["c-77"].agreed, rows["c-77"].status) == ("G1", "Parked")
    issues = [i for i in result.returns.issues if i.file == "returns/fuzzed.xlsx"]
    assert all(i.code != "read-failed" for i in issues)
