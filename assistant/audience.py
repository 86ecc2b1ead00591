"""The sentence that opens an answer, worded for who is asking.

Quoted guidance is never reworded; only this lead-in (outside the quoted, cited text) speaks
to a family about "your child" or to a teacher about "the student", and says so when the
guidance quoted was written for the other audience.
"""

from __future__ import annotations

from collections.abc import Sequence

_LEAD_IN = {
    "family": "Here is what the guidance says about your child's situation:",
    "teacher": "Here is what the guidance says for you as the student's teacher:",
}
_OTHER = {
    "family": "This guidance is written for teachers, and it also tells you what to expect for your child:",
    "teacher": "This guidance is written for families, and it also describes what the school owes the student:",
}


def lead_in(audience: str, article_audiences: Sequence[str]) -> str:
    """The opening line for an answer quoting articles written for `article_audiences`."""
    audience = audience if audience in _LEAD_IN else "family"
    other = "teacher" if audience == "family" else "family"
    if article_audiences and all(a == other for a in article_audiences):
        return _OTHER[audience]
    return _LEAD_IN[audience]
