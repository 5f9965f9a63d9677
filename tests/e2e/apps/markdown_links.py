"""A one-element app for tests/e2e/test_markdown_links.py: a data value with URLs, escaped by md_escape."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import streamlit as st  # noqa: E402

from dashboard.ui import md_escape  # noqa: E402

st.markdown(md_escape("see https://x.org/a or www.y.org, a@b.org [l](javascript:alert(1))"))
