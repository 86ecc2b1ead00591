"""The Assistant: a LangChain chain of embed → retrieve → compose, with per-stage timings."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.abstain import abstention_text
from assistant.compose import ExtractiveComposer
from assistant.config import Settings
from assistant.followup import retrieval_query
from assistant.questions import clean_audience, clean_question
from assistant.retrieval import DenseRetriever
from assistant.types import Answer, Turn

State = dict


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
        retriever: DenseRetriever,
        composer: ExtractiveComposer,
        settings: Settings,
    ) -> None:
        self.retriever = retriever
        self.composer = composer
        self.settings = settings
        self.chain: Runnable = (
            timed("embed", self._embed) | timed("retrieve", self._retrieve) | timed("compose", self._compose)
        )

    # -- chain steps -------------------------------------------------------
    def _embed(self, state: State) -> State:
        state["vector"] = self.retriever.embedder.query(state["query"])
        return state

    def _retrieve(self, state: State) -> State:
        state["hits"] = self.retriever.search(state["vector"], k=self.settings.k)
        return state

    def _compose(self, state: State) -> State:
        hits = state["hits"]
        if not hits or hits[0].score < self.settings.abstain_threshold:
            state["text"], state["citations"] = "", []
            return state
        state["text"], state["citations"] = self.composer.compose(state["query"], state["vector"], hits)
        return state

    # -- public API --------------------------------------------------------
    def ask(self, question: str, audience: str = "family", history: Sequence[Turn] = ()) -> Answer:
        """Answer one question. Raises QuestionError for empty or oversized questions."""
        started = time.perf_counter()
        text = clean_question(question, self.settings.max_question_chars)
        audience = clean_audience(audience)
        state = self.chain.invoke(
            {"question": text, "query": retrieval_query(text, history), "audience": audience, "timings": {}}
        )
        timings = dict(state["timings"])
        timings["total"] = (time.perf_counter() - started) * 1000
        if not state["citations"]:
            return Answer(text=abstention_text(audience), abstained=True, timings=timings, question=text)
        return Answer(
            text=state["text"], citations=tuple(state["citations"]), timings=timings, question=text
        )
