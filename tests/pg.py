"""A throwaway PostgreSQL cluster for the `postgres` tests: initdb into a temp folder, postgres on a
free loopback port (socket in the same folder), stopped and removed afterwards.

PostgreSQL refuses to run as root, so as root the cluster belongs to `nobody` (via runuser).
The server binaries come from Debian's `postgresql` package (scripts/test installs it when it
runs as root); without them the tests are skipped and say why."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NO_SERVER = (
    "PostgreSQL server binaries (initdb, postgres) are not installed: "
    "apt-get install postgresql (scripts/test does it when run as root)"
)


def server_bindir() -> Path | None:
    """The folder holding initdb and postgres: on PATH, else Debian's newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("postgres"):
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0
    )
    for bindir in reversed(versions):
        if (bindir / "initdb").exists() and (bindir / "postgres").exists():
            return bindir
    return None


def why_not() -> str | None:
    """Why the postgres tests cannot run here, or None when they can."""
    if server_bindir() is None:
        return NO_SERVER
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed: scripts/setup dev installs it"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "PostgreSQL will not run as root and runuser is missing to run it as nobody"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def throwaway_cluster(timeout_s: float = 60.0) -> Iterator[str]:
    """Start a cluster; yield the SQLAlchemy URL of its `postgres` database (superuser, trust auth)."""
    import psycopg

    bindir = server_bindir()
    assert bindir is not None, NO_SERVER
    root = Path(tempfile.mkdtemp(prefix="iep-guide-pg-"))
    data = root / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "nobody")
        as_user = ["runuser", "-u", "nobody", "--"]
    proc = None
    try:
        subprocess.run(
            [
                *as_user,
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout_s,
        )
        port = _free_port()
        log = open(root / "server.log", "wb")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(
            [
                *as_user,
                str(bindir / "postgres"),
                "-D",
                str(data),
                "-k",
                str(root),
                "-p",
                str(port),
                "-h",
                "127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=50",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres", connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"PostgreSQL did not start:\n{(root / 'server.log').read_text()[-3000:]}")
                time.sleep(0.1)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        if proc is not None:
            # A fast shutdown (SIGINT to the postmaster itself, not to runuser) ends open sessions too.
            try:
                os.kill(int((data / "postmaster.pid").read_text().split()[0]), signal.SIGINT)
            except (OSError, ValueError, IndexError):
                proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(cluster_url: str, name: str) -> str:
    """Create an empty database in the cluster; its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(cluster_url)
    with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname="postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)
