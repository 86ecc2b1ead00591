"""`iep-guide ingest`: build or update the index from guidance documents, file by file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli import add_collection_option, add_index_option, settings_from


def register(sub) -> None:
    p = sub.add_parser(
        "ingest",
        help="build or update the index from documents",
        description="Ingest Markdown, PDF, HTML, Word (.docx), plain text and eCFR JSON regulations. "
        "Unchanged files are skipped; each file gets a line saying what happened to it.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders (default: the corpus source, pruned); a folder outside every source "
        "becomes a source named after it, unless that name is taken (see: iep-guide sources)",
    )
    add_index_option(p)
    add_collection_option(p)
    p.add_argument(
        "--source", metavar="NAME", action="append", default=[], help="ingest the whole folder of this source (repeatable)"
    )
    p.add_argument(
        "--prune",
        action="store_true",
        help="also remove documents whose files are gone from the folders given "
        "(without it, nothing is ever removed; implied when no PATH or --source is given)",
    )
    p.add_argument(
        "--reset", action="store_true", help="rebuild from scratch into a new collection, switched to only when complete"
    )
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


def print_report(report, *, out=sys.stdout, err=sys.stderr) -> None:
    """One line per file (errors on stderr), then the totals."""
    prefix = "would be " if report.dry_run else ""
    for f in report.files:
        status = f.status if not report.dry_run or f.status in ("unchanged", "error", "skipped") else f"{prefix}{f.status}"
        line = f"  {status:<9} {f.describe(report.dry_run)}"
        print(line, file=err if f.status == "error" else out)
    print(report.summary(), file=out)


def run(args: argparse.Namespace) -> int:
    from assistant.embeddings import load_embedder
    from assistant.factory import open_index
    from ingest.pipeline import ingest

    settings = settings_from(args, collection=args.collection)
    embedder = load_embedder(settings.index)
    index = open_index(settings, embedder=embedder, create=True)
    paths = list(args.paths)
    if args.source:
        from ingest.pipeline import known_sources, library_for

        sources = known_sources(settings, library_for(settings, index))
        paths += [sources.get(name).root for name in args.source]
    prune = args.prune or not paths  # `iep-guide ingest` alone keeps the corpus in step, deletions included
    paths = paths or [settings.index.corpus_dir]
    report = ingest(
        paths,
        index,
        embedder,
        settings,
        dry_run=args.dry_run,
        progress=not args.quiet,
        reset=args.reset,
        prune=prune,
    )
    print_report(report)
    return 1 if report.errors else 0
