"""Document identity: `<source>/<path inside the source's folder>`, against a real index on disk.

Ingesting a folder adds and updates the documents of its source only; documents are removed only
by an explicit prune of that source's folder, never because another folder was ingested."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from assistant.library import Library
from ingest.pipeline import change_sources, ingest
from ingest.roots import SourceError
from tests.conftest import CORPUS, ROOT, copy_articles, make_settings
from tests.test_ingest import _setup

pytestmark = pytest.mark.integration  # runs the iep-guide command or the model's backends as processes

ARTICLES = ("what-is-an-iep.md", "iep-vs-504-plan.md", "evaluation-process.md")


def _sources(settings):
    return {d.source for d in Library(settings.index.library_path()).documents()}


def _cli(*args, env):
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        timeout=300,
    )


@pytest.fixture
def corpus_copy(tmp_path):
    (tmp_path / "site").mkdir()
    return copy_articles(tmp_path / "site" / "corpus", ARTICLES)


def test_another_folder_called_corpus_is_refused_and_removes_nothing(tmp_path, embedder, corpus_copy):
    _, counting, index = _setup(tmp_path, embedder)
    settings = make_settings(tmp_path, corpus_dir=corpus_copy)
    ingest([corpus_copy], index, counting, settings, prune=True)
    before = Library(settings.index.library_path()).path.read_bytes()
    assert _sources(settings) == {f"corpus/{n}" for n in ARTICLES}

    (tmp_path / "other").mkdir()
    impostor = copy_articles(tmp_path / "other" / "corpus", ARTICLES[:1])
    for prune in (False, True):
        with pytest.raises(SourceError, match="sources add NAME"):
            ingest([impostor], index, counting, settings, prune=prune)
    assert Library(settings.index.library_path()).path.read_bytes() == before

    env = {"IEP_GUIDE_INDEX_DIR": str(settings.index.index_dir), "IEP_GUIDE_CORPUS_DIR": str(corpus_copy)}
    result = _cli("ingest", "--quiet", str(impostor), env=env)
    assert result.returncode == 2 and "iep-guide sources add NAME" in result.stderr
    assert "Traceback" not in result.stderr
    assert Library(settings.index.library_path()).path.read_bytes() == before


def test_declared_source_names_documents_by_their_path_inside_it(tmp_path, embedder, corpus_copy):
    settings = make_settings(tmp_path, corpus_dir=corpus_copy)
    _, counting, index = _setup(tmp_path, embedder)
    ingest([corpus_copy], index, counting, settings)
    district = tmp_path / "shares" / "district-2026"
    (district / "policies").mkdir(parents=True)
    shutil.copy(CORPUS / "iep-team-members.md", district / "policies" / "meetings.md")
    shutil.copy(CORPUS / "transition-planning.md", district / "transition.md")
    change_sources(lambda s: s.add("district", district), index, settings)

    sub = ingest([district / "policies"], index, counting, settings)  # a subfolder: named from the root
    assert [f.source for f in sub.files] == ["district/policies/meetings.md"]
    ingest([district], index, counting, settings)
    assert _sources(settings) == {f"corpus/{n}" for n in ARTICLES} | {"district/policies/meetings.md", "district/transition.md"}
    stored = Library(settings.index.library_path()).load().sources
    assert stored == {"district": {"root": str(district.resolve()), "kind": "declared"}}

    # A declared name keeps its folder until the source is removed.
    with pytest.raises(SourceError, match="already has the folder"):
        change_sources(lambda s: s.add("district", corpus_copy.parent), index, settings)


def test_removal_only_with_prune_and_only_inside_the_folder_given(tmp_path, embedder, corpus_copy):
    settings = make_settings(tmp_path, corpus_dir=corpus_copy)
    _, counting, index = _setup(tmp_path, embedder)
    (corpus_copy / "state").mkdir()
    shutil.copy(CORPUS / "iep-team-members.md", corpus_copy / "state" / "meetings.md")
    ingest([corpus_copy], index, counting, settings)
    (corpus_copy / "what-is-an-iep.md").unlink()
    (corpus_copy / "state" / "meetings.md").unlink()
    (corpus_copy / "state" / "other.md").write_text("# Other\n\nA state guide about due process hearings for parents.\n")

    report = ingest([corpus_copy / "state"], index, counting, settings, prune=True)
    statuses = {f.source: f.status for f in report.files}
    assert statuses == {"corpus/state/meetings.md": "removed", "corpus/state/other.md": "added"}
    assert "corpus/what-is-an-iep.md" in _sources(settings)  # outside the folder given: untouched

    dry = ingest([corpus_copy], index, counting, settings, prune=True, dry_run=True)
    assert [f.source for f in dry.files if f.status == "removed"] == ["corpus/what-is-an-iep.md"]
    assert "corpus/what-is-an-iep.md" in _sources(settings)
    ingest([corpus_copy], index, counting, settings, prune=True)
    assert "corpus/what-is-an-iep.md" not in _sources(settings)


def test_prune_of_an_empty_folder_keeps_everything(tmp_path, embedder, corpus_copy):
    settings = make_settings(tmp_path, corpus_dir=corpus_copy)
    _, counting, index = _setup(tmp_path, embedder)
    ingest([corpus_copy], index, counting, settings)
    for path in corpus_copy.iterdir():  # an unmounted share looks like this
        path.unlink()
    report = ingest([corpus_copy], index, counting, settings, prune=True)
    assert report.removed == 0 and report.errors and "is the folder mounted" in report.errors[0].message
    assert _sources(settings) == {f"corpus/{n}" for n in ARTICLES}


def test_cli_ingest_without_paths_keeps_the_corpus_in_step_and_lists_sources(tmp_path, corpus_copy):
    env = {"IEP_GUIDE_INDEX_DIR": str(tmp_path / "idx"), "IEP_GUIDE_CORPUS_DIR": str(corpus_copy)}
    first = _cli("ingest", "--quiet", env=env)
    assert first.returncode == 0, first.stderr
    (corpus_copy / "evaluation-process.md").unlink()
    again = _cli("ingest", "--quiet", env=env)  # the whole corpus source, so deletions are pruned
    assert again.returncode == 0, again.stderr
    assert "removed   corpus/evaluation-process.md" in again.stdout

    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    bad = _cli("ingest", "--quiet", str(loop), env=env)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "loop" in bad.stderr.lower() and str(loop) in bad.stderr

    listing = _cli("sources", "list", "--json", env=env)
    assert listing.returncode == 0, listing.stderr
    rows = {r["name"]: r for r in json.loads(listing.stdout)}
    assert rows["corpus"]["documents"] == 2 and rows["corpus"]["root"] == str(corpus_copy.resolve())
    assert rows["uploads"]["kind"] == "built-in"
