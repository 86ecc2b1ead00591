"""What the pages share per process: the settings, the one Assistant, the feedback and conversation stores.

Streamlit caches the heavy parts (the embedding model and the Assistant) across reruns and
sessions; the settings are read from the environment here and nowhere else in the app."""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings
from assistant.conversation_store import ConversationStore
from assistant.embeddings import load_embedder
from assistant.factory import build_assistant
from assistant.feedback_store import FeedbackStore
from assistant.service import Assistant
from assistant.sources import SourceLibrary
from assistant.store import ChunkIndex


def settings() -> Settings:
    """The settings, read from IEP_GUIDE_* environment variables."""
    return Settings()


def _settings_key(value: Settings) -> str:
    return value.model_dump_json()


def _model_key(value: Settings) -> str:
    return f"{value.model_path()}|{value.embed_batch_size}|{value.embed_backend}"


@st.cache_resource(show_spinner="Loading the embedding model…", hash_funcs={Settings: _model_key})
def _embedder(value: Settings):
    """One embedding model per process, shared by every Assistant that uses it."""
    return load_embedder(value)


def embedder(value: Settings):
    """The process's one embedding model (LangChain Embeddings), loaded on first use."""
    return _embedder(value)


@st.cache_resource(show_spinner="Opening the guidance library…", hash_funcs={Settings: _settings_key})
def get_assistant(value: Settings) -> Assistant:
    """The one Assistant for these settings. Raises IEPGuideError when the index is missing
    or unreadable (not cached, so building the index and reloading the page is enough)."""
    return build_assistant(value, embedder=_embedder(value))


def index_of(assistant: Assistant) -> ChunkIndex:
    return assistant.retriever.index


def library(assistant: Assistant) -> SourceLibrary:
    """Reads cited passages and whole articles from the assistant's index."""
    return SourceLibrary(index_of(assistant), max_overlap=assistant.settings.chunk_overlap)


def feedback_store(value: Settings) -> FeedbackStore:
    """Answer feedback in the app database (IEP_GUIDE_DATABASE_URL, else the SQLite feedback file)."""
    return FeedbackStore.for_settings(value)


def conversation_store(value: Settings) -> ConversationStore:
    """The chat's conversations in the app database, kept as long as feedback is."""
    return ConversationStore.for_settings(value)
