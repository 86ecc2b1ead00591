"""Decoding bytes to text safely."""

from __future__ import annotations

import codecs
from pathlib import Path

from assistant.errors import DocumentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
MAX_CONTROL_SHARE = 0.01  # decoded text with more control characters than this is not text


def decode_text(data: bytes, path: Path) -> str:
    """Decode text in UTF-8/16/32 (BOM or not) or a detected legacy encoding.

    Refuses empty files, binary data and bytes whose encoding cannot be told, each with
    a message that says which."""
    if not data.strip():
        raise DocumentError("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data, encoding, path), path)
    if b"\x00" in data[:_SNIFF]:
        raise DocumentError("the file looks binary, not text")
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DocumentError(f"could not tell the text encoding of {path.name}; save it as UTF-8 and try again")
    return _checked(str(best), path)


def _decode(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path.name} is not valid {encoding.upper()} text: {exc.reason}") from exc


def _checked(text: str, path: Path) -> str:
    if not text.strip():
        raise DocumentError("the file is empty")
    sample = text[:_SNIFF]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > MAX_CONTROL_SHARE * len(sample):
        raise DocumentError("the file looks binary, not text")
    return text
