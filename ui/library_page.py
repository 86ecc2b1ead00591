"""The library page for staff: upload documents, ingest them, see and prune the library.

A Streamlit page module: `render()` draws it. Document text and titles are only ever shown
as plain text or table cells, never as HTML or Markdown."""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings
from assistant.errors import DocumentError, IEPGuideError
from ui import styles
from ui.access import require_staff
from ui.wording import escape_markdown

REPORT_KEY = "library_report"
STATUS_STYLE = {
    "added": "success",
    "changed": "success",
    "unchanged": "info",
    "removed": "warning",
    "skipped": "info",
    "error": "error",
}


@st.cache_resource(show_spinner="Loading the embedding model…")
def _embedder(model: str, _settings: Settings):
    from assistant.embeddings import load_embedder

    return load_embedder(_settings.index)


def _open(settings: Settings, embedder):
    from assistant.factory import open_index

    embedder = embedder or _embedder(f"{settings.index.model_path()}|{settings.index.embed_backend}", settings)
    return open_index(settings, embedder=embedder, create=True), embedder


def _extensions() -> list[str]:
    from ingest.loaders import FORMATS

    return sorted(s.lstrip(".") for s in FORMATS)


def _review(settings: Settings):
    from ingest.review import Review

    return Review(settings)


def _submit_uploads(files, settings: Settings, who: str) -> None:
    """Save uploads for review; nothing reaches the chat until a staff member publishes it."""
    review = _review(settings)
    for f in files:
        try:
            if f.size > settings.ingest.max_file_bytes():
                raise DocumentError(f"the file is {f.size / 1048576:.1f} MB, over the {settings.ingest.max_file_mb:g} MB limit")
            path = review.submit(f.name, f.getvalue(), who)
        except DocumentError as exc:
            st.error(escape_markdown(f"{f.name}: {exc}"))
        else:
            st.success(
                escape_markdown(f"{path.name} is waiting for review below. Parents see nothing from it until it is published.")
            )


def _publish(path, settings: Settings, embedder, who: str) -> None:
    from ingest.progress import IngestProgress

    bar = st.progress(0.0, text="Publishing…")
    progress = IngestProgress(on_change=lambda p: bar.progress(p.share, text=escape_markdown(p.text)))
    try:
        index, embedder = _open(settings, embedder)
        report = _review(settings).publish(path, who, index, embedder, progress=progress)
    except IEPGuideError as exc:
        bar.empty()
        st.error(escape_markdown(str(exc)))
        return
    bar.progress(1.0, text="Done")
    st.session_state[REPORT_KEY] = report


def _remove(sources: list[str], settings: Settings, embedder, who: str) -> None:
    try:
        index, _ = _open(settings, embedder)
        report = _review(settings).remove(sources, who, index)
    except IEPGuideError as exc:
        st.error(escape_markdown(str(exc)))
        return
    st.session_state[REPORT_KEY] = report


def _undo(entry_id: str, settings: Settings, embedder, who: str) -> None:
    try:
        index, embedder = _open(settings, embedder)
        report = _review(settings).undo(entry_id, who, index, embedder)
    except IEPGuideError as exc:
        st.error(escape_markdown(str(exc)))
        return
    st.session_state[REPORT_KEY] = report


def _pending(settings: Settings, embedder, who: str) -> None:
    review = _review(settings)
    files = review.pending()
    if not files:
        return
    st.subheader("Waiting for review")
    st.caption(
        "Read what each document would add before publishing it. Flagged passages tell the reader to do "
        "something, ask for personal data, or carry links or e-mail addresses."
    )
    for i, path in enumerate(files):
        with st.expander(path.name, expanded=True):
            try:
                preview = review.preview(path)
            except IEPGuideError as exc:
                st.error(escape_markdown(f"This file cannot be read: {exc}"))
                preview = None
            if preview is not None:
                st.caption(escape_markdown(f"{preview.title} · {len(preview.passages)} passages"))
                if preview.flags:
                    st.warning(escape_markdown(f"{len(preview.flags)} passage(s) to check before publishing:"))
                    st.dataframe([{"Why": f.kind, "Passage": f.passage} for f in preview.flags], hide_index=True)
                else:
                    st.caption("No passage was flagged.")
                for text in preview.passages[:5]:
                    st.text(text[:600])
            left, right = st.columns(2)
            if left.button("Publish", key=f"lib-publish-{i}", type="primary", disabled=preview is None):
                _publish(path, settings, embedder, who)
                st.rerun()
            if right.button("Discard", key=f"lib-discard-{i}"):
                review.discard(path, who)
                st.rerun()


def _removed(settings: Settings, embedder, who: str) -> None:
    entries = _review(settings).undoable()
    if not entries:
        return
    st.subheader("Recently removed")
    for entry in entries:
        left, right = st.columns([3, 1])
        left.text(f"{entry['document']} — removed by {entry['who']} at {entry['at'].replace('T', ' ')[:16]}")
        if right.button("Undo", key=f"lib-undo-{entry['id']}"):
            _undo(entry["id"], settings, embedder, who)
            st.rerun()


def _audit(settings: Settings) -> None:
    import json

    entries = _review(settings).log()
    st.subheader("Changes to the library")
    if not entries:
        st.caption("No changes recorded yet.")
        return
    st.dataframe(
        [
            {
                "When": e["at"].replace("T", " ")[:16],
                "Who": e["who"],
                "What": e["action"],
                "Document": e["document"],
                "Detail": e.get("detail", ""),
            }
            for e in entries[:200]
        ],
        hide_index=True,
    )
    st.download_button(
        "Download the audit log",
        data="\n".join(json.dumps(e) for e in entries),
        file_name="library-audit.jsonl",
        mime="application/jsonl",
        key="lib-audit",
    )


def _show_report() -> None:
    report = st.session_state.get(REPORT_KEY)
    if report is None:
        return
    st.subheader("Last change")
    for f in report.files:
        getattr(st, STATUS_STYLE.get(f.status, "info"))(escape_markdown(f"{f.status}: {f.describe()}"))
    st.caption(escape_markdown(report.summary()))


def _library_table(settings: Settings) -> list:
    from assistant.library import open_library

    try:
        documents = open_library(settings).documents()
    except IEPGuideError as exc:
        st.error(escape_markdown(str(exc)))
        return []
    if not documents:
        st.info("The library is empty. Upload documents above, or run: iep-guide ingest PATH")
        return documents
    left, middle, right = st.columns(3)
    left.metric("Documents", len(documents))
    middle.metric("Chunks", len({i for d in documents for i in d.chunk_ids}))
    right.metric("Last ingested", max(d.ingested_at for d in documents)[:10] or "—")
    st.dataframe(
        [
            {
                "Title": d.title,
                "Source": d.source,
                "Type": d.kind,
                "Chunks": d.chunks,
                "Pages": d.pages,
                "Sections": d.sections,
                "Last ingested": d.ingested_at.replace("T", " ")[:16],
            }
            for d in documents
        ],
        hide_index=True,
    )
    return documents


def render(settings: Settings | None = None, *, embedder=None) -> None:
    """Draw the library page. `embedder` may be injected; otherwise the bundled model is used."""
    settings = settings or Settings()
    styles.inject()
    who = require_staff(settings)
    st.title("Document library")
    st.caption(
        "Add your district's or parent center's guidance: PDF, Word (.docx), HTML, Markdown, plain text, "
        f"or eCFR regulation JSON, up to {settings.ingest.max_file_mb:g} MB each. A new document waits for review "
        "here and reaches parents only once published."
    )
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(
            "Documents to add",
            type=_extensions(),
            accept_multiple_files=True,
            help=f"Up to {settings.ingest.max_file_mb:g} MB per file. A file never replaces another document of the same name.",
        )
        submitted = st.form_submit_button("Add for review")
    if submitted:
        if files:
            _submit_uploads(files, settings, who)
        else:
            st.warning("Choose one or more documents first.")
    _pending(settings, embedder, who)
    _show_report()

    st.subheader("Documents")
    documents = _library_table(settings)
    if documents:
        with st.form("remove"):
            chosen = st.multiselect("Remove from the library", [d.source for d in documents])
            st.caption(
                "An uploaded file can be put back for a while (Recently removed); documents from folders "
                "return when that folder is ingested again."
            )
            if st.form_submit_button("Remove selected") and chosen:
                _remove(chosen, settings, embedder, who)
                st.rerun()
    _removed(settings, embedder, who)
    _audit(settings)
