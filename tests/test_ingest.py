"""Ingest against a real Chroma index on disk with the real bundled model."""

from langchain_core.embeddings import Embeddings

from assistant.factory import open_index
from ingest.pipeline import ingest
from tests.conftest import make_settings


class CountingEmbedder(Embeddings):
    """The real model, counting how many passages it embeds."""

    def __init__(self, inner):
        self.inner = inner
        self.model_name = inner.model_name
        self.embedded = 0

    def embed_documents(self, texts):
        self.embedded += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


def _setup(tmp_path, embedder):
    settings = make_settings(tmp_path)
    counting = CountingEmbedder(embedder)
    index = open_index(settings, embedder=counting, create=True)
    return settings, counting, index


def test_first_ingest_adds_every_chunk(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    report = ingest([small_corpus], index, counting, settings)
    assert report.added > 0 and report.removed == 0 and not report.errors
    assert index.count() == report.added
    assert counting.embedded == report.added + report.sentences
    sources = set(index.ids_by_source())
    assert sources == {f"guides/{p.name}" for p in small_corpus.iterdir()}


def test_reingest_of_unchanged_corpus_embeds_nothing(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    first = ingest([small_corpus], index, counting, settings)
    counting.embedded = 0
    again = ingest([small_corpus], index, counting, settings)
    assert counting.embedded == 0
    assert (again.added, again.removed, again.unchanged) == (0, 0, first.added)
    assert index.count() == first.added


def test_changed_file_replaces_only_its_changed_chunks(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    before = index.ids_by_source()["guides/what-is-an-iep.md"]
    path = small_corpus / "what-is-an-iep.md"
    path.write_text(path.read_text() + "\n\n## A new section\nA brand new sentence about IEP meetings.\n")
    counting.embedded = 0
    report = ingest([small_corpus], index, counting, settings)
    after = index.ids_by_source()["guides/what-is-an-iep.md"]
    assert report.added >= 1 and counting.embedded == report.added + report.sentences
    assert len(after - before) == report.added
    chunks = index.get(sorted(after - before))
    assert any("brand new sentence" in c.text for c in chunks)
    assert {f.source: f.status for f in report.files}["guides/what-is-an-iep.md"] == "changed"


def test_deleted_file_is_removed_from_the_index(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    gone = index.ids_by_source()["guides/iep-vs-504-plan.md"]
    (small_corpus / "iep-vs-504-plan.md").unlink()
    kept = ingest([small_corpus], index, counting, settings)  # never removed as a side effect
    assert kept.removed == 0 and kept.by_source()["guides/iep-vs-504-plan.md"].status == "missing"
    assert "--prune" in kept.summary()
    assert index.ids_by_source()["guides/iep-vs-504-plan.md"] == gone
    report = ingest([small_corpus], index, counting, settings, prune=True)
    assert report.removed == len(gone)
    assert "guides/iep-vs-504-plan.md" not in index.ids_by_source()


def test_bad_file_is_reported_and_keeps_its_old_chunks(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    kept = index.ids_by_source()["guides/evaluation-process.md"]
    (small_corpus / "evaluation-process.md").write_bytes(b"\x00\xff\x00 not text")
    (small_corpus / "empty.md").write_text("   ")
    report = ingest([small_corpus], index, counting, settings)
    errors = {f.source: f.message for f in report.errors}
    assert set(errors) == {"guides/evaluation-process.md", "guides/empty.md"}
    assert "binary" in errors["guides/evaluation-process.md"]
    assert "empty" in errors["guides/empty.md"]
    assert index.ids_by_source()["guides/evaluation-process.md"] == kept
    assert report.removed == 0


def test_dry_run_changes_nothing(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    report = ingest([small_corpus], index, counting, settings, dry_run=True)
    assert report.added > 0 and counting.embedded == 0 and index.count() == 0
    assert "would add" in report.summary()
