"""Decoding bytes to text safely."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import DocumentError


def decode_text(data: bytes, path: Path) -> str:
    """Decode UTF-8 (with or without BOM); refuse binary data with a clear message."""
    if not data.strip():
        raise DocumentError("the file is empty")
    if b"\x00" in data[:8192]:
        raise DocumentError("the file looks binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DocumentError(f"could not detect the text encoding of {path.name}")
    return str(best)
