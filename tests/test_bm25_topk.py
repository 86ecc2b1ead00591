"""BM25's top-k selection gives exactly the order of a full stable sort."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.bm25 import top_k


def _full_sort(scores, k):
    hits = np.flatnonzero(scores)
    return hits[np.argsort(-scores[hits], kind="stable")[:k]]


@settings(max_examples=200, deadline=None)
@given(
    values=st.lists(st.sampled_from([0.0, 0.0, 0.5, 1.0, 1.5, 2.0, 3.25]), max_size=400),
    k=st.integers(min_value=1, max_value=30),
)
def test_top_k_matches_a_full_stable_sort(values, k):
    scores = np.asarray(values, np.float32)
    assert top_k(scores, k).tolist() == _full_sort(scores, k).tolist()


def test_top_k_on_a_large_random_index():
    rng = np.random.default_rng(1)
    scores = np.where(rng.random(100_000) < 0.6, rng.random(100_000).astype(np.float32), 0).astype(np.float32)
    assert top_k(scores, 20).tolist() == _full_sort(scores, 20).tolist()
