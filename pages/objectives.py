"""Objectives — one GCM objective, one of its indicators: Türkiye's series, progress, table, map and sources.

Thin view: the selection is read from URL-backed widgets, everything else comes from
`indicators.objective_view`, `indicators.scorecard` and `indicators.charts`.
"""

import dataclasses
import datetime as dt

import streamlit as st

from dashboard import data, exports, state, ui
from indicators import chart_export, chart_text, charts, geo, progress, registry, world_map
from indicators import objective_view as view
from indicators.briefing import BriefingInputs
from indicators.codes import HOME, country_names
from indicators.i18n import STATUS_BADGE_COLOURS, fmt_value, is_translation, status_label, t
from indicators.objective_summary import objective_summary_pdf
from indicators.overview import latest_dated_note, reference_year
from indicators.sources import sources_by_id, tier_counts

lang = state.lang()
st.title(t("page_objectives", lang))
st.caption(t("objectives_intro", lang))

objectives = data.table("ref_objectives")
labels = view.objective_labels(objectives, lang)
objective = state.url_widget(st.selectbox, t("objective", lang), list(labels), "objective", 1,
                             format_func=labels.get)
st.subheader(ui.md_escape(f"{objective}. {view.objective_title(objectives, objective, lang)}"))
if is_translation(lang):
    st.caption(t("unofficial_translation", lang))
ui.cite("un_gcm_ares_73_195")

members = registry.for_objective(objective)
if not members:
    st.info(ui.md_escape(t("objectives_no_indicator", lang, n=objective,
                           title=view.objective_title(objectives, objective, lang))), icon=":material/info:")
else:
    today = dt.date.today()
    st.download_button(
        t("summary_download", lang), help=t("summary_download_help", lang), on_click="ignore",
        data=lambda: objective_summary_pdf(objective, lang, BriefingInputs(
            data.data(), objectives, data.table("ref_countries"), data.built_at(),
            champions=data.table("ref_champions")), today),
        file_name=f"gcm_objective_{objective}_{lang}_{today.isoformat()}.pdf", mime="application/pdf",
        key="objective_summary_pdf", icon=":material/picture_as_pdf:")
    by_id = {i.id: i for i in members}
    # Opens on an indicator with a verdict at the default base year and method (review m11).
    opening = view.default_indicator(members, data.indicator_results(progress.BASE_YEARS[0], progress.OPENSDG, HOME))
    indicator = by_id[state.url_widget(st.selectbox, t("indicator", lang), list(by_id), "indicator",
                                       opening, format_func=lambda i: by_id[i].title(lang))]
    ui.cite(*indicator.source_ids)
    sources = sources_by_id()
    names = country_names(data.table("ref_countries"), lang)

    full = data.query(indicator.id, full=True)
    geo_code = view.series_geo(full)
    geo_full = full[full["geo"] == geo_code] if geo_code else full.iloc[0:0]

    # Disaggregation filters (only the dimensions present in this indicator's data for the geography).
    selection = {}
    options = view.disaggregation_options(geo_full)
    if options:
        cols = st.columns(len(options))
        for col, (dim, codes) in zip(cols, options.items()):
            with col:
                selection[dim] = state.url_widget(
                    st.selectbox, t(view.DIMENSION_KEYS[dim], lang), codes, dim, "",
                    format_func=lambda c, d=dim: view.code_label(d, c, lang, names))
    rows = view.select_rows(geo_full, selection)

    # Progress of the headline series.
    with st.container(border=True):
        c_base, c_method = st.columns(2)
        with c_base:
            base_year = state.url_widget(st.segmented_control, t("objectives_base_year", lang), progress.BASE_YEARS,
                                         "base", 2018, required=True) or 2018
        with c_method:
            method = state.url_widget(st.segmented_control, t("objectives_method", lang), list(progress.METHOD_CODES),
                                      "method", "opensdg", required=True,
                                      format_func=lambda m: view.method_label(m, lang)) or "opensdg"
        heading = (t("objectives_progress_heading", lang) if geo_code in (HOME, None)
                   else t("objectives_progress_geo_heading", lang, geo=view.geo_label(geo_code, lang, names)))
        assessment = data.progress(indicator.id, geo_code or HOME, base_year, progress.METHOD_CODES[method])
        st.badge(status_label(assessment.status, lang), color=STATUS_BADGE_COLOURS[assessment.status],
                 icon=":material/flag:")
        st.markdown(f"**{heading}** · {ui.md_escape(view.progress_text(assessment, indicator, lang))}")
        # The value's own vintage note; else the progress input's flag (behind its publisher's latest year).
        dated = latest_dated_note(data.query(indicator.id), geo_code or HOME, sources_by_id(),
                                  reference_year(data.built_at()), lang)
        result = data.indicator_results(base_year, progress.METHOD_CODES[method], geo_code or HOME)
        result = result[result["indicator_id"] == indicator.id]
        if not dated and not result.empty and bool(result.iloc[0]["dated"]):
            dated = view.dated_text(int(result.iloc[0]["latest_year"]), int(result.iloc[0]["publisher_latest_year"]),
                                    lang)
        if dated:
            st.caption(":material/schedule: " + ui.md_escape(dated))
        card = data.scorecard(base_year, progress.METHOD_CODES[method])
        st.caption(ui.md_escape(view.objective_status_text(card[card["objective"] == objective].iloc[0], lang)))
        st.caption(t("objectives_method_note", lang)
                   + (" " + t("objectives_progress_headline_note", lang) if any(selection.values()) else "")
                   + " " + t("objectives_mapping_note", lang))
        ui.cite("opensdg_progress" if method == "opensdg" else "unsd_progress_chart_2023")

    show_map = indicator.geography == "province" or indicator.comparable
    tab_codes = ["chart", "table"] + (["map"] if show_map else []) + ["about"]
    # Only the open tab is built (switching tabs reruns the page); the open tab is in the URL (`tab=`).
    tabs = state.url_tabs({code: t(f"objectives_tab_{code}", lang) for code in tab_codes}, "tab", "chart")

    if tabs["chart"].open:
        with tabs["chart"]:
            if geo_code is None:
                st.info(t("objectives_no_tur_data", lang), icon=":material/info:")
            elif rows.empty:
                st.info(t("objectives_no_rows", lang), icon=":material/info:")
            else:
                if geo_code != HOME:
                    st.caption(t("objectives_shown_for", lang, geo=view.geo_label(geo_code, lang, names)))
                line = view.chart_values(rows)
                companions = [] if any(selection.values()) else view.concept_companions(indicator, data.indicators())
                drawn = [(indicator.title(lang), line)]
                for other in companions:
                    other_rows = data.query(other.id)
                    drawn.append((other.title(lang), other_rows[other_rows["geo"] == geo_code]))
                plot = view.combined_series(drawn)
                multi = plot["series"].nunique() > 1
                st.markdown(ui.md_escape(view.latest_line(rows, indicator, base_year, lang, sources)))
                title = view.chart_title(indicator, selection, geo_code, lang, names)
                chart = ui.LazyChart(charts.series_chart, plot if multi else line, indicator, lang,
                                     baseline_year=base_year, colour_by="series" if multi else None,
                                     colour_title=t("objectives_series", lang), title=title)
                ui.described_chart(chart, chart_text.chart_sentence(
                    line, indicator, lang, geo_name=view.geo_label(geo_code, lang, names),
                    publisher=chart_text.publisher_of(rows[rows["status"] != "alternative"], sources)))
                exports.chart_downloads(chart, exports.base_name(indicator.id, geo_code), lang, "objectives_chart",
                                        chart_export.caption_for(indicator, rows, lang, title=title, extra_source_ids=[
                                            sid for other in companions for sid in other.source_ids]))
                caption = view.chart_caption((plot if multi else line)["year"], base_year, indicator, lang)
                if caption:
                    st.caption(caption)
                st.caption(t("values_by_tier", lang,
                             tiers=tier_counts(view.chart_source_ids(rows), sources, lang) or "–"))
                if multi:
                    titles = "; ".join(label for label in plot["series"].unique())
                    st.caption(ui.md_escape(t("objectives_concept_caption", lang, titles=titles)))
                    for other in companions:
                        ui.cite(*other.source_ids)
                if view.n_alternatives(rows):
                    st.caption(t("objectives_alternatives_note", lang, n=view.n_alternatives(rows)))

    if tabs["table"].open:
        with tabs["table"]:
            if rows.empty:
                st.info(t("no_data", lang), icon=":material/info:")
            else:
                st.dataframe(view.table_view(rows, indicator, lang, sources), hide_index=True, width="stretch")
            exports.table_downloads(rows, full, indicator.id, lang, "objectives_dl", geo=geo_code or HOME,
                                    indicators=indicator)

    if show_map and tabs["map"].open:
        with tabs["map"]:
            if indicator.geography == "province":
                st.info(t("objectives_map_province", lang), icon=":material/map:")
                st.page_link("pages/maps.py", label=t("objectives_map_link", lang), icon=":material/map:",
                             query_params={"indicator": indicator.id, "lang": lang})
            else:
                headline = world_map.countries_only(data.query(indicator.id))
                year = view.map_year(headline)
                if year is None:
                    st.info(t("no_data", lang), icon=":material/info:")
                else:
                    measure = "absolute"
                    if world_map.has_per_capita(indicator):
                        measure = state.url_widget(
                            st.segmented_control, t("maps_world_measure", lang), world_map.WORLD_MEASURES,
                            "map_measure", "absolute", required=True,
                            format_func=lambda m: t(world_map.WORLD_MEASURE_KEYS[m], lang)) or "absolute"
                    shown = headline[headline["year"] == year]
                    extra_sources = []
                    if measure == "per_1000":
                        shown = world_map.per_1000(shown, data.dataset(world_map.POPULATION_DATASET))
                        extra_sources = [world_map.POPULATION_SOURCE_ID]
                    unit = world_map.measure_unit(indicator, measure)
                    decimals = 1 if measure == "per_1000" else indicator.decimals
                    unit_title = world_map.measure_label(indicator, measure, lang)
                    shapes = geo.with_values(geo.load_geojson(geo.COUNTRIES_FILE), view.map_values(shown, year))
                    for feature in shapes["features"]:
                        code = feature["properties"]["geo"]
                        feature["properties"]["name"] = names.get(code, code)
                    map_title = f"{indicator.title(lang)}, {year}"
                    chart = charts.world_map_chart(shapes, indicator, lang, title=map_title, unit=unit,
                                                   unit_title=unit_title, decimals=decimals)
                    ranked = shown.assign(name=shown["geo"].map(lambda g: view.geo_label(g, lang, names)))
                    ranked = ranked.sort_values("value", ascending=False)
                    measured = dataclasses.replace(indicator, unit=unit, decimals=decimals)
                    ui.described_chart(chart, chart_text.ranking_sentence(ranked, measured, lang, year))
                    st.caption(t("objectives_map_year", lang, year=year) + " " + t("maps_world_turkiye", lang))
                    if measure == "per_1000":
                        st.caption(t("maps_world_per_1000_note", lang))
                        ui.cite(world_map.POPULATION_SOURCE_ID)
                    caption = chart_export.caption_for(indicator, shown, lang, title=map_title,
                                                       extra_source_ids=extra_sources)
                    caption = dataclasses.replace(caption, subtitle=f"{unit_title[:1].upper()}{unit_title[1:]} · {year}")
                    exports.chart_downloads(chart, exports.base_name(indicator.id, f"world_{measure}_{year}"), lang,
                                            "objectives_map_chart", caption)
                    st.dataframe(
                        ranked.assign(value=ranked["value"].map(
                            lambda v: fmt_value(v, unit, lang, decimals)))[["name", "value"]]
                        .rename(columns={"name": t("country", lang), "value": unit_title[:1].upper() + unit_title[1:]}),
                        hide_index=True, width="stretch", height=240)
                    exports.table_downloads(shown, headline, indicator.id, lang, "objectives_map_dl",
                                            geo=f"world_{measure}_{year}", full_geo="world", indicators=indicator)

    if tabs["about"].open:
        with tabs["about"]:
            st.markdown(f"**{t('objectives_about_definition', lang)}**")
            st.markdown(ui.md_escape(indicator.description(lang)))
            if indicator.producer_description:
                st.markdown(f"**{t('objectives_about_producer', lang)}**")
                st.text(indicator.producer_description)
            st.table(view.about_rows(indicator, lang).set_index("field").rename_axis(None)
                     .rename(columns={"value": ""}))
            sdg_url = view.sdg_metadata_url(indicator.sdg)
            if sdg_url:
                st.link_button(f"{t('objectives_about_sdg', lang)} {indicator.sdg}", sdg_url,
                               icon=":material/open_in_new:")
            if indicator.processing(lang):
                st.markdown(f"**{t('objectives_about_processing', lang)}**")
                st.markdown(ui.md_escape(indicator.processing(lang)))
            st.markdown(f"**{t('objectives_about_sources', lang)}**")
            src = view.sources_table(indicator.source_ids, sources, lang)
            st.dataframe(src, hide_index=True, width="stretch",
                         column_config={t("objectives_src_link", lang): st.column_config.LinkColumn()})
