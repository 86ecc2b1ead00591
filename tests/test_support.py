from assistant.citations import cited_sentences, markers
from assistant.config import Settings
from assistant.embeddings import CachedEmbedder
from assistant.support import SupportJudge, lexical_support


def test_markers_and_cited_sentences():
    text = "An IEP is a plan. [1] It is reviewed yearly [2].\n\nParents are members. [1, 3]"
    assert markers(text) == [1, 2, 1, 3]
    sentences = cited_sentences(text)
    assert [(s.text, s.numbers) for s in sentences] == [
        ("An IEP is a plan.", (1,)),
        ("It is reviewed yearly.", (2,)),
        ("Parents are members.", (1, 3)),
    ]


def test_uncited_sentence_has_no_numbers():
    sentences = cited_sentences("First claim. [1] Second claim with no source.")
    assert sentences[1].numbers == ()


def test_lexical_support():
    assert lexical_support("The IEP is reviewed every year.", "An IEP is reviewed at least once a year.") >= 0.6
    assert lexical_support("Bread needs yeast.", "An IEP is reviewed at least once a year.") == 0.0


def test_judge_accepts_paraphrase_and_rejects_unrelated(embedder):
    judge = SupportJudge.from_settings(CachedEmbedder(embedder), Settings().answer)
    passage = "The school must finish the evaluation within 60 days of getting the parent's consent."
    assert judge.judge("The evaluation has to be done within 60 days after the parent consents.", passage).supported
    assert not judge.judge("Parents must pay for speech therapy at school.", passage).supported
    assert not judge.judge("The moon is made of cheese.", passage).supported


def test_judge_compares_embeddings_only_where_the_words_leave_it_open(embedder):
    cached = CachedEmbedder(embedder)
    judge = SupportJudge.from_settings(cached, Settings().answer)
    passage = "The school must finish the evaluation within 60 days of getting the parent's consent."
    quoted = judge.judge("The school must finish the evaluation within 60 days.", passage)
    unrelated = judge.judge("The moon is made of cheese.", passage)
    assert quoted.supported and quoted.semantic is None and quoted.score == 1.0
    assert not unrelated.supported and unrelated.semantic is None
    assert cached.computed == 0  # the words decided both: nothing embedded
    paraphrase = judge.judge("After the parent says yes, the school has 60 days to complete the testing.", passage)
    assert paraphrase.lexical < 0.6 and paraphrase.supported and paraphrase.semantic is not None
    assert cached.computed > 0


def test_an_abbreviation_does_not_end_a_cited_sentence():
    from assistant.citations import cited_sentences

    sentences = cited_sentences("Families can complain to the U.S. Department of Education (OCR). [2] Ask first. [1]")
    assert [(s.text, s.numbers) for s in sentences] == [
        ("Families can complain to the U.S. Department of Education (OCR).", (2,)),
        ("Ask first.", (1,)),
    ]
