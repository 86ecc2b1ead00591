"""The LLM answerer: a chat model writes from numbered sources, the verifier checks every
sentence, and quoted guidance (the extractive answer) stands in whenever the model fails.

The chat model is any LangChain BaseChatModel, injected; `make_chat_model` builds the default
OpenAI-compatible one from the llm settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.config import LLMSettings, Settings
from assistant.followup import is_followup, retrieval_query
from assistant.llm_prompt import build_messages, select_sources
from assistant.service import Answerer, GeneratingAnswerer
from assistant.support import SupportJudge
from assistant.types import Citation, Composed, Hit, Turn
from assistant.verify import verify

if TYPE_CHECKING:
    import httpx

NAME = "openai"
INSTEAD = "Showing the matching passages from the guidance instead."


def make_chat_model(llm: LLMSettings, *, max_tokens: int | None = None, http_client: httpx.Client | None = None) -> BaseChatModel:
    """The default chat model: a ChatOpenAI for any OpenAI-compatible endpoint (llama.cpp, vLLM,
    Ollama, hosted) at `llm.base_url`. The token limit is sent as `max_tokens` in the request
    body (ChatOpenAI itself would send `max_completion_tokens`, which some servers ignore)."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=llm.model,
        base_url=llm.base_url,
        api_key=llm.api_key,
        timeout=llm.timeout,
        max_retries=llm.max_retries,
        temperature=llm.temperature,
        extra_body={"max_tokens": max_tokens or llm.max_tokens},
        http_client=http_client,
    )


def failure_notice(exc: Exception, settings: Settings) -> str:
    """A short, plain reason the model gave no answer (never a key or a traceback)."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        why = f"The language model did not answer within {settings.llm.timeout:g} seconds."
    elif isinstance(exc, openai.APIConnectionError):
        why = "The language model could not be reached."
    elif isinstance(exc, openai.APIStatusError):
        why = f"The language model returned an error (HTTP {exc.status_code})."
    else:
        why = f"The language model failed ({type(exc).__name__})."
    return f"{why} {INSTEAD}"


def _text(content: str | list[str | dict[str, object]]) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content)
    return ""


class LLMAnswerer(GeneratingAnswerer):
    """Answers with a chat model; every sentence is verified against the source it cites."""

    name = NAME

    def __init__(self, chat_model: BaseChatModel, judge: SupportJudge, fallback: Answerer, settings: Settings) -> None:
        self.chat_model = chat_model
        self.judge = judge
        self.fallback = fallback  # the extractive composer
        self.settings = settings

    def compose(
        self,
        question: str,
        query_vector: np.ndarray,
        hits: Sequence[Hit],
        said: Sequence[str] = (),
        pool: Sequence[Hit] = (),
        asked: str = "",
        audience: str = "",
    ) -> tuple[str, list[Citation]]:
        composed = self.compose_answer(question, query_vector, hits, audience=audience or "family")
        return composed.text, list(composed.citations)

    def compose_answer(self, question: str, query_vector: np.ndarray, hits: Sequence[Hit], audience: str = "family") -> Composed:
        result = Composed(text="")
        for item in self.stream_answer(question, query_vector, hits, audience=audience):
            if isinstance(item, Composed):
                result = item
        return result

    def stream_answer(
        self, question: str, query_vector: np.ndarray, hits: Sequence[Hit], audience: str = "family"
    ) -> Iterator[str | Composed]:
        """Yield the model's tokens as they arrive, then the verified (or fallback) Composed."""
        sources = select_sources(hits, self.settings.llm.context_chars)
        messages = build_messages(question, sources, audience=audience, sentences=self.settings.answer.answer_sentences)
        pieces: list[str] = []
        try:
            for chunk in self.chat_model.stream(messages):
                if piece := _text(chunk.content):
                    pieces.append(piece)
                    yield piece
        except Exception as exc:  # the model is an outside service: any failure falls back
            yield self._fallback(question, query_vector, hits, failure_notice(exc, self.settings))
            return
        reply = "".join(pieces).strip()
        if not reply:
            yield self._fallback(question, query_vector, hits, f"The language model returned an empty reply. {INSTEAD}")
            return
        checked = verify(reply, sources, self.judge, attribute=self.settings.llm.attribute_uncited)
        if checked.supported < self.settings.llm.min_supported:
            notice = (
                "The generated answer could not be matched to the guidance it cites "
                f"({checked.supported} of {len(checked.checks)} sentences backed by the sources). {INSTEAD}"
            )
            yield self._fallback(question, query_vector, hits, notice)
            return
        yield Composed(text=checked.text, citations=checked.citations, answerer=NAME, checks=checked.checks)

    def _fallback(self, question: str, query_vector: np.ndarray, hits: Sequence[Hit], notice: str) -> Composed:
        text, citations = self.fallback.compose(question, query_vector, hits)
        return Composed(text=text, citations=tuple(citations), answerer="extractive", notice=notice)


# -- follow-ups rewritten by the chat model -----------------------------------
# A short follow-up becomes a standalone search query; the word-based rewrite of
# `assistant.followup` stands in whenever the model fails or says something odd.
REWRITE_SYSTEM = (
    "Rewrite the user's last question as one standalone question about U.S. special education, "
    "using the earlier questions only to fill in what 'it', 'that' or 'they' refer to. "
    "Reply with the rewritten question only."
)
EARLIER_TURNS = 3


class FollowupRewriter:
    """Callable (question, history) -> retrieval query, like `followup.retrieval_query`."""

    def __init__(self, chat_model: BaseChatModel, *, max_chars: int = 300, knows: Callable[[str], bool] | None = None) -> None:
        self.chat_model = chat_model
        self.max_chars = max_chars
        self.knows = knows  # is a (stemmed) word in the library? (a new topic is not rewritten)

    def __call__(self, question: str, history: Sequence[Turn] = ()) -> str:
        fallback = retrieval_query(question, history, self.knows)
        earlier = [t.question.strip() for t in history if t.question.strip()][-EARLIER_TURNS:]
        if not earlier or not is_followup(question, self.knows):
            return fallback
        lines = "\n".join(f"Earlier question: {q}" for q in earlier)
        messages = [SystemMessage(content=REWRITE_SYSTEM), HumanMessage(content=f"{lines}\nLast question: {question.strip()}")]
        try:
            reply = self.chat_model.invoke(messages).content
        except Exception:  # the model is an outside service: the word-based rewrite stands in
            return fallback
        text = reply.strip().splitlines()[0].strip().strip('"') if isinstance(reply, str) and reply.strip() else ""
        text = text.removeprefix("Rewritten question:").strip()
        return text if 3 <= len(text) <= self.max_chars else fallback
