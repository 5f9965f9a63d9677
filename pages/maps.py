"""Maps: provinces of Türkiye, migration corridors, deaths on the routes through Türkiye (pydeck, no tiles).

Thin view: the selection lives in the URL (`map`, `layer`, `measure`, `date`, `flow`, `corridor_year`, `top`,
`deaths_scope`, `deaths_year`, `cause`, `route`: each view its own keys);
everything drawn is built by `indicators.maps`.
"""

import streamlit as st

from dashboard import data, exports, state, ui
from indicators import chart_export, chart_text, map_export, maps, registry
from indicators.codes import HOME
from indicators.geo import COUNTRIES_FILE, PROVINCES_FILE, load_geojson
from indicators.i18n import fmt_number, t, unit_label
from indicators.sources import sources_by_id, tier_counts

lang = state.lang()
st.title(t("page_maps", lang))
st.caption(t("maps_intro", lang))

choice = state.url_widget(st.segmented_control, t("maps_choose", lang), maps.MAPS, "map", "provinces",
                          format_func=lambda m: t(maps.MAP_KEYS[m], lang), required=True)
countries = data.table("ref_countries")
countries_doc = load_geojson(COUNTRIES_FILE)


def show_map(deck, sentence: str, legend_chart, legend_caption: str = "", height: int = maps.HEIGHT) -> None:
    """The map, named by `sentence`, with its legend beside it (below it on a phone)."""
    left, right = st.columns([3, 1])
    with left:
        ui.described_deck(deck, sentence, height)
    with right:
        # An explicit height: in a narrow column Streamlit would otherwise squeeze the rows together.
        st.altair_chart(legend_chart, width="content", height=legend_chart.height + 50)
        if legend_caption:
            st.caption(legend_caption)


def provinces_map() -> None:
    layer = state.url_widget(st.segmented_control, t("maps_layer", lang), list(maps.PROVINCE_LAYERS), "layer",
                             "foreign", format_func=lambda m: t(maps.LAYER_KEYS[m], lang), required=True)
    measures = list(maps.PROVINCE_LAYERS[layer])
    measure = "absolute"
    if len(measures) > 1:
        measure = state.url_widget(st.segmented_control, t("maps_measure", lang), measures, "measure",
                                   "absolute", format_func=lambda m: t(maps.MEASURE_KEYS[m], lang), required=True)
    indicator = registry.get(maps.province_indicator(layer, measure))
    result = data.query(indicator.id, full=True)
    dates = maps.province_dates(result)
    counts = maps.provinces_per_date(result)
    key = state.url_widget(st.selectbox, t("maps_date", lang), dates, "date", maps.default_province_date(result),
                           format_func=lambda d: t("maps_date_option", lang, date=maps.key_label(d, lang),
                                                   n=counts[d]))
    snapshot = maps.province_snapshot(result, data.table("ref_provinces"), key)
    provinces, legend = maps.province_map_frame(snapshot, key, lang, indicator.unit, indicator.decimals,
                                                maps.fixed_class_breaks(result))

    st.subheader(indicator.title(lang))
    st.caption(ui.md_escape(indicator.description(lang)))
    st.caption(t(maps.LAYER_NOTE_KEYS[layer], lang))
    st.caption(t("maps_provinces_reported", lang, n=int(snapshot["reported"].sum())))
    deck = maps.province_deck(provinces, load_geojson(PROVINCES_FILE), countries_doc)
    sentence = chart_text.province_map_sentence(snapshot, indicator, maps.key_label(key, lang), lang)
    show_map(deck, sentence, maps.swatch_legend_chart(legend, t("maps_legend", lang)), t("maps_classes", lang),
             height=maps.PROVINCE_HEIGHT)
    title = f"{indicator.title(lang)}, {maps.key_label(key, lang)}"
    exports.chart_downloads(ui.LazyChart(map_export.province_chart, provinces, legend, load_geojson(PROVINCES_FILE),
                                       t("maps_legend", lang)),
                            exports.base_name("map_provinces", f"{layer}_{measure}_{key}"), lang, "maps_provinces_image",
                            chart_export.caption_for(indicator, snapshot[snapshot["reported"]], lang, title=title,
                                                     extra_source_ids=["osm_tr_provinces"]))
    if indicator.derived:
        st.caption(ui.md_escape(indicator.processing(lang)))
    shown_sources = sorted(set(snapshot["source_id"]) - {""})
    # Tier words are the project's own strings, not data text.
    st.caption(t("maps_shown_tiers", lang, tiers=tier_counts(
        list(snapshot.loc[snapshot["reported"], "source_id"]), sources_by_id(), lang) or "–"))

    st.subheader(t("maps_table", lang))
    st.dataframe(maps.province_display(provinces, lang), hide_index=True, width="stretch")
    exports.table_downloads(snapshot, result, indicator.id, lang, "maps_dl_provinces", geo=f"provinces_{key}",
                            full_geo="provinces", indicators=indicator)
    extra = ("tuik_adnks_2023_provinces",) if measure == "per_1000" else ()
    ui.cite(*shown_sources, *extra, "osm_tr_provinces", "natural_earth_110m")


def corridors_map() -> None:
    bilateral = data.dataset("undesa_bilateral_tur")
    flow = state.url_widget(st.segmented_control, t("maps_flow", lang), maps.FLOWS, "flow", "in",
                            format_func=lambda f: t(maps.FLOW_KEYS[f], lang), required=True)
    years = maps.corridor_years(bilateral, flow)
    left, right = st.columns(2)
    with left:
        year = state.url_widget(st.selectbox, t("year", lang), years, "corridor_year", years[0])
    with right:
        top_n = state.url_widget(st.selectbox, t("maps_top", lang), [10, 15, 25, 50], "top", 15)
    table = maps.corridors(bilateral, countries, flow, year, lang)
    arcs = maps.corridor_arcs(table, countries, flow, top_n, lang)

    st.caption(t(maps.CORRIDOR_NOTE_KEYS[flow], lang))
    show_map(maps.corridor_deck(arcs, countries_doc, countries, flow),
             chart_text.corridor_map_sentence(arcs, t(f"maps_flow_{flow}", lang), year, lang),
             maps.swatch_legend_chart(maps.arc_legend(flow, lang), t("maps_legend", lang)),
             t("maps_arc_width", lang) + " " + t("maps_corridor_labels", lang, n=min(maps.LABELS, len(arcs))))
    persons = unit_label("persons", lang)
    exports.chart_downloads(
        ui.LazyChart(map_export.corridor_chart, arcs, countries, countries_doc, flow, lang),
        exports.base_name("map_corridors", f"{flow}_{year}"), lang, "maps_corridors_image",
        map_export.map_caption(f"{t(maps.FLOW_KEYS[flow], lang)}, {year}", f"{persons[:1].upper()}{persons[1:]} · {year}",
                               [*sorted(set(arcs.merge(table[['geo', 'source_id']], on='geo')['source_id'])),
                                "natural_earth_110m"], lang))
    not_drawn = maps.not_drawn_text(int((~table["on_map"]).sum()), lang)
    if not_drawn:
        st.caption(not_drawn)

    st.subheader(t("maps_table", lang))
    st.dataframe(maps.corridor_display(table, lang), hide_index=True, width="stretch")
    exports.table_downloads(table, maps.flow_series(bilateral, flow), f"undesa_bilateral_{flow}", lang,
                            "maps_dl_corr", geo=str(year), full_geo=HOME)
    ui.cite(*sorted(set(table["source_id"])), "iso3166_cldr_names", "natural_earth_110m")


def deaths_map() -> None:
    all_incidents = data.table("mmp_incidents")
    scope = state.url_widget(st.segmented_control, t("maps_scope", lang), maps.DEATH_SCOPES, "deaths_scope", "routes",
                             format_func=lambda s: t(maps.SCOPE_KEYS[s], lang), required=True)
    incidents = maps.scope_incidents(all_incidents, scope)
    left, mid, right = st.columns([1, 2, 2])
    with left:
        year = state.url_widget(st.selectbox, t("year", lang), ["all", *maps.incident_years(incidents)],
                                "deaths_year",
                                "all", format_func=lambda y: t("maps_year_all", lang) if y == "all" else str(y))
    with mid:
        causes = state.url_widget(st.multiselect, t("maps_cause", lang), maps.cause_codes(incidents), "cause", [],
                                  multi=True, format_func=lambda c: maps.cause_label(c, lang),
                                  placeholder=t("maps_all", lang))
    with right:
        routes = state.url_widget(st.multiselect, t("maps_route", lang), maps.route_codes(incidents), "route", [],
                                  multi=True, format_func=lambda r: maps.route_label(r, lang),
                                  placeholder=t("maps_all", lang))
    shown = maps.filter_incidents(incidents, None if year == "all" else year, causes, routes)
    totals = maps.incident_totals(shown)

    cols = st.columns(4)
    for col, (key, label) in zip(cols, [("incidents", "maps_total_incidents"), ("dead", "maps_col_dead"),
                                         ("missing", "maps_col_missing"),
                                         ("dead_and_missing", "maps_col_dead_missing")], strict=True):
        col.metric(t(label, lang), fmt_number(totals[key], lang))
    year_shown = None if year == "all" else year
    if scope == "routes":
        st.caption(t("maps_scope_routes_note", lang))
        if not causes and not routes:
            st.caption(maps.headline_comparison(data.query(maps.HEADLINE_DEATHS), year_shown,
                                                totals["dead_and_missing"], lang))
    else:
        st.caption(t("maps_scope_region_note", lang))
        added = maps.wider_scope_additions(all_incidents, year_shown, lang)
        if added:
            st.caption(t("maps_scope_region_adds", lang, added=added))
    st.caption(t("maps_iom_note", lang))
    points = maps.incident_points(shown, countries, lang)
    provinces_doc = load_geojson(PROVINCES_FILE)
    period = t("maps_year_all", lang) if year == "all" else str(year)
    show_map(maps.incident_deck(points, countries_doc, provinces_doc),
             chart_text.deaths_map_sentence(totals, f"{t('maps_map_deaths', lang)}, {period}", lang),
             maps.size_legend_chart(lang))
    exports.chart_downloads(
        ui.LazyChart(map_export.incident_chart, points, countries_doc, provinces_doc),
        exports.base_name("map_deaths", f"{scope}_{year}"), lang, "maps_deaths_image",
        map_export.map_caption(f"{t('maps_map_deaths', lang)}: {t(maps.SCOPE_KEYS[scope], lang)}, {period}",
                               f"{t('maps_col_dead_missing', lang)} · {period}",
                               [*sorted(set(shown["source_id"])), "natural_earth_110m"], lang))

    st.subheader(t("maps_table", lang))
    if shown.empty:
        st.info(t("maps_no_incidents", lang))
    st.dataframe(maps.incident_table(shown, countries, lang), hide_index=True, width="stretch")
    exports.table_downloads(shown, incidents, "mmp_incidents", lang, "maps_dl_incidents", geo=str(year),
                            full_geo="TUR_region")
    ui.cite(*sorted(set(shown["source_id"])), "natural_earth_110m", "osm_tr_provinces")


{"provinces": provinces_map, "corridors": corridors_map, "deaths": deaths_map}[choice]()
