"""Options shared by several commands, and turning them into Settings."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.config import Settings


def add_index_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index", type=Path, metavar="DIR", help="index folder (default: .index/)")


def settings_from(args: argparse.Namespace, **overrides) -> Settings:
    """Settings from the environment, with command-line options on top."""
    values = {k: v for k, v in overrides.items() if v is not None}
    if getattr(args, "index", None):
        values["index_dir"] = args.index
    return Settings(**values)
