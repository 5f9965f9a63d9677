"""National and international figures: the same concept from national and international publishers, side by
side, with definitions, vintages, alternative national values and recorded source disagreements."""

import pandas as pd
import streamlit as st

from dashboard import data, exports, state, ui
from dashboard.state import url_widget
from indicators import comparison as cmp
from indicators import chart_export, chart_text, registry
from indicators.codes import HOME
from indicators.i18n import fmt_date, fmt_number, t
from indicators.text.national import conflict_topic
from indicators.sources import http_url, source_label, source_tier_label, sources_by_id, tier_counts

lang = state.lang()
sources = sources_by_id()
st.title(t("page_national", lang))
st.caption(t("national_intro", lang))

concept = url_widget(st.selectbox, t("national_concept", lang), [c.concept for c in cmp.COMPARISONS], "concept",
                     cmp.COMPARISONS[0].concept, format_func=lambda c: cmp.comparison(c).title(lang))
comp = cmp.comparison(concept)

headline = {i: data.query(i) for i in comp.indicator_ids}
long = cmp.series_frame(comp, headline)
labels = cmp.series_labels(comp, long, sources, lang)
unit = registry.get(comp.reference.indicator_id).unit

with st.container(border=True):
    st.markdown(f"**{t('national_what_differs', lang)}**")
    st.write(comp.difference(lang))

st.subheader(t("national_chart_heading", lang))
start = cmp.chart_start(long)
charted = long[long["year"] >= start] if start is not None else long
comparison_chart = ui.LazyChart(cmp.comparison_chart, charted, dict(labels), comp, lang, unit)
ui.described_chart(comparison_chart, chart_text.chart_sentence(
    charted[charted["series"] == comp.reference.key], registry.get(comp.reference.indicator_id), lang,
    publisher=comp.reference.publisher(lang)))
exports.chart_downloads(comparison_chart, exports.base_name(concept, HOME), lang, "national_chart",
                        chart_export.caption_for(registry.get(comp.reference.indicator_id), charted, lang,
                                                 title=chart_export.titled(comp.title(lang), ["Türkiye"])))
st.caption(t("national_chart_caption", lang, start=start or ""))
st.caption(t("values_by_tier", lang, tiers=tier_counts(list(charted["source_id"]), sources, lang) or "–"))
for s in comp.series:
    if s.related:
        st.caption(t("national_related_note", lang, series=ui.md_escape(labels[s.key])))

st.subheader(t("national_table_heading", lang))
table = cmp.comparison_table(long, comp)
st.dataframe(cmp.display_table(table, comp, labels, lang), hide_index=True, width="stretch")
st.caption(t("national_table_caption", lang, reference=ui.md_escape(labels[comp.reference.key])))
shown = long.assign(label=long["series"].map(labels), indicator=long["series"])
full = pd.concat([data.query(i, full=True) for i in comp.indicator_ids], ignore_index=True)
full = full[full["geo"] == HOME]
exports.table_downloads(shown, full, concept, lang, "national_dl", full_geo=HOME,
                        indicators=[registry.get(i) for i in comp.indicator_ids])
ui.cite(*long["source_id"].unique())

st.subheader(t("national_definitions_heading", lang))
definitions = cmp.definitions_frame(comp, long, sources, lang).rename(columns={
    "publisher": t("national_col_publisher", lang), "vintage": t("national_col_vintage", lang),
    "indicator": t("indicator", lang), "definition": t("national_col_definition", lang),
    "processing": t("national_col_processing", lang), "years": t("national_col_years", lang),
    "role": t("national_col_role", lang), "tiers": t("national_col_tiers", lang)})
st.dataframe(definitions, hide_index=True, width="stretch")

st.subheader(t("national_alternatives_heading", lang))
st.caption(t("national_alternatives_caption", lang))
status_names = {"preferred": t("national_status_preferred", lang),
                "alternative": t("national_status_alternative", lang)}
for indicator_id in comp.national_ids:
    indicator = registry.get(indicator_id)
    alternatives = cmp.alternative_rows(data.query(indicator_id, full=True))
    if alternatives.empty:
        st.caption(t("national_no_alternatives", lang, indicator=ui.md_escape(indicator.title(lang))))
        continue
    st.markdown(f"**{ui.md_escape(indicator.title(lang))}**")
    st.dataframe(pd.DataFrame({
        t("year", lang): alternatives["year"].astype(str),
        t("national_col_date", lang): [fmt_date(d, lang) if d else "" for d in alternatives["date"]],
        t("value", lang): [fmt_number(v, lang) for v in alternatives["value"]],
        t("national_col_status", lang): alternatives["status"].map(status_names),
        t("source", lang): alternatives["source_id"].map(lambda sid: source_label(sid, sources, lang, with_tier=False)),
        t("tier", lang): alternatives["source_id"].map(lambda sid: source_tier_label(sid, lang, sources)),
        t("national_col_link", lang): alternatives["source_id"].map(
            lambda sid: http_url(sources[sid].url) if sid in sources else ""),
        t("national_col_note", lang): alternatives["note"],
    }), hide_index=True, width="stretch",
        column_config={t("national_col_link", lang): st.column_config.LinkColumn()})
    ui.cite(*alternatives["source_id"].unique())

st.subheader(t("national_conflicts_heading", lang))
st.caption(t("national_conflicts_caption", lang))
register = data.table("ref_source_conflicts")
conflict_columns = {
    "topic": t("national_col_topic", lang), "reference": t("national_col_reference", lang),
    "value_a": t("national_col_value_a", lang), "label_a": t("national_col_source_a", lang),
    "url_a": t("national_col_url_a", lang), "value_b": t("national_col_value_b", lang),
    "label_b": t("national_col_source_b", lang), "url_b": t("national_col_url_b", lang),
    "handling": t("national_col_handling", lang)}
links = {conflict_columns[c]: st.column_config.LinkColumn() for c in ("url_a", "url_b")}


def show_conflicts(frame: pd.DataFrame, key: str) -> None:
    shown_conflicts = frame.assign(topic=frame["topic"].map(lambda topic: conflict_topic(topic, lang)),
                                   reference=frame["reference"].map(lambda ref: conflict_topic(ref, lang)),
                                   value_a=[fmt_number(v, lang) for v in frame["value_a"]],
                                   value_b=[fmt_number(v, lang) for v in frame["value_b"]])
    shown_conflicts = shown_conflicts[list(conflict_columns)]  # labels, never the internal source ids
    st.dataframe(shown_conflicts.rename(columns=conflict_columns), hide_index=True, width="stretch",
                 column_config=links, key=key)


conflicts = cmp.source_conflicts(register, sources, comp.conflict_topics, lang)
if conflicts.empty:
    st.caption(t("national_no_conflicts", lang))
else:
    show_conflicts(conflicts, "national_conflicts")
    ui.cite(*conflicts["source_a"].unique(), *conflicts["source_b"].unique())
every_conflict = cmp.source_conflicts(register, sources, lang=lang)
with st.expander(t("national_all_conflicts", lang, n=len(every_conflict))):
    show_conflicts(every_conflict, "national_conflicts_all")
