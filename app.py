"""Fashion-MNIST model lab in the browser: `streamlit run app.py`.

This file only builds the navigation and the sidebar shared by every page; each page lives in
app_pages/ and draws what the `fashion` package computes. (Not `pages/`: Streamlit treats a folder
of that name as an old-style multipage app until some session has run this file, so the first
visit to e.g. /live after a restart would skip the sidebar and list every file as a page.)
"""
import sys
from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # so `streamlit run /elsewhere/app.py` finds fashion/ and app_pages/
    sys.path.insert(0, str(HERE))

from ui import roles, sidebar  # noqa: E402

st.set_page_config(page_title="Fashion-MNIST lab", page_icon="👕", layout="wide")

page = st.navigation([
    st.Page("app_pages/overview.py", title="Overview", icon=":material/home:", default=True),
    st.Page("app_pages/data.py", title="Data", icon=":material/photo_library:"),
    st.Page("app_pages/curves.py", title="Training curves", icon=":material/show_chart:"),
    st.Page("app_pages/grid.py", title="Hyperparameter grid", icon=":material/grid_on:"),
    st.Page("app_pages/compare.py", title="Compare models", icon=":material/leaderboard:"),
    st.Page("app_pages/architectures.py", title="Architectures", icon=":material/account_tree:"),
    st.Page("app_pages/live.py", title="Live classifier", icon=":material/draw:"),
    st.Page("app_pages/wall.py", title="Class wall", icon=":material/photo_library:"),
    st.Page("app_pages/quiz.py", title="Humans vs models", icon=":material/quiz:"),
    st.Page("app_pages/evaluate.py", title="Evaluate", icon=":material/fact_check:"),
    st.Page("app_pages/train.py", title="Train", icon=":material/model_training:"),
])
roles.teacher_key()  # made, and the teacher link printed, once per server
sidebar.render()
page.run()
