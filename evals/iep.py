"""The eval of questions about a parent's own IEP: fictional IEPs (evals/iep_documents.py),
written as Word files and text PDFs, and parents' and teachers' questions about them
(evals/iep_questions.jsonl), each with its key facts (the number with its unit, the yes or no,
the list members) and the page they are on, or marked as not answered by the IEP at all.

The IEP reader and the answerer come in from the caller (`cli/iep_eval.py` passes
`ingest.iep_document`), so this package stays independent of `ingest`. A fixed share of the
questions, chosen by a hash of the id, is the blind part: the report gives its numbers, never
its failures, and no change to the answerer is made because of it. A question marked "seen" (its
answers were read while the reader was being changed) is always in the dev part.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.facts import fact_found
from evals.iep_documents import DOCUMENTS
from evals.iep_files import Block, write_docx, write_pdf

QUESTIONS = Path(__file__).with_name("iep_questions.jsonl")
FORMATS = ("docx", "pdf")
BLIND_SHARE = 0.4


@dataclass(frozen=True)
class IEPQuestion:
    id: str
    document: str
    question: str
    key_facts: tuple[tuple[str, ...], ...] = ()
    page: int | None = None
    expect_not_found: bool = False
    seen: bool = False  # the reader was changed with this question's answers in view: always in the dev part

    @property
    def blind(self) -> bool:
        return not self.seen and is_blind(self.id)


def is_blind(case_id: str) -> bool:
    """Whether a question is in the blind part: a fixed share, by a hash of its id."""
    digest = hashlib.sha256(case_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < BLIND_SHARE


def load_questions(path: Path = QUESTIONS) -> list[IEPQuestion]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        out.append(
            IEPQuestion(
                id=row["id"],
                document=row["document"],
                question=row["question"],
                key_facts=tuple(tuple(f) for f in row.get("key_facts", ())),
                page=row.get("page"),
                expect_not_found=bool(row.get("expect_not_found", False)),
                seen=bool(row.get("seen", False)),
            )
        )
    return out


_WRITERS = {"docx": write_docx, "pdf": write_pdf}
_PARALLEL_FROM = 8  # files; fewer are written here (starting worker processes costs about a second)


def _write(job: tuple[str, Path, list[Block]]) -> Path:
    fmt, path, blocks = job
    return _WRITERS[fmt](path, blocks)


def document_formats(names: Sequence[str], formats: Sequence[str] = FORMATS, one_each: bool = False) -> list[tuple[str, str]]:
    """The (IEP, format) pairs an eval reads, in order: each IEP in every format, or with
    `one_each` in one of them, chosen by a hash of its name (so about half of the IEPs are read
    from each format, and an IEP added later does not move the others)."""
    if not one_each:
        return [(name, fmt) for name in names for fmt in formats]
    pick = {name: formats[hashlib.sha256(name.encode("utf-8")).digest()[0] % len(formats)] for name in names}
    return [(name, pick[name]) for name in names]


def write_documents(
    folder: Path,
    names: Sequence[str] | None = None,
    documents: Mapping[str, list[Block]] = DOCUMENTS,
    workers: int | None = None,
    pairs: Sequence[tuple[str, str]] | None = None,
) -> dict[tuple[str, str], Path]:
    """Each IEP as a Word file and a text PDF: {(name, "docx"): path, (name, "pdf"): path}, or
    only the (name, format) `pairs` given. Many files are written by `workers` processes
    (default: one per CPU this process may use), since laying out a PDF is pure Python and the
    files do not depend on each other."""
    folder.mkdir(parents=True, exist_ok=True)
    keys = list(pairs) if pairs is not None else document_formats(list(names or documents))
    jobs = [(fmt, folder / f"{name}.{fmt}", documents[name]) for name, fmt in keys]
    workers = workers if workers is not None else len(os.sched_getaffinity(0))
    if workers > 1 and len(jobs) >= _PARALLEL_FROM:
        try:  # spawned, not forked: the caller may already hold the embedding model's threads
            with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=multiprocessing.get_context("spawn")) as pool:
                return dict(zip(keys, pool.map(_write, jobs, chunksize=4)))
        except BrokenProcessPool:  # a script without a `__main__` guard cannot start workers: written here instead
            pass
    return dict(zip(keys, map(_write, jobs)))


@dataclass(frozen=True)
class IEPResult:
    id: str
    document: str
    format: str
    question: str
    blind: bool
    answer: str
    said_not_found: bool
    expect_not_found: bool
    facts_found: int = 0
    facts_total: int = 0
    first_states_all: bool = False  # the answer's verdict and first quote alone state every key fact
    page_expected: int | None = None
    page_cited: bool | None = None  # None when the question names no page
    missing: tuple[tuple[str, ...], ...] = ()

    @property
    def all_facts(self) -> bool:
        return self.facts_total > 0 and self.facts_found == self.facts_total


def said_not_found(answer: Any) -> bool:
    """An answer that says the IEP does not hold what was asked: no quotes, or a verdict that the
    thing asked about is not in it."""
    verdict = getattr(answer, "not_found", None)
    if verdict is not None:
        return bool(verdict)
    return not answer.quotes or bool(answer.note)


def score(case: IEPQuestion, fmt: str, answer: Any) -> IEPResult:
    """One answer (a DocumentAnswer: `.text`, `.quotes` of scored quotes with `.quote.text` and
    `.quote.page`) scored against the question's key facts and page."""
    text = answer.text
    missing = tuple(f for f in case.key_facts if not fact_found(f, text))
    first = " ".join([answer.note] + [s.quote.text for s in answer.quotes[:1]])
    page_cited = None
    if case.page is not None:
        on_page = [s.quote.text for s in answer.quotes if s.quote.page == case.page]
        page_cited = any(fact_found(f, t) for f in case.key_facts for t in on_page)
    return IEPResult(
        id=case.id,
        document=case.document,
        format=fmt,
        question=case.question,
        blind=case.blind,
        answer=text,
        said_not_found=said_not_found(answer),
        expect_not_found=case.expect_not_found,
        facts_found=len(case.key_facts) - len(missing),
        facts_total=len(case.key_facts),
        first_states_all=bool(case.key_facts) and all(fact_found(f, first) for f in case.key_facts),
        page_expected=case.page,
        page_cited=page_cited,
        missing=missing,
    )


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class IEPSummary:
    questions: int
    answers: int  # one per question and file format
    all_facts: float | None  # share of answers to answerable questions that state every key fact
    first_quote: float | None  # ... that state every key fact in the verdict and first quote alone
    coverage: float | None  # share of all key facts stated
    not_found_precision: float | None  # of answers saying "not found", how many were right to
    not_found_recall: float | None  # of questions the IEP does not answer, how many said so
    page_cited: float | None  # of answerable questions, how many quote a key fact from the right page

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def summarize(results: Sequence[IEPResult]) -> IEPSummary:
    answerable = [r for r in results if not r.expect_not_found]
    said = [r for r in results if r.said_not_found]
    absent = [r for r in results if r.expect_not_found]
    paged = [r for r in answerable if r.page_cited is not None]
    return IEPSummary(
        questions=len({r.id for r in results}),
        answers=len(results),
        all_facts=_ratio(sum(r.all_facts for r in answerable), len(answerable)),
        first_quote=_ratio(sum(r.first_states_all for r in answerable), len(answerable)),
        coverage=_ratio(sum(r.facts_found for r in answerable), sum(r.facts_total for r in answerable)),
        not_found_precision=_ratio(sum(r.expect_not_found for r in said), len(said)),
        not_found_recall=_ratio(sum(r.said_not_found for r in absent), len(absent)),
        page_cited=_ratio(sum(bool(r.page_cited) for r in paged), len(paged)),
    )


@dataclass
class IEPReport:
    results: list[IEPResult] = field(default_factory=list)

    def part(self, blind: bool) -> list[IEPResult]:
        return [r for r in self.results if r.blind == blind]

    def summaries(self) -> dict[str, IEPSummary]:
        return {"dev": summarize(self.part(False)), "blind": summarize(self.part(True))}

    def as_dict(self) -> dict:
        """The summary of both parts, and the dev part's results; blind results are left out."""
        return {
            "summary": {k: v.as_dict() for k, v in self.summaries().items()},
            "dev_results": [r.__dict__ | {"missing": [list(f) for f in r.missing]} for r in self.part(False)],
        }


Reader = Callable[[str, bytes], Any]  # (file name, bytes) -> the document as read


def run_iep_eval(
    read: Reader,
    make_answerer: Callable[[Any], Callable[[str], Any]],
    folder: Path,
    questions: Sequence[IEPQuestion] | None = None,
    formats: Sequence[str] = FORMATS,
    documents: Mapping[str, list[Block]] = DOCUMENTS,
    one_format_each: bool = False,
) -> IEPReport:
    """Write each IEP the questions ask about in each format (or, with `one_format_each`, in one
    of them: `document_formats`) into `folder`, read it with `read`, and answer every question
    with the answerer `make_answerer(document)` returns."""
    questions = list(questions if questions is not None else load_questions())
    names = list(dict.fromkeys(q.document for q in questions))
    pairs = document_formats(names, formats, one_format_each)
    files = write_documents(folder, documents=documents, pairs=pairs)
    report = IEPReport()
    for name, fmt in pairs:
        path = files[(name, fmt)]
        ask = make_answerer(read(path.name, path.read_bytes()))
        for case in (q for q in questions if q.document == name):
            report.results.append(score(case, fmt, ask(case.question)))
    return report


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def summary_lines(report: IEPReport) -> list[str]:
    lines = [
        f"{'part':6} {'questions':>9} {'answers':>7} {'all facts':>9} {'first quote':>11} {'coverage':>8} "
        f"{'not-found prec':>14} {'not-found recall':>16} {'page':>5}"
    ]
    for part, s in report.summaries().items():
        lines.append(
            f"{part:6} {s.questions:>9} {s.answers:>7} {_pct(s.all_facts):>9} {_pct(s.first_quote):>11} "
            f"{_pct(s.coverage):>8} {_pct(s.not_found_precision):>14} {_pct(s.not_found_recall):>16} "
            f"{_pct(s.page_cited):>5}"
        )
    return lines


def failure_lines(report: IEPReport) -> list[str]:
    """The dev part's failures, for working on the answerer (the blind part's are never shown)."""
    out = []
    for r in report.part(False):
        wrong_nf = r.said_not_found != r.expect_not_found
        if r.expect_not_found and not wrong_nf:
            continue
        if not r.expect_not_found and r.first_states_all and r.page_cited is not False and not wrong_nf:
            continue
        reasons = []
        if wrong_nf:
            reasons.append("said not found" if r.said_not_found else "should say not found")
        if r.missing:
            reasons.append("missing " + "; ".join(f[0] for f in r.missing))
        elif not r.expect_not_found and not r.first_states_all:
            reasons.append("facts not all in the first quote")
        if r.page_cited is False:
            reasons.append(f"not quoted from page {r.page_expected}")
        answer = r.answer.replace("\n", " | ")
        out.append(f"{r.id} [{r.format}] {r.question}\n    {', '.join(reasons)}\n    -> {answer[:400]}")
    return out
