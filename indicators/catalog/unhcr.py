"""Compute functions of the indicators from the UNHCR Refugee Population Statistics Database (datasets
`unhcr_*`); their metadata is in data/metadata/indicators/unhcr.meta.yml."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from ..data import Data
from ..registry import result_frame, select
from ..schema import CASES_SUFFIX
from ..schema import DISAGGREGATION_COLUMNS

SOURCE_ID = "unhcr_rpsd_2025_12_1"
POPULATION_SOURCE_ID = "wdi_2026_07"


def refugees_per_1000(data: Data) -> pd.DataFrame:
    """Refugees under UNHCR's mandate hosted per 1,000 inhabitants (end-year refugees / population × 1000).
    Joined on geo and year with `wdi_population`; country-years without population are dropped."""
    refugees = select("unhcr_population_by_asylum", type="refugees")(data)
    population = data["wdi_population"]
    # Only the total population (no sex/age breakdown) is the denominator.
    population = population[(population[DISAGGREGATION_COLUMNS] == "").all(axis=1)]
    population = population[["geo", "year", "value"]].rename(columns={"value": "population"})
    joined = refugees.merge(population, on=["geo", "year"], how="inner")
    joined = joined[joined["population"] > 0]
    return result_frame(joined.assign(
        value=joined["value"] / joined["population"] * 1000,
        note=f"population: {POPULATION_SOURCE_ID}",
    ))


def world_refugee_share(data: Data) -> pd.DataFrame:
    """Share of the world's refugees under UNHCR's mandate hosted by each country at end-year, in percent."""
    refugees = select("unhcr_population_by_asylum", type="refugees")(data)
    world = refugees.loc[refugees["geo"] == "WLD", ["year", "value"]].rename(columns={"value": "world"})
    joined = refugees[refugees["geo"] != "WLD"].merge(world, on="year", how="inner")
    joined = joined[joined["world"] > 0]
    return result_frame(joined.assign(value=joined["value"] / joined["world"] * 100))


def _counted_in_persons(frame: pd.DataFrame, dataset: str, cases_type: str, data: Data) -> pd.DataFrame:
    """`frame` without the geo × year × origin cells where `dataset` also has a `cases_type` row (counted in
    cases): the person-counted part alone would understate the total."""
    source = data[dataset]
    in_cases = source.loc[source["type"] == cases_type, ["geo", "year", "origin"]]
    marked = frame.merge(in_cases.drop_duplicates().assign(_cases=True), on=["geo", "year", "origin"], how="left")
    return marked[marked["_cases"].isna()].drop(columns="_cases")


def asylum_applications(data: Data) -> pd.DataFrame:
    """New asylum applications (app_type N) lodged in the country during the year, persons; national totals
    plus by-origin rows where curated. Country-years partly counted in cases are dropped."""
    new = data["unhcr_asylum_applications"]
    new = new[new["type"] == "new"]
    return result_frame(_counted_in_persons(new, "unhcr_asylum_applications", "new" + CASES_SUFFIX, data).assign(type=""))


def asylum_recognition_rate(data: Data) -> pd.DataFrame:
    """UNHCR total recognition rate, percent: (recognized + other) / (recognized + other + rejected) × 100 over
    decisions at all levels in persons; otherwise-closed cases excluded. Cells with no substantive decision
    or with case-counted decisions are dropped."""
    decisions = data["unhcr_asylum_decisions"]
    keys = ["geo", "year", "origin"]
    wide = decisions[decisions["type"].isin(["recognized", "other", "rejected"])].pivot_table(
        index=keys, columns="type", values="value", aggfunc="sum"
    ).reset_index()
    wide = wide.dropna(subset=["recognized", "other", "rejected"])
    positive = wide["recognized"] + wide["other"]
    substantive = positive + wide["rejected"]
    rates = wide.assign(value=positive / substantive * 100, source_id=SOURCE_ID)[substantive > 0]
    return result_frame(_counted_in_persons(
        rates[[*keys, "value", "source_id"]], "unhcr_asylum_decisions", "total" + CASES_SUFFIX, data
    ))


# Compute functions by indicator id; the metadata of each is in data/metadata/indicators/unhcr.meta.yml.
COMPUTE: dict[str, Callable[[Data], pd.DataFrame]] = {
    "refugees_hosted": select("unhcr_population_by_asylum", type="refugees"),
    "refugees_per_1000": refugees_per_1000,
    "refugee_host_share_world": world_refugee_share,
    "asylum_seekers_hosted": select("unhcr_population_by_asylum", type="asylum_seekers"),
    "asylum_applications": asylum_applications,
    "asylum_recognition_rate": asylum_recognition_rate,
    "refugees_abroad": select("unhcr_population_by_origin", type="refugees"),
    "asylum_seekers_abroad": select("unhcr_population_by_origin", type="asylum_seekers"),
    "refugee_returns": select("unhcr_solutions", type="returned_refugees"),
    "refugee_naturalisations": select("unhcr_solutions", type="naturalisation"),
    "resettlement_arrivals": select("unhcr_solutions", type="resettlement"),
}
