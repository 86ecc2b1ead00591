"""The "My child's IEP" page: a parent uploads their child's IEP and sees what is in it, what to
ask about, answers to their questions quoted from it, and a summary to take to the meeting.

The IEP is held in this browser session only (st.session_state): it is never saved, added to
the library, logged or sent with feedback. "Forget this document" drops it at once. Text from the
document is only ever shown escaped."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

import streamlit as st

from assistant.config import Settings
from assistant.errors import DocumentError, IEPGuideError, QuestionError
from assistant.questions import clean_question
from ingest.iep_document import (
    EXPECTED,
    SECTION_LABELS,
    Asked,
    DocumentIndex,
    IEPDocument,
    ScannedPDFError,
    check,
    read_iep,
    topic_question,
)
from ui import styles
from ui.cards import where
from ui.iep_export import NOT_LEGAL_ADVICE, file_name, to_html, to_markdown
from ui.wording import escape_markdown

TITLE = "My child's IEP"
PRIVACY_LINE = (
    "Your child's IEP is read on this computer and kept only while this page is open: it is not saved, "
    "not added to the library, and not sent anywhere."
)
DOCUMENT = "ig_iep_document"
INDEX = "ig_iep_index"
ASKED = "ig_iep_asked"
SEEN = "ig_iep_seen"
PROBLEM = "ig_iep_problem"
UPLOADS = "ig_iep_uploads"  # a new number gives a fresh, empty uploader
KEYS = (DOCUMENT, INDEX, ASKED, SEEN, PROBLEM)


def forget() -> None:
    """Drop the document, its questions and the uploaded file from this session."""
    for key in KEYS:
        st.session_state.pop(key, None)
    st.session_state[UPLOADS] = st.session_state.get(UPLOADS, 0) + 1


def _read(upload, settings: Settings) -> None:
    data = upload.getvalue()
    seen = (upload.name, hashlib.sha256(data).hexdigest())
    if st.session_state.get(SEEN) == seen:
        return
    for key in KEYS:
        st.session_state.pop(key, None)
    st.session_state[SEEN] = seen
    try:
        with st.spinner("Reading the IEP…"):
            st.session_state[DOCUMENT] = read_iep(upload.name, data, max_bytes=settings.ingest.max_file_bytes())
    except ScannedPDFError as exc:
        st.session_state[PROBLEM] = ("scan", str(exc))
    except DocumentError as exc:
        st.session_state[PROBLEM] = ("error", f"This file could not be read: {exc}.")


def _at_a_glance(doc: IEPDocument) -> None:
    """Dates, services and goals before the sections, so the key facts need no clicking."""
    for d in doc.dates:
        st.markdown(escape_markdown(f"- {d.label}: {d.value:%B} {d.value.day}, {d.value:%Y} ({d.quote.where})"))
    if doc.services:
        _services_table(doc.services)
    if doc.goals:
        unmeasured = [g for g in doc.goals if not g.measurable]
        st.markdown(
            escape_markdown(
                f"{len(doc.goals)} annual goal{'s' if len(doc.goals) != 1 else ''}"
                + (f", {len(unmeasured)} without a measurable criterion" if unmeasured else ", each with a measurable criterion")
            )
        )


def _show_contents(doc: IEPDocument) -> None:
    st.subheader("What is in it")
    _at_a_glance(doc)
    if doc.kind == "pdf":
        note = "with page numbers."
    elif doc.pages:
        note = (
            "with page numbers. A Word file's pages follow the page breaks saved in it, and may differ a "
            "little from a printed copy."
        )
    else:
        note = "with section headings (this Word file records no page breaks)."
    st.caption(f"Section by section, in document order, {note}")
    for section in doc.sections:
        label = SECTION_LABELS.get(section.kind, section.heading)
        title = label if section.kind in ("opening", "other") else f"{label} — “{section.heading}”"
        with st.expander(f"{title} · {section.where}", expanded=False):
            services = [s for s in doc.services if s.quote in section.lines]
            if services:
                _services_table(services)
            if section.kind == "goals":
                _goals(doc)
            for quote in section.lines:
                st.markdown(escape_markdown(quote.text))
    missing = [SECTION_LABELS[k] for k in EXPECTED if not doc.has(k) and not (k == "transition" and (doc.age or 0) < 16)]
    if missing:
        st.caption("Not found under its own heading: " + escape_markdown(", ".join(missing)) + ".")


def _services_table(services) -> None:
    st.table(
        [
            {
                "Service": s.name,
                "How often": s.frequency or "not stated",
                "How long": s.duration or "not stated",
                "Where": s.location or "not stated",
                "In the IEP": s.quote.where,
            }
            for s in services
        ]
    )


def _goals(doc: IEPDocument) -> None:
    for goal in doc.goals:
        measured = f"measured by “{goal.criterion}”" if goal.measurable else "no measurable criterion found"
        st.caption(escape_markdown(f"Goal {goal.number}: {measured}"))


def _show_checklist(doc: IEPDocument) -> list:
    results = check(doc)
    st.subheader("What to ask about")
    st.caption(NOT_LEGAL_ADVICE)
    for result in results:
        for f in result.findings:
            with st.container(border=True):
                st.markdown(f"**❓ {escape_markdown(f.question)}**")
                st.markdown(escape_markdown(f.title))
                st.markdown(f"> “{escape_markdown(f.quote.text)}” — {escape_markdown(f.quote.where)}")
                st.caption(escape_markdown(f"Why: {f.regulation} · read more: “{f.article.title}” ({f.article.source})"))
    ok = [r for r in results if r.ok]
    if ok:
        with st.expander(f"Already in the IEP ({len(ok)} of {len(results)})"):
            for r in ok:
                place = f" — {r.found.where}" if r.found else ""
                st.markdown(escape_markdown(f"✓ {r.rule.requirement}{place} ({r.rule.regulation})"))
    return results


def _library_answer(question: str, topic: str | None, assistant) -> tuple[object | None, str, str]:
    """(answer, note, the question the library was asked). A question about the child that the
    library has nothing on is asked again as a general question about that part of an IEP."""
    if assistant is None:
        return None, "The guidance library is not available right now.", ""
    try:
        answer = assistant.ask(question, audience="family")
        if answer.abstained and topic:
            general = assistant.ask(topic, audience="family")
            if not general.abstained:
                return general, "", topic
    except IEPGuideError as exc:
        return None, str(exc), ""
    return answer, "", ""


def _show_asked(asked: Asked) -> None:
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(asked.question)}**")
        st.markdown("**In your child's IEP**")
        if asked.document.note or not asked.document.quotes:
            st.markdown(escape_markdown(asked.document.text if not asked.document.quotes else asked.document.note))
        for q in asked.document.quotes:
            st.markdown(f"> “{escape_markdown(q.quote.text)}” — IEP, {escape_markdown(q.quote.where)}")
        st.markdown("**From the guidance library** (general information, not about your child)")
        if asked.library_question:
            st.caption(escape_markdown(f"The library was asked: {asked.library_question}"))
        answer = asked.library
        if answer is None:
            st.caption(escape_markdown(asked.library_note))
        elif answer.abstained:
            st.caption("The guidance library has nothing on this question.")
        else:
            st.markdown(escape_markdown(answer.text))
            for c in answer.citations:
                detail = where(c)
                st.caption(escape_markdown(f"[{c.n}] {c.title}" + (f" — {detail}" if detail else "")))


def _questions(doc: IEPDocument, settings: Settings, embedder, assistant) -> list[Asked]:
    st.subheader("Ask about this IEP")
    asked: list[Asked] = st.session_state.setdefault(ASKED, [])
    with st.form("ig-iep-ask", clear_on_submit=True):
        question = st.text_input("Your question", placeholder="How many minutes of speech does he get?", key="ig-iep-question")
        submitted = st.form_submit_button("Ask")
    if submitted and question.strip():
        try:
            text = clean_question(question, settings.answer.max_question_chars)
        except QuestionError as exc:
            st.warning(escape_markdown(str(exc)))
        else:
            index = st.session_state.get(INDEX)
            if index is None or index.doc is not doc:
                index = st.session_state[INDEX] = DocumentIndex(doc, embedder)
            found = index.ask(text)
            library, note, general = _library_answer(text, topic_question(doc, found), assistant)
            asked.append(Asked(text, found, library, note, general))
    for item in reversed(asked):
        _show_asked(item)
    return asked


def _downloads(doc: IEPDocument, results, asked: list[Asked]) -> None:
    st.subheader("Take it to the meeting")
    saved = datetime.now(timezone.utc)
    with st.container(horizontal=True):
        st.download_button(
            "Download summary (Markdown)",
            data=to_markdown(doc, results, asked, saved_at=saved),
            file_name=file_name(saved, "md"),
            mime="text/markdown",
            key="ig-iep-md",
            on_click="ignore",
            icon=":material/download:",
        )
        st.download_button(
            "Download summary (printable web page)",
            data=to_html(doc, results, asked, saved_at=saved),
            file_name=file_name(saved, "html"),
            mime="text/html",
            key="ig-iep-html",
            on_click="ignore",
            icon=":material/print:",
            help="Open it in a browser and print it.",
        )


def _services(settings: Settings, embedder, assistant):
    """The embedding model and the Assistant, each optional: the page works on keywords alone."""
    from ui import resources

    if assistant is None:
        try:
            assistant = resources.get_assistant(settings)
        except Exception:  # a missing index only costs the library answers
            assistant = None
    if embedder is None:
        try:
            embedder = resources.embedder(settings)
        except Exception:  # no model: keyword matching only
            embedder = None
    return embedder, assistant


def render(settings: Settings | None = None, *, embedder=None, assistant=None) -> None:
    """Draw the page. `embedder` and `assistant` may be injected (tests); otherwise the app's are used."""
    settings = settings or Settings()
    styles.inject()
    st.title(TITLE)
    st.caption(PRIVACY_LINE)
    upload = st.file_uploader(
        "Upload the IEP (PDF or Word .docx)",
        type=["pdf", "docx"],
        key=f"ig-iep-upload-{st.session_state.get(UPLOADS, 0)}",
        help="A PDF with text works best. A scanned PDF has no text to read.",
    )
    if upload is not None:
        _read(upload, settings)
    problem = st.session_state.get(PROBLEM)
    if problem:
        (st.warning if problem[0] == "scan" else st.error)(escape_markdown(problem[1]), icon=":material/error:")
    doc: IEPDocument | None = st.session_state.get(DOCUMENT)
    if doc is None:
        if not problem:
            st.info("Upload your child's IEP to see what is in it, what to ask about, and to ask questions about it.")
        return
    st.button("Forget this document", key="ig-iep-forget", on_click=forget, icon=":material/delete:")
    pages = f", {doc.pages} pages" if doc.pages else ""
    st.markdown(f"**{escape_markdown(doc.name)}**{pages}")
    _show_contents(doc)
    results = _show_checklist(doc)
    embedder, assistant = _services(settings, embedder, assistant)
    asked = _questions(doc, settings, embedder, assistant)
    _downloads(doc, results, asked)
