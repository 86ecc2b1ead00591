"""The Assistant: one LangChain chain of typed stages, with per-stage timings.

question → query (`Understanding`) → candidates → ranked hits → evidence (`Retrieval`, in
assistant/hybrid.py) → answer (`Answering`); `build_chain` strings them into one runnable. Each
stage takes a frozen value and returns the next one, and is configured with its own settings
section only."""

from __future__ import annotations

import abc
import contextlib
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda

from assistant.config import AnswerSettings, Settings
from assistant.errors import IEPGuideError
from assistant.evidence import Evidence
from assistant.followup import (
    asks_for_a_referral,
    asks_for_outside_advice,
    asks_for_state_law,
    describes_school_action,
    is_followup,
    names_special_education,
    retrieval_query,
    tells_situation,
)
from assistant.hybrid import Query, Retrieval, Retrieved, Timed, timed, untimed
from assistant.language import guess_language, not_english_reply
from assistant.questions import SCOPE_TOPICS, asker_audience, clean_question, conversation_reply
from assistant.types import Answer, Citation, Composed, Hit, Turn, lead_in

# What the assistant says when its library has no guidance on a question.

_SCOPE = f"I can help with U.S. special education questions: {SCOPE_TOPICS}."

_HELP = {
    "family": (
        "For help with your child's situation, contact your school's special education "
        "coordinator, or your state's Parent Training and Information Center (PTI), which "
        "gives families free help with special education."
    ),
    "teacher": (
        "For help with a specific student, talk with the student's case manager or your school's special education coordinator."
    ),
}


NEAR_MARGIN = 0.05  # evidence this close below the threshold: the library has neighbouring guidance
MAX_SUGGESTIONS = 2


def suggestions(headings: Sequence[str]) -> list[str]:
    """Questions the library does answer, from the headings of the passages a declined question
    came closest to (best first): distinct question headings only, at most MAX_SUGGESTIONS."""
    out: list[str] = []
    for heading in headings:
        heading = " ".join(heading.split())
        if heading.endswith("?") and heading.lower() not in (h.lower() for h in out):
            out.append(heading)
    return out[:MAX_SUGGESTIONS]


def abstention_text(audience: str = "family", nearby: Sequence[str] = (), acting: bool = False) -> str:
    """The decline: plainly that the library has no guidance on this (or, for a request to write
    something for the asker or to foretell a case, that the assistant does not do that); the
    questions next to it that it can answer, when there are any; and where to get help."""
    help_text = _HELP.get(audience, _HELP["family"])
    offer = "; ".join(f"“{q}”" for q in nearby)
    if acting:
        return (
            "I can't write or fill in anything for you, or tell how a case will turn out: I answer by "
            "quoting the guidance in my library. " + (f"Questions I can answer: {offer}. " if offer else f"{_SCOPE} ") + help_text
        )
    if nearby:
        return (
            "I don't have guidance on that exact question in my library, so I can't give you a reliable "
            f"answer. Nearby questions I can answer: {offer}. {help_text}"
        )
    return f"I don't have guidance on that in my library, so I can't give you a reliable answer. {_SCOPE} {help_text}"


class Answerer(Protocol):
    """Writes the answer text, with [n] markers, from retrieved hits, all at once.

    `question` is the retrieval query (a follow-up made self-contained) and `asked` the words
    the asker typed; `said` holds the conversation's earlier answers (not to be repeated); `pool`
    every reranked candidate, best first, from which an answerer may take a sibling section."""

    def compose(
        self,
        question: str,
        query_vector: np.ndarray,
        hits: Sequence[Hit],
        said: Sequence[str] = (),
        pool: Sequence[Hit] = (),
        asked: str = "",
        audience: str = "",
    ) -> tuple[str, list[Citation]]: ...


class GeneratingAnswerer(abc.ABC):
    """An answerer that writes with a model: its text streams as it is generated, and what it
    composed says who wrote it, its sentence checks and any notice."""

    @abc.abstractmethod
    def compose_answer(
        self, question: str, query_vector: np.ndarray, hits: Sequence[Hit], audience: str = "family"
    ) -> Composed: ...

    @abc.abstractmethod
    def stream_answer(
        self, question: str, query_vector: np.ndarray, hits: Sequence[Hit], audience: str = "family"
    ) -> Iterator[str | Composed]:
        """Text pieces as they are generated, then the Composed last."""


# -- the values around the retrieval stages ---------------------------------------------------


@dataclass(frozen=True)
class Question:
    """What the asker typed, for whom, after which earlier turns."""

    text: str
    audience: str = "family"
    history: tuple[Turn, ...] = ()


@dataclass(frozen=True)
class Reply:
    """A message answered without retrieval: a question not in English (the library is), or one that
    asks nothing of the library (thanks, hello, "explain that more simply")."""

    query: Query
    text: str


@dataclass(frozen=True)
class Answered:
    """The retrieval with what was composed from it; `grounding` is the evidence score the
    abstention threshold was compared with. An ungrounded question has an empty Composed."""

    retrieved: Retrieved
    grounding: float | None
    composed: Composed


# -- the stages around retrieval ---------------------------------------------------------------


@dataclass(frozen=True)
class Understanding:
    """question → query: the question cleaned and bounded (questions.py), a follow-up rewritten
    into a standalone retrieval query with the earlier turns (followup.py), and a question not
    in English given a kind reply instead."""

    settings: AnswerSettings
    rewrite: Callable[[str, Sequence[Turn]], str] = retrieval_query

    def __call__(self, question: Question) -> Query | Reply:
        text = clean_question(question.text, self.settings.max_question_chars)
        # the asker's audience carries through the conversation: a teacher who says so is answered as one
        audience = asker_audience(question.audience, text, [turn.question for turn in question.history])
        rewritten = self.rewrite(text, question.history)
        history = question.history
        # a follow-up is a question the earlier turns changed, not one given the library's words for the
        # situation it tells ("cool. how do i file my taxes online for free" gets "free help" either way)
        followup = bool(history) and rewritten != self.rewrite(text, ())
        said = (history[-1].answer,) if followup and history[-1].answer else ()
        if said and tells_situation(history[-1].question):
            # what was offered when the asker only told the situation was not asked for; the question now
            # asks for it, so none of it is held back ("my son turns 3 in april and gets early intervention"
            # then "what happens to his services when he turns 3?"). Still a follow-up, with nothing to avoid.
            said = ("",)
        # a follow-up: its new aspect, not the last answer again. It continues a topic the library answered,
        # or one the asker only set out ("gen ed teacher here - i have a student with a 504 for anxiety")
        continues = followup and (bool(history[-1].sources) or tells_situation(history[-1].question))
        declined = history[-1].question if followup and not history[-1].sources else ""
        thread = history[-1].sources if continues else ()
        query = Query(
            asked=text, text=rewritten, audience=audience, said=said, continues=continues, declined=declined, thread=thread
        )
        if not (guess := guess_language(text)).english:  # the library is in English: say so kindly
            return Reply(query, not_english_reply(guess))
        if (reply := conversation_reply(text, opening=not history)) is not None:  # thanks, hello, "help"
            return Reply(query, reply)
        return query


@dataclass(frozen=True)
class Answering:
    """evidence → answer: below the abstention threshold no answerer is asked; otherwise the
    answerer composes the answer from the hits."""

    answerer: Answerer | GeneratingAnswerer
    settings: AnswerSettings

    def grounding(self, retrieved: Retrieved) -> tuple[bool, float | None]:
        """Whether the evidence (see assistant/evidence.py; the top hit's score when the retriever
        measures none) reaches the abstention threshold, and that evidence score."""
        hits, evidence, query = retrieved.hits, retrieved.evidence, retrieved.query
        score = evidence.score if evidence is not None else (hits[0].score if hits else None)
        if query.acting:  # writing or acting for the asker, or foretelling: no quote does it
            return False, score
        threshold = self.settings.abstain_threshold
        if describes_school_action(query.asked):
            threshold -= self.settings.abstain_school_margin
        # a question for what the library does not give, however like its headings it is worded: it ranks,
        # recommends and prices nothing, lists no offices and acts for no one, gives no medical or at-home
        # parenting advice, nor one state's or another country's own law
        margins = [
            margin
            for asks, margin in (
                (asks_for_a_referral, self.settings.abstain_ranking_margin),
                (asks_for_outside_advice, self.settings.abstain_advice_margin),
                (asks_for_state_law, self.settings.abstain_state_law_margin),
            )
            if any(asks(text) for text in query.requests)
        ]
        threshold += sum(margins)
        outside = bool(margins)
        # a follow-up to an answered question needs a little less: its topic is already the library's,
        # unless it asks for what the library does not give ("btw can you recommend a realtor there?")
        if query.continues and not outside:
            threshold -= self.settings.abstain_followup_margin
        key_match = self.settings.abstain_key_match
        if not query.continues and not is_followup(query.asked) and not names_special_education(query.asked):
            # school life in general ("what time does school usually start"), however like a heading it sounds
            threshold += self.settings.abstain_topic_margin
            key_match += self.settings.abstain_topic_margin
        if evidence is not None and evidence.key >= key_match and not query.said and not outside:
            return bool(hits), score  # nearly the very question one of its passages answers (not a follow-up,
            # whose query carries the earlier question's words)
        return bool(hits) and score is not None and score >= threshold, score

    def __call__(self, retrieved: Retrieved) -> Answered:
        grounded, score = self.grounding(retrieved)
        if not grounded:  # below the evidence threshold: no answerer (and no LLM) is asked
            return Answered(retrieved, score, Composed(text=""))
        query, answerer = retrieved.query, self.answerer
        if isinstance(answerer, GeneratingAnswerer):
            composed = answerer.compose_answer(query.text, retrieved.vector, list(retrieved.hits), audience=query.audience)
        else:
            text, citations = answerer.compose(
                query.text,
                retrieved.vector,
                list(retrieved.hits),
                said=list(query.said),
                pool=list(retrieved.pool),
                asked=query.asked,
                audience=query.audience,
            )
            composed = Composed(text=text, citations=tuple(citations))
        return Answered(retrieved, score, composed)

    def stream(self, retrieved: Retrieved) -> Iterator[str | Answered]:
        """A generating answerer's text pieces as they arrive, then the Answered last (an answerer
        that composes all at once yields the Answered alone)."""
        if not isinstance(self.answerer, GeneratingAnswerer):
            yield self(retrieved)
            return
        grounded, score = self.grounding(retrieved)
        composed = Composed(text="")
        if grounded:
            query = retrieved.query
            pieces = self.answerer.stream_answer(query.text, retrieved.vector, list(retrieved.hits), audience=query.audience)
            for item in pieces:
                if isinstance(item, Composed):
                    composed = item
                elif item:
                    yield item
        yield Answered(retrieved, score, composed)


def build_chain(
    understanding: Understanding, retrieval: Retrieval, answering: Answering
) -> Runnable[Timed[Question], Timed[Answered] | Timed[Reply]]:
    """The Assistant's chain: question → query → candidates → ranked hits → evidence → answer,
    each stage timed (the question's own stage, which does no search, is not). A question that
    gets a kind reply instead (not in English) leaves the chain after its first stage."""
    answer = retrieval.runnable() | timed("compose", answering)

    def route(step: Timed[Query | Reply], config: RunnableConfig) -> Timed[Answered] | Timed[Reply]:
        if isinstance(step.value, Reply):
            return Timed(step.value, step.timings)
        return answer.invoke(Timed(step.value, step.timings), config)  # the timed stages from the query on

    return untimed("query", understanding) | RunnableLambda(route, name="route")


class Assistant:
    """Answers special education questions with citations, or abstains."""

    def __init__(
        self,
        *,
        retrieval: Retrieval,
        answerer: Answerer | GeneratingAnswerer,
        settings: Settings,
        rewrite: Callable[[str, Sequence[Turn]], str] = retrieval_query,
    ) -> None:
        self.retrieval = retrieval
        self.answerer = answerer
        self.settings = settings
        self.understanding = Understanding(settings.answer, rewrite)  # follow-up + earlier turns -> standalone query
        self.answering = Answering(answerer, settings.answer)
        self.chain = build_chain(self.understanding, retrieval, self.answering)

    # -- public API --------------------------------------------------------
    def ask(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> Answer:
        """Answer one question. Raises QuestionError for empty or oversized questions."""
        started = time.perf_counter()
        with server_errors(self.settings):
            done = self.chain.invoke(Timed(Question(question, audience, tuple(history))))
        return self._finish(done.value, done.timings, started)

    def query(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> Query:
        """The retrieval query the chain's first stage makes of a question (a follow-up made
        self-contained), also for a question that gets a kind reply instead of an answer."""
        understood = self.understanding(Question(question, audience, tuple(history)))
        return understood.query if isinstance(understood, Reply) else understood

    def retrieve(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> list[Hit]:
        """The ranked hits an answer would be composed from (best first), without composing."""
        return self.inspect(question, audience, history)[0]

    def inspect(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> tuple[list[Hit], Evidence | None]:
        """The ranked hits and the evidence signals (None when the retriever measures none) that
        the abstention threshold is compared with."""
        query = self.query(question, audience, history)
        with server_errors(self.settings):
            retrieved = self.retrieval.retrieve(query)
        return list(retrieved.hits), retrieved.evidence

    def stream(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        """Yield the answer text in pieces, then the finished Answer as the last item.
        A generating answerer's pieces are its tokens as they arrive; the Answer is verified."""
        started = time.perf_counter()
        if not isinstance(self.answerer, GeneratingAnswerer):
            answer = self.ask(question, audience, history)
            for piece in re.split(r"(?<=\])(\s+)", answer.text):
                if piece:
                    yield piece
            yield answer
            return
        understood = self.understanding(Question(question, audience, tuple(history)))
        streamed = False
        if isinstance(understood, Reply):
            answer = self._finish(understood, (), started)
        else:
            with server_errors(self.settings):
                retrieved = self.retrieval.runnable().invoke(Timed(understood))
            composing = time.perf_counter()
            answered: Answered | None = None
            for item in self.answering.stream(retrieved.value):
                if isinstance(item, Answered):
                    answered = item
                else:
                    streamed = True
                    yield item
            assert answered is not None
            timings = retrieved.timings + (("compose", (time.perf_counter() - composing) * 1000),)
            answer = self._finish(answered, timings, started)
        if not streamed:
            yield answer.text
        yield answer

    # -- the Answer ---------------------------------------------------------
    def _finish(self, done: Answered | Reply, stage_timings: Sequence[tuple[str, float]], started: float) -> Answer:
        timings = dict(stage_timings)
        timings["total"] = (time.perf_counter() - started) * 1000
        if isinstance(done, Reply):
            return Answer(text=done.text, abstained=True, timings=timings, question=done.query.asked, evidence=None)
        query, composed = done.retrieved.query, done.composed
        if not composed.citations:
            text = abstention_text(query.audience, self._nearby(done), query.acting)
            return Answer(text=text, abstained=True, timings=timings, question=query.asked, evidence=done.grounding)
        cited = {c.chunk_id for c in composed.citations}
        audiences = [h.chunk.audience for h in done.retrieved.hits if h.chunk.id in cited]
        return Answer(
            text=composed.text,
            citations=composed.citations,
            timings=timings,
            question=query.asked,
            answerer=composed.answerer,
            checks=composed.checks,
            notice=composed.notice,
            evidence=done.grounding,
            lead_in=lead_in(query.audience, audiences),
        )

    def _nearby(self, done: Answered) -> list[str]:
        """For a question just outside the library, the questions next to it that it answers."""
        if done.grounding is None or done.grounding < self.settings.answer.abstain_threshold - NEAR_MARGIN:
            return []
        return suggestions([h.chunk.section for h in done.retrieved.hits])


@contextlib.contextmanager
def server_errors(settings: Settings | None) -> Iterator[None]:
    """A Chroma server that stopped or froze mid-question: a clear error naming it, not a traceback."""
    try:
        yield
    except IEPGuideError:
        raise
    except Exception as exc:
        from assistant.remote import is_server_failure, server_error

        if settings is not None and settings.index.chroma_host and is_server_failure(exc):
            raise server_error(settings, exc) from exc
        raise
