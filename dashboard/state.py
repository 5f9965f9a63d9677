"""View state shared through the URL: language (`?lang=tr`). Invalid values fall back quietly."""

from __future__ import annotations

import streamlit as st

from indicators.i18n import DEFAULT_LANG, LANGS

LANG_NAMES = {"tr": "Türkçe", "en": "English"}


def browser_lang() -> str:
    """`tr` when the browser asks for Turkish, else English."""
    locale = (st.context.locale or "").lower()
    return "tr" if locale.startswith("tr") else DEFAULT_LANG


def language_selector() -> str:
    """The language switch (sidebar), bound to the `lang` query parameter; returns `tr` or `en`."""
    default = browser_lang()
    choice = st.sidebar.segmented_control(
        "Dil / Language",
        options=list(LANGS),
        default=default,
        format_func=LANG_NAMES.__getitem__,
        key="lang",
        bind="query-params",
        required=True,
    )
    return choice if choice in LANGS else default


def lang() -> str:
    """The current language (set by the frame before the page runs)."""
    value = st.session_state.get("lang")
    return value if value in LANGS else browser_lang()
