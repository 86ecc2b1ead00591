"""The embedding backends: torch, ONNX Runtime fp32 and int8, OpenVINO bf16 and the `auto` choice
between them, all from the bundled weights."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from assistant import Settings
from assistant.embeddings import choose_backend, load_embedder, model_name
from assistant.errors import IndexUnavailableError
from assistant.factory import open_index
from assistant.onnx_embeddings import EmbeddingBackendError, OnnxEmbeddings, cpu_capabilities
from assistant.store import GuidanceIndex

pytestmark = pytest.mark.integration  # runs the iep-guide command or the model's backends as processes

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "The school must evaluate the child within 60 days of receiving parental consent.",
    "A 504 plan lists the accommodations a student with a disability receives.",
    "Parents may request an independent educational evaluation at public expense.",
    "Short.",
    "Extended school year services are provided beyond the normal school year " * 12,  # truncated
]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(scope="module")
def torch_model():
    return load_embedder(Settings(embed_backend="torch").index)


@pytest.fixture(scope="module")
def onnx(cache_dir):
    return load_embedder(Settings(embed_backend="onnx", model_cache_dir=cache_dir).index)


@pytest.fixture(scope="module")
def int8(cache_dir):
    return load_embedder(Settings(embed_backend="onnx-int8", model_cache_dir=cache_dir).index)


def test_onnx_vectors_match_torch(torch_model, onnx):
    torch_vecs = np.asarray(torch_model.embed_documents(SENTENCES))
    onnx_vecs = np.asarray(onnx.embed_documents(SENTENCES))
    assert onnx_vecs.shape == torch_vecs.shape == (len(SENTENCES), 384)
    assert np.abs(onnx_vecs - torch_vecs).max() < 1e-4
    assert np.allclose(np.linalg.norm(onnx_vecs, axis=1), 1.0, atol=1e-5)
    assert np.abs(np.asarray(onnx.embed_query(SENTENCES[0])) - torch_vecs[0]).max() < 1e-4


def test_int8_vectors_are_close_to_torch(torch_model, int8):
    torch_vecs = np.asarray(torch_model.embed_documents(SENTENCES))
    int8_vecs = np.asarray(int8.embed_documents(SENTENCES))
    cosines = (torch_vecs * int8_vecs).sum(axis=1)
    assert cosines.min() > 0.95, cosines


def test_order_and_batching_do_not_change_vectors(cache_dir):
    small = OnnxEmbeddings(Settings().index.model_path(), cache_dir, batch_size=2)
    one = np.vstack([small.embed_array([s]) for s in SENTENCES])
    assert np.abs(small.embed_array(SENTENCES) - one).max() < 1e-5


def test_batches_are_bounded_by_tokens_and_the_vectors_match_each_text_embedded_alone(cache_dir):
    """Long passages go to the model a few at a time and short sentences many at a time; the
    vectors are those of each text on its own (cosine >= 0.9999), on real corpus text."""
    from assistant.onnx_embeddings import TOKENS_PER_BATCH
    from assistant.text import split_sentences

    texts = []
    for name in ("what-is-an-iep.md", "evaluation-process.md", "procedural-safeguards.md"):
        paragraphs = [p for p in (ROOT / "corpus" / name).read_text().split("\n\n") if p.strip()]
        texts += paragraphs + [s for p in paragraphs for s in split_sentences(p)]
    texts += [" ".join(texts[:40])]  # one over the model's 256 tokens: truncated
    model = OnnxEmbeddings(Settings().index.model_path(), cache_dir, batch_size=32)
    lengths = [len(e.ids) for e in model.tokenizer.encode_batch(texts)]
    groups = model.batches(lengths)
    assert sorted(i for g in groups for i in g) == list(range(len(texts)))
    assert all(len(g) <= 32 and (len(g) == 1 or len(g) * max(lengths[i] for i in g) <= TOKENS_PER_BATCH) for g in groups)
    assert max(lengths) == 256 and len(groups[0]) == TOKENS_PER_BATCH // 256 and max(map(len, groups)) == 32
    grouped = model.embed_array(texts)
    alone = np.vstack([model.embed_array([t]) for t in texts])
    cosines = (grouped * alone).sum(axis=1)
    assert cosines.min() >= 0.9999, cosines.min()


def test_export_is_made_once_and_reused(onnx, int8, cache_dir):
    files = sorted(p.name for p in cache_dir.rglob("*") if p.is_file())
    assert files == ["model.onnx", "model_int8.onnx"]  # no temporary file left behind
    stamp = {p: p.stat().st_mtime_ns for p in cache_dir.rglob("*.onnx")}
    again = load_embedder(Settings(embed_backend="onnx-int8", model_cache_dir=cache_dir).index)
    assert again.file == int8.file
    assert {p: p.stat().st_mtime_ns for p in cache_dir.rglob("*.onnx")} == stamp


def test_two_processes_exporting_at_once_both_get_a_whole_file(tmp_path):
    """Each export is written to a temporary file and renamed: neither process reads half a file."""
    code = (
        "import sys; from pathlib import Path; from assistant import Settings; "
        "from assistant.onnx_embeddings import onnx_file; "
        "print(onnx_file(Path(Settings().index.model_path()), Path(sys.argv[1]), False))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300)[0].strip() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert outputs[0] == outputs[1]
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["model.onnx"]
    import onnx as onnx_lib

    onnx_lib.checker.check_model(outputs[0])


def test_export_goes_to_the_users_cache_folder_shared_by_every_index(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    one = Settings(index_dir=tmp_path / "one", embed_backend="onnx")
    other = Settings(index_dir=tmp_path / "other", embed_backend="onnx")
    shared = (tmp_path / "cache" / "iep-guide" / "models").resolve()
    assert one.index.model_cache_path() == other.index.model_cache_path() == shared
    assert Settings(model_cache_dir=tmp_path / "m").index.model_cache_path() == (tmp_path / "m").resolve()


def test_bad_backend_name_is_a_clear_error():
    with pytest.raises(ValidationError, match="IEP_GUIDE_EMBED_BACKEND") as caught:
        Settings(embed_backend="tensorflow")
    assert "'auto', 'torch', 'onnx', 'onnx-int8' or 'openvino-bf16'" in str(caught.value)


def test_bad_backend_from_the_environment(monkeypatch):
    monkeypatch.setenv("IEP_GUIDE_EMBED_BACKEND", "onnx_int8")
    with pytest.raises(ValidationError, match="onnx-int8"):
        Settings()


def test_a_model_the_onnx_backend_cannot_run_is_refused(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    with pytest.raises(EmbeddingBackendError, match="modules.json"):
        load_embedder(Settings(embed_backend="onnx", embedding_model=str(folder), model_cache_dir=tmp_path).index)


def test_model_names_torch_and_onnx_share_an_index_int8_does_not(torch_model, onnx, int8):
    assert model_name(onnx) == model_name(torch_model)
    assert model_name(int8) != model_name(torch_model)
    assert model_name(int8).startswith(model_name(torch_model))


def test_an_index_says_which_backend_built_it(tmp_path, torch_model, onnx, int8):
    embedder = torch_model
    settings = Settings(index_dir=tmp_path / "index")
    index = open_index(settings, embedder=int8, create=True)
    index.collection  # noqa: B018 - created with the int8 model name
    with pytest.raises(IndexUnavailableError, match="IEP_GUIDE_EMBED_BACKEND=onnx-int8"):
        GuidanceIndex(index.client, index.name, model_name(embedder)).collection  # noqa: B018
    assert GuidanceIndex(index.client, index.name, model_name(int8)).collection is not None
    other = open_index(Settings(index_dir=tmp_path / "other"), embedder=embedder, create=True)
    other.collection  # noqa: B018
    assert GuidanceIndex(other.client, other.name, model_name(onnx)).collection is not None  # same vectors
    with pytest.raises(IndexUnavailableError, match="IEP_GUIDE_EMBED_BACKEND=auto \\(or onnx\\)"):
        GuidanceIndex(other.client, other.name, model_name(int8)).collection  # noqa: B018


def test_nothing_is_written_beside_the_bundled_model(onnx):
    model_dir = Settings().index.model_path()
    assert not any(name.endswith(".onnx") for name in os.listdir(model_dir))


def test_an_unwritable_cache_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(EmbeddingBackendError, match="IEP_GUIDE_MODEL_CACHE_DIR"):
        load_embedder(Settings(embed_backend="onnx", model_cache_dir=blocker / "models").index)


def _has_bf16() -> bool:
    try:
        import openvino as ov
    except ImportError:
        return False
    return "BF16" in ov.Core().get_property("CPU", "OPTIMIZATION_CAPABILITIES")


needs_bf16 = pytest.mark.skipif(not _has_bf16(), reason="needs OpenVINO and a CPU with bf16 instructions")


@pytest.fixture(scope="module")
def bf16(cache_dir):
    return load_embedder(Settings(embed_backend="openvino-bf16", model_cache_dir=cache_dir).index)


def _corpus_texts() -> list[str]:
    from assistant.text import split_sentences

    texts = []
    for name in ("what-is-an-iep.md", "evaluation-process.md", "procedural-safeguards.md"):
        paragraphs = [p for p in (ROOT / "corpus" / name).read_text().split("\n\n") if p.strip()]
        texts += paragraphs + [s for p in paragraphs for s in split_sentences(p)]
    return texts + [" ".join(texts[:40])]  # one over the model's 256 tokens: truncated


@needs_bf16
def test_bf16_vectors_are_within_a_hair_of_fp32_on_corpus_text(onnx, bf16):
    """OpenVINO in bfloat16 runs the same exported file; its vectors are far closer to fp32 than
    int8's (mean cosine ~0.99999 against ~0.993), for passages, sentences and the truncated."""
    texts = _corpus_texts()
    fp32, low = onnx.embed_array(texts), bf16.embed_array(texts)
    assert low.shape == fp32.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(low, axis=1), 1.0, atol=1e-5)
    cosines = (fp32 * low).sum(axis=1)
    assert cosines.mean() > 0.99995 and cosines.min() > 0.9995, (cosines.mean(), cosines.min())
    assert (fp32 * np.asarray(bf16.embed_query(texts[0]))).sum(axis=1).argmax() == 0
    alone = np.vstack([bf16.embed_array([t]) for t in texts[::7]])  # padded to other widths: the same vectors
    assert (alone * low[::7]).sum(axis=1).min() > 0.9999
    assert not any(p.suffix != ".onnx" for p in bf16.file.parent.iterdir())  # it reads the fp32 export, writes nothing


@needs_bf16
def test_bf16_and_fp32_share_an_index_and_one_named_bf16_still_opens(tmp_path, onnx, bf16, int8):
    """bf16 vectors are within cosine ~0.99999 of fp32's, so an index built by either serves both;
    an index built when bf16 had a name of its own (`… (bf16)`) opens for both; int8 stays apart."""
    assert model_name(bf16) == model_name(onnx)
    index = open_index(Settings(index_dir=tmp_path / "index"), embedder=bf16, create=True)
    index.collection  # noqa: B018
    assert GuidanceIndex(index.client, index.name, model_name(onnx)).collection is not None
    old = index.client.create_collection(
        "older", metadata={"hnsw:space": "cosine", "embedding_model": model_name(onnx) + " (bf16)"}, embedding_function=None
    )
    assert old.metadata["embedding_model"].endswith(" (bf16)")
    for embedder in (onnx, bf16):
        assert GuidanceIndex(index.client, "older", model_name(embedder)).collection is not None
    with pytest.raises(IndexUnavailableError, match="IEP_GUIDE_EMBED_BACKEND=auto"):
        GuidanceIndex(index.client, "older", model_name(int8)).collection  # noqa: B018


def test_auto_takes_bf16_only_where_openvino_runs_it():
    assert choose_backend("auto", frozenset({"FP32", "BF16", "INT8"})) == "openvino-bf16"
    assert choose_backend("auto", frozenset({"FP32", "FP16", "INT8"})) == "onnx"  # no bf16 instructions
    assert choose_backend("auto", None) == "onnx"  # OpenVINO not installed
    assert choose_backend("onnx", frozenset({"BF16"})) == "onnx"  # a backend named outright is kept
    assert choose_backend("openvino-bf16", None) == "openvino-bf16"  # and refused when loaded, with a message
    assert Settings().index.embed_backend == "auto"


def test_auto_on_this_machine_is_the_fastest_backend_it_can_run(cache_dir):
    embedder = load_embedder(Settings(model_cache_dir=cache_dir).index)
    capabilities = cpu_capabilities()
    assert capabilities is not None, "OpenVINO is part of the installation"
    assert embedder.precision == ("bf16" if "BF16" in capabilities else "fp32")


@needs_bf16
def test_a_bf16_ingest_retrieves_what_an_fp32_ingest_does(tmp_path, onnx, bf16):
    """The same articles ingested by each backend: every stored sentence vector within cosine
    0.9995 of its fp32 row, and the same top five chunks for real questions."""
    from ingest.pipeline import ingest

    folder = tmp_path / "guides"
    folder.mkdir()
    for name in ("what-is-an-iep.md", "iep-vs-504-plan.md", "evaluation-process.md", "procedural-safeguards.md"):
        (folder / name).write_text((ROOT / "corpus" / name).read_text())
    indexes = []
    for name, embedder in (("fp32", onnx), ("bf16", bf16)):
        settings = Settings(index_dir=tmp_path / name)
        index = open_index(settings, embedder=embedder, create=True)
        report = ingest([folder], index, embedder, settings)
        assert not report.errors and report.embedded > 20
        indexes.append((index, embedder))
    (fp32_index, _), (bf16_index, _) = indexes
    rows = [
        col.get(include=["embeddings"])
        for col in (fp32_index.sentences.open(create=False), bf16_index.sentences.open(create=False))
    ]
    assert sorted(rows[0]["ids"]) == sorted(rows[1]["ids"]) and len(rows[0]["ids"]) > 100
    low = dict(zip(rows[1]["ids"], rows[1]["embeddings"]))
    cosines = [float(np.dot(vec, low[i])) for i, vec in zip(rows[0]["ids"], rows[0]["embeddings"])]
    assert min(cosines) > 0.9995, min(cosines)
    for question in (
        "How long does the school have to evaluate my child?",
        "What is the difference between an IEP and a 504 plan?",
        "Can I ask for an independent educational evaluation?",
    ):
        tops = [[h.chunk.id for h in index.search(embedder.embed_query(question), 5)] for index, embedder in indexes]
        assert tops[0] == tops[1], question


def test_bf16_is_refused_on_a_cpu_without_bf16_instructions(monkeypatch, cache_dir):
    ov = pytest.importorskip("openvino")

    class NoBf16Core(ov.Core):
        def get_property(self, device, name):
            return ["FP32", "INT8"] if name == "OPTIMIZATION_CAPABILITIES" else super().get_property(device, name)

    monkeypatch.setattr(ov, "Core", NoBf16Core)
    with pytest.raises(EmbeddingBackendError, match="no bf16 instructions.*IEP_GUIDE_EMBED_BACKEND=onnx"):
        load_embedder(Settings(embed_backend="openvino-bf16", model_cache_dir=cache_dir).index)
