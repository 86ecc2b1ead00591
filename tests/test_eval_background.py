"""Evals in a background thread: progress readable while it runs, one run at a time, stopping,
failures kept as messages. The work is passed in, as the staff page passes `run_and_save`."""

import threading

import pytest

from assistant.errors import IEPGuideError
from evals.background import DONE, FAILED, RUNNING, STOPPED, EvalBusyError, EvalRuns
from evals.cases import EvalCase
from evals.results import CaseResult

CASES = [
    EvalCase(id=f"c{i}", question=f"Question number {i}?", audience="family", topic="t", expected_sources=("corpus/a.md",))
    for i in range(3)
]
WAIT_S = 30


def stepped(gate: threading.Event, scored: threading.Event, result="saved"):
    """Work that scores one case, waits for the test, then scores the rest."""

    def work(on_progress, on_stage):
        on_stage("Scoring the cases")
        on_progress(1, 3, CaseResult(case=CASES[0], passed=True))
        scored.set()
        assert gate.wait(WAIT_S)
        on_progress(2, 3, CaseResult(case=CASES[1], passed=False))
        on_progress(3, 3, CaseResult(case=CASES[2], passed=True))
        return None if result == "saved" else result

    return work


def test_progress_while_running_then_done():
    runs, gate, scored = EvalRuns(), threading.Event(), threading.Event()
    run = runs.start(CASES, stepped(gate, scored))
    assert scored.wait(WAIT_S)
    p = run.progress()
    assert (p.state, p.stage, p.done, p.total, p.passed) == (RUNNING, "Scoring the cases", 1, 3, 1)
    assert p.current_question == "Question number 1?", "the case being scored now"
    assert runs.busy()
    with pytest.raises(EvalBusyError):
        runs.start(CASES, stepped(threading.Event(), threading.Event()))
    gate.set()
    assert run.wait(WAIT_S)
    p = run.progress()
    assert (p.state, p.done, p.passed, p.current_question, p.share) == (DONE, 3, 2, "", 1.0)
    assert not runs.busy()
    second = runs.start(CASES[:1], lambda on_progress, on_stage: None)
    assert second.wait(WAIT_S) and second.number == 2 and runs.latest() is second


def test_stop_ends_the_run_after_the_case_being_scored():
    runs, gate, scored = EvalRuns(), threading.Event(), threading.Event()
    run = runs.start(CASES, stepped(gate, scored))
    assert scored.wait(WAIT_S)
    run.stop()
    gate.set()
    assert run.wait(WAIT_S)
    p = run.progress()
    assert (p.state, p.done, p.json_path) == (STOPPED, 2, "")


def test_a_failure_is_a_message_not_a_lost_thread():
    def broken_index(on_progress, on_stage):
        raise IEPGuideError("The guidance library has not been built yet.")

    def bug(on_progress, on_stage):
        raise KeyError("oops")

    runs = EvalRuns()
    run = runs.start(CASES, broken_index)
    assert run.wait(WAIT_S)
    assert (run.progress().state, run.progress().message) == (FAILED, "The guidance library has not been built yet.")
    run = runs.start(CASES, bug)
    assert run.wait(WAIT_S)
    assert run.progress().state == FAILED and "unexpected error: KeyError" in run.progress().message
