from assistant.text import content_terms, split_sentences, stem, tokenize


def test_sentences_are_exact_substrings_and_respect_abbreviations():
    text = (
        "An IEP is a plan. It is written by a team, e.g. parents and teachers.\n"
        "Under 34 C.F.R. 300.320 the U.S. rules apply.\n"
        "- Extra time on tests helps a student who reads slowly.\n"
        "1. Write to the school."
    )
    sentences = split_sentences(text)
    assert sentences == [
        "An IEP is a plan.",
        "It is written by a team, e.g. parents and teachers.",
        "Under 34 C.F.R. 300.320 the U.S. rules apply.",
        "Extra time on tests helps a student who reads slowly.",
        "Write to the school.",
    ]
    assert all(s in text for s in sentences)


def test_tokenize_lowercases_strips_punctuation_and_stopwords():
    assert tokenize("What's an IEP? Who pays for the Evaluations, services!") == [
        "iep",
        "pay",
        "evalu",
        "servic",
    ]


def test_stem_matches_plural_and_verb_forms():
    assert stem("meetings") == stem("meeting") == "meet"
    assert stem("disabilities") == stem("disability")
    assert stem("classes") == "class"
    assert stem("iep") == "iep"
    assert stem("reevaluated") == stem("reevaluation") == stem("reevaluate")
    assert stem("eligible") == stem("eligibility")


def test_content_terms_is_a_set():
    assert content_terms("IEP iep IEPs") == {"iep"}


def test_a_word_whose_stem_is_a_stopword_is_dropped():
    assert tokenize("theres a waitlist") == ["waitlist"]


def test_a_sentence_keeps_its_closing_quote():
    text = (
        'Many schools call the 3-year check the "triennial." '
        "Between reevaluations, the team meets (at least once a year.) Then it ends."
    )
    assert split_sentences(text) == [
        'Many schools call the 3-year check the "triennial."',
        "Between reevaluations, the team meets (at least once a year.)",
        "Then it ends.",
    ]
