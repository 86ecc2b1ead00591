"""A compact BM25 index over chunk texts, saved to disk once per index version.

An inverted index (term -> chunk positions and term frequencies) scores a query in time
proportional to the postings of its terms, so it stays fast on large indexes, and the whole
state is a few NumPy arrays that load in milliseconds: app processes never re-read every chunk.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.acronyms import expand
from assistant.text import STOPWORDS, stem, tokenize

# Words a parent uses for the child or the family, which guidance writes as "child" or "parent":
# never a sign that a question is about something the library does not cover.
FAMILY_WORDS = frozenset(
    stem(w)
    for w in (
        "son",
        "sons",
        "daughter",
        "daughters",
        "kid",
        "kids",
        "boy",
        "girl",
        "teen",
        "teenager",
        "old",
        "dad",
        "mom",
        "mum",
        "husband",
        "grandson",
        "granddaughter",
        "stepson",
        "stepdaughter",
        "toddler",
        "baby",
    )
)

# Dates in a parent's story ("I signed in September and it's now December") say when, not what about.
CALENDAR_WORDS = frozenset(
    stem(w)
    for w in (
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday"
    ).split()
)

FORMAT = 3  # bumped whenever tokenization changes, so saved indexes are rebuilt


def bm25_tokens(text: str) -> list[str]:
    return expand(tokenize(text))


def version_of(ids: Iterable[str]) -> str:
    """A fingerprint of the exact set of chunks in an index."""
    digest = hashlib.sha256()
    for id_ in sorted(ids):
        digest.update(id_.encode())
    return digest.hexdigest()[:24]


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k best non-zero scores, best first, ties in position order.

    Same order as a stable sort of every non-zero score, but selects first (argpartition), so a
    query that matches most of a 100k-chunk index does not sort all of it."""
    hits = np.flatnonzero(scores)
    if len(hits) > 4 * k:
        kth = np.partition(scores[hits], len(hits) - k)[len(hits) - k]
        hits = hits[scores[hits] >= kth]  # keeps every tie of the k-th score
    return hits[np.argsort(-scores[hits], kind="stable")[:k]]


def _within(a: str, b: str, limit: int) -> bool:
    """Whether a and b are at most `limit` edits apart, a swap of two neighbouring letters
    counting as one edit ("agian"); stops early once they cannot be."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return False
        before, previous = previous, current
    return previous[-1] <= limit


@dataclass
class BM25Index:
    ids: list[str]
    postings: dict[str, tuple[np.ndarray, np.ndarray]]  # term -> (doc positions, term freqs)
    doc_len: np.ndarray
    version: str
    k1: float = 1.5
    b: float = 0.75
    _near: dict[str, bool] | None = field(default=None, repr=False, compare=False)
    _by_letter: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def build(cls, items: Iterable[tuple[str, str]], *, version: str = "", k1: float = 1.5, b: float = 0.75) -> "BM25Index":
        """Build from (chunk id, text) pairs; the text should include title and section."""
        ids: list[str] = []
        lengths: list[int] = []
        post: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for pos, (id_, text) in enumerate(items):
            tokens = bm25_tokens(text)
            ids.append(id_)
            lengths.append(len(tokens))
            for term, tf in Counter(tokens).items():
                post[term].append((pos, tf))
        postings = {
            t: (np.fromiter((p for p, _ in v), np.int32, len(v)), np.fromiter((f for _, f in v), np.float32, len(v)))
            for t, v in post.items()
        }
        return cls(ids, postings, np.asarray(lengths, np.float32), version or version_of(ids), k1, b)

    def __len__(self) -> int:
        return len(self.ids)

    def knows(self, term: str, min_chunks: int = 5) -> bool:
        """Whether the library uses this (stemmed) term commonly: in at least `min_chunks` chunks
        (a word it uses once or twice, like "stamps", still marks a new topic)."""
        return term in self.postings and len(self.postings[term][0]) >= min_chunks

    def idf(self, term: str) -> float:
        """Inverse document frequency of a token; highest for a token no chunk contains."""
        n = len(self.ids)
        df = len(self.postings[term][0]) if term in self.postings else 0
        return float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))

    def unknown_terms(self, query: str) -> list[str]:
        """The query's words that no chunk uses and that are not a misspelling of a word one
        does ("Ritalin", "Orton-Gillingham", "landlord"; not "agian" or "daugter"): each marks
        a topic the library has no guidance on. Family words ("son", "kid") and the names of
        months and weekdays never count."""
        return [
            t
            for t in self.query_terms(query)
            if t not in self.postings
            and t.isalpha()
            and len(t) >= 3
            and t not in FAMILY_WORDS
            and t not in CALENDAR_WORDS
            and not self._near_known(t)
        ]

    def _near_known(self, term: str) -> bool:
        """Whether the term is one or two edits from a word the library uses (two for longer
        words) or from a common word. Only words starting with the term's first or second letter
        are compared: a misspelling rarely changes the first letter, and this keeps it fast."""
        cache: dict[str, bool] | None = getattr(self, "_near", None)
        by_letter: dict[str, list[str]] | None = getattr(self, "_by_letter", None)
        if cache is None or by_letter is None:  # (an index saved before this cache existed)
            cache, by_letter = {}, {}
            for word in (*self.postings, *STOPWORDS, *FAMILY_WORDS):  # "daugter" is a family word too
                by_letter.setdefault(word[:1], []).append(word)
            self._near, self._by_letter = cache, by_letter
        if term not in cache:
            limit = 1 if len(term) <= 5 else 2
            near = [w for letter in dict.fromkeys(term[:2]) for w in by_letter.get(letter, ())]
            cache[term] = any(abs(len(w) - len(term)) <= limit and _within(term, w, limit) for w in near) or any(
                # a misspelt long word keeps its ending, so its stem is the word: "evaluaton" ~ "evalu"
                len(w) >= 5 and 0 < len(term) - len(w) <= 4 and w in self.postings and _within(term[: len(w)], w, 1)
                for w in near
            )
        return cache[term]

    def split_compound(self, term: str) -> list[str]:
        """An unknown closed compound as two indexed words ("waitlist" -> "wait", "list"), else []."""
        if term in self.postings or len(term) < 7 or not term.isalpha():
            return []
        for cut in range(3, len(term) - 2):
            head, tail = stem(term[:cut]), stem(term[cut:])
            if head in self.postings and tail in self.postings:
                return [head, tail]
        return []

    def query_terms(self, query: str) -> list[str]:
        """The query's distinct tokens, each unknown closed compound replaced by its parts."""
        terms: list[str] = []
        for token in bm25_tokens(query):
            terms.extend(self.split_compound(token) or [token])
        return list(dict.fromkeys(terms))

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """Top-k (chunk id, BM25 score) for the query, best first; empty if no term matches."""
        n = len(self.ids)
        if not n:
            return []
        avg = float(self.doc_len.mean()) or 1.0
        scores = np.zeros(n, np.float32)
        for term in self.query_terms(query):
            if term not in self.postings:
                continue
            docs, tf = self.postings[term]
            idf = np.log(1.0 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
            norm = tf + self.k1 * (1 - self.b + self.b * self.doc_len[docs] / avg)
            scores[docs] += idf * tf * (self.k1 + 1) / norm
        top = top_k(scores, k)
        return [(self.ids[i], float(scores[i])) for i in top]

    # -- persistence -------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write atomically: a reader never sees a half-written file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((FORMAT, self), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, version: str) -> "BM25Index | None":
        """The saved index if it matches `version`, else None."""
        try:
            with open(path, "rb") as fh:
                fmt, index = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
            return None
        if fmt != FORMAT or not isinstance(index, cls) or index.version != version:
            return None
        return index
