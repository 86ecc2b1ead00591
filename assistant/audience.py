"""The sentence that opens an answer, when one adds something for who is asking.

Quoted guidance is never reworded, and most answers need no opening line at all: the passage
that answers comes first. The one thing worth saying outside the quoted, cited text is that the
guidance was written for the other audience (a family reading teacher guidance, or a teacher
reading guidance written for families), worded for the asker.
"""

from __future__ import annotations

from collections.abc import Sequence

_OTHER = {
    "family": "This guidance is written for teachers, and it also tells you what to expect for your child:",
    "teacher": "This guidance is written for families, and it also describes what the school owes the student:",
}


def lead_in(audience: str, article_audiences: Sequence[str]) -> str:
    """The opening line for an answer quoting articles written for `article_audiences`: empty
    unless all of them were written for the other audience."""
    audience = audience if audience in _OTHER else "family"
    other = "teacher" if audience == "family" else "family"
    if article_audiences and all(a == other for a in article_audiences):
        return _OTHER[audience]
    return ""
