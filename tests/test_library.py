"""The library (commit point) over a real index: per-file outcomes, dedupe, dry run, removal."""

import shutil

import pytest

from assistant import build_assistant
from assistant.library import Library
from ingest.pipeline import ingest, remove_documents
from tests.conftest import CORPUS
from tests.test_ingest import _setup


def _library(settings):
    return Library(settings.index.library_path())


def test_library_lists_documents_with_metadata(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    report = ingest([small_corpus], index, counting, settings)
    docs = {d.source: d for d in _library(settings).documents()}
    assert set(docs) == {f"guides/{p.name}" for p in small_corpus.iterdir()}
    doc = docs["guides/what-is-an-iep.md"]
    assert doc.kind == "markdown" and doc.title and doc.chunks == report.by_source()[doc.source].chunks
    assert doc.ingested_at and len(doc.file_hash) == 64 and doc.size_bytes > 0
    assert sum(d.chunks for d in docs.values()) == index.count()


def test_unchanged_files_are_not_even_reread(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    before = {d.source: d.ingested_at for d in _library(settings).documents()}
    guide = small_corpus / "iep-vs-504-plan.md"
    guide.write_text(guide.read_text() + "\nOne more line about 504 plans.\n")
    report = ingest([small_corpus], index, counting, settings)
    after = {d.source: d.ingested_at for d in _library(settings).documents()}
    statuses = {f.source: f.status for f in report.files}
    assert statuses["guides/what-is-an-iep.md"] == "unchanged" == statuses["guides/evaluation-process.md"]
    assert statuses["guides/iep-vs-504-plan.md"] == "changed"
    assert after["guides/what-is-an-iep.md"] == before["guides/what-is-an-iep.md"]  # the record was kept as is


def test_identical_content_is_stored_once_and_survives_removal_of_one_copy(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    stored = index.count()
    shutil.copy(small_corpus / "what-is-an-iep.md", small_corpus / "zz-copy-of-iep.md")
    counting.embedded = 0
    report = ingest([small_corpus], index, counting, settings)
    copy = report.by_source()["guides/zz-copy-of-iep.md"]
    assert copy.status == "added" and copy.duplicates == {"guides/what-is-an-iep.md": copy.chunks}
    assert "identical to guides/what-is-an-iep.md" in copy.describe()
    assert counting.embedded == 0 and report.added == 0 and index.count() == stored

    (small_corpus / "what-is-an-iep.md").unlink()  # the first copy goes; the text stays, cited from the other
    report = ingest([small_corpus], index, counting, settings, prune=True)
    assert report.removed == 0 and index.count() == stored and counting.embedded == 0
    owners = {c.source for c in index.get(list(_library(settings).load().documents["guides/zz-copy-of-iep.md"].chunk_ids))}
    assert owners == {"guides/zz-copy-of-iep.md"}
    answer = build_assistant(settings, embedder=embedder, client=index.client).ask("What is an IEP?")
    assert all(c.source != "guides/what-is-an-iep.md" for c in answer.citations)


def test_dry_run_reports_per_file_and_writes_nothing(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    library_bytes = settings.index.library_path().read_bytes()
    count = index.count()
    (small_corpus / "evaluation-process.md").unlink()
    (small_corpus / "new.md").write_text("# New guide\n\nA new article about transition planning for teens with IEPs.\n")
    path = small_corpus / "iep-vs-504-plan.md"
    lines = path.read_text().split("\n")
    body = max(range(len(lines)), key=lambda i: len(lines[i]))  # the longest paragraph
    lines[body] += " Ask the school which plan fits your child."
    path.write_text("\n".join(lines))
    counting.embedded = 0
    report = ingest([small_corpus], index, counting, settings, dry_run=True, prune=True)
    statuses = {f.source: f.status for f in report.files}
    assert statuses == {
        "guides/what-is-an-iep.md": "unchanged",
        "guides/iep-vs-504-plan.md": "changed",
        "guides/new.md": "added",
        "guides/evaluation-process.md": "removed",
    }
    changed = report.by_source()["guides/iep-vs-504-plan.md"]
    assert changed.added >= 1 and changed.removed >= 1 and changed.unchanged >= 1
    assert report.by_source()["guides/evaluation-process.md"].removed > 0
    assert "would add" in changed.describe(dry_run=True)
    assert counting.embedded == 0 and index.count() == count
    assert settings.index.library_path().read_bytes() == library_bytes


def test_remove_documents_takes_them_out_of_answers(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    gone = set(_library(settings).load().documents["guides/iep-vs-504-plan.md"].chunk_ids)
    report = remove_documents(["guides/iep-vs-504-plan.md"], index, settings)
    assert [f.status for f in report.files] == ["removed"] and report.removed == len(gone)
    assert "guides/iep-vs-504-plan.md" not in {d.source for d in _library(settings).documents()}
    assert not gone & set(index.ids_by_source().get("guides/iep-vs-504-plan.md", set()))
    assert (small_corpus / "iep-vs-504-plan.md").exists()


def test_running_reader_sees_a_new_commit_without_restarting(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    assistant = build_assistant(settings, embedder=embedder, client=index.client)
    assert all("service-animals" not in c.source for c in assistant.ask("What is a service animal?").citations)
    shutil.copy(CORPUS / "what-is-an-iep.md", small_corpus / "extra.md")
    (small_corpus / "service-animals.md").write_text(
        "# Service animals at school\n\nA service animal is a dog trained to do work for a student with a disability. "
        "Schools generally must allow a student's service animal in classrooms and on the bus.\n"
    )
    ingest([small_corpus], index, counting, settings)
    answer = assistant.ask("Can a student bring a service animal dog to school?")
    assert answer.citations and answer.citations[0].source == "guides/service-animals.md"


def test_legacy_index_without_library_is_adopted(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    settings.index.library_path().unlink()
    view = index.committed(_library(settings))
    assert view.count() == index.count()  # no library: everything stored is visible
    report = ingest([small_corpus], index, counting, settings)
    assert not report.errors and _library(settings).exists() and index.count() == view.count()


def test_damaged_library_gives_a_clear_error_and_reset_recovers(tmp_path, embedder):
    import pytest

    from assistant import IndexUnavailableError

    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(CORPUS / "what-is-an-iep.md", folder / "what-is-an-iep.md")
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([folder], index, counting, settings)
    settings.index.library_path().write_text('{"format": 1, "documents": [')  # damaged from outside
    with pytest.raises(IndexUnavailableError, match="ingest --reset"):
        build_assistant(settings, embedder=embedder, client=index.client)
    report = ingest([folder], index, counting, settings, reset=True)
    assert not report.errors and report.added == index.count() > 0
    assert build_assistant(settings, embedder=embedder, client=index.client).ask("What is an IEP?").citations


def test_a_second_writer_is_told_to_wait(tmp_path, embedder, small_corpus):
    import pytest

    from assistant import IndexUnavailableError

    settings, counting, index = _setup(tmp_path, embedder)
    with _library(settings).writing():
        with pytest.raises(IndexUnavailableError, match="Another ingest"):
            ingest([small_corpus], index, counting, settings)
    assert counting.embedded == 0


def test_readers_index_hides_uncommitted_chunks_from_every_read(tmp_path, embedder, small_corpus):
    """Chunks an unfinished ingest stored, nearer to the query than any committed one, are not
    found by dense or keyword search, nor read back, while the ingest's own index sees them."""
    from assistant.types import Chunk

    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    question = "What is an IEP team meeting about?"
    vector = embedder.embed_query(question)
    hidden = [
        Chunk(
            f"uncommitted-{i}",
            f"What is an IEP team meeting about? Uncommitted draft {i}.",
            "guides/draft.md",
            "Draft",
            "Overview",
            position=i,
        )
        for i in range(12)
    ]
    index.upsert(hidden, [vector] * len(hidden))  # stored, but no commit lists them
    hidden_ids = {c.id for c in hidden}

    reader = index.committed(_library(settings), settings.index.bm25_path())
    hits = reader.search(vector, k=3)
    assert len(hits) == 3 and not hidden_ids & {h.chunk.id for h in hits}
    assert not hidden_ids & {i for i, _ in reader.keywords().search(question, 50)}
    assert reader.get(sorted(hidden_ids)) == [] and reader.embeddings(sorted(hidden_ids)) == {}
    assert reader.source_chunks("guides/draft.md") == []
    assert reader.count() == index.count() - len(hidden)
    assert {h.chunk.id for h in index.search(vector, k=3)} <= hidden_ids  # the ingest's index sees them all


def test_dense_search_compares_every_chunk_and_reloads_for_a_new_commit(tmp_path, embedder, small_corpus):
    import numpy as np

    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    reader = index.committed(_library(settings), settings.index.bm25_path())
    stored = index.collection.get(include=["embeddings"])
    matrix = np.asarray(stored["embeddings"], np.float32)
    vector = np.asarray(embedder.embed_query("Who pays for an evaluation the parents ask for?"), np.float32)
    best = np.argsort(-(matrix @ vector))[:5]
    hits = reader.search(vector, k=5)
    assert [h.chunk.id for h in hits] == [stored["ids"][i] for i in best]  # every chunk compared: the true nearest
    assert [round(h.score, 4) for h in hits] == [round(float(matrix[i] @ vector), 4) for i in best]
    assert reader.embeddings([hits[0].chunk.id])[hits[0].chunk.id] == pytest.approx(matrix[best[0]], abs=1e-6)

    graph = index.committed(_library(settings), settings.index.bm25_path(), exact_max=0)  # Chroma's own search
    assert {h.chunk.id for h in graph.search(vector, k=5)} == {h.chunk.id for h in hits}  # a small library: the same

    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "sibling-visits.md").write_text(
        "# Sibling visits\n\n## Can a younger sibling sit in on speech therapy at school?\n\n"
        "A younger sibling may sit in on a speech therapy session at school when the therapist agrees.\n"
    )
    ingest([small_corpus, extra], index, counting, settings)  # a new commit: the reader's vectors are reloaded
    question = np.asarray(embedder.embed_query("Can my younger sibling sit in on speech therapy?"), np.float32)
    assert reader.search(question, k=1)[0].chunk.source == "more/sibling-visits.md"


def test_a_documents_chunks_and_chunks_read_by_id_are_kept_for_a_commit_and_read_afresh_after_the_next(
    tmp_path, embedder, small_corpus
):
    settings, counting, index = _setup(tmp_path, embedder)
    ingest([small_corpus], index, counting, settings)
    reader = index.committed(_library(settings), settings.index.bm25_path())
    source = "guides/what-is-an-iep.md"
    first = reader.source_chunks(source)
    assert first and reader.source_chunks(source) == first  # kept: the same chunks, in order
    ids = [c.id for c in first]
    assert reader.get(ids) == first and reader.get(ids[::-1]) == first[::-1]  # in the order asked
    index.collection.delete(ids=ids[:1])
    assert reader.get(ids[:1]) == first[:1]  # read once for this commit, then answered from memory
    (small_corpus / "what-is-an-iep.md").write_text(
        "# What is an IEP?\n\nAn IEP is a written plan for one child's special education.\n"
    )
    ingest([small_corpus], index, counting, settings)
    reader.refresh()
    assert reader.get(ids) == []  # the passages the new commit replaced are not shown again
    again = reader.source_chunks(source)
    assert [c.text for c in again] != [c.text for c in first]
    assert reader.get([c.id for c in again]) == again
    assert "written plan for one child's special education" in again[0].text
