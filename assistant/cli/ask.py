"""`iep-guide ask`: answer one question, as text or as a JSON object."""

from __future__ import annotations

import argparse
import json

from assistant.cli.common import add_index_option, settings_from


def register(sub) -> None:
    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question", help="the question, in quotes")
    p.add_argument("--audience", choices=["family", "teacher"], default="family")
    add_index_option(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run)


def format_text(answer) -> str:
    lines = [answer.text]
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            where = f" — {c.section}" if c.section and c.section != "Overview" else ""
            page = f", page {c.page}" if c.page else ""
            lines.append(f"  [{c.n}] {c.title}{where}{page} ({c.source})")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from assistant.factory import build_assistant
    from assistant.questions import clean_question

    settings = settings_from(args)
    clean_question(args.question, settings.max_question_chars)  # fail fast, before loading models
    answer = build_assistant(settings).ask(args.question, audience=args.audience)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False))
    else:
        print(format_text(answer))
    return 0
