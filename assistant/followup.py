"""The retrieval query for a question, without an LLM: follow-ups made self-contained, and a
parent's everyday description of a situation joined by the words the library uses for it.

Parents rarely name the rule they need: "they keep calling me to pick him up" is about
removals and the 10-day rule, "he melts down" is about behavior. `library_words` adds the
library's terms for a small set of such everyday descriptions to the query (the question itself
is kept, so nothing the asker said is lost).

"What is an IEE?" then "who pays for it?" becomes "who pays for an IEE?": the pronoun is
replaced by the topic of the earlier question when that question names one ("what is X",
"what are X", "tell me about X"). Otherwise the follow-up keeps its own words first and borrows
the content words of the earlier turns it leans on ("what if I don't agree with it? (follow
accommodations student iep)"): the last earlier question and, while that one was itself a
follow-up, the ones before it, back to the last standalone question. Standalone questions are
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from assistant.bm25 import CALENDAR_WORDS, FAMILY_WORDS
from assistant.questions import courtesy_only
from assistant.text import content_terms, stem, words
from assistant.types import Turn

# A follow-up is told by what it refers to, not by its length: a pronoun or "that …" pointing
# back, an opener that continues ("and for 504?", "what about teachers?"), or an ellipsis with
# almost nothing of its own ("How long?", "Who pays?"). A new self-contained question starts a
# new topic, however short ("How do I bake bread?"), and is judged for abstention on its own.
_OPENER = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|alright|well|yeah|yes|hmm+),?\s+)?"
    r"(?:and|but|also|or|plus|then|so|same|what about|how about|what if|and if|even if|"
    r"does that|is that|for (?:a|an|the|my|teachers?|parents?|504)|in that case|if so|if not)\b",
    re.I,
)
_REFERS = re.compile(
    r"\b(it|its|that|this|they|them|those|these|there|such)\b|\bthen\s*[?.!]*\s*$"
    r"|\b(?:both|either|neither)(?: one| of (?:them|those|these|the two))?\s*[?.!]*\s*$|\bthe two\b"
    # a choice between the things just talked about: "which one changes what my kid has to learn?"
    r"|^\s*(?:(?:so|and|ok(?:ay)?),?\s+)?which (?:one|of (?:them|those|these|the two))\b"
    # "one" standing for the thing talked about: "how do i ask for one for my son?", "does he need one?"
    r"|\b(?:for|get|need|needs|have|has|request|want|got|give|make) one\s*"
    r"(?:[?.!,]|$|\b(?:for|too|now|yet|from|if|at|in|before|after|because|so|or|and|but|since|when|sooner|earlier|again|anyway|instead|myself|early)\b)",
    re.I,
)
# "it"/"that"/"there" that point at nothing: "is it legal to…", "what is it called when…", "there is".
_EMPTY_REFERENCE = re.compile(
    r"\b(?:is|was|would|will|does) it (?:be )?(?:legal|ok|okay|true|possible|normal|safe|common|required|allowed|"
    r"better|worth|fair|right|wrong|too late|against|illegal|appropriate|usual|typical|a good idea|hard|mandatory)\b"
    r"|\bit(?:'s| is) (?:legal|ok|okay|true|possible|normal|safe|common|required|allowed|hard|called|time)\b"
    r"|\bwhat is it called\b|\b(?:is|are|was|were) there\b|\bthere (?:is|are|was|were|'s)\b|\bthat (?:is|are|was) (?:why|how)\b"
    r"|\b(?:so|such) that\b|\bthat (?:the|a|an|my|his|her|their|our|your)\b|\bmake it\b"
    # a time, not a thing talked about: "when is the tax deadline this year"
    r"|\b(?:this|that) (?:year|month|week|weekend|morning|afternoon|evening|summer|fall|winter|spring|time)\b",
    re.I,
)
_TOPIC_PRONOUN = re.compile(r"\b(it|that|this|them|those|these)\b(?!\s+(?:is|are)\s+(?:a|an|the)\b)", re.I)
_DEFINITION = re.compile(
    r"^\s*(?:(?:so|and|ok(?:ay)?),?\s+)?(?:what\s+does\s+(?P<meaning>.+?)\s+mean"
    r"|(?:what\s*(?:is|are|['’]s)\b|whats|tell\s+me\s+about|explain)\s+(?P<topic>.+?))\s*[?.!]*\s*$",
    re.I,
)
_MAX_TOPIC_WORDS = 8
_TOPIC_FILLER = re.compile(r"(?:,?\s+(?:exactly|really|actually|anyway|again|though|then|even|anyways))+$", re.I)
_QUESTION_WORD = re.compile(
    r"^\s*(?:who|what|when|where|why|how|which|whose|can|could|do|does|did|is|are|was|were|will|would|should|must|may|"
    r"have|has|tell me|explain)\b",
    re.I,
)
# "What are my options?", "what are the next steps?": the form of a definition, but the thing
# asked about is whatever the conversation is about.
_RELATIVE_TOPIC = re.compile(
    r"^(?:(?:my|our|his|her|their|your|the|its|any|other|some|a few|a couple of|more)\s+)+(?:next\s+|other\s+|best\s+)?"
    r"(?:options?|choices?|rights?|steps?|rules?|deadlines?|timelines?|requirements?|alternatives?|chances?|"
    r"process|limits?|odds|plan|choice|differences?|point|purpose|reasons?|catch|deal|difference between them|"
    r"same thing|cost|age limit|examples?|types?|kinds?|signs?|benefits?|downsides?|risks?|pros and cons)$",
    re.I,
)
# A question with this many words the library rarely or never uses names a new topic of its own.
_NEW_TOPIC_WORDS = 2
# "also when are taxes due?", "btw how do I ...": an opener that adds a question rather than going on
# with the last; one word the library never uses is then enough to make it a topic of its own
_ADDS_A_QUESTION = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|thanks?|thank you),?\s+)?(?:also|plus|btw|by the way|one more (?:thing|question)"
    r"|another (?:thing|question)|unrelated|different (?:question|topic)|random (?:question|thought)|side question|off topic)\b",
    re.I,
)
# Words of chat and of a family's day that name no topic, though the library never uses them:
# "so in the meantime while they figure it out does he just get nothing??", "a mom asked me at pickup".
_CHAT_WORDS = frozenset(
    stem(w)
    for w in (
        "meantime meanwhile figure figured nothing anything something everything stuff things thing lol ok okay "
        "yeah yep nope honestly literally basically actually really guess gonna wanna gotta kinda sorta pickup "
        "pretty super totally seriously extremely incredibly "  # "pretty severe anxiety": how much, not a topic
        "sooner bad badly worse terrible awful horrible "  # "can i ask for one sooner if things are going really badly"
        "sometimes occasionally deal "  # "what if i just forget to do it sometimes, is that a big deal legally?"
        "dropoff drop-off morning mornings tonight tomorrow yesterday week weeks today anyway supposed never actual "
        "gen ed sped gened para paras"  # school shorthand: "the gen ed teacher", "a sped class"
    ).split()
)
# A question that names no object of its own leans on the conversation, however long: "who do I
# complain to?", "what can I do if I don't agree with moving him?", "what if they refuse?".
_ELLIPTIC = re.compile(
    # a choice between the things just named: "which is better for adhd?", "which one would be easier?"
    r"^\s*(?:(?:so|and|but|ok(?:ay)?),?\s+)?which(?: one| of (?:them|the two|those|these))? (?:is|would be|works?|'s) "
    r"(?:better|best|right|easier|harder|stronger|more \w+|less \w+)\b(?![^?]*\b(?:or|vs\.?|versus)\b)|"
    r"\bwho (?:do|can|should|would) (?:i|we) (?:complain|call|talk|go|report|contact|ask|email|write)(?: to)?\s*[?.!]*$"
    r"|\bwhat (?:can|should|do) (?:i|we) do (?:now|next|then|about (?:it|that|this))?\s*[?.!]*$"
    r"|\bif (?:i|we) (?:do ?n'?t|do not|still (?:do ?n'?t|do not)) agree\b"
    r"|\bif (?:they|the school|the team|the district) (?:say no|says no|refuses?|won'?t|will not|deny|denies|disagrees?)\b"
    # a clause that ends on its helping verb leaves out what it is about: "what do I do if he isn't?"
    r"|\b(?:if|when|unless) (?:he|she|they|it|i|we) (?:is|are|was|were|does|do|did|can|will|has|have)(?:n'?t| not)?\s*[?.!]*$",
    re.I,
)


def is_followup(question: str, knows: Callable[[str], bool] | None = None) -> bool:
    """Whether the question refers to the earlier turns: a pronoun pointing back, an opener
    that continues the last question, or an ellipsis that says almost nothing on its own. With
    `knows` (is a word in the library?), a short question all of whose few words the library
    uses ("how long does the school have to answer?") leans on the conversation too, while one
    with a word the library never uses ("How do I bake bread?") starts a new topic."""
    tokens = words(question)
    if not tokens:
        return False
    terms = content_terms(question)
    # the words of what it asks, not of the situation it adds ("is it free? we're on a fixed income")
    asking = [c for c in re.split(r"(?<=[?])\s+", question.strip()) if c.rstrip().endswith("?")]
    need = 1 if _ADDS_A_QUESTION.match(question) else _NEW_TOPIC_WORDS
    if _new_topic(content_terms(" ".join(asking)) if asking else terms, knows, need):
        return False  # "what about my landlord, can he evict us?": a topic of its own, whatever it opens with
    if _OPENER.match(question) or _ELLIPTIC.search(question):
        return True
    if len(tokens) <= 4 and len(terms) <= 1:
        return True
    if _REFERS.search(_EMPTY_REFERENCE.sub(" ", question)):
        return True
    return (
        knows is not None
        and len(tokens) <= 9
        and 0 < len(terms) <= 3
        and all(knows(t) for t in terms)
        and not names_its_topic(question)
    )


def topic_of(question: str) -> str | None:
    """The thing a definitional question asks about ("What is an IEE?" -> "an IEE"), if any."""
    match = _DEFINITION.match(question)
    if not match:
        return None
    topic = (match.group("meaning") or match.group("topic")).strip()
    topic = re.sub(r"\s+(?:mean|means)$", "", topic, flags=re.I)
    topic = _TOPIC_FILLER.sub("", topic)  # "what is assistive technology exactly": the topic is assistive technology
    return topic if 0 < len(words(topic)) <= _MAX_TOPIC_WORDS else None


_TERM = re.compile(r"\b(IEE|FBA|BIP|ESY|IFSP|MDR)s?\b")


def _named_term(question: str) -> str | None:
    """The special education term a question names by its acronym (the last one), if any."""
    found = _TERM.findall(question)
    if not found:
        return None
    term = found[-1]
    return f"an {term}" if term[0] in "AEFIMO" else f"a {term}"


def names_its_topic(question: str) -> bool:
    """A definitional question about a named thing ("What is an IEP?") stands on its own."""
    topic = topic_of(question)
    return topic is not None and not _TOPIC_PRONOUN.search(topic) and not _RELATIVE_TOPIC.match(topic)


def context_turns(question: str, earlier: Sequence[str], knows: Callable[[str], bool] | None = None) -> list[str]:
    """The earlier questions a follow-up leans on, oldest first (empty for a standalone one)."""
    if not earlier or names_its_topic(question):
        return []
    if not is_followup(question, knows) and not answers_situation(question, earlier[-1], knows):
        return []
    chain = [earlier[-1]]
    for previous in reversed(earlier[:-1]):
        if not is_followup(chain[0], knows) and not tells_situation(chain[0]) and not tells_situation(previous):
            break  # a situation told mid-thread ("she regresses every summer") keeps the question before it
        chain.insert(0, previous)
    return chain


def answers_situation(question: str, last: str, knows: Callable[[str], bool] | None = None) -> bool:
    """Whether a question with nothing pointing back still goes on from a situation the asker has
    just told ("We're taking his service dog to a hotel." then "can we leave him in the room?"):
    the told situation is its context, unless the question uses words the library never does."""
    return tells_situation(last) and not _new_topic(content_terms(question), knows)


def _new_topic(terms: Set[str], knows: Callable[[str], bool] | None, need: int = _NEW_TOPIC_WORDS) -> bool:
    """Whether enough of a question's words (`need`) are ones the library never uses that it starts a topic of its own."""
    if knows is None:
        return False
    unknown = [t for t in terms if not knows(t) and t not in _CHAT_WORDS and t not in FAMILY_WORDS and t not in CALENDAR_WORDS]
    return len(unknown) >= need


def tells_situation(turn: str) -> bool:
    """Whether an earlier turn told the asker's situation rather than asking ("My son turns 18
    this spring."): what it says holds for the rest of the conversation. A "thanks" or "great, that
    helps" tells nothing."""
    return not turn.rstrip().endswith("?") and not _QUESTION_WORD.match(turn) and not courtesy_only(turn)


# "what if they decide it wasn't caused by his disability?": an "it" that a reported verdict is
# about stands for the event (the behavior), not for the thing the thread is about.
_REPORTED_IT = re.compile(
    r"\b(?:decide|decided|decides|say|said|says|think|thinks|thought|find|found|finds|rule|ruled|determine|determined)"
    r"(?: that)? it (?:was|wasn'?t|is|isn'?t|were|had|hadn'?t|has|hasn'?t)\b",
    re.I,
)


def substitute(question: str, topic: str) -> str | None:
    """The question with its first topic pronoun replaced by the topic, or None without one (nor
    when that pronoun is the subject of a reported verdict)."""
    match = _TOPIC_PRONOUN.search(question)
    if not match or any(m.start() <= match.start() < m.end() for m in _REPORTED_IT.finditer(question)):
        return None
    return question[: match.start()] + topic + question[match.end() :]


# Everyday descriptions of a situation -> the words the guidance uses for it, and whether the
# situation is a school's action toward the child or family.
_STATES = (
    r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois"
    r"|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri"
    r"|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma"
    r"|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington"
    r"|west virginia|wisconsin|wyoming|puerto rico|d\.?c\.?"
)
_EVERYDAY = [
    (
        # "she's getting straight As now", "all A's and B's", "made the honor roll": grades, however told
        r"\b(?:straight|all) (?:a|as|a's|a’s)\b|\b(?:a|as|a's|a’s) and (?:b|bs|b's|b’s)\b|\bhonou?r roll\b",
        "good grades",
        False,
    ),
    (
        r"\b(?:sen[dt]s?|sending) (?:(?:him|her|them|my \w+|our \w+|kids|students?|(?:the|a) (?:kid|student|child))s? )?home\b"
        r"(?! (?:a |an |the |some |his |her |this |that )?(?:[\w-]+ ){0,2}(?:notes?|letters?|forms?|papers?|paperwork|packets?"
        r"|notices?|flyers?|slips?|reports?|cards?|homework|worksheets?|drafts?|cop(?:y|ies)|plans?|iep)\b"
        r"| (?:a |the )(?:new|revised|updated|changed|different) (?:one|version)\b)"
        r"|\b(?:to|come|go|and) pick (?:him|her|them|my \w+) up\b|\bcome (?:and )?get (?:him|her|them)\b"
        r"|\bkick(?:ed|ing|s)? (?:him |her |them )?out\b|\bsuspen\w*|\bexpel"
        # "can i just send him to the office like anyone else"
        r"|\b(?:sen[dt]s?|sending) (?:him|her|them|my \w+|kids|students?|(?:the|a) (?:kid|student|child)) (?:down )?to the "
        r"(?:principal'?s? |main |front )?office\b",
        "removal suspension discipline school days",
        True,
    ),
    (
        r"\bmelt(?:s|ing)? ?downs?\b|\btantrums?\b|\bacting out\b|\bacts out\b|\boutbursts?\b"
        r"|\b(?:hit|hits|hitting|kicked|kicks|bit|bites|punched|pushed|shoved) "
        r"(?:other|another|kids|staff|teachers?|a (?:classmate|student|kid|teacher))\b"
        r"|\baggressi\w+|\bruns? (?:away|out of)\b|\belop\w+"
        r"|\b(?:throw(?:s|ing)?|threw) (?:things|chairs|desks|objects|stuff|books|furniture)\b"
        r"|\b(?:gets?|getting|got|keeps? getting) in(?:to)? (?:a |another )?fights?\b"
        r"|\b(?:keeps?|always|constantly) getting in(?:to)? trouble\b",
        "behavior functional behavioral assessment behavior intervention plan",
        False,
    ),
    (
        # not a disagreement with the school's testing, nor one that asks for an outside evaluation: an
        # independent evaluation (below) is the library's answer to those, not its list of dispute options
        r"^(?!.*\baccommodation)(?!.*\b(?:outside|independent|private) (?:evaluat|test|assess|psycholog|one\b))"
        r"(?!.*\b(?:dis)?agree with (?:the |their |there |his |her |my \w+'?s? )?(?:school'?s? )?(?:psych\w* )?"
        r"(?:evaluation|eval|testing|tests?|results?|assessment|report)\b)"
        r".*(?:\bdisagree\w*|\b(?:do ?n'?t|do not|didn'?t|did not) agree\b)"
        r"|\bnot happy with\b|\bunhappy with\b|\b(?:can'?t|cannot|could ?n'?t) agree\b"
        r"|\b(?:standstill|stalemate|impasse|deadlock(?:ed)?)\b"
        r"|\bfight(?:ing)? (?:the|with the) (?:school|district)\b"
        r"|\bpush back\b|\bwon'?t listen\b|\bignor(?:e|es|ing) (?:me|us|my)\b",
        "disagreement dispute options",
        True,
    ),
    (r"\blawyer\b|\battorney\b|\bsue\b|\bsuing\b|\blawsuit\b", "due process hearing", True),
    (
        r"\bhow long (?:do|does|did) (?:i|we|parents?) have to (?:do (?:something|anything)|act|complain|fight|challenge"
        r"|appeal|dispute|file|report|push back)\b"
        r"|\b(?:too late|time limit|deadline) to (?:complain|file|fight|challenge|appeal|dispute)\b",
        "deadline to file state complaint due process complaint",
        True,
    ),
    (
        r"\b(?:pay|paying|pays|cover|covers|reimburs\w*)\b.*\b(?:lawyers?|attorneys?|legal)\b"
        r"|\b(?:lawyer|attorney|legal)(?:'?s)? (?:fees?|bills?|costs?)\b",
        "attorneys fees",
        False,
    ),
    (
        r"\b(?:wait ?list|waiting list)\b|\bno (?:speech |occupational )?therapist\b|\bstaff(?:ing)? shortage\b"
        r"|\b(?:no|don'?t have (?:the |enough )?|not enough|lack of|out of)\s*(?:money|funding|funds|budget|staff)\b"
        r"|\bcan'?t afford\b|\btoo expensive\b|\bbudget\b",
        "related services needed cost waiting list",
        True,
    ),
    (
        r"\b(?:pot|weed|marijuana|cannabis|drugs?|gun|knife|weapons?|firearm)\b",
        "weapons drugs 45 school days interim alternative educational setting",
        True,
    ),
    (r"\balternative (?:school|program|setting|placement|ed)\b", "interim alternative educational setting", True),
    (
        r"\b(?:suspen\w*|sent home|kicked out|removed)\b[^.?!]*\b(?:again|another time|so many times|over and over)\b"
        r"|\b(?:another|second|third|fourth|more) suspensions?\b|\bkeeps? (?:getting )?(?:suspend\w*|sent home)\b",
        "series of removals pattern change of placement",
        True,
    ),
    (
        r"\baides?\b[^.?!]*\b(?:pulled|taken|shared|sent|moved)\b"
        r"|\b(?:pull\w*|tak\w+) (?:away )?(?:his|her|their|my \w+'?s?) aide\b",
        "service not happening aide IEP",
        True,
    ),
    (
        r"\b(?:break|breaks|breaking|broke|broken|violat\w+|ignor\w+)\b(?![^.?!]*\b(?:rules?|code|law)\b)[^.?!]*\b(?:iep|504)\b",
        "not following IEP state complaint",
        True,
    ),
    (
        r"\b(?:(?:she|he|they|child|son|daughter|kid) (?:is|are) deaf|hard of hearing|sign language|\basl)\b",
        "interpreting related services deaf hard of hearing",
        False,
    ),
    (
        r"\b(?:tell|told|telling|share|sharing|announce)\b[^.?!]*"
        r"\b(?:the class|other (?:students|kids|parents|teachers|moms|dads)|classmates)\b"
        r"|\b(?:other|another) (?:parent|mom|dad|family)\b[^.?!]*\b(?:asked|wants? to know)\b",
        "confidential talk about IEP with others",
        False,
    ),
    (
        r"\b(?:don'?t|do not|doesn'?t) (?:need|have) to (?:go|attend|come|be there)\b|\bskip (?:the|an|this) (?:iep )?meeting\b"
        r"|\bexcus\w+ from (?:the|an) (?:iep )?meeting\b"
        r"|\b(?:leave|leaves|leaving|step out|duck out|walk out)(?: of)?(?: the| this)?(?: iep)?(?: meeting)? "
        r"(?:early|halfway|before (?:it|the meeting) (?:ends|is over)|after (?:\d+|ten|five|fifteen|twenty) min(?:ute)?s?)\b",
        "team member excused skip meeting written agreement",
        False,
    ),
    (
        r"\b(?:his|her|their) own (?:iep )?meetings?\b",
        "student take part invite",
        False,
    ),
    (
        r"\bwait and see\b|\bwait (?:a year|another year|until (?:next|third|3rd|he|she))\b"
        # "give her more time" to develop, not more time on tests
        r"|^(?!.*\b(?:on|during|for|in) (?:his |her |their |the )?(?:tests|exams?|quiz\w*|assignments?|homework|classwork)\b)"
        r".*\bgive (?:it|him|her) (?:more )?time\b",
        "evaluation child find response to intervention delay",
        True,
    ),
    (r"\b(?:iep|504|plan) says\b[^.?!]*\bbut\b", "not following IEP state complaint", True),
    (
        r"\bonly (?:disabled|special needs|special ed|special education) (?:kids|students|children)\b"
        r"|\b(?:class(?:room)?|school|room|program) (?:just |only )?for (?:kids|students|children) (?:with|who have) "
        r"(?:\w+ )?(?:problems|issues|needs)\b"
        r"|\bonly (?:other )?(?:kids|students|children) (?:with|who have) (?:\w+ )?(?:problems|issues|needs)\b",
        "least restrictive environment placement regular class",
        True,
    ),
    (
        r"\bmiss(?:es|ed|ing)? (?:his |her |their )?(?:speech|therapy|ot|pt|sessions?|services?|minutes)\b",
        "service not happening made up",
        True,
    ),
    (
        r"\b(?:don'?t|do not|didn'?t) (?:believe|trust|agree with) (?:the |her |his |their )?"
        r"(?:results?|testing|tests|evaluation|psychologist)\b|\b(?:tested|evaluated) (?:her|him|them)\b[^.?!]*\bdon'?t believe\b"
        r"|\bsaid (?:she|he|they)(?:'s| is| are) fine\b",
        "independent educational evaluation disagree",
        True,
    ),
    (
        r"\b(?:sub|subs|substitute)(?: teachers?)?\b[^.?!]*\b(?:iep|504|plan|accommodations?)\b"
        r"|\b(?:iep|504|plan|accommodations?)\b[^.?!]*\b(?:sub|subs|substitute)(?: teachers?)?\b",
        "teachers must follow 504 plan accommodations",
        True,
    ),
    (
        r"\b(?:can'?t|cannot|unable to|too sick to) (?:go to|attend|come to) school\b|\bhomebound\b|\bhospital(?:ized)?\b"
        r"|\b(?:teaching|teacher|instruction|tutoring|taught|online (?:school|classes)) at home\b|\bhome instruction\b",
        "home instruction health placement",
        False,
    ),
    (
        r"\b(?:grandmother|grandfather|grandma|grandpa|grandparents?|grand(?:son|daughter|child|kid)s?|aunt|uncle|stepparent|stepmom"
        r"|stepdad|foster|guardian|caseworker|case worker|social worker)\b",
        "who counts as a parent",
        False,
    ),
    (r"\blook(?:ed|s)? (?:at|over) (?:again|once more)\b|\bgone over again\b|\brevisit\w*|\bchecked again\b", "reviewed", False),
    (r"\bextra time\b|\bmore time\b|\btime and a half\b|\bdouble time\b", "extended time accommodations", False),
    (
        r"\b(?:bring|prepare|have ready|get ready)\b[^.?!]*\b(?:to|for) (?:the|my|an|his|her|our|their|this)"
        r"(?: \w+'?s)? (?:first |next |annual |upcoming )?(?:iep |504 )?meeting\b",
        "prepare before the meeting gather",
        False,
    ),
    (
        r"\b(?:give|giving|allow|allowing|offer|offering) (?:her |him |them |the student )?(?:fewer|less|no)\b"
        r"|\b(?:skip|skipping|stop giving|stop allowing|cut back on|cut down on|stop|stopping|drop|dropping|remove)\b"
        r"[^.?!]*\b(?:breaks?|accommodations?|extra time|plan)\b"
        r"|\b(?:too much|too many|unfair to the other)\b[^.?!]*\b(?:breaks?|accommodations?|extra time)\b"
        # a teacher asking whether an accommodation must be given every time ("even on short quizzes?")
        r"|\b(?:do|must|should) (?:i|we) (?:still |really |actually )?(?:have to |need to )?(?:give|provide|follow|allow)\b"
        r"[^.?!]*\b(?:every|each|all|even|always)\b",
        "teacher change accommodations optional",
        False,
    ),
    (
        r"(?-i:\b(?:SAT|ACT|PSAT|LSAT|GRE|GMAT|MCAT|GED)s?\b)|\bbar exam\b|\bcollege board\b|\btesting (?:company|agency)\b"
        r"|\bthe p?sats?\b|\bp?sat (?:test|exam|scores?|prep)\b",
        "standardized exam testing accommodations",
        False,
    ),
    (
        r"\bfield ?trips?\b|\bschool trips?\b|\bclubs?\b|\bextra-?curricular\w*|\bprom\b|\bdances?\b|\bassembl(?:y|ies)\b"
        # lunch and recess as part of the school day, not only the time something happened ("a fight at
        # lunch", "wiped out by lunch")
        r"|(?<!\bat )(?<!\bduring )(?<!\bby )(?<!\buntil )(?<!\btill )(?<!\bbefore )(?<!\bafter )\b(?:lunch|recess)\b"
        r"|\bcafeteria\b|\bsports?\b|\baway games?\b|\bafter-?school (?:programs?|activit\w+|clubs?)\b"
        r"|\b(?:basketball|football|soccer|baseball|softball|volleyball|track|swim|cheer\w*|robotics|chess)"
        r" (?:team|practices?|games?)\b",
        "school activities extracurricular peers field trips",
        True,
    ),
    (
        r"\bvap(?:e|es|ed|ing)\b|\bjuul\w*|\be-?cig\w*|\bcigarettes?\b|\btobacco\b|\bnicotine\b|\balcohol\b|\bdrunk\b",
        "removal suspension discipline change of placement",
        True,
    ),
    (
        r"\b(?:catholic|christian|religious|parochial|jewish|lutheran|montessori|church|independent|private) (?:day )?schools?\b"
        r"|\bprivately placed\b",
        "private school equitable services",
        False,
    ),
    (
        r"\b(?:they|them|the school|school|the district|district|the team|principal)\b[^.?!]{0,30}\b(?:tell|explain|give|put)\b"
        r"[^.?!]*\bin writing\b|\b(?:tell|explain to|give) (?:me|us)\b[^.?!]*\bin writing\b"
        r"|\b(?:refus\w+|denied|said no)\b[^.?!]*\bwhy\b",
        "prior written notice proposes refuses initiate change",
        True,
    ),
    (
        # a bright child who struggles: high ability does not rule out a disability
        r"\btoo (?:smart|bright|gifted|advanced|capable)\b|\b(?:smart|bright|gifted|advanced) but\b",
        "good grades qualify",
        False,
    ),
    (
        # discipline for what the disability causes: whether it did is the manifestation review's question
        r"\b(?:punish\w*|disciplin\w*|in trouble|suspend\w*|expel\w*|detention)\b[^.?!]*"
        r"\b(?:because of|caused by|due to|part of) (?:his|her|their) (?:disability|autism|adhd|condition|diagnosis|disorder)\b",
        "manifestation determination behavior caused by disability",
        True,
    ),
    (
        r"\bwritten (?:reasons?|explanation|notice)\b"
        r"|\b(?:tell|notify|inform|let) (?:me|us|parents?|the parents?)\b[^.?!]*\bbefore (?:they|the school|the district|it) "
        r"(?:chang|mov|switch|stop|end|drop|cut)\w*",
        "prior written notice",
        True,
    ),
    (
        # money back from the school, not a shop's refund ("a refund from amazon")
        r"^(?=.*\b(?:school|district|tuition|private|placement|iep|evaluat\w*|iee|therapy|services?|tutor\w*)\b).*"
        r"(?:\b(?:paid|pay|paying|get) (?:us |me |it |that )?back\b(?! to\b)|\breimburs\w*|\brefund\w*)"
        r"|\b(?:pulled|took|take|taking) (?:him|her|them|my \w+) out\b"
        r"|\b(?:school|district|they|them) (?:to )?pay for (?:a |the |his |her )?private school\b",
        "reimbursement tuition private school placement",
        True,
    ),
    (
        r"\bstill waiting\b|\bnothing (?:has )?(?:happened|been done)\b"
        r"|\b(?:no one|nobody) (?:has )?(?:called|contacted|gotten back|answers?|responds?|replie[sd])\b"
        r"|\bmonths? (?:ago|later|have passed)\b",
        "timeline deadline days",
        True,
    ),
    (
        r"\bturns? 18\b|\bturning 18\b|\bis 18\b|\bage of majority\b|\bbecomes? an adult\b",
        "transfer of rights age of majority",
        False,
    ),
    (r"\bturn(?:s|ing)? (?:3|three)\b|\bpreschool\b", "transition at age three preschool", False),
    (
        r"\b(?:hasn'?t|has not|haven'?t) (?:\w+ )?(?:test|tested|evaluat\w+|assess\w*)\b",
        "evaluation timeline request in writing",
        True,
    ),
    (
        # "how do i ask the school to test my kid", "how do we get him tested": the asker asks for an
        # evaluation (not an outside one, whose own entry is below)
        r"^(?!.*\b(?:outside|private|independent|doctor|pediatrician|psychologist|clinic)\b)(?:"
        r".*\b(?:ask|asking|get|getting|request\w*|want|make)\b[^.?!]*\b(?:school|district|them|they)\b[^.?!]*"
        r"\bto (?:test|evaluate|assess)\b"
        r"|.*\b(?:get|getting|have) (?:him|her|them|my \w+|our \w+) (?:tested|evaluated|assessed|checked(?: out)?)\b"
        r"|.*\bhow (?:do|can|would|should) (?:i|we) (?:get|start) (?:a |an |the )?(?:\w+ )?"
        r"(?:testing|evaluation|eval)\b)",
        "ask for an evaluation request in writing",
        False,
    ),
    (
        r"\b(?:asked|requested|wanted)\b[^.?!]*\b(?:test|tested|testing|evaluat\w*|assess\w*)\b[^.?!]*"
        r"\b(?:said no|say no|refused|denied|turned (?:us|me|it) down|won'?t)\b"
        r"|\b(?:won'?t|will not|refus\w+ to|declin\w+ to) (?:\w+ )?(?:test|evaluat\w+|assess\w*)\b"
        r"|\bsay no to (?:test|testing|evaluat\w+|assess\w*)\b",
        "school says no evaluation request options",
        True,
    ),
    (
        r"\b(?:moved?|moving|relocat\w+) (?:to |from )?(?:a |the )?(?:new|another|different|other) "
        r"(?:school|district|state|town|city)\b|\btransfer(?:red|ring|s)? (?:to (?:a |another |the )?(?:new )?)?schools?\b"
        r"|\b(?:we(?:'re| are)|are) moving\b|\bmoving (?:from|to) [A-Z]"
        r"|\bnew school in (?:a |another |the )?(?:different|new|other) (?:district|state|town|city)\b",
        "moving new school comparable services",
        False,
    ),
    (
        # "moving from Texas to Georgia": two states named, or another state
        rf"\b(?:{_STATES})\b[^.?!]*\b(?:to|into)\s+(?:{_STATES})\b"
        r"|\bout of state\b|\b(?:another|a different|a new) state\b",
        "move to another state",
        False,
    ),
    (
        r"\bless formal\b"
        r"|\b(?:without|instead of|other than|before) (?:going to )?(?:court|a hearing|due process|suing|a lawyer)\b"
        r"|\b(?:don'?t|do not) want to (?:go to court|sue|file due process|get a lawyer)\b|\bcheaper (?:than|way|option)\b",
        "resolving disagreements facilitated IEP meeting mediation state complaint",
        True,
    ),
    (
        r"\bstop (?:educating|teaching|schooling|serving)\b|\bno (?:school|education|services) at all\b"
        r"|\b(?:stop|end|cut off) (?:all )?(?:his|her|their) (?:education|schooling|services)\b",
        "services continue after removal educational services",
        True,
    ),
    (
        r"\bbull(?:y|ied|ies|ying)\b|\bpick(?:ed|s|ing)? on\b|\bteas(?:e|ed|es|ing)\b|\bma(?:de|ke|kes|king) fun of\b"
        r"|\bharass\w*",
        "bullying",
        True,
    ),
    (
        r"\binterpret(?:er|ers|ing)?\b|\btranslat\w+\b"
        r"|\b(?:don'?t|do not|doesn'?t|does not) (?:speak|read|understand) (?:much )?english\b"
        r"|\benglish (?:is not|isn'?t) (?:my|our|her|his) (?:first|native) language\b",
        "interpreter parent native language",
        False,
    ),
    (
        r"\b(?:school|education|educational|student|special ed(?:ucation)?|cumulative) (?:records?|files?|folder)\b"
        r"|\b(?:his|her|their|my \w+'?s?|the) (?:school )?(?:records|file)\b(?!\s+(?:a|an|for|the)\b)"
        r"|\bsee everything\b|\beverything (?:the school|they) (?:has|have|keeps?)\b"
        r"|\ball (?:of )?(?:his|her|their|my \w+'?s?) (?:testing|tests|notes|papers|files)\b",
        "education records inspect",
        False,
    ),
    (r"\b(?:record|tape|video|film)(?:ing)? (?:the |an |our |my )?(?:iep )?meeting\b", "recording iep meeting", False),
    (
        r"\bre-?test\w*|\bre-(?:evaluat|assess)\w*|\btest(?:ed|ing)? (?:him|her|them) again\b"
        r"|\bnew (?:testing|tests?|evaluation|eval)\b"
        r"|\b(?:redo|re-do|repeat)\w* (?:the |his |her |all |whole |\w+ ){0,2}(?:testing|tests?|evaluations?|evals?)\b",
        "reevaluation",
        False,
    ),
    (r"\bexpired?\b|\bout of date\b|\boverdue\b|\bpast due\b", "annual review at least once a year", True),
    (r"\brefer(?:s|red|ring)?\b", "referral", False),
    # the name of a school's tiered support program, not a kind of accommodation ("response") or early intervention
    (r"\bresponse to intervention\b|\brti\b|\bmtss\b|\bmulti-?tiered\b", "RTI tiered support program evaluation", False),
    (
        # a teacher who suspects a disability: a referral for evaluation ("i think one of my students might have a disability")
        r"\b(?:think|suspect|wonder if|worried|concerned)\b[^.?!]*\b(?:my|a|one of my|this) (?:students?|kids?|child)\b"
        r"[^.?!]*\b(?:might|may|could|has|have)\b[^.?!]*\b(?:a disability|adhd|autism|dyslexia|a learning disability)\b",
        "teacher referral evaluation child find",
        False,
    ),
    (
        r"\b(?:they|school|district|principal|team) (?:just )?(?:said no|refused|denied|turned (?:us|me|it|him|her) down)\b",
        "school says no refuses",
        True,
    ),
    (
        r"\bwho (?:do|should|can) (?:i|we) (?:go to|ask|talk to|contact|call|email)\b",
        "case manager special education coordinator",
        False,
    ),
    (r"\badult (?:services|agencies|programs|system|supports)\b|\bvocational rehab\w*", "adult agencies transition", False),
    (
        r"\bwhat (?:all )?(?:is|goes|has to be|needs to be|should be|must be|is supposed to be) "
        r"(?:supposed to be )?(?:written |included |put )?in (?:a |an |the |my \w+'?s? |his |her )?iep\b"
        r"|\bparts of (?:an|the) iep\b",
        "present levels goals services accommodations",
        False,
    ),
    (
        r"\b(?:get|send|receive) (?:me |us )?a bill\b|\bbill(?:ed)? (?:me|us)\b|\bout of pocket\b",
        "cost free",
        False,
    ),
    (
        r"\b(?:don'?t|do not) want (?:\w+ ){0,3}(?:in )?(?:special ed\w*|sped|services|an iep)\b"
        r"|\b(?:refuse|decline|say no to) (?:special ed\w*|services)\b|\bopt (?:him |her |them )?out\b",
        "refuse consent for services",
        False,
    ),
    (
        r"\bjob (?:training|skills|coach\w*)\b|\bwork experience\b|\b(?:after|finish\w*|leav\w*) high school\b"
        r"|\bget a job\b|\bindependent living\b",
        "transition services after high school",
        False,
    ),
    (
        r"\b(?:a|my own|our own|a free|a paper) copy of (?:the|his|her|my \w+'?s?) iep\b",
        "copy of the IEP at no cost",
        False,
    ),
    (
        # the parent ending it ("can I just end his IEP?"), not the school ("can the school end his IEP?")
        r"\b(?:i|we)\b(?:(?!\b(?:school|district|they)\b)[^.?!])*"
        r"(?:\b(?:end|stop|cancel|quit|drop|get rid of) (?:his|her|their|my \w+'?s?|the) (?:iep|special ed\w*|services)\b"
        r"(?! (?:meeting|date))"
        r"|\b(?:take|taking|get|getting) (?:him|her|them|my \w+) (?:off|out of) (?:the |his |her |their )?(?:iep|special ed\w*)\b"
        r"|\bout of special ed\w*\b|\bno longer (?:want|need) (?:the |an |his |her )?(?:iep|special ed\w*|services)\b)",
        "revoke consent for services",
        False,
    ),
    (
        # the school ending it ("can they just end her IEP because of that?"): only after a reevaluation
        r"\b(?:school|district|team|they)\b[^.?!]*"
        r"(?:\b(?:end|stop|drop|cancel|discontinue|get rid of) (?:his|her|their|my \w+'?s?|the) (?:iep|special ed\w*)\b"
        r"(?! (?:meeting|date))"
        r"|\b(?:exit|take|kick|drop) (?:him|her|them|my \w+) (?:off|out of|from) "
        r"(?:the |his |her |their )?(?:iep|special ed\w*)\b)",
        "no longer qualifies reevaluation",
        False,
    ),
    (
        r"\bsummer (?:services|program|school|help|therapy|support)\b"
        r"|\b(?:services|help|therapy|support|speech|tutoring) (?:over|during|in|for|this|next) (?:the )?summer\b"
        r"|\b(?:regress\w*|forg[eo]ts? (?:everything|it all)|los(?:e|es|ing|t) (?:skills|everything|so much|a lot))\b"
        r"(?=.*\b(?:summer|break|vacation|september|fall)\b)",
        "extended school year regression",
        False,
    ),
    (
        r"\b(?:took|take|taking|cut|cutting|reduc\w+|stopp?\w*|drop\w*) (?:away )?(?:his|her|their|my \w+'?s?) "
        r"(?:aide|para|services?|speech|therapy|minutes|ot|pt)\b"
        r"|\b(?:took|taken|take|taking) (?:it|that|them|those) away\b|\bwithout (?:a|an|any) (?:iep )?meeting\b",
        "change services prior written notice IEP meeting",
        True,
    ),
    (
        r"\b(?:can'?t|cannot|still (?:can'?t|not)|doesn'?t|isn'?t) (?:read|reading|write|writing|do math)\b"
        r"|\bbehind in (?:reading|math|school)\b",
        "evaluation request in writing learning disability",
        False,
    ),
    (
        r"\bpermission\b|\bapprov(?:e|al) (?:of|from) (?:the )?parents?\b|\b(?:my|our|parents?'?) (?:ok|okay|say-?so|go-?ahead)\b"
        r"|\b(?:don'?t|do not|didn'?t|did not|won'?t|not|refuse to|have to|must i|should i) sign\b"
        r"|\bsign(?:ing)? (?:it|the iep|the form|anything|something|a form|forms|this|that)\b|\bto sign\b(?! language)"
        r"|\b(?:i|we|parents?)(?:\s+\w+){0,3}?\s+say (?:yes|no) to\b"
        r"|\b(?:have to|must i|should i|do i need to) (?:let|allow|say yes|agree)\b",
        "consent",
        False,
    ),
    (
        r"\b(?:does(?:n'?t| not)|did(?:n'?t| not)|won'?t|will not) (?:work|help|solve it|fix it)\b|\bwhat else can (?:i|we)\b"
        r"|\bnext steps?\b|\bfalls? (?:through|apart)\b",
        "other options dispute",
        True,
    ),
    (
        r"\b(?:sit|sitting) in (?:on )?(?:his|her|their|my|the|a)(?: \w+'?s)? (?:class(?:room)?|lessons?)\b"
        r"|\bwatch (?:him|her|them|my \w+) in (?:class|the classroom)\b|\bvisit (?:his|her|their|the) class(?:room)?\b"
        r"|\bobserv\w* (?:his|her|their|my \w+'?s?|the|a) class(?:room)?\b",
        "observe class visit",
        False,
    ),
    (
        r"\borton\b|\bgillingham\b|\bwilson reading\b"
        r"|\b(?:their|its|a|the) own (?:reading |math )?(?:program|curriculum|method)\b"
        r"|\b(?:use|using|try) (?:a |an |the )?(?:specific|different|particular|certain) (?:reading |math )?(?:program|method)\b",
        "named method of instruction",
        False,
    ),
    (
        r"\bpull(?:ed|s|ing)? (?:him |her |them |my \w+ )?out (?:of (?:\w+ )?class )?"
        r"for (?:speech|ot|pt|therapy|services|reading|math)\b"
        r"|\bpull-?outs?\b|\bpush-?in\b",
        "pull-out push-in where each service happens",
        False,
    ),
    (
        r"\bdepress(?:ed|ion)\b|\bcrying\b|\bcries (?:every|all|each)\b|\bmental health\b|\bpanic attacks?\b"
        r"|\b(?:sad|withdrawn|miserable) all the time\b",
        "counseling feelings related services",
        False,
    ),
    (
        # "my daughter has anxiety really bad and misses a lot of school": a 504 plan's supports, counseling
        # (not once a plan, a medicine or a pet is named: those questions have their own passages)
        r"^(?!.*\b(?:504|ieps?|medications?|meds|dogs?)\b).*(?:\banxi(?:ety|ous)\b|\bschool (?:refusal|avoidance)\b"
        r"|\b(?:miss(?:es|ing|ed)?) (?:a lot of|so much|lots of|too much) school\b"
        r"|\b(?:won'?t|refuses? to|doesn'?t want to) go to school\b)",
        "504 plan mental health counseling accommodations",
        False,
    ),
    (
        # "is mediation free" then "do i have to go?": whether taking part is voluntary (a meeting has its own rule)
        r"^(?!.*\bmeetings?\b).*(?:\b(?:do|must) (?:i|we) (?:really )?(?:have|need) to "
        r"(?:go|attend|take part|participate|show up)\b|\bis (?:it|that|this) (?:mandatory|optional|required)\b)",
        "voluntary required take part",
        False,
    ),
    (r"\b(?:service|support|therapy|guide) dogs?\b", "service animal", False),
    (
        r"\b(?:kicked|suspended|banned|thrown|taken) off (?:of )?(?:the )?bus\b|\bbus (?:suspension|write-?ups?|referrals?)\b"
        r"|\b(?:can'?t|cannot|not allowed to|won'?t let (?:him|her|them)) (?:ride|take|get on) the bus\b"
        r"|\b(?:trouble|fights?|fighting|incidents?) on the bus\b",
        "bus suspension removal",
        True,
    ),
    (
        r"\b(?:school )?bus(?:es)?\b|\btransport\w*|\bdrive (?:him|her|them) to school\b",
        "special transportation related services",
        False,
    ),
    (
        r"^(?!.*\b(?:504|iep)\b).*(?:\binsulin\b|\bdiabet\w*|\bseizures?\b"
        r"|\bepilep\w*|\bnurse\b|\btube[- ]fe\w+|\bg[- ]tube\b|\bcatheter\w*"
        r"|\binhaler\b|\bepi-?pen\b|\ballerg\w*|\banaphyla\w*)",
        "school health services school nurse related services 504 plan",
        False,
    ),
    (
        r"\bminutes (?:of|for) (?:speech|ot|pt|therapy|services?|counseling)\b"
        r"|\bhow (?:much|many|often) (?:\w+ )?(?:speech|therapy|ot|pt|services|sessions)\b"
        # "they said he needs speech but only 20 min a month", "can i push for more"
        r"|\b\d+ ?(?:min|mins|minutes|hours?|hrs?|sessions?)\b (?:a|an|per|each|every) (?:week|month|day)\b"
        r"|\b(?:push|ask|fight|advocate) for more (?:speech|ot|pt|therapy|services?|minutes|sessions|time|help)?\b",
        "related services how often IEP team decides",
        False,
    ),
    (
        r"\bstay in (?:high )?school (?:past|after|until)\b|\bpast (?:18|eighteen)\b|\buntil (?:age )?2[12]\b",
        "ages an IEP covers age 21",
        False,
    ),
    (
        r"\b(?:report cards?|transcripts?|grades?|diploma)\b.*\bmodif\w*"
        r"|\bmodif\w*\b.*\b(?:report cards?|transcripts?|grades?|diploma)\b",
        "modifications grades diplomas",
        False,
    ),
    (r"\bhomework\b", "accommodations homework", False),
    (
        # bothered by noise, crowds or light: the setting accommodations ("Noise-blocking headphones …")
        r"\b(?:loud|sudden) (?:noises?|sounds?)\b|\bcrowds?\b|\bcrowded\b"
        r"|\b(?:noises?|sounds?|lights?) (?:bother|upset|overwhelm|scare)\w*",
        "accommodations noise sounds setting",
        False,
    ),
    (
        r"\bno friends\b|\bmak(?:e|ing) friends\b|\b(?:eats?|sits?"
        r"|plays?) (?:lunch )?(?:all )?alone\b|\blonely\b|\bsocial(?:ly)?\b",
        "social skills",
        False,
    ),
    (
        r"\bsame (?:reading |math |writing )?goals?\b|\b(?:not|isn'?t|aren'?t) (?:making|showing) (?:any |much )?progress\b"
        r"|\bno progress\b|\bfalling (?:further )?behind\b|\b(?:isn'?t|not|hasn'?t) improv\w+\b|\bgoing backwards?\b",
        "lack of expected progress revise IEP",
        True,
    ),
    (
        r"\bfor free\b|\bfree help\b|\bwho can help me\b|\bsomeone (?:who can "
        r"|to )help me\b|\bhelp me with (?:all )?(?:this|the iep)",
        "Parent Training and Information Center free help",
        False,
    ),
    (
        r"\b(?:see|get|read|review) (?:the |a |my \w+'?s? )?(?:iep|plan|goals) (?:before|ahead of) (?:the )?meeting\b",
        "draft IEP before the meeting",
        False,
    ),
    (
        r"\bhalf (?:a )?days?\b|\bshort(?:ened|er)? (?:school )?days?\b"
        r"|\bpartial days?\b|\bonly (?:\w+ ){0,3}(?:an hour|\w+ hours|mornings?)\b"
        r"|\bpick (?:him|her|them) up early\b|\bgo(?:es)? home early\b|\bsen[dt]s? (?:him|her|them) home early\b"
        r"|\bonly (?:stay|come|attend|be there)\w* (?:until|till|for)\b",
        "shortened school day removal",
        True,
    ),
    (
        r"\brestrain\w*|\bseclu\w*|\b(?:held|holds?|holding) (?:him |her |them )?(?:face ?down|down)\b|\bface ?down\b"
        r"|\bpinned\b|\blocked (?:\w+ ){0,2}in\b|\b(?:held|holding) (?:him|her|them) (?:on the floor|to the ground)\b"
        # "the aide said they 'had to hold him' during a meltdown"
        r"|\b(?:had|have|has|needed|need) to (?:hold|grab|restrain) (?:him|her|them)\b(?! back)"
        r"|\b(?:held|holding|hold) (?:him|her|them) (?:still|tight|by (?:the|his|her|their) (?:arms?|wrists?))\b"
        r"|\b(?:would ?n'?t|did ?n'?t|won'?t) let (?:him|her|them) (?:out"
        r"|leave|come out)\b|\bin a room by (?:him|her|them)sel(?:f|ves)\b"
        r"|\b(?:calm(?:ing)?|isolation|quiet) room\b"
        r"|\balone in a (?:small |little |tiny |empty )?(?:room|closet|space)\b|\bhold(?:s|ing)? the door\b"
        r"|\bin(?:to)? a (?:small |little |tiny |empty |separate )?(?:room|closet) (?:alone|by (?:him|her|them)sel(?:f|ves))\b"
        r"|\bshut (?:him|her|them) in\b",
        "restraint seclusion",
        True,
    ),
    (
        r"\bhold (?:him|her|them|my \w+) back\b|\bheld back\b|\brepeat (?:a|the|\w+) grade\b|\bretain\w*\b|\bretention\b",
        "holding back repeat a grade retention",
        True,
    ),
    (
        r"^(?=.*\b(?:school|class|classroom|teachers?|iep|504|tests?)\b)"  # a device for school, not one at home
        # nor one a question only mentions on its way to another topic: bullying, state tests
        r"(?!.*\b(?:bull(?:y|ied|ies|ying)|harass\w*|teas(?:e|ed|es|ing)|picked on"
        r"|state (?:tests?|testing|exams?|assessments?))\b)"
        r".*\b(?:laptop|tablet|ipad|chromebook|computer|keyboard|talker|communication device|speech[- ]generating"
        r"|text[- ]to[- ]speech|speech[- ]to[- ]text|audiobooks?|calculator|fm system|hearing aids?)\b",
        "assistive technology device",
        False,
    ),
    (
        r"\b(?:skip|excus\w+)(?: \w+){0,3} (?:meeting|it)\b|\bexcus\w+ from\b",
        "team member skip meeting excused",
        False,
    ),
    (
        r"\bwhile (?:it'?s|it is|the (?:case|hearing|complaint|dispute|appeal) is|we(?:'re| are)?) (?:going on|pending|"
        r"waiting|wait|fight\w*|disput\w*|in progress|appeal\w*)\b|\bduring the (?:hearing|dispute|case|appeal)\b"
        r"|\buntil (?:it'?s|it is|the case is|the hearing is) (?:settled|resolved|decided|over)\b"
        r"|\b(?:disagree\w*|dispute|fight|appeal|challenge)\b[^.?!]*\b(?:in the meantime|meanwhile)\b"
        r"|\b(?:in the meantime|meanwhile)\b[^.?!]*\b(?:disagree\w*|dispute|fight|appeal|challenge)\b",
        "stay put current placement",
        False,
    ),
    (
        r"\b(?:isn'?t|is not|aren'?t|are not|not|never|hasn'?t been|haven'?t been|stopped) (?:getting|receiving|given|"
        r"provided|happening|showing up)\b|\bmiss(?:ed|es|ing)? (?:\w+ )?(?:sessions?|services?|minutes|therapy)\b"
        r"|\b(?:not|isn'?t|aren'?t) (?:following|doing) (?:the|his|her|my \w+'?s?) (?:iep|plan|504|accommodations)\b"
        r"|\b(?:not|isn'?t|aren'?t|is not|are not) (?:doing|giving|providing|following) (?:what'?s|what is|everything|anything) "
        r"(?:in|on) (?:the|his|her|my \w+'?s?) (?:iep|plan|504)\b"
        r"|\b(?:hasn'?t|has not|haven'?t|have not|hadn'?t|had not) (?:had|gotten|got|received|been given) (?:any |his |her )?"
        r"(?:speech|ot|pt|therapy|services?|counseling|minutes|sessions?|aide)\b"
        r"|\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|doesn'?t|does not|never|stopped) "
        r"(?:show|shown|showed|showing) up\b"
        r"|\bkeeps? (?:cancel+ing|cancel+ed|not showing up|not coming|skipping)\b",
        "service not happening IEP not followed",
        True,
    ),
    (
        r"\b(?:outside|private|independent) (?:testing|tests?|evaluat\w+|evals?|assessments?|psycholog\w+)\b"
        r"|\bsecond opinion\b|\bcan (?:i|we) get (?:my|our) own\b"
        r"|\bget (?:my|our) own (?:testing|tests?|evaluat\w+|evals?|assessments?)\b"
        r"|\b(?:someone|somebody|a doctor|a psychologist) (?:from )?outside\b"
        r"|\boutside (?:the school )?to (?:test|evaluate|assess)\b"
        r"|\b(?:(?:don'?t|do not|didn'?t|did not) agree|disagree) with (?:the |their |there |his |her |my \w+'?s? )?"
        r"(?:school'?s? )?(?:psych\w* )?(?:evaluation|eval|testing|tests?|results?|assessment|report)\b"
        r"|\b(?:outside|independent) one\b(?=[^.?!]*\b(?:pay|school|evaluat\w*|test\w*)\b)",
        "independent educational evaluation",
        False,
    ),
    (
        r"\b(?:not|isn'?t|hasn'?t|hasn'?t started|doesn'?t|won'?t|still not|not yet) "
        r"(?:talking|walking|crawling|speaking|babbling|sitting up|saying words)\b"
        r"|\b(?:my|our) (?:toddler|baby|infant)\b|\b(?:is|turned|turns) (?:1|2|one|two|18 months)\b"
        r"|\b(?:1|2|one|two)[- ]year[- ]old\b|\b(?:[1-9]|[12]\d|3[0-5])[- ]months?[- ]old\b"
        r"|\b(?:speech|motor|developmental) delays?\b"
        r"|\b(?:isn'?t|not|doesn'?t|won'?t|never) (?:say|saying) (?:any |a )?(?:words?|much)\b"
        # "she's 2 and barely says any words"
        r"|\b(?:barely|hardly|rarely|only) (?:says?|saying|talks?|talking|speaks?|speaking|babbles?)\b"
        r"|\b(?:she|he)(?:'s|’s| is) (?:1|2|one|two)\b(?! (?:years? |grades? |hours? |days? |weeks? |times? )?"
        r"(?:behind|grades?|hours?|days?|weeks?|times?|levels?)\b)",
        "early intervention infants toddlers",
        False,
    ),
    (
        r"\bself[- ]contained\b|\bseparate (?:special (?:ed|education) )?(?:class(?:room)?|school|program|building)\b"
        r"|\b(?:special ed|sped|resource|life skills) (?:class(?:room)?|room|program)\b",
        "least restrictive environment placement regular class",
        True,
    ),
    (r"\bday ?cares?\b|\bchild ?care\b|\bafter ?school program\b|\bsummer camp\b", "child care center", False),
    (r"\bcomplain(?:s|ed|ing)?\b", "complaint file", False),
    (
        r"\b(?:meet|meeting|hold it|have it|do it)\b[^.?!]*\bwithout (?:me|us|(?:the |a )?parents?)\b"
        r"(?! (?:know|ask|tell|sign|agree|consent))"
        r"|\b(?:can'?t|cannot|couldn'?t|unable to) (?:make it to|come to|attend|go to|be at) "
        r"(?:the |his |her |their |an )?(?:iep )?meeting\b"
        # "they want the iep meeting next tuesday and i work, do I have to go?" (a parent's, not a teacher's)
        r"|^(?!.*\bteach\w*)(?=.*\bmeeting\b).*\b(?:do|must) (?:i|we) (?:really )?(?:have|need) to (?:go|be there|attend|come"
        r"|show up|be at)\b",
        "parent cannot attend meeting without a parent",
        False,
    ),
    (
        r"\b(?:want|going|need|plan(?:ning)?|trying|like) to (?:ask|request|get)\b[^.?!]*"
        r"\b(?:evaluat\w*|evals?|test(?:ed|ing)?|assess\w*)\b"
        r"|\bget (?:him|her|them|my \w+) (?:tested|evaluated|assessed)\b",
        "request evaluation in writing letter",
        False,
    ),
    (
        r"\b(?:mov\w+|switch\w*|put|chang\w+|transfer\w*) (?:him|her|them|my \w+) (?:to|into|in) "
        r"(?:a |another |a different |a new )(?:class(?:room)?|teacher|school|program|room)\b"
        r"(?! alone| by (?:him|her|them)sel)",
        "change of placement prior written notice",
        True,
    ),
    (
        r"\b(?:aged? out|age out|too old)\b"
        r"|\b(?:19|20|21|nineteen|twenty)(?: years old| year old)?\b[^.?!]*\b(?:high school|school)\b",
        "age 21 services end state age limit",
        False,
    ),
    (
        r"\bfeeding tube\b|\bg-?tube\b|\bcatheter\w*\b|\bsuction\w*\b|\bnurse\b|\bseizures?\b|\boxygen\b",
        "school health services nurse related services",
        False,
    ),
    (
        r"\b(?:take|taking|be on|put (?:him|her|them) on|give (?:him|her|them)) (?:\w+ ){0,2}"
        r"(?:meds|medication|medicine|adderall|ritalin)\b",
        "require medicine attend school",
        True,
    ),
]
_EVERYDAY_RE = [(re.compile(pattern, re.I), words_, school) for pattern, words_, school in _EVERYDAY]


def describes_school_action(question: str) -> bool:
    """Whether the question describes something a school does to a child or family (sending a
    child home, refusing to evaluate, a waiting list for therapy, a dispute): in scope however
    it is worded, so abstention gives it a small allowance (settings.answer.abstain_school_margin)."""
    return any(school and pattern.search(question) for pattern, _, school in _EVERYDAY_RE)


# What the library is about: a disability, special education or one of its subjects, or a school
# problem it has guidance on ("he melts down", "they keep sending him home", "the IEP meeting").
# A fresh question that names none of them ("what time does school usually start", "can the school
# make my kid get the flu shot") may sound like the library's headings, but is about school life
# in general, and needs stronger evidence (settings.answer.abstain_topic_margin).
_SPECIAL_EDUCATION = re.compile(
    r"\b(?:"
    + "|".join(
        (
            # plans, laws and their acronyms
            r"iep'?s?|ifsp|504s?|idea|fape|ada|lre|esy|fba|bip|iees?|pwn|ard|cse|ferpa|ocr|ssi|pti|rti|plaafp|special|sped",
            r"accommodat\w*|accomo\w*|acommo\w*|modif\w*|services?|programs?|plans?|goals?|objectives|progress|present levels",
            r"rights|law|laws|procedural safeguards|written notice|child find|appropriate",
            r"consent|stay[- ]put|due process|mediat\w*|advoca\w*|complaints?|protection and advocacy|parent (?:center|training)",
            # disabilities, needs and the people who serve them
            r"disab\w*|handicap\w*|autis\w*|asd|adhd|add|ptsd|ocd|tbi|iq|dyslex\w*|dysgraph\w*|dyscalc\w*|apraxia|delay\w*",
            r"speech|talk(?:ing|s)?|words|language|non-?verbal|stutter\w*|articulation|braille|interpreters?",
            r"deaf|blind|hearing|vision|wheelchairs?|diabet\w*|insulin|allerg\w*|epilep\w*|seizures?|catheter\w*|feeding tube",
            r"g-?tube|nurse|hiv|aids|cancer|illness|sick|medical|medicat\w*|medicine|spina bifida|down syndrome|cerebral palsy",
            r"anxi\w*|depress\w*|emotional|intellectual|impair\w*|sensory|fidget\w*|gifted|twice|2e|diagnos\w*|regress\w*",
            r"learning|struggl\w*|can'?t read|cannot read|reading|extra help|help|support\w*|therap\w*|slp|ot|pt|psycholog\w*",
            r"neuro\w*|aides?|para(?:professional)?s?|one-on-one|1:1|shadow|case manager|assistive|device",
            # evaluation, meetings, placement and time limits
            r"evaluat\w*|evals?|re-?eval\w*|re-?test\w*|assess\w*|tests?|tested|testing|screen\w*|triennial",
            r"response to intervention|eligib\w*|qualif\w*|meetings?|annual review|agree\w*|clock|timeline|deadline",
            r"\d+ days?|extended|extra time",
            r"read aloud|inclus\w*|mainstream\w*|least restrictive|resource room|self[- ]contained",
            r"early intervention|transition\w*|job training|high school|diploma|graduat\w*|18",
            r"on (?:his|her|their) own|independen\w*|adult life",
            r"age of majority|certificate of completion|private school|tuition|charter|homebound|hospital|records?|files?",
            # behavior, discipline and family
            r"behavio\w*|meltdowns?|outbursts?|tantrums?|suspen\w*|expel\w*|expul\w*|manifestation|disciplin\w*|restrain\w*",
            r"seclu\w*|held (?:him|her|them) down|room by (?:him|her|them)sel(?:f|ves)",
            r"sent home|send (?:him|her|them) home|pick (?:him|her|them) up|shortened|half[- ]days?|partial days?",
            r"alternative (?:school|setting)|weapons?|knife|drugs?",
            r"pot|marijuana|vape|bull(?:y|ied|ying)|harass\w*|retention|held back|hold (?:him|her|them) back",
            r"repeat (?:a |the )?grade",
            r"surrogate|guardian\w*|custody|divorc\w*|foster",
        )
    )
    + r")\b",
    re.I,
)


def names_special_education(question: str) -> bool:
    """Whether the question names a disability, special education or one of the library's
    subjects, or tells a situation its everyday words know (`_EVERYDAY`: "my daughter is 2 and
    barely says anything" is a question for early intervention)."""
    if _SPECIAL_EDUCATION.search(question):
        return True
    return any(pattern.search(question) for pattern, words_, _ in _EVERYDAY_RE if words_ not in _SCHOOL_LIFE)


# The everyday words of school life that every family meets, need or no need: grades, homework,
# the bus, clubs and field trips, a complaint, free help, a refund, child care. They lead the
# library's search to the right passage once a question is its own ("can they leave him off the
# field trip because of his wheelchair?"), but alone they name none of its subjects ("how do i get
# my son on the honor roll", "what time does the school bus usually come").
_SCHOOL_LIFE = frozenset(
    {
        "good grades",
        "accommodations homework",
        "special transportation related services",
        "school activities extracurricular peers field trips",
        "complaint file",
        "Parent Training and Information Center free help",
        "reimbursement tuition private school placement",
        "child care center",
    }
)


# Asking for a ranking, a recommendation or a price ("the best school district", "a good
# pediatrician", "how much does a lawyer charge"), for one office's contact details ("the phone
# number of the special ed office") or for someone to act for the asker ("can you represent us",
# "can you call the school for me", "log into the district system") or to foretell a case ("will
# we win if we sue?"): the library ranks and recommends no schools, programs, products or people,
# quotes no prices, lists no offices, acts for no one and foretells no case, so such a question
# needs stronger evidence.
_REFERRAL = re.compile(
    r"\b(?:what|which|who)(?:'s|’s|s| is| are)? the (?:very )?best (?!(?:way|ways|time|thing|things|approach|steps?|"
    r"place|next|possible|interests?)\b)\w+|\bwhich \w+(?: \w+){0,4} (?:is|are|has|have) (?:the )?best\b"
    r"|\b(?:is|are) (?!there\b)(?:\w+\.? ){1,9}any good\b"
    # whether a provider can be trusted: "which ones are legit", "is that charity reputable"
    r"|\b(?:which|what) ones? (?:are|is) (?:actually |really )?(?:legit|legitimate|reputable|trustworthy|scams?)\b"
    r"|\b(?:which|what) \w+s (?:are|is) (?:actually |really )?(?:legit|reputable|trustworthy|scams?)\b"
    r"|\bis (?:this|that|it|the) (?:\w+ ){0,3}(?:legit|legitimate|reputable|a scam)\b"
    r"|\b(?:recommend|suggest)\w* (?:me )?(?:a |an |some |any )?(?:good |great |local )?(?:special ed(?:ucation)? )?"
    r"(?:lawyers?|attorneys?|advocates?|tutors?|therapists?|psychologists?|psychiatrists?|doctors?|pediatricians?|"
    r"schools?|school districts?|programs?|camps?|daycares?|apps?|books?|products?|laptops?|tablets?|clinics?|"
    r"realtors?|real estate agents?|neighbou?rhoods?|"
    r"providers?|specialists?|someone|anyone|people)\b|\bany recommendations\b|\b(?:suggest|know) a good\b"
    r"|\bhow much (?:does|do|should|would|will) (?:a |an |the |i |we )?(?:\w+ ){0,3}(?:charge|make|earn)\b"
    r"|\bwhere (?:can|could|do|should) (?:i|we) (?:learn|take (?:a |an )?(?:\w+ )?(?:class|course|lessons?))\b"
    r"|\bhow much (?:should|do|would) (?:i|we) pay\b|\bget paid\b|\bpaid more\b|\bsalar(?:y|ies)\b"
    r"|\b(?:ask for|get|negotiate) a (?:pay )?raise\b|\bpay raise\b"
    r"|\bhow much (?:does|do|would|will|is|are) (?:a |an |the |it cost (?:for |to (?:get|hire) )?(?:a |an )?)?(?:\w+ ){0,3}"
    r"(?:lawyers?|attorneys?|advocates?|tutors?|tutoring|therapists?|psychologists?|tuition)\b"
    r"|\bhow much (?:does|do|is|are|would|will) (?:a |an |the )?(?:\w+ )?(?:private schools?|camps?|daycares?|lessons)\b"
    r"[^.?!]*\bcost\b"
    r"|\b(?:phone|telephone|fax|cell) (?:number|#)|\b(?:email|mailing) address\b|\boffice hours\b|\bcontact (?:info|details)\b"
    r"|\b(?:list|names?) of (?:\w+ ){0,3}(?:lawyers?|attorneys?|advocates?|evaluators?|therapists?|providers?|doctors?|"
    r"psychologists?|tutors?|clinics?|specialists?)\b|\b(?:lawyers?|attorneys?|advocates?|evaluators?|therapists?|"
    r"providers?|psychologists?|tutors?|clinics?) (?:near|around|close to|in the \w+(?: \w+)? area|in my area)\b"
    r"|\bis (?:his|her|my|our|their|the) (?:\w+ )?(?:school|district) breaking the law\s*[?.!]"
    r"|\b(?:can|could|will|would) you (?:please |just |also |maybe )?"
    r"(?:represent|sue|call|phone|e-?mail|text|contact|write to|talk to|speak to|"
    r"come to|come with|attend|go to|be at|translate|remind|look up|pull up|log ?in(?:to)?|sign in(?:to)?|access|"
    r"file (?:it |this |an? \w+ )?for)\b"
    r"|\b(?:be|act as) (?:our|my) (?:lawyer|attorney|advocate)\b|\b(?:draft|write|file|prepare)\b[^.?!]*\blawsuit\b"
    # asking it to write something, for whomever: it explains what a letter or a goal holds, and writes none
    # (asking it to write for the asker's own child, or to foretell a case, is _FOR_THE_ASKER's)
    r"|\b(?:can|could|will|would) you (?:please |just |also |maybe |pls )?(?:write|draft|compose|type up|"
    r"fill (?:out|in)|put together|prepare|word)\b"
    r"|\bhow much (?:money )?(?:will|would|could|can|might) (?:i|we) (?:get|win|be awarded)\b"
    # a going price: "how much does a private neuropsych evaluation usually cost", "what do those schools cost
    # per year, roughly", "whats the filing fee", "how much is school lunch"
    r"|\b(?:usually|typically|normally|roughly|on average|generally) cost\b|\bcost\w*\b[^.?!]*\b(?:roughly|ballpark)\b"
    r"|\bballpark\b|\bcheapest\b|\bhow much (?:is|are) (?:it|they|that|those|one)\b"
    # "is it worth it", unless it asks what the thing is first ("what is mediation and is it worth it")
    r"|^(?!\W*what(?:'s|’s|s| is| are)\b).*\bis it (?:even |really )?worth it\b"
    r"|\bcosts? (?:per|a|an) (?:year|month|week|hour|session|visit)\b|\bfiling fees?\b"
    r"|\bhow much (?:is|does|do) (?:school )?(?:lunch|breakfast|tuition)\b|\b(?:lunch|breakfast) (?:prices?|costs?|account)\b"
    r"|\b(?:know|recommend) (?:of )?(?:any|a|some) (?:good |free |cheap |local )?(?:special ed(?:ucation)? )?"
    r"(?:advocates?|lawyers?|attorneys?|tutors?|therapists?|psychologists?|evaluators?|doctors?|clinics?)\b"
    r"|\b(?:which|what) (?:\w+ ){0,2}(?:apps?|programs?|software|tools?|brands?|compan(?:y|ies)|books?|devices?|schools?|"
    r"tutors?|therapists?|lawyers?|attorneys?|advocates?|organizers?)(?: \w+)? (?:do|would) you (?:recommend|suggest)\b",
    re.I,
)
# Asking it to write or act for the asker's own child ("can you write the email to the principal for
# me", "fill in the parent concerns section for my daughter", "call the school for me") or to foretell
# the asker's case ("do you think we'll win?"): whatever the topic's evidence, no quote of guidance
# does it, so such a question is declined ("can you help me write a letter" asks how, and is answered).
_FOR_THE_ASKER = re.compile(
    r"\b(?:can|could|will|would) you (?:please |just |also |maybe |pls )?(?:write|draft|compose|type up|fill (?:out|in)|"
    r"put together|prepare|represent|translate|log ?in(?:to)?|pull up|look up|call|phone|e-?mail|text|contact)\b"
    r"[^.?!]*\b(?:for (?:me|us|my|our|him|her)|my (?:son|daughter|child|kid|student|boy|girl)|me (?:saying|that|asking))\b"
    r"|^\W*(?:please |pls )?(?:write|draft|compose) (?:me |up )?(?:a|an|the|my|our|\d)\b|\bwrite (?:me|us) (?:a|an|the|some|\d)\b"
    r"|\b(?:will|would|could|can) (?:i|we) win\b|\b(?:chances?|odds) (?:of|to|that (?:i|we)) win\w*\b"
    r"|\b(?:i|we)(?:'ll|’ll|'d|’d| will| would| could| can| might) (?:win|lose)\b"
    r"|\b(?:are|am) (?:we|i) (?:going to|gonna) (?:win|lose)\b"
    # writing or filing it outright: "can you write the email to the case manager", "can you just fill it
    # out", "fill out this form for me", "Write the full present levels section", "file it for me"
    r"|\b(?:can|could|will|would) you (?:please |just |also |pls )?(?:write|draft|fill (?:out|in)|complete) "
    r"(?:it|this|that|the|these|those|my|our|his|her)\b|\b(?:can|could|will|would) you (?:please |just |also |pls )?fill "
    r"(?:it|this|that|them) (?:out|in)\b"
    r"|\b(?:can|could|will|would) you (?:please |just |also |pls )?(?:file|send|submit|email|mail)\b[^.?!]*\bfor (?:me|us)\b"
    r"|(?:^|[.?!]\s+)(?:(?:ok(?:ay)?|so|now|then|please|pls|just),? )*(?:write|draft|fill (?:out|in)|complete) "
    r"(?:me |up |out )?(?:a|an|the|this|that|my|our|his|her)\b"
    # foretelling: "what are the odds", "realistically is he going to end up …", "do you think she'll make it"
    r"|\b(?:what are|what'?re) (?:the|my|our|his|her) (?:odds|chances)\b|\bwhat (?:do|would) you think (?:is |will )?"
    r"(?:gonna |going to )?happen\b|\brealistically\b[^.?!]*\b(?:going to|gonna|will (?:he|she|they))\b"
    r"|\bdo you think (?:he|she|they|it|this|that|my \w+)(?:'ll|’ll|ll| will| would| is going to| is gonna)\b"
    r"|\bdo you think (?:the|my|his|her) (?:\w+ ){0,2}will (?:approve|agree|accept|say yes|let|give|win|side)\b"
    r"|\bwill (?:he|she|they|my \w+)\b[^.?!]{0,40}\bever (?:be able|catch up|read|talk|speak|walk|learn|live|get|go)\b"
    r"|\b(?:is|are) (?:he|she|they) (?:going to|gonna) (?:end up|make it|drop out)\b|\bbe real with me\b"
    r"|\b(?:what'?s|what is) your (?:best )?(?:guess|prediction|bet)\b|\bwill the (?:judge|court|jury)\b"
    r"|\bwill (?:they|the school|the district|the team|the hearing officer) (?:find|decide|rule|pay|agree|approve|side|say|let)\b"
    r"[^?]*\b(?:what do you think|your guess|do you think)\b",
    re.I,
)
# Asking what one state's own law says ("what does the Texas education code say about..."), or
# how another country's system works ("the special education law in the UK"): the library explains
# the U.S. federal rules and only says that states add their own.
_COUNTRIES = (
    r"uk|u\.k\.|united kingdom|great britain|britain|england|scotland|wales|ireland|canada|ontario|quebec|australia"
    r"|new zealand|india|mexico|germany|france|spain|italy|philippines|south africa|nigeria|japan|china|brazil"
)
_STATE_LAW = re.compile(
    rf"\b(?:{_STATES})(?:'?s)? (?:state )?(?:education (?:code|laws?)|ed code|laws?|statutes?|code|regulations?|legislature)\b"
    rf"|\b(?:education code|ed code|statutes?|laws?|regulations?|rules) (?:in|of|for) (?:the state of )?(?:{_STATES})\b"
    rf"|\b(?:{_STATES})(?:'?s)?\b[^.?!]*\b(?:education code|education law|ed code|state law|section number)\b"
    rf"|\b(?:{_STATES})(?:'?s)? (?:rules?|requirements?|limits?|caps?|deadlines?|timelines?)\b"
    rf"|\b(?:does|do|will|would) (?:the state of )?(?:{_STATES}) (?:allow|require|permit|let|say|count|use)\b"
    rf"|\b(?:{_STATES})\b[^.?!]*\bexact (?:number|rule|limit|deadline|timeline|days?)\b"
    rf"|\bexact (?:number|rule|limit|deadline|timeline)\b[^.?!]*\b(?:in|for) (?:{_STATES})\b"
    rf"|\b(?:in|of|for) (?:the )?(?:{_COUNTRIES})\b|\b(?:moving|move|moved|relocating) to (?:the )?(?:{_COUNTRIES})\b"
    # a state's, county's or district's own rule by name or shorthand: "the texas specific rule", "a Florida
    # state rule", "FCPS's own policy", "Chapter 14", "the exact CA number", "does the state require"
    rf"|\b(?:{_STATES})[- ](?:specific|state) (?:rules?|laws?|polic(?:y|ies)|regulations?|requirements?|numbers?|timelines?)\b"
    r"|\b(?:county|district|city|state|(?-i:[A-Z]{2,6})'?s)(?:'s|’s)? own "
    r"(?:rules?|polic(?:y|ies)|criteria|regulations?|timelines?)\b"
    r"|\b(?:timelines?|deadlines?|rules?|laws?|regs|regulations?|requirements?|limits?) "
    rf"(?:in|for) (?:the state of )?(?:{_STATES})\b"
    rf"|\b(?:{_STATES}|nys|nyc) (?:specifically|regs|state board)\b|\bspecifically (?:in|for) (?:{_STATES})\b"
    r"|\bstate board (?:of education )?(?:rules?|regulations?|polic(?:y|ies))\b"
    rf"|\bchapter \d{{1,3}}\b|\b(?:{_STATES})\b[^.?!]*\b(?:does|do) the state (?:require|mandate)\b"
    r"|(?-i:\b(?:CA|TX|MA|FL|NY|PA|VA|NJ|IL|OH|GA|NC|MI|WA|AZ|CO|MN|WI|MD|MO|TN|KY|CT|SC|LA|AL|OK|UT|NV|CPS|FCPS|LAUSD|NYC DOE)"
    r"(?:'s)? (?:(?:own|exact|state|specific) )?"
    r"(?:rules?|numbers?|regulations?|laws?|codes?|polic(?:y|ies)|timelines?|deadlines?)\b)",
    re.I,
)


def asks_for_state_law(question: str) -> bool:
    """Whether the question asks what one state's own law or code says, or about another country
    (settings.answer.abstain_state_law_margin raises the evidence it needs)."""
    return bool(_STATE_LAW.search(question))


# Asking for medical or at-home parenting advice ("what medicine helps with focus", "how do I
# get him diagnosed", "how do I calm her down at home"): the library's guidance is about school
# and the law, so such a question needs stronger evidence too.
_ADVICE = re.compile(
    r"\b(?:what|which) age\b[^.?!]*\bdiagnos\w+|\bdoctor diagnose\b"
    r"|\b(?:what|which) (?:\w+ ){0,2}(?:medicines?|medications?|meds|supplements?|diets?|vitamins?|ssris?|antidepressants?)"
    r" (?:\w+ )?(?:helps?|works?|is best|are best)\b"
    # a medicine named for the asker to choose, not one the school gives ("can the nurse give him melatonin at school?")
    r"|^(?![^?]*\b(?:nurse|at school|in class|the school|504|iep)\b)[^?]*"
    r"\b(?:ssris?|antidepressants?|sleeping pills?|melatonin|otc|over the counter)\b"
    r"|\b(?:gluten|sugar|dairy|diet|supplements?|vitamins?)\b[^.?!]*\b(?:adhd|autism|focus|behaviou?r)\b"
    r"|\b(?:health )?insurance (?:have to |has to |must )?(?:cover|pay)\w*\b[^.?!]*\b(?:aba|therapy|autism|medication)\b"
    r"|\binsurance\b[^.?!]*\bprivate (?:speech|ot|pt|therapy|counseling|tutoring)\b"
    r"|\binsurance\b[^.?!]*\breimburs\w*|\b(?:my|our) (?:health )?insurance (?:is|company|plan)\b"
    r"|\b(?:blue cross|blue shield|aetna|cigna|united ?health\w*|kaiser|humana|anthem|tricare)\b"
    # college admissions: what a college's application asks, and what admissions officers make of it
    r"|\bcommon app\b|\b(?:college|university) (?:applications?|admissions?)\b|\badmissions? (?:officers?|office|essay)\b"
    r"|\b(?:colleges?|universit(?:y|ies)) (?:hold|use|count)\b[^.?!]*\bagainst\b"
    r"|\bparking (?:permit|placard|pass|tag)\b"
    r"|\bhow (?:do|can|should) (?:i|we) bill\b|\bdivorce (?:lawyer|attorney)\b"
    r"|\b(?:get|full|joint|sole)(?: legal| physical)? custody\b|\bcustody (?:rights|arrangements?|battle|case|work)\b"
    r"|\bcustody\b[^.?!]*\bwork\b"
    r"|\bchild support\b|\balimony\b"
    r"|\bwhere (?:he|she|they) (?:lives?|will live)\b|\bwon'?t let me see\b"
    r"|\b(?:does|do|could|might|can) (?:my|our) (?:\w+ )?(?:son|daughter|child|kid|boy|girl|student)s? (?:have|has)(?! to\b)"
    r"[^.?!]*\b(?:dyslexia|dyscalculia|dysgraphia|adhd|autism|asperger'?s?|apraxia|ocd|bipolar|depression)\b"
    r"|\bis (?:my|our) (?:\w+ )?(?:son|daughter|child|kid|boy|girl) (?:autistic|dyslexic|on the spectrum)\b"
    r"|\bis there a cure\b|\bcures? (?:for )?(?:dyslexia|autism|adhd|it)\b|\bwhat causes\b|\bsigns of (?:autism|adhd|dyslexia)\b"
    r"|\b(?:tell|explain)\b[^.?!]*\b(?:siblings?|brothers?|sisters?|grandparents?|relatives)\b"
    r"|\bshould (?:i|we) tell (?:him|her|them|my \w+) (?:he|she|they) (?:has|have|is|are)\b"
    r"|\b(?:what|which) (?:summer )?camps\b"
    r"|\b(?:a|the) good (?:charter |private |public )?(?:school|program|camp|therapist|doctor|tutor|app)s?\b"
    r"|\b(?:join|enlist)\w* (?:the )?(?:military|army|navy|air force|marines)\b|\bhome alone\b"
    r"|\b(?:apply|applying|qualif\w*|sign up|eligible)\b[^.?!]*"
    r"\b(?:disability benefits|ssi|ssdi|social security|food stamps|snap)\b"
    r"|\bhomeschool\w*\b[^.?!]*\blegal\b|\blegal\b[^.?!]*\bhomeschool\w*"
    r"|\b(?:sick days|absences|truan\w+)\b[^.?!]*\b(?:reports?|court|fined?)\b"
    r"|\b(?:take away|taking away|ground(?:ed|ing)?|punish\w*)\b[^.?!]*\bat home\b"
    r"|\bat home\b[^.?!]*\b(?:take away|ground(?:ed|ing)?|punish\w*)\b"
    r"|\bdeduct\w*\b|\b(?:on|in|for) (?:my|our) taxes\b|\btax (?:deductions?|credits?|returns?|write-?offs?)\b"
    r"|\b(?:write|make|plan|create|draft)\b[^.?!]*\blesson plans?\b|\blesson plans? (?:for|on|about)\b"
    r"|\b(?:write|draft)\b[^.?!]*\b(?:college |application |admissions? )?essays?\b"
    r"|\b(?:write|draft|make)\b[^.?!]*\b(?:cover letters?|resumes?|résumés?)\b"
    r"|\bperformance (?:reviews?|evaluations?|improvement plans?)\b|\bfire (?:one of )?(?:my|a|the|our) (?:\w+ )?"
    r"(?:teachers?|staff|employees?|aides?|paras?)\b"
    r"|\bhow (?:do|can|would|does) (?:i|you|someone|one|a person) (?:become|get certified as|train to be) an? (?:\w+ ){0,3}"
    r"(?:teacher|advocate|paraprofessional|para|aide|therapist|pathologist|psychologist|lawyer|attorney|interpreter)\b"
    r"|\bcharges? (?:per|an|by the) hour\b|\bhourly rates?\b"
    # medicine and its doses, and whether a child "sounds like" a diagnosis
    r"|\bhow much (?:of )?(?:his|her|their|the|my \w+'s) (?:\w+ )?(?:meds?|medications?|medicine|insulin|dose)\b"
    r"|\bneeds? (?:meds|medication|medicine) for\b|\b(?:up|increase|raise|lower|adjust)\w* (?:his|her|their|the) (?:\w+ )?"
    r"(?:meds|medication|medicine|dose|dosage)\b|\b(?:try|start)\w* (?:him|her|them) on (?:meds|medication)\b"
    r"|\b(?:does|do) (?:he|she|they) sound like\b"
    r"|\b(?:should|can|could|do|does) (?:i|we|he|she|they|my \w+|our \w+) (?:\w+ ){0,2}"
    r"(?:take|give|skip|stop|start|try|switch)\w*\b"
    r"(?![^.?!]*\b(?:at school|school nurse|nurse|in class|during school|the school day)\b)[^.?!]*"
    r"\b(?:meds?|medications?|medicines?|pills?|stimulants?)\b"
    r"|\b(?:meds?|medications?|medicines?)\b[^.?!]*\b(?:on|over|during) (?:the )?(?:weekends?|summers?|holidays?|vacations?)\b"
    r"|\bside effects?\b"
    # a staff member's own career: a teaching licence, a certificate
    r"|\b(?:get|become|getting|becoming) (?:certified|licensed|credentialed)\b|\bcertified to teach\b"
    r"|\bteaching (?:certificates?|licen[cs]es?|credentials?|degrees?)\b"
    # a teacher's own job and grading rules, a lost lunch, a parent's will
    r"|\bhow (?:are|do|is|does) (?:teachers?|staff|paras?|aides?) (?:get )?(?:evaluated|observed|rated|paid|hired)\b"
    r"|\bteacher (?:evaluations?|ratings?|observations?)\b"
    r"|\b(?:take|taking|dock|docking|deduct\w*) (?:off )?points?\b(?![^?]*\b(?:iep|504|accommodat\w*|disabilit\w*)\b)"
    r"|\blunch money\b|\b(?:update|write|make|change|redo) (?:my|our|a) will\b|\bestate plan\w*\b"
    # the asker's own diagnosis
    r"|\b(?:i think i have|i might have|i may have|do i have|i probably have)\b[^.?!]*"
    r"\b(?:adhd|add|autism|autistic|dyslexia|dyslexic|a learning disability)\b"
    # a college application's essay, and finding a private clinician
    r"|\b(?:college|application|admissions?|personal) essays?\b"
    r"|\bfind (?:a|an|me a) (?:good |great |local |private )?(?:child |pediatric |developmental )?"
    r"(?:psychologist|psychiatrist|therapist|counsell?or|pediatrician|doctor|neurologist|dentist)s?\b"
    # benefits, courts and immigration: an ABLE account, a Medicaid waiver, family or probate court, deportation
    r"|\bable accounts?\b|\bmedicaid waivers?\b|\bwaiver (?:wait ?list|program)\b|\bwait ?list\b[^.?!]*\bfunding\b"
    r"|\b(?:family|probate|custody|divorce|criminal) court\b|\bpublic defender\b"
    r"|\b(?:restraining|protective) orders?\b|\border of protection\b|\bcustody orders?\b|\bparenting (?:schedule|plan|time)\b"
    r"|\bweek on,? week off\b|\bsue\b[^.?!]*\b(?:medical bills|injur\w*|damages|negligen\w*)\b"
    r"|\b(?:neighbou?rs?|next door)\b[^.?!]*\b(?:yell\w*|harass\w*|slurs?|threat\w*)\b"
    # benefits and taxes by name: SNAP, a write-off, a tax credit; an insurer's denial
    r"|\b(?:snap|wic|tanf) benefits\b|\bfood stamps\b|\bwrite (?:it|that|this|them) off\b"
    r"|\b(?:dependent care|child tax) credit\b|\binsurance\b[^.?!]*\bden(?:ied|ying|ial|ies|y)\b|\bprior auth\w*\b"
    r"|\bdo you think (?:it'?s|its|(?:he|she|they) (?:has|have|is|are))\b[^.?!]*"
    r"\b(?:autis\w*|adhd|dyslexi\w*|ocd|anxiety|depress\w*)"
    r"|\bclassroom jobs\b"
    r"|\bhow (?:do|would|can) (?:you|i|we) (?:sign|say|write)\b[^?]*\bin (?:asl|sign language|spanish|french|chinese)\b"
    r"|\bget into (?:\w+ ){0,2}(?:college|university|state)\b"
    r"|\bwhat (?:sat |act )?score (?:does|do|would) (?:he|she|they|i) need\b"
    r"|\bwhat excuse\b|\b(?:tell|give) my boss\b|\bbe able to drive\b|\bdriver'?s licen[cs]e\b"
    r"|\banother baby\b|\bchances? (?:the|that) (?:next|another|my other) (?:one|baby|child|kid)\b"
    r"|\bcharged (?:him|her|them|my \w+) with\b|\bcriminal charges?\b|\bprobation officer\b"
    r"|\bfile for guardianship\b|\bguardianship (?:forms?|papers?|paperwork|petition|hearing|fees?)\b"
    r"|\b(?:file|filing) a grievance\b|\bbreach of contract\b|\b(?:my|our|the teachers'?) union\b|\bunion rep\b"
    r"|\b(?:free|reduced)(?: and reduced)?(?:[- ]price)? lunch\b|\b(?:grade|academic|sports?|athletic) eligibility\b"
    r"|\bdeport\w*\b|\bimmigration (?:status|lawyer|attorney|court|case)\b|(?-i:\bICE\b)"
    # school matters outside special education: lice, grading scales, the gifted program's test, lotteries
    r"|\bhead lice\b|\bno[- ]nits?\b|\bdifference between an? \d and an? \d\b"  # a grading scale's marks
    r"|\b(?:tested|testing|test|screened) for (?:the )?(?:gifted|gt|talented|honors)(?: and talented)? "
    r"(?:programs?|tests?|testing|class(?:es)?|track)\b|\bselective enrollment\b"
    r"|\b(?:can|could|will) you teach me\b|\bteach me (?:some|how to|basic|a few)\b"
    # vaccines, and whether a condition runs in families
    r"|\bvaccin\w*\b|\bimmuni[sz]ations?\b|\b(?:is|are) (?:adhd|autism|dyslexia|it|that|they) (?:genetic|hereditary|inherited)\b"
    r"|\b(?:genetic|hereditary)\b[^.?!]*\b(?:adhd|autism|dyslexia)\b"
    # a staff member's own pay, and getting a child into a gifted program
    r"|\bunderpaid\b|\b(?:my|our) (?:pay|wages?|paychecks?|salary)\b"
    r"|\binto (?:the )?(?:gifted|gt|talented|honors)(?: and talented)? (?:programs?|class(?:es)?|track)\b",
    re.I,
)
# Asking what is good for children like one's own, where to find a support group, what to look
# for in a provider, or how to get a diagnosis, when the question names nothing of school ("what
# supports are good for kids with autism in a regular class" is the library's).
_ADVICE_OUTSIDE_SCHOOL = re.compile(
    r"\b(?:what|which) (?:\w+ ){0,2}(?:are|is) good for (?:kids|children|a child|my|adults|teens|people|someone)\b"
    r"|\bsupport groups?\b|\bwhat should (?:i|we) look for in a\b"
    r"|\b(?:chore|reward|sticker|allowance) (?:charts?|systems?|lists?)\b|\bchores\b|\bbedtime routines?\b"
    r"|\bhow (?:do|can) (?:i|we) get\b[^.?!]*\bdiagnos\w+|\b(?:who|where) can\b[^.?!]*\bdiagnos\w+",
    re.I,
)
# Teaching, calming or organising a child at home, when the question names nothing of school.
_AT_HOME = re.compile(r"\bat home\b|\b(?:get|stay|keep) (?:him|her|them) organi[sz]ed\b|\bget organi[sz]ed\b", re.I)
_PARENTING = re.compile(r"\b(?:teach|calm|potty|sleep|discipline|punish|organi[sz]e|read|help|exercis|practic|play)\w*\b", re.I)
_SCHOOLING = re.compile(r"\b(?:school|iep|504|device|tablet|laptop|services?|instruction|teachers?|class|goals?)\b", re.I)


def asks_to_act(question: str) -> bool:
    """Whether the question asks the assistant to write or act for the asker's own child, or to
    foretell the asker's case: declined whatever the evidence."""
    return bool(_FOR_THE_ASKER.search(_unabbreviated(question)))


def asks_for_outside_advice(question: str) -> bool:
    """Whether the question asks for medical, diagnosis or at-home parenting advice
    (settings.answer.abstain_advice_margin raises the evidence it needs)."""
    question = _unabbreviated(question)
    if _ADVICE.search(question):
        return True
    if _SCHOOLING.search(question):
        return False
    return bool(_ADVICE_OUTSIDE_SCHOOL.search(question) or (_AT_HOME.search(question) and _PARENTING.search(question)))


def asks_for_a_referral(question: str) -> bool:
    """Whether the question asks for the best of something, a recommendation, a going price, an
    office's contact details, someone to act for the asker or a case's outcome
    (settings.answer.abstain_ranking_margin raises the evidence it needs; what `asks_to_act` finds
    is declined outright)."""
    return bool(_REFERRAL.search(_unabbreviated(question))) or asks_to_act(question)


def translated_terms(question: str) -> set[str]:
    """The question's words inside the everyday phrases `library_words` translates ("daycare",
    "sent home"): the library has guidance under its own terms, so they are not unknown words."""
    return {t for pattern, _, _ in _EVERYDAY_RE for m in pattern.finditer(question) for t in content_terms(m.group(0))}


def library_words(question: str) -> str:
    """The library's terms for the everyday situations the question describes ("" if none)."""
    found = [terms for pattern, terms, _ in _EVERYDAY_RE if pattern.search(question)]
    have = content_terms(question)
    extra = [w for w in dict.fromkeys(" ".join(found).split()) if not content_terms(w) <= have]
    return " ".join(extra)


# Misspellings common in typed chat, with the word meant: the library's
# text is spelled right, so "wat happens at a iep meeting" would otherwise miss "what happens".
_TYPOS = {
    "wat": "what",
    "waht": "what",
    "wht": "what",
    "agian": "again",
    "becuase": "because",
    "becasue": "because",
    "recieve": "receive",
    "recieved": "received",
    "seperate": "separate",
    "definately": "definitely",
    "daugter": "daughter",
    "dauther": "daughter",
    "daugther": "daughter",
    "duaghter": "daughter",
    "skool": "school",
    "shcool": "school",
    "scool": "school",
    "teh": "the",
    "thier": "their",
    "wich": "which",
    "untill": "until",
    "accomodation": "accommodation",
    "accomodations": "accommodations",
    "accomadations": "accommodations",
    "acommodations": "accommodations",
    "modifacations": "modifications",
    "evaluaton": "evaluation",
    "evalution": "evaluation",
    "evaulation": "evaluation",
    "evalutation": "evaluation",
    "speach": "speech",
    "theraphy": "therapy",
    "disabilty": "disability",
    "disablity": "disability",
    "diagnoised": "diagnosed",
    "behavoir": "behavior",
    "behaivor": "behavior",
    "suspention": "suspension",
    "suspened": "suspended",
    "expeled": "expelled",
    "meating": "meeting",
    "meetting": "meeting",
    "mediaton": "mediation",
    "complant": "complaint",
    "transistion": "transition",
    "eligable": "eligible",
    "elligible": "eligible",
    "independant": "independent",
    "occupatinal": "occupational",
    "assesment": "assessment",
    "asessment": "assessment",
    "paraprofesional": "paraprofessional",
    "sped": "special education",
}
# Chat shorthand, written out only where what a question asks for is judged ("can u call his school").
_SHORTHAND = {"u": "you", "ur": "your", "ya": "you", "plz": "please", "pls": "please"}
_TYPO_WORD = re.compile(r"\b[A-Za-z']+\b")


def _respelled(question: str, words: dict[str, str]) -> str:
    """The question with each word found in `words` replaced by its entry there, keeping a capital."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        right = words.get(word.lower())
        if right is None or right == word.lower():
            return word
        return right[:1].upper() + right[1:] if word[:1].isupper() else right

    return _TYPO_WORD.sub(fix, question)


def spelled(question: str) -> str:
    """The question with common chat misspellings ("wat", "agian", "accomodations") spelled right."""
    return _respelled(question, _TYPOS)


def _unabbreviated(question: str) -> str:
    """The question with chat shorthand written out ("can u call his school" -> "can you call …")."""
    return _respelled(question, _SHORTHAND)


def retrieval_query(question: str, history: Sequence[Turn] = (), knows: Callable[[str], bool] | None = None) -> str:
    """The question alone, or rewritten with the earlier turns' topic when it is a follow-up,
    with the library's words for the everyday situations it describes, common misspellings
    spelled right. `knows` tells whether the library uses a (stemmed) word, for follow-ups told
    by their words alone."""
    question = spelled(question)
    earlier = [spelled(t.question) for t in history if t.question.strip()]
    chain = context_turns(question, earlier, knows)
    query = _self_contained(question, chain, knows)
    # the situations the conversation described ("he is 2 and not talking yet") carry to its follow-ups
    extra = library_words(" ".join([*chain, query]))
    return f"{query} ({extra})" if extra else query


def own_words(query: str) -> str:
    """A retrieval query without the words `retrieval_query` added in parentheses, from the
    earlier turns or the library ("who pays for an IEE?" from "who pays for it? (…)")."""
    while (shorter := re.sub(r"\s*\([^()]*\)\s*$", "", query)) != query and shorter:
        query = shorter
    return query


def _self_contained(question: str, chain: Sequence[str], knows: Callable[[str], bool] | None = None) -> str:
    """The follow-up made standalone with the earlier questions it leans on (`chain`)."""
    if not chain:
        return question
    anchor = next((q for q in reversed(chain) if not is_followup(q, knows)), chain[0])
    # the topic a pronoun stands for: what the thread's latest definition asked about ("What does
    # extended school year mean?"), else a term the anchor names by its acronym ("should the school do an FBA?")
    named = topic_of(anchor)
    topic = (
        next((topic_of(q) for q in reversed(chain) if names_its_topic(q)), None)
        or (named if named and not _TOPIC_PRONOUN.search(named) else None)
        or next((t for q in reversed(chain) if (t := _named_term(q))), None)
    )
    if topic and (rewritten := substitute(question, topic)):
        return rewritten
    if topic:
        # a follow-up to a follow-up carries the new aspect the one before it asked about too: "and if
        # they say no?" after "how do i ask for one?" asks about asking for an IEP, not about the IEP
        last = chain[-1]
        aspect = content_words([own_words(last)]) if last is not anchor and is_followup(last, knows) else ""
        named_terms = content_terms(topic)
        aspect = " ".join(w for w in aspect.split() if not content_terms(w) <= named_terms)
        return f"{question} ({topic}{' ' + aspect if aspect else ''})"
    # The follow-up's own words lead; the earlier turns lend their content words (not their
    # whole sentences, which would outweigh the new aspect the follow-up asks about).
    terms = content_words(chain)
    return f"{question} ({terms})" if terms else " ".join([*chain, question])


def content_words(turns: Sequence[str]) -> str:
    """The content words of earlier turns, once each in order: what a question leaning on them borrows."""
    return " ".join(dict.fromkeys(w for q in turns for w in words(q) if content_terms(w)))
