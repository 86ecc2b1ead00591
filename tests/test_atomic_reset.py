"""`ingest --reset` builds a new collection beside the live one and switches only when complete.

The reset runs as a real subprocess and is SIGKILLed while it embeds passages, then while it
embeds sentences; the old index must keep answering every time, and the next ingest drops the
half-built collection. A finished reset switches a running reader to the new collection."""

import os
import re
import signal
import subprocess
import sys
import threading
import time

import pytest

from assistant import build_assistant
from assistant.factory import open_index
from assistant.library import Library
from assistant.store import is_generation_of
from ingest.pipeline import ingest
from tests.conftest import ROOT, make_settings
from tests.test_crash_safety import _grow


def _kill_during(label: str, args, env, timeout=300) -> str:
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "ingest", *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    seen = bytearray()
    threading.Thread(target=lambda: [seen.extend(p) for p in iter(lambda: proc.stderr.read1(256), b"")], daemon=True).start()
    pattern = re.compile(label.encode() + rb":\s+\d+%\|[^|]*\|\s*(\d+)/(\d+) \[")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if any(0 < int(d) < int(t) for d, t in pattern.findall(bytes(seen))):
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return bytes(seen).decode(errors="replace")
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    pytest.fail(f"the reset was not caught during {label}: {bytes(seen)[-400:]!r}")


def _generations(index):
    return sorted(c.name for c in index.client.list_collections() if is_generation_of(c.name, index.logical))


def test_killed_reset_leaves_the_old_index_answering_and_a_finished_one_switches(tmp_path, embedder, small_corpus):
    settings = make_settings(tmp_path)
    index = open_index(settings, embedder=embedder, create=True)
    ingest([small_corpus], index, embedder, settings)
    library = Library(settings.index.library_path())
    before = library.path.read_bytes()
    live = library.load()
    reader = build_assistant(settings, embedder=embedder, client=index.client)  # a running app
    assert reader.ask("What is an IEP?").citations

    _grow(small_corpus / "what-is-an-iep.md")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IEP_GUIDE_INDEX_DIR": str(settings.index.index_dir)}
    for label in ("Embedding", "Sentences"):
        _kill_during(label, ["--reset", str(small_corpus)], env)
        assert library.path.read_bytes() == before, f"a reset killed during {label} committed something"
        assert len(_generations(index)) == 2, "the half-built collection sits beside the live one"
        for assistant in (reader, build_assistant(settings, embedder=embedder)):
            answer = assistant.ask("What is the difference between an IEP and a 504 plan?")
            assert answer.citations and all(c.chunk_id in live.ids() for c in answer.citations)
            assert "Crash marker" not in answer.text

    report = ingest([small_corpus], open_index(settings, embedder=embedder, create=True), embedder, settings)
    assert not report.errors
    index = open_index(settings, embedder=embedder)
    assert _generations(index) == [index.name], "the next ingest dropped the half-built collection"

    old_name = index.name
    report = ingest([small_corpus], index, embedder, settings, reset=True)
    assert not report.errors and report.added > 0
    committed = library.load()
    assert committed.collection and committed.collection != old_name
    assert _generations(index) == [committed.collection], "the old collection is gone after the switch"
    assert index.count() == len(committed.ids())
    answer = reader.ask("When will the school district reply about item 7 of the family's IEP request?")
    assert answer.citations and all(c.chunk_id in committed.ids() for c in answer.citations)
    assert reader.ask("What is the difference between an IEP and a 504 plan?").citations


def test_reset_from_a_path_with_no_documents_keeps_the_index(tmp_path, embedder, small_corpus):
    settings = make_settings(tmp_path)
    index = open_index(settings, embedder=embedder, create=True)
    ingest([small_corpus], index, embedder, settings)
    library = Library(settings.index.library_path())
    before = library.path.read_bytes()
    report = ingest([tmp_path / "no-such-folder"], index, embedder, settings, reset=True)
    assert any("index was not rebuilt" in f.message for f in report.errors)
    assert library.path.read_bytes() == before and report.removed == 0
    assert _generations(index) == [index.name]
    assert build_assistant(settings, embedder=embedder, client=index.client).ask("What is an IEP?").citations
