"""The state of the data store, shown by the frame before every page: no store → a short message and stop;
curated files changed but invalid → a notice (the problems, by file, row and column, for maintainers); changed
and valid but not built → a hint. Visitors always get the last good store, never an exception."""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from dashboard import data
from indicators.i18n import fmt_date, t

log = logging.getLogger(__name__)
SHOWN_PROBLEMS = 30


def data_status(lang: str) -> None:
    """Install the store's source registry for the pages and show the notice that fits; `st.stop()` when
    there is no store to serve."""
    try:
        data.serve_sources()
        state, issues = data.curated_state()
    except data.StoreUnavailable:
        log.error("no data store to serve; run `python -m indicators build`", exc_info=True)
        st.error(t("store_unavailable", lang), icon=":material/cloud_off:")
        st.stop()
    if state == "invalid":
        built = data.built_at()
        st.sidebar.warning(t("store_data_invalid", lang, built=fmt_date(built, lang) if built else "–"),
                           icon=":material/warning:")
        with st.sidebar.expander(t("store_data_invalid_details", lang, n=len(issues))):
            lines = [str(issue).replace(issue.file, Path(issue.file).name, 1) for issue in issues[:SHOWN_PROBLEMS]]
            if len(issues) > SHOWN_PROBLEMS:
                lines.append(f"… +{len(issues) - SHOWN_PROBLEMS}")
            st.text("\n".join(lines))  # plain text: file contents are never parsed as Markdown
    elif state == "not_built":
        st.sidebar.caption(t("store_data_not_built", lang))
