"""Compute functions of the Türkiye national indicators: PMM (Göç İdaresi Başkanlığı), TÜİK, ÇSGB and MEB
series curated by `indicators.curate.national`; their metadata is in data/metadata/indicators/national.meta.yml.
Results keep `status` so that alternative values stay queryable; the headline is the preferred (or only) value
per date."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from ..codes import HOME
from ..data import Data
from ..messages import Message, N_
from ..registry import result_frame, select


def national(dataset: str, **equals: str) -> Callable[[Data], pd.DataFrame]:
    """`select(dataset, **equals)` restricted to national rows (geo TUR), dropping province breakdowns."""
    rows = select(dataset, **equals)

    def compute(data: Data) -> pd.DataFrame:
        out = rows(data)
        return out[out["geo"] == HOME].reset_index(drop=True)

    compute.__doc__ = f"National rows (geo TUR) of {rows.__doc__}"
    return compute


def year_end_stock(dataset: str, type_: str) -> Callable[[Data], pd.DataFrame]:
    """National year-end stocks of `type_` in `dataset` (persons): rows dated 31 December, the preferred value
    of a year (which may be the latest December or November figure when no 31 December figure exists) and
    its December alternatives; other dated points are left out."""

    def compute(data: Data) -> pd.DataFrame:
        frame = data[dataset]
        december = frame["date"].str[:7] == frame["year"].astype(str) + "-12"
        year_end = ((frame["date"] == frame["year"].astype(str) + "-12-31") | (frame["status"] == "preferred")
                    | ((frame["status"] == "alternative") & december))
        mask = (frame["geo"] == HOME) & (frame["type"] == type_) & year_end
        return result_frame(frame[mask].assign(type=""))

    compute.__doc__ = f"Year-end national stocks of {dataset} type {type_!r}"
    return compute


BREAKDOWN_COLUMNS = ("sex", "age", "origin")


def with_breakdowns(compute: Callable[[Data], pd.DataFrame], dataset: str) -> Callable[[Data], pd.DataFrame]:
    """`compute` plus the national rows of `dataset` that carry a declared disaggregation (sex, age, origin)
    at whatever date they were published: breakdowns are point-in-time lists, rarely dated 31 December, and a
    year-end filter would make them unreachable. They never enter the headline (which has no disaggregation)."""

    def wrapped(data: Data) -> pd.DataFrame:
        frame = data[dataset]
        broken_down = ((frame["geo"] == HOME) & (frame["type"] == "")
                       & (frame[list(BREAKDOWN_COLUMNS)] != "").any(axis=1))
        totals = compute(data)
        totals = totals[(totals[list(BREAKDOWN_COLUMNS)] == "").all(axis=1)]
        return result_frame(pd.concat([totals, frame[broken_down]], ignore_index=True))

    wrapped.__doc__ = (compute.__doc__ or "") + f"; with every national breakdown of {dataset}"
    return wrapped


def tp_syrians_per_1000(data: Data) -> pd.DataFrame:
    """Syrians under temporary protection per 1,000 inhabitants by province (per_1000): a province's TP count
    divided by its TÜİK ADNKS population of the same year, times 1,000. Only province-dates that have both
    (the ADNKS table holds 2023); alternative TP values are left out."""
    tp = data["tr_tp_syrians_by_province"]
    tp = tp[(tp["type"] == "") & (tp["status"] != "alternative")]
    population = data["tuik_province_population"][["geo", "year", "value"]].rename(columns={"value": "population"})
    merged = tp.merge(population, on=["geo", "year"], how="inner", validate="many_to_one")
    out = merged.assign(
        value=merged["value"] / merged["population"] * 1000,
        note="Per 1,000 of the TÜİK ADNKS " + merged["year"].astype(str) + " population ("
        + merged["population"].map("{:,.0f}".format).astype(str) + ").",
        status="",
    )
    return result_frame(out)


def foreign_residents_per_1000(data: Data) -> pd.DataFrame:
    """Foreign residents (TÜİK ADNKS, excluding temporary protection) per 1,000 inhabitants by province
    (per_1000): the province's foreign residents divided by its TÜİK ADNKS population of the same year, times
    1,000. Only years with both (the population table holds 2023)."""
    foreign = data["tuik_foreign_population_by_province"]
    foreign = foreign[(foreign["type"] == "foreign_residents") & (foreign["sex"] == "")]
    population = data["tuik_province_population"][["geo", "year", "value"]].rename(columns={"value": "population"})
    merged = foreign.merge(population, on=["geo", "year"], how="inner", validate="one_to_one")
    out = merged.assign(
        value=merged["value"] / merged["population"] * 1000,
        note="Per 1,000 of the TÜİK ADNKS " + merged["year"].astype(str) + " population ("
        + merged["population"].map("{:,.0f}".format).astype(str) + "). Excludes Syrians under temporary protection.",
        type="",
    )
    return result_frame(out)


# Compute functions by indicator id; the metadata of each is in data/metadata/indicators/national.meta.yml.
COMPUTE: dict[str, Callable[[Data], pd.DataFrame]] = {
    "tp_syrians": with_breakdowns(year_end_stock("tr_tp_syrians", ""), "tr_tp_syrians"),
    "tp_syrians_by_province": select("tr_tp_syrians_by_province", type=""),
    "tp_syrians_per_1000_province": tp_syrians_per_1000,
    "residence_permits": with_breakdowns(year_end_stock("tr_residence_permits", ""), "tr_residence_permits"),
    "irregular_migrants_apprehended": national("tr_irregular_migration", type="irregular_migrants_apprehended"),
    "migrant_smugglers_apprehended": national("tr_irregular_migration", type="migrant_smugglers_apprehended"),
    "trafficking_victims_identified": national("tr_human_trafficking", type="victims_identified"),
    "international_protection_applications": national("tr_international_protection", type="applications"),
    "tuik_immigrants": national("tuik_international_migration", type="immigrants"),
    "tuik_emigrants": national("tuik_international_migration", type="emigrants"),
    "tp_schooling_rate": national("tr_schooling", type="schooling_rate"),
    "work_permits_foreigners": national("tr_work_permits", type="work_permits_granted"),
    "voluntary_returns_syrians":
        national("tr_returns_citizenship", type="voluntary_returns_syrians_since_2016_cumulative"),
    "citizenship_syrians": national("tr_returns_citizenship", type="citizenship_granted_syrians_cumulative"),
    "foreign_residents_by_province": select("tuik_foreign_population_by_province", type="foreign_residents"),
    "foreign_residents_per_1000_province": foreign_residents_per_1000,
    "closed_neighbourhoods_by_province": select("pmm_closed_neighbourhoods", type="closed_neighbourhoods"),
}


# Where the publisher's own table of each national indicator lives, for a reader to check the figures:
# (description, URL; its Turkish is in the catalog). Only the temporary-protection, residence-permit and
# closed-neighbourhood pages are known by their address (seen in public code); for the others the site is
# given with the section to open.
_PMM_SITE = "https://www.goc.gov.tr/"
PUBLISHER_TABLES: dict[str, tuple[Message, str]] = {
    "tp_syrians": (N_("PMM, Temporary protection statistics page"), "https://www.goc.gov.tr/gecici-koruma5638"),
    "tp_syrians_by_province": (N_("PMM, Temporary protection statistics page (by province)"),
                               "https://www.goc.gov.tr/gecici-koruma5638"),
    "tp_syrians_per_1000_province": (N_("PMM, Temporary protection statistics page (by province)"),
                                     "https://www.goc.gov.tr/gecici-koruma5638"),
    "residence_permits": (N_("PMM, Residence permits statistics page"), "https://www.goc.gov.tr/ikamet-izinleri"),
    "irregular_migrants_apprehended": (N_("PMM site, Statistics → Irregular migration"), _PMM_SITE),
    "migrant_smugglers_apprehended": (N_("PMM site, Statistics → Irregular migration"), _PMM_SITE),
    "trafficking_victims_identified": (N_("PMM site, Statistics → Human trafficking"), _PMM_SITE),
    "international_protection_applications": (N_("PMM site, Statistics → International protection"), _PMM_SITE),
    "voluntary_returns_syrians": (N_("PMM site, Statistics → Voluntary returns"), _PMM_SITE),
    "citizenship_syrians": (N_("Ministry of Interior statements (no statistics table known)"),
                            "https://www.icisleri.gov.tr/"),
    "tuik_immigrants": (N_("TÜİK data portal, International Migration Statistics bulletin"),
                        "https://data.tuik.gov.tr/"),
    "tuik_emigrants": (N_("TÜİK data portal, International Migration Statistics bulletin"),
                       "https://data.tuik.gov.tr/"),
    "foreign_residents_by_province": (N_("TÜİK data portal, ADNKS results (foreign population by province and sex)"),
                                      "https://data.tuik.gov.tr/"),
    "foreign_residents_per_1000_province": (N_("TÜİK data portal, ADNKS results (foreign population by province)"),
                                            "https://data.tuik.gov.tr/"),
    "tp_schooling_rate": (N_("Ministry of National Education (MEB) site, lifelong learning statistics"),
                          "https://www.meb.gov.tr/"),
    "work_permits_foreigners": (N_("Ministry of Labour (ÇSGB) site, yearly statistics 'Work permits of foreigners'"),
                                "https://www.csgb.gov.tr/"),
    "closed_neighbourhoods_by_province": (N_("PMM announcement of the closed neighbourhoods"),
                                          "https://www.goc.gov.tr/mahalle-kapatma-duyurusu-hk2"),
}
