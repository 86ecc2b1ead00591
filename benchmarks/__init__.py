"""Benchmarks and the load run for IEP Guide (`python -m benchmarks`, `python -m benchmarks.load`)."""

from pathlib import Path

# The benchmarks run from a source checkout: they read its corpus, app.py and eval cases.
REPO = Path(__file__).resolve().parent.parent
