"""First page: how soon a visitor can type, on a freshly started app and on a warm one.

    .venv/bin/python -m benchmarks.first_page [--index DIR] [--runs 3] [--json FILE] [--streamlit-run] [--after S]

Serves the app as scripts/start does (`python -m ui.serve`, which starts loading the model and
library with the server; with --streamlit-run, a plain `streamlit run app.py`, which starts when
the first page runs) on a free loopback port against an index (without --index, a small one built
from a few corpus articles in a temporary folder), and opens it in headless Debian Chromium
(/usr/bin/chromium) with Playwright as soon as the server answers (with --after, that many seconds
later: a visitor who arrives once the server has settled). Per run it records, in seconds:

- `server_s`: from starting the server process to its health check answering;
- `fresh_interactive_s`: the first visitor's page, from opening it to the question box being visible;
- `fresh_ready_s`: from opening it until the "getting ready" note is gone (model and library loaded;
  the same as `fresh_interactive_s` when they had loaded before the page showed, `fresh_note_seen` false);
- `first_answer_s`: a question typed as soon as the box shows, from opening the page to its answer;
- `warm_interactive_s`: a second visitor's page on the same server, to the question box.

Prints one JSON object; numbers depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.served_app import ARTICLES, CHROMIUM, StreamlitServer, launch_chromium, small_index
from benchmarks.stats import percentile

__all__ = ["ARTICLES", "measure", "run_once", "small_index"]

QUESTION = "What is an IEP?"
BOX = "[data-testid='stChatInputTextArea']"
NOTE = "Getting ready"


def _server(index_dir: Path, scratch: Path, *, launcher: bool) -> StreamlitServer:
    return StreamlitServer(
        {"IEP_GUIDE_INDEX_DIR": str(index_dir), "IEP_GUIDE_FEEDBACK_DB": str(scratch / "app.sqlite3")},
        scratch / "streamlit.log",
        launcher=launcher,
    )


def _visit(browser, url: str, *, ask: bool) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        opened = time.perf_counter()
        page.goto(url)
        page.locator(BOX).wait_for(state="visible", timeout=180_000)
        result = {"interactive_s": time.perf_counter() - opened}
        if ask:
            note = page.get_by_text(NOTE)
            seen = note.count() > 0
            page.locator(BOX).click()
            page.keyboard.type(QUESTION)
            page.keyboard.press("Enter")
            seen = seen or note.count() > 0
            if seen:
                note.wait_for(state="detached", timeout=180_000)
            result["note_seen"] = seen
            result["ready_s"] = time.perf_counter() - opened if seen else result["interactive_s"]
            page.get_by_role("radio", name="Thumbs up").last.wait_for(timeout=180_000)
            result["answer_s"] = time.perf_counter() - opened
        return result
    finally:
        context.close()


def run_once(browser, index_dir: Path, *, launcher: bool = True, after_s: float = 0.0) -> dict:
    """One fresh server and two visitors, the first `after_s` seconds after the server answers;
    `launcher`: served by ui/serve.py (else by `streamlit run`)."""
    with tempfile.TemporaryDirectory(prefix="iep-first-page-") as scratch:
        server = _server(index_dir, Path(scratch), launcher=launcher)
        try:
            server_s = server.start()
            time.sleep(after_s)
            fresh = _visit(browser, server.url, ask=True)
            warm = _visit(browser, server.url, ask=False)
        finally:
            server.stop()
    return {
        "server_s": round(server_s, 2),
        "fresh_interactive_s": round(fresh["interactive_s"], 2),
        "fresh_note_seen": fresh["note_seen"],
        "fresh_ready_s": round(fresh["ready_s"], 2),
        "first_answer_s": round(fresh["answer_s"], 2),
        "warm_interactive_s": round(warm["interactive_s"], 2),
    }


def measure(index_dir: Path, runs: int, *, launcher: bool = True, after_s: float = 0.0) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            results = [run_once(browser, index_dir, launcher=launcher, after_s=after_s) for _ in range(runs)]
        finally:
            browser.close()
    summary = {key: round(percentile([r[key] for r in results], 50), 2) for key in results[0] if key.endswith("_s")}
    served = "python -m ui.serve" if launcher else "streamlit run app.py"
    load = os.getloadavg()
    return {"served_by": served, "first_visit_after_s": after_s, "runs": results, "median": summary, "load_average": load}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.first_page", description=__doc__.split("\n\n")[0])
    p.add_argument("--index", type=Path, help="an existing index (default: a small one built for the run)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", type=Path, help="also write the result here")
    p.add_argument(
        "--streamlit-run",
        action="store_true",
        help="serve with a plain `streamlit run app.py`, which opens the library only when the first page runs",
    )
    p.add_argument(
        "--after", type=float, default=0.0, metavar="S", help="open the first page S seconds after the server answers (default 0)"
    )
    args = p.parse_args(argv)
    if not CHROMIUM.exists():
        raise SystemExit("Debian chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="iep-first-page-index-") as tmp:
        index_dir = args.index or small_index(Path(tmp))
        result = measure(index_dir, args.runs, launcher=not args.streamlit_run, after_s=args.after)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
