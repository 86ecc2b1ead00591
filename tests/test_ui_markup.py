"""Answer, source-card and article HTML: markers link to cards, quotes are highlighted, and no
text from a question or a document is ever interpreted as HTML."""

import re

from assistant.sources import Article, ArticleSection, CitedSource
from assistant.types import UNSUPPORTED_LABEL, Answer, Chunk, Citation, SentenceCheck
from ui.answer_html import answer_html, one_marker_per_source
from ui.cards import QUOTE_ID, article_html, card_html, chip_label
from ui.highlight import excerpt, find_spans, mark, marked

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'
SECTION = (
    "Schools must follow the IEP. An IEP is a written plan for a child who gets special education. "
    "It lists services and goals. Parents are members of the team.\nThe team meets every year."
)


def anchor(n: int) -> str:
    return f"ig-src-abc-{n}"


def citation(n=1, quote="An IEP is a written plan for a child who gets special education.", title="What is an IEP?"):
    return Citation(
        n=n, title=title, section="Basics > Plan", source="corpus/x.md", chunk_id=f"c{n}", quote=quote, score=0.8, page=None
    )


def chunk(text=SECTION, audience="family", **kw):
    return Chunk(
        id=kw.pop("id", "c1"),
        text=text,
        source="corpus/x.md",
        title="What is an IEP?",
        section=kw.pop("section", "Basics > Plan"),
        audience=audience,
        **kw,
    )


def tags(markup: str) -> set[str]:
    return set(re.findall(r"<\s*([a-zA-Z0-9]+)", markup))


def test_find_spans_handles_whitespace_and_ellipsis_joined_quotes():
    text = "First part here.\nSecond   part there. Third part."
    spans = find_spans(text, "First part here. … Third part.")
    assert [text[s:e] for s, e in spans] == ["First part here.", "Third part."]
    assert find_spans(text, "Second part there.") == [(17, 37)]
    assert find_spans(text, "Nowhere in the text.") == []


def test_mark_escapes_text_and_never_spans_a_line_break():
    text = "a <b> c\nd & e"
    html = mark(text, [(0, len(text))], first_id="q")
    assert html == '<mark id="q">a &lt;b&gt; c</mark>\n<mark>d &amp; e</mark>'


def test_excerpt_shows_whole_sentences_around_the_quote_and_marks_cuts():
    html = excerpt(SECTION, "It lists services and goals.", 40)
    assert "<mark>It lists services and goals.</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert "An IEP is a written plan" not in html or html.index("An IEP") < html.index("<mark>")
    whole = excerpt(SECTION, "Schools must follow the IEP.", 10_000)
    assert not whole.startswith("…") and not whole.endswith("…")


def test_excerpt_of_a_quote_not_in_the_text_still_shows_the_quote_escaped():
    assert excerpt("other text", "<i>quote</i>", 50) == "<mark>&lt;i&gt;quote&lt;/i&gt;</mark>"


def test_answer_markers_link_to_cards_with_accessible_names():
    answer = Answer(
        text="An IEP is a plan. [1] It is free. [2]\n\nAsk in writing. [1, 2]",
        citations=(citation(1), citation(2, title="Costs")),
    )
    html = answer_html(answer, anchor)
    assert html.count('href="#ig-src-abc-1"') == 2 and html.count('href="#ig-src-abc-2"') == 2
    assert 'aria-label="Source 2: Costs"' in html
    assert html.count("<p>") == 2


def test_one_marker_per_source_stands_after_the_last_sentence_drawn_from_it():
    text = "An IEP is a plan. [1] It is written. [1] It is free. [2] Schools follow it. [1]"
    assert one_marker_per_source(text) == "An IEP is a plan. It is written. It is free. [2] Schools follow it. [1]"


def test_one_marker_per_source_groups_within_each_paragraph_only():
    text = "A plan. [1] Written. [1]\n\nAsk. [1] In writing. [2]"
    assert one_marker_per_source(text) == "A plan. Written. [1]\n\nAsk. [1] In writing. [2]"


def test_one_marker_per_source_splits_a_shared_marker_and_spans_a_list():
    text = "You can: [1, 2]\n- ask for a meeting. [1]\n- bring a friend. [1]"
    assert one_marker_per_source(text) == "You can: [2]\n- ask for a meeting.\n- bring a friend. [1]"
    assert one_marker_per_source("Ask. [1, 2] Then wait. [1, 2]") == "Ask. Then wait. [1, 2]"


def test_one_marker_per_source_keeps_the_sentences_word_for_word():
    text = "  The U.S. Department says so. [3]\tIt is 60 days.[3] No markers here.\n\n\nLast one. [4]"
    grouped = one_marker_per_source(text)
    assert grouped == "  The U.S. Department says so.\tIt is 60 days.[3] No markers here.\n\n\nLast one. [4]"
    assert re.sub(r"\s*\[\d+\]", "", grouped) == re.sub(r"\s*\[\d+\]", "", text)
    assert one_marker_per_source("") == "" and one_marker_per_source("No citations.") == "No citations."


def test_answer_shows_each_source_once_per_paragraph():
    answer = Answer(
        text="An IEP is a plan. [1] It is written. [1] It is free. [2]\n\nAsk in writing. [1]",
        citations=(citation(1), citation(2, title="Costs")),
    )
    html = answer_html(answer, anchor)
    first, second = html.split("</p>")[:2]
    assert first.count('href="#ig-src-abc-1"') == 1 and first.count('href="#ig-src-abc-2"') == 1
    assert "An IEP is a plan. It is written. <a" in first  # the marker follows the last sentence it backs
    assert second.count('href="#ig-src-abc-1"') == 1


def test_chip_names_title_section_and_page():
    assert chip_label(citation(2)) == "[2] What is an IEP? · Basics › Plan"
    paged = Citation(
        n=3, title="Procedural safeguards", section="Overview", source="x.pdf", chunk_id="c", quote="q", score=0.5, page=12
    )
    assert chip_label(paged) == "[3] Procedural safeguards · page 12"


def test_a_long_quote_shows_its_first_and_last_sentence_in_its_context():
    quote = (
        "An IEP is a written plan for a child who gets special education. It lists services and goals. "
        "Parents are members of the team."
    )
    html = excerpt(SECTION, quote, 40)
    assert html.startswith("Schools must follow the IEP. ")  # the sentence before, not highlighted
    assert "<mark>An IEP is a written plan for a child who gets special education.</mark>" in html
    assert "<mark>Parents are members of the team.</mark>" in html
    assert "It lists services and goals." not in html and "1 more sentence quoted in the answer" in html
    assert "The team meets every year." in html  # the sentence after
    short = excerpt(SECTION, "An IEP is a written plan for a child who gets special education. It lists services and goals.", 40)
    assert "<mark>An IEP is a written plan for a child who gets special education. It lists services and goals.</mark>" in short


def test_unknown_markers_stay_plain_text():
    html = answer_html(Answer(text="Something. [7]", citations=(citation(1),)), anchor)
    assert "[7]" in html and "ig-src-abc-7" not in html


def test_unsupported_sentences_are_marked_visibly():
    answer = Answer(
        text="An IEP is a plan. [1] Schools must pay for private tutors. [1]",
        citations=(citation(1),),
        checks=(
            SentenceCheck("An IEP is a plan.", (1,), True),
            SentenceCheck("Schools must pay for private tutors.", (1,), False),
        ),
    )
    html = answer_html(answer, anchor)
    assert html.count(UNSUPPORTED_LABEL) == 1
    assert '<span class="ig-unsupported">Schools must pay for private tutors.</span>' in html


def test_bullets_in_an_answer_become_a_list():
    html = answer_html(Answer(text="You can:\n- ask for a meeting. [1]\n- bring a friend. [1]", citations=(citation(),)), anchor)
    assert "<ul><li>ask for a meeting." in html and html.count("<li>") == 2


def test_html_in_answers_cards_and_articles_is_escaped():
    answer = Answer(text=f"{EVIL} An IEP. [1]", citations=(citation(1, quote=EVIL, title=EVIL),))
    body = answer_html(answer, anchor)
    source = CitedSource(citation(1, quote=EVIL, title=EVIL), chunk(text=f"Intro. {EVIL} More."))
    card = card_html(source, anchor(1), 200)
    article = Article("corpus/x.md", EVIL, "both", (), (ArticleSection(EVIL, f"Intro. {EVIL}", None, ("c1",)),))
    page = article_html(article, "c1", EVIL)
    for markup in (body, card, page):
        assert "<script" not in markup and "<img" not in markup
        assert "&lt;script&gt;" in markup
        assert tags(markup) <= {
            "div",
            "p",
            "a",
            "span",
            "section",
            "blockquote",
            "mark",
            "details",
            "summary",
            "article",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "br",
        }


def test_card_shows_title_section_audience_and_the_highlighted_passage():
    source = CitedSource(citation(), chunk())
    html = card_html(source, anchor(1), 60)
    assert f'id="{anchor(1)}"' in html and "What is an IEP?" in html
    assert "Basics › Plan" in html and "Written for families" in html
    assert "<mark>An IEP is a written plan for a child who gets special education.</mark>" in html
    assert "Show the whole section" in html
    assert "corpus/x.md" not in html  # the public sees titles, never file paths
    assert "corpus/x.md" in card_html(source, anchor(1), 60, show_file=True)  # staff do


def test_card_without_its_chunk_shows_the_quote():
    html = card_html(CitedSource(citation(), None), anchor(1), 60)
    assert "<mark>An IEP is a written plan" in html and "Show the whole section" not in html


def test_article_marks_the_quote_in_the_cited_section_with_a_jump_link():
    article = Article(
        "corpus/x.md",
        "What is an IEP?",
        "teacher",
        (),
        (
            ArticleSection("Overview", "Opening text.", None, ("c0",)),
            ArticleSection("Basics > Plan", SECTION, 3, ("c1",)),
            ArticleSection("Lists", "- one item\n- two items", None, ("c2",)),
        ),
    )
    html = article_html(article, "c1", citation().quote)
    assert f'<mark id="{QUOTE_ID}">An IEP is a written plan' in html and f'href="#{QUOTE_ID}"' in html
    assert '<h4>Plan <span class="ig-page">page 3</span></h4>' in html
    assert "<ul><li>one item</li><li>two items</li></ul>" in html
    assert "Written for teachers" in html
    assert html.index("Opening text.") < html.index("Schools must follow") < html.index("one item")


def test_article_without_the_quote_has_no_jump_link():
    article = Article("s", "T", "both", (), (ArticleSection("Overview", "Text.", None, ("c1",)),))
    assert "Jump to" not in article_html(article, "c1", "Not there.")
    assert marked("Text.", "Not there.") == ("Text.", False)


def test_the_chat_and_the_citation_check_read_the_same_list_items():
    from assistant.citations import cited_sentences
    from ui.answer_html import paragraph_html

    listed = "- Ask for mediation. [1]\n2. File a state complaint. [1]"
    assert [s.item for s in cited_sentences(listed)] == ["-", "2."]
    assert paragraph_html(listed, {}, lambda n: f"#c{n}", set()).count("<li>") == 2
    year = "1999. The Supreme Court ruled for the student. [1]"  # a year, not an item number
    assert not any(s.item for s in cited_sentences(year))
    assert "<li>" not in paragraph_html(year, {}, lambda n: f"#c{n}", set())
