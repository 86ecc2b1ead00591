"""Follow-up rewriting, evidence signals and abstention calibration: pure functions."""

import numpy as np

from assistant.evidence import EvidenceWeights, best_sentence, combine, weighted_coverage
from assistant.followup import context_turns, retrieval_query, topic_of
from assistant.types import Turn
from evals.calibration import choose_threshold, fit_weights, separation, split_of


def test_pronoun_is_replaced_by_the_earlier_topic():
    assert retrieval_query("who pays for it?", [Turn("What is an IEE?")]) == "who pays for an IEE?"
    assert retrieval_query("how often is it reviewed?", [Turn("What is a 504 plan?")]) == "how often is a 504 plan reviewed?"


def test_followup_without_pronoun_carries_the_topic():
    assert retrieval_query("what about for teachers?", [Turn("What is an IEP?")]) == "what about for teachers? (an IEP)"


def test_chain_of_followups_reaches_back_to_the_standalone_question():
    history = [Turn("How do I request an evaluation for my son?"), Turn("who pays for it?")]
    query = retrieval_query("and how long does that take?", history)
    assert query == "and how long does that take? (request evaluation son pays)"
    assert context_turns("and how long does that take?", [t.question for t in history]) == [t.question for t in history]


def test_standalone_questions_are_left_alone():
    question = "What is the difference between an IEP and a 504 plan?"
    assert retrieval_query(question, [Turn("What is an IEE?")]) == question
    assert retrieval_query("who pays for it?") == "who pays for it?"
    assert retrieval_query("What is an IEP?", [Turn("How do I bake sourdough bread?")]) == "What is an IEP?"
    assert retrieval_query("what is it?", [Turn("Tell me about stay-put")]) == "what is stay-put?"
    assert retrieval_query("when does it start?", [Turn("What's stay put?")]) == "when does stay put start?"


def test_a_followup_in_form_with_words_the_library_lacks_starts_a_new_topic():
    library = {"school", "suspend", "child", "pay", "speech", "includ"}
    knows = lambda term: term in library  # noqa: E731 - the library's vocabulary, as BM25Index.knows answers it
    history = [Turn("Can the school suspend my child?")]
    landlord = "what about my landlord, can he evict us?"
    assert retrieval_query(landlord, history, knows) == landlord
    # one new word is the new aspect of a real follow-up
    query = retrieval_query("what about speech therapy?", history, knows)
    assert query.startswith("what about speech therapy? (school suspend child)")
    # an opener that adds a question ("also", "btw") needs only one such word
    taxes = "also when are taxes due this year"
    assert retrieval_query(taxes, [Turn("How long does the school have to evaluate my child?")], knows) == taxes
    assert retrieval_query("also does it include speech?", history, knows) != "also does it include speech?"
    # "this year" is a time, not a pointer back to what was talked about
    deadline = "do you know when the tax filing deadline is this year"
    all_but_tax = lambda term: term != "tax"  # noqa: E731 - filing, deadlines and years are the library's words too
    assert retrieval_query(deadline, [Turn("how do i ask for an iep meeting")], all_but_tax) == deadline
    assert retrieval_query("does that include speech this year?", history, knows) != "does that include speech this year?"


def test_topic_of_definitional_questions_only():
    assert topic_of("What is prior written notice?") == "prior written notice"
    assert topic_of("What are related services?") == "related services"
    assert topic_of("How long does the school have to finish an evaluation?") is None


def test_a_topic_leaves_out_the_askers_filler_words():
    # "does the school have to show me how to use it too?" asks about assistive technology, not "it exactly"
    assert topic_of("what is assistive technology exactly") == "assistive technology"
    assert topic_of("whats ESY again?") == "ESY"
    assert topic_of("what is a 504 plan, really?") == "a 504 plan"
    assert retrieval_query(
        "does the school have to show me how to use it too", [Turn("what is assistive technology exactly")]
    ).startswith("does the school have to show me how to use assistive technology too")


def test_weighted_coverage_counts_rare_words_most():
    idf = {"salary": 5.0, "teacher": 1.0}.get
    assert weighted_coverage(["salary", "teacher"], {"teacher"}, idf) == 1.0 / 6.0
    assert weighted_coverage(["salary", "teacher"], {"salary", "teacher"}, idf) == 1.0
    assert weighted_coverage([], {"teacher"}, idf) == 0.0


def test_best_sentence_and_combine():
    query = np.array([1.0, 0.0], np.float32)
    assert best_sentence([np.array([[0.2, 0.9], [0.8, 0.6]], np.float32), np.zeros((0, 2))], query) == np.float32(0.8)
    assert best_sentence([], query) == 0.0
    evidence = combine(0.6, 0.7, 0.5, 0.4, EvidenceWeights(top=0.5, sentence=0.0, coverage=0.25, dense=0.25, unknown=0.04))
    assert abs(evidence.score - (0.3 + 0.125 + 0.1)) < 1e-9
    assert set(evidence.to_dict()) == {"score", "top", "sentence", "coverage", "dense", "key", "unknown"}
    weights = EvidenceWeights(top=0.5, sentence=0.0, coverage=0.25, dense=0.25, unknown=0.04)
    fewer = combine(0.6, 0.7, 0.5, 0.4, weights, unknown=5)
    assert abs(evidence.score - fewer.score - 0.08) < 1e-9  # at most two unknown words count
    # in a long account of what happened, everyday words the library never uses count for less
    assert combine(0.6, 0.7, 0.5, 0.4, weights, unknown=2, words=6).score == fewer.score
    longer = combine(0.6, 0.7, 0.5, 0.4, weights, unknown=2, words=12)
    assert abs(evidence.score - longer.score - 0.04) < 1e-9


def test_split_is_stable_and_uses_both_halves():
    ids = [f"case-{i}" for i in range(200)]
    halves = [split_of(i) for i in ids]
    assert halves == [split_of(i) for i in ids]
    assert 60 < halves.count("dev") < 140


def test_choose_threshold_sits_between_out_of_scope_and_answerable():
    scores = [0.2, 0.3, 0.6, 0.7, 0.8]
    should = [True, True, False, False, False]
    assert choose_threshold(scores, should, max_false=0.0) == 0.45
    assert choose_threshold(scores, [False] * 5, max_false=0.0) is None


def test_fit_weights_prefers_the_separating_signal():
    signals = [{"top": 1 - c, "sentence": 1 - c, "coverage": c, "dense": 1 - c} for c in (0.1, 0.2, 0.8, 0.9)]
    should = [True, True, False, False]
    weights = fit_weights(signals, should, max_false=0.0, step=0.5)
    assert weights["coverage"] == 1.0
    assert separation([0.1, 0.9], [True, False], 0.0) > 0


def test_lead_in_speaks_to_the_asker():
    from assistant.types import lead_in

    assert lead_in("family", ["family", "both"]) == ""  # nothing to add: the answer comes first
    assert lead_in("teacher", ["both"]) == ""
    assert "written for teachers" in lead_in("family", ["teacher", "teacher"])
    assert "written for families" in lead_in("teacher", ["family"])
    assert lead_in("someone", []) == lead_in("family", [])


def test_bm25_splits_unknown_compounds_into_indexed_words():
    from assistant.bm25 import BM25Index

    index = BM25Index.build([("a", "The school cannot refuse a service because of a waiting list."), ("b", "Other text.")])
    assert index.split_compound("waitlist") == ["wait", "list"]
    assert index.split_compound("school") == []
    assert [id_ for id_, _ in index.search("is a waitlist allowed", 2)] == ["a"]
    assert index.idf("zebra") > index.idf("school")
    assert index.query_terms("is a waitlist allowed") == ["wait", "list", "allow"]


def test_a_question_about_my_options_is_a_followup_not_a_named_topic():
    history = [Turn("I disagree with my son's IEP.")]
    assert context_turns("what are my options?", [t.question for t in history]) == ["I disagree with my son's IEP."]
    assert context_turns("what are my rights?", ["My son turns 18 soon."]) == ["My son turns 18 soon."]
    assert context_turns("What are related services?", ["What is an IEP?"]) == []


def test_the_situation_an_earlier_turn_described_carries_to_its_followups():
    history = [Turn("My son is 2 and not talking yet.")]
    assert "early intervention" in retrieval_query("who do I call?", history)
    assert "early intervention" not in retrieval_query("What is a 504 plan?", history)


def test_everyday_words_for_missed_services_outside_testing_and_separate_classes():
    assert "service happening" in retrieval_query("the speech therapist keeps missing sessions, what do I do?")
    assert "independent educational evaluation" in retrieval_query("who pays for outside testing?")
    assert "least restrictive environment" in retrieval_query("they want him in a self-contained classroom")
    assert "cost" in retrieval_query("they say there is no money for a 1 on 1 aide")
    assert "interim alternative educational setting" in retrieval_query("she got caught with pot at school")
    assert "equitable services" in retrieval_query("we moved him to a catholic school, does he still get speech?")
    assert "prior written notice" in retrieval_query("they refused to test him, do they have to tell me why in writing?")
    assert "timeline" in retrieval_query("I signed the forms months ago and nothing has happened")
    assert retrieval_query("What is a 504 plan?") == "What is a 504 plan?"


def test_everyday_words_for_a_class_of_kids_with_problems_testing_of_ones_own_and_notice_before_a_change():
    assert "least restrictive environment" in retrieval_query(
        "they want to put my son in a class with only kids who have problems"
    )
    assert "least restrictive environment" in retrieval_query("they want to move her to a school for kids with problems")
    assert "independent educational evaluation" in retrieval_query("i dont trust the schools testing, can i get my own")
    assert "functional behavioral assessment" in retrieval_query("my son keeps getting in trouble at lunch and recess")
    assert "comparable services" in retrieval_query("his new school in a different district wants to redo all his testing")
    assert "prior written notice" in retrieval_query("what does the school have to tell me before they change his classes")
    assert "manifestation determination" in retrieval_query(
        "can the school punish my son for things he does because of his autism"
    )
    assert "reimbursement" in retrieval_query("how do i get the school district to pay for a private school for my son")
    assert "good grades qualify" in retrieval_query("the school says my son is too smart to need help but he cant spell")
    assert "evaluation" in retrieval_query("his teacher says he cant sit still and wants me to get him checked")
    assert "evaluation" not in retrieval_query("should i get him checked by a doctor for adhd")  # a doctor's, not the school's
    # more time on tests is an accommodation; more time to grow is waiting to evaluate
    assert "child find" not in retrieval_query("she gets so nervous on tests she freezes, can the school give her more time")
    assert "child find" in retrieval_query("the teacher says to give him more time before testing him")
    # a problem or a need that is no class for some children is no placement
    assert "least restrictive" not in retrieval_query("my son has problems with reading, what can the school do")


def test_asking_for_examples_or_kinds_goes_on_with_the_conversations_topic():
    # "what are some examples" has the form of a definition, but of whatever the conversation is about
    history = [Turn("what are related services", "Related services are extra supports.", ("corpus/related-services.md",))]
    assert retrieval_query("what are some examples", history) == "what are some examples (related services)"
    assert retrieval_query("what are the types?", history) == "what are the types? (related services)"
    assert retrieval_query("what are examples of assistive technology", history) == "what are examples of assistive technology"


def test_a_turn_keeps_the_sources_its_answer_cited():
    from assistant.types import Answer, Citation

    cited = Citation(1, "IEE", "Overview", "corpus/iee.md", "c1", "An IEE is testing.", 0.8)
    turn = Turn.of("What is an IEE?", Answer(text="An IEE is testing. [1]", citations=(cited, cited)))
    assert turn == Turn("What is an IEE?", "An IEE is testing. [1]", ("corpus/iee.md",))
    assert Turn.of("How do I bake bread?", Answer(text="I don't have guidance on that.", abstained=True)).sources == ()


def test_a_followup_to_an_answered_question_needs_a_little_less_evidence():
    from assistant.config import AnswerSettings
    from assistant.evidence import Evidence
    from assistant.hybrid import Candidates, Embedded, Ranked, Retrieved
    from assistant.service import Answering, Question, Understanding
    from assistant.types import Chunk, Hit

    settings = AnswerSettings()
    understand = Understanding(settings)
    answered = Turn("What is a BIP?", "A BIP is a written plan. [1]", ("corpus/fba-and-bip.md",))
    declined = Turn("What is a BIP?", "I don't have guidance on that in my library.")
    after_answer = understand(Question("who writes it?", history=(answered,)))
    after_decline = understand(Question("who writes it?", history=(declined,)))
    standalone = understand(Question("Who writes a behavior plan?", history=(answered,)))
    assert after_answer.continues and not after_decline.continues and not standalone.continues
    # a first turn that only set out the situation was declined for asking nothing: its topic still carries
    told = Turn("gen ed teacher here - i have a student with a 504 for anxiety", "I don't have guidance on that.")
    assert understand(Question("am i required to follow it?", history=(told,))).continues
    # the library's words for a situation ("free" help) make no question a follow-up
    asked = Turn("what's the difference between an iep and a 504?", "An IEP gives… [1]", ("corpus/iep-vs-504-plan.md",))
    taxes = understand(Question("cool. how do i file my taxes online for free", history=(asked,)))
    assert not taxes.continues and not taxes.said and taxes.text != taxes.asked

    score = settings.abstain_threshold - settings.abstain_followup_margin / 2
    hits = (Hit(Chunk("c1", "The IEP team writes the BIP.", "corpus/fba-and-bip.md", "FBA and BIP", "Who writes it?"), 0.6),)
    evidence = Evidence(top=0.6, sentence=0.6, coverage=1.0, dense=0.5, score=score, key=0.5, unknown=0)

    def grounded(query) -> bool:
        candidates = Candidates(Embedded(query, np.zeros(3)), hits, hits, {}, hits)
        retrieved = Retrieved(Ranked(candidates, hits), evidence)
        return Answering(answerer=None, settings=settings).grounding(retrieved)[0]  # type: ignore[arg-type]

    assert grounded(after_answer) and not grounded(after_decline)
    ranking = understand(Question("What is the best school district for special ed?"))
    evidence = Evidence(top=0.6, sentence=0.6, coverage=1.0, dense=0.5, score=settings.abstain_threshold + 0.01, key=0.5)
    assert not grounded(ranking)
    assert grounded(understand(Question("Which school district has to evaluate my child?")))
    # a follow-up asking for what the library does not give gets no allowance for following up
    referral = understand(Question("can you recommend a realtor for it?", history=(answered,)))
    plain = understand(Question("who writes it?", history=(answered,)))
    assert referral.continues and plain.continues
    allowed = settings.abstain_threshold + settings.abstain_ranking_margin - settings.abstain_followup_margin / 2
    evidence = Evidence(top=0.6, sentence=0.6, coverage=1.0, dense=0.5, score=allowed, key=0.5)
    assert grounded(plain) and not grounded(referral)


def test_the_situation_told_at_the_start_stays_with_the_whole_conversation():
    earlier = ["My son turns 18 this spring and still has an IEP.", "will I still be invited to his IEP meetings?"]
    assert context_turns("how do I keep making decisions for him?", earlier, lambda term: True) == earlier
    query = retrieval_query("how do I keep making decisions for him?", [Turn(q) for q in earlier], lambda term: True)
    assert "age majority" in query
    # an earlier question is not a situation: a standalone question between them ends the chain
    asked = ["What is an IEE?", "will I still be invited to his IEP meetings?"]
    assert context_turns("how do I keep making decisions for him?", asked, lambda term: True) == asked[1:]


def test_everyday_words_for_devices_skipping_a_meeting_and_services_during_a_dispute():
    assert "assistive technology" in retrieval_query("could the school give him a laptop?")
    assert "excused" in retrieval_query("can I skip the IEP meeting if I have a conflict?")
    assert "stay put" in retrieval_query("what happens with his services while the case is pending?")
    assert "excused" not in retrieval_query("what if i cant make it to the IEP meeting in person")


def test_everyday_words_for_school_situations_parents_describe():
    cases = {
        "my son can't ride the regular bus, does the school have to drive him": "transportation",
        "my child needs insulin shots during the school day, who does that": "health services",
        "homework takes him four hours every night": "accommodations",
        "she has no friends and eats lunch alone": "social skills",
        "he has had the same reading goal for three years": "lack expected progress",
        "is there anyone who can help me for free with all this": "Parent Training",
        "can I see the IEP before the meeting": "draft",
        "they only let him come for half a day": "shortened",
        "they put him in a room by himself and wouldn't let him out": "seclusion",
        "they want to hold him back a grade": "retention",
        "can I refer him for an evaluation?": "referral",
        "what all is supposed to be written in my sons iep": "present levels goals",
        "will I get a bill for the testing": "cost free",
        "what if I don't want my daughter in special ed": "refuse consent",
        "can the school help him get job training": "transition services",
        "do I get my own copy of the iep": "cost",
        "my son keeps getting suspened, whats the limit": "removal",
        "he had an aide and they just took it away without a meeting": "prior written notice",
        "my son has a severe peanut allergy, what can the school do": "504 plan",
        "who decides how many minutes of speech my son gets": "IEP team",
        "can my daughter stay in school past 18 with her iep": "age 21",
        "his work is modified, will that show on his report card": "modifications grades",
        "I asked them to test him and the school said no": "refuses",
        "who do I go to if I have questions about them?": "case manager",
        "will the school connect us with adult services?": "agencies",
        "her IEP expired last month": "annual review",
        "what if I want new testing anyway?": "reevaluation",
        "he keeps hitting other kids at school": "functional behavioral assessment",
    }
    for question, words in cases.items():
        assert words in retrieval_query(question), question
    # a device at home is not assistive technology for school
    assert "assistive technology" not in retrieval_query("should I take away his tablet at home as punishment?")
    # a question that names its plan already keeps to it
    assert "nurse" not in retrieval_query("my kid has diabetes, does she need an iep or a 504")


def test_asking_for_the_best_a_recommendation_a_price_a_contact_or_an_agent_is_told_apart():
    from assistant.followup import asks_for_a_referral

    for question in (
        "What is the best school district in Ohio for special ed?",
        "Which reading program is best for dyslexia, Orton-Gillingham or Wilson?",
        "can you recommend a good pediatrician in Denver?",
        "How much does a special education lawyer charge per hour?",
        "how much should I pay a reading tutor per hour",
        "do special ed teachers get paid more than regular teachers",
        "whats the best adhd medication for a 7 year old",
        "how much does a special ed lawyer cost in ohio",
        "can you tell me which private school in atlanta is best for kids with autism",
        "is the special ed teacher at lincoln elementary ms. parker any good, should i request a different one",
        "what's the phone number for the special education office in Springfield district",
        "who is the director of student services and what is her email address",
        "can you represent my family at the due process hearing next month",
        "could you call the school for me and tell them he needs his aide back",
        "will you come to the IEP meeting with me on Tuesday",
        "can you be our advocate",
        "which states have the best special education programs",
        "can you translate this letter from the school into spanish for me",
        "can you remind me to call them next week",
        "how much does a private school cost per year",
        "can you look up my son's IEP in the district system",
        "how do I ask for a raise as a paraprofessional",
        "can you recommend a good realtor in the district with the best special ed program",
        "can you draft a lawsuit against the district for me and file it?",
        "Can you log into the district system and pull up my son's IEP and tell me what his goals are?",
        "if I sue the district for $500k will I win?",
        "what are our chances of winning at due process",
        "can i get my kid a service dog through a charity, which ones are legit",
        "is that advocacy group legit or a scam",
        "where can i learn sign language online",
        "where can we take a cpr class",
    ):
        assert asks_for_a_referral(question), question
    for question in (
        "what's the best way to ask for an evaluation?",
        "Does appropriate mean my child gets the best possible education?",
        "what is best for my child, IEP or 504?",
        "How much does an IEE cost?",
        "Does the school have to follow what the outside evaluator recommends?",  # a recommendation made, not asked for
        "can you recommend accommodations for my son with anxiety",  # the library's own subject
        "is there any good reason for the school to refuse?",
        "how do I raise my concerns about his reading at the IEP meeting?",
        "can the school call me instead of sending a letter?",  # a school's contact, the library's own subject
        "can you tell me what happens at a due process hearing?",
        "can I bring an advocate to the meeting, and who can represent us at a hearing?",
        "how do I access my child's school records?",
        "can my child access the general curriculum from a separate class?",
        "who usually wins at a due process hearing, the parents or the school?",
        "which accommodations are legitimate for the state test?",  # the library's own subject
        "what is mediation and is it worth it",  # what it is comes first, and the library says that
    ):
        assert not asks_for_a_referral(question), question
    assert asks_for_a_referral("a private neuropsych eval is $3000, is it worth it")
    assert asks_for_a_referral("can you recommend a lawyer to sue my school district in ohio")


def test_common_misspellings_are_spelled_right_for_retrieval_only():
    from assistant.followup import spelled

    assert spelled("wat happens at a iep meeting") == "what happens at a iep meeting"
    assert spelled("Wat are accomodations for my daugter?") == "What are accommodations for my daughter?"
    assert spelled("What is a 504 plan?") == "What is a 504 plan?"
    assert retrieval_query("my kid got suspened agian").startswith("my kid got suspended again")


def test_new_situations_carry_the_library_words_for_them():
    for question, words in (
        ("Can the school make my child take his ADHD meds before he comes back?", "require medicine"),
        ("Can the IEP team have the meeting without me there?", "cannot attend"),
        ("he's 19 and still in high school, how long can he stay", "age 21"),
        ("my kid has a feeding tube, can the school refuse to take care of it", "health services nurse"),
        ("Can they move my kid to a different classroom without telling me?", "prior written notice"),
        ("I want to ask for an evaluation for dyslexia", "request writing letter"),
        ("My son got caught with a vape pen at school", "discipline change placement"),
        ("My son's aide keeps getting pulled to help other kids", "service happening"),
        ("What rights do I have if the school breaks the IEP?", "following state complaint"),
        ("can a school refuse to let my kid go on the field trip", "activities extracurricular peers"),
        ("My daughter is deaf. Does she get an interpreter in class?", "related services hard hearing"),
        ("can my son get extra time on the state test", "extended accommodations"),
        ("what accommodations can you get on the SAT", "standardized exam"),
        ("we pulled our son out and put him in a private school, can we get paid back?", "reimbursement tuition"),
        ("he still can't read and the school says wait and see", "child find"),
        ("my daughter has cancer and can't go to school", "home instruction"),
        ("I'm his grandmother and he lives with me, can I sign the IEP?", "counts parent"),
        ("they want to put her in a class with only disabled kids", "least restrictive environment"),
        ("the psychologist tested her and said she's fine but I don't believe the results", "independent educational evaluation"),
        ("she has a 504 but the sub didn't let her eat a snack", "teachers follow plan"),
        ("the school is cutting his speech. don't they have to tell me in writing first?", "proposes refuses"),
    ):
        assert words in retrieval_query(question), question
    assert "prior written notice" not in retrieval_query("Can they move the meeting to Tuesday?")
    assert "state complaint" not in retrieval_query("he was suspended for breaking a school rule in his IEP year")
    assert "standardized" not in retrieval_query("she sat down and would not act on the plan")
    assert "independent" not in retrieval_query("what if I don't agree with it?")


def test_asking_for_medical_or_at_home_advice_is_told_apart():
    from assistant.followup import asks_for_outside_advice

    for question in (
        "how do i calm my daughter down when she has a meltdown at home",
        "How do I teach my child with Down syndrome to read at home?",
        "how do I get my kid diagnosed with ADHD",
        "at what age can a doctor diagnose autism",
        "what medicine helps with focus",
        "does a gluten free diet help kids with ADHD focus in class",
        "does my health insurance have to cover ABA therapy for autism",
        "Can I get a disabled parking permit for my child?",
        "how do I get full custody of my son",
        "what is the best way to teach a dyslexic child to read at home",
        "how do I help my teenager with ADHD get organized",
        "can someone with autism join the military",
        "how do I apply for disability benefits when my son turns 18",
        "where can I find a support group for parents of kids with autism",
        "is homeschooling legal in Texas",
        "is there a cure for dyslexia",
        "how do I explain my child's disability to his siblings",
        "what sports are good for kids with ADHD",
        "what speech exercises can I do at home with my toddler",
        "does child support go up if our kid has a disability?",
        "how do i write a cover letter for a teaching job",
        "how do I become a special education advocate, is there a certification",
        "can you help me write a performance review to fire one of my teachers?",
        "should my son take his adhd meds on weekends too",
        "how do i get certified to teach special education",
        "whats a good chore chart for a 7 year old with adhd",
        "should my son mention his adhd in his college essay",
        "how do i find a good child psychologist",
        "i think i have adhd myself as an adult, how do i get tested",
        "how are teachers evaluated in my district",
        "should i take points off for late homework",
        "my kid keeps losing his lunch money what do i do",
        "do i need to update my will",
        "which adhd medication works best for kids who have anxiety too",
        "a parent asked me what ssri is best for teens w anxiety, what should i tell her",
        "my own anxiety is thru the roof, what can i take otc to sleep",
    ):
        assert asks_for_outside_advice(question), question
    for question in (
        "Can my son use his school tablet at home?",
        "A doctor diagnosed him with ADHD. Does he qualify for an IEP?",
        "Can the school make my child take medicine?",
        "Can the school bill my insurance for speech therapy?",
        "How can I help at home with his IEP goals?",
        "Can the school tell other parents about my son's disability?",
        "my daughter has cancer and can't go to school, can she get teaching at home?",
        "How can I help my son with his reading goals at home?",
        "what supports are good for kids with autism in a regular class",  # names school: the library's
        "how do I get my son diagnosed and evaluated for dyslexia at school",
        "is there a support group at school for kids with IEPs",
        "how do I write a letter asking the school for an evaluation",
        "how is a teacher's performance on IEPs checked at the annual review?",
        "can the school nurse give my daughter her meds at school?",
        "the school says he can't come back unless he takes his meds, can they say that",
        "how do I find a school psychologist to evaluate my son",
        "can the teacher take points off for late work when his IEP gives him extra time?",
        "which medicines can the school nurse give during the school day?",
        "can the school nurse give my son over the counter medicine like tylenol?",
        "can he take his melatonin at school if he is tired?",
        "can the school make him take his antidepressant before class?",
    ):
        assert not asks_for_outside_advice(question), question
    assert asks_for_outside_advice("how do I get my kid diagnosed with ADHD")
    assert asks_for_outside_advice("where can I find a support group for parents of kids with autism")


def test_a_pronoun_stands_for_the_threads_topic_however_it_was_named():
    history = [Turn("What does extended school year mean?"), Turn("my daughter regresses every summer")]
    assert retrieval_query("how do I ask for it?", history) == "how do I ask for extended school year?"
    assert retrieval_query("who pays for it?", [Turn("should the school do an FBA?")]) == "who pays for an FBA?"
    assert topic_of("what does that actually mean?") == "that"  # a pronoun, so never a topic:
    assert retrieval_query("is it the best?", [Turn("what does that actually mean?")]).startswith("is it the best?")


def test_a_form_sent_home_is_not_a_child_sent_home():
    from assistant.followup import library_words

    assert library_words("they sent a form home to sign") == "consent"
    assert "removal" in library_words("they keep sending him home early")
    assert "removal" not in library_words("the teacher sent home a note about it")
    assert "removal" not in library_words("the school wants to evaluate my daughter and sent home a consent form")
    assert "removal" not in library_words("they sent home a new one with less reading help and I never agreed")  # an IEP
    assert "removal" in library_words("they sent him home one day early again")
    assert "removal" not in library_words("they sent home his progress report")
    assert "removal" in library_words("they sent him home again today")
    assert "early intervention" in library_words("My 18 month old still isn't saying any words")
    assert "early intervention" in library_words("she's 2 and barely says any words, who do i even call about that")
    assert "early intervention" in library_words("he is two and hardly talks")
    assert "early intervention" not in library_words("he's 2 grades behind in reading")


def test_asking_the_school_to_test_a_child_is_asking_for_an_evaluation():
    from assistant.followup import library_words

    for question in (
        "how do i ask the school to test my kid for a learning disability",
        "how do i get my son tested for dyslexia at school",
        "how do we get an evaluation started",
    ):
        assert "evaluation" in library_words(question) or "evaluation" in question, question
        assert "request" in library_words(question) or "request" in question, question
    # an outside evaluation has its own words
    assert "ask" not in library_words("how do i get him tested by a private psychologist").split()


def test_how_often_and_how_much_it_matters_name_no_new_topic():
    # "sometimes" and "a big deal" say how often and how much, not what about: the told 504 plan goes on
    history = [Turn("i have a student with a 504 plan that says preferential seating")]
    knows = lambda term: term not in {"forget", "deal", "sometim", "occasion"}  # noqa: E731
    for question in (
        "what if i just forget to do it sometimes, is that a big deal legally?",
        "what if i occasionally forget, is that a big deal?",
    ):
        assert "504" in retrieval_query(question, history, knows=knows), question


def test_a_question_right_after_a_told_situation_goes_on_from_it():
    history = [Turn("we're taking my son's service dog with us on vacation to a hotel")]
    assert "service dog" in retrieval_query("can we leave him in the room when we go out to dinner?", history)
    knows = {"leave", "room", "dinner"}.__contains__
    assert "service dog" not in retrieval_query("what is the capital of peru?", history, knows=knows)
    asked = [Turn("What is a service animal?")]  # a question, not a situation: a self-contained one stands alone
    assert retrieval_query("can we leave him in the room when we go out to dinner?", asked) == (
        "can we leave him in the room when we go out to dinner?"
    )


def test_asking_it_to_write_for_ones_own_child_an_insurers_payment_or_admissions_is_outside_the_library():
    from assistant.followup import asks_for_a_referral, asks_for_outside_advice, asks_for_state_law

    for question in (
        "can you write my daughter's IEP goals for reading fluency? she's in 4th grade",
        "please write a letter to my son's school requesting an evaluation, his name is marcus",
        "can you write the email to the principal for me saying we want a full reeval?",
        "can you just write 3 goals for my student jayden, 3rd grade",
        "do you think we'll win?",
    ):
        assert asks_for_a_referral(question), question
    for question in (
        "my insurance is blue cross, will they reimburse me for a private neuropsych eval?",
        "does my son have to disclose his IEP on his common app? will colleges hold his adhd against him",
    ):
        assert asks_for_outside_advice(question), question
    for question in (
        "in texas what is the exact number of school days the district has for the evaluation",
        "can you tell me what the ohio rule is for how many kids can be in a self contained class",
    ):
        assert asks_for_state_law(question), question
    for question in (  # how to write one, what it holds, and what the library says of insurance and college
        "how do i write a letter asking for an evaluation?",
        "what should the letter say?",
        "how do I write a measurable goal",
        "can health insurance help pay for a private evaluation",
        "can the school bill my insurance for his speech therapy?",
        "does my sons IEP follow him to college",
        "who usually wins at a due process hearing?",
    ):
        assert not (asks_for_a_referral(question) or asks_for_outside_advice(question)), question
    assert not asks_for_state_law("we live in texas, how long does the school have to evaluate")


def test_punishment_at_home_is_advice_the_library_does_not_give():
    from assistant.followup import asks_for_outside_advice

    assert asks_for_outside_advice("should I take away his tablet at home as punishment?")
    assert not asks_for_outside_advice("can the school take away recess as punishment?")


def test_redoing_the_testing_is_a_reevaluation_and_sped_is_special_education():
    from assistant.followup import library_words, spelled

    assert library_words("how often do they have to redo the whole evaluation?") == "reevaluation"
    assert spelled("its just me and the sped teacher") == "its just me and the special education teacher"
    assert "extracurricular" in library_words("do students with 504 plans have to be allowed to join clubs?")


def test_the_difference_asked_right_after_two_terms_goes_on_from_them():
    from assistant.followup import names_its_topic

    assert not names_its_topic("whats the difference?") and not names_its_topic("what's the point?")
    assert names_its_topic("what is the stay-put rule?")
    told = [Turn("my daughter has dyslexia and they said she can have 'accommodations' but not 'modifications'")]
    query = retrieval_query("whats the difference?", told)
    assert "accommodations" in query and "modifications" in query


def test_everyday_words_for_summer_loss_ending_an_iep_and_a_teacher_cutting_an_accommodation():
    from assistant.followup import asks_for_outside_advice, library_words

    assert "extended school year" in library_words("he forgets everything by september, can he get help over the summer?")
    assert "extended school year" in library_words("she regressed a ton over summer break")
    assert "extended school year" not in library_words("we are moving over the summer")
    assert "revoke consent" in library_words("can i just end his iep completely?")
    assert "revoke consent" not in library_words("can the school just end my sons IEP because his grades went up")
    assert "teacher change accommodations" in library_words("what if I think that's too much, can I just give fewer breaks?")
    for question in (
        "can i deduct the lawyer fees on my taxes?",
        "can you help me write my lesson plan for fractions this week?",
        "Can you write my college application essay about having a learning disability?",
        "How much does a special education lawyer charge per hour?",
    ):
        assert asks_for_outside_advice(question), question
    assert not asks_for_outside_advice("Can I write a letter asking for an evaluation?")


def test_everyday_words_for_a_move_between_states_a_refusal_to_test_and_avoiding_court():
    from assistant.followup import library_words

    assert "another state" in library_words("we're moving from texas to georgia over the summer")
    assert "another state" not in library_words("we moved to a new district in the same state")
    assert "request options" in library_words("the school refuses to evaluate my son")
    assert "timeline" in library_words("they still havent tested him")
    assert "facilitated IEP meeting" in library_words("is there something less formal than due process?")
    assert "services continue" in library_words("can they just stop educating him?")


def test_everyday_words_for_an_iep_not_followed_an_outside_evaluation_and_getting_ready_for_a_meeting():
    from assistant.followup import library_words

    assert "service happening" in library_words("the school isnt doing whats in the IEP, he hasnt had speech in weeks")
    assert "independent educational" in library_words(
        "I dont agree with the schools evaluation. can i get an outside one and make the school pay for it?"
    )
    assert "prepare" in library_words("What am I expected to say or bring to the meeting?")
    assert "prepare" in library_words("what should I bring to my sons IEP meeting")


def test_chat_words_and_a_leading_ok_so_keep_a_followup_on_its_conversation():
    from assistant.followup import is_followup, library_words

    library = {"school", "iep", "new", "follow", "start", "agre", "noth", "class", "allow", "diagnosi", "ask", "tell"}
    knows = lambda term: term in library  # noqa: E731
    history = [
        Turn("we just moved from ohio to texas and my son had an iep there"),
        Turn("does the new school have to follow it?"),
    ]
    meantime = "so in the meantime while they figure it out does he just get nothing??"
    assert is_followup(meantime, knows)  # "meantime" and "figure" name no topic
    assert retrieval_query(meantime, history, knows=knows) != meantime
    assert is_followup("ok so what can i do now if i dont agree", knows)
    assert not is_followup("How do I bake sourdough bread?", knows)
    assert "tuition" not in library_words("can the gen ed teacher just leave early if she has to get back to her class")
    assert "excused" in library_words("can the gen ed teacher just leave early if she has to get back to her class")
    assert "teacher change" in library_words("a parent asked me to stop one of his accommodations")
    assert "confidential" in library_words("another mom asked me at pickup what his diagnosis is, can I tell her?")


def test_a_question_that_names_no_object_of_its_own_leans_on_the_conversation():
    from assistant.followup import is_followup, library_words

    library = {"agre", "move", "teacher", "follow", "requir", "school", "refus"}
    knows = lambda term: term in library  # noqa: E731
    assert is_followup("who do i complain to", knows)
    assert is_followup("what can i do if i dont agree with moving him", knows)
    assert is_followup("and what if the school refuses?", knows)
    assert is_followup("is the gen ed teacher actually required to follow it?", knows)  # school shorthand, not a new topic
    assert not is_followup("How do I bake sourdough bread?", knows)
    assert "complaint" in library_words("who do i complain to")
    assert "disagreement" in library_words("what can i do if i dont agree with moving him")


def test_one_standing_for_the_thing_talked_about_points_back():
    from assistant.followup import is_followup

    library = {"ask", "son", "need", "iep", "aide", "hour"}
    knows = lambda term: term in library  # noqa: E731
    assert is_followup("how do i ask for one for my son?", knows)
    assert is_followup("does he need one?", knows)
    # when it is asked for and how things are going name no topic of their own
    assert is_followup("can i ask for one sooner if things are going really badly", knows)
    # a follow-up to it carries its new aspect (asking for one) with the thread's topic
    query = retrieval_query("and if they say no?", [Turn("what is an iep?"), Turn("how do i ask for one for my son?")])
    assert "an iep" in query and "ask" in query
    assert retrieval_query("and if they say no?", [Turn("what is an iep?")]) == "and if they say no? (an iep)"
    for question in (
        "does he need a one-on-one aide?",
        "can he get one hour of speech a week?",
        "can she get one more year of services?",
    ):
        assert not is_followup(question, knows), question


def test_asking_it_to_write_or_foretell_for_the_asker_is_declined_and_so_is_a_followup_to_it():
    from assistant.config import AnswerSettings
    from assistant.evidence import Evidence
    from assistant.followup import asks_for_a_referral, asks_for_outside_advice, asks_for_state_law, asks_to_act
    from assistant.hybrid import Candidates, Embedded, Query, Ranked, Retrieved
    from assistant.service import Answering
    from assistant.types import Chunk, Hit

    for question in (
        "can you fill in the parent concerns section of the iep form for my daughter, she has autism",
        "got it. can you write the email to the principal for me saying i agree?",
        "please write a letter to my sons school requesting an evaluation",
        "based on what i told you will we win?",
    ):
        assert asks_to_act(question), question
    for question in (  # how to write one, a question of "you" meaning anyone, and who wins in general
        "can you help me write a letter to request an evaluation?",
        "can you write your own goals for the IEP?",
        "can you attend an IEP meeting by phone?",
        "can you call an IEP meeting anytime?",
        "who usually wins at due process?",
    ):
        assert not asks_to_act(question), question
    assert asks_to_act("we filed due process. honestly, are we going to win?")
    assert asks_for_outside_advice("does my daughter have dyslexia? she reverses b and d")
    assert asks_for_outside_advice("how do i get the judge to give me sole legal custody? what should i tell my divorce lawyer")
    assert asks_for_a_referral("can you give me names of independent evaluators in the atlanta area")
    assert asks_for_a_referral("i need a list of special ed lawyers near columbus ohio who take cases for free")
    assert asks_for_a_referral("honestly is his school breaking the law? they suspended him 4 times")
    assert not asks_for_a_referral("is the school breaking the law if they don't follow the IEP?")  # a rule, asked in general
    assert not asks_for_a_referral("where can i find a free advocate?")
    assert asks_for_state_law("what accommodations does florida allow on the state test, list them all")
    assert not asks_for_outside_advice("does my son have to have an ADHD diagnosis to get a 504?")

    settings = AnswerSettings()
    hits = (Hit(Chunk("c1", "Parents give written consent.", "corpus/consent.md", "Consent", "Do I have to consent?"), 0.9),)
    evidence = Evidence(top=0.9, sentence=0.9, coverage=1.0, dense=0.8, score=settings.abstain_threshold + 0.3, key=0.9)

    def grounded(query: Query) -> bool:
        candidates = Candidates(Embedded(query, np.zeros(3)), hits, hits, {}, hits)
        return Answering(answerer=None, settings=settings).grounding(Retrieved(Ranked(candidates, hits), evidence))[0]  # type: ignore[arg-type]

    ask = "can you write the email to the principal for me saying i consent?"
    assert not grounded(Query(asked=ask, text=ask))  # however strong the evidence
    assert grounded(Query(asked="do i have to consent?", text="do i have to consent?"))
    # a follow-up to a declined request asks for it again: "and make it sound firm"
    assert not grounded(Query(asked="and make it firm?", text="and make it firm? (email consent)", declined=ask))
    assert grounded(Query(asked="and make it firm?", text="and make it firm? (email consent)", declined="what is consent?"))


def test_a_device_mentioned_on_the_way_to_another_topic_does_not_turn_the_question_to_assistive_technology():
    from assistant.followup import library_words

    assert "assistive technology" in library_words("can my son bring his ipad to class for writing?")
    assert "assistive technology" not in library_words("kids keep bullying my daughter because of her hearing aids at school")
    assert "assistive technology" not in library_words("can my daughter with an IEP use text to speech on the state test")


def test_everyday_words_for_an_outside_tester_a_childs_whole_file_and_a_room_held_shut():
    from assistant.followup import library_words

    assert "independent educational evaluation" in library_words("can i get someone outside to test him and make the school pay?")
    assert "independent educational evaluation" in library_words("i dont agree with there testing at all")
    assert "education records" in library_words("i want to see everything the school has on my son, all his testing and notes")
    assert "seclusion" in library_words("the teacher puts them alone in a small room and holds the door shut")


def test_lunch_and_recess_are_school_activities_but_not_the_time_a_fight_happened():
    from assistant.followup import library_words

    assert "extracurricular" in library_words("they make my daughter eat lunch in the special ed room, is that ok")
    assert "extracurricular" in library_words("can recess be in the IEP")
    assert "extracurricular" not in library_words("The school wants to expel my son, he has an IEP. it was over a fight at lunch")


def test_what_one_states_own_law_says_or_another_country_is_told_apart_from_a_family_that_lives_there():
    from assistant.followup import asks_for_state_law

    for question in (
        "what does the texas education code say about dyslexia screening in kindergarten",
        "whats californias exact timeline in days under its state education code",
        "what is the law in Ohio on restraint in schools",
        "what is the exact new york education law section number that covers committee on special education",
        "what is the special education law in the UK",
        "how do special needs schools work in Canada",
    ):
        assert asks_for_state_law(question), question
    for question in (
        "we live in texas, how long does the school have to evaluate",
        "we moved from ohio to texas, does the new school have to follow his iep?",
        "what does federal law say about restraint?",
        "does the school have to give us an interpreter, my wife only speaks french",
        "can my son's aide come with him on the field trip to new england?",  # a U.S. region
        "we just moved here from mexico, can my son get special ed and english classes?",
    ):
        assert not asks_for_state_law(question), question


def test_both_or_either_points_back_and_picking_up_is_a_removal_only_when_the_school_calls():
    from assistant.followup import is_followup, library_words

    knows = lambda term: term in {"kid", "plan", "child"}  # noqa: E731
    assert is_followup("can a kid have both", knows)
    assert is_followup("can she get either one?", knows)
    assert not is_followup("can a child have an IEP and a 504 plan at the same time?", knows)
    assert "removal" in library_words("they keep calling me to come pick her up")
    assert "removal" not in library_words("she is turning 3, does the school district just pick her up from early intervention")


def test_whose_no_and_everyday_words_for_a_deadline_to_act_and_a_teacher_leaving_the_meeting():
    from assistant.followup import library_words

    assert "consent" in library_words("do i have to say yes to the evaluation?")
    assert "consent" in library_words("can we say no to special ed testing")
    assert "consent" not in library_words("can the school just say no to testing my kid?")  # the school's no
    assert "deadline" in library_words("how long do i have to do something about it")
    assert "deadline" in library_words("is it too late to complain about last year?")
    assert "excused" in library_words("can the gen ed teacher just leave after 10 min")
    assert "excused" not in library_words("the meeting was 10 min long")


def test_in_writing_means_prior_written_notice_only_when_the_school_is_to_write():
    from assistant.followup import library_words

    assert "notice" in library_words("do they have to tell me in writing?")
    assert "notice" in library_words("can i make them put it in writing")
    assert "notice" not in library_words("a parent told me she wants her son tested. does she need to put it in writing")
    assert "notice" not in library_words("do i need to put my request in writing")


def test_everyday_words_for_leaving_special_ed_sports_a_classroom_visit_a_named_method_and_pull_out():
    from assistant.followup import library_words

    assert "revoke" in library_words("i want to take my son off his iep completely")
    assert "extracurricular" in library_words("he made the basketball team but the coach says he cant go to away games")
    assert "observe" in library_words("a mom wants to sit in her sons classroom for a whole day")
    assert "method" in library_words("can i make them use orton gillingham? they say they use their own reading program")
    assert "push-in" in library_words("my son gets pulled out for speech and OT and is missing science")
    assert "push-in" not in library_words("they keep pulling him out of class for behavior")


def test_a_clause_ending_on_its_helping_verb_points_back():
    from assistant.followup import is_followup

    knows = lambda term: True  # noqa: E731
    for question in ("what do i do if he isnt", "and if they don't?", "what if she can't"):
        assert is_followup(question, knows), question
    assert not is_followup("what do I do if he is suspended for the eleventh day in a row?", knows)


def test_a_grandchild_or_a_caseworker_asks_who_counts_as_a_parent():
    from assistant.followup import library_words

    assert "parent" in library_words("im raising my grandson, can i sign his iep papers")
    assert "parent" in library_words("the school keeps calling her caseworker instead of us")


def test_chat_words_of_a_told_situation_and_everyday_words_for_a_sad_child():
    from assistant.followup import context_turns, library_words

    knows = lambda term: term not in {"suppos", "never", "actual", "ignor", "bread", "bake"}  # noqa: E731
    told = "im a para and one of my kids has a behavior plan"
    follow = "the teacher never showed me the actual plan, just told me to ignore him. am i supposed to get a copy?"
    assert context_turns(follow, [told], knows) == [told]  # "never", "actual", "supposed" name no new topic
    assert context_turns("how do I bake bread?", [told], knows) == []
    assert "counseling" in library_words("she's been really depressed and crying every morning")


def test_an_it_that_a_reported_verdict_is_about_is_not_the_threads_topic():
    from assistant.followup import substitute

    assert substitute("who pays for it?", "an IEE") == "who pays for an IEE?"
    assert substitute("what if they decide it wasnt caused by his disability", "a manifestation determination") is None
    assert substitute("what if they say it wasn't related?", "a manifestation determination") is None


def test_a_teacher_asking_whether_an_accommodation_is_given_every_time_asks_whether_it_is_optional():
    from assistant.followup import library_words

    assert "optional" in library_words("his IEP says extended time, do I have to give it on every quiz, even short ones?")
    assert "optional" not in library_words("do I have to give my consent?")


def test_the_sat_typed_in_lowercase_is_the_exam_but_sat_the_verb_is_not():
    from assistant.followup import library_words

    assert "exam" in library_words("what about the sat")
    assert "exam" not in library_words("he sat alone at lunch")


def test_what_happens_in_the_meantime_of_a_disagreement_is_stay_put():
    from assistant.followup import library_words

    assert "stay put" in library_words("and if i disagree what happens in the meantime")
    assert "stay put" not in library_words("so in the meantime while they figure it out does he just get nothing??")


def test_a_word_for_how_much_does_not_make_a_followup_a_new_topic():
    """ "Pretty severe anxiety": "pretty" says how severe, so with one other word the library lacks
    the question still leans on "what are related services?" through its "that"."""
    from assistant.followup import is_followup

    knows = lambda term: term not in {"pretti", "anxieti", "bake", "bread", "sourdough"}  # noqa: E731
    assert is_followup("does that include counseling? my daughter has pretty severe anxiety at school", knows)
    assert not is_followup("what about sourdough bread, how do I bake it?", knows)


def test_words_of_the_situation_after_a_followup_do_not_make_it_a_new_topic():
    """ "is it free? we're on a fixed income, social security only": what it asks is "is it free?",
    a follow-up; the situation it adds has words the library lacks, but asks nothing of its own."""
    from assistant.followup import is_followup

    knows = lambda term: term not in {"fix", "fixed", "incom", "social", "secur", "landlord", "evict"}  # noqa: E731
    assert is_followup("is it free? we're on a fixed income, social security only", knows)
    assert not is_followup("what about my landlord, can he evict us?", knows)


def test_a_local_rule_a_going_price_a_forecast_and_matters_outside_school_are_told_apart():
    from assistant.followup import asks_for_a_referral, asks_for_outside_advice, asks_for_state_law, asks_to_act

    for question in (
        "what's the ohio specific rule on notice before a meeting?",
        "is there a Texas state rule on how many IEP kids fit in one co-taught room?",
        "what is the county's own policy on summer services?",
        "does Chapter 14 say how long the evaluation can take?",
        "I need the exact NY number, not the federal one",
        "whats the timeline in ohio for finishing the evaluation?",
        "ok but what does illinois specifically require?",
        "what does the state board rule say about the written report?",
        "we're moving to england next year, will they honor his IEP?",
        "in oregon does the state require a dyslexia screener in first grade?",
    ):
        assert asks_for_state_law(question), question
    for question in (
        "can you write the email to his teacher asking for a meeting?",
        "could you just fill it out for me? I'll paste the questions",
        "can you file the complaint for me? here are the details",
        "Write the present levels section for a 2nd grader with autism.",
        "ok. fill out this referral form for my student",
        "what are the odds the hearing officer sides with us?",
        "realistically is he going to end up held back again?",
        "do you think she'll make it through college with her dyslexia?",
        "do you think itll work for her",
        "honestly can u just call the school for me",
        "he got arrested at the mall, will the judge go easier because of his IEP?",
        "so whats your guess, will they pay for it or go to a hearing?",
        "will they find it was a manifestation or not, what do you think",
        "will the judge go easier on him because of his IEP?",
        "will my son with autism ever be able to talk in sentences?",
    ):
        assert asks_to_act(question), question
    for question in (
        "how much does a private speech evaluation usually cost?",
        "what do those therapeutic day schools cost per year, roughly?",
        "what's the filing fee for guardianship?",
        "how much is school lunch at the middle school?",
        "which app would you recommend for tracking IEP paperwork?",
        "know any special ed advocates in boston that work for free?",
        "can u call his school and tell them I'm sick",
        "how much is it? wheres cheapest",
        "is it worth it tho",
    ):
        assert asks_for_a_referral(question), question
    for question in (
        "how much of her rescue medicine should the nurse give during a seizure?",
        "should we up his adhd dose before testing week?",
        "does he sound like he has adhd to you?",
        "should I open an ABLE account for my son?",
        "how do we get on the medicaid waiver wait list?",
        "can I ask family court for sole decision making on school?",
        "if I sign the school forms, can they deport me?",
        "is the no-nit head lice policy still standard?",
        "how do I get him tested for the gifted program?",
        "can you teach me some basic sign language?",
        "so how do i file for guardianship, what forms do i need?",
        "can I file a grievance with my union about my caseload?",
        "how do i apply for free and reduced lunch?",
        "does my insurance have to cover private speech too?",
        "can I get a restraining order against that teacher?",
        "what parenting schedule works best with his therapy days?",
        "can I sue the district for his medical bills after he broke his wrist at recess?",
        "does having an iep mean he automatically qualifies for SSI?",
        "can i get more snap benefits because my kid is in special ed?",
        "can we write it off as a medical expense?",
        "our insurance denied ABA, what can I do?",
        "from what i said, do you think its autism?",
        "how do u sign 'thank you' in asl",
        "what score does she need to get into ohio state",
        "what excuse do i give my boss to leave early",
        "will she be able to drive at 16 with seizures",
        "whats the chance the next one has autism too",
    ):
        assert asks_for_outside_advice(question), question
    for question in (  # the library's own questions, worded close to those
        "we live in texas, how long does the school have to evaluate",
        "does the state require a reevaluation every three years?",
        "can you file a state complaint about missed services?",
        "is she going to graduate with a regular diploma if her grading is modified?",
        "How much does an IEE cost?",
        "do I have to pay out of pocket for the IEE?",
        "my son needs medication at school, who gives it?",
        "can my child be tested for gifted and special education at the same time?",
        "can a charter school lottery turn away a child with an IEP?",
        "Does my insurance have to pay if the school bills Medicaid for speech?",
        "will the school ever have to pay for an IEE?",
        "what if his gen ed teacher says she cant come",
        "he has a juvenile court date now, does the school still have to do the manifestation review?",
        "can the school restrain my son, and what should I do about the bruises?",
        "my son with autism was arrested at school after a meltdown, is there a manifestation review?",
        "we're undocumented, can my daughter still get an IEP?",
        "can my seating chart give him the preferential seating in his IEP?",
        "my son has a genetic disorder, can he get an IEP?",
        "what is the school's visitation policy for observing his class?",
        "can his standards-based report card show modified grades?",
        "how do I write a letter asking for an evaluation?",
    ):
        flagged = asks_for_state_law(question) or asks_to_act(question)
        assert not (flagged or asks_for_a_referral(question) or asks_for_outside_advice(question)), question


def test_a_disagreement_with_the_schools_testing_is_asked_as_an_independent_evaluation():
    # the library's answer to it is an IEE, not its list of dispute options
    from assistant.followup import library_words

    for question in (
        "i dont agree with the schools testing of my son, can i get an outside evaluation",
        "i disagree with the school psych report, it says my kid is low average",
        "what if i disagree with the evaluation results",
    ):
        words = library_words(question)
        assert "independent educational" in words and "dispute" not in words, question
    assert "dispute" in library_words("I disagree with the IEP the school wrote")


def test_vaccines_heredity_a_staff_members_pay_and_a_gifted_program_are_outside_advice():
    from assistant.followup import asks_for_outside_advice

    for question in (
        "is the school allowed to make my kid take the covid vaccine",
        "is ADHD genetic? my husband thinks he had it too",
        "i'm a para and i think i'm being underpaid, who do i talk to",
        "my daughter is gifted but bored, how do i get her into the gifted program",
    ):
        assert asks_for_outside_advice(question), question
    for question in (
        "Can a gifted child get an IEP?",  # twice-exceptional students: the library's
        "can my son be in the gifted program and have an IEP at the same time?",
        "is dyslexia a disability under IDEA?",
        "does the school have to pay for the speech therapy in his IEP?",
    ):
        assert not asks_for_outside_advice(question), question


def test_money_back_is_the_schools_only_when_the_question_is_about_school():
    from assistant.followup import describes_school_action, library_words

    assert not describes_school_action("how do i get a refund from amazon")
    assert "reimbursement" not in library_words("how do i get a refund from amazon")
    for question in (
        "will the district pay me back for the private evaluation",
        "we pulled him out and put him in private school, can we get reimbursed",
        "can i get reimbursed for the tutoring i paid for",
    ):
        assert describes_school_action(question), question
    assert "reimbursement" in library_words("will the district pay me back for the private evaluation")


def test_a_choice_between_the_things_just_named_is_a_followup():
    earlier = [Turn("what's the difference between an IEP and a 504?")]
    assert retrieval_query("which is better for adhd?", earlier).startswith("which is better for adhd? (")
    assert retrieval_query("which one would be easier?", earlier) != "which one would be easier?"
    # naming both choices, it stands on its own
    own = "which is better for adhd, an iep or a 504?"
    assert retrieval_query(own, earlier) == own


def test_everyday_words_for_a_parent_who_works_a_little_therapy_a_trip_to_the_office_and_a_teachers_worry():
    from assistant.followup import library_words

    assert "cannot attend" in library_words("they want to have the iep meeting next tuesday and i work, do I have to go?")
    assert "cannot attend" not in library_words("do i have to be at the iep meeting if im the gen ed teacher")
    assert "related services" in library_words("they said he needs speech but only 20 min a month, can i push for more")
    assert "related services" not in library_words("they call me like 3 times a week to come get him")
    assert "removal" in library_words("can i just send him to the office like anyone else")
    assert "behavior" in library_words("a kid in my room keeps getting into fights")
    assert "child find" in library_words("i think one of my students might have a disability, what am i supposed to do")
    assert "child find" not in library_words("i think my son's teacher is ignoring his iep")
    assert "RTI" in library_words("what is response to intervention and does it have to happen before a referral")


def test_everyday_words_for_a_child_whose_anxiety_keeps_her_from_school():
    from assistant.followup import library_words

    assert "504 plan" in library_words("my daughter has anxiety really bad and misses a lot of school")
    assert "504 plan" in library_words("he refuses to go to school most mornings")
    assert "504 plan" not in library_words("he misses the bus a lot")
    assert "504 plan" not in library_words("school counselor here - a student on a 504 for anxiety wants a shorter day")


def test_a_thank_you_tells_no_situation_for_the_next_question_to_go_on_from():
    from assistant.followup import tells_situation

    all_but_tax = lambda term: term != "tax"  # noqa: E731
    history = [Turn("how do i ask for an iep meeting"), Turn("thanks")]
    deadline = "do you know when the tax filing deadline is this year"
    assert retrieval_query(deadline, history, all_but_tax) == deadline
    assert not tells_situation("thanks") and not tells_situation("great, that helps")
    assert tells_situation("My son turns 18 this spring.")


def test_whether_the_asker_has_to_take_part_is_whether_it_is_voluntary():
    from assistant.followup import library_words

    assert "voluntary" in library_words("is mediation free do i have to go?")
    assert "voluntary" in library_words("is it mandatory")
    # a meeting has its own rule: joining by phone, meeting without a parent
    assert "voluntary" not in library_words("they want the iep meeting next tuesday and i work, do I have to go?")


def test_grades_however_told_and_the_school_ending_an_iep_carry_the_library_words_for_them():
    from assistant.followup import library_words

    assert "good grades" in library_words("my daughter has an IEP but she's getting straight As now.")
    assert "good grades" in library_words("he made the honor roll, all A's and B's")
    assert "good" not in library_words("she got an A on her spelling test")
    ending = library_words("can they just end her IEP because of that?")
    assert "reevaluation" in ending and "qualifies" in ending
    assert "reevaluation" in library_words("the school wants to take him off his IEP")
    parent = library_words("can I just end his IEP? we want out")  # the parent ending it is revoking consent
    assert "revoke consent" in parent and "reevaluation" not in parent
    assert "reevaluation" not in library_words("can the school end the IEP meeting early?")


def test_a_question_naming_a_disability_or_a_school_problem_is_about_the_librarys_subject():
    from assistant.followup import names_special_education

    for question in (
        "my 2 year old isnt talking yet, who do I call?",
        "they put my son in a room by himself and wouldnt let him out because he was screaming. is that allowed?",
        "he's 19 and still in high school, how long can he stay",
        "Can they move my kid to a different classroom without telling me?",
        "what is response to intervention and does it have to happen before a referral",
        "does the law say my kid should be in the regular classroom?",
        "they keep calling me to come get him early",  # a situation the library's everyday words know
        "my daughter is 2 and barely says anything",
        "my son is 17 and i dont think he can live on his own, what should the school be doing now",
    ):
        assert names_special_education(question), question
    for question in (
        "what time does school usually start",
        "can the school make my kid get the flu shot",
        "is it legal for the school to search my kid's backpack",
        "how do i get a copy of my kid's birth certificate",
        # school life every family meets: the library's everyday words lead its search, but name none of its subjects
        "how do i get my son on the honor roll",
        "what time does the school bus usually come in the morning",
        "my son's teacher gives way too much homework, how do i complain",
        "how do i get a refund for the school fundraiser",
        "how do i sign my son up for the after school chess club",
        "can a teacher give the whole class detention",  # a class or a classroom is every child's
        "how do i ask my principal for a bigger classroom",
    ):
        assert not names_special_education(question), question
    # the school-life entries are named by their words: each must still be an everyday entry's
    from assistant.followup import _EVERYDAY, _SCHOOL_LIFE

    assert _SCHOOL_LIFE <= {words_ for _, words_, _ in _EVERYDAY}
    # ... unless a subject of its own comes with them
    assert names_special_education("he keeps getting kicked off the bus for his behavior")
    assert names_special_education("can they leave him off the field trip because of his wheelchair?")
