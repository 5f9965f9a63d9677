"""View state shared through the URL (`lang`, `objective`, `indicator`, `peers`, `year`, ...).

Each URL-backed widget reads its initial value from the query parameter when the session starts (invalid
values fall back quietly to the default) and writes its value back on every run, so a copied link reopens
the same view and the parameters survive page switches. Codes go in the URL (ISO3, objective numbers,
indicator ids), never display names.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from indicators.i18n import DEFAULT_LANG, LANGS

LANG_NAMES = {"tr": "Türkçe", "en": "English"}
_KEPT = "_kept_"


def browser_lang() -> str:
    """`tr` when the browser asks for Turkish, else English."""
    locale = (st.context.locale or "").lower()
    return "tr" if locale.startswith("tr") else DEFAULT_LANG


def _from_url(key: str, options: Sequence[Any], default: Any, multi: bool) -> Any:
    raw = st.query_params.get_all(key) if multi else st.query_params.get(key)
    by_text = {str(o): o for o in options}
    if multi:
        items = [v for part in raw for v in part.split(",") if v]
        chosen = [by_text[v] for v in dict.fromkeys(items) if v in by_text]
        return chosen if chosen else list(default)
    return by_text.get(raw, default) if raw is not None else default


def _to_url(key: str, value: Any, multi: bool) -> None:
    text = ",".join(str(v) for v in value) if multi else ("" if value is None else str(value))
    if st.query_params.get(key) != text:
        st.query_params[key] = text


def url_widget(widget: Callable[..., Any], label: str, options: Sequence[Any], key: str, default: Any,
               multi: bool = False, **kwargs: Any) -> Any:
    """Render `widget` (st.selectbox, st.radio, st.segmented_control, st.multiselect, ... or their
    st.sidebar versions) with its value kept in the query parameter `key`. Returns the selected value(s)."""
    options = list(options)

    def valid(value: Any) -> bool:
        return (isinstance(value, list) and all(v in options for v in value)) if multi else value in options

    if key in st.session_state and not valid(st.session_state[key]):
        del st.session_state[key]  # e.g. an indicator of another objective: start again from URL/default
    if key not in st.session_state:
        # The widget has no state (new session, or it was not drawn on the previous page): take the URL's
        # value, else the last value chosen in this session (widget state is dropped when a page hides the
        # widget, and Streamlit clears unbound query parameters on page switches), else the default. It is
        # passed as the widget's own initial value (not through st.session_state) so the widget, the
        # browser and AppTest all agree on it.
        kept = st.session_state.get(_KEPT + key)
        initial = _from_url(key, options, kept if valid(kept) else default, multi)
        parameters = inspect.signature(widget).parameters
        if "index" in parameters:
            kwargs["index"] = options.index(initial) if initial in options else 0
        elif "default" in parameters:
            kwargs["default"] = initial
        else:
            kwargs["value"] = initial
    value = widget(label, options=options, key=key, **kwargs)
    st.session_state[_KEPT + key] = value
    _to_url(key, value, multi)
    return value


def language_selector() -> str:
    """The language switch (sidebar), kept in `?lang=`; default from the browser locale."""
    choice = url_widget(st.sidebar.radio, "Dil / Language", LANGS, "lang", browser_lang(),
                        format_func=LANG_NAMES.__getitem__, horizontal=True)
    return choice if choice in LANGS else DEFAULT_LANG


FRAME_FLAG = "_frame_running"


def leave_v1_multipage_mode() -> None:
    """Rerun at once if Streamlit is running this script in its old multipage mode.

    Streamlit treats an app with a `pages/` folder as a v1 multipage app until the first `st.navigation`
    call: that first run executes the scripts under another page identity, so widget state chosen in it
    is lost on the next run, and a deep link that is a new server's first request (e.g. `/peers?lang=tr`)
    runs the page script alone, without language, navigation or footer. Switching the mode off before any
    widget is drawn and rerunning lets the frame run and route to the requested page.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def require_frame() -> None:
    """Make sure the page runs inside the frame (streamlit_app.py); see `leave_v1_multipage_mode`."""
    if not st.session_state.get(FRAME_FLAG):
        leave_v1_multipage_mode()


def lang() -> str:
    """The current language (set by the frame before the page runs)."""
    require_frame()
    value = st.session_state.get("lang")
    return value if value in LANGS else browser_lang()
