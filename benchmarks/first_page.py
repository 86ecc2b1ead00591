"""First page: how soon a visitor can type, on a freshly started app and on a warm one.

    .venv/bin/python -m benchmarks.first_page [--index DIR] [--runs 3] [--json FILE]

Starts `streamlit run app.py` on a free loopback port against an index (without --index, a small
one built from a few corpus articles in a temporary folder) and opens it in headless Debian
Chromium (/usr/bin/chromium) with Playwright. Per run it records, in seconds:

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
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from assistant import Settings
from benchmarks import REPO
from benchmarks.stats import percentile

CHROMIUM = Path("/usr/bin/chromium")
ARTICLES = ("what-is-an-iep.md", "iep-vs-504-plan.md", "evaluation-process.md", "parent-centers-and-free-help.md")
QUESTION = "What is an IEP?"
BOX = "[data-testid='stChatInputTextArea']"
NOTE = "Getting ready"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def small_index(folder: Path) -> Path:
    """An index of a few corpus articles (what the browser tests use), built in `folder`."""
    from assistant.embeddings import load_embedder
    from assistant.factory import open_index
    from ingest.pipeline import ingest

    articles = folder / "guides"
    articles.mkdir(parents=True, exist_ok=True)
    for name in ARTICLES:
        (articles / name).write_text((REPO / "corpus" / name).read_text())
    settings = Settings(index_dir=folder / "index", corpus_dir=articles)
    embedder = load_embedder(settings.index)
    report = ingest([articles], open_index(settings, embedder=embedder, create=True), embedder, settings)
    if report.errors:
        raise SystemExit(f"building the index failed: {report.errors}")
    return settings.index.index_dir


class _Server:
    def __init__(self, index_dir: Path, scratch: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
                    "IEP_GUIDE_INDEX_DIR": str(index_dir), "IEP_GUIDE_FEEDBACK_DB": str(scratch / "app.sqlite3")}
        self.log = scratch / "streamlit.log"
        self.process: subprocess.Popen | None = None

    def start(self, timeout_s: float = 120.0) -> float:
        started = time.perf_counter()
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"), "--server.address",
                 "127.0.0.1", "--server.port", str(self.port), "--server.headless", "true",
                 "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
                cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        while time.perf_counter() - started < timeout_s:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited:\n{self.log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as reply:
                    if reply.read().strip() == b"ok":
                        return time.perf_counter() - started
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"streamlit did not answer within {timeout_s:.0f}s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)


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


def run_once(browser, index_dir: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="iep-first-page-") as scratch:
        server = _Server(index_dir, Path(scratch))
        try:
            server_s = server.start()
            fresh = _visit(browser, server.url, ask=True)
            warm = _visit(browser, server.url, ask=False)
        finally:
            server.stop()
    return {"server_s": round(server_s, 2), "fresh_interactive_s": round(fresh["interactive_s"], 2),
            "fresh_note_seen": fresh["note_seen"], "fresh_ready_s": round(fresh["ready_s"], 2),
            "first_answer_s": round(fresh["answer_s"], 2), "warm_interactive_s": round(warm["interactive_s"], 2)}


def measure(index_dir: Path, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        try:
            results = [run_once(browser, index_dir) for _ in range(runs)]
        finally:
            browser.close()
    summary = {key: round(percentile([r[key] for r in results], 50), 2)
               for key in results[0] if key.endswith("_s")}
    return {"runs": results, "median": summary, "load_average": os.getloadavg()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.first_page", description=__doc__.split("\n\n")[0])
    p.add_argument("--index", type=Path, help="an existing index (default: a small one built for the run)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", type=Path, help="also write the result here")
    args = p.parse_args(argv)
    if not CHROMIUM.exists():
        raise SystemExit("Debian chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="iep-first-page-index-") as tmp:
        index_dir = args.index or small_index(Path(tmp))
        result = measure(index_dir, args.runs)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
