"""How far an ingest has got, for a person watching: documents read, chunks embedded, the rate
and the time left. The pipeline reports (stage, done, total, detail) calls (ingest/plan.py
Progress) as running totals over the whole ingest; documents stream through in batches, so the
stages take turns, and a chunk total is an estimate until every document is read
(ingest/stream.py). This turns the calls into one line of text and a share of the whole, for the
Library page (the terminal bars are in ingest/pipeline.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

# The stages, with their label, unit and weight. Reading is quick next to the model, so the share
# of the whole gives it a small slice and the two embedding stages the rest.
STAGES = {
    "read": ("Reading", "documents", 0.05),
    "embed": ("Embedding passages", "chunks", 0.55),
    "sentences": ("Embedding sentences", "chunks", 0.40),
}


def eta_text(seconds: float) -> str:
    if seconds < 60:
        return f"{max(seconds, 1):.0f} s"
    if seconds < 3600:
        return f"{seconds // 60:.0f} min {seconds % 60:.0f} s"
    return f"{seconds // 3600:.0f} h {seconds % 3600 // 60:.0f} min"


@dataclass
class IngestProgress:
    """Call it as a pipeline Progress; read .text and .share (0..1) after each call."""

    on_change: Callable[["IngestProgress"], None] | None = None
    clock: Callable[[], float] = time.monotonic
    stage: str = ""
    done: int = 0
    total: int = 0
    documents: int = 0
    read: int = 0
    text: str = "Starting…"
    share: float = 0.0
    _started: dict[str, tuple[float, int]] = field(default_factory=dict)
    _fractions: dict[str, float] = field(default_factory=dict)

    def __call__(self, stage: str, done: int, total: int, detail: str) -> None:
        if stage not in STAGES:
            return
        now = self.clock()
        self._started.setdefault(stage, (now, done))
        self.stage, self.done, self.total = stage, done, total
        label, unit, _ = STAGES[stage]
        if stage == "read":
            self.documents, self.read = total, done
        reading = stage != "read" and self.read < self.documents  # the chunk total is an estimate
        parts = [f"{label}: {done:,} of {'about ' if reading else ''}{total:,} {unit}"]
        since, first = self._started[stage]
        elapsed = now - since
        if reading:
            parts[0] += f" ({self.read:,} of {self.documents:,} documents read)"
        elif stage != "read" and self.documents:
            parts[0] += f" ({self.documents:,} documents)"
        if elapsed > 0.5 and done > first:
            rate = (done - first) / elapsed
            parts.append(f"{rate:.1f} {unit}/s")
            if done < total:
                parts.append(f"about {eta_text((total - done) / rate)} left")
        self.text = " · ".join(parts)
        self._fractions[stage] = min(1.0, done / total if total else 1.0)
        share = sum(weight * self._fractions.get(s, 0.0) for s, (_, _, weight) in STAGES.items())
        self.share = max(self.share, min(1.0, share))  # never backwards, though an estimate may shrink
        if self.on_change:
            self.on_change(self)
