"""What the assistant says when its library has no guidance on a question."""

from __future__ import annotations

from collections.abc import Sequence

_SCOPE = (
    "I can help with U.S. special education questions: IEPs, 504 plans, evaluations, "
    "IEP meetings, accommodations, related services, assistive technology, early intervention, "
    "discipline protections, resolving disagreements and transition planning."
)

_HELP = {
    "family": (
        "For help with your child's situation, contact your school's special education "
        "coordinator, or your state's Parent Training and Information Center (PTI), which "
        "gives families free help with special education."
    ),
    "teacher": (
        "For help with a specific student, talk with the student's case manager or your "
        "school's special education coordinator."
    ),
}


NEAR_MARGIN = 0.05  # evidence this close below the threshold: the library has neighbouring guidance
MAX_SUGGESTIONS = 2


def suggestions(headings: Sequence[str]) -> list[str]:
    """Questions the library does answer, from the headings of the passages a declined question
    came closest to (best first): distinct question headings only, at most MAX_SUGGESTIONS."""
    out: list[str] = []
    for heading in headings:
        heading = " ".join(heading.split())
        if heading.endswith("?") and heading.lower() not in (h.lower() for h in out):
            out.append(heading)
    return out[:MAX_SUGGESTIONS]


def abstention_text(audience: str = "family", nearby: Sequence[str] = ()) -> str:
    """The decline: plainly that the library has no guidance on this; the questions next to it
    that it can answer, when there are any; and where to get help."""
    help_text = _HELP.get(audience, _HELP["family"])
    if nearby:
        offer = "; ".join(f"“{q}”" for q in nearby)
        return (
            "I don't have guidance on that exact question in my library, so I can't give you a reliable "
            f"answer. Nearby questions I can answer: {offer}. {help_text}"
        )
    return (
        "I don't have guidance on that in my library, so I can't give you a reliable answer. "
        f"{_SCOPE} {help_text}"
    )
