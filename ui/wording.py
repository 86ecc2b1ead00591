"""What the chat says, worded for each audience: labels, help text, starter questions and
where to get help when the library has no answer; and `escape_markdown`, so that text from
questions or documents is always shown literally. Plain data, no Streamlit."""

from __future__ import annotations

import re
from dataclasses import dataclass

PARENT_CENTER_FINDER = "https://www.parentcenterhub.org/find-your-center/"

DISCLAIMER = (
    "IEP Guide explains general information about U.S. special education law and practice. "
    "It is not legal advice. For decisions about a specific child, talk with the school team, "
    "your state's Parent Training and Information Center, or an attorney."
)

NOT_LEGAL_ADVICE = (
    "General information, not legal advice. For decisions about a specific child, talk with the school team, "
    "your state's Parent Center or an attorney."
)


GETTING_READY = (
    "Getting ready: the guide is opening its library, which takes a few seconds after the app starts. "
    "You can type your question now; it is answered as soon as the guide is ready."
)


def kept_line(retention_days: int) -> str:
    """The one line under the chat's title: what this is, and what is kept, for how long."""
    return (
        "General information, not legal advice. Nothing you type leaves this computer. Your conversations are "
        f"kept for {retention_days} days so this browser can reopen them (delete one any time); if you rate an "
        "answer, staff see the question and answer to improve the guide."
    )


PRIVACY = "Everything stays on this computer: your questions, the answers and any feedback you give are not sent anywhere."

ARTICLE_AUDIENCE = {
    "family": "Written for families",
    "teacher": "Written for teachers and school staff",
    "both": "For families and school staff",
}

REASON_LABELS = {
    "wrong_source": "Wrong source",
    "unclear": "Unclear",
    "missing_info": "Missing information",
    "other": "Something else",
}


@dataclass(frozen=True)
class HelpResource:
    """Somewhere a person can get help that the library cannot give."""

    name: str
    detail: str
    url: str = ""


@dataclass(frozen=True)
class Wording:
    """The words the chat uses for one audience."""

    audience: str
    label: str
    asker: str  # who asked, as the question's bubble names them to screen readers
    avatar: str  # the question bubble's picture, different for each audience
    tagline: str
    placeholder: str
    starters_heading: str
    starters: tuple[str, ...]
    thinking: str
    abstain_heading: str
    help: tuple[HelpResource, ...]
    rephrase_hint: str
    feedback_prompt: str
    wrong_prompt: str
    comment_label: str
    thanks: str


_PTI = HelpResource(
    name="Your state's Parent Training and Information Center (PTI)",
    detail="Every state has at least one. They give families free, one-on-one help with special education.",
    url=PARENT_CENTER_FINDER,
)

FAMILY = Wording(
    audience="family",
    label="Parent / family",
    asker="Parent",
    avatar=":material/family_restroom:",
    tagline="Plain-language answers about IEPs, 504 plans and special education, with the sources they come from.",
    placeholder="Ask about your child's IEP, 504 plan, evaluation, meetings…",
    starters_heading="Questions parents often ask",
    starters=(
        "What is an IEP?",
        "How do I ask the school to evaluate my child?",
        "What is the difference between an IEP and a 504 plan?",
        "How can I prepare for my child's IEP meeting?",
        "What can I do if I disagree with the school?",
    ),
    thinking="Looking through the guidance for you…",
    abstain_heading="Where you can get help",
    help=(
        HelpResource(
            name="Your child's school team",
            detail="Ask your child's teacher or the school's special education coordinator. "
            "You can ask for a meeting at any time, and it helps to ask in writing.",
        ),
        _PTI,
    ),
    rephrase_hint="You can also try asking in a different way, or pick one of these:",
    feedback_prompt="Was this answer helpful?",
    wrong_prompt="What was wrong? (optional)",
    comment_label="Anything else you want to tell us? (optional)",
    thanks="Thank you. Your feedback is saved on this computer only.",
)

TEACHER = Wording(
    audience="teacher",
    label="Teacher / school staff",
    asker="Teacher",
    avatar=":material/school:",
    tagline="What to expect in IEP meetings and what the law asks of school staff, with the sources behind each answer.",
    placeholder="Ask about IEP meetings, accommodations, goals, your duties…",
    starters_heading="Questions teachers often ask",
    starters=(
        "What should I expect in an IEP meeting?",
        "Do I have to follow a student's accommodations?",
        "What is the difference between accommodations and modifications?",
        "How do I write measurable annual goals?",
        "What happens when a student with an IEP is suspended for more than 10 days?",
    ),
    thinking="Searching the guidance…",
    abstain_heading="Where to get help",
    help=(
        HelpResource(
            name="Your school's special education team",
            detail="Talk with the student's case manager or your school's special education "
            "coordinator; district special education staff can answer questions about local policy.",
        ),
        HelpResource(
            name="For the student's family: their state's Parent Training and Information Center (PTI)",
            detail="PTIs give families free help with special education; you can share the link with them.",
            url=PARENT_CENTER_FINDER,
        ),
    ),
    rephrase_hint="You can also rephrase the question, or try one of these:",
    feedback_prompt="Was this answer useful?",
    wrong_prompt="What was wrong? (optional)",
    comment_label="Other comments (optional)",
    thanks="Thanks. Your feedback is saved on this computer only.",
)

WORDING = {"family": FAMILY, "teacher": TEACHER}
AUDIENCE_LABELS = {key: w.label for key, w in WORDING.items()}


def wording_for(audience: str) -> Wording:
    """The wording for an audience ('family' or 'teacher'); families' for anything else."""
    return WORDING.get(audience, FAMILY)


def article_audience(audience: str) -> str:
    """Who an article was written for, in words."""
    return ARTICLE_AUDIENCE.get(audience, ARTICLE_AUDIENCE["both"])


def unsupported_note(count: int) -> str:
    """Why some sentences carry a warning mark."""
    which = "1 sentence" if count == 1 else f"{count} sentences"
    return (
        f"{which} marked “not backed by the sources” could not be matched to the quoted guidance. "
        "Check them with the source cards or your school team before relying on them."
    )


_MD_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\`*_{}[]()#+!|<>$~"})


def escape_markdown(text: str) -> str:
    """Show text literally: no Markdown or HTML from questions or documents is interpreted.
    Citation markers [n] are kept readable."""
    escaped = text.translate(_MD_SPECIAL)
    return re.sub(r"\\\[(\d+)\\\]", r"[\1]", escaped)
