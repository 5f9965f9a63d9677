"""The world map of Objectives → Map: per-capita values by hand, Türkiye's outline, the legend's labelled ends."""

from __future__ import annotations

import pandas as pd
import pytest

from indicators import charts, registry, world_map
from indicators import palette


def test_per_1000_is_value_over_population_times_1000():
    values = pd.DataFrame({"geo": ["AAA", "BBB", "CCC", "DDD"], "year": [2024, 2024, 2024, 2024],
                           "value": [1000.0, 300.0, 50.0, 7.0], "source_id": "s"})
    population = pd.DataFrame({
        "geo": ["AAA", "BBB", "BBB", "CCC", "DDD"], "year": [2024, 2024, 2024, 2023, 2024],
        "sex": ["", "", "female", "", ""], "age": "", "value": [2_000_000.0, 600_000.0, 290_000.0, 1e6, 0.0]})
    out = world_map.per_1000(values, population)
    # 1,000 / 2,000,000 × 1,000 = 0.5; 300 / 600,000 × 1,000 = 0.5 (the female row is no denominator);
    # CCC has a population for 2023 only and DDD a population of 0: both left out, never 0.
    assert out["geo"].tolist() == ["AAA", "BBB"]
    assert out["value"].tolist() == pytest.approx([0.5, 0.5])
    assert out["population"].tolist() == [2_000_000.0, 600_000.0]
    assert out["source_id"].tolist() == ["s", "s"]


def test_per_capita_only_for_counts_and_labelled_derived():
    assert world_map.has_per_capita(registry.get("migrant_stock"))
    assert not world_map.has_per_capita(registry.get("migrant_stock_share"))
    assert not world_map.has_per_capita(registry.get("remittances_received_usd"))
    stock = registry.get("migrant_stock")
    assert world_map.measure_label(stock, "per_1000", "en") == "per 1,000 inhabitants (derived)"
    assert world_map.measure_label(stock, "per_1000", "tr") == "1.000 kişi başına (türetilmiş)"
    assert world_map.measure_label(stock, "absolute", "en") == "persons"
    assert world_map.measure_unit(stock, "per_1000") == "per_1000"


def test_aggregates_are_not_countries():
    frame = pd.DataFrame({"geo": ["WLD", "TUR"], "value": [1.0, 2.0]})
    assert world_map.countries_only(frame)["geo"].tolist() == ["TUR"]


def _doc():
    def feature(geo, value):
        return {"type": "Feature", "properties": {"geo": geo, "name": geo, "value": value},
                "geometry": {"type": "Point", "coordinates": [35, 39]}}
    return {"type": "FeatureCollection", "features": [feature("TUR", 3_000_000.0), feature("USA", 50_000_000.0),
                                                      feature("GRC", None), feature("ATA", None)]}


def test_world_map_outlines_turkiye_and_labels_only_the_legend_ends():
    chart = charts.world_map_chart(_doc(), registry.get("migrant_stock"), "en")
    spec = chart.to_dict()
    assert spec["width"] == "container" and spec["height"] == charts.WORLD_MAP_HEIGHT
    outline = spec["layer"][2]
    assert outline["mark"]["filled"] is False and outline["mark"]["stroke"] == palette.HOME
    assert "TUR" in str(outline["transform"][0]["filter"])
    legend = spec["layer"][1]["encoding"]["color"]["legend"]
    assert legend["values"] == [3_000_000.0, 50_000_000.0] and legend["direction"] == "horizontal"
    # Antarctica is not drawn.
    assert [f["properties"]["geo"] for f in chart.data["values"]] == ["TUR", "USA", "GRC"]


def test_per_capita_world_map_formats_its_own_unit():
    doc = _doc()
    doc["features"][0]["properties"]["value"] = 83.61
    charts.world_map_chart(doc, registry.get("migrant_stock"), "tr", unit="per_1000",
                           unit_title="1.000 kişi başına (türetilmiş)", decimals=1)
    assert doc["features"][0]["properties"]["value_label"].startswith("83,6")
