"""Compute functions of the indicators from the IOM Missing Migrants Project, IDMC and IOM's quoted return
figures; their metadata is in data/metadata/indicators/iom.meta.yml."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from ..data import Data
from ..registry import result_frame, select
from ..schema import PARTIAL_YEAR, TURKIYE_ROUTE_CODES

ROUTE_CODES = TURKIYE_ROUTE_CODES


def complete_years(compute: Callable[[Data], pd.DataFrame]) -> Callable[[Data], pd.DataFrame]:
    """The rows of `compute` except those covering part of a year (note starting with PARTIAL_YEAR), so that
    a January-April count is not read as a fall."""

    def wrapped(data: Data) -> pd.DataFrame:
        result = compute(data)
        return result[~result["note"].str.startswith(PARTIAL_YEAR)].reset_index(drop=True)

    wrapped.__doc__ = (compute.__doc__ or "") + "; complete years only"
    return wrapped


def deaths_on_turkiye_routes(data: Data) -> pd.DataFrame:
    """Dead and missing migrants (persons) on the four routes through Türkiye, geo TUR, per year: one row per
    route and source, plus the sum over the routes per source (route empty) as the headline.
    The sum adds incidents once: no IOM incident is assigned to two of these routes."""
    frame = data["mmp_routes_tur"]
    rows = frame[(frame["type"] == "dead_and_missing") & frame["route"].isin(ROUTE_CODES)
                 & ~frame["note"].str.startswith(PARTIAL_YEAR)]
    by_route = rows.assign(type="")
    totals = (rows.groupby(["geo", "year", "source_id", "status"], as_index=False)
              .agg(value=("value", "sum"), routes=("route", "nunique")))
    # A year lacking one of the routes would give a sum that is not the total of the four.
    totals = totals[totals["routes"] == len(ROUTE_CODES)].drop(columns="routes")
    totals = totals.assign(note="Sum of the four routes, computed by this project.")
    # Normalise each part first so that the sums get empty (not missing) disaggregation columns.
    return result_frame(pd.concat([result_frame(by_route), result_frame(totals)], ignore_index=True))


def assisted_returns(data: Data) -> pd.DataFrame:
    """IOM's annual total of assisted voluntary returns worldwide (persons, geo WLD). Where IOM printed only a
    rounded lower bound ("more than 69,000") beside the exact AVRR and VHR counts of the same page, the
    headline is their sum (derived, `preferred`) and the printed lower bound is kept as an `alternative`."""
    frame = data["iom_avrr"]
    totals = frame[frame["type"] == "total_assisted_returns"]
    parts = frame[frame["type"].isin(("avrr_programmes", "vhr"))]
    parts = parts.pivot_table(index=["geo", "year", "source_id"], columns="type", values="value", aggfunc="sum")
    parts = parts.dropna().reset_index()
    sums = parts.assign(
        type="", status="preferred", value=parts["avrr_programmes"] + parts["vhr"],
        note="Derived (sum computed by this project): AVRR programmes " + parts["avrr_programmes"].map("{:,.0f}".format)
        + " + voluntary humanitarian return (VHR) " + parts["vhr"].map("{:,.0f}".format)
        + ", both as published on the same IOM page; IOM's own total is a rounded lower bound.",
    )
    summed = set(zip(sums["geo"], sums["year"], sums["source_id"], strict=True))
    replaced = [key in summed for key in zip(totals["geo"], totals["year"], totals["source_id"], strict=True)]
    totals = totals.assign(type="", status=totals["status"].mask(replaced, "alternative"))
    # Normalise each part first so that the sums get empty (not missing) disaggregation columns.
    return result_frame(pd.concat([result_frame(totals), result_frame(sums)], ignore_index=True))


# Compute functions by indicator id; the metadata of each is in data/metadata/indicators/iom.meta.yml.
COMPUTE: dict[str, Callable[[Data], pd.DataFrame]] = {
    "migrant_deaths_missing": complete_years(select("mmp_dead_missing", type="dead_and_missing")),
    "mmp_incidents_count": complete_years(select("mmp_dead_missing", type="incidents")),
    "migrant_deaths_routes_turkiye": deaths_on_turkiye_routes,
    "disaster_displacements": select("idmc_displacements", type="disaster"),
    "conflict_displacements": select("idmc_displacements", type="conflict"),
    "conflict_idps": select("idmc_displacements", type="conflict_idps"),
    "iom_assisted_returns_global": assisted_returns,
}
