"""Asking questions of the real corpus index."""

import pytest

from assistant import IndexNotFoundError, QuestionError, Settings, Turn, build_assistant
from assistant.followup import is_followup, retrieval_query


def _check_citations(answer, index):
    assert answer.citations
    numbers = {c.n for c in answer.citations}
    assert numbers == set(range(1, len(answer.citations) + 1))
    sentences = [s for s in answer.text.replace("\n\n", " ").split("] ") if s.strip()]
    assert all("[" in s for s in sentences), "every sentence carries a citation marker"
    for c in answer.citations:
        assert f"[{c.n}]" in answer.text
        (chunk,) = index.get([c.chunk_id])
        assert chunk.source == c.source and chunk.title == c.title and chunk.section == c.section
        for part in c.quote.split(" … "):
            assert part in chunk.text, "the quote is verbatim text of the cited chunk"


def test_what_is_an_iep_gets_a_cited_answer(assistant, corpus_index):
    answer = assistant.ask("What is an IEP?")
    assert not answer.abstained
    assert "IEP" in answer.text
    _check_citations(answer, corpus_index)
    assert any(c.source == "corpus/what-is-an-iep.md" for c in answer.citations)
    assert {"embed", "dense", "bm25", "fuse", "rerank", "compose", "total"} <= set(answer.timings)


def test_teacher_question_gets_a_cited_answer(assistant, corpus_index):
    answer = assistant.ask("What should I bring to an IEP meeting as a general education teacher?", audience="teacher")
    assert not answer.abstained
    _check_citations(answer, corpus_index)


@pytest.mark.parametrize(
    "question, earlier, expected",
    [
        ("I'm a new gen ed teacher. What should I bring to the IEP meeting?", [], "teacher"),
        ("Teacher here. Can I change a student's test?", [], "teacher"),
        ("should I bring anything?", ["I have my first IEP meeting as a gen ed teacher tomorrow."], "teacher"),
        ("I have a student with an IEP who keeps failing my tests", [], "teacher"),
        ("nobody gave me a copy of my student's IEP, what should I do", [], "teacher"),
        ("I'm a teacher myself and my son has ADHD. Can he get a 504?", [], "family"),  # a parent who teaches
        ("my son's teacher says he can't have extra time", [], "family"),
        ("can the teacher take away recess?", [], "family"),
    ],
)
def test_an_asker_who_says_they_work_at_the_school_is_answered_as_a_teacher(question, earlier, expected):
    from assistant.questions import asker_audience

    assert asker_audience("family", question, earlier) == expected
    assert asker_audience("teacher", question, earlier) == "teacher"  # the chosen audience is never overruled to family


def test_a_teacher_who_says_so_gets_the_teachers_guidance_without_choosing_teacher(assistant):
    question = "I'm a new gen ed teacher. What should I bring to my first IEP meeting?"
    assert assistant.query(question).audience == "teacher"
    answer = assistant.ask(question)  # the audience chosen is the default, family
    assert answer.citations[0].source == "corpus/preparing-for-iep-meeting-teachers.md"
    follow = assistant.ask("should I bring anything else?", history=[Turn.of(question, answer)])
    assert follow.citations and all("families" not in c.source for c in follow.citations)


def test_a_follow_up_keeps_to_the_article_the_conversation_is_about(assistant):
    question = "my sons aide held him face down on the floor during a meltdown. is that allowed??"
    answer = assistant.ask(question)
    assert answer.citations[0].source == "corpus/restraint-and-seclusion.md"
    follow = assistant.ask("do they have to tell me when it happens?", history=[Turn.of(question, answer)])
    # telling parents after a restraint, from the restraint article: not early intervention's notices
    assert {c.source for c in follow.citations} == {"corpus/restraint-and-seclusion.md"}
    assert "Does the school have to tell parents about restraint or seclusion?" in [c.section for c in follow.citations]


@pytest.mark.parametrize("question", ["How do I bake bread?", "What's the weather in Paris tomorrow?"])
def test_out_of_scope_question_abstains(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained and not answer.citations
    assert "Parent Training and Information Center" in answer.text


def test_a_request_to_write_for_the_asker_is_declined_saying_so(assistant):
    answer = assistant.ask("can you write the email to the principal for me saying i agree to the reevaluation?")
    assert answer.abstained and not answer.citations
    assert answer.text.startswith("I can't write or fill in anything for you") and "I don't have guidance" not in answer.text
    assert "Parent Training and Information Center" in answer.text
    plain = assistant.ask("How do I bake bread?")
    assert plain.text.startswith("I don't have guidance")


@pytest.mark.parametrize("question", ["", "   \n\t", "\x00\x01"])
def test_empty_question_is_a_clear_error(assistant, question):
    with pytest.raises(QuestionError, match="Please type a question"):
        assistant.ask(question)


def test_huge_question_is_a_clear_error(assistant):
    with pytest.raises(QuestionError, match="too long"):
        assistant.ask("IEP " * 50_000)


def test_unknown_audience_is_a_clear_error(assistant):
    with pytest.raises(QuestionError, match="Audience"):
        assistant.ask("What is an IEP?", audience="martian")


def test_follow_up_uses_the_earlier_question():
    history = [Turn("How long does the school have to finish an evaluation?")]
    assert is_followup("what if they miss it?")
    assert not is_followup("What is the difference between an IEP and a 504 plan?")
    # the follow-up's own words lead; the earlier question lends its content words
    assert retrieval_query("what if they miss it?", history) == "what if they miss it? (long school finish evaluation)"


def test_missing_index_is_a_clear_error(tmp_path, embedder):
    with pytest.raises(IndexNotFoundError, match="iep-guide ingest"):
        build_assistant(Settings(index_dir=tmp_path / "nothing"), embedder=embedder)


def test_stream_yields_the_text_then_the_answer(assistant):
    items = list(assistant.stream("What is a 504 plan?"))
    *pieces, answer = items
    assert all(isinstance(p, str) for p in pieces)
    assert "".join(pieces) == answer.text and answer.citations


@pytest.mark.parametrize(
    "mode, stages",
    [
        ("dense", ["embed", "dense", "select", "evidence"]),
        ("bm25", ["embed", "bm25", "fuse", "evidence"]),
        ("hybrid", ["embed", "dense", "bm25", "fuse", "evidence"]),
        ("rerank", ["embed", "dense", "bm25", "fuse", "rerank", "evidence"]),
    ],
)
def test_each_retrieval_mode_runs_and_times_its_own_stages(assistant, mode, stages):
    from assistant.service import Assistant

    switched = Assistant(retrieval=assistant.retrieval.with_mode(mode), answerer=assistant.answerer, settings=assistant.settings)
    answer = switched.ask("What is an IEP?")
    assert list(answer.timings) == [*stages, "compose", "total"]
    assert not answer.abstained and answer.citations


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid", "rerank"])
def test_retrieving_outside_the_chain_runs_the_same_stages_as_the_chain(assistant, mode):
    from assistant.hybrid import Timed

    retrieval = assistant.retrieval.with_mode(mode)
    query = assistant.query("can the school suspend my son with adhd for more than 10 days", history=())
    chained = retrieval.runnable().invoke(Timed(query))
    direct = retrieval.retrieve(query)
    assert [n for n, _ in chained.timings] == [s.name for s in retrieval.stages() if s.timed]
    assert [(h.chunk.id, h.score) for h in direct.hits] == [(h.chunk.id, h.score) for h in chained.value.hits]
    assert direct.evidence == chained.value.evidence and direct.evidence is not None
    ranked = retrieval.rank(query)
    assert [h.chunk.id for h in ranked.hits] == [h.chunk.id for h in direct.hits]
    assert [s.name for s in retrieval.stages(evidence=False)] == [s.name for s in retrieval.stages()][:-1]


def test_a_reply_instead_of_an_answer_leaves_the_chain_before_retrieval(assistant):
    answer = assistant.ask("¿Qué es un IEP y quién lo escribe para mi hijo?")
    assert answer.abstained and not answer.citations and list(answer.timings) == ["total"]
    hits, _ = assistant.inspect("¿Qué es un IEP y quién lo escribe para mi hijo?")
    assert hits, "the retrieval query is still searched when asked for"


def test_the_ablation_rows_run_the_assistants_own_stages(assistant):
    from evals.cases import EvalCase
    from evals.targets import ablation_targets

    case = EvalCase(id="iep", question="What is an IEP?", audience="family", topic="iep-basics")
    targets = {t.mode: t for t in ablation_targets(assistant)}
    assert list(targets) == ["dense", "bm25", "hybrid", "rerank"]
    ours = [h.chunk.id for h in assistant.retrieve(case.question)]
    assert [r.chunk_id for r in targets["rerank"].retrieve(case)] == ours
