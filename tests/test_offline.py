"""Nothing phones home: ingest and ask in a process that has no network at all.

The child runs in its own network namespace (`unshare -rn`: only a loopback that is down) where
the system allows one, and in every case with a guard around Python's sockets that records and
refuses any connection or name lookup that is not local. It must ingest, answer with citations
and record no attempt. The offline switches for the model hub are removed from its environment,
so the product's own settings are what is tested.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration  # ingests and asks in a child process

GUARD = r"""
import socket
ATTEMPTS = []
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")

def _local_host(host):
    return host in (None, "", b"") or str(host).startswith(_LOCAL)

def _local(address):
    return isinstance(address, (str, bytes)) or _local_host(address[0])

def _refuse(kind, target):
    ATTEMPTS.append(f"{kind} {target!r}")
    raise OSError(f"no network in this process: {kind} {target!r}")

def _guard(name):
    original = getattr(socket.socket, name)
    def guarded(self, address, *rest):
        target = rest[-1] if name == "sendto" and rest else address
        if self.family != getattr(socket, "AF_UNIX", None) and not _local(target):
            _refuse(name, target)
        return original(self, address, *rest)
    setattr(socket.socket, name, guarded)

for _name in ("connect", "connect_ex", "sendto"):
    _guard(_name)
_getaddrinfo = socket.getaddrinfo
def getaddrinfo(host, *args, **kwargs):
    if not _local_host(host):
        _refuse("getaddrinfo", host)
    return _getaddrinfo(host, *args, **kwargs)
socket.getaddrinfo = getaddrinfo
"""

SCRIPT = r"""
import json, sys
from pathlib import Path
from assistant import Settings, build_assistant
from assistant.embeddings import load_embedder
from assistant.factory import open_index
from ingest.pipeline import ingest

corpus, index_dir = Path(sys.argv[1]), Path(sys.argv[2])
settings = Settings(index_dir=index_dir, corpus_dir=corpus)
embedder = load_embedder(settings.index)
report = ingest([corpus], open_index(settings, embedder=embedder, create=True), embedder, settings)
answer = build_assistant(settings, embedder=embedder).ask("What is the difference between an IEP and a 504 plan?")
print(json.dumps({"attempts": ATTEMPTS, "added": report.added, "errors": len(report.errors),
                  "abstained": answer.abstained, "citations": len(answer.citations)}))
"""

_SCRUB = (
    "HF_HUB_OFFLINE",
    "TRANSFORMERS_OFFLINE",
    "HF_DATASETS_OFFLINE",
    "LANGCHAIN_TRACING_V2",
    "LANGSMITH_TRACING",
    "LANGCHAIN_API_KEY",
    "LANGSMITH_API_KEY",
)


def _namespace() -> list[str]:
    """`unshare -rn` when this system lets us make a network namespace, else nothing."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn"]
    return []


def test_ingest_and_ask_with_no_network(tmp_path, small_corpus):
    env = {k: v for k, v in os.environ.items() if k not in _SCRUB}
    prefix = _namespace()
    command = [*prefix, sys.executable, "-c", GUARD + SCRIPT, str(small_corpus), str(tmp_path / "index")]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["attempts"] == [], "something tried to reach the network"
    assert data["added"] > 0 and data["errors"] == 0
    assert not data["abstained"] and data["citations"] >= 1


def test_the_guard_records_an_attempt():
    probe = (
        "import json, urllib.request\n"
        "try:\n    urllib.request.urlopen('http://example.com/', timeout=2)\n"
        "except Exception:\n    pass\n"
        "print(json.dumps(ATTEMPTS))\n"
    )
    result = subprocess.run([*_namespace(), sys.executable, "-c", GUARD + probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["getaddrinfo 'example.com'"]
