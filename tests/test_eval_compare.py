"""Both answerers on the same small eval set, side by side, with the chat model faked at the edge."""

from __future__ import annotations

import json

import jsonschema

from assistant import build_assistant
from evals.compare import COLUMNS, run_comparison
from evals.report import SCHEMA_PATH, list_reports, save_report
from evals.table import summary_lines
from tests.fake_chat import ScriptedChat, quoting
from tests.test_eval_runner import IEP, OUT


def test_two_answerers_are_reported_side_by_side(corpus_settings, corpus_index, embedder, tmp_path):
    chat = ScriptedChat(reply=quoting)
    assistants = {
        "extractive": build_assistant(corpus_settings, embedder=embedder, client=corpus_index.client),
        "openai": build_assistant(
            corpus_settings.replace(answerer="openai"), embedder=embedder, client=corpus_index.client, chat_model=chat
        ),
    }
    reports = run_comparison(assistants, [IEP, OUT], ablation=False)
    assert [r.answerer for r in reports] == ["extractive", "openai"]
    extractive, generated = reports
    assert [row["answerer"] for row in generated.comparison] == ["extractive", "openai"]
    assert extractive.summary["unsupported_sentences"] == 0 and extractive.summary["fallbacks"] == 0
    assert generated.summary["unsupported_sentences"] >= 1  # the made-up sentences the fake model adds
    assert generated.cases[0].answerer == "openai" and generated.cases[1].abstained and len(chat.calls) == 1
    lines = "\n".join(summary_lines(generated))
    assert "answerers side by side" in lines and "unsupported" in lines
    for report in reports:
        json_path, html_path = save_report(report, tmp_path)
        data = json.loads(json_path.read_text())
        jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text()))
        assert [r["answerer"] for r in data["comparison"]] == ["extractive", "openai"]
        assert set(data["comparison"][0]) == {"answerer", *(k for k, _ in COLUMNS)}
        assert "Answerers side by side" in html_path.read_text()
    assert sorted(r["answerer"] for r in list_reports(tmp_path)) == ["extractive", "openai"]


def test_sets_side_by_side_render_one_row_per_set_and_answerer(assistant):
    from evals.cases import EvalCase
    from evals.runner import run_eval
    from evals.sidebyside import markdown, rows

    cases = [
        EvalCase(
            id="blind-t1",
            question="How long does the school have to evaluate my child?",
            audience="family",
            topic="evaluation",
            expected_sources=("corpus/evaluation-timelines.md",),
            key_facts=(("60 days",),),
            reference="The school has 60 days after you give consent.",
        ),
        EvalCase(
            id="blind-t2",
            question="How do I bake bread?",
            audience="family",
            topic="oos",
            history=("What is an IEP?",),
            should_abstain=True,
        ),
    ]
    report = run_eval(assistant, cases, ablation=False)
    table = rows({("blind", "extractive"): report})
    assert table[0]["set"] == "blind" and table[0]["answerer"] == "passage" and table[0]["conversations"] == 1.0
    text = markdown(table)
    assert text.splitlines()[0].startswith("| set | answerer | cases |") and "| blind | passage | 2 |" in text
