"""Chroma as a server: connecting with a short wait, and running one locally.

With ``IEP_GUIDE_CHROMA_HOST`` set, every process (ingest, the CLI, the chat) talks to one
Chroma server instead of the on-disk index. A server that is still starting gets a few seconds
to answer its heartbeat; one that never answers gives a message that says what to do.
`ChromaServer` starts ``chroma run`` on this machine, for development, tests and benchmarks.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import chromadb
import httpx
from chromadb.api import ClientAPI
from chromadb.config import Settings as ChromaSettings

from assistant.config import Settings
from assistant.errors import IndexUnavailableError, ServerUnavailableError


def is_server_failure(exc: BaseException) -> bool:
    """Whether an exception (or one it was raised from) is a failed request to the server."""
    current: BaseException | None = exc
    seen = 0
    while current is not None and seen < 10:
        if isinstance(current, (httpx.TransportError, TimeoutError, ConnectionError)):
            return True
        current, seen = current.__cause__ or current.__context__, seen + 1
    return False


def server_error(settings: Settings, exc: BaseException) -> IndexUnavailableError:
    """A request to the server failed: say which server, and that it is the server, not the index."""
    host, port = settings.index.chroma_host, settings.index.chroma_port
    if isinstance(exc, IndexUnavailableError):
        return exc
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        what = f"did not answer within {settings.index.chroma_request_timeout:g}s (IEP_GUIDE_CHROMA_REQUEST_TIMEOUT)"
    elif isinstance(exc, (httpx.TransportError, ConnectionError)):
        what = "is not answering"
    else:
        what = "gave an error"
    return ServerUnavailableError(
        f"The Chroma server at {host}:{port} {what}: {exc or type(exc).__name__}. Check that it is running "
        f"(chroma run --path DIR --host {host} --port {port}) and reachable from this machine; "
        "the index itself is not affected."
    )


def set_request_timeout(client: ClientAPI, seconds: float) -> None:
    """Chroma's HTTP client waits forever by default; a frozen server must not freeze the app."""
    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(seconds, connect=min(seconds, 5.0))


def connect(settings: Settings, chroma_settings: ChromaSettings) -> ClientAPI:
    """An HTTP client whose server answered its heartbeat, retrying until the timeout."""
    host, port = settings.index.chroma_host, settings.index.chroma_port
    if host is None:
        raise ServerUnavailableError("No Chroma server is set: IEP_GUIDE_CHROMA_HOST is unset.")
    deadline = time.monotonic() + settings.index.chroma_connect_timeout
    while True:
        try:
            # Chroma's client makes requests without a time limit while it is being built, so a
            # frozen server is first asked for its heartbeat with one.
            httpx.get(f"http://{host}:{port}/api/v2/heartbeat", timeout=settings.index.chroma_request_timeout).raise_for_status()
            client = chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
            set_request_timeout(client, settings.index.chroma_request_timeout)
            client.heartbeat()
            return client
        except Exception as exc:  # refused, timed out, DNS, or an HTTP error from a proxy
            if time.monotonic() >= deadline:
                raise ServerUnavailableError(
                    f"Could not reach the Chroma server at http://{host}:{port} "
                    f"(waited {settings.index.chroma_connect_timeout:g}s): {exc} "
                    f"Start it with: chroma run --path DIR --host {host} --port {port}, "
                    "or unset IEP_GUIDE_CHROMA_HOST to use the on-disk index."
                ) from exc
            time.sleep(settings.index.chroma_retry_interval)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def chroma_command() -> str:
    """The `chroma` CLI that belongs to this Python environment."""
    beside = Path(sys.executable).with_name("chroma")
    found = str(beside) if beside.exists() else shutil.which("chroma")
    if not found:
        raise IndexUnavailableError("The `chroma` command is not installed (pip install chromadb).")
    return found


class ChromaServer:
    """`chroma run --path DIR --host HOST --port PORT` as a child process (a context manager)."""

    def __init__(self, path: Path, *, host: str = "127.0.0.1", port: int | None = None, log: Path | None = None):
        self.path = Path(path)
        self.host = host
        self.port = port or free_port(host)
        self.log = log or self.path.parent / f"chroma-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def settings(self, **overrides: Any) -> Settings:
        return Settings(chroma_host=self.host, chroma_port=self.port, **overrides)

    def start(self, timeout: float = 60.0) -> "ChromaServer":
        self.path.mkdir(parents=True, exist_ok=True)
        cmd = [chroma_command(), "run", "--path", str(self.path), "--host", self.host, "--port", str(self.port)]
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise IndexUnavailableError(f"chroma run exited with {self.process.returncode}; see {self.log}")
            if self.alive():
                return self
            time.sleep(0.2)
        self.stop()
        raise IndexUnavailableError(f"chroma run did not answer within {timeout:g}s; see {self.log}")

    def alive(self) -> bool:
        try:
            chromadb.HttpClient(host=self.host, port=self.port, settings=ChromaSettings(anonymized_telemetry=False)).heartbeat()
            return True
        except Exception:
            return False

    def stop(self, timeout: float = 15.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout)

    def __enter__(self) -> "ChromaServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
