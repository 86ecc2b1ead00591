"""Citation support, in the spirit of ALCE, judged offline with the shared `SupportJudge`.

For each sentence of an answer (split and read with `assistant.citations`):

* the sentence is *supported* when the quotes of the citations it carries, taken together,
  support it; a sentence with no citation, or citing a number the answer does not have, is not;
* each of its citations is *precise* when its quote alone supports the sentence, or when the
  sentence is supported by all its citations but no longer by the others without this one.

Citation recall is the share of supported sentences, citation precision the share of precise
citations. A passage supports a sentence by the rule of `assistant.support.SupportJudge`, the
same judge that verifies LLM answers: enough of the sentence's stemmed content words appear in
the passage, or its embedding is close to the passage's most similar sentence and some content
words are shared.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from assistant.citations import cited_sentences
from assistant.support import Support, SupportJudge
from assistant.types import Answer

Judge = Callable[[str, str], Support]


@dataclass(frozen=True)
class SentenceSupport:
    """How well one answer sentence is backed by the passages it cites."""

    text: str
    numbers: tuple[int, ...]
    supported: bool
    precise: tuple[bool, ...]  # one per distinct citation number, in order
    score: float = 0.0

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "numbers": list(self.numbers),
            "supported": self.supported,
            "precise": list(self.precise),
            "score": round(self.score, 4),
        }


def judge_sentence(text: str, numbers: Sequence[int], passages: Mapping[int, str], judge: Judge) -> SentenceSupport:
    """Support of one sentence by the cited passages (pure, given a pure judge)."""
    cited = tuple(dict.fromkeys(numbers))
    known = [n for n in cited if passages.get(n, "").strip()]
    if not known:
        return SentenceSupport(text, cited, False, tuple(False for _ in cited))
    joint = judge(text, "\n".join(passages[n] for n in known))
    precise = []
    for n in cited:
        if n not in known:
            precise.append(False)
        elif len(known) == 1:
            precise.append(joint.supported)
        elif judge(text, passages[n]).supported:
            precise.append(True)
        else:
            rest = "\n".join(passages[m] for m in known if m != n)
            precise.append(joint.supported and not judge(text, rest).supported)
    return SentenceSupport(text, cited, joint.supported, tuple(precise), joint.score)


class CitationChecker:
    """Checks every sentence of an Answer against the quotes of the citations it carries."""

    def __init__(self, judge: SupportJudge) -> None:
        self.judge = judge

    def check(self, answer: Answer) -> list[SentenceSupport]:
        if answer.abstained:
            return []
        passages = {c.n: c.quote for c in answer.citations}
        return [judge_sentence(s.text, s.numbers, passages, self.judge.judge) for s in cited_sentences(answer.text)]

    def describe(self) -> dict:
        """How support is judged, recorded in every report."""
        return {
            "method": "offline lexical + embedding similarity (assistant.support.SupportJudge)",
            "passage": "the verbatim quote of each cited chunk, as shown to the reader",
            "rule": (
                f"supported when at least {self.judge.lexical_min:.0%} of the sentence's stemmed content words "
                f"appear in the passage, or when the sentence's embedding has cosine similarity of at least "
                f"{self.judge.semantic_min:.2f} with the passage's most similar sentence and at least "
                f"{self.judge.shared_min:.0%} of its content words are shared"
            ),
            "citation_recall": "share of answer sentences supported by the citations they carry (ALCE)",
            "citation_precision": (
                "share of citations that support their sentence alone, or without which the sentence "
                "is no longer supported (ALCE)"
            ),
            "lexical_min": self.judge.lexical_min,
            "semantic_min": self.judge.semantic_min,
            "shared_min": self.judge.shared_min,
        }
