"""The staff page's case browser: filter a report's cases, read one with its answer, citations,
expected sources, missing facts and why it failed. Questions, answers and quotes are shown as
plain text, never as Markdown or HTML."""

from __future__ import annotations

import streamlit as st

from evals import dashboard as dash
from ui.wording import escape_markdown

SHOW = {"failed": "Failed", "passed": "Passed", "all": "All"}


def _plain(text: object) -> str:
    return escape_markdown(" ".join(str(text or "").split()))


def _filters(cases: list[dict]) -> list[dict]:
    top_left, top_right = st.columns(2)
    any_failed = any(dash.status(c) != dash.PASSED for c in cases)
    show = top_left.radio("Show", list(SHOW), format_func=SHOW.get, horizontal=True, key="ev-show", index=0 if any_failed else 2)
    text = top_right.text_input("Search question, id, answer or reason", key="ev-search")
    left, right = st.columns(2)
    topics = left.multiselect("Topics", sorted({str(c.get("topic", "")) for c in cases}), key="ev-topics")
    audiences = right.multiselect("Audiences", sorted({str(c.get("audience", "")) for c in cases}), key="ev-audiences")
    return dash.filter_cases(cases, show=show, topics=topics, audiences=audiences, text=text)


def _citations(case: dict) -> None:
    citations = [c for c in case.get("citations") or [] if isinstance(c, dict)]
    st.markdown("**Citations**")
    if not citations:
        st.caption("No citations.")
    for c in citations:
        score = c.get("score")
        st.markdown(
            f"[{c.get('n', '?')}] **{_plain(c.get('title'))}** — {_plain(c.get('section'))}  \n"
            f"{_plain(c.get('source'))}" + (f" · score {score:.3f}" if isinstance(score, (int, float)) else "")
        )
        if c.get("quote"):
            st.markdown(f"> {_plain(c['quote'])}")


def _expected(case: dict) -> None:
    st.markdown("**Expected sources**")
    if case.get("should_abstain"):
        st.markdown("None: the assistant should decline this question.")
    found = dash.expected_found(case)
    if found:
        st.markdown("\n".join(f"- {_plain(source)} — {'cited' if cited else 'not cited'}" for source, cited in found))
    missing = dash.missing_fact_lines(case)
    st.markdown("**Missing key facts**")
    st.markdown("\n".join(f"- {_plain(line)}" for line in missing) if missing else "None.")


def _scores(case: dict) -> str:
    parts = [
        ("key-fact coverage", case.get("fact_coverage")),
        ("citation recall", case.get("citation_recall")),
        ("citation precision", case.get("citation_precision")),
        ("best evidence score", case.get("best_score")),
    ]
    return " · ".join(f"{name} {dash.fmt(value)}" for name, value in parts)


def detail(case: dict) -> None:
    """One case in full."""
    with st.container(border=True, key="ev-case-detail"):
        st.markdown(f"**{_plain(case.get('question'))}**")
        st.caption(f"{_plain(case.get('id'))} · {_plain(case.get('audience'))} · {_plain(case.get('topic'))} · {_scores(case)}")
        if case.get("history"):
            st.caption("Earlier questions: " + " → ".join(_plain(q) for q in case["history"]))
        reasons = case.get("reasons") or []
        if case.get("passed"):
            st.success("Passed.", icon=":material/check_circle:")
        else:
            lines = "\n".join(f"- {_plain(r)}" for r in reasons) or "- (no reason recorded)"
            st.error(f"**Failed:**\n{lines}", icon=":material/cancel:")
        if case.get("error"):
            st.error(f"Error: {_plain(case['error'])}")
        declined = " (the assistant declined to answer)" if case.get("abstained") else ""
        st.markdown(f"**Answer**{declined}")
        st.markdown(escape_markdown(str(case.get("answer") or "")) or "—")
        if case.get("notice"):
            st.caption(_plain(case["notice"]))
        _citations(case)
        _expected(case)
        retrieved = [r for r in case.get("retrieved") or [] if isinstance(r, dict)]
        if retrieved:
            with st.expander("Retrieved passages (ours, top k)"):
                st.markdown(
                    "\n".join(
                        f"{i}. {_plain(r.get('source'))} — {_plain(r.get('section'))} ({dash.fmt(r.get('score'))})"
                        for i, r in enumerate(retrieved, start=1)
                    )
                )


def show(report: dict) -> None:
    """The filters, the table of matching cases, and the case chosen to read."""
    st.markdown("#### Cases")
    cases = dash.cases_of(report)
    shown = _filters(cases)
    st.caption(f"{len(shown)} of {len(cases)} cases match.")
    if not shown:
        st.info("No cases match these filters.")
        return
    st.dataframe(
        dash.case_rows(shown),
        hide_index=True,
        width="stretch",
        column_config={
            "question": st.column_config.TextColumn(width="large"),
            "why": st.column_config.TextColumn("why it failed", width="large"),
        },
    )
    questions = {str(c.get("id")): str(c.get("question", "")) for c in shown}
    if st.session_state.get("ev-case") not in questions:
        st.session_state.pop("ev-case", None)
    chosen = st.selectbox("Read a case", list(questions), key="ev-case", format_func=lambda i: f"{i} — {questions[i][:90]}")
    case = dash.find_case(report, chosen)
    if case is not None:
        detail(case)
