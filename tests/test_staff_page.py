"""The staff (Evals) page, driven with AppTest against a real index of a few corpus articles,
real eval runs and real report files in a temporary folder."""

import json
import time

import pytest
from streamlit.testing.v1 import AppTest

from assistant import build_assistant
from assistant.eval_run_store import EvalRunStore
from assistant.factory import open_index
from evals.background import EvalRuns
from evals.launch import EvalOptions, choose_cases, load_gate, run_and_save
from ingest.pipeline import ingest
from tests.conftest import copy_articles, make_settings
from ui.access import SESSION

ARTICLES = ("what-is-an-iep.md", "iep-vs-504-plan.md", "evaluation-process.md")
CASES = [
    {
        "id": "iep-what-is",
        "question": "What is an IEP?",
        "audience": "family",
        "topic": "iep-basics",
        "expected_sources": ["corpus/what-is-an-iep.md"],
        "key_facts": [["written plan"]],
    },
    {
        "id": "iep-parts",
        "question": "What parts does an IEP have to include?",
        "audience": "teacher",
        "topic": "iep-basics",
        "expected_sources": ["corpus/what-is-an-iep.md"],
        "key_facts": [["annual goals"]],
    },
    {
        "id": "iep-unicorn",
        "question": "Is an IEP a legal document?",
        "audience": "family",
        "topic": "iep-basics",
        "expected_sources": ["corpus/what-is-an-iep.md"],
        "key_facts": [["purple unicorn clause"]],
    },
    {
        "id": "504-vs-iep",
        "question": "What is the difference between an IEP and a 504 plan?",
        "audience": "family",
        "topic": "504-plans",
        "expected_sources": ["corpus/iep-vs-504-plan.md"],
        "key_facts": [["504"]],
    },
    {
        "id": "bread",
        "question": "How do I bake sourdough bread?",
        "audience": "teacher",
        "topic": "out-of-scope",
        "should_abstain": True,
    },
]
RUN_WAIT_S = 600


@pytest.fixture(scope="module")
def small_index(tmp_path_factory, embedder):
    """A real index and eval set over three corpus articles (cited as corpus/<file>)."""
    tmp = tmp_path_factory.mktemp("staff")
    folder = copy_articles(tmp / "corpus", ARTICLES)
    eval_set = tmp / "cases.jsonl"
    eval_set.write_text("\n".join(json.dumps(c) for c in CASES) + "\n")
    settings = make_settings(tmp, corpus_dir=folder, eval_set=eval_set)
    index = open_index(settings, embedder=embedder, create=True)
    report = ingest([folder], index, embedder, settings)
    assert not report.errors, report.errors
    return settings, index


@pytest.fixture
def settings(small_index, tmp_path):
    return small_index[0].replace(reports_dir=tmp_path / "reports")


@pytest.fixture(scope="module")
def small_assistant(small_index, embedder):
    settings, index = small_index
    return build_assistant(settings, embedder=embedder, client=index.client)


def page(settings, runs):
    from ui.staff_page import render

    render(settings, runs=runs)


def _app(settings, runs=None, staff=True) -> AppTest:
    at = AppTest.from_function(page, args=(settings, runs or EvalRuns()), default_timeout=300)
    if staff:  # signed in (the sign-in itself is tested in tests/test_staff.py)
        at.session_state[SESSION] = {"name": "tester", "via": "local", "seen": time.time()}
    at.run()
    assert not at.exception, at.exception
    return at


def _texts(at, kind) -> str:
    return "\n".join(str(e.value) for e in getattr(at, kind))


def _save(settings, assistant, options=EvalOptions()):
    cases = choose_cases(settings.evals.eval_set, options)
    return run_and_save(settings, cases, options, thresholds=load_gate(settings.evals.eval_thresholds), assistant=assistant)


def test_no_reports_yet_says_how_to_make_one(settings):
    at = _app(settings)
    assert at.title[0].value == "Evals"
    assert "No eval reports yet" in _texts(at, "info") and "iep-guide eval" in _texts(at, "info")
    assert "5 of 5 cases selected" in _texts(at, "caption")
    assert not at.button(key="ev-run").disabled
    assert at.selectbox(key="ev-set").value == "cases", "eval sets are chosen by name, never by path"
    assert str(settings.evals.eval_set.parent) not in _texts(at, "caption"), "no server path is shown"


def test_the_public_is_refused(settings):
    at = _app(settings, staff=False)
    assert "This page is for staff" in _texts(at, "error")
    assert not at.button and not at.title


def test_a_missing_index_is_explained_and_reports_stay_readable(settings, small_assistant, tmp_path):
    saved = _save(settings, small_assistant, EvalOptions(limit=1, baseline=False, ablation=False))
    recorded = EvalRunStore.for_settings(settings).recent(set_name=settings.evals.eval_set.name)
    assert any(r.report_path == str(saved.json_path) and r.summary["cases"] == 1 for r in recorded), (
        "every saved run is recorded in the app database"
    )
    at = _app(settings.replace(index_dir=tmp_path / "no-index"))
    assert "has not been built yet" in _texts(at, "error") and "iep-guide ingest" in _texts(at, "error")
    assert at.button(key="ev-run").disabled
    assert at.selectbox(key="ev-report").value.endswith(".json"), "saved reports are still listed"


def test_a_broken_eval_set_names_the_line(settings, tmp_path):
    bad = settings.evals.eval_set.parent / "bad.jsonl"
    bad.write_text(json.dumps(CASES[0]) + '\n{"id": "x", "question": ""}\n')
    at = _app(settings)
    at.selectbox(key="ev-set").set_value("bad").run()
    bad.unlink()
    assert not at.exception
    assert "line 2, field 'question'" in _texts(at, "error").replace("\\", "")
    assert all(b.key != "ev-run" for b in at.button), "nothing to run until the file is fixed"


def test_a_saved_report_shows_metrics_checks_charts_trend_and_cases(settings, small_assistant):
    older = _save(settings, small_assistant, EvalOptions(topic="iep-basics", baseline=False))
    latest = _save(settings, small_assistant)
    (settings.evals.reports_dir / "eval-20200101T000000Z-extractive.json").write_text("{cut off")
    latest.html_path.unlink()  # the page rebuilds it from the JSON
    at = _app(settings)

    assert "Skipped a report file" in _texts(at, "warning") and "20200101T000000Z" in _texts(at, "warning")
    picker = at.selectbox(key="ev-report")
    assert picker.value == str(latest.json_path), "the newest run is shown first"
    assert len(picker.options) == 2 and "subset: topic iep-basics" in picker.options[1]

    metrics = {m.label: m for m in at.metric}
    mrr = next(m for label, m in metrics.items() if label.startswith("MRR"))
    assert "vs baseline" in mrr.delta, "retrieval metrics are compared with the LangChain baseline"
    assert any(label.startswith("Recall@5 · ") for label in metrics)
    assert any(label.startswith("Latency p95 · not gated") for label in metrics)
    assert any(label.endswith("· FAIL") for label in metrics), "a 5-case run misses some thresholds"
    assert "thresholds missed" in _texts(at, "error")
    charts = at.get("vega_lite_chart")
    assert len(charts) == 3, "bar charts per topic and per audience, and the trend over runs"
    assert '"bar"' in charts[0].proto.spec and '"line"' in charts[2].proto.spec
    assert at.get("download_button")

    assert at.radio(key="ev-show").value == "failed"
    failed = [o.split(" — ")[0] for o in at.selectbox(key="ev-case").options]
    assert "iep-unicorn" in failed and "bread" not in failed and "iep-what-is" not in failed
    at.selectbox(key="ev-case").select("iep-unicorn").run()
    detail = _texts(at, "markdown")
    assert "Is an IEP a legal document?" in detail and '"purple unicorn clause"' in detail
    assert "corpus/what-is-an-iep.md — cited" in detail.replace("\\", "")
    assert "missing key facts" in _texts(at, "error").lower()
    assert "[1]" in detail, "the answer keeps its citation markers"

    at.radio(key="ev-show").set_value("all").run()
    at.multiselect(key="ev-audiences").set_value(["teacher"]).run()
    assert [o.split(" — ")[0] for o in at.selectbox(key="ev-case").options] == ["iep-parts", "bread"]
    at.text_input(key="ev-search").set_value("sourdough").run()
    at.selectbox(key="ev-case").select("bread").run()
    assert not at.exception
    assert "should decline this question" in _texts(at, "markdown")
    assert "Passed." in _texts(at, "success")

    at.selectbox(key="ev-report").select(str(older.json_path)).run()
    assert not at.exception
    mrr = next(m for m in at.metric if m.label.startswith("MRR"))
    assert not mrr.delta, "no baseline in that run"
    assert "subset of the eval set (topic iep-basics)" in _texts(at, "caption")
    assert "beat-the-baseline bounds are not checked" in _texts(at, "caption")


def test_run_a_subset_from_the_page_and_see_its_report(settings):
    runs = EvalRuns()
    at = _app(settings, runs)
    at.selectbox(key="ev-topic").select("iep-basics").run()
    at.number_input(key="ev-limit").set_value(2).run()
    at.checkbox(key="ev-baseline").uncheck().run()
    assert "2 of 5 cases selected" in _texts(at, "caption")
    at.button(key="ev-run").click().run()
    assert not at.exception, at.exception
    run = runs.latest()
    assert run is not None and run.wait(RUN_WAIT_S), "the run ends"
    at.run()
    assert not at.exception, at.exception
    progress = run.progress()
    assert progress.state == "done" and progress.total == 2, progress.message
    assert "scored 2 cases" in _texts(at, "success")
    (saved,) = settings.evals.reports_dir.glob("eval-*.json")
    assert saved.with_suffix(".html").is_file()
    assert at.selectbox(key="ev-report").value == str(saved)
    data = json.loads(saved.read_text())
    assert data["eval_set"]["filters"] == {"topic": "iep-basics", "limit": 2}
    assert [c["id"] for c in data["cases"]] == ["iep-what-is", "iep-parts"]
    assert data["checks"], "thresholds are checked as with iep-guide eval --check"
    assert not any(r["kind"] == "baseline" for r in data["retrieval"])
