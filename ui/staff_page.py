"""The staff page: run the eval harness, read a saved report's metrics and charts, browse cases.

A Streamlit page module: `render()` draws it. A run goes through `evals.launch`, as
`iep-guide eval` does, in a background thread (`evals.background`): the page polls it once a
second while it runs, so neither this page nor anyone else's chat waits on it, and every
staff member sees the same run. The saved reports are drawn by `ui.staff_report`."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from assistant.config import Settings
from assistant.errors import IEPGuideError
from assistant.types import ASKERS
from evals.background import DONE, FAILED, EvalBusyError, EvalRun, EvalRuns
from evals.cases import EvalCase, load_cases, select_cases
from evals.launch import EvalOptions, run_and_save
from ui import notices, resources, staff_report, styles
from ui.access import require_staff
from ui.wording import escape_markdown

POLL_S = 1.0
ALL = "All"
SEEN_KEY = "ev-seen-run"


@st.cache_resource(show_spinner=False)
def _runs() -> EvalRuns:
    """The eval runs of this app process (one at a time, seen by every staff member)."""
    return EvalRuns()


def _assistant(settings: Settings):
    try:
        return resources.get_assistant(settings)
    except Exception as exc:  # a missing or damaged index: say what to do, never a traceback
        notices.setup_problem(exc)
        st.caption("Evals need the library. Saved reports can still be read below.")
        return None


def eval_sets(settings: Settings) -> dict[str, Path]:
    """The eval sets staff may run, by name: the JSONL files in the folder of the configured set
    (no other path can be chosen, and no server path is shown)."""
    folder = Path(settings.evals.eval_set).parent
    found = {p.stem: p for p in sorted(folder.glob("*.jsonl")) if p.is_file()}
    if Path(settings.evals.eval_set).is_file():
        found.setdefault(Path(settings.evals.eval_set).stem, Path(settings.evals.eval_set))
    return found


def _cases(path: Path) -> list[EvalCase] | None:
    try:
        return load_cases(path)
    except IEPGuideError as exc:
        st.error(escape_markdown(str(exc)).replace("\n", "  \n"), icon=":material/rule:")
        return None


def _options(cases: list[EvalCase]) -> EvalOptions:
    left, middle, right = st.columns(3)
    audience = left.selectbox("Audience", [ALL, *ASKERS], key="ev-audience")
    topic = middle.selectbox("Topic", [ALL, *sorted({c.topic for c in cases})], key="ev-topic")
    limit = right.number_input(
        "First N cases (0 = all)",
        min_value=0,
        max_value=len(cases),
        value=0,
        step=1,
        key="ev-limit",
        help="For a quick run: only the first N cases that match the audience and topic.",
    )
    baseline = st.checkbox(
        "Compare with the LangChain baseline",
        value=True,
        key="ev-baseline",
        help="The first run builds the baseline's own index from the corpus (about a minute); later runs reuse it.",
    )
    ablation = st.checkbox("Also score each retrieval stage on its own (dense, BM25, hybrid)", value=True, key="ev-ablation")
    return EvalOptions(
        audience=None if audience == ALL else audience,
        topic=None if topic == ALL else topic,
        limit=int(limit) or None,
        baseline=baseline,
        ablation=ablation,
    )


def _run_form(settings: Settings, runs: EvalRuns) -> None:
    st.subheader("Run an eval")
    sets = eval_sets(settings)
    if not sets:
        st.warning("No eval sets are installed.")
        return
    names = list(sets)
    default = Path(settings.evals.eval_set).stem
    name = st.selectbox("Eval set", names, index=names.index(default) if default in names else 0, key="ev-set")
    cases = _cases(sets[name])
    if cases is None:
        return
    options = _options(cases)
    chosen = select_cases(cases, audience=options.audience, topic=options.topic, limit=options.limit)
    if chosen:
        st.caption(f"{len(chosen)} of {len(cases)} cases selected. The report is saved with the others below.")
    else:
        st.warning("No eval cases match those filters.")
    assistant = _assistant(settings)
    busy = runs.busy()
    clicked = st.button(
        "Run eval",
        type="primary",
        key="ev-run",
        icon=":material/play_arrow:",
        disabled=busy or assistant is None or not chosen,
        help="An eval is running; its progress is shown below." if busy else None,
    )
    if clicked:
        from evals.thresholds import thresholds_for

        bounds = thresholds_for(sets[name], settings.evals.eval_thresholds)
        run_settings = settings.replace(eval_set=sets[name], eval_thresholds=bounds)
        thresholds = staff_report.thresholds(run_settings)

        def work(on_progress, on_stage):
            return run_and_save(
                run_settings,
                chosen,
                options,
                thresholds=thresholds,
                assistant=assistant,
                on_progress=on_progress,
                on_stage=on_stage,
            )

        try:
            runs.start(chosen, work)
        except EvalBusyError as exc:
            st.warning(str(exc))
        else:
            st.rerun()  # redraw with the Run button disabled and the progress bar showing


@st.fragment(run_every=POLL_S)
def _live(run: EvalRun) -> None:
    """Redrawn every POLL_S seconds while the run lasts; the whole page reruns when it ends."""
    p = run.progress()
    if not p.running:
        st.rerun()
    text = f"{p.stage}: {p.done} of {p.total} cases"
    if p.current_question and p.stage.startswith("Scoring"):
        short = p.current_question if len(p.current_question) <= 110 else p.current_question[:110] + "…"
        text += f" — now: {short}"
    st.progress(min(p.share, 1.0), text=escape_markdown(text))
    st.caption(f"{p.passed} of {p.done} scored cases passed so far. The page updates by itself.")
    st.button("Stop after this case", key="ev-stop", icon=":material/stop:", on_click=run.stop)


def _progress(runs: EvalRuns) -> None:
    run = runs.latest()
    if run is None:
        return
    p = run.progress()
    if p.running:
        _live(run)
        return
    if p.state == DONE:
        if st.session_state.get(SEEN_KEY) != p.number:  # show the new report once it is saved
            st.session_state[SEEN_KEY] = p.number
            staff_report.select_next(p.json_path)
        st.success(
            f"The last eval run scored {p.total} case{'' if p.total == 1 else 's'}: {p.passed} passed. "
            f"Saved as {escape_markdown(Path(p.json_path).name)} (and .html).",
            icon=":material/task_alt:",
        )
    elif p.state == FAILED:
        st.error(escape_markdown(p.message), icon=":material/error:")
    else:
        st.warning(
            f"The last eval run was stopped after {p.done} of {p.total} cases; no report was saved.",
            icon=":material/stop_circle:",
        )


def render(settings: Settings | None = None, *, runs: EvalRuns | None = None) -> None:
    """Draw the staff page. `runs` may be injected; otherwise the app process's own is used."""
    settings = settings or resources.settings()
    styles.inject()
    require_staff(settings)
    runs = runs or _runs()
    st.title("Evals")
    st.caption(
        "Measure whether answers are grounded: retrieval, citations, key facts and abstention on the eval set, "
        "compared with the LangChain baseline and the bounds in evals/thresholds.toml."
    )
    _run_form(settings, runs)
    _progress(runs)
    staff_report.show(settings)
