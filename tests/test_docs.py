"""The documentation holds together: README stays short, every relative link (and its #anchor)
points at a file and heading that exist, and every IEP_GUIDE_ variable the docs name is a real
setting."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.config import SECTIONS, env_name

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
LINK = re.compile(r"\]\(([^)\s]+)\)|\bsrc=\"([^\"]+)\"")


def _prose(path: Path) -> str:
    return FENCE.sub("", path.read_text(encoding="utf-8"))


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    return {_slug(h) for h in re.findall(r"^#{1,6} (.+)$", _prose(path), re.M)}


def _relative_links(path: Path) -> list[str]:
    links = [a or b for a, b in LINK.findall(_prose(path))]
    return [link for link in links if not re.match(r"[a-z]+:", link)]


def test_readme_is_at_most_12_000_bytes():
    size = len((ROOT / "README.md").read_bytes())
    assert size <= 12_000, f"README.md is {size} bytes; move details to docs/ and link them"


def test_the_slug_is_githubs():
    assert _slug("My child's IEP") == "my-childs-iep"
    assert _slug("The `ask --json` contract") == "the-ask---json-contract"


def test_every_relative_link_and_anchor_resolves():
    broken = []
    for doc in DOCS:
        for link in _relative_links(doc):
            target, _, anchor = link.partition("#")
            file = (doc.parent / target).resolve() if target else doc
            if not file.exists():
                broken.append(f"{doc.relative_to(ROOT)}: {link} (no such file)")
            elif anchor and file.suffix == ".md" and anchor not in _anchors(file):
                broken.append(f"{doc.relative_to(ROOT)}: {link} (no heading #{anchor})")
    assert not broken, "\n".join(broken)


def test_the_readme_links_every_page_in_docs():
    linked = {(ROOT / link.partition("#")[0]).resolve() for link in _relative_links(ROOT / "README.md")}
    unlinked = [p.name for p in sorted((ROOT / "docs").glob("*.md")) if p.resolve() not in linked]
    assert not unlinked, f"not reachable from README.md: {unlinked}"


def test_every_variable_the_docs_name_is_a_setting():
    settings = {env_name(section, field) for section, model in SECTIONS.items() for field in model.model_fields}
    unknown = set()
    for doc in DOCS:
        for name in re.findall(r"\bIEP_GUIDE_[A-Z0-9_]*[A-Z0-9]\b", doc.read_text(encoding="utf-8")):
            if "__" not in name and name not in settings:  # the nested form is checked in test_config
                unknown.add(f"{doc.relative_to(ROOT)}: {name}")
    assert not unknown, sorted(unknown)
