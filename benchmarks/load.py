"""Load run: many chat sessions at once against one shared assistant.

    .venv/bin/python -m benchmarks.load [--threads 8] [--questions 200] [--index DIR]

Streamlit builds the assistant once (`st.cache_resource`) and every browser session calls it
from its own thread. This run does the same: each thread asks its own shuffled stream of the
question mix (in-scope, out-of-scope, follow-ups, bad input, each in a few wordings). Every
outcome, answer or clear message, is compared with the single-threaded outcome for the same
question from a separate assistant. It prints throughput, latency and errors, and exits 1 on
any error or difference.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from assistant import IEPGuideError, QuestionError, Settings, build_assistant
from assistant.embeddings import load_embedder
from benchmarks.questions import Probe, probes
from benchmarks.stats import percentile

WORDINGS = ("{q}", "Hi! {q}", "{q} Thank you.")


def outcome(assistant, probe: Probe) -> tuple:
    """What a session sees, in a form that compares exactly: an answer or a clear message."""
    try:
        answer = assistant.ask(probe.question, audience=probe.audience, history=probe.history)
    except QuestionError as exc:
        return ("message", str(exc))
    except IEPGuideError as exc:
        return ("error", type(exc).__name__, str(exc))
    except Exception as exc:  # a crash: counted as an error, never raised
        return ("crash", type(exc).__name__, str(exc))
    cites = tuple((c.n, c.chunk_id, c.quote, round(c.score, 4)) for c in answer.citations)
    return ("answer", answer.text, answer.abstained, cites)


def question_mix() -> list[Probe]:
    """Every probe in each wording (bad input stays as it is)."""
    out = []
    for probe in probes():
        forms = ("{q}",) if probe.kind == "bad-input" else WORDINGS
        out += [replace(probe, question=f.format(q=probe.question)) for f in forms]
    return out


def run(settings: Settings, threads: int, questions: int, seed: int = 7) -> dict:
    embedder = load_embedder(settings.index)
    mix = question_mix()
    reference = build_assistant(settings, embedder=embedder)
    expected = {p: outcome(reference, p) for p in mix}
    shared = build_assistant(settings, embedder=embedder)  # fresh caches, shared by all threads

    def session(n: int) -> list[tuple[Probe, tuple, float]]:
        rng = random.Random(seed + n)
        stream = [rng.choice(mix) for _ in range(questions)]
        out = []
        for probe in stream:
            started = time.perf_counter()
            got = outcome(shared, probe)
            out.append((probe, got, (time.perf_counter() - started) * 1000))
        return out

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        results = [r for rs in pool.map(session, range(threads)) for r in rs]
    wall = time.perf_counter() - started
    crashes = [g for _, g, _ in results if g[0] in ("crash", "error")]
    different = [p.question[:80] for p, g, _ in results if g != expected[p]]
    kinds = {}
    for _, got, _ in results:
        kind = "abstained" if got[0] == "answer" and got[2] else got[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    latencies = [ms for _, _, ms in results]
    return {
        "threads": threads,
        "questions_per_thread": questions,
        "distinct_questions": len(mix),
        "asks": len(results),
        "seconds": round(wall, 2),
        "throughput_qps": round(len(results) / wall, 1),
        "latency_ms_p50": round(percentile(latencies, 50), 1),
        "latency_ms_p95": round(percentile(latencies, 95), 1),
        "outcomes": kinds,
        "errors": len(crashes),
        "error_examples": crashes[:5],
        "different_from_single_threaded": len(different),
        "different_examples": different[:5],
    }


def format_report(r: dict) -> str:
    lines = [
        f"Load: {r['threads']} threads x {r['questions_per_thread']} questions "
        f"({r['distinct_questions']} distinct) against one shared assistant",
        f"  asks {r['asks']} in {r['seconds']} s  ->  {r['throughput_qps']} questions/s",
        f"  latency under load  p50 {r['latency_ms_p50']} ms  p95 {r['latency_ms_p95']} ms",
        "  outcomes  " + ", ".join(f"{k} {v}" for k, v in sorted(r["outcomes"].items())),
        f"  errors {r['errors']}   different from single-threaded {r['different_from_single_threaded']}",
    ]
    lines += [f"    error: {e}" for e in r["error_examples"]]
    lines += [f"    differs: {q}" for q in r["different_examples"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--questions", type=int, default=200, help="questions per thread")
    parser.add_argument("--index", type=Path, help="index folder (default: the configured one)")
    parser.add_argument("--json", type=Path, help="also write the result here")
    args = parser.parse_args(argv)
    settings = Settings(**({"index_dir": args.index} if args.index else {}))
    try:
        result = run(settings, args.threads, args.questions)
    except IEPGuideError as exc:
        print(f"load: {exc}", file=sys.stderr)
        return 2
    print(format_report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if not result["errors"] and not result["different_from_single_threaded"] else 1


if __name__ == "__main__":
    sys.exit(main())
