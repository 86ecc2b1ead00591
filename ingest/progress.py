"""How far an ingest has got, for a person watching: documents read, chunks embedded, the rate
and the time left. The pipeline reports (stage, done, total, detail) calls (ingest/plan.py
Progress); this turns them into one line of text and a share of the whole, for the terminal
bar (ingest/pipeline.py) and the Library page."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

# Stages in the order they run, with their label and unit. Reading is quick next to the model, so
# the share of the whole gives it a small slice and the two embedding stages the rest.
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
    text: str = "Starting…"
    share: float = 0.0
    _started: dict[str, tuple[float, int]] = field(default_factory=dict)

    def __call__(self, stage: str, done: int, total: int, detail: str) -> None:
        if stage not in STAGES:
            return
        now = self.clock()
        self._started.setdefault(stage, (now, done))
        self.stage, self.done, self.total = stage, done, total
        label, unit, _ = STAGES[stage]
        if stage == "read":
            self.documents = total
        parts = [f"{label}: {done:,} of {total:,} {unit}"]
        since, first = self._started[stage]
        elapsed = now - since
        if stage != "read" and self.documents:
            parts[0] += f" ({self.documents:,} documents)"
        if elapsed > 0.5 and done > first:
            rate = (done - first) / elapsed
            parts.append(f"{rate:.1f} {unit}/s")
            if done < total:
                parts.append(f"about {eta_text((total - done) / rate)} left")
        self.text = " · ".join(parts)
        before = sum(w for s, (_, _, w) in STAGES.items() if list(STAGES).index(s) < list(STAGES).index(stage))
        self.share = min(1.0, before + STAGES[stage][2] * (done / total if total else 1.0))
        if self.on_change:
            self.on_change(self)
