"""View state shared through the URL (`lang`, `objective`, `indicator`, `peers`, `deaths_year`, ...).

Each URL-backed widget takes its value from the query parameter when it appears (a new session, a link, a
page switch), falls back quietly to the last value chosen in the session and then to the default when the
URL value is not one of its options, and writes its value back on every run, so a copied link reopens the
same view. Codes go in the URL (ISO3, objective numbers, indicator ids), never display names.

Why not Streamlit's own `bind="query-params"`: a bound selectbox, radio, segmented control or multiselect
keeps the *displayed label* (the `format_func` text) in the URL and validates the URL against those labels,
so links would carry "Emigrant stock (persons born …)" instead of `emigrant_stock` and would break when the
language changes. Only the free-text search of the Data page is bound that way.

The class of bug this module guards against: a keyed widget keeps its browser-side value when its options or
their labels change (another objective, another language), because the key alone is its identity. Deleting
the state or passing a new `index` does not reach the browser. So whenever the widget (re)appears or its
labels change, its value is set explicitly through `st.session_state[key]`, which Streamlit sends to the
browser together with the new labels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitAPIException

from indicators.i18n import DEFAULT_LANG, LANGS

LANG_NAMES = {"tr": "Türkçe", "en": "English"}
_KEPT = "_kept_"  # the value the widget returned last (codes), kept when a page hides the widget
_SEEN = "_seen_"  # (run number, labels) of the last run that drew the widget
_RUN = "_url_run"  # the number of the current run of the frame
_DRAWN = "_url_drawn"  # URL keys of the widgets drawn in this run


def browser_lang() -> str:
    """The interface language the browser asks for (`tr` for `tr-TR`), else the default (English)."""
    locale = (st.context.locale or "").lower()
    return next((lang for lang in LANGS if locale.startswith(lang)), DEFAULT_LANG)


def begin_run() -> None:
    """Start a run of the frame: count it and forget which widgets were drawn (see `end_run`)."""
    st.session_state[_RUN] = st.session_state.get(_RUN, 0) + 1
    st.session_state[_DRAWN] = set()


def end_run() -> None:
    """Drop from the URL every parameter that no widget of this run drew, so the parameters of one view (the
    province map's `measure` and `date`, an empty `sex=` of another indicator) do not travel into another.
    A page reads its parameters through `url_widget`; parameters bound by Streamlit itself
    (`bind="query-params"`) are left to Streamlit."""
    drawn = st.session_state.get(_DRAWN, set())
    for key in [k for k in st.query_params if k not in drawn]:
        try:
            del st.query_params[key]
        except StreamlitAPIException:  # bound to a widget by Streamlit: it manages the parameter
            pass


def _from_url(key: str, options: Sequence[Any], multi: bool) -> Any:
    """The URL's value for `key` as an option (a list of options if `multi`), or None when the URL has no
    usable value. `?key=` for a multiselect is an explicit empty choice."""
    if key not in st.query_params:
        return None
    by_text = {str(o): o for o in options}
    if multi:
        parts = [v for part in st.query_params.get_all(key) for v in part.split(",") if v]
        chosen = [by_text[v] for v in dict.fromkeys(parts) if v in by_text]
        return chosen if chosen or not parts else None
    return by_text.get(st.query_params.get(key))


def _to_url(key: str, value: Any, multi: bool, default: Any) -> None:
    """Write the value's codes to the URL; an empty value that is also the default leaves the URL."""
    text = ",".join(str(v) for v in value) if multi else ("" if value is None else str(value))
    if text == "" and default in ("", None, [], ()):
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != text:
        st.query_params[key] = text
    st.session_state.setdefault(_DRAWN, set()).add(key)


def url_widget(widget: Callable[..., Any], label: str, options: Sequence[Any], key: str, default: Any,
               multi: bool = False, **kwargs: Any) -> Any:
    """Render `widget` (st.selectbox, st.radio, st.segmented_control, st.multiselect, ... or their
    st.sidebar versions) with its value kept in the query parameter `key`. Returns the selected value(s).

    A multiselect's value is cut to its `max_selections`; no URL value raises."""
    options = list(options)
    format_func = kwargs.get("format_func") or str
    labels = tuple(str(format_func(o)) for o in options)
    limit = kwargs.get("max_selections") if multi else None

    def usable(value: Any) -> Any:
        """`value` as a valid widget value, or None."""
        if multi:
            if not isinstance(value, (list, tuple)):
                return None
            chosen = [v for v in value if v in options]
            return chosen[:limit] if limit else chosen
        return value if value in options else None

    run = st.session_state.get(_RUN, 0)
    current = st.session_state.get(key)
    drawn_as_before = st.session_state.get(_SEEN + key) == (run - 1, labels)  # drawn last run, same labels
    valid = key in st.session_state and usable(current) is not None and usable(current) == current
    if not (drawn_as_before and valid):
        # The widget (re)appears, its options or labels changed, or its value is not one of its options:
        # URL, else the last value chosen in this session, else the default, set explicitly so the browser
        # shows the value the page uses.
        candidates = (_from_url(key, options, multi), st.session_state.get(_KEPT + key), default)
        fallback = [] if multi else (options[0] if options else None)
        st.session_state[key] = next((v for v in map(usable, candidates) if v is not None), fallback)
    value = widget(label, options=options, key=key, **kwargs)
    st.session_state[_KEPT + key] = value
    st.session_state[_SEEN + key] = (run, labels)
    _to_url(key, value, multi, default)
    return value


def url_tabs(labels: dict[str, str], key: str, default: str) -> dict[str, Any]:
    """`st.tabs` with the open tab kept in the query parameter `key` as its code (`labels`: code → label)
    so that a page builds only the open tab's content: returns code → tab container, whose `.open` says
    whether it is the open one. Switching tabs reruns the page (`on_change="rerun"`). An unknown URL value falls back
    quietly to the tab open last in the session, then to `default`.

    Streamlit keeps the *label* as the tabs' value; the label changes with the language, so the value is set
    explicitly whenever the tabs (re)appear or their labels change, as `url_widget` does."""
    codes = list(labels)
    texts = tuple(labels[c] for c in codes)
    by_label = {text: code for code, text in labels.items()}
    run = st.session_state.get(_RUN, 0)
    drawn_as_before = st.session_state.get(_SEEN + key) == (run - 1, texts)
    if not (drawn_as_before and st.session_state.get(key) in by_label):
        url_value = _from_url(key, codes, multi=False)
        code = next((c for c in (url_value, st.session_state.get(_KEPT + key), default) if c in labels), codes[0])
        st.session_state[key] = labels[code]
    containers = st.tabs(list(texts), key=key, on_change="rerun")
    code = by_label.get(st.session_state.get(key), codes[0])
    st.session_state[_KEPT + key] = code
    st.session_state[_SEEN + key] = (run, texts)
    _to_url(key, code, False, default)
    return dict(zip(codes, containers, strict=True))


def language_selector() -> str:
    """The language switch (sidebar), kept in `?lang=`; default from the browser locale."""
    choice = url_widget(st.sidebar.radio, "Dil / Language", LANGS, "lang", browser_lang(),
                        format_func=LANG_NAMES.__getitem__, horizontal=True)
    return choice if choice in LANGS else DEFAULT_LANG


FRAME_FLAG = "_frame_running"
LOADED_FLAG = "_page_loaded"


def open_page(page: Any) -> None:
    """Switch to `page` (an st.Page) with the current query parameters: the app's root address opens the
    default page at its own path, so every page lives at the path the page registry declares."""
    st.switch_page(page, query_params=st.query_params.to_dict())


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
