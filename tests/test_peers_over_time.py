"""The Peers "Over time" chart: Türkiye and the top 5 (or every selected country) coloured, the rest grey."""

from __future__ import annotations

import pandas as pd

from indicators import peers, registry
from indicators import palette

# Seven peers and Türkiye; each peer's latest value decides the top 5 (SWE's latest year is 2020).
SERIES = pd.DataFrame({
    "geo": ["TUR", "TUR", "DEU", "DEU", "SWE", "SWE", "CAN", "MEX", "COL", "KEN", "ETH"],
    "year": [2020, 2021, 2020, 2021, 2019, 2020, 2021, 2021, 2021, 2021, 2021],
    "value": [3.6e6, 3.5e6, 1.2e6, 1.3e6, 9e6, 2e5, 1.0e5, 5e4, 2.5e6, 5e5, 9e5],
    "name": ["Türkiye", "Türkiye", "Almanya", "Almanya", "İsveç", "İsveç", "Kanada", "Meksika", "Kolombiya",
             "Kenya", "Etiyopya"],
})


def test_top5_is_turkiye_then_the_five_largest_latest_values():
    # latest values: COL 2.5M, DEU 1.3M, ETH 0.9M, KEN 0.5M, SWE 0.2M (2020; its 9M of 2019 is not the latest)
    assert peers.highlighted(SERIES, "top5") == ["TUR", "COL", "DEU", "ETH", "KEN", "SWE"]


def test_selected_colours_every_country_in_selection_order():
    assert peers.highlighted(SERIES, "selected") == ["TUR", "DEU", "SWE", "CAN", "MEX", "COL", "KEN", "ETH"]


def test_chart_draws_the_others_grey_under_the_coloured_lines():
    ind = registry.get("refugees_hosted")
    spec = peers.peer_series_chart(SERIES, ind, "tr", highlight=peers.highlighted(SERIES, "top5")).to_dict()
    grey, coloured = spec["layer"]
    assert grey["mark"]["color"] == palette.OTHERS_LINE and grey["encoding"]["detail"]["field"] == "name"
    datasets = spec["datasets"]
    grey_names = {r["name"] for r in datasets[grey["data"]["name"]]}
    assert grey_names == {"Kanada", "Meksika"}
    domain = coloured["encoding"]["color"]["scale"]["domain"]
    assert domain == ["Türkiye", "Kolombiya", "Almanya", "Etiyopya", "Kenya", "İsveç"]
    assert coloured["encoding"]["color"]["scale"]["range"][0] == palette.HOME
    assert coloured["encoding"]["strokeDash"]["field"] == "name"


def test_chart_without_grey_lines_is_a_single_layer():
    ind = registry.get("refugees_hosted")
    spec = peers.peer_series_chart(SERIES, ind, "en", highlight=peers.highlighted(SERIES, "selected")).to_dict()
    assert "layer" not in spec and len(spec["encoding"]["color"]["scale"]["domain"]) == 8
