"""The app served for real on a free loopback port, as scripts/start serves it (or by a plain
`streamlit run app.py`), for browser tests (the helper the benchmarks and the README screenshots
use too). Always stopped."""

from benchmarks.served_app import ROOT, StreamlitServer, free_port

__all__ = ["ROOT", "StreamlitServer", "free_port"]
