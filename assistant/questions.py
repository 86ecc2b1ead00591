"""Checking a question before any work is done on it, and reading its form: a courtesy that asks
nothing, the asker's role, the child's age, two questions joined by "and"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from assistant.errors import QuestionError
from assistant.text import normalize
from assistant.types import ASKERS

# Invisible characters that carry no words: format marks (zero-width spaces, bidirectional
# overrides, BOM), lone surrogates and private-use code points.
_INVISIBLE = frozenset(("Cf", "Cs", "Co"))
_C1 = re.compile(r"[\x80-\x9f]")


def strip_invisible(text: str) -> str:
    """The text without format, surrogate, private-use or C1 control characters."""
    text = _C1.sub(" ", text)
    if text.isascii():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)


def clean_question(question: object, max_chars: int) -> str:
    """Normalised question text, or a QuestionError that says what to change."""
    if not isinstance(question, str):
        raise QuestionError("The question must be text.")
    if len(question) > max_chars * 4:
        raise QuestionError(
            f"That message is too long ({len(question):,} characters). Please ask one question in under {max_chars:,} characters."
        )
    text = normalize(strip_invisible(question))
    if not text:
        raise QuestionError("Please type a question, for example: What is an IEP?")
    if len(text) > max_chars:
        raise QuestionError(
            f"That question is too long ({len(text):,} characters). Please keep it under {max_chars:,} characters."
        )
    return text


def clean_audience(audience: str) -> str:
    value = (audience or "family").strip().lower()
    aliases = {"parent": "family", "parents": "family", "teachers": "teacher", "staff": "teacher"}
    value = aliases.get(value, value)
    if value not in ASKERS:
        raise QuestionError(f"Audience must be 'family' or 'teacher', not {audience!r}.")
    return value


# A question that says its asker works at the school ("I'm a gen ed teacher", "teacher here", "a
# student in my class"): the asker is a teacher, whichever audience was chosen.
_SCHOOL_ROLE = (
    r"(?:teacher|para(?:professional|educator)?|(?:teacher'?s? )?aide|case manager|counselor|school psychologist"
    r"|(?:assistant |asst\.? |vice )?principal|slp|speech(?:-language)? (?:therapist|pathologist)|interventionist"
    r"|administrator|coach|club advisor|substitute|sub|(?:sped|special ed(?:ucation)?) coordinator)"
)
_SPEAKS_AS_STAFF = re.compile(
    rf"\b(?:i'?m|i am)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_SCHOOL_ROLE}\b(?!'s| of my)"
    rf"|\bas (?:a|an|the) (?:[\w-]+\s+){{0,3}}?{_SCHOOL_ROLE}\b"
    rf"|\b{_SCHOOL_ROLE} here\b|\bi teach\b|\bmy student(?:s|'s|’s|s')?\b"
    r"|\b(?:student|kid|child|boy|girl)s? in my (?:class|classroom|room|caseload)\b"
    r"|\bon my caseload\b|\bi have (?:a|an|\d+|two|three|four|five|several|some|many) (?:[\w-]+ ){0,2}?students?\b"
    r"|\bmy (?:classroom|lesson plans?|lessons|tests|quizzes|caseload)\b",
    re.I,
)
_OWN_CHILD = re.compile(r"\bmy (?:son|daughter|child|step-?(?:son|daughter)|grand(?:son|daughter)|toddler|baby)\b", re.I)


def asker_audience(audience: str, question: str, earlier: Sequence[str] = ()) -> str:
    """The audience to answer for: a teacher when the question, or an earlier one in the
    conversation, says its asker works at the school; otherwise the one chosen (cleaned)."""
    value = clean_audience(audience)
    texts = (*earlier, question)
    if value == "family" and any(_SPEAKS_AS_STAFF.search(t) for t in texts) and not any(_OWN_CHILD.search(t) for t in texts):
        return "teacher"
    return value


# The child's age as a question tells it: "my 15 year old", "she is 7", "in 3rd grade", "a
# kindergartner", "starting high school", "my 18 month old", "our toddler". Numbers of days, weeks
# or minutes ("he is 15 minutes late") are not ages.
_GRADE_WORDS = {
    w: n
    for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)
}
_AGE = re.compile(
    r"\b(?P<years>\d{1,2})(?:\s*|-)(?:yo|y/o|yrs?|years?|year-old|yr-old)\b"
    r"|\b(?:is|turns|turned|turning|(?:he|she)'?s|he is|she is|aged?) (?P<bare>\d{1,2})\b"
    r"(?! ?(?:days?|weeks?|months?|minutes?|mins?|hours?|hrs?|%|percent|times|pages?|points?)\b)"
    r"|\b(?P<grade>\d{1,2})(?:st|nd|rd|th) ?grader?\b"
    rf"|\b(?P<grade_word>{'|'.join(_GRADE_WORDS)}) grader?\b"
    r"|\b(?P<kinder>(?P<before>(?:before|until|till|not yet in|starts?|starting) )?(?:kindergart\w*|kinder))\b"
    r"|\b(?P<middle>middle school\w*|junior high)\b"
    r"|\b(?P<high>high school\w*|(?:a |in |my )(?:freshman|sophomore|junior|senior)(?: year)?)\b"
    r"|\b(?P<months>\d{1,2})(?:\s*|-)months?(?:-old| old)?\b|\b(?P<baby>baby|infant|newborn|toddler)\b",
    re.I,
)


def child_age(question: str) -> float | None:
    """The age in years of the child a question is about, when it names an age, a grade or a stage
    of schooling (a grade as the usual age: 3rd grade is 8), else None. The first one named counts."""
    match = _AGE.search(question)
    if match is None:
        return None
    if years := match["years"] or match["bare"]:
        return float(years)
    if match["grade"] or match["grade_word"]:
        grade = int(match["grade"]) if match["grade"] else _GRADE_WORDS[match["grade_word"].lower()]
        return grade + 5.0
    if match["kinder"]:  # "before kindergarten" or starting it: a preschooler
        return 4.0 if match["before"] else 5.0
    if match["middle"]:
        return 12.0
    if match["high"]:
        return 15.0
    if match["months"]:
        return int(match["months"]) / 12
    return 1.0  # a baby or a toddler


# Messages that are not questions: thanks, greetings, goodbyes, and asking for the last answer in
# other words. They get a short, kind reply instead of guidance that answers nothing.
_COURTESY = frozenset(
    "thanks thank thx ty you so much very ok okay k great perfect awesome cool nice wonderful got it that this "
    "helps helped helpful makes sense i see good appreciate appreciated really a lot lots of all for the info "
    "information answer hi hello hey there morning afternoon evening bye goodbye night later see take care "
    "have day".split()
)
_THANKS = frozenset("thanks thank thx ty appreciate appreciated".split())
_GREETING = re.compile(r"^\s*(?:hi|hello|hey)(?:\s+there)?\b|^\s*good (?:morning|afternoon|evening)\b", re.I)
_GOODBYE = re.compile(r"\b(?:bye|goodbye|good night|see you|take care)\b", re.I)
_REWORD = re.compile(
    r"\b(?:explain|say|put|word) (?:that|it|this)(?: again)? (?:more )?(?:simpl[ey]|simpler|differently|another way|"
    r"in (?:plain|simple|easier) (?:english|words|language))\b|\bsimpler (?:words|terms|way)\b|\bdumb (?:it|that) down\b"
    r"|^\s*(?:i )?(?:still )?(?:don'?t|do not) (?:understand|get it)\s*[.!?]*\s*$|^\s*what do you mean\s*[?.!]*\s*$",
    re.I,
)
# Questions about the assistant itself ("are you a real person?", "what can you help me with?").
_ABOUT_ME = re.compile(
    r"^\s*(?:(?:so|ok|okay|wait),?\s+)?(?:(?P<who>who are you|what are you|who (?:made|built|created|runs) you|"
    r"what(?:'s| is) your name|are you (?:a |an |even a )?(?:real )?(?:person|human|bot|robot|ai|chatbot|computer|"
    r"lawyer|attorney|advocate))|(?P<what>what (?:can|do) you (?:do|help (?:me )?with|know(?: about)?)|how do you work)|"
    r"(?P<trust>(?:can|should) i (?:trust|believe) (?:you|what you say|your answers)|are your answers (?:right|accurate|correct))"
    r")\s*[?.!]*\s*$",
    re.I,
)
# An opening message that asks for help without saying with what ("help", "I need help with my
# daughter's school", "what should I do?"): its words are all among these.
_VAGUE = frozenset(
    "help helps please i i'm im we need needs want some can could you me us my our a an the with at about for "
    "what should do now so ok okay hi hello hey son daughter child kid kids children student school schools "
    "is this that legal it".split()
)
_ASKS_HELP = re.compile(r"\bhelp\b|\bwhat (?:should|do|can) (?:i|we) do\b|\bis (?:this|that|it) legal\b", re.I)
# What the library covers, as replies and declines name it.
SCOPE_TOPICS = (
    "IEPs, 504 plans, evaluations, IEP meetings, accommodations, related services, assistive technology, "
    "early intervention, discipline protections, resolving disagreements and transition planning"
)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower().replace("’", "'"))


def courtesy_only(text: str, tokens: Sequence[str] | None = None) -> bool:
    """Whether a message is only thanks, a greeting or a goodbye ("thanks, that helped a lot"): it
    asks nothing and tells nothing. `tokens`: the message's, when the caller has them already."""
    tokens = _tokens(text) if tokens is None else tokens
    return (
        bool(tokens) and len(tokens) <= 10 and all(t.strip("'") in _COURTESY for t in tokens) and not text.rstrip().endswith("?")
    )


def conversation_reply(text: str, opening: bool = True) -> str | None:
    """A short reply for a message that asks nothing of the library (thanks, hello, goodbye,
    "explain that more simply", or a question about the assistant itself), or, as the `opening`
    message of a conversation, asks for help without saying with what; None for a real question
    (and for "what should I do?" after an answer, which is a follow-up)."""
    tokens = _tokens(text)
    if courtesy_only(text, tokens):
        if _GREETING.search(text):
            return f"Hello! Ask me a question about {SCOPE_TOPICS}, and I'll answer from the guidance library with its sources."
        if _GOODBYE.search(text):
            return "Goodbye, and good luck. Come back any time you have a question."
        if any(t in _THANKS for t in tokens):
            return f"You're welcome. Ask me anything else about {SCOPE_TOPICS}."
        return f"All right. Ask me anything else about {SCOPE_TOPICS}."
    if (about := _ABOUT_ME.match(text)) is not None:
        if about.group("who"):
            return (
                f"I'm IEP Guide: I answer questions about {SCOPE_TOPICS} by quoting a library of plain-language "
                "guidance, with a link to each source. I'm not a person or a lawyer, and what I give is general "
                "information, not legal advice about your child's case."
            )
        if about.group("what"):
            return (
                f"I answer questions about {SCOPE_TOPICS}, quoting the guidance library word for word with its "
                'sources. You can ask, for example, "How long does the school have to finish an evaluation?" or '
                '"What can I do if I disagree with the IEP?"'
            )
        return (
            "Every sentence I give is quoted word for word from the guidance library, with a link to its source "
            "so you can read the whole passage. When the library has no guidance on a question, I say so rather "
            "than guess. It is general information, not legal advice about your child's case."
        )
    if opening and tokens and all(t.removesuffix("'s") in _VAGUE for t in tokens) and _ASKS_HELP.search(text):
        return (
            "I can help. Tell me a little more about what is happening, in your own words. For example: "
            '"The school won\'t test my son for reading problems. What can I do?" or "How do I ask for an IEP '
            f'meeting?" I answer questions about {SCOPE_TOPICS}.'
        )
    if _REWORD.search(text):
        return (
            "I answer by quoting the guidance word for word, so I can't put it in other words. "
            'Try asking about the part that is unclear, for example "What does prior written notice mean?", '
            "or open a source under the answer to read the whole passage."
        )
    return None


# A question word that opens a question of its own.
_ASKING = r"(?:who|what|what's|whats|when|where|why|which|how|is|are|does|do|can|could|will|would|should|must|may|has|have)\b"
# "What is an IEE and who pays for it?", "who is his case manager and what's her phone number":
# a question, then "and" and a second question of its own.
_JOINED = re.compile(rf"^(?P<first>.{{6,}}?[\w)?])\s*,?\s+and\s+(?P<second>{_ASKING}.{{4,}})$", re.I)
_OPENS_ASKING = re.compile(rf"^\s*{_ASKING}", re.I)


def joined_questions(question: str) -> tuple[str, str] | None:
    """The two questions of one that joins a second question to the first with "and", else None.
    Whether the first part asks anything is the caller's to judge ("my son is suspended a lot,
    and how many days can they …" tells a situation, then asks once)."""
    match = _JOINED.match(question.strip())
    return (match.group("first").strip(), match.group("second").strip()) if match else None


def opens_asking(text: str) -> bool:
    """Whether the text opens with a question word ("who …", "can …", "what's …")."""
    return bool(_OPENS_ASKING.match(text))
