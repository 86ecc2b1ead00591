"""End to end in a real browser: the app served on loopback as scripts/start serves it
(`python -m ui.serve`, which runs `streamlit run app.py`), driven in headless Debian Chromium by
Playwright. Screenshots land in test-artifacts/browser/."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from assistant import Settings
from assistant.factory import open_index
from assistant.feedback_store import FeedbackStore
from assistant.staff import StaffAccounts
from benchmarks.served_app import ARTICLES, CHROMIUM, launch_chromium
from ingest.pipeline import ingest
from tests.conftest import copy_articles
from tests.streamlit_server import ROOT, StreamlitServer
from ui.wording import FAMILY, PARENT_CENTER_FINDER

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts" / "browser"
ANSWER_WAIT_MS = 180_000  # the first answer also loads the embedding model in the server
LIBRARY_READY = "IEP Guide: library ready in"  # what the server logs when the model and library are loaded
QUESTION = "What is an IEP?"
PHONE = {"width": 390, "height": 844}
STAFF_NAME, STAFF_PASSWORD = "maria", "correct horse battery staple"
EVAL_CASES = [
    {
        "id": "iep",
        "question": QUESTION,
        "audience": "family",
        "topic": "iep-basics",
        "expected_sources": ["guides/what-is-an-iep.md"],
        "key_facts": [["written plan"]],
    },
    {
        "id": "bread",
        "question": "How do I bake sourdough bread?",
        "audience": "family",
        "topic": "out-of-scope",
        "should_abstain": True,
    },
]

CONTRAST_JS = """(el) => {
  if (!el.isConnected) return null;  // replaced by a rerun while it was found: measured again
  const rgba = c => { const v = c.match(/[\\d.]+/g).map(Number); return v.length === 3 ? [...v, 1] : v; };
  const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const layers = [];
  for (let node = el; node; node = node.parentElement) {
    const bg = rgba(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) { layers.push(bg); if (bg[3] === 1) break; }
  }
  let bg = [255, 255, 255, 1];
  for (const layer of layers.reverse()) bg = over(layer, bg);
  let opacity = 1;  // a faded ancestor (Streamlit captions use opacity) fades the text too
  for (let node = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
  const color = rgba(getComputedStyle(el).color);
  const fg = over([...color.slice(0, 3), color[3] * opacity], bg);
  const lum = c => { const f = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
                     return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def contrast(page, selector: str) -> float:
    """The WCAG contrast ratio of the first element `selector` finds, over what is behind it. An
    element Streamlit replaces between being found and being measured is found again."""
    for _ in range(20):
        ratio = page.locator(selector).first.evaluate(CONTRAST_JS)
        if ratio is not None:
            return ratio
        page.wait_for_timeout(100)
    raise AssertionError(f"{selector} kept being replaced while it was measured")


@pytest.fixture(scope="module")
def playwright_browser():
    if not CHROMIUM.exists():
        message = "Debian chromium is not installed (scripts/test installs it with apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory, embedder):
    """The app served from a real index built in tmp from a few corpus articles."""
    tmp = tmp_path_factory.mktemp("browser")
    folder = copy_articles(tmp / "guides", ARTICLES)
    settings = Settings(index_dir=tmp / "index", corpus_dir=folder)
    report = ingest([folder], open_index(settings, embedder=embedder, create=True), embedder, settings)
    assert not report.errors, report.errors
    feedback_db = tmp / "feedback.sqlite3"
    eval_set = tmp / "cases.jsonl"
    eval_set.write_text("\n".join(json.dumps(c) for c in EVAL_CASES) + "\n")
    staff_file = tmp / "staff" / "staff.json"
    StaffAccounts(staff_file).add(STAFF_NAME, STAFF_PASSWORD)
    env = {
        "IEP_GUIDE_INDEX_DIR": str(settings.index.index_dir),
        "IEP_GUIDE_FEEDBACK_DB": str(feedback_db),
        "IEP_GUIDE_EVAL_SET": str(eval_set),
        "IEP_GUIDE_REPORTS_DIR": str(tmp / "reports"),
        "IEP_GUIDE_CORPUS_DIR": str(folder),
        "IEP_GUIDE_STAFF_FILE": str(staff_file),
    }
    with StreamlitServer(env, ARTIFACTS / "streamlit.log") as server:
        server.feedback_db = feedback_db
        server.reports_dir = tmp / "reports"
        yield server


@pytest.fixture
def page(playwright_browser, served):
    context = playwright_browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(served.url)
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=ANSWER_WAIT_MS)
    yield page
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def ask(page, question: str) -> None:
    box = page.get_by_test_id("stChatInputTextArea")
    box.click()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    page.locator(".ig-answer, [data-testid='stAlertContentInfo']").last.wait_for(timeout=ANSWER_WAIT_MS)
    page.get_by_role("radio", name="Thumbs up").last.wait_for(timeout=ANSWER_WAIT_MS)


def test_ask_open_a_citation_read_the_article_and_give_feedback(page, served):
    from playwright.sync_api import expect

    ask(page, QUESTION)
    expect(page.get_by_test_id("stChatMessage").first).to_contain_text(QUESTION)
    answer = page.locator(".ig-answer")
    expect(answer).to_contain_text("IEP")
    answer.scroll_into_view_if_needed()
    shot(page, "1-answer")

    cite = answer.locator("a.ig-cite").first
    anchor = cite.get_attribute("href").lstrip("#")
    chip = page.locator(f".st-key-{anchor.replace('ig-src-', 'ig-card-')} details:not(.ig-section)")
    expect(chip).not_to_have_attribute("open", "")  # sources start as closed chips
    cite.click()
    expect(page).to_have_url(re.compile(f"#{anchor}$"))
    card = page.locator(f"#{anchor}")
    expect(chip).to_have_attribute("open", "")
    expect(card).to_be_in_viewport()
    assert page.evaluate("document.querySelector(':target')?.id") == anchor
    expect(card.locator("mark").first).to_be_visible()
    expect(card.locator(".ig-meta")).to_contain_text(re.compile("Written for|For families"))
    shot(page, "2-citation-card")

    container = page.locator(f".st-key-{anchor.replace('ig-src-', 'ig-card-')}")
    container.get_by_role("button", name="Open full article").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator(".ig-article")).to_be_visible()
    dialog.get_by_role("link", name="Jump to the passage quoted in the answer").click()
    expect(dialog.locator("mark#ig-quote")).to_be_in_viewport()
    shot(page, "3-full-article")
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)

    page.get_by_role("radio", name="Thumbs down").click()
    page.get_by_role("button", name="Unclear").click()
    page.get_by_label("Anything else you want to tell us? (optional)").fill("Please explain it more simply.")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("saved on this computer")).to_be_visible()
    shot(page, "4-feedback")
    rows = wait_for_rows(FeedbackStore(served.feedback_db), lambda r: r.question == QUESTION and r.comment)
    assert rows[-1].rating == 0 and rows[-1].reasons == ("unclear",)
    assert rows[-1].comment == "Please explain it more simply." and rows[-1].citations


CHIP = "[class*='st-key-ig-card-'] details:not(.ig-section)"  # a source's chip (not "Show the whole section")
CHIP_LABEL = "summary [data-testid='stMarkdownContainer']"


def test_sources_show_as_chips_that_open_into_cards_and_markers_appear_once_per_paragraph(page):
    from playwright.sync_api import expect

    ask(page, QUESTION)
    answer = page.locator(".ig-answer")
    for paragraph in answer.locator("p, ul, ol").all():
        hrefs = paragraph.locator("a.ig-cite").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert len(hrefs) == len(set(hrefs)), f"one marker per source in a paragraph: {hrefs}"
    chips = page.locator(CHIP)
    count = chips.count()
    assert count >= 1
    summaries = chips.locator(CHIP_LABEL).all_inner_texts()
    assert len(set(summaries)) == count, f"one chip per source: {summaries}"
    assert all(re.match(r"\[\d+\] \S", s.strip()) for s in summaries), summaries
    expect(page.locator(".ig-card").first).to_be_hidden()  # the cards do not repeat the answer until asked
    shot(page, "9-source-chips")

    first = chips.first
    first.locator(":scope > summary").focus()
    page.keyboard.press("Enter")  # a chip opens by keyboard
    expect(first).to_have_attribute("open", "")
    card = first.locator(".ig-card")
    expect(card).to_be_visible()
    expect(card.locator("mark").first).to_be_visible()
    assert "guides/" not in first.inner_text(), "the public never sees a file path"
    expect(first.get_by_role("button", name="Open full article")).to_be_visible()
    page.keyboard.press("Enter")
    expect(first).not_to_have_attribute("open", "")

    cite = answer.locator("a.ig-cite").last  # a marker opens its own chip and scrolls to its card
    anchor = cite.get_attribute("href").lstrip("#")
    cite.click()
    target = page.locator(f".st-key-{anchor.replace('ig-src-', 'ig-card-')} details:not(.ig-section)")
    expect(target).to_have_attribute("open", "")
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()
    # opened the page's way, not only by the browser: the card is live, so its button can be reached
    expect(target.get_by_role("button", name="Open full article")).to_be_visible()
    assert target.locator("[data-testid='stExpanderDetails']").get_attribute("inert") is None
    shot(page, "10-chip-opened-by-marker")


def test_regenerate_and_edit_replace_the_last_exchange_and_survive_a_reload(page):
    from playwright.sync_api import expect

    ask(page, QUESTION)
    expect(page).to_have_url(re.compile(r"[?&]c=[\w-]+"))
    page.get_by_role("button", name="Regenerate").click()
    page.get_by_role("radio", name="Thumbs up").last.wait_for(timeout=ANSWER_WAIT_MS)
    expect(page.get_by_role("button", name="Regenerate")).to_be_visible()
    page.reload()
    page.locator(".ig-answer").first.wait_for(timeout=ANSWER_WAIT_MS)
    expect(page.locator(".ig-answer")).to_have_count(1)
    expect(page.get_by_test_id("stChatMessage")).to_have_count(2)

    page.get_by_role("button", name="Edit question").click()
    box = page.get_by_role("textbox", name="Edit your question")
    expect(box).to_have_value(QUESTION)
    box.fill("Who is on the IEP team?")
    page.get_by_role("button", name="Ask the edited question").click()
    expect(page.get_by_test_id("stChatMessage").first).to_contain_text("Who is on the IEP team?", timeout=ANSWER_WAIT_MS)
    page.get_by_role("radio", name="Thumbs up").last.wait_for(timeout=ANSWER_WAIT_MS)
    shot(page, "11-edited-question")
    page.reload()
    page.locator(".ig-answer").first.wait_for(timeout=ANSWER_WAIT_MS)
    expect(page.get_by_test_id("stChatMessage")).to_have_count(2)
    expect(page.get_by_test_id("stChatMessage").first).to_contain_text("Who is on the IEP team?")
    expect(page.get_by_test_id("stChatMessage").first).not_to_contain_text(QUESTION)


def wait_for_rows(store: FeedbackStore, match, timeout_s: float = 20.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        rows = [r for r in store.all() if match(r)] if store.path.exists() else []
        if rows:
            return rows
        time.sleep(0.2)
    raise AssertionError("no matching feedback row was stored")


def test_keyboard_alone_reaches_citations_and_the_article(page):
    from playwright.sync_api import expect

    ask(page, QUESTION)
    page.get_by_role("heading", name="IEP Guide", exact=True).click()  # start keyboard navigation at the top
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement?.classList.contains('ig-cite')"):
            break
    else:
        pytest.fail("Tab never reached a citation link")
    anchor = page.evaluate("document.activeElement.getAttribute('href')").lstrip("#")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(f"#{anchor}$"))
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement?.innerText?.includes('Open full article')"):
            break
    else:
        pytest.fail("Tab never reached an 'Open full article' button")
    page.keyboard.press("Enter")
    expect(page.get_by_role("dialog").locator(".ig-article")).to_be_visible()
    page.keyboard.press("Escape")


def test_copy_puts_the_answer_and_its_sources_on_the_clipboard_by_keyboard(playwright_browser, served):
    from playwright.sync_api import expect

    context = playwright_browser.new_context(
        viewport={"width": 1280, "height": 900}, permissions=["clipboard-read", "clipboard-write"]
    )
    try:
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(served.url)
        page.get_by_test_id("stChatInputTextArea").wait_for(timeout=ANSWER_WAIT_MS)
        ask(page, QUESTION)
        copy = page.get_by_role("button", name="Copy the answer and its sources")
        expect(copy).to_have_count(1)
        copy.focus()
        page.keyboard.press("Enter")
        expect(page.get_by_role("status").filter(has_text="Copied")).to_be_visible()
        text = page.evaluate("navigator.clipboard.readText()")
        answer = page.locator(".ig-answer").inner_text()
        assert text.startswith(f"Question: {QUESTION}") and "Sources" in text and "[1] " in text
        assert answer.split("[")[0].strip()[:40] in text, "the answer's own words"
        assert "guides/" not in text and "not legal advice" in text
        shot(page, "copied")
    finally:
        context.close()


def test_first_page_is_ready_to_type_while_the_library_loads(playwright_browser, served):
    """A freshly started `streamlit run app.py`, which opens the library only when the first page
    runs: the question box shows at once with a "getting ready" note, and a question typed then is
    answered once the library has loaded. The times land in the artifacts."""
    from benchmarks import first_page

    result = first_page.run_once(playwright_browser, Path(served.env["IEP_GUIDE_INDEX_DIR"]), launcher=False)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "first-page.json").write_text(json.dumps(result, indent=2) + "\n")
    assert result["fresh_interactive_s"] <= result["fresh_ready_s"] <= result["first_answer_s"]
    assert result["fresh_note_seen"] or result["fresh_ready_s"] - result["fresh_interactive_s"] < 1.0
    assert result["warm_interactive_s"] < 30


def test_served_as_scripts_start_serves_it_the_library_is_open_before_the_first_visitor(playwright_browser, served, tmp_path):
    """`python -m ui.serve` (what scripts/start runs) opens the model and library as the server
    starts: with no browser connected, the log says the library is ready; the first visitor then
    gets the question box with no "getting ready" note, and the answer comes from that same load
    (the log says "ready" once in all: the page waited on the load the server started)."""
    from playwright.sync_api import expect

    env = {"IEP_GUIDE_INDEX_DIR": served.env["IEP_GUIDE_INDEX_DIR"], "IEP_GUIDE_FEEDBACK_DB": str(tmp_path / "app.sqlite3")}
    with StreamlitServer(env, ARTIFACTS / "streamlit-serve.log") as server:
        deadline = time.monotonic() + ANSWER_WAIT_MS / 1000
        while LIBRARY_READY not in server.log():
            assert server.process.poll() is None, server.log()
            assert time.monotonic() < deadline, f"no {LIBRARY_READY!r} in the server log:\n{server.log()}"
            time.sleep(0.2)
        assert "could not be opened" not in server.log()
        context = playwright_browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.goto(server.url)
            page.get_by_test_id("stChatInputTextArea").wait_for(timeout=ANSWER_WAIT_MS)
            expect(page.get_by_text("Getting ready")).to_have_count(0)
            ask(page, QUESTION)
            expect(page.locator(".ig-answer")).to_contain_text("IEP")
            expect(page.get_by_text("Getting ready")).to_have_count(0)
            shot(page, "served-warm-first-answer")
        finally:
            context.close()
        assert server.log().count(LIBRARY_READY) == 1, server.log()


def test_readme_screenshots_are_taken_at_desktop_and_phone_width(playwright_browser, served, tmp_path):
    from benchmarks import screenshots

    shots = screenshots.shoot(playwright_browser, served.url, tmp_path / "images")
    assert [p.name for p in shots] == ["chat-desktop.png", "chat-phone.png"]
    headers = [p.read_bytes()[:24] for p in shots]
    assert all(h.startswith(b"\x89PNG\r\n\x1a\n") for h in headers)
    assert [int.from_bytes(h[16:20], "big") for h in headers] == [screenshots.DESKTOP["width"], 390]
    assert all(10_000 < p.stat().st_size < 300_000 for p in shots), [p.stat().st_size for p in shots]


def test_starters_exports_and_new_conversation(page):
    from playwright.sync_api import expect

    page.get_by_role("button", name=FAMILY.starters[0]).click()
    page.locator(".ig-answer").wait_for(timeout=ANSWER_WAIT_MS)
    with page.expect_download() as info:
        page.get_by_role("button", name="Save as Markdown").click()
    markdown = Path(info.value.path()).read_text()
    assert info.value.suggested_filename.endswith(".md")
    assert FAMILY.starters[0] in markdown and "**Sources**" in markdown and "[1]" in markdown
    with page.expect_download() as info:
        page.get_by_role("button", name="Save as web page").click()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    info.value.save_as(ARTIFACTS / "conversation.html")
    exported = page.context.new_page()
    exported.goto((ARTIFACTS / "conversation.html").as_uri())
    expect(exported.locator("ol.sources li").first).to_be_visible()
    exported.locator("a.ig-cite").first.click()
    assert exported.evaluate("document.querySelector(':target')?.tagName") == "LI"
    exported.screenshot(path=str(ARTIFACTS / "5-exported-page.png"), full_page=True)
    exported.close()
    page.locator(".st-key-ig-toolbar").get_by_role("button", name="New conversation").click()
    expect(page.locator(".ig-answer")).to_have_count(0)
    expect(page.get_by_role("button", name=FAMILY.starters[1])).to_be_visible()


def test_a_reload_brings_the_conversation_back_and_another_browser_sees_none(playwright_browser, served):
    from playwright.sync_api import expect

    def open_page(context, url):
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(url)
        page.get_by_test_id("stChatInputTextArea").wait_for(timeout=ANSWER_WAIT_MS)
        return page

    mine = playwright_browser.new_context(viewport={"width": 1280, "height": 900})
    other = playwright_browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = open_page(mine, served.url)
        ask(page, QUESTION)
        expect(page).to_have_url(re.compile(r"[?&]c=[\w-]+"))
        link = page.url
        listed = page.get_by_test_id("stSidebar").get_by_role("button", name=QUESTION, exact=True)
        expect(listed).to_be_visible()
        (cookie,) = [c for c in mine.cookies() if c["name"] == "iep_guide_browser"]
        assert cookie["sameSite"] == "Strict" and cookie["expires"] > time.time() + 300 * 86400

        page.reload()
        page.locator(".ig-answer").wait_for(timeout=ANSWER_WAIT_MS)
        expect(page.get_by_test_id("stChatMessage").first).to_contain_text(QUESTION)
        expect(page.locator(".ig-answer")).to_have_count(1)
        expect(page.locator(CHIP).first).to_be_visible()
        expect(listed).to_be_visible()
        shot(page, "7-conversation-after-reload")

        again = open_page(mine, link)  # the link reopened in the same browser
        again.locator(".ig-answer").wait_for(timeout=ANSWER_WAIT_MS)
        expect(again.get_by_test_id("stChatMessage").first).to_contain_text(QUESTION)

        stranger = open_page(other, link)  # the same link in another browser
        expect(stranger.get_by_text("not kept in this browser")).to_be_visible()
        expect(stranger.locator(".ig-answer")).to_have_count(0)
        expect(stranger.get_by_test_id("stChatMessage")).to_have_count(0)
        expect(stranger.get_by_test_id("stSidebar").get_by_role("button", name=QUESTION, exact=True)).to_have_count(0)
        expect(stranger.get_by_text("Your conversations in this browser will be listed here.")).to_be_visible()
        assert "c=" not in stranger.url
        shot(stranger, "8-conversation-other-browser")
    finally:
        mine.close()
        other.close()


def test_phone_width_readable_and_usable(playwright_browser, served):
    from playwright.sync_api import expect

    context = playwright_browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(served.url)
        page.get_by_test_id("stChatInputTextArea").wait_for(timeout=ANSWER_WAIT_MS)
        ask(page, QUESTION)
        page.locator(CHIP).first.locator(":scope > summary").click()  # a source chip opened into its card
        page.locator(".ig-card").first.scroll_into_view_if_needed()
        shot(page, "6-phone")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"
        for locator in (page.locator(".ig-answer"), page.locator(".ig-card").first, page.get_by_test_id("stChatInput")):
            box = locator.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1
        cite = page.locator("a.ig-cite").first
        box = cite.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 20, "citation links are big enough to tap"
        cite.tap()
        expect(page.locator(cite.get_attribute("href"))).to_be_in_viewport()
        page.get_by_role("heading", name="IEP Guide", exact=True).click()  # keyboard from the top, at phone width
        reached = tab_until(
            page,
            [
                "document.activeElement?.classList.contains('ig-cite')",
                "document.activeElement?.dataset?.testid === 'stChatInputTextArea'",
            ],
        )
        assert all(reached), f"Tab reached citation links and the chat input: {reached}"
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "still no sideways scrolling"
    finally:
        context.close()


def tab_until(page, conditions: list[str], presses: int = 120) -> list[bool]:
    """Press Tab until every condition (a JS expression on the focused element) has held once."""
    reached = [False] * len(conditions)
    for _ in range(presses):
        page.keyboard.press("Tab")
        reached = [done or page.evaluate(js) for done, js in zip(reached, conditions)]
        if all(reached):
            break
    return reached


def sign_in(page, served, then: str) -> None:
    """Sign in on the staff page with the local account, then open a staff page from the menu
    (a signed-in session lives in this browser tab: a new page load would start a new one)."""
    from playwright.sync_api import expect

    page.goto(f"{served.url}/staff")
    page.get_by_role("textbox", name="Name").fill(STAFF_NAME)
    page.get_by_role("textbox", name="Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    link = page.get_by_test_id("stSidebarNav").get_by_role("link", name=then)
    expect(link).to_be_attached(timeout=ANSWER_WAIT_MS)
    link.dispatch_event("click")  # on a phone the menu is folded away; the link still works


def test_the_public_sees_the_chat_only_and_staff_pages_refuse_them(page, served):
    from playwright.sync_api import expect

    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_role("link", name="Staff sign-in")).to_have_count(1)
    for name in ("Library", "Evals"):
        expect(nav.get_by_role("link", name=name)).to_have_count(0)
    for path in ("library", "evals"):
        page.goto(f"{served.url}/{path}")
        page.get_by_test_id("stChatInputTextArea").wait_for(timeout=ANSWER_WAIT_MS)  # the chat, not the page
        expect(page.get_by_role("heading", name="Document library")).to_have_count(0)
        expect(page.get_by_role("button", name="Run eval")).to_have_count(0)
        assert "Traceback" not in page.content()
    page.goto(f"{served.url}/staff")
    page.get_by_role("textbox", name="Name").fill(STAFF_NAME)
    page.get_by_role("textbox", name="Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("That name and password do not match.")).to_be_visible(timeout=ANSWER_WAIT_MS)
    expect(nav.get_by_role("link", name="Library")).to_have_count(0)


def test_evals_page_runs_an_eval_and_shows_its_report(playwright_browser, served):
    from playwright.sync_api import expect

    context = playwright_browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        sign_in(page, served, "Evals")
        expect(page.get_by_role("heading", name="Evals", exact=True)).to_be_visible(timeout=ANSWER_WAIT_MS)
        expect(page.get_by_text("No eval reports yet")).to_be_visible(timeout=ANSWER_WAIT_MS)
        page.get_by_text("Compare with the LangChain baseline").click()
        page.get_by_text("Also score each retrieval stage").click()
        run = page.get_by_role("button", name="Run eval")
        expect(run).to_be_enabled(timeout=ANSWER_WAIT_MS)  # once the library is open
        run.focus()
        page.keyboard.press("Enter")  # the keyboard starts it
        expect(page.get_by_text("The last eval run scored 2 cases")).to_be_visible(timeout=ANSWER_WAIT_MS)
        assert list(served.reports_dir.glob("eval-*.html")), "the report is saved as the CLI saves it"
        expect(page.get_by_test_id("stMetric")).to_have_count(12)
        expect(page.get_by_test_id("stMetric").first).to_contain_text("Recall@5")
        expect(page.get_by_test_id("stVegaLiteChart").first).to_be_visible()
        expect(page.get_by_role("button", name="Download the HTML report")).to_be_visible()
        expect(page.locator(".st-key-ev-case-detail blockquote").first).to_contain_text("written plan")  # a quote
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "8-evals.png"), full_page=True)
        for selector in (
            "[data-testid='stMetricLabel']",
            "[data-testid='stMetricValue']",
            "[data-testid='stCaptionContainer']",
            "blockquote p",
        ):
            ratio = contrast(page, selector)
            assert ratio >= 4.5, f"{selector} has contrast {ratio:.2f}:1, below WCAG AA 4.5:1"
    finally:
        context.close()
    context = playwright_browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        sign_in(page, served, "Evals")
        expect(page.get_by_test_id("stMetric").first).to_be_visible(timeout=ANSWER_WAIT_MS)
        page.get_by_test_id("stMetric").first.scroll_into_view_if_needed()
        shot(page, "9-evals-phone")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"
    finally:
        context.close()


def test_text_has_readable_contrast(page):
    ask(page, QUESTION)
    selectors = [
        ".ig-answer p",
        "a.ig-cite",
        f"{CHIP} > summary p",
        ".ig-card-title",
        ".ig-meta",
        ".ig-passage",
        "mark",
        "[data-testid='stCaptionContainer']",
        "[data-testid='stChatMessage'] p",
    ]
    for selector in selectors:
        ratio = contrast(page, selector)
        assert ratio >= 4.5, f"{selector} has contrast {ratio:.2f}:1, below WCAG AA 4.5:1"


def test_html_in_a_question_is_shown_as_text(page):
    from playwright.sync_api import expect

    ask(page, 'What is an IEP? <img src="x" onerror="document.title=\'pwned\'"><b>bold</b>')
    expect(page.get_by_test_id("stChatMessage").first).to_contain_text('<img src="x"')
    assert page.locator("[data-testid='stChatMessage'] img[src='x'], [data-testid='stChatMessage'] b").count() == 0
    assert page.title() != "pwned"


def test_out_of_scope_question_points_to_help(page):
    from playwright.sync_api import expect

    ask(page, "How do I bake sourdough bread?")
    message = page.get_by_test_id("stChatMessage").last
    expect(message).to_contain_text("Parent Training and Information Center")
    link = message.get_by_role("link", name="Find your state's Parent Center")
    expect(link).to_have_attribute("href", PARENT_CENTER_FINDER)
    link.scroll_into_view_if_needed()
    shot(page, "7-no-answer")


# -- single sign-on against a real OpenID Connect provider on loopback ------------------------------
OIDC_DIR = ROOT / "tests" / "oidc"


def _oidc_provider_installed() -> bool:
    """tests/oidc/node_modules, installed from npm's registry (pinned by its lock file) by
    scripts/test, or here on first use."""
    import shutil
    import subprocess

    if (OIDC_DIR / "node_modules" / "oidc-provider").is_dir():
        return True
    if not (shutil.which("node") and shutil.which("npm")):
        return False
    done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=OIDC_DIR, capture_output=True, text=True, timeout=300)
    return done.returncode == 0


@pytest.fixture(scope="module")
def oidc_served(tmp_path_factory, embedder):
    """The app with single sign-on only (no local accounts), against npm's oidc-provider."""
    import shutil
    import subprocess

    from tests.streamlit_server import free_port

    if not _oidc_provider_installed():
        message = "node/npm or the oidc-provider package is not available (npm ci in tests/oidc)"
        if os.environ.get("CI") and shutil.which("node"):
            pytest.fail(message)
        pytest.skip(message)
    tmp = tmp_path_factory.mktemp("oidc")
    folder = copy_articles(tmp / "guides", ARTICLES[:1])
    settings = Settings(index_dir=tmp / "index", corpus_dir=folder)
    ingest([folder], open_index(settings, embedder=embedder, create=True), embedder, settings)
    oidc_port = free_port()
    env = {
        "IEP_GUIDE_INDEX_DIR": str(settings.index.index_dir),
        "IEP_GUIDE_STAFF_FILE": str(tmp / "none" / "staff.json"),
        "IEP_GUIDE_STAFF_EMAILS": "@district.org",
        "IEP_GUIDE_UPLOADS_DIR": str(tmp / "uploads"),
        "IEP_GUIDE_FEEDBACK_DB": str(tmp / "fb.sqlite3"),
        "IEP_GUIDE_CORPUS_DIR": str(folder),
    }
    secrets = tmp / "secrets.toml"
    server = StreamlitServer(env, ARTIFACTS / "streamlit-oidc.log", extra_args=("--secrets.files", str(secrets)))
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "{server.url}/oauth2callback"\n'
        'cookie_secret = "a-test-cookie-secret-that-is-long-enough"\n'
        'client_id = "iep-guide"\nclient_secret = "iep-guide-test-secret"\n'
        f'server_metadata_url = "http://127.0.0.1:{oidc_port}/.well-known/openid-configuration"\n'
        # Streamlit asks for prompt=select_account by default, which oidc-provider does not know
        'client_kwargs = { prompt = "login" }\n'
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = open(ARTIFACTS / "oidc-provider.log", "w")
    provider = subprocess.Popen(
        ["node", "provider.mjs"],
        cwd=OIDC_DIR,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env={**os.environ, "OIDC_PORT": str(oidc_port), "OIDC_REDIRECT_URI": f"{server.url}/oauth2callback"},
    )
    try:
        assert provider.stdout.readline().strip() == "ready"
        with server:
            yield server
    finally:
        provider.terminate()
        provider.wait(timeout=10)
        log.close()


def _oidc_sign_in(page, served, email: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{served.url}/staff")
    page.get_by_role("button", name="Sign in with your organization").click()
    page.locator("input[name=login]").fill(email)  # the provider's own (development) login form
    page.locator("input[name=password]").fill("any password")
    page.locator("button[type=submit]").click()
    page.locator("button[type=submit]").click()  # consent: "Continue"
    expect(page.get_by_test_id("stSidebarNav")).to_be_visible(timeout=ANSWER_WAIT_MS)


def test_single_sign_on_gives_staff_pages_only_to_the_allow_list(playwright_browser, oidc_served):
    from playwright.sync_api import expect

    context = playwright_browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        _oidc_sign_in(page, oidc_served, "kim@district.org")
        nav = page.get_by_test_id("stSidebarNav")
        expect(nav.get_by_role("link", name="Library")).to_have_count(1, timeout=ANSWER_WAIT_MS)
        page.goto(f"{oidc_served.url}/library")  # the sign-in is a cookie: a new page load keeps it
        expect(page.get_by_role("heading", name="Document library")).to_be_visible(timeout=ANSWER_WAIT_MS)
        shot(page, "12-oidc-staff")
        page.get_by_role("button", name="Sign out of staff pages").click()
        expect(page.get_by_test_id("stSidebarNav").get_by_role("link", name="Library")).to_have_count(0, timeout=ANSWER_WAIT_MS)
    finally:
        context.close()
    context = playwright_browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        _oidc_sign_in(page, oidc_served, "sam@elsewhere.org")
        page.goto(f"{oidc_served.url}/staff")
        expect(page.get_by_text("is not on the staff list")).to_be_visible(timeout=ANSWER_WAIT_MS)
        expect(page.get_by_test_id("stSidebarNav").get_by_role("link", name="Library")).to_have_count(0)
        page.goto(f"{oidc_served.url}/library")
        page.get_by_test_id("stChatInputTextArea").wait_for(timeout=ANSWER_WAIT_MS)
        expect(page.get_by_role("heading", name="Document library")).to_have_count(0)
    finally:
        context.close()
