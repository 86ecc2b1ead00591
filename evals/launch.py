"""Running an eval and saving its report, the way `iep-guide eval` and the staff page both do.

    options = EvalOptions(topic="discipline", limit=20, baseline=False)
    cases = choose_cases(settings.evals.eval_set, options)
    saved = run_and_save(settings, cases, options, thresholds=load_gate(settings.evals.eval_thresholds))
    runs = compare_and_save(settings, cases, options, answerers=["extractive", "openai"])

The assistant may be passed in (the app shares its own); otherwise one is built from the settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.embeddings import model_lock
from assistant.errors import IEPGuideError
from evals.cases import EvalCase, load_cases, select_cases
from evals.report import file_sha256, save_report
from evals.results import EvalReport
from evals.runner import Progress
from evals.thresholds import Check, Thresholds, check, load_thresholds

Stage = Callable[[str], None]
log = logging.getLogger(__name__)


class EvalOptionsError(IEPGuideError):
    """The chosen subset of the eval set cannot be run."""


@dataclass(frozen=True)
class EvalOptions:
    """Which cases to run (all by default) and what to score besides the assistant."""

    audience: str | None = None
    topic: str | None = None
    limit: int | None = None
    baseline: bool = True
    ablation: bool = True

    def filters(self) -> dict:
        """The subset chosen, as recorded in the report (empty for the whole set)."""
        chosen = {"audience": self.audience, "topic": self.topic, "limit": self.limit}
        return {k: v for k, v in chosen.items() if v is not None}


@dataclass(frozen=True)
class SavedRun:
    report: EvalReport
    checks: list[Check]
    json_path: Path
    html_path: Path


class SharedModel(Embeddings):
    """The assistant's embedding model for the baseline, its calls taking the model's lock, so an
    eval in the app never calls the tokenizer at the same time as a chat question does."""

    def __init__(self, embedder: Embeddings) -> None:
        self.embedder = embedder
        self.model_name = str(getattr(embedder, "model_name", None) or type(embedder).__name__)  # same fingerprint
        self.quantized = bool(getattr(embedder, "quantized", False))  # int8 and bf16 vectors are named apart
        self.precision = str(getattr(embedder, "precision", "int8" if self.quantized else "fp32"))
        self._lock = model_lock(embedder)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            return self.embedder.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self.embedder.embed_query(text)


def choose_cases(eval_set: Path, options: EvalOptions) -> list[EvalCase]:
    """The cases of the eval set that the options select; raises with a clear message."""
    if options.limit is not None and options.limit < 1:
        raise EvalOptionsError("The number of cases must be at least 1.")
    cases = select_cases(load_cases(eval_set), audience=options.audience, topic=options.topic, limit=options.limit)
    if not cases:
        raise EvalOptionsError("No eval cases match those filters.")
    return cases


def load_gate(path: Path) -> Thresholds:
    """The thresholds file, checked against the metric names a report has."""
    from evals.summary import summarize

    return load_thresholds(path, known=set(summarize([])))


def describe_set(path: Path, options: EvalOptions) -> dict:
    """The eval set as recorded in the report: its path, hash and the subset run."""
    info = {"path": display_path(path), "sha256": file_sha256(path)}
    if options.filters():
        info["filters"] = options.filters()
    return info


def display_path(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def run_and_save(
    settings: Settings,
    cases: Sequence[EvalCase],
    options: EvalOptions,
    *,
    thresholds: Thresholds | None = None,
    assistant=None,
    on_progress: Progress | None = None,
    on_stage: Stage | None = None,
) -> SavedRun:
    """Run the cases, check the thresholds (when given) and save JSON + HTML in settings.evals.reports_dir."""
    assistants = {settings.answer.answerer: assistant} if assistant is not None else None
    (saved,) = compare_and_save(
        settings,
        cases,
        options,
        answerers=[settings.answer.answerer],
        thresholds=thresholds,
        assistants=assistants,
        on_progress=on_progress,
        on_stage=on_stage,
    )
    return saved


def compare_and_save(
    settings: Settings,
    cases: Sequence[EvalCase],
    options: EvalOptions,
    *,
    answerers: Sequence[str],
    thresholds: Thresholds | None = None,
    assistants: dict | None = None,
    on_progress: Progress | None = None,
    on_stage: Stage | None = None,
) -> list[SavedRun]:
    """Run the same cases with each answerer and save one report per answerer; with more than one,
    every report carries the side-by-side `comparison` rows."""
    from evals.compare import run_comparison

    stage = on_stage or (lambda text: None)
    if assistants is None:
        assistants = _build_assistants(settings, answerers, stage)
    baseline = None
    if options.baseline:
        from evals.baseline import build_baseline

        stage("Opening the LangChain baseline (built once per corpus)")
        cached = next(iter(assistants.values())).retrieval.embedder  # a CachedEmbedder around the model
        baseline = build_baseline(settings, SharedModel(getattr(cached, "embedder", cached)))
    stage("Scoring the cases")
    reports = run_comparison(
        assistants,
        cases,
        baseline=baseline,
        ablation=options.ablation,
        on_progress=on_progress,
        eval_set=describe_set(settings.evals.eval_set, options),
    )
    stage("Saving the report")
    return [_save(report, settings, thresholds) for report in reports]


def _build_assistants(settings: Settings, answerers: Sequence[str], stage: Stage) -> dict:
    from assistant.embeddings import load_embedder
    from assistant.factory import build_assistant

    stage("Loading the embedding model and the index")
    embedder = load_embedder(settings.index)
    return {
        name: build_assistant(settings.replace(**answerer_settings(name)), embedder=embedder) for name in dict.fromkeys(answerers)
    }


def answerer_settings(name: str) -> dict:
    """The settings that select an answerer by its eval name: "extractive" (the passage answerer),
    "sentence" (the earlier sentence-picking composer, kept for comparison) or "openai"."""
    if name == "sentence":
        return {"answerer": "extractive", "composer": "sentence"}
    return {"answerer": name, "composer": "passage"} if name == "extractive" else {"answerer": name}


def _save(report: EvalReport, settings: Settings, thresholds: Thresholds | None) -> SavedRun:
    checks = check(report, thresholds) if thresholds else []
    report.checks = [c.to_dict() for c in checks]
    json_path, html_path = save_report(report, settings.evals.reports_dir)
    _record(report, checks, settings, json_path)
    return SavedRun(report, checks, json_path, html_path)


def _record(report: EvalReport, checks: list[Check], settings: Settings, json_path: Path) -> None:
    """Note the run in the app database (the report file is already saved; a database that cannot
    be used is logged, never a failed run)."""
    from assistant.eval_run_store import EvalRunError, EvalRunStore

    summary = {
        **report.summary,
        "answerer": report.answerer,
        "cases": len(report.cases),
        "checks_passed": all(c.passed for c in checks) if checks else None,
    }
    try:
        EvalRunStore.for_settings(settings).record(Path(settings.evals.eval_set).name, summary, json_path)
    except EvalRunError as exc:
        log.warning("The eval run was not recorded in the app database: %s", exc)
