"""Placeholder page (data): replaced by the real view."""

import streamlit as st

from dashboard import state
from indicators.i18n import t

st.title(t("page_data", state.lang()))
