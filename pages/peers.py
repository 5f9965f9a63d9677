"""Peers — Türkiye against the GCM Champion Countries (or chosen countries) and the world, per indicator.

Thin view: the selection is read from URL-backed widgets; rankings, series and charts come from
`indicators.peers`.
"""

import streamlit as st

from dashboard import data, exports, state, ui
from dashboard.ui import md_escape
from indicators import chart_export, chart_text, peers, registry
from indicators.charts import ranking_chart
from indicators.codes import HOME, country_names
from indicators.i18n import fmt_number, fmt_value, t
from indicators.sources import sources_by_id


def _ranked_chart(shown, world, indicator, lang):
    """The ranking bars with the world line (built once per content: ui.LazyChart)."""
    return peers.ranking_with_world(ranking_chart(shown, indicator, lang), world, indicator, lang)


lang = state.lang()
st.title(t("page_peers", lang))
st.caption(t("peers_intro", lang))


def _swap_indicator(pair: tuple[str, str]) -> None:
    """Toggle callback: switch the indicator to the other member of its per-capita pair."""
    absolute, relative = pair
    st.session_state["indicator"] = relative if st.session_state.get("per_capita") else absolute


def _reset_peers(champions: list[str]) -> None:
    st.session_state["peers"] = champions


indicator_ids = peers.comparable_indicators()
controls = st.columns([3, 1])
with controls[0]:
    indicator_id = state.url_widget(st.selectbox, t("indicator", lang), indicator_ids, "indicator", "refugees_hosted",
                                    format_func=lambda i: registry.get(i).title(lang))
pair = peers.per_capita_pair(indicator_id)
if pair:
    st.session_state["per_capita"] = indicator_id == pair[1]
    st.toggle(t("peers_per_capita", lang), key="per_capita", on_change=_swap_indicator, args=(pair,),
              help=t("peers_per_capita_help", lang, absolute=registry.get(pair[0]).title(lang),
                     relative=registry.get(pair[1]).title(lang)))
indicator = registry.get(indicator_id)

frame = data.query(indicator_id)
names = country_names(data.table("ref_countries"), lang)
champions_table = data.table("ref_champions")
champions = peers.champion_codes(champions_table)
years = peers.years_with_data(frame)
if not years:
    st.info(t("peers_no_indicator_data", lang))
    st.stop()

with controls[1]:
    year = state.url_widget(st.selectbox, t("year", lang), years, "year", peers.default_year(frame), format_func=str)

options = peers.peer_options(frame, names, lang)
champion_peers = peers.default_peers(champions, options)
peer_col, reset_col = st.columns([3, 1], vertical_alignment="bottom")
with peer_col:
    chosen = state.url_widget(st.multiselect, t("peers_select_peers", lang), options, "peers", champion_peers,
                              multi=True, format_func=lambda g: names.get(g, g), help=t("peers_select_help", lang))
with reset_col:
    st.button(t("peers_reset", lang), on_click=_reset_peers, args=(champion_peers,), icon=":material/restart_alt:",
              key="peers_reset", width="stretch")
st.caption(peers.champions_caption(chosen, champion_peers, len(champions), peers.champions_as_of(champions_table),
                                   len(peers.champions_with_data(champions, frame)), lang))
ui.cite(*indicator.source_ids, "un_network_champions", "iso3166_cldr_names")

# Ranking in the chosen year
st.subheader(t("peers_ranking_heading", lang, year=year))
members_only = st.toggle(t("peers_members_only", lang), key="members_only", help=t("peers_members_only_help", lang))
among = peers.un_member_states() if members_only else None
if members_only:
    ui.cite(peers.UN_MEMBERS_SOURCE)
table = peers.ranking(frame, year, chosen, among=among)
everyone = peers.ranking_all(frame, year, among)
world = peers.world_value(frame, year)
labels = peers.source_publishers(frame["source_id"])
st.caption(t("peers_ranking_caption_members" if members_only else "peers_ranking_caption", lang,
             n_all=fmt_number(len(everyone), lang), year=year))
if world is None:
    st.caption(t("peers_world_none", lang, year=year))
else:
    world_key = ("peers_world_value_derived" if peers.world_value_derived(frame, year, indicator)
                 else "peers_world_value")
    st.markdown(t(world_key, lang, year=year,
                  value=md_escape(fmt_value(world, indicator.unit, lang, indicator.decimals))))
shown = peers.with_names(table[table["value"].notna()], names)
chart_tab, table_tab = st.tabs([t("peers_chart", lang), t("peers_table", lang)])
with chart_tab:
    if shown.empty:
        st.info(t("peers_no_year_data", lang, year=year))
    else:
        ranked_chart = ui.LazyChart(_ranked_chart, shown, world, indicator, lang)
        ui.described_chart(ranked_chart, chart_text.ranking_sentence(
            shown, indicator, lang, year, publisher=chart_text.publisher_of(shown, sources_by_id())))
        exports.chart_downloads(ranked_chart, exports.base_name(f"{indicator_id}_ranking", f"peers_{year}"), lang,
                                "peers_ranking_chart", chart_export.caption_for(indicator, shown, lang, title=(
                                    chart_export.titled(indicator.title(lang), [str(year)]))))
with table_tab:
    st.dataframe(peers.ranking_display(table, names, indicator, lang, len(everyone), labels, members_only),
                 hide_index=True, width="stretch")
exports.table_downloads(peers.with_names(table, names), peers.with_names(everyone, names), indicator_id, lang,
                        "peers_dl_ranking", geo="peers", indicators=indicator,
                        labels=("peers_download_ranking_shown", "peers_download_ranking_full"))

# Series of the selected countries
series = peers.with_names(peers.peer_series(frame, chosen), names)
st.subheader(t("peers_series_heading", lang))
st.caption(t("peers_series_caption", lang))
mode = state.url_widget(st.segmented_control, t("peers_highlight", lang), list(peers.HIGHLIGHT_MODES), "highlight",
                        "top5", required=True, format_func=lambda m: t(peers.HIGHLIGHT_KEYS[m], lang),
                        help=t("peers_highlight_help", lang)) or "top5"
chart_tab, table_tab = st.tabs([t("peers_chart", lang), t("peers_table", lang)])
with chart_tab:
    series_chart = ui.LazyChart(peers.peer_series_chart, series, indicator, lang,
                                highlight=peers.highlighted(series, mode))
    home = series[series["geo"] == HOME]
    ui.described_chart(series_chart, chart_text.chart_sentence(
        home, indicator, lang, geo_name=names.get(HOME, HOME),
        publisher=chart_text.publisher_of(home, sources_by_id())))
    series_title = chart_export.titled(indicator.title(lang), [
        t("peers_series_geo", lang, n=series["geo"].nunique() - 1)])
    exports.chart_downloads(series_chart, exports.base_name(indicator_id, "peers"), lang, "peers_series_chart",
                            chart_export.caption_for(indicator, series, lang, title=series_title))
with table_tab:
    st.dataframe(peers.series_display(series, names, indicator, lang, labels), hide_index=True, width="stretch")
exports.table_downloads(series, data.query(indicator_id, full=True), indicator_id, lang, "peers_dl_series",
                        geo="peers", indicators=indicator,
                        labels=("peers_download_series_shown", "peers_download_series_full"))
