"""The passage answerer's choices, with a deterministic embedder instead of the model: which
unit answers, a verdict only for its own question, list items whole, nothing said twice."""

from __future__ import annotations

import numpy as np

from assistant.embeddings import CachedEmbedder
from assistant.passages import PassageComposer, PassageWeights
from assistant.questions import child_age
from assistant.types import Chunk, Hit
from tests.fakes import HashingEmbedder


def _chunk(id_: str, section: str, text: str, source: str = "corpus/a.md", position: int = 1) -> Chunk:
    return Chunk(id=id_, text=text, source=source, title="Discipline", section=section, position=position)


REMOVALS = _chunk(
    "c1",
    "What happens after 10 days of removal?",
    "After 10 school days of removal in a year, the school must provide services. "
    "The services must help the student keep up with the general curriculum.",
)
PATTERN = _chunk(
    "c2",
    "When is a series of removals a change of placement?",
    "A series of removals is a change of placement when three things are true:\n"
    "- The removals add up to more than 10 school days in a year.\n"
    "- The behavior is much like the behavior in earlier removals.\n"
    "- Other factors, such as how long each removal lasts, show a pattern.",
)
VERDICT = _chunk(
    "c3",
    "Can a school suspend a student with an IEP?",
    "Yes. A school can suspend a student with an IEP for up to 10 school days in a row, the same as other students.",
)


def _composer() -> tuple[PassageComposer, CachedEmbedder]:
    embedder = CachedEmbedder(HashingEmbedder())
    return PassageComposer(embedder), embedder


def _ask(question: str, chunks, scores, said=()):
    composer, embedder = _composer()
    hits = [Hit(c, s) for c, s in zip(chunks, scores)]
    return composer.compose(question, embedder.query(question), hits, said=said)


def test_the_fake_embedder_is_deterministic_and_word_based():
    fake = HashingEmbedder()
    a, b = np.array(fake.embed_query("removal days")), np.array(fake.embed_documents(["days of removal"])[0])
    assert np.allclose(a, b) and abs(float(a @ a) - 1.0) < 1e-6
    assert float(a @ np.array(fake.embed_query("mediation is free"))) == 0.0


def test_a_list_question_gets_the_whole_list_with_its_introduction():
    text, citations = _ask("When do removals become a change of placement?", [PATTERN, REMOVALS], [0.8, 0.6])
    assert citations and citations[0].chunk_id == "c2"
    for line in PATTERN.text.splitlines():
        assert line.lstrip("- ") in text  # every item whole, verbatim
    assert text.index("three things are true") < text.index("add up to more than 10")


def test_a_verdict_answers_only_its_own_question():
    text, _ = _ask("Can a school suspend a student with an IEP?", [VERDICT, REMOVALS], [0.9, 0.5])
    assert text.startswith("Yes.")
    other, _ = _ask("What services must the school give after 10 days of removal?", [REMOVALS, VERDICT], [0.9, 0.85])
    assert "Yes." not in other  # the neighbouring FAQ's "Yes." would answer a question nobody asked


def test_a_verdict_on_a_duty_is_not_given_to_a_question_about_turning_away():
    # "Do we have to admit them?" -- "Generally, yes." would tell a parent the daycare may refuse
    admit = _chunk(
        "c5",
        "Do we have to admit children with diabetes to our program?",
        "Generally, yes. Children with diabetes should not be excluded from the program because of their diabetes.",
    )
    same, _ = _ask("Do we have to admit children with diabetes to our program?", [admit], [0.9])
    assert same.startswith("Generally, yes.")
    for question in (
        "Can a program turn away children with diabetes?",
        "The program won't admit children with diabetes. Is that legal?",
    ):
        text, citations = _ask(question, [admit], [0.9])
        assert citations and "Generally, yes" not in text
        assert "should not be excluded from the program" in text


def test_a_follow_up_does_not_repeat_what_was_said():
    first, _ = _ask("What happens after 10 days of removal?", [REMOVALS, PATTERN], [0.9, 0.5])
    said = {s.strip() for s in first.split("[1]") if len(s.strip()) > 20}
    # a new aspect, though the passage given already ranks first: the passage that answers it, nothing said again
    new, _ = _ask("When is a series of removals a change of placement?", [REMOVALS, PATTERN], [0.9, 0.5], said=[first])
    assert said and not any(s in new for s in said)
    assert "three things are true" in new


def test_the_second_passage_is_the_best_one_with_something_new_to_say():
    # in a conversation the runner-up may have been given already: the next one within reach is
    # the second passage, not none at all ("how do they decide if my kid gets it?" after "What is ESY?")
    records = _chunk("c4", "What records are kept?", "The school keeps a dated record of every removal.")
    first, _ = _ask("What happens after 10 days of removal?", [REMOVALS], [0.9])
    question = "What happens after 10 days of removal?"
    text, citations = _ask(question, [PATTERN, REMOVALS, records], [0.9, 0.88, 0.7], said=[first])
    assert [c.chunk_id for c in citations] == ["c2", "c4"]
    assert "must provide services" not in text and "dated record" in text


def test_a_follow_up_about_what_was_said_gets_that_passage_again_in_short():
    # "can I pick who does it?" after an answer that said so: the passage that answers, not a
    # neighbour's, in short; a passage short enough to be given whole is not given again
    long = _chunk(
        "c3",
        "Who can do the evaluation?",
        " ".join(f"Rule {n} says the examiner must meet a condition of kind {n}." for n in range(12)),
    )
    first, _ = _ask("Who can do the evaluation?", [long], [0.9])
    again, _ = _ask("Who can do the evaluation?", [long, PATTERN], [0.9, 0.5], said=[first])
    assert again.startswith("Rule 0 says") and len(again.split()) < len(first.split())
    short, _ = _ask("What happens after 10 days of removal?", [REMOVALS], [0.9])
    other, _ = _ask("What happens after 10 days of removal?", [REMOVALS, PATTERN], [0.9, 0.5], said=[short])
    assert "must provide services" not in other


def test_a_follow_up_asking_what_one_part_of_the_last_answer_said_gets_that_part_not_another_topic():
    # "do they have to tell me when it happens?" after an answer that said so among other things:
    # that part again, rather than a passage on another topic because it is new
    other_topic = _chunk("c9", "Who covers for an absent aide?", "The school must still give the aide support the IEP lists.")
    both = (
        "After 10 school days of removal in a year, the school must provide services. [1] "
        "The services must help the student keep up with the general curriculum. [1]\n\n"
        "A series of removals is a change of placement when three things are true: [2]"
    )
    again, _ = _ask("What happens after 10 days of removal?", [REMOVALS, other_topic], [0.9, 0.85], said=[both])
    assert "must provide services" in again and "aide" not in again
    # ... unless the asker is only no further on: never the last answer word for word
    weights = PassageWeights(restate_key=2.0)
    composer = PassageComposer(CachedEmbedder(HashingEmbedder()), weights=weights)
    embedder = composer.embedder
    q = "What happens after 10 days of removal?"
    off, _ = composer.compose(q, embedder.query(q), [Hit(REMOVALS, 0.9), Hit(other_topic, 0.85)], said=[both])
    assert "must provide services" not in off


def test_a_followups_own_words_count_more_than_the_topic_it_borrowed():
    # "can I appeal it?" after a question about the review: the topic's words are in every
    # section of the article, so they count half and the follow-up's own word ("appeal") more
    review = _chunk("m1", "What is a manifestation determination review?", "A manifestation determination review is a meeting.")
    appeal = _chunk("m2", "Can parents appeal?", "Parents can ask for an expedited hearing to appeal the decision.")
    composer, embedder = _composer()
    query = "can I appeal a manifestation determination review?"
    hits = [Hit(review, 0.8), Hit(appeal, 0.8)]

    def lead(asked: str) -> float:
        scores = {u.chunk.id: u.score for u in composer.units(query, embedder.query(query), hits, asked=asked)}
        return scores["m1"] - scores["m2"]

    assert lead("can I appeal it?") < lead("") - 0.02


def test_a_two_part_question_is_split_and_its_second_part_knows_the_topic():
    from assistant.passages import two_parts

    assert two_parts("What is an IEE and who pays for it?") == ("What is an IEE", "who pays for an IEE?")
    first, second = two_parts("Does my child need to be tested every 3 years and can we skip it?")
    assert first.startswith("Does my child") and second.startswith("can we skip it? (") and "tested" in second
    assert two_parts("Can a child with ADHD and autism get an IEP?") is None  # one question about two things
    assert two_parts("my son is in 4th grade and what should I ask for") is None  # a situation, then a question


def test_a_message_asking_several_questions_is_split_into_them_with_what_it_tells():
    from assistant.passages import question_parts

    parts = question_parts(
        "My daughter is 2 and only says a few words. Who do I even call, and does it cost anything? "
        "Also what happens when she turns 3?"
    )
    assert parts is not None and len(parts) == 3
    assert parts[0].startswith("Who do I even call (") and parts[1].startswith("does it cost anything? (")
    assert parts[2].startswith("Also what happens when she turns 3? (")
    assert all("daughter" in p and "words" in p for p in parts)  # what the message tells goes with each part
    assert question_parts("What is an IEE? Who pays for it?") == ("What is an IEE?", "Who pays for it? (iee)")
    assert question_parts("What is an IEE and who pays for it?") == ("What is an IEE", "who pays for an IEE?")
    assert question_parts("My son is 9. Can he get an IEP?") is None  # one question after a told situation
    assert len(question_parts("Who? What? When? Where?") or ()) == 3  # three parts at most


def test_each_part_of_a_two_part_question_gets_its_own_passage():
    who = _chunk("w1", "Who decides?", "The IEP team decides, and the parents are part of the team.")
    cost = _chunk("w2", "Does it cost anything?", "Extended school year services are free to the family.")
    what = _chunk("w3", "What is extended school year?", "Extended school year means services over the summer break.")
    text, citations = _ask("What is extended school year and who decides?", [what, cost, who], [0.9, 0.8, 0.5])
    assert "services over the summer" in text and "The IEP team decides" in text
    assert "free to the family" not in text


def test_a_long_account_gets_a_short_third_passage_and_a_short_question_does_not():
    # a parent's account that asks several things at once: the third passage scoring close to
    # the first is part of the answer, in short; a shorter question keeps to two passages
    pickup = _chunk(
        "r3", "Does an early pickup count?", "Sending a student home early for behavior counts as removal for part of the day."
    )
    chunks, scores = [REMOVALS, PATTERN, pickup], [0.9, 0.85, 0.84]
    long = "my son keeps getting suspended and sent home early and i do not know what the school must do now or if it adds up"
    text, citations = _ask(long, chunks, scores)
    assert {c.chunk_id for c in citations} == {"c1", "c2", "r3"}
    assert "counts as removal" in text
    embedder = CachedEmbedder(HashingEmbedder())
    fewer = PassageComposer(embedder, weights=PassageWeights(long_question=len(long.split()) + 1))
    _, cited = fewer.compose(long, embedder.query(long), [Hit(c, s) for c, s in zip(chunks, scores)])
    assert len({c.chunk_id for c in cited}) == 2  # the same words, counted as a short question
    far, cited = _ask(long, chunks, [0.9, 0.85, 0.5])  # a third passage far below the first is left out
    assert "r3" not in {c.chunk_id for c in cited}


def test_a_regulation_paragraphs_labels_join_its_question_key():
    from assistant.passages import question_key, segment

    text = (
        "If the removal is a change of placement, the team decides the services.\n"
        "- Manifestation determination. (1) Within 10 school days of a decision to change the placement, the team must review.\n"
        "Notification. On the date of the decision the agency must notify the parents.\n"
        "No. This is not a label.\n"
    )
    key = question_key("34 CFR 300.530 — Authority of school personnel", "Regulations", segment(text))
    assert key.startswith(
        "34 CFR 300.530 — Authority of school personnel: Manifestation determination; Notification. If the removal"
    )
    assert question_key("Can a school suspend a child?", "", segment(text)) == "Can a school suspend a child?"


def test_the_childs_age_is_read_from_an_age_a_grade_or_a_stage():
    assert child_age("my daughter is 15 with down syndrome") == 15
    assert child_age("my 10-year-old has dyslexia") == child_age("my 10 yo") == 10
    assert child_age("he's in 3rd grade and still can't read") == child_age("my third grader") == 8
    assert child_age("my kindergartner bites") == 5
    assert child_age("can he get services before kindergarten?") == child_age("she starts kindergarten next fall") == 4
    assert child_age("she starts high school in the fall") == 15
    assert child_age("my 18 month old isn't talking") == 1.5
    assert child_age("our toddler") == 1
    # numbers of minutes or days are not ages
    assert child_age("the bus is 15 minutes late") is None
    assert child_age("he is 10 days into a suspension") is None
    assert child_age("what is an IEP?") is None


def test_a_passage_about_other_ages_than_the_childs_counts_for_less():
    """Early intervention's transition plan does not answer when a 15-year-old's plan starts, though
    it shares the question's words; without an age it still ranks first."""
    toddlers = Chunk(
        id="e1",
        text="The transition plan must be written at least 90 days before the child's third birthday.",
        source="corpus/ei.md",
        title="Early intervention",
        section="When does the transition plan start?",
        ages=(0, 3),
    )
    teens = Chunk(
        id="t1",
        text="Transition services must be in the IEP in effect when the student turns 16, and planning starts then.",
        source="corpus/tp.md",
        title="Transition planning",
        section="When does transition planning start in the IEP?",
    )
    question = "When does transition planning start? She is 15."
    _, cited = _ask(question, [toddlers, teens], [0.7, 0.7])
    assert cited[0].chunk_id == "t1"
    _, cited = _ask("When does transition planning start?", [toddlers, teens], [0.7, 0.7])
    assert cited[0].chunk_id == "e1"


def test_the_second_passage_comes_from_the_first_ones_short_article_when_it_scores_about_the_same():
    """ "Can they suspend him?" then what must happen after: the suspension article's next section,
    not another article's section scoring a little higher. A statute is no short article."""
    from assistant.passages import Unit, segment

    first = _chunk("s1", "Can a school suspend a student with an IEP?", VERDICT.text, source="corpus/discipline.md")
    sibling = _chunk("s2", "What happens after 10 days of removal?", REMOVALS.text, source="corpus/discipline.md")
    other = _chunk("o1", "What is a manifestation review?", "A manifestation review is a meeting.", "corpus/mdr.md")

    def second(article_chunks: int) -> str:
        embedder = CachedEmbedder(HashingEmbedder())
        sizes = {"corpus/discipline.md": article_chunks, "corpus/mdr.md": 5}
        composer = PassageComposer(embedder, article=lambda source: [first] * sizes[source])
        units = [
            Unit(Hit(c, s), c.section, segment(c.text), score=s, item_sims=[0.5] * len(segment(c.text)))
            for c, s in ((first, 1.0), (other, 0.93), (sibling, 0.90))
        ]
        picked = composer.choose("Can the school suspend my son?", units)
        return picked[1].unit.chunk.id

    assert PassageWeights().same_article > 0.0
    assert second(article_chunks=6) == "s2"
    assert second(article_chunks=400) == "o1"  # a statute's other paragraphs are no nearer for being in it


def test_worked_examples_like_the_askers_situation_lose_to_the_rule_they_illustrate():
    examples = _chunk(
        "ex",
        "What documentation is enough?",
        "- Example. A student with ADHD got extra time on tests at school and asks for extra time on the exam.\n"
        "- Example. A student with a concussion asks for a quiet room on the exam.",
        source="realdocs/testing.md",
    )
    rule = _chunk(
        "rule",
        "What documentation is enough?",
        "Requests for documentation must be reasonable and limited to the need for the accommodation. "
        "A history of accommodations at school generally shows the need.",
        source="realdocs/testing.md",
        position=2,
    )
    question = "my son has ADHD and wants extra time on the exam. what do we need to show?"
    text, citations = _ask(question, [examples, rule], [0.80, 0.70])
    assert citations[0].chunk_id == "rule" and text.startswith("Requests for documentation must be reasonable")
    text, citations = _ask(question, [examples, rule], [0.80, 0.70 - 0.15])  # far weaker: the examples still answer
    assert citations[0].chunk_id == "ex"


def test_a_long_opening_that_says_little_about_the_question_does_not_crowd_out_the_part_that_does():
    # a regulation's paragraph: a long general rule first, the exception the asker means after it
    general = (
        "A recipient to which this subpart applies shall assure itself that its tests are selected and given so that "
        + " ".join(f"rule{n}" for n in range(120))
        + "."
    )
    inquiry = "A recipient may not make preadmission inquiry as to whether an applicant for admission has a disability."
    chunk = _chunk("r1", "Admissions and recruitment", f"{general} {inquiry}", source="realdocs/504.json")
    text, citations = _ask("can the admission application ask whether an applicant has a disability?", [chunk], [0.8])
    assert citations and inquiry in text
    assert "rule60" not in text  # the general rule no longer fits the passage's budget


def test_an_item_that_offers_one_of_two_ways_brings_the_other():
    # "within 60 days; or" is half the rule: a state's own timeframe is the other half
    chunk = _chunk(
        "r2",
        "Initial evaluation",
        "The initial evaluation must meet these timelines:\n"
        "(i) It must be conducted within 60 days of receiving parental consent for the evaluation; or\n"
        "(ii) If the State sets its own timeframe, within that timeframe.\n"
        + "\n".join(
            f"(iii) Consent form number {n} must be signed after the school explains the days of testing." for n in range(12)
        ),
        source="realdocs/300.json",
    )
    text, _ = _ask("how many days after consent does the school have for the evaluation?", [chunk], [0.8])
    assert "within 60 days of receiving parental consent" in text
    assert "within that timeframe" in text


def test_a_question_in_parts_reads_a_short_article_whole_but_not_a_long_regulation():
    from assistant.passages import Unit

    short = [_chunk(f"s{n}", f"Section {n}?", "A short answer.", source="corpus/short.md", position=n) for n in range(5)]
    long = [_chunk(f"l{n}", f"§ {n}", "A paragraph of the rule.", source="realdocs/cfr.json", position=n) for n in range(500)]
    articles = {"corpus/short.md": short, "realdocs/cfr.json": long}
    composer = PassageComposer(CachedEmbedder(HashingEmbedder()), article=lambda source: articles[source])
    for chunks in (short, long):
        hits = [Hit(chunks[0], 0.8)]
        widened = composer._with_article(hits, Unit(hits[0], "Section 0?", ()))
        if chunks is short:
            assert [h.chunk.id for h in widened] == [c.id for c in short]  # every section, scored as the weakest hit
            assert all(h.score == 0.8 for h in widened)
        else:
            assert widened == hits  # a regulation's thousand paragraphs are found by their own words instead


def test_a_report_of_findings_counts_less_for_a_question_that_asks_the_rule():
    # the same words in a statute's section and in a council's report of what it found: "how many
    # days can they suspend him?" is answered by the rule, "what did the review find?" may be the report's
    text = "Schools suspended students with disabilities for up to 10 school days in a row."
    rule = _chunk("r1", "Suspension", text, source="laws/statute.md")
    found = Chunk(id="r2", text=text, source="reports/review.pdf", title="Discipline", section="Suspension", report=True)
    composer, embedder = _composer()

    def order(question: str) -> list[str]:
        hits = [Hit(found, 0.8), Hit(rule, 0.8)]
        return [u.chunk.id for u in composer.units(question, embedder.query(question), hits)]

    assert order("how many days can the school suspend students with disabilities?")[0] == "r1"
    assert order("can schools suspend students with disabilities for 10 school days?")[0] == "r1"
    assert order("what did the review say about schools that suspended students with disabilities?") == ["r2", "r1"]
