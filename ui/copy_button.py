"""A "Copy" button on each answer: puts the answer and its sources, as plain text, on the clipboard.

The text travels in the button's data attribute (HTML-escaped, never inside the script); one small
script, the same on every answer, listens for clicks on these buttons. A real <button>, so Enter
and Space work and it has a name for screen readers; a status line says when it is copied."""

from __future__ import annotations

import html

import streamlit as st

from ui.conversation import Exchange
from ui.export import to_plain_text

BUTTON_CLASS = "ig-copy"
LABEL = "Copy"
ACCESSIBLE_NAME = "Copy the answer and its sources"
COPIED = "Copied"

SCRIPT = (
    "<script>(function () {"
    "if (window.igCopyReady) return; window.igCopyReady = true;"
    "document.addEventListener('click', function (event) {"
    f"  const button = event.target.closest && event.target.closest('button.{BUTTON_CLASS}');"
    "  if (!button) return;"
    "  const status = button.parentElement.querySelector('[role=status]');"
    "  const say = function (words) { if (status) status.textContent = words; };"
    "  const text = button.getAttribute('data-copy') || '';"
    "  const done = function () {"
    f"    say('{COPIED} to the clipboard.'); button.querySelector('span').textContent = '{COPIED}';"
    f"    setTimeout(function () {{ button.querySelector('span').textContent = '{LABEL}'; say(''); }}, 2500); }};"
    "  const fallback = function () {"
    "    const area = document.createElement('textarea'); area.value = text; area.setAttribute('readonly', '');"
    "    area.style.position = 'fixed'; area.style.opacity = '0'; document.body.appendChild(area); area.select();"
    "    const ok = document.execCommand('copy'); area.remove(); button.focus();"
    "    if (ok) done(); else say('Could not copy. Select the answer and copy it instead.'); };"
    "  if (navigator.clipboard && window.isSecureContext) {"
    "    navigator.clipboard.writeText(text).then(done, fallback); } else { fallback(); }"
    "});"
    "})();</script>"
)


def button_html(exchange: Exchange) -> str:
    text = html.escape(to_plain_text(exchange), quote=True)
    return (
        f'<div class="ig-copy-row"><button type="button" class="{BUTTON_CLASS}" aria-label="{ACCESSIBLE_NAME}" '
        f'title="{ACCESSIBLE_NAME}" data-exchange="{html.escape(exchange.id)}" data-copy="{text}">'
        f'<span>{LABEL}</span></button><span class="ig-copy-status" role="status" aria-live="polite"></span></div>'
    )


def show(exchange: Exchange) -> None:
    """The Copy button under an answer."""
    st.html(button_html(exchange) + SCRIPT, unsafe_allow_javascript=True)
