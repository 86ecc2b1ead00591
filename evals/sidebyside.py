"""The eval sets side by side, the passage answerer next to the earlier sentence composer.

    python -m evals.sidebyside                                   # dev and blind on the corpus index
    python -m evals.sidebyside --realdocs-index .index-realdocs   # and the realdocs set on its own index

Every set runs through both answerers in one process (one model load, the same indexes), and the
table it prints — one row per set and answerer, in Markdown — is the one docs/evaluation.md
shows. The blind sets are only measured here, never tuned on: nothing in this module chooses a
weight or a threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from assistant.config import Settings
from evals.cases import load_cases
from evals.launch import answerer_settings
from evals.runner import run_eval

ROOT = Path(__file__).resolve().parent
SETS = {
    "dev": ROOT / "cases.jsonl",
    "blind": ROOT / "blind.jsonl",
    "realdocs-dev": ROOT / "realdocs_dev.jsonl",
    "realdocs": ROOT / "realdocs.jsonl",
}
ANSWERERS = ("sentence", "extractive")  # before, after
COLUMNS = [
    ("facts_stated", "every key fact"),
    ("fact_coverage", "key facts"),
    ("content_recall", "content recall"),
    ("content_precision", "content precision"),
    ("abstention_recall", "out of scope declined"),
    ("false_abstention_rate", "false abstention"),
    ("citation_precision", "citation precision"),
    ("latency_p95_ms", "p95 ms"),
]


def conversation_rate(report) -> float | None:
    """Share of multi-turn cases handled right: every key fact stated, or declined when the last
    turn is out of scope."""
    turns = [r for r in report.cases if r.case.multi_turn]
    if not turns:
        return None
    good = [r for r in turns if (r.abstained if r.case.should_abstain else (not r.abstained and r.fact_coverage == 1.0))]
    return len(good) / len(turns)


def rows(reports: dict[tuple[str, str], object]) -> list[dict]:
    out = []
    for (set_name, answerer), report in reports.items():
        row = {
            "set": set_name,
            "answerer": "passage" if answerer == "extractive" else answerer,
            "cases": report.summary["cases"],
            "conversations": conversation_rate(report),
        }
        row.update({key: report.summary.get(key) for key, _ in COLUMNS})
        out.append(row)
    return out


def markdown(table: Sequence[dict]) -> str:
    head = ["set", "answerer", "cases", *(label for _, label in COLUMNS), "conversations"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in table:
        cells = [row["set"], row["answerer"], str(row["cases"])]
        for key, _ in [*COLUMNS, ("conversations", "")]:
            value = row.get(key)
            cells.append("—" if value is None else (f"{value:.0f}" if key.endswith("_ms") else f"{value:.3f}"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from assistant.embeddings import load_embedder
    from assistant.factory import build_assistant

    parser = argparse.ArgumentParser(prog="python -m evals.sidebyside", description=__doc__.splitlines()[0])
    parser.add_argument("--realdocs-index", type=Path, help="index of ../shared/realdocs (collection 'realdocs')")
    parser.add_argument("--out", type=Path, default=Path("reports"), help="folder for the JSON and Markdown table")
    args = parser.parse_args(argv)
    base = Settings()
    embedder = load_embedder(base.index)
    plans = [("dev", base), ("blind", base)]
    if args.realdocs_index:
        realdocs = base.replace(index_dir=args.realdocs_index, collection="realdocs")
        plans += [("realdocs-dev", realdocs), ("realdocs", realdocs)]
    reports = {}
    for set_name, settings in plans:
        if not SETS[set_name].is_file():
            print(f"skipping {set_name}: {SETS[set_name]} is missing", file=sys.stderr)
            continue
        cases = load_cases(SETS[set_name])
        for answerer in ANSWERERS:
            assistant = build_assistant(settings.replace(**answerer_settings(answerer)), embedder=embedder)
            print(f"{set_name}: {len(cases)} cases, {answerer} …", file=sys.stderr)
            reports[(set_name, answerer)] = run_eval(assistant, cases, ablation=False, label=answerer)
    table = rows(reports)
    text = markdown(table)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    (args.out / f"sidebyside-{stamp}.md").write_text(text + "\n")
    (args.out / f"sidebyside-{stamp}.json").write_text(json.dumps(table, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
