"""What the pages share per process: the settings, the one Assistant, the feedback and conversation stores.

The heavy parts (the embedding model and the Assistant) are built once per process, in a
background thread (`warm_up`) started when the server starts (ui/serve.py, what scripts/start
runs) or else by the first page run, so pages show at once while they load. Each load says on
stderr when it is done ("IEP Guide: library ready in 1.2 s"). The settings are read from the
environment here and nowhere else in the app."""

from __future__ import annotations

import sys
import threading
import time
from concurrent.futures import Future, wait

import streamlit as st

from assistant.config import Settings
from assistant.conversation_store import ConversationStore
from assistant.embeddings import load_embedder
from assistant.factory import build_assistant
from assistant.feedback_store import FeedbackStore
from assistant.service import Assistant
from assistant.sources import SourceLibrary
from assistant.store import GuidanceIndex


def settings() -> Settings:
    """The settings, read from IEP_GUIDE_* environment variables."""
    return Settings()


def _settings_key(value: Settings) -> str:
    return value.model_dump_json()


def _model_key(value: Settings) -> str:
    return f"{value.index.model_path()}|{value.index.embed_batch_size}|{value.index.embed_backend}"


@st.cache_resource(show_spinner=False, hash_funcs={Settings: _model_key})  # also loaded by the warm-up thread
def _embedder(value: Settings):
    """One embedding model per process, shared by every Assistant that uses it."""
    return load_embedder(value.index)


def embedder(value: Settings):
    """The process's one embedding model (LangChain Embeddings), loaded on first use."""
    with st.spinner("Loading the embedding model…"):
        return _embedder(value)


_WARMING: dict[str, Future] = {}  # per settings: the Assistant being built, or built, in the background
_WARMING_LOCK = threading.Lock()


def _build(value: Settings, result: Future) -> None:
    started = time.perf_counter()
    try:
        assistant = build_assistant(value, embedder=_embedder(value))
    except BaseException as exc:  # kept for the page to explain (a missing or damaged index)
        print(f"IEP Guide: the library could not be opened: {exc}", file=sys.stderr, flush=True)
        result.set_exception(exc)
        return
    print(f"IEP Guide: library ready in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    result.set_result(assistant)


def warm_up(value: Settings, *, retry_failed: bool = False) -> Future:
    """The Assistant for these settings, loading in a background thread (started on the first call:
    at server start under ui/serve.py, else by the first page run). A failed load is kept until a
    call with `retry_failed` starts it again."""
    key = _settings_key(value)
    with _WARMING_LOCK:
        result = _WARMING.get(key)
        if result is None or (retry_failed and result.done() and result.exception() is not None):
            result = Future()
            _WARMING[key] = result
            threading.Thread(target=_build, args=(value, result), name="iep-guide-warm-up", daemon=True).start()
    return result


def ready(value: Settings) -> bool:
    """Whether the Assistant for these settings has finished loading (or failed to)."""
    return warm_up(value).done()


def get_assistant(value: Settings) -> Assistant:
    """The one Assistant for these settings, waiting for the warm-up. Raises IEPGuideError when the
    index is missing or unreadable; that is not kept, so building the index and reloading is enough."""
    result = warm_up(value, retry_failed=True)
    if not result.done():
        with st.spinner("Opening the guidance library…"):
            wait([result])
    return result.result()


def index_of(assistant: Assistant) -> GuidanceIndex:
    return assistant.retrieval.index


def library(assistant: Assistant) -> SourceLibrary:
    """Reads cited passages and whole articles from the assistant's index."""
    return SourceLibrary(index_of(assistant), max_overlap=assistant.settings.ingest.chunk_overlap)


def feedback_store(value: Settings) -> FeedbackStore:
    """Answer feedback in the app database (IEP_GUIDE_DATABASE_URL, else the SQLite feedback file)."""
    return FeedbackStore.for_settings(value)


def conversation_store(value: Settings) -> ConversationStore:
    """The chat's conversations in the app database, kept as long as feedback is."""
    return ConversationStore.for_settings(value)
