"""Compute functions of the indicators from UN DESA Population Division (International Migrant Stock 2024, WPP
2024); their metadata is in data/metadata/indicators/undesa.meta.yml."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from ..data import Data
from ..registry import result_frame, select

IMS = "undesa_ims_2024"


def migrant_stock_female_share(data: Data) -> pd.DataFrame:
    """Female international migrants as % of all international migrants in geo (percent), per year,
    computed from the female and both-sexes stocks of `undesa_migrant_stock`."""
    stock = data["undesa_migrant_stock"]
    total = stock[stock["sex"] == ""].set_index(["geo", "year"])["value"]
    female = stock[stock["sex"] == "female"].set_index(["geo", "year"])["value"]
    # A zero stock has no female share; a year without both figures has none either (no filling).
    share = (female / total[total > 0] * 100).dropna()
    out = share.rename("value").reset_index().assign(source_id=IMS)
    return result_frame(out)


# Compute functions by indicator id; the metadata of each is in data/metadata/indicators/undesa.meta.yml.
COMPUTE: dict[str, Callable[[Data], pd.DataFrame]] = {
    "migrant_stock": select("undesa_migrant_stock"),
    "migrant_stock_share": select("undesa_migrant_stock_share"),
    "migrant_stock_female_share": migrant_stock_female_share,
    "emigrant_stock": select("undesa_emigrant_stock"),
    "net_migration": select("wpp_net_migration"),
}
