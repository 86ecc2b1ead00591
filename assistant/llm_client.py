"""The default chat model: any OpenAI-compatible endpoint (llama.cpp, vLLM, Ollama, hosted)."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from assistant.config import Settings


def make_chat_model(settings: Settings, *, max_tokens: int | None = None, http_client=None) -> BaseChatModel:
    """A ChatOpenAI for `settings.llm_base_url`. The token limit is sent as `max_tokens` in the
    request body (ChatOpenAI itself would send `max_completion_tokens`, which some servers ignore)."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        temperature=settings.llm_temperature,
        extra_body={"max_tokens": max_tokens or settings.llm_max_tokens},
        http_client=http_client,
    )
