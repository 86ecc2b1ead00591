"""Killing an ingest mid-way leaves the index consistent and queryable; the next one finishes.

The ingest runs as a real subprocess (`python -m cli ingest`) and is SIGKILLed
while it is embedding, after it has already stored some new chunks."""

import os
import re
import signal
import subprocess
import sys
import threading
import time

from assistant import build_assistant
from assistant.factory import open_index
from assistant.library import Library
from ingest.apply import stored_ids
from ingest.pipeline import ingest
from tests.conftest import ROOT, make_settings
from tests.test_ingest import CountingEmbedder

NEW_PARAGRAPHS = 260


def _grow(path):
    """Append enough new text that embedding it takes a while (several batches)."""
    extra = "\n\n".join(
        f"## Update {i}\nCrash marker {i}: the school district reviewed item {i} of the family's IEP request "
        f"and will reply within {i % 30 + 10} school days. " + "The team notes progress on every goal. " * 22
        for i in range(NEW_PARAGRAPHS)
    )
    path.write_text(path.read_text() + "\n\n" + extra)


def _kill_while_embedding(args, env, timeout=240):
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "ingest", *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    seen = bytearray()

    def pump() -> None:
        for piece in iter(lambda: proc.stderr.read1(256), b""):
            seen.extend(piece)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        counts = [tuple(map(int, m)) for m in re.findall(rb"(\d+)/(\d+) \[", bytes(seen))]
        if any(0 < done < total for done, total in counts):
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return bytes(seen).decode(errors="replace")
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    raise AssertionError(f"the ingest was not caught mid-embedding: {bytes(seen)[-500:]!r}")


def test_sigkill_during_embedding_keeps_the_old_index_and_the_next_ingest_completes(tmp_path, embedder, small_corpus):
    settings = make_settings(tmp_path)
    index = open_index(settings, embedder=embedder, create=True)
    ingest([small_corpus], index, embedder, settings)
    library = Library(settings.index.library_path())
    before = library.path.read_bytes()
    committed = library.load().ids()

    _grow(small_corpus / "what-is-an-iep.md")
    (small_corpus / "brand-new.md").write_text("# A new guide\n\nCrash marker new: a guide that was being added.\n")
    env = {**os.environ, "IEP_GUIDE_INDEX_DIR": str(settings.index.index_dir)}
    _kill_while_embedding([str(small_corpus)], env)

    # The killed run stored chunks, but readers see exactly the old library.
    assert library.path.read_bytes() == before
    index = open_index(settings, embedder=embedder)
    physical = stored_ids(index)
    assert committed < physical, "the kill should have landed after some chunks were stored"
    view = index.committed(library, settings.index.bm25_path())
    visible = {c.id for c in view.chunks()}
    assert visible == set(committed)
    assert not any("Crash marker" in c.text for c in view.chunks())
    assert set(view.keywords().ids) == set(committed)
    assistant = build_assistant(settings, embedder=embedder, client=index.client)
    for question in ("What is an IEP?", "Crash marker 7: the school district reviewed item 7"):
        answer = assistant.ask(question)
        assert all(c.chunk_id in committed for c in answer.citations)
        assert "Crash marker" not in answer.text
    assert assistant.ask("What is an IEP?").citations

    # The next ingest finishes the job, reusing what the killed one had embedded.
    counting = CountingEmbedder(embedder)
    report = ingest([small_corpus], index, counting, settings)
    assert not report.errors and report.added > report.embedded
    assert counting.embedded == report.embedded + report.sentences  # passages, then their sentences
    final = library.load().ids()
    assert stored_ids(index) == set(final)
    assert set(index.committed(library, settings.index.bm25_path()).keywords().ids) == set(final)
    answer = build_assistant(settings, embedder=embedder, client=index.client).ask(
        "When will the school district reply about item 7 of the family's IEP request?"
    )
    assert any("Crash marker" in c.quote or c.source.endswith("what-is-an-iep.md") for c in answer.citations)
