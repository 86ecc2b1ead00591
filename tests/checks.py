"""Assertions shared by tests that check answers end to end."""

from __future__ import annotations

from assistant.citations import markers


def assert_valid_citations(answer, index) -> None:
    """Markers match the citations one to one and every quote is verbatim chunk text."""
    if answer.abstained:
        assert not answer.citations and not markers(answer.text)
        return
    assert answer.citations
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert set(markers(answer.text)) == set(numbers)
    chunks = {c.id: c for c in index.get([c.chunk_id for c in answer.citations])}
    for c in answer.citations:
        chunk = chunks[c.chunk_id]
        assert (chunk.source, chunk.title, chunk.section) == (c.source, c.title, c.section)
        for part in c.quote.split(" … "):
            assert part in chunk.text, "a quote is verbatim text of the cited chunk"
