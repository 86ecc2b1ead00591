"""The styles of an exported conversation page: readable, high-contrast, printable."""

EXPORT_CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #ffffff; color: #1d2433;
  font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; text-transform: uppercase; letter-spacing: .04em; color: #3a4356; }
a { color: #1f5fa8; }
a:focus-visible { outline: 3px solid #1f5fa8; outline-offset: 2px; }
.asked, .meta, .file { color: #4a5365; font-size: .9rem; margin: 0; }
.file { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; overflow-wrap: anywhere; }
.exchange { border-top: 1px solid #d5dbe5; }
.ig-answer p { margin: .6rem 0; }
.ig-cite { font-weight: 600; padding: 0 .15em; }
.ig-unsupported { text-decoration: underline dotted #8a2c0d; }
.ig-flag { color: #8a2c0d; background: #fdecea; border-radius: 4px; padding: 0 .3em; font-size: .85em; }
.notice { background: #eef4fb; border-left: 4px solid #1f5fa8; padding: .5rem .75rem; }
ol.sources { padding-left: 1.5rem; }
ol.sources li { margin-bottom: 1rem; }
ol.sources li:target { background: #eef4fb; }
.title { font-weight: 600; margin: 0; }
blockquote { margin: .4rem 0; padding-left: .75rem; border-left: 4px solid #c7d3e3; }
mark { background: #fff1a8; color: inherit; padding: 0 .1em; }
footer { margin-top: 2.5rem; border-top: 1px solid #d5dbe5; color: #4a5365; font-size: .9rem; }
@media print {
  body { font-size: 12pt; }
  a { color: inherit; }
  .exchange { break-inside: avoid-page; }
}
"""
