"""Reading documents a batch ahead of the model, so a folder of any size is ingested in bounded
memory and parsing overlaps embedding.

A background thread checks and reads the files (hash, load, chunk) in source order and hands
them over in batches of `ingest_batch_documents`; the queue between the two holds one batch, so
at most three batches are in memory at once: the one being embedded and written, the one
waiting, and the one being read. Progress is reported from the caller's thread only (the Library
page draws it there), as running totals over the whole ingest: "read" (documents handed over), "embed" and "sentences"
(chunks), and "stored" (documents whose batch is written)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

from ingest.plan import Planner, Progress, Reading

_END = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def read_ahead(planner: Planner, batch_documents: int) -> Iterator[list[Reading]]:
    """The planner's targets, checked and read in a background thread, in batches of at most
    `batch_documents`, in order. An unexpected error in the thread is raised here; leaving the
    loop early stops the thread."""
    handoff: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            batch: list[Reading] = []
            for target in planner.targets:
                if stop.is_set():
                    return
                batch.append(planner.check(target))
                if len(batch) >= batch_documents:
                    if not put(batch):
                        return
                    batch = []
            if batch and not put(batch):
                return
            put(_END)
        except BaseException as exc:  # handed to the caller's thread, which raises it
            put(_Failed(exc))

    thread = threading.Thread(target=work, name="ingest-reader", daemon=True)
    thread.start()
    try:
        while True:
            item = handoff.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        thread.join()


class Tally:
    """Running totals for progress over a streamed ingest: documents read of all documents, and
    per embedding stage the chunks done of the chunks expected. Until every document is read,
    the chunks expected are those found so far scaled by the share of documents read, so the rate
    and the time left stay meaningful; once all are read the total is exact. `part(stage)` adapts
    one batch's (done, total) calls to those totals."""

    def __init__(self, progress: Progress | None, documents: int) -> None:
        self.progress = progress
        self.documents = documents
        self.read = 0
        self.written = 0
        self.done: dict[str, int] = {}
        self.known: dict[str, int] = {}

    def start(self) -> None:
        if self.progress and self.documents:
            self.progress("read", 0, self.documents, "")

    def taken(self, batch: list[Reading]) -> None:
        self.read += len(batch)
        if self.progress and batch:
            self.progress("read", self.read, self.documents, batch[-1].target.source)

    def stored(self, batch: list[Reading]) -> None:
        """A batch is written (its chunks and sentence rows stored, not yet visible)."""
        self.written += len(batch)
        if self.progress and batch:
            self.progress("stored", self.written, self.documents, batch[-1].target.source)

    def part(self, stage: str) -> Progress | None:
        if self.progress is None:
            return None
        base = self.done.get(stage, 0)
        counted = [0]

        def report(name: str, done: int, total: int, detail: str) -> None:
            self.known[name] = self.known.get(name, 0) + total - counted[0]
            counted[0] = total
            self.done[name] = base + done
            self.progress(name, self.done[name], self.expected(name), detail)

        return report

    def expected(self, stage: str) -> int:
        known = self.known.get(stage, 0)
        if 0 < self.read < self.documents:
            return max(known, round(known * self.documents / self.read))
        return known
