"""vbaProject.bin, checked with oletools (olefile, olevba): code nobody on this team wrote."""

from __future__ import annotations

import struct
from pathlib import Path

import olefile
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from oletools.olevba import VBA_Parser, decompress_stream

from needsaudit.coordinator import MACROS_DIR, build_coordinator
from needsaudit.names import VBA_MODULE
from needsaudit.vba import Module, compress, encrypt, strip_attributes, vba_project


def normalise(source: str) -> str:
    """Compare VBA sources as the issue says: line endings, Attribute VB_* lines and
    LibreOffice's own Option VBASupport / module-type lines do not count."""
    lines = strip_attributes(source).split("\n")
    lines = [
        line
        for line in lines
        if not line.startswith(("Option VBASupport", "Rem Attribute VBA_ModuleType"))
    ]
    return "\n".join(lines).strip("\n")


def bas_sources() -> dict[str, str]:
    return {p.stem: p.read_text("ascii") for p in sorted(MACROS_DIR.glob("*.bas"))}


def test_the_macros_are_in_the_module_the_contract_names() -> None:
    """docs/contract.md names the buttons' module from names.VBA_MODULE: it is the one in
    macros/, and that is the name it carries in the workbook."""
    assert list(bas_sources()) == [VBA_MODULE]
    assert f'Attribute VB_Name = "{VBA_MODULE}"' in bas_sources()[VBA_MODULE]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=9000) | st.text("ab \r\nSub()", max_size=12000).map(str.encode))
def test_compression_round_trips_through_oletools(data: bytes) -> None:
    try:
        packed = compress(data)
    except ValueError:
        # Only a final short chunk that does not compress is refused (it cannot be stored
        # raw without padding); source text always compresses.
        tail = data[len(data) - len(data) % 4096 :] if len(data) % 4096 else b""
        assert tail and len(tail) > 3000
        return
    assert bytes(decompress_stream(bytearray(packed))) == data


def test_source_text_compresses() -> None:
    text = "".join(bas_sources().values()).encode()
    assert len(compress(text)) < len(text) * 0.7


def decrypt(hex_text: str, project_id: str) -> bytes:
    """MS-OVBA 2.4.3.3 Data Decryption, written from the specification for this test."""
    data = bytes.fromhex(hex_text)
    seed, version_enc, proj_key_enc = data[0], data[1], data[2]
    assert seed ^ version_enc == 2  # the version byte
    proj_key = seed ^ proj_key_enc
    assert proj_key == sum(project_id.encode()) & 0xFF
    unencrypted_1, encrypted_1, encrypted_2 = proj_key, proj_key_enc, version_enc
    out = bytearray()
    for enc in data[3:]:
        byte = enc ^ ((encrypted_2 + unencrypted_1) & 0xFF)
        out.append(byte)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, enc, byte
    ignored = (seed & 6) // 2
    length = struct.unpack("<I", bytes(out[ignored : ignored + 4]))[0]
    payload = bytes(out[ignored + 4 :])
    assert len(payload) == length
    return payload


@pytest.mark.parametrize("seed", range(0, 256, 7))
def test_protection_fields_decrypt_to_unlocked_visible(seed: int) -> None:
    project_id = "{9E394C0B-697E-4AEE-9FA6-446F51FB30DC}"
    assert decrypt(encrypt(b"\x00\x00\x00\x00", project_id, seed), project_id) == bytes(4)
    assert decrypt(encrypt(b"\xff", project_id, seed), project_id) == b"\xff"


def test_project_stream_says_unlocked_no_password_visible() -> None:
    ole = olefile.OleFileIO(vba_project([Module("Buttons", "Sub A()\nEnd Sub\n")]))
    text = ole.openstream("PROJECT").read().decode("cp1252")
    props = dict(line.split("=", 1) for line in text.split("\r\n") if "=" in line)
    project_id = props["ID"].strip('"')
    assert decrypt(props["CMG"].strip('"'), project_id) == bytes(4)
    assert decrypt(props["DPB"].strip('"'), project_id) == b"\x00"
    assert decrypt(props["GC"].strip('"'), project_id) == b"\xff"
    assert "Module=Buttons" in text
    assert sorted("/".join(e) for e in ole.listdir()) == [
        "PROJECT",
        "PROJECTwm",
        "VBA/Buttons",
        "VBA/_VBA_PROJECT",
        "VBA/dir",
    ]
    # No performance cache: version 0xFFFF makes the host compile from source.
    assert ole.openstream("VBA/_VBA_PROJECT").read() == bytes.fromhex("CC61FFFF000000")


def test_output_is_deterministic_and_follows_the_source() -> None:
    one = vba_project([Module("M", "Sub A()\nEnd Sub\n")])
    assert vba_project([Module("M", "Sub A()\nEnd Sub\n")]) == one
    assert vba_project([Module("M", "Sub B()\nEnd Sub\n")]) != one


@pytest.mark.parametrize(
    ("modules", "problem"),
    [
        ([Module("M", "x"), Module("m", "y")], "unique"),
        ([Module("1M", "x")], "not a VBA module name"),
        ([Module("M", "' café\n")], "plain ASCII"),
    ],
)
def test_bad_modules_are_refused(modules: list[Module], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        vba_project(modules)


def test_olevba_extracts_every_module_of_the_coordinator(tmp_path: Path) -> None:
    xlsm, xlsx = build_coordinator(tmp_path)
    parser = VBA_Parser(str(xlsm))
    assert parser.detect_vba_macros()
    found = {name.rsplit(".", 1)[0]: code for _, _, name, code in parser.extract_macros()}
    sources = bas_sources()
    for name, source in sources.items():
        assert normalise(found[name]) == normalise(source), name
        assert found[name].replace("\r\n", "\n") == source.replace("\r\n", "\n")  # exactly
    documents = {"ThisWorkbook", "Sheet1", "Sheet2", "Sheet3", "Sheet4"}
    assert set(found) == set(sources) | documents
    assert all(not normalise(found[d]) for d in documents)  # no event code anywhere
    # Nothing runs on opening, nothing reaches the shell or the file system.
    kinds = {(kind, keyword) for kind, keyword, _ in parser.analyze_macros()}
    assert not [k for k in kinds if k[0] in ("AutoExec", "IOC")]
    assert {k[1] for k in kinds if k[0] == "Suspicious"} <= {"Run", "Hex Strings", "Base64 Strings"}
    parser.close()
    assert not VBA_Parser(str(xlsx)).detect_vba_macros()
