"""Who is looking: the public (the chat only) or signed-in staff (Library, Evals, feedback).

Staff sign in with a local account (assistant/staff.py) or, where `[auth]` is configured in
`.streamlit/secrets.toml`, through the district's identity provider with Streamlit's `st.login`
(staff by the e-mail allow-list). A local sign-in lasts while the session is used and ends after
`IEP_GUIDE_STAFF_SESSION_MINUTES` idle. Staff pages are registered in the navigation only for
staff, and each also checks for itself, so a public visitor reaching one by its address is
refused with a message, never shown the page.
"""

from __future__ import annotations

import time

import streamlit as st

from assistant.config import Settings
from assistant.staff import StaffAccounts, staff_email

SESSION = "ig_staff"  # {"name", "via", "seen"} for a signed-in staff member of this browser session


def oidc_configured() -> bool:
    """Whether an identity provider is set up for `st.login` ([auth] in secrets.toml)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def accounts(settings: Settings) -> StaffAccounts:
    return StaffAccounts(
        settings.ui.staff_path(),
        lockout_failures=settings.ui.staff_lockout_failures,
        lockout_minutes=settings.ui.staff_lockout_minutes,
    )


def staff_configured(settings: Settings) -> bool:
    """Whether anyone can be staff here: local accounts exist, or an identity provider is set up."""
    return oidc_configured() or accounts(settings).exists()


def current_staff(settings: Settings) -> str | None:
    """The signed-in staff member's name or e-mail, or None for the public."""
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        email = st.user.get("email")
        if staff_email(email, settings.ui.staff_allow_list()):
            return str(email)
    record = st.session_state.get(SESSION)
    if not record:
        return None
    now = time.time()
    if now - record.get("seen", 0) > settings.ui.staff_session_minutes * 60:
        del st.session_state[SESSION]
        return None
    record["seen"] = now
    return record["name"]


def require_staff(settings: Settings) -> str:
    """The staff member's name; for anyone else, a refusal and the end of the page."""
    name = current_staff(settings)
    if name is None:
        st.error("This page is for staff. Sign in on the Staff sign-in page to use it.")
        st.stop()
    return name


def sign_in_page(settings: Settings | None = None) -> None:
    """The staff sign-in form (local accounts), and the identity provider's button when set up."""
    settings = settings or Settings()
    st.title("Staff sign-in")
    st.caption(
        "For district and parent center staff who manage the library and run evals. Parents and teachers "
        "asking questions do not need to sign in."
    )
    if oidc_configured():
        if getattr(st.user, "is_logged_in", False) and current_staff(settings) is None:
            st.warning(f"{st.user.get('email') or 'This account'} is not on the staff list.")
            st.button("Sign out", on_click=st.logout)
        else:
            st.button("Sign in with your organization", on_click=st.login, type="primary")
    local = accounts(settings)
    if not local.exists():
        return
    with st.form("staff-sign-in"):
        name = st.text_input("Name", autocomplete="username")
        password = st.text_input("Password", type="password", autocomplete="current-password")
        submitted = st.form_submit_button("Sign in")
    if submitted:
        result = local.sign_in(name, password)
        if result.ok:
            st.session_state[SESSION] = {"name": result.name, "via": "local", "seen": time.time()}
            st.rerun()
        st.error(result.message)


def sign_out_button() -> None:
    """A sidebar button that ends the staff session (and the identity provider's, if used)."""
    with st.sidebar:
        if st.button("Sign out of staff pages", key="staff-sign-out"):
            st.session_state.pop(SESSION, None)
            if oidc_configured() and getattr(st.user, "is_logged_in", False):
                st.logout()
            st.rerun()
