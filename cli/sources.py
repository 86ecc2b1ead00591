"""`iep-guide sources`: the named folders documents are ingested from (stored with the index)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cli import add_collection_option, add_index_option, settings_from


def register(sub) -> None:
    p = sub.add_parser(
        "sources",
        help="list, declare or remove the named folders documents come from",
        description="A document's id is '<source>/<path inside the source folder>'. 'corpus' and 'uploads' "
        "are built in (IEP_GUIDE_CORPUS_DIR, IEP_GUIDE_UPLOADS_DIR); others are declared here and "
        "stored with the index.",
    )
    p.set_defaults(run=run, index=None, collection=None, json=False)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="list the sources (the default)")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    add = actions.add_parser("add", help="declare a source: a name for a folder")
    add.add_argument("name", help="letters, digits, '.', '_' or '-'")
    add.add_argument("path", type=Path, help="the folder")
    remove = actions.add_parser("remove", help="forget a declared source")
    remove.add_argument("name")
    remove.add_argument("--prune", action="store_true", help="also remove its documents from the library")
    for action in (listing, add, remove):
        add_index_option(action)
        add_collection_option(action)


def run(args: argparse.Namespace) -> int:
    from assistant.embeddings import load_embedder
    from assistant.factory import open_index
    from ingest.pipeline import change_sources, known_sources, library_for, remove_documents

    settings = settings_from(args, collection=args.collection)
    action = args.action or "list"
    if action == "list":
        from assistant.library import open_library

        library = open_library(settings)
        sources = known_sources(settings, library)
        documents = library.documents()
        rows = []
        for s in sources.items.values():
            count = sum(1 for d in documents if d.source.startswith(f"{s.name}/"))
            rows.append({"name": s.name, "kind": s.kind, "root": str(s.root), "documents": count})
        if getattr(args, "json", False):
            print(json.dumps(rows, ensure_ascii=False))
        else:
            width = max(len(r["name"]) for r in rows)
            for r in rows:
                print(f"  {r['name']:<{width}}  {r['kind']:<8}  {r['documents']:>4} documents  {r['root']}")
        return 0

    index = open_index(settings, embedder=load_embedder(settings.index), create=True)
    if action == "add":
        change_sources(lambda sources: sources.add(args.name, args.path), index, settings)
        source = known_sources(settings, library_for(settings, index)).get(args.name)
        print(f"source {source.name}: {source.root}")
        print(f"ingest it with: iep-guide ingest --source {source.name}")
        return 0
    # remove
    library = library_for(settings, index)
    sources = known_sources(settings, library)
    sources.remove(args.name)  # fails early for a built-in or unknown name
    held = sorted(d.source for d in library.documents() if d.source.startswith(f"{args.name}/"))
    if held and not args.prune:
        print(
            f"iep-guide: the source {args.name!r} still has {len(held)} documents in the library; "
            f"remove them too with: iep-guide sources remove {args.name} --prune",
            file=sys.stderr,
        )
        return 2
    if held:
        report = remove_documents(held, index, settings)
        for f in report.files:
            print(f"  {f.status:<9} {f.describe()}")
        print(report.summary())
    change_sources(lambda s: s.remove(args.name), index, settings)
    print(f"source {args.name} removed")
    return 0
