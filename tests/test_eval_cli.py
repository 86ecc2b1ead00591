"""`iep-guide eval` as a real subprocess against a real index."""

import json

import pytest

from tests.test_cli import run_cli

pytestmark = pytest.mark.integration  # runs the iep-guide command or the model's backends as processes

SMALL = [
    {
        "id": "iep",
        "question": "What is an IEP?",
        "audience": "family",
        "topic": "iep-basics",
        "expected_sources": ["corpus/what-is-an-iep.md"],
        "key_facts": [["written plan"]],
    },
    {
        "id": "teacher",
        "question": "Do I have the right to see my student's IEP?",
        "audience": "teacher",
        "topic": "teachers",
        "expected_sources": ["corpus/teachers-duty-to-implement-accommodations.md"],
        "key_facts": [["access"]],
    },
    {"id": "bread", "question": "How do I bake bread?", "audience": "family", "topic": "out-of-scope", "should_abstain": True},
]


@pytest.fixture
def small_set(tmp_path):
    path = tmp_path / "small.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in SMALL) + "\n")
    return path


@pytest.fixture(scope="module")
def cli_index(corpus_settings, corpus_index):
    return str(corpus_settings.index.index_dir)


def test_eval_prints_the_table_saves_reports_and_checks_thresholds(cli_index, small_set, tmp_path):
    strict = tmp_path / "strict.toml"
    strict.write_text("[min]\nmrr = 0.5\ncitation_recall = 1.01\n[beat_baseline]\nhit_at_k = -1.0\n")
    reports = tmp_path / "reports"
    result = run_cli(
        "eval",
        "--set",
        str(small_set),
        "--index",
        cli_index,
        "--report",
        str(reports),
        "--check",
        "--thresholds",
        str(strict),
        "--quiet",
        "--no-ablation",
    )
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "3 cases (2 answerable, 1 out of scope" in out
    assert "ours (rerank)" in out and "baseline (LangChain default)" in out
    assert "thresholds: 2 of 3 met" in out and "citation_recall = 1.000 (>= 1.010) FAILED" in out
    (json_path,) = reports.glob("eval-*-extractive.json")
    assert (reports / json_path.name.replace(".json", ".html")).exists()
    data = json.loads(json_path.read_text())
    assert [c["passed"] for c in data["checks"]] == [True, False, True]
    assert [c["id"] for c in data["cases"]] == ["iep", "teacher", "bread"]


def test_a_broken_eval_set_names_the_line_and_field(cli_index, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(SMALL[0]) + "\n" + '{"id": "x", "question": "", "audience": "kid"}\n')
    result = run_cli("eval", "--set", str(bad), "--index", cli_index, "--quiet")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "line 2, field 'question'" in result.stderr and "line 2, field 'audience'" in result.stderr


def test_bad_thresholds_and_filters_fail_before_any_work(cli_index, small_set, tmp_path):
    broken = tmp_path / "t.toml"
    broken.write_text("[min]\nmrr = 'high'\n")
    result = run_cli("eval", "--set", str(small_set), "--index", cli_index, "--check", "--thresholds", str(broken))
    assert result.returncode == 2 and "must be a number" in result.stderr and "Traceback" not in result.stderr
    none = run_cli("eval", "--set", str(small_set), "--index", cli_index, "--topic", "weather")
    assert none.returncode == 2 and "no eval cases match" in none.stderr


def test_eval_without_an_index_says_how_to_build_it(small_set, tmp_path):
    result = run_cli("eval", "--set", str(small_set), "--index", str(tmp_path / "none"), "--quiet")
    assert result.returncode == 2 and "iep-guide ingest" in result.stderr and "Traceback" not in result.stderr


def test_eval_compares_answerers_side_by_side(cli_index, small_set, tmp_path):
    from tests.llm_server import free_port

    reports = tmp_path / "reports"
    env = {"IEP_GUIDE_LLM_BASE_URL": f"http://127.0.0.1:{free_port()}/v1", "IEP_GUIDE_LLM_MAX_RETRIES": "0"}
    result = run_cli(
        "eval",
        "--set",
        str(small_set),
        "--index",
        cli_index,
        "--report",
        str(reports),
        "--quiet",
        "--no-baseline",
        "--no-ablation",
        "--compare",
        "extractive,openai",
        env_extra=env,
    )
    assert result.returncode == 0, result.stderr
    assert "answerers side by side" in result.stdout
    (openai,) = reports.glob("eval-*-openai.json")
    data = json.loads(openai.read_text())
    assert data["answerer"] == "openai" and [r["answerer"] for r in data["comparison"]] == ["extractive", "openai"]
    assert data["summary"]["fallbacks"] == 2  # the model is unreachable: both answers are quoted guidance
    assert len(list(reports.glob("eval-*-extractive.json"))) == 1
    bad = run_cli("eval", "--set", str(small_set), "--index", cli_index, "--compare", "extractive,gpt")
    assert bad.returncode == 2 and "comma-separated list" in bad.stderr
