"""Per-stage latency of warm `ask` calls: each question new to the process (no cached vector)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant import QuestionError
from benchmarks.questions import Probe, probes
from benchmarks.stats import percentile

STAGES = ("embed", "dense", "bm25", "fuse", "rerank", "compose", "total")
WORDINGS = ("{q}", "Please tell me: {q}", "{q} I am a parent.", "Quick question. {q}")


def timed_probes(rounds: int = len(WORDINGS)) -> list[Probe]:
    """Answerable and out-of-scope probes in several wordings, so every question is new."""
    base = [p for p in probes() if p.kind != "bad-input"]
    return [replace(p, question=w.format(q=p.question)) for w in WORDINGS[:rounds] for p in base]


def measure(assistant, questions: Sequence[Probe], warmup: int = 3) -> dict:
    """Stage timings (ms) over the questions, after a few warm-up questions."""
    for probe in questions[:warmup]:
        assistant.ask("Warm-up: " + probe.question, audience=probe.audience)
    samples: dict[str, list[float]] = {s: [] for s in STAGES}
    answered = abstained = 0
    for probe in questions:
        try:
            answer = assistant.ask(probe.question, audience=probe.audience, history=probe.history)
        except QuestionError:
            continue
        abstained += answer.abstained
        answered += not answer.abstained
        for stage in STAGES:
            if stage in answer.timings:
                samples[stage].append(answer.timings[stage])
    return {
        "questions": answered + abstained,
        "answered": answered,
        "abstained": abstained,
        "stages": {
            s: {"p50": percentile(v, 50), "p95": percentile(v, 95), "mean": sum(v) / len(v)} for s, v in samples.items() if v
        },
    }
