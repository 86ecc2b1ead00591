"""Reading cited passages and whole documents back from a real index."""

import re

from assistant import Settings
from assistant.factory import open_index
from assistant.sources import SourceLibrary, assemble, join_overlapping
from assistant.types import Chunk, Citation
from ingest.loaders import load
from ingest.pipeline import ingest


def words(text: str) -> str:
    return " ".join(re.sub(r"(^|\n)\s*- ", " ", text).split())


def test_join_drops_the_overlap_of_neighbouring_chunks():
    first = "One sentence here. Two sentence here. Three sentence here."
    second = "Three sentence here. Four sentence here."
    joined = "One sentence here. Two sentence here. Three sentence here. Four sentence here."
    assert join_overlapping(first, second, 100) == joined


def test_join_keeps_text_that_only_looks_like_overlap():
    assert join_overlapping("Ask the team about the", "the meeting notes.", 100) == "Ask the team about the\n\nthe meeting notes."
    assert join_overlapping("A. B.", "C. D.", 100) == "A. B.\n\nC. D."


def test_assemble_orders_chunks_and_groups_sections():
    chunks = [
        Chunk(id="b", text="Second.", source="s", title="T", section="Part", position=1),
        Chunk(id="a", text="First.", source="s", title="T", section="Overview", position=0),
        Chunk(id="c", text="Third.", source="s", title="T", section="Part", position=2),
    ]
    article = assemble(chunks, 50)
    assert [s.heading for s in article.sections] == ["Overview", "Part"]
    assert article.sections[1].text == "Second.\n\nThird." and article.section_with("c") == 1
    assert assemble([], 50) is None


def test_whole_document_rebuilt_from_small_overlapping_chunks(tmp_path, small_corpus, embedder):
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=small_corpus, chunk_size=250, chunk_overlap=120)
    index = open_index(settings, embedder=embedder, create=True)
    assert not ingest([small_corpus], index, embedder, settings).errors
    path = small_corpus / "what-is-an-iep.md"
    source = next(s for s in index.ids_by_source() if s.endswith("what-is-an-iep.md"))
    chunks = index.source_chunks(source)
    assert len(chunks) > 8 and [c.position for c in chunks] == sorted(c.position for c in chunks)
    article = SourceLibrary(index, max_overlap=settings.ingest.chunk_overlap).article(source)
    original = load(path, source)
    assert [s.heading for s in article.sections] == [s.heading for s in original.sections]
    for rebuilt, section in zip(article.sections, original.sections):
        assert words(rebuilt.text) == words(section.text), section.heading


def test_cited_sources_carry_their_chunk(assistant, corpus_index):
    answer = assistant.ask("What is a 504 plan?")
    library = SourceLibrary(corpus_index, max_overlap=150)
    cited = library.cited(answer.citations)
    assert [c.n for c in cited] == [c.n for c in answer.citations]
    for source in cited:
        assert source.chunk.id == source.citation.chunk_id and source.citation.quote.split(" … ")[0] in source.chunk.text
        assert source.audience in ("family", "teacher", "both")
    gone = Citation(n=9, title="Gone", section="", source="corpus/gone.md", chunk_id="nope", quote="q", score=0.5)
    assert library.cited([gone])[0].chunk is None and library.article("corpus/gone.md") is None
