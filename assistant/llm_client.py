"""The default chat model: any OpenAI-compatible endpoint (llama.cpp, vLLM, Ollama, hosted)."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from assistant.config import Settings


def make_chat_model(settings: Settings, *, max_tokens: int | None = None, http_client=None) -> BaseChatModel:
    """A ChatOpenAI for `settings.llm.base_url`. The token limit is sent as `max_tokens` in the
    request body (ChatOpenAI itself would send `max_completion_tokens`, which some servers ignore)."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.llm.model,
        base_url=settings.llm.base_url,
        api_key=settings.llm.api_key,
        timeout=settings.llm.timeout,
        max_retries=settings.llm.max_retries,
        temperature=settings.llm.temperature,
        extra_body={"max_tokens": max_tokens or settings.llm.max_tokens},
        http_client=http_client,
    )
