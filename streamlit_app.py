"""The frame shared by every page: language, navigation from the page registry, sources footer."""

from __future__ import annotations

import streamlit as st

from dashboard import data, state, status, ui
from indicators.i18n import t
from indicators.site import PAGES

state.leave_v1_multipage_mode()
# An emoji favicon is a local data: URL; a :material/ icon would be fetched from fonts.gstatic.com.
st.set_page_config(page_title="GCM Türkiye", page_icon="🌍", layout="wide")

lang = state.language_selector()
st.sidebar.caption(t("app_subtitle", lang))

navigation = st.navigation(
    [st.Page(p.path, title=t(p.title_key, lang), icon=p.icon, url_path=p.url_path, default=p.default) for p in PAGES]
)
status.data_status(lang)
ui.reset_citations()
st.session_state[state.FRAME_FLAG] = True
try:
    navigation.run()
finally:
    st.session_state[state.FRAME_FLAG] = False
ui.footer(lang, data.built_at())
