"""Data and sources: the searchable catalogue of indicators, the curated datasets, the source records, the
progress method with its thresholds, and every download (all data as a zip, metadata.csv, sources.csv)."""

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import data, state, ui
from dashboard.state import url_widget
from indicators import catalogue
from indicators.export import csv_bytes, indicator_metadata, sources_frame, zip_all
from indicators.i18n import fmt_number, is_translation, lang_column, t
from indicators.paths import PROJECT_ROOT
from indicators.sources import KIND_KEYS, TIER_KEYS, TIERS

lang = state.lang()
today = dt.date.today().isoformat()


@st.cache_data(show_spinner=False, max_entries=4)
def _catalogue(digest: str, lang: str) -> pd.DataFrame:
    return catalogue.catalogue_frame(data.data(), lang)


@st.cache_data(show_spinner=False, max_entries=2)
def _datasets(digest: str) -> pd.DataFrame:
    return catalogue.datasets_frame(data.data())


@st.cache_data(show_spinner=False, max_entries=4)
def _tiers(digest: str, lang: str) -> pd.DataFrame:
    return catalogue.tier_frame(data.data(), lang)


def _numbers(values: pd.Series) -> list[str]:
    return [fmt_number(None if pd.isna(v) else float(v), lang) for v in values]


st.title(t("page_data", lang))
st.caption(t("data_intro", lang))

st.subheader(t("data_download_heading", lang))
col_zip, col_meta, col_src = st.columns(3)
with col_zip:
    st.download_button(t("data_download_all", lang), data=lambda: zip_all(data.data()),
                       file_name=f"gcm_turkiye_all_{today}.zip", mime="application/zip", on_click="ignore",
                       key="data_dl_zip", icon=":material/folder_zip:", type="primary",
                       help=t("data_download_all_help", lang))
with col_meta:
    st.download_button(t("data_download_metadata", lang), data=lambda: csv_bytes(indicator_metadata()),
                       file_name="metadata.csv", mime="text/csv", on_click="ignore", key="data_dl_metadata",
                       icon=":material/download:")
with col_src:
    st.download_button(t("data_download_sources", lang), data=lambda: csv_bytes(sources_frame()),
                       file_name="sources.csv", mime="text/csv", on_click="ignore", key="data_dl_sources",
                       icon=":material/download:")

# Only the open tab is built (switching tabs reruns the page); the open tab is in the URL (`section=`), so a
# link can open the progress method directly.
tabs = state.url_tabs({code: t(key, lang) for code, key in catalogue.SECTION_KEYS.items()}, "section", "indicators")

if tabs["indicators"].open:
    with tabs["indicators"]:
        objectives = data.table("ref_objectives")
        short = dict(zip(objectives["objective"], objectives[lang_column("short", lang)]))
        publishers = {p.code: p.name(lang) for p in catalogue.PUBLISHERS}
        query = st.text_input(t("data_search", lang), key="q", bind="query-params",
                              placeholder=t("data_search_placeholder", lang), icon=":material/search:") or ""
        col_obj, col_pub = st.columns(2)
        with col_obj:
            objective = url_widget(st.selectbox, t("data_filter_objective", lang), [0, *range(1, 24)],
                                   "data_objective", 0,
                                   format_func=lambda o: t("data_all", lang) if o == 0 else f"{o} · {short.get(o, '')}")
        with col_pub:
            publisher = url_widget(st.selectbox, t("data_filter_publisher", lang), ["", *catalogue.PUBLISHER_CODES],
                                   "publisher", "", format_func=lambda c: publishers.get(c, t("data_all", lang)))
        if is_translation(lang):
            st.caption(t("unofficial_translation", lang))
        full = _catalogue(data.digest(), lang)
        found = catalogue.filter_catalogue(full, query, objective, publisher)
        st.caption(t("data_n_indicators", lang, n=len(full), shown=len(found), total=len(full)))
        if found.empty:
            st.info(t("data_no_match", lang))
        else:
            st.dataframe(pd.DataFrame({
                t("data_col_id", lang): found["id"],
                t("data_col_title", lang): found["title"],
                t("data_col_objectives", lang): found["objectives"],
                t("data_col_sdg", lang): found["sdg"],
                t("data_col_unit", lang): found["unit"],
                t("data_col_years", lang): catalogue.year_spans(found["first_year"], found["last_year"]),
                t("data_col_geos", lang): _numbers(found["geos"]),
                t("data_col_publishers", lang): found["publishers"].map(
                    lambda codes: ", ".join(publishers[c] for c in codes.split(";") if c)),
            }), hide_index=True, width="stretch", key="data_catalogue")
        st.caption(t("data_catalogue_caption", lang))

if tabs["tiers"].open:
    with tabs["tiers"]:
        st.caption(t("tier_help", lang))
        tiers = _tiers(data.digest(), lang)
        tier_names = {tier: t(TIER_KEYS[tier], lang) for tier in TIERS}
        shown_tiers = tiers.rename(columns={"title": t("data_col_title", lang), **tier_names,
                                            "publisher_table": t("data_col_publisher_table", lang),
                                            "publisher_table_url": t("data_col_publisher_table_url", lang)})
        st.dataframe(shown_tiers.drop(columns=["id"]), hide_index=True, width="stretch", key="data_tiers",
                     column_config={t("data_col_publisher_table_url", lang): st.column_config.LinkColumn()})
        st.caption(t("data_tiers_caption", lang))

if tabs["datasets"].open:
    with tabs["datasets"]:
        sets = _datasets(data.digest())
        st.dataframe(pd.DataFrame({
            t("data_col_dataset", lang): sets["dataset"],
            t("data_col_rows", lang): _numbers(sets["rows"]),
            t("data_col_years", lang): catalogue.year_spans(sets["first_year"], sets["last_year"]),
            t("data_col_geos", lang): _numbers(sets["geos"]),
            t("data_col_n_sources", lang): _numbers(sets["n_sources"]),
            t("data_col_rows_by_tier", lang): sets["tiers_" + lang],
        }), hide_index=True, width="stretch", key="data_datasets")
        st.caption(t("data_datasets_caption", lang))

if tabs["sources"].open:
    with tabs["sources"]:
        source_query = st.text_input(t("data_search_sources", lang), key="source_q",
                                     placeholder=t("data_search_sources_placeholder", lang), icon=":material/search:")
        records = catalogue.source_records(query=source_query or "", lang=lang)
        total = len(catalogue.source_records())
        st.caption(t("data_n_sources", lang, n=total, shown=len(records), total=total))
        st.dataframe(pd.DataFrame({
            t("data_col_publisher", lang): records["publisher"],
            t("data_col_quoted", lang): records["quoted_publisher"],
            t("data_col_title", lang): records["title"],
            t("data_col_url", lang): records["url"],
            t("data_col_version", lang): records["vintage"],
            t("data_col_accessed", lang): records["date_accessed"],
            t("data_col_licence", lang): records["licence"],
            t("data_col_licence_derived", lang): records["licence_derived"],
            t("data_col_citation", lang): records["citation"],
            t("data_col_kind", lang): records["kind"].map(lambda k: t(KIND_KEYS[k], lang)),
            t("tier", lang): records["tier"].map(lambda k: t(TIER_KEYS[k], lang)),
        }), hide_index=True, width="stretch", key="data_sources",
            column_config={t("data_col_url", lang): st.column_config.LinkColumn()})
        st.caption(t("data_sources_caption", lang))

if tabs["method"].open:
    with tabs["method"]:
        st.subheader(t("data_thresholds_heading", lang))
        thresholds = catalogue.thresholds_frame(lang)
        st.dataframe(thresholds.rename(columns={
            "method": t("data_col_method", lang), "case": t("data_col_case", lang),
            "status": t("data_col_status", lang), "condition": t("data_col_condition", lang)}),
            hide_index=True, width="stretch", key="data_thresholds", height=35 * (len(thresholds) + 1) + 3)
        st.caption(t("data_thresholds_caption", lang))
        st.subheader(t("data_method_heading", lang))
        if is_translation(lang):
            st.caption(t("data_method_english_only", lang))
        with st.container(border=True):
            # Our own reviewed document (not data), so it is rendered as Markdown.
            st.markdown((PROJECT_ROOT / "docs" / "progress-method.md").read_text(encoding="utf-8"))
        ui.cite("opensdg_progress", "unsd_progress_chart_2023")

if tabs["mapping"].open:
    with tabs["mapping"]:
        st.markdown(t("data_mapping_intro", lang))
        mapping = catalogue.mapping_frame(data.table("ref_sdg_gcm"), lang)
        st.dataframe(mapping.rename(columns={
            "sdg": t("data_col_mapping_sdg", lang), "title": t("data_col_mapping_title", lang),
            "objectives": t("data_col_mapping_objectives", lang),
            "direction_or_target": t("data_col_mapping_direction", lang),
            "dashboard": t("data_col_mapping_dashboard", lang), "caveat": t("data_col_mapping_caveat", lang),
            "status": t("data_col_mapping_status", lang)}),
            hide_index=True, width="stretch", key="data_mapping")
        st.caption(t("data_mapping_english", lang))
        ui.cite(*data.table("ref_sdg_gcm")["source_id"].unique())
