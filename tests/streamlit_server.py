"""A real `streamlit run app.py` on a free loopback port, for browser tests (the helper the
benchmarks and the README screenshots use too). Always stopped."""

from benchmarks.served_app import ROOT, StreamlitServer, free_port

__all__ = ["ROOT", "StreamlitServer", "free_port"]
