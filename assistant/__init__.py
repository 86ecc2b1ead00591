"""IEP Guide: cited answers to U.S. special education questions.

Nothing is loaded at import. Build an assistant explicitly::

    from assistant import Settings, build_assistant
    answer = build_assistant(Settings()).ask("What is an IEP?")
"""

from assistant.config import Settings
from assistant.errors import (
    DocumentError,
    IEPGuideError,
    IndexNotFoundError,
    IndexUnavailableError,
    QuestionError,
)
from assistant.factory import build_assistant, open_index
from assistant.service import Assistant
from assistant.types import Answer, Chunk, Citation, Hit, SentenceCheck, Turn

__all__ = [
    "Answer",
    "Assistant",
    "Chunk",
    "Citation",
    "DocumentError",
    "Hit",
    "IEPGuideError",
    "IndexNotFoundError",
    "IndexUnavailableError",
    "QuestionError",
    "SentenceCheck",
    "Settings",
    "Turn",
    "build_assistant",
    "open_index",
]
