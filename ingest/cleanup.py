"""Repairing extracted text: mojibake, odd spaces, control characters, hyphenated line breaks."""

from __future__ import annotations

import re

import ftfy

_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_RUNS = re.compile(r"[ \t]+")
_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?)](?:\s|$))")
_HYPHEN_BREAK = re.compile(r"(\w+)-\n[ \t]*([a-z]\w*)")
_WORD = re.compile(r"[A-Za-z]+")
_COMPOUND = re.compile(r"\b[A-Za-z]+-[A-Za-z]+\b")


def repair(text: str) -> str:
    """Fix mojibake and entities-as-text (ftfy), unify spaces and newlines, drop control marks.
    Curly quotes are kept as they are, so quotes stay faithful to the source."""
    text = ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))
    return _CONTROL.sub("", text)


def collapse(text: str) -> str:
    """One line of text with runs of spaces folded to one."""
    return _RUNS.sub(" ", text).strip()


def flatten(text: str) -> str:
    """All whitespace (newlines too) folded to single spaces, none before punctuation."""
    return _BEFORE_PUNCT.sub(r"\1", " ".join(text.split()))


def rejoin_hyphenation(text: str, vocabulary: set[str] | None = None) -> str:
    """Join words split across lines with a hyphen ("inter-\\nvention" -> "intervention").

    A hyphen is kept when the hyphenated form is a word the document uses elsewhere
    ("school-based") and the joined form is not."""
    if "-\n" not in text:
        return text
    vocab = vocabulary if vocabulary is not None else {w.lower() for w in _WORD.findall(text)}
    hyphenated = {m.lower() for m in _COMPOUND.findall(text)}

    def join(match: re.Match) -> str:
        left, right = match.group(1), match.group(2)
        if (left + right).lower() not in vocab and f"{left}-{right}".lower() in hyphenated:
            return f"{left}-{right}"
        return left + right

    return _HYPHEN_BREAK.sub(join, text)


def smart_title(text: str) -> str:
    """Title case for headings printed in capitals ("EDUCATION OF INDIVIDUALS" -> "Education of Individuals")."""
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
