"""HTML pages: the main content only (no navigation, sidebars, forms or scripts), by heading.

The content root is the page's <main>/<article> (or role="main"); a page without one goes
through trafilatura's main-content extraction. Mojibake and entities are repaired; nothing
from the page is ever rendered as HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import lxml.etree
import lxml.html

from assistant.errors import DocumentError
from ingest.cleanup import flatten, repair
from ingest.documents import Section, SectionBuilder, SourceDocument, content_hash
from ingest.markdown import title_from_filename
from ingest.text import decode_text

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "header",
    "footer",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "img",
)
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alert"}
_DROP_CLASSES = {
    "hidden",
    "sr-only",
    "usa-sr-only",
    "visually-hidden",
    "visuallyhidden",
    "element-invisible",
    "screen-reader-text",
    "skip-link",
    "print-only",
    "cookie-banner",
}
_DROP_WORDS = ("breadcrumb", "share", "social", "pager", "pagination")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {
    "p",
    "li",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "td",
    "th",
    "caption",
    "figcaption",
    "address",
    "item",
    "quote",
    "cell",
    "code",
}  # the last four are trafilatura's XML names
_MAIN_XPATH = ("//main", "//*[@role='main']", "//article", "//*[@id='main-content' or @id='content' or @id='main']")


def _parse(text: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise DocumentError(f"could not parse the HTML: {exc}") from exc


def page_title(tree: lxml.html.HtmlElement) -> str:
    for xpath in ("//meta[@property='og:title']/@content", "//title//text()", "//h1//text()"):
        found = flatten(" ".join(tree.xpath(xpath)))
        if found:
            return re.split(r"\s+[|·–—]\s+[^|·–—]*$", found)[0] or found
    return ""


def _drop_boilerplate(root) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments and processing instructions
            if el.getparent() is not None:
                el.drop_tree()
            continue
        names = f"{el.get('class', '')} {el.get('id', '')}".lower().split()
        if (
            el.tag in _DROP_TAGS
            or el.get("role", "").lower() in _DROP_ROLES
            or el.get("hidden") is not None
            or el.get("aria-hidden", "").lower() == "true"
            or any(n in _DROP_CLASSES or any(w in n for w in _DROP_WORDS) for n in names)
        ) and el.getparent() is not None:
            el.drop_tree()


def content_root(tree: lxml.html.HtmlElement):
    """The element holding the page's main content, or None when the page marks none."""
    for xpath in _MAIN_XPATH:
        found = tree.xpath(xpath)
        if found:
            return max(found, key=lambda el: len(el.text_content()))
    return None


def _trafilatura_root(text: str):
    import trafilatura

    xml = trafilatura.extract(
        text, output_format="xml", include_comments=False, include_tables=True, include_links=False, favor_recall=True
    )
    return lxml.etree.fromstring(xml.encode("utf-8")) if xml else None


def _heading_level(el) -> int | None:
    if el.tag in _HEADINGS:
        return _HEADINGS[el.tag]
    if el.tag == "head":  # trafilatura: <head rend="h2">
        match = re.match(r"h(\d)", el.get("rend", "h2"))
        return int(match.group(1)) if match else 2
    return None


def sections_of(root, title: str) -> list[Section]:
    """Walk the content in document order: headings open sections, blocks add paragraphs."""
    builder = SectionBuilder()

    def walk(el) -> None:
        level = _heading_level(el)
        if level is not None:
            heading = flatten(" ".join(el.itertext()))
            if heading and level == 1 and heading.lower() == title.lower():
                builder.top()
            elif heading:
                builder.heading(level, heading)
            return
        if el.tag in _BLOCKS and not any(
            isinstance(c.tag, str) and (c.tag in _BLOCKS or _heading_level(c)) for c in el.iter() if c is not el
        ):
            text = flatten(" ".join(el.itertext()))
            if text:
                builder.add(text)
            return
        for child in el:
            if isinstance(child.tag, str):
                walk(child)

    walk(root)
    return builder.finish()


class _TextWalk(HTMLParser):
    """The page's text without building a tree: paragraphs at block tags, headings as headings,
    scripts, styles and other non-content elements skipped. Depth costs nothing here, so a page
    nested deeper than lxml keeps (it silently drops what lies below about 256 levels) or than
    Python's recursion allows still gives its text."""

    _BREAKS = _BLOCKS | {"div", "section", "article", "main", "br", "tr", "ul", "ol", "table", "body"}
    _SKIP = {"script", "style", "noscript", "template", "head", "svg", "nav", "footer", "form", "select"}

    def __init__(self, title: str) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = SectionBuilder()
        self.title = title
        self.parts: list[str] = []
        self.skipping = 0
        self.heading: int | None = None

    def _flush(self) -> None:
        text = flatten(" ".join(self.parts))
        self.parts = []
        if not text:
            return
        if self.heading is not None:
            if self.heading == 1 and text.lower() == self.title.lower():
                self.builder.top()
            else:
                self.builder.heading(self.heading, text)
        else:
            self.builder.add(text)

    def handle_starttag(self, tag, attrs) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif not self.skipping and (tag in self._BREAKS or tag in _HEADINGS):
            self._flush()
            self.heading = _HEADINGS.get(tag, self.heading if tag == "br" else None)

    def handle_endtag(self, tag) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif not self.skipping and (tag in self._BREAKS or tag in _HEADINGS):
            self._flush()
            self.heading = None

    def handle_data(self, data) -> None:
        if not self.skipping:
            self.parts.append(data)

    def sections(self, text: str) -> list[Section]:
        self.feed(text)
        self.close()
        self._flush()
        return self.builder.finish()


def plain_text_sections(text: str, title: str) -> list[Section]:
    return _TextWalk(title).sections(text)


def _words(sections) -> int:
    return sum(len(s.text.split()) for s in sections)


def load_html(path: Path, source: str) -> SourceDocument:
    raw = path.read_bytes()
    text = repair(decode_text(raw, path))
    tree = _parse(text)
    title = page_title(tree) or title_from_filename(path)
    try:
        root = content_root(tree)
        if root is None:
            root = _trafilatura_root(text)
        else:
            _drop_boilerplate(root)
        sections = sections_of(root, title) if root is not None else []
    except (RecursionError, ValueError, lxml.etree.LxmlError):
        sections = []
    # The main-content extractor found nothing, failed, or read a tree lxml cut short (a page
    # nested deeper than libxml2 keeps): fall back to every piece of text on the page, in order.
    if not any(s.text.strip() for s in sections) or _cut_short(tree):
        plain = plain_text_sections(text, title)
        if not sections or _words(plain) > 2 * _words(sections):
            sections = plain
    return SourceDocument(source=source, title=title, sections=tuple(sections), raw_hash=content_hash(raw), kind="html")


def _cut_short(tree, limit: int = 250) -> bool:
    """Whether the tree reaches the depth below which libxml2 drops a page's elements."""
    stack = [(tree, 0)]
    while stack:
        el, depth = stack.pop()
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in el)
    return False
