"""World Bank (WDI series, Remittance Prices Worldwide) and UN SDG Global Database values.

Reads `raw/worldbank_sdg/` (see its README.md). Geo codes are the ISO3 codes the files carry; World Bank
regional and income aggregates are dropped except WLD, and UN M49 area code 1 is the world (WLD).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import Curated, CurationError, observations, read_raw_csv
from ..codes import is_country

FOLDER = "worldbank_sdg"

WDI_2026 = "wdi_2026_07"
WDI_2021 = "wdi_2021_09"
WDI_RPW_2022 = "wdi_rpw_2022_02"
RPW_CORRIDORS = "rpw_corridors_2020_12"
UNSD_SDG = "unsd_sdg_db_2023"
OWID_SDG_10_7_2 = "owid_sdg_10_7_2"


@dataclass(frozen=True)
class WdiSeries:
    """A WDI series: its code, the curated dataset, unit, source record and the vintage the raw file must carry."""

    code: str
    dataset: str
    unit: str
    source_id: str
    vintage: str


WDI_SERIES = [
    WdiSeries("SP.POP.TOTL", "wdi_population", "persons", WDI_2026, "WDI_2026-07-01"),
    WdiSeries("NY.GDP.MKTP.CD", "wdi_gdp", "usd", WDI_2026, "WDI_2026-07-01"),
    WdiSeries("BX.TRF.PWKR.CD.DT", "wdi_remittances_received", "usd", WDI_2026, "WDI_2026-07-01"),
    WdiSeries("BM.TRF.PWKR.CD.DT", "wdi_remittances_paid", "usd", WDI_2021, "WDI_2021-09-15"),
    WdiSeries("SM.POP.NETM", "wdi_net_migration", "persons", WDI_2026, "WDI_2026-07-01"),
    WdiSeries("SP.REG.BRTH.ZS", "wdi_birth_registration", "percent", WDI_2026, "WDI_2026-07-01"),
]
RPW_COST_TYPES = {"SI.RMT.COST.IB.ZS": "to", "SI.RMT.COST.OB.ZS": "from"}
QUARTER_START = {"Q1": "01-01", "Q2": "04-01", "Q3": "07-01", "Q4": "10-01"}
# Published values the raw README flags as doubtful; kept as published, with the caveat in `note`.
CORRIDOR_CAVEATS = {("TUR", "BGR", "2016Q4"): "Looks like an outlier in the source; kept as published."}
# World aggregates of the UN SDG database: series code -> (SDG indicator code used as `type`, unit).
# SM_POP_REFG_OR (10.7.4, per 100,000 population) is left out: schema.UNITS has no such unit.
SDG_WORLD_SERIES = {
    "SG_CPA_MIGRP": ("10.7.2", "percent"),
    "SM_DTH_MIGR": ("10.7.3", "persons"),
    "SG_REG_BRTH": ("16.9.1", "percent"),
    "BX_TRF_PWKR": ("17.3.2", "percent"),
    "SL_LBR_NTLCPL": ("8.8.2", "score"),
}
UN_WORLD_AREA = "1"


def country_or_world(code: str) -> bool:
    """True for ISO3 country codes known to `indicators.codes` and for WLD (WB and UN aggregates are dropped)."""
    return code == "WLD" or is_country(code)


def wdi_tables(raw: Path) -> dict[str, pd.DataFrame]:
    """One table per `WDI_SERIES` entry: geo (countries + WLD), year, value in the series unit."""
    path = raw / FOLDER / "wdi_selected_series_long_1990-latest.csv"
    frame = read_raw_csv(path, ["iso3", "is_wb_aggregate", "indicator_code", "year", "value", "wdi_vintage"])
    frame = frame[frame["iso3"].map(country_or_world)]
    tables = {}
    for series in WDI_SERIES:
        rows = frame[frame["indicator_code"] == series.code]
        if rows.empty:
            raise CurationError(f"{path}: no rows for indicator_code {series.code}")
        vintages = sorted(set(rows["wdi_vintage"]))
        if vintages != [series.vintage]:
            raise CurationError(f"{path}: {series.code} has vintage(s) {vintages}, expected {series.vintage}")
        rows = rows[rows["value"] != ""].assign(geo=rows["iso3"], unit=series.unit, source_id=series.source_id)
        tables[series.dataset] = observations(rows[["geo", "year", "value", "unit", "source_id"]], series.dataset)
    return tables


def sdg_rows(raw: Path) -> pd.DataFrame:
    """The UN SDG database file as text, checked for the columns read here."""
    path = raw / FOLDER / "unsd_sdg_migration_indicators_long.csv"
    return read_raw_csv(path, ["sdg_indicator", "series_code", "area_code", "area_type", "year", "value"])


def remittance_cost(raw: Path) -> pd.DataFrame:
    """`rpw_remittance_cost`: SDG 10.c.1 average cost of sending USD 200 to (`type` to) or from (`type` from)
    a country, percent of the amount, 2011-2020; WLD = the UN SDG database global average (`type` to)."""
    path = raw / FOLDER / "wdi_SI.RMT.COST.IB.ZS_OB.ZS_2011-2020_long.csv"
    frame = read_raw_csv(path, ["iso3", "indicator_code", "year", "value_pct"])
    unknown = sorted(set(frame["indicator_code"]) - set(RPW_COST_TYPES))
    if unknown:
        raise CurationError(f"{path}: unexpected indicator_code(s) {unknown}")
    frame = frame[frame["iso3"].map(is_country) & (frame["value_pct"] != "")]
    countries = frame.assign(geo=frame["iso3"], type=frame["indicator_code"].map(RPW_COST_TYPES),
                             value=frame["value_pct"], source_id=WDI_RPW_2022)
    sdg = sdg_rows(raw)
    world = sdg[(sdg["series_code"] == "SI_RMT_COST") & (sdg["area_code"] == UN_WORLD_AREA)]
    # The global average is taken over all corridors; as a world figure it is filed as the cost of sending to.
    world = world.assign(geo="WLD", type="to", source_id=UNSD_SDG,
                         note="SDG 10.c.1 global average over all RPW corridors (SI_RMT_COST)")
    rows = pd.concat([countries, world], ignore_index=True).assign(unit="percent")
    return observations(rows[["geo", "year", "type", "value", "unit", "source_id", "note"]], "rpw_remittance_cost")


def quarter_start(period: str) -> str:
    """ISO date of the first day of a quarter given as `2019Q1`; CurationError on another form."""
    year, quarter = period[:4], period[4:]
    if not year.isdigit() or quarter not in QUARTER_START:
        raise CurationError(f"RPW period {period!r} is not of the form YYYYQn")
    return f"{year}-{QUARTER_START[quarter]}"


def corridor_cost(raw: Path) -> pd.DataFrame:
    """`rpw_corridor_cost`: average total cost in corridors from or to Türkiye, percent of USD 200, by quarter;
    geo = destination (receiving country)."""
    path = raw / FOLDER / "rpw_corridors_ATCR.CORR_2011Q1-2020Q3_long.csv"
    frame = read_raw_csv(path, ["sending_iso3", "receiving_iso3", "series_code", "period", "year",
                                "avg_total_cost_pct_of_usd200"])
    frame = frame[(frame["series_code"] == "ATCR.CORR") & (frame["avg_total_cost_pct_of_usd200"] != "")]
    frame = frame[(frame["sending_iso3"] == "TUR") | (frame["receiving_iso3"] == "TUR")]
    keys = zip(frame["sending_iso3"], frame["receiving_iso3"], frame["period"])
    rows = frame.assign(
        geo=frame["receiving_iso3"], origin=frame["sending_iso3"], destination=frame["receiving_iso3"],
        date=frame["period"].map(quarter_start), value=frame["avg_total_cost_pct_of_usd200"], unit="percent",
        source_id=RPW_CORRIDORS, note=[CORRIDOR_CAVEATS.get(k, "") for k in keys],
    )
    columns = ["geo", "year", "date", "origin", "destination", "value", "unit", "source_id", "note"]
    return observations(rows[columns], "rpw_corridor_cost")


def migration_policy(raw: Path) -> pd.DataFrame:
    """`sdg_10_7_2`: SDG 10.7.2 migration policy category by country, all domains, score 1-4."""
    sdg = sdg_rows(raw)
    rows = sdg[(sdg["series_code"] == "SG_CPA_MIGRS") & (sdg["area_type"] == "country")]
    bad = sorted(c for c in set(rows["area_code"]) if not is_country(c))
    if bad:
        raise CurationError(f"unsd_sdg_migration_indicators_long.csv: SG_CPA_MIGRS area codes not ISO3: {bad}")
    rows = rows.assign(geo=rows["area_code"], unit="score", source_id=OWID_SDG_10_7_2)
    return observations(rows[["geo", "year", "value", "unit", "source_id"]], "sdg_10_7_2")


def sdg_world_aggregates(raw: Path) -> pd.DataFrame:
    """`sdg_world_aggregates`: world values of SDG series in `SDG_WORLD_SERIES`; `type` = SDG indicator code."""
    sdg = sdg_rows(raw)
    rows = sdg[sdg["series_code"].isin(list(SDG_WORLD_SERIES)) & (sdg["area_code"] == UN_WORLD_AREA)]
    rows = rows.assign(
        geo="WLD",
        type=rows["series_code"].map(lambda s: SDG_WORLD_SERIES[s][0]),
        unit=rows["series_code"].map(lambda s: SDG_WORLD_SERIES[s][1]),
        source_id=UNSD_SDG,
        note="UN SDG series " + rows["series_code"],
    )
    return observations(rows[["geo", "year", "type", "value", "unit", "source_id", "note"]], "sdg_world_aggregates")


def curate(raw: Path) -> Curated:
    """The World Bank / UN SDG tables and their source records."""
    tables = wdi_tables(raw) | {
        "rpw_remittance_cost": remittance_cost(raw),
        "rpw_corridor_cost": corridor_cost(raw),
        "sdg_10_7_2": migration_policy(raw),
        "sdg_world_aggregates": sdg_world_aggregates(raw),
    }
    return Curated(tables=tables)
