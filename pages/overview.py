"""Overview — Türkiye at a glance: headline figures, the GCM scorecard (23 tiles) and the context panel.

A thin view: every figure and change comes from `indicators.overview` / `indicators.scorecard`.
"""

import pandas as pd
import streamlit as st

from dashboard import data, exports, state, ui
from dashboard.ui import md_escape
from indicators import overview, progress, registry
from indicators.codes import HOME
from indicators.i18n import STATUS_BADGE_COLOURS, fmt_number, is_translation, lang_column, t
from indicators.progress import CATEGORY_STATUSES
from indicators.scorecard import NO_DATA
from indicators.source_text import publisher_name, publisher_vintage
from indicators.sources import sources_by_id, tier_label

CARDS_PER_ROW = 4
TILE_WIDTH = 164  # px: two tiles side by side on a 390-px phone, five on a 1280-px screen


# The page's figures, computed once per data version (the digest) instead of on every rerun.
@st.cache_data(show_spinner=False, max_entries=4)
def _headlines(digest: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(latest figures, their full series) of the headline indicators."""
    return (overview.headline_table({i: data.query(i) for i in overview.HEADLINES}, HOME),
            overview.full_series({i: data.query(i, full=True) for i in overview.HEADLINES}, HOME))


@st.cache_data(show_spinner=False, max_entries=4)
def _facts(digest: str) -> pd.DataFrame:
    return overview.iom_facts(data.dataset("iom_global_facts"))


@st.cache_data(show_spinner=False, max_entries=32)
def _latest(digest: str, indicator_ids: tuple[str, ...]) -> pd.DataFrame:
    return overview.latest_values({i: data.query(i) for i in indicator_ids}, HOME)


@st.cache_data(show_spinner=False, max_entries=32)
def _scorecard(digest: str, base: int, method: str, lang: str) -> pd.DataFrame:
    return overview.scorecard_table(data.scorecard(base, method, HOME), data.table("ref_objectives"), lang, method)


lang = state.lang()
sources = sources_by_id()
publishers = {sid: f"{publisher_name(s.publisher, lang)} · {tier_label(s.tier, lang)}" for sid, s in sources.items()}
objectives = data.table("ref_objectives")
reference = overview.reference_year(data.built_at())

st.title(t("page_overview", lang))
st.markdown(f"**{t('overview_tagline', lang)}**")
st.caption(t("overview_intro", lang))

# 1. Headline figures ----------------------------------------------------------------------------------
st.subheader(t("overview_headlines", lang))
st.caption(t("overview_headlines_caption", lang, base=overview.HEADLINE_BASE_YEAR))
figures, full = _headlines(data.digest())
paired, pair_note = overview.SIDE_BY_SIDE
for start in range(0, len(figures), CARDS_PER_ROW):
    shown = figures.iloc[start:start + CARDS_PER_ROW]
    for column, (_, row) in zip(st.columns(CARDS_PER_ROW), shown.iterrows()):
        ind = registry.get(row["indicator"])
        source = sources.get(row["source_id"])
        value, unit = overview.card_value(row["value"], row["unit"], lang, ind.decimals)
        title = ind.title(lang) + (f" ({unit})" if unit else "")
        with column, st.container(border=True, key=f"headline_{row['indicator']}", height="stretch"):
            st.markdown(f"**{md_escape(title)}**", help=md_escape(ind.description(lang)))
            has_previous = pd.notna(row["previous_year"])
            st.metric(title, value, delta_color="off", label_visibility="collapsed",
                      delta=overview.fmt_change(row["change_previous"], row["change_previous_pct"], row["unit"],
                                                lang, ind.decimals) if has_previous else None)
            if has_previous:
                st.caption(md_escape(overview.change_caption(row, lang, ind.decimals)))
            if source is not None:
                period = overview.reference_period(row["year"], row["date"], lang)
                st.caption(md_escape(t("overview_card_source", lang, period=period,
                                       source=publisher_vintage(source, lang)))
                           + f" · **{md_escape(tier_label(source.tier, lang))}**")
            if dated := overview.dated_note(row["year"], source, reference, lang):
                st.caption(md_escape(dated))
    if shown["indicator"].isin(paired).any():
        st.info(t(pair_note, lang), icon=":material/info:")
ui.cite(*figures["source_id"])
with st.expander(t("overview_headlines_table", lang)):
    st.dataframe(overview.display_headlines(figures, lang, publishers), hide_index=True)
    exports.table_downloads(figures, full, "headlines", lang, "dl_headlines", geo=HOME, full_geo=HOME,
                            indicators=[registry.get(i) for i in figures["indicator"]])

# 2. GCM scorecard -------------------------------------------------------------------------------------
st.subheader(t("overview_scorecard", lang))
left, right = st.columns([1, 2])
with left:
    base = state.url_widget(st.segmented_control, t("overview_base_year", lang), progress.BASE_YEARS, "base",
                            progress.BASE_YEARS[0], required=True)
with right:
    method_code = state.url_widget(st.segmented_control, t("overview_method", lang), list(progress.METHOD_CODES),
                                   "method", "opensdg", required=True,
                                   format_func=lambda code: t(overview.METHOD_KEYS[code], lang))
method = progress.METHOD_CODES[method_code]
st.caption(t("overview_method_explained", lang))
st.page_link("pages/data.py", label=t("overview_method_link", lang), icon=":material/menu_book:",
             query_params={"section": "method"})

with st.container(horizontal=True, wrap=True, gap="small", key="status_legend"):
    st.caption(t("overview_legend", lang) + ":")
    for status in STATUS_BADGE_COLOURS:
        if status not in CATEGORY_STATUSES:
            st.badge(overview.tile_status_label(status, lang), color=STATUS_BADGE_COLOURS[status])
st.caption(t("overview_evidence_rule", lang))

scorecard = _scorecard(data.digest(), base, method, lang)
results = data.indicator_results(base, method, HOME)
with st.container(horizontal=True, wrap=True, gap="small", key="scorecard_tiles"):
    for row in scorecard.itertuples():
        with st.container(border=True, key=f"tile_{row.objective}", width=TILE_WIDTH, height="stretch"):
            notes = ([overview.tile_caption(row.score, row.n_assessed, row.n_indicators, lang),
                      *overview.tile_details(row, results, lang)] if row.status != NO_DATA else [])
            st.markdown(ui.tile_markdown(f"**{row.objective}** · {md_escape(row.title)}", row.status_label,
                                         STATUS_BADGE_COLOURS[row.status], notes))
            st.page_link("pages/objectives.py", label=t("overview_open_objective", lang, n=row.objective),
                         query_params={"objective": row.objective}, icon=":material/arrow_forward:")
if is_translation(lang):
    st.caption(t("unofficial_translation", lang))
ui.cite(progress.METHOD_SOURCES[method], *objectives["source_id"].unique())
with st.expander(t("overview_scorecard_table", lang)):
    st.dataframe(
        scorecard.drop(columns=["status", "method", "source_id", "dated_ids", "project_target_ids"]),
        hide_index=True,
        column_config={
            "objective": st.column_config.NumberColumn(t("objective", lang), format="%d"),
            "title": t("overview_col_title", lang),
            "status_label": t("overview_col_status", lang),
            "score": st.column_config.NumberColumn(t("overview_col_score", lang), format="%.2f"),
            "inputs": t("overview_col_inputs", lang),
            "n_assessed": t("overview_col_assessed", lang),
            "dated_inputs": t("overview_col_dated", lang),
            "project_threshold_inputs": t("overview_col_project", lang),
            "n_indicators": t("overview_col_indicators", lang),
            "indicator_ids": t("indicator", lang),
        },
    )
    ui.download_csv(scorecard, f"scorecard_{base}_{method_code}", HOME, "overview_download_scorecard", lang,
                    key="dl_scorecard")

# 3. Context -------------------------------------------------------------------------------------------
st.subheader(t("overview_context", lang))
st.markdown(f"**{t('overview_iom_facts', lang)}**")
facts = _facts(data.digest())
for column, row in zip(st.columns(max(len(facts), 1)), facts.itertuples()):
    source = sources.get(row.source_id)
    with column, st.container(border=True, key=f"fact_{row.type}", height="stretch"):
        st.markdown(f"**{t(row.label_key, lang)}**", help=md_escape(row.note))
        st.metric(t(row.label_key, lang), fmt_number(row.value, lang), label_visibility="collapsed")
        if source is not None:
            st.caption(t("overview_fact_caption", lang, source=md_escape(publisher_vintage(source, lang)))
                       + f" · **{md_escape(tier_label(source.tier, lang))}**")
ui.cite(*facts["source_id"])

st.markdown(f"**{t('overview_areas', lang)}**")
st.caption(t("overview_areas_caption", lang))
short_titles = objectives.set_index("objective")[lang_column("short", lang)]
areas = overview.COOPERATION_AREAS
for start in range(0, len(areas), 2):
    for column, area in zip(st.columns(2), areas[start:start + 2]):
        latest = _latest(data.digest(), tuple(area.indicator_ids))
        with column, st.container(border=True, key=f"area_{area.key}", height="stretch"):
            st.markdown(f"**{t(area.title_key, lang)}**")
            with st.container(horizontal=True, wrap=True, gap="small"):
                for n in area.objectives:
                    label = f"{t('overview_open_objective', lang, n=n)} · {md_escape(short_titles.get(n, ''))}"
                    st.page_link("pages/objectives.py", label=label, query_params={"objective": n},
                                 icon=":material/flag:")
            shown = overview.display_latest(latest, lang, publishers, sources, reference)
            st.markdown("\n".join(
                f"- {md_escape(title)}: **{md_escape(value)}** ({md_escape(period)} · {md_escape(publisher)})"
                for title, period, value, publisher in shown.itertuples(index=False)
            ))
        ui.cite(*latest["source_id"])
