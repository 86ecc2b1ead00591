"""Serve the chat, with the library opening from the moment the server starts.

    .venv/bin/python -m ui.serve [STREAMLIT FLAGS …]

`scripts/start` runs this. It reads the settings (the IEP_GUIDE_* variables), starts loading the
embedding model and the guidance index in a background thread (`resources.warm_up`, the very one
the pages wait on), and then serves app.py in this same process exactly as `streamlit run app.py`
would, through Streamlit's own command line. So the first visitor finds the library open instead
of starting to open it. The server's log says `IEP Guide: library ready in N s` once it is.

The flags `scripts/start` always passed come first: loopback only, headless, no usage statistics.
Any `streamlit run` flag given here comes after them and wins (`--server.port 8502`,
`--server.address 0.0.0.0`); `.venv/bin/streamlit run --help` lists them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app.py"
DEFAULT_FLAGS = ("--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false")


def warm_up() -> None:
    """Start opening the library for the settings every page run will read (they come from the
    same environment, so the pages find this load and wait on it rather than starting another)."""
    from assistant.config import Settings
    from ui import resources

    try:
        settings = Settings()
    except ValueError as exc:  # a bad IEP_GUIDE_* value: the page says which
        print(f"IEP Guide: not opening the library at start: {exc}", file=sys.stderr, flush=True)
        return
    resources.warm_up(settings)


def main(argv: Sequence[str] | None = None) -> int:
    flags = list(sys.argv[1:] if argv is None else argv)
    if flags[:1] in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    from streamlit.web import cli

    # The app's modules are imported here, before the server starts (a second or two the first
    # page then does not spend), and only the model and library load in the background.
    warm_up()
    # `streamlit run` itself: the same flags, environment variables, config and secrets files,
    # ending in streamlit.web.bootstrap.run; it returns only when the server stops.
    return cli.main(["run", str(APP), *DEFAULT_FLAGS, *flags], prog_name="streamlit")


if __name__ == "__main__":
    sys.exit(main())
