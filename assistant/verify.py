"""Checking a generated answer against the sources it cites, sentence by sentence.

Markers that point to no source are dropped; each sentence is judged against the text of the
sources it cites with the same SupportJudge the evals use; citations are renumbered in order of
appearance and quote the cited chunk verbatim. A sentence without a marker is checked against
every source and cites the one that supports it, if any. Sentences of a source that address the model
("ignore previous instructions…") never count as support and are never quoted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.citations import cited_sentences
from assistant.llm_prompt import Source
from assistant.support import SupportJudge, lexical_support
from assistant.text import instruction_like, split_sentences
from assistant.types import Citation, SentenceCheck

ELLIPSIS = " … "  # as in extractive quotes
# Prompt scaffolding a model may echo back: source tags and "Question:" / "Sources:" lines.
_ECHO_TAG = re.compile(r"</?\s*sources?\b[^>]*>", re.I)
_ECHO_LINE = re.compile(r"(^|(?<=\s))(Question|Sources?|Answer[^:\n]{0,30}):.*$", re.M)


def clean_reply(reply: str) -> str:
    return _ECHO_LINE.sub("", _ECHO_TAG.sub("", reply)).strip()


@dataclass(frozen=True)
class Verified:
    """The checked answer: text with renumbered markers, its citations and one check per sentence."""

    text: str
    citations: tuple[Citation, ...]
    checks: tuple[SentenceCheck, ...]

    @property
    def supported(self) -> int:
        return sum(1 for c in self.checks if c.supported)


def evidence(source: Source) -> list[str]:
    """The sentences of a source that may back an answer (not the ones addressed to a model)."""
    return [s for s in split_sentences(source.text) if not instruction_like(s)]


def _judge(judge: SupportJudge, sentence: str, source: Source) -> tuple[bool, float]:
    passage = "\n".join(evidence(source))
    if not passage:
        return False, 0.0
    support = judge.judge(sentence, passage)
    return support.supported, support.score


def quote_for(source: Source, claims: Sequence[str]) -> str:
    """The sentences of the cited chunk that best match the sentences citing it (one per claim,
    in chunk order, joined with an ellipsis); each is verbatim chunk text."""
    text = source.hit.chunk.text
    pieces = [p for p in evidence(source) if p in text] or [text[:300].strip()]
    best = {max(range(len(pieces)), key=lambda i: (lexical_support(claim, pieces[i]), -i)) for claim in claims}
    return ELLIPSIS.join(pieces[i] for i in sorted(best))


def _supporting(judge: SupportJudge, sentence: str, sources: Sequence[Source]) -> tuple[int, ...]:
    """The first source (best ranked) that supports an uncited sentence, if any does."""
    for source in sources:
        if _judge(judge, sentence, source)[0]:
            return (source.n,)
    return ()


def verify(reply: str, sources: Sequence[Source], judge: SupportJudge, *, attribute: bool = True) -> Verified:
    """Check every sentence of `reply`. With `attribute`, a sentence that cites no source gets
    the source that supports it (models, small ones especially, often leave markers out)."""
    by_n = {s.n: s for s in sources}
    renumber: dict[int, int] = {}
    claims: dict[int, list[str]] = {}
    checks: list[SentenceCheck] = []
    parts: list[tuple[str, str]] = []  # (what goes before it, the sentence with its markers)
    for sentence in cited_sentences(clean_reply(reply)):
        valid = tuple(dict.fromkeys(n for n in sentence.numbers if n in by_n))  # unknown numbers dropped
        if not valid and attribute:
            valid = _supporting(judge, sentence.text, sources)
        results = [_judge(judge, sentence.text, by_n[n]) for n in valid]
        supported = any(ok for ok, _ in results)
        score = max((s for _, s in results), default=0.0)
        numbers = tuple(renumber.setdefault(n, len(renumber) + 1) for n in valid)
        for n in valid:
            claims.setdefault(n, []).append(sentence.text)
        checks.append(SentenceCheck(text=sentence.text, numbers=numbers, supported=supported, score=score))
        part = sentence.text + "".join(f" [{m}]" for m in numbers)
        # a list item keeps its line and its bullet or number, so the answer reads (and is marked) as written
        parts.append(("\n", f"{sentence.item} {part}") if sentence.item else (" ", part))
    citations = tuple(
        Citation(
            n=m,
            title=by_n[n].hit.chunk.title,
            section=by_n[n].hit.chunk.section,
            source=by_n[n].hit.chunk.source,
            chunk_id=by_n[n].hit.chunk.id,
            quote=quote_for(by_n[n], claims[n]),
            score=by_n[n].hit.score,
            page=by_n[n].hit.chunk.page,
        )
        for n, m in renumber.items()
    )
    return Verified(text="".join(gap + part for gap, part in parts).lstrip(), citations=citations, checks=tuple(checks))
