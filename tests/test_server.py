"""Server mode: a real `chroma run` on 127.0.0.1, the same ingest and ask code, then stopped."""

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from assistant import IndexUnavailableError, Settings, build_assistant
from assistant.bm25 import BM25Index
from assistant.factory import open_index
from assistant.remote import ChromaServer, free_port
from ingest.pipeline import ingest
from tests.checks import assert_valid_citations
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with ChromaServer(tmp_path_factory.mktemp("chroma") / "data") as running:
        yield running
    assert not running.alive(), "the server is stopped after the tests"


@pytest.fixture(scope="module")
def server_settings(server, tmp_path_factory):
    return server.settings(index_dir=tmp_path_factory.mktemp("local"), corpus_dir=CORPUS)


def test_ingest_and_ask_through_the_server(server_settings, embedder, small_corpus):
    index = open_index(server_settings, embedder=embedder, create=True)
    report = ingest([small_corpus], index, embedder, server_settings)
    assert report.added > 0 and report.sentences > 0 and not report.errors
    assert not (server_settings.index.index_dir / "chroma.sqlite3").exists(), "nothing is stored on disk locally"
    assert index.sentences.count() > 0, "sentence vectors live in the server"

    assistant = build_assistant(server_settings, embedder=embedder)  # its own HTTP client
    answer = assistant.ask("What is the difference between an IEP and a 504 plan?")
    assert not answer.abstained
    assert_valid_citations(answer, index)
    assert all(c.source.startswith("guides/") for c in answer.citations)

    again = ingest([small_corpus], index, embedder, server_settings)
    assert (again.added, again.removed, again.sentences) == (0, 0, 0)


def test_keyword_index_is_kept_per_index_version(server_settings, embedder):
    index = open_index(server_settings, embedder=embedder)
    saved = BM25Index.load(server_settings.index.bm25_path(), index.version())
    assert saved is not None and len(saved) == index.count(), "app processes load it instead of every chunk"


def test_cli_uses_the_server_when_the_host_is_set(server, server_settings):
    env = {**os.environ, "IEP_GUIDE_CHROMA_HOST": server.host, "IEP_GUIDE_CHROMA_PORT": str(server.port)}
    result = subprocess.run(
        [sys.executable, "-m", "cli", "ask", "--json", "--index", str(server_settings.index.index_dir), "What is an IEP?"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert not data["abstained"] and data["citations"]


def test_unreachable_server_is_a_clear_error(tmp_path, embedder):
    settings = Settings(
        index_dir=tmp_path,
        chroma_host="127.0.0.1",
        chroma_port=free_port(),
        chroma_connect_timeout=1.0,
        chroma_retry_interval=0.2,
    )
    started = time.monotonic()
    with pytest.raises(IndexUnavailableError, match=r"Could not reach the Chroma server .* chroma run"):
        build_assistant(settings, embedder=embedder)
    assert time.monotonic() - started < 30


def test_server_that_starts_late_is_waited_for(tmp_path, embedder):
    server = ChromaServer(tmp_path / "late")
    settings = server.settings(index_dir=tmp_path / "local", chroma_connect_timeout=60)
    late = threading.Timer(1.0, server.start)
    late.start()
    try:
        index = open_index(settings, embedder=embedder, create=True)
        assert index.count() == 0
    finally:
        late.join(60)  # its start() has seen the server answer too, before the server is stopped
        server.stop()
