"""A self-contained HTML page for one eval report (no external assets; every string escaped)."""

from __future__ import annotations

from html import escape

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:76rem;padding:0 1rem;color:#1d2733}
h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #d5dbe3;padding-bottom:.2rem}
.meta{color:#5b6775}.cards{display:flex;flex-wrap:wrap;gap:.6rem}.card{border:1px solid #d5dbe3;border-radius:8px;padding:.5rem .8rem;min-width:9rem}
.card b{display:block;font-size:1.35rem}table{border-collapse:collapse;width:100%;margin:.6rem 0}
th,td{border-bottom:1px solid #e4e8ee;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f4f6f9}
td.n{text-align:right;font-variant-numeric:tabular-nums}tr.ours td{background:#eef6ff}tr.baseline td{background:#fff6e8}
.ok{color:#11733b;font-weight:600}.bad{color:#b3261e;font-weight:600}.quote{border-left:3px solid #c9d2dd;margin:.3rem 0;padding:.1rem .6rem;color:#3b4652}
details{margin:.2rem 0}summary{cursor:pointer}.reason{color:#b3261e}.small{font-size:.85rem;color:#5b6775}
button{margin-right:.4rem;padding:.25rem .7rem;border:1px solid #aab4c0;border-radius:6px;background:#fff;cursor:pointer}
pre{white-space:pre-wrap;margin:.2rem 0;font:inherit}
"""  # noqa: E501 (compact CSS, written into every report as it is)

JS = """
function show(which){document.querySelectorAll('tr.case').forEach(function(r){
r.style.display=(which==='all'||r.dataset.status===which)?'':'none';});}
"""

PERCENT = {"latency_p50_ms", "latency_p95_ms", "cases", "answerable", "out_of_scope", "follow_ups", "errors"}
HEADLINE = [
    ("hit_at_k", "hit@k"),
    ("recall_at_k", "recall@k"),
    ("mrr", "MRR"),
    ("facts_stated", "every key fact stated"),
    ("fact_coverage", "key-fact coverage"),
    ("content_recall", "content recall"),
    ("content_precision", "content precision"),
    ("citation_recall", "citation recall"),
    ("citation_precision", "citation precision"),
    ("abstention_recall", "abstention recall"),
    ("abstention_precision", "abstention precision"),
    ("false_abstention_rate", "false abstention"),
    ("latency_p50_ms", "latency p50 (ms)"),
    ("latency_p95_ms", "latency p95 (ms)"),
    ("pass_rate", "cases passed"),
]
GROUP_COLUMNS = [
    ("cases", "cases"),
    ("pass_rate", "passed"),
    ("hit_at_k", "hit@k"),
    ("mrr", "MRR"),
    ("facts_stated", "all facts"),
    ("fact_coverage", "facts"),
    ("citation_recall", "cit. recall"),
    ("abstention_recall", "abstained (OOS)"),
    ("false_abstention_rate", "false abst."),
]


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def fmt(value: object, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return e(value)


def _table(headers: list[str], rows: list[list[str]], classes: list[str] | None = None) -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = "".join(f"<tr class='{e((classes or [''] * len(rows))[i])}'>" + "".join(rows[i]) + "</tr>" for i in range(len(rows)))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _num(value: object, digits: int = 3) -> str:
    return f"<td class='n'>{fmt(value, digits)}</td>"


def _cards(summary: dict) -> str:
    cards = "".join(
        f"<div class='card'>{e(label)}<b>{fmt(summary.get(key), 1 if key in PERCENT else 3)}</b></div>" for key, label in HEADLINE
    )
    return f"<div class='cards'>{cards}</div>"


def _retrieval(rows: list[dict]) -> str:
    body = [
        [f"<td>{e(r['name'])}</td>", f"<td>{e(r['kind'])}</td>", f"<td>{e(r['description'])}</td>", _num(r["k"], 0)]
        + [_num(r.get(m)) for m in ("hit_at_1", "hit_at_k", "recall_at_k", "mrr", "section_hit_at_k")]
        for r in rows
    ]
    headers = ["retriever", "kind", "what it does", "k", "hit@1", "hit@k", "recall@k", "MRR", "section hit@k"]
    return _table(headers, body, [r["kind"] for r in rows])


def _sweep_svg(abstention: dict) -> str:
    points = abstention.get("sweep", [])
    if not points:
        return ""
    w, h, pad = 560, 220, 30

    def xy(t: float, v: float | None) -> str:
        return f"{pad + t * (w - 2 * pad):.1f},{h - pad - (v or 0.0) * (h - 2 * pad):.1f}"

    def line(key: str, colour: str) -> str:
        coords = " ".join(xy(p["threshold"], p.get(key)) for p in points if p.get(key) is not None)
        return f"<polyline fill='none' stroke='{colour}' stroke-width='2' points='{coords}'/>"

    t = float(abstention.get("threshold", 0.0))
    x = xy(t, 0).split(",")[0]
    marker = f"<line x1='{x}' x2='{x}' y1='{pad}' y2='{h - pad}' stroke='#888' stroke-dasharray='4'/>"
    axes = f"<rect x='{pad}' y='{pad}' width='{w - 2 * pad}' height='{h - 2 * pad}' fill='none' stroke='#ccd'/>"
    labels = (
        f"<text x='{pad}' y='{h - 8}' font-size='11'>threshold 0</text>"
        f"<text x='{w - pad - 20}' y='{h - 8}' font-size='11'>1</text>"
        f"<text x='{pad + 4}' y='{pad + 14}' font-size='11' fill='#11733b'>abstention recall</text>"
        f"<text x='{pad + 4}' y='{pad + 28}' font-size='11' fill='#b3261e'>false abstention rate</text>"
    )
    return (
        f"<svg width='{w}' height='{h}' role='img' aria-label='abstention threshold sweep'>{axes}"
        f"{line('recall', '#11733b')}{line('false_abstention_rate', '#b3261e')}{marker}{labels}</svg>"
    )


def _curve_svg(name: str, part: dict, threshold: float) -> str:
    """False abstention against missed abstention over thresholds, for one split."""
    points = part.get("curve", [])
    if not points:
        return ""
    w, h, pad = 280, 200, 30

    def xy(fa: float | None, missed: float | None) -> str:
        return f"{pad + (fa or 0.0) * (w - 2 * pad):.1f},{h - pad - (missed or 0.0) * (h - 2 * pad):.1f}"

    coords = " ".join(xy(p.get("false_abstention_rate"), p.get("missed_abstention_rate")) for p in points)
    at = min(points, key=lambda p: abs(p["threshold"] - threshold))
    dot = xy(at.get("false_abstention_rate"), at.get("missed_abstention_rate")).split(",")
    return (
        f"<svg width='{w}' height='{h}' role='img' aria-label='{e(name)} false vs missed abstention'>"
        f"<rect x='{pad}' y='{pad}' width='{w - 2 * pad}' height='{h - 2 * pad}' fill='none' stroke='#ccd'/>"
        f"<polyline fill='none' stroke='#1f4e9c' stroke-width='2' points='{coords}'/>"
        f"<circle cx='{dot[0]}' cy='{dot[1]}' r='4' fill='#b3261e'/>"
        f"<text x='{pad}' y='{pad - 8}' font-size='12'>{e(name)}</text>"
        f"<text x='{pad}' y='{h - 8}' font-size='11'>false abstention 0 → 1</text>"
        f"<text x='4' y='{pad + 12}' font-size='11'>missed</text></svg>"
    )


def _splits(a: dict) -> str:
    splits = a.get("splits") or {}
    if not splits:
        return ""
    rows = [
        [
            f"<td>{e(name.replace('_', '-'))}</td>",
            _num(part.get("cases"), 0),
            _num(part.get("recall")),
            _num(part.get("false_abstention_rate")),
            _num(part.get("precision")),
            _num(part.get("suggested_threshold")),
        ]
        for name, part in splits.items()
    ]
    t = float(a.get("threshold", 0.0))
    return (
        "<p>Cases are split in two by a hash of their id. Evidence weights and the threshold are chosen on "
        "<b>dev</b> only; <b>held-out</b> shows how that choice generalises.</p>"
        + _table(["split", "cases", "abstention recall", "false abstention", "precision", "threshold it suggests"], rows)
        + "".join(_curve_svg(name.replace("_", "-"), part, t) for name, part in splits.items())
    )


def _abstention(a: dict) -> str:
    keep = [p for p in a.get("sweep", []) if 0.2 <= p["threshold"] <= 0.7]
    rows = [
        [_num(p["threshold"], 2), _num(p.get("recall")), _num(p.get("precision")), _num(p.get("false_abstention_rate"))]
        for p in keep
    ]
    return (
        f"<p>At the configured threshold {fmt(a.get('threshold'), 2)}: precision {fmt(a.get('precision'))}, "
        f"recall {fmt(a.get('recall'))} ({e(a.get('true_abstentions'))} of {e(a.get('out_of_scope'))} out-of-scope "
        f"questions declined), false abstention rate {fmt(a.get('false_abstention_rate'))} "
        f"({e(a.get('false_abstentions'))} of {e(a.get('answerable'))} answerable questions declined).</p>"
        f"{_sweep_svg(a)}{_splits(a)}<details><summary>Sweep over thresholds (from each case's best evidence score)</summary>"
        + _table(["threshold", "abstention recall", "abstention precision", "false abstention"], rows)
        + "</details>"
    )


def _breakdowns(groups: dict) -> str:
    out = []
    for grouping, values in groups.items():
        rows = [
            [f"<td>{e(name)}</td>"] + [_num(m.get(k), 0 if k == "cases" else 3) for k, _ in GROUP_COLUMNS]
            for name, m in values.items()
        ]
        out.append(f"<h3>By {e(grouping)}</h3>" + _table([grouping] + [label for _, label in GROUP_COLUMNS], rows))
    return "".join(out)


def _case(c: dict) -> str:
    status = "passed" if c["passed"] else "failed"
    history = "".join(f"<div class='small'>earlier: {e(q)}</div>" for q in c["history"])
    cites = "".join(
        f"<div><b>[{e(x['n'])}]</b> {e(x['title'])} — {e(x['section'])} <span class='small'>({e(x['source'])}, "
        f"{fmt(x.get('score'))})</span><div class='quote'>{e(x['quote'])}</div></div>"
        for x in c["citations"]
    )
    reasons = "".join(f"<div class='reason'>{e(r)}</div>" for r in c["reasons"])
    retrieved = ", ".join(f"{e(r['source'])} ({fmt(r.get('score'))})" for r in c["retrieved"])
    detail = (
        f"{history}<div><b>Answer</b> <span class='small'>({e(c['answerer'])}"
        f"{', abstained' if c['abstained'] else ''})</span><pre>{e(c['answer'])}</pre></div>{cites}{reasons}"
        f"<div class='small'>expected: {e(', '.join(c['expected_sources']) or 'abstain')}; best evidence "
        f"{fmt(c.get('best_score'))}; facts {fmt(c.get('fact_coverage'))}; citation recall "
        f"{fmt(c.get('citation_recall'))}, precision {fmt(c.get('citation_precision'))}</div>"
        f"<div class='small'>retrieved: {retrieved or '–'}</div>"
    )
    mark = "<span class='ok'>pass</span>" if c["passed"] else "<span class='bad'>fail</span>"
    return (
        f"<tr class='case' data-status='{status}'><td>{mark}</td><td>{e(c['id'])}</td><td>{e(c['audience'])}</td>"
        f"<td>{e(c['topic'])}</td><td><details><summary>{e(c['question'])}</summary>{detail}</details></td></tr>"
    )


def _comparison(rows: list[dict]) -> str:
    """The answerers' headline metrics side by side (one row per answerer)."""
    from evals.compare import COLUMNS

    if not rows:
        return ""
    body = [
        [f"<td>{e(r['answerer'])}</td>"]
        + [_num(r.get(k), 1 if k.startswith("latency") else 0 if isinstance(r.get(k), int) else 3) for k, _ in COLUMNS]
        for r in rows
    ]
    return (
        "<h2>Answerers side by side</h2><p class='small'>The same cases answered by each answerer. unsupported: "
        "answer sentences the support judge finds no backing for; fallbacks: generated answers replaced by quoted "
        "guidance.</p>" + _table(["answerer"] + [label for _, label in COLUMNS], body)
    )


def render_html(report: dict) -> str:
    """The whole page for a report dict (as written to JSON)."""
    s, judge = report["summary"], report["support_judge"]
    checks = "".join(
        f"<li class='{'ok' if c['passed'] else 'bad'}'>{e(c['metric'])} ({e(c['kind'])}): {fmt(c['value'])} "
        f"against {fmt(c['bound'])} — {'ok' if c['passed'] else 'FAILED'}</li>"
        for c in report.get("checks", [])
    )
    judge_rows = "".join(f"<li><b>{e(k)}</b>: {e(v)}</li>" for k, v in judge.items())
    lat = report["latency_ms"]
    stages = [[f"<td>{e(n)}</td>", _num(v["p50"], 1), _num(v["p95"], 1)] for n, v in lat.get("stages", {}).items()]
    cases = "".join(_case(c) for c in report["cases"])
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>IEP Guide eval — {e(report["created_at"])}</title>
<style>{CSS}</style><script>{JS}</script></head><body>
<h1>IEP Guide eval report</h1>
<p class="meta">{e(report["created_at"])} · answerer <b>{e(report["answerer"])}</b> · {e(s["cases"])} cases
({e(s["answerable"])} answerable, {e(s["out_of_scope"])} out of scope, {e(s["follow_ups"])} follow-ups) ·
eval set {e(report["eval_set"].get("path", ""))} · {fmt(report["duration_s"], 1)} s ·
retrieval {e(report["settings"].get("retrieval"))}, k={e(report["settings"].get("k"))},
abstain below {e(report["settings"].get("abstain_threshold"))}</p>
{f"<h2>Threshold checks</h2><ul>{checks}</ul>" if checks else ""}
<h2>Summary</h2>{_cards(s)}
{_comparison(report.get("comparison", []))}
<h2>Retrieval: ours, each stage, and the LangChain baseline</h2>
<p class="small">Scored on the answerable cases against their expected source documents. hit@k: an expected
source among the first k chunks; recall@k: share of expected sources among them; MRR: mean of 1/rank of
the first chunk from an expected source. The baseline returns {e(report["settings"].get("baseline", {}).get("k", "–"))}
chunks, so its @k counts those. Ours and the stages see follow-up questions with the earlier question; the
baseline sees the question alone.</p>
{_retrieval(report["retrieval"])}
<h2>Answers and citations</h2>
<p>Key-fact coverage {fmt(s.get("fact_coverage"))} (facts found in the retrieved top-k text:
{fmt(s.get("context_fact_coverage"))}) · citation recall {fmt(s.get("citation_recall"))} · citation precision
{fmt(s.get("citation_precision"))} · {fmt(s.get("pass_rate"))} of cases passed.</p>
<h3>How support is judged</h3><ul>{judge_rows}</ul>
<h2>Abstention</h2>{_abstention(report["abstention"])}
<h2>Latency</h2><p>Whole answer: p50 {fmt(lat.get("p50"), 1)} ms, p95 {fmt(lat.get("p95"), 1)} ms,
max {fmt(lat.get("max"), 1)} ms over {e(lat.get("count"))} questions.</p>
{_table(["stage", "p50 ms", "p95 ms"], stages)}
<h2>Breakdowns</h2>{_breakdowns(report["breakdowns"])}
<h2>Cases</h2><p><button onclick="show('all')">all</button><button onclick="show('failed')">failed only</button>
<button onclick="show('passed')">passed only</button></p>
<table><thead><tr><th></th><th>id</th><th>audience</th><th>topic</th><th>question</th></tr></thead>
<tbody>{cases}</tbody></table>
</body></html>
"""
