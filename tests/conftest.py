"""Shared fixtures: the real bundled embedding model and real Chroma indexes on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from assistant import Settings, build_assistant
from assistant.embeddings import load_embedder
from assistant.factory import open_index
from ingest.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REALDOCS = ROOT.parent / "shared" / "realdocs"


def make_settings(tmp: Path, **overrides) -> Settings:
    values = {"index_dir": tmp / "index", "corpus_dir": CORPUS}
    values.update(overrides)
    return Settings(**values)


def copy_articles(folder: Path, names) -> Path:
    """A new folder holding copies of the named corpus articles."""
    folder.mkdir()
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def embedder():
    return load_embedder(Settings().index)


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory) -> Settings:
    """Settings pointing at a real index built once from corpus/ for the whole session."""
    return make_settings(tmp_path_factory.mktemp("corpus-index"))


@pytest.fixture(scope="session")
def corpus_index(corpus_settings, embedder):
    index = open_index(corpus_settings, embedder=embedder, create=True)
    report = ingest([CORPUS], index, embedder, corpus_settings)
    assert not report.errors, report.errors
    return index


@pytest.fixture(scope="session")
def assistant(corpus_settings, corpus_index, embedder):
    return build_assistant(corpus_settings, embedder=embedder, client=corpus_index.client)


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """A private copy of a few real articles that a test may edit or delete."""
    return copy_articles(tmp_path / "guides", ("what-is-an-iep.md", "iep-vs-504-plan.md", "evaluation-process.md"))


def _cli_args(*args: str) -> list[str]:
    """The `iep-guide` command line for `args`, run by this interpreter from the repository."""
    return [sys.executable, "-m", "cli", *args]


def _cli(*args, timeout=3600):
    return subprocess.run(_cli_args(*args), capture_output=True, text=True, cwd=ROOT, env=dict(os.environ), timeout=timeout)


class RealdocsIngest:
    """`iep-guide ingest` of every realdocs file into a new index, run as a process of its own
    (its output in files beside the index, so a long summary cannot fill a pipe and stall it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.out, self.err = folder.with_name(folder.name + ".out"), folder.with_name(folder.name + ".err")
        self.args = _cli_args("ingest", str(REALDOCS), "--index", str(folder), "--collection", "realdocs", "--quiet")
        with self.out.open("w") as out, self.err.open("w") as err:
            self.process = subprocess.Popen(self.args, stdout=out, stderr=err, cwd=ROOT, env=dict(os.environ))

    def result(self, timeout: float = 3600) -> subprocess.CompletedProcess:
        code = self.process.wait(timeout=timeout)
        return subprocess.CompletedProcess(self.args, code, self.out.read_text(), self.err.read_text())

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


_REALDOCS_FIXTURES = {"realdocs", "realdocs_assistant"}
_REALDOCS_INGEST = pytest.StashKey[RealdocsIngest]()


def pytest_collection_finish(session):
    """When the run includes realdocs tests, their index starts building now, in a process of its
    own: the ingest (about four and a half minutes on two cores) overlaps the tests before them,
    which leave a core idle much of the time, instead of holding up the first of them."""
    config = session.config
    if config.option.collectonly or not REALDOCS.is_dir():
        return
    if any(_REALDOCS_FIXTURES & set(getattr(item, "fixturenames", ())) for item in session.items):
        folder = Path(tempfile.mkdtemp(prefix="iep-guide-realdocs-")) / "index"
        config.stash[_REALDOCS_INGEST] = RealdocsIngest(folder)


def pytest_sessionfinish(session):
    started = session.config.stash.get(_REALDOCS_INGEST, None)
    if started is not None:
        started.stop()
        shutil.rmtree(started.folder.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def realdocs(request, tmp_path_factory):
    """Every realdocs file ingested once, by the real command, into a separate index (started as
    soon as the run was collected: `pytest_collection_finish`)."""
    if not REALDOCS.is_dir():
        pytest.skip("../shared/realdocs is not present")
    started = request.config.stash.get(_REALDOCS_INGEST, None) or RealdocsIngest(tmp_path_factory.mktemp("realdocs") / "index")
    result = started.result()
    settings = Settings(index_dir=started.folder, collection="realdocs")
    return settings, result


@pytest.fixture(scope="session")
def realdocs_assistant(realdocs, embedder):
    settings, result = realdocs
    assert result.returncode == 0, result.stderr
    return build_assistant(settings, embedder=embedder)


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL cluster for this test session (skipped, saying why, without the server)."""
    from tests.pg import throwaway_cluster, why_not

    reason = why_not()
    if reason:
        pytest.skip(reason)
    with throwaway_cluster() as url:
        yield url
    from assistant.database import close_all

    close_all()


@pytest.fixture
def postgres_url(postgres_cluster):
    """The URL of a new, empty database in the session's PostgreSQL cluster."""
    import uuid

    from assistant.database import close_all
    from tests.pg import fresh_database

    yield fresh_database(postgres_cluster, f"t_{uuid.uuid4().hex[:12]}")
    close_all()


# The real model and what is built with it (indexes, assistants) make a test part of the
# integration tier; so do the Streamlit app run by AppTest, the `iep-guide` command run as a
# process, and the model's backends, in the modules that use them directly.
_INTEGRATION_FIXTURES = {"embedder"}
_INTEGRATION_MARKERS = {"browser", "llm", "server", "eval", "postgres"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        heavy_marker = any(item.get_closest_marker(name) for name in _INTEGRATION_MARKERS)
        if heavy_marker or _INTEGRATION_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.integration)
