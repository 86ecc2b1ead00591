"""The eval of questions about a parent's own IEP (evals/iep.py, run by cli/iep_eval.py): a small
IEP written as Word and PDF, read by the real reader and answered with the bundled model."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from cli import main
from cli.iep_eval import answerer_for
from evals.iep import (
    BLIND_SHARE,
    IEPQuestion,
    document_formats,
    is_blind,
    load_questions,
    run_iep_eval,
    summary_lines,
    write_documents,
)
from evals.iep_documents import DOCUMENTS
from ingest.iep_document import read_iep

SMALL = {
    "small": [
        ("h", "Individualized Education Program"),
        ("table", [["Student", "Lena Park"], ["Case manager", "Mr. Omar Haddad"], ["Next annual review", "05/04/2027"]]),
        ("page",),
        ("h", "Related Services"),
        ("p", "Speech-language therapy: 25 minutes, 3 times per week, in the speech room."),
        ("h", "Extended School Year"),
        ("p", "Lena does not need extended school year services."),
    ],
}


def test_runner_answers_a_small_iep_end_to_end(tmp_path, embedder):
    questions = [
        IEPQuestion(
            "s1", "small", "How many minutes of speech does she get a week?", (("25 minutes",), ("3 times per week",)), page=2
        ),
        IEPQuestion("s2", "small", "Who is her case manager?", (("Omar Haddad",),), page=1),
        IEPQuestion("s3", "small", "Does she get occupational therapy?", expect_not_found=True),
    ]
    report = run_iep_eval(read_iep, answerer_for(embedder), tmp_path, questions, documents=SMALL)

    assert [(r.id, r.format) for r in report.results] == [
        ("s1", "docx"),
        ("s2", "docx"),
        ("s3", "docx"),
        ("s1", "pdf"),
        ("s2", "pdf"),
        ("s3", "pdf"),
    ]
    speech = [r for r in report.results if r.id == "s1"]
    assert all("25 minutes" in r.answer and "3 times per week" in r.answer for r in speech)
    assert all(r.all_facts and r.page_cited for r in speech)
    absent = [r for r in report.results if r.id == "s3"]
    assert all(r.said_not_found for r in absent)
    assert "occupational therapy" in absent[0].answer.lower()
    both = summarize_all(report)
    assert both["coverage"] == 1.0 and both["not_found_recall"] == 1.0
    assert summary_lines(report)[0].split()[:2] == ["part", "questions"]


def summarize_all(report):
    from evals.iep import summarize

    return summarize(report.results).as_dict()


def test_one_format_each_reads_every_iep_once_in_a_format_kept_as_documents_are_added():
    names = sorted(DOCUMENTS)
    pairs = document_formats(names, one_each=True)
    assert [n for n, _ in pairs] == names
    formats = Counter(f for _, f in pairs)
    assert set(formats) == {"docx", "pdf"} and abs(formats["docx"] - formats["pdf"]) < len(names) / 5
    assert document_formats(names[::2], one_each=True) == pairs[::2]  # the others are not moved
    assert document_formats(names[:2]) == [(n, f) for n in names[:2] for f in ("docx", "pdf")]
    assert document_formats(names[:3], ("pdf",), one_each=True) == [(n, "pdf") for n in names[:3]]


def test_the_runner_writes_and_reads_only_the_formats_it_asks(tmp_path):
    seen = []

    def read(name, data):
        seen.append(name)
        return read_iep(name, data)

    questions = [IEPQuestion("s2", "small", "Who is her case manager?", (("Omar Haddad",),), page=1)]
    report = run_iep_eval(read, answerer_for(None), tmp_path, questions, documents=SMALL, one_format_each=True)
    (result,) = report.results
    assert seen == [f"small.{result.format}"] and [p.name for p in tmp_path.iterdir()] == seen
    assert result.all_facts and result.page_cited


def test_many_documents_are_written_by_worker_processes_the_same_as_one_by_one(tmp_path):
    names = sorted(DOCUMENTS)[:4]  # eight files: written by two workers
    apart = write_documents(tmp_path / "workers", names, workers=2)
    here = write_documents(tmp_path / "here", names, workers=1)
    assert list(apart) == list(here) == [(n, f) for n in names for f in ("docx", "pdf")]
    for key, path in apart.items():
        ours, theirs = (read_iep(p.name, p.read_bytes()) for p in (path, here[key]))
        assert ours.lines == theirs.lines and ours.pages == theirs.pages, key


def test_questions_name_real_documents_and_a_blind_part_of_at_least_a_third():
    questions = load_questions()
    assert len(questions) >= 40
    assert len({q.id for q in questions}) == len(questions)
    assert {q.document for q in questions} <= set(DOCUMENTS)
    assert all(q.expect_not_found != bool(q.key_facts) for q in questions)
    # a document's answers all name their page, or (where its writer counted pages by breaks a PDF does not keep) none do
    answerable = [q for q in questions if q.key_facts]
    assert all(q.page is None or q.page >= 1 for q in answerable)
    paged: dict[str, set[bool]] = {}
    for q in answerable:
        paged.setdefault(q.document, set()).add(q.page is not None)
    assert all(len(kinds) == 1 for kinds in paged.values()) and sum(True in k for k in paged.values()) >= 40
    assert sum(q.blind for q in questions) >= sum(not q.seen for q in questions) / 3  # of those never read
    assert not any(q.blind for q in questions if q.seen)
    assert is_blind("s1") == is_blind("s1") and 0 < BLIND_SHARE < 1


def test_report_json_leaves_the_blind_results_out(tmp_path, embedder):
    questions = [
        IEPQuestion(i, "small", "Who is her case manager?", (("Omar Haddad",),), page=1)
        for i in ("a1", "a2", "a3", "a4", "a5", "a6")
    ]
    assert {is_blind(q.id) for q in questions} == {True, False}
    report = run_iep_eval(read_iep, answerer_for(embedder), tmp_path, questions, formats=("docx",), documents=SMALL)
    saved = report.as_dict()
    assert {r["id"] for r in saved["dev_results"]} == {q.id for q in questions if not q.blind}
    assert saved["summary"]["blind"]["questions"] == sum(q.blind for q in questions)


def test_command_prints_both_parts_without_the_model(tmp_path, capsys):
    out = tmp_path / "iep.json"
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps(
            {"id": "x1", "document": "cedar", "question": "Who is her case manager?", "key_facts": [["Rebecca Lund"]], "page": 1}
        )
        + "\n"
    )
    assert main(["iep-eval", "--no-embedder", "--questions", str(questions), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.splitlines()[1].startswith("dev") and printed.splitlines()[2].startswith("blind")
    assert json.loads(out.read_text())["summary"]


@pytest.mark.integration  # the real model
def test_command_answers_with_the_bundled_model(tmp_path, capsys):
    out = tmp_path / "iep.json"
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps(
            {
                "id": "x1",
                "document": "mesquite",
                "question": "how often does he get speech",
                "key_facts": [["2 x weekly"], ["30 minutes"]],
                "page": 2,
            }
        )
        + "\n"
    )
    assert main(["iep-eval", "--format", "docx", "--questions", str(questions), "--json", str(out)]) == 0
    (result,) = json.loads(out.read_text())["dev_results"]
    assert result["facts_found"] == 2 and result["page_cited"]


@pytest.mark.eval
def test_every_document_and_question_meets_the_bounds(iep_eval_report):
    """The whole IEP eval, both formats, with the real reader and model: a regression in reading
    any of the fictional IEPs or the 504 plan fails here. Measured 2026-12-05, 12:40, on thirty-four
    documents (twenty-three written by people who had not read the reader): dev every key fact 90.8%,
    coverage 91.5%, not-found precision 100% and recall 92%; blind 80.1%, 78.0%, 86%, 69% (at 10:20,
    on thirty-two: dev 90.3%, 90.8%, 100%, 92%; blind 79.3%, 76.8%, 85%, 68%). The bounds
    leave a few answers of room (an answer is 0.11% of the dev part). Dev every key fact and
    coverage were bounded at 0.89 and 0.90 on eighteen documents (91%, 92%); eight added that
    morning were first run at 70% to 85% on their dev part, so those two bounds now sit at 0.88 and
    0.89; not-found recall rose from 89% and its bound from 0.83 to 0.88. Blind every key fact's
    bound was 0.79 and coverage's 0.77 on thirty documents (80.7%, 78.2%); the last two documents'
    blind parts were first run at 59% (their dev parts at 84%) and took the blind part to 79.3% and
    76.8%, so those bounds are now 0.78 and 0.755. Of the four documents before them, two were first
    run at 95% (dev) and 78% (blind) every key fact, and two at 77% and 69%. At 22:55 three more
    (hazel, holly, catalpa), written by people who had not read the reader and kept unread until the
    day's changes to it were final, were first run at 84% every key fact, not-found precision 71%
    and recall 33%, the same with the reader of the day's start; on thirty-seven documents dev is
    90.4%, 91.0%, 98%, 87.5%, blind 82.1%, 80.2%, 86%, 65%, so dev not-found recall's bound moved
    0.88 -> 0.87. On 2026-12-06 nine more, written the same way and kept unread while the reader was
    changed, were first run at 83%, 79% and 66% every key fact (dogwood, ironwood, olive; sassafras,
    walnut, yew; mulberry, pecan, tupelo) with the reader of that day's start, and 83%, 84% and 71%
    with the reader then; on forty-six documents dev is 89.3%, 89.9%, 100%, 90.1%, blind 81.9%,
    80.9%, 88%, 71%. Later that day forty-two more were added (docs/evaluation.md, "Forty-two more,
    in fourteen batches of three"), twenty-four of them marked "seen" and kept in the dev part; on
    eighty-eight documents dev is 88.8%, 89.0%, 100%, 92.7%, blind 82.3%, 82.2%, 91%, 77%, so dev
    coverage's bound moved 0.89 -> 0.88 (the reader of 05:40 had 84.3% on them). At 08:55 twenty-one
    more, in seven batches of three, all read and marked "seen": on a hundred and nine documents dev
    is 88.6%, 88.9%, 98.9%, 89.7%, blind 83.3%, 83.3%, 92%, 77%. At 09:20 six more, the same way: on a
    hundred and fifteen, dev 89.0%, 89.4%, 99.1%, 89.4%, blind 83.4%, 83.4%, 92%, 77%. At 09:50 six
    more, three of them never read: on a hundred and twenty-one, dev 89.0%, 89.4%, 98.7%, 89.1%, blind
    84.1%, 84.0%, 91.5%, 78.1%. At 12:15 three more, first run unread at 83.0% every key fact (81.1%
    with the reader of that day's start), then read: on a hundred and twenty-four, dev 89.3%, 89.7%,
    98.6%, 94.0%, blind 84.5%, 84.7%, 93.2%, 80.3% (at 13:02 dev 90.0%, 90.4%, 98.6%, 94.0%, blind
    84.3%, 84.4%, 93.2%, 80.3%). At 15:37 eighteen more, in six batches of three, all read and marked
    "seen": on a hundred and forty-five, dev 90.6%, 90.7%, 99.3%, 94.3%, blind 85.6%, 86.0%, 93.3%,
    81.8%. At 17:32 six more, first run unread at 85.5% and 91.7% every key fact, then read and
    marked "seen": on a hundred and fifty-one, dev 91.0%, 91.0%, 99.4%, 93.8%, blind 86.2%, 86.6%,
    93.3%, 81.8%. At 17:50 six more the same way (first run 86.1% and 94.5%): on a hundred and
    fifty-seven, dev 90.9%, 90.9%, 99.5%, 93.8%, blind 86.2%, 86.6%, 94.1%, 81.8%.

    Since 2026-12-07 this test reads each IEP in one format, Word or PDF by a hash of its name
    (117 and 112 of the 229 documents), which takes about three fifths of the time of both (the
    whole suite has to finish within CI's half hour on two cores); `iep-guide iep-eval` without
    --one-format-each still reads both. Measured that day at 18:50 on two hundred and twenty-nine
    documents, one format each: dev 92.2%, 92.2%, 99.7%, 93.3%, blind 87.1%, 87.5%, 96.6%, 82.5%.
    The bounds were raised with it to about a point below (they had been left where they were
    while documents were added): an answer is 0.02% of the dev part and 0.15% of the blind.
    The command, `iep-guide iep-eval --one-format-each --json`, starts when the run is collected
    (tests/conftest.py) and reads the IEPs while the other tests run (this one runs last)."""
    assert {r["format"] for r in iep_eval_report["dev_results"]} == {"docx", "pdf"}
    dev, blind = iep_eval_report["summary"]["dev"], iep_eval_report["summary"]["blind"]
    assert dev["all_facts"] >= 0.91 and dev["coverage"] >= 0.91
    assert dev["not_found_precision"] >= 0.98 and dev["not_found_recall"] >= 0.91
    assert blind["all_facts"] >= 0.85 and blind["coverage"] >= 0.85
