"""Small text tools shared by retrieval, answering and evaluation."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from typing import Protocol

import snowballstemmer

_BULLET = re.compile(r"^\s*(?:[-*+•]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
# A sentence ends after its full stop and any closing quote or bracket ("…the \"triennial.\"").
_BOUNDARY = re.compile(r"(?<=[.!?])([\"')\]”’]*)\s+(?=[\"'(\[“‘]?[A-Z0-9])")
_ABBREV = {
    "e.g",
    "i.e",
    "u.s",
    "dr",
    "mr",
    "mrs",
    "ms",
    "no",
    "sec",
    "secs",
    "vs",
    "v",
    "st",
    "jr",
    "inc",
    "co",
    "al",
    "pub",
    "stat",
    "fed",
    "reg",
    "c.f.r",
    "u.s.c",
    "art",
    "para",
    "pp",
    "p",
    "approx",
    "dept",
    "ed",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    s t don im ive id youre whats hes shes theyre isnt doesnt dont cant wont get gets got also
    may might must shall let lets us one ok okay please thanks thank hi hello know tell want need
    mean means like really much many thru tho altho bc cuz ur pls plz thx idk tbh btw lol omg
    nobody anybody somebody everybody noone didnt wasnt werent hasnt havent hadnt arent shouldnt couldnt
    wouldnt aint""".split()
)


def normalize(text: str) -> str:
    """NFC, no control characters, collapsed whitespace."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def ends_with_abbreviation(text: str) -> bool:
    """Whether the text ends with an abbreviation ("U.S.", "e.g.", "Dr.") or an initial, so the
    full stop after it does not end a sentence."""
    head = text.rstrip("\"')]”’")
    last = head.rsplit(None, 1)[-1].rstrip(".").lower() if head.split() else ""
    return last in _ABBREV or (len(last) == 1 and last.isalpha())


def _split_line(line: str) -> list[str]:
    out, start = [], 0
    for match in _BOUNDARY.finditer(line):
        if ends_with_abbreviation(line[start : match.end(1)]):
            continue
        out.append(line[start : match.end(1)].strip())
        start = match.end()
    out.append(line[start:].strip())
    return [s for s in out if s]


def split_sentences(text: str) -> list[str]:
    """Sentences of a chunk, each an exact substring of it. Bullet items count as sentences."""
    sentences: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        marker = _BULLET.match(line)
        if marker:
            line = line[marker.end() :]
        sentences.extend(_split_line(line))
    return sentences


_local = threading.local()


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...


def _english() -> _Stemmer:
    """This thread's stemmer: a Snowball stemmer keeps its working state on the instance."""
    if not hasattr(_local, "stemmer"):
        _local.stemmer = snowballstemmer.stemmer("english")
    stemmer: _Stemmer = _local.stemmer
    return stemmer


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter2) English stem, so plurals, verb forms and derived nouns meet
    ("reevaluated", "reevaluation" -> "reevalu"). Short words and numbers are kept as they are."""
    if len(word) <= 3 or word.isdigit():
        return word
    return _english().stemWord(word)


def words(text: str) -> list[str]:
    """Lowercased word tokens with punctuation removed."""
    text = unicodedata.normalize("NFKD", text.lower()).replace("’", "'")
    return [w.replace("'", "") for w in _WORD.findall(text)]


def tokenize(text: str) -> list[str]:
    """Stemmed content tokens for lexical matching and BM25; a word is dropped when it or its
    stem is a stopword ("theres" stems to "there")."""
    return [token for w in words(text) if w not in STOPWORDS and (token := stem(w)) not in STOPWORDS]


def content_terms(text: str) -> set[str]:
    return set(tokenize(text))


# Text in a document that addresses a language model ("ignore previous instructions…"): such
# sentences are never quoted in an answer and never count as support.
_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget)\b.{0,40}\b(previous|prior|above|earlier|all)\b.{0,20}\b(instructions?|prompts?|rules)\b"
    r"|\byou are now (a|an|in)\b|\bsystem prompt\b",
    re.I,
)


def instruction_like(sentence: str) -> bool:
    """Whether a sentence speaks to a language model rather than to a reader."""
    return bool(_INSTRUCTION.search(sentence))
