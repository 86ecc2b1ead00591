"""`iep-guide iep-eval`: answer the eval's questions about fictional IEPs (evals/iep.py) with the
"My child's IEP" answerer (ingest/iep_document.py) and the bundled embedding model, and report
key facts stated, "not found" precision and recall, and pages cited, for the dev and blind parts.

    iep-guide iep-eval [--failures] [--json FILE] [--no-embedder] [--one-format-each]
    python -m cli.iep_eval ...
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("iep-eval", help="measure answers to questions about a parent's own IEP")
    _add_options(p)
    p.set_defaults(run=run)


def _add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--questions", type=Path, metavar="FILE", help="questions, JSONL (default: evals/iep_questions.jsonl)")
    p.add_argument("--format", choices=["docx", "pdf"], action="append", help="only this file format (repeatable)")
    p.add_argument(
        "--one-format-each",
        action="store_true",
        help="read each IEP in one of the formats, chosen by a hash of its name (three fifths of the time; the test suite's run)",
    )
    p.add_argument("--failures", action="store_true", help="list the dev part's failures")
    p.add_argument("--json", type=Path, metavar="FILE", help="save the summary and the dev results as JSON")
    p.add_argument("--no-embedder", action="store_true", help="answer by words alone, without the embedding model")


def answerer_for(embedder):
    """(document -> question -> answer) over the IEP answerer, one index per document. The eval
    asks the same questions of each IEP in each format, so the model embeds a text once per run."""
    from ingest.iep_document import DocumentIndex

    remembered = _Remembered(embedder) if embedder is not None else None

    def make(doc):
        return DocumentIndex(doc, remembered).ask

    return make


class _Remembered:
    """The embedder behind the library's embedding cache, for the eval's fictional IEPs only (a
    parent's own IEP never goes through it): the second format of an IEP is not embedded again."""

    def __init__(self, embedder) -> None:
        from assistant.embeddings import CachedEmbedder

        self.cache = CachedEmbedder(embedder)
        self.model_name = getattr(embedder, "model_name", None)  # its vocabulary: which words are spelled right

    def embed_documents(self, texts: list[str]):
        return self.cache.passages(texts)

    def embed_query(self, text: str):
        return self.cache.query(text)


def run(args: argparse.Namespace) -> int:
    from evals.iep import FORMATS, failure_lines, load_questions, run_iep_eval, summary_lines
    from ingest.iep_document import read_iep

    embedder = None
    if not args.no_embedder:
        from assistant.config import Settings
        from assistant.embeddings import load_embedder

        embedder = load_embedder(Settings().index)
    questions = load_questions(args.questions) if args.questions else load_questions()
    with tempfile.TemporaryDirectory(prefix="iep-eval-") as folder:
        report = run_iep_eval(
            read_iep,
            answerer_for(embedder),
            Path(folder),
            questions,
            formats=args.format or FORMATS,
            one_format_each=args.one_format_each,
        )
    print("\n".join(summary_lines(report)))
    if args.failures:
        print("\n".join(["", "dev failures:"] + failure_lines(report)))
    if args.json:
        args.json.write_text(json.dumps(report.as_dict(), indent=2), encoding="utf-8")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cli.iep_eval", description=__doc__.split("\n\n")[0])
    _add_options(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
