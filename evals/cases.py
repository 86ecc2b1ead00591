"""The eval set: typed cases read from JSONL, with errors that name the line and the field.

One JSON object per line::

    {"id": "iee-001", "question": "What is an IEE?", "audience": "family", "topic": "evaluation",
     "expected_sources": ["corpus/independent-educational-evaluation.md"],
     "expected_sections": ["When can I ask for an IEE at public expense?"],
     "key_facts": [["does not work for", "outside the school"], ["public expense", "district pays"]],
     "history": [], "should_abstain": false, "tags": ["formal"]}

`expected_sources` are any-of: retrieving one of them counts as a hit. Each key fact is a list
of acceptable phrasings (see `evals.facts`). `history` holds earlier user questions, oldest
first, for follow-up cases. Out-of-scope cases set `should_abstain` and list no sources or facts.
`reference` is an optional short reference answer, for content recall and precision.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.errors import IEPGuideError
from assistant.types import ASKERS, Turn

FIELDS = {
    "id",
    "question",
    "audience",
    "topic",
    "expected_sources",
    "expected_sections",
    "key_facts",
    "history",
    "should_abstain",
    "tags",
    "reference",
}
REQUIRED = ("id", "question", "audience", "topic")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
MAX_PROBLEMS = 20


class EvalSetError(IEPGuideError):
    """The eval file cannot be used as written; `problems` lists each one with its line and field."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = list(problems)
        shown = self.problems[:MAX_PROBLEMS]
        more = len(self.problems) - len(shown)
        lines = "\n".join(f"  {p}" for p in shown) + (f"\n  … and {more} more" if more > 0 else "")
        super().__init__(f"The eval set {path} has {len(self.problems)} problem(s):\n{lines}")


@dataclass(frozen=True)
class EvalCase:
    """One question the assistant is scored on, with what a correct answer needs."""

    id: str
    question: str
    audience: str
    topic: str
    expected_sources: tuple[str, ...] = ()
    expected_sections: tuple[str, ...] = ()
    key_facts: tuple[tuple[str, ...], ...] = ()
    history: tuple[str, ...] = ()
    should_abstain: bool = False
    tags: tuple[str, ...] = ()
    reference: str = ""  # a short reference answer in plain words, for content recall and precision

    @property
    def multi_turn(self) -> bool:
        return bool(self.history)

    def turns(self) -> list[Turn]:
        """The earlier questions as conversation turns, oldest first."""
        return [Turn(question) for question in self.history]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["key_facts"] = [list(f) for f in self.key_facts]
        for key in ("expected_sources", "expected_sections", "history", "tags"):
            data[key] = list(data[key])
        return data


class _Problems(list):
    def add(self, line: int, field: str | None, message: str) -> None:
        where = f"line {line}" + (f", field '{field}'" if field else "")
        self.append(f"{where}: {message}")


def _strings(value: object, line: int, field: str, problems: _Problems) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.add(line, field, "must be a list of non-empty strings")
        return ()
    return tuple(v.strip() for v in value)


def _facts(value: object, line: int, problems: _Problems) -> tuple[tuple[str, ...], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.add(line, "key_facts", "must be a list of facts, each a list of acceptable phrasings")
        return ()
    facts = []
    for i, fact in enumerate(value, start=1):
        phrasings = [fact] if isinstance(fact, str) else fact
        if not isinstance(phrasings, list) or not phrasings or not all(isinstance(p, str) and p.strip() for p in phrasings):
            problems.add(line, "key_facts", f"fact {i} must be a phrasing or a non-empty list of phrasings")
            continue
        facts.append(tuple(p.strip() for p in phrasings))
    return tuple(facts)


def parse_case(data: object, line: int, problems: _Problems) -> EvalCase | None:
    """One case from a decoded JSON value, or None after recording what is wrong with it."""
    if not isinstance(data, dict):
        problems.add(line, None, "each line must be a JSON object")
        return None
    before = len(problems)
    for key in sorted(set(data) - FIELDS):
        problems.add(line, key, f"unknown field (known: {', '.join(sorted(FIELDS))})")
    for key in REQUIRED:
        if not isinstance(data.get(key), str) or not data[key].strip():
            problems.add(line, key, "is required and must be a non-empty string")
    if isinstance(data.get("id"), str) and data["id"].strip() and not _ID.match(data["id"].strip()):
        problems.add(line, "id", "use letters, digits, '-', '_' or '.' (at most 80 characters)")
    if isinstance(data.get("audience"), str) and data["audience"].strip() not in ASKERS:
        problems.add(line, "audience", f"must be one of {', '.join(ASKERS)}")
    abstain = data.get("should_abstain", False)
    if not isinstance(abstain, bool):
        problems.add(line, "should_abstain", "must be true or false")
        abstain = False
    sources = _strings(data.get("expected_sources"), line, "expected_sources", problems)
    sections = _strings(data.get("expected_sections"), line, "expected_sections", problems)
    history = _strings(data.get("history"), line, "history", problems)
    tags = _strings(data.get("tags"), line, "tags", problems)
    facts = _facts(data.get("key_facts"), line, problems)
    reference = data.get("reference", "")
    if not isinstance(reference, str):
        problems.add(line, "reference", "must be a string")
        reference = ""
    if abstain and (sources or sections or facts):
        problems.add(line, "should_abstain", "an out-of-scope case lists no sources, sections or key facts")
    if not abstain and not sources:
        problems.add(line, "expected_sources", "an answerable case needs at least one expected source")
    if len(problems) > before:
        return None
    return EvalCase(
        id=data["id"].strip(),
        question=data["question"].strip(),
        audience=data["audience"].strip(),
        topic=data["topic"].strip(),
        expected_sources=sources,
        expected_sections=sections,
        key_facts=facts,
        history=history,
        should_abstain=abstain,
        tags=tags,
        reference=reference.strip(),
    )


def parse_lines(lines: Iterable[str], path: str = "<eval set>") -> list[EvalCase]:
    """Cases from JSONL text; blank lines are skipped. Raises EvalSetError listing every problem."""
    problems = _Problems()
    cases: list[EvalCase] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.add(number, None, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        case = parse_case(data, number, problems)
        if case is None:
            continue
        if case.id in seen:
            problems.add(number, "id", f"duplicate id {case.id!r} (first used on line {seen[case.id]})")
            continue
        seen[case.id] = number
        cases.append(case)
    if not cases and not problems:
        problems.append("the file holds no cases")
    if problems:
        raise EvalSetError(path, problems)
    return cases


def load_cases(path: Path) -> list[EvalCase]:
    """Read and validate an eval set. Every failure is an EvalSetError with a clear message."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise EvalSetError(str(path), ["no such file"]) from None
    except IsADirectoryError:
        raise EvalSetError(str(path), ["is a folder, not a JSONL file"]) from None
    except UnicodeDecodeError as exc:
        raise EvalSetError(str(path), [f"is not UTF-8 text (byte {exc.start})"]) from None
    except OSError as exc:
        raise EvalSetError(str(path), [f"could not be read: {exc.strerror or exc}"]) from None
    return parse_lines(text.splitlines(), str(path))


def select_cases(
    cases: Sequence[EvalCase],
    *,
    audience: str | None = None,
    topic: str | None = None,
    limit: int | None = None,
) -> list[EvalCase]:
    """The cases matching the filters, in file order, at most `limit` of them."""
    chosen = [c for c in cases if (audience is None or c.audience == audience) and (topic is None or c.topic == topic)]
    return chosen[:limit] if limit is not None else chosen
