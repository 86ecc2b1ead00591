"""The Assistant: a LangChain chain of embed → retrieve → compose, with per-stage timings."""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

import numpy as np
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.config import Settings
from assistant.errors import IEPGuideError
from assistant.followup import describes_school_action, retrieval_query
from assistant.language import guess_language, not_english_reply
from assistant.questions import clean_audience, clean_question
from assistant.types import Answer, Citation, Composed, Hit, Turn, lead_in

State = dict

# What the assistant says when its library has no guidance on a question.

_SCOPE = (
    "I can help with U.S. special education questions: IEPs, 504 plans, evaluations, "
    "IEP meetings, accommodations, related services, assistive technology, early intervention, "
    "discipline protections, resolving disagreements and transition planning."
)

_HELP = {
    "family": (
        "For help with your child's situation, contact your school's special education "
        "coordinator, or your state's Parent Training and Information Center (PTI), which "
        "gives families free help with special education."
    ),
    "teacher": (
        "For help with a specific student, talk with the student's case manager or your "
        "school's special education coordinator."
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


def abstention_text(audience: str = "family", nearby: Sequence[str] = ()) -> str:
    """The decline: plainly that the library has no guidance on this; the questions next to it
    that it can answer, when there are any; and where to get help."""
    help_text = _HELP.get(audience, _HELP["family"])
    if nearby:
        offer = "; ".join(f"“{q}”" for q in nearby)
        return (
            "I don't have guidance on that exact question in my library, so I can't give you a reliable "
            f"answer. Nearby questions I can answer: {offer}. {help_text}"
        )
    return (
        "I don't have guidance on that in my library, so I can't give you a reliable answer. "
        f"{_SCOPE} {help_text}"
    )


class Retriever(Protocol):
    """Finds the chunks that best answer a query, as named stages over the chain state.

    The state holds `query`, `vector` (the query embedding) and `audience`; the last stage
    leaves `hits` (best first)."""

    embedder: object

    def stages(self) -> list[tuple[str, Callable[[State], State]]]: ...


class Answerer(Protocol):
    """Writes the answer text, with [n] markers, from retrieved hits.

    `question` is the retrieval query (a follow-up made self-contained) and `asked` the words
    the asker typed; `said` holds the conversation's earlier answers (not to be repeated); `pool`
    every reranked candidate, best first, from which an answerer may take a sibling section.

    An answerer may also offer `compose_answer(question, vector, hits, audience) -> Composed`
    (to report checks, a notice and who wrote the text) and `stream_answer(...)`, which yields
    text pieces as they are generated and the Composed last."""

    def compose(
        self, question: str, query_vector: np.ndarray, hits: Sequence[Hit], said: Sequence[str] = (),
        pool: Sequence[Hit] = (), asked: str = "",
    ) -> tuple[str, list[Citation]]: ...


def timed(name: str, step: Callable[[State], State]) -> Runnable:
    """Wrap a step so its wall time lands in state['timings'][name] (milliseconds)."""

    def run(state: State) -> State:
        started = time.perf_counter()
        out = step(state)
        out["timings"][name] = (time.perf_counter() - started) * 1000
        return out

    return RunnableLambda(run, name=name)


class Assistant:
    """Answers special education questions with citations, or abstains."""

    def __init__(
        self,
        *,
        retriever: Retriever,
        answerer: Answerer,
        settings: Settings,
        rewrite: Callable[[str, Sequence[Turn]], str] = retrieval_query,
    ) -> None:
        self.retriever = retriever
        self.answerer = answerer
        self.settings = settings
        self.rewrite = rewrite  # follow-up question + earlier turns -> standalone retrieval query
        steps = [timed("embed", self._embed)] + [timed(name, step) for name, step in retriever.stages()]
        self.retrieval_chain: Runnable = steps[0]
        for step in steps[1:]:
            self.retrieval_chain = self.retrieval_chain | step
        self.chain: Runnable = self.retrieval_chain | timed("compose", self._compose)

    # -- chain steps -------------------------------------------------------
    def _embed(self, state: State) -> State:
        state["vector"] = self.retriever.embedder.query(state["query"])
        return state

    def _grounded(self, state: State) -> bool:
        """Whether the evidence (see assistant/evidence.py; the top hit's score when the retriever
        measures none) reaches the abstention threshold."""
        hits = state["hits"]
        evidence = state.get("evidence")
        state["grounding"] = evidence.score if evidence is not None else (hits[0].score if hits else None)
        threshold = self.settings.answer.abstain_threshold
        if describes_school_action(state["question"]):
            threshold -= self.settings.answer.abstain_school_margin
        if evidence is not None and evidence.key >= self.settings.answer.abstain_key_match and not state.get("said"):
            return bool(hits)  # nearly the very question one of its passages answers (not a follow-up, whose
            # query carries the earlier question's words)
        return bool(hits) and state["grounding"] >= threshold

    def _compose(self, state: State) -> State:
        state["text"], state["citations"] = "", []
        if not self._grounded(state):  # below the evidence threshold: no answerer (and no LLM) is asked
            return state
        full = getattr(self.answerer, "compose_answer", None)
        if full is None:
            state["text"], state["citations"] = self.answerer.compose(
                state["query"], state["vector"], state["hits"], said=state.get("said", ()), pool=state.get("pool", ()),
                asked=state["question"],
            )
        else:
            _apply(state, full(state["query"], state["vector"], state["hits"], audience=state["audience"]))
        return state

    # -- public API --------------------------------------------------------
    def _start(self, question: str, audience: str, history: Sequence[Turn]) -> State:
        text = clean_question(question, self.settings.answer.max_question_chars)
        audience = clean_audience(audience)
        query = self.rewrite(text, history)
        state = {"question": text, "query": query, "audience": audience, "timings": {}}
        if query != text and history and history[-1].answer:  # a follow-up: its new aspect, not the last answer again
            state["said"] = [history[-1].answer]
        if not (guess := guess_language(text)).english:  # the library is in English: say so kindly
            state.update(reply=not_english_reply(guess), text="", citations=[])
        return state

    def _run(self, question: str, audience: str, history: Sequence[Turn]) -> State:
        state = self._start(question, audience, history)
        if "reply" in state:
            return state
        with server_errors(self.settings):
            return self.chain.invoke(state)

    def _finish(self, state: State, started: float) -> Answer:
        timings = dict(state["timings"])
        timings["total"] = (time.perf_counter() - started) * 1000
        if not state["citations"]:
            text = state.get("reply") or abstention_text(state["audience"], self._nearby(state))
            return Answer(
                text=text, abstained=True, timings=timings, question=state["question"], evidence=state.get("grounding")
            )
        cited = {c.chunk_id for c in state["citations"]}
        audiences = [h.chunk.audience for h in state.get("hits", []) if h.chunk.id in cited]
        return Answer(
            text=state["text"],
            citations=tuple(state["citations"]),
            timings=timings,
            question=state["question"],
            answerer=state.get("answerer", "extractive"),
            checks=tuple(state.get("checks", ())),
            notice=state.get("notice", ""),
            evidence=state.get("grounding"),
            lead_in=lead_in(state["audience"], audiences),
        )

    def _nearby(self, state: State) -> list[str]:
        """For a question just outside the library, the questions next to it that it answers."""
        grounding = state.get("grounding")
        if grounding is None or grounding < self.settings.answer.abstain_threshold - NEAR_MARGIN:
            return []
        return suggestions([h.chunk.section for h in state.get("hits", [])])

    def ask(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> Answer:
        """Answer one question. Raises QuestionError for empty or oversized questions."""
        started = time.perf_counter()
        state = self._run(question, audience, history)
        return self._finish(state, started)

    def retrieve(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> list[Hit]:
        """The ranked hits an answer would be composed from (best first), without composing."""
        return self.inspect(question, audience, history)[0]

    def inspect(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> tuple[list[Hit], object]:
        """The ranked hits and the evidence signals (assistant.evidence.Evidence, or None when the
        retriever measures none) that the abstention threshold is compared with."""
        state = self._start(question, audience, history)
        with server_errors(self.settings):
            state = self.retrieval_chain.invoke(state)
        return list(state["hits"]), state.get("evidence")

    def stream(
        self, question: str, audience: str = "family", history: Sequence[Turn] = ()
    ) -> Iterator[str | Answer]:
        """Yield the answer text in pieces, then the finished Answer as the last item.
        A generating answerer's pieces are its tokens as they arrive; the Answer is verified."""
        started = time.perf_counter()
        streamer = getattr(self.answerer, "stream_answer", None)
        if streamer is None:
            state = self._run(question, audience, history)
            answer = self._finish(state, started)
            for piece in re.split(r"(?<=\])(\s+)", answer.text):
                if piece:
                    yield piece
            yield answer
            return
        state = self._start(question, audience, history)
        streamed = False
        if "reply" not in state:
            with server_errors(self.settings):
                state = self.retrieval_chain.invoke(state)
            state["text"], state["citations"] = "", []
            composing = time.perf_counter()
            if self._grounded(state):
                for item in streamer(state["query"], state["vector"], state["hits"], audience=state["audience"]):
                    if isinstance(item, Composed):
                        _apply(state, item)
                    elif item:
                        streamed = True
                        yield item
            state["timings"]["compose"] = (time.perf_counter() - composing) * 1000
        answer = self._finish(state, started)
        if not streamed:
            yield answer.text
        yield answer


@contextlib.contextmanager
def server_errors(settings) -> Iterator[None]:
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


def _apply(state: State, composed: Composed) -> None:
    state.update(
        text=composed.text,
        citations=list(composed.citations),
        answerer=composed.answerer,
        checks=composed.checks,
        notice=composed.notice,
    )
