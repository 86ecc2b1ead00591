"""The feedback page for staff: what parents and teachers said about answers, to improve the guide.

A Streamlit page module: `render()` draws it. Only signed-in staff reach it (ui/access.py);
questions can name a child, so nothing here is shown to the public. Rows older than the retention
period can be purged from here as from `iep-guide feedback purge`."""

from __future__ import annotations

import json
from dataclasses import asdict

import streamlit as st

from assistant.config import Settings
from assistant.errors import IEPGuideError
from ui import resources, styles
from ui.access import require_staff
from ui.wording import escape_markdown


def render(settings: Settings | None = None) -> None:
    settings = settings or resources.settings()
    styles.inject()
    require_staff(settings)
    st.title("Feedback")
    st.caption(f"Ratings and comments on answers. Rows are kept for {settings.ui.feedback_retention_days} days.")
    store = resources.feedback_store(settings)
    try:
        rows = store.all()
    except IEPGuideError as exc:
        st.error(escape_markdown(str(exc)))
        return
    if not rows:
        st.info("No feedback yet.")
        return
    down = sum(1 for r in rows if r.rating == 0)
    left, right = st.columns(2)
    left.metric("Answers rated", len(rows))
    right.metric("Thumbs down", down)
    st.dataframe(
        [
            {
                "When": (r.updated_at or r.created_at).replace("T", " ")[:16],
                "Rating": "👍" if r.rating else "👎",
                "Why": ", ".join(r.reasons),
                "Comment": r.comment,
                "Audience": r.audience,
                "Question": r.question,
                "Sources": ", ".join(c.get("source", "") for c in r.citations),
            }
            for r in reversed(rows)
        ],
        hide_index=True,
    )
    st.download_button(
        "Download as JSON lines",
        data="\n".join(json.dumps(asdict(r), ensure_ascii=False) for r in rows),
        file_name="feedback.jsonl",
        mime="application/jsonl",
        key="fb-download",
    )
    if st.button(f"Remove feedback older than {settings.ui.feedback_retention_days} days", key="fb-purge"):
        removed = store.purge(settings.ui.feedback_retention_days)
        st.success(f"Removed {removed} rows.")
