"""Briefing — choose objectives, peers and a reference year; preview; download the PDF (A4) or DOCX."""

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import data, exports, state, ui
from indicators import chart_export, chart_text, registry
from indicators.briefing import (
    DEFAULT_PEERS, KEY, MAX_FULL_INDICATORS, MAX_PEERS, SCOPE_KEYS, SCOPES, BriefingContent, BriefingInputs,
    BriefingOptions, build_briefing, default_scope, key_indicators, objectives_with_data, refs_text, section_chart,
    selected_indicators, tur_series_all,
)
from indicators.briefing_docx import render_docx
from indicators.briefing_pdf import render_pdf
from indicators.codes import HOME, country_names
from indicators.i18n import t

LATEST = "latest"
FIRST_YEAR = 2015


@st.cache_data(show_spinner=False, max_entries=4)
def _available_objectives(digest: str) -> list[int]:
    return objectives_with_data(tur_series_all(data.data()))


@st.cache_data(show_spinner=False, max_entries=16)
def _indicator_counts(digest: str, objectives: tuple[int, ...]) -> tuple[int, int]:
    """(all, key) numbers of indicators with Türkiye data for the objectives (latest data)."""
    everything = selected_indicators(objectives, tur_series_all(data.data()))
    return len(everything), len(key_indicators(everything, data.data()))


@st.cache_data(show_spinner=False, max_entries=16)
def _content(digest: str, options: BriefingOptions) -> BriefingContent:
    inputs = BriefingInputs(data.data(), data.table("ref_objectives"), data.table("ref_countries"), data.built_at(),
                            champions=data.table("ref_champions"))
    return build_briefing(options, inputs)


lang = state.lang()
st.title(t("page_briefing", lang))
digest = data.digest()
countries = data.table("ref_countries")
names = country_names(countries, lang)
available = _available_objectives(digest)
this_year = dt.date.today().year

objectives = state.url_widget(st.multiselect, t("briefing_select_objectives", lang), range(1, 24), "objectives",
                              available, multi=True)
peers = state.url_widget(st.multiselect, t("briefing_select_peers", lang), sorted(c for c in names if c != HOME),
                         "peers", list(DEFAULT_PEERS), multi=True, format_func=lambda g: names.get(g, g),
                         max_selections=MAX_PEERS)
year = state.url_widget(st.selectbox, t("briefing_select_year", lang),
                        [LATEST, *range(this_year, FIRST_YEAR - 1, -1)], "briefing_year", LATEST,
                        format_func=lambda y: t("briefing_latest_option", lang) if y == LATEST else str(y))

if not objectives:
    st.info(t("briefing_need_objective", lang))
    st.stop()

n_all, n_key = _indicator_counts(digest, tuple(sorted(objectives)))
scope = state.url_widget(st.segmented_control, t("briefing_select_scope", lang), list(SCOPES), "scope",
                         default_scope(n_all), required=True, format_func=lambda s: t(SCOPE_KEYS[s], lang))
st.caption(t("briefing_scope_caption", lang, n_key=n_key, n_all=n_all, max=MAX_FULL_INDICATORS))

today = dt.date.today()
options = BriefingOptions(lang=lang, objectives=tuple(sorted(objectives)), peers=tuple(peers),
                          year=None if year == LATEST else int(year), date=today, scope=scope or KEY)
content = _content(digest, options)
ui.cite(*(s.source_id for s in content.sources))

stem = f"gcm_briefing_{lang}_{today.isoformat()}"
with st.container(horizontal=True):
    st.download_button(t("briefing_download_pdf", lang), data=lambda: render_pdf(content, today),
                       file_name=f"{stem}.pdf", mime="application/pdf", on_click="ignore", key="briefing_pdf",
                       icon=":material/picture_as_pdf:", type="primary")
    st.download_button(t("briefing_download_docx", lang), data=lambda: render_docx(content, today),
                       file_name=f"{stem}.docx", on_click="ignore", key="briefing_docx", icon=":material/description:",
                       mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document")

st.header(t("briefing_preview", lang), divider=True)
st.subheader(content.title)
st.text("\n".join((content.date_line, content.as_of_line, content.scope_line)))

st.subheader(content.headings["messages"])
st.markdown("\n".join(f"- {ui.md_escape(message)}" for message in content.key_messages))

st.subheader(content.headings["scorecard"])
st.dataframe(pd.DataFrame([{content.column("objective"): f"{r.objective} · {r.short_title}",
                            content.column("status"): r.status_text, content.column("evidence"): r.evidence_text}
                           for r in content.scorecard]), hide_index=True)
if content.scorecard_note:
    st.caption(ui.md_escape(content.scorecard_note))

st.subheader(content.headings["objectives"])
st.caption(t("briefing_charts_caption", lang))
for section in content.objective_sections:
    with st.expander(f"{section.heading} · {section.status_text}"):
        st.text(section.evidence_text)
        if section.see_also:
            st.caption(ui.md_escape(section.see_also))
        for iid in section.indicator_ids:
            indicator = content.section(iid)
            st.markdown(f"**{ui.md_escape(f'{indicator.title} {refs_text(indicator.refs)}')}**")
            st.text(f"{indicator.status_text} · {indicator.latest_text}\n{indicator.takeaway}")
            st.caption(ui.md_escape(" · ".join(f"{label}: {value}" for label, value in indicator.inputs)))
            chart = ui.LazyChart(section_chart, indicator, lang)
            series = pd.DataFrame(indicator.series, columns=["year", "value"])
            ui.described_chart(chart, chart_text.chart_sentence(series, registry.get(iid), lang))
            exports.chart_downloads(chart, exports.base_name(iid, HOME), lang, f"briefing_chart_{iid}",
                                    chart_export.caption_for(
                                        registry.get(iid), series,
                                        lang, title=chart_export.titled(indicator.title, ["Türkiye"])))

st.subheader(content.headings["peers"])
if content.peer_rows:
    st.dataframe(pd.DataFrame([[r.title, str(r.year), r.rank_text, *r.values, refs_text(r.refs)]
                               for r in content.peer_rows],
                              columns=[content.column("indicator"), content.column("year"), content.column("rank"),
                                       *content.peer_columns, content.column("source")]), hide_index=True)
st.caption(ui.md_escape(content.peers_note))

st.subheader(content.headings["comparisons"])
st.caption(ui.md_escape(content.comparisons_note))
if content.comparisons:
    st.dataframe(pd.DataFrame([{content.column("year"): str(r.year),
                                content.column("national"): f"{r.title_a}: {r.value_a} {refs_text(r.refs_a)}",
                                content.column("international"): f"{r.title_b}: {r.value_b} {refs_text(r.refs_b)}",
                                content.column("difference"): r.difference_text} for r in content.comparisons]),
                 hide_index=True)

st.subheader(content.headings["method"])
st.text("\n\n".join(content.methodology))

st.subheader(content.headings["sources"])
st.text("\n".join(f"[{s.number}] {s.text()}" for s in content.sources))
