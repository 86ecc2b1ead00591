"""A non-editable install works outside the source tree: the `iep-guide` command runs from any
folder, default folders are the working directory's, and the data files that ship with the
packages (eval cases and bounds, the database migrations) are found in the installed copy."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.server  # slow: a pip install, then several fresh processes

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import json, sys
from pathlib import Path
import assistant, evals
from assistant.config import Settings
from assistant.database import database_for
from evals.cases import load_cases
from evals.launch import load_gate

target = Path(sys.argv[1]).resolve()
s = Settings()
db = database_for(s)
db.ready()
print(json.dumps({
    "assistant": assistant.__file__, "evals": evals.__file__,
    "eval_set": str(s.evals.eval_set), "cases": len(load_cases(s.evals.eval_set)),
    "bounds": bool(load_gate(s.evals.eval_thresholds)), "revision": db.revision(),
    "database": str(s.feedback_path()), "reports": str(s.evals.reports_dir),
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The project installed (not editable) into a folder of its own, without its dependencies."""
    source = tmp_path_factory.mktemp("source") / "iep-guide"  # a copy, so the build leaves nothing in the checkout
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            ".index",
            ".bench",
            "build",
            "*.egg-info",
            "__pycache__",
            "reports",
            "uploads",
            "test-artifacts",
            "node_modules",
            ".hypothesis",
            ".*_cache",
        ),
    )
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-compile",
            "--target",
            str(target),
            str(source),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return target


@pytest.fixture
def workdir(tmp_path):
    """A folder that is not the source tree, with a small corpus of its own."""
    (tmp_path / "corpus").mkdir()
    shutil.copy(ROOT / "corpus" / "annual-goals.md", tmp_path / "corpus")
    return tmp_path


def _run(installed: Path, workdir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IEP_GUIDE_")}
    env["PYTHONPATH"] = str(installed)  # the installed copy only, never the checkout
    return subprocess.run(args, cwd=workdir, env=env, capture_output=True, text=True, timeout=300)


def test_the_command_runs_from_another_folder(installed, workdir):
    command = str(installed / "bin" / "iep-guide")
    assert "ingest" in _run(installed, workdir, sys.executable, command, "--help").stdout
    shown = _run(installed, workdir, sys.executable, "-m", "cli", "eval", "--help")
    assert shown.returncode == 0 and "--check" in shown.stdout, shown.stderr
    listed = _run(installed, workdir, sys.executable, command, "sources", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    corpus = next(s for s in json.loads(listed.stdout) if s["name"] == "corpus")
    assert corpus["root"] == str((workdir / "corpus").resolve())


def test_installed_copy_finds_its_eval_cases_and_migrations(installed, workdir):
    done = _run(installed, workdir, sys.executable, "-c", CHECK, str(installed))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["assistant"]).is_relative_to(installed) and Path(found["evals"]).is_relative_to(installed)
    assert Path(found["eval_set"]) == installed / "evals" / "cases.jsonl" and found["cases"] > 50 and found["bounds"]
    assert found["revision"], "the migrations ran from the installed copy"
    here = workdir.resolve()
    assert found["database"] == str(here / ".index" / "feedback.sqlite3") and found["reports"] == str(here / "reports")
