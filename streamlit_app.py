"""The frame shared by every page: language, navigation from the page registry, sources footer.

Streamlit's own page menu is switched off (`client.showSidebarNavigation = false`): with a `pages/` folder it
would list the raw file names on a new server's first request. The frame draws the menu itself, and a loading
notice before the first page of a session has run (the first request of a server imports pandas, Altair and
the store, which takes seconds).
"""

from __future__ import annotations

import streamlit as st

from dashboard import state
from indicators.i18n import t
from indicators.site import served_pages

state.leave_v1_multipage_mode()
# An emoji favicon is a local data: URL; a :material/ icon would be fetched from fonts.gstatic.com.
st.set_page_config(page_title="GCM Türkiye", page_icon="🌍", layout="wide")
state.begin_run()

menu = st.sidebar.container(key="page_menu")
lang = state.language_selector()
st.sidebar.caption(t("app_subtitle", lang))
notice = st.empty()
if not st.session_state.get(state.LOADED_FLAG):
    notice.info(t("app_loading", lang), icon=":material/hourglass_top:")

served = served_pages()  # the import page only on a server started with GCM_ENABLE_IMPORT=1
pages = {p.key: st.Page(p.path, title=t(p.title_key, lang), icon=p.icon, url_path=p.url_path) for p in served}
default = pages[next(p.key for p in served if p.default)]
root = st.Page(lambda: state.open_page(default), title=default.title, url_path="start", default=True,
               visibility="hidden")
navigation = st.navigation([root, *pages.values()], position="hidden")
with menu:
    for page in pages.values():
        st.page_link(page)

from dashboard import data, status, ui  # noqa: E402  (pandas and the store: imported after the loading notice is drawn)

status.data_status(lang)
ui.page_accessibility(lang)
ui.reset_citations()
st.session_state[state.FRAME_FLAG] = True
try:
    navigation.run()
finally:
    st.session_state[state.FRAME_FLAG] = False
    notice.empty()
st.session_state[state.LOADED_FLAG] = True
state.end_run()
ui.footer(lang, data.built_at())
