"""Compute functions of the indicators from the World Bank (WDI, Remittance Prices Worldwide) and the UN SDG
Global Database; their metadata is in data/metadata/indicators/worldbank.meta.yml."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from ..data import Data
from ..registry import result_frame, select

WDI = "wdi_2026_07"

WORLD_COMPUTED_NOTE = ("Derived: computed by this project from the WDI world aggregates (remittances received / GDP "
                       "× 100); the UN SDG database has no world value for this year. Another vintage than the UN "
                       "values of earlier years.")
WORLD_REPLACED_NOTE = "Derived from the WDI world aggregates; the UN SDG database world value is preferred."


def remittances_received_gdp_pct(data: Data) -> pd.DataFrame:
    """Personal remittances received as % of GDP (percent), per geo and year, from the WDI current-US$ series
    (`wdi_remittances_received` / `wdi_gdp` × 100); years lacking either figure are left out. The world (WLD)
    value is the publisher's aggregate, the UN SDG database's SDG 17.3.2 world value (`preferred`), where it
    exists; the value computed from the WDI world aggregates is then an `alternative`, and elsewhere it is
    kept with a note saying it is derived."""
    received = data["wdi_remittances_received"].set_index(["geo", "year"])["value"]
    gdp = data["wdi_gdp"].set_index(["geo", "year"])["value"]
    share = (received / gdp[gdp > 0] * 100).dropna().rename("value").reset_index().assign(source_id=WDI)
    aggregates = data["sdg_world_aggregates"]
    published = aggregates[(aggregates["type"] == "17.3.2") & (aggregates["geo"] == "WLD")].assign(
        type="", status="preferred")
    world = share["geo"] == "WLD"
    replaced = world & share["year"].isin(published["year"])
    share = share.assign(
        status=replaced.map({True: "alternative", False: ""}),
        note=replaced.map({True: WORLD_REPLACED_NOTE, False: ""}).mask(world & ~replaced, WORLD_COMPUTED_NOTE),
    )
    return result_frame(pd.concat([result_frame(share), result_frame(published)], ignore_index=True))


def remittance_cost_from(data: Data) -> pd.DataFrame:
    """Average cost of sending USD 200 from the country (percent of the amount); the SDG 10.c.1 global average
    (filed under `to` in `rpw_remittance_cost`) is added as the world benchmark."""
    costs = data["rpw_remittance_cost"]
    rows = costs[(costs["type"] == "from") | ((costs["geo"] == "WLD") & (costs["type"] == "to"))]
    return result_frame(rows.assign(type=""))


# Compute functions by indicator id; the metadata of each is in data/metadata/indicators/worldbank.meta.yml.
COMPUTE: dict[str, Callable[[Data], pd.DataFrame]] = {
    "remittances_received_usd": select("wdi_remittances_received"),
    "remittances_paid_usd": select("wdi_remittances_paid"),
    "remittances_received_gdp_pct": remittances_received_gdp_pct,
    "remittance_cost_to": select("rpw_remittance_cost", type="to"),
    "remittance_cost_from": remittance_cost_from,
    "migration_policy_score": select("sdg_10_7_2", type=""),
    "birth_registration": select("wdi_birth_registration"),
    "net_migration_wdi": select("wdi_net_migration"),
}
