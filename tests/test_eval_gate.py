"""The CI gate: the whole eval, on the real corpus index, must meet the thresholds in the repo.

The run (every case through ours, each retrieval stage and the LangChain baseline) is shared by
the tests of this module; its JSON and HTML report are kept in test-artifacts/eval/ for reading.
"""

import json
from pathlib import Path

import jsonschema
import pytest

from evals.baseline import build_baseline
from evals.cases import load_cases
from evals.report import SCHEMA_PATH, file_sha256, list_reports, load_report, save_report
from evals.runner import run_eval
from evals.summary import summarize
from evals.table import summary_lines
from evals.thresholds import check, load_thresholds, thresholds_for

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "eval"
pytestmark = pytest.mark.eval


@pytest.fixture(scope="module")
def run(assistant, corpus_settings, embedder):
    cases = load_cases(corpus_settings.evals.eval_set)
    baseline = build_baseline(corpus_settings, embedder)
    report = run_eval(
        assistant,
        cases,
        baseline=baseline,
        eval_set={"path": "evals/cases.jsonl", "sha256": file_sha256(corpus_settings.evals.eval_set)},
    )
    thresholds = load_thresholds(corpus_settings.evals.eval_thresholds, known=set(summarize([])))
    checks = check(report, thresholds)
    report.checks = [c.to_dict() for c in checks]
    paths = save_report(report, ARTIFACTS)
    print("\n" + "\n".join(summary_lines(report, checks)))
    return report, checks, paths


def test_every_metric_meets_the_stored_thresholds(run):
    report, checks, (json_path, _) = run
    failed = [c for c in checks if not c.passed]
    if failed:
        worst = sorted(report.failures, key=lambda r: (r.fact_coverage or 0.0, r.best_score or 0.0))[:10]
        lines = [c.describe() for c in failed] + ["", "worst cases:"]
        lines += [f"  {r.case.id}: {r.case.question} — {'; '.join(r.reasons)}" for r in worst]
        pytest.fail("eval below thresholds (report: %s):\n%s" % (json_path, "\n".join(lines)), pytrace=False)


def test_ours_and_every_stage_and_the_baseline_are_scored(run):
    report, _, _ = run
    rows = {r.name: r for r in report.retrieval}
    assert set(rows) == {"ours", "dense", "bm25", "hybrid", "rerank", "baseline"}
    assert rows["baseline"].k == 4 and "RecursiveCharacterTextSplitter 1000/200" in rows["baseline"].description
    assert all(r.cases == report.summary["answerable"] for r in rows.values())
    assert rows["ours"].mrr > rows["baseline"].mrr


def test_the_report_matches_its_schema_and_carries_what_calibration_needs(run):
    report, _, (json_path, html_path) = run
    data = load_report(json_path)
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text()))
    assert data["answerer"] == "extractive"
    assert data["summary"]["cases"] >= 120 and data["summary"]["out_of_scope"] >= 25
    assert all(c["best_score"] is not None for c in data["cases"]), "every case keeps its best evidence score"
    sweep = data["abstention"]["sweep"]
    assert len(sweep) > 20 and sweep[0]["threshold"] == 0.0 and sweep[0]["recall"] == 0.0
    assert {"family", "teacher"} == set(data["breakdowns"]["audience"])
    assert "out-of-scope" in data["breakdowns"]["topic"] and "follow-up" in data["breakdowns"]["turns"]
    assert "lexical" in data["support_judge"]["method"] and data["support_judge"]["semantic_min"] > 0
    assert any(row["path"] == str(json_path) for row in list_reports(ARTIFACTS))
    html = html_path.read_text()
    assert "<link" not in html and " src=" not in html, "the page is self-contained"
    assert "How support is judged" in html and "baseline" in html


# -- the blind sets: written from the asker's side, never used to choose a weight or threshold --
BLIND_SETS = {
    "blind": ROOT / "evals" / "blind.jsonl",  # over the corpus index
    "realdocs": ROOT / "evals" / "realdocs.jsonl",  # over ../shared/realdocs, as its own index
}


def _gate(assistant, name):
    path = BLIND_SETS[name]
    cases = load_cases(path)
    report = run_eval(
        assistant,
        cases,
        ablation=False,
        label=name,
        eval_set={"path": f"evals/{path.name}", "sha256": file_sha256(path)},
    )
    thresholds = load_thresholds(thresholds_for(path, path), known=set(summarize([])))
    checks = check(report, thresholds)
    report.checks = [c.to_dict() for c in checks]
    save_report(report, ARTIFACTS / name)
    print("\n" + "\n".join(summary_lines(report, checks)))
    failed = [c for c in checks if not c.passed]
    if failed:
        worst = sorted(report.failures, key=lambda r: (r.fact_coverage or 0.0, r.best_score or 0.0))[:10]
        lines = [c.describe() for c in failed] + ["", "worst cases:"]
        lines += [f"  {r.case.id}: {r.case.question} — {'; '.join(r.reasons)}" for r in worst]
        pytest.fail(f"{name} eval below thresholds:\n" + "\n".join(lines), pytrace=False)
    return report


def test_the_blind_set_meets_its_own_thresholds(assistant):
    report = _gate(assistant, "blind")
    assert {r.case.id.split("-")[0] for r in report.cases} == {"blind"}
    assert all(r.case.reference for r in report.cases if not r.case.should_abstain)


def test_the_realdocs_set_meets_its_own_thresholds(realdocs_assistant):
    report = _gate(realdocs_assistant, "realdocs")
    assert {r.case.id.split("-")[0] for r in report.cases} == {"rd"}
