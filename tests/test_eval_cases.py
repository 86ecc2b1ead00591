"""Reading an eval set: typed cases, and clear errors naming the line and field for bad input."""

import json

import pytest

from evals.cases import EvalSetError, load_cases, parse_lines, select_cases

GOOD = {
    "id": "iee-001",
    "question": "What is an IEE?",
    "audience": "family",
    "topic": "evaluation",
    "expected_sources": ["corpus/independent-educational-evaluation.md"],
    "key_facts": [["public expense"], "does not work for"],
}


def line(**changes) -> str:
    data = {**GOOD, **changes}
    return json.dumps({k: v for k, v in data.items() if v is not ...})


def test_parses_a_case_with_defaults():
    (case,) = parse_lines([line(), ""])
    assert case.id == "iee-001" and case.audience == "family"
    assert case.key_facts == (("public expense",), ("does not work for",)), "a bare string is one phrasing"
    assert case.history == () and not case.should_abstain and not case.multi_turn
    assert case.to_dict()["key_facts"] == [["public expense"], ["does not work for"]]


def test_follow_up_history_becomes_turns():
    (case,) = parse_lines([line(history=["What is an IEE?"], question="who pays?")])
    assert case.multi_turn and [t.question for t in case.turns()] == ["What is an IEE?"]


def test_out_of_scope_case():
    (case,) = parse_lines([line(should_abstain=True, expected_sources=..., key_facts=..., topic="out-of-scope")])
    assert case.should_abstain and case.expected_sources == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "line 1: not valid JSON"),
        ("[1, 2]", "line 1: each line must be a JSON object"),
        (line(question="  "), "line 1, field 'question': is required"),
        (line(audience="parent"), "line 1, field 'audience': must be one of family, teacher"),
        (line(expected_sources=...), "line 1, field 'expected_sources': an answerable case needs"),
        (line(expected_source=["x"]), "line 1, field 'expected_source': unknown field"),
        (line(key_facts=[[]]), "line 1, field 'key_facts': fact 1 must be"),
        (line(history="What is an IEE?"), "line 1, field 'history': must be a list"),
        (line(should_abstain="yes"), "line 1, field 'should_abstain': must be true or false"),
        (line(should_abstain=True), "line 1, field 'should_abstain': an out-of-scope case lists no sources"),
        (line(id="has space"), "line 1, field 'id': use letters"),
    ],
)
def test_bad_lines_name_the_line_and_field(text, message):
    with pytest.raises(EvalSetError) as info:
        parse_lines([text], "cases.jsonl")
    assert message in str(info.value)


def test_every_problem_is_reported_with_its_line():
    text = [line(), "", line(), line(id="b", audience="x"), "oops"]
    with pytest.raises(EvalSetError) as info:
        parse_lines(text, "cases.jsonl")
    problems = info.value.problems
    assert problems[0].startswith("line 3, field 'id': duplicate id 'iee-001' (first used on line 1)")
    assert any(p.startswith("line 4, field 'audience'") for p in problems)
    assert any(p.startswith("line 5: not valid JSON") for p in problems)


def test_file_errors_are_clear(tmp_path):
    with pytest.raises(EvalSetError, match="no such file"):
        load_cases(tmp_path / "missing.jsonl")
    with pytest.raises(EvalSetError, match="is a folder"):
        load_cases(tmp_path)
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(EvalSetError, match="not UTF-8"):
        load_cases(binary)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    with pytest.raises(EvalSetError, match="holds no cases"):
        load_cases(empty)


def test_select_cases_filters_in_order():
    cases = parse_lines([line(id="a"), line(id="b", audience="teacher"), line(id="c", topic="iep-basics")])
    assert [c.id for c in select_cases(cases, audience="family")] == ["a", "c"]
    assert [c.id for c in select_cases(cases, topic="evaluation", limit=1)] == ["a"]
    assert [c.id for c in select_cases(cases)] == ["a", "b", "c"]
