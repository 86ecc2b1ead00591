"""The passage answerer: answer units, the form of the question, and answers on the real corpus."""

import pytest

from assistant import Turn
from assistant.followup import is_followup, library_words, retrieval_query
from assistant.passages import Item, asks_for, definitional, forms_agree, question_forms, question_key, quote_for, segment
from assistant.text import split_sentences

SECTION = """A series of removals is a pattern when three things are true:
- The removals add up to more than 10 school days in the school year.
- The student's behavior is much like the behavior in earlier removals.
- Other facts point to a pattern. Such as how long each removal lasted.

The school makes the first decision about a pattern."""


def test_segment_keeps_list_items_whole_and_lines_up_with_stored_sentences():
    items = segment(SECTION)
    assert [i.list_item for i in items] == [False, True, True, True, False]
    assert items[0].intro and not items[4].intro
    assert items[3].text == "Other facts point to a pattern. Such as how long each removal lasted."
    sentences = split_sentences(SECTION)
    for item in items:  # every item names the rows of its sentences in the stored split
        assert " ".join(sentences[r] for r in item.rows) == item.text


def test_faq_labels_are_not_shown_but_quotes_stay_verbatim():
    text = "Q: Can a hotel ask for proof?\nA: No. A hotel may not ask for documentation."
    items = segment(text)
    assert items[0].text == "Can a hotel ask for proof?"
    assert items[1].text.startswith("No.")
    quote = quote_for(text, items[1:])
    assert quote in text and not quote.startswith("A:")


def test_quote_joins_neighbouring_items_and_marks_gaps():
    items = segment(SECTION)
    assert quote_for(SECTION, items[0:3]) == SECTION.split("\n- Other")[0]  # one span, list markers included
    gap = quote_for(SECTION, [items[0], items[4]])
    assert " … " in gap and all(part in SECTION for part in gap.split(" … "))


def test_question_key_is_the_question_heading_or_heading_with_first_sentence():
    items = [Item("The school must act within 60 days.", (0,))]
    assert question_key("How long does the school have?", "Timelines", items) == "How long does the school have?"
    assert question_key("Overview", "Timelines", items) == "Timelines: The school must act within 60 days."
    assert question_key("Deadlines", "Timelines", items) == "Deadlines: The school must act within 60 days."


def test_the_form_of_the_question_is_recognised():
    assert "list" in asks_for("Who has to be at the IEP meeting?")
    assert "list" in asks_for("What are my options if I disagree?")
    assert "number" in asks_for("How long does the school have to evaluate?")
    assert "number" in asks_for("how often is the IEP reviewed")
    assert "number" in asks_for("When does the school have to hold the meeting?")
    assert "number" in asks_for("when will I get the report")
    # a "when" that tells the situation asks for no number: what happens, or the rule
    assert "number" not in asks_for("my kid gets early intervention now, what happens when he turns 3")
    assert "number" not in asks_for("what do I do when I disagree with the school")
    assert "rule" in asks_for("Can the school suspend my son?")
    assert "rule" in asks_for("Do I have to sign the IEP?")
    assert "open" in asks_for("What happens if the parents disagree?")  # no bare "Yes." answers it
    assert "open" not in asks_for("Do I have to sign the IEP?")
    assert definitional("What is an FBA?") and definitional("whats a 504 plan")
    assert not definitional("What happens if I disagree?")


def test_the_opening_words_of_the_last_asking_sentence_give_the_questions_form():
    assert question_forms("when do they have to send it?") == {"time"}
    assert question_forms("how fast do they have to give them to me?") == {"time"}
    assert question_forms("how fast does the school have to hold the meeting?") == {"time", "how:staff"}
    assert question_forms("I asked two months ago and nothing happened. How long does the school have?") == {"time", "how:staff"}
    # how often is not how long: "how long do they have to do this?" is not "How often will I get a progress report?"
    assert question_forms("How often will I get a progress report?") == {"often"}
    assert not question_forms("they keep saying they're gathering data. how long do they have to do this??") & question_forms(
        "How often will I get a progress report?"
    )
    assert question_forms("who has to be there? (first IEP meeting next week)") == {"who"}  # a follow-up's topic
    # what is told after the question is not its form: "Who decides if my child gets ESY?" answers this
    assert question_forms("who decides if my kid gets it? he loses skills every summer") == {"who", "who:decides"}
    assert question_forms("who pays for it?") == {"cost"}
    # how a decision is reached, even when a "who" follows: "What factors does the team consider?" answers it
    assert question_forms("how do they decide who gets it") == {"decide", "how"}
    assert question_forms("What factors does the team consider?") == {"decide"}
    assert question_forms("Who decides if my child gets ESY?") == {"who", "who:decides"}
    # who decides is not who qualifies: "Who qualifies for a 504 plan?" does not answer "who decides if she gets one"
    decides = question_forms("who decides if she gets one")
    assert not forms_agree(decides, question_forms("Who qualifies for a 504 plan?"))
    assert forms_agree(decides, question_forms("Who makes the decision?"))
    assert forms_agree(question_forms("who can get a 504"), question_forms("Who qualifies for a 504 plan?"))
    assert question_forms("what if I say no?") == question_forms("What happens if the school says no?") == {"if"}
    assert question_forms("What happens after the evaluation?") == {"next"}
    assert question_forms("How can you ask for prior written notice?") == {"how", "how:self"}
    # who does it: "how do I ask the school to test my kid" is not answered by how the school evaluates
    asked = question_forms("how do i ask the school to test my kid for a learning disability")
    assert not forms_agree(asked, question_forms("How should the school evaluate a twice-exceptional child?"))
    assert forms_agree(asked, question_forms("How do I ask to observe?"))
    assert forms_agree(asked, question_forms("How does an evaluation start?"))  # no doer named: the form still agrees
    # a deadline is a time: "how long do I have to file" is answered by the asker's deadline, not the state's
    file = question_forms("whats the difference between that and due process? how long do i have to file")
    assert file == {"time", "how:self"}
    assert forms_agree(file, question_forms("Who can file, and what is the deadline?"))
    assert forms_agree(file, question_forms("Are there any time limits for a complaint?"))
    assert not forms_agree(file, question_forms("How long does the state have to decide?"))
    assert not forms_agree(file, question_forms("How do I file a state complaint?"))
    # "what can I do?" is answered by the section asking "What can you do if a service is not happening?"
    assert question_forms("he hasnt had speech in weeks. what can i do about it") == {"do"}
    assert question_forms("What can you do if a service is not happening?") == {"do"}
    assert question_forms("what are my options?") == question_forms("What can parents do?") == {"do"}
    # "when" inside a sentence is not a question about time; a yes/no question has no such form
    assert not question_forms("does his 504 plan still count when he starts college")
    assert not question_forms("can I be there?")


def test_a_when_question_is_answered_by_the_section_that_says_when(assistant):
    """Of the sections on prior written notice, the one whose question is "when" answers "when do
    they have to send it?", not the one on how to ask for it, whose sentences share more words."""
    first = "What is prior written notice?"
    answer = assistant.ask("when do they have to send it?", history=[Turn(first, assistant.ask(first).text)])
    assert not answer.abstained
    assert "reasonable time before" in answer.text
    assert answer.citations[0].section == "When must the school give prior written notice?"  # it leads the answer


def test_how_long_do_i_have_is_answered_by_the_askers_deadline_not_the_schools(assistant):
    """A parent's "how long do I have to file" asks for the parent's deadline ("Who can file, and what
    is the deadline?"), not how long the state has to decide; a teacher's "how long do I have" asks
    what the school must do, so for a teacher the school's deadline answers it."""
    told = "i want to file a state complaint against the district because theyre not following the iep"
    answer = assistant.ask("how long do i have to file", history=[Turn(told, assistant.ask(told).text)])
    assert answer.citations[0].section == "Who can file, and what is the deadline?"
    assert "no more than one year" in answer.text
    told = "im a special ed teacher and a parent asked for a copy of all their kid's records"
    history = [Turn(told, assistant.ask(told, audience="teacher").text)]
    answer = assistant.ask("how long do I have to get them to her?", audience="teacher", history=history)
    assert "How soon does the school have to let me see them?" in [c.section for c in answer.citations]
    assert "45 days" in answer.text


def test_a_followup_is_told_by_what_it_refers_to_not_its_length():
    assert is_followup("Does the school have to do a meeting about it?")
    assert is_followup("what about for 504?")
    assert is_followup("How long?")
    assert not is_followup("How do I bake bread?")
    assert not is_followup("Is it legal for the school to refuse to evaluate my son?")
    # a choice between the things just talked about ("accommodations vs modifications")
    assert is_followup("which one changes what my kid actually has to learn?")
    assert not is_followup("Which states have the best programs?")
    assert (
        retrieval_query("How do I bake bread?", [Turn("Can I bring an advocate to the IEP meeting?")]) == "How do I bake bread?"
    )


def test_everyday_descriptions_bring_the_library_words():
    assert "removal" in library_words("they keep calling me to pick him up early")
    assert "behavior" in library_words("he melts down every time the schedule changes")
    # bothered by noise or crowds: the setting accommodations; a noisy class is a teacher's day, not a need
    assert "accommodations" in library_words("my son has a hard time with loud noises and crowds, can the school do anything")
    assert library_words("what are some good classroom management strategies for a noisy class") == ""
    assert library_words("What is an IEP?") == ""
    # a move is about comparable services, not the transfer of rights at 18
    assert "comparable" in library_words("We're moving from Ohio to Texas, what happens to the IEP?")
    assert "transfer" not in library_words("my son transferred schools")
    assert "bullying" in library_words("kids keep picking on my son about his stutter")
    assert "interpreter" in library_words("I don't speak English well, can I get help at the meeting?")
    assert "records" in library_words("can I get a copy of my son's school file?")
    assert "seclusion" in library_words("they put my son in a room alone when he gets upset")
    assert "placement" not in library_words("they put my son in a room alone when he gets upset")
    assert "restraint" in library_words("my sons aide held him face down on the floor during a meltdown")
    # what the staff told the parent, in their words; holding a child back a grade is not a restraint
    assert "restraint" in library_words("the aide said they 'had to hold him' during a meltdown")
    assert "restraint" not in library_words("they had to hold him back a grade")
    # a dispute in other words than "disagree": the options for resolving one
    assert "dispute" in library_words("we're at a complete standstill with the school over my daughter's services")
    assert "dispute" in library_words("we cant agree with the school on reading services at all")
    assert "removal" in library_words("my kid keeps getting in trouble on the bus and now they say he can't ride")
    assert "happening" in library_words("my daughters speech therapist hasnt shown up for weeks")
    assert "extracurricular" not in library_words("he gets headaches and is wiped out by lunch")  # a time of day
    assert "extracurricular" in library_words("she has nobody to sit with at lunch in the cafeteria")


def test_being_sent_home_is_answered_with_the_removal_rules(assistant):
    answer = assistant.ask("My son has ADHD and keeps getting sent home from school. What can I do?")
    assert not answer.abstained
    assert "10 school days" in answer.text


def test_a_followup_answers_its_new_aspect_and_never_repeats_the_last_answer(assistant):
    first = assistant.ask("What is a manifestation determination review?")
    second = assistant.ask("can I appeal it?", history=[Turn("What is a manifestation determination review?", first.text)])
    assert not second.abstained
    earlier = {s.strip() for s in first.text.replace("\n", " ").split("]") if len(s) > 20}
    later = {s.strip() for s in second.text.replace("\n", " ").split("]") if len(s) > 20}
    assert not earlier & later


def test_a_question_after_a_told_situation_is_answered_even_where_the_first_reply_said_it(assistant):
    # the reply to "my son turns 3 ..." offered the rules on turning 3; the question that follows
    # asks for exactly them, so they are its answer, not held back for a weaker passage
    told = "my son turns 3 in april and gets early intervention now"
    first = assistant.ask(told)
    answer = assistant.ask("what happens to his services when he turns 3?", history=[Turn.of(told, first)])
    assert not answer.abstained
    assert "transition-at-age-three" in answer.citations[0].source
    assert "end when a child turns 3" in answer.text


def test_thanks_after_an_answer_gets_a_reply_not_more_guidance(assistant):
    first = assistant.ask("What is an IEE?")
    answer = assistant.ask("thanks, that helps!", history=[Turn.of("What is an IEE?", first)])
    assert answer.abstained and not answer.citations
    assert answer.text.startswith("You're welcome.")


def test_a_followup_to_an_answered_question_is_answered_from_its_topic(assistant):
    first = assistant.ask("What is a BIP?")
    answer = assistant.ask("who writes it?", history=[Turn.of("What is a BIP?", first)])
    assert not answer.abstained
    assert "fba-and-bip" in answer.citations[0].source


def test_an_off_topic_question_after_an_iep_question_is_declined(assistant):
    first = assistant.ask("Can I bring an advocate to the IEP meeting?")
    answer = assistant.ask("How do I bake bread?", history=[Turn("Can I bring an advocate to the IEP meeting?", first.text)])
    assert answer.abstained


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("Can the school suspend my child?", "what about my landlord, can he evict us?"),
        ("My daughter was suspended for 5 days.", "what's a good movie for kids this weekend"),
    ],
)
def test_an_off_topic_followup_in_form_is_judged_on_its_own_words(assistant, earlier, question):
    # it opens like a follow-up ("what about…", "this weekend"), but names things the library never
    # covers: the earlier question's words must not carry it into an answer about discipline
    first = assistant.ask(earlier)
    answer = assistant.ask(question, history=[Turn(earlier, first.text)])
    assert answer.abstained and not answer.citations


def test_a_list_question_gets_the_list_and_no_generic_lead_in(assistant):
    answer = assistant.ask("What are my options if I disagree with the school about my child's IEP?")
    assert not answer.abstained and answer.lead_in == ""
    text = answer.text.lower()
    assert sum(term in text for term in ("mediation", "due process", "state complaint")) >= 2


def test_no_fact_is_stated_twice(assistant):
    answer = assistant.ask("How often does the IEP get reviewed?")
    assert "once a year" in answer.text.lower() or "every year" in answer.text.lower()
    sentences = [s.strip() for s in answer.text.replace("\n", " ").split("]") if s.strip()]
    assert len(sentences) == len(set(sentences))


def test_bare_paragraph_labels_are_not_shown_and_list_endings_are_kept():
    from assistant.passages import _finish, _shown

    assert not _shown(segment("(D) Parental consent.")[0]) and not _shown(segment("In general.")[0])
    assert _shown(segment("No.")[0]) and _shown(segment("Here are practical steps:")[0])
    assert _shown(segment("Keep copies of everything.")[0])
    assert (
        _finish("Must be conducted within 60 days of receiving parental consent; or")
        == "Must be conducted within 60 days of receiving parental consent; or"
    )
    assert _finish("Keep a dated list") == "Keep a dated list."


def test_a_statutes_paragraph_titles_on_their_own_lines_are_not_shown_but_its_short_rules_are():
    from assistant.passages import _shown

    statute = "(1) Initial evaluations\n\n(B) Request for initial evaluation\n\nA parent may request an evaluation.\n\n"
    statute += "(ii) Parents may be charged\n\n(C) Consent for services"
    shown = [item.text for item in segment(statute) if _shown(item)]
    assert shown == ["A parent may request an evaluation.", "Parents may be charged"]
    assert _shown(segment("- Speech therapy")[0]) and _shown(segment("- Physical therapy")[0])  # a list's members stay


def test_a_regulations_paragraph_titles_are_left_out_of_the_shown_text_but_not_its_rules():
    from assistant.passages import Picked, Unit, _shown, render
    from assistant.types import Chunk, Hit

    statute = "(C) Requirement with respect to regular education teacher\n\n(G) Mediation discussions .\n\n(D) Agreement"
    assert not any(_shown(item) for item in segment(statute))
    regulation = (
        "(f) Determination that behavior was a manifestation. If the team finds the conduct was a manifestation, "
        "the IEP Team must conduct a functional behavioral assessment.\n"
        "(e) Timeline for requesting a hearing. (1) A parent must request a hearing within two years.\n"
        "(g) The parent must consent. The agency keeps a record."
    )
    items = segment(regulation)
    chunk = Chunk(id="c", text=regulation, source="realdocs/regs.json", title="Regs", section="300.530")
    shown, citations = render([Picked(Unit(Hit(chunk, 1.0), "S", items), (0, 1, 2))])
    assert "Determination that" not in shown and "Timeline for" not in shown and "(1)" not in shown
    assert "- If the team finds the conduct was a manifestation" in shown
    assert "- A parent must request a hearing within two years. [1]" in shown
    assert "- The parent must consent. [1] The agency keeps a record. [1]" in shown  # a rule, not a title
    assert citations[0].quote in regulation and "Timeline for requesting" in citations[0].quote  # verbatim


def test_every_sentence_of_a_list_item_carries_the_citation():
    from assistant.citations import cited_sentences
    from assistant.passages import Picked, Unit, render
    from assistant.types import Chunk, Hit

    text = "(a) General. Each public agency must conduct an evaluation.\n(b) Timing. It must be done within 60 days."
    unit = Unit(Hit(Chunk(id="c1", text=text, source="s", title="T", section="S"), 0.5), "S", segment(text))
    answer, citations = render([Picked(unit, (0, 1))])
    assert all(s.numbers == (1,) for s in cited_sentences(answer))
    assert all(part in text for part in citations[0].quote.split(" … "))


def test_a_process_question_gets_the_steps_each_cited_to_its_section(assistant):
    from assistant.passages import asks_process

    assert asks_process("How does the special education evaluation work?")
    assert asks_process("wat happens at a iep meeting") and not asks_process("What is an IEP?")
    answer = assistant.ask("How does the special education evaluation work?")
    steps = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert len(steps) >= 3
    assert "consent" in answer.text and "60 days" in answer.text
    sections = [c.section for c in answer.citations]
    assert len(sections) == len(set(sections)) and len({c.source for c in answer.citations}) == 1


def test_an_outline_step_does_not_say_again_what_the_opening_said(assistant):
    answer = assistant.ask("how does a manifestation determination review work?")
    steps = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert len(steps) >= 3
    # the opening gives the 10-day deadline; the section on when the review happens adds its next sentence instead
    assert answer.text.count("The review must happen within 10 school days") == 1


def test_a_question_the_library_asks_in_its_own_headings_is_answered_however_short(assistant):
    answer = assistant.ask("when does the 60 day clock start")
    assert not answer.abstained
    assert "consent" in answer.text
    assert answer.evidence is not None


def test_words_the_library_never_uses_are_told_from_misspellings():
    from assistant.bm25 import BM25Index

    index = BM25Index.build(
        [
            ("a", "Ask for an evaluation in writing. The school must answer."),
            ("b", "A daughter or son with a disability may get special education."),
        ]
    )
    assert index.unknown_terms("Ritalin or therapy for my kid?") == ["ritalin", "therapi"]
    assert index.unknown_terms("my kid got an evaluaton agian") == []  # misspellings and family words
    assert index.unknown_terms("Can my son get special education?") == []
    assert index.unknown_terms("I asked in September, it is December, no evaluation") == []  # dates say when


def test_a_near_scope_question_naming_what_the_library_lacks_is_declined(assistant):
    answer = assistant.ask("Is Ritalin or Adderall better for a kid with ADHD?")
    assert answer.abstained
    assert not assistant.ask("Can a child with ADHD get a 504 plan?").abstained


def test_an_everyday_word_the_library_has_its_own_term_for_is_not_an_unknown_word(assistant):
    from assistant.followup import translated_terms

    question = "the daycare says they won't take my son because of his autism, is that allowed?"
    assert "daycar" in assistant.retrieval.index.keywords().unknown_terms(question)  # the library says "child care"
    assert "daycar" in translated_terms(question)
    _, evidence = assistant.inspect(question)
    assert evidence is not None and evidence.unknown == 0


def test_faq_numbering_and_breadcrumbs_are_not_part_of_the_question_key():
    items = [Item("No.", (0,))]
    assert (
        question_key("General Rules > Q12. Can hotels charge a cleaning fee?", "FAQ", items)
        == "Can hotels charge a cleaning fee?"
    )
    assert question_key("3. Who can file?", "FAQ", items) == "Who can file?"


def test_a_yes_or_no_is_shown_only_where_it_answers_the_askers_question():
    from assistant.passages import PassageComposer, Unit
    from assistant.types import Chunk, Hit

    def unit(key_sim, verdict_ok):
        text = "No, the dog must be under the handler's control at all times.\nThe handler keeps the dog leashed."
        made = Unit(Hit(Chunk(id="c", text=text, source="s", title="T", section="Q?"), 0.7), "Q?", segment(text))
        made.key_sim, made.verdict_ok, made.item_sims = key_sim, verdict_ok, [0.5, 0.5]
        return made

    composer = PassageComposer(embedder=None, sentences=object())
    assert composer.pick("Can a restaurant ask us to leave?", unit(0.62, False), 150, {"rule"}, set()) == (1,)
    assert composer.pick("Can a hotel guest leave the dog in the room?", unit(0.80, True), 150, {"rule"}, set()) == (0, 1)


def test_a_list_question_whose_best_passage_has_no_list_also_gets_the_list(assistant):
    # The overview of related services ranks first and only names a few; the list of common
    # services is another section of the same article.
    answer = assistant.ask("What are related services in an IEP?")
    assert not answer.abstained
    items = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert len(items) >= 3
    assert "occupational therapy" in answer.text.lower()
    assert {c.source for c in answer.citations} == {"corpus/related-services.md"}


def test_paying_a_lawyer_is_asked_in_the_words_of_the_rules():
    assert "attorneys fees" in retrieval_query("If we win the hearing does the school have to pay our lawyer?")
    assert "attorneys" in retrieval_query("who pays the lawyer fees")
    assert "attorneys" not in retrieval_query("do I need a lawyer for the IEP meeting")


def test_an_item_ending_in_a_quotation_gets_no_extra_full_stop():
    from assistant.passages import render

    items = segment('A measurable goal has a criterion, such as "in 4 out of 5 tries."\nIt has a "time frame"')
    from assistant.passages import Picked, Unit
    from assistant.types import Chunk, Hit

    chunk = Chunk(id="c", text="", source="corpus/x.md", title="X", section="S")
    text, _ = render([Picked(Unit(Hit(chunk, 1.0), "S", items), (0, 1))])
    assert 'tries." [1]' in text and '"time frame". [1]' in text


def test_a_list_stem_ending_in_a_dash_is_shown_with_the_item_it_leads_into():
    from assistant.citations import cited_sentences
    from assistant.passages import Picked, Unit, render
    from assistant.types import Chunk, Hit

    text = "(1) At a minimum, a hearing officer—\n(i) Must not be—\n(A) An employee of the agency; or\n(ii) Must know the law."
    items = segment(text)
    chunk = Chunk(id="c", text=text, source="realdocs/regs.json", title="Regs", section="300.511")
    shown, _ = render([Picked(Unit(Hit(chunk, 1.0), "S", items), tuple(range(len(items))))])
    assert "- At a minimum, a hearing officer— Must not be— An employee of the agency; or [1]" in shown
    assert all(s.numbers for s in cited_sentences(shown))  # no stem stands alone without its citation


def test_a_stem_whose_items_do_not_fit_the_budget_is_left_out():
    from assistant.passages import PassageComposer, Unit
    from assistant.types import Chunk, Hit

    text = (
        "The hearing officer rules are these.\nA hearing officer must know the law and the regulations well.\n"
        "A hearing officer must not be—\nAn employee of the agency that is involved in the education of the child; or"
    )
    items = segment(text)
    chunk = Chunk(id="c", text=text, source="realdocs/regs.json", title="Regs", section="300.511")
    unit = Unit(Hit(chunk, 1.0), "Who can be a hearing officer?", items, item_sims=[0.1, 0.9, 0.8, 0.0])
    picked = PassageComposer(None).pick("who can be the hearing officer", unit, budget=24, kinds=set(), said=set())
    assert picked == (0, 1)  # the stem would fit, its item would not


REGULATION = (
    "(a) General. Each public agency must allow parties to resolve disputes through a mediation process.\n\n"
    "(b) Requirements. The procedures must meet the following requirements:\n\n"
    "(1) The procedures must ensure that the mediation process—\n\n"
    "(i) Is voluntary on the part of the parties;\n\n"
    "(ii) Is not used to deny or delay a parent's right to a hearing; and\n\n"
    "(iii) Is conducted by a qualified and impartial mediator.\n\n"
    "(2) A public agency may offer parents a meeting with a disinterested party—\n\n"
    "(A) Who is under contract with a dispute resolution entity."
)


def test_a_regulations_deeper_labels_mark_list_items_and_a_chosen_stem_brings_its_items():
    from assistant.passages import PassageComposer, Unit
    from assistant.types import Chunk, Hit

    items = segment(REGULATION)
    assert [i.list_item for i in items] == [True] * 8  # "(ii)", "(iii)" and "(A)" too, not only "(a)", "(1)", "(i)"
    assert [i.intro for i in items] == [False, True, True, False, False, False, True, False]
    assert items[4].text.startswith("Is not used")  # the label is not shown
    sentences = split_sentences(REGULATION)
    for item in items:  # the rows still line up with the stored sentences, which keep "(ii)"
        assert " ".join(sentences[r] for r in item.rows).endswith(item.text)

    chunk = Chunk(id="c", text=REGULATION, source="realdocs/regs.json", title="Regs", section="34 CFR 300.506 — Mediation")
    sims = [0.5, 0.3, 0.7, 0.1, 0.5, 0.4, 0.3, 0.2]  # "Is voluntary" alone is far from the question
    unit = Unit(Hit(chunk, 1.0), "Mediation", items, item_sims=sims)
    question = "do I have to do mediation before a due process hearing?"
    picked = PassageComposer(None).pick(question, unit, budget=60, kinds={"rule"}, said=set())
    assert {2, 3, 4, 5} <= set(picked) and 7 not in picked  # the stem with its whole list, not the next list's item


def test_a_statutes_lead_in_that_lost_its_dash_leads_into_its_item_and_is_dropped_when_its_item_is_elsewhere():
    from assistant.passages import PassageComposer, Picked, Unit, render
    from assistant.types import Chunk, Hit

    statute = (
        "A hearing officer conducting a hearing shall, at a minimum\n\n(i) not be\n\n"
        "(I) an employee of the State educational agency; or\n\n(II) a person with a conflicting interest;"
    )
    chunk = Chunk(id="s", text=statute, source="realdocs/usc.md", title="20 U.S.C.", section="1415 (f)")
    items = segment(statute)
    unit = Unit(Hit(chunk, 1.0), "Hearing officers", items, item_sims=[0.5] * len(items))
    text, _ = render([Picked(unit, tuple(range(len(items))))])
    assert "- not be an employee of the State educational agency; or [1]" in text, text  # never "- not be."
    assert "not be." not in text
    # the chunk ends on the lead-in, its item in the next chunk: the lead-in is left out, not shown alone
    cut = Chunk(id="t", text=statute.split("\n\n(I)")[0], source="realdocs/usc.md", title="20 U.S.C.", section="1415 (f)")
    cut_items = segment(cut.text)
    cut_unit = Unit(Hit(cut, 1.0), "Hearing officers", cut_items, item_sims=[0.5] * len(cut_items))
    picked = PassageComposer(None).pick("who can be a hearing officer", cut_unit, budget=150, kinds=set(), said=set())
    assert [cut_items[i].text for i in picked] == ["A hearing officer conducting a hearing shall, at a minimum"]


def test_a_question_about_turning_away_and_one_about_a_duty_take_opposite_verdicts():
    from assistant.passages import reverses

    admit = "Q20. What about children with diabetes? Do we have to admit them to our program?"
    assert reverses(admit, "daycare told me they cant take my 4 year old because of his diabetes. can they turn him away?")
    # a question that only points back is read with the refusal it tells, not the reason given for it
    assert reverses(admit, "the daycare says they won't take my son because they'd have to check his blood sugar. is that legal?")
    assert not reverses(admit, "do they have to take my son if he has diabetes?")
    assert not reverses(admit, "What about children with diabetes?")  # no stance: nothing to reverse
    refuse = "Can I refuse to give medication to a child with a disability?"
    assert reverses(refuse, "do they have to give her the epipen?")
    assert not reverses(refuse, "can the daycare refuse to give my daughter her inhaler?")
    # a follow-up's own words first: "do they have to?" after a refusal asks about the duty
    assert not reverses(admit, "Our daycare won't give her medication. do they have to?", "do they have to?")
    assert reverses(refuse, "Our daycare won't give her medication. do they have to?", "do they have to?")
    # what is asked sets the stance, not the refusal told: "No, a school cannot refuse …" is no answer to it
    assert reverses("Can the school refuse an aide because of cost?", "The school refused an aide. Do they have to say why?")


def test_a_passage_about_lacking_or_being_unable_to_do_what_the_asker_asks_is_not_the_answer(assistant):
    from assistant.passages import contrary

    key = "Does a student without an IEP have any protections?"
    assert contrary(key, "can they kick my son out of school for fighting he has an iep")
    assert not contrary(key, "my son doesnt have an IEP yet, can they expel him?")
    assert not contrary(key, "can they kick him out for fighting?")  # says nothing of an IEP
    cannot = "What if I cannot record the meeting?"
    assert contrary(cannot, "can i record the iep meeting on my phone?? i never remember what they said")
    assert contrary(cannot, "can I tape the IEP meeting so I don't miss anything? (recording)")  # "don't" is another clause's
    assert not contrary(cannot, "what if they wont let me record it")
    mine = "What happens if I say no?"  # a parent refusing consent
    assert contrary(mine, "can the school just say no to testing my kid?")
    assert contrary(mine, "I asked the school to evaluate my son and they said no. can they just say no like that?")
    assert not contrary(mine, "what if I refuse to sign the consent form?")
    assert not contrary(mine, "do i have to say yes?")  # says nothing of who refuses
    assert contrary("What if the school says no?", "what if I say no to the evaluation?")
    absent = "Conducting an IEP Team meeting without a parent in attendance. A meeting may be held without a parent."
    assert not contrary(absent, "They held the IEP meeting without me. Can they do that? (parent cannot attend)")
    assert contrary(absent, "As a parent, what happens at the IEP meeting?")
    after = "What should I do after the meeting?"  # a time set by the same event, the other side of it
    assert contrary(after, "can i get a copy of my child's iep before the meeting?")
    assert contrary(after, "can we talk before the IEP meeting?")
    assert not contrary(after, "what do i do after the iep meeting is over")
    assert not contrary(after, "what should i do before the evaluation?")  # another event
    not_caused = "What happens if the behavior was not caused by the disability?"  # a finding, not the asker's
    assert contrary(not_caused, "what happens if they decide my sons behavior was caused by his disability")
    assert not contrary(not_caused, "what if they decide it wasnt caused by his disability")
    assert not contrary("What happens if the behavior was caused by the disability?", "what if it was not caused by it")
    agreed = "What happens if you reach an agreement?"  # the way that works, for a question about the way that fails
    assert contrary(agreed, "what if we can't agree?") and contrary(agreed, "and if they dont agree")
    assert not contrary(agreed, "what happens if we agree on everything?")
    assert not contrary("What if you cannot agree?", "what if we can't agree?")
    assert not contrary("How does mediation work?", "what if it doesn't work?")  # no "if" of its own to contradict
    recorded = assistant.ask("can i record the iep meeting on my phone?? i never remember what they said")
    assert recorded.citations[0].section == "Can I record my child's IEP meeting?"
    answer = assistant.ask("can they kick my son out of school for fighting he has an iep")
    assert answer.citations and "without an IEP" not in answer.citations[0].section


def test_a_passage_opening_mid_list_is_led_by_the_stem_from_the_chunk_before():
    from assistant.passages import PassageComposer, Picked, Unit, render
    from assistant.types import Chunk, Hit

    section = "34 CFR 300.517 — Attorneys' fees"
    before = Chunk(
        id="a",
        text=(
            "(1) Fees must be based on rates in the community.\n\n"
            "(2)(i) Fees may not be awarded for services after a written offer of settlement to a parent if—"
        ),
        source="realdocs/regs.json",
        title="Regs",
        section=section,
        position=0,
    )
    after = Chunk(
        id="b",
        text=(
            "(A) The offer is not accepted within 10 days; and\n\n"
            "(B) The relief finally obtained is not more favorable than the offer."
        ),
        source="realdocs/regs.json",
        title="Regs",
        section=section,
        position=1,
    )
    composer = PassageComposer(None, object(), article=lambda source: [before, after])  # type: ignore[arg-type]
    items = segment(after.text)
    shown, citations = render(composer._with_stems([Picked(Unit(Hit(after, 0.9), "Fees", items), (0, 1))]))
    assert shown.startswith("(2)(i) Fees may not be awarded for services after a written offer of settlement to a parent if— [1]")
    assert "- The offer is not accepted within 10 days; and [2]" in shown
    assert [c.chunk_id for c in citations] == ["a", "b"]  # the stem is quoted, and cited, from its own chunk
    # a passage that opens with its own sentence, or a first chunk, gets no stem
    opening = Picked(Unit(Hit(before, 0.9), "Fees", segment(before.text)), (0,))
    assert composer._with_stems([opening]) == [opening]


def test_a_passage_written_for_the_other_audience_counts_for_less_unless_the_question_names_it(assistant):
    from assistant.passages import _names_audience

    question = "we totally disagree with the iep team and they wont budge at all, what are my options"
    answer = assistant.ask(question, audience="family")
    assert answer.citations[0].source != "corpus/what-teachers-should-expect-in-iep-meetings.md"

    assert _names_audience("teacher", "what does the gen ed teacher have to do?")
    assert not _names_audience("teacher", "what are my options if we disagree with the team?")
    assert _names_audience("family", "can the parents bring an advocate?")


def test_a_question_for_advice_the_library_does_not_give_is_declined_however_like_a_heading(assistant):
    assert assistant.ask("is there a cure for dyslexia").abstained  # close to "Where does dyslexia fit?", but medical
    assert not assistant.ask("Where does dyslexia fit?").abstained


def test_a_question_about_school_life_in_general_is_declined_however_like_a_heading(assistant):
    # close to "Can the school require my child to take medicine?" or to the library's guidance on
    # records, but about no disability, special education subject or school problem of the library's
    for question in (
        "can the school make my kid get the flu shot",
        "is it legal for the school to search my kid's backpack",
        "how do i get a copy of my kid's birth certificate",
        "what time does the school bus usually come in the morning",  # near the guidance on special transportation
        "how do i get a refund for the school fundraiser",  # near tuition reimbursement
        "how do i ask my principal for a bigger classroom",  # near the guidance on classrooms and placement
    ):
        assert assistant.ask(question).abstained, question
    assert not assistant.ask("can the school make my kid take medicine for his adhd?").abstained
    assert not assistant.ask("can the school stop my kid from riding the bus because of how he acts").abstained
    assert not assistant.ask("the school says my son can't go on the class trip unless i come with him").abstained
    # one that points back belongs to the conversation: judged as a follow-up, not as school life
    question = "what are accommodations vs modifications"
    history = [Turn.of(question, assistant.ask(question))]
    assert not assistant.ask("which one changes what my kid actually has to learn?", history=history).abstained


def test_words_an_everyday_phrase_was_given_and_contractions_are_not_unknown_words(assistant):
    # "dance" is given "extracurricular", a word the library does not use; "didn't" is no topic either
    assert not assistant.ask("the principal says my daughter can't go to the dance because of her wheelchair").abstained
    question = "I'm a para and one of my students keeps throwing chairs, nobody gave us a behavior plan, what should be in place"
    assert not assistant.ask(question, audience="family").abstained


def test_a_followup_finds_the_rest_of_the_article_the_last_answer_quoted(assistant):
    # "and if they say no?" names neither the request nor the evaluation: the article on asking for
    # one, which the last answer quoted, is searched whole for the section on a refusal
    turns = ["what is an iep?", "how do i ask for one for my son?"]
    history: list[Turn] = []
    for turn in turns:
        history.append(Turn.of(turn, assistant.ask(turn, history=history)))
    assert "how-to-request-an-iep" in history[-1].sources[0]
    answer = assistant.ask("and if they say no?", history=history)
    assert not answer.abstained
    refusal = [c for c in answer.citations if c.source.endswith("how-to-request-an-iep.md")]
    assert refusal and refusal[0].section == "What if the school says no?"
    assert "If the school says no, the school must give you prior written notice that explains why." in answer.text


def test_a_followup_is_judged_on_its_own_words_not_the_rare_words_of_earlier_turns(assistant):
    turns = [
        "I'm a para working with a nonverbal 2nd grader",
        "he has an AAC device in his IEP but it basically stays in his cubby and never goes home",
    ]
    history: list[Turn] = []
    for turn in turns:
        history.append(Turn.of(turn, assistant.ask(turn, history=history)))
    answer = assistant.ask("is the school supposed to let it go home with him?", history=history)
    assert not answer.abstained  # "nonverbal", "AAC" and "cubby" were the earlier turns' words
    assert "assistive-technology" in answer.citations[0].source


def test_a_bare_yes_or_no_answers_only_a_question_that_asks_for_one():
    from assistant.passages import asks_yes_or_no

    assert not asks_yes_or_no("what happens if the parents get upset and disagree with everything at the IEP meeting")
    assert not asks_yes_or_no("How long does the school have?")
    assert asks_yes_or_no("principal. a mom wants to sit in her sons classroom for a whole day. do we have to let her")
    assert asks_yes_or_no("can i see all my childs school records? how fast do they have to give them to me")
    assert asks_yes_or_no("what about a 504 then?")  # goes on from a question that may be answered yes or no
    # a sentence that tells the situation asks nothing: "Yes." does not answer "how do i get a copy?"
    assert not asks_yes_or_no("how do i get a copy of my child's records? the school is dragging its feet for weeks")
    assert asks_yes_or_no("the school is dragging its feet for weeks. can i get a copy of my child's records?")


def test_a_passage_given_already_is_given_again_when_it_far_outscores_every_new_one():
    from assistant.passages import PassageComposer, Unit
    from assistant.text import normalize
    from assistant.types import Chunk, Hit

    def unit(cid: str, text: str, score: float, key_sim: float) -> Unit:
        chunk = Chunk(id=cid, text=text, source=f"{cid}.md", title="T", section="S")
        return Unit(Hit(chunk, score), "S", segment(text), score=score, key_sim=key_sim)

    given = "Child find covers children in public, private, and home schools. Child find is a duty."
    said = {normalize(s) for s in split_sentences(given)}
    child_find = unit("find", given, score=0.68, key_sim=0.57)
    far = unit("records", "Parents have the right to see their child's school records.", score=0.52, key_sim=0.60)
    assert PassageComposer._restated([child_find, far], said, margin=0.10) is child_find
    near = unit("records", "Parents have the right to see their child's school records.", score=0.62, key_sim=0.60)
    assert PassageComposer._restated([child_find, near], said, margin=0.10) is None  # a new passage nearly as good
    assert PassageComposer._restated([child_find, far], set(), margin=0.10) is None  # nothing given yet


def test_a_question_about_a_teenager_is_not_answered_from_early_intervention(assistant):
    """ "What happens after high school" shares words with the move out of early intervention at
    age 3; the child's age says which transition the asker means."""
    answer = assistant.ask(
        "my daughter is 15 with down syndrome. when is the school supposed to start talking about what happens after high school?"
    )
    assert not answer.abstained
    assert answer.citations[0].source == "corpus/transition-planning.md"
    assert "turns 16" in answer.text
    assert not any(c.source in ("corpus/transition-at-age-three.md", "corpus/early-intervention.md") for c in answer.citations)


def test_a_followup_gets_the_passage_it_asks_about_again_rather_than_a_weaker_new_one(assistant):
    """ "Will his IEP still count there?" after "we're moving to another state" is answered by the
    section on moving to another state, which the first answer began, not by the one on moving
    within a state that nobody asked about."""
    first = "We're moving to another state next month"
    answer = assistant.ask("will his IEP still count there?", history=[Turn(first, assistant.ask(first).text)])
    assert not answer.abstained
    assert "move to another state" in answer.text.split("\n\n")[0]


def test_a_reports_list_of_abbreviations_is_no_answer():
    from assistant.passages import Unit, readable
    from assistant.types import Chunk, Hit

    def unit(text: str) -> Unit:
        return Unit(Hit(Chunk(id="g", text=text, source="realdocs/r.pdf", title="R", section=""), 0.5), "", segment(text))

    glossary = (
        "ACAA Air Carrier Access Act ADA Americans with Disabilities Act ADD Administration on Developmental "
        "Disabilities ADHD Attention Deficit and Hyperactivity Disorder ALJ Administrative Law Judge CAP Corrective "
        "Action Plan DOJ Department of Justice FAPE Free Appropriate Public Education IDEA Individuals with "
        "Disabilities Education Act OCR Office for Civil Rights."
    )
    assert not readable(unit(glossary))
    prose = "The IEP team, including the parent, decides on ESY. The school must offer FAPE. The LEA and SEA must agree."
    assert readable(unit(prose))


def test_how_a_team_decides_is_not_answered_by_who_decides(assistant):
    # "Who decides if my child gets ESY?" shares the words; "What factors does the team consider?" answers
    answer = assistant.ask("how do they decide if my son gets summer services")
    sections = [c.section for c in answer.citations]
    assert "What factors does the team consider?" in sections and "Who decides" not in sections[0], sections
    assert "Regression means the child loses skills" in answer.text
    assert "Who decides" in assistant.ask("who decides if my son gets summer services").citations[0].section
    # a follow-up that asks how, with "who" in it, is answered the same way
    first = "what is extended school year"
    answer = assistant.ask("how do they decide who gets it", history=[Turn.of(first, assistant.ask(first))])
    assert answer.citations[0].section == "What factors does the team consider?", [c.section for c in answer.citations]
    assert "Regression" in answer.text and "Recoupment" in answer.text


def test_asking_for_examples_after_a_definition_is_answered_with_them(assistant):
    first = "what are related services"
    answer = assistant.ask("what are some examples", history=[Turn.of(first, assistant.ask(first))])
    assert not answer.abstained and "Speech therapy" in answer.text, answer.text


def test_who_decides_is_not_answered_by_who_qualifies(assistant):
    # after "how do i ask for a 504 plan", "who decides if she gets one" asks about the team, not the two-part test
    first = "how do i ask for a 504 plan"
    answer = assistant.ask("who decides if she gets one", history=[Turn.of(first, assistant.ask(first))])
    assert "A team of people who know the student makes the decision." in answer.text, answer.text
    assert answer.citations[0].section == "How does the 504 process work?", [c.section for c in answer.citations]


def test_a_question_in_nearly_the_words_an_asker_used_for_a_passage_gets_that_passage(assistant):
    # "who has to be at the iep meeting" is, nearly word for word, how askers put "Who must be on the IEP team?"
    answer = assistant.ask("who has to be at the iep meeting and can it happen without me?")
    assert answer.citations[0].section == "Who must be on the IEP team?", [c.section for c in answer.citations]


def test_asking_to_see_the_records_is_told_how_soon_the_school_must_show_them(assistant):
    # a parent who asks to see the file is often kept waiting: the answer says the limit, not only the right
    answer = assistant.ask("can i see all the records the school has on my son")
    assert answer.text.startswith("Yes.") and "45 days" in answer.text, answer.text
    assert answer.citations[0].section == "Can I see my child's school records?"


def test_a_teacher_who_disagrees_with_an_accommodation_is_told_to_keep_providing_it(assistant):
    answer = assistant.ask(
        "do I have to follow the accommodations in my class even if i think they arent needed", audience="teacher"
    )
    assert "not optional" in answer.text and "keep providing the support" in answer.text, answer.text


def test_a_teacher_asking_about_a_504_plan_is_told_their_own_duty_not_the_difference_between_plans(assistant):
    answer = assistant.ask("Do I have to follow a 504 plan the same as an IEP?", audience="teacher")
    assert answer.text.startswith("Teachers must carry out 504 plans just as faithfully as IEPs."), answer.text
    assert answer.citations[0].section == "Do the same rules apply to 504 plans?"


def test_a_school_ending_an_iep_after_good_grades_is_told_it_must_reevaluate_first(assistant):
    told = Turn.of(
        "my daughter has an IEP but she's getting straight As now.",
        assistant.ask("my daughter has an IEP but she's getting straight As now."),
    )
    answer = assistant.ask("can they just end her IEP because of that?", history=[told])
    assert "cannot just end services because grades went up" in answer.text, answer.text
    assert answer.citations[0].section == "Is a reevaluation needed before special education ends?"


def test_a_teacher_asking_about_referring_a_student_is_not_told_about_early_intervention(assistant):
    question = "i have a kid who i think needs help, never been evaluated. am i allowed to refer him myself?"
    answer = assistant.ask(question, audience="teacher")  # a teacher's student is in school, not a baby or a toddler
    assert "A teacher, counselor, or other school staff member can also make a referral." in answer.text, answer.text
    assert not any(c.source.endswith("early-intervention.md") for c in answer.citations)


def test_a_message_with_several_questions_gets_a_passage_for_each_that_one_answers_well(assistant):
    answer = assistant.ask(
        "My daughter is 2 and a half and still only says a handful of words. Our pediatrician said to wait but "
        "I read about early intervention online. Who do I even call, and does it cost anything? "
        "Also what happens when she turns 3?"
    )
    sections = [c.section for c in answer.citations]
    assert sections[:2] == ["Who can refer a child to early intervention?", "Does a family have to pay for early intervention?"]
    assert "a parent does not need a doctor's note" in answer.text and "free" in answer.text, answer.text


def test_asking_how_to_get_the_school_to_test_a_child_is_told_how_to_ask_for_an_evaluation(assistant):
    answer = assistant.ask("how do i ask the school to test my kid for a learning disability")
    assert answer.citations[0].source.endswith(("requesting-an-evaluation-in-writing.md", "how-to-request-an-iep.md"))
    assert "letter" in answer.text


def test_a_passage_about_gifted_students_answers_only_a_question_that_names_them(assistant):
    # the article on twice-exceptional students says much about grades and 504 plans, but for
    # gifted students (front matter `students`); a question about grades alone is not about them
    answer = assistant.ask(
        "the school says he doesnt need a 504 because his grades are fine. does he have to be failing to get one?"
    )
    assert answer.citations[0].source.endswith("section-504-plans.md")
    gifted = assistant.ask("my daughter is in the gifted program and has ADHD, can she still get a 504 plan?")
    assert gifted.citations[0].source.endswith("twice-exceptional-students.md")


def test_a_teacher_who_forgot_an_accommodation_is_told_to_fix_it_and_that_it_is_not_optional(assistant):
    history = [
        Turn.of(
            told := "i have a student with a 504 plan that says preferential seating", assistant.ask(told, audience="teacher")
        )
    ]
    answer = assistant.ask(
        "what if i just forget to do it sometimes, is that a big deal legally?", audience="teacher", history=history
    )
    assert answer.citations[0].section == "What if I forget to give an accommodation?"
    assert "not optional" in answer.text


def test_asking_how_to_file_a_state_complaint_is_not_answered_with_a_due_process_complaint(assistant):
    answer = assistant.ask("how do i file a state complaint against the district?")
    assert answer.citations[0].source.endswith("state-complaints.md")
    assert "60 calendar days" in answer.text
