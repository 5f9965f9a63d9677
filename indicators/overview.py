"""Türkiye at a glance: the headline figures, the scorecard table and the context panel of the overview page
(reused by the briefing).

Pure functions over query frames (`indicators.api.query` output) and reference tables; no Streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from . import registry
from .codes import HOME
from .i18n import (
    coverage_text, fmt_compact, fmt_date, fmt_number, fmt_percent, fmt_value, lang_column, status_label, t, translate,
    unit_label,
)
from .progress import METHOD_SOURCES
from .scorecard import NO_DATA, NO_DATA_LABEL, years_text
from .sources import Source, vintage

# The headline figures, in display order. refugees_hosted and tp_syrians stay next to each other: they
# measure different things (see HEADLINE_NOTES) and are never merged.
METHOD_KEYS = {"opensdg": "overview_method_opensdg", "unsd": "overview_method_unsd"}  # UI string key per method
HEADLINES: tuple[str, ...] = (
    "migrant_stock",
    "migrant_stock_share",
    "refugees_hosted",
    "tp_syrians",
    "emigrant_stock",
    "remittances_received_usd",
    "irregular_migrants_apprehended",
    "migrant_deaths_routes_turkiye",
)
# Headlines shown side by side with a note saying how they differ (UI string key, indicators/text/overview.py).
SIDE_BY_SIDE: tuple[tuple[str, ...], str] = (("refugees_hosted", "tp_syrians"), "overview_note_refugees_vs_tp")
# Changes "since 2018" start from the first value in or after this year, as the progress method does.
HEADLINE_BASE_YEAR = 2018

# IOM's global facts shown as context, all four of its Türkiye page in the page's order: (type in dataset
# iom_global_facts, UI string key of its label, worded as IOM words the fact).
IOM_FACTS: tuple[tuple[str, str], ...] = (
    ("returns_assisted_since_1979", "overview_fact_returns"),
    ("trafficked_assisted_since_1990s", "overview_fact_trafficked"),
    ("countries_covid_support_2020", "overview_fact_covid"),
    ("countries_development_fund", "overview_fact_countries"),
)


@dataclass(frozen=True)
class CooperationArea:
    """An area of migration-management cooperation in Türkiye, the GCM objectives it serves and the
    indicators (registry ids, Türkiye series) that measure it. Titles are UI string keys."""

    key: str
    objectives: tuple[int, ...]
    indicator_ids: tuple[str, ...]

    @property
    def title_key(self) -> str:
        return f"overview_area_{self.key}"


COOPERATION_AREAS: tuple[CooperationArea, ...] = (
    CooperationArea("border", (8, 9, 11),
                    ("irregular_migrants_apprehended", "migrant_smugglers_apprehended",
                     "migrant_deaths_routes_turkiye")),
    CooperationArea("trafficking", (10,), ("trafficking_victims_identified",)),
    CooperationArea("return", (21,), ("voluntary_returns_syrians", "refugee_returns")),
    CooperationArea("labour", (5, 6), ("work_permits_foreigners", "residence_permits")),
    CooperationArea("inclusion", (15, 16), ("tp_schooling_rate", "citizenship_syrians", "refugees_hosted")),
    CooperationArea("presence", (1, 23), ("migrant_stock", "tp_syrians", "tuik_immigrants")),
)

HEADLINE_COLUMNS = ["indicator", "year", "date", "value", "unit", "source_id", "previous_year",
                    "previous_value", "change_previous", "change_previous_pct", "base_year", "base_value",
                    "change_base", "change_base_pct"]
LATEST_COLUMNS = ["indicator", "year", "date", "value", "unit", "source_id"]


def _pct(change: float, start: float) -> float | None:
    return None if start == 0 else change / start * 100


def headline_figure(series: pd.DataFrame, geo: str = HOME, base_year: int = HEADLINE_BASE_YEAR) -> dict | None:
    """The latest value of a headline series for `geo` with its changes (derived by this project).

    `series` has the columns of `indicators.api.query` (one row per geo and year). Returns None when `geo`
    has no value. Otherwise a dict with `HEADLINE_COLUMNS`: the latest year, date (ISO text, "" for annual
    values), value and source; `previous_*` the value of the year before it in the series, `change_previous`
    = latest − previous (in the indicator's unit; percentage points for percent) and `change_previous_pct`
    the same change in % of the previous value; `base_*` the first value in or after `base_year` (as in
    the progress method), with `change_base` and `change_base_pct`. Changes are None when there is no
    earlier value to compare with (percentages also when the starting value is 0).
    """
    rows = series[(series["geo"] == geo) & series["value"].notna()].sort_values("year", kind="mergesort")
    if rows.empty:
        return None
    latest = rows.iloc[-1]
    out = {"indicator": latest["indicator"], "year": int(latest["year"]), "date": latest["date"] or "",
           "value": float(latest["value"]), "unit": latest["unit"], "source_id": latest["source_id"]}
    earlier = rows.iloc[:-1]
    for prefix, start in (("previous", earlier.tail(1)), ("base", earlier[earlier["year"] >= base_year].head(1))):
        change_key = f"change_{prefix}"
        if start.empty:
            out |= {f"{prefix}_year": None, f"{prefix}_value": None, change_key: None, f"{change_key}_pct": None}
            continue
        start_value = float(start["value"].iloc[0])
        change = out["value"] - start_value
        out |= {f"{prefix}_year": int(start["year"].iloc[0]), f"{prefix}_value": start_value,
                change_key: change, f"{change_key}_pct": _pct(change, start_value)}
    return out


def headline_table(frames: dict[str, pd.DataFrame], geo: str = HOME,
                   base_year: int = HEADLINE_BASE_YEAR) -> pd.DataFrame:
    """One row per indicator of `frames` ({indicator id: query frame}, in display order) that has a value
    for `geo`, with `HEADLINE_COLUMNS` (see `headline_figure`)."""
    rows = [fig for frame in frames.values() if (fig := headline_figure(frame, geo, base_year)) is not None]
    table = pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
    for col in ("previous_year", "base_year"):
        table[col] = table[col].astype("Int64")
    return table


def full_series(frames: dict[str, pd.DataFrame], geo: str = HOME) -> pd.DataFrame:
    """Every row for `geo` of the given query frames (full=True: disaggregations, dated points and
    alternative values included), stacked in the given order: the "full series" download."""
    parts = [frame[frame["geo"] == geo] for frame in frames.values()]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def fmt_change(change: float | None, pct: float | None, unit: str, lang: str, decimals: int = 0) -> str:
    """A change with its sign and its relative size: `+410.779 (%+6,2)` in Turkish, `+410,779 (+6.2%)` in
    English; percentage points (`+0.5 pp`) for percent units. '–' when there is no change to show."""
    if change is None or pd.isna(change):
        return "–"
    # ASCII "-": st.metric reads a leading "-" as a fall (arrow down).
    sign = "+" if change > 0 else ("-" if change < 0 else "±")
    size = abs(change)
    if unit == "percent":
        text = f"{sign}{fmt_number(size, lang, max(decimals, 1))} {t('overview_pp', lang)}"
    else:
        text = sign + fmt_value(size, unit, lang, decimals)
    if pct is not None and not pd.isna(pct):
        text += f" ({'+' if pct > 0 else ('-' if pct < 0 else '±')}{fmt_percent(abs(pct), lang, 1)})"
    return text


# A latest value is "dated" when its year is this many years or more before the reference year (the last
# full year before the data store was built): work permits ending in 2018, remittances paid ending in 2020
# in a 2021 WDI vintage. Such values say so and name the vintage they come from.
DATED_LAG_YEARS = 3


def reference_year(built_at: str) -> int | None:
    """The last full year before the data store was built (`built_at`: ISO timestamp), the year a latest value
    is compared with; None when the build time is unknown."""
    return int(built_at[:4]) - 1 if built_at[:4].isdigit() else None


def dated_note(year: int, source: Source | None, reference: int | None, lang: str) -> str:
    """'' for a value of `year` that is recent (fewer than DATED_LAG_YEARS before `reference`), else a note
    saying it is dated and naming its source vintage: `Dated: the latest value held is for 2018, 7 years before
    2025. Source vintage: figures dated 2011 to 2019.`"""
    if reference is None or reference - year < DATED_LAG_YEARS:
        return ""
    version = (vintage(source, lang) if source is not None else "") or "–"
    return t("overview_dated", lang, year=year, lag=reference - year, reference=reference, version=version)


def latest_dated_note(series: pd.DataFrame, geo: str, sources: Mapping[str, Source], reference: int | None,
                      lang: str) -> str:
    """`dated_note` for the latest value of `geo` in a query frame (`indicators.api.query`); '' when `geo`
    has no value or the value is recent."""
    figure = headline_figure(series, geo)
    if figure is None:
        return ""
    return dated_note(figure["year"], sources.get(figure["source_id"]), reference, lang)


def card_value(value: float, unit: str, lang: str, decimals: int = 0) -> tuple[str, str]:
    """The value of a headline card and the unit said beside it: US$ amounts compact without the currency
    (`982 Mn`, unit `cari ABD doları`) so they fit a narrow card; other units as `fmt_value` and no extra
    unit text (`%8,10`, `7.083.501`)."""
    if unit == "usd":
        return fmt_compact(value, lang, 2), unit_label(unit, lang)
    return fmt_value(value, unit, lang, decimals), ""


def reference_period(year: int, date: str, lang: str) -> str:
    """'2024' for an annual value, the formatted date for a dated one (`25 Kas 2025`)."""
    return fmt_date(date, lang) if date else str(year)


def scorecard_table(scorecard: pd.DataFrame, objectives: pd.DataFrame, lang: str, method: str) -> pd.DataFrame:
    """The scorecard (`indicators.scorecard.objective_scorecard`) with the objective's short title in `lang`
    (from ref_objectives), the status label, the years of its inputs ("2018 → 2020"), the method and its
    source id: the table alternative of the tiles and the content of its CSV download. Columns: objective,
    title, status, status_label, inputs, score, n_assessed, n_indicators, dated_inputs and
    project_threshold_inputs (indicator titles), dated_ids, project_target_ids, indicator_ids, method,
    source_id."""
    titles = objectives.set_index("objective")[lang_column("short", lang)]
    out = scorecard.assign(
        title=scorecard["objective"].map(titles).fillna(""),
        status_label=scorecard["status"].map(lambda s: tile_status_label(s, lang)),
        inputs=[years_text(a, b, c) for a, b, c in
                zip(scorecard["first_year"], scorecard["last_year_min"], scorecard["last_year_max"])],
        dated_inputs=scorecard["dated_ids"].map(lambda ids: _titles(ids, lang)),
        project_threshold_inputs=scorecard["project_target_ids"].map(lambda ids: _titles(ids, lang)),
        method=method,
        source_id=METHOD_SOURCES[method],
    )
    return out[["objective", "title", "status", "status_label", "inputs", "score", "n_assessed", "n_indicators",
                "dated_inputs", "project_threshold_inputs", "dated_ids", "project_target_ids", "indicator_ids",
                "method", "source_id"]]


def _titles(joined: str, lang: str) -> str:
    """Indicator titles of ";"-joined ids, "; "-joined (what a reader sees instead of the ids)."""
    return "; ".join(registry.get(i).title(lang) for i in _ids(joined))


def tile_status_label(status: str, lang: str) -> str:
    """Status label of a tile: "No indicator yet" for objectives without indicators, else the progress label."""
    return translate(NO_DATA_LABEL, lang) if status == NO_DATA else status_label(status, lang)


def tile_caption(score: float | None, n_assessed: int, n_indicators: int, lang: str) -> str:
    """The caption of a scorecard tile: mean score with its sign (Open SDG only) and the coverage,
    e.g. `Puan +2,5 · 4 göstergeden 1 tanesi değerlendirildi`."""
    coverage = coverage_text(n_assessed, n_indicators, lang)
    if score is None or pd.isna(score):
        return coverage
    signed = ("+" if score > 0 else "") + fmt_number(score, lang, 1)
    return f"{t('overview_score', lang, score=signed)} · {coverage}"


def _ids(joined: str) -> list[str]:
    return [i for i in str(joined or "").split(";") if i]


def tile_details(row, results: pd.DataFrame, lang: str) -> list[str]:
    """Lines under a tile's status, plain text: the years of its inputs, each dated input, the project
    threshold label when a status rests on one, then every indicator-level result the status rests on or,
    for "insufficient evidence", the results that were not enough ("Title: Category improved (2019 →
    2021)"); context series without a desired direction and series without enough data are left out.
    `row` is a `scorecard_table` row (attributes), `results` the `scorecard.indicator_results` frame."""
    by_id = results.set_index("indicator_id")
    lines = []
    if row.inputs:
        lines.append(t("overview_inputs", lang, years=row.inputs))
    for ind_id in _ids(row.dated_ids):
        r = by_id.loc[ind_id]
        lines.append(t("overview_dated_input", lang, title=registry.get(ind_id).title(lang), year=int(r["latest_year"]),
                       publisher_year=int(r["publisher_latest_year"])))
    if _ids(row.project_target_ids):
        lines.append(t("overview_project_threshold", lang))
    if row.status != NO_DATA:
        for ind_id in _ids(row.indicator_ids):
            r = by_id.loc[ind_id]
            if r["status"] in ("no_direction", "not_available"):
                continue
            years = years_text(r["base_year"], r["latest_year"], r["latest_year"])
            lines.append(t("overview_indicator_result", lang, title=registry.get(ind_id).title(lang),
                           status=status_label(r["status"], lang), years=years))
    return lines


def latest_values(frames: dict[str, pd.DataFrame], geo: str = HOME) -> pd.DataFrame:
    """The latest value for `geo` of each indicator in `frames` ({id: query frame}), in the given order,
    with `LATEST_COLUMNS`; indicators without a value for `geo` get a row with year 0 and value NaN
    (shown as '–') so that every declared indicator is listed."""
    rows = []
    for indicator_id, frame in frames.items():
        fig = headline_figure(frame, geo)
        if fig is None:
            rows.append({"indicator": indicator_id, "year": 0, "date": "", "value": float("nan"),
                         "unit": registry.get(indicator_id).unit, "source_id": ""})
        else:
            rows.append({k: fig[k] for k in LATEST_COLUMNS})
    return pd.DataFrame(rows, columns=LATEST_COLUMNS)


def iom_facts(frame: pd.DataFrame) -> pd.DataFrame:
    """IOM's global facts of `IOM_FACTS` from dataset iom_global_facts (latest year of each type), in that
    order, with columns type, label_key, year, value, unit, source_id, note. Missing types are left out."""
    rows = []
    for fact_type, label_key in IOM_FACTS:
        match = frame[frame["type"] == fact_type].sort_values("year", kind="mergesort").tail(1)
        if match.empty:
            continue
        row = match.iloc[0]
        rows.append({"type": fact_type, "label_key": label_key, "year": int(row["year"]),
                     "value": float(row["value"]), "unit": row["unit"], "source_id": row["source_id"],
                     "note": row["note"]})
    return pd.DataFrame(rows, columns=["type", "label_key", "year", "value", "unit", "source_id", "note"])


def display_latest(latest: pd.DataFrame, lang: str, publishers: dict[str, str],
                   sources: Mapping[str, Source] | None = None, reference: int | None = None) -> pd.DataFrame:
    """`latest_values` as shown on the page: indicator title, reference period, value formatted for `lang`
    and source publisher (`publishers` maps source ids to publishers). A dated value (see `dated_note`,
    with `sources` and `reference`) has its period followed by "dated" and its source vintage."""
    sources = sources or {}
    rows = []
    for row in latest.itertuples():
        ind = registry.get(row.indicator)
        period = reference_period(row.year, row.date, lang) if row.year else "–"
        source = sources.get(row.source_id)
        if row.year and dated_note(row.year, source, reference, lang):
            period = t("overview_dated_short", lang, period=period,
                       version=(vintage(source, lang) if source is not None else "") or "–")
        rows.append({
            t("indicator", lang): ind.title(lang),
            t("overview_col_reference", lang): period,
            t("value", lang): fmt_value(row.value, row.unit, lang, ind.decimals),
            t("source", lang): publishers.get(row.source_id, ""),
        })
    return pd.DataFrame(rows, columns=[t("indicator", lang), t("overview_col_reference", lang), t("value", lang),
                                       t("source", lang)])


def display_headlines(figures: pd.DataFrame, lang: str, publishers: dict[str, str]) -> pd.DataFrame:
    """`headline_table` as shown in the table alternative of the cards: title, reference period, value and
    the two changes (with the year they start from) formatted for `lang`, and the source publisher."""
    rows = []
    for row in figures.itertuples():
        ind = registry.get(row.indicator)

        def change(year, value, pct):
            if pd.isna(year):
                return "–"
            return f"{fmt_change(value, pct, row.unit, lang, ind.decimals)} {t('overview_since', lang, year=year)}"

        rows.append({
            t("indicator", lang): ind.title(lang),
            t("overview_col_reference", lang): reference_period(row.year, row.date, lang),
            t("value", lang): fmt_value(row.value, row.unit, lang, ind.decimals),
            t("overview_col_previous", lang): change(row.previous_year, row.change_previous, row.change_previous_pct),
            t("overview_col_base", lang): change(row.base_year, row.change_base, row.change_base_pct),
            t("source", lang): publishers.get(row.source_id, ""),
        })
    return pd.DataFrame(rows)


def change_caption(figure: dict | pd.Series, lang: str, decimals: int = 0) -> str:
    """The caption under a headline card's value (a row of `headline_table`): what the arrow compares with
    and the change since the base, or only the former when the base is the previous value; "" when the
    series has a single value. That the changes are derived is said once, above the cards
    (`overview_headlines_caption`), not on every card."""
    if pd.isna(figure["previous_year"]):
        return ""
    previous = int(figure["previous_year"])
    if pd.isna(figure["base_year"]) or int(figure["base_year"]) == previous:
        return t("overview_change_previous_only", lang, previous=previous)
    change = fmt_change(figure["change_base"], figure["change_base_pct"], figure["unit"], lang, decimals)
    return t("overview_changes", lang, previous=previous, base=int(figure["base_year"]), change=change)
