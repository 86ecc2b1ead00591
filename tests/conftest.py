"""Shared fixtures: the real bundled embedding model and real Chroma indexes on disk."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
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


class Background:
    """An `iep-guide` command run as a process of its own, at a lower priority than the tests
    (`nice`: it takes the core they leave idle), with its output in files in `folder` (so a long
    summary cannot fill a pipe and stall it)."""

    def __init__(self, folder: Path, *args: str) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.out, self.err = folder / "stdout.txt", folder / "stderr.txt"
        self.args = ["nice", "-n", "19", *_cli_args(*args)]
        with self.out.open("w") as out, self.err.open("w") as err:
            self.process = subprocess.Popen(self.args, stdout=out, stderr=err, cwd=ROOT, env=dict(os.environ))

    def result(self, timeout: float = 3600) -> subprocess.CompletedProcess:
        code = self.process.wait(timeout=timeout)
        return subprocess.CompletedProcess(self.args, code, self.out.read_text(), self.err.read_text())

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def _realdocs_ingest(folder: Path) -> Background:
    """Every realdocs file ingested by the real command into a new index, `folder`/index."""
    return Background(folder, "ingest", str(REALDOCS), "--index", str(folder / "index"), "--collection", "realdocs", "--quiet")


def _iep_eval(folder: Path) -> Background:
    """The whole IEP eval (evals/iep.py), each document in one format, its report in `folder`/report.json."""
    return Background(folder, "iep-eval", "--one-format-each", "--json", str(folder / "report.json"))


# The long commands a run starts as soon as it is collected, by the session fixture that waits on
# each, with what each needs on this machine (the realdocs folder beside the checkout).
_BACKGROUND: dict[str, tuple[Callable[[Path], Background], Callable[[], bool]]] = {
    "realdocs": (_realdocs_ingest, REALDOCS.is_dir),
    "iep_eval_report": (_iep_eval, lambda: True),
}
_STARTED = pytest.StashKey[dict[str, Background]]()


def pytest_collection_finish(session):
    """The realdocs index (about four and a half minutes on two cores) and the whole IEP eval (about
    five) start now, each in a process of its own, when the run includes a test that needs it: they
    take the core the other tests leave idle much of the time, and the tests that need them run last
    (`pytest_collection_modifyitems`), instead of holding up the first of those tests."""
    config = session.config
    started: dict[str, Background] = {}
    config.stash[_STARTED] = started
    if config.option.collectonly:
        return
    wanted = set().union(*(getattr(item, "fixturenames", ()) for item in session.items))
    for name, (start, available) in _BACKGROUND.items():
        if name in wanted and available():
            started[name] = start(Path(tempfile.mkdtemp(prefix=f"iep-guide-{name}-")))


def pytest_sessionfinish(session):
    for started in session.config.stash.get(_STARTED, {}).values():
        started.stop()
        shutil.rmtree(started.folder, ignore_errors=True)


def _background(request, tmp_path_factory, name: str) -> Background:
    """The command for fixture `name`, started at collection, or now for a test picked another way."""
    started = request.config.stash.get(_STARTED, {})
    start, _ = _BACKGROUND[name]
    return started.get(name) or start(tmp_path_factory.mktemp(name))


@pytest.fixture(scope="session")
def realdocs(request, tmp_path_factory):
    """Every realdocs file ingested once, by the real command, into a separate index (started as
    soon as the run was collected: `pytest_collection_finish`)."""
    if not REALDOCS.is_dir():
        pytest.skip("../shared/realdocs is not present")
    started = _background(request, tmp_path_factory, "realdocs")
    result = started.result()
    settings = Settings(index_dir=started.folder / "index", collection="realdocs")
    return settings, result


@pytest.fixture(scope="session")
def iep_eval_report(request, tmp_path_factory):
    """The report of `iep-guide iep-eval --one-format-each --json`, which finished without an error
    (started as soon as the run was collected: `pytest_collection_finish`)."""
    started = _background(request, tmp_path_factory, "iep_eval_report")
    result = started.result()
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads((started.folder / "report.json").read_text())


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
    # The tests that wait on a command started at collection (`_BACKGROUND`) run last, in their own
    # order: the command has the whole run to finish in the core the other tests leave idle.
    items.sort(key=lambda item: bool(_BACKGROUND.keys() & set(getattr(item, "fixturenames", ()))))
