"""United States Code in Markdown (one file per chapter, as published in Markdown chunk sets).

Such files repeat "# Title 20— EDUCATION" and "### CHAPTER 33— …" before every piece and
mark sections as "#### § 1414. Evaluations, …". Sections come out as
"20 U.S.C. 1414 — Evaluations, …" with the subsection heading below it, and the title as
"20 U.S.C. Chapter 33 — Education of Individuals with Disabilities"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.cleanup import collapse, smart_title
from ingest.documents import Section

_TITLE = re.compile(r"^#{1,6}\s*Title\s+(\d+)\s*[—–-]+\s*(.*?)\s*$", re.I)
_CHAPTER = re.compile(r"^#{1,6}\s*CHAPTER\s+(\w+)\s*[—–-]+\s*(.*?)\s*$", re.I)
_SECTION = re.compile(r"^#{1,6}\s*§+\s*(\d+[\w-]*)\.?\s*(.*?)\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_DIVISION = re.compile(r"^\s*(SUBCHAPTER|PART|SUBPART|DIVISION)\s+[\w.-]+\s*[—–-]+\s*[^a-z]*$")


def looks_like_us_code(body: str) -> bool:
    """A US Code chapter: a '# Title N—' heading and at least one '§ N.' section heading."""
    return bool(re.search(r"^#{1,6}\s*Title\s+\d+\s*[—–-]", body, re.M)) and bool(re.search(r"^#{1,6}\s*§", body, re.M))


@dataclass
class _State:
    title_no: str = ""
    chapter: str = ""
    chapter_name: str = ""
    section: str = ""
    subsection: str = ""
    lines: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def path(self) -> tuple[str, ...]:
        return tuple(p for p in (self.section, self.subsection) if p) or ("Overview",)

    def flush(self) -> None:
        body = "\n".join(self.lines).strip()
        self.lines.clear()
        if not body:
            return
        path = self.path()
        if self.sections and self.sections[-1].path == path:  # the same heading repeated
            body = self.sections[-1].text + "\n\n" + body
            self.sections.pop()
        self.sections.append(Section(path=path, text=body))


def parse_us_code(body: str, strip_inline) -> tuple[str, list[Section]]:
    """(document title, sections) of a US Code chapter in Markdown."""
    state = _State()
    for raw in body.splitlines():
        line = collapse(raw)
        if match := _TITLE.match(line):
            state.title_no = match.group(1)
        elif match := _CHAPTER.match(line):
            if not state.chapter:
                state.chapter, state.chapter_name = match.group(1), match.group(2)
        elif match := _SECTION.match(line):
            label = f"{state.title_no} U.S.C. {match.group(1)}" if state.title_no else f"§ {match.group(1)}"
            heading = f"{label} — {match.group(2).rstrip('.')}" if match.group(2) else label
            if heading != state.section:
                state.flush()
                state.section, state.subsection = heading, ""
        elif match := _HEADING.match(line):
            heading = strip_inline(match.group(2))
            if heading != state.subsection:
                state.flush()
                state.subsection = heading
        elif _DIVISION.match(line):
            continue
        else:
            state.lines.append(strip_inline(line))
    state.flush()
    return _title(state), state.sections


def _title(state: _State) -> str:
    if state.title_no and state.chapter:
        return f"{state.title_no} U.S.C. Chapter {state.chapter} — {smart_title(state.chapter_name)}"
    if state.title_no:
        return f"Title {state.title_no}, United States Code"
    return "United States Code"
