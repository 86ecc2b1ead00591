"""The sentence-embedding model, loaded from local files only, with a small query cache."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings


def load_embedder(settings: Settings) -> Embeddings:
    """Build the LangChain embedding model from a local sentence-transformers folder."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # Idle OpenMP threads sleep instead of spinning. On a busy machine spinning threads starve
    # each other: one question took ~500 ms to embed instead of ~30 ms. Read once, at first use.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    from langchain_huggingface import HuggingFaceEmbeddings
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    if settings.torch_threads:
        import torch

        torch.set_num_threads(settings.torch_threads)
    return HuggingFaceEmbeddings(
        model_name=settings.model_path(),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": settings.embed_batch_size},
    )


def model_name(embedder: Embeddings) -> str:
    """A stable name for the model, stored with the index so a mismatch is caught."""
    name = str(getattr(embedder, "model_name", None) or type(embedder).__name__).rstrip("/\\")
    parts = name.replace("\\", "/").split("/")
    return "/".join(parts[-2:])


_MODEL_LOCKS: dict[int, threading.Lock] = {}
_MODEL_LOCKS_GUARD = threading.Lock()


def model_lock(embedder: Embeddings) -> threading.Lock:
    """One lock per model object, shared by every CachedEmbedder that wraps it."""
    with _MODEL_LOCKS_GUARD:
        return _MODEL_LOCKS.setdefault(id(embedder), threading.Lock())


class CachedEmbedder:
    """Embeds queries and sentences, remembering recent results (thread-safe).

    Model calls are serialised: the fast tokenizer behind sentence-transformers is not safe to
    call from several threads at once ("Already borrowed"), and on a small machine torch already
    spreads one call over every core, so running two at once would not be faster."""

    def __init__(self, embedder: Embeddings, max_items: int = 20_000) -> None:
        self.embedder = embedder
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._max = max_items
        self._lock = threading.Lock()
        self._model_lock = model_lock(embedder)

    def _get(self, text: str) -> np.ndarray | None:
        with self._lock:
            vec = self._cache.get(text)
            if vec is not None:
                self._cache.move_to_end(text)
            return vec

    def _put(self, text: str, vec: np.ndarray) -> None:
        with self._lock:
            self._cache[text] = vec
            while len(self._cache) > self._max:
                self._cache.popitem(last=False)

    def query(self, text: str) -> np.ndarray:
        key = "q\x00" + text
        vec = self._get(key)
        if vec is None:
            with self._model_lock:
                vec = np.asarray(self.embedder.embed_query(text), dtype=np.float32)
            self._put(key, vec)
        return vec

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed many short texts (sentences), only computing the ones not seen before."""
        keys = ["p\x00" + t for t in texts]
        found = {k: v for k in keys if (v := self._get(k)) is not None}
        missing = list(dict.fromkeys(k for k in keys if k not in found))
        if missing:
            with self._model_lock:
                vecs = self.embedder.embed_documents([k[2:] for k in missing])
            for key, vec in zip(missing, vecs):
                arr = np.asarray(vec, dtype=np.float32)
                found[key] = arr
                self._put(key, arr)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([found[k] for k in keys])
