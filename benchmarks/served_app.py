"""The app served for a real browser: served as `scripts/start` serves it (`python -m ui.serve`,
which starts loading the library with the server, then runs `streamlit run app.py`), or by a plain
`streamlit run app.py`, on a free loopback port; a small index to serve, and headless Debian
Chromium. Shared by the first-page benchmark (`benchmarks/first_page.py`), the README screenshots
(`benchmarks/screenshots.py`) and the browser tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from assistant import Settings
from benchmarks import REPO

ROOT = REPO
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTICLES = ("what-is-an-iep.md", "iep-vs-504-plan.md", "evaluation-process.md", "parent-centers-and-free-help.md")


def free_port() -> int:
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


def launch_chromium(playwright):
    """Headless Debian Chromium through Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        raise SystemExit("Debian chromium is not installed (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


class StreamlitServer:
    """Starts the app as a subprocess with the given environment; always stopped. As a context
    manager it waits for the health check; `start()` also says how long that took. With
    `launcher` (the default) it is served as scripts/start serves it, through ui/serve.py, which
    opens the library at server start; without, by `streamlit run app.py`, which opens it when the
    first page runs."""

    def __init__(
        self,
        env: dict[str, str],
        log_path: Path,
        *,
        startup_s: float = 120.0,
        extra_args: tuple[str, ...] = (),
        launcher: bool = True,
    ) -> None:
        self.launcher = launcher
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false", **env}
        self.log_path = log_path
        self.startup_s = startup_s
        self.extra_args = tuple(extra_args)
        self.process: subprocess.Popen | None = None

    def start(self) -> float:
        """Start the server and wait until it answers; the seconds that took."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        if self.launcher:  # loopback, headless and no usage statistics are its defaults
            serve = [sys.executable, "-m", "ui.serve"]
        else:
            serve = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.address", "127.0.0.1"]
            serve += ["--server.headless", "true", "--browser.gatherUsageStats", "false"]
        command = [*serve, "--server.port", str(self.port), "--server.fileWatcherType", "none", *self.extra_args]
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            self._wait_healthy()
        except BaseException:
            self.stop()
            raise
        return time.perf_counter() - started

    def __enter__(self) -> "StreamlitServer":
        self.start()
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as reply:
                    if reply.read().strip() == b"ok":
                        return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"streamlit did not answer on {self.url} within {self.startup_s:.0f}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)

    def __exit__(self, *exc) -> None:
        self.stop()
