"""Document trust: a staff upload waits for review before parents can be told anything from it.

An upload lands as **pending**: saved outside the folders that are ingested, parsed for a
preview, and not retrievable by the chat. The preview lists the passages a reviewer should read
first — text that tells the reader to do something (send, e-mail, call, click, pay), asks for
personal data (Social Security numbers, passwords, payment or bank details), or carries a link or
an e-mail address — flagged, never silently dropped: a filter cannot be the defence, review is.
**Publishing** moves the file into the uploads folder and ingests it. **Removing** a document
takes it out of the index and keeps an uploaded file in the trash, so the removal can be undone
for `IEP_GUIDE_UNDO_MINUTES`. Every change (upload, publish, discard, remove, undo) is recorded
in an append-only audit log (JSON lines, 0600) with who and when.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from assistant.config import Settings
from assistant.errors import DocumentError
from assistant.text import instruction_like, split_sentences
from ingest.uploads import free_name, safe_name, save_upload

FLAGS = {
    "personal data": re.compile(
        r"\b(social security|ssn|passwords?|pin number|credit card|debit card|bank account|routing number|"
        r"account number|gift cards?|wire (the )?money|payment|pay (a|the) fee|date of birth)\b",
        re.I,
    ),
    "link or e-mail address": re.compile(r"https?://|\bwww\.|[\w.+-]+@[\w-]+\.[\w.-]+", re.I),
    "instruction to the reader": re.compile(
        r"^(please\s+)?(send|e-?mail|call|text|click|visit|download|reply|submit|provide|give|wire|pay|sign up|log in)\b"
        r"|\byou (must|should|need to|have to) (send|e-?mail|call|text|click|provide|give|pay|submit)\b",
        re.I,
    ),
}
_lock = threading.Lock()


@dataclass(frozen=True)
class Flag:
    kind: str
    passage: str


@dataclass(frozen=True)
class Preview:
    title: str
    passages: tuple[str, ...]
    flags: tuple[Flag, ...]


def flags_in(text: str) -> list[Flag]:
    """The sentences of `text` a reviewer should read before publishing, with why."""
    out = []
    for sentence in split_sentences(text):
        kinds = [kind for kind, pattern in FLAGS.items() if pattern.search(sentence)]
        if instruction_like(sentence):
            kinds.append("text addressed to an AI model")
        out.extend(Flag(kind, sentence) for kind in kinds)
    return out


class Review:
    """Pending uploads, publishing, removal with undo, and the audit log of one index."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = settings.index.index_dir / "review"
        self.pending_dir = self.root / "pending"
        self.trash_dir = self.root / "trash"
        self.audit_path = self.root / "audit.jsonl"

    # -- the audit log -------------------------------------------------------
    def record(self, who: str, action: str, document: str, detail: str = "", **extra) -> dict:
        entry = {
            "id": uuid.uuid4().hex[:12],
            "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "who": who,
            "action": action,
            "document": document,
            "detail": detail,
            **extra,
        }
        with _lock:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.audit_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as out:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        return entry

    def log(self) -> list[dict]:
        """Every audit entry, newest first."""
        try:
            lines = self.audit_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in reversed(lines) if line.strip()]

    # -- pending uploads --------------------------------------------------------
    def submit(self, name: str, data: bytes, who: str) -> Path:
        """Save an upload for review (checked like any upload); nothing is ingested."""
        path = save_upload(name, data, self.settings.replace(uploads_dir=self.pending_dir))
        self.record(who, "upload", path.name, f"{len(data):,} bytes, waiting for review")
        return path

    def pending(self) -> list[Path]:
        if not self.pending_dir.is_dir():
            return []
        return sorted(p for p in self.pending_dir.iterdir() if p.is_file() and not p.name.startswith("."))

    def preview(self, path: Path) -> Preview:
        """What a pending document would add: its passages, and the ones flagged for a reviewer."""
        from ingest.chunking import chunk_document, make_splitter
        from ingest.loaders import load

        doc = load(path, source=f"pending/{path.name}")
        chunks = chunk_document(doc, make_splitter(self.settings.ingest), self.settings.ingest.min_chunk_chars)
        flags = [f for c in chunks for f in flags_in(c.text)]
        return Preview(doc.title, tuple(c.text for c in chunks), tuple(dict.fromkeys(flags)))

    def discard(self, path: Path, who: str) -> None:
        self._own(path, self.pending_dir).unlink(missing_ok=True)
        self.record(who, "discard", path.name)

    def publish(self, path: Path, who: str, index, embedder, progress=None):
        """Move a pending document into the uploads folder and ingest it: from now on it answers.
        `progress` is an ingest progress callback (stage, done, total, detail)."""
        from ingest.pipeline import ingest

        path = self._own(path, self.pending_dir)
        target = free_name(self.settings.ingest.uploads_dir, path.name, path.read_bytes())
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)
        report = ingest([self.settings.ingest.uploads_dir], index, embedder, self.settings, progress=progress or False)
        self.record(who, "publish", target.name, report.summary())
        return report

    # -- removal and undo ---------------------------------------------------------
    def remove(self, sources: list[str], who: str, index):
        """Take documents out of the index; an uploaded file goes to the trash, for undo."""
        from ingest.pipeline import remove_documents
        from ingest.uploads import uploaded_file

        report = remove_documents(sources, index, self.settings)
        for source in sources:
            path = uploaded_file(source, self.settings)
            kept = ""
            if path is not None and path.exists():
                folder = self.trash_dir / uuid.uuid4().hex[:12]
                folder.mkdir(parents=True, exist_ok=True)
                kept = str(shutil.move(path, folder / path.name))
            self.record(who, "remove", source, "", trash=kept)
        return report

    def undoable(self) -> list[dict]:
        """Removals of uploaded files that can still be undone, newest first."""
        cutoff = datetime.now(timezone.utc) - timedelta(minutes=self.settings.ingest.undo_minutes)
        undone = {e.get("undoes") for e in self.log() if e["action"] == "undo"}
        return [
            e
            for e in self.log()
            if e["action"] == "remove"
            and e.get("trash")
            and e["id"] not in undone
            and datetime.fromisoformat(e["at"]) >= cutoff
            and Path(e["trash"]).exists()
        ]

    def undo(self, entry_id: str, who: str, index, embedder):
        """Put a removed upload back and ingest it again."""
        from ingest.pipeline import ingest

        entry = next((e for e in self.undoable() if e["id"] == entry_id), None)
        if entry is None:
            raise DocumentError("That removal can no longer be undone (too long ago, or undone already).")
        kept = Path(entry["trash"])
        target = free_name(self.settings.ingest.uploads_dir, kept.name, kept.read_bytes())
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(kept, target)
        report = ingest([self.settings.ingest.uploads_dir], index, embedder, self.settings)
        self.record(who, "undo", entry["document"], report.summary(), undoes=entry_id)
        return report

    @staticmethod
    def _own(path: Path, folder: Path) -> Path:
        path = Path(path)
        if path.resolve().parent != folder.resolve():
            raise DocumentError(f"{safe_name(path.name)} is not waiting for review.")
        return path
