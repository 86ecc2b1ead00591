"""Sentence vectors stored at ingest: complete, correct, kept in step, and used when answering."""

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant import build_assistant
from assistant.factory import open_index
from assistant.passages import unit_keys
from assistant.sentences import collection_name
from assistant.text import split_sentences
from ingest.pipeline import ingest
from tests.conftest import make_settings


class CountingEmbedder(Embeddings):
    """The real model, counting passage and query calls."""

    def __init__(self, inner):
        self.inner = inner
        self.model_name = inner.model_name
        self.passages = 0
        self.queries = 0

    def embed_documents(self, texts):
        self.passages += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        self.queries += 1
        return self.inner.embed_query(text)


def _ingested(tmp_path, embedder, folder):
    settings = make_settings(tmp_path)
    index = open_index(settings, embedder=embedder, create=True)
    report = ingest([folder], index, embedder, settings)
    return settings, index, report


def test_every_sentence_and_question_key_of_every_chunk_has_a_vector(corpus_index, embedder):

    store = corpus_index.sentences
    chunks = list(corpus_index.chunks())
    assert store.count() == sum(len(split_sentences(c.text)) + len(unit_keys(c)) for c in chunks)  # + the question keys
    assert store.missing(chunks) == [] and store.missing(chunks, keys_of=unit_keys) == []
    assert store.missing(chunks[:3], keys_of=lambda c: [f"a new key for {c.id}"]) == chunks[:3]  # redone on the next ingest
    keys = store.fetch_keys(chunks, [unit_keys(c) for c in chunks])
    assert set(keys) == {c.id for c in chunks}
    asked = next(c for c in chunks if c.phrasings)  # the library's sections carry how askers put their question
    assert keys[asked.id].shape == (1 + len(asked.phrasings), 384)
    assert np.allclose(keys[asked.id], embedder.embed_documents(list(unit_keys(asked))), atol=1e-4)
    assert store.fetch_keys([asked], [("a key this chunk does not have",)]) == {}
    assert store.fetch_keys([asked], [unit_keys(asked)[:1]]).keys() == {asked.id}  # its first key alone


def test_stored_vectors_are_the_models_vectors(corpus_index, embedder):
    chunks = list(corpus_index.chunks())[:5]
    stored = corpus_index.sentences.fetch(chunks)
    for chunk in chunks:
        fresh = np.asarray(embedder.embed_documents(split_sentences(chunk.text)), np.float32)
        assert stored[chunk.id].shape == fresh.shape
        assert np.allclose(stored[chunk.id], fresh, atol=1e-4)


def test_answering_embeds_no_passages(corpus_settings, corpus_index, embedder):
    counting = CountingEmbedder(embedder)
    fresh = build_assistant(corpus_settings, embedder=counting, client=corpus_index.client)
    answer = fresh.ask("How do schools decide whether my child needs extended school year services?")
    assert not answer.abstained
    assert counting.queries == 1 and counting.passages == 0


def test_removed_files_take_their_sentence_rows_along(tmp_path, embedder, small_corpus):
    _, index, _ = _ingested(tmp_path, embedder, small_corpus)
    gone = index.ids_by_source()["guides/iep-vs-504-plan.md"]
    (small_corpus / "iep-vs-504-plan.md").unlink()
    ingest([small_corpus], index, embedder, make_settings(tmp_path), prune=True)
    store = index.sentences
    left = store.open(create=False).get(where={"chunk_id": {"$in": sorted(gone)}})
    assert left["ids"] == []
    assert store.count() == sum(len(split_sentences(c.text)) + len(unit_keys(c)) for c in index.chunks())  # + question keys


def test_changed_file_embeds_only_its_new_sentences(tmp_path, embedder, small_corpus):
    settings, index, _ = _ingested(tmp_path, embedder, small_corpus)
    path = small_corpus / "what-is-an-iep.md"
    path.write_text(path.read_text() + "\n\n## A new section\nA brand new sentence about IEP meetings. And one more.\n")
    report = ingest([small_corpus], index, embedder, settings)
    assert report.added == 1 and report.sentences == 3  # two sentences and the new section's question key


def test_index_without_sentence_rows_still_answers_the_same_and_heals(tmp_path, embedder, small_corpus):
    settings, index, _ = _ingested(tmp_path, embedder, small_corpus)
    question = "What is the difference between an IEP and a 504 plan?"
    before = build_assistant(settings, embedder=embedder, client=index.client).ask(question)
    index.sentences.reset()  # as if built before sentence vectors were stored
    fallback = build_assistant(settings, embedder=embedder, client=index.client).ask(question)

    def summary(a):
        return a.text, [(c.chunk_id, c.quote, round(c.score, 4)) for c in a.citations]

    assert summary(fallback) == summary(before)
    report = ingest([small_corpus], index, embedder, settings)
    assert report.added == 0 and report.sentences == index.sentences.count() > 0


def test_sentence_collection_name_fits_chromas_limit():
    assert collection_name("iep_guide") == "iep_guide_sentences"
    long = collection_name("x" * 63)
    assert len(long) <= 63 and long.endswith("_sentences")
    assert collection_name("x" * 63) != collection_name("x" * 62 + "y")
