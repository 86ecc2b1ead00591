"""What the assistant says when its library has no guidance on a question."""

from __future__ import annotations

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


def abstention_text(audience: str = "family") -> str:
    help_text = _HELP.get(audience, _HELP["family"])
    return (
        "I don't have guidance on that in my library, so I can't give you a reliable answer. "
        f"{_SCOPE} {help_text}"
    )
