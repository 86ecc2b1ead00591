"""Rewriting a short follow-up into a standalone search query with the LLM, falling back to
the word-based rewrite of `assistant.followup` whenever the model fails or says something odd."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.followup import is_followup, retrieval_query
from assistant.types import Turn

SYSTEM = (
    "Rewrite the user's last question as one standalone question about U.S. special education, "
    "using the earlier questions only to fill in what 'it', 'that' or 'they' refer to. "
    "Reply with the rewritten question only."
)
EARLIER_TURNS = 3


class FollowupRewriter:
    """Callable (question, history) -> retrieval query, like `followup.retrieval_query`."""

    def __init__(self, chat_model: BaseChatModel, *, max_chars: int = 300) -> None:
        self.chat_model = chat_model
        self.max_chars = max_chars

    def __call__(self, question: str, history: Sequence[Turn] = ()) -> str:
        fallback = retrieval_query(question, history)
        earlier = [t.question.strip() for t in history if t.question.strip()][-EARLIER_TURNS:]
        if not earlier or not is_followup(question):
            return fallback
        lines = "\n".join(f"Earlier question: {q}" for q in earlier)
        messages = [SystemMessage(content=SYSTEM), HumanMessage(content=f"{lines}\nLast question: {question.strip()}")]
        try:
            reply = self.chat_model.invoke(messages).content
        except Exception:  # the model is an outside service: the word-based rewrite stands in
            return fallback
        text = reply.strip().splitlines()[0].strip().strip('"') if isinstance(reply, str) and reply.strip() else ""
        text = text.removeprefix("Rewritten question:").strip()
        return text if 3 <= len(text) <= self.max_chars else fallback
