"""`iep-guide ask`: answer one question, as text or as a JSON object."""

from __future__ import annotations

import argparse
import json

from assistant.citations import cited_sentences
from assistant.types import ASKERS, UNSUPPORTED_LABEL
from cli import add_index_option, settings_from


def register(sub) -> None:
    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question", help="the question, in quotes")
    p.add_argument("--audience", choices=ASKERS, default="family")
    add_index_option(p)
    p.add_argument("--answerer", choices=["extractive", "openai"], help="who writes the answer (default: settings)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run)


def format_text(answer) -> str:
    lines = [answer_text(answer)]
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            where = f" — {c.section}" if c.section and c.section != "Overview" else ""
            page = f", page {c.page}" if c.page else ""
            lines.append(f"  [{c.n}] {c.title}{where}{page} ({c.source})")
    return "\n".join(lines)


def answer_text(answer) -> str:
    """The answer text, each sentence the sources do not back followed by a warning."""
    if not answer.unsupported:
        return answer.text
    flagged = {c.text for c in answer.checks if not c.supported}
    parts = []
    for sentence in cited_sentences(answer.text):
        marks = "".join(f" [{n}]" for n in sentence.numbers)
        warn = f" ⚠ ({UNSUPPORTED_LABEL})" if sentence.text in flagged else ""
        parts.append(f"{sentence.text}{marks}{warn}")
    return "\n".join(parts)


def to_json(answer) -> dict:
    return {**answer.to_dict(), "answerer": answer.answerer, "unsupported": answer.unsupported, "notice": answer.notice}


def run(args: argparse.Namespace) -> int:
    from assistant.factory import build_assistant
    from assistant.questions import clean_question

    settings = settings_from(args, answerer=args.answerer)
    clean_question(args.question, settings.answer.max_question_chars)  # fail fast, before loading models
    assistant = build_assistant(settings)
    if args.json:
        print(json.dumps(to_json(assistant.ask(args.question, audience=args.audience)), ensure_ascii=False))
        return 0
    answer, streamed = None, []
    for item in assistant.stream(args.question, audience=args.audience):
        if isinstance(item, str):
            print(item, end="", flush=True)
            streamed.append(item)
        else:
            answer = item
    if "".join(streamed) == answer.text and not answer.notice and not answer.unsupported:
        print(format_text(answer)[len(answer.text) :])  # the streamed text was the answer: add its sources
        return 0
    print("\n\n— checked against the sources —")
    if answer.notice:
        print(answer.notice)
    print(format_text(answer))
    return 0
