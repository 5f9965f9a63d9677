"""The world map of an indicator (Objectives → Map): the values drawn, absolute or per 1,000 inhabitants.

The per-capita option is computed here, from the WDI population in the store: value / population × 1,000
for the same country and year. It is a derived figure and labelled so wherever it is shown. No streamlit here.
"""

from __future__ import annotations

import pandas as pd

from .i18n import t, unit_label
from .peers import AGGREGATES
from .registry import Indicator
from .schema import DISAGGREGATION_COLUMNS

WORLD_MEASURES = ("absolute", "per_1000")
WORLD_MEASURE_KEYS = {"absolute": "maps_world_measure_absolute", "per_1000": "maps_world_measure_per_1000"}
POPULATION_DATASET = "wdi_population"
POPULATION_SOURCE_ID = "wdi_2026_07"
# Counts of people or events: the only units a population denominator makes sense for.
COUNT_UNITS = frozenset({"persons", "incidents"})


def has_per_capita(indicator: Indicator) -> bool:
    """True when the map offers "per 1,000 inhabitants": a count indicator (COUNT_UNITS)."""
    return indicator.unit in COUNT_UNITS


def total_population(population: pd.DataFrame) -> pd.DataFrame:
    """Total population rows (no sex or age breakdown) as geo, year, population."""
    cols = [c for c in DISAGGREGATION_COLUMNS if c in population.columns]
    rows = population[(population[cols] == "").all(axis=1)] if cols else population
    return rows[["geo", "year", "value"]].rename(columns={"value": "population"})


def per_1000(values: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """`values` (geo, year, value, ...) per 1,000 inhabitants: value / population × 1,000, joined on geo
    and year with the total population of `population` (the WDI rows). Countries without a population that
    year, or with none above 0, are dropped (shown as no data, never as 0). Keeps the other columns and adds
    `population`."""
    joined = values.merge(total_population(population), on=["geo", "year"], how="inner")
    joined = joined[joined["population"] > 0]
    return joined.assign(value=joined["value"] / joined["population"] * 1000).reset_index(drop=True)


def countries_only(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of countries: aggregates such as the world total are left out of the map and its ranking."""
    return frame[~frame["geo"].isin(AGGREGATES)]


def measure_unit(indicator: Indicator, measure: str) -> str:
    """The unit code of the values drawn: the indicator's, or `per_1000`."""
    return "per_1000" if measure == "per_1000" else indicator.unit


def measure_label(indicator: Indicator, measure: str, lang: str) -> str:
    """The legend and subtitle unit: "persons", or "per 1,000 inhabitants (derived)"."""
    if measure == "per_1000":
        return t("maps_world_per_1000_unit", lang)
    return unit_label(indicator.unit, lang)
