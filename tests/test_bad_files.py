"""Bad files in a batch: each gets a clear error, the rest ingests, the index stays intact."""

import os
import zlib

from assistant import build_assistant
from assistant.factory import open_index
from assistant.library import Library
from ingest.pipeline import ingest
from tests.conftest import make_settings
from tests.test_ingest import CountingEmbedder

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + zlib.compress(bytes(range(256)) * 8)


def _bad_files(folder, settings):
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.md").write_bytes(PNG)  # binary with a text extension
    with open(folder / "huge.txt", "wb") as fh:  # 50 MB without writing 50 MB: a sparse file
        fh.truncate(50 * 1024 * 1024)
    (folder / "sheet.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")
    (folder / "garbled.txt").write_bytes(bytes(b for b in os.urandom(4000) if b >= 0x80))
    (folder / "fake.docx").write_bytes(b"this is not a zip file at all, just words")
    return {
        "guides/broken.pdf": "PDF is damaged",
        "guides/empty.txt": "empty",
        "guides/photo.md": "binary",
        "guides/huge.txt": "50.0 MB, over the 25 MB limit",
        "guides/sheet.xlsx": "unsupported file type '.xlsx'",
        "guides/garbled.txt": "could not tell the text encoding",
        "guides/fake.docx": "not a valid .docx",
    }


def test_each_bad_file_gets_a_clear_error_and_the_rest_ingests(tmp_path, embedder, small_corpus):
    settings = make_settings(tmp_path)
    counting = CountingEmbedder(embedder)
    index = open_index(settings, embedder=counting, create=True)
    first = ingest([small_corpus], index, counting, settings)
    kept_library = Library(settings.index.library_path()).load()

    expected = _bad_files(small_corpus, settings)
    (small_corpus / "good-news.md").write_text(
        "# Good news\n\nA new guide about extended school year services for children who lose skills over breaks.\n"
    )
    report = ingest([small_corpus], index, counting, settings)
    errors = {f.source: f.message for f in report.errors}
    assert set(errors) == set(expected)
    for source, message in expected.items():
        assert message in errors[source], (source, errors[source])
    assert report.by_source()["guides/good-news.md"].status == "added"
    assert report.unchanged == first.added
    after = Library(settings.index.library_path()).load()
    assert set(after.documents) == set(kept_library.documents) | {"guides/good-news.md"}
    answer = build_assistant(settings, embedder=embedder, client=index.client).ask("What is an IEP?")
    assert answer.citations and not answer.abstained


def test_a_file_that_turns_bad_keeps_its_earlier_chunks(tmp_path, embedder, small_corpus):
    settings = make_settings(tmp_path)
    index = open_index(settings, embedder=embedder, create=True)
    ingest([small_corpus], index, embedder, settings)
    before = Library(settings.index.library_path()).load().documents["guides/evaluation-process.md"]
    (small_corpus / "evaluation-process.md").write_bytes(PNG)
    report = ingest([small_corpus], index, embedder, settings)
    assert [f.source for f in report.errors] == ["guides/evaluation-process.md"]
    after = Library(settings.index.library_path()).load().documents["guides/evaluation-process.md"]
    assert after == before and set(before.chunk_ids) <= set(index.ids_by_source()["guides/evaluation-process.md"])
