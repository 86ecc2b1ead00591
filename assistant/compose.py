"""The default answerer: pick the best sentences of the retrieved guidance and cite each one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from assistant.config import AnswerSettings
from assistant.sentences import SentenceVectors
from assistant.text import content_terms, instruction_like, split_sentences, words
from assistant.types import Citation, Hit

if TYPE_CHECKING:
    from assistant.embeddings import CachedEmbedder

# How a candidate sentence is scored: its own similarity to the question, the similarity of the
# chunk it came from, and the share of the question's content words it contains.
W_SENTENCE, W_CHUNK, W_LEXICAL, W_LEAD, W_TOP = 0.55, 0.30, 0.15, 0.03, 0.03
MIN_SENTENCES = 2  # the top chunk tops a shorter answer up to this many relevant sentences
REDUNDANT = 0.80  # sentences this similar to one already chosen add nothing
CHUNK_WINDOW = 0.12  # only chunks within this score of the best one supply sentences
MAX_CHUNKS = 3  # ... and at most this many of them
SCORE_WINDOW = 0.12  # only sentences within this score of the best one are used
ELLIPSIS = " … "
_LEAD_IN = re.compile(r"^(here (are|is)|the following|below|for example)\b", re.I)


@dataclass(frozen=True)
class Candidate:
    sentence: str
    rank: int
    position: int
    hit: Hit
    similarity: float
    score: float


def candidates(hits: Sequence[Hit]) -> list[tuple[str, int, int, Hit]]:
    """Sentences of the best-scored chunks (by score, not list order: the list may have been
    diversified across articles, while the answer should come from the strongest passages)."""
    hits = sorted(hits, key=lambda h: -h.score)
    best = hits[0].score if hits else 0.0
    out = []
    for rank, hit in enumerate(hits[:MAX_CHUNKS]):
        if hit.score < best - CHUNK_WINDOW:
            continue
        for position, sentence in enumerate(split_sentences(hit.chunk.text)):
            n = len(words(sentence))
            if (
                4 <= n <= 80
                and not sentence.rstrip().endswith(":")
                and not _LEAD_IN.match(sentence)
                and not instruction_like(sentence)
            ):  # text addressed to a model is never quoted
                out.append((sentence, rank, position, hit))
    return out


def lexical_overlap(question_terms: set[str], sentence: str) -> float:
    if not question_terms:
        return 0.0
    return len(question_terms & content_terms(sentence)) / len(question_terms)


def select(cands: list[Candidate], vectors: dict[str, np.ndarray], limit: int, min_sim: float) -> list[Candidate]:
    """Greedy pick by score, skipping weak and redundant sentences."""
    chosen: list[Candidate] = []
    ranked = sorted(cands, key=lambda c: c.score, reverse=True)
    if not ranked:
        return chosen
    floor = ranked[0].score - SCORE_WINDOW
    for cand in ranked:
        if len(chosen) >= limit:
            break
        if chosen and (cand.score < floor or cand.similarity < min_sim):
            continue
        if not _redundant(cand, chosen, vectors):
            chosen.append(cand)
    for cand in ranked:  # a one-sentence answer gets the next relevant sentence of the top chunk
        if len(chosen) >= min(MIN_SENTENCES, limit):
            break
        if cand.rank == 0 and cand not in chosen and cand.similarity >= min_sim and not _redundant(cand, chosen, vectors):
            chosen.append(cand)
    return chosen


def _redundant(cand: Candidate, chosen: list[Candidate], vectors: dict[str, np.ndarray]) -> bool:
    vec = vectors[cand.sentence]
    return any(float(vec @ vectors[c.sentence]) > REDUNDANT for c in chosen)


def _finish(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence if sentence[-1:] in ".!?" else sentence + "."


def quote_for(text: str, group: list[Candidate]) -> str:
    """The quoted passage: the exact span when the sentences follow each other on one line,
    otherwise the sentences joined with an ellipsis. Each part is verbatim chunk text."""
    sentences = [c.sentence for c in group]
    positions = [c.position for c in group]
    if positions == list(range(positions[0], positions[0] + len(group))):
        first = text.find(sentences[0])
        last = text.find(sentences[-1], first) + len(sentences[-1])
        span = text[first:last]
        if first >= 0 and "\n" not in span:
            return span
    return ELLIPSIS.join(sentences)


class ExtractiveComposer:
    """Composes a short answer from retrieved chunks, every sentence carrying a citation."""

    def __init__(self, embedder: CachedEmbedder, settings: AnswerSettings, sentences: SentenceVectors | None = None) -> None:
        self.embedder = embedder
        self.settings = settings
        self.sentences = sentences or SentenceVectors(embedder)  # vectors stored at ingest

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
        raw = candidates(hits)
        if not raw:
            return "", []
        texts = [c[0] for c in raw]
        by_chunk = self.sentences.for_chunks([c[3].chunk for c in raw])
        matrix = np.vstack([by_chunk[hit.chunk.id][pos] for _, _, pos, hit in raw])
        vectors = dict(zip(texts, matrix))
        sims = matrix @ np.asarray(query_vector, dtype=np.float32)
        terms = content_terms(question)
        cands = [
            Candidate(
                sentence=s,
                rank=rank,
                position=pos,
                hit=hit,
                similarity=float(sim),
                score=W_SENTENCE * float(sim)
                + W_CHUNK * hit.score
                + W_LEXICAL * lexical_overlap(terms, s)
                + (W_LEAD if pos == 0 else 0.0)
                + (W_TOP if rank == 0 else 0.0),
            )
            for (s, rank, pos, hit), sim in zip(raw, sims)
        ]
        chosen = select(cands, vectors, self.settings.answer_sentences, self.settings.sentence_min_similarity)
        return render(chosen)


def render(chosen: list[Candidate]) -> tuple[str, list[Citation]]:
    """Group sentences by chunk (best chunk first), number citations in order of appearance."""
    groups: dict[str, list[Candidate]] = {}
    for cand in sorted(chosen, key=lambda c: (c.rank, c.position)):  # best-ranked chunk first
        groups.setdefault(cand.hit.chunk.id, []).append(cand)
    paragraphs, citations = [], []
    for n, group in enumerate(groups.values(), start=1):
        group.sort(key=lambda c: c.position)
        hit = group[0].hit
        citations.append(
            Citation(
                n=n,
                title=hit.chunk.title,
                section=hit.chunk.section,
                source=hit.chunk.source,
                chunk_id=hit.chunk.id,
                quote=quote_for(hit.chunk.text, group),
                score=hit.score,
                page=hit.chunk.page,
            )
        )
        paragraphs.append(" ".join(f"{_finish(c.sentence)} [{n}]" for c in group))
    return "\n\n".join(paragraphs), citations
