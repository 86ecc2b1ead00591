"""The default answerer: find the passage that answers the question and quote it, cited.

Retrieval finds the right document almost every time; what an answer needs next is the
*passage* inside it that answers the question, not the sentences that merely resemble it. So
the unit of an answer is an **answer unit**: a retrieved chunk read as its section — a
question heading with its answer, an FAQ question with its answer, a regulation paragraph with
its lettered items, or a heading with its paragraphs. Each unit has a *question key*: the
heading when it is a question, otherwise the heading with the first sentence.

For a question the composer

1. scores every retrieved unit by how well its key matches the question (question-to-question
   similarity is what the bundled model does best), how well its best item matches, the
   retrieval score of its chunk, and how many of the question's rare words it contains;
2. takes the best unit and presents it in document order: its opening (the verdict or rule:
   "No.", "Yes — within 60 days…") first, then the items that answer this question — the list
   for "who/which/what kinds", the sentence with the number and its unit for "how long/when",
   the rule for "can/must" — trimmed at item boundaries to a word budget; list items stay whole;
3. adds a second unit when another scores nearly as well (the first is then often partial, or
   the question has two parts), or holds the list a list question asks for that the first
   lacks, and a short third for a long account that asks several things at once; it never
   states a fact twice.

Every sentence shown is verbatim source text (a leading "Q:"/"A:" label aside), and each
carries the citation of its unit. A follow-up in a conversation is answered with its new
aspect: sentences already given in the conversation are not given again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from assistant.acronyms import expand
from assistant.followup import content_words, own_words, substitute, topic_of
from assistant.questions import child_age, joined_questions
from assistant.sentences import SentenceVectors
from assistant.text import _BULLET, _split_line, content_terms, instruction_like, normalize, stem, tokenize, words
from assistant.types import Chunk, Citation, Hit

if TYPE_CHECKING:
    from assistant.embeddings import CachedEmbedder

ELLIPSIS = " … "
_LABEL = re.compile(r"^\s*(?:Q|A|Question|Answer)\s*[:.]\s*", re.I)
_XREF = re.compile(r"\b(another|this) (article|guide)\b|\barticle (in|of) this guide\b|\bsee (the )?article\b", re.I)
_NUMBER = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety)\b"
    r"[\s-]*(school |calendar |business )?(days?|weeks?|months?|years?|hours?|minutes?|times?|percent)\b"
    r"|\bage \d+|\b(\d+(st|nd|rd|th)|third|fifth|sixth|eighteenth|twenty-first) birthday|\bannual(ly)?\b"
    r"|\bevery (year|three years)\b|\bonce a\b",
    re.I,
)
_RULE = re.compile(
    r"\b(must|may|can|cannot|can't|has to|have to|is required|are required|does not have to|"
    r"do not have to|need not|is not required|right to|entitled)\b",
    re.I,
)
# A verdict ("No.", "Generally, yes.", "No, the dog must…") answers the unit's own question, which may
# not be the asker's: shown only from a unit whose question is close to the asker's.
_YES_NO = re.compile(r"^\s*(?:(?:generally|usually|in most cases|in general),?\s+)?(?:yes|no)\s*(?:[.!,;:—-]|$)", re.I)
_VERDICT = re.compile(r"^(yes|no|generally|usually|not always|in most cases|it depends)\b", re.I)

# What kind of answer the question asks for (issue: the form of the question shapes the answer).
_ASKS_LIST = re.compile(
    r"^\s*(who|which|what (kinds?|types?|sorts?|are|should|things|options|steps|rights|"
    r"can i do|can we do|do i do|can parents|does .* include|must .* include)|"
    r"examples?|list|name)\b|\b(examples?|options|steps|kinds of|types of|what to bring|"
    r"include|includes|members|who (is|are|comes|attends|must|should))\b",
    re.I,
)
_ASKS_NUMBER = re.compile(
    r"\b(how (long|soon|often|many|much time|old|quickly|fast)|what age|by what age|"
    # "when does it start?" asks for a time; "what happens when he turns 3?" does not
    r"when(?= (?:do|does|did|is|are|was|will|would|can|could|should|must|has|have|am)\b)|^\s*when\b|"
    r"deadline|timeline|time limit|days?|within)\b",
    re.I,
)
_ASKS_RULE = re.compile(
    r"^\s*(can|could|may|must|do|does|did|is|are|will|should|would|has|have)\b|"
    r"\b(have to|has to|allowed|required|legal|obligated|entitled|right to)\b",
    re.I,
)
_DEFINITION = re.compile(
    r"^\s*(?:so |and |ok,? )?(what(?:'s| is| are| does)|whats|wat is|define|explain|"
    r"tell me about|meaning of)\b(?!.*\b(?:difference|do i|can i|should|happens?|if)\b)",
    re.I,
)
# "How does mediation work?", "What happens at an IEP meeting?": the asker wants the steps, which
# an article spreads over its sections.
_PROCESS = re.compile(
    r"^\s*(?:so |and |ok,? )?(?:how (?:does|do|is|are) .*\b(?:work|works|happen|go|done)\b|"
    r"wh?at happens (?:at|during|in|when|after|before|with)\b|what (?:are|is) the (?:steps|process)\b|"
    r"walk me through|what is the process\b|how do (?:i|we|you) (?:get ready|prepare)\b)",
    re.I,
)


@dataclass(frozen=True)
class Item:
    """One piece of a unit that is shown whole: a sentence, or a list item (all its sentences)."""

    text: str  # verbatim source text (a Q:/A: label removed)
    rows: tuple[int, ...]  # positions in split_sentences(chunk.text), for the stored vectors
    list_item: bool = False
    intro: bool = False  # a sentence that introduces the list after it ("…three things are true:")
    labelled: bool = False  # opened by a statute's or regulation's paragraph label: "(1)", "(B)", "(ii)"


@dataclass
class Unit:
    """A retrieved chunk read as an answer unit."""

    hit: Hit
    key: str
    items: list[Item]
    score: float = 0.0
    item_sims: list[float] = field(default_factory=list)
    key_sim: float = 1.0  # similarity of the question to the unit's question key
    verdict_ok: bool = True  # whether its "Yes."/"No, …" answers the asker's question (see PassageWeights.verdict_key)

    @property
    def chunk(self) -> Chunk:
        return self.hit.chunk


@dataclass(frozen=True)
class Picked:
    unit: Unit
    items: tuple[int, ...]  # indices into unit.items, in document order
    step: bool = False  # shown as one step of an article's outline (a list item under the unit before)


@dataclass(frozen=True)
class PassageWeights:
    """How a unit is scored against a question (fit on the dev half of the eval set only)."""

    key: float = 0.20
    item: float = 0.0
    chunk: float = 0.70
    lexical: float = 0.10
    opening: float = 0.10  # bonus for an article's opening when the question asks what something is
    phrasings: float = 0.10  # the part of `key` given to the closest of the ways askers put the unit's question
    key_words: float = 0.10  # weight of the IDF-weighted share of the question's words in the unit's question key
    second_margin: float = 0.30  # a second unit is added when it scores within this of the first
    redundant: float = 0.90  # an item this similar to one already chosen repeats a fact
    step_redundant: float = 0.85  # ... and an outline's step this similar to a step or opening sentence before it
    words: int = 150  # the word budget of the first unit
    second_words: int = 200  # ... and of a second unit (rarely reached: a section runs about 100 words)
    third_margin: float = 0.20  # a long question gets a third unit when it scores within this of the first
    third_words: int = 60  # ... within this budget
    long_question: int = 8  # words from which a question is long (a situation told, or several things asked)
    min_words: int = 40  # the first unit is not cut below this
    siblings: int = 4  # other sections of the best articles considered besides the hits
    verdict_key: float = 0.72  # a "Yes."/"No, …" verdict is shown only when the unit's question is this close to the asker's,
    verdict_floor: float = 0.60  # ... or is the closest of all units' questions and at least this close
    list_margin: float = 0.30  # a unit with the list a question asks for, from the first unit's article, within this
    steps: int = 6  # sections an outline ("How does X work?") takes one sentence from
    topic_words: float = 0.5  # weight of a follow-up's borrowed topic words in the unit's word match
    form: float = 0.10  # bonus for a unit whose own question has the asker's form ("when …?" for "when …?")
    contrary: float = 0.15  # penalty for a unit whose question is about lacking what the asker has ("without an IEP")
    restate_words: int = 80  # budget of a unit given again in a conversation (the follow-up asks about what it said)
    restate_margin: float = 0.05  # ... given again when it beats the best unit not given yet by this much
    restate_key: float = 0.68  # ... even as it was given, when its own question is this close to the asker's
    stems: bool = True  # a unit opening mid-list is led by the sentence introducing the list, from the chunk before
    stem_words: int = 80  # ... when that sentence is at most this long
    other_audience: float = 0.05  # penalty for a unit written for the other audience only (a teacher's, for a parent)
    same_article: float = 0.05  # a second unit from the first unit's short article counts this much more
    short_article: int = 12  # ... an article of at most this many chunks (not a statute or a long report)
    other_age: float = 0.20  # penalty for a unit about ages more than a year from the child's (toddlers, for a 15-year-old)
    thread: float = 0.05  # bonus in a follow-up for a unit of an article the last answer quoted
    opening_margin: float = 0.15  # the opening item leads unless another scores this much higher for the question
    thread_siblings: int = 4  # other sections of that article considered in a follow-up besides the hits
    example: float = 0.15  # penalty for a unit made of worked examples ("Example. A student with ADHD …")
    part_margin: float = 0.05  # each question of a message of several gets its own passage only within this of its best
    own_audience: float = 0.02  # bonus, for a teacher, for a unit written for teachers alone (their duty, not the parents' view)
    verbatim: float = 0.20  # bonus, growing to this, for a unit one of whose askers' phrasings is nearly the question
    verbatim_at: float = 0.85  # ... from this similarity up
    other_form: float = 0.10  # penalty for a unit whose question asks who, for a question that asks how, when or what
    other_students: float = 0.10  # penalty for a unit about some students only (gifted ones), for a question naming none of them
    report: float = 0.05  # penalty for a unit of a report of findings, for a question asking a rule, a number or yes or no


# The labels of statutes' and regulations' deeper levels, which _BULLET leaves to the sentence:
# "(ii)", "(A)", "(II)", "(aa)". (The sentence store keeps them in the sentence; rows still line up.)
_LEGAL_LABEL = re.compile(r"^\s*\((?:[ivx]{2,5}|[a-z]{2}|[IVX]{2,5}|[A-Z])\)\s+")


# An item that offers one of two ways ("(i) Must be conducted within 60 days of consent; or"): the next item is the other.
_OR_NEXT = re.compile(r"[;,]\s*or\s*$", re.I)


def segment(text: str) -> list[Item]:
    """The items of a chunk's text, with the positions of their sentences as split_sentences
    numbers them (so stored sentence vectors line up)."""
    return list(_segment(text))


@lru_cache(maxsize=4096)  # the same retrieved passages are read again for every question that finds them
def _segment(text: str) -> tuple[Item, ...]:
    items: list[Item] = []
    row = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        marker = _BULLET.match(line) or _LEGAL_LABEL.match(line)
        body = line[marker.end() :] if marker else line
        sentences = _split_line(body)
        if not sentences:
            continue
        rows = tuple(range(row, row + len(sentences)))
        row += len(sentences)
        if marker:  # a list item; one ending "—" or ":" also introduces the items under it (a regulation's "(b) … must—")
            shown = _strip_label(" ".join(sentences))
            intro = shown.rstrip().endswith((":", "—", "–"))
            items.append(Item(shown, rows, list_item=True, intro=intro, labelled=marker.group().lstrip().startswith("(")))
            continue
        for offset, sentence in enumerate(sentences):
            shown = _strip_label(sentence)
            items.append(Item(shown, (rows[offset],), intro=shown.rstrip().endswith(":")))
    return tuple(items)


def _strip_label(text: str) -> str:
    stripped = _LABEL.sub("", text, count=1)
    return stripped if stripped.strip() else text


_ARTICLE_MAX_CHUNKS = 64  # an article with more passages is not read whole for a question in parts
_STUDENT_AGE = 5.0  # the age taken for a teacher's student when the question names none (kindergarten)

_QUESTION_NUMBER = re.compile(r"^(?:Q(?:uestion)?\s*)?\d{1,3}\s*[.):]\s+", re.I)


def unit_key(chunk: Chunk) -> str:
    """The question key of a chunk read as an answer unit."""
    return _unit_key(chunk.section, chunk.title, chunk.text)


@lru_cache(maxsize=4096)
def _unit_key(section: str, title: str, text: str) -> str:
    return question_key(section, title, list(_segment(text)))


def unit_keys(chunk: Chunk, key: str | None = None) -> tuple[str, ...]:
    """Every question a unit is matched by (stored with its sentence vectors, in this order): its
    key (`key`, when the caller has it already), then the ways askers put it, where its article
    gives them ("they keep sending him home early")."""
    return (unit_key(chunk) if key is None else key, *chunk.phrasings)


# The label a regulation paragraph opens with: "Manifestation determination. (1) Within 10 school days…".
_NOT_LABEL = re.compile(r"\b(?:must|may|can|will|shall|should|is|are|was|were|be|it|you|we|they|he|she|this|there)\b", re.I)
_PARAGRAPH_LABEL = re.compile(r"^(?:\([a-z0-9]{1,4}\)\s*)*([A-Z][a-z]+(?:[ -][a-z]+){0,6})\.(?:\s+(?=\(|[A-Z])|$)")


def question_key(heading: str, title: str, items: Sequence[Item]) -> str:
    """The question a unit answers: its heading when that is a question, otherwise the heading
    (or the document title for an untitled opening) with the first sentence."""
    heading = _QUESTION_NUMBER.sub("", heading.split(" > ")[-1].strip())  # "General Rules > Q12. Can…?" -> "Can…?"
    if heading.endswith("?"):
        return heading
    first = next((i.text for i in items if not i.list_item), items[0].text if items else "")
    lead = heading if heading and heading.lower() != "overview" else title
    labels = [
        m.group(1)
        for i in items
        if (m := _PARAGRAPH_LABEL.match(i.text)) and not _VERDICT.match(m.group(1)) and not _NOT_LABEL.search(m.group(1))
    ]
    if labels:  # a regulation's paragraphs name what they are about: "(e) Manifestation determination. (1) Within…"
        return f"{lead}: {'; '.join(dict.fromkeys(labels))}. {first}"[:400]
    return f"{lead}: {first}"[:400]


# What a question asks for by its opening words ("when", "who", "how do I", "what if"), compared with
# the question a unit answers (its heading, or an FAQ's question): "When must the school send it?"
# answers "when do they have to send it?" better than "How can you ask for it?" does.
_LEAD = r"^\s*(?:\w+[\s,]+){0,4}?"  # "once I file due process how long …": a few words may come first
_FORMS = (
    (
        "time",
        re.compile(
            _LEAD + r"(when (do|does|is|are|must|will|can|should|would|did|has|have)|how (long|soon|quickly|fast|much time)|"
            r"by what age|at what age|what age|(is|are) there (a |any )?(deadlines?|time limits?)|"
            r"what(?:'s| is| are) the (deadlines?|time limits?|timelines?))\b",
            re.I,
        ),
    ),
    ("often", re.compile(_LEAD + r"how often\b", re.I)),  # how often is not how long: "How often will I get a progress report?"
    (
        # how a decision is reached: "how do they decide if he gets ESY?" is answered by "What factors does the team consider?"
        "decide",
        re.compile(
            r"\bhow (?:do|does|will|would|did|can|should) (?:\w+ ){0,3}?(?:decide|determine|choose|figure out|judge)\b"
            r"|\bhow (?:is|are|was|were) (?:\w+ ){0,3}?(?:decided|determined|chosen|judged)\b"
            r"|\bwhat (?:factors|criteria)\b|\bwhat (?:do|does|will|would) (?:\w+ ){0,3}?(?:look at|consider)\b"
            r"|\bon what basis\b",
            re.I,
        ),
    ),
    ("who", re.compile(_LEAD + r"who\b(?! pays)", re.I)),
    ("cost", re.compile(r"\b(who pays|how much|cost|costs|pay for)\b", re.I)),
    ("why", re.compile(_LEAD + r"why\b", re.I)),
    ("how", re.compile(_LEAD + r"how (do|does|can|should|would|to|is|are)\b", re.I)),
    ("if", re.compile(_LEAD + r"what (happens )?if\b", re.I)),
    ("next", re.compile(_LEAD + r"what happens (after|next|when|at|during)\b", re.I)),
    (
        "do",
        re.compile(
            _LEAD + r"(what (can|could|should|do|must) (i|we|you|parents?|families|a parent|a family|teachers?|a teacher) "
            r"(do|try)\b|what are (my|our|your|the|a parent's|parents') (options|choices|rights)\b"
            r"|what (are|is) (my|our) next steps?\b)",
            re.I,
        ),
    ),
)
_CLAUSES = re.compile(r"(?<=[.?!])\s+")


# A sentence that asks: ends with "?", or opens like a question though typed without one ("how long
# do i have to file"); "he loses skills every summer" after a question only tells.
_ASKING = re.compile(
    r"\?\s*$|^\s*(?:(?:so|and|but|ok(?:ay)?|then|also),?\s+)?(?:what|what's|whats|how|when|who|whose|why|where|which"
    r"|can|could|do|does|did|is|are|am|will|would|should|must|may)\b",
    re.I,
)


def question_forms(question: str) -> set[str]:
    """The forms of a question by the opening words of its last sentence that asks (not one that
    only tells, after it), or of its last sentence when none does: "time" (when, how long),
    "often" (how often), "decide" (how do they decide, what factors), "who", "cost", "why", "how"
    (how do I), "if" (what if), "next" (what happens after), "do" (what can I do, what are my options)."""
    sentences = _sentences(question)
    last = next((c for c in reversed(sentences) if _ASKING.search(c)), sentences[-1])
    forms = {name for name, pattern in _FORMS if pattern.search(last)}
    if "decide" in forms and not re.match(r"\s*who\b", last, re.I):
        forms.discard("who")  # "how do they decide who gets it" asks how, not who
    if forms & {"how", "time"} and (agent := _HOW_AGENT.search(last)):
        forms.add("how:self" if agent.group("self") else "how:staff")
    if "who" in forms and (asks := _WHO_ASKS.search(last)):
        forms.add("who:decides" if asks.group("decides") else "who:qualifies")
    return forms


# What a "who" question asks for: the people who decide ("who decides if she gets one?") or the
# children who qualify ("Who qualifies for a 504 plan?"); one does not answer the other.
_WHO_ASKS = re.compile(
    _LEAD + r"who (?:(?P<decides>decides|determines|chooses|makes (?:the|that) (?:decision|call)|gets to (?:decide|say)"
    r"|(?:is|are) (?:the ones? )?(?:deciding|in charge))"
    r"|qualif(?:y|ies)|is eligible|are eligible|can get|gets|may get|can have)\b",
    re.I,
)


# Who a "how" or "how long" question is about: the asker ("how do I ask …", "How can you prepare …",
# "how long do I have to file") or the school ("How should the school evaluate …", "How long does the
# state have to decide?"). "how do i ask the school to test my kid" is not answered by how the school evaluates.
_HOW_AGENT = re.compile(
    _LEAD + r"how (?:long |soon |fast |quickly |much time )?(?:do|does|can|should|would|to|is|are|must|will) "
    r"(?:(?P<self>i|we|you|parents?|a parent|families|a family)"
    r"|(?:the|a|my|his|her|our) (?:school|district|team|iep team|state|teachers?|case manager|school staff))\b",
    re.I,
)


def forms_agree(asked: set[str], key: set[str]) -> bool:
    """Whether a unit's question has the asker's form (and, for "how", the same doer where both name one)."""
    common = (asked & key) - _SUBFORMS
    if common and common <= {"how", "time"} and {"how:self", "how:staff"} <= asked | key:
        return False  # each names a doer, and not the same one
    if "who" in common and {"who:decides", "who:qualifies"} <= asked | key:
        return False  # one asks who decides, the other who qualifies
    return bool(common)


_SUBFORMS = {"how:self", "how:staff", "who:decides", "who:qualifies"}


def _sentences(question: str) -> list[str]:
    """The question's sentences, without a follow-up's topic added in brackets (never empty)."""
    question = own_words(question.strip())
    return [c for c in _CLAUSES.split(question) if c.strip()] or [question]


_OPENS_WH = re.compile(
    r"^\s*(?:(?:so|and|but|ok(?:ay)?|then),?\s+)?(?:what|how|why|when|where|who|whose|which)\b(?! about\b)", re.I
)
_BARE_VERDICT = re.compile(r"^\s*(?:yes|no)\s*[.!]?\s*$", re.I)


def asks_yes_or_no(question: str) -> bool:
    """Whether the question may be answered "Yes." or "No.": not when each of its questions opens
    with "what", "how", "when" … ("What happens if the parents disagree?"), though "what about a
    504?" goes on from a question that may. A sentence that tells the situation is not one of its
    questions ("how do i get a copy? the school is dragging its feet")."""
    sentences = _sentences(question)
    asked = [c for c in sentences if c.rstrip().endswith("?")] or sentences
    return not all(_OPENS_WH.match(c) for c in asked)


def asks_for(question: str) -> set[str]:
    """The kinds of answer the question's form asks for: "list", "number", "rule", and "open" for
    one that only asks what, how or when (no bare "Yes." answers it)."""
    kinds = set()
    if not asks_yes_or_no(question):
        kinds.add("open")
    if _ASKS_LIST.search(question):
        kinds.add("list")
    if _ASKS_NUMBER.search(question):
        kinds.add("number")
    if _ASKS_RULE.search(question):
        kinds.add("rule")
    return kinds


def definitional(question: str) -> bool:
    """ "What is X?": answered by the opening of the article about X."""
    return bool(_DEFINITION.match(question))


_POINTS_BACK = re.compile(r"\b(?:it|its|that|this|they|them|those|these|there)\b", re.I)


def two_parts(question: str) -> tuple[str, str] | None:
    """The two questions of a two-part question, the second with the first's topic for a pronoun
    ("who pays for it?" -> "who pays for an IEE?" when the first names one), else None."""
    joined = joined_questions(question)
    if joined is None:
        return None
    first, second = joined
    if not (
        _ASKS_RULE.search(first)
        or _ASKS_NUMBER.search(first)
        or re.match(r"^\s*(?:what|who|when|where|why|how|which)\b", first, re.I)
    ):
        return None  # "my son is being suspended a lot, how many days ..." is not two questions joined by "and"
    topic = topic_of(first)
    if topic and (named := substitute(second, topic)):
        return first, named
    if _POINTS_BACK.search(second):  # "can we skip it?": the first part's words say what "it" is
        return first, f"{second} ({content_words([first])})"
    return first, second


_MAX_PARTS = 3


def question_parts(question: str) -> tuple[str, ...] | None:
    """The questions a message asks, when it asks more than one: each sentence that ends in "?"
    (one that joins two with "and" counts as two), at most three, or the two of a single question
    joined by "and" (`two_parts`); None for one question. What the message tells around them
    ("My daughter is 2 and still only says a few words.") goes with each part in brackets, since
    "Who do I even call?" names nothing of its own; a later part that points back ("who pays for
    it?") borrows the first part's words as well."""
    sentences = [c.strip() for c in _CLAUSES.split(question.strip()) if c.strip()]
    asking = [c for c in sentences if c.endswith("?")]
    if len(asking) < 2:
        return two_parts(question)
    parts: list[str] = []
    for sentence in asking:
        parts.extend(two_parts(sentence) or (sentence,))
    parts = parts[:_MAX_PARTS]
    told = content_words([c for c in sentences if not c.endswith("?")])
    first = content_words([own_words(parts[0])])
    out = []
    for n, part in enumerate(parts):
        points_back = n and _POINTS_BACK.search(part) and not part.endswith(")")  # not one `two_parts` gave words already
        borrowed = " ".join(w for w in (told, first if points_back else "") if w)
        out.append(f"{part} ({borrowed})" if borrowed else part)
    return tuple(out)


def asks_process(question: str) -> bool:
    """ "How does X work?", "What happens at X?": answered by the steps, one per section."""
    return bool(_PROCESS.match(question))


def names_students(students: Sequence[str], terms: Set[str]) -> bool:
    """Whether a question (its content `terms`) names any of the students an article is about
    ("my gifted daughter", "he's in honors classes")."""
    return any((named := content_terms(word)) and named <= terms for word in students)


def _coverage(weights: dict[str, float], terms: set[str]) -> float:
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in terms) / total if total > 0 else 0.0


_NEGATED = re.compile(
    r"\b(?:without (?:an? |the |any )?|(?:cannot|can'?t|can not|unable to|not able to) "
    # a finding that something was not caused by the disability ("What happens if the behavior was not caused by …?")
    r"|(?:was|were|is|are) not (?=(?:caused|related|linked|due)\b))([\w-]+)",
    re.I,
)
# "what if we can't agree?" asks about the way that fails: "What happens if you reach an agreement?"
# answers the other one.
_IF_NOT = re.compile(
    r"\bif (?:\w+ ){1,3}?(?:cannot|can'?t|can not|could ?n'?t|could not|do ?n'?t|does ?n'?t|do not|does not|wo ?n'?t|will not"
    r"|did ?n'?t|did not|is ?n'?t|are ?n'?t|never|fails? to|failed to) (\w+)",
    re.I,
)
_IF_CLAUSE = re.compile(r"\bif\b([^?.!]*)", re.I)


def _failed_if(key: str, question: str) -> bool:
    """Whether the question asks what happens if something fails ("what if we can't agree?") and
    the unit's question what happens if it succeeds ("What happens if you reach an agreement?")."""
    asked = _IF_NOT.search(question)
    clause = _IF_CLAUSE.search(key)
    if asked is None or clause is None or _IF_NOT.search(key) or _NEGATED.search(clause.group(1)):
        return False
    term = stem(asked.group(1).lower())
    if len(term) < 3:
        return False
    said = [stem(w) for w in re.findall(r"[a-z]+", clause.group(1).lower())]
    return any(w == term or (w.startswith(term) and len(w) - len(term) <= 5) for w in said)


_NEGATION = re.compile(
    r"^(?:without|no|not|never|lacks?|none|cannot|unable|(?:do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should)n'?t)$",
    re.I,
)

# Who says no: "What happens if I say no?" (a parent refusing consent) answers nothing about "the
# school said no to testing him, what can I do?" (a school refusing a request), nor the reverse.
_REFUSAL = r"(?:\s+\w+){0,2}?\s+(?:say no|says no|said no|refuse[sd]?|declined?|denie[sd]|deny|won'?t|will not|turned \w+ down)\b"
_REFUSERS = {
    "parent": re.compile(r"\b(?:i|we|a parent|the parents?|parents)" + _REFUSAL, re.I),
    "school": re.compile(r"\b(?:they|(?:the )?schools?|(?:the )?district|the (?:iep )?team|the principal)" + _REFUSAL, re.I),
}


def refusers(text: str) -> set[str]:
    """Who the text says refuses or says no: "parent", "school", both or neither."""
    return {who for who, pattern in _REFUSERS.items() if pattern.search(text)}


# Whether turning someone away is allowed, or taking them in is required: one question's "Yes." is
# the other's "No." ("Do we have to admit them?" -- "Generally, yes." does not answer "can the
# daycare turn him away?"). A question that only points back ("is that legal?") is read with the
# refusal it tells ("they won't take my son because he has diabetes").
_TURNS_AWAY = re.compile(
    r"\b(?:refuse[sd]?|refusing|turn(?:s|ed|ing)? (?:\w+ )?(?:away|down)|say no|says no|said no|deny|denie[sd]|reject(?:s|ed)?"
    r"|kick(?:s|ed)? (?:\w+ )?out|exclude[sd]?|keep (?:\w+ )?out"
    r"|(?:not|n't|won'?t|will not) (?:take|accept|admit|let|allow|give|provide|serve|enroll|hire))\b",
    re.I,
)
_REQUIRED = re.compile(r"\b(?:have to|has to|need to|needs to|must|required to|obligated to|supposed to)\b", re.I)


def _stance(text: str) -> str:
    """ "away" when the text asks about turning someone away, "required" when about a duty, else ""."""
    away, required = bool(_TURNS_AWAY.search(text)), bool(_REQUIRED.search(text))
    return "away" if away and not required else "required" if required and not away else ""


def _asker_stance(question: str) -> str:
    sentences = _sentences(question)
    asked = [c for c in sentences if c.rstrip().endswith("?")] or sentences[-1:]
    told = " ".join(c for c in sentences if c not in asked)
    # what was told is what "is that legal?" asks about: the refusal, not the reason given for it
    # ("they won't take my son because they'd have to check his blood sugar")
    return _stance(" ".join(asked)) or ("away" if _TURNS_AWAY.search(told) else _stance(told))


def reverses(key: str, question: str, own: str = "") -> bool:
    """Whether a "Yes." or "No." to the unit's question `key` would say the opposite to the asker
    of `question` (a follow-up's `own` words first, then the question it stands for)."""
    stance = (_asker_stance(own) if own else "") or _asker_stance(question)
    return bool(stance) and _stance(key) not in ("", stance)


_AUDIENCE_WORDS = {
    "teacher": re.compile(r"\b(?:teachers?|staff|para(?:professional)?s?|aides?|principals?|case managers?|classroom)\b", re.I),
    "family": re.compile(r"\b(?:parents?|famil(?:y|ies)|mom|dad|mother|father|guardians?)\b", re.I),
}


def _names_audience(audience: str, question: str) -> bool:
    """Whether the question names the people an article was written for ("what does the teacher
    have to do?" asks about teachers, whoever asks it)."""
    pattern = _AUDIENCE_WORDS.get(audience)
    return bool(pattern and pattern.search(question))


_WHEN = re.compile(r"\b(before|after)\s+(?:the |a |an |my |his |her |their |our )?(\w+)(?:\s+(\w+))?", re.I)


def _times(text: str) -> set[tuple[str, str]]:
    """The times the text sets by an event, by its first two words ("before the IEP meeting" ->
    ("before", "iep"), ("before", "meet"))."""
    return {(m.group(1).lower(), stem(w.lower())) for m in _WHEN.finditer(text) for w in m.groups()[1:] if w}


def contrary(key: str, question: str) -> bool:
    """Whether a unit's question is about lacking, or being unable to do, what the question says
    the asker has or asks to do: "Does a student without an IEP have any protections?" for "he
    has an IEP, can they expel him?", "What if I cannot record the meeting?" for "can I record
    the meeting?", "What happens if I say no?" for "the school said no to testing him", "What
    happens if the behavior was not caused by the disability?" for a question about one that was,
    or "What should I do after the meeting?" for "can I get a copy before the meeting?". A
    negation just before the word in the question ("he doesn't have an IEP") or right after it
    ("the parent cannot attend") agrees with the key."""
    by_key = refusers(key)
    if by_key and (by_asker := refusers(question)) and not by_key & by_asker:
        return True
    asked = _times(question)
    if any((when, event) not in asked and any(e == event for _, e in asked) for when, event in _times(key)):
        return True  # "What should I do after the meeting?" for "can i get a copy before the meeting?"
    if _failed_if(key, question):
        return True
    match = _NEGATED.search(key)
    if match is None:
        return False
    term = stem(match.group(1).lower())
    found = False
    for clause in re.split(r"[.?!;()]+", question.lower()):  # a negation counts within its own clause
        tokens = re.findall(r"[\w'-]+", clause)
        for n, token in enumerate(tokens):
            if stem(token) == term:
                if any(_NEGATION.match(t) for t in (*tokens[max(0, n - 4) : n], *tokens[n + 1 : n + 2])):
                    return False
                found = True
    return found


_EXAMPLE = re.compile(r"^\s*(?:for )?example\s*\d*\s*[.:—–-]", re.I)


def illustrates(unit: Unit) -> bool:
    """Whether the unit is worked examples ("Example. A student with ADHD received …"): they are
    like the asker's situation in their words, while the rule they illustrate is elsewhere."""
    shown = [item for item in unit.items if _shown(item)]
    return bool(shown) and sum(bool(_EXAMPLE.match(item.text)) for item in shown) * 2 > len(shown)


def readable(unit: Unit) -> bool:
    """Whether the unit is prose: at most a third of its tokens are bare numbers (a chart's axis
    labels or a table of figures are not an answer to anyone's question), and it is no glossary."""
    tokens = unit.chunk.text.split()
    numbers = sum(1 for t in tokens if re.fullmatch(r"[\d.,%$()–-]+", t))
    # nor a report's list of abbreviations ("ACAA Air Carrier Access Act ADA Americans with …")
    letters = sum(1 for t in tokens if re.fullmatch(r"[A-Z]{2,6}s?", t))
    glossary = letters >= 8 and letters > len(tokens) * 0.15 and unit.chunk.text.count(". ") < letters / 4
    return not tokens or (numbers <= len(tokens) / 3 and not glossary)


def _stem(item: Item) -> bool:
    """Whether the item only leads into the next one ("A hearing officer must not be—"), also
    where the source lost its dash: a labelled item of a few words that stops mid-phrase ("(i) not
    be" over "(I) an employee of the State educational agency")."""
    text = item.text.rstrip()
    return text.endswith(("—", "–")) or (item.labelled and text[-1:].isalnum() and len(text.split()) <= 4)


def _opening(unit: Unit) -> bool:
    """Whether the unit opens its article: its untitled first section (in a document without
    headings every chunk is untitled, and only the first opens it)."""
    return unit.chunk.section.strip().lower() in ("", "overview") and unit.chunk.position == 0


_LABEL_ONLY = re.compile(
    r"^(?:\([A-Za-z0-9]{1,4}\)\s*)+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\.?$"  # (D) Parental consent.
    r"|^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s?\.$"
)  # In general.  Mediation discussions .


# a statute's paragraph title on a line of its own: a few words, or up to ten with no full stop
# ("(C) Requirement with respect to regular education teacher")
_TITLE_ONLY = re.compile(r"^[A-Z][\w'’-]*(?:(?:,?\s+[\w'’-]+){0,5}\.?|(?:,?\s+[\w'’-]+){6,9})$")
# a regulation paragraph's title before its text, in the same line ("(f) Determination that behavior
# was a manifestation. If the LEA, …"): a name, not a sentence with a subject and a duty
_LEAD_TITLE = re.compile(r"^[A-Z][a-z]+(?:[;,]?[ -][a-z’']+){0,7}\.$")
_PART_LABEL = re.compile(r"^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+")
_NOT_TITLE = re.compile(
    r"^(?:The|A|An|Each|Every|Any|No|If|When|In|For|This|That|These|Those|It|Such|All|Some|Parents?)\b"
    r"|\b(?:must|may|shall|can|cannot|will|should|not|need|needs)\b"
)
_VERDICT_LEAD = re.compile(r"^\s*(?:(?:generally|usually|in most cases|in general),?\s+)?(?:yes|no)\s*[.!]\s+(?=[A-Z])", re.I)


def _without_verdict(item: Item) -> Item:
    """The item without its leading "Yes."/"No." when a sentence follows it (verbatim otherwise)."""
    lead = _VERDICT_LEAD.match(item.text)
    if lead is None:
        return item
    return replace(item, text=item.text[lead.end() :], rows=item.rows[-1:])


def _fresh(unit: Unit, said: Set[str]) -> bool:
    """Whether a unit still has most of what it says to say in this conversation."""
    shown = [i for i in unit.items if _shown(i)]
    new = [i for i in shown if normalize(i.text) not in said]
    return len(new) >= 0.5 * len(shown)


def _shown(item: Item) -> bool:
    """Whether an item may be quoted at all: not a bare paragraph label ("(D) Parental consent.",
    "In general."), not text addressed to a model, not a pointer to another article."""
    n = len(words(item.text))
    if n < 2 and not _VERDICT.match(item.text):
        return False
    if _LABEL_ONLY.match(item.text.strip()) and not _VERDICT.match(item.text) and not _RULE.search(item.text):
        return False
    if item.labelled and _TITLE_ONLY.match(item.text) and not _NOT_LABEL.search(item.text):
        return False  # a statute's paragraph title on its own line: "(B) Request for initial evaluation"
    return not instruction_like(item.text) and not _XREF.search(item.text)


class PassageComposer:
    """Composes an answer from the retrieved unit that answers the question."""

    def __init__(
        self,
        embedder: CachedEmbedder,
        sentences: SentenceVectors | None = None,
        *,
        weights: PassageWeights = PassageWeights(),
        idf: Callable[[str], float] | None = None,
        article: Callable[[str], Sequence[Chunk]] | None = None,
    ) -> None:
        self.embedder = embedder  # CachedEmbedder: question keys are embedded once and cached
        self.sentences = sentences or SentenceVectors(embedder)
        self.weights = weights
        self.idf = idf or (lambda term: 1.0)
        self.article = article  # source -> its chunks in document order, for outlines

    # -- scoring -----------------------------------------------------------
    def units(
        self,
        question: str,
        query_vector: np.ndarray,
        hits: Sequence[Hit],
        asked: str = "",
        audience: str = "",
        age: float | None = None,
        said: Set[str] = frozenset(),
    ) -> list[Unit]:
        """The hits as answer units, scored for this question, best first. For a follow-up,
        `asked` holds its own words: the words of the topic it named by a pronoun count half,
        so they pick the article and its own words pick the section; and a unit of an article the
        last answer quoted (one of whose passages holds a sentence of `said`) counts for a little
        more: "and if they say no?" after an answer on IEEs asks what the IEE article says about a
        refusal, not what the article on asking for an evaluation says. A unit of an article written
        for the other `audience` only counts for less, unless the question names that audience
        ("Can a teacher disagree at the meeting?" is a teacher's question, not a parent's). A unit of
        an article about other ages than the child's `age` counts for less too: early intervention's
        rules do not answer a question about a 15-year-old. So does one about some students only
        (gifted ones) when the question names none of them: "does he have to be failing to get a
        504?" is not asking about gifted children."""
        units = []
        for hit in hits:
            items = segment(hit.chunk.text)
            if items:
                units.append(Unit(hit, question_key(hit.chunk.section, hit.chunk.title, items), items))
        if not units:
            return []
        q = np.asarray(query_vector, dtype=np.float32)
        keys = self.sentences.for_keys([u.chunk for u in units], [unit_keys(u.chunk, u.key) for u in units])
        matrices = self.sentences.for_chunks([u.chunk for u in units])
        own = content_terms(asked) if asked else None
        w = self.weights
        thread = {u.chunk.source for u in units if any(normalize(i.text) in said for i in u.items)} if asked and said else set()
        asker_terms = content_terms(question)
        term_weights = {t: self.idf(t) * (1.0 if own is None or t in own else w.topic_words) for t in asker_terms}
        defines = definitional(question)
        kinds = asks_for(question)
        asks_rule = bool(kinds & {"rule", "number"}) or "open" not in kinds  # what a report's findings do not say
        forms = question_forms(question) if w.form else set()
        if audience == "teacher":  # a teacher's "how long do I have" asks what the school must do
            forms -= {"how:self", "how:staff"}
        for unit, key_vec in zip(units, keys):
            matrix = matrices.get(unit.chunk.id)
            sims = matrix @ q if matrix is not None and matrix.size else np.zeros(0, np.float32)
            sims_keys = key_vec @ q
            unit.key_sim = float(sims_keys[0])
            phrased = float(sims_keys.max())
            unit.item_sims = [max((float(sims[r]) for r in item.rows if r < len(sims)), default=0.0) for item in unit.items]
            shown = [s for s, item in zip(unit.item_sims, unit.items) if _shown(item)] or [0.0]
            lexical = _coverage(term_weights, content_terms(f"{unit.chunk.section} {unit.chunk.text}"))
            keyed = _coverage(term_weights, set(expand(tokenize(unit.key))))  # "IEP" meets "individualized education program"
            unit.score = (
                (w.key - w.phrasings) * unit.key_sim
                + w.phrasings * phrased
                + w.key_words * keyed
                + w.item * max(shown)
                + w.chunk * unit.hit.score
                + w.lexical * lexical
                + (w.opening if defines and _opening(unit) else 0.0)
            )
            if w.verbatim and phrased > w.verbatim_at:  # nearly the very words an asker put this unit's question in
                unit.score += w.verbatim * (phrased - w.verbatim_at) / (1.0 - w.verbatim_at)
            key_forms = question_forms(unit.key) if forms else set()
            if forms and unit.key.rstrip().endswith("?") and forms_agree(forms, key_forms):
                unit.score += w.form
            elif w.other_form and forms and "who" in key_forms and ("who" not in forms or not forms_agree(forms, key_forms)):
                # "how do they decide if he gets ESY" is not "Who decides …?", nor is "who decides" "Who qualifies?"
                unit.score -= w.other_form
            if w.contrary and contrary(unit.key, question):
                unit.score -= w.contrary
            other = unit.chunk.audience not in (audience, "both", "")
            if audience and other and not _names_audience(unit.chunk.audience, question):
                unit.score -= w.other_audience
            elif audience == "teacher" and unit.chunk.audience == audience:
                unit.score += w.own_audience
            if not readable(unit):  # a chart or a table of figures is not an answer
                unit.score -= 1.0
            if age is not None and (ages := unit.chunk.ages) is not None and not ages[0] - 1 <= age <= ages[1] + 1:
                unit.score -= w.other_age
            if w.other_students and unit.chunk.students and not names_students(unit.chunk.students, asker_terms):
                unit.score -= w.other_students
            if unit.chunk.source in thread:
                unit.score += w.thread
            if unit.chunk.report and asks_rule:  # "can they suspend him?" is answered by the rule, not by what a study found
                unit.score -= w.report
            if w.example and illustrates(unit):
                unit.score -= w.example
        units.sort(key=lambda u: -u.score)
        closest = max(u.key_sim for u in units)
        for unit in units:
            unit.verdict_ok = (
                unit.key_sim >= w.verdict_key
                or (unit.key_sim >= w.verdict_floor and (unit.key_sim == closest or unit is units[0]))
            ) and not reverses(unit.key, question, asked)
            if not unit.verdict_ok:  # "No. A school cannot …" still gives its rule, without a verdict on another question
                unit.items = [_without_verdict(item) for item in unit.items]
        return units

    # -- choosing ----------------------------------------------------------
    def pick(self, question: str, unit: Unit, budget: int, kinds: set[str], said: Set[str]) -> tuple[int, ...]:
        """The items of `unit` that answer the question, within `budget` words, in order."""
        usable = [
            i
            for i, item in enumerate(unit.items)
            if _shown(item)
            and normalize(item.text) not in said
            and not (_YES_NO.match(item.text) and not unit.verdict_ok)
            and not ("open" in kinds and _BARE_VERDICT.match(item.text))  # a bare "Yes." answers no "what happens if …?"
        ]
        if not usable:
            return ()
        sizes = {i: len(words(unit.items[i].text)) for i in usable}

        def with_other_way(i: int) -> list[int]:
            # "within 60 days; or" is half a rule without the other way, the item after it
            return [i, i + 1] if _OR_NEXT.search(unit.items[i].text) and i + 1 in sizes else [i]

        def without_loose_stems(chosen: list[int]) -> tuple[int, ...]:
            # a short stem ("must not be—") whose next item was left out, or is in the next passage, says nothing
            kept = [i for i in sorted(set(chosen)) if not (_stem(unit.items[i]) and sizes[i] <= 12 and i + 1 not in chosen)]
            return tuple(kept or sorted(set(chosen)))

        if sum(sizes.values()) <= budget:
            return without_loose_stems(usable)
        q_terms = content_terms(question)

        def value(i: int) -> float:
            item = unit.items[i]
            v = unit.item_sims[i] + 0.15 * (len(q_terms & content_terms(item.text)) / max(len(q_terms), 1))
            if "number" in kinds and _NUMBER.search(item.text):
                v += 0.25
            if "list" in kinds and (item.list_item or item.intro):
                v += 0.20
            if "rule" in kinds and (_RULE.search(item.text) or _VERDICT.match(item.text)):
                v += 0.10
            return v

        ranked = sorted(usable, key=lambda i: -value(i))
        # the opening: the verdict or the rule comes first, unless it says far less about the question
        # than another part of a long passage (a regulation's general rule before the exception asked about)
        opening = usable[0]
        if value(opening) < value(ranked[0]) - self.weights.opening_margin:
            opening = ranked[0]
        chosen = with_other_way(opening)
        used = sum(sizes[j] for j in chosen)
        for i in [i for i in ranked if i != opening]:
            extra = [i]
            item = unit.items[i]
            if item.list_item and not item.intro:  # a list item brings the sentence that introduces its list
                intro = next((j for j in range(i - 1, -1, -1) if not unit.items[j].list_item or unit.items[j].intro), None)
                if intro is not None and unit.items[intro].intro and intro in sizes and intro not in chosen:
                    extra.insert(0, intro)
            elif item.intro:  # an introduction brings its list
                extra += [j for j in range(i + 1, len(unit.items)) if j in sizes][: self._list_len(unit, i)]
            least = with_other_way(i) if len(extra) == 1 else extra[:1]  # what is taken when the whole does not fit
            extra = extra[:-1] + with_other_way(extra[-1])
            cost = sum(sizes[j] for j in extra if j not in chosen)
            if used + cost > budget:
                if used >= self.weights.min_words:
                    continue
                extra = least
                cost = sum(sizes[j] for j in extra if j not in chosen)
                if used + cost > budget:
                    continue
            chosen.extend(j for j in extra if j not in chosen)
            used += cost
        return without_loose_stems(chosen)

    @staticmethod
    def _list_len(unit: Unit, intro: int) -> int:
        n = 0
        for item in unit.items[intro + 1 :]:
            if not item.list_item or item.intro:  # the list ends where another begins
                break
            n += 1
        return n

    def choose(self, question: str, units: list[Unit], said: Set[str] = frozenset()) -> list[Picked]:
        """The first unit, and a second one when the question needs it."""
        if not units:
            return []
        w = self.weights
        kinds = asks_for(question)
        picked: list[Picked] = []
        restate = self._restated(units, said, w.restate_margin)
        if restate is not None:  # the asker asks again about what was said: its best part, not a neighbour's
            items = self.pick(question, restate, w.restate_words, kinds, frozenset())
            given = {i for i, item in enumerate(restate.items) if _shown(item) and normalize(item.text) in said}
            # never the same passage again as it was given, unless it opens the steps a "what happens" question
            # asks for, or its own question is the asker's and the last answer said more than it ("do they
            # have to tell me when it happens?" after an answer that said so among other things): rather
            # that part again, in short, than a passage on another topic; never the last answer word for word
            mine = {normalize(item.text) for item in restate.items}
            again = (asks_process(question) and _opening(restate)) or (restate.key_sim >= w.restate_key and bool(said - mine))
            if items and (set(items) != given or again):
                picked, units = [Picked(restate, items)], [restate] + [u for u in units if u is not restate]
        for first in [] if picked else self._fresh_first(units, said):
            items = self.pick(question, first, w.words, kinds, said)
            if items:
                picked, units = [Picked(first, items)], [first] + [u for u in units if u is not first]
                break
        if not picked:
            return []
        first = picked[0].unit
        rest = [u for u in units[1:] if u.score >= first.score - w.second_margin and u.chunk.id != first.chunk.id]
        # another section of a short article answers the rest of the question more often than a section
        # of another article scoring the same ("can they suspend him?" then what happens after). The
        # article is looked up only when its bonus would change the order.
        if w.same_article:
            kin = sorted(rest, key=lambda u: -(u.score + (w.same_article if u.chunk.source == first.chunk.source else 0.0)))
            if any(a is not b for a, b in zip(kin, rest)) and self._short_article(first.chunk.source):
                rest = kin
        listing = self._list_unit(kinds, first, picked[0], units)
        if listing is not None:  # a list question whose passage has no list: the list is the second unit
            rest = [listing] + [u for u in rest if u is not listing]
        # the second unit is the best of the rest with something new to say (in a conversation the
        # best may have been said already: "how do they decide if my kid gets it?" after "What is ESY?")
        for at, second in enumerate(rest):
            items = self._new_facts(picked, second, self.pick(question, second, w.second_words, kinds, said))
            if items:
                picked.append(Picked(second, items))
                rest = rest[at:]
                break
        # the second unit is rest[0]: the third is the next, as `rest` holds each chunk once
        if len(picked) == 2 and len(rest) > 1 and len(words(own_words(question))) >= w.long_question:
            third = rest[1]
            # in a conversation, a third passage keeps to the articles the answer quotes: "do they have to
            # tell me when it happens?" after a restraint asks nothing of the manifestation review
            thread = not said or third.chunk.source in {p.unit.chunk.source for p in picked}
            if thread and third.score >= first.score - w.third_margin:
                items = self._new_facts(picked, third, self.pick(question, third, w.third_words, kinds, said))
                if items:
                    picked.append(Picked(third, items))
        return picked

    def _short_article(self, source: str) -> bool:
        """Whether `source` is an article of a few sections, not a statute or a long report."""
        return self.article is not None and 0 < len(self.article(source)) <= self.weights.short_article

    def _list_unit(self, kinds: set[str], first: Unit, pick: Picked, units: list[Unit]) -> Unit | None:
        """For a question asking for a list ("what are the categories", "which services") whose
        chosen items hold no list: the best unit of the same article that holds one, if it scores
        within `list_margin` of the first."""
        if "list" not in kinds or any(first.items[i].list_item for i in pick.items):
            return None
        for unit in units:
            if unit is first or unit.chunk.source != first.chunk.source:
                continue
            if unit.score < first.score - self.weights.list_margin:
                return None
            if sum(item.list_item for item in unit.items) >= 2:
                return unit
        return None

    @staticmethod
    def _restated(units: list[Unit], said: Set[str], margin: float) -> Unit | None:
        """In a conversation, the best unit when it was given already and its question is the
        closest to the asker's, or it beats every unit not given yet by `margin`: the follow-up
        asks about what that unit says ("can I pick who does it?" after an answer that said so in
        passing; "does child find cover kids who are homeschooled?" after an answer on child
        find). It is given again in short, rather than a far weaker passage given for being new."""
        if not said or not units or _fresh(units[0], said):
            return None
        if units[0].key_sim >= max(u.key_sim for u in units):
            return units[0]
        fresh = next((u for u in units if _fresh(u, said)), None)
        return units[0] if fresh is None or units[0].score - fresh.score >= margin else None

    @staticmethod
    def _fresh_first(units: list[Unit], said: Set[str]) -> list[Unit]:
        """The units in the order they are tried first: in a conversation, units whose items
        were mostly given already go after those that still have most of theirs to say."""
        if not said:
            return units
        return [u for u in units if _fresh(u, said)] + [u for u in units if not _fresh(u, said)]

    def _new_facts(self, picked: list[Picked], unit: Unit, items: tuple[int, ...]) -> tuple[int, ...]:
        """The items of `unit` that say something the picked units do not already say."""
        matrices = self.sentences.for_chunks([p.unit.chunk for p in picked] + [unit.chunk])
        taken = [
            matrices[p.unit.chunk.id][list(p.unit.items[i].rows)] for p in picked for i in p.items if p.unit.chunk.id in matrices
        ]
        mine = matrices.get(unit.chunk.id)
        if not taken or mine is None:
            return items
        old = np.vstack(taken)
        return tuple(i for i in items if not _repeated(mine, unit.items[i], old, self.weights.redundant))

    # -- the answerer interface ----------------------------------------------
    def compose(
        self,
        question: str,
        query_vector: np.ndarray,
        hits: Sequence[Hit],
        said: Sequence[str] = (),
        pool: Sequence[Hit] = (),
        asked: str = "",
        audience: str = "",
    ) -> tuple[str, list[Citation]]:
        """Answer text with [n] markers, and its citations. `question` is the retrieval query and
        `asked` what the asker typed (a follow-up's own words, which name its new aspect); `said`
        holds earlier answers of the conversation, whose sentences are not repeated; `pool` the
        reranked candidates, from which other sections of the best articles are considered too
        (the section that answers is often a sibling of the one that ranked first)."""
        followup = bool(said and asked)
        age = child_age(question)  # a follow-up's from the words it borrowed too ("he is 15")
        if age is None and audience == "teacher":
            age = _STUDENT_AGE  # a teacher's student is in school: early intervention (birth to 3) is about someone else
        if followup:  # a follow-up: its own words (with the topic it named by a pronoun) decide the form and the new aspect
            question = own_words(question)
        candidates = [*hits, *siblings(hits, pool, self.weights.siblings)]
        already = {normalize(s) for text in said for s in _answer_sentences(text)}
        if followup and self.weights.thread_siblings:  # the rest of the article the last answer quoted
            quoted = {h.chunk.source for h in pool if any(normalize(i.text) in already for i in segment(h.chunk.text))}
            taken = {h.chunk.id for h in candidates}
            candidates += [h for h in pool if h.chunk.source in quoted and h.chunk.id not in taken][
                : self.weights.thread_siblings
            ]
        units = self.units(question, query_vector, candidates, asked if followup else "", audience, age, already)
        picked = self.choose(question, units, already)
        parts = None if followup else question_parts(question)
        if picked and parts is not None:  # "What is an IEE and who pays for it?": a passage for each part
            # each question of a message of several gets its own passage only where that answers about
            # as well as the whole message's best ("Who handles the dog?" alone finds a worse one)
            floor = -1.0 if two_parts(question) else picked[0].unit.score - self.weights.part_margin
            picked = (
                self.answer_parts(parts, self._with_article(candidates, picked[0].unit), already, audience, age, floor) or picked
            )
        elif picked and asks_process(question) and _opening(picked[0].unit) and self.article is not None:
            picked = self.outline(picked[0], already) or picked
        return render(self._with_stems(picked))

    def _with_stems(self, picked: list[Picked]) -> list[Picked]:
        """Each unit that opens in the middle of a list (a long regulation cut into chunks: "- The
        offer is not accepted within 10 days; and") is led by the sentence that introduces that
        list, quoted from the chunk before it ("Attorneys' fees may not be awarded ... if—")."""
        if self.article is None or not self.weights.stems:
            return picked
        picked = list(picked)
        out: list[Picked] = []
        for n, pick in enumerate(picked):
            unit = pick.unit
            if not pick.step and pick.items and all(item.list_item for item in unit.items[: pick.items[0] + 1]):
                lead = self._stem_before(unit.chunk)
                text = lead.unit.items[lead.items[0]].text if lead is not None else ""
                if lead is not None and not any(
                    p.unit.chunk.id == lead.unit.chunk.id and p.unit.items[i].text == text for p in out for i in p.items
                ):
                    out.append(lead)
                    for m in range(n + 1, len(picked)):  # a later unit of that chunk does not say the stem again
                        later = picked[m]
                        if later.unit.chunk.id == lead.unit.chunk.id:
                            picked[m] = replace(later, items=tuple(i for i in later.items if later.unit.items[i].text != text))
            if pick.items:
                out.append(pick)
        return out

    def _stem_before(self, chunk: Chunk) -> Picked | None:
        """The sentence introducing the list a chunk opens in, from the chunk before it in the same
        section, when that chunk's last sentence outside its list items does introduce one."""
        assert self.article is not None
        chunks = self.article(chunk.source)
        at = next((i for i, c in enumerate(chunks) if c.id == chunk.id), 0)
        if at == 0 or chunks[at - 1].section != chunk.section:
            return None
        before = chunks[at - 1]
        items = segment(before.text)
        last = next((i for i in range(len(items) - 1, -1, -1) if not items[i].list_item), None)
        if last is None or not (items[last].intro or _stem(items[last])):
            return None
        if len(words(items[last].text)) > self.weights.stem_words:
            return None
        return Picked(Unit(Hit(before, 0.0), "", items), (last,))

    def _with_article(self, candidates: list[Hit], unit: Unit) -> list[Hit]:
        """The candidates and every other section of the article of `unit`, those scored as the
        weakest candidate (so their questions and words decide among them). A long document (a
        regulation of a thousand paragraphs) adds none: its sections are found by their own words."""
        if self.article is None or not candidates:
            return candidates
        article = self.article(unit.chunk.source)
        if len(article) > _ARTICLE_MAX_CHUNKS:
            return candidates
        floor = min(h.score for h in candidates)
        have = {h.chunk.id for h in candidates}
        return candidates + [Hit(c, floor) for c in article if c.id not in have]

    def answer_parts(
        self,
        parts: tuple[str, ...],
        candidates: Sequence[Hit],
        said: Set[str],
        audience: str = "",
        age: float | None = None,
        floor: float = -1.0,
    ) -> list[Picked]:
        """A question in parts: the passage that best answers the first part, then for each later
        part the one (not given yet) that best answers it, each in the form its part asks for.
        Empty when the first part's passage answers the second too (one passage answers them), or
        when no passage answers the first part as well as `floor`; a later part without one is left
        to the passages given."""
        w = self.weights
        picked: list[Picked] = []
        matrices = self.sentences.for_chunks([h.chunk for h in candidates])
        for n, part in enumerate(parts):
            vector = np.asarray(self.embedder.query(part), dtype=np.float32)
            # each candidate scored by its sentence closest to this part, not by the whole question
            rescored = [
                Hit(h.chunk, 0.5 * h.score + 0.5 * float((matrices[h.chunk.id] @ vector).max()))
                for h in candidates
                if h.chunk.id in matrices and matrices[h.chunk.id].size
            ]
            units = self.units(part, vector, rescored, audience=audience, age=age)
            budget = w.words if n == 0 else w.second_words
            if not units or units[0].score < floor:
                if n == 0:
                    return []  # the first part alone finds nothing as good as the whole message did
                continue  # nor this later one: left to the passages given
            if picked and units[0].chunk.id in {p.unit.chunk.id for p in picked}:
                if n == 1:
                    return []  # the first part's passage answers the second part too
                continue  # a passage given already answers this part
            for unit in units:
                if any(p.unit.chunk.id == unit.chunk.id for p in picked):
                    continue
                items = self.pick(part, unit, budget, asks_for(part), said)
                if picked:
                    items = self._new_facts(picked, unit, items)
                if items:
                    picked.append(Picked(unit, items))
                    break
        return picked if len(picked) >= 2 else []

    def outline(self, opening: Picked, said: Set[str]) -> list[Picked]:
        """A process question answered from an article's opening: the opening's first sentences,
        then the first sentence of each later section, in document order (the article's steps).
        Empty when the article has too few sections for an outline."""
        if self.article is None:
            return []
        chunks = self.article(opening.unit.chunk.source)
        lead = tuple(i for i in opening.items if not opening.unit.items[i].list_item)[:2] or opening.items[:1]
        matrices = self.sentences.for_chunks([opening.unit.chunk, *chunks])
        given = matrices.get(opening.unit.chunk.id)
        taken = [given[_rows(given, opening.unit.items[i])] for i in lead] if given is not None else []
        steps: list[Picked] = []
        seen = {opening.unit.chunk.section.strip().lower()}
        for chunk in chunks:
            section = chunk.section.strip().lower()
            if section in seen:
                continue  # one step per section (a long section's later chunks add no step)
            seen.add(section)
            items = segment(chunk.text)
            mine = matrices.get(chunk.id)
            old = np.vstack(taken) if taken and mine is not None else None
            # the section's first sentence, or its next one where the first says again what a step before said
            first = next(
                (
                    i
                    for i, item in enumerate(items)
                    if _shown(item)
                    and not item.list_item
                    and not item.intro
                    and normalize(item.text) not in said
                    and not (mine is not None and old is not None and _repeated(mine, item, old, self.weights.step_redundant))
                ),
                None,
            )
            if first is not None:
                steps.append(Picked(Unit(Hit(chunk, opening.unit.hit.score), chunk.section, items), (first,), step=True))
                if mine is not None:
                    taken.append(mine[_rows(mine, items[first])])
            if len(steps) == self.weights.steps:
                break
        if len(steps) < 2:
            return []
        return [Picked(opening.unit, lead), *steps]


def _rows(matrix: np.ndarray, item: Item) -> list[int]:
    """The item's rows of its chunk's sentence vectors (a chunk stored with fewer has no more)."""
    return [r for r in item.rows if r < len(matrix)]


def _repeated(matrix: np.ndarray, item: Item, old: np.ndarray, threshold: float) -> bool:
    """Whether the item (its rows of `matrix`) is more similar than `threshold` to one of the sentence
    vectors `old` already given: it states the same fact again."""
    rows = _rows(matrix, item)
    return bool(rows) and bool(old.size) and float((matrix[rows] @ old.T).max()) > threshold


def siblings(hits: Sequence[Hit], pool: Sequence[Hit], limit: int) -> list[Hit]:
    """Up to `limit` candidates of the pool (best first) from the articles of the two best hits
    that are not hits themselves."""
    best = {h.chunk.source for h in sorted(hits, key=lambda h: -h.score)[:2]}
    taken = {h.chunk.id for h in hits}
    return [h for h in pool if h.chunk.source in best and h.chunk.id not in taken][:limit]


def _answer_sentences(text: str) -> list[str]:
    """The quoted sentences of an earlier answer, without their [n] markers and list dashes."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"\s*\[\d+\]", "", line).strip()
        line = re.sub(r"^[-*]\s+", "", line)
        out.extend(_split_line(line) if line else [])
    return out


def quote_for(text: str, items: Sequence[Item]) -> str:
    """The quoted passage: the exact span when the items follow each other in the chunk,
    otherwise the items joined with an ellipsis. Each part is verbatim chunk text."""
    spans: list[tuple[int, int]] = []
    for item in items:
        start = text.find(item.text)
        if start < 0:
            return ELLIPSIS.join(item.text for item in items)
        spans.append((start, start + len(item.text)))
    if spans:
        parts, (start, end) = [], spans[0]
        for s, e in spans[1:]:
            if s >= end and _only_markers(text[end:s]):
                end = e
            else:
                parts.append(text[start:end])
                start, end = s, e
        parts.append(text[start:end])
        return ELLIPSIS.join(parts)
    return ELLIPSIS.join(item.text for item in items)


_MARKER_ONLY = re.compile(r"^\s*(?:[-*+•]|\(?\d{1,3}[.)]|\(?[a-z][.)])?\s*$")


def _only_markers(gap: str) -> bool:
    """Whether text between two items holds nothing but spacing and list markers."""
    return all(_MARKER_ONLY.match(line) for line in gap.split("\n"))


def _finish(sentence: str) -> str:
    """The item as shown: verbatim, with a full stop only where it ends with no punctuation at
    all (a list item ending "; or" or "—" keeps its own ending)."""
    sentence = sentence.strip()
    end = sentence.rstrip("\"')]”’")  # "…such as \"in 4 out of 5 tries.\"" already ends
    return sentence if end[-1:] in ".!?:;,—-" or end.endswith((" or", " and")) else sentence + "."


def _item_parts(text: str, labelled: bool) -> list[str]:
    """The sentences of a list item as shown: without a regulation paragraph's own title, which
    says nothing by itself ("General.", "Parental consent.", "Timeline for requesting a hearing."),
    nor the paragraph number left at the start once the title is gone ("(1) The public agency …")."""
    parts = _split_line(text)
    kept = [p for p in parts if not _LABEL_ONLY.match(p.strip()) or _RULE.search(p)] or parts
    if labelled and len(kept) > 1 and _LEAD_TITLE.match(kept[0]) and not _NOT_TITLE.search(kept[0]):
        kept = kept[1:]
    if len(kept) < len(parts):
        kept[0] = _PART_LABEL.sub("", kept[0], count=1) or kept[0]
    return kept


def render(picked: Sequence[Picked]) -> tuple[str, list[Citation]]:
    """One paragraph per unit, list items as a list; each sentence carries its unit's number."""
    paragraphs: list[str] = []
    citations: list[Citation] = []
    for n, pick in enumerate(picked, start=1):
        unit, items = pick.unit, [pick.unit.items[i] for i in pick.items]
        chunk = unit.chunk
        citations.append(
            Citation(
                n=n,
                title=chunk.title,
                section=chunk.section,
                source=chunk.source,
                chunk_id=chunk.id,
                quote=quote_for(chunk.text, items),
                score=unit.hit.score,
                page=chunk.page,
            )
        )
        if pick.step:  # one step of an outline: a list item under the paragraph before
            step = f"- {_finish(items[0].text)} [{n}]"
            paragraphs[-1] = f"{paragraphs[-1]}\n{step}" if paragraphs else step
            continue
        lines: list[str] = []
        prose: list[str] = []
        stem = ""  # "A hearing officer must not be—" leads into the item after it, on the same line
        for position, item in enumerate(items):
            if _stem(item) and position + 1 < len(items):
                stem = f"{stem}{item.text.strip()} "
                continue
            text, stem = stem + item.text, ""
            if item.list_item:
                if prose:
                    lines.append(" ".join(prose))
                    prose = []
                # every sentence of a list item carries the marker, as every other sentence does
                lines.append("- " + " ".join(f"{_finish(part)} [{n}]" for part in _item_parts(text, item.labelled)))
            else:
                prose.append(f"{_finish(text)} [{n}]")
        if prose:
            lines.append(" ".join(prose))
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs), citations
