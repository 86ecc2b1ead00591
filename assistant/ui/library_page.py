"""The library page for staff: upload documents, ingest them, see and prune the library.

A Streamlit page module: `render()` draws it. Document text and titles are only ever shown
as plain text or table cells, never as HTML or Markdown."""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings
from assistant.errors import DocumentError, IEPGuideError
from assistant.ui import styles
from assistant.ui.chat import escape_markdown

REPORT_KEY = "library_report"
STATUS_STYLE = {"added": "success", "changed": "success", "unchanged": "info", "removed": "warning",
                "skipped": "info", "error": "error"}


@st.cache_resource(show_spinner="Loading the embedding model…")
def _embedder(model: str, _settings: Settings):
    from assistant.embeddings import load_embedder

    return load_embedder(_settings)


def _open(settings: Settings, embedder):
    from assistant.factory import open_index

    embedder = embedder or _embedder(settings.model_path(), settings)
    return open_index(settings, embedder=embedder, create=True), embedder


def _extensions() -> list[str]:
    from ingest.loaders import FORMATS

    return sorted(s.lstrip(".") for s in FORMATS)


def _progress_callback(bar):
    def update(stage: str, done: int, total: int, detail: str) -> None:
        share = done / total if total else 1.0
        text = f"Reading {detail} ({done} of {total})" if stage == "read" else f"Embedding passages: {done} of {total}"
        bar.progress(min(max(share, 0.0), 1.0), text=text)

    return update


def _ingest_uploads(files, settings: Settings, embedder) -> None:
    from ingest.pipeline import ingest
    from ingest.report import FileResult
    from ingest.uploads import save_upload

    refused = []
    for f in files:
        try:
            if f.size > settings.max_file_bytes():
                raise DocumentError(f"the file is {f.size / 1048576:.1f} MB, over the {settings.max_file_mb:g} MB limit")
            save_upload(f.name, f.getvalue(), settings)
        except DocumentError as exc:
            refused.append(FileResult(f.name, "error", message=str(exc)))
    bar = st.progress(0.0, text="Starting…")
    try:
        index, embedder = _open(settings, embedder)
        report = ingest([settings.uploads_dir], index, embedder, settings, progress=_progress_callback(bar))
    except IEPGuideError as exc:
        bar.empty()
        st.error(escape_markdown(str(exc)))
        return
    bar.progress(1.0, text="Done")
    report.files[:0] = refused
    st.session_state[REPORT_KEY] = report


def _remove(sources: list[str], settings: Settings, embedder) -> None:
    from ingest.pipeline import remove_documents
    from ingest.uploads import uploaded_file

    try:
        index, _ = _open(settings, embedder)
        report = remove_documents(sources, index, settings)
    except IEPGuideError as exc:
        st.error(escape_markdown(str(exc)))
        return
    for source in sources:  # an uploaded file would come back on the next upload otherwise
        path = uploaded_file(source, settings)
        if path is not None:
            path.unlink(missing_ok=True)
    st.session_state[REPORT_KEY] = report


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
            {"Title": d.title, "Source": d.source, "Type": d.kind, "Chunks": d.chunks,
             "Pages": d.pages, "Sections": d.sections, "Last ingested": d.ingested_at.replace("T", " ")[:16]}
            for d in documents
        ],
        hide_index=True,
    )
    return documents


def render(settings: Settings | None = None, *, embedder=None) -> None:
    """Draw the library page. `embedder` may be injected; otherwise the bundled model is used."""
    settings = settings or Settings()
    styles.inject()
    st.title("Document library")
    st.caption(
        "Add your district's or parent center's guidance: PDF, Word (.docx), HTML, Markdown, plain text, "
        f"or eCFR regulation JSON, up to {settings.max_file_mb:g} MB each. Unchanged files are skipped; "
        "identical passages are stored once."
    )
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(
            "Documents to add", type=_extensions(), accept_multiple_files=True,
            help=f"Up to {settings.max_file_mb:g} MB per file. A file with the same name replaces the earlier one.",
        )
        submitted = st.form_submit_button("Add to library")
    if submitted:
        if files:
            _ingest_uploads(files, settings, embedder)
        else:
            st.warning("Choose one or more documents first.")
    _show_report()

    st.subheader("Documents")
    documents = _library_table(settings)
    if documents:
        with st.form("remove"):
            chosen = st.multiselect("Remove from the library", [d.source for d in documents])
            st.caption("Uploaded files are deleted too; documents from folders return when that folder is ingested again.")
            if st.form_submit_button("Remove selected") and chosen:
                _remove(chosen, settings, embedder)
                st.rerun()
