"""The README's pictures of the chat, on a desktop and at a phone's width (390 px).

    .venv/bin/python -m benchmarks.screenshots [--out docs/images] [--index DIR]

Serves the app as scripts/start does on a free loopback port against an index (without --index, a small
one built from a few corpus articles in a temporary folder, as the browser tests use), asks a
question in headless Debian Chromium (/usr/bin/chromium) through Playwright (on the desktop it
also opens the first source chip), and saves `chat-desktop.png` and `chat-phone.png`. Needs no network.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks import REPO
from benchmarks.served_app import StreamlitServer, launch_chromium, small_index

QUESTION = "What is an IEP?"
DESKTOP = {"width": 1200, "height": 820}
PHONE = {"width": 390, "height": 844}
ANSWER_WAIT_MS = 180_000
CHIP = "[class*='st-key-ig-card-'] details:not(.ig-section) > summary"


def _ask(page, question: str) -> None:
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=ANSWER_WAIT_MS)
    page.get_by_test_id("stChatInputTextArea").click()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    page.get_by_role("radio", name="Thumbs up").last.wait_for(timeout=ANSWER_WAIT_MS)


def _shoot(browser, url: str, viewport: dict, path: Path, *, mobile: bool, open_chip: bool) -> None:
    context = browser.new_context(viewport=viewport, device_scale_factor=1, is_mobile=mobile, has_touch=mobile)
    try:
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(url)
        _ask(page, QUESTION)
        if open_chip:
            page.locator(CHIP).first.click()
            page.locator(".ig-card").first.wait_for(state="visible")
        page.get_by_role("button", name="Save as web page").wait_for()  # the toolbar has been drawn
        page.mouse.move(0, 0)
        page.wait_for_timeout(800)  # let the chip open and the page settle
        page.get_by_test_id("stChatMessage").first.evaluate("m => m.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(300)
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path))
    finally:
        context.close()


def shoot(browser, url: str, out: Path) -> list[Path]:
    """Both pictures of the app at `url`, in a fresh browser context each (a new visitor)."""
    shots = [out / "chat-desktop.png", out / "chat-phone.png"]
    _shoot(browser, url, DESKTOP, shots[0], mobile=False, open_chip=True)
    _shoot(browser, url, PHONE, shots[1], mobile=True, open_chip=False)
    return shots


def take(index_dir: Path, out: Path, scratch: Path) -> list[Path]:
    """Serve the app on `index_dir` and take both pictures into `out`."""
    from playwright.sync_api import sync_playwright

    env = {"IEP_GUIDE_INDEX_DIR": str(index_dir), "IEP_GUIDE_FEEDBACK_DB": str(scratch / "app.sqlite3")}
    with StreamlitServer(env, scratch / "streamlit.log") as server, sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            return shoot(browser, server.url, out)
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.screenshots", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=REPO / "docs" / "images")
    p.add_argument("--index", type=Path, help="an existing index (default: a small one built for the run)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="iep-screenshots-") as tmp:
        scratch = Path(tmp)
        index_dir = args.index or small_index(scratch)
        for path in take(index_dir, args.out, scratch):
            print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
