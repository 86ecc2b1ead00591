"""Several hosts sharing one real `chroma run` server: one library, one ingest lock, in the server.

Each "host" is a process with its own working directory and its own local index folder; only the
Chroma server is shared, as when app and ingest machines point IEP_GUIDE_CHROMA_HOST at it."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from assistant import IndexUnavailableError, build_assistant
from assistant.errors import ServerUnavailableError
from assistant.factory import open_index
from assistant.library import ServerLibrary
from assistant.remote import ChromaServer
from ingest.apply import stored_ids
from ingest.pipeline import ingest
from tests.conftest import CORPUS, ROOT, copy_articles

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with ChromaServer(tmp_path_factory.mktemp("shared-chroma") / "data") as running:
        yield running


def _host(tmp_path, name, server, articles):
    home = tmp_path / name
    home.mkdir()
    copy_articles(home / "corpus", articles)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "IEP_GUIDE_CHROMA_HOST": server.host,
        "IEP_GUIDE_CHROMA_PORT": str(server.port),
        "IEP_GUIDE_INDEX_DIR": str(home / ".index"),
        "IEP_GUIDE_CORPUS_DIR": str(home / "corpus"),
        "IEP_GUIDE_UPLOADS_DIR": str(home / "uploads"),
        "IEP_GUIDE_COLLECTION": f"shared_{tmp_path.name[-12:].strip('_-')}",
    }
    return home, env


def _cli(home, env, *args):
    result = subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True, cwd=home, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_no_change_reingest_on_one_host_never_deletes_another_hosts_document(tmp_path, server, embedder):
    a, env_a = _host(tmp_path, "host-a", server, ["what-is-an-iep.md", "iep-vs-504-plan.md"])
    b, env_b = _host(tmp_path, "host-b", server, ["what-is-an-iep.md", "iep-vs-504-plan.md"])
    _cli(a, env_a, "ingest", "--quiet")
    copy_articles(b / "district", ["extended-school-year.md"])
    out = _cli(b, env_b, "ingest", "--quiet", "district")  # relative to host B's working directory
    assert "added     district/extended-school-year.md" in out

    again = _cli(a, env_a, "ingest", "--quiet")  # host A knows nothing of B's folder
    assert "removed 0" in again and "district/" not in again
    listing = json.loads(_cli(a, env_a, "library", "--json"))
    assert {d["source"] for d in listing} == {
        "corpus/what-is-an-iep.md",
        "corpus/iep-vs-504-plan.md",
        "district/extended-school-year.md",
    }
    assert not (a / ".index" / "library").exists(), "the library lives in the server, not on a host"

    settings = server.settings(index_dir=a / ".index", collection=env_a["IEP_GUIDE_COLLECTION"], corpus_dir=a / "corpus")
    index = open_index(settings, embedder=embedder)
    library = ServerLibrary(index.client, settings.index.collection)
    b_ids = set(library.load().documents["district/extended-school-year.md"].chunk_ids)
    assert b_ids and b_ids <= stored_ids(index), "host B's passages are still stored"
    answer = build_assistant(settings, embedder=embedder).ask("What is extended school year and who gets it?")
    assert any(c.source == "district/extended-school-year.md" for c in answer.citations)

    # A folder on host A with the name of host B's ad-hoc source is a different folder: refused.
    copy_articles(a / "district", ["fape.md"])
    refused = subprocess.run(
        [sys.executable, "-m", "cli", "ingest", "--quiet", "district"],
        capture_output=True,
        text=True,
        cwd=a,
        env=env_a,
        timeout=300,
    )
    assert refused.returncode == 2 and "sources add NAME" in refused.stderr


_HOLDER = """
import sys, time
from assistant.remote import ChromaServer
from assistant.store import make_client
from assistant.library import ServerLibrary
server = ChromaServer(__import__("pathlib").Path("unused"), host=sys.argv[1], port=int(sys.argv[2]))
client = make_client(server.settings())
with ServerLibrary(client, sys.argv[3], lease_seconds=float(sys.argv[4])).writing():
    print("held", flush=True)
    time.sleep(600)
"""


def test_ingest_lock_is_shared_and_its_lease_outlives_a_killed_holder_only_briefly(tmp_path, server, embedder, small_corpus):
    settings = server.settings(index_dir=tmp_path / "local", collection="lease_test", corpus_dir=CORPUS)
    lease = 4.0
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, server.host, str(server.port), settings.index.collection, str(lease)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        index = open_index(settings, embedder=embedder, create=True)
        time.sleep(lease)  # the living holder renews its lease: still refused after the first lease
        with pytest.raises(IndexUnavailableError, match="Another ingest .* is updating this index"):
            ingest([small_corpus], index, embedder, settings)
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        killed_at = time.monotonic()
        with pytest.raises(IndexUnavailableError, match="Another ingest"):
            ingest([small_corpus], index, embedder, settings)
        time.sleep(max(0.0, lease + 0.5 - (time.monotonic() - killed_at)))
        report = ingest([small_corpus], index, embedder, settings)  # the dead holder's lease ran out
        assert report.added > 0 and not report.errors
        assert "lease_test_ingest-lock" not in [c.name for c in index.client.list_collections()]
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def _ask_subprocess(settings_env, cwd):
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "cli", "ask", "What is an IEP?"],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=settings_env,
        timeout=120,
    )
    return result, time.monotonic() - started


def test_frozen_or_stopped_server_gives_a_prompt_message_naming_it(tmp_path, embedder):
    chroma = ChromaServer(tmp_path / "data").start()
    try:
        settings = chroma.settings(
            index_dir=tmp_path / "local", corpus_dir=CORPUS, chroma_request_timeout=3.0, chroma_connect_timeout=2.0
        )
        small = copy_articles(tmp_path / "guides", ["what-is-an-iep.md"])
        index = open_index(settings, embedder=embedder, create=True)
        ingest([small], index, embedder, settings)
        assistant = build_assistant(settings, embedder=embedder)
        assert assistant.ask("What is an IEP?").citations

        os.kill(chroma.process.pid, signal.SIGSTOP)  # frozen: accepts connections, never answers
        try:
            started = time.monotonic()
            with pytest.raises(ServerUnavailableError) as caught:
                assistant.ask("What must an IEP include?")
            assert time.monotonic() - started < 15
            message = str(caught.value)
            assert f"{chroma.host}:{chroma.port}" in message and "--reset" not in message

            env = {
                **os.environ,
                "PYTHONPATH": str(ROOT),
                "IEP_GUIDE_CHROMA_HOST": chroma.host,
                "IEP_GUIDE_CHROMA_PORT": str(chroma.port),
                "IEP_GUIDE_INDEX_DIR": str(tmp_path / "local"),
                "IEP_GUIDE_CHROMA_REQUEST_TIMEOUT": "3",
                "IEP_GUIDE_CHROMA_CONNECT_TIMEOUT": "2",
            }
            result, took = _ask_subprocess(env, tmp_path)
            assert result.returncode == 2 and took < 60, (took, result.stderr)
            assert f"{chroma.host}:{chroma.port}" in result.stderr and "--reset" not in result.stderr
            assert "Traceback" not in result.stderr
        finally:
            os.kill(chroma.process.pid, signal.SIGCONT)

        chroma.stop()  # stopped: not answering at all
        with pytest.raises(ServerUnavailableError) as caught:
            assistant.ask("What must an IEP include?")
        message = str(caught.value)
        assert "is not answering" in message and f"{chroma.host}:{chroma.port}" in message
        assert "--reset" not in message
        result, _ = _ask_subprocess(env, tmp_path)
        assert result.returncode == 2 and "--reset" not in result.stderr and "Traceback" not in result.stderr
        assert f"{chroma.host}:{chroma.port}" in result.stderr
    finally:
        chroma.stop()
