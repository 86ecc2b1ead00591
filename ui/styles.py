"""The chat's own styles: readable contrast, visible keyboard focus, phone-width layout."""

from __future__ import annotations

import streamlit as st

CSS = """
<style>
:root { --ig-accent: #1f5fa8; --ig-text: #1d2433; --ig-muted: #4a5365; --ig-mark: #fff1a8; }
.ig-answer p { margin: 0 0 .7rem; line-height: 1.65; }
.ig-answer ul, .ig-answer ol { margin: 0 0 .7rem 1.2rem; }
a.ig-cite { display: inline-block; min-width: 1.6em; padding: .05em .15em; border-radius: 4px;
  color: var(--ig-accent); font-weight: 600; text-align: center; text-decoration: underline; }
a.ig-cite:hover { background: #e3edf8; }
a.ig-cite:focus-visible, .ig-card summary:focus-visible, .ig-jump a:focus-visible {
  outline: 3px solid var(--ig-accent); outline-offset: 2px; }
.ig-unsupported { text-decoration: underline dotted #8a2c0d; text-underline-offset: 3px; }
.ig-flag { white-space: nowrap; color: #8a2c0d; background: #fdecea; border-radius: 4px;
  padding: 0 .35em; font-size: .85em; }
.ig-card { scroll-margin-top: 4.5rem; }
/* source chips: one compact line per source that opens into its card */
.ig-sources-heading { margin: .4rem 0 0; }
[class*="st-key-ig-card-"] details summary { padding: .3rem .75rem; min-height: 2.25rem; font-size: .9rem; }
[class*="st-key-ig-card-"] details summary p { color: var(--ig-text); }
[class*="st-key-ig-card-"] details summary:focus-visible { outline: 3px solid var(--ig-accent); outline-offset: 2px; }
.ig-gap { color: var(--ig-muted); font-style: italic; font-size: .9em; }
/* the chip already shows the title: the card keeps it for screen readers only */
[class*="st-key-ig-card-"] .ig-card-title { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
.ig-card:focus { outline: none; }
[class*="st-key-ig-card-"]:has(.ig-card:target) { box-shadow: 0 0 0 3px var(--ig-accent); background: #f3f7fc; }
.ig-card-title { font-weight: 650; margin: 0 0 .15rem; color: var(--ig-text); }
.ig-n { display: inline-block; min-width: 1.6em; margin-right: .35em; border-radius: 4px; background: var(--ig-accent);
  color: #ffffff; text-align: center; font-size: .85em; }
.ig-meta { color: var(--ig-muted); font-size: .88rem; margin: 0 0 .35rem; }
.ig-file { color: var(--ig-muted); font-size: .78rem; margin: .35rem 0 0; overflow-wrap: anywhere;
  font-family: ui-monospace, Menlo, Consolas, monospace; }
.ig-passage { margin: .35rem 0; padding: .1rem 0 .1rem .75rem; border-left: 4px solid #c7d3e3; line-height: 1.6; }
.ig-jump a { color: var(--ig-accent); }
.ig-section summary { cursor: pointer; color: var(--ig-accent); font-size: .9rem; padding: .2rem 0; }
.ig-section-text { white-space: pre-line; font-size: .92rem; line-height: 1.6; margin-top: .35rem; }
.ig-article h3, .ig-article h4, .ig-article h5, .ig-article h6 { margin: 1.2rem 0 .4rem; font-size: 1.05rem; }
.ig-article p { line-height: 1.65; }
.ig-page { color: var(--ig-muted); font-size: .85rem; font-weight: normal; }
#ig-quote { scroll-margin-top: 2rem; }
[data-testid="stCaptionContainer"] { color: var(--ig-muted); opacity: 1; }
[data-testid="stMarkdownContainer"] blockquote { color: var(--ig-muted); opacity: 1; }
mark { background: var(--ig-mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
/* a question's bubble is named after who asked; give it the tint Streamlit gives "user" bubbles */
.stChatMessage:has(> [aria-label="Chat message from Parent"]),
.stChatMessage:has(> [aria-label="Chat message from Teacher"]) { background-color: rgba(240, 242, 246, .5); }
.ig-copy-row { display: flex; align-items: center; gap: .6rem; }
button.ig-copy { font: inherit; font-size: .9rem; color: var(--ig-text); background: #ffffff; cursor: pointer;
  border: 1px solid #c7ccd6; border-radius: .5rem; padding: .25rem .75rem; min-height: 2.25rem; }
button.ig-copy:hover { border-color: var(--ig-accent); color: var(--ig-accent); }
button.ig-copy:focus-visible { outline: 3px solid var(--ig-accent); outline-offset: 2px; }
.ig-copy-status { color: var(--ig-muted); font-size: .85rem; }
.ig-help li { margin-bottom: .4rem; }
@media (max-width: 480px) {
  .ig-answer p { line-height: 1.6; }
  .ig-passage { padding-left: .5rem; }
}
</style>
"""


def inject() -> None:
    """Add the styles to the page (takes no space in the layout)."""
    st.html(CSS)
