"""What the staff page shows, computed from saved reports: metrics against the thresholds,
chart tables, the trend over runs and case filters. Reports as saved, with fields this code
does not know and without fields older reports lack."""

import json

from evals import dashboard as dash
from evals.report import scan_reports
from evals.summary import summarize
from evals.thresholds import parse_thresholds

KNOWN = set(summarize([]))
GATE = parse_thresholds(
    {
        "min": {"recall_at_k": 0.9, "mrr": 0.8, "citation_recall": 0.98},
        "max": {"false_abstention_rate": 0.02},
        "beat_baseline": {"mrr": 0.04},
    },
    KNOWN,
)


def _case(case_id, *, passed, topic="iep-basics", audience="family", **extra):
    return {
        "id": case_id,
        "question": f"Question {case_id}?",
        "topic": topic,
        "audience": audience,
        "passed": passed,
        "reasons": [] if passed else [f"missing key facts in {case_id}"],
        **extra,
    }


def _report(**summary):
    return {
        "created_at": "2026-12-01T18:00:00+00:00",
        "answerer": "extractive",
        "settings": {"k": 5},
        "summary": {
            "recall_at_k": 0.93,
            "mrr": 0.91,
            "citation_recall": 1.0,
            "false_abstention_rate": 0.0,
            "latency_p50_ms": 50.0,
            **summary,
        },
        "retrieval": [
            {"kind": "ours", "mrr": 0.91, "recall_at_k": 0.93},
            {"kind": "baseline", "mrr": 0.835, "recall_at_k": 0.85},
        ],
        "breakdowns": {
            "topic": {"iep-basics": {"cases": 3, "pass_rate": 0.5}, "discipline": {"cases": 2}},
            "audience": {"family": {"cases": 4, "pass_rate": 0.75}},
        },
        "calibration": {"some": "field this code does not know"},
        "cases": [
            _case("a", passed=True, answer="An IEP is a written plan."),
            _case("b", passed=False, topic="discipline", audience="teacher"),
            _case("c", passed=False, error="the question is too long"),
            "not a case",
        ],
    }


def test_headline_compares_with_the_baseline_and_the_thresholds():
    rows = {r.metric.key: r for r in dash.headline(_report(), GATE)}
    mrr = rows["mrr"]
    assert mrr.baseline == 0.835 and round(mrr.delta, 3) == 0.075
    assert mrr.verdict == "pass" and mrr.bounds() == "≥ 0.800, baseline + 0.040"
    assert rows["citation_recall"].delta is None, "only retrieval metrics have a baseline"
    assert rows["latency_p50_ms"].verdict == "not gated"
    assert dash.fmt(rows["latency_p50_ms"].value, "ms") == "50.0 ms"
    assert rows["fact_coverage"].value is None and dash.fmt(None) == "—"
    low = {r.metric.key: r for r in dash.headline(_report(recall_at_k=0.5), GATE)}
    assert low["recall_at_k"].verdict == "fail"


def test_a_run_without_the_baseline_skips_the_beat_the_baseline_bounds():
    report = {**_report(), "retrieval": [{"kind": "ours", "mrr": 0.91, "recall_at_k": 0.93}]}
    rows = {r.metric.key: r for r in dash.headline(report, GATE)}
    assert rows["mrr"].verdict == "pass" and rows["mrr"].bounds() == "≥ 0.800" and rows["mrr"].delta is None
    assert all(c.kind != "beat_baseline" for c in dash.checks_for(report, GATE))


def test_check_rows_list_failures_first_with_k_in_the_names():
    rows = dash.check_rows(_report(recall_at_k=0.5, false_abstention_rate=0.1), GATE)
    assert [r["result"] for r in rows[:2]] == ["FAIL", "FAIL"]
    assert {r["metric"] for r in rows[:2]} == {"Recall@5", "False abstention"}
    assert rows[0]["bound"] in ("≥ 0.900", "≤ 0.020")
    assert dash.check_rows(_report(), None) == []


def test_group_rows_feed_the_bar_charts():
    rows = dash.group_rows(_report(), "topic", ["pass_rate"])
    assert rows == [{"topic": "iep-basics", "cases": 3, "pass_rate": 0.5}, {"topic": "discipline", "cases": 2, "pass_rate": None}]
    assert dash.group_rows({"breakdowns": {}}, "audience") == []


def test_trend_rows_follow_the_runs_and_can_skip_subsets():
    runs = [
        {
            "created_at": "2026-12-01T10:00:00+00:00",
            "answerer": "extractive",
            "summary": {"mrr": 0.8, "cases": 203},
            "eval_set": {"cases": 203},
        },
        {
            "created_at": "2026-12-01T11:00:00+00:00",
            "answerer": "extractive",
            "summary": {"mrr": 0.7, "cases": 5},
            "eval_set": {"cases": 5, "filters": {"limit": 5}},
        },
        {
            "created_at": "2026-12-01T12:00:00+00:00",
            "answerer": "openai",
            "summary": {"mrr": 0.9, "cases": 203},
            "eval_set": {"cases": 203},
        },
    ]
    assert [r["mrr"] for r in dash.trend_rows(runs, ["mrr"])] == [0.8, 0.7, 0.9]
    assert [r["mrr"] for r in dash.trend_rows(runs, ["mrr"], whole_set_only=True)] == [0.8, 0.9]
    assert [r["mrr"] for r in dash.trend_rows(runs, ["mrr"], answerer="extractive")] == [0.8, 0.7]
    assert dash.trend_rows(runs, ["mrr"])[0]["run"].hour == 10
    assert dash.run_label(runs[1]) == "2026-12-01 11:00:00 UTC · extractive · 5 cases · subset: limit 5"


def test_filter_cases_by_status_topic_audience_and_text():
    cases = dash.cases_of(_report())
    ids = lambda chosen: [c["id"] for c in chosen]  # noqa: E731
    assert ids(dash.filter_cases(cases)) == ["a", "b", "c"]
    assert ids(dash.filter_cases(cases, show="failed")) == ["b", "c"], "errors count as failures"
    assert ids(dash.filter_cases(cases, show="passed")) == ["a"]
    assert ids(dash.filter_cases(cases, topics=["discipline"])) == ["b"]
    assert ids(dash.filter_cases(cases, audiences=["family"])) == ["a", "c"]
    assert ids(dash.filter_cases(cases, text="WRITTEN plan")) == ["a"], "the answer is searched"
    assert ids(dash.filter_cases(cases, text="missing key facts in b")) == ["b"], "so are the reasons"
    rows = dash.case_rows(cases)
    assert [r["status"] for r in rows] == ["passed", "failed", "error"]
    assert rows[1]["why"] == "missing key facts in b"


def test_case_detail_parts():
    case = {
        "expected_sources": ["corpus/a.md", "corpus/b.md"],
        "citations": [{"source": "corpus/b.md"}],
        "missing_facts": [["60 days", "sixty days"], []],
    }
    assert dash.expected_found(case) == [("corpus/a.md", False), ("corpus/b.md", True)]
    assert dash.missing_fact_lines(case) == ['"60 days" / "sixty days"']
    assert dash.find_case(_report(), "b")["topic"] == "discipline"


def test_scan_reports_skips_broken_files_and_says_which(tmp_path):
    good = {
        "schema_version": 1,
        "kind": "iep-guide-eval-report",
        "created_at": "2026-12-01T18:00:00+00:00",
        "answerer": "extractive",
        "summary": {"cases": 2},
        "eval_set": {"cases": 2},
        "new_field": [1, 2],
    }
    (tmp_path / "eval-20261201T180000Z-extractive.json").write_text(json.dumps(good))
    (tmp_path / "eval-20261201T170000Z-extractive.json").write_text("{truncated")
    (tmp_path / "eval-20261201T160000Z-extractive.json").write_text(json.dumps({**good, "created_at": "yesterday"}))
    runs, problems = scan_reports(tmp_path)
    assert [r["summary"] for r in runs] == [{"cases": 2}]
    assert len(problems) == 2 and any("170000Z" in p and "Could not read" in p for p in problems)
    assert any("160000Z" in p and "not a complete eval report" in p for p in problems)
    assert scan_reports(tmp_path / "missing") == ([], [])
