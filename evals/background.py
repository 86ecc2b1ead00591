"""An eval running in a background thread, its progress readable from any thread.

The staff page starts a run here and polls `EvalRuns.latest().progress()` while it runs, so a
long eval never holds up the page (or anyone else's): one run at a time per `EvalRuns`, and
every reader sees the same progress. Nothing here touches Streamlit.

    runs = EvalRuns()
    run = runs.start(cases, lambda on_progress, on_stage: run_and_save(..., on_progress=on_progress, on_stage=on_stage))
    run.progress().done  # cases scored so far
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.errors import IEPGuideError
from evals.cases import EvalCase
from evals.launch import SavedRun, Stage
from evals.runner import Progress

log = logging.getLogger(__name__)

Work = Callable[[Progress, Stage], SavedRun]

RUNNING, DONE, FAILED, STOPPED = "running", "done", "failed", "stopped"


class EvalBusyError(IEPGuideError):
    """Another eval is still running."""


class _Stopped(Exception):
    """Raised from the progress callback to end a run that was asked to stop."""


@dataclass(frozen=True)
class RunProgress:
    """Where a run stands, as one consistent snapshot."""

    number: int
    state: str  # running | done | failed | stopped
    stage: str
    done: int
    total: int
    passed: int
    current_question: str  # the case being scored now ("" once all are scored)
    started_at: float  # time.time()
    message: str = ""  # why it failed
    json_path: str = ""
    html_path: str = ""

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    @property
    def share(self) -> float:
        return self.done / self.total if self.total else 1.0


class EvalRun:
    """One eval in its own thread. `stop()` ends it after the case being scored."""

    def __init__(self, number: int, cases: Sequence[EvalCase], work: Work) -> None:
        self.number = number
        self._cases = list(cases)
        self._work = work
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._state, self._stage, self._done, self._passed = RUNNING, "Starting", 0, 0
        self._message = ""
        self._saved: SavedRun | None = None
        self._started = time.time()
        self._thread = threading.Thread(target=self._main, name=f"eval-run-{number}", daemon=True)

    def start(self) -> EvalRun:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run ends (or the timeout passes); True when it has ended."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def saved(self) -> SavedRun | None:
        return self._saved

    def progress(self) -> RunProgress:
        with self._lock:
            current = self._cases[self._done].question if self._state == RUNNING and self._done < len(self._cases) else ""
            saved = self._saved
            return RunProgress(
                number=self.number,
                state=self._state,
                stage=self._stage,
                done=self._done,
                total=len(self._cases),
                passed=self._passed,
                current_question=current,
                started_at=self._started,
                message=self._message,
                json_path=str(saved.json_path) if saved else "",
                html_path=str(saved.html_path) if saved else "",
            )

    def _on_stage(self, text: str) -> None:
        with self._lock:
            self._stage = text
        if self._stop.is_set():
            raise _Stopped

    def _on_progress(self, done: int, total: int, result) -> None:
        with self._lock:
            self._done = done
            self._passed += 1 if result.passed else 0
        if self._stop.is_set() and done < total:
            raise _Stopped

    def _main(self) -> None:
        state, message, saved = DONE, "", None
        try:
            saved = self._work(self._on_progress, self._on_stage)
        except _Stopped:
            state = STOPPED
        except IEPGuideError as exc:
            state, message = FAILED, str(exc)
        except Exception as exc:  # never lost silently: logged for the operator, shown on the page
            log.error("The eval run failed", exc_info=exc)
            state, message = FAILED, f"The eval stopped with an unexpected error: {type(exc).__name__}: {exc}"
        with self._lock:
            self._state, self._message, self._saved = state, message, saved
            self._stage = {DONE: "Saved", STOPPED: "Stopped", FAILED: "Failed"}[state]


class EvalRuns:
    """The eval running now, or the last one; at most one runs at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: EvalRun | None = None

    def latest(self) -> EvalRun | None:
        return self._latest

    def busy(self) -> bool:
        run = self._latest
        return run is not None and run.progress().running

    def start(self, cases: Sequence[EvalCase], work: Work) -> EvalRun:
        """Start `work(on_progress, on_stage)` in a thread; raises EvalBusyError if one is running."""
        with self._lock:
            if self.busy():
                raise EvalBusyError("An eval is already running; wait for it to finish or stop it first.")
            number = (self._latest.number + 1) if self._latest else 1
            self._latest = EvalRun(number, cases, work)
            return self._latest.start()
