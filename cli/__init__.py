"""The `iep-guide` command line: a thin adapter over the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant.config import IndexSettings, Settings
from assistant.errors import IEPGuideError

EXIT_USAGE = 2


def add_index_option(parser: argparse.ArgumentParser) -> None:
    """The --index option several commands share."""
    parser.add_argument(
        "--index", type=Path, metavar="DIR", help="index folder (default: IEP_GUIDE_INDEX_DIR, else .index/ here)"
    )


def add_collection_option(parser: argparse.ArgumentParser) -> None:
    default = IndexSettings.model_fields["collection"].default
    parser.add_argument(
        "--collection", metavar="NAME", help=f"collection inside the index (default: IEP_GUIDE_COLLECTION, else {default})"
    )


def settings_from(args: argparse.Namespace, **overrides) -> Settings:
    """Settings from the environment, with command-line options on top."""
    values = {k: v for k, v in overrides.items() if v is not None}
    if getattr(args, "index", None):
        values["index_dir"] = args.index
    return Settings(**values)


def _commands():
    from cli import ask, iep_eval, ingest, library, sources, staff
    from cli import eval as eval_command

    return [ingest, sources, ask, library, eval_command, iep_eval, staff]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iep-guide",
        description="Cited answers to U.S. special education questions (IEPs, 504 plans, IDEA).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _commands():
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except IEPGuideError as exc:
        print(f"iep-guide: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("iep-guide: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
