"""The models shipped as package data (flagmodel.json.gz, typemodel.json.gz): compact JSON,
gzipped with no time stamp, so the same model always gives the same bytes."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from typing import Any


def dumps(data: dict[str, Any]) -> bytes:
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def loads(data: bytes) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(gzip.decompress(data).decode("utf-8"))
    return out


def read(name: str) -> bytes | None:
    """A package data file's bytes; None when it is not there (an install without it)."""
    try:
        return resources.files("needsaudit").joinpath(name).read_bytes()
    except FileNotFoundError:
        return None
