"""Who may change what parents are told: staff accounts, sign-in attempts, and the staff roles.

Two ways in, matching the two ways IEP Guide is installed:

- **Local accounts** for offline installs: `iep-guide staff add NAME` stores an argon2id hash of
  the password in a JSON file outside the repository (`IEP_GUIDE_STAFF_FILE`, by default
  `~/.config/iep-guide/staff.json`), written atomically with 0600 permissions. A wrong password
  makes the next try wait (1, 2, 4 … seconds, at most a minute); after `lockout_failures` in a
  row the account is locked for `lockout_minutes`. Attempts are kept in the same file, so a
  reload or a second browser does not reset them. An unknown name costs the same hash check and
  is locked out the same way, so the form does not tell which names exist.
- **A district's identity provider** (Streamlit's OIDC sign-in, `[auth]` in secrets): a signed-in
  user is staff when their e-mail address, or its domain, is on `IEP_GUIDE_STAFF_EMAILS`.

With neither configured there are no staff pages at all.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import NotRequired, TypedDict

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from assistant.errors import IEPGuideError

NAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")
MIN_PASSWORD = 12
MAX_DELAY_S = 60.0


class StaffError(IEPGuideError):
    """A staff account request that cannot be carried out, with what to do instead."""


@dataclass(frozen=True)
class SignIn:
    """The outcome of one sign-in attempt: `ok`, or why not and how long to wait."""

    ok: bool
    name: str
    message: str = ""
    wait_s: float = 0.0


def staff_email(email: str | None, allowed: Sequence[str]) -> bool:
    """Whether an identity provider's user is staff: their address, or `@domain` / `domain`
    of it, is on the allow-list (case-insensitive)."""
    if not email or "@" not in email:
        return False
    email = email.strip().lower()
    domain = email.rsplit("@", 1)[1]
    for entry in (a.strip().lower() for a in allowed if a and a.strip()):
        if entry == email or entry.lstrip("@") == domain:
            return True
    return False


class _Account(TypedDict):
    hash: str  # argon2id
    created: str


class _Attempts(TypedDict):
    """Recent wrong passwords for one name: how many, and when the next try is allowed (clock seconds)."""

    failures: int
    next_try: float
    last: NotRequired[str]


class _StaffFile(TypedDict):
    accounts: dict[str, _Account]
    attempts: dict[str, _Attempts]


class StaffAccounts:
    """The local staff accounts and their sign-in attempts, in one 0600 JSON file."""

    def __init__(
        self,
        path: Path,
        *,
        lockout_failures: int = 5,
        lockout_minutes: float = 15.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path).expanduser()
        self.lockout_failures = lockout_failures
        self.lockout_s = lockout_minutes * 60
        self.clock = clock
        self._hasher = PasswordHasher()  # argon2id
        self._lock = threading.Lock()
        self._dummy: str | None = None

    # -- the file ------------------------------------------------------------
    def _read(self) -> _StaffFile:
        try:
            data: _StaffFile = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"accounts": {}, "attempts": {}}
        except (OSError, ValueError) as exc:
            raise StaffError(f"The staff accounts file {self.path} cannot be read ({exc}); fix or remove it.") from None
        data.setdefault("accounts", {})
        data.setdefault("attempts", {})
        return data

    def _write(self, data: _StaffFile) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, sort_keys=True)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    # -- accounts -------------------------------------------------------------
    def names(self) -> list[str]:
        return sorted(self._read()["accounts"])

    def exists(self) -> bool:
        """Whether any local account is set up (staff pages are offered only then, or with OIDC)."""
        return bool(self.names())

    def add(self, name: str, password: str) -> None:
        name = _clean_name(name)
        if len(password) < MIN_PASSWORD:
            raise StaffError(f"Use a password of at least {MIN_PASSWORD} characters.")
        with self._lock:
            data = self._read()
            if name in data["accounts"]:
                raise StaffError(f"A staff account named {name!r} exists already; remove it first to reset it.")
            data["accounts"][name] = {"hash": self._hasher.hash(password), "created": _now()}
            data["attempts"].pop(name, None)
            self._write(data)

    def remove(self, name: str) -> None:
        name = _clean_name(name)
        with self._lock:
            data = self._read()
            if name not in data["accounts"]:
                raise StaffError(f"There is no staff account named {name!r}.")
            del data["accounts"][name]
            data["attempts"].pop(name, None)
            self._write(data)

    # -- signing in -------------------------------------------------------------
    def sign_in(self, name: str, password: str) -> SignIn:
        """Check a password, honouring the delay and lockout that earlier failures set."""
        name = (name or "").strip().lower()
        with self._lock:
            data = self._read()
            now = self.clock()
            record = data["attempts"].get(name, {"failures": 0, "next_try": 0.0})
            if now < record["next_try"]:
                wait = record["next_try"] - now
                locked = record["failures"] >= self.lockout_failures
                what = "This account is locked after too many wrong passwords" if locked else "Too many tries"
                return SignIn(False, name, f"{what}. Try again in {_duration(wait)}.", wait)
            account = data["accounts"].get(name)
            if account is not None and self._verify(account["hash"], password):
                data["attempts"].pop(name, None)
                if self._hasher.check_needs_rehash(account["hash"]):
                    account["hash"] = self._hasher.hash(password)
                self._write(data)
                return SignIn(True, name)
            if account is None:  # the same work as a real check, so timing tells nothing
                self._verify(self._dummy_hash(), password)
            failures = record["failures"] + 1
            if failures >= self.lockout_failures:
                wait = self.lockout_s
            else:
                wait = min(2.0 ** (failures - 1), MAX_DELAY_S)
            data["attempts"][name] = {"failures": failures, "next_try": now + wait, "last": _now()}
            self._write(data)
            return SignIn(False, name, "That name and password do not match.", wait)

    def _verify(self, hashed: str, password: str) -> bool:
        try:
            return self._hasher.verify(hashed, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._hasher.hash("not a password anyone has")
        return self._dummy


def _clean_name(name: str) -> str:
    name = (name or "").strip().lower()
    if not NAME.match(name):
        raise StaffError("A staff name is 1–64 characters: letters, digits, '.', '_', '-' or '@'.")
    return name


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _duration(seconds: float) -> str:
    seconds = max(1, round(seconds))
    return f"{seconds} seconds" if seconds < 120 else f"{round(seconds / 60)} minutes"
