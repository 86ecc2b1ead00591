"""What an ingest shows while it runs: documents read, chunks embedded, rate and time left."""

from __future__ import annotations

from ingest.progress import IngestProgress, eta_text


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_text_and_share_through_the_stages():
    clock = Clock()
    seen = []
    progress = IngestProgress(on_change=lambda p: seen.append((p.share, p.text)), clock=clock)
    progress("read", 0, 4, "a.md")
    assert progress.text == "Reading: 0 of 4 documents"
    clock.now = 2.0
    progress("read", 4, 4, "")
    assert progress.text.startswith("Reading: 4 of 4 documents · 2.0 documents/s")
    progress("embed", 0, 200, "")
    clock.now = 12.0
    progress("embed", 100, 200, "")
    assert progress.text == "Embedding passages: 100 of 200 chunks (4 documents) · 10.0 chunks/s · about 10 s left"
    assert 0.05 < progress.share < 0.6
    progress("embed", 200, 200, "")
    progress("sentences", 200, 200, "")
    assert progress.share == 1.0
    shares = [s for s, _ in seen]
    assert shares == sorted(shares) and len(seen) == 6


def test_while_documents_stream_through_the_chunk_total_is_an_estimate_and_the_share_never_falls():
    """Batches of documents take turns through both embedding stages; the pipeline sends running
    totals, estimating the chunks to come from the documents read so far."""
    clock = Clock()
    progress = IngestProgress(clock=clock)
    progress("read", 0, 10, "")
    progress("read", 2, 10, "b.md")
    progress("embed", 0, 100, "")
    clock.now = 5.0
    progress("embed", 20, 100, "")
    assert progress.text == (
        "Embedding passages: 20 of about 100 chunks (2 of 10 documents read) · 4.0 chunks/s · about 20 s left"
    )
    progress("sentences", 20, 100, "")
    after_first = progress.share
    progress("read", 4, 10, "d.md")
    progress("embed", 20, 80, "")  # the estimate shrank: later documents are shorter
    assert progress.share >= after_first
    for stage in ("read", "embed", "sentences"):
        progress(stage, 10 if stage == "read" else 90, 10 if stage == "read" else 90, "")
    assert progress.share == 1.0
    assert progress.text.startswith("Embedding sentences: 90 of 90 chunks (10 documents)")


def test_unknown_stages_are_ignored():
    progress = IngestProgress()
    progress("settle", 1, 2, "")
    assert progress.text == "Starting…" and progress.share == 0.0


def test_eta_text():
    assert eta_text(0.2) == "1 s"
    assert eta_text(75) == "1 min 15 s"
    assert eta_text(7300) == "2 h 1 min"


def test_the_terminal_bar_shows_documents_then_chunks(capsys):
    from ingest.pipeline import _tqdm_progress

    show = _tqdm_progress(True)
    for n in range(3):
        show("read", n, 3, f"doc{n}")
    show("read", 3, 3, "")
    for done in (0, 64, 128):
        show("embed", done, 128, "")
    err = capsys.readouterr().err
    assert "Reading" in err and "3/3" in err and "doc/s" in err
    assert "Embedding" in err and "128/128" in err and "chunk/s" in err and "3 documents" in err
