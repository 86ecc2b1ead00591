"""Building the assistant and the index from explicit settings; heavy parts can be injected."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from chromadb.api import ClientAPI
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel

from assistant.compose import ExtractiveComposer
from assistant.config import Settings
from assistant.embeddings import CachedEmbedder, load_embedder, model_name
from assistant.errors import IndexUnavailableError
from assistant.evidence import EvidenceWeights
from assistant.followup import retrieval_query
from assistant.hybrid import Retrieval
from assistant.library import open_library
from assistant.passages import PassageComposer, PassageWeights
from assistant.rerank import Reranker, RerankWeights
from assistant.sentences import SentenceVectors
from assistant.service import Answerer, Assistant
from assistant.store import GuidanceIndex, make_client
from assistant.support import SupportJudge
from assistant.types import Chunk, Turn

if TYPE_CHECKING:  # imported when an LLM answers: it needs the llm extra
    from assistant.llm_answer import LLMAnswerer


def open_index(
    settings: Settings,
    *,
    embedder: Embeddings,
    client: ClientAPI | None = None,
    create: bool = False,
) -> GuidanceIndex:
    """The chunk index; with create=False it must already exist and hold chunks. It reads the
    collection its library names (a reset switches to a new one)."""
    client = client or make_client(settings, create=create)
    index = GuidanceIndex(client, settings.index.collection, model_name(embedder))
    try:
        snapshot = open_library(settings, client).load()
    except IndexUnavailableError:
        if not create:
            raise
        snapshot = None  # a damaged library: ingest --reset rebuilds it
    if snapshot is not None:
        index.switch(snapshot.collection)
    return index if create else index.require()


def build_assistant(
    settings: Settings | None = None,
    *,
    embedder: Embeddings | None = None,
    client: ClientAPI | None = None,
    chat_model: BaseChatModel | None = None,
) -> Assistant:
    """An Assistant over an existing index. Raises IndexNotFoundError if none is built.

    With settings.answer.answerer == "openai" the answers are written by `chat_model` (by default a
    ChatOpenAI for settings.llm.base_url) and verified; otherwise they are extractive."""
    settings = settings or Settings()
    embedder = embedder or load_embedder(settings.index)
    raw = open_index(settings, embedder=embedder, client=client)
    index = raw.committed(
        open_library(settings, raw.client), settings.index.bm25_path(), settings.index.exact_search_max_chunks
    ).require()  # committed chunks only
    cached = CachedEmbedder(embedder)
    sentences = SentenceVectors(cached, index.sentences, settings.index.sentence_cache_chunks)
    retrieval = Retrieval(
        index=index,
        embedder=cached,
        settings=settings.retrieval,
        evidence_weights=EvidenceWeights.from_settings(settings.answer),
        reranker=Reranker(cached, RerankWeights.from_settings(settings.retrieval), sentences=sentences),
    )
    answerer = extractive_answerer(settings, cached, sentences, index.idf, index.source_chunks)
    if settings.answer.answerer != "openai":
        with_vocabulary = functools.partial(retrieval_query, knows=index.knows)
        return Assistant(retrieval=retrieval, answerer=answerer, settings=settings, rewrite=with_vocabulary)
    llm, rewrite = build_llm_answerer(settings, cached, answerer, chat_model, knows=index.knows)
    return Assistant(retrieval=retrieval, answerer=llm, settings=settings, rewrite=rewrite)


def extractive_answerer(
    settings: Settings,
    embedder: CachedEmbedder,
    sentences: SentenceVectors,
    idf: Callable[[str], float],
    article: Callable[[str], list[Chunk]] | None = None,
) -> PassageComposer | ExtractiveComposer:
    """The answerer that quotes guidance: the passage composer, or the older sentence picker."""
    if settings.answer.composer == "sentence":
        return ExtractiveComposer(embedder, settings.answer, sentences=sentences)
    weights = PassageWeights(words=settings.answer.answer_words)
    return PassageComposer(embedder, sentences, weights=weights, idf=idf, article=article)


def build_llm_answerer(
    settings: Settings,
    embedder: CachedEmbedder,
    extractive: Answerer,
    chat_model: BaseChatModel | None,
    knows: Callable[[str], bool] | None = None,
) -> tuple[LLMAnswerer, Callable[[str, Sequence[Turn]], str]]:
    """The verified LLM answerer (falling back to `extractive`) and the follow-up rewrite it uses."""
    from assistant.llm_answer import FollowupRewriter, LLMAnswerer, make_chat_model

    chat = chat_model or make_chat_model(settings.llm)
    answerer = LLMAnswerer(chat, SupportJudge.from_settings(embedder, settings.answer), extractive, settings)
    if not settings.llm.rewrite_followups:
        return answerer, functools.partial(retrieval_query, knows=knows)
    rewriter_model = chat_model or make_chat_model(settings.llm, max_tokens=settings.llm.rewrite_max_tokens)
    return answerer, FollowupRewriter(rewriter_model, max_chars=settings.answer.max_question_chars, knows=knows)
