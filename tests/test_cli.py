"""The `iep-guide` command line, run as a real subprocess against a real index."""

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.integration  # runs the iep-guide command or the model's backends as processes

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_cli(*args, env_extra=None):
    # a crash in a native library prints its Python stack to stderr, which a failing assert shows
    env = {**os.environ, "PYTHONFAULTHANDLER": "1", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def cli_index(corpus_settings, corpus_index):
    return str(corpus_settings.index.index_dir)


def test_ask_json_contract(cli_index):
    result = run_cli("ask", "--json", "--index", cli_index, "What is an IEP?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"answer", "abstained", "citations", "timings_ms"}
    assert data["abstained"] is False and data["answer"]
    assert (data["answerer"], data["unsupported"], data["notice"]) == ("extractive", 0, "")
    assert data["citations"]
    for c in data["citations"]:
        assert set(c) >= {"n", "title", "section", "source", "chunk_id", "quote", "score"}
        assert isinstance(c["n"], int) and isinstance(c["score"], float)
        assert f"[{c['n']}]" in data["answer"]
    assert all(isinstance(v, (int, float)) for v in data["timings_ms"].values())


def test_ask_json_abstains_out_of_scope(cli_index):
    result = run_cli("ask", "--json", "--index", cli_index, "How do I bake bread?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["abstained"] is True and data["citations"] == []


def test_ask_text_lists_sources(cli_index):
    result = run_cli("ask", "--audience", "teacher", "--index", cli_index, "What is a 504 plan?")
    assert result.returncode == 0, result.stderr
    assert "Sources:" in result.stdout and "[1]" in result.stdout


def test_ask_with_an_unreachable_model_falls_back_with_a_notice(cli_index):
    from tests.llm_server import free_port

    env = {
        "IEP_GUIDE_LLM_BASE_URL": f"http://127.0.0.1:{free_port()}/v1",
        "IEP_GUIDE_LLM_MAX_RETRIES": "0",
        "IEP_GUIDE_LLM_API_KEY": "sk-do-not-print",
    }
    text = run_cli("ask", "--answerer", "openai", "--index", cli_index, "What is an IEP?", env_extra=env)
    assert text.returncode == 0, text.stderr
    assert "could not be reached" in text.stdout and "Sources:" in text.stdout
    data = json.loads(
        run_cli("ask", "--json", "--answerer", "openai", "--index", cli_index, "What is an IEP?", env_extra=env).stdout
    )
    assert data["answerer"] == "extractive" and "could not be reached" in data["notice"] and data["citations"]
    assert "sk-do-not-print" not in text.stdout + text.stderr


def test_ask_empty_question_fails_cleanly(cli_index):
    result = run_cli("ask", "--index", cli_index, "   ")
    assert result.returncode == 2
    assert "Please type a question" in result.stderr and "Traceback" not in result.stderr


def test_ask_without_index_says_how_to_build_it(tmp_path):
    result = run_cli("ask", "--index", str(tmp_path / "none"), "What is an IEP?")
    assert result.returncode == 2
    assert "iep-guide ingest" in result.stderr and "Traceback" not in result.stderr


def test_ingest_prints_summary_and_is_idempotent(tmp_path, small_corpus):
    index = str(tmp_path / "idx")
    first = run_cli("ingest", "--quiet", "--index", index, str(small_corpus))
    assert first.returncode == 0, first.stderr
    assert "added" in first.stdout and "chunks" in first.stdout
    second = run_cli("ingest", "--quiet", "--index", index, str(small_corpus))
    assert second.returncode == 0, second.stderr
    assert "added 0 chunks" in second.stdout and "removed 0" in second.stdout


def test_ingest_reports_bad_file_and_exits_nonzero(tmp_path, small_corpus):
    (small_corpus / "broken.md").write_bytes(b"\x00\x00binary")
    result = run_cli("ingest", "--quiet", "--index", str(tmp_path / "idx"), str(small_corpus))
    assert result.returncode == 1
    assert "broken.md" in result.stderr and "binary" in result.stderr
    assert "3 documents" in result.stdout


def test_ingest_per_file_summary_dry_run_and_library(tmp_path, small_corpus):
    from tests.fixtures import write_pdf

    write_pdf(
        small_corpus / "liaison.pdf",
        [
            ["A parent liaison can attend IEP meetings with families who ask for one."],
            ["Call the special education office to request the parent liaison."],
        ],
        title="Parent Liaison Program",
    )
    (small_corpus / "table.xlsx").write_bytes(b"PK\x03\x04")
    index = str(tmp_path / "idx")
    first = run_cli("ingest", "--quiet", "--index", index, "--collection", "district", str(small_corpus))
    assert first.returncode == 1  # the spreadsheet is refused, everything else is in
    assert "guides/table.xlsx: unsupported file type '.xlsx'" in first.stderr
    assert "  added     guides/liaison.pdf (pdf, 2 pages): 2 chunks" in first.stdout
    assert "4 documents: added" in first.stdout

    (small_corpus / "table.xlsx").unlink()
    (small_corpus / "evaluation-process.md").unlink()
    dry = run_cli("ingest", "--dry-run", "--prune", "--index", index, "--collection", "district", str(small_corpus))
    assert dry.returncode == 0, dry.stderr
    assert "  unchanged guides/liaison.pdf (pdf, 2 pages): 2 chunks" in dry.stdout
    assert "would be removed guides/evaluation-process.md (would remove" in dry.stdout

    listing = run_cli("library", "--index", index, "--collection", "district", "--json")
    assert listing.returncode == 0, listing.stderr
    docs = {d["source"]: d for d in json.loads(listing.stdout)}
    assert len(docs) == 4 and docs["guides/liaison.pdf"]["pages"] == 2 and docs["guides/liaison.pdf"]["chunks"] == 2
    assert docs["guides/liaison.pdf"]["title"] == "Parent Liaison Program"

    removed = run_cli("library", "--index", index, "--collection", "district", "--remove", "guides/liaison.pdf")
    assert removed.returncode == 0, removed.stderr
    assert "removed   guides/liaison.pdf (removed 2 chunks)" in removed.stdout
    table = run_cli("library", "--index", index, "--collection", "district")
    assert "guides/liaison.pdf" not in table.stdout and "3 documents" in table.stdout
