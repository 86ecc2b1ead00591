"""Which browser is asking: a random key made once per browser and kept in a cookie there.

The key is the `owner` of the browser's conversations (assistant/conversation_store.py): a link
to a conversation opened in another browser finds nothing. The cookie is read from the page's
first request (`st.context.cookies`) and written by a tiny script on the page (the key is
the only thing in it, checked against _KEY) (SameSite=Strict,
kept for COOKIE_DAYS; Secure over HTTPS). Nothing else identifies the browser or the person."""

from __future__ import annotations

import re
import secrets

import streamlit as st

OWNER = "ig_owner"  # session key holding this browser's key
COOKIE = "iep_guide_browser"
COOKIE_DAYS = 400  # the longest a browser keeps a cookie
SCRIPT_ID = "ig-browser-key"  # marks the page's one script of its own
_KEY = re.compile(r"[A-Za-z0-9_-]{20,128}")


def _cookie() -> str | None:
    try:
        value = st.context.cookies.get(COOKIE)
    except Exception:  # no browser request behind this run
        return None
    return value if isinstance(value, str) and _KEY.fullmatch(value) else None


def browser_key() -> str:
    """This browser's key: the session's, else the cookie's, else a new random one."""
    key = st.session_state.get(OWNER)
    if not key:
        key = _cookie() or secrets.token_urlsafe(24)
        st.session_state[OWNER] = key
    return key


def remember() -> None:
    """Keep the key in the browser's cookie, when the page's request did not already carry it."""
    key = st.session_state.get(OWNER)
    if not key or not _KEY.fullmatch(key) or _cookie() == key:
        return
    st.html(
        f'<script id="{SCRIPT_ID}">(function () {{'
        "const secure = window.location.protocol === 'https:' ? '; Secure' : '';"
        f"document.cookie = '{COOKIE}={key}; Max-Age={COOKIE_DAYS * 86400}; Path=/; SameSite=Strict' + secure;"
        "})();</script>",
        unsafe_allow_javascript=True,
    )
