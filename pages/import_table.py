"""Import a publisher's own table (issue 8 §3): upload, preview of what it changes, apply.

Served only by a server started with `GCM_ENABLE_IMPORT=1` (`indicators.site.served_pages`): it changes the
data for everyone. A thin view: reading, checking, merging and rebuilding are `indicators.importer`'s. The
uploaded file is untrusted: its contents reach the reader only through st.dataframe and st.text.
"""

import datetime as dt

import streamlit as st

from dashboard import data, state
from dashboard.ui import md_escape
from indicators import importer, site
from indicators.i18n import t

lang = state.lang()


def preview_and_apply(upload) -> None:
    """Read the upload, show what it changes and offer to apply it; a bad file shows its problem only."""
    reference = data.table("ref_provinces")
    try:
        imported = importer.read_upload(upload.name, upload.getvalue(), dataset, reference)
    except ValueError as exc:
        st.error(t("import_bad_file", lang), icon=":material/error:")
        st.text(str(exc))
        return
    changes = importer.preview(imported, data.data()[dataset])
    counts = importer.change_counts(changes)
    shown = importer.display_changes(changes, reference, lang)
    st.subheader(t("import_preview", lang))
    st.markdown(t("import_summary", lang, **counts))
    for key, rows in (("import_differs", changes["differs"]), ("import_replaced", changes["current"].notna())):
        st.markdown(f"**{t(key, lang)}**")
        if rows.any():
            st.dataframe(shown[rows.to_numpy()], hide_index=True, key=f"{key}_table")
        else:
            st.caption(t("import_none", lang))
    with st.expander(t("import_all_values", lang)):
        st.dataframe(shown, hide_index=True, key="import_all_table")
    if not url:
        st.caption(t("import_need_url", lang))
    st.button(t("import_apply", lang), type="primary", disabled=not url, key="import_apply",
              on_click=st.session_state.__setitem__, args=("import_requested", True))
    if not st.session_state.pop("import_requested", False):
        return
    try:
        source = importer.import_source(imported, url, accessed.isoformat())
        importer.apply_and_rebuild(imported, source)
    except ValueError as exc:
        st.error(t("import_failed", lang), icon=":material/error:")
        st.text(str(exc))
        return
    # Every page follows by itself: the dashboard's caches are keyed on the hash the rebuilt store records.
    st.session_state["import_done"] = {"n": counts["n"], "file": md_escape(imported.path.name)}
    st.session_state["import_count"] = st.session_state.get("import_count", 0) + 1
    st.rerun()


st.title(t("page_import", lang))
if not site.import_enabled():  # the navigation does not offer the page then; never serve it either
    st.error(t("import_disabled", lang), icon=":material/block:")
else:
    st.caption(t("import_intro", lang))
    st.warning(t("import_maintainer_only", lang), icon=":material/admin_panel_settings:")
    if done := st.session_state.pop("import_done", None):
        st.success(t("import_applied", lang, **done), icon=":material/check_circle:")
    # A new key after each applied import empties the uploader, so that one upload is applied once.
    upload = st.file_uploader(t("import_file", lang), type=[s.lstrip(".") for s in importer.UPLOAD_SUFFIXES],
                              key=f"import_file_{st.session_state.get('import_count', 0)}")
    dataset = st.selectbox(t("import_dataset", lang), list(importer.TARGETS), key="import_dataset",
                           format_func=lambda d: t(importer.TARGET_KEYS[d], lang))
    url = st.text_input(t("import_source_url", lang), key="import_url").strip()
    accessed = st.date_input(t("import_accessed", lang), value=dt.date.today(), max_value=dt.date.today(),
                             key="import_accessed", format="YYYY-MM-DD")
    if upload is None:
        st.info(t("import_waiting", lang), icon=":material/upload_file:")
    else:
        preview_and_apply(upload)
