"""Saving and reading eval reports: JSON plus a self-contained HTML page, timestamped by run.

Each run writes `eval-<UTC time>-<answerer>.json` and `.html` into the reports folder
(settings.evals.reports_dir), so runs sort by time and trends can be charted from the JSON files.
The JSON layout is versioned (`schema_version`) and described in evals/report.schema.json.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path

from assistant.errors import IEPGuideError
from evals.html import render_html
from evals.results import REPORT_KIND, SCHEMA_VERSION, EvalReport

SCHEMA_PATH = Path(__file__).with_name("report.schema.json")


class ReportError(IEPGuideError):
    """A report could not be written or read."""


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def report_stem(report: EvalReport) -> str:
    return _stem(report.created_at, report.answerer)


def _stem(created_at: str, answerer: str) -> str:
    when = datetime.fromisoformat(created_at).strftime("%Y%m%dT%H%M%SZ")
    return f"eval-{when}-{re.sub(r'[^A-Za-z0-9_-]+', '-', answerer or 'unknown')}"


def _run_number(path: Path, data: dict) -> int:
    """1 for the first report of a second, n for the n-th (saved as <stem>-n)."""
    rest = path.stem[len(_stem(data["created_at"], data["answerer"])) :]
    return int(rest[1:]) if rest[1:].isdigit() else 1


def save_report(report: EvalReport, folder: Path) -> tuple[Path, Path]:
    """Write the JSON and HTML reports; returns their paths. Never overwrites an earlier run."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stem, n = report_stem(report), 1
        while (folder / f"{stem}.json").exists():
            n += 1
            stem = f"{report_stem(report)}-{n}"
        data = report.to_dict()
        json_path, html_path = folder / f"{stem}.json", folder / f"{stem}.html"
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        html_path.write_text(render_html(data), encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"Could not write the eval report to {folder}: {exc.strerror or exc}") from exc
    return json_path, html_path


def load_report(path: Path) -> dict:
    """A saved report as a dict, checked to be an eval report of a schema this code reads."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"Could not read the eval report {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("kind") != REPORT_KIND:
        raise ReportError(f"{path} is not an IEP Guide eval report.")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ReportError(f"{path} uses report schema {data.get('schema_version')}, this version reads {SCHEMA_VERSION}.")
    return data


def scan_reports(folder: Path) -> tuple[list[dict], list[str]]:
    """The saved runs, oldest first, and a message for each file that could not be read.

    A row holds the file, time, answerer, eval set and summary; a missing folder has no runs."""
    found, problems = [], []
    for path in Path(folder).glob("eval-*.json"):
        try:
            data = load_report(path)
            row = {
                "path": str(path),
                "created_at": data["created_at"],
                "answerer": data["answerer"],
                "summary": data["summary"],
                "eval_set": data.get("eval_set") or {},
            }
            key = (str(data["created_at"]), _run_number(path, data))
            if not isinstance(row["summary"], dict):
                raise TypeError("summary is not an object")
        except ReportError as exc:
            problems.append(str(exc))
            continue
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"{path} is not a complete eval report ({type(exc).__name__}: {exc}).")
            continue
        found.append((key, row))
    return [row for _, row in sorted(found, key=lambda pair: pair[0])], sorted(problems)


def list_reports(folder: Path) -> list[dict]:
    """One row per saved run, oldest first (for trend charts): file, time, answerer, summary."""
    return scan_reports(folder)[0]
