"""One assistant shared by several threads, the way Streamlit shares st.cache_resource."""

from concurrent.futures import ThreadPoolExecutor

from assistant import build_assistant
from benchmarks.load import outcome
from benchmarks.questions import probes

THREADS = 4


def test_concurrent_sessions_get_the_single_threaded_answers(assistant, corpus_settings, corpus_index, embedder):
    mix = probes()[::5]  # in-scope, out-of-scope, follow-ups and bad input
    expected = [outcome(assistant, p) for p in mix]
    shared = build_assistant(corpus_settings, embedder=embedder, client=corpus_index.client)  # cold caches

    def session(offset: int) -> list:
        order = mix[offset:] + mix[:offset]
        return [(p, outcome(shared, p)) for p in order]

    with ThreadPoolExecutor(THREADS) as pool:
        results = [r for rs in pool.map(session, range(THREADS)) for r in rs]
    assert len(results) == THREADS * len(mix)
    by_probe = dict(zip(mix, expected))
    for probe, got in results:
        assert got == by_probe[probe], probe.question[:60]
    kinds = {o[0] for o in expected}
    assert kinds == {"answer", "message"}, "answers and clear messages, never an error or a crash"
