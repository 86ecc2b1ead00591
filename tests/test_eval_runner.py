"""The runner on small sets against the real index: any answerer, bad cases, reports on disk."""

from collections.abc import Sequence

import numpy as np
import pytest

from assistant import Assistant
from assistant.types import Citation, Hit
from evals.cases import EvalCase
from evals.report import ReportError, list_reports, load_report, save_report
from evals.runner import run_eval

IEP = EvalCase(
    id="iep",
    question="What is an IEP?",
    audience="family",
    topic="iep-basics",
    expected_sources=("corpus/what-is-an-iep.md",),
    key_facts=(("written plan",),),
    tags=("formal",),
)
OUT = EvalCase(id="bread", question="How do I bake bread?", audience="family", topic="out-of-scope", should_abstain=True)


class MadeUpAnswerer:
    """An answerer at the LLM edge: one sentence taken from the top hit, one it invents."""

    def compose(
        self, question: str, query_vector: np.ndarray, hits: Sequence[Hit], said=(), pool=(), asked="", audience=""
    ) -> tuple[str, list[Citation]]:
        chunk = hits[0].chunk
        first = chunk.text.split(". ")[0].strip().rstrip(".") + "."
        cite = Citation(1, chunk.title, chunk.section, chunk.source, chunk.id, first, hits[0].score)
        return f"{first} [1] Parents must pay a monthly fee for every therapy session. [1]", [cite]


def test_scores_the_assistant_it_is_given(assistant):
    seen = []
    report = run_eval(
        assistant, [IEP, OUT], ablation=False, on_progress=lambda done, total, r: seen.append((done, total, r.case.id))
    )
    assert seen == [(1, 2, "iep"), (2, 2, "bread")]
    iep, bread = report.cases
    assert iep.passed and not iep.abstained and iep.retrieval["ours"].hit_at_k == 1.0
    assert iep.citation_recall == 1.0 and iep.best_score >= assistant.settings.answer.abstain_threshold
    assert bread.passed and bread.abstained and bread.best_score < assistant.settings.answer.abstain_threshold
    assert [r.name for r in report.retrieval] == ["ours"]
    assert report.summary["abstention_recall"] == 1.0 and report.summary["false_abstention_rate"] == 0.0


def test_unsupported_sentences_lower_citation_recall(assistant, corpus_settings):
    made_up = Assistant(retrieval=assistant.retrieval, answerer=MadeUpAnswerer(), settings=corpus_settings)
    (result,) = run_eval(made_up, [IEP], ablation=False).cases
    assert result.citation_recall == 0.5 and result.citation_precision == 0.5
    assert [s.supported for s in result.sentences] == [True, False]
    assert not result.passed and any("not supported by their citations" in r for r in result.reasons)


def test_a_question_the_assistant_refuses_is_recorded_not_fatal(assistant):
    huge = EvalCase(
        id="huge", question="IEP " * 3000, audience="family", topic="iep-basics", expected_sources=("corpus/what-is-an-iep.md",)
    )
    report = run_eval(assistant, [huge, OUT], ablation=False)
    assert "too long" in report.cases[0].error and not report.cases[0].passed
    assert report.cases[1].passed and report.summary["errors"] == 1


def test_the_html_report_escapes_everything(assistant, tmp_path):
    nasty = EvalCase(
        id="nasty",
        question="<script>alert('x')</script> What is an IEP?",
        audience="family",
        topic="<b>bold</b>",
        expected_sources=("corpus/what-is-an-iep.md",),
        key_facts=(("written plan",),),
    )
    report = run_eval(assistant, [nasty], ablation=False)
    json_path, html_path = save_report(report, tmp_path)
    html = html_path.read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html
    again, _ = save_report(report, tmp_path)
    assert again != json_path, "a second save of the same run never overwrites the first"
    assert [row["path"] for row in list_reports(tmp_path)] == [str(json_path), str(again)]
    assert load_report(json_path)["cases"][0]["question"] == nasty.question


def test_reading_a_bad_report_is_a_clear_error(tmp_path):
    bad = tmp_path / "eval-bad.json"
    bad.write_text("{not json")
    with pytest.raises(ReportError, match="Could not read"):
        load_report(bad)
    other = tmp_path / "eval-other.json"
    other.write_text('{"kind": "something-else"}')
    with pytest.raises(ReportError, match="not an IEP Guide eval report"):
        load_report(other)
    assert list_reports(tmp_path) == []
