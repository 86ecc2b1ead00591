"""Thresholds stored in the repository: parsed strictly, checked against a report."""

from pathlib import Path

import pytest

from evals.results import EvalReport, RetrieverSummary
from evals.summary import summarize
from evals.thresholds import ThresholdsError, check, load_thresholds, parse_thresholds

ROOT = Path(__file__).resolve().parent.parent
KNOWN = set(summarize([]))


def _row(kind: str, mrr: float, recall: float) -> RetrieverSummary:
    return RetrieverSummary(kind, kind, "", 5, 10, 0.5, 0.9, recall, mrr, None)


def _report(**summary) -> EvalReport:
    return EvalReport(
        created_at="2026-12-01T18:00:00+00:00",
        duration_s=1.0,
        answerer="extractive",
        eval_set={},
        settings={},
        support_judge={},
        summary=summary,
        retrieval=[_row("ours", 0.9, 0.95), _row("baseline", 0.7, 0.96)],
        abstention={},
        latency_ms={},
        breakdowns={},
        cases=[],
    )


def test_the_stored_thresholds_file_is_valid():
    thresholds = load_thresholds(ROOT / "evals" / "thresholds.toml", KNOWN)
    assert {"recall_at_k", "mrr", "citation_recall", "abstention_recall"} <= set(thresholds.minimum)
    assert "false_abstention_rate" in thresholds.maximum
    assert thresholds.beat_baseline


def test_check_min_max_and_baseline_margin():
    t = parse_thresholds(
        {
            "min": {"mrr": 0.8, "citation_recall": 0.9},
            "max": {"false_abstention_rate": 0.05},
            "beat_baseline": {"mrr": 0.1, "recall_at_k": 0.0},
        },
        KNOWN,
    )
    results = {(c.metric, c.kind): c for c in check(_report(mrr=0.85, citation_recall=None, false_abstention_rate=0.1), t)}
    assert results[("mrr", "min")].passed
    assert not results[("citation_recall", "min")].passed, "a metric that could not be computed fails"
    assert not results[("false_abstention_rate", "max")].passed
    assert results[("mrr", "beat_baseline")].passed and results[("mrr", "beat_baseline")].value == pytest.approx(0.2)
    margin = results[("recall_at_k", "beat_baseline")]
    assert not margin.passed and "FAILED" in margin.describe()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"min": {"recal_at_k": 0.9}}, "unknown metric"),
        ({"min": {"mrr": "high"}}, "must be a number"),
        ({"minimum": {}}, "unknown section [minimum]"),
        ({"beat_baseline": {"fact_coverage": 0.1}}, "unknown metric"),
        ({"max": 3}, "must be a table"),
    ],
)
def test_bad_thresholds_are_clear_errors(data, message):
    with pytest.raises(ThresholdsError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_thresholds(data, KNOWN)


def test_bad_thresholds_file(tmp_path):
    with pytest.raises(ThresholdsError, match="No thresholds file"):
        load_thresholds(tmp_path / "none.toml", KNOWN)
    broken = tmp_path / "t.toml"
    broken.write_text("[min\nmrr = ")
    with pytest.raises(ThresholdsError, match="not valid TOML"):
        load_thresholds(broken, KNOWN)
