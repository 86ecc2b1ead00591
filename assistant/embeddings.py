"""The sentence-embedding model, loaded from local files only, with a small query cache."""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import IndexSettings

if TYPE_CHECKING:
    from assistant.onnx_embeddings import Precision

BACKENDS = ("auto", "torch", "onnx", "onnx-int8", "openvino-bf16")
_PRECISION: dict[str, Precision] = {"onnx": "fp32", "onnx-int8": "int8", "openvino-bf16": "bf16"}


def choose_backend(configured: str, capabilities: Collection[str] | None) -> str:
    """The backend that runs the model. `auto` is the fastest whose vectors are those of fp32
    (docs/performance.md): OpenVINO in bfloat16 where it is installed (`capabilities` is what it
    says the CPU computes; None without it) and the CPU has bf16 instructions, about 2.4 times
    faster to ingest; otherwise ONNX Runtime in fp32."""
    if configured != "auto":
        return configured
    return "openvino-bf16" if capabilities is not None and "BF16" in capabilities else "onnx"


def load_embedder(index: IndexSettings) -> Embeddings:
    """Build the LangChain embedding model from a local sentence-transformers folder, run by the
    configured backend (index.embed_backend, `auto` by default: see choose_backend): torch, ONNX
    Runtime or OpenVINO on a file exported once from the same local weights
    (assistant/onnx_embeddings.py)."""
    backend: str = index.embed_backend
    if backend not in BACKENDS:
        raise ValueError(f"Unknown embedding backend {backend!r}; choose one of {', '.join(BACKENDS)}.")
    if backend == "auto":
        from assistant.onnx_embeddings import cpu_capabilities

        backend = choose_backend(backend, cpu_capabilities())
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # Idle OpenMP threads sleep instead of spinning. On a busy machine spinning threads starve
    # each other: one question took ~500 ms to embed instead of ~30 ms. Read once, at first use.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    if backend != "torch":  # torch is imported only for the first export (about 400 MB less memory)
        from assistant.onnx_embeddings import OnnxEmbeddings

        return OnnxEmbeddings(
            index.model_path(),
            index.model_cache_path(),
            precision=_PRECISION[backend],
            batch_size=index.embed_batch_size,
            threads=index.torch_threads,
        )
    from langchain_huggingface import HuggingFaceEmbeddings
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    if index.torch_threads:
        import torch

        torch.set_num_threads(index.torch_threads)
    return HuggingFaceEmbeddings(
        model_name=index.model_path(),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": index.embed_batch_size},
    )


def model_name(embedder: Embeddings) -> str:
    """A stable name for the model, stored with the index so a mismatch is caught.

    torch and ONNX fp32 compute the same vectors (to ~1e-6), and OpenVINO's bf16 nearly so (cosine
    ~0.99999, the same top five passages and the same eval measures within noise), so they share a
    name and an index built by one is served by the others. int8 vectors differ more (cosine
    ~0.993), so an int8 index is named apart: mixing them would compare vectors of slightly
    different models."""
    name = str(getattr(embedder, "model_name", None) or type(embedder).__name__).rstrip("/\\")
    parts = name.replace("\\", "/").split("/")
    precision = getattr(embedder, "precision", "int8" if getattr(embedder, "quantized", False) else "fp32")
    return "/".join(parts[-2:]) + SUFFIXES.get(precision, "")


@functools.lru_cache(maxsize=4)
def _vocabulary_file(path: str) -> frozenset[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.islower())


def model_words(embedder: object) -> frozenset[str]:
    """The whole English words in the model's tokenizer vocabulary ("physical", "therapy"; not
    "accomodations"): a word here is spelled right, whatever a document's own words are. Empty
    when the model is not a local folder with a vocab.txt."""
    folder = getattr(embedder, "model_name", None)
    return _vocabulary_file(str(Path(folder) / "vocab.txt")) if isinstance(folder, (str, Path)) else frozenset()


INT8_SUFFIX = " (int8)"
SUFFIXES = {"int8": INT8_SUFFIX}
# Indexes built with openvino-bf16 before it shared fp32's name carry this suffix; they are served
# by every fp32 or bf16 backend.
_BF16_SUFFIX = " (bf16)"
_BUILT_BY = {INT8_SUFFIX: "onnx-int8"}


def same_model(stored: str, configured: str) -> bool:
    """Whether an index whose vectors came from model `stored` can be searched with `configured`'s."""
    return stored.removesuffix(_BF16_SUFFIX) == configured.removesuffix(_BF16_SUFFIX)


def _split_suffix(name: str) -> tuple[str, str]:
    name = name.removesuffix(_BF16_SUFFIX)
    for suffix in _BUILT_BY:
        if name.endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def backend_hint(stored: str, configured: str) -> str:
    """What to do when an index's model name differs from the configured one only by precision."""
    (stored_base, stored_suffix), (configured_base, _) = _split_suffix(stored), _split_suffix(configured)
    if stored_base != configured_base:
        return " Rebuild it with: iep-guide ingest --reset"
    if stored_suffix:
        backend = _BUILT_BY[stored_suffix]
        return f" It was built with IEP_GUIDE_EMBED_BACKEND={backend}: set that, or rebuild with: iep-guide ingest --reset"
    return (
        " It was built in fp32 or bf16 (the torch, onnx or openvino-bf16 backend): set IEP_GUIDE_EMBED_BACKEND=auto "
        "(or onnx), or rebuild with: iep-guide ingest --reset"
    )


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
        self.computed = 0  # texts the model has embedded through this object

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
                self.computed += len(missing)
            for key, vec in zip(missing, vecs):
                arr = np.asarray(vec, dtype=np.float32)
                found[key] = arr
                self._put(key, arr)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([found[k] for k in keys])
