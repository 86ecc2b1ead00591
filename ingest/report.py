"""What an ingest did (or, in a dry run, would do), file by file."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("added", "changed", "unchanged", "removed", "missing", "error", "skipped")


@dataclass
class FileResult:
    """One file's outcome. `added`/`unchanged`/`removed` count its chunks against the last
    ingest; `duplicates` maps another document to how many of this file's chunks it also has."""

    source: str
    status: str  # one of STATUSES
    kind: str = ""
    chunks: int = 0
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    pages: int | None = None
    sections: int = 0
    duplicates: dict[str, int] = field(default_factory=dict)
    message: str = ""

    def shape(self) -> str:
        """ "pdf, 74 pages" / "regulations, 272 sections"."""
        parts = [self.kind] if self.kind else []
        if self.pages:
            parts.append(f"{self.pages} page{'s' if self.pages != 1 else ''}")
        elif self.sections:
            parts.append(f"{self.sections} section{'s' if self.sections != 1 else ''}")
        return ", ".join(parts)

    def describe(self, dry_run: bool = False) -> str:
        """A one-line account of the file for people."""
        if self.status == "error":
            return f"{self.source}: {self.message}"
        if self.status in ("skipped", "missing"):
            return f"{self.source}: {self.message}"
        if self.status == "removed":
            verb = "would remove" if dry_run else "removed"
            return f"{self.source} ({verb} {self.removed} chunks)"
        shape = self.shape()
        text = f"{self.source} ({shape}): {self.chunks} chunks" if shape else f"{self.source}: {self.chunks} chunks"
        if self.status == "changed":
            new = "would add" if dry_run else "new"
            gone = "would remove" if dry_run else "removed"
            text += f" — {self.added} {new}, {self.unchanged} unchanged, {self.removed} {gone}"
        for other, n in sorted(self.duplicates.items()):
            text += f"; {n} identical to {other} (stored once)"
        return text


@dataclass
class IngestReport:
    """Totals count distinct chunks in the library: `added` new ones, `removed` dropped ones,
    `unchanged` kept ones; `embedded` is how many passages the model had to embed (chunks an
    interrupted ingest already stored are reused, not embedded again); `sentences` is how many
    sentence vectors were embedded for reranking and answers."""

    added: int = 0
    unchanged: int = 0
    removed: int = 0
    embedded: int = 0
    sentences: int = 0  # sentence and question-key vectors embedded for rerank and answers
    seconds: float = 0.0
    dry_run: bool = False
    files: list[FileResult] = field(default_factory=list)

    @property
    def errors(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "error"]

    def by_source(self) -> dict[str, FileResult]:
        return {f.source: f for f in self.files}

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        docs = sum(1 for f in self.files if f.status in ("added", "changed", "unchanged"))
        text = (
            f"{docs} documents: {verb} {self.added} chunks, {self.unchanged} unchanged, "
            f"{'would remove' if self.dry_run else 'removed'} {self.removed} "
            f"in {self.seconds:.1f}s"
        )
        missing = sum(1 for f in self.files if f.status == "missing")
        if missing:
            text += f"; {missing} document(s) no longer on disk kept (--prune removes them)"
        if self.errors:
            text += f"; {len(self.errors)} file(s) could not be ingested"
        return text
