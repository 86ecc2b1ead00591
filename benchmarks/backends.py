"""Ingest and query-embedding speed per embedding backend, measured side by side.

    .venv/bin/python -m benchmarks.backends                          # corpus/, every backend this CPU runs
    .venv/bin/python -m benchmarks.backends --folder ../shared/realdocs --rounds 1
    .venv/bin/python -m benchmarks.backends --scaling 500 --backends onnx-int8
    .venv/bin/python -m benchmarks.backends --backends onnx,openvino-bf16   # on a CPU with bf16 instructions

Each measurement runs in a fresh process (so peak memory is that ingest's alone) and the
backends take turns, round after round, so a machine whose load changes during the run
affects them alike. Each process: load the model, ingest the folder into an empty index,
then embed questions new to the process one at a time. --scaling N ingests a folder of N
synthetic documents (paragraphs of corpus articles recombined, so each document and most chunks
are new, with real guidance text). Nothing here asserts a speed; the load average is printed
with the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import REPO

BACKENDS = ("torch", "onnx", "onnx-int8", "openvino-bf16")  # measured by default, those this CPU runs
QUESTIONS = REPO / "evals" / "cases.jsonl"


def _questions(count: int) -> list[str]:
    rows = [json.loads(line) for line in QUESTIONS.read_text().splitlines() if line.strip()]
    return [r["question"] for r in rows[:count]]


def synthetic_folder(folder: Path, documents: int, seed: int = 7) -> Path:
    """N Markdown documents, each a title and 2-4 paragraphs drawn from corpus articles, each opened by a
    sentence of its own."""
    paragraphs = []
    for path in sorted((REPO / "corpus").rglob("*.md")):
        body = path.read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in body.split("\n\n") if len(p.strip()) > 200 and not p.startswith("#")]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(documents):
        picked = rng.sample(paragraphs, rng.randint(2, 4))
        # A sentence of its own per section, so passages are new (identical ones are stored once).
        sections = [
            f"## Part {i + 1}\n\nDistrict note {n + 1}, part {i + 1}, applies from grade {rng.randint(1, 12)}. {p}"
            for i, p in enumerate(picked)
        ]
        text = f"# District guidance note {n + 1}\n\n" + "\n\n".join(sections) + "\n"
        (folder / f"note-{n + 1:04d}.md").write_text(text, encoding="utf-8")
    return folder


def child(backend: str, folder: Path, questions: int) -> dict:
    """One measurement in this process (run by main in a fresh one)."""
    from assistant import Settings
    from assistant.embeddings import load_embedder
    from assistant.factory import open_index
    from ingest.pipeline import ingest

    with tempfile.TemporaryDirectory() as tmp:
        cache = REPO / ".bench" / "models"  # the ONNX export is made once and reused
        settings = Settings(index_dir=Path(tmp) / "index", corpus_dir=folder, embed_backend=backend, model_cache_dir=cache)
        started = time.perf_counter()
        embedder = load_embedder(settings.index)
        load_s = time.perf_counter() - started
        index = open_index(settings, embedder=embedder, create=True)
        started = time.perf_counter()
        report = ingest([folder], index, embedder, settings)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = ingest([folder], index, embedder, settings)
        reingest_s = time.perf_counter() - started
        embedder.embed_query("warm up")
        times = []
        for question in _questions(questions):
            started = time.perf_counter()
            embedder.embed_query(question)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "backend": backend,
        "folder": str(folder),
        "load_s": load_s,
        "seconds": seconds,
        "documents": sum(1 for f in report.files if f.status in ("added", "changed", "unchanged")),
        "errors": len(report.errors),
        "chunks": report.added,
        "sentences": report.sentences,
        "chunks_per_s": report.added / seconds if seconds else float("nan"),
        "reingest_s": reingest_s,
        "reingest_embedded": again.added + again.sentences,
        "query_ms_p50": statistics.median(times),
        "query_ms_p95": times[int(0.95 * (len(times) - 1))],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.backends", description=__doc__.split("\n\n")[0])
    p.add_argument("--folder", type=Path, default=REPO / "corpus")
    p.add_argument("--backends", help="comma-separated (default: every backend this CPU runs)")
    p.add_argument("--rounds", type=int, default=2, help="turns each backend takes")
    p.add_argument("--questions", type=int, default=60, help="questions embedded after the ingest")
    p.add_argument("--scaling", type=int, metavar="N", help="ingest N synthetic documents instead of --folder")
    p.add_argument(
        "--before",
        type=Path,
        metavar="CHECKOUT",
        help="also measure the torch backend of another checkout (e.g. the main branch), as 'before'",
    )
    p.add_argument("--json", type=Path, help="also write every measurement here")
    p.add_argument("--child", help=argparse.SUPPRESS)
    opts = p.parse_args(argv)
    if opts.child:
        print(json.dumps(child(opts.child, opts.folder, opts.questions)))
        return
    if opts.backends:
        backends = [b.strip() for b in opts.backends.split(",") if b.strip()]
    else:
        from assistant.embeddings import choose_backend
        from assistant.onnx_embeddings import cpu_capabilities

        bf16 = choose_backend("auto", cpu_capabilities()) == "openvino-bf16"
        backends = [b for b in BACKENDS if bf16 or b != "openvino-bf16"]
    if opts.before:
        backends.insert(0, "before")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = synthetic_folder(Path(tmp) / "synthetic", opts.scaling) if opts.scaling else opts.folder.resolve()
        for turn in range(opts.rounds):
            for backend in backends if turn % 2 == 0 else backends[::-1]:
                before = _load()
                args = [
                    "--child",
                    "torch" if backend == "before" else backend,
                    "--folder",
                    str(folder),
                    "--questions",
                    str(opts.questions),
                ]
                if backend == "before":  # this file, run against the other checkout's code
                    root = opts.before.resolve()
                    command, env = [sys.executable, __file__, *args], {**os.environ, "PYTHONPATH": str(root)}
                else:
                    root, command, env = REPO, [sys.executable, "-m", "benchmarks.backends", *args], None
                proc = subprocess.run(command, capture_output=True, text=True, cwd=root, env=env, timeout=7200)
                if proc.returncode != 0:
                    raise SystemExit(proc.stderr[-3000:])
                row = json.loads(proc.stdout.strip().splitlines()[-1])
                row.update(backend=backend, round=turn + 1, load_before=before, load_after=_load())
                if opts.scaling:
                    row["folder"] = f"{opts.scaling} synthetic documents"
                rows.append(row)
                print(
                    f"{backend:10} round {turn + 1}: {row['documents']} docs, {row['chunks']} chunks + "
                    f"{row['sentences']} sentences in {row['seconds']:.1f} s = {row['chunks_per_s']:.1f} chunks/s; "
                    f"re-ingest {row['reingest_s']:.2f} s; query p50 {row['query_ms_p50']:.1f} ms "
                    f"p95 {row['query_ms_p95']:.1f} ms; peak {row['peak_rss_mb']:.0f} MiB; "
                    f"load {before} -> {row['load_after']}",
                    flush=True,
                )
    print("\nbackend     ingest s (median)  chunks/s  query p50 ms  peak MiB")
    for backend in backends:
        mine = [r for r in rows if r["backend"] == backend]
        print(
            f"{backend:10} {statistics.median(r['seconds'] for r in mine):17.1f} "
            f"{statistics.median(r['chunks_per_s'] for r in mine):9.1f} "
            f"{statistics.median(r['query_ms_p50'] for r in mine):13.1f} "
            f"{max(r['peak_rss_mb'] for r in mine):9.0f}"
        )
    if opts.json:
        opts.json.parent.mkdir(parents=True, exist_ok=True)
        opts.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
