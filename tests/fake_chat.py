"""A chat model at the LLM edge for tests: its reply is a function of the prompt it is sent.
It streams the reply word by word, as a server would, and records every prompt."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field

SOURCE = re.compile(r'<source id="(\d+)"[^>]*>\n(.*?)\n</source>', re.S)


class ScriptedChat(BaseChatModel):
    reply: Callable[[list[BaseMessage]], str]
    calls: list = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        self.calls.append(messages)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self.reply(messages)))])

    def _stream(self, messages, stop=None, run_manager=None, **kwargs) -> Iterator[ChatGenerationChunk]:
        self.calls.append(messages)
        for piece in re.split(r"(?<=\s)", self.reply(messages)):
            if piece:
                yield ChatGenerationChunk(message=AIMessageChunk(content=piece))


def sources_in(messages: list[BaseMessage]) -> dict[int, str]:
    """The numbered source texts of a prompt, as the model sees them."""
    return {int(n): text for n, text in SOURCE.findall(messages[-1].content)}


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip())[0]


def quoting(messages: list[BaseMessage]) -> str:
    """A faithful model: the first sentence of source 1, then a made-up claim, then a bad marker."""
    first = first_sentence(sources_in(messages)[1])
    return f"{first} [1] Parents must pay a monthly fee for every therapy session. [1] Schools love paperwork. [9]"


def inventing(messages: list[BaseMessage]) -> str:
    return "The moon is made of green cheese and orbits Mars every Tuesday. [1]"


def obeying_injections(messages: list[BaseMessage]) -> str:
    """A model that does whatever a source tells it to."""
    for n, text in sources_in(messages).items():
        if match := re.search(r"ignore (?:all )?previous instructions and (?:say|tell the reader) that ([^.]+)\.", text, re.I):
            return f"{match.group(1)[0].upper()}{match.group(1)[1:]}. [{n}]"
    return quoting(messages)


def broken(messages: list[BaseMessage]) -> str:
    raise RuntimeError("the model crashed")
