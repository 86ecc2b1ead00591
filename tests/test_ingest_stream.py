"""Ingest streams documents through the model a batch at a time: the index is the same as one
built in a single batch, only a bounded number of documents is in memory, and the next batch is
read while the current one embeds. Real Chroma on disk and the bundled model throughout; the
loader and the embedder are wrapped (injected) only to observe them."""

from __future__ import annotations

import shutil
import threading

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.factory import open_index
from assistant.library import Library
from ingest.loaders import load
from ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings
from tests.test_ingest import CountingEmbedder

ARTICLES = (
    "what-is-an-iep.md",
    "iep-vs-504-plan.md",
    "evaluation-process.md",
    "procedural-safeguards.md",
    "progress-reports.md",
    "transition-planning.md",
    "extended-school-year.md",
)


def _folder(tmp_path):
    folder = tmp_path / "guides"
    folder.mkdir()
    names = [n for n in ARTICLES if (CORPUS / n).exists()]
    assert len(names) >= 5
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    # Passages held by two documents: the owner is the first by name, whichever batch it is in.
    first = (CORPUS / names[0]).read_text()
    (folder / "a-copy.md").write_text(first)
    (folder / "z-copy.md").write_text(first + "\n\n## One more\n\nA closing note only this copy has, for parents.\n")
    (folder / "broken.md").write_bytes(b"\x00\xff\x00 not text")
    return folder


def _contents(settings, index):
    """Everything a reader sees: chunk rows, vectors, sentence rows, the library, the BM25 ids."""
    rows = index.collection.get(include=["documents", "metadatas", "embeddings"])
    chunks = {i: (t, m) for i, t, m in zip(rows["ids"], rows["documents"], rows["metadatas"])}
    vectors = {i: np.asarray(v) for i, v in zip(rows["ids"], rows["embeddings"])}
    sentences = index.sentences.open(create=False).get(include=["documents", "metadatas"])
    sentence_rows = {i: (t, m) for i, t, m in zip(sentences["ids"], sentences["documents"], sentences["metadatas"])}
    library = Library(settings.index.library_path())
    snapshot = library.load()
    documents = {s: (r.chunk_ids, r.duplicates, r.title, r.kind, r.file_hash) for s, r in snapshot.documents.items()}
    bm25 = sorted(index.committed(library, settings.index.bm25_path()).keywords().ids)
    return chunks, vectors, sentence_rows, documents, bm25


def _same(one, other):
    chunks, vectors, sentence_rows, documents, bm25 = one
    assert chunks == other[0]  # same chunk ids, texts and metadata
    assert sentence_rows == other[2]
    assert documents == other[3] and bm25 == other[4]
    assert vectors.keys() == other[1].keys()
    for id_, vector in vectors.items():
        assert np.allclose(vector, other[1][id_], atol=1e-5)


def test_small_batches_build_the_same_index_as_one_batch(tmp_path, embedder):
    folder = _folder(tmp_path)
    built = {}
    for batch in (2, 1000):
        settings = make_settings(tmp_path / f"batch-{batch}", ingest_batch_documents=batch)
        counting = CountingEmbedder(embedder)
        index = open_index(settings, embedder=counting, create=True)
        report = ingest([folder], index, counting, settings)
        assert [f.source for f in report.errors] == ["guides/broken.md"]
        assert report.added == index.count() and counting.embedded == report.added + report.sentences
        built[batch] = (settings, index, counting, report)
    small, whole = built[2], built[1000]
    assert (small[3].added, small[3].embedded, small[3].sentences) == (whole[3].added, whole[3].embedded, whole[3].sentences)
    assert small[3].by_source()["guides/a-copy.md"].duplicates
    _same(_contents(small[0], small[1]), _contents(whole[0], whole[1]))

    # Unchanged: nothing is embedded. Then a change, a removal and a new duplicate, in small batches.
    settings, index, counting, _ = small
    counting.embedded = 0
    again = ingest([folder], index, counting, settings)
    assert counting.embedded == 0 and again.added == 0 and again.unchanged == small[3].added
    (folder / "a-copy.md").unlink()
    (folder / "broken.md").unlink()
    (folder / "iep-vs-504-plan.md").write_text((folder / "iep-vs-504-plan.md").read_text() + "\n\nA new line.\n")
    shutil.copy(folder / "evaluation-process.md", folder / "b-copy.md")
    for settings, index, counting, _ in built.values():
        report = ingest([folder], index, counting, settings, prune=True)
        assert not report.errors and report.removed > 0
    _same(_contents(small[0], small[1]), _contents(whole[0], whole[1]))


class WatchedLoader:
    """The real loader, counting the documents it has read (it runs in the reading thread)."""

    def __init__(self) -> None:
        self.loaded = 0
        self.lock = threading.Lock()
        self.read_ahead = threading.Event()  # set once the second batch has been read

    def __call__(self, path, source, *, max_bytes=None):
        doc = load(path, source, max_bytes=max_bytes)
        with self.lock:
            self.loaded += 1
            if self.loaded >= 4:
                self.read_ahead.set()
        return doc


def _generated(folder, count):
    folder.mkdir()
    for n in range(count):
        (folder / f"note-{n:02d}.md").write_text(
            f"# District note {n}\n\nNote {n}: the district reviews request {n} within {n + 10} school days "
            f"and writes to the family about goal {n}. Each note is its own document.\n"
        )
    return folder


def test_documents_in_memory_stay_within_the_batch_bound(tmp_path, embedder):
    folder = _generated(tmp_path / "notes", 30)
    settings = make_settings(tmp_path, ingest_batch_documents=2)
    loaded, stored, most = [0], [0], [0]

    def progress(stage, done, total, detail):
        if stage == "stored":
            stored[0] = done

    def watching(path, source, *, max_bytes=None):
        doc = load(path, source, max_bytes=max_bytes)
        loaded[0] += 1
        most[0] = max(most[0], loaded[0] - stored[0])  # read, not yet written
        return doc

    index = open_index(settings, embedder=embedder, create=True)
    report = ingest([folder], index, embedder, settings, progress=progress, loader=watching)
    assert not report.errors and report.added == index.count() == 30
    assert loaded[0] == 30 and stored[0] == 30
    # The batch being written, the one waiting and the one being read: never the whole folder.
    assert 2 <= most[0] <= 3 * 2


class WaitingEmbedder(Embeddings):
    """The real model; its first call waits until the reader has read the next batch, which only
    happens if reading overlaps embedding (the wait is bounded, so a sequential ingest fails)."""

    def __init__(self, inner, read_ahead: threading.Event) -> None:
        self.inner, self.model_name = inner, inner.model_name
        self.read_ahead = read_ahead
        self.overlapped: bool | None = None

    def embed_documents(self, texts):
        if self.overlapped is None:
            self.overlapped = self.read_ahead.wait(timeout=30)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


def test_the_next_batch_is_read_while_this_one_embeds(tmp_path, embedder):
    folder = _generated(tmp_path / "notes", 8)
    settings = make_settings(tmp_path, ingest_batch_documents=2)
    loader = WatchedLoader()
    waiting = WaitingEmbedder(embedder, loader.read_ahead)
    index = open_index(settings, embedder=waiting, create=True)
    report = ingest([folder], index, waiting, settings, loader=loader)
    assert not report.errors and index.count() == 8
    assert waiting.overlapped is True


def test_an_unexpected_failure_while_reading_stops_the_ingest_and_commits_nothing(tmp_path, embedder):
    folder = _generated(tmp_path / "notes", 12)
    settings = make_settings(tmp_path, ingest_batch_documents=2)
    index = open_index(settings, embedder=embedder, create=True)
    ingest([folder], index, embedder, settings)
    library = Library(settings.index.library_path())
    before = library.path.read_bytes()
    for n in range(12):
        (folder / f"note-{n:02d}.md").write_text(
            f"# Note {n}, rewritten\n\nA different text for note {n}: the district "
            f"now answers request {n} within {n + 5} school days.\n"
        )

    def failing(path, source, *, max_bytes=None):
        if path.name == "note-07.md":
            raise RuntimeError("the disk went away")
        return load(path, source, max_bytes=max_bytes)

    with pytest.raises(RuntimeError, match="the disk went away"):
        ingest([folder], index, embedder, settings, loader=failing)
    assert library.path.read_bytes() == before
    assert not [t for t in threading.enumerate() if t.name == "ingest-reader"]
    report = ingest([folder], index, embedder, settings)  # the next ingest finishes the job
    assert not report.errors and report.added == 12
