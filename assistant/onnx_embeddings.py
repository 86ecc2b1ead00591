"""The bundled sentence-transformers model run by ONNX Runtime instead of torch.

The ONNX file is exported here, from the local model folder, the first time a backend needs it
(nothing is downloaded), and kept in a cache folder beside the index. Each export is written to a
temporary file in that folder and renamed into place, so a second process starting at the same
time either finds no file (and exports its own, equally valid copy) or a complete one, never half
of one. The file's name carries a digest of the model's weights, so a changed model is exported
again instead of being served from a stale file.

Running the model reproduces sentence-transformers' pipeline for the models IEP Guide ships:
the tokenizer (truncated to the model's max_seq_length), mean pooling over the attention mask,
then L2 normalisation. fp32 vectors agree with torch's to about 1e-6; the int8 variant (weights
dynamically quantized with ONNX Runtime) agrees to a mean cosine of about 0.993 (lowest about 0.98).
The bf16 variant runs the same fp32 file with OpenVINO, which computes in bfloat16 on CPUs that
have bf16 instructions: about twice as fast as fp32 on such a CPU, with a mean cosine of about
0.99999 to the fp32 vectors (lowest about 0.9999; docs/performance.md).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
import threading
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
from langchain_core.embeddings import Embeddings
from numpy.typing import NDArray

from assistant.errors import IEPGuideError

if TYPE_CHECKING:
    from tokenizers import Encoding

# Bump when the exported graph changes shape (inputs, outputs, opset), so old files are not reused.
EXPORT_VERSION = 1
OPSET = 17
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_EXPORT_LOCK = threading.Lock()
# Padded tokens per model call. A batch of 32 passages of 256 tokens took about 450 MiB of working
# memory (attention grows with the square of the length), which set an ingest's peak; 8 such
# passages, or 32 sentences of up to 64 tokens, fit in this budget (docs/performance.md).
TOKENS_PER_BATCH = 2048
# OpenVINO prepares its kernels and buffers for each input shape it meets; rounding the padded
# width up to a multiple of this many tokens gives it a few dozen shapes instead of hundreds:
# query p95 5.9 -> 3.7 ms, ~30 MiB less memory, ingest ~3% slower (docs/performance.md).
OPENVINO_WIDTH_STEP = 16

Precision = Literal["fp32", "int8", "bf16"]
Runner = Callable[[dict[str, NDArray[np.int64]]], NDArray[np.float32]]


class EmbeddingBackendError(IEPGuideError):
    """The configured embedding backend cannot run the configured model."""


def weights_digest(model_dir: Path) -> str:
    """A short digest of the model's weights and configuration files."""
    digest = hashlib.sha256(f"v{EXPORT_VERSION}".encode())
    names = sorted(p.name for p in model_dir.iterdir() if p.is_file() and p.suffix in {".safetensors", ".bin", ".json"})
    for name in names:
        digest.update(name.encode())
        with open(model_dir / name, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]


def _check_pipeline(model_dir: Path) -> int:
    """The model's max_seq_length, after checking it is a transformer, mean pooling and normalize."""
    modules_file = model_dir / "modules.json"
    if not modules_file.is_file():
        raise EmbeddingBackendError(f"{model_dir} is not a sentence-transformers model folder (no modules.json).")
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in json.loads(modules_file.read_text())]
    pooling_dirs = [m.get("path", "") for m in json.loads(modules_file.read_text()) if m.get("type", "").endswith("Pooling")]
    pooling = json.loads((model_dir / pooling_dirs[0] / "config.json").read_text()) if pooling_dirs else {}
    mean_only = pooling.get("pooling_mode_mean_tokens") and not any(
        v for k, v in pooling.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens"
    )
    if kinds[:2] != ["Transformer", "Pooling"] or set(kinds[2:]) - {"Normalize"} or not mean_only:
        raise EmbeddingBackendError(
            f"The ONNX backends run models made of a transformer, mean pooling and normalize; "
            f"{model_dir} has {kinds}. Set IEP_GUIDE_EMBED_BACKEND=torch for this model."
        )
    config = model_dir / "sentence_bert_config.json"
    return int(json.loads(config.read_text()).get("max_seq_length", 256)) if config.is_file() else 256


def _write_atomically(target: Path, write: Callable[[str], None]) -> None:
    """Call write(temp_path) for a temporary file beside target, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".onnx.tmp", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _export_fp32(model_dir: Path, path: str) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True, attn_implementation="eager").eval()

    class LastHidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
            out = self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            hidden: torch.Tensor = out.last_hidden_state
            return hidden

    # Traced with padding in the batch, so the attention mask is part of the graph.
    sample = tokenizer(["An IEP is a written plan.", "A short one"], return_tensors="pt", padding=True)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            LastHidden(model),
            tuple(sample[n] for n in _INPUTS),
            path,
            input_names=list(_INPUTS),
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=OPSET,
            dynamo=False,
        )


def _quantize_int8(source: Path, path: str) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Per-channel scales keep the vectors close to fp32 (mean cosine ~0.993 on corpus sentences,
    # against ~0.964 with one scale per tensor).
    quantize_dynamic(str(source), path, weight_type=QuantType.QInt8, per_channel=True)


def onnx_file(model_dir: Path, cache_dir: Path, quantized: bool) -> Path:
    """The ONNX file for the model, exported (and quantized) into cache_dir on first use."""
    folder = cache_dir / f"{model_dir.parent.name}-{model_dir.name}-{weights_digest(model_dir)}"
    fp32 = folder / "model.onnx"
    int8 = folder / "model_int8.onnx"
    with _EXPORT_LOCK:
        try:
            if not fp32.is_file():
                _write_atomically(fp32, lambda tmp: _export_fp32(model_dir, tmp))
            if quantized and not int8.is_file():
                _write_atomically(int8, lambda tmp: _quantize_int8(fp32, tmp))
        except OSError as exc:
            raise EmbeddingBackendError(
                f"Could not write the ONNX model to {folder}: {exc.strerror or exc}. Point "
                "IEP_GUIDE_MODEL_CACHE_DIR at a writable folder, or set IEP_GUIDE_EMBED_BACKEND=torch."
            ) from exc
    return int8 if quantized else fp32


def _onnxruntime(file: Path, threads: int) -> Runner:
    """The model run by ONNX Runtime (fp32 or int8 file)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Idle threads sleep instead of spinning: on a busy machine spinning starves other work.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(str(file), options, providers=["CPUExecutionProvider"])
    wanted = {i.name for i in session.get_inputs()}

    def run(feeds: dict[str, NDArray[np.int64]]) -> NDArray[np.float32]:
        hidden: NDArray[np.float32] = session.run(None, {k: v for k, v in feeds.items() if k in wanted})[0]
        return hidden

    return run


@functools.cache
def cpu_capabilities() -> frozenset[str] | None:
    """What OpenVINO says this CPU can compute in ("BF16", "FP32", ...), or None when OpenVINO is
    not installed. Asked once per process."""
    try:
        import openvino as ov
    except ImportError:
        return None
    return frozenset(ov.Core().get_property("CPU", "OPTIMIZATION_CAPABILITIES"))


def _openvino_bf16(file: Path, threads: int) -> Runner:
    """The fp32 file compiled by OpenVINO to compute in bfloat16 (compiling takes about 0.3 s, so
    nothing more is cached). Refused on a CPU without bf16 instructions, where it would not be
    faster, and when OpenVINO is not installed."""
    try:
        import openvino as ov
    except ImportError as exc:
        raise EmbeddingBackendError(
            "IEP_GUIDE_EMBED_BACKEND=openvino-bf16 needs OpenVINO, which this installation lacks: pip install openvino "
            "(or set IEP_GUIDE_EMBED_BACKEND=onnx)."
        ) from exc
    core = ov.Core()
    if "BF16" not in core.get_property("CPU", "OPTIMIZATION_CAPABILITIES"):
        raise EmbeddingBackendError(
            "This CPU has no bf16 instructions, so IEP_GUIDE_EMBED_BACKEND=openvino-bf16 would not be faster; "
            "set IEP_GUIDE_EMBED_BACKEND=onnx."
        )
    config: dict[str, object] = {"INFERENCE_PRECISION_HINT": "bf16", "PERFORMANCE_HINT": "LATENCY"}
    if threads:
        config["INFERENCE_NUM_THREADS"] = threads
    compiled = core.compile_model(str(file), "CPU", config)
    request = compiled.create_infer_request()  # one call at a time: a request is not thread-safe
    names = {i.get_any_name() for i in compiled.inputs}
    lock = threading.Lock()

    def run(feeds: dict[str, NDArray[np.int64]]) -> NDArray[np.float32]:
        with lock:
            result = request.infer({k: v for k, v in feeds.items() if k in names})  # outputs are copied
        hidden: NDArray[np.float32] = np.asarray(result[0], dtype=np.float32)
        return hidden

    return run


class OnnxEmbeddings(Embeddings):
    """LangChain Embeddings over the exported model (mean pooling, normalized), run by ONNX Runtime
    (fp32 or int8 weights) or, for bf16, by OpenVINO."""

    def __init__(
        self, model_path: str, cache_dir: Path, *, precision: Precision = "fp32", batch_size: int = 32, threads: int = 0
    ) -> None:
        from tokenizers import Tokenizer

        model_dir = Path(model_path)
        self.model_name = model_path  # the stored model name (assistant.embeddings.model_name)
        self.precision = precision
        self.batch_size = batch_size
        self.max_seq_length = _check_pipeline(model_dir)
        self.file = onnx_file(model_dir, cache_dir, precision == "int8")
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_seq_length)
        self.tokenizer.no_padding()
        self._run = _openvino_bf16(self.file, threads) if precision == "bf16" else _onnxruntime(self.file, threads)
        self._width_step = OPENVINO_WIDTH_STEP if precision == "bf16" else 1

    @property
    def quantized(self) -> bool:
        """Whether the weights are int8 (an int8 index is named apart)."""
        return self.precision == "int8"

    def _encode(self, encodings: Sequence[Encoding]) -> NDArray[np.float32]:
        width = -(-max(len(e.ids) for e in encodings) // self._width_step) * self._width_step  # padding is masked out
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        types = np.zeros((len(encodings), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            n = len(enc.ids)
            ids[row, :n], mask[row, :n], types[row, :n] = enc.ids, enc.attention_mask, enc.type_ids
        hidden = self._run(dict(zip(_INPUTS, (ids, mask, types))))
        weights: NDArray[np.float32] = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        normalized: NDArray[np.float32] = pooled / np.clip(norms, 1e-12, None)  # numpy types reductions as Any
        return normalized

    def batches(self, lengths: Sequence[int]) -> list[list[int]]:
        """Rows grouped for the model: longest first, so a batch pads little, and at most
        `batch_size` texts and TOKENS_PER_BATCH padded tokens each, so a batch of long passages is
        smaller than one of short sentences (the model's working memory grows with both)."""
        order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
        out: list[list[int]] = []
        for i in order:
            if out and len(out[-1]) < self.batch_size and (len(out[-1]) + 1) * lengths[out[-1][0]] <= TOKENS_PER_BATCH:
                out[-1].append(i)
            else:
                out.append([i])
        return out

    def embed_array(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Vectors for texts (rows in input order). Each vector depends on its text alone (the
        attention mask hides the padding), so how texts are grouped changes nothing but speed and
        memory."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        out = np.zeros((len(texts), 0), dtype=np.float32)
        for rows in self.batches([len(e.ids) for e in encodings]):
            vecs = self._encode([encodings[i] for i in rows])
            if out.shape[1] == 0:
                out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
            out[rows] = vecs
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = self.embed_array(texts).tolist()
        return vectors

    def embed_query(self, text: str) -> list[float]:
        vector: list[float] = self.embed_array([text])[0].tolist()
        return vector
