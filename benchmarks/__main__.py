"""Run every benchmark and print the table:  .venv/bin/python -m benchmarks [options]

Measures ingest throughput (corpus and the real documents), unchanged re-ingest, warm `ask`
latency per stage, cold start to first answer, peak memory, the same queries on a synthetic
100k-chunk index, and the LangChain default pipeline in the same run. Writes JSON next to the
printed table. Numbers depend on the machine and on what else runs on it: the load average is
printed with them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from assistant import Settings, build_assistant
from assistant.embeddings import load_embedder
from assistant.factory import open_index
from benchmarks import REPO, baseline, cold, ingest_bench, latency, machine, report, synthetic
from benchmarks.stats import peak_rss_mb, percentile

REALDOCS = REPO.parent / "shared" / "realdocs"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    p.add_argument("--work", type=Path, default=REPO / ".bench", help="scratch and cache folder")
    p.add_argument("--json", type=Path, default=REPO / "reports" / "benchmarks.json")
    p.add_argument("--realdocs", type=Path, default=REALDOCS, help="real documents to ingest")
    p.add_argument("--synthetic-size", type=int, default=100_000)
    p.add_argument("--rounds", type=int, default=len(latency.WORDINGS), help="wordings of each question")
    p.add_argument("--cold-runs", type=int, default=3)
    p.add_argument("--skip-realdocs", action="store_true")
    p.add_argument("--skip-synthetic", action="store_true")
    return p


def _baseline_latency(store, questions) -> dict:
    totals = []
    for probe in questions:
        started = time.perf_counter()
        baseline.query(store, probe.question)
        totals.append((time.perf_counter() - started) * 1000)
    return {"stages": {"total": {"p50": percentile(totals, 50), "p95": percentile(totals, 95)}}}


def _child_json(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=REPO, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(opts) -> dict:
    work = opts.work
    embedder = load_embedder(Settings().index)  # first: it sets up torch's threads before anything imports torch
    info = machine.describe()
    print(f"Benchmarking on {info['cpu']} ({info['cores']} cores), load {info['load_at_start']}", flush=True)
    facts: list[tuple[str, str]] = []
    headline: dict[str, float] = {}

    print("Ingesting the corpus into an empty index…", flush=True)
    shutil.rmtree(work / "corpus-index", ignore_errors=True)
    corpus = ingest_bench.run(Settings().index.corpus_dir, work / "corpus-index", embedder)
    headline.update(corpus_ingest_s=corpus["seconds"], reingest_s=corpus["reingest_seconds"])
    facts += [
        (
            "corpus ingest",
            f"{corpus['documents']} docs, {corpus['chunks']} chunks + {corpus['sentences']} sentence "
            f"vectors in {corpus['seconds']:.1f} s = {corpus['chunks_per_s']:.1f} chunks/s",
        ),
        ("unchanged re-ingest", f"{corpus['reingest_seconds']:.2f} s, {corpus['reingest_added']} embedded"),
    ]
    if not opts.skip_realdocs and opts.realdocs.is_dir():
        print(f"Ingesting {opts.realdocs}…", flush=True)
        shutil.rmtree(work / "realdocs-index", ignore_errors=True)
        real = ingest_bench.run(opts.realdocs, work / "realdocs-index", embedder, again=False)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(real["files"]["read"].items()))
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(real["files"]["skipped"].items()))
        facts.append(
            (
                "realdocs ingest",
                f"{real['chunks']} chunks + {real['sentences']} sentence vectors in "
                f"{real['seconds']:.1f} s = {real['chunks_per_s']:.1f} chunks/s "
                f"(read: {kinds}; skipped: {skipped}; errors: {len(real['errors'])})",
            )
        )

    print("Warm ask latency on the corpus index…", flush=True)
    settings = corpus["settings"]
    assistant = build_assistant(settings, embedder=embedder)
    questions = latency.timed_probes(opts.rounds)
    ours = latency.measure(assistant, questions)
    headline.update(warm_p50_ms=ours["stages"]["total"]["p50"], warm_p95_ms=ours["stages"]["total"]["p95"])
    facts.append(("warm asks", f"{ours['questions']} new questions: {ours['answered']} answered, {ours['abstained']} abstained"))

    print("LangChain default baseline (split 1000/200, dense top-4)…", flush=True)
    shutil.rmtree(work / "baseline-index", ignore_errors=True)
    store, built = baseline.build(settings.index.corpus_dir, work / "baseline-index", embedder)
    base = _baseline_latency(store, questions)
    facts.append(
        (
            "baseline ingest",
            f"{built['chunks']} chunks in {built['seconds']:.1f} s = "
            f"{built['chunks_per_s']:.1f} chunks/s (no sentence vectors, no BM25)",
        )
    )
    facts.append(("peak memory, this process", f"{peak_rss_mb():,.0f} MiB (model, ingest, warm asks)"))

    print("Cold start to first answer…", flush=True)
    start = cold.measure(settings.index.index_dir, "What is an IEP?", runs=opts.cold_runs, cwd=REPO)
    facts.append(
        (
            "cold start to first answer",
            f"{start['wall_s']:.1f} s wall (import {start['import_s']:.1f}, "
            f"build {start['build_s']:.1f}, first answer {start['first_answer_s']:.2f}); "
            f"runs {start['runs']}",
        )
    )
    facts.append(("peak memory, app process", f"{start['peak_rss_mb']:,.0f} MiB"))
    runs = {"corpus": ours, "baseline": base}

    if not opts.skip_synthetic:
        size = opts.synthetic_size
        print(f"Synthetic index of {size:,} chunks…", flush=True)
        source = open_index(settings, embedder=embedder)
        index_dir, made = synthetic.build(size, source, work / f"synthetic-{size}", log=print)
        how = "reused from cache" if made["reused"] else f"built in {made['write_s'] + made['bm25_s']:.0f} s"
        facts.append(("synthetic index", f"{made['chunks']:,} chunks, {made['sentences']:,} sentence vectors ({how})"))
        syn = _child_json(["benchmarks.synthetic", "--index", str(index_dir), "--rounds", str(min(opts.rounds, 2))])
        headline["synthetic_p95_ms"] = syn["stages"]["total"]["p95"]
        facts.append(
            (
                f"{size // 1000}k-chunk process",
                f"ready in {syn['build_s']:.1f} s, peak memory {syn['peak_rss_mb']:,.0f} MiB, {syn['questions']} questions",
            )
        )
        runs[f"{size // 1000}k"] = syn

    sizes = {"synthetic_p95_ms": f"{opts.synthetic_size // 1000}k"}
    result = {
        "machine": info,
        "facts": facts,
        "latency": runs,
        "headline": headline,
        "verdicts": report.verdicts(headline, sizes),
        "corpus": {k: v for k, v in corpus.items() if k != "settings"},
    }
    result["load_at_end"] = [round(x, 2) for x in machine.load_average()]
    return result


def main(argv: list[str] | None = None) -> int:
    opts = _parser().parse_args(argv)
    result = run(opts)
    print()
    print(report.render(result))
    opts.json.parent.mkdir(parents=True, exist_ok=True)
    opts.json.write_text(json.dumps(result, indent=2, default=str))
    print(f"\nJSON: {opts.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
