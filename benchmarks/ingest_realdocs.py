"""Ingest benchmark: every file of ../shared/realdocs into a fresh temporary index.

Reports, per file, its type, pages/sections and chunks, plus the total time, the time spent
reading files (a dry run) and the re-ingest time of the unchanged set. Numbers are printed
(and written as JSON with --json PATH); nothing here asserts a speed.

    .venv/bin/python -m benchmarks.ingest_realdocs [--json reports/ingest.json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from assistant import Settings
from assistant.embeddings import load_embedder
from assistant.factory import open_index
from ingest.pipeline import ingest

REALDOCS = Path(__file__).resolve().parent.parent.parent / "shared" / "realdocs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=REALDOCS)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(index_dir=Path(tmp) / "index")
        embedder = load_embedder(settings.index)
        index = open_index(settings, embedder=embedder, create=True)
        started = time.perf_counter()
        planned = ingest([args.docs], index, embedder, settings, dry_run=True)
        read_s = time.perf_counter() - started
        full = ingest([args.docs], index, embedder, settings)
        again = ingest([args.docs], index, embedder, settings)
    result = {
        "files": [
            {"source": f.source, "status": f.status, "kind": f.kind, "pages": f.pages, "sections": f.sections, "chunks": f.chunks}
            for f in full.files
            if f.status != "skipped"
        ],
        "chunks": full.added,
        "embedded": full.embedded,
        "read_seconds": round(read_s, 1),
        "ingest_seconds": round(full.seconds, 1),
        "embed_rate_per_s": round(full.embedded / max(full.seconds - read_s, 1e-9), 1),
        "reingest_unchanged_seconds": round(again.seconds, 1),
        "planned_chunks": planned.added,
    }
    for f in result["files"]:
        print(f"{f['source']:<90} {f['kind']:<12} pages={f['pages'] or '-':<4} sections={f['sections']:<4} chunks={f['chunks']}")
    print(json.dumps({k: v for k, v in result.items() if k != "files"}, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
