"""The benchmark tools work (no timings are asserted: numbers are reported, never tested)."""

from assistant import build_assistant
from benchmarks import report, synthetic
from benchmarks.latency import measure, timed_probes
from benchmarks.load import outcome, question_mix
from tests.checks import assert_valid_citations


def test_synthetic_index_is_built_once_and_answers_through_the_assistant(tmp_path, corpus_index, embedder):
    size = corpus_index.count() + 50
    index_dir, made = synthetic.build(size, corpus_index, tmp_path / "syn", log=lambda *a, **k: None)
    assert not made["reused"] and made["chunks"] == size
    assert made["sentences"] > corpus_index.sentences.count()
    _, again = synthetic.build(size, corpus_index, tmp_path / "syn")
    assert again["reused"]

    from assistant import Settings

    assistant = build_assistant(Settings(index_dir=index_dir), embedder=embedder)
    answer = assistant.ask("What is prior written notice?")
    assert_valid_citations(answer, assistant.retrieval.index)
    result = measure(assistant, timed_probes(1)[:6], warmup=1)
    assert result["questions"] == 6 and set(result["stages"]) >= {"embed", "dense", "bm25", "rerank", "total"}


def test_report_renders_targets_and_stages():
    stages = {s: {"p50": 10.0, "p95": 20.0, "mean": 12.0} for s in ("embed", "total")}
    headline = {"warm_p50_ms": 40.0, "warm_p95_ms": 300.0, "corpus_ingest_s": 20.0, "reingest_s": 1.0}
    result = {
        "machine": {
            "date": "2025-01-01T00:00",
            "cpu": "CPU",
            "cores": 2,
            "torch_threads": 2,
            "memory_gib": 24,
            "python": "3.11",
            "load_at_start": [0.1, 0.1, 0.1],
        },
        "facts": [("corpus ingest", "404 chunks")],
        "latency": {"corpus": {"stages": stages}},
        "verdicts": report.verdicts(headline),
        "load_at_end": [0.2, 0.2, 0.2],
    }
    marks = {v["target"]: v["mark"] for v in result["verdicts"]}
    assert marks["warm extractive answer p50"] == "PASS" and marks["warm extractive answer p95"] == "MISS"
    assert marks["100k-chunk query p95"] == "—"
    text = report.render(result)
    assert "PASS" in text and "MISS" in text and "embed" in text
    assert "| warm extractive answer p95 | 300.0 ms | ≤ 60.0 ms | MISS |" in report.markdown(result)


def test_load_outcomes_compare_exactly(assistant):
    mix = question_mix()
    assert len(set(mix)) == len(mix) > 100
    bad = next(p for p in mix if p.kind == "bad-input" and not p.question.strip())
    assert outcome(assistant, bad)[0] == "message"
    first = next(p for p in mix if p.kind == "in-scope")
    assert outcome(assistant, first) == outcome(assistant, first)


def test_backend_benchmark_builds_distinct_synthetic_documents(tmp_path):
    from benchmarks.backends import synthetic_folder

    folder = synthetic_folder(tmp_path / "docs", 12)
    files = sorted(folder.glob("*.md"))
    texts = {f.read_text() for f in files}
    assert len(files) == len(texts) == 12
    assert all(t.startswith("# District guidance note") and t.count("## Part") >= 2 for t in texts)
    assert synthetic_folder(tmp_path / "again", 12).joinpath("note-0001.md").read_text() == files[0].read_text()


def test_backend_benchmark_measures_one_backend_in_process(tmp_path):
    from benchmarks.backends import child, synthetic_folder

    row = child("onnx-int8", synthetic_folder(tmp_path / "docs", 2), questions=3)
    assert row["documents"] == 2 and row["chunks"] > 0 and row["sentences"] > 0 and row["errors"] == 0
    assert row["reingest_embedded"] == 0
    assert row["peak_rss_mb"] > 0 and row["query_ms_p50"] > 0
