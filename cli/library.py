"""`iep-guide library`: list the documents in the index, or remove some."""

from __future__ import annotations

import argparse
import json
import sys

from cli import add_collection_option, add_index_option, settings_from


def register(sub) -> None:
    p = sub.add_parser("library", help="list the documents in the index, or remove some")
    add_index_option(p)
    add_collection_option(p)
    p.add_argument("--remove", metavar="SOURCE", nargs="+", help="take these documents out of the index")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(run=run)


def format_table(documents) -> str:
    if not documents:
        return "The library is empty. Add documents with: iep-guide ingest PATH"
    rows = [("source", "type", "chunks", "pages", "last ingested", "title")]
    for d in documents:
        rows.append((d.source, d.kind, str(d.chunks), str(d.pages or "—"), d.ingested_at or "—", d.title))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(5)) + "  " + r[5] for r in rows]
    total = sum(d.chunks for d in documents)
    return "\n".join(lines + [f"{len(documents)} documents, {total} chunk references"])


def run(args: argparse.Namespace) -> int:
    from assistant.embeddings import load_embedder
    from assistant.factory import open_index
    from assistant.library import open_library
    from ingest.pipeline import remove_documents

    settings = settings_from(args, collection=args.collection)
    library = open_library(settings)
    if args.remove:
        known = {d.source for d in library.documents()}
        missing = [s for s in args.remove if s not in known]
        if missing:
            print(f"iep-guide: not in the library: {', '.join(missing)}", file=sys.stderr)
            return 2
        index = open_index(settings, embedder=load_embedder(settings.index))
        report = remove_documents(args.remove, index, settings)
        for f in report.files:
            print(f"  {f.status:<9} {f.describe()}")
        print(report.summary())
    documents = library.documents()
    if args.json:
        print(
            json.dumps(
                [{k: v for k, v in d.to_json().items() if k != "chunk_ids"} | {"chunks": d.chunks} for d in documents],
                ensure_ascii=False,
            )
        )
    elif not args.remove:
        print(format_table(documents))
    return 0
