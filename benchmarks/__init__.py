"""Benchmarks and the load run for IEP Guide (`python -m benchmarks`, `python -m benchmarks.load`)."""
