"""`iep-guide eval`: score the assistant on the eval set, print a table, save JSON + HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.types import ASKERS
from cli import add_index_option, settings_from

EXIT_BELOW_THRESHOLDS = 1
ANSWERERS = ["extractive", "sentence", "openai"]


def _answerers(value: str) -> list[str]:
    names = list(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    if not names or any(n not in ANSWERERS for n in names):
        raise argparse.ArgumentTypeError(f"expected a comma-separated list of {', '.join(ANSWERERS)}")
    return names


def register(sub) -> None:
    p = sub.add_parser("eval", help="measure retrieval, grounding and abstention on the eval set")
    p.add_argument("--set", dest="eval_set", type=Path, metavar="FILE", help="eval cases, JSONL (default: evals/cases.jsonl)")
    add_index_option(p)
    p.add_argument("--report", type=Path, metavar="DIR", help="where to save the JSON and HTML report (default: reports/)")
    p.add_argument("--check", action="store_true", help="exit 1 when a metric misses the stored thresholds")
    p.add_argument("--thresholds", type=Path, metavar="FILE", help="thresholds file (default: evals/thresholds.toml)")
    p.add_argument("--answerer", choices=ANSWERERS, help="which answerer writes the answers")
    p.add_argument(
        "--compare",
        type=_answerers,
        metavar="A,B",
        help="run each answerer on the same cases and report them side by side, "
        "e.g. extractive,sentence (the earlier composer) or extractive,openai",
    )
    p.add_argument("--audience", choices=ASKERS, help="only cases for this audience")
    p.add_argument("--topic", help="only cases on this topic")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N cases")
    p.add_argument("--no-baseline", action="store_true", help="skip the LangChain baseline")
    p.add_argument("--no-ablation", action="store_true", help="skip scoring each retrieval stage")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from evals.launch import EvalOptions, EvalOptionsError, answerer_settings, choose_cases, compare_and_save, load_gate
    from evals.table import summary_lines

    settings = settings_from(
        args,
        eval_set=args.eval_set,
        reports_dir=args.report,
        eval_thresholds=args.thresholds,
        **(answerer_settings(args.answerer) if args.answerer else {}),
    )
    options = EvalOptions(
        audience=args.audience,
        topic=args.topic,
        limit=args.limit,
        baseline=not args.no_baseline,
        ablation=not args.no_ablation,
    )
    if args.limit is not None and args.limit < 1:
        print("iep-guide: --limit must be at least 1", file=sys.stderr)
        return 2
    try:
        cases = choose_cases(settings.evals.eval_set, options)
    except EvalOptionsError:
        print("iep-guide: no eval cases match those filters", file=sys.stderr)
        return 2
    if args.thresholds is None:  # a set's own bounds sit beside it (evals/blind.thresholds.toml)
        from evals.thresholds import thresholds_for

        settings = settings.replace(eval_thresholds=thresholds_for(settings.evals.eval_set, settings.evals.eval_thresholds))
    thresholds = load_gate(settings.evals.eval_thresholds) if args.check else None
    answerers = args.compare or [args.answerer or settings.answer.answerer]

    bar = None
    if not args.quiet:
        from tqdm import tqdm

        bar = tqdm(total=len(cases) * len(answerers), unit="case", desc="Evaluating", file=sys.stderr)
    try:
        runs = compare_and_save(
            settings,
            cases,
            options,
            answerers=answerers,
            thresholds=thresholds,
            on_progress=(lambda done, total, result: bar.update(1)) if bar else None,
        )
    finally:
        if bar:
            bar.close()
    for saved in runs:
        print("\n".join(summary_lines(saved.report, saved.checks)))
        print(f"\nreport: {saved.html_path}\n        {saved.json_path}")
    return EXIT_BELOW_THRESHOLDS if any(not c.passed for saved in runs for c in saved.checks) else 0
