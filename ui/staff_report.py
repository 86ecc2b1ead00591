"""The staff page's saved reports: pick one, its metrics against the thresholds, charts per topic
and audience, the trend over runs, and the cases (drawn by `ui.staff_cases`).

All the arithmetic is in `evals.dashboard`; this module only lays it out."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from assistant.config import Settings
from evals import dashboard as dash
from evals.report import ReportError, load_report, scan_reports
from evals.thresholds import Thresholds, ThresholdsError
from ui import staff_cases
from ui.wording import escape_markdown

REPORT_KEY = "ev-report"
NEXT_KEY = "ev-report-next"
PER_ROW = 3


def select_next(json_path: str) -> None:
    """Show this report on the next run of the page (a run that just finished)."""
    st.session_state[NEXT_KEY] = json_path


def thresholds(settings: Settings) -> Thresholds | None:
    from evals.launch import load_gate

    try:
        return load_gate(settings.evals.eval_thresholds)
    except ThresholdsError as exc:
        st.warning(f"Thresholds are not checked: {escape_markdown(str(exc))}")
        return None


def _pick(runs: list[dict]) -> str:
    newest = [r["path"] for r in reversed(runs)]
    by_path = {r["path"]: r for r in runs}
    pending = st.session_state.pop(NEXT_KEY, None)
    if pending in by_path:
        st.session_state[REPORT_KEY] = pending
    if st.session_state.get(REPORT_KEY) not in by_path:
        st.session_state.pop(REPORT_KEY, None)
    return st.selectbox(
        "Report",
        newest,
        format_func=lambda p: dash.run_label(by_path[p]),
        key=REPORT_KEY,
        help="Every run saved in the reports folder, newest first.",
    )


def _download(path: str, report: dict) -> None:
    from evals.html import render_html

    html_path = Path(path).with_suffix(".html")
    try:
        page = html_path.read_text(encoding="utf-8")
    except OSError:  # the HTML was removed or never written: the JSON holds everything it shows
        page = render_html(report)
    st.download_button(
        "Download the HTML report",
        data=page,
        file_name=html_path.name,
        mime="text/html",
        key="ev-html",
        on_click="ignore",
        icon=":material/download:",
        help="One self-contained page with every case; open it in a browser.",
    )


def _headline(report: dict, gate: Thresholds | None) -> None:
    k = (report.get("settings") or {}).get("k")
    st.markdown("#### Headline metrics")
    rows = dash.headline(report, gate)
    for i, row in enumerate(rows):
        if i % PER_ROW == 0:  # row by row, so a phone screen stacks them in order
            columns = st.columns(PER_ROW)
        verdict = {"pass": "pass", "fail": "FAIL", "not gated": "not gated"}[row.verdict]
        columns[i % PER_ROW].metric(
            f"{dash.label(row.metric.key, k)} · {verdict}",
            dash.fmt(row.value, row.metric.unit),
            delta=None if row.delta is None else f"{row.delta:+.3f} vs baseline",
            help=f"Threshold: {row.bounds()}." + ("" if row.baseline is None else f" Baseline: {row.baseline:.3f}."),
            border=True,
        )
    checks = dash.checks_for(report, gate)
    failed = [c for c in checks if not c.passed]
    if gate is None:
        pass
    elif failed:
        names = ", ".join(sorted({dash.label(c.metric, k) for c in failed}))
        st.error(f"{len(failed)} of {len(checks)} thresholds missed: {names}.", icon=":material/cancel:")
    else:
        st.success(f"All {len(checks)} thresholds in evals/thresholds.toml are met.", icon=":material/check_circle:")
    if gate is not None and gate.beat_baseline and not dash.has_baseline(report):
        st.caption("This run did not score the LangChain baseline, so the beat-the-baseline bounds are not checked.")
    filters = (report.get("eval_set") or {}).get("filters")
    if filters:
        subset = ", ".join(f"{key} {value}" for key, value in filters.items())
        st.caption(
            f"This run used a subset of the eval set ({escape_markdown(subset)}); the thresholds are set for the whole set."
        )
    if checks:
        with st.expander("Every threshold check"):
            st.dataframe(dash.check_rows(report, gate), hide_index=True, width="stretch")


def _breakdowns(report: dict) -> None:
    import pandas as pd

    k = (report.get("settings") or {}).get("k")
    st.markdown("#### By topic and audience")
    metric = st.selectbox("Metric", dash.CHART_METRICS, format_func=lambda m: dash.label(m, k), key="ev-chart-metric")
    for grouping, title in (("topic", "By topic"), ("audience", "By audience")):
        rows = dash.group_rows(report, grouping)
        if not rows:
            continue
        frame = pd.DataFrame(rows)
        st.markdown(f"**{title}**")
        st.bar_chart(
            frame,
            x=grouping,
            y=metric,
            horizontal=True,
            height=max(140, 26 * len(rows) + 60),
            x_label=dash.label(metric, k),
            y_label="",
        )
        with st.expander(f"{title}: table"):
            st.dataframe(frame, hide_index=True, width="stretch")


def _trend(runs: list[dict], report: dict) -> None:
    import pandas as pd

    k = (report.get("settings") or {}).get("k")
    st.markdown("#### Over time")
    whole = st.checkbox("Runs of the whole eval set only", value=any(dash.is_whole_set(r) for r in runs), key="ev-trend-whole")
    answerers = sorted({str(r.get("answerer")) for r in runs})
    answerer = None
    if len(answerers) > 1:
        mine = str(report.get("answerer"))
        answerer = st.selectbox(
            "Answerer", answerers, index=answerers.index(mine) if mine in answerers else 0, key="ev-trend-answerer"
        )
    metrics = st.multiselect(
        "Metrics",
        dash.CHART_METRICS,
        default=list(dash.TREND_DEFAULT),
        format_func=lambda m: dash.label(m, k),
        key="ev-trend-metrics",
    )
    rows = dash.trend_rows(runs, metrics, whole_set_only=whole, answerer=answerer)
    if len(rows) < 2:
        st.caption(f"The trend needs two or more saved runs ({len(rows)} match).")
    if rows and metrics:
        st.altair_chart(_trend_chart(pd.DataFrame(rows), [dash.label(m, k) for m in metrics], metrics), width="stretch")


def _trend_chart(frame, labels: list[str], metrics: list[str]):
    import altair as alt

    frame = frame.rename(columns=dict(zip(metrics, labels)))
    long = frame.melt(id_vars=["run", "answerer", "cases"], value_vars=labels, var_name="metric", value_name="value")
    return (
        alt.Chart(long)
        .mark_line(point=True)
        .encode(
            x=alt.X("run:T", title="run", axis=alt.Axis(format="%b %d %H:%M", labelAngle=-30, labelOverlap=True)),
            y=alt.Y("value:Q", title=None, scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("metric:N", title=None, legend=alt.Legend(orient="bottom", columns=2)),
            tooltip=[
                alt.Tooltip("run:T", format="%Y-%m-%d %H:%M:%S"),
                "metric:N",
                alt.Tooltip("value:Q", format=".3f"),
                "answerer:N",
                "cases:Q",
            ],
        )
        .properties(height=280)
    )


def show(settings: Settings) -> None:
    """The reports section: empty state, skipped files, then the chosen report."""
    st.subheader("Reports")
    runs, problems = scan_reports(settings.evals.reports_dir)
    for problem in problems:
        st.warning(f"Skipped a report file: {escape_markdown(problem)}", icon=":material/warning:")
    if not runs:
        st.info(
            f"No eval reports yet in {escape_markdown(str(settings.evals.reports_dir))}. Run an eval above, or from the "
            "command line: `iep-guide eval` (add `--limit 20 --no-baseline` for a quick run).",
            icon=":material/monitoring:",
        )
        return
    path = _pick(runs)
    try:
        report = load_report(Path(path))
    except ReportError as exc:
        st.error(escape_markdown(str(exc)))
        return
    _download(path, report)
    gate = thresholds(settings)
    _headline(report, gate)
    _breakdowns(report)
    _trend(runs, report)
    staff_cases.show(report)
