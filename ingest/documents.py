"""Source documents: what loaders produce and the chunker consumes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import yaml

from assistant.errors import DocumentError
from assistant.types import READERS


@dataclass(frozen=True)
class Section:
    """A run of text under one heading path (and, for paged formats, one page)."""

    path: tuple[str, ...]
    text: str
    page: int | None = None
    phrasings: tuple[str, ...] = ()  # how askers put the question it answers (an `<!-- asked: … -->` line)

    @property
    def heading(self) -> str:
        return " > ".join(self.path)


class SectionBuilder:
    """Paragraphs under a stack of headings, emitted as Sections in reading order."""

    def __init__(self, joiner: str = "\n\n") -> None:
        self.sections: list[Section] = []
        self._path: list[tuple[int, str]] = []
        self._parts: list[str] = []
        self._phrasings: tuple[str, ...] = ()
        self._joiner = joiner

    @property
    def empty(self) -> bool:
        return not self.sections and not any(p.strip() for p in self._parts)

    def add(self, text: str) -> None:
        self._parts.append(text)

    def phrase(self, phrasings: Sequence[str]) -> None:
        """How askers put the question the current section answers."""
        self._phrasings = tuple(dict.fromkeys((*self._phrasings, *(p for p in phrasings if p))))

    def heading(self, level: int, text: str) -> None:
        self.flush()
        while self._path and self._path[-1][0] >= level:
            self._path.pop()
        self._path.append((level, text))

    def top(self) -> None:
        """Back to the top level (for a level-1 heading that repeats the title)."""
        self.flush()
        self._path.clear()

    def flush(self) -> None:
        body = self._joiner.join(self._parts).strip()
        self._parts.clear()
        phrasings, self._phrasings = self._phrasings, ()
        if body:
            self.sections.append(Section(path=tuple(h for _, h in self._path) or ("Overview",), text=body, phrasings=phrasings))

    def finish(self) -> list[Section]:
        self.flush()
        return self.sections


@dataclass(frozen=True)
class SourceDocument:
    """A loaded document: metadata plus its text split into sections."""

    source: str
    title: str
    sections: tuple[Section, ...]
    audience: str = "both"
    topics: tuple[str, ...] = ()
    ages: tuple[int, int] | None = None  # the ages in years the document is about ("0-3": babies and toddlers), if only some
    students: tuple[str, ...] = ()  # the words askers name the students it is about by ("gifted"), if only some
    summary: str = ""
    last_reviewed: str = ""
    raw_hash: str = ""
    extra: dict = field(default_factory=dict)
    kind: str = "markdown"
    pages: int | None = None

    @property
    def section_count(self) -> int:
        """Distinct headings (PDF pages under one heading count once)."""
        return len({s.path for s in self.sections})


def content_hash(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str]:
    """Return (front matter mapping, body). A file without front matter gets {}."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(f"front matter is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise DocumentError("front matter must be a mapping of keys to values")
    return data, text[match.end() :]


_AGES = re.compile(r"^\s*(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*$")


def _ages(value: object) -> tuple[int, int] | None:
    """The `ages` field ("0-3", "14 to 21" or [0, 3]): the youngest and oldest age in years a
    document is about, for a document only about some ages (early intervention is for 0-3)."""
    if value is None or value == "":
        return None
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        low, high = value
    elif isinstance(value, str) and (match := _AGES.match(value)):
        low, high = int(match.group(1)), int(match.group(2))
    else:
        raise DocumentError(f"ages must be a range of years such as 0-3, not {value!r}")
    if not 0 <= low <= high <= 30:
        raise DocumentError(f"ages must run from a younger to an older age between 0 and 30, not {value!r}")
    return low, high


def _students(value: object) -> tuple[str, ...]:
    """The `students` field ([gifted, honors] or "gifted, honors"): the words askers name the
    students a document is about by, for a document about some students only (gifted ones)."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value):
        raise DocumentError(f"students must be a list of words such as [gifted, honors], not {value!r}")
    return tuple(dict.fromkeys(" ".join(str(v).split()).lower() for v in value))


def clean_metadata(meta: dict, *, fallback_title: str) -> dict:
    """Validate and normalise front matter fields."""
    title = " ".join(str(meta.get("title") or fallback_title).split())
    audience = str(meta.get("audience") or "both").strip().lower()
    if audience not in READERS:
        raise DocumentError(f"audience must be one of {', '.join(READERS)}, not {audience!r}")
    topics = meta.get("topics") or meta.get("tags") or []
    if isinstance(topics, str):
        topics = [t.strip() for t in topics.split(",")]
    if not isinstance(topics, list):
        raise DocumentError("topics must be a list")
    return {
        "title": title,
        "audience": audience,
        "topics": tuple(str(t).strip() for t in topics if str(t).strip()),
        "ages": _ages(meta.get("ages")),
        "students": _students(meta.get("students")),
        "summary": str(meta.get("summary") or meta.get("description") or "").strip(),
        "last_reviewed": str(meta.get("last_reviewed") or "").strip(),
    }
