"""Cold start: a new process, from nothing loaded to its first answer.

    python -m benchmarks.cold --index DIR "question"

prints one JSON object with the time to import, to build the assistant (model, index, keyword
index) and to answer, measured inside the process, and its peak memory. `measure` runs it as a
child and adds the wall time from spawning the interpreter.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def child(index_dir: str, question: str, extra: dict) -> dict:
    from assistant import Settings, build_assistant
    from benchmarks.stats import peak_rss_mb

    imported = time.perf_counter()
    assistant = build_assistant(Settings(index_dir=Path(index_dir), **extra))
    built = time.perf_counter()
    answer = assistant.ask(question)
    done = time.perf_counter()
    return {
        "import_s": imported - _STARTED,
        "build_s": built - imported,
        "first_answer_s": done - built,
        "in_process_s": done - _STARTED,
        "abstained": answer.abstained,
        "peak_rss_mb": peak_rss_mb(),
    }


def measure(index_dir: Path, question: str, *, runs: int = 3, extra: dict | None = None, cwd: Path | None = None) -> dict:
    """Median of `runs` cold starts, each in a new interpreter."""
    results = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.cold", "--index", str(index_dir), "--extra", json.dumps(extra or {}), question],
            capture_output=True,
            text=True,
            cwd=cwd,
            timeout=900,
        )
        wall = time.perf_counter() - started
        if proc.returncode != 0:
            raise RuntimeError(f"cold start failed: {proc.stderr[-2000:]}")
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        data["wall_s"] = wall
        results.append(data)
    results.sort(key=lambda r: r["wall_s"])
    median = dict(results[len(results) // 2])
    median["runs"] = [round(r["wall_s"], 2) for r in results]
    return median


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.cold")
    parser.add_argument("--index", required=True)
    parser.add_argument("--extra", default="{}", help="more Settings, as JSON")
    parser.add_argument("question")
    args = parser.parse_args()
    print(json.dumps(child(args.index, args.question, json.loads(args.extra))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
