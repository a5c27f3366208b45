"""How long the Architectures page takes to draw each network, cold (its caches cleared), through
Streamlit's AppTest on this machine: alone, and beside resnet18.

    python benchmarks/architectures_page.py 2>/dev/null     # AppTest logs a line per cache cleared
"""
from __future__ import annotations

import logging
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from fashion.models import list_models  # noqa: E402


def widget(widgets, label: str):
    return next(w for w in widgets if w.label == label)


def main() -> None:
    for name in list(logging.root.manager.loggerDict):  # clearing caches outside a server logs a line each
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(logging.ERROR)
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/architectures.py").run()
    print(f"{'architecture':16} {'alone (s)':>10} {'beside resnet18 (s)':>20}")
    worst = []
    for arch in list_models():
        times = []
        for second in ("(none)", "resnet18"):
            st.cache_data.clear()
            widget(at.selectbox, "Side by side with").set_value(second)
            widget(at.selectbox, "Architecture").set_value(arch)
            started = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - started)
            assert not at.exception, [e.value for e in at.exception]
        worst.append(max(times))
        print(f"{arch:16} {times[0]:10.2f} {times[1]:20.2f}")
    print(f"slowest {max(worst):.2f} s, median {statistics.median(worst):.2f} s (cold, server side)")


if __name__ == "__main__":
    main()
