"""`iep-guide ingest`: build or update the index from guidance documents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.cli.common import add_index_option, settings_from


def register(sub) -> None:
    p = sub.add_parser("ingest", help="build or update the index from documents")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: corpus/)")
    add_index_option(p)
    p.add_argument("--reset", action="store_true", help="delete the index and build it from scratch")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assistant.embeddings import load_embedder
    from assistant.factory import open_index
    from assistant.sentences import SentenceIndex
    from ingest.pipeline import ingest

    settings = settings_from(args)
    paths = args.paths or [settings.corpus_dir]
    embedder = load_embedder(settings)
    index = open_index(settings, embedder=embedder, create=True)
    if args.reset and not args.dry_run:
        index.reset()
        SentenceIndex.beside(index).reset()
    report = ingest(paths, index, embedder, settings, dry_run=args.dry_run, progress=not args.quiet)
    for f in report.files:
        if f.status == "error":
            print(f"  error  {f.source}: {f.message}", file=sys.stderr)
        elif f.status != "unchanged" or args.dry_run:
            print(f"  {f.status:<9} {f.source} ({f.chunks} chunks)")
    print(report.summary())
    return 1 if report.errors else 0
