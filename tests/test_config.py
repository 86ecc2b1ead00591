"""Settings by section: every variable keeps its flat name, the nested form works, errors name the
variable, default folders come from the working directory, and the documented table matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.config import FLAT, SECTIONS, Settings, configuration_table, env_name

ROOT = Path(__file__).resolve().parent.parent


def test_the_documented_table_is_the_one_generated_from_the_settings():
    doc = (ROOT / "docs" / "configuration.md").read_text()
    assert configuration_table() in doc, "regenerate it: python -m assistant.config"
    documented = set(re.findall(r"^\| `\w+` \| `(IEP_GUIDE_\w+)` \|", doc, re.M))
    every = {env_name(section, field) for section, model in SECTIONS.items() for field in model.model_fields}
    assert documented == every and len(every) == len(FLAT)


def test_every_flat_variable_sets_its_field(monkeypatch):
    monkeypatch.setenv("IEP_GUIDE_INDEX_DIR", "/srv/idx")
    monkeypatch.setenv("IEP_GUIDE_EMBED_BACKEND", "torch")
    monkeypatch.setenv("IEP_GUIDE_DATABASE_URL", "sqlite:////srv/app.db")
    monkeypatch.setenv("IEP_GUIDE_ABSTAIN_THRESHOLD", "0.4")
    monkeypatch.setenv("IEP_GUIDE_RETRIEVAL", "hybrid")
    monkeypatch.setenv("IEP_GUIDE_LLM_MODEL", "tiny")
    monkeypatch.setenv("iep_guide_chunk_size", "900")  # names are not case-sensitive
    s = Settings()
    assert s.index.index_dir == Path("/srv/idx") and s.index.embed_backend == "torch"
    assert s.database() == "sqlite:////srv/app.db" and s.answer.abstain_threshold == 0.4
    assert s.retrieval.mode == "hybrid" and s.llm.model == "tiny" and s.ingest.chunk_size == 900


def test_the_nested_form_works_and_wins_over_the_flat_one(monkeypatch):
    monkeypatch.setenv("IEP_GUIDE_K", "7")
    monkeypatch.setenv("IEP_GUIDE_RETRIEVAL__K", "9")
    monkeypatch.setenv("IEP_GUIDE_LLM__MAX_TOKENS", "50")
    s = Settings()
    assert s.retrieval.k == 9 and s.llm.max_tokens == 50


def test_keywords_take_the_flat_names_or_whole_sections():
    s = Settings(k=7, retrieval="bm25", llm_api_key="sk-x", answer={"composer": "sentence"})
    assert (s.retrieval.k, s.retrieval.mode, s.answer.composer) == (7, "bm25", "sentence")
    assert s.llm.api_key.get_secret_value() == "sk-x" and "sk-x" not in repr(s)
    with pytest.raises(ValueError, match="unknown setting 'kk'"):
        Settings(kk=3)


def test_a_bad_value_names_its_variable(monkeypatch):
    monkeypatch.setenv("IEP_GUIDE_K", "99")
    with pytest.raises(ValidationError, match="IEP_GUIDE_K\n.*less than or equal to 50"):
        Settings()
    monkeypatch.delenv("IEP_GUIDE_K")
    with pytest.raises(ValidationError, match="IEP_GUIDE_LLM_TEMPERATURE"):
        Settings(llm_temperature=5)


def test_replace_is_a_validated_copy_that_keeps_the_rest(tmp_path):
    s = Settings(index_dir=tmp_path / "idx", k=4)
    other = s.replace(k=6, llm_model="m")
    assert (other.retrieval.k, other.llm.model, other.index.index_dir) == (6, "m", (tmp_path / "idx").resolve())
    assert s.retrieval.k == 4
    with pytest.raises(ValidationError, match="IEP_GUIDE_K"):
        s.replace(k=0)


def test_default_folders_are_in_the_working_directory_and_eval_files_in_the_package(tmp_path, monkeypatch):
    for name in (
        "IEP_GUIDE_INDEX_DIR",
        "IEP_GUIDE_CORPUS_DIR",
        "IEP_GUIDE_REPORTS_DIR",
        "IEP_GUIDE_UPLOADS_DIR",
        "IEP_GUIDE_FEEDBACK_DB",
        "IEP_GUIDE_EVAL_SET",
        "IEP_GUIDE_EVAL_THRESHOLDS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    s = Settings()
    here = tmp_path.resolve()
    assert s.index.corpus_dir == here / "corpus" and s.index.index_dir == here / ".index"
    assert s.evals.reports_dir == here / "reports" and s.ingest.uploads_dir == here / "uploads"
    assert s.feedback_path() == here / ".index" / "feedback.sqlite3"
    import evals

    package = Path(evals.__file__).resolve().parent
    assert s.evals.eval_set == package / "cases.jsonl" and s.evals.eval_set.is_file()
    assert s.evals.eval_thresholds == package / "thresholds.toml" and s.evals.eval_thresholds.is_file()


def test_flat_names_record_every_setting_for_reports():
    flat = Settings(k=3).flat()
    assert set(flat) == set(FLAT) and flat["k"] == 3 and flat["retrieval"] == "rerank"
