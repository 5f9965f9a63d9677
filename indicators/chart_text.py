"""One sentence per chart, generated from its data in the page's language: the chart's accessible name and
description (the dashboard sets it as the Vega-Lite `description`, which becomes the SVG's `aria-label`),
reusable as a sentence in the briefing.

"Türkiye — Refugees hosted: 2.39 million in 2025, 19% lower than in 2024 (UNHCR)."
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
from babel.numbers import format_compact_decimal

from .i18n import LOCALES, fmt_number, fmt_percent, fmt_value, t
from .registry import Indicator
from .sources import Source

# Counts from this size on are written in words ("2.39 million", "2,39 milyon"), as a reader says them.
WORDS_FROM = 1_000_000
_WORD_UNITS = {"persons", "permits", "cases", "incidents", "usd"}


def spoken_value(value: float, indicator: Indicator, lang: str) -> str:
    """A value as read aloud: counts of a million or more in words with two decimals ("2.39 million",
    "2,39 milyon"; US$ as "US$ 1.2 billion"), other values as `fmt_value` (percent "%8,1", grouped counts)."""
    if indicator.unit in _WORD_UNITS and abs(value) >= WORDS_FROM:
        words = format_compact_decimal(value, format_type="long", locale=LOCALES[lang], fraction_digits=2)
        return f"US$ {words}" if indicator.unit == "usd" else words
    return fmt_value(value, indicator.unit, lang, indicator.decimals)


def _change(now: float, before: float, before_year: int, indicator: Indicator, lang: str) -> str:
    """"19% lower than in 2024": relative change for levels, percentage points for percent indicators;
    "" when the earlier value is zero (no relative change exists)."""
    if now == before:
        return t("chart_text_same", lang, year=before_year)
    if indicator.unit == "percent":
        diff = abs(now - before)
        change = t("chart_text_points", lang, n=fmt_number(diff, lang, max(indicator.decimals, 1)))
    elif before == 0:
        return ""
    else:
        pct = abs(now / before - 1) * 100
        change = fmt_percent(pct, lang, 0 if pct >= 10 else 1)
    return t("chart_text_higher" if now > before else "chart_text_lower", lang, change=change, year=before_year)


def chart_sentence(frame: pd.DataFrame, indicator: Indicator, lang: str, geo_name: str = "Türkiye",
                   publisher: str = "") -> str:
    """The sentence of a one-series chart: the latest value and its year, the change against the year before
    it in the data, and the publisher in brackets.

    `frame` has columns year and value (one series; rows without a value are skipped, of several rows in a
    year the last one counts)."""
    title = indicator.title(lang)
    kept = frame[frame["value"].notna()].sort_values("year", kind="mergesort").drop_duplicates("year", keep="last")
    if kept.empty:
        return t("chart_text_none", lang, geo=geo_name, title=title) + "."
    now, year = float(kept["value"].iloc[-1]), int(kept["year"].iloc[-1])
    parts = [t("chart_text_latest", lang, geo=geo_name, title=title, value=spoken_value(now, indicator, lang),
               year=year)]
    if len(kept) > 1:
        change = _change(now, float(kept["value"].iloc[-2]), int(kept["year"].iloc[-2]), indicator, lang)
        if change:
            parts.append(change)
    return ", ".join(parts) + (f" ({publisher})" if publisher else "") + "."


def ranking_sentence(frame: pd.DataFrame, indicator: Indicator, lang: str, year: int, highlight: str = "TUR",
                     publisher: str = "") -> str:
    """The sentence of a ranking chart: the country with the highest value and where `highlight` ranks.

    `frame` has columns geo, name and value (one row per country; rows without a value are skipped; ties
    keep the frame's order)."""
    kept = frame[frame["value"].notna()].sort_values("value", ascending=False, kind="mergesort")
    title = indicator.title(lang)
    if kept.empty:
        return t("chart_text_none", lang, geo=str(year), title=title) + "."
    top = kept.iloc[0]
    args = dict(title=title, year=year, top=top["name"], top_value=spoken_value(float(top["value"]), indicator, lang),
                n=fmt_number(len(kept), lang))
    rows = kept.reset_index(drop=True)
    mine = rows.index[rows["geo"] == highlight]
    if len(mine):
        row = rows.loc[mine[0]]
        text = t("chart_text_ranking", lang, **args, geo=row["name"], rank=int(mine[0]) + 1,
                 value=spoken_value(float(row["value"]), indicator, lang))
    else:
        text = t("chart_text_ranking_without", lang, **args)
    return text + (f" ({publisher})" if publisher else "") + "."


def publisher_of(frame: pd.DataFrame, sources: Mapping[str, Source]) -> str:
    """The publisher of the latest value of `frame` (columns year, value, source_id), "" when unknown."""
    if "source_id" not in frame.columns:
        return ""
    kept = frame[frame["value"].notna()].sort_values("year", kind="mergesort")
    if kept.empty:
        return ""
    source = sources.get(kept["source_id"].iloc[-1])
    return source.publisher if source is not None else ""


def province_map_sentence(snapshot: pd.DataFrame, indicator: Indicator, period: str, lang: str) -> str:
    """The sentence of a province map: the province with the highest value and how many provinces reported.

    `snapshot` has columns name, value and reported (indicators.maps.province_snapshot)."""
    title = indicator.title(lang)
    reported = snapshot[snapshot["reported"] & snapshot["value"].notna()]
    if reported.empty:
        return t("chart_text_none", lang, geo=period, title=title) + "."
    top = reported.sort_values("value", ascending=False, kind="mergesort").iloc[0]
    return t("chart_text_province_map", lang, title=title, period=period, top=top["name"],
             value=spoken_value(float(top["value"]), indicator, lang), n=fmt_number(len(reported), lang),
             total=fmt_number(len(snapshot), lang)) + "."


def corridor_map_sentence(arcs: pd.DataFrame, flow_title: str, year: int, lang: str) -> str:
    """The sentence of a corridor map: how many corridors are drawn and the largest one.

    `arcs` has columns name and persons, largest first (indicators.maps.corridor_arcs)."""
    if arcs.empty:
        return t("chart_text_none", lang, geo=str(year), title=flow_title) + "."
    largest = arcs.iloc[0]
    return t("chart_text_corridor_map", lang, title=flow_title, year=year, count=len(arcs),
             n=fmt_number(len(arcs), lang), top=largest["name"],
             value=fmt_number(float(largest["persons"]), lang)) + "."


def deaths_map_sentence(totals: Mapping[str, int], title: str, lang: str) -> str:
    """The sentence of the map of deaths: dead and missing persons and incidents (indicators.maps.incident_totals)."""
    return t("chart_text_deaths_map", lang, title=title, count=int(totals["incidents"]),
             dead_missing=fmt_number(totals["dead_and_missing"], lang),
             incidents=fmt_number(totals["incidents"], lang)) + "."
