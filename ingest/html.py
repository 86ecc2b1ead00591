"""HTML pages: the main content only (no navigation, sidebars, forms or scripts), by heading.

The content root is the page's <main>/<article> (or role="main"); a page without one goes
through trafilatura's main-content extraction. Mojibake and entities are repaired; nothing
from the page is ever rendered as HTML."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.etree
import lxml.html

from assistant.errors import DocumentError
from ingest.cleanup import flatten, repair
from ingest.documents import Section, SectionBuilder, SourceDocument, content_hash
from ingest.markdown import title_from_filename
from ingest.text import decode_text

_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "aside", "header", "footer", "form",
    "button", "select", "input", "textarea", "svg", "iframe", "object", "embed", "canvas", "img",
)
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alert"}
_DROP_CLASSES = {"hidden", "sr-only", "usa-sr-only", "visually-hidden", "visuallyhidden", "element-invisible",
                 "screen-reader-text", "skip-link", "print-only", "cookie-banner"}
_DROP_WORDS = ("breadcrumb", "share", "social", "pager", "pagination")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "li", "dt", "dd", "blockquote", "pre", "td", "th", "caption", "figcaption", "address",
           "item", "quote", "cell", "code"}  # the last four are trafilatura's XML names
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

    xml = trafilatura.extract(text, output_format="xml", include_comments=False, include_tables=True,
                              include_links=False, favor_recall=True)
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
        if el.tag in _BLOCKS and not any(isinstance(c.tag, str) and (c.tag in _BLOCKS or _heading_level(c)) for c in el.iter() if c is not el):
            text = flatten(" ".join(el.itertext()))
            if text:
                builder.add(text)
            return
        for child in el:
            if isinstance(child.tag, str):
                walk(child)

    walk(root)
    return builder.finish()


def load_html(path: Path, source: str) -> SourceDocument:
    raw = path.read_bytes()
    text = repair(decode_text(raw, path))
    tree = _parse(text)
    title = page_title(tree) or title_from_filename(path)
    root = content_root(tree)
    if root is None:
        root = _trafilatura_root(text)
    else:
        _drop_boilerplate(root)
    sections = sections_of(root, title) if root is not None else []
    return SourceDocument(
        source=source, title=title, sections=tuple(sections), raw_hash=content_hash(raw), kind="html"
    )
