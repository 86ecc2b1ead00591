"""`iep-guide eval`: score the assistant on the eval set, print a table, save JSON + HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.cli.common import add_index_option, settings_from

EXIT_BELOW_THRESHOLDS = 1
ANSWERERS = ["extractive", "openai"]


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
        "--compare", type=_answerers, metavar="A,B",
        help="run each answerer on the same cases and report them side by side, e.g. extractive,openai",
    )
    p.add_argument("--audience", choices=["family", "teacher"], help="only cases for this audience")
    p.add_argument("--topic", help="only cases on this topic")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N cases")
    p.add_argument("--no-baseline", action="store_true", help="skip the LangChain baseline")
    p.add_argument("--no-ablation", action="store_true", help="skip scoring each retrieval stage")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from evals.cases import load_cases, select_cases
    from evals.report import file_sha256, save_report
    from evals.thresholds import check, load_thresholds

    settings = settings_from(
        args, eval_set=args.eval_set, reports_dir=args.report, eval_thresholds=args.thresholds, answerer=args.answerer
    )
    if args.limit is not None and args.limit < 1:
        print("iep-guide: --limit must be at least 1", file=sys.stderr)
        return 2
    cases = select_cases(load_cases(settings.eval_set), audience=args.audience, topic=args.topic, limit=args.limit)
    if not cases:
        print("iep-guide: no eval cases match those filters", file=sys.stderr)
        return 2
    thresholds = load_thresholds(settings.eval_thresholds, known=_summary_keys()) if args.check else None

    eval_set = {"path": _display(settings.eval_set), "sha256": file_sha256(settings.eval_set)}
    reports = _run(settings, cases, args, eval_set)
    paths = []
    for report in reports:
        checks = check(report, thresholds) if thresholds else []
        report.checks = [c.to_dict() for c in checks]
        paths.append((save_report(report, settings.reports_dir), checks))

    from evals.table import summary_lines

    failed = False
    for report, ((json_path, html_path), checks) in zip(reports, paths):
        print("\n".join(summary_lines(report, checks)))
        print(f"\nreport: {html_path}\n        {json_path}")
        failed = failed or any(not c.passed for c in checks)
    return EXIT_BELOW_THRESHOLDS if failed else 0


def _run(settings, cases, args, eval_set: dict) -> list:
    from assistant.embeddings import load_embedder
    from assistant.factory import build_assistant
    from evals.baseline import build_baseline
    from evals.compare import run_comparison

    names = args.compare or [settings.answerer]
    embedder = load_embedder(settings)
    assistants = {
        name: build_assistant(settings.model_copy(update={"answerer": name}), embedder=embedder) for name in names
    }
    baseline = None if args.no_baseline else build_baseline(settings, embedder)
    bar = None
    if not args.quiet:
        from tqdm import tqdm

        bar = tqdm(total=len(cases) * len(names), unit="case", desc="Evaluating", file=sys.stderr)
    try:
        reports = run_comparison(
            assistants,
            cases,
            baseline=baseline,
            ablation=not args.no_ablation,
            on_progress=(lambda done, total, result: bar.update(1)) if bar else None,
            eval_set=eval_set,
        )
    finally:
        if bar:
            bar.close()
    if len(reports) == 1:
        reports[0].comparison = []  # one answerer: nothing to set side by side
    return reports


def _summary_keys() -> set[str]:
    from evals.summary import summarize

    return set(summarize([]))


def _display(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
